"""The request as a language-specific outline: numbered sections of labelled values.

Both renderers (DOCX and Markdown) walk the same outline, so they always have the same
sections in the same order. Headings and labels come from `strings`; the user's text is
kept exactly as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel

from assistant.schemas.request import ASSISTANCE_TYPES, MlaRequest
from assistant.writer.directory_info import StateInfo
from assistant.writer.strings import letter, t


@dataclass
class Para:
    text: str


@dataclass
class Field:
    label: str
    value: str


@dataclass
class Sub:
    title: str


@dataclass
class Check:
    checked: bool
    text: str


Block = Para | Field | Sub | Check


@dataclass
class Section:
    key: str  # "facts", "assistance", ... (stable, for tests and anchors)
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Outline:
    lang: str
    title: str
    subtitle: str
    header: list[Field]
    sections: list[Section]


# Section order in the document, with the art. 18(15) letter where the section is an element.
SECTIONS: tuple[tuple[str, str | None], ...] = (
    ("requesting", "a"), ("requested", None), ("proceeding", "b"), ("facts", "c"),
    ("offences", None), ("legal_basis", None), ("assistance", "d"), ("persons", "e"),
    ("purpose", "f"), ("urgency", None), ("confidentiality", None), ("dual_criminality", None),
    ("contact", None), ("signature", None), ("attachments", None),
)

# Booleans, choices and internal fields of assistance modules that are rendered specially.
_CHOICE_PREFIX = {"stage": "stage.", "role": "role.", "method": "method."}


def section_title(key: str, lang: str, number: int) -> str:
    latin = dict(SECTIONS)[key]
    cite = t("cite.element", lang, letter=letter(latin, lang)) if latin else ""
    return f"{number}. {t('section.' + key, lang)}{cite}"


def _format(name: str, value: object, lang: str) -> str:
    if isinstance(value, bool):
        return t("doc.yes" if value else "doc.no", lang)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if name in _CHOICE_PREFIX and value:
        return t(_CHOICE_PREFIX[name] + str(value), lang)
    return "" if value is None else str(value)


def _fields(model: BaseModel, prefix: str, lang: str, *, skip: tuple[str, ...] = (),
            keep_false: bool = False) -> list[Block]:
    """Labelled values of a sub-model, leaving out empty ones (False only if keep_false)."""
    blocks: list[Block] = []
    for name, value in model:
        if name in skip or value in ("", None, []) or (value is False and not keep_false):
            continue
        blocks.append(Field(t(f"{prefix}.{name}", lang), _format(name, value, lang)))
    return blocks


def _text(value: str, lang: str) -> Para:
    return Para(value if value.strip() else t("doc.not_given", lang))


def _state_name(iso3: str, lang: str, states: Mapping[str, StateInfo]) -> str:
    info = states.get(iso3)
    if info and info.names.get(lang):
        return f"{info.names[lang]} ({iso3})"
    return iso3 or t("doc.not_given", lang)


def addressee(r: MlaRequest, lang: str, states: Mapping[str, StateInfo]) -> tuple[str, str]:
    """(addressee, source note): the central authority on record, else what the user typed."""
    info = states.get(r.requested_state)
    if info and info.central_authorities:
        names = "; ".join(info.central_authorities)
        when = info.last_updated.isoformat() if info.last_updated else "?"
        note = t("doc.directory_source", lang, source="; ".join(info.sources), date=when)
        return names, note
    return (r.addressee.strip() or t("doc.not_given", lang)), ""


def build_outline(r: MlaRequest, lang: str,
                  states: Mapping[str, StateInfo] | None = None) -> Outline:
    states = states or {}
    to, to_note = addressee(r, lang, states)
    requested = _state_name(r.requested_state, lang, states)
    if to_note:  # the addressee comes from the directory
        to_line = f"{t('doc.central_authority_of', lang, state=requested)}: {to}"
    else:
        to_line = to
    header = [
        Field(t("doc.to", lang), to_line),
        Field(t("doc.from", lang), r.requesting_authority.name or t("doc.not_given", lang)),
        Field(t("doc.reference", lang), r.reference or t("doc.not_given", lang)),
        Field(t("doc.date", lang), r.date.isoformat() if r.date else t("doc.not_given", lang)),
    ]
    body: dict[str, list[Block]] = {
        "requesting": [Field(t("requesting_state", lang),
                             _state_name(r.requesting_state, lang, states))]
        + _fields(r.requesting_authority, "requesting_authority", lang),
        "requested": [Field(t("requested_state", lang), requested), Field(t("doc.to", lang), to)]
        + ([Para(to_note)] if to_note else []),
        "proceeding": _fields(r.proceeding, "proceeding", lang),
        "facts": [_text(r.facts_summary, lang)],
        "offences": _offences(r, lang),
        "legal_basis": _legal_basis(r, lang),
        "assistance": _assistance(r, lang),
        "persons": _persons(r, lang),
        "purpose": [_text(r.purpose, lang)],
        "urgency": [Field(t("urgency.urgent", lang), _format("", r.urgency.urgent, lang))]
        + _fields(r.urgency, "urgency", lang, skip=("urgent",)),
        "confidentiality": [Field(t("confidentiality", lang), r.confidentiality
                                  or t("doc.not_given", lang)),
                            Field(t("use_limitation", lang), r.use_limitation
                                  or t("doc.not_given", lang))],
        "dual_criminality": [_text(r.dual_criminality, lang)],
        "contact": _fields(r.contact, "contact", lang) or [
            Field(t("contact.name", lang), r.requesting_authority.contact_person
                  or t("doc.not_given", lang))],
        "signature": _fields(r.signatory, "signatory", lang, skip=("place",))
        + [Field(t("doc.place_date", lang), ", ".join(
            x for x in (r.signatory.place, r.date.isoformat() if r.date else "") if x)
            or "____________"),
           Field(t("doc.signature", lang), "______________________________")],
        "attachments": [Check(a.enclosed, f"{a.title} — {a.description}" if a.description
                              else a.title) for a in r.attachments]
        or [Para(t("doc.not_given", lang))],
    }
    sections = [Section(key, section_title(key, lang, n), body[key])
                for n, (key, _letter) in enumerate(SECTIONS, 1)]
    return Outline(lang=lang, title=t("doc.title", lang), subtitle=t("doc.subtitle", lang),
                   header=header, sections=sections)


def _offences(r: MlaRequest, lang: str) -> list[Block]:
    if not r.offences:
        return [Para(t("doc.not_given", lang))]
    blocks: list[Block] = []
    for n, offence in enumerate(r.offences, 1):
        blocks.append(Sub(t("doc.offence_n", lang, n=n)))
        blocks += _fields(offence, "offences", lang)
    return blocks


def _legal_basis(r: MlaRequest, lang: str) -> list[Block]:
    basis = r.legal_basis
    blocks: list[Block] = [Para(t("doc.legal_basis_text" if basis.convention_invoked
                                  else "doc.not_invoked", lang))]
    return blocks + _fields(basis, "legal_basis", lang, skip=("convention_invoked",))


def _assistance(r: MlaRequest, lang: str) -> list[Block]:
    blocks: list[Block] = []
    if r.procedure.strip():
        blocks.append(Field(t("procedure", lang), r.procedure))
    if not r.assistance:
        return blocks + [Para(t("doc.not_given", lang))]
    section_number = [k for k, _ in SECTIONS].index("assistance") + 1
    for n, module in enumerate(r.assistance, 1):
        latin = ASSISTANCE_TYPES[module.type][1]
        title = t("doc.assistance_module", lang, n=f"{section_number}.{n}",
                  type=t("type." + module.type, lang), letter=letter(latin, lang))
        blocks.append(Sub(title))
        fields = _fields(module, "assistance", lang, skip=("type", "procedure"),
                         keep_false=True)
        if module.procedure.strip():
            fields.append(Field(t("assistance.procedure", lang), module.procedure))
        blocks += fields
    return blocks


def _persons(r: MlaRequest, lang: str) -> list[Block]:
    if not r.persons:
        return [Para(t("doc.not_given", lang))]
    blocks: list[Block] = []
    for n, person in enumerate(r.persons, 1):
        blocks.append(Sub(t("doc.person_n", lang, n=n)))
        blocks += _fields(person, "persons", lang)
    return blocks
