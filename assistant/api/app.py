"""create_app(settings): the API under /api and the built site at /.

Every error leaves as JSON with a reason and a 4xx status; nothing reaches the client as a
500 with a stack trace.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.config import Settings

log = logging.getLogger("untoc_kb.api")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": "invalid request", "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        # Log the type only: messages may contain user text (case facts).
        log.error("unexpected error: %s", type(exc).__name__)
        return JSONResponse({"detail": "the server could not process this request"},
                            status_code=500)


def create_app(settings: Settings) -> FastAPI:
    from assistant.api.routes import ask, directory, health, requests

    app = FastAPI(title="untoc-kb API", version="0.1.0", docs_url="/api/docs",
                  openapi_url="/api/openapi.json", redoc_url=None)
    app.state.settings = settings
    _install_error_handlers(app)
    for module in (health, ask, directory, requests):
        module.setup(app, settings)  # loads what the router needs, at start-up
        app.include_router(module.router)
    if settings.site_dir.exists():
        app.mount("/", StaticFiles(directory=settings.site_dir, html=True), name="site")
    return app
