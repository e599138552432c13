"""`untoc-kb draft request.json --lang en --out request.docx`: same code path as the API."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.config import Settings
from assistant.errors import SourceError, UntocError
from assistant.schemas.request import LANGS, Issue, MlaRequest, request_json_schema
from assistant.writer.directory_info import StateInfo, load_state_infos
from assistant.writer.parse import RequestInvalid, parse_request
from assistant.writer.render_docx import render_docx
from assistant.writer.render_md import render_markdown
from assistant.writer.validate import validate_request

FORMATS = {".docx": "docx", ".md": "md"}


def render(request: MlaRequest, fmt: str, lang: str, states: dict[str, StateInfo]) -> bytes:
    if fmt == "docx":
        return render_docx(request, lang, states)
    return render_markdown(request, lang, states).encode("utf-8")


def _line_of(text: str, field: str) -> int:
    """Best-effort line of a field path in pretty-printed JSON (its last key)."""
    key = field.rsplit(".", 1)[-1].split("[", 1)[0]
    for number, line in enumerate(text.splitlines(), 1):
        if f'"{key}"' in line:
            return number
    return 1


def read_request(path: Path) -> MlaRequest:
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SourceError(path, err.lineno, f"invalid JSON: {err.msg}") from None
    try:
        return parse_request(data)
    except RequestInvalid as err:
        first = err.errors[0]
        raise SourceError(path, _line_of(text, first["field"]), first["message"],
                          first["field"]) from None


def draft_file(settings: Settings, path: Path, lang: str, out: Path) -> list[Issue]:
    """Render `path` (request JSON) to `out` (.docx or .md); return what is still missing."""
    if lang not in LANGS:
        raise UntocError(f"unknown output language {lang!r}; use one of {', '.join(LANGS)}")
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise UntocError(f"output must end in .docx or .md, not {out.name!r}")
    request = read_request(path)
    states = load_state_infos(settings)
    report = validate_request(request, lang=lang, output_lang=lang, states=states)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render(request, fmt, lang, states))
    return report.missing


def write_schema(out: Path) -> None:
    """docs/assets/request.schema.json (a test checks it matches the model)."""
    out.write_text(json.dumps(request_json_schema(), ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
