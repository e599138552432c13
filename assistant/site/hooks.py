"""mkdocs hooks (mkdocs.yml `hooks:`): citation shortcodes in every page.

`[[cop3-decision-3-2-para-g-ii]]` in a page becomes a link to the record, through
assistant.guides.shortcodes (the guides' module). An unknown id fails the build with the file
and line (SourceError), so a guide never cites a paragraph that does not exist.
"""

from __future__ import annotations

import importlib
from typing import Any

from assistant.site import state
from assistant.site.i18n import LANGS


def _render_shortcodes() -> Any:
    try:
        module = importlib.import_module("assistant.guides.shortcodes")
    except ModuleNotFoundError as exc:
        if exc.name in ("assistant.guides", "assistant.guides.shortcodes"):
            return None  # the guides module is not there (yet): nothing to render
        raise
    return module.render_shortcodes


def _lang(config: Any) -> str:
    plugin = config.plugins.get("i18n")
    lang = getattr(plugin, "current_language", None) or config.theme.get("language", LANGS[0])
    return lang if lang in LANGS else LANGS[0]


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **_: Any) -> str:
    if "[[" not in markdown:
        return markdown
    render = _render_shortcodes()
    if render is None:
        return markdown
    src = state.source_path(page.file.abs_src_path or page.file.src_uri)
    return render(markdown, state.records(), _lang(config), src)


RTL_LANGS = ("ar",)


def on_post_page(output: str, page: Any, config: Any, **_: Any) -> str:
    """mkdocs-material puts dir="rtl" on <body>; put it on <html> too, so the whole document
    (scrollbars, form controls, the browser's own UI text) is right-to-left."""
    lang = _lang(config)
    if lang in RTL_LANGS:
        output = output.replace(f'<html lang="{lang}"', f'<html lang="{lang}" dir="rtl"', 1)
    return output
