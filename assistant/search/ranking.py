"""Turn per-model similarities (and, where they apply, lexical scores) into one ranking.

Each source ranks the records that pass the filters; the rankings are fused by weighted
reciprocal rank (RRF), which needs no calibration between models whose cosine scales differ.
A record's dense score blends its whole-passage similarity with its best sentence, so a long
paragraph is found by the one sentence that answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.schemas.api import AskFilters
from assistant.schemas.paragraph import Paragraph

RRF_K = 60.0


@dataclass(frozen=True)
class RankingConfig:
    sentence_weight: float = 0.5  # dense = (1-w)·passage + w·best sentence
    model_weights: dict[str, float] = field(default_factory=dict)  # default 1.0 each
    lexical_weight: dict[str, float] = field(default_factory=lambda: {"zh": 1.0, "en": 0.7})
    guide_penalty: float = 0.15  # fraction of the fused score a guide paragraph loses
    rrf_k: float = RRF_K


def filter_mask(records: Sequence[Paragraph], filters: AskFilters | None) -> np.ndarray:
    """Records that satisfy every given filter."""
    mask = np.ones(len(records), dtype=bool)
    if filters is None:
        return mask
    article = (filters.article or "").strip().lower()
    for i, rec in enumerate(records):
        mask[i] = ((not filters.document or rec.document == filters.document)
                   and (not filters.topic or filters.topic in rec.topics)
                   and (filters.session is None or rec.session == filters.session)
                   and (not article or _about_article(rec, article)))
    return mask


def _about_article(rec: Paragraph, article: str) -> bool:
    """`article` is a key ("untoc-art-18") or a bare number ("18", any instrument).

    A record matches when it refers to the article or is a paragraph of it.
    """
    if article.isdigit():
        own = re.search(rf"-art-{article}(?:-|$)", rec.id) is not None and rec.kind == "article"
        return own or any(str(a.article) == article for a in rec.articles)
    own = rec.id == article or rec.id.startswith(article + "-para-")
    return own or any(a.key == article for a in rec.articles)


def dense_scores(passage_sims: np.ndarray, sentence_sims: np.ndarray, sentence_rows: np.ndarray,
                 sentence_weight: float) -> np.ndarray:
    """Blend each record's passage similarity with its best sentence's similarity."""
    best = passage_sims.copy()
    if len(sentence_rows):
        np.maximum.at(best, sentence_rows, sentence_sims)
    return (1 - sentence_weight) * passage_sims + sentence_weight * best


def ranks(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """1-based rank of each record by descending score; records outside `mask` get inf."""
    out = np.full(scores.shape[0], np.inf)
    idx = np.flatnonzero(mask)
    order = idx[np.argsort(-scores[idx], kind="stable")]
    out[order] = np.arange(1, len(order) + 1)
    return out


def rrf(rankings: Sequence[tuple[np.ndarray, float]], k: float = RRF_K) -> np.ndarray:
    """Weighted reciprocal-rank fusion: Σ weight / (k + rank)."""
    total = np.zeros(rankings[0][0].shape[0])
    for rank, weight in rankings:
        total += weight / (k + rank)
    return total


@dataclass
class Ranked:
    order: np.ndarray  # record rows, best first (only rows that pass the filters)
    fused: np.ndarray  # fused score per record
    dense: dict[str, np.ndarray]  # blended dense similarity per model, per record


def rank_records(records: Sequence[Paragraph], dense: dict[str, np.ndarray],
                 lexical: np.ndarray | None, lang: str, mask: np.ndarray,
                 config: RankingConfig) -> Ranked:
    rankings = [(ranks(s, mask), config.model_weights.get(name, 1.0))
                for name, s in dense.items()]
    lex_weight = config.lexical_weight.get(lang, 0.0)
    if lexical is not None and lex_weight > 0 and lexical[mask].any():
        # Records the lexical ranking does not match at all get no lexical vote.
        lex_mask = mask & (lexical > 0)
        rankings.append((ranks(lexical, lex_mask), lex_weight))
    fused = rrf(rankings, config.rrf_k)
    guide = np.array([r.kind == "guide" for r in records], dtype=bool)
    fused = np.where(guide, fused * (1 - config.guide_penalty), fused)
    idx = np.flatnonzero(mask)
    order = idx[np.argsort(-fused[idx], kind="stable")]
    return Ranked(order=order, fused=fused, dense=dense)
