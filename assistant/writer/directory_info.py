"""What the writer needs to know about a requested State, from public directory entries only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.config import Settings
from assistant.schemas.authority import Directory, StateEntry


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    names: dict[str, str]
    central_authorities: list[str] = field(default_factory=list)  # art. 18(13), public only
    languages: list[str] = field(default_factory=list)  # English names, art. 18(14)
    channels: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # titles of the sources of central
    last_updated: date | None = None


def state_info(entry: StateEntry) -> StateInfo:
    central = [a for a in entry.public_authorities() if a.role == "central_authority_mla"
               and a.instrument == "UNTOC"]
    languages: list[str] = []
    for declaration in entry.declarations:
        if declaration.kind == "languages" and declaration.instrument == "UNTOC":
            languages += declaration.languages
    for authority in central:
        languages += authority.languages
    channels = sorted({c for a in central for c in a.channels})
    sources = [a.source.title for a in central]
    return StateInfo(
        iso3=entry.iso3,
        names=entry.names.model_dump(),
        central_authorities=[a.name for a in central],
        languages=list(dict.fromkeys(languages)),
        channels=channels,
        sources=list(dict.fromkeys(sources)),
        last_updated=entry.last_updated(),
    )


def state_infos(directory: Directory) -> dict[str, StateInfo]:
    return {entry.iso3: state_info(entry) for entry in directory.states}


def load_state_infos(settings: Settings) -> dict[str, StateInfo]:
    """Public facts of every State; empty when the project has no directory data."""
    from assistant.directory.load import load_directory

    path = settings.data_dir / "directory"
    if not path.is_dir():
        return {}
    return state_infos(load_directory(path))
