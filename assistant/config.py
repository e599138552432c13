"""Settings. Nothing is loaded at import time: call get_settings()."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

DEFAULT_MODEL = "e5-small-nano"  # see assistant.search.models


class Settings(BaseModel):
    root: Path
    data_dir: Path
    index_dir: Path
    site_dir: Path
    build_dir: Path  # staging area for generated site sources
    docs_dir: Path
    model: str = DEFAULT_MODEL
    tokens_file: Path | None = None  # hashed bearer tokens for restricted directory entries
    max_question_chars: int = 2000
    max_request_bytes: int = 200_000

    @property
    def corpus_path(self) -> Path:
        return self.index_dir / "corpus.jsonl"


def _root() -> Path:
    env = os.environ.get("UNTOC_KB_ROOT")
    return Path(env).resolve() if env else Path(__file__).resolve().parent.parent


def make_settings(root: Path | None = None, **overrides: object) -> Settings:
    root = (root or _root()).resolve()
    values: dict[str, object] = {
        "root": root,
        "data_dir": root / "data",
        "index_dir": root / "index",
        "site_dir": root / "site",
        "build_dir": root / "build",
        "docs_dir": root / "docs",
        "model": os.environ.get("UNTOC_KB_MODEL", DEFAULT_MODEL),
    }
    tokens = os.environ.get("UNTOC_KB_TOKENS_FILE")
    if tokens:
        values["tokens_file"] = Path(tokens)
    values.update(overrides)
    return Settings(**values)


@lru_cache
def get_settings() -> Settings:
    return make_settings()
