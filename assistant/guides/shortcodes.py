"""Citation shortcodes ``[[record-id]]`` → links to the cited paragraph; paragraph anchors.

Called by the site's ``on_page_markdown`` hook for every page. Links are absolute site paths
(``/en/documents/cop3-decisions/#cop3-decision-3-2-para-g-ii``): mkdocs leaves absolute paths
untouched, and the site is served from the root of its host.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from assistant.errors import SourceError
from assistant.guides.blocks import guide_path, iter_shortcodes, split_blocks, split_front_matter
from assistant.schemas.paragraph import Paragraph, lang_prefix


def cite_link(record: Paragraph, lang: str) -> str:
    """``[citation](/lang/url){.cite dir="ltr"}``: citations are Latin script; ``dir`` isolates
    them so that their brackets stay in place inside Arabic (right-to-left) text."""
    text = record.citation.replace("[", "\\[").replace("]", "\\]")
    return f'[{text}]({lang_prefix(lang)}{record.url}){{.cite dir="ltr"}}'



def _line_offset(src: str, markdown: str) -> int:
    """Lines of the source file before ``markdown`` (mkdocs hands hooks the page without its
    front matter), so errors name the line of the file itself."""
    path = Path(src)
    try:
        full = path.read_text(encoding="utf-8") if path.is_file() else ""
    except OSError:
        return 0
    if markdown and full.endswith(markdown):
        return full[: len(full) - len(markdown)].count("\n")
    return 0


def replace_shortcodes(markdown: str, replace, src: str, line_offset: int = 0) -> str:
    """Replace every shortcode by ``replace(id)``; raise SourceError naming the file line of
    an id for which ``replace`` returns None."""
    lines = markdown.splitlines(keepends=True)
    hits: dict[int, list[tuple[str, int, int]]] = {}
    for lineno, ident, start, end in iter_shortcodes(markdown):
        hits.setdefault(lineno, []).append((ident, start, end))
    for lineno, found in hits.items():
        line = lines[lineno - 1]
        for ident, start, end in reversed(found):
            new = replace(ident)
            if new is None:
                raise SourceError(src, lineno + line_offset, f"unknown citation id {ident!r}",
                                  field="citation")
            line = line[:start] + new + line[end:]
        lines[lineno - 1] = line
    return "".join(lines)


def anchor_paragraphs(markdown: str, slug: str, lang: str) -> str:
    """Give every guide paragraph an attr_list anchor ``{: #guide-<slug>-<lang>-...}`` equal to
    the id of its corpus record (see ``assistant.guides.load``)."""
    front, body = split_front_matter(markdown)
    head = markdown[: len(markdown) - len(body)]
    lines = body.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for block in reversed(split_blocks(body)):
        lines.insert(block.end, f"{block.indent}{{: #{block.anchor(slug, lang)} }}\n")
    return head + "".join(lines)


def render_shortcodes(markdown: str, records: Mapping[str, Paragraph], lang: str,
                      src: str) -> str:
    """Replace ``[[id]]`` by a citation link into the ``lang`` site; anchor guide paragraphs.

    An unknown id raises ``SourceError(src, line, ...)`` with the 1-based line in ``src``.
    """
    src = str(src)

    def link(ident: str) -> str | None:
        record = records.get(ident)
        return cite_link(record, lang) if record is not None else None

    out = replace_shortcodes(markdown, link, src, _line_offset(src, markdown))
    guide = guide_path(src)
    if guide is not None:
        out = anchor_paragraphs(out, guide.slug, guide.lang)
    return out
