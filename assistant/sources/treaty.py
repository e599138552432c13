"""Convention and Protocol texts (data/treaties/*.en.md) → one record per article paragraph.

The files are a mirror's Markdown copy (see data/treaties/SOURCES.md) with known defects.
They are kept byte-identical in data/ and corrected here, at parse time, so every fix is
visible and tested (tests/sources/test_treaty.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import SourceError
from assistant.schemas.document import Document
from assistant.schemas.paragraph import INSTRUMENT_SHORT, ArticleRef, Paragraph
from assistant.sources.blocks import join_lines, parse_blocks, pop_marks

# (pattern, replacement, why) — applied in order to the raw Markdown before parsing.
FIXES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"^(#{1,6})(?=[^#\s])", re.M), r"\1 ", "ATX heading without a space"),
    (re.compile(r"^Preambu?le\s*(?=The States Parties)", re.M), "### Preamble\n\n",
     "preamble heading run into its text ('PreambuleThe States Parties')"),
    (re.compile(r"suspicio us"), "suspicious", "split word, UNTOC art. 7(1)(a)"),
    (re.compile(r"formutual"), "for mutual", "joined words, UNTOC art. 18(13)"),
    (re.compile(r"``([^\"`\n]*)\""), "\u201c\\1\u201d", "TeX quotes ``x\" (e.g. UNTOC art. 8(4))"),
    (re.compile(r"(?<![(\w])([a-z])\)"), r"(\1)", "subparagraph 'a)' printed '(a)' by the UN"),
    (re.compile(r"\n(?=\d+\.\s)"), "\n\n", "numbered paragraph glued to the previous line"),
]
ARTICLE_RE = re.compile(r"^Article\s+(\d+)\s*$")
NUMBER_RE = re.compile(r"^(\d+)\.\s+")
SUBITEM_RE = re.compile(r"^(\([a-z]{1,4}\)|[a-z]\.)\s")
END_RE = re.compile(r"^IN WITNESS WHEREOF")


def fix_text(src: str) -> str:
    for pattern, replacement, _why in FIXES:
        src = pattern.sub(replacement, src)
    return src


def _clean(text: str) -> str:
    return join_lines(pop_marks(text)[0])


def parse_treaty(doc: Document, path: Path) -> list[Paragraph]:
    if doc.instrument is None:
        raise SourceError(path, None, "treaty documents need `instrument`", "instrument")
    try:
        src = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc}") from exc
    instrument, short = doc.instrument, INSTRUMENT_SHORT[doc.instrument]
    title = doc.titles.get("en", short)
    records: list[Paragraph] = []
    article: int | None = None
    article_title: str | None = None
    in_preamble = False
    expect_title = False
    current: Paragraph | None = None

    def new(rec_id: str, citation: str, label: str, heading: list[str], text: str,
            ref: ArticleRef | None, page: str, kind: str = "article") -> Paragraph:
        rec = Paragraph(
            id=rec_id, document=doc.id, kind=kind, citation=citation, label=label,
            heading_path=heading, text=text, lang="en", articles=[ref] if ref else [],
            session=None, year=doc.year, url=f"/treaties/{doc.id}/{page}/#{rec_id}",
            order=len(records),
        )
        records.append(rec)
        return rec

    for block in parse_blocks(fix_text(src)):
        if block.kind != "heading" and block.kind != "para":
            continue
        text = _clean(block.text)
        if not text:
            continue
        if block.kind == "heading":
            if m := ARTICLE_RE.match(text):
                article, article_title, current = int(m.group(1)), None, None
                in_preamble, expect_title = False, True
            elif text == "Preamble":
                in_preamble, current = True, None
            elif expect_title:
                article_title, expect_title = text, False
            continue  # the instrument title and chapter headings are not records
        if END_RE.match(text):
            break  # the final clause is not an article
        if in_preamble and article is None:
            if current is None:
                current = new(f"{doc.id}-preamble", f"{short}, preamble", "",
                              [title, "Preamble"], text, None, "preamble", kind="preamble")
            else:
                current.text += "\n" + text
            continue
        if article is None:
            raise SourceError(path, block.line, "text outside any article")
        heading = [title, f"Article {article}", article_title or ""]
        number = block.number
        if number is None and (m := NUMBER_RE.match(text)):
            number, text = m.group(1), text[m.end():]
        if number is not None:
            rec_id = f"{doc.id}-art-{article}-para-{number}"
            current = new(rec_id, f"{short}, art. {article}({number})", f"{number}.", heading,
                          text, ArticleRef(instrument=instrument, article=article,
                                           paragraph=number), f"art-{article}")
        elif current is None:
            current = new(f"{doc.id}-art-{article}", f"{short}, art. {article}", "", heading,
                          text, ArticleRef(instrument=instrument, article=article),
                          f"art-{article}")
        else:
            # Subparagraphs (a), (i), a. stay inside their paragraph's text.
            current.text += "\n" + text
    return records
