"""guide_report lists citations, unknown ids, uncited paragraphs and missing languages."""

from __future__ import annotations

from assistant.guides.report import guide_report

BODY = """# Testland guide

## Part {#part}

Cited. [[testland-para-1]] [[no-such-id]]

Not cited at all.
"""


def test_report_lists_every_problem(tmp_project, write_guide, fake_records):
    write_guide("testland-guide.en.md", BODY)
    report = guide_report(tmp_project, fake_records)
    assert "testland-guide.en.md [en] Testland guide: 2 citations, 1 resolving" in report
    assert "line 12: testland-para-1 -> TEST/2026/1, para. 1" in report
    assert "line 12: no-such-id -> UNKNOWN ID" in report
    assert "line 14: paragraph without a citation (guide-testland-guide-en-part-2)" in report
    assert "testland-guide: missing languages zh, fr, es, ru, ar" in report
    assert report.endswith("1 guides, 3 problems")


def test_report_reports_invalid_front_matter(tmp_project, write_guide, fake_records):
    write_guide("testland-guide.en.md", "Text\n", front="---\ntitle: T\n---\n")
    report = guide_report(tmp_project, fake_records)
    assert "testland-guide.en.md: INVALID" in report and "topics: missing" in report
