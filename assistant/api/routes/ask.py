"""POST /api/ask, GET /api/search, GET /api/paragraphs/{id}: the cited assistant over HTTP.

The same SearchService answers `untoc-kb ask`; it is loaded once at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from assistant.config import Settings
from assistant.schemas.api import (
    MAX_K,
    MAX_QUESTION_CHARS,
    NOT_BLANK,
    AskRequest,
    AskResponse,
    ErrorResponse,
    ParagraphOut,
    SearchResponse,
    ValidationErrorResponse,
)
from assistant.search.service import QuestionTooLong, SearchService, load_service


class CheckedBodyRoute(APIRoute):
    """Rejects oversized and non-UTF-8 bodies with a clear 413/400 before JSON parsing."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            if request.method == "POST":
                body = await request.body()  # cached: the JSON parser reads it again
                limit = request.app.state.settings.max_request_bytes
                if len(body) > limit:
                    return JSONResponse({"detail": f"request body over {limit} bytes"},
                                        status_code=413)
                try:
                    body.decode("utf-8")
                except UnicodeDecodeError:
                    return JSONResponse({"detail": "the request body is not valid UTF-8"},
                                        status_code=400)
            return await handler(request)

        return checked


router = APIRouter(prefix="/api", tags=["assistant"], route_class=CheckedBodyRoute)

_INVALID = {422: {"model": ValidationErrorResponse, "description": "invalid request"}}
_ERRORS = {400: {"model": ErrorResponse, "description": "unreadable body"},
           413: {"model": ErrorResponse, "description": "request body too large"}, **_INVALID}


def setup(app: FastAPI, settings: Settings) -> None:
    app.state.search_service = load_service(settings)


def get_service(request: Request) -> SearchService:
    return request.app.state.search_service


ServiceDep = Annotated[SearchService, Depends(get_service)]


def _check_length(service: SearchService, text: str) -> None:
    try:
        service.check_length(text.strip())
    except QuestionTooLong as err:
        raise HTTPException(status_code=422, detail=str(err)) from None


@router.post("/ask", response_model=AskResponse, responses=_ERRORS)
def ask(body: AskRequest, service: ServiceDep) -> AskResponse:
    """Answer a question with an extractive answer and cited paragraphs, or decline."""
    _check_length(service, body.question)
    return service.ask(body)


@router.get("/search", response_model=SearchResponse, responses=_INVALID)
def search(
    service: ServiceDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=NOT_BLANK,
                            description="search text, not all blank, any UN language")],
    k: Annotated[int, Query(ge=1, le=MAX_K, description="number of results")] = 10,
) -> SearchResponse:
    """Ranked paragraphs for a query (no answer, no decline)."""
    if not q.strip():
        raise HTTPException(status_code=422, detail="the query is empty")
    _check_length(service, q)
    return service.search(q, k)


@router.get("/paragraphs/{record_id}", response_model=ParagraphOut,
            responses={404: {"model": ErrorResponse, "description": "unknown id"}, **_INVALID})
def paragraph(
    service: ServiceDep,
    record_id: Annotated[str, Path(max_length=300, description="record id")],
) -> ParagraphOut:
    """One corpus record by its id, e.g. `untoc-art-18-para-13`."""
    found = service.paragraph(record_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no paragraph with id {record_id!r}")
    return found
