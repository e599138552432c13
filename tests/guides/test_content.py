"""The real guides: six languages each, valid front matter, resolving citations, own wording."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.config import make_settings
from assistant.guides.blocks import iter_shortcodes, split_front_matter
from assistant.guides.load import guide_files, load_guides, read_guide, topic_vocabulary
from assistant.guides.report import guide_report
from assistant.schemas.document import LANGS

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ROOT / "docs" / "guides"
SLUGS = sorted(p.name[: -len(".en.md")] for p in GUIDES.glob("*.en.md")
               if not p.name.startswith("index."))
SUFFIX = {lang: ("" if lang == "zh" else f".{lang}") for lang in LANGS}


def guide_path(slug: str, lang: str) -> Path:
    return GUIDES / f"{slug}{SUFFIX[lang]}.md"


def test_at_least_eight_guides():
    assert len(SLUGS) >= 8, SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_every_language_exists_with_valid_front_matter(slug):
    settings = make_settings(ROOT)
    vocabulary = topic_vocabulary(settings)
    assert vocabulary, "data/topics.yaml is missing"
    metas = {}
    for lang in LANGS:
        guide = read_guide(guide_path(slug, lang), vocabulary)  # raises on bad front matter
        metas[lang] = guide.meta
        assert guide.meta.last_reviewed == dt.date(2026, 11, 23)
        assert guide.meta.source_lang == "en"
        assert guide.meta.topics and guide.meta.articles
    # Only the title is translated: topics and articles are the same in every language.
    assert len({(tuple(m.topics), tuple(a.key for a in m.articles)) for m in metas.values()}) == 1
    assert len({m.title for m in metas.values()}) == len(LANGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_same_structure_and_citations_in_every_language(slug):
    """Paragraph ids differ only by language, and every version cites the same records."""
    shapes, cites = {}, {}
    for lang in LANGS:
        guide = read_guide(guide_path(slug, lang), None)
        shapes[lang] = [(b.section, b.n) for b in guide.blocks]
        cites[lang] = [ident for _, ident, _, _ in iter_shortcodes(guide.body)]
    assert all(s == shapes["en"] for s in shapes.values()), shapes
    assert all(c == cites["en"] for c in cites.values())


def test_explanatory_note_on_top_of_every_guide():
    for path in guide_files(make_settings(ROOT)):
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        head = body.lstrip().splitlines()
        assert head[0].startswith("# "), path.name
        assert any(line.startswith("!!! note") for line in head[1:4]), path.name


@pytest.mark.parametrize("slug", SLUGS)
def test_at_least_five_resolving_citations(slug, real_records):
    for lang in LANGS:
        guide = read_guide(guide_path(slug, lang), None)
        ids = [ident for _, ident, _, _ in iter_shortcodes(guide.body)]
        unknown = [i for i in ids if i not in real_records]
        assert not unknown, f"{guide.path.name}: unknown ids {unknown}"
        assert len(set(ids)) >= 5, f"{guide.path.name}: {len(set(ids))} distinct citations"


def test_load_guides_on_the_real_project(real_records):
    settings = make_settings(ROOT)
    records = load_guides(settings, real_records)
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))
    assert not set(ids) & set(real_records)
    assert {r.lang for r in records} == set(LANGS)
    assert {r.document for r in records} == {f"guide-{s}" for s in SLUGS}
    assert all("[[" not in r.text and r.text for r in records)
    # Loading twice gives the same ids (no counters or hashes of volatile state).
    assert [r.id for r in load_guides(settings, real_records)] == ids


def test_every_guide_paragraph_cites_something(real_records):
    report = guide_report(make_settings(ROOT), real_records)
    assert "without a citation" not in report
    assert "UNKNOWN ID" not in report
    assert report.rstrip().endswith(f"{len(SLUGS)} guides, 0 problems")


# --- no copied sentences -------------------------------------------------------------------

QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“]*“|「[^」]*」")
SHORTCODE = re.compile(r"\[\[[^\]]*\]\]")
MIN_WORDS_EN = 12
MIN_CHARS_ZH = 25


def _sources() -> str:
    paths = [*sorted((ROOT / "data" / "sources").glob("*.txt")),
             *sorted((ROOT / "data" / "treaties").glob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


def _norm_en(text: str) -> str:
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return f" {text.strip()} "


def _norm_zh(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _statements(path: Path) -> list[str]:
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    body = SHORTCODE.sub(" ", QUOTED.sub(" ", body))
    return [line.strip("-# ") for line in body.splitlines() if line.strip()]


def _en_windows(text: str) -> set[str]:
    words = _norm_en(text).split()
    return {" ".join(words[i: i + MIN_WORDS_EN]) for i in range(len(words) - MIN_WORDS_EN + 1)}


def _zh_windows(text: str) -> set[str]:
    text = _norm_zh(text)
    return {text[i: i + MIN_CHARS_ZH] for i in range(len(text) - MIN_CHARS_ZH + 1)}


@pytest.fixture(scope="module")
def source_windows() -> dict[str, set[str]]:
    """Every run of MIN_WORDS_EN words / MIN_CHARS_ZH characters in the sources."""
    raw = _sources()
    return {"en": _en_windows(raw), "zh": _zh_windows(raw)}


def copied_en(path: Path, windows: set[str]) -> list[str]:
    """Sentences with a run of MIN_WORDS_EN words found verbatim in a source (this also
    catches a copied sentence padded with words of our own)."""
    return [sentence for line in _statements(path)
            for sentence in re.split(r"(?<=[.;:!?])\s+", line)
            if _en_windows(sentence) & windows]


def copied_zh(path: Path, windows: set[str]) -> list[str]:
    return [sentence for line in _statements(path)
            for sentence in re.split(r"(?<=[。；！？])", line)
            if _zh_windows(sentence) & windows]


@pytest.mark.parametrize("slug", SLUGS)
def test_no_long_sentence_copied_en(slug, source_windows):
    assert not copied_en(guide_path(slug, "en"), source_windows["en"])


@pytest.mark.parametrize("slug", SLUGS)
def test_no_long_sentence_copied_zh(slug, source_windows):
    assert not copied_zh(guide_path(slug, "zh"), source_windows["zh"])


def test_copy_check_can_fail(tmp_path, source_windows):
    """The checks above do find sentences taken from the sources, even padded."""
    treaty = (ROOT / "data" / "treaties" / "untoc_convention.en.md").read_text(encoding="utf-8")
    en = next(s for s in re.split(r"(?<=\.)\s+", treaty) if len(s.split()) > 20)
    seed = next((ROOT / "data" / "sources").glob("000_*.txt")).read_text(encoding="utf-8")
    zh = _norm_zh(seed)[400:440]
    (tmp_path / "x.en.md").write_text(f"# T\n\nIn short, {en} [[x]]\n", encoding="utf-8")
    (tmp_path / "x.md").write_text(f"# T\n\n简言之，{zh}。 [[x]]\n", encoding="utf-8")
    assert copied_en(tmp_path / "x.en.md", source_windows["en"])
    assert copied_zh(tmp_path / "x.md", source_windows["zh"])
