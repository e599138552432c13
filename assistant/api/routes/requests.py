"""The MLA request writer over HTTP.

GET  /api/requests/schema        JSON schema of a request (assistant.schemas.request)
GET  /api/requests/form?lang=    sections, fields and labels for the browser form
POST /api/requests/validate      {"missing": [...], "warnings": [...]}
POST /api/requests/render        the request as DOCX or Markdown

Request bodies hold case facts: they are never logged or stored, and error messages name a
field path, never a value.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request, Response

from assistant.config import Settings
from assistant.schemas.authority import Directory
from assistant.schemas.request import (
    Lang,
    MlaRequest,
    ValidationReport,
    request_json_schema,
)
from assistant.writer.cli import render
from assistant.writer.directory_info import StateInfo, load_state_infos, state_infos
from assistant.writer.form import FormSpec, form_spec
from assistant.writer.parse import RequestInvalid, parse_request
from assistant.writer.validate import validate_request

router = APIRouter(prefix="/api/requests", tags=["requests"])

MEDIA_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "md": "text/markdown; charset=utf-8"}
_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/MlaRequest"}}}}}
_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "body larger than the server's limit"},
    415: {"description": "body is not application/json"},
    422: {"description": "malformed JSON, unknown field or type, oversized field"},
}


def setup(app: FastAPI, settings: Settings) -> None:
    """Public directory facts for addressees and warnings, from the directory route if loaded."""
    loaded = getattr(app.state, "directory", None)
    states = state_infos(loaded) if isinstance(loaded, Directory) else load_state_infos(settings)
    app.state.request_states = states
    _describe_body(app)


def _describe_body(app: FastAPI) -> None:
    """Put the request schema in the OpenAPI document: the routes parse the body by hand
    (to enforce the size limit before parsing), so FastAPI cannot infer it."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = original()  # also caches it on app.openapi_schema
            model = MlaRequest.model_json_schema(
                ref_template="#/components/schemas/MlaRequest_{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, definition in model.pop("$defs", {}).items():
                components[f"MlaRequest_{name}"] = definition
            components["MlaRequest"] = model
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _states(request: Request) -> dict[str, StateInfo]:
    return request.app.state.request_states


async def read_request(request: Request) -> MlaRequest:
    """Parse the body with a hard size limit; 413/415/422 with a reason, never the content."""
    limit: int = request.app.state.settings.max_request_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body over {limit} bytes")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise HTTPException(415, "send the request as application/json")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"request body over {limit} bytes")
    try:
        data = json.loads(bytes(body))
    except UnicodeDecodeError:
        raise HTTPException(422, "the body is not valid UTF-8") from None
    except json.JSONDecodeError as err:
        raise HTTPException(422, f"malformed JSON at line {err.lineno}, column {err.colno}: "
                                 f"{err.msg}") from None
    try:
        return parse_request(data)
    except RequestInvalid as err:
        raise HTTPException(422, {"message": "invalid request", "errors": err.errors}) from None


@router.get("/schema", response_model=dict[str, Any])
def schema() -> dict[str, Any]:
    """JSON schema of the request (also at docs/assets/request.schema.json)."""
    return request_json_schema()


@router.get("/form", response_model=FormSpec)
def form(lang: Annotated[Lang, Query(description="interface language")] = "en") -> FormSpec:
    """Sections, fields and labels of the browser form in one language."""
    return form_spec(lang)


@router.post("/validate", response_model=ValidationReport, responses=_ERRORS,
             openapi_extra=_BODY)
async def validate(
    request: Request,
    lang: Annotated[Lang, Query(description="output language of the request")] = "en",
    messages_lang: Annotated[Lang | None, Query(
        description="language of the messages (defaults to lang)")] = None,
) -> ValidationReport:
    """What is missing under art. 18(15) and what commonly causes refusal."""
    body = await read_request(request)
    return validate_request(body, lang=messages_lang or lang, output_lang=lang,
                            states=_states(request))


@router.post("/render", response_class=Response, responses={
    200: {"content": {MEDIA_TYPES["docx"]: {}, "text/markdown": {}},
          "description": "the request document"}, **_ERRORS}, openapi_extra=_BODY)
async def render_request(
    request: Request,
    format: Annotated[Literal["docx", "md"], Query(description="docx or md")] = "docx",
    lang: Annotated[Lang, Query(description="output language")] = "en",
) -> Response:
    """The request as a DOCX or Markdown document (rendered even if something is missing)."""
    body = await read_request(request)
    states = _states(request)
    content = render(body, format, lang, states)
    missing = validate_request(body, lang=lang, states=states).missing
    filename = f"mla-request.{lang}.{format}"
    return Response(content, media_type=MEDIA_TYPES[format], headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
        "X-Missing-Count": str(len(missing)), "Cache-Control": "no-store"})
