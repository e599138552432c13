"""Fusion, blending, filters and the guide penalty, on hand-made scores."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.schemas.api import AskFilters
from assistant.search.ranking import (
    RankingConfig,
    dense_scores,
    filter_mask,
    rank_records,
    ranks,
    rrf,
    standardise,
)

from .testland import FIXTURE_RECORDS


def test_ranks_are_one_based_and_skip_masked_rows():
    scores = np.array([0.2, 0.9, 0.5, 0.7])
    mask = np.array([True, True, True, False])
    assert ranks(scores, mask).tolist() == [3, 1, 2, np.inf]


def test_rrf_prefers_the_record_both_rankings_agree_on():
    a = np.array([1.0, 2.0, 3.0])  # ranking 1: rows 0, 1, 2
    b = np.array([3.0, 1.0, 2.0])  # ranking 2: rows 1, 2, 0
    fused = rrf([(a, 1.0), (b, 1.0)], k=60)
    assert int(np.argmax(fused)) == 1
    weighted = rrf([(a, 5.0), (b, 1.0)], k=60)
    assert int(np.argmax(weighted)) == 0  # the heavier ranking wins


def test_dense_blend_uses_the_best_sentence():
    passage = np.array([0.5, 0.6])
    sentences = np.array([0.9, 0.1, 0.2])  # two sentences of record 0, one of record 1
    rows = np.array([0, 0, 1])
    blended = dense_scores(passage, sentences, rows, 0.5)
    assert blended[0] == 0.5 * 0.5 + 0.5 * 0.9
    assert blended[1] == 0.6  # its sentence is worse than the passage: passage stands
    assert dense_scores(passage, sentences, rows, 0.0).tolist() == passage.tolist()


def _row(record_id: str) -> int:
    return next(i for i, r in enumerate(FIXTURE_RECORDS) if r.id == record_id)


def test_filters_by_document_topic_session_and_article():
    ids = lambda mask: {FIXTURE_RECORDS[i].id for i in np.flatnonzero(mask)}  # noqa: E731
    assert ids(filter_mask(FIXTURE_RECORDS, AskFilters(document="testland-cop2"))) == {
        "testland-cop2-para-1"}
    assert ids(filter_mask(FIXTURE_RECORDS, AskFilters(topic="extradition"))) == {
        "testland-cop1-para-2"}
    assert ids(filter_mask(FIXTURE_RECORDS, AskFilters(session=1))) == {
        "testland-cop1-para-1", "testland-cop1-para-2", "testland-cop1-para-3"}
    by_key = ids(filter_mask(FIXTURE_RECORDS, AskFilters(article="untoc-art-18")))
    by_number = ids(filter_mask(FIXTURE_RECORDS, AskFilters(article="18")))
    assert by_key == by_number == {"testtreaty-art-18-para-1"}
    assert filter_mask(FIXTURE_RECORDS, None).all()
    assert not filter_mask(FIXTURE_RECORDS, AskFilters(document="no-such-doc")).any()


def test_guide_loses_to_the_official_text_it_rests_on_when_tied():
    official, guide = _row("testtreaty-art-18-para-1"), _row("guide-testland-mla-1")
    n = len(FIXTURE_RECORDS)
    scores = np.zeros(n)
    scores[guide], scores[official] = 0.9, 0.8  # the guide is slightly closer
    other = np.zeros(n)
    other[official], other[guide] = 0.9, 0.8
    mask = np.ones(n, dtype=bool)
    ranked = rank_records(FIXTURE_RECORDS, {"a": scores, "b": other}, None, "en", mask,
                          RankingConfig())
    assert ranked.order[0] == official
    no_penalty = rank_records(FIXTURE_RECORDS, {"a": scores, "b": other}, None, "en", mask,
                              RankingConfig(guide_penalty=0.0))
    assert no_penalty.fused[guide] == no_penalty.fused[official]


def test_lexical_ranking_votes_only_for_languages_it_is_configured_for():
    n = len(FIXTURE_RECORDS)
    dense = {"a": np.linspace(1, 0, n)}  # dense prefers row 0
    lexical = np.zeros(n)
    lexical[n - 1] = 5.0  # lexical strongly prefers the last row
    mask = np.ones(n, dtype=bool)
    one_group = np.zeros(n)
    for fusion in ("zsum", "rrf"):
        config = RankingConfig(fusion=fusion, lexical_weight={"zh": 3.0})
        with_lex = rank_records(FIXTURE_RECORDS, dense, lexical, "zh", mask, config, one_group)
        without = rank_records(FIXTURE_RECORDS, dense, lexical, "fr", mask, config, one_group)
        assert with_lex.order[0] == n - 1
        assert without.order[0] == 0


def test_scores_are_standardised_within_each_record_language():
    # Raw cosine favours every English record; within its language the Chinese record
    # stands out far more, so it wins once each language is standardised.
    records = FIXTURE_RECORDS
    langs = np.array([r.lang for r in records])
    raw = np.where(langs == "en", 0.80, 0.50)
    zh_best, en_best = _row("testland-cop1-para-2"), _row("testtreaty-art-16-para-1")
    raw[zh_best], raw[en_best] = 0.70, 0.81
    raw[_row("guide-testland-mla-1")], raw[_row("directory-tst")] = 0.805, 0.79
    mask = np.ones(len(records), dtype=bool)
    config = RankingConfig(lexical_weight={}, global_mix=0.0)
    assert rank_records(records, {"a": raw}, None, "en", mask, config).order[0] == zh_best
    assert standardise(raw, mask, langs)[langs == "zh"].mean() == pytest.approx(0.0)
    # z-scores over all records alone keep the raw order: the English record wins.
    everywhere = RankingConfig(lexical_weight={}, global_mix=1.0)
    assert rank_records(records, {"a": raw}, None, "en", mask, everywhere).order[0] == en_best


def test_boost_lifts_a_record_in_both_fusions():
    n = len(FIXTURE_RECORDS)
    dense = {"a": np.linspace(1, 0, n)}
    boost = np.zeros(n)
    boost[n - 1] = 100.0
    mask = np.ones(n, dtype=bool)
    for fusion in ("zsum", "rrf"):
        ranked = rank_records(FIXTURE_RECORDS, dense, None, "en", mask,
                              RankingConfig(fusion=fusion), np.zeros(n), boost)
        assert ranked.order[0] == n - 1
