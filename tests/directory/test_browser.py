"""The built directory pages in Chromium: filters, Arabic (RTL) and Chinese State pages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

VISIBLE = "[data-directory-table] tbody tr:not([hidden])"


def test_index_filters_by_region_and_sorts(live_server: str, page, real_directory) -> None:
    page.goto(f"{live_server}/en/directory/")
    rows = page.locator("[data-directory-table] tbody tr")
    assert rows.count() == len(real_directory.states)
    african = sum(1 for s in real_directory.states if s.region == "African")
    page.select_option("select[data-filter=region]", "African")
    assert page.locator(VISIBLE).count() == african
    assert set(page.locator(VISIBLE).evaluate_all(
        "rows => rows.map(r => r.dataset.region)")) == {"African"}
    assert page.locator("[data-directory-count]").text_content() == str(african)
    page.select_option("select[data-filter=ca]", "yes")
    names = page.locator(VISIBLE).evaluate_all("rows => rows.map(r => r.dataset.iso3)")
    assert "LSO" in names and "AND" not in names
    page.select_option("select[data-filter=ca]", "")
    page.select_option("select[data-filter=region]", "")
    page.select_option("select[data-sort=updated]", "desc")
    dates = [d for d in rows.evaluate_all("rows => rows.map(r => r.dataset.updated)") if d]
    assert dates == sorted(dates, reverse=True)
    loaded = page.evaluate("""async () => Promise.all(Array.from(document.images)
        .filter(i => i.src.includes('/directory/charts/'))
        .map(i => { i.loading = 'eager'; return i.decode().then(() => i.naturalWidth,
                                                                  () => 0); }))""")
    assert len(loaded) == 5 and all(width > 0 for width in loaded)
    page.emulate_media(media="print")  # the printable view hides the controls
    assert not page.locator("[data-directory-filters]").is_visible()
    assert page.locator("[data-directory-table]").is_visible()


def test_state_page_in_arabic_is_rtl(live_server: str, page, real_directory) -> None:
    lesotho = real_directory.get("LSO")
    page.goto(f"{live_server}/ar/directory/lso/")
    content = page.locator(".untoc-dir-state")
    assert content.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert lesotho.names.ar in page.locator("h1").text_content()
    text = content.text_content()
    assert "السلطات المختصة" in text and "آخر تحديث" in text
    assert "the office of the Attorney-General" in text  # name kept as written in the source


def test_state_page_in_chinese(live_server: str, page, real_directory) -> None:
    page.goto(f"{live_server}/directory/lso/")
    assert real_directory.get("LSO").names.zh in page.locator("h1").text_content()
    text = page.locator(".untoc-dir-state").text_content()
    assert "主管机关" in text and "司法协助中央机关" in text and "2010-09-16" in text
    page.goto(f"{live_server}/directory/and/")
    assert "无指定记录" in page.locator(".untoc-dir-state").text_content()
    page.locator(".untoc-dir-none a").click()
    page.wait_for_url("**/directory/submit/")
