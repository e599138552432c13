"""Document pages (/documents/<id>/): metadata, unofficial summary, every record in order."""

from __future__ import annotations

from assistant.site.context import SiteContext, lang_attrs
from assistant.site.i18n import CHINESE, LANG_NAMES, LANGS, body_name, format_day, t
from assistant.site.markup import front_matter, link, md_text, safe_url

MAX_HEADING_LEVEL = 6


def _meta(ctx: SiteContext, doc_id: str, lang: str) -> list[str]:
    doc = ctx.documents.get(doc_id)
    if doc is None:
        return []
    rows = []
    if doc.symbol:
        rows.append((t("symbol", lang), md_text(doc.symbol)))
    rows.append((t("body", lang), md_text(body_name(doc.body, lang))))
    if doc.session:
        rows.append((t("session", lang), str(doc.session)))
    if doc.date:
        rows.append((t("date", lang), md_text(format_day(doc.date, lang))))
    if doc.official_url:
        label = md_text(t("official_link", lang, symbol=doc.symbol or doc.short))
        rows.append((t("official_copies", lang), f"[{label}]({safe_url(doc.official_url)})"))
    return [f"- **{md_text(name)}**: {value}" for name, value in rows] + [""]


def _summary(ctx: SiteContext, doc_id: str, lang: str) -> list[str]:
    doc = ctx.documents.get(doc_id)
    summary = doc.summaries.get(lang, "") if doc is not None else ""
    if not summary.strip():
        return []
    return [f'!!! abstract "{t("summary_unofficial", lang)}"', "",
            f"    {md_text(summary)}", "",
            f"    *{md_text(t('summary_note', lang))}*", ""]


def document_page(ctx: SiteContext, src: str, lang: str) -> str:
    records = ctx.pages[src]
    doc_id = records[0].document
    title = ctx.doc_title(doc_id, lang)
    doc = ctx.documents.get(doc_id)
    original = getattr(doc, "original_lang", "zh") if doc is not None else records[0].lang
    lang_name = (CHINESE[LANGS.index(lang)] if original == "zh"
                 else LANG_NAMES.get(original, original))
    out = [front_matter(title, searchable=lang == original), f"# {md_text(title)}", ""]
    out += _meta(ctx, doc_id, lang)
    out += _summary(ctx, doc_id, lang)
    out += [md_text(t("original_lang_note", lang, language=lang_name)) + "\n{: .lang-note }", ""]
    shown: list[str] = []
    for record in records:
        path = record.heading_path
        common = 0
        while common < min(len(path), len(shown)) and path[common] == shown[common]:
            common += 1
        for depth in range(common, len(path)):
            level = min(depth + 2, MAX_HEADING_LEVEL)
            out += [f"{'#' * level} {md_text(path[depth])} {{: {lang_attrs(record.lang)} }}", ""]
        shown = list(path)
        out.append(ctx.record_block(record, src, lang))
    return "\n".join(out)


def documents_index(ctx: SiteContext, lang: str) -> str:
    src = "documents/index.md"
    out = [front_matter(t("documents", lang)), f"# {md_text(t('documents', lang))}", "",
           md_text(t("documents_intro", lang)), ""]
    docs = sorted((s for s in ctx.pages if s.startswith("documents/")),
                  key=lambda s: _doc_sort_key(ctx, ctx.pages[s][0].document))
    for page_src in docs:
        doc_id = ctx.pages[page_src][0].document
        doc = ctx.documents.get(doc_id)
        extra = []
        if doc is not None and doc.symbol:
            extra.append(md_text(doc.symbol))
        if doc is not None and doc.date:
            extra.append(md_text(format_day(doc.date, lang)))
        extra.append(md_text(t("paragraphs_n", lang, n=len(ctx.pages[page_src]))))
        out.append(f"- {link(md_text(ctx.doc_title(doc_id, lang)), src, page_src)} — "
                   + " · ".join(extra))
    return "\n".join(out + [""])


def _doc_sort_key(ctx: SiteContext, doc_id: str) -> tuple:
    doc = ctx.documents.get(doc_id)
    when = doc.date.isoformat() if doc is not None and doc.date else "9999"
    return (when, doc_id)
