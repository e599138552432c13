"""Split a guide into front matter, sections and paragraphs, keeping 1-based line numbers.

One splitter serves the loader (corpus records), the shortcode renderer (page anchors) and the
report, so a paragraph id on the page and in the corpus can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

from markdown_it import MarkdownIt

from assistant.schemas.document import LANGS

# ``[[record-id]]``: the id is whatever sits between the brackets (validated against records).
SHORTCODE = re.compile(r"\[\[\s*([^\[\]\s]+)\s*\]\]")
# A guide page: ``guides/<slug>.md`` (zh) or ``guides/<slug>.<lang>.md``; never ``index``.
GUIDE_PATH = re.compile(r"(?:^|/)guides/(?P<slug>[a-z0-9][a-z0-9-]*)(?:\.(?P<lang>[a-z]{2}))?\.md$")
_HEADING_ID = re.compile(r"\s*\{:?\s*#([A-Za-z0-9_-]+)\s*\}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_ADMONITION = re.compile(r"^(!!!|\?\?\?\+?)\s")


@dataclass(frozen=True)
class GuidePath:
    slug: str
    lang: str


def guide_path(src: str | PurePath) -> GuidePath | None:
    """Slug and language of a guide file path, or None if the path is not a guide page."""
    match = GUIDE_PATH.search(PurePath(src).as_posix())
    if not match or match["slug"] == "index":
        return None
    lang = match["lang"] or "zh"
    if lang not in LANGS:
        return None
    return GuidePath(match["slug"], lang)


@dataclass(frozen=True)
class FrontMatter:
    text: str  # the YAML between the fences ("" if none)
    first_line: int  # 1-based line of the first YAML line
    body_offset: int  # lines before the body (front matter and its fences)


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return FrontMatter("", 1, 0), text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return FrontMatter("".join(lines[1:end]), 2, end + 1), "".join(lines[end + 1:])
    return FrontMatter("".join(lines[1:]), 2, len(lines)), ""


@dataclass(frozen=True)
class Block:
    """One paragraph (or list-item paragraph) of a guide body."""

    section: str  # section slug: the heading's explicit {#id}, else a slug of its text
    section_title: str
    n: int  # 1-based number inside the section
    start: int  # 1-based first line in the body
    end: int  # 1-based last line in the body
    text: str  # the paragraph's Markdown source (inline content)
    indent: str  # leading whitespace of the last line (for anchor lines)

    def anchor(self, slug: str, lang: str) -> str:
        return f"guide-{slug}-{lang}-{self.section}-{self.n}"


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _blank_admonitions(lines: list[str]) -> list[str]:
    """Admonitions (``!!! note``) are page furniture, not guide statements: blank them out
    while keeping line numbers (markdown-it would read their body as code)."""
    out, inside = [], False
    for line in lines:
        if _ADMONITION.match(line):
            inside = True
            out.append("\n")
            continue
        if inside and (not line.strip() or line.startswith(("    ", "\t"))):
            out.append("\n")
            continue
        inside = False
        out.append(line)
    return out


def heading_parts(content: str) -> tuple[str, str | None]:
    """Heading text without a trailing ``{#id}``, and that explicit id if given."""
    match = _HEADING_ID.search(content)
    if match:
        return content[: match.start()].strip(), match[1]
    return content.strip(), None


def split_blocks(body: str) -> list[Block]:
    """Paragraphs of the body in reading order. Blockquotes and admonitions are skipped:
    they carry page notes, not statements."""
    lines = body.splitlines(keepends=True)
    tokens = MarkdownIt("commonmark").parse("".join(_blank_admonitions(lines)))
    blocks: list[Block] = []
    section, title, count, n = "intro", "", 0, 0
    quote_depth = 0
    for i, tok in enumerate(tokens):
        if tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type == "heading_open" and tok.tag != "h1" and quote_depth == 0:
            count += 1
            title, explicit = heading_parts(tokens[i + 1].content)
            section = explicit or _slugify(title) or f"section-{count}"
            n = 0
        elif tok.type == "paragraph_open" and quote_depth == 0 and tok.map:
            start, end = tok.map[0] + 1, tok.map[1]
            last = lines[end - 1] if end - 1 < len(lines) else ""
            n += 1
            blocks.append(Block(section, title, n, start, end, tokens[i + 1].content,
                                last[: len(last) - len(last.lstrip())]))
    return blocks


def iter_shortcodes(markdown: str) -> Iterator[tuple[int, str, int, int]]:
    """(1-based line, id, start, end) of every shortcode outside code (fences and spans)."""
    in_fence = False
    for lineno, line in enumerate(markdown.splitlines(keepends=True), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        spans = [m.span() for m in _CODE_SPAN.finditer(line)]
        for match in SHORTCODE.finditer(line):
            if any(a <= match.start() < b for a, b in spans):
                continue
            yield lineno, match[1], match.start(), match.end()
