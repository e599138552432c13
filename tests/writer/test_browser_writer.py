"""The writer form in real Chromium over the real built site and API.

Fills a bank records + witness statement request to Lesotho (a State with a directory entry),
watches the missing list shrink, reloads (draft restored from localStorage), downloads the
DOCX and opens it; checks that guidance queries never carry the typed facts; Arabic is RTL.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FACTS = ("Between January 2024 and June 2025 John Example, leader of a fictitious smuggling "
         "group, paid the proceeds into accounts of Example Trading Ltd at First Example Bank. "
         "Mary Witness prepared the transfer instructions.")
# Copied by hand to docs/assets/img/writer-form.png for the README when the form changes.
SCREENSHOT = ROOT / "test-artifacts" / "writer-form.png"


def _settle(page) -> None:
    """Wait for the debounced validation round trip after typing."""
    with page.expect_response(lambda r: "/api/requests/validate" in r.url, timeout=10_000):
        pass
    page.wait_for_timeout(100)


def _fill(page, selector: str, value: str) -> None:
    page.locator(selector).fill(value)


def fill_bank_witness_request(page) -> list[int]:
    """Fill the form as a user would; return the missing counts seen along the way."""
    counts = [int(page.locator("#w-missing-count").inner_text())]
    page.get_by_label("Reference of the request").fill("XTL-TEST-0001")
    page.select_option("#f-requesting_state", "LVA")
    page.get_by_label("Name of the requesting authority").fill(
        "Office of the Public Prosecutor of Testland (fictitious)")
    _fill(page, "#f-requesting_authority-address", "1 Example Square, Testville")
    _fill(page, "#f-requesting_authority-contact_person", "Jane Sample")
    _fill(page, "#f-requesting_authority-email", "jane.sample@example.invalid")
    page.select_option("#f-requested_state", "LSO")
    _fill(page, "#f-proceeding-subject_matter", "Laundering of proceeds of migrant smuggling")
    page.select_option("#f-proceeding-stage", "investigation")
    _fill(page, "#f-proceeding-conducting_authority", "Office of the Public Prosecutor")
    _fill(page, "#f-proceeding-conducting_authority_functions", "Directs investigations")
    _settle(page)
    counts.append(int(page.locator("#w-missing-count").inner_text()))
    _fill(page, "#f-facts_summary", FACTS)
    page.locator("#f-offences").click()  # "Add an offence"
    _fill(page, "#f-offences-0-description", "Laundering of proceeds of crime")
    _fill(page, "#f-offences-0-provision", "Article 100 of the Criminal Code of Testland")
    _fill(page, "#f-offences-0-penalty", "10 years")
    page.locator("#f-legal_basis-convention_invoked").check()
    _fill(page, "#f-legal_basis-organized_crime_link", "Structured group of four persons")
    page.select_option("#w-module-type", "records")
    page.locator("#f-assistance").click()
    _fill(page, "#f-assistance-0-institution", "First Example Bank")
    _fill(page, "#f-assistance-0-account_holder", "Example Trading Ltd")
    _fill(page, "#f-assistance-0-account_numbers", "EX00 0001\nEX00 0002")
    _fill(page, "#f-assistance-0-period_from", "2024-01-01")
    _fill(page, "#f-assistance-0-period_to", "2025-06-30")
    _fill(page, "#f-assistance-0-record_types", "Statements and transfer records")
    page.select_option("#w-module-type", "taking_evidence")
    page.locator("#f-assistance").click()
    _fill(page, "#f-assistance-1-persons_to_hear", "Mary Witness")
    _fill(page, "#f-assistance-1-questions", "Who instructed the transfers?")
    page.locator("#f-assistance-1-videoconference").check()
    _settle(page)
    counts.append(int(page.locator("#w-missing-count").inner_text()))
    page.locator("#f-persons").click()
    _fill(page, "#f-persons-0-name", "John Example")
    page.select_option("#f-persons-0-role", "suspect")
    _fill(page, "#f-purpose", "To trace the proceeds and prove the laundering offence")
    _fill(page, "#f-signatory-name", "Jane Sample")
    _settle(page)
    counts.append(int(page.locator("#w-missing-count").inner_text()))
    return counts


def open_writer(browser, base: str, lang: str = "en"):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1440, "height": 1000},
                                  locale=lang)
    page = context.new_page()
    page.goto(f"{base}/{'' if lang == 'zh' else lang + '/'}writer/")
    page.wait_for_selector("#mla-writer[data-ready=true]", timeout=20_000)
    return context, page


def check_filled_form(browser, base: str, tmp_path: Path, screenshot: Path | None) -> None:
    context, page = open_writer(browser, base)
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.post_data or "") if "/api/ask" in r.url else None)
    try:
        page.wait_for_function("document.getElementById('w-missing').children.length > 0")
        counts = fill_bank_witness_request(page)
        assert counts == sorted(counts, reverse=True) and counts[-1] < counts[0], counts
        assert counts[-1] == 0, page.locator("#w-missing").inner_text()

        # The directory panel shows Lesotho's central authority with its date and source.
        panel = page.locator("#w-directory")
        panel.get_by_text("the office of the Attorney-General").wait_for()
        assert "2010-09-16" in panel.inner_text()

        # Guidance boxes: citations with language-prefixed links; never the typed facts.
        page.locator("#w-sec-requested .w-guidance a").first.wait_for(timeout=20_000)
        href = page.locator("#w-sec-requested .w-guidance a").first.get_attribute("href")
        assert href.startswith("/en/")
        assert asked and all(FACTS[:40] not in body and "Example" not in body for body in asked)

        # The draft survives a reload (localStorage).
        page.reload()
        page.wait_for_selector("#mla-writer[data-ready=true]")
        assert page.locator("#f-facts_summary").input_value() == FACTS
        assert page.locator("#f-assistance-1-persons_to_hear").input_value() == "Mary Witness"
        assert page.locator("#f-requested_state").input_value() == "LSO"

        # Clearing a field brings its item back; the link focuses the field.
        _fill(page, "#f-purpose", "")
        _settle(page)
        link = page.locator("#w-missing a[data-field='purpose']")
        link.click()
        assert page.evaluate("document.activeElement.id") == "f-purpose"
        if screenshot:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.locator("#w-h-assistance").scroll_into_view_if_needed()
            page.locator("#w-sec-assistance .w-guidance a").first.wait_for(timeout=20_000)
            page.locator("#w-sec-legal_basis .w-guidance a").first.wait_for(timeout=20_000)
            page.locator("#w-h-assistance").scroll_into_view_if_needed()  # after layout shift
            page.screenshot(path=str(screenshot))
        _fill(page, "#f-purpose", "To trace the proceeds and prove the laundering offence")
        _settle(page)

        with page.expect_download() as download:
            page.locator("#w-download-docx").click()
        path = tmp_path / "request.docx"
        download.value.save_as(path)
        doc = Document(io.BytesIO(path.read_bytes()))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert FACTS in text
        assert "the office of the Attorney-General" in text
        assert "7.2. Taking evidence or statements from persons" in text

        with page.expect_download() as download:
            page.locator("#w-export").click()
        exported = json.loads(Path(download.value.path()).read_text("utf-8"))
        assert exported["assistance"][0]["account_numbers"] == ["EX00 0001", "EX00 0002"]
    finally:
        context.close()


def check_arabic_page(browser, base: str) -> None:
    context, page = open_writer(browser, base, "ar")
    try:
        assert page.evaluate("document.documentElement.lang") == "ar"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.locator("#mla-writer").get_attribute("dir") == "rtl"
        assert page.evaluate(
            "getComputedStyle(document.getElementById('f-facts_summary')).direction") == "rtl"
        assert "ملخص الوقائع ذات الصلة" in page.locator("#w-h-facts").inner_text()
        assert page.locator("label[for='f-facts_summary']").count() == 1
    finally:
        context.close()


def check_every_input_labelled(browser, base: str) -> None:
    context, page = open_writer(browser, base, "fr")
    try:
        unlabelled = page.evaluate("""() => [...document.querySelectorAll(
            '#mla-writer input, #mla-writer select, #mla-writer textarea')]
            .filter(el => !(el.labels && el.labels.length)).map(el => el.id)""")
        assert unlabelled == []
    finally:
        context.close()


def test_fill_reload_download(live_server, browser, tmp_path):
    check_filled_form(browser, live_server, tmp_path, SCREENSHOT)


def test_arabic_writer_is_rtl(live_server, browser):
    check_arabic_page(browser, live_server)


def test_every_input_has_a_label(live_server, browser):
    check_every_input_labelled(browser, live_server)
