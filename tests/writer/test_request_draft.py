"""`untoc-kb draft` → draft_file: same rendering as the API, errors name file, line and field."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document
from typer.testing import CliRunner

from assistant.config import make_settings
from assistant.errors import SourceError, UntocError
from assistant.writer.cli import draft_file


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path)  # no directory data: addressee comes from the request


def _write(tmp_path, data) -> object:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def test_draft_docx_and_md(tmp_path, settings, complete):
    complete["addressee"] = "Central Authority of Testland B (fictitious)"
    path = _write(tmp_path, complete)
    assert draft_file(settings, path, "en", tmp_path / "out" / "r.docx") == []
    doc = Document(io.BytesIO((tmp_path / "out" / "r.docx").read_bytes()))
    assert any("Central Authority of Testland B" in p.text for p in doc.paragraphs)
    draft_file(settings, path, "fr", tmp_path / "r.md")
    assert "# Demande d'entraide judiciaire" in (tmp_path / "r.md").read_text("utf-8")


def test_draft_returns_missing(tmp_path, settings, complete):
    complete["purpose"] = ""
    missing = draft_file(settings, _write(tmp_path, complete), "en", tmp_path / "r.md")
    assert [m.field for m in missing] == ["purpose"]


def test_bad_json_names_line(tmp_path, settings):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "reference": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(SourceError) as err:
        draft_file(settings, path, "en", tmp_path / "r.docx")
    assert err.value.line == 3


def test_unknown_field_names_field_and_line(tmp_path, settings, complete):
    complete["assistance"][0]["colour"] = "blue"
    with pytest.raises(SourceError) as err:
        draft_file(settings, _write(tmp_path, complete), "en", tmp_path / "r.docx")
    assert err.value.field == "assistance[0].colour"
    assert err.value.line > 1
    assert "blue" not in str(err.value)


def test_bad_language_and_suffix(tmp_path, settings, complete):
    path = _write(tmp_path, complete)
    with pytest.raises(UntocError):
        draft_file(settings, path, "de", tmp_path / "r.docx")
    with pytest.raises(UntocError):
        draft_file(settings, path, "en", tmp_path / "r.pdf")


def test_cli_command(tmp_path, complete, monkeypatch):
    from assistant.cli import app

    monkeypatch.setenv("UNTOC_KB_ROOT", str(tmp_path))
    from assistant.config import get_settings

    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["draft", str(_write(tmp_path, complete)), "--lang",
                                          "ar", "--out", str(tmp_path / "r.docx")])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.docx").read_bytes()[:2] == b"PK"
