"""Markdown-form COP documents (seeds 002, 003) → Paragraph records.

The files are conversions of printed UN documents, so the markdown structure is only a hint:
heading levels are inconsistent, page breaks split paragraphs (sometimes with the page's
footnotes in between), and tables are tab-separated lines. Blocks come from markdown-it's
token stream (assistant.sources.blocks); this module gives them their place in the
document: report body, resolution / decision, annex, appendix.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import SourceError
from assistant.schemas.document import Document
from assistant.schemas.paragraph import Footnote, Paragraph, Table
from assistant.sources.blocks import FN_CLOSE, FN_OPEN, Block, join_lines, parse_blocks, pop_marks
from assistant.sources.numerals import cn_paren_to_int, cn_to_int, roman

UNIT_RE = re.compile(r"^第\s*(\d+)\s*/\s*(\d+)\s*号(决议|决定)$")
ANNEX_RE = re.compile(r"^附件\s*([一二三四五六七八九十]*)$")
CHAPTER_RE = re.compile(r"^[一二三四五六七八九十]+[.．、]\s*")
SECTION_RE = re.compile(r"^[A-Z][.．]\s*")
NUMBER_RE = re.compile(r"^(\d+)[.．]\s+")
LETTER_RE = re.compile(r"^[(（]([a-z]{1,2})[)）]\s*")
CN_SUB_RE = re.compile(r"^([\u3220-\u3229])\s*")
CAPTION_RE = re.compile(r"^表\s*(\d+)\s*(.*)$", re.S)
FOOTNOTE_RE = re.compile(f"^(?:{FN_OPEN}([^{FN_CLOSE}]+){FN_CLOSE}|\\*)\\s*(.*)$", re.S)
# A paragraph ending in one of these is complete; otherwise a page break cut it.
COMPLETE_END = set("。；;：:，,！!？?")
CLOSERS = "”’）)」』》】"

# Heading ranks (heading_path is built by rank, since the markdown levels are unreliable).
R_CHAPTER, R_SECTION, R_SUB, R_UNIT, R_UNIT_TITLE, R_UNIT_SUB = 1, 2, 3, 4, 5, 6
R_ANNEX, R_ANNEX_TITLE, R_ANNEX_CHAPTER, R_ANNEX_SECTION, R_ANNEX_SUB = 7, 8, 9, 10, 11


@dataclass
class Draft:
    id: str
    kind: str
    citation: str
    label: str
    heading_path: list[str]
    text: str
    line: int
    marks: list[str] = field(default_factory=list)
    parent: str | None = None
    table: Table | None = None


@dataclass
class FootnoteDef:
    mark: str
    text: str
    line: int
    page_start: int  # index of the first draft on the same page (for unreferenced notes)
    used: bool = False


def _short_hash(text: str) -> str:
    return hashlib.sha1(text[:30].encode("utf-8")).hexdigest()[:6]


def _footnote(raw: str) -> tuple[str, str] | None:
    """(mark, text) if the paragraph is a footnote: ``<sup>3</sup> text`` or ``* text``."""
    m = FOOTNOTE_RE.match(raw)
    if m and (m.group(1) or raw.startswith("* ")):
        return m.group(1) or "*", m.group(2)
    return None


def _is_complete(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS)
    return not stripped or stripped[-1] in COMPLETE_END


def _is_table(text: str) -> bool:
    """Tab-separated lines (markdown-it trims a trailing tab, i.e. an empty last cell)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all("\t" in ln for ln in lines[:-1]) and (
        "\t" in lines[-1] or len(lines) > 1)


def _cells(line: str) -> list[str]:
    return [join_lines(pop_marks(c)[0]) for c in line.split("\t")]


class _Parser:
    def __init__(self, doc: Document, path: Path):
        self.doc = doc
        self.path = path
        self.session_prefix = f"cop{doc.session}" if doc.session else doc.id
        self.short = doc.short
        self.drafts: list[Draft] = []
        self.ids: set[str] = set()
        self.footnotes: list[FootnoteDef] = []
        self.page_start = 0
        self.path_by_rank: dict[int, str] = {}
        self.unit: tuple[str, str] | None = None  # ("resolution", "9/1")
        self.annex: str | None = None  # None, "" (single annex) or "1", "2"…
        self.appendix = False
        self.skipping = False  # inside the table of contents
        self.title_rank: int | None = None  # rank the next plain heading takes
        self.reset_scope()

    # -- scope -------------------------------------------------------------------------
    def reset_scope(self) -> None:
        self.parent: Draft | None = None  # the numbered paragraph sub-items belong to
        self.intro: Draft | None = None  # unnumbered lead-in that lettered items follow
        self.numbered_seen = False
        self.last: Draft | None = None  # paragraph a page break may have cut
        self.caption: tuple[str, str, int] | None = None

    def scope_id(self) -> str:
        if self.unit is None:
            return self.doc.id
        kind, num = self.unit
        base = f"{self.session_prefix}-{kind}-{num.replace('/', '-')}"
        if self.annex is not None:
            base += "-annex" + (f"-{self.annex}" if self.annex else "")
        return base

    def scope_cite(self) -> str:
        if self.unit is None:
            return self.short
        kind, num = self.unit
        cite = f"{self.short}, {kind} {num}"
        if self.annex is not None:
            cite += ", annex" + (f" {roman(int(self.annex)).upper()}" if self.annex else "")
        return cite

    def set_heading(self, rank: int, text: str) -> None:
        self.path_by_rank = {r: t for r, t in self.path_by_rank.items() if r < rank}
        self.path_by_rank[rank] = text

    def heading_path(self) -> list[str]:
        return [self.path_by_rank[r] for r in sorted(self.path_by_rank)]

    # -- headings ----------------------------------------------------------------------
    def heading(self, block: Block) -> None:
        text = join_lines(pop_marks(block.text)[0])
        self.skipping = False
        if text == "目录":
            self.skipping = True
            return
        in_unit, in_annex = self.unit is not None, self.annex is not None
        unit = UNIT_RE.match(text)
        annex = ANNEX_RE.match(text)
        title_rank, self.title_rank = self.title_rank, None
        if unit:
            kind = "resolution" if unit.group(3) == "决议" else "decision"
            self.unit = (kind, f"{unit.group(1)}/{unit.group(2)}")
            self.annex, self.appendix = None, False
            self.set_heading(R_UNIT, text)
            self.title_rank = R_UNIT_TITLE
        elif annex and in_unit:
            self.annex = str(cn_to_int(annex.group(1))) if annex.group(1) else ""
            self.appendix = False
            self.set_heading(R_ANNEX, text)
            self.title_rank = R_ANNEX_TITLE
        elif text == "附录" and in_annex:
            self.appendix = True
            self.set_heading(R_ANNEX_CHAPTER, text)
            self.title_rank = R_ANNEX_SECTION
        elif text in ("A. 决议", "B. 决定") or (SECTION_RE.match(text) and not in_annex):
            self.unit, self.annex = None, None
            self.set_heading(R_SECTION, text)
        elif CHAPTER_RE.match(text):
            if in_annex:
                self.set_heading(R_ANNEX_CHAPTER, text)
            else:
                self.unit, self.annex = None, None
                self.set_heading(R_CHAPTER, text)
        elif SECTION_RE.match(text):  # lettered section of an annex
            self.set_heading(R_ANNEX_SECTION, text)
        elif NUMBER_RE.match(text) and in_unit and not in_annex and self.unit[0] == "decision":
            # Agenda items of a decision are printed as headings but are its paragraphs.
            self.paragraph(Block("para", text, block.line))
            return
        elif title_rank is not None:
            self.set_heading(title_rank, text)
        elif in_annex:
            self.set_heading(R_ANNEX_SUB if self.appendix else R_ANNEX_CHAPTER, text)
        elif in_unit:
            self.set_heading(R_UNIT_SUB, text)
        else:
            self.set_heading(R_SUB, text)
        self.reset_scope()

    # -- paragraphs --------------------------------------------------------------------
    def emit(self, draft: Draft) -> Draft:
        if draft.id in self.ids:
            raise SourceError(self.path, draft.line, f"duplicate paragraph id {draft.id}")
        self.drafts.append(draft)
        self.ids.add(draft.id)
        return draft

    def footnote(self, mark: str, text: str, line: int) -> None:
        self.footnotes.append(FootnoteDef(mark, join_lines(text), line, self.page_start))

    def table(self, text: str, line: int) -> None:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if self.caption is None:
            # A tab-aligned list without a caption (e.g. the officers elected) continues
            # the paragraph that introduces it.
            rows = "\n".join(" ".join(c for c in _cells(ln) if c) for ln in lines)
            if self.drafts:
                prev = self.drafts[-1]
                prev.text += "\n" + rows
                prev.marks += [m for ln in lines for m in pop_marks(ln)[1]]
                return
            raise SourceError(self.path, line, "table without caption or preceding paragraph")
        number, caption, cap_line = self.caption
        self.caption = None
        header, rows = _cells(lines[0]), [_cells(ln) for ln in lines[1:]]
        width = len(header)
        rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
        marks = [m for ln in lines for m in pop_marks(ln)[1]]
        body = "\n".join(" | ".join(r) for r in [header, *rows])
        scope = self.scope_id()
        cite = self.scope_cite() + (", appendix" if self.appendix else "") + f", table {number}"
        self.emit(Draft(
            id=f"{scope}-table-{number}", kind="table", citation=cite, label=f"表 {number}",
            heading_path=self.heading_path(), text=f"{caption}\n{body}", line=cap_line,
            marks=marks, table=Table(caption=caption, header=header, rows=rows),
        ))
        self.last = None

    def paragraph(self, block: Block) -> None:
        raw = block.text.strip()
        if note := _footnote(raw):
            self.footnote(*note, block.line)
            return
        if self.skipping or not raw or raw.startswith("Distr.:"):
            return  # table of contents / UN cover block: not content
        if _is_table(raw):
            self.table(raw, block.line)
            return
        text, marks = pop_marks(raw)
        caption = CAPTION_RE.match(text)
        if caption:
            self.flush_caption()
            number = caption.group(1)
            self.caption = (number, f"表 {number} {join_lines(caption.group(2))}", block.line)
            return
        self.flush_caption()
        text = join_lines(text)
        number = block.number
        if number is None and (m := NUMBER_RE.match(text)):
            number, text = m.group(1), text[m.end():]
        letter = None
        if number is None:
            if m := LETTER_RE.match(text):
                letter, text = m.group(1), text[m.end():]
            elif m := CN_SUB_RE.match(text):
                letter, text = roman(cn_paren_to_int(m.group(1)) or 0), text[m.end():]
        if number is None and letter is None and self.last and not _is_complete(self.last.text):
            self.last.text += text  # a page break cut the previous paragraph
            self.last.marks += marks
            return
        self.last = self.emit(self.make(text, marks, block.line, number, letter))

    def make(self, text: str, marks: list[str], line: int, number: str | None,
             letter: str | None) -> Draft:
        scope, cite, path = self.scope_id(), self.scope_cite(), self.heading_path()
        if number is not None:
            self.numbered_seen = True
            draft = Draft(f"{scope}-para-{number}", "paragraph", f"{cite}, para. {number}",
                          f"{number}.", path, text, line, marks)
            self.parent = draft
            return draft
        if letter is not None:
            label = f"({letter})" if len(letter) <= 2 and letter.isalpha() else letter
            if self.parent is not None:
                num = self.parent.label.rstrip(".")
                return Draft(f"{self.parent.id}-{letter}", "paragraph",
                             f"{cite}, para. {num}({letter})", label, path, text, line, marks,
                             parent=self.parent.id)
            return Draft(f"{scope}-para-{letter}", "paragraph", f"{cite}, para. ({letter})",
                         label, path, text, line, marks,
                         parent=self.intro.id if self.intro else None)
        if self.unit and self.unit[0] == "resolution" and self.annex is None \
                and not self.numbered_seen:
            return Draft(f"{scope}-pp-{_short_hash(text)}", "preamble", f"{cite}, preamble",
                         "", path, text, line, marks)
        self.parent = None
        if self.intro is None and not self.numbered_seen and f"{scope}-intro" not in self.ids:
            self.intro = Draft(f"{scope}-intro", "paragraph", f"{cite}, introductory paragraph",
                               "", path, text, line, marks)
            return self.intro
        return Draft(f"{scope}-text-{_short_hash(text)}", "paragraph", cite, "", path, text,
                     line, marks)

    def flush_caption(self) -> None:
        """A caption-like paragraph not followed by a table is an ordinary paragraph."""
        if self.caption is not None:
            _, text, line = self.caption
            self.caption = None
            self.last = self.emit(self.make(text, [], line, None, None))

    # -- driver ------------------------------------------------------------------------
    def run(self, blocks: list[Block]) -> list[Paragraph]:
        in_notes = False
        for block in blocks:
            is_note = block.kind == "para" and _footnote(block.text.strip()) is not None
            if in_notes and not is_note and block.kind != "hr":
                self.page_start = len(self.drafts)  # the next page starts here
            in_notes = is_note or (in_notes and block.kind == "hr")
            if block.kind == "heading":
                self.flush_caption()
                self.heading(block)
            elif block.kind == "para":
                self.paragraph(block)
        self.flush_caption()
        return self.finish()

    def resolve(self, mark: str, line: int) -> FootnoteDef | None:
        """The note a mark refers to: the nearest definition after it (notes are printed at
        the foot of the page), else the last one before it (a note cited again later)."""
        same = [f for f in self.footnotes if f.mark == mark]
        after = [f for f in same if f.line > line]
        if after:
            return min(after, key=lambda f: f.line)
        return max(same, key=lambda f: f.line) if same else None

    def finish(self) -> list[Paragraph]:
        notes: dict[str, list[Footnote]] = {d.id: [] for d in self.drafts}
        for d in self.drafts:
            for mark in dict.fromkeys(d.marks):
                found = self.resolve(mark, d.line)
                if found is None:
                    raise SourceError(self.path, d.line, f"footnote {mark} has no text")
                found.used = True
                notes[d.id].append(Footnote(mark=mark, text=found.text))
        for f in self.footnotes:
            if not f.used and self.drafts:
                # A note whose mark was lost in conversion: keep it with its page.
                target = self.drafts[min(f.page_start, len(self.drafts) - 1)]
                notes[target.id].append(Footnote(mark=f.mark, text=f.text))
        out = []
        for order, d in enumerate(self.drafts):
            table = d.table
            if table is not None:
                table = table.model_copy(update={
                    "notes": [f"{n.mark} {n.text}" for n in notes[d.id]]})
            out.append(Paragraph(
                id=d.id, document=self.doc.id, kind=d.kind, citation=d.citation, label=d.label,
                heading_path=d.heading_path, text=d.text.strip(), footnotes=notes[d.id],
                lang="zh", session=self.doc.session, year=self.doc.year,
                url=f"/documents/{self.doc.id}/#{d.id}", table=table, order=order,
                parent=d.parent,
            ))
        return out


def parse_markdown(doc: Document, path: Path) -> list[Paragraph]:
    """Parse one markdown-form COP document into Paragraph records (articles/topics empty)."""
    try:
        src = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc}") from exc
    return _Parser(doc, path).run(parse_blocks(src))
