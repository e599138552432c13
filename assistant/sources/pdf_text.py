"""Paragraph records from Chinese UN documents extracted from PDF (seeds 000, 001, 004).

Handles COP decisions (第 3/2 号决定 + title + chapeau + (a)… + ㈠…), reports with chapters
(一.), sections (A.), numbered headings and numbered paragraphs (17., with (a)… inside), a lost
figure's caption, and the A/59/204 ratification annex (see annex_table). Records come out in
reading order; topics and articles are left empty for the detectors that run afterwards.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import SourceError
from assistant.schemas.paragraph import Footnote, Paragraph
from assistant.sources import annex_table
from assistant.sources.numerals import cn_paren_to_int, roman
from assistant.sources.pdf_annex import annex_records
from assistant.sources.pdf_blocks import Block, build_blocks, heading_like, resolve_footnotes
from assistant.sources.pdf_lines import scan_lines

if TYPE_CHECKING:
    from assistant.schemas.document import Document

log = logging.getLogger(__name__)

FIGURE_MIN_BLANK_LINES = 3  # a caption followed by this much empty space had a chart under it
SUBCONTEXT_SLUGS = {"建议": ("recommendations", "recommendations"), "附件": ("annex", "annex")}
# heading levels: a new heading closes every open heading at the same or a deeper level
LEVEL = {
    "title": 0,
    "decision": 10,
    "decision-title": 11,
    "loose": 20,
    "annex": 20,
    "chapter": 30,
    "section": 40,
    "numbered": 50,
}


@dataclass
class _Frame:
    kind: str  # numbered | subnumbered | letter | roman
    value: str  # "17", "g", "ii"
    number: int  # position in its sequence (letters: a=1)
    record: Paragraph
    cite: str  # "17(c)", "(g)(ii)"
    children: dict[str, int] = field(default_factory=dict)  # kind → last number used


class _Builder:
    def __init__(self, doc: Document, path: Path):
        self.doc = doc
        self.path = path
        self.records: list[Paragraph] = []
        self.headings: list[tuple[int, str]] = []
        self.ctx = self.base_ctx = doc.id
        self.cite = self.base_cite = doc.short
        self.expected = 1  # next top-level paragraph number in this context
        self.stack: list[_Frame] = []
        self.top_letters = 0
        self.decision: Block | None = None
        self.decision_records = 0
        self.await_title = False
        self.subcontexts = 0
        self.figures = 0
        self.pending_notes: list[Footnote] = []  # footnotes marked in a heading
        self.ids: dict[str, int] = {}

    # -- records ---------------------------------------------------------------------------
    def _add(
        self,
        block: Block,
        id_: str,
        kind: str,
        label: str,
        text: str,
        cite: str,
        parent: str | None = None,
    ) -> Paragraph:
        if id_ in self.ids:
            raise SourceError(
                self.path,
                block.line,
                f"duplicate paragraph {label or id_} (id {id_} already used at "
                f"line {self.ids[id_]})",
                "label",
            )
        if not text:
            raise SourceError(self.path, block.line, f"paragraph {label or id_} has no text")
        self.ids[id_] = block.line
        notes = self.pending_notes + block.footnotes
        self.pending_notes = []
        rec = Paragraph(
            id=id_,
            document=self.doc.id,
            kind=kind,
            citation=cite,
            label=label,
            heading_path=[h for _, h in self.headings],
            text=text,
            footnotes=notes,
            lang="zh",
            session=self.doc.session,
            year=self.doc.year,
            url=f"/documents/{self.doc.id}/#{id_}",
            order=len(self.records),
            parent=parent,
        )
        self.records.append(rec)
        if self.decision is not None:
            self.decision_records += 1
        return rec

    def _push_heading(self, level: int, text: str, block: Block) -> None:
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text))
        self.stack = []
        self.pending_notes += block.footnotes

    # -- blocks ----------------------------------------------------------------------------
    def feed(self, block: Block, first: bool) -> None:
        if first and not (block.kind == "loose" and heading_like(block.text)):
            title = self.doc.titles.get("zh")
            if title:
                self.headings.append((LEVEL["title"], title))
        handler = getattr(self, f"_on_{block.kind}")
        handler(block, first)
        if block.kind != "decision":
            self.await_title = False

    def _on_decision(self, block: Block, first: bool) -> None:
        self._close_decision()
        number = block.mark
        prefix = f"cop{self.doc.session}" if self.doc.session else self.doc.id
        self.ctx = f"{prefix}-decision-{number.replace('/', '-')}"
        self.cite = f"{self.doc.short}, decision {number}"
        self.base_ctx, self.base_cite = self.ctx, self.cite
        self.expected, self.top_letters, self.decision_records = 1, 0, 0
        self.decision = block
        self._push_heading(LEVEL["decision"], block.label, block)
        self.await_title = True

    def _close_decision(self) -> None:
        if self.decision is not None and self.decision_records == 0:
            raise SourceError(
                self.path,
                self.decision.line,
                f"decision {self.decision.mark} has no paragraphs",
                "decision",
            )
        self.decision = None

    def _on_annex(self, block: Block, first: bool) -> None:
        self._enter_subcontext(block, block.label)
        self._push_heading(LEVEL["annex"], block.label, block)

    def _enter_subcontext(self, block: Block, text: str) -> None:
        """Headings like 建议 or 附件 start a new paragraph numbering."""
        self.subcontexts += 1
        slug, words = SUBCONTEXT_SLUGS.get(
            text, (f"part-{self.subcontexts}", f"part {self.subcontexts}")
        )
        self.ctx, self.cite = f"{self.base_ctx}-{slug}", f"{self.base_cite}, {words}"
        self.expected, self.top_letters = 1, 0

    def _on_chapter(self, block: Block, first: bool) -> None:
        self._push_heading(LEVEL["chapter"], f"{block.label} {block.text}", block)

    def _on_section(self, block: Block, first: bool) -> None:
        self._push_heading(LEVEL["section"], f"{block.label} {block.text}", block)

    def _on_loose(self, block: Block, first: bool) -> None:
        text = block.text
        if first and heading_like(text):
            self._push_heading(LEVEL["title"], text, block)
        elif self.await_title and not text.endswith(("。", "：", "；")):
            self._push_heading(LEVEL["decision-title"], text, block)
        elif heading_like(text) and block.blank_after >= FIGURE_MIN_BLANK_LINES:
            self.figures += 1
            self.stack = []
            self._add(
                block,
                f"{self.ctx}-figure-{self.figures}",
                "paragraph",
                "",
                text,
                f"{self.cite}, figure {self.figures}",
            )
        elif heading_like(text):
            self._enter_subcontext(block, text)
            self._push_heading(LEVEL["loose"], text, block)
        else:
            self.stack = []
            if self.decision is not None and self.decision_records == 0:
                self._add(block, f"{self.ctx}-intro", "preamble", "", text, f"{self.cite}, chapeau")
            else:
                digest = hashlib.sha1(text[:30].encode("utf-8")).hexdigest()[:6]
                self._add(
                    block,
                    f"{self.ctx}-pp-{digest}",
                    "preamble",
                    "",
                    text,
                    f"{self.cite}, unnumbered paragraph",
                )

    def _on_numbered(self, block: Block, first: bool) -> None:
        number = int(block.mark)
        text = block.text
        top = self.stack[0] if self.stack and self.stack[0].kind == "numbered" else None
        last_sub = top.children.get("subnumbered", 0) if top else 0
        if number == self.expected:
            self._top_numbered(block, number, text)
        elif heading_like(text):
            self._push_heading(LEVEL["numbered"], f"{block.label} {text}", block)
        elif (
            top is not None
            and number == last_sub + 1
            and (last_sub or top.record.text.endswith("："))
        ):
            # numbered list inside a paragraph (001 para. 21: the agenda items 1.–8.)
            del self.stack[1:]
            self._child(block, top, "subnumbered", str(number), number, text)
        elif number > self.expected:
            log.warning(
                "%s:%d: paragraph %d follows %d", self.path, block.line, number, self.expected - 1
            )
            self._top_numbered(block, number, text)
        else:
            raise SourceError(
                self.path,
                block.line,
                f"paragraph {number}. out of sequence (expected {self.expected}.)",
                "paragraph number",
            )

    def _top_numbered(self, block: Block, number: int, text: str) -> None:
        id_ = f"{self.ctx}-para-{number}"
        rec = self._add(block, id_, "paragraph", block.label, text, f"{self.cite}, para. {number}")
        self.stack = [_Frame("numbered", str(number), number, rec, str(number))]
        self.expected = number + 1

    def _child(
        self, block: Block, parent: _Frame, kind: str, value: str, number: int, text: str
    ) -> None:
        last = parent.children.get(kind, 0)
        if number != last + 1:
            log.warning(
                "%s:%d: %s follows item %d of the same list",
                self.path,
                block.line,
                block.label,
                last,
            )
        parent.children[kind] = number
        id_ = f"{parent.record.id}-{value}"
        cite = f"{parent.cite}({value})"
        rec = self._add(
            block,
            id_,
            "paragraph",
            block.label,
            text,
            f"{self.cite}, para. {cite}",
            parent=parent.record.id,
        )
        self.stack.append(_Frame(kind, value, number, rec, cite))

    def _on_letter(self, block: Block, first: bool) -> None:
        letter = block.mark
        number = ord(letter[-1]) - ord("a") + 1 + 26 * (len(letter) - 1)
        while self.stack and self.stack[-1].kind not in ("numbered", "subnumbered"):
            self.stack.pop()
        if self.stack:
            self._child(block, self.stack[-1], "letter", letter, number, block.text)
            return
        if number != self.top_letters + 1:
            log.warning(
                "%s:%d: %s follows item %d", self.path, block.line, block.label, self.top_letters
            )
        self.top_letters = number
        id_ = f"{self.ctx}-para-{letter}"
        rec = self._add(
            block, id_, "paragraph", block.label, block.text, f"{self.cite}, para. ({letter})"
        )
        self.stack = [_Frame("letter", letter, number, rec, f"({letter})")]

    def _on_roman(self, block: Block, first: bool) -> None:
        number = cn_paren_to_int(block.mark) or 0
        while self.stack and self.stack[-1].kind == "roman":
            self.stack.pop()
        if not self.stack:
            raise SourceError(
                self.path,
                block.line,
                f"sub-item {block.mark} outside any lettered or numbered paragraph",
                "sub-item",
            )
        self._child(block, self.stack[-1], "roman", roman(number), number, block.text)

    def finish(self, unplaced: list[Footnote]) -> list[Paragraph]:
        self._close_decision()
        if not self.records:
            raise SourceError(self.path, 1, "no paragraphs found")
        if self.pending_notes:
            raise SourceError(
                self.path,
                None,
                "a footnote marked in the last heading has no paragraph to attach to",
                "footnote",
            )
        if unplaced:  # "*" notes whose mark the extraction lost belong to the title page
            first = self.records[0]
            first.footnotes = unplaced + first.footnotes
        return self.records


def parse_pdf_text(doc: Document, path: Path) -> list[Paragraph]:
    """Records of one PDF-extracted document, in reading order (order 0..n)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc}") from exc
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(path, line, f"not UTF-8 text: {exc.reason}") from exc
    annex_start = annex_table.find_annex_start(lines)
    body = lines if annex_start is None else lines[:annex_start]
    try:
        scan = scan_lines(body, path)
        blocks = build_blocks(scan.items)
        unplaced = resolve_footnotes(blocks, path)
    except SourceError as exc:
        if exc.file:
            raise
        raise SourceError(path, exc.line, exc.message, exc.field) from exc
    if not blocks:
        raise SourceError(path, 1, "no text found")
    builder = _Builder(doc, path)
    for i, block in enumerate(blocks):
        builder.feed(block, first=i == 0)
    records = builder.finish(unplaced)
    if annex_start is not None:
        base = [h for level, h in builder.headings if level == LEVEL["title"]]
        records += annex_records(doc, path, base, len(records))
    return records


def running_symbols(path: Path) -> list[str]:
    """Document symbols printed as running headers (e.g. ["CTOC/COP/2008/7"])."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return scan_lines(lines, path).symbols
