"""What the page generators share: the records, document metadata, topic names, and the
Markdown for one record (anchor, label, text, footnotes, citation, chips)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.schemas.paragraph import ArticleRef, Paragraph
from assistant.site.i18n import LANGS, format_day, instrument_name, t, topic_name
from assistant.site.markup import attr, lang_src, link, md_text, src_of_url

ARTICLE_ID = re.compile(r"^(untoc|tip|som|firearms)-art-(\d+)(?:-|$)")
INSTRUMENTS = ("UNTOC", "TIP", "SOM", "FIREARMS")


def article_src(instrument: str, article: int) -> str:
    return f"treaties/{instrument.lower()}/art-{article}.md"


def snippet(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


@dataclass
class SiteContext:
    records: list[Paragraph]  # corpus records (COP documents and treaty articles)
    guides: list[Paragraph] = field(default_factory=list)
    documents: dict[str, Any] = field(default_factory=dict)  # id → manifest Document
    topics: dict[str, dict[str, str]] = field(default_factory=dict)  # slug → {lang: name}
    staging: Path | None = None  # docs dir being generated (to check that link targets exist)

    def __post_init__(self) -> None:
        self.by_id = {r.id: r for r in self.records}
        self.pages: dict[str, list[Paragraph]] = defaultdict(list)
        for record in self.records:
            self.pages[src_of_url(record.url)[0]].append(record)
        for recs in self.pages.values():
            recs.sort(key=lambda r: r.order)
        self.article_pages: set[str] = {src for src in self.pages if src.startswith("treaties/")}
        # (instrument, article) → records that refer to it, in corpus order
        self.refs = _refs(r for r in self.records if r.kind != "article")
        self.guide_refs = _refs(self.guides)

    def guides_in(self, guides: Iterable[Paragraph], lang: str) -> list[Paragraph]:
        """Guide paragraphs of the page language (each language version of a guide has its
        own paragraph ids and anchors)."""
        return [g for g in guides if g.lang == lang]

    # --- names -----------------------------------------------------------------------
    def doc_title(self, doc_id: str, lang: str) -> str:
        doc = self.documents.get(doc_id)
        return doc.titles.get(lang) or doc.titles.get("en") or doc_id if doc else doc_id

    def topic(self, slug: str, lang: str) -> str:
        return topic_name(self.topics, slug, lang)

    def all_topics(self) -> list[str]:
        seen = set(self.topics)
        for record in [*self.records, *self.guides]:
            seen.update(record.topics)
        return sorted(seen)

    def article_label(self, ref: ArticleRef, lang: str) -> str:
        para = f"({ref.paragraph})" if ref.paragraph else ""
        return (f"{instrument_name(ref.instrument, lang, short=True)} "
                f"{t('article', lang, n=ref.article)}{para}")

    # --- links -----------------------------------------------------------------------
    def exists(self, src: str, lang: str) -> bool:
        """Whether the `lang` site will have this page: its own version or, by the i18n
        plugin's fallback, the default-language one (pages of other languages do not count)."""
        if src in self.pages or self.staging is None:
            return src in self.pages
        return any((self.staging / lang_src(src, candidate)).is_file()
                   for candidate in dict.fromkeys((lang, LANGS[0])))

    def record_link(self, record: Paragraph, from_src: str, label_md: str, lang: str) -> str:
        """A link to the record's anchor, or plain text if its page is not built in `lang`."""
        src, anchor = src_of_url(record.url)
        if not self.exists(src, lang):
            index = src[:-3] + "/index.md"
            if not self.exists(index, lang):
                return label_md
            src = index
        return link(label_md, from_src, src, anchor)

    # --- one record --------------------------------------------------------------------
    def chips(self, record: Paragraph, src: str, lang: str) -> str:
        chips = []
        for slug in record.topics:
            chips.append(link(md_text(self.topic(slug, lang)), src, f"browse/topics/{slug}.md")
                          + "{.chip .topic}")
        for ref in record.articles:
            label = md_text(self.article_label(ref, lang))
            target = article_src(ref.instrument, ref.article)
            if target in self.article_pages:
                anchor = f"{ref.key}-para-{ref.paragraph}" if ref.paragraph else ""
                if anchor not in self.by_id:
                    anchor = ""
                chips.append(link(label, src, target, anchor) + "{.chip .article}")
            else:
                chips.append(f'<span class="chip article">{label}</span>')
        return " ".join(chips)

    def record_block(self, record: Paragraph, src: str, lang: str) -> str:
        """The Markdown for one record: a div whose id is the record id."""
        classes = "para sub" if record.parent else "para"
        extra = ""
        if record.table is not None and len(record.table.rows) > 10:
            classes += " table-sortable"
            extra = f' data-filter-label="{attr(t("filter_table", lang))}"'
        out = [f'<div class="{classes}" id="{attr(record.id)}" {lang_attrs(record.lang)}'
               f'{extra} markdown="1">', ""]
        label = f"**{md_text(record.label)}** " if record.label else ""
        if record.table is not None:
            out += table_markdown(record, lang, label)
        elif record.text.strip() or label:
            out += [label + md_text(record.text), ""]
        if record.footnotes:
            out += ['<div class="footnotes-list" markdown="1">', ""]
            out += [f"- <sup>{md_text(fn.mark)}</sup> {md_text(fn.text)}"
                    for fn in record.footnotes]
            out += ["", "</div>", ""]
        out += [cite_line(record, lang), ""]
        chips = self.chips(record, src, lang)
        if chips:
            out += [chips + "\n{: .chips }", ""]
        out += ["</div>", ""]
        return "\n".join(out)

    def record_list(self, records: Iterable[Paragraph], src: str, lang: str) -> list[str]:
        """A bullet per record: linked citation and the first 120 characters."""
        return [f"- {self.record_link(r, src, md_text(r.citation), lang)} — "
                f"<span {lang_attrs(r.lang)}>{md_text(snippet(r.text))}</span>"
                for r in records]


RTL = ("ar",)


def lang_attrs(lang: str) -> str:
    """lang and dir of source text: Chinese or English text stays left-to-right on the
    Arabic pages."""
    return f'lang="{attr(lang)}" dir="{"rtl" if lang in RTL else "ltr"}"'


def _refs(records: Iterable[Paragraph]) -> dict[tuple[str, int], list[Paragraph]]:
    refs: dict[tuple[str, int], list[Paragraph]] = defaultdict(list)
    for record in records:
        for key in dict.fromkeys((a.instrument, a.article) for a in record.articles):
            refs[key].append(record)
    return refs


def cite_line(record: Paragraph, lang: str) -> str:
    return (f'<span class="cite-text">{md_text(record.citation)}</span> '
            f'<button type="button" class="cite-copy" data-cite="{attr(record.citation)}" '
            f'data-done="{attr(t("copied", lang))}">{md_text(t("copy_citation", lang))}</button> '
            f'[¶](#{record.id}){{.para-link title="{attr(t("permalink", lang))}"}}'
            "\n{: .cite }")


AS_OF = re.compile(r"截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def as_of_date(record: Paragraph):
    """The 'as of' date a table states (Chinese sources: 截至 2004 年 7 月 20 日)."""
    from datetime import date

    table = record.table
    texts = [table.caption, *table.notes, *record.heading_path, record.text] if table else []
    for text in texts:
        match = AS_OF.search(text or "")
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def table_markdown(record: Paragraph, lang: str, label: str) -> list[str]:
    table = record.table
    assert table is not None
    out: list[str] = []
    if table.caption or label:
        out += [label + md_text(table.caption) + "\n{: .table-caption }", ""]
    when = as_of_date(record)
    if when:
        out += [md_text(t("as_of", lang, date=format_day(when, lang)))
                + f"\n{{: .as-of lang=\"{lang}\" }}", ""]
    width = max([len(table.header), *(len(row) for row in table.rows)] or [1])

    def row(cells: list[str]) -> str:
        cells = [*cells, *[""] * (width - len(cells))]
        return "| " + " | ".join(md_text(c) or " " for c in cells) + " |"

    out.append(row(table.header))
    out.append("|" + "---|" * width)
    out += [row(r) for r in table.rows]
    out.append("")
    if len(table.rows) > 10:
        out += [md_text(t("sort_hint", lang)) + f"\n{{: .table-hint lang=\"{lang}\" }}", ""]
    for note in table.notes:
        out += [md_text(note) + "\n{: .table-note }", ""]
    return out

