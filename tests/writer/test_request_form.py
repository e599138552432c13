"""The form description covers the whole schema; labels exist in six languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from assistant.schemas.request import ASSISTANCE_TYPES, LANGS, MlaRequest, request_json_schema
from assistant.writer.form import form_spec
from assistant.writer.strings import _T

ROOT = Path(__file__).resolve().parents[2]


def _leaf_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    paths: set[str] = set()
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            paths |= _leaf_paths(annotation, f"{prefix}{name}.")
        else:
            paths.add(prefix + name)
    return paths


def test_form_covers_every_request_field():
    spec = form_spec("en")
    paths = {f.path for s in spec.sections for f in s.fields}
    assert paths == _leaf_paths(MlaRequest) - {"schema_version"}


def test_form_covers_every_assistance_field():
    spec = form_spec("en")
    by_type = {t.type: {f.path for f in t.fields} for t in spec.assistance_types}
    for kind, (model, _letter, _required) in ASSISTANCE_TYPES.items():
        assert by_type[kind] == set(model.model_fields) - {"type"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_translated(lang):
    spec = form_spec(lang)
    labels = [f.label for s in spec.sections for f in s.fields]
    labels += [f.label for t in spec.assistance_types for f in t.fields]
    assert all(labels)
    assert spec.dir == ("rtl" if lang == "ar" else "ltr")
    assert all(s.guidance_query or s.key in ("contact", "signature", "attachments")
               for s in spec.sections)


def test_strings_have_six_distinct_entries():
    for key, values in _T.items():
        assert len(values) == 6 and all(v.strip() for v in values), key
    # Chinese, Russian and Arabic differ from English except for codes and formats.
    untranslated = [k for k, v in _T.items() if v[0] == v[1] and not k.startswith("ui.download")
                    and k not in ("ui.export", "ui.import")]
    assert untranslated == []


def test_published_schema_file_is_current():
    published = json.loads((ROOT / "docs/assets/request.schema.json").read_text("utf-8"))
    assert published == request_json_schema(), "regenerate: assistant.writer.cli.write_schema"


def test_example_request_matches_schema():
    data = json.loads((ROOT / "data/examples/request-bank-witness.json").read_text("utf-8"))
    MlaRequest.model_validate(data)
