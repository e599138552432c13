"""Extractive answer composition and decline messages."""

from __future__ import annotations

from assistant.search.answer import DECLINE_MESSAGES, Candidate, compose_answer, decline_message


def test_best_sentences_in_citation_then_reading_order_with_markers():
    candidates = [
        Candidate(1, 0, "Second paragraph sentence.", 0.80),
        Candidate(0, 30, "Later sentence of the first.", 0.82),
        Candidate(0, 0, "First sentence of the first.", 0.60),  # too far below the best
    ]
    assert compose_answer(candidates, margin=0.05) == (
        "Later sentence of the first. [1] Second paragraph sentence. [2]")


def test_at_most_three_sentences_and_nothing_from_empty_candidates():
    many = [Candidate(0, i, f"Sentence {i}.", 0.9) for i in range(6)]
    assert compose_answer(many).count("[1]") == 3
    assert compose_answer([]) == ""
    assert compose_answer([Candidate(0, 0, "   ", 1.0)]) == ""


def test_decline_message_in_the_question_language():
    assert decline_message("fr") == DECLINE_MESSAGES["fr"]
    assert decline_message("xx") == DECLINE_MESSAGES["en"]
    assert len(set(DECLINE_MESSAGES.values())) == 6
