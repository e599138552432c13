"""Eval metrics on a hand-made mini set, and run_eval end to end over the Testland index."""

from __future__ import annotations

import json

import pytest

from assistant.errors import SourceError
from assistant.evaluate import (
    QuestionResult,
    evaluate_service,
    hit_rank,
    read_questions,
    run_eval,
    score,
)
from assistant.schemas.api import AskResponse, Citation

from .search import testland


def _result(id, lang, rank, *, answered=True, off_topic=False):
    return QuestionResult(id=id, lang=lang, rank=rank, answered=answered, off_topic=off_topic,
                          top=[], seconds=0.01)


def test_metrics_on_a_hand_made_set():
    results = [
        _result("a", "en", 1),
        _result("b", "en", 3),
        _result("c", "zh", None),
        _result("d", "zh", 2),
        _result("e", "fr", None, answered=False),  # a false decline
        _result("x", "en", None, answered=False, off_topic=True),
        _result("y", "ru", None, answered=True, off_topic=True),
    ]
    report = score(results, k=5)
    assert report.on_topic == 5 and report.off_topic == 2
    assert report.recall_at_1 == pytest.approx(1 / 5)
    assert report.recall_at_k == pytest.approx(3 / 5)
    assert report.mrr == pytest.approx((1 + 1 / 3 + 1 / 2) / 5)
    assert report.recall_at_k_by_lang == {"en": 1.0, "zh": 0.5, "fr": 0.0}
    assert report.off_topic_declined == 1 and report.false_declines == 1
    text = report.render()
    assert "Recall@5: 0.600" in text and "off-topic declined: 1/2" in text
    assert "missed: c, e" in text and "off-topic answered: y" in text


def _citation(text: str) -> Citation:
    return Citation(id="i", citation="c", document="d", title="t", text=text, url="/u#i",
                    score=1.0, kind="paragraph")


def test_hit_ignores_whitespace_on_both_sides():
    response = AskResponse(answered=True, answer="", citations=[
        _citation("nothing here"), _citation("缔约国应当\n指定 中央当局")])
    assert hit_rank(response, ["指定中央 当局"]) == 2
    assert hit_rank(response, ["引渡"]) is None


def test_bad_question_file_names_the_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "1", "lang": "en", "question": "q", "gold": []}\n{"id": 2}\n')
    with pytest.raises(SourceError, match=r"q.jsonl:2"):
        read_questions(path)



def test_evaluate_service_over_the_fixture(tmp_path):
    from assistant.search.service import load_service

    land = testland
    settings, embedders, _ = land.build_fixture_index(tmp_path)
    service = load_service(settings, embedders={e.name: e for e in embedders})
    questions = tmp_path / "q.jsonl"
    rows = [{"id": "1", "lang": "zh", "question": "技术援助的预算外资源",
             "gold": ["筹集预算外资源"]},
            {"id": "2", "lang": "zh", "question": "审议机制", "gold": ["设立一个审议机制"]}]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    report = evaluate_service(service, read_questions(questions), k=3)
    assert report.questions == 2 and report.recall_at_k == 1.0
    assert report.results[0].rank == 1


def test_run_eval_loads_the_index_named_by_settings(tmp_path):
    settings = testland.build_hashing_index(tmp_path)
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "1", "lang": "zh", "question": "审议机制",
                                     "gold": ["设立一个审议机制"]}, ensure_ascii=False))
    report = run_eval(settings, questions, k=5)
    assert report.questions == 1 and report.results[0].rank is not None
