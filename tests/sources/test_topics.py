"""Topic vocabulary (data/topics.yaml) and assignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import SourceError
from assistant.schemas.document import LANGS
from assistant.schemas.paragraph import ArticleRef
from assistant.sources.articles import detect_articles
from assistant.sources.topics import TOPIC_SLUGS, assign_topics, load_topics

TOPICS = Path(__file__).resolve().parents[2] / "data" / "topics.yaml"


@pytest.fixture(scope="module")
def topics():
    return load_topics(TOPICS)


def test_vocabulary_complete(topics):
    assert [t.slug for t in topics] == list(TOPIC_SLUGS)
    assert all(set(t.names) == set(LANGS) and all(t.names.values()) for t in topics)
    assert all(t.keywords.get("zh") and t.keywords.get("en") for t in topics)


def _assign(text: str, topics, heading_path=None, lang="zh"):
    return assign_topics(text, detect_articles(text, lang), topics, heading_path)


def test_decision_3_2_f(topics):
    text = "核可秘书处关于建立一个依据公约第 18 条第 13 款指定的中央机关的网上名录的提议；"
    found = _assign(text, topics)
    assert "central-authorities" in found and "mutual-legal-assistance" in found
    assert "extradition" not in found


def test_articles_give_topics(topics):
    assert assign_topics("", [ArticleRef(instrument="UNTOC", article=16)], topics) == [
        "extradition"]
    assert assign_topics("", [ArticleRef(instrument="UNTOC", article=24, paragraph="2")],
                         topics) == ["witness-protection"]
    assert assign_topics("", [ArticleRef(instrument="UNTOC", article=30, paragraph="2(c)")],
                         topics) == ["technical-assistance", "funding"]
    assert assign_topics("", [ArticleRef(instrument="UNTOC", article=18, paragraph="3")],
                         topics) == ["mutual-legal-assistance"]  # not central authorities
    assert "firearms" in assign_topics("", [ArticleRef(instrument="FIREARMS", article=3)], topics)


def test_many_articles_give_no_article_topics(topics):
    many = [ArticleRef(instrument="UNTOC", article=n) for n in (12, 16, 18, 24, 28)]
    assert assign_topics("", many, topics) == []


def test_precise_rather_than_noisy(topics):
    assert _assign("缔约方会议还听取了观察员国索马里代表的发言。", topics) == []
    # "预防犯罪" inside an institution's name is not the prevention topic.
    assert "prevention" not in _assign("联合国预防犯罪和刑事司法方案网下属研究所", topics)
    assert _assign("instrument of ratification, acceptance or approval", topics, lang="en") == []


def test_heading_gives_topic(topics):
    path = ["附件", "联合国打击跨国有组织犯罪公约及其各项议定书实施情况审议机制运作程序和规则"]
    title = "建立《联合国打击跨国有组织犯罪公约》及其各项议定书实施情况审议机制"
    assert _assign("本机制应当：", topics, ["第 9/1 号决议", title, *path]) == [
        "review-mechanism"]


def test_bad_vocabulary_file(tmp_path):
    bad = tmp_path / "topics.yaml"
    bad.write_text("topics:\n  - slug: extradition\n    names: {zh: 引渡}\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        load_topics(bad)
    assert err.value.line == 2 and err.value.field == "names"
    bad.write_text("topics:\n  - slug: x\n    nmes: {}\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        load_topics(bad)
    assert err.value.line == 2
