"""A terminology bridge from questions in any UN language to the Chinese source texts.

The COP documents are Chinese; the multilingual encoders match an English or Arabic question
to them only loosely. data/glossary.yaml maps domain terms ("central authority",
"autorité centrale", "السلطة المركزية" …) to the Chinese terms the corpus uses (中央机关), so a
non-Chinese question also gets a Chinese lexical ranking built from the terms it contains.

Phrases match on word stems (Snowball), so the inflected forms a question uses
("пограничного контроля", "les autorités centrales", "بالسلطات المركزية") find the entry
without the glossary listing every case form. Chinese phrases match as substrings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import Stemmer  # PyStemmer: the Snowball stemmers in C
import yaml

LANGS = ("en", "fr", "es", "ru", "ar")
_STEMMER_NAMES = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian",
                  "ar": "arabic"}
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

Stems = tuple[str, ...]
GlossaryTerms = tuple[list[str], list[str]]  # (Chinese terms, English terms)


@lru_cache(maxsize=len(LANGS))
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_NAMES[lang])


def _strip_marks(text: str) -> str:
    """Accents, Arabic diacritics and tatweel off; ё → е."""
    text = unicodedata.normalize("NFKD", text).replace("ـ", "")
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def stems(text: str, lang: str) -> Stems:
    """Word stems of `text` by the Snowball stemmer of `lang`, accents removed after stemming
    (the French and Spanish stemmers use them)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text.lower().replace("’", "'")))
    stemmed = _stemmer(lang).stemWords(words)
    if lang == "ru":
        # The Russian stemmer leaves one letter's difference between case forms of some
        # nouns ("органа" → "орга", "органом" → "орган"): compare without a last letter.
        stemmed = [s[:-1] if len(s) >= 5 else s for s in stemmed]
    return tuple(_strip_marks(s) for s in stemmed)


@dataclass(frozen=True)
class Concept:
    zh: tuple[str, ...]
    en: tuple[str, ...]


@dataclass(frozen=True)
class Glossary:
    # Per language: phrase stems → the concepts using that phrase (a phrase may be shared).
    phrases: dict[str, dict[Stems, tuple[Concept, ...]]]
    longest: dict[str, int]  # longest phrase, in words, per language
    # Chinese phrases, longest first, with their concepts.
    zh_phrases: tuple[tuple[str, tuple[Concept, ...]], ...]

    @classmethod
    def load(cls, path: Path) -> Glossary:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
        phrases: dict[str, dict[Stems, list[Concept]]] = {lang: {} for lang in LANGS}
        zh_phrases: dict[str, list[Concept]] = {}
        for entry in entries or []:
            concept = Concept(zh=tuple(str(t) for t in entry.get("zh") or ()),
                              en=tuple(str(t) for t in entry.get("en") or ()))
            for phrase in concept.zh:
                zh_phrases.setdefault(phrase, []).append(concept)
            for lang in LANGS:
                for phrase in entry.get(lang) or ():
                    key = stems(str(phrase), lang)
                    if key and concept not in phrases[lang].setdefault(key, []):
                        phrases[lang][key].append(concept)
        return cls(
            phrases={lang: {k: tuple(v) for k, v in table.items()}
                     for lang, table in phrases.items()},
            longest={lang: max((len(k) for k in table), default=0)
                     for lang, table in phrases.items()},
            zh_phrases=tuple((p, tuple(c)) for p, c in
                             sorted(zh_phrases.items(), key=lambda kv: -len(kv[0]))))

    def concepts(self, question: str) -> list[Concept]:
        """The concepts whose phrases occur in `question`, in any language.

        At each word, the longest phrase starting there wins and consumes its words, so
        "central authority" does not also count as "authority".
        """
        found: list[Concept] = []
        if _CJK.search(question):
            text = question
            for phrase, concepts in self.zh_phrases:
                if phrase in text:
                    found.extend(c for c in concepts if c not in found)
                    text = text.replace(phrase, "\u3000")
        for lang in LANGS:
            table, longest = self.phrases[lang], self.longest[lang]
            if not table:
                continue
            words = stems(question, lang)
            i = 0
            while i < len(words):
                for size in range(min(longest, len(words) - i), 0, -1):
                    hit = table.get(words[i:i + size])
                    if hit:
                        found.extend(c for c in hit if c not in found)
                        i += size
                        break
                else:
                    i += 1
        return found

    def lookup(self, question: str) -> GlossaryTerms:
        """(Chinese terms, English terms) of the glossary concepts named in `question`."""
        return self.terms_of(self.concepts(question))

    @staticmethod
    def terms_of(concepts: list[Concept]) -> GlossaryTerms:
        return ([t for c in concepts for t in c.zh], [t for c in concepts for t in c.en])
