"""The published directory data: complete, sourced, and faithful to the copied sources."""

from __future__ import annotations

import csv
import json

import pytest

from assistant.directory.names import chinese_name_index, load_reference, reference_path
from assistant.directory.records import directory_records

from .fictitious import ROOT

DATA = ROOT / "data"


def _notifications() -> list[dict]:
    path = DATA / "directory_sources" / "notifications.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_reference_state_has_a_file(real_directory) -> None:
    reference = load_reference(reference_path(DATA))
    assert len(reference) == 197
    files = {p.stem for p in (DATA / "directory").glob("*.yaml")} - {"aliases"}
    assert files == set(reference)
    assert {s.iso3 for s in real_directory.states} == set(reference)


def test_names_come_from_the_reference_table(real_directory) -> None:
    reference = load_reference(reference_path(DATA))
    for state in real_directory.states:
        assert state.names.model_dump() == {k: reference[state.iso3].display[k]
                                            for k in ("ar", "zh", "en", "fr", "es", "ru")}


def test_every_designation_is_in_the_directory_with_its_source(real_directory) -> None:
    rows = _notifications()
    assert len(rows) == 34
    for row in rows:
        state = real_directory.get(row["iso3"])
        assert state is not None, row["iso3"]
        if row["authorities"]:
            for name in row["authorities"]:
                matches = [a for a in state.authorities if a.name == name]
                assert matches, (row["iso3"], name)
                authority = matches[0]
                assert authority.visibility == "public"
                assert authority.source.url == row["source"]
                assert authority.source.as_of == row["as_of"]
                assert authority.source.reliability == row["reliability"]
                assert authority.text == row["text"]
        else:
            texts = {d.text: d for d in state.declarations}
            assert row["text"] in texts, (row["iso3"], row["article"])
            assert texts[row["text"]].source.url == row["source"]
            assert texts[row["text"]].source.as_of == row["as_of"]


def test_no_restricted_entries_in_real_data(real_directory) -> None:
    assert all(a.visibility == "public" for s in real_directory.states for a in s.authorities)


def test_every_status_row_is_loaded(real_directory) -> None:
    with (DATA / "directory_sources" / "status.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        facts = real_directory.get(row["iso3"]).status[row["instrument"]]
        assert any(
            (f.consent.isoformat() if f.consent else "") == row["consent"]
            and (f.signature.isoformat() if f.signature else "") == row["signature"]
            and (f.consent_type or "") == row["consent_type"]
            and f.source.url in row["source"]
            for f in facts), row
    som = [f for s in real_directory.states for f in s.status.get("SOM", [])
           if "XVIII-12-b" in (f.source.url or "")]
    assert som and all(f.source.as_of is None and f.source.as_of_note.startswith(
        "2014 or later") for f in som)


def test_andorra_has_untoc_status(real_directory) -> None:
    andorra = real_directory.get("AND")
    current = andorra.current_status("UNTOC")
    assert current.consent.isoformat() == "2011-09-22"
    assert current.consent_type == "ratification"
    assert current.source.as_of == "2024-05-04"


def test_lesotho_central_authority(real_directory) -> None:
    lesotho = real_directory.get("LSO")
    central = [a for a in lesotho.authorities if a.role == "central_authority_mla"]
    assert [a.name for a in central] == ["the office of the Attorney-General"]
    assert central[0].source.as_of == "2010-09-16"
    assert central[0].source.url.startswith("https://zaki.ru/")
    record = next(r for r in directory_records(real_directory) if r.id == "directory-lso")
    assert record.citation == ("Directory of competent national authorities: Lesotho "
                               "(central authority, as of 2010-09-16)")
    assert "the office of the Attorney-General" in record.text
    assert record.url == "/directory/lso/"


def test_contact_details_are_verbatim_from_the_text(real_directory) -> None:
    for state in real_directory.states:
        for authority in state.authorities:
            for field in ("address", "phone", "fax", "email"):
                value = getattr(authority, field)
                if value:
                    assert value in authority.text, (state.iso3, field)


def test_states_without_designation_say_so(real_directory) -> None:
    records = {r.id: r for r in directory_records(real_directory)}
    assert len(records) == 197
    andorra = records["directory-and"]
    assert "no designation on record" in andorra.citation
    assert "no designation on record" in andorra.text


def test_annex_state_names_all_map() -> None:
    annex = pytest.importorskip("assistant.sources.annex_table")
    text_file = next((DATA / "sources").glob("004_*.txt"))
    statuses, as_of = annex.parse_annex(text_file)
    assert as_of.isoformat() == "2004-07-20"
    index = chinese_name_index(load_reference(reference_path(DATA)),
                               DATA / "directory" / "aliases.yaml")
    non_states = {"欧洲共同体"}
    unmapped = {s.state_zh for s in statuses
                if "".join(s.state_zh.split()) not in index} - non_states
    assert not unmapped
