"""Markdown → a flat list of blocks (headings, paragraphs, rules) through markdown-it-py.

Both the markdown-form COP documents and the treaty texts go through here, so list item
numbers come from the token stream (``list_item_open.info``) rather than regexes, and
``<sup>n</sup>`` footnote marks survive as placeholders the parsers can pull out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

FN_OPEN, FN_CLOSE = "\ue000", "\ue001"  # private-use placeholders around a <sup> mark
MARK_RE = re.compile(f"{FN_OPEN}([^{FN_CLOSE}]*){FN_CLOSE}")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


@dataclass
class Block:
    kind: Literal["heading", "para", "hr"]
    text: str  # inline text; line breaks kept as "\n"; footnote marks as placeholders
    line: int  # 1-based line in the source file
    number: str | None = None  # number of the ordered-list item this paragraph opens
    level: int = 0  # heading level


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    return MarkdownIt("commonmark")


def render_inline(token: Token) -> str:
    """Plain text of an inline token; <sup>…</sup> becomes FN_OPEN…FN_CLOSE."""
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "html_inline":
            tag = child.content.strip().lower()
            if tag == "<sup>":
                out.append(FN_OPEN)
            elif tag == "</sup>":
                out.append(FN_CLOSE)
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


def parse_blocks(src: str) -> list[Block]:
    tokens = _md().parse(src)
    blocks: list[Block] = []
    number: str | None = None
    for i, tok in enumerate(tokens):
        line = tok.map[0] + 1 if tok.map else 0
        if tok.type == "list_item_open":
            number = tok.info or None  # markdown-it puts the ordered-list number in info
        elif tok.type == "inline":
            opener = tokens[i - 1]
            if opener.type == "heading_open":
                blocks.append(Block("heading", render_inline(tok), line, level=int(opener.tag[1])))
            else:
                blocks.append(Block("para", render_inline(tok), line, number=number))
            number = None
        elif tok.type in ("code_block", "fence", "html_block"):
            blocks.append(Block("para", tok.content.rstrip("\n"), line))
        elif tok.type == "hr":
            blocks.append(Block("hr", "", line))
    return blocks


def join_lines(text: str) -> str:
    """Join wrapped lines: no space between two CJK characters, one space otherwise."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out = ""
    for ln in lines:
        if out and not (_CJK.match(out[-1]) and _CJK.match(ln[0])):
            out += " "
        out += ln
    return re.sub(r"[ \t]+", " ", out).strip()


def pop_marks(text: str) -> tuple[str, list[str]]:
    """Remove footnote-mark placeholders; return the clean text and the marks in order."""
    marks = [m.strip() for m in MARK_RE.findall(text)]
    return MARK_RE.sub("", text), marks
