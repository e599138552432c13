"""render_shortcodes: links into the right language, anchors on guide pages, errors with lines."""

from __future__ import annotations

import markdown as md
import pytest

from assistant.errors import SourceError
from assistant.guides.load import load_guides
from assistant.guides.shortcodes import render_shortcodes

BODY = """# Testland guide

## Requests {#requests}

A request goes to the central authority. [[testland-para-1]]

- first point [[testland-para-2-a]] [[testland-art-1]]
- second point [[testland-para-1]]

Code is left alone: `[[testland-para-1]]`.

```
[[not-a-citation]]
```
"""


def test_links_zh_have_no_prefix(fake_records):
    out = render_shortcodes("Text. [[testland-para-1]]", fake_records, "zh", "docs/x.md")
    assert out == ("Text. [TEST/2026/1, para. 1](/documents/testland-report/#testland-para-1)"
                   '{.cite dir="ltr"}')


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar"])
def test_links_other_languages_are_prefixed(fake_records, lang):
    out = render_shortcodes("[[testland-art-1]] and [[testland-para-2-a]]", fake_records, lang,
                            "docs/x.md")
    cite = '{.cite dir="ltr"}'
    link = f"[Testland Treaty, art. 1](/{lang}/treaties/testland/art-1/#testland-art-1){cite}"
    assert link in out
    assert f"(/{lang}/documents/testland-report/#testland-para-2-a){cite}" in out
    assert "[[" not in out


def test_code_is_not_touched(fake_records):
    out = render_shortcodes(BODY, fake_records, "en", "docs/other.md")
    assert "`[[testland-para-1]]`" in out
    assert "\n[[not-a-citation]]\n" in out
    assert out.count('{.cite dir="ltr"}') == 4


def test_unknown_id_names_file_and_line(fake_records):
    text = "line one\n\nline three [[testland-para-1]]\nline four [[no-such-record]]\n"
    with pytest.raises(SourceError) as err:
        render_shortcodes(text, fake_records, "en", "docs/page.md")
    assert err.value.file == "docs/page.md"
    assert err.value.line == 4
    assert err.value.field == "citation"
    assert "no-such-record" in err.value.message


def test_line_counts_front_matter_when_hook_gets_the_body(fake_records, write_guide):
    # mkdocs hands hooks the page without its front matter; the error must name the file line.
    path = write_guide("bad.en.md", "# T\n\nText [[missing-id]]\n")
    full = path.read_text(encoding="utf-8")
    body = full.split("---\n", 2)[2]
    with pytest.raises(SourceError) as err:
        render_shortcodes(body, fake_records, "en", str(path))
    assert err.value.line == full.splitlines().index("Text [[missing-id]]") + 1


def test_guide_pages_get_anchors_matching_record_ids(fake_records, tmp_project, write_guide):
    path = write_guide("testland-guide.fr.md", BODY)
    records = load_guides(tmp_project, fake_records)
    body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
    out = render_shortcodes(body, fake_records, "fr", str(path))
    html = md.markdown(out, extensions=["attr_list", "fenced_code"])
    assert [r.id for r in records] == [
        "guide-testland-guide-fr-requests-1",
        "guide-testland-guide-fr-requests-2",
        "guide-testland-guide-fr-requests-3",
        "guide-testland-guide-fr-requests-4",
    ]
    for r in records:
        assert f'id="{r.id}"' in html
    assert '<p id="guide-testland-guide-fr-requests-1">' in html
    assert '<li id="guide-testland-guide-fr-requests-2">' in html
    assert 'href="/fr/documents/testland-report/#testland-para-1"' in html


def test_non_guide_pages_get_no_anchors(fake_records):
    out = render_shortcodes("Para. [[testland-para-1]]\n", fake_records, "en",
                            "docs/guides/index.en.md")
    assert "{: #" not in out
