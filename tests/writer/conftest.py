"""Fixtures for the request writer: a complete fictitious request and a fictitious directory."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from assistant.writer.directory_info import StateInfo

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "data" / "examples" / "request-bank-witness.json"

# A directory of fictitious States (user-assigned ISO codes), never published.
TESTLAND_B = StateInfo(
    iso3="XTB",
    names={"zh": "测试国乙", "en": "Testland B", "fr": "Testland B", "es": "Testland B",
           "ru": "Тестландия Б", "ar": "تستلاند ب"},
    central_authorities=["Ministry of Justice of Testland B (fictitious)"],
    languages=["English", "French"],
    channels=["direct"],
    sources=["Fictitious notification"],
)
SILENTLAND = StateInfo(iso3="XSL", names={"en": "Silentland"})  # nothing on record


@pytest.fixture
def states() -> dict[str, StateInfo]:
    return {"XTB": TESTLAND_B, "XSL": SILENTLAND}


@pytest.fixture(scope="session")
def example_data() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def complete(example_data) -> dict:
    """The published example, addressed to a fictitious State: nothing missing, no warnings."""
    data = copy.deepcopy(example_data)
    data["requested_state"] = "XTB"
    return data
