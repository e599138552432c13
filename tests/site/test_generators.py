"""Page generators on the fictitious Testland corpus: anchors, escaping, citations, lists."""

from __future__ import annotations

import markdown

from assistant.site import browse, documents, treaties
from assistant.site.i18n import LANGS as SITE_LANGS
from assistant.site.markup import md_text, rel, src_of_url

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]


def html(md: str) -> str:
    body = md.split("---", 2)[2] if md.startswith("---") else md
    return markdown.markdown(body, extensions=EXTENSIONS)


def test_site_languages_match_the_schema():
    from assistant.schemas.document import LANGS

    assert SITE_LANGS == LANGS


def test_md_text_renders_source_text_verbatim():
    nasty = "<script>alert(1)</script> *a* _b_ [x](y) | 17. `c` {#id} \\ & &amp;"
    out = html(md_text(nasty))
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<em>" not in out and "<a " not in out and "<code>" not in out
    assert "&amp;amp;" in out
    for start in ("17. text", "- item", "+ item", "# title", "!!! note"):
        assert html(md_text(start)).startswith("<p>"), start


def test_links_are_relative_markdown_files():
    assert src_of_url("/documents/cop3-decisions/#x") == ("documents/cop3-decisions.md", "x")
    assert rel("browse/topics/x.md", "treaties/untoc/art-18.md", "a") == \
        "../../treaties/untoc/art-18.md#a"


def test_document_page_has_anchors_citations_footnotes_and_escaped_text(ctx):
    for lang in ("zh", "en", "ar"):
        out = html(documents.document_page(ctx, "documents/testland-decisions.md", lang))
        assert 'id="testland-decision-1-1-para-a"' in out
        assert 'id="testland-decision-1-1-para-b"' in out
        assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
        assert "TEST/COP/1/1, testland-decision-1-1-para-a" in out
        assert 'class="cite-copy"' in out and 'data-cite="TEST/COP/1/1, testland' in out
        assert "A fictitious footnote *not emphasis*." in out  # footnote, not emphasised
        assert "Unofficial summary " + lang in out
        assert f"Testland decisions ({lang})" in out
        assert "https://documents.example.invalid/TEST/COP/1/1" in out
        # shortcode-looking source text is not turned into a citation link
        assert "[[testland-decision-1-1-para-a]]" in out
        assert "17. [[" in out
        # chips: topic page and article paragraph anchor
        assert 'href="../browse/topics/central-authorities.md"' in out
        assert 'href="../treaties/untoc/art-18.md#untoc-art-18-para-13"' in out
    assert 'dir="ltr" id="testland-decision-1-1-para-a" lang="zh"' in out  # LTR on ar pages


def test_sortable_table_with_as_of_date(ctx):
    zh = html(documents.document_page(ctx, "documents/testland-decisions.md", "zh"))
    en = html(documents.document_page(ctx, "documents/testland-decisions.md", "en"))
    assert "<table>" in zh and "Testland province 12" in zh
    assert 'class="para table-sortable"' in zh and "data-filter-label" in zh
    assert "As of 20 July 2004" in en
    assert "截至2004年7月20日" in zh.replace(" ", "")


def test_article_page_lists_cop_records_and_guides(ctx):
    out = html(treaties.article_page(ctx, "treaties/untoc/art-18.md", "en"))
    assert 'id="untoc-art-18-para-13"' in out
    assert "Where the COP speaks of this article" in out
    assert 'href="../../documents/testland-decisions.md#testland-decision-1-1-para-a"' in out
    assert "Guide: Testland, para. 1" in out  # tagged with the article
    assert "treaties.un.org" in out  # the six authentic texts
    assert "testland-decision-1-1-para-b" not in out  # refers to no article


def test_topic_page_lists_records_and_guides(ctx):
    out = html(browse.topic_page(ctx, "central-authorities", "zh"))
    assert "中央机关" in out
    assert "#testland-decision-1-1-para-a" in out
    assert "testland-decision-1-1-para-b" not in out  # another topic
    assert "Guide: Testland" not in out  # the guide has no Chinese version
    assert "Guide: Testland, para. 1" in html(browse.topic_page(ctx, "central-authorities", "en"))
    extradition = html(browse.topic_page(ctx, "extradition", "en"))
    assert "#testland-decision-1-1-para-b" in extradition


def test_articles_and_sessions_pages(ctx):
    out = html(browse.articles_page(ctx, "en"))
    assert 'href="../treaties/untoc/art-18.md"' in out
    assert ">2</td>" in out  # one COP paragraph and one guide
    sessions = html(browse.sessions_page(ctx, "fr"))
    assert "Conférence des Parties, 1e session (2004)" in sessions
    assert 'href="../documents/testland-decisions.md"' in sessions


def test_interface_strings_exist_in_every_language():
    from assistant.site.i18n import _S, BODIES, INSTRUMENT_NAMES, INSTRUMENT_SHORT_NAMES

    for table in (_S, BODIES, INSTRUMENT_NAMES, INSTRUMENT_SHORT_NAMES):
        for key, values in table.items():
            assert len(values) == 6 and all(v.strip() for v in values), key
