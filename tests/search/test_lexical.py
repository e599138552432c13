"""Character-bigram and English BM25 rankings, and the query-language guess."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.search.lexical import Bm25, LexicalIndex, cjk_tokens, detect_lang, english_tokens


def test_cjk_bigrams_stay_inside_runs():
    assert cjk_tokens("中央当局 and 引渡") == ["中央", "央当", "当局", "引渡"]
    assert cjk_tokens("法") == ["法"]
    assert cjk_tokens("no cjk here") == []


def test_english_tokens_drop_stopwords_and_plurals():
    assert english_tokens("The requests of the central authorities") == [
        "request", "central", "authority"]
    assert english_tokens("authority") == ["authority"]


def test_bm25_ranks_the_matching_document_first():
    texts = ("缔约国应当指定中央当局", "鼓励利用公约作为引渡依据", "技术援助")
    docs = [cjk_tokens(t) for t in texts]
    scores = Bm25(docs).scores(cjk_tokens("引渡的法律依据"))
    assert int(np.argmax(scores)) == 1
    assert scores[2] == 0
    assert not Bm25(docs).scores(["不存在"]).any()


def test_lexical_index_scores_english_only_against_english_records():
    index = LexicalIndex(["extradition treaty basis", "extradition 引渡"], ["en", "zh"])
    english = index.scores("extradition basis?", "en")
    assert english[0] > 0 and english[1] == 0
    assert index.scores("引渡", "zh")[1] > 0
    assert index.scores("extradition", "fr") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("缔约国是否可以把公约作为引渡的法律依据？", "zh"),
    ("Кто является центральным органом?", "ru"),
    ("ما هي السلطة المركزية؟", "ar"),
    ("Quelle est l'autorité centrale pour l'entraide judiciaire ?", "fr"),
    ("¿Cuál es la autoridad central para la asistencia judicial?", "es"),
    ("Which authority receives requests for mutual legal assistance?", "en"),
    ("UNTOC 第18条", "zh"),
])
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang
