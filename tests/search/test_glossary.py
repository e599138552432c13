"""The terminology glossary: loads, is well-formed, and every Chinese term is in the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "data" / "glossary.yaml"
LANGS = ("zh", "en", "fr", "es", "ru", "ar")


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data
    return data


@pytest.fixture(scope="module")
def corpus_text() -> str:
    # The PDF-derived texts break lines mid-word, so compare against a whitespace-free copy.
    paths = sorted((ROOT / "data" / "sources").glob("00[0-4]_*.txt"))
    assert len(paths) == 5
    return "".join(re.sub(r"\s", "", p.read_text(encoding="utf-8")) for p in paths)


def test_entries_have_zh_and_en_lists_of_strings(entries):
    for entry in entries:
        assert set(entry) <= set(LANGS), entry
        assert entry.get("zh") and entry.get("en"), entry
        for lang, terms in entry.items():
            assert isinstance(terms, list) and terms, (lang, entry)
            assert all(isinstance(t, str) and t.strip() for t in terms), (lang, entry)


def test_every_zh_term_occurs_in_corpus(entries, corpus_text):
    missing = [t for e in entries for t in e["zh"] if t not in corpus_text]
    assert not missing, missing


def test_latin_and_cyrillic_terms_are_lowercase(entries):
    upper = [
        t
        for e in entries
        for lang in ("en", "fr", "es", "ru")
        for t in e.get(lang, [])
        if t != t.lower()
    ]
    assert not upper, upper


def test_no_duplicate_entries_or_terms(entries):
    zh_terms = [t for e in entries for t in e["zh"]]
    en_terms = [t for e in entries for t in e["en"]]
    assert len(zh_terms) == len(set(zh_terms)), "a zh term appears in two entries"
    assert len(en_terms) == len(set(en_terms)), "an en term appears in two entries"
    for entry in entries:
        for lang, terms in entry.items():
            assert len(terms) == len(set(terms)), (lang, entry)
