"""Directory pages for the static site, in six languages (mkdocs-static-i18n suffix layout).

    directory/index.md, index.en.md, ...   all States, filters, charts
    directory/<iso3>.md, <iso3>.en.md, ... one page per State
    directory/charts/*.svg                 charts (no scripts, no outside hosts)

Pages are Markdown with raw HTML blocks; every value from a data file goes through
html.escape. Only public authorities are written.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from assistant.directory.charts import STATUS_COLOURS, write_charts
from assistant.directory.names import language_name
from assistant.directory.strings import (
    CHANNEL_LABELS,
    CONSENT_LABELS,
    DECLARATION_LABELS,
    INSTRUMENT_LABELS,
    LANGS,
    REGION_LABELS,
    ROLE_LABELS,
    t,
)
from assistant.schemas.authority import (
    INSTRUMENTS,
    REGIONS,
    Authority,
    Declaration,
    Directory,
    SourceRef,
    StateEntry,
    StatusFact,
)

DEFAULT_LANG = "zh"
LANG_ATTR = {"zh": "zh-Hans", "en": "en", "fr": "fr", "es": "es", "ru": "ru", "ar": "ar"}
CHARTS_DIR = "charts"

PRINT_CSS = """<style>
.untoc-dir-table { width: 100%; border-collapse: collapse; font-size: .8rem; }
.untoc-dir-table th, .untoc-dir-table td { padding: .25em .4em; border-bottom: 1px solid #ddd;
  text-align: start; vertical-align: top; }
.untoc-dir-filters { display: flex; flex-wrap: wrap; gap: .5em 1em; margin: .5em 0 1em; }
.untoc-dir-filters label { display: flex; flex-direction: column; font-size: .75rem; }
.untoc-dir-swatch { display: inline-block; width: .9em; height: .9em; margin-inline-end: .3em;
  vertical-align: middle; border: 1px solid #999; }
.untoc-dir-verbatim { border-inline-start: 3px solid #999; padding-inline-start: .8em;
  margin-inline-start: 0; }
.untoc-dir-meta { font-size: .75rem; color: #555; }
.untoc-dir-date { white-space: nowrap; }
.untoc-dir-index td:first-child { min-width: 7em; }
.untoc-dir-noprint button { border: 1px solid currentColor; border-radius: .2em;
  padding: .1em .6em; cursor: pointer; color: var(--md-typeset-a-color, #3f51b5); }
@media print {
  .md-header, .md-sidebar, .md-footer, .md-tabs, .md-search, .untoc-dir-noprint,
  .untoc-dir-filters { display: none !important; }
  .md-main__inner, .md-content { margin: 0 !important; max-width: none !important; }
  .untoc-dir-table { font-size: 8pt; }
  .untoc-dir-table tr { break-inside: avoid; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 7pt; word-break: break-all; }
}
</style>"""


def e(value: object) -> str:
    """Escape for HTML; newlines become spaces so no blank line can end a raw HTML block."""
    return html.escape(" ".join(str(value).split()), quote=True)


def d(value: object) -> str:
    """A date (or as-of label): isolated left-to-right so RTL pages do not reorder its parts."""
    if not value:
        return ""
    nowrap = ' class="untoc-dir-date"' if str(value).replace("-", "").isdigit() else ""
    return f'<bdi{nowrap} dir="ltr">{e(value)}</bdi>'


def _suffix(lang: str) -> str:
    return "" if lang == DEFAULT_LANG else f".{lang}"


def _root(lang: str, depth: int) -> str:
    """Relative path from a page `depth` folders below the language root to the site root."""
    return "../" * (depth + (0 if lang == DEFAULT_LANG else 1))


def _dir_attr(lang: str) -> str:
    return ' dir="rtl"' if lang == "ar" else ""


def _status_key(fact: StatusFact | None) -> str:
    if fact is None:
        return "no_record"
    return "party" if fact.is_party else "signatory"


def _status_label(fact: StatusFact | None, lang: str) -> str:
    return t(_status_key(fact), lang)


def _source_html(source: SourceRef, lang: str) -> str:
    title = f"<bdi>{e(source.title)}</bdi>"  # <bdi>: its own direction inside RTL pages
    link = (f'<a href="{e(source.url)}" rel="noopener noreferrer">{title}</a>'
            if source.url else title)
    return (f'<span class="untoc-dir-meta">{e(t("source", lang))}: {link}; '
            f'{e(t("as_of", lang))} {d(source.as_of_label)}; '
            f'{e(t("reliability", lang))}: <bdi>{e(source.reliability)}</bdi></span>')


def _consent_type(fact: StatusFact, lang: str) -> str:
    if not fact.consent:
        return ""
    return CONSENT_LABELS[fact.consent_type or "unspecified"][lang]


def _verbatim(text: str, text_lang: str, lang: str) -> str:
    original = e(language_name(_language_english(text_lang), lang))
    body = "<br>".join(e(line) for line in text.splitlines())
    return (f'<blockquote class="untoc-dir-verbatim" lang="{e(text_lang)}" dir="ltr">'
            f'<p class="untoc-dir-meta">{e(t("verbatim", lang))} — '
            f'{e(t("original_language", lang))}: {original}</p><p>{body}</p></blockquote>')


_CODE_TO_ENGLISH = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian",
                    "ar": "Arabic", "zh": "Chinese", "ro": "Romanian"}


def _language_english(code: str) -> str:
    return _CODE_TO_ENGLISH.get(code.split("-")[0], code)


# ---------------------------------------------------------------- State page


def _names_table(state: StateEntry, lang: str) -> str:
    rows = "".join(
        f'<tr><th scope="row">{e(code)}</th><td lang="{LANG_ATTR[code]}"'
        f'{_dir_attr(code)}>{e(getattr(state.names, code))}</td></tr>'
        for code in LANGS)
    return f'<table class="untoc-dir-table untoc-dir-names">{rows}</table>'


def _status_table(state: StateEntry, lang: str) -> str:
    head = "".join(f"<th>{e(t(k, lang))}</th>" for k in
                   ("instrument", "status", "signature", "consent", "type", "as_of"))
    rows = []
    for instrument in INSTRUMENTS:
        facts = sorted(state.status.get(instrument, []),
                       key=lambda f: f.source.sort_date or date.min, reverse=True)
        current = state.current_status(instrument)
        name = e(INSTRUMENT_LABELS[instrument][lang])
        if current is None:
            rows.append(f'<tr data-instrument="{instrument}"><td>{name}</td>'
                        f'<td colspan="5">{e(t("no_status", lang))}</td></tr>')
            continue
        rows.append(_status_row(name, instrument, current, lang, current=True))
        for older in (f for f in facts if f is not current):
            rows.append(_status_row(f"{name} — {e(t('older_facts', lang))}", instrument, older,
                                    lang, current=False))
    return (f'<table class="untoc-dir-table untoc-dir-status"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _status_row(name: str, instrument: str, fact: StatusFact, lang: str, *,
                current: bool) -> str:
    cls = "current" if current else "older"
    return (f'<tr class="{cls}" data-instrument="{instrument}"><td>{name}</td>'
            f"<td>{e(_status_label(fact, lang))}</td>"
            f"<td>{d(fact.signature or '')}</td><td>{d(fact.consent or '')}</td>"
            f"<td>{e(_consent_type(fact, lang))}</td>"
            f"<td>{d(fact.source.as_of_label)}<br>{_source_html(fact.source, lang)}</td></tr>")


def _authority_html(authority: Authority, lang: str) -> str:
    rows: list[tuple[str, str]] = [("name", f'<span lang="{e(authority.text_lang or "und")}">'
                                            f"{e(authority.name)}</span>")]
    for key in ("address", "phone", "fax", "email", "website", "hours", "time_zone",
                "legal_requirements", "notes"):
        value = getattr(authority, key)
        if not value:
            continue
        if key == "email":
            rows.append((key, f'<a href="mailto:{e(value)}">{e(value)}</a>'))
        elif key == "website":
            rows.append((key, f'<a href="{e(value)}" rel="noopener noreferrer">{e(value)}</a>'))
        else:
            rows.append((key, e(value)))
    if authority.languages:
        rows.append(("languages", e(", ".join(language_name(x, lang)
                                              for x in authority.languages))))
    if authority.channels:
        rows.append(("channels", e(", ".join(CHANNEL_LABELS[c][lang]
                                             for c in authority.channels))))
    for key in ("laws", "treaties"):
        links = getattr(authority, key)
        if links:
            rows.append((key, ", ".join(f'<a href="{e(x.url)}" rel="noopener noreferrer">'
                                        f"{e(x.title)}</a>" for x in links)))
    if authority.last_updated:
        rows.append(("last_updated", d(authority.last_updated.isoformat())))
    rows.append(("source", _source_html(authority.source, lang)))
    body = "".join(f"<dt>{e(t(k, lang))}</dt><dd>{v}</dd>" for k, v in rows)
    verbatim = _verbatim(authority.text, authority.text_lang or "en", lang) if authority.text \
        else ""
    return (f'<section class="untoc-dir-authority" data-role="{e(authority.role)}">'
            f"<h3>{e(ROLE_LABELS[authority.role][lang])}</h3><dl>{body}</dl>{verbatim}"
            f"</section>")


def _declaration_html(declaration: Declaration, lang: str) -> str:
    label = DECLARATION_LABELS[declaration.kind][lang]
    instrument = INSTRUMENT_LABELS[declaration.instrument][lang]
    languages = ""
    if declaration.languages:
        languages = (f"<p>{e(t('languages', lang))}: "
                     f"{e(', '.join(language_name(x, lang) for x in declaration.languages))}</p>")
    note = f'<p class="untoc-dir-meta">{e(declaration.note)}</p>' if declaration.note else ""
    return (f'<section class="untoc-dir-declaration" data-kind="{e(declaration.kind)}">'
            f"<h3>{e(instrument)}: {e(label)}</h3>{languages}"
            f"{_verbatim(declaration.text, declaration.text_lang, lang)}{note}"
            f"<p>{_source_html(declaration.source, lang)}</p></section>")


def state_page(state: StateEntry, lang: str) -> str:
    name = getattr(state.names, lang)
    region = REGION_LABELS[state.region][lang] if state.region else "—"
    updated = state.last_updated()
    authorities = state.public_authorities()
    parts = [
        "---", f"title: {_yaml_str(name)}", "---", "", f"# {_md_text(name)}", "",
        f'<div class="untoc-dir-state" data-iso3="{e(state.iso3)}" lang="{LANG_ATTR[lang]}"'
        f"{_dir_attr(lang)}>",
        f'<p class="untoc-dir-noprint"><a href="../">{e(t("back", lang))}</a> · '
        f'<button type="button" onclick="window.print()">{e(t("print", lang))}</button></p>',
        f'<p class="untoc-dir-updated"><strong>{e(t("last_updated", lang))}:</strong> '
        f"{d(updated.isoformat() if updated else '—')}</p>",
        f"<p><strong>{e(t('region', lang))}:</strong> {e(region)}"
        + (f' <span class="untoc-dir-meta">({e(state.region_note)})</span>'
           if state.region_note else "") + "</p>",
        f"<h2>{e(t('names', lang))}</h2>",
        _names_table(state, lang),
    ]
    if state.aliases:
        parts.append(f"<p><strong>{e(t('aliases', lang))}:</strong> "
                     f"{e('; '.join(state.aliases))}</p>")
    parts += [f"<h2>{e(t('status', lang))}</h2>", _status_table(state, lang),
              f"<h2>{e(t('authorities', lang))}</h2>"]
    if authorities:
        parts += [_authority_html(a, lang) for a in authorities]
    else:
        parts.append(f'<div class="untoc-dir-none"><p><strong>{e(t("no_designation", lang))}'
                     f'</strong></p><p>{e(t("no_designation_help", lang))}</p>'
                     f'<p><a href="../submit/">{e(t("submit_link", lang))}</a></p></div>')
    if state.declarations:
        parts.append(f"<h2>{e(t('declarations', lang))}</h2>")
        parts += [_declaration_html(d, lang) for d in state.declarations]
    if authorities:
        parts.append(f'<p class="untoc-dir-noprint"><a href="../submit/">'
                     f'{e(t("submit_link", lang))}</a></p>')
    parts += ["</div>", "", PRINT_CSS, ""]
    return "\n".join(parts)


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _md_text(value: str) -> str:
    """Plain text safe in a Markdown heading (escape HTML and Markdown punctuation)."""
    escaped = e(value)
    for char in "\\`*_{}[]()#+!|<>":
        if char not in "<>":
            escaped = escaped.replace(char, "\\" + char)
    return escaped


# ---------------------------------------------------------------- index page


def _filters(lang: str) -> str:
    def select(name: str, label: str, options: list[tuple[str, str]]) -> str:
        opts = "".join(f'<option value="{e(v)}">{e(text)}</option>' for v, text in options)
        return (f'<label>{e(label)}<select data-filter="{e(name)}">'
                f'<option value="">{e(t("all", lang))}</option>{opts}</select></label>')

    status_options = [(k, t(k, lang)) for k in ("party", "signatory", "no_record")]
    controls = [select("region", t("region", lang),
                       [(r, REGION_LABELS[r][lang]) for r in REGIONS] + [("none", "—")])]
    controls += [select(i.lower(), INSTRUMENT_LABELS[i][lang], status_options)
                 for i in INSTRUMENTS]
    controls.append(select("ca", t("has_ca", lang), [("yes", t("yes", lang)),
                                                     ("no", t("no", lang))]))
    controls.append(f'<label>{e(t("sort_updated", lang))}<select data-sort="updated">'
                    f'<option value="">{e(t("state", lang))}</option>'
                    f'<option value="desc">↓ {e(t("last_updated", lang))}</option>'
                    f'<option value="asc">↑ {e(t("last_updated", lang))}</option></select>'
                    f"</label>")
    return (f'<form class="untoc-dir-filters" data-directory-filters '
            f'aria-label="{e(t("filters", lang))}">{"".join(controls)}</form>'
            f'<p class="untoc-dir-meta" aria-live="polite">{e(t("shown", lang))}: '
            f'<span data-directory-count></span></p>')


def _index_row(state: StateEntry, lang: str) -> str:
    name = getattr(state.names, lang)
    cells = [f'<td><a href="{state.iso3.lower()}/">{e(name)}</a></td>',
             f"<td>{e(REGION_LABELS[state.region][lang] if state.region else '—')}</td>"]
    data = [f'data-iso3="{e(state.iso3)}"', f'data-region="{e(state.region or "none")}"',
            f'data-name="{e(name)}"']
    for instrument in INSTRUMENTS:
        fact = state.current_status(instrument)
        key = _status_key(fact)
        data.append(f'data-{instrument.lower()}="{key}"')
        when = f" ({d(fact.consent)})" if fact and fact.consent else ""
        cells.append(f"<td>{e(t(key, lang))}{when}</td>")
    has_ca = any(a.role == "central_authority_mla" for a in state.public_authorities())
    data.append(f'data-ca="{"yes" if has_ca else "no"}"')
    cells.append(f"<td>{e(t('yes' if has_ca else 'no', lang))}</td>")
    updated = state.last_updated()
    data.append(f'data-updated="{e(updated.isoformat() if updated else "")}"')
    cells.append(f"<td>{d(updated.isoformat() if updated else '—')}</td>")
    return f"<tr {' '.join(data)}>{''.join(cells)}</tr>"


def _charts_html(chart_files: dict[str, str], lang: str, untoc_as_of: str,
                 as_of_labels: dict[str, list[str]]) -> str:
    root = _root(lang, 1)
    base = f"{root}directory/{CHARTS_DIR}/"
    legend = " ".join(
        f'<span><span class="untoc-dir-swatch" style="background:{colour}"></span>'
        f"{e(t(key, lang))}</span>" for key, colour in STATUS_COLOURS.items())
    figures = []
    for instrument in INSTRUMENTS:
        as_of = " / ".join(as_of_labels.get(instrument, [])) or "—"
        title = t("map_title", lang, instrument=INSTRUMENT_LABELS[instrument][lang],
                  as_of=as_of)
        figures.append(
            f'<figure class="untoc-dir-chart"><img src="{base}{chart_files[f"map-{instrument}"]}"'
            f' alt="{e(title)}" loading="lazy" width="800" height="420">'
            f"<figcaption>{e(title)}<br>{legend}</figcaption></figure>")
    timeline = t("timeline_title", lang)
    figures.append(
        f'<figure class="untoc-dir-chart"><img src="{base}{chart_files[f"timeline-{lang}"]}" '
        f'alt="{e(timeline)}" loading="lazy" width="800" height="360">'
        f"<figcaption>{e(timeline)}</figcaption></figure>")
    caveat = t("chart_caveat", lang, untoc_as_of=untoc_as_of)
    return "\n".join(figures) + f'\n<p class="untoc-dir-meta">{e(caveat)}</p>'


def _as_of_labels(directory: Directory) -> dict[str, list[str]]:
    """Per instrument, the as-of dates of the status facts the map shows (oldest first)."""
    labels: dict[str, set[str]] = {}
    for state in directory.states:
        for instrument in INSTRUMENTS:
            fact = state.current_status(instrument)
            if fact:
                labels.setdefault(instrument, set()).add(fact.source.as_of_label)
    return {k: sorted(v) for k, v in labels.items()}


def _untoc_as_of(directory: Directory) -> str:
    dates = [f.source.as_of for s in directory.states for f in s.status.get("UNTOC", [])
             if f.source.as_of]
    return max(dates) if dates else "—"


def index_page(directory: Directory, lang: str, chart_files: dict[str, str]) -> str:
    head = "".join(f'<th scope="col">{e(x)}</th>' for x in (
        t("state", lang), t("region", lang), *[INSTRUMENT_LABELS[i][lang] for i in INSTRUMENTS],
        t("has_ca", lang), t("last_updated", lang)))
    rows = "\n".join(_index_row(s, lang) for s in
                     sorted(directory.states, key=lambda s: getattr(s.names, lang)))
    title = t("title", lang)
    return "\n".join([
        "---", f"title: {_yaml_str(title)}", "---", "", f"# {_md_text(title)}", "",
        f'<div class="untoc-dir-index" lang="{LANG_ATTR[lang]}"{_dir_attr(lang)}>',
        f"<p>{e(t('intro', lang))}</p>",
        f'<p class="untoc-dir-noprint"><a href="submit/">{e(t("submit_link", lang))}</a> · '
        f'<button type="button" onclick="window.print()">{e(t("print", lang))}</button></p>',
        _filters(lang),
        f'<table class="untoc-dir-table" id="directory-table" data-directory-table>'
        f"<thead><tr>{head}</tr></thead><tbody>",
        rows,
        "</tbody></table>",
        f"<h2>{e(t('charts', lang))}</h2>",
        _charts_html(chart_files, lang, _untoc_as_of(directory), _as_of_labels(directory)),
        "</div>",
        "",
        f'<script src="{_root(lang, 1)}assets/directory.js" defer></script>',
        PRINT_CSS,
        "",
    ])


def write_directory_pages(directory: Directory, docs_out: Path,
                          data_dir: Path | None = None) -> None:
    """Write the index, one page per State and the charts into `docs_out/directory/`."""
    out = docs_out / "directory"
    out.mkdir(parents=True, exist_ok=True)
    data_dir = data_dir or Path(__file__).resolve().parents[2] / "data"
    chart_files = write_charts(directory, out / CHARTS_DIR, data_dir)
    for lang in LANGS:
        suffix = _suffix(lang)
        (out / f"index{suffix}.md").write_text(index_page(directory, lang, chart_files),
                                               encoding="utf-8")
        for state in directory.states:
            (out / f"{state.iso3.lower()}{suffix}.md").write_text(state_page(state, lang),
                                                                  encoding="utf-8")
