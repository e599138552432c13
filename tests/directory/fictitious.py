"""Fictitious directory fixtures in a temporary data dir (never published).

The State code is real (the reference check needs one) but every authority, address, e-mail
and source is obviously fictitious. CANARY marks a restricted authority that must never leave
the loader except to a caller holding a valid token.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CANARY = "CANARY-7f3e9b2a"
ISO3 = "ISL"

STATE_YAML = f"""\
iso3: {ISO3}
region: Western European and Others
names:
  ar: آيسلندا
  zh: 冰岛
  en: Iceland
  fr: Islande
  es: Islandia
  ru: Исландия
status:
  UNTOC:
  - signature: 2000-12-13
    consent: 2020-01-01
    consent_type: ratification
    source:
      url: https://example.invalid/status
      title: Fictitious test status source
      as_of: 2020-01-02
      reliability: test fixture
authorities:
- role: central_authority_mla
  instrument: UNTOC
  article: 18(13)
  name: Ministry of Examples
  address: 1 Example Street
  email: ca@example.invalid
  languages: [English]
  visibility: public
  source:
    url: https://example.invalid/notification
    title: Fictitious test notification
    as_of: 2020-02-02
    reliability: test fixture
- role: extradition
  name: Restricted Desk {CANARY}
  phone: +00 {CANARY}
  email: desk-{CANARY.lower()}@example.invalid
  notes: {CANARY} note
  visibility: restricted
  last_updated: 2030-03-03
  source:
    title: Fictitious restricted submission {CANARY}
    as_of: 2030-03-03
    reliability: test fixture {CANARY}
declarations: []
"""


def line_of(text: str, needle: str, start: int = 1) -> int:
    """1-based number of the first line at or after `start` that contains `needle`."""
    for number, line in enumerate(text.splitlines(), 1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in fixture")


def make_data_dir(base: Path, text: str = STATE_YAML, name: str = f"{ISO3}.yaml") -> Path:
    """<base>/data with reference/ (copied) and directory/<name>; returns the directory dir."""
    data = base / "data"
    (data / "directory").mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "data" / "reference", data / "reference", dirs_exist_ok=True)
    (data / "directory" / name).write_text(text, encoding="utf-8")
    return data / "directory"


