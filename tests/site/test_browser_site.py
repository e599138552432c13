"""The built site in real Chromium: languages and direction, search, anchors, fonts, tables."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

DOC = "/documents/cop3-decisions/"
ANCHOR = "cop3-decision-3-2-para-g-ii"
LANG_PREFIX = {"zh": "", "en": "/en", "fr": "/fr", "es": "/es", "ru": "/ru", "ar": "/ar"}


def test_arabic_site_is_rtl(page, live_server):
    page.goto(live_server + "/ar/")
    assert page.get_attribute("html", "lang") == "ar"
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.goto(live_server + "/en/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"


def test_chinese_search_finds_central_authority_in_decision_3_2(page, live_server):
    page.goto(live_server + "/")
    page.click("label.md-search__icon, .md-search__input")
    page.fill("input.md-search__input", "中央机关")
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    hrefs = page.eval_on_selector_all(".md-search-result__link",
                                      "els => els.map(e => e.getAttribute('href'))")
    assert any("documents/cop3-decisions/" in (h or "") for h in hrefs), hrefs


def test_anchor_scrolls_paragraph_into_view(page, live_server):
    page.goto(f"{live_server}{DOC}#{ANCHOR}")
    page.wait_for_load_state("load")
    box = page.locator(f"[id='{ANCHOR}']")
    assert box.count() == 1
    assert box.is_visible()
    top = page.evaluate(f"document.getElementById('{ANCHOR}').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]
    assert page.evaluate("window.scrollY") > 0


def _fonts_for(page, selector: str) -> dict[str, int]:
    """The platform fonts Chromium really used to draw the text of an element."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"]: f["glyphCount"] for f in fonts}


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_document_page_screenshot_and_real_glyphs(page, live_server, artifacts_dir, lang):
    page.goto(f"{live_server}{LANG_PREFIX[lang]}{DOC}#{ANCHOR}")
    page.wait_for_load_state("load")
    page.screenshot(path=str(artifacts_dir / f"document-cop3-{lang}.png"))
    # The Chinese paragraph is drawn with a CJK font, not with boxes (tofu).
    fonts = _fonts_for(page, f"[id='{ANCHOR}'] p")
    assert any("CJK" in name for name in fonts), fonts
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK SC\"', '中央机关')")
    if lang == "ar":
        title = _fonts_for(page, "h1")
        assert any("Arabic" in name for name in title), title


def test_ratification_table_sorts_and_filters(page, live_server):
    page.goto(live_server + "/en/documents/a-59-204/#a-59-204-annex-table-b")
    box = page.locator("[id='a-59-204-annex-table-b']")
    assert "20 July 2004" in box.inner_text()
    rows = box.locator("tbody tr")
    total = rows.count()
    assert total > 20
    first_header = box.locator("thead th .sort-button").first
    first_header.click()
    first = rows.first.inner_text()
    first_header.click()
    assert rows.first.inner_text() != first
    assert box.locator("thead th").first.get_attribute("aria-sort") == "descending"
    sample = rows.nth(3).locator("td").first.inner_text().strip()
    box.locator("input.table-filter").fill(sample)
    visible = box.locator("tbody tr:not([hidden])")
    assert 1 <= visible.count() < total


def test_copy_citation_button(page, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{live_server}{DOC}#{ANCHOR}")
    button = page.locator(f"[id='{ANCHOR}'] button.cite-copy")
    button.focus()
    page.keyboard.press("Enter")  # keyboard-usable
    done = f"document.querySelector(\"[id='{ANCHOR}'] button.cite-copy\")"
    page.wait_for_function(done + ".classList.contains('done')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == "CTOC/COP/2006/14, decision 3/2, para. (g)(ii)"
