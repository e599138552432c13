"""data/sources/manifest.yaml: the nine documents, and errors that name file and line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.errors import SourceError
from assistant.schemas.document import LANGS
from assistant.sources.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"

GOOD = """\
documents:
  - id: cop99-testland
    file: doc.md
    parser: markdown
    symbol: TEST/COP/99/1
    short: TEST/COP/99/1
    titles: {zh: 测试兰, en: Testland, fr: Testland, es: Testland, ru: Testland, ar: Testland}
    body: cop
    type: report
"""


def test_real_manifest(manifest_docs):
    assert list(manifest_docs) == ["cop3-decisions", "wg-ta-2007", "cop9-report",
                                   "cop6-resolution-6-1", "a-59-204", "untoc", "tip", "som",
                                   "firearms"]
    for doc in manifest_docs.values():
        assert set(doc.titles) == set(LANGS) and set(doc.summaries) == set(LANGS)
        assert doc.official_url and doc.official_url.startswith("https://")
    assert manifest_docs["cop9-report"].symbol == "CTOC/COP/2018/13"
    assert manifest_docs["cop9-report"].official_url == "https://undocs.org/CTOC/COP/2018/13"
    assert manifest_docs["wg-ta-2007"].symbol == "CTOC/COP/2008/7"
    assert manifest_docs["a-59-204"].symbol == "A/59/204"
    treaties = {d.id: d for d in manifest_docs.values() if d.type == "treaty"}
    assert {d.instrument for d in treaties.values()} == {"UNTOC", "TIP", "SOM", "FIREARMS"}
    assert treaties["firearms"].date.isoformat() == "2001-05-31"
    assert treaties["som"].official_url.endswith("mtdsg_no=XVIII-12-b&chapter=18")
    assert all(d.symbol is None and d.original_lang == "en" for d in treaties.values())


def test_zh_titles_are_from_the_texts(manifest_docs):
    for doc_id in ("wg-ta-2007", "cop9-report"):
        doc = manifest_docs[doc_id]
        text = (SOURCES / doc.file).read_text(encoding="utf-8")
        assert doc.titles["zh"].replace(" ", "")[:20] in text.replace(" ", "").replace("\n", "")


def test_seed_copies_are_byte_identical():
    shared = Path("/work/shared/seeds")
    if not shared.exists():
        pytest.skip("/work/shared is not available outside the build machine")
    for src in shared.iterdir():
        copy = SOURCES / src.name
        assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(
            src.read_bytes()).digest()


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "doc.md").write_text("# x\n", encoding="utf-8")
    path = tmp_path / "manifest.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_fixture(tmp_path):
    [doc] = load_manifest(_write(tmp_path, GOOD))
    assert doc.id == "cop99-testland"


def test_malformed_yaml_names_file_and_line(tmp_path):
    path = _write(tmp_path, GOOD.replace("    body: cop\n", "    body: cop: oops\n"))
    with pytest.raises(SourceError) as err:
        load_manifest(path)
    assert err.value.file == str(path) and err.value.line == 8
    assert f"{path}:8" in str(err.value)


def test_unknown_field(tmp_path):
    path = _write(tmp_path, GOOD + "    colour: blue\n")
    with pytest.raises(SourceError) as err:
        load_manifest(path)
    assert err.value.line == 10 and err.value.field == "colour"
    assert "unknown field" in str(err.value)


def test_bad_value_points_at_its_key(tmp_path):
    path = _write(tmp_path, GOOD.replace("parser: markdown", "parser: docx"))
    with pytest.raises(SourceError) as err:
        load_manifest(path)
    assert err.value.line == 4 and err.value.field == "parser"


def test_missing_language(tmp_path):
    path = _write(tmp_path, GOOD.replace(", ar: Testland", ""))
    with pytest.raises(SourceError) as err:
        load_manifest(path)
    assert err.value.line == 7 and err.value.field == "titles" and "ar" in err.value.message


def test_missing_file_and_duplicate_id(tmp_path):
    with pytest.raises(SourceError) as err:
        load_manifest(_write(tmp_path, GOOD.replace("file: doc.md", "file: nope.md")))
    assert err.value.line == 3 and err.value.field == "file"
    twice = GOOD + GOOD.split("documents:\n", 1)[1]
    with pytest.raises(SourceError) as err:
        load_manifest(_write(tmp_path, twice))
    assert err.value.line == 10 and "duplicate" in err.value.message


def test_top_level_must_be_documents(tmp_path):
    with pytest.raises(SourceError) as err:
        load_manifest(_write(tmp_path, "docs: []\n"))
    assert err.value.line == 1
