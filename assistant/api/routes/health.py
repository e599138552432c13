"""GET /api/health: is the index there, how many records, which models. Loads nothing heavy."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request

from assistant.config import Settings
from assistant.schemas.api import HealthResponse
from assistant.search.store import read_meta

router = APIRouter(prefix="/api", tags=["health"])


def setup(app: FastAPI, settings: Settings) -> None:
    """Nothing to load: the health check reads the small index_meta.json on each call."""


@router.get("/health", response_model=HealthResponse)
def health(request: Request) -> HealthResponse:
    settings: Settings = request.app.state.settings
    meta = read_meta(settings.index_dir)
    if meta is None:
        return HealthResponse(status="no index", paragraphs=0, model=settings.model,
                              index_built=None)
    return HealthResponse(status="ok", paragraphs=meta.records,
                          model="+".join(m.name for m in meta.models), index_built=meta.built)
