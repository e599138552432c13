"""When the assistant says the corpus does not answer.

A question is declined when its confidence stays below a threshold. Confidence is the best
(blended) similarity a model gives any official paragraph, plus a bonus per domain concept
the question names (assistant.search.glossary), minus a penalty when it names none. The
similarity alone does not separate "what does the Montreal Protocol require" from a real
question phrased far from the Chinese text (MUSE 0.26 against 0.21); the concepts do.

Calibrated on our questions (data/eval/questions.jsonl and questions_more.jsonl: 159
on-topic, 28 off-topic in six languages, football and recipes as well as other treaties and
legal-sounding questions): 1 false decline and 1 off-topic answered, against 3 and 7 with
the similarity threshold alone (0.30).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeclineRule:
    threshold: float = 0.34
    per_concept: float = 0.05
    max_concepts: int = 4  # more concepts are not more evidence
    no_concept_penalty: float = 0.04
    # A question that names a State and a domain concept ("central authority of Andorra") is
    # answered from the State's directory entry unless its confidence is very low (the tax
    # return deadline in Spain names a State and, through "declaración", a concept).
    state_floor: float = 0.25

    def confidence(self, best_similarity: float, concepts: int) -> float:
        bonus = self.per_concept * min(concepts, self.max_concepts)
        return best_similarity + bonus - (self.no_concept_penalty if concepts == 0 else 0.0)

    def declines(self, best_similarity: float, concepts: int, names_state: bool) -> bool:
        confidence = self.confidence(best_similarity, concepts)
        if names_state and concepts:
            return confidence < self.state_floor
        return confidence < self.threshold


# MUSE's similarities are comparable across question languages; e5's depend too much on the
# question's language to threshold.
DEFAULT_RULES = {"muse": DeclineRule()}
