"""load_guides: validation with file and line, stable unique ids, record fields."""

from __future__ import annotations

import pytest

from assistant.errors import SourceError
from assistant.guides.load import load_guides
from assistant.schemas.paragraph import ArticleRef

BODY = """# Testland guide

!!! note "Explanatory guide"
    Not an official text.

Opening words of the guide. [[testland-para-1]]

## Who to ask {#who}

The central authority of Testland. [[testland-para-1]]

It answers in writing. [[testland-para-2-a]] [[testland-art-1]]

## Deadlines {#deadlines}

No deadline applies. [[testland-art-1]]
"""


def test_records_fields(tmp_project, write_guide, fake_records):
    write_guide("testland-guide.en.md", BODY)
    records = load_guides(tmp_project, fake_records)
    assert [r.id for r in records] == [
        "guide-testland-guide-en-intro-1",
        "guide-testland-guide-en-who-1",
        "guide-testland-guide-en-who-2",
        "guide-testland-guide-en-deadlines-1",
    ]
    second = records[2]
    assert second.kind == "guide"
    assert second.document == "guide-testland-guide"
    assert second.lang == "en"
    assert second.citation == "Guide: Testland guide (explanatory, not an official text)"
    # Language-neutral like every record url; the record lives on the site of its `lang`.
    assert second.url == "/guides/testland-guide/#guide-testland-guide-en-who-2"
    assert second.heading_path == ["Testland guide", "Who to ask"]
    assert second.topics == ["mutual-legal-assistance"]
    assert second.articles == [ArticleRef(instrument="UNTOC", article=18, paragraph="13")]
    assert second.text == ("It answers in writing. (TEST/2026/1, para. 2(a)) "
                           "(Testland Treaty, art. 1)")
    assert all("[[" not in r.text for r in records)


def test_zh_guide_has_no_language_prefix(tmp_project, write_guide, fake_records):
    write_guide("testland-guide.md", BODY)
    records = load_guides(tmp_project, fake_records)
    assert records[0].url == "/guides/testland-guide/#guide-testland-guide-zh-intro-1"
    assert records[0].lang == "zh"


def test_ids_are_stable_when_other_sections_change(tmp_project, write_guide, fake_records):
    path = write_guide("testland-guide.en.md", BODY)
    before = {r.id: r.text for r in load_guides(tmp_project, fake_records)}
    changed = BODY.replace("The central authority of Testland.",
                           "The central authority of Testland, reworded.")
    changed = changed.replace("## Who to ask {#who}", "## Whom to ask, renamed {#who}")
    path.write_text(path.read_text().replace(BODY, changed), encoding="utf-8")
    after = {r.id: r.text for r in load_guides(tmp_project, fake_records)}
    assert list(before) == list(after)
    unchanged, reworded = "guide-testland-guide-en-deadlines-1", "guide-testland-guide-en-who-1"
    assert before[unchanged] == after[unchanged]
    assert before[reworded] != after[reworded]


def test_index_pages_are_not_guides(tmp_project, write_guide, fake_records):
    write_guide("index.en.md", "# Guides\n\n- a list\n", front="")
    assert load_guides(tmp_project, fake_records) == []


def test_broken_citation_names_file_and_exact_line(tmp_project, write_guide, fake_records):
    path = write_guide("testland-guide.en.md", BODY.replace("[[testland-art-1]]\n\n## Dead",
                                                            "[[testland-art-9]]\n\n## Dead"))
    with pytest.raises(SourceError) as err:
        load_guides(tmp_project, fake_records)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert err.value.file == str(path)
    assert err.value.line == 19
    assert "testland-art-9" in lines[err.value.line - 1]
    assert err.value.field == "citation"


@pytest.mark.parametrize(("front", "field", "line"), [
    ("---\ntopics: [extradition]\narticles: []\nlast_reviewed: 2026-11-23\nsource_lang: en\n---\n",
     "title", 2),
    ("---\ntitle: T\ntopics: [not-a-topic]\narticles: []\nlast_reviewed: 2026-11-23\n"
     "source_lang: en\n---\n", "topics", 3),
    ("---\ntitle: T\ntopics: []\narticles: [\"article eighteen\"]\nlast_reviewed: 2026-11-23\n"
     "source_lang: en\n---\n", "articles", 4),
    ("---\ntitle: T\ntopics: []\narticles: []\nlast_reviewed: 2026-13-45\nsource_lang: en\n---\n",
     "last_reviewed", 5),
    ("---\ntitle: T\ntopics: []\narticles: []\nlast_reviewed: 2026-11-23\nsource_lang: xx\n---\n",
     "source_lang", 6),
    ("# No front matter\n", "front matter", 1),
    ("---\ntitle: [unclosed\n---\n", "front matter", 2),
])
def test_malformed_front_matter(tmp_project, write_guide, fake_records, front, field, line):
    path = write_guide("testland-guide.en.md", "Text. [[testland-para-1]]\n", front=front)
    with pytest.raises(SourceError) as err:
        load_guides(tmp_project, fake_records)
    assert err.value.file == str(path)
    assert err.value.field == field
    assert err.value.line == line


def test_bad_file_name(tmp_project, write_guide, fake_records):
    write_guide("Testland Guide.md", "Text. [[testland-para-1]]\n")
    with pytest.raises(SourceError) as err:
        load_guides(tmp_project, fake_records)
    assert err.value.field == "file name"


def test_duplicate_section_ids_fail(tmp_project, write_guide, fake_records):
    body = "## A {#same}\n\nOne. [[testland-para-1]]\n\n## B {#same}\n\nTwo. [[testland-para-1]]\n"
    write_guide("testland-guide.en.md", body)
    with pytest.raises(SourceError, match="duplicate guide paragraph id"):
        load_guides(tmp_project, fake_records)
