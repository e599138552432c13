"""`untoc-kb eval FILE.jsonl`: retrieval quality of the assistant on a question set.

Each line: {"id", "lang", "question", "gold": [snippets]}. A citation hits when its text, with
all whitespace removed, contains one of the gold snippets (whitespace removed). An empty gold
list means the question is off-topic and must be declined. Questions go through the same
SearchService.ask as the CLI and the API; a declined on-topic question counts as a miss.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.config import Settings
from assistant.errors import SourceError
from assistant.schemas.api import AskRequest, AskResponse

_SPACE = re.compile(r"\s+")


class EvalQuestion(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    lang: str
    question: str = Field(min_length=1)
    gold: list[str]


class QuestionResult(BaseModel):
    id: str
    lang: str
    rank: int | None  # 1-based rank of the first hit within k; None if no hit
    answered: bool
    off_topic: bool
    top: list[str]  # ids of the citations returned
    seconds: float


class EvalReport(BaseModel):
    k: int
    questions: int
    on_topic: int
    recall_at_1: float
    recall_at_k: float
    mrr: float
    recall_at_k_by_lang: dict[str, float]
    questions_by_lang: dict[str, int]
    off_topic: int
    off_topic_declined: int
    false_declines: int
    mean_seconds: float
    p95_seconds: float
    results: list[QuestionResult]

    def render(self) -> str:
        lines = [
            f"questions: {self.questions} ({self.on_topic} on-topic, {self.off_topic} off-topic)",
            f"Recall@1: {self.recall_at_1:.3f}",
            f"Recall@{self.k}: {self.recall_at_k:.3f}",
            f"MRR@{self.k}: {self.mrr:.3f}",
            f"Recall@{self.k} by language:",
        ]
        for lang, value in sorted(self.recall_at_k_by_lang.items()):
            lines.append(f"  {lang}: {value:.3f} (n={self.questions_by_lang[lang]})")
        lines += [
            f"off-topic declined: {self.off_topic_declined}/{self.off_topic}",
            f"false declines (on-topic declined): {self.false_declines}/{self.on_topic}",
            f"latency per question: mean {self.mean_seconds * 1000:.0f} ms, "
            f"p95 {self.p95_seconds * 1000:.0f} ms",
        ]
        misses = [r.id for r in self.results if not r.off_topic and r.rank is None]
        if misses:
            lines.append("missed: " + ", ".join(misses))
        wrong = [r.id for r in self.results if r.off_topic and r.answered]
        if wrong:
            lines.append("off-topic answered: " + ", ".join(wrong))
        return "\n".join(lines)


def read_questions(path: Path) -> list[EvalQuestion]:
    questions = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            questions.append(EvalQuestion.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise SourceError(path, n, f"not a question record: {exc}") from exc
    return questions


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def hit_rank(response: AskResponse, gold: list[str]) -> int | None:
    snippets = [_squash(g) for g in gold if _squash(g)]
    for rank, citation in enumerate(response.citations, 1):
        text = _squash(citation.text)
        if any(s in text for s in snippets):
            return rank
    return None


def score(results: list[QuestionResult], k: int) -> EvalReport:
    on = [r for r in results if not r.off_topic]
    off = [r for r in results if r.off_topic]
    by_lang: dict[str, list[QuestionResult]] = defaultdict(list)
    for r in on:
        by_lang[r.lang].append(r)

    def recall(items: list[QuestionResult], at: int) -> float:
        hits = sum(r.rank is not None and r.rank <= at for r in items)
        return hits / len(items) if items else 0.0

    times = sorted(r.seconds for r in results) or [0.0]
    return EvalReport(
        k=k, questions=len(results), on_topic=len(on),
        recall_at_1=recall(on, 1), recall_at_k=recall(on, k),
        mrr=sum(1 / r.rank for r in on if r.rank) / len(on) if on else 0.0,
        recall_at_k_by_lang={lang: recall(items, k) for lang, items in by_lang.items()},
        questions_by_lang={lang: len(items) for lang, items in by_lang.items()},
        off_topic=len(off), off_topic_declined=sum(not r.answered for r in off),
        false_declines=sum(not r.answered for r in on),
        mean_seconds=sum(times) / len(times),
        p95_seconds=times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))],
        results=results)


def evaluate_service(service, questions: list[EvalQuestion], k: int) -> EvalReport:
    results = []
    for q in questions:
        start = time.perf_counter()
        response = service.ask(AskRequest(question=q.question, k=k))
        elapsed = time.perf_counter() - start
        results.append(QuestionResult(
            id=q.id, lang=q.lang, rank=hit_rank(response, q.gold) if q.gold else None,
            answered=response.answered, off_topic=not q.gold,
            top=[c.id for c in response.citations], seconds=elapsed))
    return score(results, k)


def run_eval(settings: Settings, path: Path, k: int = 5) -> EvalReport:
    from assistant.search.service import load_service

    questions = read_questions(path)
    return evaluate_service(load_service(settings), questions, k)
