"""The mkdocs hook renders citation shortcodes through the guides' module."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.errors import SourceError
from assistant.site import hooks, state

from .site_fixtures import make_records

pytest.importorskip("assistant.guides.shortcodes")


def _call(markdown: str, lang: str, tmp_path: Path) -> str:
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(tmp_path / "p.md"),
                                                src_uri="p.md"))
    config = SimpleNamespace(plugins={"i18n": SimpleNamespace(current_language=lang)},
                             theme={"language": "zh"})
    return hooks.on_page_markdown(markdown, page=page, config=config, files=None)


def test_shortcode_becomes_a_link_in_the_page_language(tmp_path):
    records = {r.id: r for r in make_records()}
    state.set_state(records, tmp_path, tmp_path)
    try:
        out = _call("See [[testland-decision-1-1-para-a]].\n", "en", tmp_path)
        assert "/en/documents/testland-decisions/#testland-decision-1-1-para-a" in out
        with pytest.raises(SourceError, match="testland-no-such-id"):
            _call("See [[testland-no-such-id]].\n", "fr", tmp_path)
    finally:
        state.clear_state()


def test_arabic_pages_get_rtl_on_html():
    config = SimpleNamespace(plugins={"i18n": SimpleNamespace(current_language="ar")},
                             theme={"language": "ar"})
    out = hooks.on_post_page('<html lang="ar" class="no-js">', page=None, config=config)
    assert out.startswith('<html lang="ar" dir="rtl"')
