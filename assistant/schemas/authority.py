"""Directory of competent national authorities: what is stored (data/directory/<ISO3>.yaml).

Every fact carries a `source` (url, title, as-of, reliability). Authorities are `public` or
`restricted`; restricted ones are for States' own submissions and are never published.
What the API returns is modelled separately (assistant.directory.api_models) so a restricted
field cannot leak through a stored model by accident.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

Instrument = Literal["UNTOC", "TIP", "SOM", "FIREARMS"]
INSTRUMENTS: tuple[Instrument, ...] = ("UNTOC", "TIP", "SOM", "FIREARMS")
Region = Literal[
    "African",
    "Asia-Pacific",
    "Eastern European",
    "Latin American and Caribbean",
    "Western European and Others",
]
REGIONS: tuple[str, ...] = Region.__args__  # type: ignore[attr-defined]
Role = Literal[
    "central_authority_mla",  # UNTOC art. 18(13)
    "extradition",  # UNTOC art. 16
    "transfer_sentenced",  # UNTOC art. 17
    "som_authority",  # Smuggling of Migrants Protocol art. 8(6)
    "firearms_contact",  # Firearms Protocol art. 13(2)
    "other",
]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
ROLE_ARTICLE: dict[str, tuple[str, str] | None] = {
    "central_authority_mla": ("UNTOC", "18(13)"),
    "extradition": ("UNTOC", "16"),
    "transfer_sentenced": ("UNTOC", "17"),
    "som_authority": ("SOM", "8(6)"),
    "firearms_contact": ("FIREARMS", "13(2)"),
    "other": None,
}
DeclarationKind = Literal[
    "languages",  # UNTOC art. 18(14)
    "extradition_treaty_basis",  # UNTOC art. 16(5)
    "designation",  # a designation whose authority name could not be read
    "other",
]
ConsentType = Literal["ratification", "accession", "acceptance", "approval", "succession"]
Channel = Literal["diplomatic", "direct", "interpol"]
Visibility = Literal["public", "restricted"]

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_partial_date(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date."""
    if not _PARTIAL_DATE.match(value):
        raise ValueError("expected a date YYYY-MM-DD (or YYYY-MM, YYYY when only that is known)")
    parts = [int(p) for p in value.split("-")]
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return value


PartialDate = Annotated[str, AfterValidator(_check_partial_date)]

# RFC 2606 / 6761 names reserved for examples and tests: accepted so that fixtures and the
# submission template can use addresses such as ca@example.invalid that can never be real.
_EXAMPLE_TLDS = ("invalid", "example", "test")


def _check_email(value: str) -> str:
    """A syntactically valid address (no DNS lookup); reserved example domains allowed."""
    from email_validator import EmailNotValidError, validate_email

    local, at, domain = value.rpartition("@")
    probe = value
    if at and "." in domain and domain.lower().rsplit(".", 1)[-1] in _EXAMPLE_TLDS:
        probe = f"{local}@{domain.rsplit('.', 1)[0]}.org"
    try:
        validate_email(probe, check_deliverability=False)
    except EmailNotValidError as err:
        raise ValueError(f"not a valid email address: {err}") from None
    return value


Email = Annotated[str, AfterValidator(_check_email)]


def partial_to_date(value: str) -> date:
    """Earliest day a partial date can mean (for sorting only)."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SourceRef(_Strict):
    """Where a fact was read, how recent it is and how far it can be trusted."""

    url: str | None = None  # None only for a State's own submission without a public page
    title: str
    as_of: PartialDate | None = None
    as_of_note: str | None = None  # shown when the date is missing or needs a caveat
    not_before: date | None = None  # lower bound when as_of is unknown (ordering only)
    reliability: str

    @field_validator("url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("source url must start with http:// or https://")
        return value

    @model_validator(mode="after")
    def _dated(self) -> SourceRef:
        if self.as_of is None and not self.as_of_note:
            raise ValueError("a source needs as_of or as_of_note (say why the date is unknown)")
        return self

    @property
    def sort_date(self) -> date | None:
        if self.as_of:
            return partial_to_date(self.as_of)
        return self.not_before

    @property
    def as_of_label(self) -> str:
        return self.as_of or self.as_of_note or ""


class StatusFact(_Strict):
    """One dated reading of a State's status for one instrument."""

    signature: date | None = None
    consent: date | None = None
    consent_type: ConsentType | None = None  # None with a consent date: type not in source
    source: SourceRef

    @model_validator(mode="after")
    def _consistent(self) -> StatusFact:
        if self.consent_type and not self.consent:
            raise ValueError("consent_type given without a consent date")
        return self

    @property
    def is_party(self) -> bool:
        return self.consent is not None


class Link(_Strict):
    title: str
    url: str


class Authority(_Strict):
    role: Role
    instrument: Instrument = "UNTOC"
    article: str | None = None  # as cited, e.g. "18(13)"; None when the source cites none
    name: str  # exactly as written in the source
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: Email | None = None
    website: str | None = None
    hours: str | None = None
    time_zone: str | None = None
    languages: list[str] = Field(default_factory=list)  # languages accepted, English names
    channels: list[Channel] = Field(default_factory=list)
    legal_requirements: str | None = None
    laws: list[Link] = Field(default_factory=list)
    treaties: list[Link] = Field(default_factory=list)
    notes: str | None = None
    text: str | None = None  # verbatim excerpt of the designation
    text_lang: str | None = None  # language of `text` (BCP 47)
    visibility: Visibility
    last_updated: date | None = None
    source: SourceRef

    @property
    def sort_date(self) -> date | None:
        dates = [d for d in (self.last_updated, self.source.sort_date) if d]
        return max(dates) if dates else None


class Declaration(_Strict):
    """A State-level declaration or notification, kept verbatim in its original language."""

    instrument: Instrument
    article: str | None = None
    kind: DeclarationKind
    languages: list[str] = Field(default_factory=list)
    text: str
    text_lang: str = "en"
    note: str | None = None
    source: SourceRef


class StateNames(_Strict):
    ar: str
    zh: str
    en: str
    fr: str
    es: str
    ru: str


class StateEntry(_Strict):
    iso3: str
    region: Region | None = None
    region_note: str | None = None
    names: StateNames
    aliases: list[str] = Field(default_factory=list)
    status: dict[Instrument, list[StatusFact]] = Field(default_factory=dict)
    authorities: list[Authority] = Field(default_factory=list)
    declarations: list[Declaration] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("iso3")
    @classmethod
    def _iso3(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}", value):
            raise ValueError("iso3 must be three capital letters, e.g. LSO")
        return value

    def current_status(self, instrument: str) -> StatusFact | None:
        """The newest status fact for an instrument (by as-of)."""
        facts = self.status.get(instrument, [])  # type: ignore[call-overload]
        if not facts:
            return None
        return max(facts, key=lambda f: (f.source.sort_date or date.min))

    def public_authorities(self) -> list[Authority]:
        return [a for a in self.authorities if a.visibility == "public"]

    def last_updated(self, *, include_restricted: bool = False) -> date | None:
        dates: list[date] = []
        for facts in self.status.values():
            dates += [f.source.sort_date for f in facts if f.source.sort_date]
        authorities = self.authorities if include_restricted else self.public_authorities()
        dates += [a.sort_date for a in authorities if a.sort_date]
        dates += [d.source.sort_date for d in self.declarations if d.source.sort_date]
        return max(dates) if dates else None


class Directory(BaseModel):
    model_config = ConfigDict(extra="forbid")
    states: list[StateEntry]

    def get(self, iso3: str) -> StateEntry | None:
        iso3 = iso3.upper()
        return next((s for s in self.states if s.iso3 == iso3), None)
