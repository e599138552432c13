"""Large indexes: rank a few thousand candidate records instead of every record.

Scoring every passage and sentence with both models costs more than embedding the question
once an index passes a few tens of thousands of records (scripts/bench, 100,000 records:
p95 122 ms against 37 ms for the embeddings, RSS 2.5 GB). Above `LARGE_ABOVE` records:

- vectors are kept as int8 with one scale per row, a quarter of float32's memory;
- each model's passages also go into faiss IVF indexes (4-bit scalar quantizer), one per
  record language; a question's candidates are each model's nearest passages in each
  language, plus every record that a boost, the lexical ranking or a glossary bridge puts
  forward, plus the official paragraphs that candidate guide paragraphs cite;
- z-scores (assistant.search.ranking.standardise) take their mean and spread from a fixed
  random sample of records instead of from every record.

Only candidates and the sample are scored exactly, passages and sentences alike. The real
corpus (~2,000 records) stays below the threshold and is scored in full.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LARGE_ABOVE = 20_000  # records
_CHUNK = 10_000  # rows quantised at a time: bounded temporaries


class Int8Vectors:
    """Rows of unit vectors as int8 codes times one float scale per row.

    The round-off is at most half a step of max|x|/127 per component: dot products with a
    unit query move by well under 0.01, below the gaps that decide a ranking.
    """

    def __init__(self, vectors: np.ndarray):
        n, dim = vectors.shape
        self.codes = np.empty((n, dim), dtype=np.int8)
        self.scale = np.empty(n, dtype=np.float32)
        for lo in range(0, n, _CHUNK):
            block = np.asarray(vectors[lo:lo + _CHUNK], dtype=np.float32)
            peak = np.abs(block).max(axis=1)
            peak[peak == 0] = 1.0
            self.codes[lo:lo + _CHUNK] = np.rint(block / peak[:, None] * 127)
            self.scale[lo:lo + _CHUNK] = peak / 127

    @property
    def shape(self) -> tuple[int, int]:
        return self.codes.shape

    def __len__(self) -> int:
        return len(self.codes)

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The given rows as float32."""
        return self.codes[rows].astype(np.float32) * self.scale[rows, None]

    def dot(self, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
        """`take(rows) @ query` without the float32 rows: codes times query, then the row
        scales (8,000 rows of 384: 5.7 → 3.7 ms)."""
        sims = self.codes.take(rows, axis=0) @ query
        return (sims * self.scale[rows]).astype(np.float32, copy=False)


@dataclass
class NearestIndex:
    """One model's passages in faiss IVF indexes (4-bit scalar quantizer, inner product on
    unit vectors), one index per record language. They only find candidates, whose scores
    come from the passages' Int8Vectors, so 4 bits a component do (half the memory of 8).

    Per language, because ranking standardises scores within each record language: an
    English question's best Chinese paragraph can rank first with a raw similarity below
    hundreds of English records, so the nearest records overall would miss it."""

    indexes: list[object]  # faiss.IndexIVFScalarQuantizer per group, ids = record rows

    @classmethod
    def build(cls, passages: np.ndarray, groups: np.ndarray, seed: int = 0) -> NearestIndex:
        return cls(indexes=[_ivf(passages, np.flatnonzero(groups == g), seed)
                            for g in np.unique(groups)])

    def nearest(self, query: np.ndarray, k: int) -> np.ndarray:
        """Up to `k` rows per language, nearest first within each."""
        q = query.reshape(1, -1).astype(np.float32)
        found = [index.search(q, k)[1][0] for index in self.indexes]
        rows = np.concatenate(found)
        return rows[rows >= 0]


def _ivf(passages: np.ndarray, rows: np.ndarray, seed: int) -> object:
    import faiss

    dim = passages.shape[1]
    # ~4·√n lists (faiss's rule of thumb), at least 39 training points each; 1/16 of them
    # probed per query: 6% of the records.
    lists = max(1, min(len(rows) // 39, int(4 * math.sqrt(len(rows)))))
    index = faiss.IndexIVFScalarQuantizer(faiss.IndexFlatIP(dim), dim, lists,
                                          faiss.ScalarQuantizer.QT_4bit,
                                          faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = seed
    index.cp.niter = 10  # k-means rounds (default 25): start-up time; lists need not be exact
    vectors = np.ascontiguousarray(passages[rows], dtype=np.float32)
    index.train(vectors)
    index.add_with_ids(vectors, rows.astype(np.int64))
    index.nprobe = max(1, lists // 16)
    return index


@dataclass
class Sample:
    """A fixed random sample of records, its sentences, and both decoded to float32 per
    model: scoring them is one small matrix product, not a gather from int8 codes."""

    rows: np.ndarray  # sorted record rows
    mask: np.ndarray  # bool per record
    sentences: np.ndarray  # indices of the sample's sentences
    passage_vectors: dict[str, np.ndarray]
    sentence_vectors: dict[str, np.ndarray]


@dataclass
class LargeIndex:
    nearest: dict[str, NearestIndex]  # model name → IVF index
    sample: Sample  # its scores estimate each model's z-score statistics
    # Measured on a synthetic 100,000-record index (scripts/bench): with 200 and 1,000 the
    # top five scored 0.05 z below exact scoring on average (the top five spread 0.77); with
    # 100 and 500, 0.17.
    candidates: int = 200  # nearest passages per model and record language
    extra: int = 1000  # best records per lexical ranking or bridge
    # A question whose filters leave at most this many records is scored on all of them.
    exact_limit: int = LARGE_ABOVE

    @classmethod
    def build(cls, passages: dict[str, np.ndarray],
              quantised: dict[str, tuple[Int8Vectors, Int8Vectors]], groups: np.ndarray,
              sentence_offsets: np.ndarray, sample_size: int = 2048, seed: int = 0
              ) -> LargeIndex:
        """`passages`: model name → float32 vectors; `quantised`: model name → (passages,
        sentences) as Int8Vectors; `groups`: record language code per row."""
        records = len(sentence_offsets) - 1
        rng = np.random.default_rng(seed)
        rows = np.sort(rng.choice(records, size=min(sample_size, records), replace=False))
        mask = np.zeros(records, dtype=bool)
        mask[rows] = True
        in_sample = sentence_range(sentence_offsets, rows)
        sample = Sample(rows=rows, mask=mask, sentences=in_sample,
                        passage_vectors={n: p.take(rows) for n, (p, _) in quantised.items()},
                        sentence_vectors={n: s.take(in_sample)
                                          for n, (_, s) in quantised.items()})
        return cls(nearest={name: NearestIndex.build(p, groups, seed)
                            for name, p in passages.items()},
                   sample=sample)

    def candidate_rows(self, queries: dict[str, np.ndarray], mask: np.ndarray,
                       boost: np.ndarray | None, rankings: Sequence[np.ndarray],
                       guide_links: tuple[np.ndarray, np.ndarray] | None) -> np.ndarray:
        """Sorted rows (within `mask`) worth scoring exactly for this question."""
        picked = np.zeros(len(mask), dtype=bool)
        for name, q in queries.items():
            picked[self.nearest[name].nearest(q, self.candidates)] = True
        if boost is not None:
            picked |= boost != 0
        for scores in rankings:
            hits = np.flatnonzero(scores > 0)
            if len(hits) > self.extra:
                hits = hits[np.argpartition(-scores[hits], self.extra)[:self.extra]]
            picked[hits] = True
        picked &= mask
        if guide_links is not None and len(guide_links[0]):
            sources, targets = guide_links
            cited = targets[picked[sources]]
            picked[cited[mask[cited]]] = True
        return np.flatnonzero(picked)


def sentence_range(offsets: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Indices of the sentences of `rows` (sentences are stored grouped by record:
    offsets[r] .. offsets[r + 1]), without a Python loop."""
    starts = offsets[rows]
    lengths = offsets[rows + 1] - starts
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
