"""Validation: each kind of bad input is reported with file, exact line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.directory.load import load_directory, validate_directory
from assistant.errors import SourceError

from .fictitious import ISO3, STATE_YAML, line_of, make_data_dir


def _error_for(tmp_path: Path, text: str, name: str = f"{ISO3}.yaml") -> SourceError:
    folder = make_data_dir(tmp_path, text, name)
    with pytest.raises(SourceError) as info:
        load_directory(folder)
    err = info.value
    assert err.file == str(folder / name)
    return err


def test_fixture_is_valid(fixture_dir: Path) -> None:
    directory = load_directory(fixture_dir)
    assert [s.iso3 for s in directory.states] == [ISO3]
    state = directory.states[0]
    assert len(state.authorities) == 2 and len(state.public_authorities()) == 1


def test_unknown_field(tmp_path: Path) -> None:
    text = STATE_YAML.replace("  address: 1 Example Street\n",
                              "  address: 1 Example Street\n  postcode: 00000\n")
    err = _error_for(tmp_path, text)
    assert err.line == line_of(text, "postcode:")
    assert err.field == "authorities.0.postcode"
    assert "unknown field" in err.message


def test_bad_email(tmp_path: Path) -> None:
    text = STATE_YAML.replace("email: ca@example.invalid", "email: not-an-address")
    err = _error_for(tmp_path, text)
    assert err.line == line_of(text, "not-an-address")
    assert err.field == "authorities.0.email"


@pytest.mark.parametrize("bad", ["2020-13-45", "2020-02-30", "02/02/2020", "soon"])
def test_bad_date(tmp_path: Path, bad: str) -> None:
    text = STATE_YAML.replace("as_of: 2020-02-02", f"as_of: {bad}")
    err = _error_for(tmp_path, text)
    assert err.line == line_of(text, f"as_of: {bad}")
    assert err.field == "authorities.0.source.as_of"


def test_bad_consent_date(tmp_path: Path) -> None:
    text = STATE_YAML.replace("consent: 2020-01-01", "consent: 2020-01-32")
    err = _error_for(tmp_path, text)
    assert err.line == line_of(text, "consent: 2020-01-32")
    assert err.field == "status.UNTOC.0.consent"


def test_duplicate_state(tmp_path: Path) -> None:
    folder = make_data_dir(tmp_path)
    (folder / "ISL-copy.yaml").write_text(STATE_YAML, encoding="utf-8")
    _, errors = validate_directory(folder)
    assert len(errors) == 1
    err = errors[0]
    assert err.file.endswith(".yaml") and err.line == 1 and err.field == "iso3"
    assert "duplicate State ISL" in err.message
    with pytest.raises(SourceError):
        load_directory(folder)


def test_unknown_iso3(tmp_path: Path) -> None:
    text = STATE_YAML.replace(f"iso3: {ISO3}", "iso3: XTS")
    err = _error_for(tmp_path, text)
    assert (err.line, err.field) == (1, "iso3")
    assert "not in the reference table" in err.message


def test_malformed_iso3(tmp_path: Path) -> None:
    text = STATE_YAML.replace(f"iso3: {ISO3}", "iso3: isl")
    err = _error_for(tmp_path, text)
    assert (err.line, err.field) == (1, "iso3")


def test_bad_role(tmp_path: Path) -> None:
    text = STATE_YAML.replace("- role: extradition", "- role: chief_of_everything")
    err = _error_for(tmp_path, text)
    assert err.line == line_of(text, "chief_of_everything")
    assert err.field == "authorities.1.role"


def test_bad_visibility(tmp_path: Path) -> None:
    text = STATE_YAML.replace("visibility: restricted", "visibility: secret")
    err = _error_for(tmp_path, text)
    assert err.line == line_of(text, "visibility: secret")
    assert err.field == "authorities.1.visibility"


def test_missing_visibility(tmp_path: Path) -> None:
    text = STATE_YAML.replace("  visibility: restricted\n", "")
    err = _error_for(tmp_path, text)
    assert err.field == "authorities.1.visibility"
    assert err.message == "required field missing"
    # reported at the start of the authority that lacks it
    assert err.line == line_of(text, "- role: extradition")


def test_source_without_date(tmp_path: Path) -> None:
    text = STATE_YAML.replace("    as_of: 2020-02-02\n", "")
    err = _error_for(tmp_path, text)
    assert err.field == "authorities.0.source"
    assert "as_of" in err.message
    assert err.line == line_of(text, "  source:", line_of(text, "Ministry of Examples"))


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = STATE_YAML.replace("region: Western European and Others", "region: [unclosed")
    err = _error_for(tmp_path, text)
    assert err.line is not None and err.line >= 2


def test_duplicate_key(tmp_path: Path) -> None:
    text = STATE_YAML.replace("  address: 1 Example Street\n",
                              "  address: 1 Example Street\n  address: 2 Example Street\n")
    err = _error_for(tmp_path, text)
    assert (err.line, err.field) == (line_of(text, "2 Example Street"), "address")


def test_validate_collects_all_errors(tmp_path: Path) -> None:
    folder = make_data_dir(tmp_path, STATE_YAML.replace("visibility: restricted",
                                                        "visibility: secret"))
    (folder / "LSO.yaml").write_text(STATE_YAML.replace(f"iso3: {ISO3}", "iso3: LSO")
                                     .replace("email: ca@example.invalid", "email: nope"),
                                     encoding="utf-8")
    _, errors = validate_directory(folder)
    assert sorted(e.field for e in errors) == ["authorities.0.email",
                                                "authorities.1.visibility"]
