"""A guide in real Chromium over the real built site: Arabic is right-to-left, and a citation
leads to the cited paragraph (URL hash = record id, the paragraph on screen)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SLUG = "complete-mla-request"
CITED = "cop3-decision-3-2-para-k"  # cited in the "quality" section of the guide
DOCUMENT = "/documents/cop3-decisions/"


def _in_viewport(page, ident: str) -> bool:
    return page.evaluate(
        """id => { const r = document.getElementById(id).getBoundingClientRect();
                   return r.bottom > 0 && r.top < window.innerHeight; }""", ident)


@pytest.mark.parametrize(("lang", "prefix", "direction"), [("ar", "/ar", "rtl"),
                                                           ("zh", "", "ltr")])
def test_guide_citation_lands_on_paragraph(page, live_server, lang, prefix, direction):
    page.goto(f"{live_server}{prefix}/guides/{SLUG}/")
    assert page.evaluate("getComputedStyle(document.querySelector('article')).direction") \
        == direction
    # The guide's own paragraphs carry their corpus ids as anchors.
    expect(page.locator(f"#guide-{SLUG}-{lang}-quality-1")).to_be_visible()
    expect(page.locator("article").get_by_text("[[")).to_have_count(0)

    link = page.locator(f"#guide-{SLUG}-{lang}-quality-1 a.cite[href$='#{CITED}']")
    expect(link).to_have_text("CTOC/COP/2006/14, decision 3/2, para. (k)")
    expect(link).to_have_attribute("dir", "ltr")  # Latin citation isolated inside Arabic text
    link.click()
    page.wait_for_url(f"{live_server}{prefix}{DOCUMENT}#{CITED}")
    assert page.evaluate("location.hash") == f"#{CITED}"
    target = page.locator(f"#{CITED}")
    expect(target).to_be_visible()
    page.wait_for_function(
        """id => { const r = document.getElementById(id).getBoundingClientRect();
                   return r.bottom > 0 && r.top < window.innerHeight; }""", arg=CITED)
    assert _in_viewport(page, CITED)
    expect(target).to_contain_text("中央机关")
