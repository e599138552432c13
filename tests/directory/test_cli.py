"""`untoc-kb directory` commands: validate, new, import, token-hash."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from assistant.cli import app
from assistant.directory.access import load_token_hashes, token_is_valid
from assistant.directory.load import load_directory

from .fictitious import ISO3, STATE_YAML, line_of, make_data_dir

runner = CliRunner()

SUBMISSION = f"""\
iso3: {ISO3}
submitted_by:
  office: Ministry of Examples, Department of Fictitious Affairs
  date: 2031-01-31
authorities:
- role: central_authority_mla
  instrument: UNTOC
  article: 18(13)
  name: Ministry of Examples
  address: 2 Example Street
  email: ca@example.invalid
  languages: [English, French]
  visibility: public
  source:
    title: Fictitious note verbale No. 0/2031
    as_of: 2031-01-31
    reliability: submitted by the State (test fixture)
- role: firearms_contact
  instrument: FIREARMS
  article: 13(2)
  name: Office of Examples for Firearms
  visibility: public
  source:
    url: https://example.invalid/firearms
    title: Fictitious notification
    as_of: 2031-01-31
    reliability: test fixture
declarations:
- instrument: UNTOC
  article: 18(14)
  kind: languages
  languages: [English, French]
  text: Fictitious declaration text for tests.
  source:
    title: Fictitious declaration
    as_of: 2031-01-31
    reliability: test fixture
"""


def test_validate_ok(fixture_dir: Path) -> None:
    result = runner.invoke(app, ["directory", "validate", str(fixture_dir)])
    assert result.exit_code == 0, result.output


def test_validate_prints_file_line_field(tmp_path: Path) -> None:
    text = STATE_YAML.replace("visibility: restricted", "visibility: secret")
    folder = make_data_dir(tmp_path, text)
    result = runner.invoke(app, ["directory", "validate", str(folder)])
    assert result.exit_code == 1
    line = line_of(text, "visibility: secret")
    assert f"{folder / (ISO3 + '.yaml')}:{line}: authorities.1.visibility: " in result.output


def test_new_writes_names_only(tmp_path: Path) -> None:
    folder = make_data_dir(tmp_path)
    result = runner.invoke(app, ["directory", "new", "lso", "--path", str(folder)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((folder / "LSO.yaml").read_text(encoding="utf-8"))
    assert data["names"]["en"] == "Lesotho" and data["names"]["zh"] == "莱索托"
    assert data["region"] == "African"
    assert data["authorities"] == [] and data["status"] == {} and data["declarations"] == []
    assert len(load_directory(folder).states) == 2
    again = runner.invoke(app, ["directory", "new", "LSO", "--path", str(folder)])
    assert again.exit_code == 1  # never overwrites without --force
    unknown = runner.invoke(app, ["directory", "new", "XTS", "--path", str(folder)])
    assert unknown.exit_code == 1


def test_import_merges_and_reports(fixture_dir: Path, tmp_path: Path) -> None:
    submission = tmp_path / "submission.yaml"
    submission.write_text(SUBMISSION, encoding="utf-8")
    result = runner.invoke(app, ["directory", "import", str(submission),
                                 "--path", str(fixture_dir)])
    assert result.exit_code == 0, result.output
    assert "updated: central_authority_mla 'Ministry of Examples'" in result.output
    assert "address" in result.output and "languages" in result.output
    assert "added: firearms_contact 'Office of Examples for Firearms'" in result.output
    assert "added: declaration languages" in result.output
    state = load_directory(fixture_dir).states[0]
    central = next(a for a in state.authorities if a.name == "Ministry of Examples")
    assert central.address == "2 Example Street"
    assert central.last_updated.isoformat() == "2031-01-31"
    assert "Fictitious test notification" in (central.notes or "")  # earlier source kept
    assert any(a.visibility == "restricted" for a in state.authorities)  # untouched
    assert state.current_status("UNTOC") is not None  # status kept
    again = runner.invoke(app, ["directory", "import", str(submission),
                                "--path", str(fixture_dir)])
    assert "no change" in again.output


def test_import_rejects_invalid_submission(fixture_dir: Path, tmp_path: Path) -> None:
    text = SUBMISSION.replace("  visibility: public\n  source:\n    url: https://example.invalid/f",
                              "  source:\n    url: https://example.invalid/f")
    submission = tmp_path / "bad.yaml"
    submission.write_text(text, encoding="utf-8")
    before = (fixture_dir / f"{ISO3}.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["directory", "import", str(submission),
                                 "--path", str(fixture_dir)])
    assert result.exit_code == 1
    assert f"{submission}:{line_of(text, '- role: firearms_contact')}: " \
           f"authorities.1.visibility: required field missing" in result.output
    assert (fixture_dir / f"{ISO3}.yaml").read_text(encoding="utf-8") == before


def test_token_hash_round_trip(tmp_path: Path) -> None:
    token = "fictitious-token-0123456789abcdef"
    result = runner.invoke(app, ["directory", "token-hash"], input=token + "\n")
    assert result.exit_code == 0, result.output
    line = result.output.strip().splitlines()[-1]
    assert line.startswith("pbkdf2_sha256$") and token not in line
    tokens = tmp_path / "tokens"
    tokens.write_text("# operator tokens\n" + line + "\n", encoding="utf-8")
    hashes = load_token_hashes(tokens)
    assert token_is_valid(token, hashes)
    assert not token_is_valid(token + "x", hashes)
    short = runner.invoke(app, ["directory", "token-hash"], input="short\n")
    assert short.exit_code == 1
