"""GET /api/directory and /api/directory/{iso3}: public by default, restricted with a token."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.config import make_settings
from assistant.directory.access import hash_token

from ..directory import fictitious

FX = fictitious
TOKEN = "fictitious-operator-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _settings(tmp_path: Path):
    directory_dir = FX.make_data_dir(tmp_path)
    tokens = tmp_path / "tokens"
    tokens.write_text(hash_token(TOKEN) + "\n", encoding="utf-8")
    return make_settings(tmp_path, data_dir=directory_dir.parent, tokens_file=tokens)


@pytest.fixture
def client(tmp_path: Path):
    from assistant.api.app import _install_error_handlers
    from assistant.api.routes import directory

    settings = _settings(tmp_path)
    app = FastAPI()
    app.state.settings = settings
    _install_error_handlers(app)
    directory.setup(app, settings)
    app.include_router(directory.router)
    with TestClient(app) as test_client:
        yield test_client


def _assert_public(body_text: str) -> None:
    assert FX.CANARY not in body_text and FX.CANARY.lower() not in body_text
    assert "Ministry of Examples" in body_text


def test_list_is_public_by_default(client) -> None:
    r = client.get("/api/directory")
    assert r.status_code == 200
    _assert_public(r.text)
    state = r.json()["states"][0]
    assert state["iso3"] == FX.ISO3
    assert set(state["names"]) == {"ar", "zh", "en", "fr", "es", "ru"}
    assert state["status"]["UNTOC"]["consent"] == "2020-01-01"
    assert [a["name"] for a in state["authorities"]] == ["Ministry of Examples"]
    assert "visibility" not in state["authorities"][0]
    assert state["last_updated"] == "2020-02-02"


def test_state_is_public_by_default(client) -> None:
    for code in (FX.ISO3, FX.ISO3.lower()):
        r = client.get(f"/api/directory/{code}")
        assert r.status_code == 200
        _assert_public(r.text)


def test_valid_token_includes_restricted(client) -> None:
    for url in ("/api/directory", f"/api/directory/{FX.ISO3}"):
        r = client.get(url, headers=AUTH)
        assert r.status_code == 200
        assert FX.CANARY in r.text
    state = client.get(f"/api/directory/{FX.ISO3}", headers=AUTH).json()
    assert {a["visibility"] for a in state["authorities"]} == {"public", "restricted"}
    assert state["last_updated"] == "2030-03-03"


@pytest.mark.parametrize("header", [
    "Bearer wrong-token-000000000000000000",
    "Bearer",
    "Basic dXNlcjpwYXNz",
    f"Bearer {TOKEN}x",
    "Bearer bad token with spaces",
])
def test_wrong_or_malformed_token_is_401(client, header: str) -> None:
    for url in ("/api/directory", f"/api/directory/{FX.ISO3}", "/api/directory/XXX"):
        r = client.get(url, headers={"Authorization": header})
        assert r.status_code == 401, (url, header)
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert FX.CANARY not in r.text and TOKEN not in r.text


def test_unknown_state_is_404_json(client) -> None:
    r = client.get("/api/directory/LSO")  # real code, not in the fixture directory
    assert r.status_code == 404
    assert "LSO" in r.json()["detail"]


@pytest.mark.parametrize("code", ["LS", "LSOX", "L5O", "%3Cs%3E"])
def test_malformed_code_is_422(client, code: str) -> None:
    r = client.get(f"/api/directory/{code}")
    assert r.status_code == 422
    assert "detail" in r.json()


def test_no_tokens_file_means_public_only(tmp_path: Path) -> None:
    from assistant.api.routes import directory

    settings = _settings(tmp_path).model_copy(update={"tokens_file": None})
    app = FastAPI()
    directory.setup(app, settings)
    app.include_router(directory.router)
    with TestClient(app) as test_client:
        assert test_client.get("/api/directory", headers=AUTH).status_code == 401
        _assert_public(test_client.get("/api/directory").text)


def test_openapi_pins_response_models(client) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/directory", "/api/directory/{iso3}"):
        response = schema["paths"][path]["get"]["responses"]["200"]
        assert "schema" in response["content"]["application/json"]


def test_real_directory_through_create_app(tmp_path: Path) -> None:
    """The whole app over the real data: Andorra and Lesotho as published."""
    from assistant.api.app import create_app
    from assistant.corpus import write_corpus
    from assistant.directory.load import load_directory
    from assistant.directory.records import directory_records
    from assistant.search.index import build_index
    from assistant.search.models import load_embedder

    project = Path(__file__).resolve().parents[2]
    settings = make_settings(tmp_path, data_dir=project / "data")
    records = directory_records(load_directory(project / "data" / "directory"))
    settings.index_dir.mkdir(parents=True)
    write_corpus(settings.corpus_path, records)
    build_index(settings, records, settings.index_dir, embedders=[load_embedder("hashing")])
    try:
        app = create_app(settings)
    except ImportError as err:  # another engineer's route module is not there yet
        pytest.skip(f"create_app not complete yet: {err}")
    with TestClient(app) as test_client:
        andorra = test_client.get("/api/directory/AND").json()
        assert andorra["status"]["UNTOC"]["consent"] == "2011-09-22"
        assert andorra["authorities"] == []
        lesotho = test_client.get("/api/directory/lso").json()
        assert lesotho["authorities"][0]["name"] == "the office of the Attorney-General"
        assert lesotho["authorities"][0]["source"]["as_of"] == "2010-09-16"
        assert len(test_client.get("/api/directory").json()["states"]) == 197
