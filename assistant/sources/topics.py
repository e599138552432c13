"""The controlled topic vocabulary (data/topics.yaml) and topic assignment.

A record gets a topic when its text contains one of the topic's keywords or when it
refers to (or is) one of the topic's articles. Both lists are short on purpose: a few
precise topics are more useful to a practitioner filtering the corpus than many vague ones.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import SourceError
from assistant.schemas.document import LANGS
from assistant.schemas.paragraph import ArticleRef

TOPIC_SLUGS = (
    "international-cooperation", "mutual-legal-assistance", "extradition",
    "central-authorities", "confiscation", "technical-assistance", "review-mechanism",
    "firearms", "trafficking-in-persons", "smuggling-of-migrants", "ratification",
    "data-collection", "witness-protection", "electronic-evidence", "cybercrime",
    "implementation", "funding", "cultural-property", "prevention",
)
_ARTICLE_KEY = re.compile(r"^(UNTOC|TIP|SOM|FIREARMS):(\*|\d+)(?:\((\d+)\))?$")


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    slug: str
    names: dict[str, str]
    keywords: dict[str, list[str]] = Field(default_factory=dict)
    heading_keywords: dict[str, list[str]] = Field(default_factory=dict)
    articles: list[str] = Field(default_factory=list)

    @cached_property
    def _en_pattern(self) -> re.Pattern[str] | None:
        words = self.keywords.get("en", [])
        if not words:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)

    def matches_heading(self, heading_path: list[str]) -> bool:
        words = [w for ws in self.heading_keywords.values() for w in ws]
        return any(w in h for h in heading_path for w in words)

    def matches_text(self, text: str) -> bool:
        if any(k in text for k in self.keywords.get("zh", [])):
            return True
        pattern = self._en_pattern
        return bool(pattern and pattern.search(text))

    def matches_article(self, ref: ArticleRef) -> bool:
        for key in self.articles:
            m = _ARTICLE_KEY.match(key)
            if not m or m.group(1) != ref.instrument:
                continue
            if m.group(2) == "*":
                return True
            if int(m.group(2)) != ref.article:
                continue
            para = m.group(3)
            if para is None:
                return True
            if ref.paragraph and (ref.paragraph == para or ref.paragraph.startswith(para + "(")):
                return True
        return False


def load_topics(path: Path) -> list[Topic]:
    """Read and check the vocabulary; SourceError(file, line, …) on any problem."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc}") from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        raise SourceError(path, line, f"invalid YAML: {exc.problem}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise SourceError(path, 1, "expected `topics:` with a list", "topics")
    item_nodes = dict(node.value)  # type: ignore[union-attr]
    seq = next(v for k, v in item_nodes.items() if k.value == "topics").value
    topics: list[Topic] = []
    for item_node, item in zip(seq, data["topics"], strict=True):
        line = item_node.start_mark.line + 1
        try:
            topic = Topic.model_validate(item)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = str(err["loc"][0]) if err["loc"] else None
            raise SourceError(path, line, err["msg"], field) from exc
        missing = [lang for lang in LANGS if not topic.names.get(lang)]
        if missing:
            raise SourceError(path, line, f"names missing {missing}", "names")
        bad = [k for k in topic.articles if not _ARTICLE_KEY.match(k)]
        if bad:
            raise SourceError(path, line, f"bad article keys {bad}", "articles")
        topics.append(topic)
    slugs = [t.slug for t in topics]
    if sorted(slugs) != sorted(TOPIC_SLUGS):
        differ = sorted(set(slugs) ^ set(TOPIC_SLUGS))
        raise SourceError(path, 1, f"slugs differ from the vocabulary: {differ}", "topics")
    return topics


MAX_ARTICLES_FOR_TOPICS = 4


def assign_topics(text: str, articles: list[ArticleRef], topics: list[Topic],
                  heading_path: list[str] | None = None) -> list[str]:
    """Slugs of the topics ``text`` / ``articles`` / headings belong to, in vocabulary order."""
    distinct = {(a.instrument, a.article) for a in articles}
    by_article = articles if len(distinct) <= MAX_ARTICLES_FOR_TOPICS else []
    return [t.slug for t in topics
            if t.matches_text(text) or t.matches_heading(heading_path or [])
            or any(t.matches_article(a) for a in by_article)]
