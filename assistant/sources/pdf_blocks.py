"""Group the line stream of a PDF-extracted document into blocks, each started by a mark.

A block is a heading (decision, chapter, section, annex), a marked paragraph ("17.", "(g)",
"㈡") or an unmarked ("loose") run of text. Paragraph boundaries are the marks themselves:
the extraction's empty lines occur inside paragraphs as often as between them. Footnotes are
then tied to the text that carries their mark, and the mark is removed from that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import SourceError
from assistant.schemas.paragraph import Footnote
from assistant.sources.pdf_lines import (
    FootnoteItem,
    HardStop,
    Item,
    TextLine,
    join_parts,
    mark_pattern,
)

DECISION = re.compile(r"^第\s*(\d+)\s*/\s*(\d+)\s*号决定$")
ANNEX = re.compile(r"^附件$")
CHAPTER = re.compile(r"^([一二三四五六七八九十]+)\s*[.、．]\s*(\S.*)$")
SECTION = re.compile(r"^([A-Z])\.\s+(\S.*)$")
NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
LETTER = re.compile(r"^\(([a-z]{1,2})\)\s+(\S.*)$")
CN_ROMAN = re.compile(r"^([\u3220-\u3229])\s*(\S.*)$")
SENTENCE_PUNCT = re.compile(r"[。；：！？;:!?]")

HEADING_KINDS = ("decision", "annex", "chapter", "section")
SINGLE_LINE_KINDS = ("decision", "annex")
MAX_HEADING_CHARS = 80


def heading_like(text: str) -> bool:
    """Short and without sentence punctuation: a title, not a paragraph."""
    bare = text.replace(" ", "")
    return 0 < len(bare) <= MAX_HEADING_CHARS and not SENTENCE_PUNCT.search(bare)


@dataclass
class Block:
    kind: str  # decision | annex | chapter | section | numbered | letter | roman | loose
    line: int  # 1-based line of the mark (or first line)
    mark: str = ""  # "3/2", "一", "A", "17", "g", "㈡"
    label: str = ""  # as printed: "第 3/2 号决定", "一.", "A.", "17.", "(g)", "㈡"
    lines: list[str] = field(default_factory=list)
    blank_after: int = 0  # whitespace-only lines after the block (lost figure evidence)
    anchors: list[tuple[int, FootnoteItem]] = field(default_factory=list)  # (lines so far, fn)
    footnotes: list[Footnote] = field(default_factory=list)

    @property
    def text(self) -> str:
        return join_parts(self.lines)


def _start(line: TextLine) -> Block | None:
    text = line.text
    if m := DECISION.match(text):
        mark = f"{m.group(1)}/{m.group(2)}"
        return Block("decision", line.line, mark, f"第 {mark} 号决定")
    if ANNEX.match(text):
        return Block("annex", line.line, "附件", text)
    if m := CHAPTER.match(text):
        sep = "、" if "、" in text[: len(m.group(1)) + 2] else "."
        return Block("chapter", line.line, m.group(1), m.group(1) + sep, [m.group(2)])
    if m := SECTION.match(text):
        return Block("section", line.line, m.group(1), m.group(1) + ".", [m.group(2)])
    if m := NUMBERED.match(text):
        return Block("numbered", line.line, m.group(1), m.group(1) + ".", [m.group(2)])
    if m := LETTER.match(text):
        return Block("letter", line.line, m.group(1), f"({m.group(1)})", [m.group(2)])
    if m := CN_ROMAN.match(text):
        return Block("roman", line.line, m.group(1), m.group(1), [m.group(2)])
    return None


def _continues_heading(block: Block, text: str) -> bool:
    """A chapter/section title broken over two lines (001: "五. …公约》" / "及其…协调")."""
    return (
        block.kind in ("chapter", "section")
        and len(block.lines) == 1
        and heading_like(block.lines[0])
        and heading_like(text)
        and len(text) <= 40
    )


def build_blocks(items: list[Item]) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for item in items:
        if isinstance(item, TextLine):
            started = _start(item)
            if started is not None:
                blocks.append(started)
                current = None if started.kind in SINGLE_LINE_KINDS else started
            elif current is not None and (
                current.kind not in HEADING_KINDS or _continues_heading(current, item.text)
            ):
                current.lines.append(item.text)
            else:
                current = Block("loose", item.line, lines=[item.text])
                blocks.append(current)
        elif isinstance(item, HardStop):
            if current is not None:
                current.blank_after = item.blank_lines
                tail = _split_caption(current)
                if tail is not None:
                    blocks.append(tail)
            current = None
        else:  # footnote: remember where it interrupted the text
            host = current if current is not None else (blocks[-1] if blocks else None)
            if host is None:
                raise SourceError("", item.line, "footnote before any text", "footnote")
            host.anchors.append((len(host.lines), item))
    return blocks


def _split_caption(block: Block) -> Block | None:
    """Split off a caption that follows a finished paragraph without a blank line.

    004: paragraph 9 ends "…最新清单。" and the next line is the figure title "截至 … 的批准情况"
    followed by the empty space of the lost chart.
    """
    if block.kind in HEADING_KINDS or len(block.lines) < 2:
        return None
    for j in range(len(block.lines) - 2, -1, -1):
        if block.lines[j].endswith("。"):
            tail_lines = block.lines[j + 1 :]
            if not heading_like(join_parts(tail_lines)):
                return None
            tail = Block("loose", block.line, lines=tail_lines, blank_after=block.blank_after)
            tail.anchors = [(pos - j - 1, fn) for pos, fn in block.anchors if pos > j + 1]
            block.anchors = [(pos, fn) for pos, fn in block.anchors if pos <= j + 1]
            block.lines = block.lines[: j + 1]
            block.blank_after = 0
            return tail
    return None


def resolve_footnotes(blocks: list[Block], path: Path) -> list[Footnote]:
    """Remove each footnote's mark from the text above it and attach the footnote there.

    The mark is searched backwards from where the footnote block interrupted the text, down to
    the previous footnote block (a mark and its note are on the same page). Returns the
    footnotes whose "*" mark is not printed (attached by the caller to the first record).
    """
    unplaced: list[Footnote] = []
    floor = (0, 0)
    for b_idx, block in enumerate(blocks):
        if not block.anchors:
            continue
        anchor_pos = block.anchors[0][0]
        for _pos, fn in block.anchors:
            note = Footnote(mark=fn.mark, text=fn.text)
            owner = _remove_mark(blocks, (b_idx, anchor_pos), floor, fn.mark)
            if owner is not None:
                blocks[owner].footnotes.append(note)
            elif fn.mark == "*":
                unplaced.append(note)
            else:
                raise SourceError(
                    path,
                    fn.line,
                    f"footnote {fn.mark}: its mark is not in the text above it",
                    "footnote",
                )
        floor = (b_idx, block.anchors[-1][0])
    return unplaced


def _remove_mark(
    blocks: list[Block], start: tuple[int, int], floor: tuple[int, int], mark: str
) -> int | None:
    pattern = mark_pattern(mark)
    b_idx, pos = start
    while (b_idx, pos) > floor:
        if pos == 0:
            b_idx -= 1
            if b_idx < 0:
                return None
            pos = len(blocks[b_idx].lines)
            continue
        line = blocks[b_idx].lines[pos - 1]
        matches = list(pattern.finditer(line))
        if matches:
            m = matches[-1]
            blocks[b_idx].lines[pos - 1] = line[: m.start()] + line[m.end() :]
            return b_idx
        pos -= 1
    return None
