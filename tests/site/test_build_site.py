"""build_site end to end on the Testland corpus: a real mkdocs build into a temporary dir."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.config import make_settings
from assistant.errors import UntocError
from assistant.site.build import HASH_FILE, build_site, site_inputs_hash

from .site_fixtures import make_guides, make_records

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # a real mkdocs build of six languages (several seconds)
OUTSIDE = re.compile(r"""<(?:script|img|iframe|link|source|audio|video)\b[^>]*?"""
                     r"""(?:src|href)=["']?(?:https?:)?//""", re.I)
CSS_OUTSIDE = re.compile(r"""(?:url\(|@import)\s*["']?(?:https?:)?//""", re.I)


def _settings(tmp: Path):
    docs = tmp / "docs"
    docs.mkdir()
    for pattern in ("index*.md", "about*.md", "chat*.md"):
        for f in (ROOT / "docs").glob(pattern):
            shutil.copy(f, docs / f.name)
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    (tmp / "data").mkdir()
    return make_settings(ROOT, docs_dir=docs, data_dir=tmp / "data", build_dir=tmp / "build",
                         site_dir=tmp / "site")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    settings = _settings(tmp)
    corpus, guides = make_records(), make_guides()
    out = tmp / "site.new"
    build_site(settings, corpus=corpus, directory=None, guides=guides, out=out)
    return settings, corpus, guides, out


def test_six_languages_with_lang_and_rtl(built):
    out = built[3]
    for lang in ("zh", "en", "fr", "es", "ru", "ar"):
        page = out / ("" if lang == "zh" else lang) / "documents/testland-decisions/index.html"
        text = page.read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in text
        assert 'id="testland-decision-1-1-para-a"' in text
        assert ('dir="rtl"' in text.split("<head>")[0]) == (lang == "ar")
    assert (out / "treaties/untoc/art-18/index.html").is_file()
    assert (out / "ar/browse/topics/central-authorities/index.html").is_file()


def test_source_script_renders_as_text(built):
    text = (built[3] / "documents/testland-decisions/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_no_request_to_another_host(built):
    out = built[3]
    pages = list(out.rglob("*.html"))
    assert len(pages) > 50
    for path in [*pages, *out.rglob("*.css")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        pattern = CSS_OUTSIDE if path.suffix == ".css" else OUTSIDE
        assert not pattern.search(text), path
    assert "fonts.googleapis" not in (out / "index.html").read_text(encoding="utf-8")


def test_build_hash_written_and_sensitive_to_inputs(built):
    settings, corpus, guides, out = built
    written = (out / HASH_FILE).read_text().strip()
    assert written == site_inputs_hash(settings, corpus, None, guides)
    changed = [corpus[0].model_copy(update={"text": "changed"}), *corpus[1:]]
    assert site_inputs_hash(settings, changed, None, guides) != written


def test_broken_internal_link_fails_the_build(tmp_path):
    settings = _settings(tmp_path)
    (settings.docs_dir / "about.md").write_text("# About\n\n[gone](nowhere.md)\n")
    out = tmp_path / "site.new"
    with pytest.raises(UntocError, match="nowhere.md"):
        build_site(settings, corpus=make_records(), directory=None, guides=[], out=out)
