"""SearchService: one code path for `untoc-kb ask`, `untoc-kb eval` and the HTTP API."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.config import Settings
from assistant.errors import IndexMissing, UntocError
from assistant.schemas.api import (
    AskRequest,
    AskResponse,
    Citation,
    ParagraphOut,
    SearchResponse,
)
from assistant.schemas.paragraph import Paragraph
from assistant.search import store
from assistant.search.answer import Candidate, compose_answer, decline_message
from assistant.search.decline import DEFAULT_RULES, DeclineRule
from assistant.search.glossary import Glossary, GlossaryTerms
from assistant.search.index import passage_text, record_title
from assistant.search.large import (
    LARGE_ABOVE,
    Int8Vectors,
    LargeIndex,
    Sample,
    sentence_range,
)
from assistant.search.lexical import LexicalIndex, cjk_tokens, detect_lang, english_tokens
from assistant.search.memory import limit_malloc_arenas, release_freed_memory
from assistant.search.ranking import (
    GuideLinks,
    Ranked,
    RankingConfig,
    dense_scores,
    filter_mask,
    rank_records,
)
from assistant.search.states import named_states, state_mentions, state_names
from assistant.search.states import warm_up as warm_up_states

ANSWER_FROM = 3  # sentences for the answer come from the first citations only
RANK_PENALTY = 0.03  # similarity a sentence loses per rank of its record below the first
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")  # 1950–2049, not inside a number
# "decision 3/2", "résolution 9/1", "第 6/1 号决议": a session/number pair, and words that
# say which of the two kinds of COP act a question means.
_ACT_NUMBER = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2})(?![\d/])")
_ACT_WORDS = {"resolution": re.compile(r"r[ée]solu|резолюц|决议|قرار", re.IGNORECASE),
              "decision": re.compile(r"d[ée]cisi|решени|决定|مقرر", re.IGNORECASE)}
# A question that asks what a term means ("what counts as", "qu'entend-on par", "是指").
_ASKS_DEFINITION = re.compile(
    r"mean|defin|count as|counts as|considered|qualif|entend|signifi|considér|qu'est-ce|"
    r"se considera|qué es|определ|означа|понима|считает|что такое|是指|定义|指的是|什么是|系指|"
    r"视为|تعريف|يعرف|يقصد|يُقصد|يعتبر|يُعتبر|معنى", re.IGNORECASE)
_CITED_ACT = re.compile(r"\b(decision|resolution) (\d{1,2}/\d{1,2})\b")


class QuestionTooLong(UntocError, ValueError):
    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"the question is longer than {limit} characters")


def guide_links(records: Sequence[Paragraph]) -> GuideLinks:
    """(guide rows, cited rows): one pair per citation in a guide paragraph.

    Guide texts carry their citations as "(<human citation>)" (assistant.guides.load).
    """
    official = {f"({r.citation})": i for i, r in enumerate(records) if r.kind != "guide"}
    sources: list[int] = []
    targets: list[int] = []
    for i, rec in enumerate(records):
        if rec.kind == "guide":
            for cite, row in official.items():
                if cite in rec.text:
                    sources.append(i)
                    targets.append(row)
    return np.array(sources, dtype=np.int64), np.array(targets, dtype=np.int64)


@dataclass
class ModelIndex:
    embedder: object  # assistant.search.models.Embedder
    passages: np.ndarray | Int8Vectors  # (records, dim); Int8Vectors in a large index
    sentences: np.ndarray | Int8Vectors  # (sentences, dim)
    # (renderings, dim): English renderings of Chinese paragraphs (assistant.search.translations)
    translations: np.ndarray | None = None


@dataclass
class SearchService:
    settings: Settings
    records: list[Paragraph]
    models: dict[str, ModelIndex]
    sentence_rows: np.ndarray
    sentence_starts: np.ndarray
    sentence_ends: np.ndarray
    meta: store.IndexMeta
    config: RankingConfig = field(default_factory=RankingConfig)
    # The record row of each English rendering (rows of ModelIndex.translations).
    translation_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    # Above this many records, rank candidates only (assistant.search.large).
    large_above: int = LARGE_ABOVE
    # Per model; a question is declined when every model that has a rule declines it.
    decline_rules: dict[str, DeclineRule] = field(default_factory=lambda: dict(DEFAULT_RULES))

    def __post_init__(self) -> None:
        self.by_id = {r.id: i for i, r in enumerate(self.records)}
        self.langs = np.array([r.lang for r in self.records])
        # Integer codes: ranking standardises scores per record language on every query.
        self.lang_codes = np.unique(self.langs, return_inverse=True)[1]
        self.guides = np.array([r.kind == "guide" for r in self.records], dtype=bool)
        self.guide_links = guide_links(self.records)
        self.directory = np.array([r.kind == "directory" for r in self.records], dtype=bool)
        self.state_names = state_names(self.records)
        self.state_mentions = state_mentions(self.records, self.state_names)
        warm_up_states()
        self.year_rows = _year_rows(self.records)
        self.act_rows = _act_rows(self.records)
        # The treaties' "Use of terms" articles: each defines its terms in “quotes”.
        self.definition_rows = [row for row, rec in enumerate(self.records)
                                if rec.kind == "article" and rec.heading_path
                                and rec.heading_path[-1] == "Use of terms"]
        # Sentences are stored grouped by record, in record order: offsets[r]..offsets[r+1].
        self.sentence_offsets = np.searchsorted(self.sentence_rows,
                                                np.arange(len(self.records) + 1))
        self.large: LargeIndex | None = None
        if len(self.records) > self.large_above:
            quantised = {n: (Int8Vectors(m.passages), Int8Vectors(m.sentences))
                         for n, m in self.models.items()}
            self.large = LargeIndex.build({n: m.passages for n, m in self.models.items()},
                                          quantised, self.lang_codes, self.sentence_offsets)
            for name, model in self.models.items():
                model.passages, model.sentences = quantised[name]
        self.glossary = Glossary.load(self.settings.data_dir / "glossary.yaml")
        self.lexical = LexicalIndex([passage_text(r) for r in self.records], list(self.langs))
        release_freed_memory()

    # -- public API -----------------------------------------------------------------------
    def ask(self, request: AskRequest) -> AskResponse:
        question = request.question.strip()
        self.check_length(question)
        lang = detect_lang(question)
        mask = self._guides_in(lang, filter_mask(self.records, request.filters))
        concepts = self.glossary.concepts(question)
        terms = Glossary.terms_of(concepts)
        states = self._named_states(question)
        scored = self._score(question, lang, mask, terms, states)
        if scored is None or self._declines(scored, bool(states), len(concepts)):
            return AskResponse(answered=False, answer=decline_message(lang), citations=[])
        ranked, sentence_sims = scored
        rows = ranked.order[:request.k]
        citations = [self._citation(int(r), ranked) for r in rows]
        answer = compose_answer(self._candidates(rows[:ANSWER_FROM], ranked, sentence_sims))
        return AskResponse(answered=True, answer=answer, citations=citations)

    def search(self, query: str, k: int = 10) -> SearchResponse:
        query = query.strip()
        self.check_length(query)
        lang = detect_lang(query)
        scored = self._score(query, lang, self._guides_in(lang, filter_mask(self.records, None)),
                             Glossary.terms_of(self.glossary.concepts(query)),
                             self._named_states(query))
        if scored is None:
            return SearchResponse(query=query, results=[])
        ranked, _ = scored
        return SearchResponse(query=query,
                              results=[self._citation(int(r), ranked) for r in ranked.order[:k]])

    def paragraph(self, record_id: str) -> ParagraphOut | None:
        row = self.by_id.get(record_id)
        if row is None:
            return None
        return ParagraphOut.model_validate(self.records[row].model_dump())

    def check_length(self, question: str) -> None:
        if len(question) > self.settings.max_question_chars:
            raise QuestionTooLong(self.settings.max_question_chars)

    # -- internals ------------------------------------------------------------------------
    def _guides_in(self, lang: str, mask: np.ndarray) -> np.ndarray:
        """Keep guide paragraphs in the question's language only.

        Guides are translated into all six languages; without this one guide paragraph
        fills the top results six times over.
        """
        own = self.guides & (self.langs == lang)
        if not (own & mask).any():
            return mask
        return mask & (~self.guides | own)

    def _score(self, question: str, lang: str, mask: np.ndarray, terms: GlossaryTerms,
               states: list[int]) -> tuple[Ranked, dict[str, np.ndarray]] | None:
        if not mask.any():
            return None
        queries = {name: model.embedder.embed_queries([question])[0]
                   for name, model in self.models.items()}
        boost = self._boosts(question, states, terms)
        # Only where it votes (RankingConfig.lexical_weight).
        lexical = (self.lexical.scores(question, lang)
                   if self.config.lexical_weight.get(lang, 0.0) > 0 else None)
        bridges = self._bridges(terms, lang)
        rows, sampled = self._rows_to_score(queries, mask, boost, lexical, lang, bridges)
        # A large index ranks only `rows`; z-score statistics then come from its sample.
        ranked_mask, stats_mask = mask, None
        if rows is not None:
            ranked_mask = np.zeros_like(mask)
            ranked_mask[rows] = True
            if sampled is not None:
                stats_mask = sampled.mask & mask
        dense, sentence_sims = self._dense(queries, rows, sampled)
        ranked = rank_records(self.records, dense, lexical, lang, ranked_mask, self.config,
                              self.lang_codes, boost, bridges, self.guide_links, self.guides,
                              stats_mask, self._translated(queries, dense, lang, rows))
        return ranked, sentence_sims

    def _translated(self, queries: dict[str, np.ndarray], dense: dict[str, np.ndarray],
                    lang: str, rows: np.ndarray | None) -> dict[str, np.ndarray] | None:
        """Per model, each record's similarity through its English rendering, or its own dense
        score where it has none (or, in a large index, is not a candidate). Not for Chinese
        questions: they match the Chinese paragraphs themselves."""
        if lang == "zh" or not self.config.translation_weight or not len(self.translation_rows):
            return None
        keep = np.ones(len(self.translation_rows), dtype=bool)
        if rows is not None:
            keep = np.isin(self.translation_rows, rows)
        out = {}
        for name, model in self.models.items():
            if model.translations is None or name not in dense:
                continue
            scores = dense[name].copy()
            scores[self.translation_rows[keep]] = model.translations[keep] @ queries[name]
            out[name] = scores
        return out or None

    def _rows_to_score(self, queries: dict[str, np.ndarray], mask: np.ndarray,
                       boost: np.ndarray | None, lexical: np.ndarray | None, lang: str,
                       bridges: list[np.ndarray]) -> tuple[np.ndarray | None, Sample | None]:
        """The rows to rank (None: every row), and the sample z-scores are estimated from
        (None: the ranked rows themselves).

        A large index whose filters leave few records ranks exactly those; otherwise its
        candidates, with statistics from its sample (assistant.search.large)."""
        if self.large is None:
            return None, None
        if mask.sum() <= self.large.exact_limit:
            return np.flatnonzero(mask), None
        rankings = bridges if lexical is None else [*bridges, lexical]
        rows = self.large.candidate_rows(queries, mask, boost, rankings, self.guide_links)
        return rows, self.large.sample

    def _dense(self, queries: dict[str, np.ndarray], rows: np.ndarray | None,
               sample: Sample | None) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """Each model's blended passage/sentence score per record, and its similarity per
        sentence. With `rows` (and a `sample`), only those records are scored: the rest
        score -1, below any cosine similarity (answers come from cited records, which are
        scored)."""
        dense: dict[str, np.ndarray] = {}
        sentence_sims: dict[str, np.ndarray] = {}
        if rows is None:
            for name, model in self.models.items():
                sentence_sims[name] = model.sentences @ queries[name]
                dense[name] = dense_scores(model.passages @ queries[name], sentence_sims[name],
                                           self.sentence_rows, self.config.sentence_weight)
            return dense, sentence_sims
        sentences = sentence_range(self.sentence_offsets, rows)
        if sample is None:
            scored = sentences
        else:
            scored = np.zeros(len(self.sentence_rows), dtype=bool)
            scored[sentences] = True
            scored[sample.sentences] = True
            scored = np.flatnonzero(scored)
        for name, model in self.models.items():
            q = queries[name]
            passage_sims = np.full(len(self.records), -1.0, np.float32)
            sims = np.full(len(self.sentence_rows), -1.0, np.float32)
            if sample is not None:
                passage_sims[sample.rows] = sample.passage_vectors[name] @ q
                sims[sample.sentences] = sample.sentence_vectors[name] @ q
            passage_sims[rows] = model.passages.dot(rows, q)
            sims[sentences] = model.sentences.dot(sentences, q)
            sentence_sims[name] = sims
            dense[name] = dense_scores(passage_sims, sims[scored], self.sentence_rows[scored],
                                       self.config.sentence_weight)
        return dense, sentence_sims

    def _bridges(self, terms: GlossaryTerms, lang: str) -> list[np.ndarray]:
        """Lexical rankings reached through the glossary: the Chinese documents for a
        non-Chinese question, the English treaties for a Chinese one. (Bridging French,
        Spanish, Russian or Arabic questions to the English treaties as well lowered
        Recall@5 on our questions: it pulled them away from the COP paragraphs.)"""
        zh_terms, en_terms = terms
        bridges = []
        if lang != "zh" and zh_terms:
            bridges.append(self.lexical.cjk.scores(cjk_tokens(" ".join(zh_terms))))
        if lang == "zh" and en_terms:
            bridges.append(self.lexical.english.scores(english_tokens(" ".join(en_terms))))
        # Directory entries carry every role label in six languages: a bridged term would
        # match all of them alike. They are reached by the State's name instead.
        return [np.where(self.directory, 0.0, b) for b in bridges]

    def _boosts(self, question: str, states: list[int], terms: GlossaryTerms
                ) -> np.ndarray | None:
        """State, year and COP-act boosts together (z units), or None when none applies."""
        parts = [b for b in (self._state_boost(states), self._year_boost(question),
                             self._act_boost(question), self._definition_boost(question, terms))
                 if b is not None]
        return sum(parts[1:], parts[0]) if parts else None

    def _definition_boost(self, question: str, terms: GlossaryTerms) -> np.ndarray | None:
        """Lift the "Use of terms" article that defines a term the question asks the meaning
        of ("Who counts as a child under the Trafficking Protocol?")."""
        en_terms = [t.casefold() for t in terms[1]]
        if not en_terms or not self.config.definition_boost or not _ASKS_DEFINITION.search(
                question):
            return None
        rows = [row for row in self.definition_rows
                if any(f"“{t}" in self.records[row].text.casefold() for t in en_terms)]
        return self._lift(rows, self.config.definition_boost)

    def _act_boost(self, question: str) -> np.ndarray | None:
        """Lift the paragraphs of a decision or resolution the question names by number
        ("resolution 6/1", "第 9/2 号决议"); a question that names neither kind lifts both."""
        numbers = set(_ACT_NUMBER.findall(question))
        if not numbers or not self.config.act_boost:
            return None
        kinds = {k for k, words in _ACT_WORDS.items() if words.search(question)} or set(_ACT_WORDS)
        rows = [row for kind in kinds for n in numbers for row in self.act_rows.get((kind, n), ())]
        return self._lift(rows, self.config.act_boost)

    def _year_boost(self, question: str) -> np.ndarray | None:
        """Lift the records that mention a year the question names ("by July 2004", "in
        2006"): on our questions +1 hit in 159, no loss."""
        years = set(_YEAR.findall(question))
        if not years or not self.config.year_boost:
            return None
        rows = [row for y in years for row in self.year_rows.get(y, ())]
        return self._lift(rows, self.config.year_boost)

    def _lift(self, rows: list[int], value: float) -> np.ndarray | None:
        """`value` z units for `rows`, 0 elsewhere; None when no row is lifted."""
        if not rows:
            return None
        boost = np.zeros(len(self.records))
        boost[rows] = value
        return boost

    def _named_states(self, question: str) -> list[int]:
        """Directory rows of the States the question names (in any language)."""
        return named_states(question, self.state_names)

    def _state_boost(self, states: list[int]) -> np.ndarray | None:
        """Lift the directory entry of each named State, and the records that name it."""
        if not states or not self.config.state_boost:
            return None
        boost = np.zeros(len(self.records))
        for row in states:
            boost[self.state_mentions[row]] = self.config.state_mention_boost
        boost[states] = self.config.state_boost
        return boost

    def _declines(self, scored: tuple[Ranked, dict[str, np.ndarray]], names_state: bool,
                  concepts: int) -> bool:
        """Every model with a decline rule declines (assistant.search.decline). Directory
        entries do not count towards the best similarity: they are reached by naming a State."""
        ranked, _ = scored
        if not len(ranked.order):
            return True
        judged = [name for name in ranked.dense if name in self.decline_rules]
        if not judged:
            return False
        official = ranked.order[~self.directory[ranked.order]]
        rows = official if len(official) else ranked.order
        return all(self.decline_rules[n].declines(float(ranked.dense[n][rows].max()),
                                                  concepts, names_state)
                   for n in judged)

    def _citation(self, row: int, ranked: Ranked) -> Citation:
        rec = self.records[row]
        return Citation(id=rec.id, citation=rec.citation, document=rec.document,
                        title=record_title(rec) or rec.citation, text=rec.text, url=rec.url,
                        score=round(float(ranked.fused[row]), 6), kind=rec.kind,
                        lang=rec.lang)

    def _candidates(self, rows: Sequence[int], ranked: Ranked,
                    sentence_sims: dict[str, np.ndarray]) -> list[Candidate]:
        """Sentences of the first cited records, scored by mean similarity over the models.

        A sentence loses RANK_PENALTY per place its record stands below the first citation,
        so near-identical sentences of lower-ranked records (directory entries share one
        template) do not crowd out the best record.
        """
        out: list[Candidate] = []
        names = list(self.models)
        for pos, row in enumerate(rows):
            rec = self.records[int(row)]
            sent_idx = range(self.sentence_offsets[row], self.sentence_offsets[row + 1])
            if len(sent_idx) == 0:
                score = float(np.mean([ranked.dense[n][row] for n in names]))
                out.append(Candidate(pos, 0, rec.text.strip(), score - RANK_PENALTY * pos))
                continue
            for j in sent_idx:
                s, e = int(self.sentence_starts[j]), int(self.sentence_ends[j])
                score = float(np.mean([sentence_sims[n][j] for n in names]))
                out.append(Candidate(pos, s, rec.text[s:e], score - RANK_PENALTY * pos))
        return out


def _year_rows(records: Sequence[Paragraph]) -> dict[str, list[int]]:
    """Year → rows of the official records whose heading path or text mention it."""
    out: dict[str, list[int]] = {}
    for row, rec in enumerate(records):
        if rec.kind in ("directory", "guide"):
            continue
        for year in set(_YEAR.findall(" ".join(rec.heading_path) + " " + rec.text)):
            out.setdefault(year, []).append(row)
    return out


def _act_rows(records: Sequence[Paragraph]) -> dict[tuple[str, str], list[int]]:
    """("resolution", "9/1") → rows of the official records that belong to that act."""
    out: dict[tuple[str, str], list[int]] = {}
    for row, rec in enumerate(records):
        if rec.kind in ("directory", "guide"):
            continue
        found = _CITED_ACT.search(rec.citation)
        if found:
            out.setdefault((found[1], found[2]), []).append(row)
    return out


def _single_thread_queries() -> None:
    """One query embeds one short text: thread pools only add hand-off cost, and under
    concurrent requests on 2 cores they multiply it (measured by scripts/bench: /api/ask p95
    1193 ms with 2 torch + 2 BLAS threads, 49 ms with one of each)."""
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    threadpool_limits(limits=1)


def load_service(settings: Settings, *, embedders: dict[str, object] | None = None
                 ) -> SearchService:
    """Load the corpus, the vectors and the models named in index/index_meta.json.

    `embedders` (name → loaded embedder) replaces loading by name; tests pass fakes.
    """
    from assistant.corpus import read_corpus

    limit_malloc_arenas()  # before the models' and the server's threads allocate
    index_dir = settings.index_dir
    meta = store.read_meta(index_dir)
    if meta is None or not settings.corpus_path.exists():
        raise IndexMissing(index_dir)
    records = read_corpus(settings.corpus_path)
    if len(records) != meta.records:
        raise UntocError(f"{index_dir}: corpus has {len(records)} records but the index "
                         f"{meta.records}; run `untoc-kb build` again")
    needed = [index_dir / store.SENTENCES_FILE] + [
        index_dir / f"{m.slug}{part}.faiss" for m in meta.models for part in ("", ".sentences")]
    if not all(path.exists() for path in needed):
        raise IndexMissing(index_dir)
    rows, starts, ends = store.read_sentences(index_dir / store.SENTENCES_FILE)
    models: dict[str, ModelIndex] = {}
    for m in meta.models:
        if embedders and m.name in embedders:
            embedder = embedders[m.name]
        else:
            from assistant.search.models import load_embedder

            embedder = load_embedder(m.name, query_prefix=m.query_prefix,
                                     passage_prefix=m.passage_prefix)
        translated = index_dir / f"{m.slug}.translations.faiss"
        models[m.name] = ModelIndex(
            embedder=embedder,
            passages=store.read_vectors(index_dir / f"{m.slug}.faiss"),
            sentences=store.read_vectors(index_dir / f"{m.slug}.sentences.faiss"),
            translations=store.read_vectors(translated) if translated.exists() else None)
    _single_thread_queries()
    return SearchService(settings=settings, records=records, models=models, sentence_rows=rows,
                         sentence_starts=starts, sentence_ends=ends, meta=meta,
                         translation_rows=store.read_rows(index_dir / store.TRANSLATION_ROWS_FILE))
