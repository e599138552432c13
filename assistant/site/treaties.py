"""Treaty pages: /treaties/, /treaties/<instrument>/ and one page per article."""

from __future__ import annotations

from assistant.schemas.paragraph import Paragraph
from assistant.site.context import INSTRUMENTS, SiteContext
from assistant.site.i18n import instrument_name, t
from assistant.site.markup import front_matter, link, md_text, safe_url

# UN Treaty Collection, chapter XVIII (data/treaties/SOURCES.md).
UNTC_CHAPTER = {"UNTOC": "XVIII-12", "TIP": "XVIII-12-a", "SOM": "XVIII-12-b",
                "FIREARMS": "XVIII-12-c"}
UNTC_URL = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={no}&chapter=18"


def article_key(src: str) -> tuple[str, int] | None:
    """`treaties/untoc/art-18.md` → ("UNTOC", 18)."""
    parts = src.removesuffix(".md").split("/")
    if len(parts) != 3 or not parts[2].startswith("art-") or not parts[2][4:].isdigit():
        return None
    return parts[1].upper(), int(parts[2][4:])


def instrument_of(src: str) -> str:
    """`treaties/som/preamble.md` → "SOM"."""
    return src.split("/")[1].upper()


def _article_title(records: list[Paragraph], article: int | None, lang: str) -> str:
    heading = next((r.heading_path[-1] for r in records if r.heading_path), "")
    if heading or article is None:
        return heading or records[0].citation
    return t("article", lang, n=article)


def untc_line(instrument: str, lang: str) -> str:
    url = UNTC_URL.format(no=UNTC_CHAPTER[instrument])
    name = md_text(t("untc_link", lang, name=instrument_name(instrument, lang, short=True)))
    return f"[{name}]({safe_url(url)})"


def article_page(ctx: SiteContext, src: str, lang: str) -> str:
    key = article_key(src)
    instrument, article = key if key else (instrument_of(src), None)
    records = ctx.pages[src]
    title = _article_title(records, article, lang)
    text_lang = records[0].lang if records else "en"
    out = [front_matter(f"{instrument_name(instrument, lang, short=True)} — {title}",
                        searchable=lang == text_lang),
           f"# {md_text(title)}", "",
           link(md_text(instrument_name(instrument, lang)), src,
                f"treaties/{instrument.lower()}/index.md") + "\n{: .instrument }", "",
           f"!!! info \"{md_text(t('treaties', lang))}\"", "",
           f"    {md_text(t('treaty_text_note', lang))} {untc_line(instrument, lang)}", "",
           f"    *{md_text(t('treaty_source_note', lang))}*", ""]
    shown = records[0].heading_path if records else []
    for record in records:
        # Headings below the article title (e.g. none in most articles) are shown inline.
        if record.heading_path != shown and record.heading_path[:-1]:
            out += [f"### {md_text(record.heading_path[-1])}", ""]
            shown = record.heading_path
        out.append(ctx.record_block(record, src, lang))
    if article is None:  # a preamble: no references by article number
        return "\n".join(out + [""])
    cop = ctx.refs.get((instrument, article), [])
    out += [f"## {md_text(t('cop_speaks', lang))}", ""]
    out += ctx.record_list(cop, src, lang) if cop else [md_text(t("none_yet", lang))]
    guides = ctx.guides_in(ctx.guide_refs.get((instrument, article), []), lang)
    if guides:
        out += ["", f"## {md_text(t('guides', lang))}", "",
                md_text(t("guides_note", lang)) + "\n{: .note }", ""]
        out += ctx.record_list(guides, src, lang)
    return "\n".join(out + [""])


def _articles_of(ctx: SiteContext, instrument: str) -> list[tuple[int, str]]:
    """(article number, page) of an instrument's pages; the preamble (if any) first, as 0."""
    found = []
    for src in ctx.article_pages:
        if instrument_of(src) != instrument:
            continue
        key = article_key(src)
        found.append((key[1] if key else 0, src))
    return sorted(found)


def instrument_index(ctx: SiteContext, instrument: str, lang: str) -> str:
    src = f"treaties/{instrument.lower()}/index.md"
    name = instrument_name(instrument, lang)
    out = [front_matter(instrument_name(instrument, lang, short=True)), f"# {md_text(name)}", "",
           md_text(t("treaty_text_note", lang)) + " " + untc_line(instrument, lang), ""]
    for number, page_src in _articles_of(ctx, instrument):
        title = _article_title(ctx.pages[page_src], number or None, lang)
        out.append(f"- {link(md_text(title), src, page_src)}")
    return "\n".join(out + [""])


def treaties_index(ctx: SiteContext, lang: str) -> str:
    src = "treaties/index.md"
    out = [front_matter(t("treaties", lang)), f"# {md_text(t('treaties', lang))}", ""]
    for instrument in instruments_present(ctx):
        count = sum(1 for number, _ in _articles_of(ctx, instrument) if number)
        target = f"treaties/{instrument.lower()}/index.md"
        name = link(md_text(instrument_name(instrument, lang)), src, target)
        out.append(f"- {name} ({md_text(t('articles', lang))}: {count})")
    return "\n".join(out + [""])


def instruments_present(ctx: SiteContext) -> list[str]:
    have = {instrument_of(src) for src in ctx.article_pages}
    return [i for i in INSTRUMENTS if i in have]


def article_pages_for(ctx: SiteContext) -> list[str]:
    """Every treaty page: articles and preambles."""
    return sorted(ctx.article_pages)

