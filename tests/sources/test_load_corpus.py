"""load_corpus over the real data/: all nine documents, enriched and checked."""

from __future__ import annotations

import importlib.util
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from assistant.config import make_settings
from assistant.errors import SourceError
from assistant.sources import load_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    if importlib.util.find_spec("assistant.sources.pdf_text") is None:
        pytest.skip("assistant/sources/pdf_text.py (seeds 000, 001, 004) is not written yet")
    start = time.perf_counter()
    records = load_corpus(make_settings(ROOT))
    return records, time.perf_counter() - start


def test_all_documents_parsed(corpus):
    records, _ = corpus
    counts = Counter(r.document for r in records)
    assert set(counts) == {"cop3-decisions", "wg-ta-2007", "cop9-report", "cop6-resolution-6-1",
                           "a-59-204", "untoc", "tip", "som", "firearms"}
    assert all(n > 10 for n in counts.values())


def test_records_are_sound(corpus):
    records, _ = corpus
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))
    assert all(r.text.strip() for r in records)
    assert all(r.url.endswith("#" + r.id) for r in records)
    assert all(r.citation for r in records)


def test_fast(corpus):
    _, seconds = corpus
    assert seconds < 5


def test_known_topics_and_articles(corpus):
    records = {r.id: r for r in corpus[0]}
    dec = records["cop3-decision-3-2-para-f"]
    assert {"central-authorities", "mutual-legal-assistance"} <= set(dec.topics)
    assert any(a.instrument == "UNTOC" and a.article == 18 and a.paragraph == "13"
               for a in dec.articles)
    annex = [r for r in records.values() if r.id.startswith("cop9-resolution-9-1-annex-")]
    assert annex and all("review-mechanism" in r.topics for r in annex)
    assert records["untoc-art-16-para-1"].topics == ["extradition"]
    assert [a.label for a in records["cop9-resolution-9-2-para-10"].articles] == [
        "Firearms Protocol, art. 8(2)", "Firearms Protocol, art. 13(3)"]


def test_malformed_manifest_is_reported_with_file_and_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "sources", data / "sources")
    shutil.copy(ROOT / "data" / "topics.yaml", data / "topics.yaml")
    manifest = data / "sources" / "manifest.yaml"
    manifest.chmod(0o644)
    lines = manifest.read_text(encoding="utf-8").split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.strip() == "type: report")
    lines[at] = "    type: report: yes"
    manifest.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SourceError) as err:
        load_corpus(make_settings(tmp_path))
    assert err.value.file == str(manifest) and err.value.line == at + 1


def test_unknown_manifest_field(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "sources", data / "sources")
    manifest = data / "sources" / "manifest.yaml"
    manifest.chmod(0o644)
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("    session: 9\n", "    session: 9\n    sesion: 9\n"),
                        encoding="utf-8")
    with pytest.raises(SourceError) as err:
        load_corpus(make_settings(tmp_path))
    assert err.value.field == "sesion" and err.value.line is not None
    assert manifest.read_text(encoding="utf-8").split("\n")[err.value.line - 1] == "    sesion: 9"
