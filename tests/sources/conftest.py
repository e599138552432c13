"""Fixtures for the source parsers: the real manifest and documents under data/."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"
TREATIES = ROOT / "data" / "treaties"
FIXTURES = ROOT / "tests" / "fixtures" / "sources"


@pytest.fixture(scope="session")
def manifest_docs():
    from assistant.sources.manifest import load_manifest

    return {d.id: d for d in load_manifest(SOURCES / "manifest.yaml")}


@pytest.fixture(scope="session")
def parse_doc(manifest_docs):
    """parse_doc(doc_id) → records of one document (cached), articles/topics not yet filled."""
    from assistant.sources import get_parser

    cache: dict[str, list] = {}

    def parse(doc_id: str):
        if doc_id not in cache:
            doc = manifest_docs[doc_id]
            cache[doc_id] = get_parser(doc.parser)(doc, (SOURCES / doc.file).resolve())
        return cache[doc_id]

    return parse


@pytest.fixture(scope="session")
def by_id(parse_doc):
    """by_id(doc_id) → {record id: record}."""

    def index(doc_id: str):
        return {r.id: r for r in parse_doc(doc_id)}

    return index


@pytest.fixture()
def fake_doc():
    """A Document for fixture files (fictitious; never published)."""
    from assistant.schemas.document import LANGS, Document

    def make(doc_id: str = "cop99-testland", **kw):
        values = dict(id=doc_id, file="x.md", parser="markdown", symbol="TEST/COP/99/1",
                      short="TEST/COP/99/1", titles={lang: "Testland" for lang in LANGS},
                      body="cop", session=99, type="report")
        values.update(kw)
        return Document(**values)

    return make
