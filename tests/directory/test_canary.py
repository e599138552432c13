"""A restricted authority (the canary) never reaches records, exports or generated pages."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from assistant.directory.cli import directory_app
from assistant.directory.export import export_csv, export_json
from assistant.directory.load import load_directory
from assistant.directory.records import directory_records
from assistant.directory.site import write_directory_pages

from .fictitious import CANARY, ISO3


def test_canary_is_loaded(fixture_dir: Path) -> None:
    state = load_directory(fixture_dir).states[0]
    assert any(CANARY in a.name for a in state.authorities)  # the canary is really there


def test_not_in_records(fixture_dir: Path) -> None:
    records = directory_records(load_directory(fixture_dir))
    assert len(records) == 1
    dumped = records[0].model_dump_json()
    assert CANARY not in dumped and CANARY.lower() not in dumped
    assert "Ministry of Examples" in records[0].text
    # the restricted entry's date (2030) does not leak through the last-updated year either
    assert records[0].year == 2020


def test_not_in_exports(fixture_dir: Path, tmp_path: Path) -> None:
    directory = load_directory(fixture_dir)
    for text in (export_csv(directory), export_json(directory)):
        assert CANARY not in text and CANARY.lower() not in text
        assert "Ministry of Examples" in text
    runner = CliRunner()
    for fmt in ("csv", "json"):
        out = tmp_path / f"export.{fmt}"
        result = runner.invoke(directory_app, ["export", "--format", fmt, "--out", str(out),
                                               "--path", str(fixture_dir)])
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        assert CANARY not in text and "Ministry of Examples" in text
    data = json.loads(export_json(directory))
    assert data["states"][0]["last_updated"] == "2020-02-02"


def test_not_in_generated_pages(fixture_dir: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs_out"
    write_directory_pages(load_directory(fixture_dir), docs)
    files = [p for p in docs.rglob("*") if p.is_file()]
    assert any(p.name == f"{ISO3.lower()}.ar.md" for p in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert CANARY not in text and CANARY.lower() not in text, path
    page = (docs / "directory" / f"{ISO3.lower()}.en.md").read_text(encoding="utf-8")
    assert "Ministry of Examples" in page and "2030" not in page
