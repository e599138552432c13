"""Read and write index/corpus.jsonl, with the checks every build makes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from assistant.errors import IndexMissing, UntocError
from assistant.schemas.paragraph import Paragraph


def check_unique_ids(records: Iterable[Paragraph]) -> None:
    seen: set[str] = set()
    for rec in records:
        if rec.id in seen:
            raise UntocError(f"duplicate record id {rec.id!r} (document {rec.document})")
        seen.add(rec.id)


def write_corpus(path: Path, records: list[Paragraph]) -> None:
    check_unique_ids(records)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(rec.model_dump_json(exclude_defaults=False) + "\n")


def read_corpus(path: Path) -> list[Paragraph]:
    if not path.exists():
        raise IndexMissing(path.parent)
    with path.open(encoding="utf-8") as fh:
        return [Paragraph.model_validate_json(line) for line in fh if line.strip()]
