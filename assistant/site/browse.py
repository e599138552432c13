"""Browse pages: /browse/, topics (index + one per topic), sessions, instruments, articles."""

from __future__ import annotations

from collections import Counter, defaultdict

from assistant.schemas.paragraph import ArticleRef, Paragraph
from assistant.site.context import INSTRUMENTS, SiteContext, article_src
from assistant.site.i18n import instrument_name, t
from assistant.site.markup import front_matter, link, md_text
from assistant.site.treaties import instruments_present


def _page(title: str, intro: str = "", *, searchable: bool = True) -> list[str]:
    out = [front_matter(title, searchable=searchable), f"# {md_text(title)}", ""]
    return out + ([md_text(intro), ""] if intro else [])


def browse_index(lang: str) -> str:
    src = "browse/index.md"
    out = _page(t("browse", lang), t("browse_intro", lang))
    for key in ("topics", "sessions", "instruments", "articles"):
        target = "browse/topics/index.md" if key == "topics" else f"browse/{key}.md"
        out.append(f"- {link(md_text(t(key, lang)), src, target)}")
    return "\n".join(out + [""])


def _official(records: list[Paragraph]) -> list[Paragraph]:
    return [r for r in records if r.kind not in ("guide", "directory")]


def topics_index(ctx: SiteContext, lang: str) -> str:
    src = "browse/topics/index.md"
    counts = Counter(slug for r in _official(ctx.records) for slug in r.topics)
    out = _page(t("topics", lang))
    out += [f"| {md_text(t('topics', lang))} | {md_text(t('count', lang))} |", "|---|---:|"]
    for slug in sorted(ctx.all_topics(), key=lambda s: ctx.topic(s, lang)):
        name = link(md_text(ctx.topic(slug, lang)), src, f"browse/topics/{slug}.md")
        out.append(f"| {name} | {counts.get(slug, 0)} |")
    return "\n".join(out + [""])


def topic_page(ctx: SiteContext, slug: str, lang: str) -> str:
    src = f"browse/topics/{slug}.md"
    out = _page(ctx.topic(slug, lang), searchable=False)  # snippets of indexed pages
    by_doc: dict[str, list[Paragraph]] = defaultdict(list)
    for record in _official(ctx.records):
        if slug in record.topics:
            by_doc[record.document].append(record)
    if not by_doc:
        out += [md_text(t("none_yet", lang)), ""]
    for doc_id, records in by_doc.items():
        out += [f"## {md_text(ctx.doc_title(doc_id, lang))}", ""]
        out += ctx.record_list(sorted(records, key=lambda r: r.order), src, lang) + [""]
    guides = ctx.guides_in((g for g in ctx.guides if slug in g.topics), lang)
    if guides:
        out += [f"## {md_text(t('guides', lang))}", "",
                md_text(t("guides_note", lang)) + "\n{: .note }", ""]
        out += ctx.record_list(guides, src, lang) + [""]
    return "\n".join(out)


def sessions_page(ctx: SiteContext, lang: str) -> str:
    src = "browse/sessions.md"
    out = _page(t("sessions", lang))
    groups: dict[tuple[int, int], list[str]] = defaultdict(list)  # (session, year) → pages
    others: list[str] = []
    for page_src, records in ctx.pages.items():
        if not page_src.startswith("documents/"):
            continue
        doc = ctx.documents.get(records[0].document)
        session = doc.session if doc is not None else records[0].session
        year = doc.year if doc is not None else records[0].year
        if session and (doc is None or doc.body == "cop"):
            groups[(session, year or 0)].append(page_src)
        else:
            others.append(page_src)

    def item(page_src: str) -> str:
        records = ctx.pages[page_src]
        doc = ctx.documents.get(records[0].document)
        year = (doc.year if doc is not None else records[0].year) or ""
        title = link(md_text(ctx.doc_title(records[0].document, lang)), src, page_src)
        return f"- {title} ({year}; {md_text(t('paragraphs_n', lang, n=len(records)))})"

    for (session, year), pages in sorted(groups.items()):
        heading = t("cop_session_n", lang, n=session) + (f" ({year})" if year else "")
        out += [f"## {md_text(heading)}", ""] + [item(p) for p in sorted(pages)] + [""]
    if others:
        out += [f"## {md_text(t('other_documents', lang))}", ""]
        out += [item(p) for p in sorted(others)] + [""]
    return "\n".join(out)


def instruments_page(ctx: SiteContext, lang: str) -> str:
    src = "browse/instruments.md"
    out = _page(t("instruments", lang))
    counts = Counter(a.instrument for r in _official(ctx.records) if r.kind != "article"
                     for a in dict.fromkeys(r.articles))
    present = instruments_present(ctx)
    out += [f"| {md_text(t('instruments', lang))} | {md_text(t('cop_records', lang))} |",
            "|---|---:|"]
    for instrument in INSTRUMENTS:
        name = md_text(instrument_name(instrument, lang))
        if instrument in present:
            name = link(name, src, f"treaties/{instrument.lower()}/index.md")
        out.append(f"| {name} | {counts.get(instrument, 0)} |")
    return "\n".join(out + [""])


def articles_page(ctx: SiteContext, lang: str) -> str:
    src = "browse/articles.md"
    out = _page(t("articles", lang))
    counts: Counter[tuple[str, int]] = Counter()
    for record in [*_official(ctx.records), *ctx.guides]:
        if record.kind == "article":
            continue
        for key in dict.fromkeys((a.instrument, a.article) for a in record.articles):
            counts[key] += 1
    out += [f"| {md_text(t('articles', lang))} | {md_text(t('referred_by', lang))} |",
            "|---|---:|"]
    order = {name: i for i, name in enumerate(INSTRUMENTS)}
    for (instrument, article), n in sorted(counts.items(), key=lambda kv: (order[kv[0][0]],
                                                                          kv[0][1])):
        label = md_text(ctx.article_label(ArticleRef(instrument=instrument, article=article),
                                          lang))
        target = article_src(instrument, article)
        if target in ctx.article_pages:
            label = link(label, src, target)
        out.append(f"| {label} | {n} |")
    if not counts:
        out.append(f"| {md_text(t('none_yet', lang))} | |")
    return "\n".join(out + [""])
