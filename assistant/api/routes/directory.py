"""GET /api/directory and /api/directory/{iso3}: public entries; restricted ones with a token.

A request without Authorization gets public data. `Authorization: Bearer <token>` matching a
hash in the operator's tokens file adds restricted authorities; any other Authorization value
gets 401. Tokens are never logged.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, FastAPI, HTTPException, Path, Request

from assistant.config import Settings
from assistant.directory.access import TokenChecker, load_token_hashes
from assistant.directory.load import load_directory
from assistant.directory.views import (
    DirectoryFull,
    DirectoryPublic,
    StateFull,
    StatePublic,
    state_full,
    state_public,
)

router = APIRouter(prefix="/api/directory", tags=["directory"])
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="untoc-kb directory", error="invalid_token"'}


def setup(app: FastAPI, settings: Settings) -> None:
    """Load the directory and the token hashes once, at start-up."""
    app.state.directory = load_directory(settings.data_dir / "directory")
    app.state.directory_tokens = TokenChecker(load_token_hashes(settings.tokens_file))


def _authorised(request: Request) -> bool:
    """False without Authorization; True with a valid bearer token; 401 otherwise."""
    header = request.headers.get("authorization")
    if header is None:
        return False
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not request.app.state.directory_tokens(token.strip()):
        raise HTTPException(status_code=401, detail="invalid or unknown token",
                            headers=CHALLENGE)
    return True


@router.get("", response_model=DirectoryPublic | DirectoryFull)
def list_states(request: Request) -> DirectoryPublic | DirectoryFull:
    states = request.app.state.directory.states
    if _authorised(request):
        return DirectoryFull(states=[state_full(s) for s in states])
    return DirectoryPublic(states=[state_public(s) for s in states])


@router.get("/{iso3}", response_model=StatePublic | StateFull,
            responses={404: {"description": "no such State in the directory"}})
def get_state(
    request: Request,
    iso3: Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3")],
) -> StatePublic | StateFull:
    authorised = _authorised(request)
    state = request.app.state.directory.get(iso3)
    if state is None:
        raise HTTPException(status_code=404, detail=f"no State {iso3.upper()} in the directory")
    return state_full(state) if authorised else state_public(state)
