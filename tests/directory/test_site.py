"""Generated directory pages: six languages, escaping, charts without outside hosts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.directory.load import load_directory
from assistant.directory.site import write_directory_pages
from assistant.directory.strings import LANGS

from .fictitious import ISO3, STATE_YAML, make_data_dir


@pytest.fixture(scope="module")
def real_pages(tmp_path_factory, real_directory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    write_directory_pages(real_directory, out)
    return out / "directory"


def test_suffix_layout(real_pages: Path) -> None:
    for stem in ("index", "lso", "and"):
        assert (real_pages / f"{stem}.md").exists()  # zh, the default language
        for lang in LANGS[1:]:
            assert (real_pages / f"{stem}.{lang}.md").exists()
    assert len(list(real_pages.glob("*.md"))) == 6 * (197 + 1)


def test_state_page_content(real_pages: Path) -> None:
    en = (real_pages / "lso.en.md").read_text(encoding="utf-8")
    assert "the office of the Attorney-General" in en
    assert "UNTOC, art. 18(13)" in en
    assert "2010-09-16" in en and "https://zaki.ru/pagesnew.php?id=58378&amp;page=26" in en
    ar = (real_pages / "lso.ar.md").read_text(encoding="utf-8")
    assert 'dir="rtl"' in ar and "ليسوتو" in ar and "السلطة المركزية" in ar
    zh = (real_pages / "lso.md").read_text(encoding="utf-8")
    assert "莱索托" in zh and "司法协助中央机关" in zh
    andorra = (real_pages / "and.fr.md").read_text(encoding="utf-8")
    assert "Aucune désignation enregistrée" in andorra and 'href="../submit/"' in andorra
    assert "2011-09-22" in andorra  # UNTOC consent from the 2024 status rows


def test_declarations_are_verbatim_and_marked(real_pages: Path) -> None:
    page = (real_pages / "mda.en.md").read_text(encoding="utf-8")
    assert 'lang="ro"' in page and "Procuratura Generală" in page
    assert "Text as published (not translated)" in page


def test_index_has_filter_data(real_pages: Path) -> None:
    index = (real_pages / "index.en.md").read_text(encoding="utf-8")
    rows = re.findall(r"<tr data-iso3=\"([A-Z]{3})\"", index)
    assert len(rows) == 197
    assert 'data-region="African"' in index and 'data-ca="yes"' in index
    assert "data-directory-filters" in index and "assets/directory.js" in index
    assert "@media print" in index and "window.print()" in index


def test_charts_have_no_outside_hosts_or_scripts(real_pages: Path) -> None:
    charts = list((real_pages / "charts").glob("*.svg"))
    assert len(charts) == 4 + 6
    for chart in charts:
        svg = chart.read_text(encoding="utf-8")
        assert "<script" not in svg
        hosts = set(re.findall(r"https?://[^\s\"'<>)]+", svg))
        assert hosts <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, hosts
        assert not re.search(r"(?:href|src)=\"(?!#)", svg)


def test_source_text_is_escaped(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> [x](javascript:alert(2))"
    text = STATE_YAML.replace("name: Ministry of Examples", f"name: '{hostile}'")
    folder = make_data_dir(tmp_path, text)
    write_directory_pages(load_directory(folder), tmp_path / "docs")
    page = (tmp_path / "docs" / "directory" / f"{ISO3.lower()}.en.md").read_text("utf-8")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
