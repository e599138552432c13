"""Guides fixtures: a tmp project with fictitious guides and records; the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import make_settings
from assistant.schemas.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[2]

FRONT = """---
title: {title}
topics: [mutual-legal-assistance]
articles: ["untoc-art-18-para-13"]
last_reviewed: 2026-11-23
source_lang: en
---
"""


def record(ident: str, citation: str, url_path: str = "/documents/testland-report/") -> Paragraph:
    return Paragraph(id=ident, document="testland-report", citation=citation,
                     text="Fictitious paragraph of the Republic of Testland.",
                     url=f"{url_path}#{ident}")


@pytest.fixture
def fake_records() -> dict[str, Paragraph]:
    recs = [
        record("testland-para-1", "TEST/2026/1, para. 1"),
        record("testland-para-2-a", "TEST/2026/1, para. 2(a)"),
        record("testland-art-1", "Testland Treaty, art. 1", "/treaties/testland/art-1/"),
    ]
    return {r.id: r for r in recs}


@pytest.fixture
def tmp_project(tmp_path: Path):
    """Settings for an empty project in tmp_path with a docs/guides folder and a topic list."""
    (tmp_path / "docs" / "guides").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "topics.yaml").write_text(
        "topics:\n  - slug: mutual-legal-assistance\n  - slug: extradition\n", encoding="utf-8")
    return make_settings(tmp_path)


@pytest.fixture
def write_guide(tmp_project):
    """write_guide(name, body, front=None) -> path of a guide file in the tmp project."""

    def write(name: str, body: str, front: str | None = None,
              title: str = "Testland guide") -> Path:
        path = tmp_project.docs_dir / "guides" / name
        path.write_text((front if front is not None else FRONT.format(title=title)) + body,
                        encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def real_records() -> dict[str, Paragraph]:
    """The real corpus (sources + treaties), by id."""
    try:
        from assistant.sources import load_corpus
    except ImportError as exc:  # the parsers are written in parallel
        pytest.skip(f"assistant.sources.load_corpus is not available yet: {exc}")
    return {p.id: p for p in load_corpus(make_settings(ROOT))}
