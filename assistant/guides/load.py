"""Read ``docs/guides/*.md`` (every language), validate them, return one record per paragraph.

Each guide paragraph becomes a ``kind="guide"`` Paragraph (url ``/guides/<slug>/#<id>``,
language-neutral like every record url; the paragraph is on the site of its ``lang``) with id
``guide-<slug>-<lang>-<section>-<n>``: the section is the heading's explicit ``{#id}`` (the
same in every language), ``n`` the paragraph's number inside the section. The page carries the
same id as an anchor (``assistant.guides.shortcodes.anchor_paragraphs``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.config import Settings
from assistant.errors import SourceError
from assistant.guides.blocks import (
    Block,
    guide_path,
    iter_shortcodes,
    split_blocks,
    split_front_matter,
)
from assistant.guides.shortcodes import replace_shortcodes
from assistant.schemas.document import LANGS
from assistant.schemas.paragraph import ArticleRef, Paragraph

ARTICLE_KEY = re.compile(r"^(untoc|tip|som|firearms)-art-(\d+)(?:-para-([0-9a-z-]+))?$")
REQUIRED = ("title", "topics", "articles", "last_reviewed", "source_lang")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


class _DatesAsText(yaml.SafeLoader):
    """Leaves dates as strings, so a bad date is reported with its line, not a crash."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class GuideMeta:
    title: str
    topics: list[str]
    articles: list[ArticleRef]
    last_reviewed: dt.date
    source_lang: str


@dataclass(frozen=True)
class Guide:
    path: Path
    slug: str
    lang: str
    meta: GuideMeta
    body: str
    body_offset: int  # file lines before the body
    blocks: list[Block]

    def file_line(self, body_line: int) -> int:
        return body_line + self.body_offset

    def record_id(self, block: Block) -> str:
        return block.anchor(self.slug, self.lang)

    @property
    def url(self) -> str:
        """Language-neutral page path, as for every record (the team contract): a reader of
        the ``lang`` site prefixes it (``/en``...), which is where this guide's anchors are."""
        return f"/guides/{self.slug}/"


def topic_vocabulary(settings: Settings) -> set[str] | None:
    """Slugs of data/topics.yaml, or None when the file does not exist (no check then)."""
    path = settings.data_dir / "topics.yaml"
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    topics = data.get("topics", data) if isinstance(data, dict) else data
    if isinstance(topics, dict):
        return set(topics)
    return {t["slug"] for t in topics if isinstance(t, dict) and "slug" in t}


def article_ref(key: str) -> ArticleRef | None:
    match = ARTICLE_KEY.match(key)
    if not match:
        return None
    instrument, article, para = match.groups()
    paragraph = None
    if para:  # "3-d" → "3(d)", as ArticleRef keeps it
        first, *subs = para.split("-")
        paragraph = first + "".join(f"({s})" for s in subs)
    return ArticleRef(instrument=instrument.upper(), article=int(article), paragraph=paragraph)


def _key_lines(yaml_text: str, first_line: int) -> dict[str, int]:
    lines: dict[str, int] = {}
    for i, line in enumerate(yaml_text.splitlines()):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            lines.setdefault(match[1], first_line + i)
    return lines


def parse_meta(path: Path, text: str, vocabulary: set[str] | None) -> tuple[GuideMeta, str, int]:
    """Validated front matter, the body and the number of file lines before the body."""
    front, body = split_front_matter(text)
    if not front.text.strip():
        raise SourceError(path, 1, "missing YAML front matter (--- ... ---)", field="front matter")
    try:
        data = yaml.load(front.text, Loader=_DatesAsText)  # a SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        # Clamp: an unclosed bracket is reported at the end of the stream, past the block.
        last = front.first_line + max(len(front.text.splitlines()) - 1, 0)
        line = min(front.first_line + mark.line, last) if mark else front.first_line
        raise SourceError(path, line, f"invalid YAML: {err}", field="front matter") from None
    if not isinstance(data, dict):
        raise SourceError(path, front.first_line, "front matter is not a mapping",
                          field="front matter")
    where = _key_lines(front.text, front.first_line)

    def fail(field: str, message: str) -> SourceError:
        return SourceError(path, where.get(field, front.first_line), message, field=field)

    for field in REQUIRED:
        if data.get(field) in (None, ""):
            raise fail(field, "missing")
    title = data["title"]
    if not isinstance(title, str) or not title.strip():
        raise fail("title", "must be a non-empty string")
    topics = data["topics"]
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise fail("topics", "must be a list of topic slugs")
    if vocabulary is not None:
        unknown = [t for t in topics if t not in vocabulary]
        if unknown:
            raise fail("topics", f"not in data/topics.yaml: {', '.join(unknown)}")
    articles_raw = data["articles"]
    if not isinstance(articles_raw, list):
        raise fail("articles", "must be a list such as [\"untoc-art-18\"]")
    articles: list[ArticleRef] = []
    for key in articles_raw:
        ref = article_ref(str(key))
        if ref is None:
            raise fail("articles", f"{key!r} is not an article key like 'untoc-art-18'")
        articles.append(ref)
    reviewed = data["last_reviewed"]
    if isinstance(reviewed, str):
        try:
            reviewed = dt.date.fromisoformat(reviewed)
        except ValueError:
            raise fail("last_reviewed", f"{reviewed!r} is not a date (YYYY-MM-DD)") from None
    if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
        raise fail("last_reviewed", "must be a date (YYYY-MM-DD)")
    if data["source_lang"] not in LANGS:
        raise fail("source_lang", f"must be one of {', '.join(LANGS)}")
    meta = GuideMeta(title.strip(), list(topics), articles, reviewed, data["source_lang"])
    return meta, body, front.body_offset


def read_guide(path: Path, vocabulary: set[str] | None) -> Guide:
    where = guide_path(path)
    if where is None:
        raise SourceError(path, None, "guide files are named <slug>.md or <slug>.<lang>.md "
                          f"with lang in {', '.join(LANGS[1:])}", field="file name")
    meta, body, offset = parse_meta(path, path.read_text(encoding="utf-8"), vocabulary)
    return Guide(path, where.slug, where.lang, meta, body, offset, split_blocks(body))


def guide_files(settings: Settings) -> list[Path]:
    folder = settings.docs_dir / "guides"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.md") if not p.name.startswith("index."))


def plain_text(markdown: str) -> str:
    """Inline Markdown → plain text for the corpus (links keep their text)."""
    text = _MD_LINK.sub(lambda m: m[1].replace("\\[", "[").replace("\\]", "]"), markdown)
    return re.sub(r"\s+", " ", _EMPHASIS.sub("", text)).strip()


def guide_records(guide: Guide, records_by_id: Mapping[str, Paragraph]) -> list[Paragraph]:
    """One record per paragraph; raises SourceError (file, line) on an unknown citation."""

    def human(ident: str) -> str | None:
        record = records_by_id.get(ident)
        return f"({record.citation})" if record is not None else None

    # Check the whole body first, so the error names the file line of the first bad id.
    replace_shortcodes(guide.body, human, str(guide.path), guide.body_offset)
    citation = f"Guide: {guide.meta.title} (explanatory, not an official text)"
    out = []
    for order, block in enumerate(guide.blocks):
        ident = guide.record_id(block)
        text = replace_shortcodes(block.text, human, str(guide.path))
        out.append(Paragraph(
            id=ident,
            document=f"guide-{guide.slug}",
            kind="guide",
            citation=citation,
            label="",
            heading_path=[guide.meta.title] + ([block.section_title] if block.section_title
                                               else []),
            text=plain_text(text),
            lang=guide.lang,
            articles=list(guide.meta.articles),
            topics=list(guide.meta.topics),
            url=f"{guide.url}#{ident}",
            order=order,
        ))
    return out


def load_guides(settings: Settings, records_by_id: Mapping[str, Paragraph]) -> list[Paragraph]:
    """All guide paragraphs of every language, validated; raises SourceError on bad input."""
    vocabulary = topic_vocabulary(settings)
    records: list[Paragraph] = []
    seen: dict[str, Path] = {}
    for path in guide_files(settings):
        guide = read_guide(path, vocabulary)
        for record in guide_records(guide, records_by_id):
            if record.id in seen:
                raise SourceError(path, None, f"duplicate guide paragraph id {record.id!r} "
                                  f"(also in {seen[record.id].name}): give sections distinct "
                                  "{#id}s", field="heading")
            seen[record.id] = path
            records.append(record)
    return records


def citations_of(guide: Guide) -> list[tuple[int, str]]:
    """(file line, id) of every shortcode in the guide body."""
    return [(guide.file_line(line), ident) for line, ident, _, _ in iter_shortcodes(guide.body)]


def block_citations(block: Block) -> list[str]:
    return [ident for _, ident, _, _ in iter_shortcodes(block.text)]

