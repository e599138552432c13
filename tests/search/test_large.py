"""Large indexes (assistant.search.large): candidates, sample statistics, int8 vectors."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.schemas.api import AskFilters, AskRequest
from assistant.search.large import Int8Vectors, LargeIndex, NearestIndex, sentence_range
from assistant.search.lexical import Bm25
from assistant.search.ranking import standardise
from assistant.search.service import ModelIndex, SearchService

QUESTIONS = [
    "Which authority receives requests for mutual legal assistance?",
    "谁负责接收司法协助请求？",
    "引渡请求应当附有什么文件？",
]


def _copy(service: SearchService, **changes) -> SearchService:
    """The fixture's index in a new service (a large one quantises its vectors in place)."""
    models = {n: ModelIndex(m.embedder, np.array(m.passages), np.array(m.sentences))
              for n, m in service.models.items()}
    return SearchService(settings=service.settings, records=service.records, models=models,
                         sentence_rows=service.sentence_rows,
                         sentence_starts=service.sentence_starts,
                         sentence_ends=service.sentence_ends, meta=service.meta, **changes)


@pytest.fixture(scope="module")
def large_service(fixture_service):
    service = _copy(fixture_service, large_above=0)
    service.large.exact_limit = 0  # candidates and sample even on a tiny index
    return service


def test_small_indexes_are_scored_in_full(fixture_service):
    assert fixture_service.large is None
    assert isinstance(fixture_service.models[next(iter(fixture_service.models))].passages,
                      np.ndarray)


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_record_a_candidate_ranks_as_exact_scoring(fixture_service, large_service,
                                                         question):
    # The sample is every record and every record is a candidate on this tiny index, so
    # only int8 rounding separates the two.
    assert large_service.large.sample.mask.all()
    exact = [c.id for c in fixture_service.search(question, 5).results]
    large = [c.id for c in large_service.search(question, 5).results]
    assert large[:3] == exact[:3]
    assert len(set(large) & set(exact)) >= 4


def test_only_candidates_are_ranked(fixture_service, monkeypatch):
    service = _copy(fixture_service, large_above=0)
    service.large.exact_limit = 0
    monkeypatch.setattr(service.large, "candidates", 1)
    monkeypatch.setattr(service.large, "extra", 0)
    languages = len(np.unique(service.lang_codes))
    response = service.search(QUESTIONS[0], 50)
    assert 0 < len(response.results) <= 2 * languages + len(service.guide_links[0])
    assert service.ask(AskRequest(question=QUESTIONS[0])).answered


def test_filters_that_leave_few_records_are_scored_exactly(fixture_service):
    service = _copy(fixture_service, large_above=0)  # exact_limit stays at 20,000
    document = fixture_service.records[0].document
    filters = AskFilters(document=document)
    exact = fixture_service.ask(AskRequest(question=QUESTIONS[0], filters=filters))
    large = service.ask(AskRequest(question=QUESTIONS[0], filters=filters))
    assert [c.id for c in large.citations][:3] == [c.id for c in exact.citations][:3]
    assert all(c.document == document for c in large.citations)


def test_candidates_include_boosted_rows_rankings_and_cited_official_paragraphs():
    rng = np.random.default_rng(1)
    passages = rng.standard_normal((60, 8)).astype(np.float32)
    passages /= np.linalg.norm(passages, axis=1, keepdims=True)
    groups = np.array([0, 1] * 30)
    offsets = np.arange(61)
    quantised = {"m": (Int8Vectors(passages), Int8Vectors(passages))}
    large = LargeIndex.build({"m": passages}, quantised, groups, offsets, sample_size=10)
    large.candidates, large.extra = 1, 2
    mask = np.ones(60, dtype=bool)
    mask[59] = False
    boost = np.zeros(60)
    boost[[7, 59]] = 2.0
    lexical = np.zeros(60)
    lexical[[3, 4, 5]] = [1.0, 3.0, 2.0]
    nearest = set(large.nearest["m"].nearest(passages[10], 1).tolist())
    links = (np.array(sorted(nearest)[:1]), np.array([42]))
    rows = set(large.candidate_rows({"m": passages[10]}, mask, boost, [lexical], links).tolist())
    assert 10 in nearest and len(nearest) == 2  # one per language group
    assert nearest | {7, 4, 5, 42} == rows  # 59 is boosted but filtered out; 3 ranks third
    assert large.sample.mask.sum() == 10


def test_int8_vectors_keep_dot_products():
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((500, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    query = vectors[0]
    stored = Int8Vectors(vectors)
    assert stored.shape == (500, 384) and stored.codes.dtype == np.int8
    rows = np.array([0, 5, 499])
    assert np.abs(stored.take(rows) @ query - vectors[rows] @ query).max() < 0.01
    assert np.allclose(stored.dot(rows, query), stored.take(rows) @ query, atol=1e-6)
    assert stored.dot(rows, query).dtype == np.float32


def test_nearest_index_searches_each_language():
    rng = np.random.default_rng(2)
    vectors = rng.standard_normal((400, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    groups = np.repeat([0, 1], 200)
    index = NearestIndex.build(vectors, groups)
    found = index.nearest(vectors[250], 5)
    assert 250 in found.tolist()
    assert (groups[found] == 0).sum() == 5 and (groups[found] == 1).sum() == 5


def test_sentence_range_lists_the_rows_sentences():
    offsets = np.array([0, 2, 2, 5, 6])
    assert sentence_range(offsets, np.array([0, 2])).tolist() == [0, 1, 2, 3, 4]
    assert sentence_range(offsets, np.array([1, 3])).tolist() == [5]


def test_standardise_can_take_statistics_from_a_sample():
    scores = np.array([1.0, 2.0, 3.0, 10.0])
    groups = np.zeros(4, dtype=np.int64)
    mask = np.array([True, True, True, True])
    stats = np.array([True, True, True, False])
    z = standardise(scores, mask, groups, stats)
    assert z[:3] == pytest.approx([-1.2247, 0.0, 1.2247], abs=1e-3)
    assert z[3] == pytest.approx(8 / np.std([1.0, 2.0, 3.0]))


def test_bm25_reads_documents_from_a_generator():
    docs = [["a", "b"], ["b", "c", "c"], []]
    listed, streamed = Bm25(docs), Bm25(d for d in docs)
    assert np.allclose(listed.scores(["c", "a"]), streamed.scores(["c", "a"]))
    assert streamed.scores(["c"])[1] > 0 and streamed.scores(["zzz"]).sum() == 0
