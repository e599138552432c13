"""Lexical rankings (BM25) that complement the dense models, and the query-language guess.

Two tokenisations, each used only where it can match: character bigrams of CJK text (Chinese
questions against the Chinese COP documents) and English words (English questions against
the English treaty texts). Fusing lexical scores for other questions hurts cross-lingual
ranking, so the caller decides when to use them (see assistant.search.ranking).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence

import numpy as np

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(r"[a-z][a-z'-]+")

# Small stopword lists: enough to tell English, French and Spanish apart, and to drop
# function words from English lexical queries.
_EN_STOP = frozenset("""a an the of to in on for by with and or is are was were be been be
what which who whom whose how when where why does do did can could should would shall will may
must that this these those it its as at from into their there any all about under between not
no than then so such other each his her they them we you i our your has have had if""".split())
_FR_STOP = frozenset("""le la les des du de un une et est sont que qui quoi quel quelle quels
quelles dans pour par sur au aux ce cette ces il elle ils elles leur leurs ou où comment
pourquoi peut doit doivent être avec pas se sa son ses l d qu""".split())
_ES_STOP = frozenset("""el la los las del de un una y es son que qué quien quién cual cuál
cuáles en para por con sobre al lo se su sus como cómo cuando cuándo donde dónde debe deben
puede pueden ser estar entre""".split())


def detect_lang(text: str) -> str:
    """zh / ar / ru by script; en / fr / es by stopwords among Latin words (default en)."""
    counts = {"zh": len(re.findall(f"[{_CJK}]", text)),
              "ar": len(re.findall(r"[\u0600-\u06ff]", text)),
              "ru": len(re.findall(r"[\u0400-\u04ff]", text))}
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= 1 and n * 3 >= len(re.findall(r"[A-Za-z]", text)):
        return script
    words = re.findall(r"[a-zà-ÿñ']+", text.lower().replace("'", " ").replace("’", " "))
    lower = text.lower()
    scores = {"en": sum(w in _EN_STOP for w in words),
              "fr": sum(w in _FR_STOP for w in words) + 2 * len(re.findall("[àâçèêëîïôûù]", lower)),
              "es": sum(w in _ES_STOP for w in words) + 2 * len(re.findall(r"[ñáíóú¿¡]", lower))}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > scores["en"] else "en"


def cjk_tokens(text: str) -> list[str]:
    """Character bigrams inside each run of CJK characters (single characters stand alone)."""
    tokens: list[str] = []
    for run in _CJK_RUN.findall(text):
        if len(run) == 1:
            tokens.append(run)
        tokens.extend(run[i:i + 2] for i in range(len(run) - 1))
    return tokens


def _stem(word: str) -> str:
    # Light English stemming, enough for plurals and common suffixes.
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "s", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def english_tokens(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _EN_STOP]


class Bm25:
    """Okapi BM25 over a fixed list of documents, as a sparse term-document matrix.

    `docs` may be a generator: one document's tokens are held at a time (a list of every
    document's tokens took ~600 MB while a 100,000-record index loaded).
    """

    def __init__(self, docs: Iterable[Sequence[str]], *, k1: float = 1.2, b: float = 0.75):
        from scipy.sparse import csr_matrix

        self.vocab: dict[str, int] = {}
        cols, counts, indptr, lengths = array("i"), array("i"), array("q", [0]), array("i")
        for doc in docs:
            tf: dict[int, int] = {}
            for tok in doc:
                col = self.vocab.setdefault(tok, len(self.vocab))
                tf[col] = tf.get(col, 0) + 1
            cols.extend(tf)
            counts.extend(tf.values())
            indptr.append(len(cols))
            lengths.append(len(doc))
        n, width = len(lengths), max(len(self.vocab), 1)
        doc_len = np.frombuffer(lengths, dtype=np.int32).astype(np.float32)
        avg = float(doc_len.mean()) if n and doc_len.sum() else 1.0
        f = np.frombuffer(counts, dtype=np.int32).astype(np.float32)
        starts = np.frombuffer(indptr, dtype=np.int64)
        norm = np.repeat(k1 * (1 - b + b * doc_len / avg), np.diff(starts))
        col_ids = np.frombuffer(cols, dtype=np.int32)
        self.matrix = csr_matrix((f * (k1 + 1) / (f + norm), col_ids, starts),
                                 shape=(n, width), dtype=np.float32).tocsc()
        df = np.bincount(col_ids, minlength=width).astype(np.float32)
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        weights: dict[int, float] = {}
        for tok in query:
            col = self.vocab.get(tok)
            if col is not None:
                weights[col] = weights.get(col, 0.0) + float(self.idf[col])
        if not weights:
            return np.zeros(self.matrix.shape[0], dtype=np.float32)
        # Only the query's columns: a product with the whole matrix walks every entry
        # (~10 ms a query at 100,000 records).
        cols = np.fromiter(weights, dtype=np.int64)
        vector = np.fromiter(weights.values(), dtype=np.float32)
        return np.asarray(self.matrix[:, cols] @ vector, dtype=np.float32).ravel()


class LexicalIndex:
    """CJK-bigram BM25 over all records, English-word BM25 over English records."""

    def __init__(self, texts: Sequence[str], langs: Sequence[str]):
        self.cjk = Bm25(cjk_tokens(t) for t in texts)
        self.english_mask = np.array([lang == "en" for lang in langs], dtype=bool)
        self.english = Bm25(english_tokens(t) if en else []
                            for t, en in zip(texts, self.english_mask, strict=True))

    def scores(self, query: str, lang: str) -> np.ndarray | None:
        """BM25 scores of every record, or None when no lexical ranking applies to `lang`."""
        if lang == "zh":
            tokens = cjk_tokens(query)
            return self.cjk.scores(tokens) if tokens else None
        if lang == "en":
            tokens = english_tokens(query)
            return self.english.scores(tokens) if tokens else None
        return None
