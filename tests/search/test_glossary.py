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


@pytest.fixture()
def small_glossary(tmp_path):
    from assistant.search.glossary import Glossary

    path = tmp_path / "glossary.yaml"
    path.write_text(yaml.safe_dump([
        {"zh": ["中央机关"], "en": ["central authority"], "fr": ["autorité centrale"],
         "ru": ["центральный орган"], "ar": ["السلطة المركزية"]},
        {"zh": ["机关"], "en": ["authority"], "fr": ["autorité"]},
        {"zh": ["边境管制"], "en": ["border control"], "ru": ["пограничный контроль"]},
    ], allow_unicode=True), encoding="utf-8")
    return Glossary.load(path)


@pytest.mark.parametrize("question", [
    "Кто является центральным органом?",  # instrumental case
    "Какие центральные органы назначены?",
    "Quelles sont les autorités centrales désignées ?",  # plural, accents
    "Which central authorities receive requests?",
    "ما هي السلطة المركزية؟",
    "谁是中央机关？",
])
def test_inflected_forms_find_the_concept(small_glossary, question):
    zh, en = small_glossary.lookup(question)
    assert zh == ["中央机关"] and en == ["central authority"]


def test_russian_case_forms_of_a_phrase(small_glossary):
    zh, _ = small_glossary.lookup("Как укрепить меры пограничного контроля?")
    assert zh == ["边境管制"]


def test_unrelated_question_finds_nothing(small_glossary):
    assert small_glossary.lookup("Who won the football cup?") == ([], [])


def test_a_lone_shorter_phrase_still_matches(small_glossary):
    assert small_glossary.lookup("Which authority decides?")[0] == ["机关"]
