"""SearchService over the Testland fixture: answers, citations, declines, filters."""

from __future__ import annotations

import re

import numpy as np
import pytest

from assistant.config import make_settings
from assistant.errors import IndexMissing
from assistant.schemas.api import AskFilters, AskRequest
from assistant.search.answer import DECLINE_MESSAGES
from assistant.search.decline import DeclineRule
from assistant.search.service import QuestionTooLong, load_service

from .testland import build_fixture_index

MARKER = re.compile(r"\s*\[(\d+)\]")


def _answer_sentences(answer: str) -> list[tuple[str, int]]:
    """Split 'sentence [n] sentence [m]' into (sentence, n) pairs."""
    pairs, start = [], 0
    for m in MARKER.finditer(answer):
        pairs.append((answer[start:m.start()].strip(), int(m.group(1))))
        start = m.end()
    assert answer[start:].strip() == "", "text after the last marker"
    return pairs


@pytest.mark.parametrize("question", [
    "谁负责接收司法协助请求？",
    "central authority to receive requests for mutual legal assistance",
    "引渡请求应当附有什么文件？",
])
def test_answer_is_extracted_from_the_cited_paragraphs(fixture_service, question):
    response = fixture_service.ask(AskRequest(question=question, k=3))
    assert response.answered and len(response.citations) == 3
    pairs = _answer_sentences(response.answer)
    assert 1 <= len(pairs) <= 3
    for sentence, marker in pairs:
        assert 1 <= marker <= len(response.citations)
        assert sentence and sentence in response.citations[marker - 1].text


def test_cjk_question_finds_the_matching_paragraph_first(fixture_service):
    response = fixture_service.ask(AskRequest(question="技术援助的预算外资源", k=3))
    assert response.citations[0].id == "testland-cop1-para-3"
    assert response.citations[0].url.endswith("#testland-cop1-para-3")


def test_filters_apply_before_ranking(fixture_service):
    question = "中央当局"
    only_cop2 = fixture_service.ask(AskRequest(question=question, k=5,
                                               filters=AskFilters(document="testland-cop2")))
    assert [c.id for c in only_cop2.citations] == ["testland-cop2-para-1"]
    art16 = fixture_service.ask(AskRequest(question=question, filters=AskFilters(article="16")))
    assert [c.id for c in art16.citations] == ["testtreaty-art-16-para-1"]
    nothing = fixture_service.ask(AskRequest(question=question,
                                             filters=AskFilters(topic="no-such-topic")))
    assert not nothing.answered and nothing.citations == []


def test_declines_below_every_threshold_in_the_question_language(fixture_service):
    strict = DeclineRule(threshold=0.99, state_floor=0.99)
    fixture_service.decline_rules = {"fake-a": strict, "fake-b": strict}
    try:
        response = fixture_service.ask(AskRequest(question="Quel temps fera-t-il demain ?"))
        assert not response.answered and response.citations == []
        assert response.answer == DECLINE_MESSAGES["fr"]
        # One model above its threshold is enough to answer.
        fixture_service.decline_rules = {"fake-a": strict, "fake-b": DeclineRule(threshold=-9)}
        assert fixture_service.ask(AskRequest(question="Quel temps fera-t-il demain ?")).answered
    finally:
        fixture_service.decline_rules = {}


def test_domain_concepts_raise_confidence_and_none_lowers_it():
    rule = DeclineRule(threshold=0.34, per_concept=0.05, max_concepts=4, no_concept_penalty=0.04)
    assert rule.declines(0.30, concepts=0, names_state=False)
    assert not rule.declines(0.30, concepts=1, names_state=False)
    assert rule.confidence(0.2, 9) == pytest.approx(0.2 + 0.05 * 4)
    # A State plus a concept lowers the bar to the state floor, a State alone does not.
    assert not rule.declines(0.26, concepts=1, names_state=True)
    assert rule.declines(0.26, concepts=0, names_state=True)


def test_search_and_paragraph_lookup(fixture_service):
    results = fixture_service.search("extradition request", 2).results
    assert len(results) == 2 and results[0].score >= results[1].score
    record = fixture_service.paragraph("testtreaty-art-18-para-1")
    assert record is not None and record.articles[0].key == "untoc-art-18"
    assert fixture_service.paragraph("no-such-id") is None


def test_question_length_limit_comes_from_settings(fixture_service):
    limit = fixture_service.settings.max_question_chars
    with pytest.raises(QuestionTooLong, match=str(limit)):
        fixture_service.ask(AskRequest.model_construct(question="x" * (limit + 1), k=5,
                                                       filters=None))


def test_missing_index_says_to_build(tmp_path):
    with pytest.raises(IndexMissing, match="untoc-kb build"):
        load_service(make_settings(tmp_path))


def test_index_and_corpus_out_of_step_is_reported(tmp_path):
    from assistant.corpus import write_corpus

    from .testland import FIXTURE_RECORDS

    settings, embedders, _ = build_fixture_index(tmp_path)
    write_corpus(settings.corpus_path, FIXTURE_RECORDS[:2])
    with pytest.raises(Exception, match="untoc-kb build"):
        load_service(settings, embedders={e.name: e for e in embedders})


def test_guides_are_cited_in_the_question_language_only(fixture_service):
    english = fixture_service.ask(AskRequest(question="mutual legal assistance requests", k=20))
    french = fixture_service.ask(AskRequest(question="les demandes d'entraide judiciaire", k=20))
    assert "guide-testland-mla-1" in {c.id for c in english.citations}
    assert "guide-testland-mla-fr-1" not in {c.id for c in english.citations}
    assert "guide-testland-mla-fr-1" in {c.id for c in french.citations}
    assert "guide-testland-mla-1" not in {c.id for c in french.citations}
    # No guide in Chinese: a Chinese question may be answered by any guide.
    chinese = fixture_service.ask(AskRequest(question="司法协助请求", k=20))
    assert len(chinese.citations) == len(fixture_service.records)


def test_a_missing_vector_file_is_a_missing_index(tmp_path):
    settings, embedders, meta = build_fixture_index(tmp_path)
    (settings.index_dir / f"{meta.models[0].slug}.faiss").unlink()
    with pytest.raises(IndexMissing):
        load_service(settings, embedders={e.name: e for e in embedders})


def test_directory_entry_of_a_named_state_comes_first(fixture_service):
    for question in ("Who is the central authority of the Republic of Testland?",
                     "Quelle est l'autorité centrale de la république de testland ?"):
        response = fixture_service.ask(AskRequest(question=question, k=3))
        assert response.citations[0].id == "directory-tst"


def test_state_names_match_whole_words_only(fixture_service):
    assert fixture_service._named_states("authority of the Republic of Testland?")
    assert fixture_service._named_states("测试国的中央机关")
    assert not fixture_service._named_states("republic of testlanders")


def test_year_boost_lifts_records_that_mention_the_year(fixture_service, monkeypatch):
    from types import SimpleNamespace

    from assistant.search.service import _year_rows

    records = [SimpleNamespace(kind="paragraph", heading_path=["截至 2004 年 7 月"], text="x"),
               SimpleNamespace(kind="paragraph", heading_path=[], text="in 2006 and 12004"),
               SimpleNamespace(kind="guide", heading_path=[], text="2004")]
    assert _year_rows(records) == {"2004": [0], "2006": [1]}

    monkeypatch.setattr(fixture_service, "year_rows", {"2004": [0, 2]})
    boost = fixture_service._year_boost("How many ratifications by July 2004?")
    assert boost is not None and list(np.flatnonzero(boost)) == [0, 2]
    assert fixture_service._year_boost("What happened in 1850?") is None  # not a year we read
    assert fixture_service._year_boost("no year here") is None


def test_act_boost_lifts_the_decision_or_resolution_named_by_number(fixture_service,
                                                                    monkeypatch):
    from types import SimpleNamespace

    from assistant.search.service import _act_rows

    records = [SimpleNamespace(kind="paragraph", citation="CTOC/COP/2018/13, resolution 9/1, "
                               "annex, para. 4"),
               SimpleNamespace(kind="paragraph", citation="CTOC/COP/2018/13, decision 9/1"),
               SimpleNamespace(kind="guide", citation="Guide: resolution 9/1"),
               SimpleNamespace(kind="paragraph", citation="A/59/204, para. 19/1")]
    rows = _act_rows(records)
    assert rows == {("resolution", "9/1"): [0], ("decision", "9/1"): [1]}

    monkeypatch.setattr(fixture_service, "act_rows", rows)
    def lifted(question):
        boost = fixture_service._act_boost(question)
        return None if boost is None else list(np.flatnonzero(boost))
    assert lifted("What does résolution 9/1 say about the secretariat?") == [0]
    assert lifted("第 9/1 号决定的内容是什么？") == [1]
    assert lifted("What was agreed in 9/1?") == [0, 1]  # neither kind named: both
    assert lifted("Что сказано в резолюции 19/12?") is None  # no such act
    assert lifted("no act here, 3/2025 is a date") is None


def test_definition_boost_lifts_the_use_of_terms_article(fixture_service, monkeypatch):
    from types import SimpleNamespace

    records = [SimpleNamespace(kind="article", text="(a) “Organized criminal group” shall mean a "
                               "structured group of three or more persons"),
               SimpleNamespace(kind="article", text="(a) “Firearm” shall mean any portable "
                               "barrelled weapon")]
    monkeypatch.setattr(fixture_service, "records", records)
    monkeypatch.setattr(fixture_service, "definition_rows", [0, 1])
    terms = (["有组织犯罪集团"], ["organized criminal group"])
    boost = fixture_service._definition_boost("“有组织犯罪集团”是指什么？", terms)
    assert boost is not None and list(np.flatnonzero(boost)) == [0]
    assert fixture_service._definition_boost("Who leads the organized criminal group?",
                                             terms) is None  # not asking for a meaning
    assert fixture_service._definition_boost("What does the term mean?", ([], [])) is None
