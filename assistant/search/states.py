"""Which States a question (or an official paragraph) names, in any of the six languages.

A directory record's heading path ends with the State's names in six languages, joined by
' — ' (assistant.directory.records). Names match as whole words: "Oman" must not match
"woman", Arabic names may follow a joined preposition ("بمصر", in Egypt) and end at Arabic
punctuation ("مصر؟"). Chinese, written without spaces, is segmented with jieba: 法国 (France)
is not named by 非法国际 (illicit international), nor 印度 (India) by 印度尼西亚 (Indonesia),
because the longest name found wins.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from assistant.schemas.paragraph import Paragraph

# Letters that continue a word: Latin, Cyrillic, Arabic letters (not Arabic punctuation such
# as "؟" or "،", which ends one).
_LETTERS = "a-z\u00e0-\u00ff\u0400-\u04ff\u0620-\u064a\u066e-\u06d3"
# Arabic joins the prepositions and conjunctions و ف ب ل ك to the next word.
_ARABIC_CLITICS = "[\u0648\u0641\u0628\u0644\u0643]{0,2}"
_CJK = re.compile("[\u3400-\u9fff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Names that are also everyday words of their language: they count only as written here
# («после того, как» is "after"; «دعم مالي» is "financial support").
_AMBIGUOUS = {"того": re.compile(r"(?<![а-яё])Того(?![а-яё])"),
              "مالي": re.compile(r"(?:جمهورية|دولة) مالي(?![\u0620-\u064a])")}


@dataclass(frozen=True)
class StatePattern:
    row: int  # the State's directory record
    names: tuple[str, ...]  # casefolded, six languages
    probes: tuple[str, ...]  # one of these occurs in any text that names the State
    pattern: re.Pattern[str]  # whole-word match of any non-Chinese name, casefolded text
    chinese: tuple[str, ...]


def state_names(records: Sequence[Paragraph]) -> list[StatePattern]:
    out = []
    for row, rec in enumerate(records):
        if rec.kind != "directory":
            continue
        line = rec.heading_path[-1] if rec.heading_path else ""
        names = tuple(n.strip().casefold() for n in line.split(" — ") if len(n.strip()) >= 2)
        if not names:
            continue
        words = sorted((n for n in names if not _CJK.search(n)), key=len, reverse=True)
        alternatives = "|".join(_russian_forms(n) if _CYRILLIC.search(n) else re.escape(n)
                                for n in words) or "(?!)"
        pattern = (rf"(?<![{_LETTERS}]){_ARABIC_CLITICS}(?P<name>{alternatives})"
                   rf"(?![{_LETTERS}])")
        # A Russian name's first word without its ending: «Франци» in «Франции».
        probes = tuple(_stem(n) if _CYRILLIC.search(n) else n for n in names)
        out.append(StatePattern(row, names, probes, re.compile(pattern),
                              tuple(n for n in names if _CJK.search(n))))
    return out


def _stem(name: str) -> str:
    word = name.split()[0]
    return word[:-2] if len(word) >= 5 else word


def _russian_forms(name: str) -> str:
    """A Russian name in any case form: «Казахстана», «Франции», «Российской Федерации».

    Each word's ending may change; short words and indeclinable names (ending -о, -е, -и,
    -у: Того, Перу, Мали) must match as written."""
    forms = []
    for word in name.split():
        if len(word) >= 5 and word.endswith(("ая", "ий", "ый", "ое", "ой")):  # adjective
            forms.append(re.escape(word[:-2]) + "[а-яё]{1,3}")
        elif word.endswith(("ия", "ья")):
            forms.append(re.escape(word[:-1]) + "[а-яё]{1,2}")
        elif word.endswith(("а", "я", "ь", "й")) and len(word) >= 5:
            forms.append(re.escape(word[:-1]) + "[а-яё]{1,3}")
        elif not word.endswith(("о", "е", "и", "у", "ю", "ы")) and len(word) >= 4:
            forms.append(re.escape(word) + "[а-яё]{0,2}")
        else:
            forms.append(re.escape(word))
    return r"\s+".join(forms)


def named_states(text: str, states: Sequence[StatePattern]) -> list[int]:
    """Directory rows of the States `text` names."""
    folded = text.casefold()
    found: list[tuple[int, int, int]] = []  # (start, end, row) of each name found
    bounds: set[int] | None = None
    for state in states:
        if not any(n in folded for n in state.probes):  # cheap test first
            continue
        for m in state.pattern.finditer(folded):
            ambiguous = _AMBIGUOUS.get(m.group("name"))
            if ambiguous is None or ambiguous.search(text):
                found.append((m.start(), m.end(), state.row))
                break
        for name in state.chinese:
            start = folded.find(name)
            while start >= 0:
                bounds = _word_bounds(folded) if bounds is None else bounds
                if start in bounds and start + len(name) in bounds:
                    found.append((start, start + len(name), state.row))
                start = folded.find(name, start + 1)
    # A name inside a longer one found (苏丹 in 南苏丹) is not a mention of its own.
    return list(dict.fromkeys(
        row for start, end, row in found
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in found)))


def _word_bounds(text: str) -> set[int]:
    """Offsets where jieba puts a word boundary in `text`."""
    bounds, pos = {0}, 0
    for word in _jieba().cut(text):
        pos += len(word)
        bounds.add(pos)
    return bounds


@cache
def _jieba():  # noqa: ANN202 (jieba has no types)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def warm_up() -> None:
    """Load jieba's dictionary now (~2 s) rather than on the first Chinese question."""
    _jieba()


def state_mentions(records: Sequence[Paragraph], states: Sequence[StatePattern]
                   ) -> dict[int, np.ndarray]:
    """Directory row → rows of the official records that name that State (a ratification
    table row, a host country, a speaker's State).

    Chinese names match here as plain substrings: segmenting every record would slow
    start-up, and a stray mention only lifts a record by `state_mention_boost`."""
    official = [(row, rec.text.casefold()) for row, rec in enumerate(records)
                if rec.kind not in ("directory", "guide")]
    return {state.row: np.array([row for row, text in official
                                 if any(n in text for n in state.probes)
                                 and (state.pattern.search(text)
                                      or any(n in text for n in state.chinese))],
                                dtype=np.int64)
            for state in states}
