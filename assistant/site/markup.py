"""Escaping and linking helpers for generated Markdown pages.

Source text is never trusted: every string from the corpus goes through `md_text` (HTML
escaped, Markdown syntax neutralised) or `attr` (for attribute values).
"""

from __future__ import annotations

import html
import posixpath
import re

from assistant.site.i18n import LANGS

# Characters that are Markdown syntax anywhere in a line (emphasis, code, links, attribute
# lists, table cells). Parentheses, dots and dashes only matter after `]` or at the start of a
# line, so they are escaped only there: fewer escapes keep Python-Markdown fast on big pages.
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+!])")
_SPACES = re.compile(r"\s+")


def md_text(text: str) -> str:
    """Source text → inline Markdown that renders as exactly that text, on one line."""
    escaped = html.escape(_SPACES.sub(" ", text).strip(), quote=False)
    escaped = _INLINE_SPECIAL.sub(r"\\\1", escaped)
    # "17. text", "- item", "+ x", "!!! x" would start a list or a block at line start.
    return _LINE_START.sub(lambda m: (f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}"), escaped)


def attr(value: str) -> str:
    """A value for a double-quoted HTML attribute."""
    return html.escape(value, quote=True)


def lang_src(src: str, lang: str) -> str:
    """`documents/x.md` → the suffix-structure file for `lang` (`documents/x.en.md`)."""
    if lang == LANGS[0]:
        return src
    stem, ext = posixpath.splitext(src)
    return f"{stem}.{lang}{ext}"


def src_of_url(url: str) -> tuple[str, str]:
    """Contract url `/documents/x/#id` → (`documents/x.md`, `id`)."""
    path, _, anchor = url.partition("#")
    path = path.strip("/")
    return (f"{path}.md" if path else "index.md"), anchor


def rel(from_src: str, to_src: str, anchor: str = "") -> str:
    """Relative Markdown link between two docs files (mkdocs checks these and i18n localises
    them), with an optional #anchor."""
    target = posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")
    return target + (f"#{anchor}" if anchor else "")


def link(label_md: str, from_src: str, to_src: str, anchor: str = "") -> str:
    return f"[{label_md}]({rel(from_src, to_src, anchor)})"


def safe_url(url: str) -> str:
    """An outside URL usable as a Markdown link target (no spaces, parentheses or quotes)."""
    from urllib.parse import quote

    if not url.startswith(("https://", "http://")):
        raise ValueError(f"not a web address: {url!r}")
    return quote(url, safe=":/?#@!$&*+,;=%-._~")


def front_matter(title: str, *, searchable: bool = True) -> str:
    """YAML front matter with a safe, quoted title (titles come from data files).

    The search index is shared by the six language versions, so a page whose text is the
    same in every language (the Chinese original, the English treaty text) is indexed once:
    the other versions pass ``searchable=False``.
    """
    import json

    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
    if not searchable:
        lines.append("search:\n  exclude: true")
    return "\n".join(lines + ["---", ""])
