"""Index files, sentence table and the embedding cache."""

from __future__ import annotations

import json

from assistant.search import store
from assistant.search.index import (
    LEAD_IN_CHARS,
    build_index,
    lead_ins,
    passage_text,
    split_sentences,
)

from .testland import FIXTURE_RECORDS, build_fixture_index, make_embedders


def test_sentences_are_stripped_slices_of_the_text():
    text = ("缔约国应当指定中央当局。中央当局应当迅速执行请求；并通报秘书长。 Short. "
            "Requests shall be made in writing, art. 18 applies. Each State Party shall "
            "designate one.")
    spans = split_sentences(text)
    pieces = [text[s:e] for s, e in spans]
    assert pieces[0] == "缔约国应当指定中央当局。"
    assert all(p == p.strip() and p for p in pieces)
    assert "art. 18 applies." in " ".join(pieces)  # no split after the abbreviation
    assert any(p.startswith("Each State Party") for p in pieces)
    assert split_sentences("") == []


def test_passage_text_carries_the_heading_path():
    rec = next(r for r in FIXTURE_RECORDS if r.id == "testtreaty-art-18-para-1")
    assert passage_text(rec).startswith("Test Convention / Article 18. Mutual legal assistance\n")


def test_a_sub_item_is_embedded_after_its_parents_lead_in():
    lead = "请秘书处在现有资源范围内："
    parent = FIXTURE_RECORDS[2].model_copy(update={"id": "testland-cop1-para-9",
                                                   "text": "很长的序言部分。" * 20 + lead})
    item = FIXTURE_RECORDS[2].model_copy(update={"id": "testland-cop1-para-9-a",
                                                 "parent": parent.id, "text": "设立网上名录；"})
    orphan = item.model_copy(update={"id": "testland-cop1-para-8-a",
                                     "parent": "testland-cop1-para-8"})
    leads = lead_ins([parent, item, orphan])
    assert leads[0] == "" and leads[2] == ""  # no parent, or a parent outside the corpus
    assert leads[1].endswith(lead) and len(leads[1]) <= LEAD_IN_CHARS
    assert passage_text(item, leads[1]) == f"Testland decision 1/1\n{leads[1]}\n设立网上名录；"
    assert passage_text(item) == "Testland decision 1/1\n设立网上名录；"


def test_build_writes_vectors_sentences_and_meta(tmp_path):
    settings, embedders, meta = build_fixture_index(tmp_path)
    index_dir = settings.index_dir
    assert meta.records == len(FIXTURE_RECORDS)
    assert [m.name for m in meta.models] == ["fake-a", "fake-b"]
    saved = json.loads((index_dir / store.META_FILE).read_text())
    assert saved["records"] == len(FIXTURE_RECORDS) and saved["corpus_sha256"]
    for m in meta.models:
        vectors = store.read_vectors(index_dir / f"{m.slug}.faiss")
        assert vectors.shape == (len(FIXTURE_RECORDS), m.dim)
        sentences = store.read_vectors(index_dir / f"{m.slug}.sentences.faiss")
        assert sentences.shape == (meta.sentences, m.dim)
    rows, starts, ends = store.read_sentences(index_dir / store.SENTENCES_FILE)
    assert len(rows) == meta.sentences > 0
    assert (ends > starts).all()


def test_noop_rebuild_embeds_nothing_and_an_edit_embeds_only_the_change(tmp_path):
    settings, first, _ = build_fixture_index(tmp_path)
    assert all(e.passages_embedded > 0 for e in first)

    again = make_embedders()
    build_index(settings, FIXTURE_RECORDS, settings.index_dir, embedders=again)
    assert [e.passage_calls for e in again] == [0, 0]

    edited = list(FIXTURE_RECORDS)
    edited[3] = edited[3].model_copy(update={"text": "缔约方会议决定推迟审议机制。"})
    third = make_embedders()
    build_index(settings, edited, settings.index_dir, embedders=third)
    assert [e.passages_embedded for e in third] == [1, 1]  # one passage, still one sentence


def test_cache_ignores_vectors_of_another_width(tmp_path):
    cache = store.EmbeddingCache(tmp_path / "c.sqlite", "m", "", dim=4)
    cache.embed(["a"], lambda texts: [[1, 0, 0, 0] for _ in texts])
    cache.close()
    wider = store.EmbeddingCache(tmp_path / "c.sqlite", "m", "", dim=8)
    calls = []
    out = wider.embed(["a"], lambda texts: calls.append(texts) or [[0.0] * 8 for _ in texts])
    assert calls == [["a"]] and out.shape == (1, 8)


def test_model_slug_is_file_safe():
    assert store.model_slug("e5-small-nano") == "e5-small-nano"
    assert store.model_slug("/models/Some Model_v2") == "models-some-model-v2"
