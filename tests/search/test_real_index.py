"""Slow: retrieval quality over the real built project (index/ from `untoc-kb build`).

The brief's target is Recall@5 >= 0.85 on data/eval/questions.jsonl; the models we have
offline do not reach it yet (measured numbers in the search engineer's report), so the
recall assertion below is a regression floor just under the measured value, not the target.
"""

from __future__ import annotations

import re

import pytest

from assistant.evaluate import run_eval
from assistant.schemas.api import AskRequest

pytestmark = pytest.mark.slow

RECALL_AT_5_FLOOR = 0.80  # measured 0.86 (stemmed glossary, table rows, lifts, global_mix)


@pytest.fixture(scope="module")
def report(project_settings):
    return run_eval(project_settings, project_settings.data_dir / "eval" / "questions.jsonl", 5)


def test_recall_on_our_questions_does_not_regress(report):
    assert report.recall_at_k >= RECALL_AT_5_FLOOR, report.render()


def test_off_topic_questions_are_declined(report):
    assert report.off_topic >= 18
    assert report.off_topic_declined == report.off_topic, report.render()
    assert report.false_declines <= 0.1 * report.on_topic


def test_second_question_set_does_not_regress(project_settings):
    """questions_more.jsonl: 110 on-topic (40% about the treaty texts) and 10 off-topic ones,
    some legal-sounding (another treaty, divorce, tax). Measured: R@5 0.80, 9/10 declined."""
    more = run_eval(project_settings, project_settings.data_dir / "eval" / "questions_more.jsonl",
                    5)
    assert more.recall_at_k >= 0.75, more.render()
    assert more.off_topic_declined >= 8 and more.false_declines <= 3, more.render()


def test_blind_question_set_does_not_regress(project_settings):
    """questions_blind.jsonl: 56 on-topic and 4 off-topic questions written by someone who saw
    neither the glossary nor the code nor the other sets. Measured: R@5 0.91, MRR 0.80, 4/4
    (0.86 / 0.71 before the English renderings, assistant.search.translations)."""
    blind = run_eval(project_settings,
                     project_settings.data_dir / "eval" / "questions_blind.jsonl", 5)
    assert blind.recall_at_k >= 0.85, blind.render()
    assert blind.mrr >= 0.72, blind.render()
    assert blind.off_topic_declined == blind.off_topic == 4, blind.render()


def test_answers_are_sentences_of_the_cited_paragraphs(project_settings):
    from assistant.search.service import load_service

    service = load_service(project_settings)
    for question in ("缔约方会议请秘书处编写什么样的案例目录？",
                     "Which special investigative techniques may States Parties use?"):
        response = service.ask(AskRequest(question=question, k=5))
        assert response.answered
        parts = re.split(r"\s*\[(\d+)\]\s*", response.answer)
        sentences, markers = parts[0::2], parts[1::2]
        assert markers and sentences[-1] == ""
        for sentence, marker in zip(sentences, markers, strict=False):
            assert sentence in response.citations[int(marker) - 1].text
