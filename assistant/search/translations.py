"""English renderings of the Chinese paragraphs, embedded beside them for retrieval.

The multilingual encoders match an English, French, Spanish, Russian or Arabic question to a
Chinese paragraph only loosely; to its English rendering much more closely. Each model's
similarity to the renderings becomes one more ranking (RankingConfig.translation_weight) for
questions not in Chinese. On our questions (R@5 / MRR): 159 of ours 0.849 / 0.667 → 0.868 /
0.718; 56 written blind 0.857 / 0.710 → 0.911 / 0.796; the dev set unchanged at 0.923 / 0.77.
For Chinese questions it lowered the dev set's MRR (0.77 → 0.73), so they do not use it.

The renderings are never shown or cited (data/translations/README.md). One whose source
digest no longer matches its paragraph's text is ignored, and the build says how many.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import SourceError
from assistant.schemas.paragraph import Paragraph
from assistant.schemas.translation import Translation

TRANSLATIONS_FILE = Path("translations") / "en.jsonl"  # under the data directory


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def file_digest(path: Path) -> str:
    """sha256 of the renderings file ("" when absent): a changed file means a rebuild."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def read_translations(path: Path) -> list[Translation]:
    """Every line of `path` (none when it does not exist); a malformed line is a SourceError
    naming the file and line."""
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                out.append(Translation.model_validate_json(line))
            except ValidationError as exc:
                error = exc.errors()[0]
                field = ".".join(str(p) for p in error["loc"]) or None
                raise SourceError(path, number, error["msg"], field) from exc
    return out


def current_translations(translations: Sequence[Translation], records: Sequence[Paragraph]
                         ) -> tuple[list[int], list[str], int]:
    """(record rows, English texts) of the renderings that match their paragraph's current
    text, and how many were ignored (unknown id or changed text)."""
    rows_by_id = {r.id: i for i, r in enumerate(records)}
    rows, texts, ignored = [], [], 0
    for t in translations:
        row = rows_by_id.get(t.id)
        if row is None or text_digest(records[row].text) != t.zh_sha256:
            ignored += 1
            continue
        rows.append(row)
        texts.append(t.en)
    return rows, texts, ignored
