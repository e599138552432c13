"""Line pass for PDF-extracted Chinese UN documents: debris, page breaks and footnote blocks.

The extraction breaks lines mid-sentence (often with empty lines between the halves), leaves
page numbers and the document symbol as running headers, and puts each page's footnotes
(after a ``__________________`` rule) in the middle of the running text. This pass turns the
raw lines into a stream of body text lines, "hard stops" (a run of whitespace-only lines,
which the extraction leaves at block boundaries) and footnotes at the place they interrupted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import SourceError

PAGE_NUMBER = re.compile(r"^\d{1,3}$")
SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){2,}$")  # A/59/204, CTOC/COP/2008/7
RULE = re.compile(r"^_{5,}$")
FOOTNOTE_START = re.compile(r"^(\d{1,3}|\*)\s+(\S.*)$")
FOOTNOTE_END = ("。", ".", "．")

CJK = "\u4e00-\u9fff"
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _is_ideograph(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def join_parts(parts: list[str]) -> str:
    """Rejoin broken lines: no space between CJK characters, one where Latin/digits meet text."""
    out = ""
    for part in parts:
        part = collapse(part)
        if not part:
            continue
        if out:
            a, b = out[-1], part[0]
            # "2006" + "年" → "2006 年" (the documents' own spacing); "、" + "1/3" → "、1/3"
            glue = (_is_ascii_alnum(a) and (_is_ascii_alnum(b) or _is_ideograph(b))) or (
                _is_ascii_alnum(b) and _is_ideograph(a)
            )
            out += " " if glue else ""
        out += part
    return out


@dataclass
class TextLine:
    line: int  # 1-based
    text: str  # whitespace collapsed


@dataclass
class HardStop:
    line: int
    blank_lines: int  # whitespace-only lines in the run (many = a lost figure)


@dataclass
class FootnoteItem:
    line: int
    mark: str
    text: str


Item = TextLine | HardStop | FootnoteItem


@dataclass
class LineScan:
    items: list[Item]
    symbols: list[str]  # running-header symbols seen (e.g. "CTOC/COP/2008/7")


def _kind(raw: str) -> str:
    text = raw.strip()
    if not text:
        return "empty" if raw == "" else "ws"
    if PAGE_NUMBER.match(text) or SYMBOL.match(text):
        return "debris"
    if RULE.match(text):
        return "rule"
    return "text"


def scan_lines(lines: list[str], path: Path) -> LineScan:
    kinds = [_kind(raw) for raw in lines]
    items: list[Item] = []
    symbols: list[str] = []
    last_number: int | None = None
    i = 0
    n = len(lines)
    while i < n:
        kind = kinds[i]
        if kind in ("empty", "ws", "debris"):
            j = i
            while j < n and kinds[j] in ("empty", "ws", "debris"):
                j += 1
            run = kinds[i:j]
            for k in range(i, j):
                if kinds[k] == "debris" and SYMBOL.match(lines[k].strip()):
                    symbols.append(lines[k].strip())
            # whitespace-only lines next to a page number/header are page-break padding
            if "debris" not in run and "ws" in run:
                items.append(HardStop(i + 1, run.count("ws")))
            i = j
        elif kind == "rule":
            i, last_number = _footnote_block(lines, kinds, i, path, items, last_number)
        else:
            items.append(TextLine(i + 1, collapse(lines[i])))
            i += 1
    return LineScan(items, symbols)


def _next_content(kinds: list[str], j: int) -> int:
    while j < len(kinds) and kinds[j] in ("empty", "ws", "debris"):
        j += 1
    return j


def _expected(mark: str, last_number: int | None) -> bool:
    if mark == "*":
        return True
    return last_number is None or int(mark) == last_number + 1


def _footnote_block(
    lines: list[str],
    kinds: list[str],
    rule: int,
    path: Path,
    items: list[Item],
    last_number: int | None,
) -> tuple[int, int | None]:
    """Consume the footnotes after a rule; return the index where the body resumes."""
    j = _next_content(kinds, rule + 1)
    first = FOOTNOTE_START.match(collapse(lines[j])) if j < len(lines) else None
    if not first or not _expected(first.group(1), last_number):
        raise SourceError(path, rule + 1, "footnote rule not followed by a footnote", "footnote")
    while j < len(lines):
        m = FOOTNOTE_START.match(collapse(lines[j])) if kinds[j] == "text" else None
        if not m or not _expected(m.group(1), last_number):
            break
        start = j
        parts = [m.group(2)]
        j += 1
        while not parts[-1].endswith(FOOTNOTE_END):
            k = _next_content(kinds, j)
            if k >= len(lines) or kinds[k] != "text":
                break
            parts.append(collapse(lines[k]))
            j = k + 1
        items.append(FootnoteItem(start + 1, m.group(1), join_parts(parts)))
        if m.group(1) != "*":
            last_number = int(m.group(1))
        j = _next_content(kinds, j)
    return j, last_number


def mark_pattern(mark: str) -> re.Pattern[str]:
    """A footnote mark in running text: glued to the text before it ("公约》1实施", "提议；1")."""
    if mark == "*":
        return re.compile(r"\*")
    return re.compile(
        rf"(?<=[{CJK}{CJK_PUNCT}]){re.escape(mark)}(?![\d/.\-%])(?=[{CJK}{CJK_PUNCT}(]|\s|$)"
    )
