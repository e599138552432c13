"""Records for the mkdocs hook. build_site fills this in before running mkdocs; a plain
`mkdocs build` falls back to the built corpus (index/corpus.jsonl)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from assistant.schemas.paragraph import Paragraph

_records: dict[str, Paragraph] | None = None
_docs_dir: Path | None = None  # hand-written sources, to name them in error messages
_staging: Path | None = None


def set_state(records: Mapping[str, Paragraph], docs_dir: Path, staging: Path) -> None:
    global _records, _docs_dir, _staging
    _records, _docs_dir, _staging = dict(records), docs_dir, staging


def clear_state() -> None:
    global _records, _docs_dir, _staging
    _records = _docs_dir = _staging = None


def records() -> dict[str, Paragraph]:
    global _records
    if _records is None:
        from assistant.config import get_settings
        from assistant.corpus import read_corpus

        path = get_settings().corpus_path
        _records = {p.id: p for p in read_corpus(path)} if path.exists() else {}
    return _records


def source_path(abs_src: str) -> str:
    """The hand-written file a staged page was copied from (for error messages)."""
    path = Path(abs_src)
    if _docs_dir is not None and _staging is not None:
        try:
            original = _docs_dir / path.relative_to(_staging)
        except ValueError:
            return abs_src
        if original.is_file():
            return str(original)
    return abs_src
