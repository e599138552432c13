"""The mutual legal assistance request: one schema for validation, rendering, API and form.

Every field has an empty default so an unfinished draft still parses; what is missing is
reported by ``assistant.writer.validate`` in the user's language instead of a 422. Structural
errors (unknown fields, unknown assistance types, oversized texts or lists) are rejected here.

Element letters follow UNTOC art. 18(15) (a)-(f); assistance types follow art. 18(3) (a)-(i).
"""

from __future__ import annotations

import re
from datetime import date as Date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

MAX_TEXT = 20_000  # characters in a free-text field
MAX_SHORT = 500  # characters in a name, phone number, reference ...
MAX_ITEMS = 50  # items in any list

LANGS = ("zh", "en", "fr", "es", "ru", "ar")  # same order as assistant.schemas.document
Lang = Literal["zh", "en", "fr", "es", "ru", "ar"]
# Characters XML 1.0 (hence DOCX) cannot hold: C0 controls other than tab/newline/CR, lone
# surrogates and non-characters. Pasted text sometimes carries them (form feeds from PDFs).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _printable(value: str) -> str:
    return _NOT_XML.sub("", value)


Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_printable)]
Short = Annotated[str, Field(max_length=MAX_SHORT), AfterValidator(_printable)]
# "" while drafting; otherwise an ISO 3166-1 alpha-3 code.
StateCode = Annotated[str, Field(pattern=r"^([A-Z]{3})?$", max_length=3)]
ShortList = Annotated[list[Short], Field(max_length=MAX_ITEMS)]

PersonRole = Literal["", "suspect", "accused", "witness", "victim", "expert", "account_holder",
                     "legal_person", "other"]
Stage = Literal["", "investigation", "prosecution", "judicial_proceeding"]
ServiceMethod = Literal["", "personal", "post", "any"]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Authority(_Part):
    """Art. 18(15)(a): the authority making the request."""

    name: Short = ""
    address: Text = ""
    contact_person: Short = ""
    phone: Short = ""
    email: Short = ""


class Proceeding(_Part):
    """Art. 18(15)(b): subject matter and nature, and the authority conducting it."""

    subject_matter: Text = ""
    stage: Stage = ""
    conducting_authority: Short = ""
    conducting_authority_functions: Text = ""
    case_reference: Short = ""


class Person(_Part):
    """Art. 18(15)(e): identity, location and nationality of a person concerned."""

    name: Short = ""
    role: PersonRole = ""
    nationality: Short = ""
    location: Text = ""
    date_of_birth: Date | None = None


class Offence(_Part):
    description: Short = ""
    provision: Text = ""  # the legal provision creating the offence
    penalty: Short = ""  # maximum penalty under that provision


class LegalBasis(_Part):
    convention_invoked: bool = False  # "Convention invoked as legal basis, art. 18"
    organized_crime_link: Text = ""  # transnational nature, organized criminal group (art. 18(1))
    other_instruments: Text = ""  # bilateral treaty, reciprocity ...


class Urgency(_Part):
    urgent: bool = False
    reason: Text = ""
    deadline: Date | None = None


class Contact(_Part):
    name: Short = ""
    function: Short = ""
    phone: Short = ""
    email: Short = ""
    languages: Short = ""


class Signatory(_Part):
    name: Short = ""
    title: Short = ""
    place: Short = ""


class Attachment(_Part):
    title: Short = ""
    description: Text = ""
    enclosed: bool = False


class _Assistance(_Part):
    procedure: Text = ""  # art. 18(15)(d), 18(17): particular procedure for this measure


class TakingEvidence(_Assistance):
    """Art. 18(3)(a)."""

    type: Literal["taking_evidence"]
    persons_to_hear: ShortList = Field(default_factory=list)
    questions: Text = ""
    oath: bool = False
    officials_present: bool = False
    videoconference: bool = False  # art. 18(18)


class ServiceOfDocuments(_Assistance):
    """Art. 18(3)(b)."""

    type: Literal["service_of_documents"]
    documents: Text = ""
    recipient: Short = ""
    address: Text = ""
    method: ServiceMethod = ""


class SearchSeizureFreezing(_Assistance):
    """Art. 18(3)(c)."""

    type: Literal["search_seizure_freezing"]
    premises: Text = ""
    location: Text = ""
    grounds: Text = ""
    items: Text = ""  # what to search for, seize or freeze


class ExaminingObjectsSites(_Assistance):
    """Art. 18(3)(d)."""

    type: Literal["examining_objects_sites"]
    object_or_site: Text = ""
    location: Text = ""
    examination: Text = ""


class InformationEvidenceExpert(_Assistance):
    """Art. 18(3)(e)."""

    type: Literal["information_evidence_expert"]
    information: Text = ""
    expert_evaluation: Text = ""


class Records(_Assistance):
    """Art. 18(3)(f): originals or certified copies, incl. bank and corporate records."""

    type: Literal["records"]
    institution: Short = ""
    account_holder: Short = ""
    account_numbers: ShortList = Field(default_factory=list)
    period_from: Date | None = None
    period_to: Date | None = None
    record_types: Text = ""
    certified_copies: bool = False


class TracingProceeds(_Assistance):
    """Art. 18(3)(g)."""

    type: Literal["tracing_proceeds"]
    property: Text = ""
    known_assets: Text = ""
    period_from: Date | None = None
    period_to: Date | None = None


class VoluntaryAppearance(_Assistance):
    """Art. 18(3)(h); safe conduct under art. 18(27)."""

    type: Literal["voluntary_appearance"]
    person: Short = ""
    purpose: Text = ""
    dates: Short = ""
    safe_conduct: Text = ""


class OtherAssistance(_Assistance):
    """Art. 18(3)(i)."""

    type: Literal["other"]
    description: Text = ""
    legal_basis_requested_state: Text = ""


Assistance = Annotated[
    TakingEvidence | ServiceOfDocuments | SearchSeizureFreezing | ExaminingObjectsSites
    | InformationEvidenceExpert | Records | TracingProceeds | VoluntaryAppearance
    | OtherAssistance,
    Field(discriminator="type"),
]

# type -> (model, letter of art. 18(3), fields that must not be empty)
ASSISTANCE_TYPES: dict[str, tuple[type[_Assistance], str, tuple[str, ...]]] = {
    "taking_evidence": (TakingEvidence, "a", ("persons_to_hear", "questions")),
    "service_of_documents": (ServiceOfDocuments, "b", ("documents", "recipient", "address")),
    "search_seizure_freezing": (SearchSeizureFreezing, "c",
                                ("premises", "location", "grounds", "items")),
    "examining_objects_sites": (ExaminingObjectsSites, "d",
                                ("object_or_site", "location", "examination")),
    "information_evidence_expert": (InformationEvidenceExpert, "e", ("information",)),
    "records": (Records, "f", ("institution", "account_holder", "record_types")),
    "tracing_proceeds": (TracingProceeds, "g", ("property",)),
    "voluntary_appearance": (VoluntaryAppearance, "h", ("person", "purpose", "dates")),
    "other": (OtherAssistance, "i", ("description",)),
}


class MlaRequest(_Part):
    """A request for mutual legal assistance under UNTOC art. 18."""

    schema_version: Literal[1] = 1
    reference: Short = ""
    date: Date | None = None
    language: Lang | None = None  # language the free text is written in
    requesting_state: StateCode = ""
    requesting_authority: Authority = Field(default_factory=Authority)  # (a)
    requested_state: StateCode = ""
    addressee: Text = ""  # used when the directory has no central authority on record
    proceeding: Proceeding = Field(default_factory=Proceeding)  # (b)
    facts_summary: Text = ""  # (c)
    offences: Annotated[list[Offence], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    legal_basis: LegalBasis = Field(default_factory=LegalBasis)
    assistance: Annotated[list[Assistance], Field(max_length=MAX_ITEMS)] = Field(
        default_factory=list)  # (d)
    procedure: Text = ""  # (d) procedure applying to the whole request
    persons: Annotated[list[Person], Field(max_length=MAX_ITEMS)] = Field(
        default_factory=list)  # (e)
    purpose: Text = ""  # (f)
    urgency: Urgency = Field(default_factory=Urgency)
    confidentiality: Text = ""  # art. 18(20)
    use_limitation: Text = ""  # art. 18(19)
    dual_criminality: Text = ""  # art. 18(9)
    contact: Contact = Field(default_factory=Contact)
    signatory: Signatory = Field(default_factory=Signatory)
    attachments: Annotated[list[Attachment], Field(max_length=MAX_ITEMS)] = Field(
        default_factory=list)


class Issue(BaseModel):
    """One finding of the validator. `field` is a JSON path into the request."""

    model_config = ConfigDict(extra="forbid")
    field: str
    message: str


class ValidationReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    missing: list[Issue] = Field(default_factory=list)
    warnings: list[Issue] = Field(default_factory=list)


def request_json_schema() -> dict:
    """The JSON schema published at GET /api/requests/schema and docs/assets/request.schema.json."""
    schema = MlaRequest.model_json_schema()
    schema["$id"] = "/api/requests/schema"
    return schema
