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
    # (match key in any language, zh terms, en terms), longest phrase first
    terms: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]

    @classmethod
    def load(cls, path: Path) -> Glossary:
        if not path.exists():
            return cls(terms=())
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        pairs: dict[str, tuple[set[str], set[str]]] = {}
        for entry in entries:
            zh = [str(t) for t in entry.get("zh") or ()]
            en = [str(t) for t in entry.get("en") or ()]
            for phrase in [*zh, *(p for lang in LANGS for p in entry.get(lang) or ())]:
                folded = _fold(str(phrase))
                if folded.strip():
                    z, e = pairs.setdefault(folded, (set(), set()))
                    z.update(zh)
                    e.update(en)
        ordered = sorted(pairs.items(), key=lambda kv: -len(kv[0]))
        # Chinese phrases match anywhere (no word breaks), the others as whole words.
        return cls(terms=tuple((p.strip() if _is_cjk(p) else p, tuple(sorted(z)),
                                tuple(sorted(e))) for p, (z, e) in ordered))

    def lookup(self, question: str) -> tuple[list[str], list[str]]:
        """(Chinese terms, English terms) of the glossary phrases in `question`.

        Longest phrases win; Chinese phrases match anywhere (no word breaks in Chinese).
        """
        text = _fold(question)
        zh_found: list[str] = []
        en_found: list[str] = []
        for key, zh, en in self.terms:
            if key in text:
                zh_found.extend(zh)
                en_found.extend(en)
                text = text.replace(key, " ")  # a longer phrase consumes its words
        return zh_found, en_found


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)
