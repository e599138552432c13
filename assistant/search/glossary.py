"""A terminology bridge from questions in any UN language to the Chinese source texts.

The COP documents are Chinese; the multilingual encoders match an English or Arabic question
to them only loosely. data/glossary.yaml maps domain terms ("central authority",
"autorité centrale", "السلطة المركزية" …) to the Chinese terms the corpus uses (中央机关), so a
non-Chinese question also gets a Chinese lexical ranking built from the terms it contains.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

LANGS = ("en", "fr", "es", "ru", "ar")


def _fold(text: str) -> str:
    """Lowercase, strip accents and Arabic diacritics, collapse spaces: robust phrase matching."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("ـ", "")
    return " " + re.sub(r"[\s\-‐,.;:!?¿¡()«»\"“”]+", " ", text).strip() + " "


@dataclass(frozen=True)
class Glossary:
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # (folded phrase, zh terms), longest first

    @classmethod
    def load(cls, path: Path) -> Glossary:
        if not path.exists():
            return cls(terms=())
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        pairs: dict[str, set[str]] = {}
        for entry in entries:
            zh = tuple(entry.get("zh") or ())
            if not zh:
                continue
            for lang in LANGS:
                for phrase in entry.get(lang) or ():
                    folded = _fold(str(phrase))
                    if folded.strip():
                        pairs.setdefault(folded, set()).update(zh)
        ordered = sorted(pairs.items(), key=lambda kv: -len(kv[0]))
        return cls(terms=tuple((p, tuple(sorted(z))) for p, z in ordered))

    def chinese_terms(self, question: str) -> list[str]:
        """Chinese terms for the glossary phrases in `question` (longest phrases win)."""
        text = _fold(question)
        found: list[str] = []
        for phrase, zh in self.terms:
            if phrase in text:
                found.extend(zh)
                text = text.replace(phrase, " ")  # a longer phrase consumes its words
        return found
