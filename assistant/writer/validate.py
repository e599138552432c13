"""What a request still lacks (art. 18(15)) and what commonly gets requests refused.

`missing`: empty essentials — each art. 18(15) element, and each assistance module's required
fields. `warnings`: simple, explainable checks against common causes of delay or refusal.
Every issue names a JSON path into the request (`facts_summary`, `assistance[0].institution`)
so the form can link to the input. Messages never quote the user's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from assistant.schemas.request import (
    ASSISTANCE_TYPES,
    Issue,
    MlaRequest,
    OtherAssistance,
    Records,
    SearchSeizureFreezing,
    TakingEvidence,
    ValidationReport,
    VoluntaryAppearance,
)
from assistant.writer.directory_info import StateInfo
from assistant.writer.strings import LANGUAGE_NAMES_EN, letter, t

_INDEXED = re.compile(r"\[(\d+)\]")


def field_label(path: str, lang: str, request: MlaRequest | None = None) -> str:
    """A readable label for a JSON path, e.g. "Assistance 1 (Records): Account holder"."""
    head, _, rest = path.partition("[")
    if not rest:
        return t(path, lang)
    index = int(rest.split("]", 1)[0])
    leaf = path.rsplit(".", 1)[1] if "." in rest else ""
    if head == "assistance":
        kind = request.assistance[index].type if request and index < len(request.assistance) \
            else "other"
        prefix = f"{t('assistance', lang)} {index + 1} ({t('type.' + kind, lang)})"
    elif head == "persons":
        prefix = t("doc.person_n", lang, n=index + 1)
    elif head == "offences":
        prefix = t("doc.offence_n", lang, n=index + 1)
    else:
        prefix = f"{t(head, lang)} {index + 1}"
    return f"{prefix}: {t(head + '.' + leaf, lang)}" if leaf else prefix


def _empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value in (None, [], {})


class _Collector:
    def __init__(self, request: MlaRequest, lang: str):
        self.request, self.lang = request, lang
        self.report = ValidationReport()

    def missing(self, path: str, cite: str = "", *, as_list: bool = False) -> None:
        key = "msg.required_list" if as_list else "msg.required"
        message = t(key, self.lang, label=field_label(path, self.lang, self.request), cite=cite)
        self.report.missing.append(Issue(field=path, message=message))

    def require(self, path: str, value: object, cite: str = "") -> None:
        if _empty(value):
            self.missing(path, cite, as_list=isinstance(value, list))

    def warn(self, path: str, key: str, **params: object) -> None:
        self.report.warnings.append(Issue(field=path, message=t(key, self.lang, **params)))


def _element(lang: str, latin: str) -> str:
    return t("cite.element", lang, letter=letter(latin, lang))


def _check_essentials(c: _Collector) -> None:
    r, lang = c.request, c.lang
    # (a) identity of the requesting authority
    c.require("requesting_state", r.requesting_state)
    for name in ("name", "address", "contact_person"):
        c.require(f"requesting_authority.{name}", getattr(r.requesting_authority, name),
                  _element(lang, "a"))
    if _empty(r.requesting_authority.phone) and _empty(r.requesting_authority.email):
        c.report.missing.append(Issue(field="requesting_authority.email",
                                      message=t("msg.contact_means", lang)))
    c.require("requested_state", r.requested_state)
    # (b) subject matter and nature; name and functions of the authority conducting it
    for name in ("subject_matter", "stage", "conducting_authority",
                 "conducting_authority_functions"):
        c.require(f"proceeding.{name}", getattr(r.proceeding, name), _element(lang, "b"))
    # (c) facts, except for requests for service of judicial documents only
    service_only = bool(r.assistance) and all(
        a.type == "service_of_documents" for a in r.assistance)
    if not service_only:
        c.require("facts_summary", r.facts_summary, _element(lang, "c"))
    c.require("offences", r.offences)
    for i, offence in enumerate(r.offences):
        for name in ("description", "provision", "penalty"):
            c.require(f"offences[{i}].{name}", getattr(offence, name))
    c.require("legal_basis.organized_crime_link", r.legal_basis.organized_crime_link)
    # (d) assistance sought: at least one module, each with its required fields
    c.require("assistance", r.assistance, _element(lang, "d"))
    for i, module in enumerate(r.assistance):
        _model, type_letter, required = ASSISTANCE_TYPES[module.type]
        cite = t("cite.type", lang, letter=letter(type_letter, lang))
        for name in required:
            c.require(f"assistance[{i}].{name}", getattr(module, name), cite)
    # (e) persons concerned ("where possible": at least a name for each listed person)
    c.require("persons", r.persons, _element(lang, "e"))
    for i, person in enumerate(r.persons):
        c.require(f"persons[{i}].name", person.name, _element(lang, "e"))
    # (f) purpose
    c.require("purpose", r.purpose, _element(lang, "f"))
    for i, attachment in enumerate(r.attachments):
        c.require(f"attachments[{i}].title", attachment.title)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def mentioned(name: str, facts: str) -> bool:
    """True when the facts contain the full name or its longest word (4+ characters; any of
    equally long ones).

    Deliberately simple so the user can see why a warning appears.
    """
    name, facts = _normalise(name), _normalise(facts)
    if not name:
        return True
    if name in facts:
        return True
    words = [w.strip(".,;:()") for w in name.split()]
    longest = max(map(len, words), default=0)
    return longest >= 4 and any(w in facts for w in words if len(w) == longest)


def _named_in_modules(r: MlaRequest) -> list[tuple[str, str]]:
    """(path, name) of every person or account holder named in the assistance modules."""
    named: list[tuple[str, str]] = []
    for i, module in enumerate(r.assistance):
        if isinstance(module, Records):
            named.append((f"assistance[{i}].account_holder", module.account_holder))
        elif isinstance(module, TakingEvidence):
            named += [(f"assistance[{i}].persons_to_hear", p) for p in module.persons_to_hear]
        elif isinstance(module, VoluntaryAppearance):
            named.append((f"assistance[{i}].person", module.person))
    return named


def _check_warnings(c: _Collector, states: Mapping[str, StateInfo] | None,
                    output_lang: str) -> None:
    r = c.request
    if r.facts_summary.strip():
        for path, name in _named_in_modules(r):
            if name.strip() and not mentioned(name, r.facts_summary):
                c.warn(path, "msg.facts_link")
        for i, person in enumerate(r.persons):
            if person.role in ("suspect", "accused", "account_holder", "legal_person") and \
                    person.name.strip() and not mentioned(person.name, r.facts_summary):
                c.warn(f"persons[{i}].name", "msg.facts_link")
    if states is not None and r.requested_state:
        _check_directory(c, states.get(r.requested_state), output_lang)
    if r.urgency.urgent and _empty(r.urgency.reason):
        c.warn("urgency.reason", "msg.urgent_without_reason")
    elif r.urgency.deadline and _empty(r.urgency.reason):
        c.warn("urgency.reason", "msg.urgent_without_reason")
    for i, module in enumerate(r.assistance):
        if isinstance(module, Records):
            if module.period_from is None and module.period_to is None:
                c.warn(f"assistance[{i}].period_from", "msg.bank_no_period")
            if not module.account_numbers:
                c.warn(f"assistance[{i}].account_numbers", "msg.bank_no_accounts")
        elif isinstance(module, VoluntaryAppearance) and _empty(module.safe_conduct):
            c.warn(f"assistance[{i}].safe_conduct", "msg.safe_conduct")
        elif isinstance(module, OtherAssistance) and _empty(module.legal_basis_requested_state):
            c.warn(f"assistance[{i}].legal_basis_requested_state", "msg.other_no_basis")
    coercive = any(isinstance(m, SearchSeizureFreezing) for m in r.assistance)
    if coercive and _empty(r.dual_criminality):
        c.warn("dual_criminality", "msg.dual_criminality")
    if not r.legal_basis.convention_invoked and _empty(r.legal_basis.other_instruments):
        c.warn("legal_basis.convention_invoked", "msg.convention_not_invoked")
    if _empty(r.signatory.name):
        c.warn("signatory.name", "msg.no_signatory")


def _check_directory(c: _Collector, info: StateInfo | None, output_lang: str) -> None:
    lang = c.lang
    if info is None:
        c.warn("requested_state", "msg.no_directory_entry")
        c.warn("requested_state", "msg.no_central_authority")
        return
    if not info.central_authorities:
        c.warn("requested_state", "msg.no_central_authority")
    if not info.languages:
        c.warn("requested_state", "msg.no_languages")
        return
    accepted = {name.casefold() for name in info.languages}
    shown = ", ".join(info.languages)
    checked = [("requested_state", output_lang)]
    if c.request.language and c.request.language != output_lang:
        checked.append(("language", c.request.language))
    for path, code in checked:
        if LANGUAGE_NAMES_EN[code].casefold() not in accepted:
            c.warn(path, "msg.language_not_accepted", language=t(f"lang.{code}", lang),
                   accepted=shown)


def validate_request(request: MlaRequest, *, lang: str = "en", output_lang: str | None = None,
                     states: Mapping[str, StateInfo] | None = None) -> ValidationReport:
    """Missing essentials and warnings, with messages in `lang`.

    `output_lang` is the language the request will be rendered in (defaults to `lang`);
    `states` is the public directory (None when no directory is available: no directory checks).
    """
    collector = _Collector(request, lang)
    _check_essentials(collector)
    _check_warnings(collector, states, output_lang or lang)
    return collector.report
