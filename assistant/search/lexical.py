"""Lexical rankings (BM25) that complement the dense models, and the query-language guess.

Two tokenisations, each used only where it can match: character bigrams of CJK text (Chinese
questions against the Chinese COP documents) and English words (English questions against
the English treaty texts). Fusing lexical scores for other questions hurts cross-lingual
ranking, so the caller decides when to use them (see assistant.search.ranking).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    """Okapi BM25 over a fixed list of documents, as a sparse term-document matrix."""

    def __init__(self, docs: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75):
        from scipy.sparse import csr_matrix

        self.vocab: dict[str, int] = {}
        data: list[float] = []
        cols: list[int] = []
        indptr = [0]
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if len(docs) and lengths.sum() else 1.0
        for i, doc in enumerate(docs):
            tf: dict[int, int] = {}
            for tok in doc:
                col = self.vocab.setdefault(tok, len(self.vocab))
                tf[col] = tf.get(col, 0) + 1
            norm = k1 * (1 - b + b * lengths[i] / avg)
            for col, f in tf.items():
                cols.append(col)
                data.append(f * (k1 + 1) / (f + norm))
            indptr.append(len(cols))
        self.matrix = csr_matrix((data, cols, indptr), shape=(len(docs), max(len(self.vocab), 1)),
                                 dtype=np.float32).tocsc()
        df = np.bincount(cols, minlength=max(len(self.vocab), 1)).astype(np.float32)
        n = len(docs)
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        weights = np.zeros(self.matrix.shape[1], dtype=np.float32)
        for tok in query:
            col = self.vocab.get(tok)
            if col is not None:
                weights[col] += self.idf[col]
        if not weights.any():
            return np.zeros(self.matrix.shape[0], dtype=np.float32)
        return np.asarray(self.matrix @ weights, dtype=np.float32).ravel()


class LexicalIndex:
    """CJK-bigram BM25 over all records, English-word BM25 over English records."""

    def __init__(self, texts: Sequence[str], langs: Sequence[str]):
        self.cjk = Bm25([cjk_tokens(t) for t in texts])
        self.english_mask = np.array([lang == "en" for lang in langs], dtype=bool)
        self.english = Bm25([english_tokens(t) if en else []
                             for t, en in zip(texts, self.english_mask, strict=True)])

    def scores(self, query: str, lang: str) -> np.ndarray | None:
        """BM25 scores of every record, or None when no lexical ranking applies to `lang`."""
        if lang == "zh":
            tokens = cjk_tokens(query)
            return self.cjk.scores(tokens) if tokens else None
        if lang == "en":
            tokens = english_tokens(query)
            return self.english.scores(tokens) if tokens else None
        return None
