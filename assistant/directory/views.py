"""What the directory returns (API, export): separate from what is stored.

`StatePublic` is built from public authorities only; `StateFull` adds restricted ones and is
returned only to a caller with a valid token. Routes pin these as response models, so a
field added to the stored model never reaches a client unless it is added here too.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from assistant.schemas.authority import (
    INSTRUMENTS,
    Authority,
    Declaration,
    SourceRef,
    StateEntry,
    StatusFact,
)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceOut(_Out):
    url: str | None
    title: str
    as_of: str  # date, partial date, or a note such as "2014 or later (...)"
    reliability: str


class StatusOut(_Out):
    signature: str | None
    consent: str | None
    consent_type: str | None
    party: bool
    as_of: str
    source: SourceOut


class NamesOut(_Out):
    ar: str
    zh: str
    en: str
    fr: str
    es: str
    ru: str


class AuthorityPublic(_Out):
    role: str
    instrument: str
    article: str | None
    name: str
    address: str | None
    phone: str | None
    fax: str | None
    email: str | None
    website: str | None
    hours: str | None
    time_zone: str | None
    languages: list[str]
    channels: list[str]
    legal_requirements: str | None
    notes: str | None
    text: str | None
    last_updated: str | None
    source: SourceOut


class AuthorityFull(AuthorityPublic):
    visibility: str


class DeclarationOut(_Out):
    instrument: str
    article: str | None
    kind: str
    languages: list[str]
    text: str
    text_lang: str
    source: SourceOut


class StatePublic(_Out):
    iso3: str
    names: NamesOut
    region: str | None
    status: dict[str, StatusOut]
    authorities: list[AuthorityPublic]
    declarations: list[DeclarationOut]
    last_updated: str | None
    url: str


class StateFull(StatePublic):
    authorities: list[AuthorityFull]  # type: ignore[assignment]


class DirectoryPublic(_Out):
    states: list[StatePublic]


class DirectoryFull(_Out):
    states: list[StateFull]


def _source(source: SourceRef) -> SourceOut:
    return SourceOut(url=source.url, title=source.title, as_of=source.as_of_label,
                     reliability=source.reliability)


def _status(fact: StatusFact) -> StatusOut:
    return StatusOut(
        signature=fact.signature.isoformat() if fact.signature else None,
        consent=fact.consent.isoformat() if fact.consent else None,
        consent_type=fact.consent_type, party=fact.is_party, as_of=fact.source.as_of_label,
        source=_source(fact.source))


def _authority_fields(a: Authority) -> dict:
    return dict(
        role=a.role, instrument=a.instrument, article=a.article, name=a.name, address=a.address,
        phone=a.phone, fax=a.fax, email=str(a.email) if a.email else None, website=a.website,
        hours=a.hours, time_zone=a.time_zone, languages=list(a.languages),
        channels=list(a.channels), legal_requirements=a.legal_requirements, notes=a.notes,
        text=a.text, last_updated=a.last_updated.isoformat() if a.last_updated else None,
        source=_source(a.source))


def _declaration(d: Declaration) -> DeclarationOut:
    return DeclarationOut(instrument=d.instrument, article=d.article, kind=d.kind,
                          languages=list(d.languages), text=d.text, text_lang=d.text_lang,
                          source=_source(d.source))


def _common(state: StateEntry, *, include_restricted: bool) -> dict:
    status = {}
    for instrument in INSTRUMENTS:
        current = state.current_status(instrument)
        if current:
            status[instrument] = _status(current)
    updated = state.last_updated(include_restricted=include_restricted)
    return dict(iso3=state.iso3, names=NamesOut(**state.names.model_dump()), region=state.region,
                status=status, declarations=[_declaration(d) for d in state.declarations],
                last_updated=updated.isoformat() if updated else None,
                url=f"/directory/{state.iso3.lower()}/")


def state_public(state: StateEntry) -> StatePublic:
    return StatePublic(**_common(state, include_restricted=False),
                       authorities=[AuthorityPublic(**_authority_fields(a))
                                    for a in state.public_authorities()])


def state_full(state: StateEntry) -> StateFull:
    return StateFull(**_common(state, include_restricted=True),
                     authorities=[AuthorityFull(**_authority_fields(a), visibility=a.visibility)
                                  for a in state.authorities])
