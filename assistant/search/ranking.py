"""Turn per-model similarities (and, where they apply, lexical scores) into one ranking.

A record's dense score blends its whole-passage similarity with its best sentence, so a long
paragraph is found by the one sentence that answers. Cosine similarity across languages is
offset by a constant that depends on the language pair (an English question scores every
English treaty text higher than any Chinese paragraph), so each model's scores are
standardised (z-scores) within each record language, mixed half and half with z-scores over
all records (RankingConfig.global_mix), before they are summed with weights ("zsum", the
default). Weighted reciprocal-rank fusion ("rrf") is kept for comparison:
on our questions (data/eval/questions.jsonl) it gave MRR 0.41 against 0.46 for zsum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from assistant.schemas.api import AskFilters
from assistant.schemas.paragraph import Paragraph

RRF_K = 60.0


@dataclass(frozen=True)
class RankingConfig:
    fusion: Literal["zsum", "rrf"] = "zsum"
    sentence_weight: float = 0.5  # dense = (1-w)·passage + w·best sentence
    # MUSE is the better cross-lingual model on our questions; e5 the better same-language one.
    model_weights: dict[str, float] = field(default_factory=lambda: {"muse": 1.5})
    # Lexical votes only for Chinese questions: an English-word ranking over the English
    # treaties pulled English questions away from the (Chinese) COP paragraphs.
    lexical_weight: dict[str, float] = field(default_factory=lambda: {"zh": 0.5})
    # What a guide paragraph loses: z units (zsum) or a fraction of the score (rrf). Guides
    # restate the official texts they cite; 3 z units puts an official paragraph that
    # answers above them (on our questions: MRR 0.44 at 0.3, 0.47 at 2, 0.48 at 3).
    guide_penalty: float = 3.0
    # Lexical rankings reached through the glossary terms of the question
    # (assistant.search.glossary), in z units like the models.
    bridge_weight: float = 0.5
    # An official paragraph cited by a guide paragraph that matches the question scores at
    # least the guide's score minus this gap (z units): the guide leads to its source.
    guide_lift_gap: float = 0.5
    # The directory entry of a State the question names goes first: whatever is asked about
    # a named State (its authorities, languages, status), its entry is the answer.
    state_boost: float = 10.0
    # Official records that name that State (its row in a ratification table) gain this much.
    state_mention_boost: float = 2.0
    # Official records that mention a year the question names.
    year_boost: float = 1.0
    # Official records of a decision or resolution the question names by number.
    act_boost: float = 1.0
    # The "Use of terms" article defining a term a question asks the meaning of.
    definition_boost: float = 2.0
    # Each model's similarity to the English renderings of the Chinese paragraphs, as one
    # more ranking for questions not in Chinese (assistant.search.translations). 0.3 / 0.5 /
    # 0.7 gave MRR 0.724 / 0.718 / 0.713 on our 159 questions and R@5 0.89 / 0.91 / 0.91 on
    # the 56 blind ones.
    translation_weight: float = 0.5
    rrf_k: float = RRF_K
    # Share of each model's z-score taken over all records instead of within the record's
    # language. Within-language z-scores remove the offset between language pairs but also
    # the real advantage of a paragraph an English question matches word for word; half and
    # half scored best on our 159 questions (R@5 0.79 → 0.82, MRR 0.60 → 0.65).
    global_mix: float = 0.5


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


def standardise(scores: np.ndarray, mask: np.ndarray, groups: np.ndarray,
                stats_mask: np.ndarray | None = None) -> np.ndarray:
    """z-scores of `scores` within each group (record language), for the masked rows.

    Each group's mean and spread come from its rows in `stats_mask` (default: `mask`; a
    large index passes a fixed sample, assistant.search.large). Group statistics come from
    bincount sums, one pass for all groups: this runs several times per query over every
    record (per-group boolean masks cost ~20 ms at 100k records).
    """
    out = np.zeros(scores.shape[0])
    rows = np.flatnonzero(mask)
    if not len(rows):
        return out
    if not np.issubdtype(groups.dtype, np.integer):
        groups = np.unique(groups, return_inverse=True)[1]
    stats_rows = rows if stats_mask is None else np.flatnonzero(stats_mask)
    codes = groups[stats_rows]
    values = scores[stats_rows].astype(np.float64)
    size = int(groups[rows].max()) + 1
    safe = np.maximum(np.bincount(codes, minlength=size), 1)
    mean = np.bincount(codes, values, minlength=size) / safe
    var = np.maximum(np.bincount(codes, values * values, minlength=size) / safe - mean * mean,
                     0.0)
    codes = groups[rows]
    spread = np.sqrt(var)[codes]
    centred = scores[rows].astype(np.float64) - mean[codes]
    out[rows] = np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 1e-12)
    return out


GuideLinks = tuple[np.ndarray, np.ndarray]  # (guide rows, cited official rows), one pair a link


def _lift_cited(fused: np.ndarray, mask: np.ndarray, links: GuideLinks | None,
                gap: float) -> np.ndarray:
    """Raise each official record cited by a (masked-in) guide paragraph to at least that
    paragraph's score minus `gap` (vectorised: this runs on every query)."""
    if links is None or not len(links[0]):
        return fused
    sources, targets = links
    keep = mask[sources]
    lifted = fused.copy()
    np.maximum.at(lifted, targets[keep], fused[sources[keep]] - gap)
    return lifted


def rank_records(records: Sequence[Paragraph], dense: dict[str, np.ndarray],
                 lexical: np.ndarray | None, lang: str, mask: np.ndarray,
                 config: RankingConfig, groups: np.ndarray | None = None,
                 boost: np.ndarray | None = None, bridges: Sequence[np.ndarray] = (),
                 guide_links: GuideLinks | None = None,
                 guide: np.ndarray | None = None,
                 stats_mask: np.ndarray | None = None,
                 translated: dict[str, np.ndarray] | None = None) -> Ranked:
    """Fuse the sources into one order over the masked records.

    `groups` (record language per row) defaults to each record's `lang`; `boost` (z units)
    is added to the fused score, e.g. for the directory entry of a State the question names.
    `stats_mask` (default `mask`): the rows z-score statistics come from. `translated`: per
    model, the similarity of each record's English rendering (its own score where it has
    none), weighted by `config.translation_weight`.
    """
    if groups is None:
        groups = np.array([r.lang for r in records])
    lex_weight = config.lexical_weight.get(lang, 0.0)
    use_lexical = lexical is not None and lex_weight > 0 and bool(lexical[mask].any())
    if guide is None:
        guide = np.array([r.kind == "guide" for r in records], dtype=bool)
    if config.fusion == "zsum":
        mix = config.global_mix
        one_group = np.zeros_like(groups)  # z-scores over all records
        fused = sum(config.model_weights.get(name, 1.0)
                    * ((1 - mix) * standardise(s, mask, groups, stats_mask)
                       + (mix * standardise(s, mask, one_group, stats_mask) if mix else 0.0))
                    for name, s in dense.items())
        if use_lexical:
            fused = fused + lex_weight * standardise(lexical, mask, one_group, stats_mask)
        for bridge in bridges:
            if config.bridge_weight > 0 and bridge[mask].any():
                fused = fused + config.bridge_weight * standardise(bridge, mask, one_group,
                                                                  stats_mask)
        fused = _lift_cited(fused, mask, guide_links, config.guide_lift_gap)
        fused = np.where(guide, fused - config.guide_penalty, fused)
        for name, scores in (translated or {}).items():
            fused = fused + (config.translation_weight * config.model_weights.get(name, 1.0)
                             * standardise(scores, mask, one_group, stats_mask))
    else:
        rankings = [(ranks(s, mask), config.model_weights.get(name, 1.0))
                    for name, s in dense.items()]
        rankings += [(ranks(s, mask), config.translation_weight
                      * config.model_weights.get(name, 1.0))
                     for name, s in (translated or {}).items()]
        if use_lexical:
            # Records the lexical ranking does not match at all get no lexical vote.
            rankings.append((ranks(lexical, mask & (lexical > 0)), lex_weight))
        fused = rrf(rankings, config.rrf_k)
        fused = np.where(guide, fused * (1 - config.guide_penalty), fused)
        if boost is not None:
            boost = boost / config.rrf_k  # one z unit ~ one first-place vote
    if boost is not None:
        fused = fused + boost
    idx = np.flatnonzero(mask)
    order = idx[np.argsort(-fused[idx], kind="stable")]
    return Ranked(order=order, fused=fused, dense=dense)
