"""Missing essentials (art. 18(15), assistance modules) and warnings."""

from __future__ import annotations

import re

import pytest

from assistant.schemas.request import ASSISTANCE_TYPES, MlaRequest
from assistant.writer.validate import mentioned, validate_request


def _check(data: dict, states=None, **kwargs):
    return validate_request(MlaRequest.model_validate(data), states=states, **kwargs)


def _set(data: dict, path: str, value) -> None:
    parts = re.split(r"\.|\[(\d+)\]", path)
    keys = [int(p) if p.isdigit() else p for p in parts if p]
    target = data
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value


def test_complete_example_has_nothing_missing(complete, states):
    report = _check(complete, states)
    assert report.missing == []
    assert report.warnings == []


ELEMENTS = [
    # (path emptied, value, field reported, art. 18(15) letter or None)
    ("requesting_state", "", "requesting_state", None),
    ("requesting_authority.name", "", "requesting_authority.name", "a"),
    ("requesting_authority.address", "", "requesting_authority.address", "a"),
    ("requesting_authority.contact_person", "", "requesting_authority.contact_person", "a"),
    ("requested_state", "", "requested_state", None),
    ("proceeding.subject_matter", "", "proceeding.subject_matter", "b"),
    ("proceeding.stage", "", "proceeding.stage", "b"),
    ("proceeding.conducting_authority", "  ", "proceeding.conducting_authority", "b"),
    ("proceeding.conducting_authority_functions", "", "proceeding.conducting_authority_functions",
     "b"),
    ("facts_summary", "", "facts_summary", "c"),
    ("assistance", [], "assistance", "d"),
    ("persons", [], "persons", "e"),
    ("persons[1].name", "", "persons[1].name", "e"),
    ("purpose", "\n", "purpose", "f"),
    ("offences", [], "offences", None),
    ("offences[0].penalty", "", "offences[0].penalty", None),
    ("legal_basis.organized_crime_link", "", "legal_basis.organized_crime_link", None),
    ("attachments[0].title", "", "attachments[0].title", None),
]


@pytest.mark.parametrize(("path", "value", "field", "letter"), ELEMENTS,
                         ids=[e[0] for e in ELEMENTS])
def test_each_essential_reported_when_empty(complete, states, path, value, field, letter):
    _set(complete, path, value)
    report = _check(complete, states)
    fields = [m.field for m in report.missing]
    assert field in fields
    message = next(m.message for m in report.missing if m.field == field)
    if letter:
        assert f"art. 18(15)({letter})" in message


def test_contact_means_required(complete, states):
    complete["requesting_authority"]["phone"] = ""
    assert _check(complete, states).missing == []  # email alone is enough
    complete["requesting_authority"]["email"] = ""
    assert [m.field for m in _check(complete, states).missing] == ["requesting_authority.email"]


# Required fields of each assistance type, written out from the task (not read from the code).
REQUIRED = {
    "taking_evidence": {"persons_to_hear", "questions"},
    "service_of_documents": {"documents", "recipient", "address"},
    "search_seizure_freezing": {"premises", "location", "grounds", "items"},
    "examining_objects_sites": {"object_or_site", "location", "examination"},
    "information_evidence_expert": {"information"},
    "records": {"institution", "account_holder", "record_types"},
    "tracing_proceeds": {"property"},
    "voluntary_appearance": {"person", "purpose", "dates"},
    "other": {"description"},
}


def test_every_type_is_covered():
    assert set(REQUIRED) == set(ASSISTANCE_TYPES)


@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_empty_module_reports_its_required_fields(complete, states, kind):
    complete["assistance"] = [{"type": kind}]
    missing = {m.field for m in _check(complete, states).missing}
    module_fields = {f.split(".", 1)[1] for f in missing if f.startswith("assistance[0].")}
    assert module_fields == REQUIRED[kind]
    cite_letter = ASSISTANCE_TYPES[kind][1]
    messages = [m.message for m in _check(complete, states).missing
                if m.field.startswith("assistance[0].")]
    assert all(f"art. 18(3)({cite_letter})" in m for m in messages)


@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_filled_module_reports_nothing(complete, states, kind):
    model = ASSISTANCE_TYPES[kind][0]
    module = {"type": kind}
    for name in REQUIRED[kind]:
        is_list = model.model_fields[name].annotation.__origin__ is list \
            if hasattr(model.model_fields[name].annotation, "__origin__") else False
        module[name] = ["John Example"] if is_list else "John Example"
    complete["assistance"] = [module]
    assert [m.field for m in _check(complete, states).missing] == []


def test_facts_not_required_for_service_only(complete, states):
    complete["facts_summary"] = ""
    complete["assistance"] = [{"type": "service_of_documents", "documents": "Summons",
                               "recipient": "Mary Witness", "address": "1 Example Road"}]
    assert "facts_summary" not in {m.field for m in _check(complete, states).missing}
    complete["assistance"].append({"type": "records", "institution": "First Example Bank",
                                   "account_holder": "Example Trading Ltd",
                                   "record_types": "statements"})
    assert "facts_summary" in {m.field for m in _check(complete, states).missing}


def test_empty_request_lists_every_element():
    report = validate_request(MlaRequest())
    cited = {m.group(1) for issue in report.missing
             for m in [re.search(r"art\. 18\(15\)\((\w)\)", issue.message)] if m}
    assert cited == set("abcdef")


def _warning_fields(data, states, **kwargs) -> list[str]:
    return [w.field for w in _check(data, states, **kwargs).warnings]


def test_account_holder_missing_from_facts_warns(complete, states):
    complete["facts_summary"] = "A group laundered money through an unnamed company."
    fields = _warning_fields(complete, states)
    assert "assistance[0].account_holder" in fields
    assert "assistance[1].persons_to_hear" in fields
    assert "persons[0].name" in fields  # the suspect


def test_facts_link_accepts_longest_word():
    assert mentioned("Example Trading Ltd", "money went to TRADING accounts")
    assert mentioned("John Example", "Mr  Example  ordered it")
    assert not mentioned("John Example", "Mr Sample ordered it")
    assert mentioned("测试公司", "资金转入测试公司账户")


def test_output_language_not_accepted(complete, states):
    assert _warning_fields(complete, states, lang="fr") == []  # XTB accepts English and French
    fields = _warning_fields(complete, states, lang="ru")
    assert fields == ["requested_state"]
    complete["language"] = "es"
    assert _warning_fields(complete, states, lang="en").count("language") == 1


def test_no_central_authority_on_record(complete, states):
    complete["requested_state"] = "XSL"
    messages = [w.message for w in _check(complete, states).warnings]
    assert any("No central authority" in m and "diplomatic" in m for m in messages)
    complete["requested_state"] = "XNO"  # not in the directory at all
    messages = [w.message for w in _check(complete, states).warnings]
    assert any("no entry" in m for m in messages)


def test_no_directory_means_no_directory_warnings(complete):
    assert _check(complete, None).warnings == []


def test_urgent_without_reason(complete, states):
    complete["urgency"]["reason"] = ""
    assert "urgency.reason" in _warning_fields(complete, states)


def test_bank_records_without_period_or_accounts(complete, states):
    records = complete["assistance"][0]
    records["period_from"] = records["period_to"] = None
    records["account_numbers"] = []
    fields = _warning_fields(complete, states)
    assert "assistance[0].period_from" in fields
    assert "assistance[0].account_numbers" in fields


def test_coercive_measures_without_dual_criminality(complete, states):
    complete["dual_criminality"] = ""
    assert "dual_criminality" not in _warning_fields(complete, states)
    complete["assistance"].append({"type": "search_seizure_freezing", "premises": "Office",
                                   "location": "Testville", "grounds": "g", "items": "ledgers"})
    assert "dual_criminality" in _warning_fields(complete, states)


@pytest.mark.parametrize(("lang", "script"), [("ar", "\u0600-\u06ff"), ("zh", "\u4e00-\u9fff"),
                                              ("ru", "\u0400-\u04ff")])
def test_messages_in_requested_language(lang, script):
    report = validate_request(MlaRequest(), lang=lang)
    assert report.missing
    assert all(re.search(f"[{script}]", m.message) for m in report.missing)


def test_messages_do_not_quote_user_text(complete, states):
    secret = "Zyxwvut Secret Holder"
    complete["assistance"][0]["account_holder"] = secret
    complete["urgency"]["reason"] = ""
    report = _check(complete, states)
    assert report.warnings
    assert all(secret not in issue.message for issue in report.warnings + report.missing)
