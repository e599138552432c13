"""Extractive answers: the sentences of the cited paragraphs that best match the question.

An answer only ever contains slices of the cited texts, each followed by the marker [n] of
the citation it comes from; when nothing answers, a short message in the question's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DECLINE_MESSAGES = {
    "zh": "语料库中没有能够回答这个问题的段落。",
    "en": "Nothing in the corpus answers this question.",
    "fr": "Aucun passage du corpus ne répond à cette question.",
    "es": "Ningún pasaje del corpus responde a esta pregunta.",
    "ru": "В корпусе нет фрагментов, отвечающих на этот вопрос.",
    "ar": "لا يوجد في المجموعة أي نص يجيب عن هذا السؤال.",
}


def decline_message(lang: str) -> str:
    return DECLINE_MESSAGES.get(lang, DECLINE_MESSAGES["en"])


@dataclass(frozen=True)
class Candidate:
    citation: int  # 0-based index into the response's citations
    start: int  # offset in the cited text (keeps reading order)
    text: str  # an exact slice of the cited text
    score: float  # similarity to the question (higher is better)


def compose_answer(candidates: Sequence[Candidate], *, max_sentences: int = 3,
                   margin: float = 0.04) -> str:
    """Best sentence, plus up to two more within `margin` of it, each with its marker.

    Sentences are printed in citation order, then reading order, so that an answer drawn
    from one paragraph reads as that paragraph does.
    """
    usable = [c for c in candidates if c.text.strip()]
    if not usable:
        return ""
    usable.sort(key=lambda c: -c.score)
    best = usable[0].score
    chosen = [c for c in usable[:max_sentences] if c.score >= best - margin]
    seen: set[tuple[int, str]] = set()
    parts = []
    for c in sorted(chosen, key=lambda c: (c.citation, c.start)):
        if (c.citation, c.text) in seen:
            continue
        seen.add((c.citation, c.text))
        parts.append(f"{c.text.strip()} [{c.citation + 1}]")
    return " ".join(parts)
