"""The /chat/ page against the live API: ask in Arabic, follow a citation to its anchor."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser


def _answer_with(page, answer: str, citations: list[dict]) -> None:
    """Make the page's POST /api/ask return this answer and these citations."""
    body = json.dumps({"answered": True, "answer": answer, "citations": citations})
    page.route("**/api/ask", lambda route: route.fulfill(
        status=200, content_type="application/json", body=body))


def test_ask_in_arabic_and_follow_a_citation(page, live_server):
    page.goto(live_server + "/ar/chat/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.fill("#ask-question", "ما هي السلطة المركزية المعنية بطلبات المساعدة القانونية المتبادلة؟")
    page.keyboard.press("Enter")
    page.wait_for_selector("#ask-results .ask-citation-link, #ask-results .ask-error",
                           timeout=60_000)
    assert page.locator("#ask-results .ask-error").count() == 0
    links = page.locator("#ask-results a.ask-citation-link")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs and all(h.startswith("/ar/") for h in hrefs), hrefs
    # follow the first citation of a paragraph (directory entries are whole pages)
    index = next(i for i, h in enumerate(hrefs) if "#" in h)
    link, href = links.nth(index), hrefs[index]
    anchor = href.split("#", 1)[1]
    link.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("#" + anchor)
    assert page.locator(f"[id='{anchor}']").is_visible()


def test_chat_shows_error_for_a_too_long_question(page, live_server):
    page.goto(live_server + "/en/chat/")
    page.evaluate("document.getElementById('ask-question').removeAttribute('maxlength')")
    page.fill("#ask-question", "x" * 5000)
    page.click("#ask-form button[type=submit]")
    error = page.wait_for_selector("#ask-results .ask-error", timeout=30_000)
    assert error.get_attribute("role") == "alert"


def test_source_text_is_never_markup(page, live_server):
    """Answers and citations are put in with textContent: no element comes from the API."""
    page.goto(live_server + "/chat/")
    _answer_with(page, "<img src=x onerror=window.pwned=1>", [
        {"id": "a", "citation": "<b>c</b>", "document": "d", "title": "t",
         "text": "<script>window.pwned=2</script>", "url": "/documents/x/#a", "score": 1,
         "kind": "paragraph"}])
    page.fill("#ask-question", "测试")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#ask-results .ask-citation-link")
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#ask-results img, #ask-results b, #ask-results script").count() == 0
    assert "<img src=x" in page.locator("#ask-results .ask-answer").inner_text()


def test_a_guide_citation_links_to_its_own_language(page, live_server):
    """An Arabic question on the English page: its Arabic guide paragraph is on /ar/ pages
    only, while an official paragraph opens in the reader's language."""
    page.goto(live_server + "/en/chat/")
    _answer_with(page, "x", [
        {"id": "g", "citation": "Guide", "document": "guide-g", "title": "t", "text": "x",
         "url": "/guides/g/#guide-g-ar-1", "score": 2, "kind": "guide", "lang": "ar"},
        {"id": "a", "citation": "Official", "document": "d", "title": "t", "text": "x",
         "url": "/documents/d/#a", "score": 1, "kind": "paragraph", "lang": "zh"}])
    page.fill("#ask-question", "ما هي السلطة المركزية؟")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#ask-results .ask-citation-link")
    links = page.locator("#ask-results a.ask-citation-link")
    assert [links.nth(i).get_attribute("href") for i in range(2)] == [
        "/ar/guides/g/#guide-g-ar-1", "/en/documents/d/#a"]
