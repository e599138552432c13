"""State names (UN terminology table in data/reference/) and language names (CLDR via babel)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale

from assistant.errors import SourceError

LANGS = ("zh", "en", "fr", "es", "ru", "ar")
REFERENCE_FILE = "un_country_names_6lang.csv"

# English language names used in the sources → CLDR codes, for translated display.
LANGUAGE_CODES = {
    "English": "en", "French": "fr", "Spanish": "es", "Russian": "ru", "Arabic": "ar",
    "Chinese": "zh", "Latvian": "lv", "Lithuanian": "lt", "Slovenian": "sl",
    "Macedonian": "mk", "Ukrainian": "uk", "Moldovan": "ro_MD", "Romanian": "ro",
    "German": "de", "Portuguese": "pt", "Italian": "it", "Dutch": "nl",
}


@dataclass(frozen=True)
class ReferenceState:
    iso3: str
    status: str  # member / observer / ...
    display: dict[str, str]
    short: dict[str, str]
    formal: dict[str, str]


@lru_cache(maxsize=8)
def _load_reference(path: Path) -> dict[str, ReferenceState]:
    if not path.exists():
        raise SourceError(path, None, "reference table of State names not found", "iso3")
    table: dict[str, ReferenceState] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table[row["iso3"]] = ReferenceState(
                iso3=row["iso3"], status=row["status"],
                display={lang: row[f"display_{lang}"] for lang in LANGS},
                short={lang: row[f"short_{lang}"] for lang in LANGS},
                formal={lang: row[f"formal_{lang}"] for lang in LANGS},
            )
    return table


def reference_path(data_dir: Path) -> Path:
    return data_dir / "reference" / REFERENCE_FILE


def load_reference(path: Path) -> dict[str, ReferenceState]:
    return _load_reference(path.resolve())


def chinese_name_index(reference: dict[str, ReferenceState],
                       aliases_file: Path | None = None) -> dict[str, str]:
    """Chinese State name (display, short, formal, or a historical alias) → ISO3."""
    index: dict[str, str] = {}
    for state in reference.values():
        for name in (state.display["zh"], state.short["zh"], state.formal["zh"]):
            index[normalise(name)] = state.iso3
    if aliases_file and aliases_file.exists():
        for alias in load_aliases(aliases_file):
            if alias.get("iso3"):
                index[normalise(alias["name"])] = alias["iso3"]
    return index


def load_aliases(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("aliases", []))


def normalise(name: str) -> str:
    return "".join(name.split())


def language_name(name: str, lang: str) -> str:
    """A language named in English in the sources, shown in the page language."""
    code = LANGUAGE_CODES.get(name)
    if not code:
        return name
    try:
        shown = Locale.parse(lang).languages.get(code)
    except (ValueError, LookupError):
        return name
    return shown or name
