"""Markdown rendering of a request: the same outline as the DOCX."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.schemas.request import MlaRequest
from assistant.writer.directory_info import StateInfo
from assistant.writer.outline import Check, Field, Para, Sub, build_outline

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _escape(text: str) -> str:
    """Keep the user's text literal: no accidental emphasis, links or HTML."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _multiline(text: str) -> str:
    # Two trailing spaces keep the user's line breaks inside one paragraph.
    return "  \n".join(_escape(line) for line in text.splitlines()) or ""


def render_markdown(request: MlaRequest, lang: str,
                    states: Mapping[str, StateInfo] | None = None) -> str:
    outline = build_outline(request, lang, states)
    out: list[str] = []
    if lang == "ar":
        out.append('<div dir="rtl" lang="ar" markdown="1">\n')
    out += [f"# {outline.title}", "", f"*{outline.subtitle}*", ""]
    out += [f"**{_escape(f.label)}:** {_multiline(f.value)}  " for f in outline.header]
    out.append("")
    for section in outline.sections:
        out += [f"## {_escape(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, Sub):
                out += [f"### {_escape(block.title)}", ""]
            elif isinstance(block, Field):
                out += [f"**{_escape(block.label)}:** {_multiline(block.value)}", ""]
            elif isinstance(block, Para):
                out += [_multiline(block.text), ""]
            elif isinstance(block, Check):
                out.append(f"- {'☑' if block.checked else '☐'} {_multiline(block.text)}")
        if section.blocks and isinstance(section.blocks[-1], Check):
            out.append("")
    if lang == "ar":
        out.append("</div>")
    return "\n".join(out).rstrip() + "\n"
