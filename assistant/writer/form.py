"""The browser form's description (GET /api/requests/form), derived from the request schema.

Field kinds come from the pydantic models (a long text becomes a textarea, a date a date
input, a list of strings a one-per-line textarea ...), so the form cannot drift from the
schema; labels come from `strings`.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic.fields import FieldInfo

from assistant.schemas.request import ASSISTANCE_TYPES, LANGS, MAX_TEXT, MlaRequest
from assistant.writer.outline import SECTIONS, section_title
from assistant.writer.strings import keys, letter, t

Kind = Literal["text", "textarea", "date", "checkbox", "select", "state", "lines", "list",
               "modules"]

# Fields of each form section, as paths into the request (document order).
SECTION_FIELDS: dict[str, tuple[str, ...]] = {
    "requesting": ("reference", "date", "language", "requesting_state",
                   "requesting_authority"),
    "requested": ("requested_state", "addressee"),
    "proceeding": ("proceeding",),
    "facts": ("facts_summary",),
    "offences": ("offences",),
    "legal_basis": ("legal_basis",),
    "assistance": ("procedure", "assistance"),
    "persons": ("persons",),
    "purpose": ("purpose",),
    "urgency": ("urgency",),
    "confidentiality": ("confidentiality", "use_limitation"),
    "dual_criminality": ("dual_criminality",),
    "contact": ("contact",),
    "signature": ("signatory",),
    "attachments": ("attachments",),
}
_ADD_LABEL = {"offences": "ui.add_offence", "persons": "ui.add_person",
              "attachments": "ui.add_attachment"}
_ITEM_LABEL = {"offences": "doc.offence_n", "persons": "doc.person_n"}
_CHOICE_PREFIX = {"stage": "stage.", "role": "role.", "method": "method.", "language": "lang."}


class Option(BaseModel):
    value: str
    label: str


class FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str  # absolute ("proceeding.stage") or, inside a list item / module, the leaf name
    label: str
    kind: Kind
    options: list[Option] = []
    max_length: int | None = None
    max_items: int | None = None
    add_label: str = ""  # lists: text of the "add" button
    item_label: str = ""  # lists: "Person {n}"
    item_fields: list[FieldSpec] = []
    nullable: bool = False  # send null rather than "" when empty (dates, language)


class SectionSpec(BaseModel):
    key: str
    title: str
    letter: str | None  # art. 18(15) element, if the section is one
    guidance_query: str | None  # fixed text sent to /api/ask, never the user's input
    fields: list[FieldSpec]


class TypeSpec(BaseModel):
    type: str
    title: str
    letter: str
    heading: str  # module heading with "{n}" for its number, e.g. "{n}. Records (art. 18(3)(f))"
    fields: list[FieldSpec]


class FormSpec(BaseModel):
    lang: str
    dir: Literal["ltr", "rtl"]
    ui: dict[str, str]
    languages: list[Option]
    sections: list[SectionSpec]
    assistance_types: list[TypeSpec]


def _max_len(info: FieldInfo) -> int | None:
    for meta in info.metadata:
        if hasattr(meta, "max_length"):
            return meta.max_length
    return None


def _unwrap_optional(annotation: object) -> object:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _field(name: str, info: FieldInfo, label_key: str, path: str, lang: str) -> FieldSpec:
    annotation = _unwrap_optional(info.annotation)
    nullable = annotation is not info.annotation
    label = t(label_key, lang)
    if annotation is bool:
        return FieldSpec(path=path, label=label, kind="checkbox")
    if annotation is date:
        return FieldSpec(path=path, label=label, kind="date", nullable=nullable)
    if typing.get_origin(annotation) is Literal:
        prefix = _CHOICE_PREFIX[name]
        options = [Option(value="", label=t("ui.choose", lang))] + [
            Option(value=v, label=t(prefix + v, lang)) for v in typing.get_args(annotation) if v]
        return FieldSpec(path=path, label=label, kind="select", options=options,
                         nullable=nullable)
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return FieldSpec(path=path, label=label, kind="list", max_items=_max_len(info),
                             add_label=t(_ADD_LABEL[name], lang),
                             item_label=t(_ITEM_LABEL.get(name, name), lang, n="{n}")
                             if name in _ITEM_LABEL else f"{label} {{n}}",
                             item_fields=_model_fields(item, name, "", lang))
        return FieldSpec(path=path, label=f"{label} ({t('ui.one_per_line', lang)})",
                         kind="lines", max_items=_max_len(info))
    if any(getattr(m, "pattern", None) for m in info.metadata):
        return FieldSpec(path=path, label=label, kind="state")
    length = _max_len(info)
    return FieldSpec(path=path, label=label, kind="textarea" if length == MAX_TEXT else "text",
                     max_length=length)


def _model_fields(model: type[BaseModel], label_prefix: str, path_prefix: str, lang: str,
                  skip: tuple[str, ...] = ()) -> list[FieldSpec]:
    specs = []
    names = sorted(model.model_fields, key=lambda n: n == "procedure")  # procedure last
    for name in names:
        info = model.model_fields[name]
        if name in skip:
            continue
        specs.append(_field(name, info, f"{label_prefix}.{name}", f"{path_prefix}{name}", lang))
    return specs


def _top_field(name: str, lang: str) -> list[FieldSpec]:
    info = MlaRequest.model_fields[name]
    annotation = _unwrap_optional(info.annotation)
    if name == "assistance":
        return [FieldSpec(path=name, label=t("assistance", lang), kind="modules",
                          max_items=_max_len(info))]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_fields(annotation, name, f"{name}.", lang)
    return [_field(name, info, name, name, lang)]


def form_spec(lang: str) -> FormSpec:
    sections = []
    for number, (key, latin) in enumerate(SECTIONS, 1):
        fields = [spec for name in SECTION_FIELDS[key] for spec in _top_field(name, lang)]
        query_key = f"guide.{key}"
        sections.append(SectionSpec(
            key=key, title=section_title(key, lang, number),
            letter=letter(latin, lang) if latin else None,
            guidance_query=t(query_key, lang) if query_key in keys() else None,
            fields=fields))
    types_ = [TypeSpec(type=kind, title=t("type." + kind, lang), letter=letter(latin, lang),
                       heading=t("doc.assistance_module", lang, n="{n}", type=t("type." + kind,
                                 lang), letter=letter(latin, lang)),
                       fields=_model_fields(model, "assistance", "", lang, skip=("type",)))
              for kind, (model, latin, _required) in ASSISTANCE_TYPES.items()]
    ui = {k.removeprefix("ui."): t(k, lang) for k in keys() if k.startswith("ui.")}
    languages = [Option(value=code, label=t(f"lang.{code}", lang)) for code in LANGS]
    return FormSpec(lang=lang, dir="rtl" if lang == "ar" else "ltr", ui=ui, languages=languages,
                    sections=sections, assistance_types=types_)
