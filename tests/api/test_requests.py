"""POST /api/requests/validate and /render, GET /schema and /form: 4xx with reasons, never 5xx,
and nothing the user typed reaches a log record."""

from __future__ import annotations

import copy
import io
import json
import logging
import threading
import time
from pathlib import Path

import httpx
import pytest
from docx import Document
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.api.app import _install_error_handlers
from assistant.api.routes import requests as requests_route
from assistant.config import make_settings
from assistant.schemas.request import MAX_ITEMS, MAX_TEXT, request_json_schema
from assistant.writer.directory_info import StateInfo

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = json.loads((ROOT / "data/examples/request-bank-witness.json").read_text("utf-8"))
SECRET = "Qwxzv Kaleidoscope Holdings"  # a typed fact that must never be logged
TESTLAND_B = StateInfo(iso3="XTB", names={"en": "Testland B", "ar": "تستلاند ب"},
                       central_authorities=["Ministry of Justice of Testland B (fictitious)"],
                       languages=["English"], sources=["Fictitious notification"])


def make_app(tmp_path, **overrides) -> FastAPI:
    settings = make_settings(tmp_path, **overrides)
    app = FastAPI()
    app.state.settings = settings
    _install_error_handlers(app)
    requests_route.setup(app, settings)
    app.include_router(requests_route.router)
    app.state.request_states = {"XTB": TESTLAND_B}
    return app


@pytest.fixture
def client(tmp_path):
    with TestClient(make_app(tmp_path), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def request_body() -> dict:
    data = copy.deepcopy(EXAMPLE)
    data["requested_state"] = "XTB"
    data["facts_summary"] += f" Funds also went to {SECRET}."
    data["assistance"][0]["account_holder"] = SECRET
    return data


def test_validate_complete(client, request_body):
    r = client.post("/api/requests/validate?lang=en", json=request_body)
    assert r.status_code == 200
    assert r.json() == {"missing": [], "warnings": []}


def test_validate_reports_missing_in_messages_language(client, request_body):
    request_body["purpose"] = ""
    r = client.post("/api/requests/validate?lang=en&messages_lang=ar", json=request_body)
    assert r.status_code == 200
    missing = r.json()["missing"]
    assert [m["field"] for m in missing] == ["purpose"]
    assert "المادة 18" in missing[0]["message"]


def test_validate_warns_language_not_accepted(client, request_body):
    r = client.post("/api/requests/validate?lang=fr", json=request_body)
    assert [w["field"] for w in r.json()["warnings"]] == ["requested_state"]


def test_render_docx(client, request_body):
    r = client.post("/api/requests/render?format=docx&lang=en", json=request_body)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in r.headers["content-disposition"]
    assert r.headers["x-missing-count"] == "0"
    doc = Document(io.BytesIO(r.content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert SECRET in text and "Ministry of Justice of Testland B (fictitious)" in text


def test_render_markdown_arabic(client, request_body):
    r = client.post("/api/requests/render?format=md&lang=ar", json=request_body)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/markdown")
    assert "طلب مساعدة قانونية متبادلة" in r.text


def test_schema_and_form(client):
    assert client.get("/api/requests/schema").json() == request_json_schema()
    form = client.get("/api/requests/form?lang=ar").json()
    assert form["dir"] == "rtl" and len(form["assistance_types"]) == 9
    assert client.get("/api/requests/form?lang=xx").status_code == 422


BAD_BODIES = [
    ("malformed JSON", b'{"reference": ', "application/json", 422, "malformed JSON"),
    ("not JSON", b"reference=x", "application/x-www-form-urlencoded", 415, "application/json"),
    ("no content type", b"{}", "", 415, "application/json"),
    ("array", b"[1, 2]", "application/json", 422, "JSON object"),
    ("not UTF-8", b'{"reference": "\xff\xfe"}', "application/json", 422, "UTF-8"),
]


@pytest.mark.parametrize(("name", "body", "media", "status", "reason"), BAD_BODIES,
                         ids=[b[0] for b in BAD_BODIES])
@pytest.mark.parametrize("route", ["validate", "render"])
def test_bad_bodies(client, route, name, body, media, status, reason):
    headers = {"content-type": media} if media else {}
    r = client.post(f"/api/requests/{route}", content=body, headers=headers)
    assert r.status_code == status
    assert reason in json.dumps(r.json())


@pytest.mark.parametrize("route", ["validate", "render"])
def test_unknown_type_and_field(client, request_body, route):
    body = copy.deepcopy(request_body)
    body["assistance"].append({"type": "telepathy", "note": SECRET})
    r = client.post(f"/api/requests/{route}", json=body)
    assert r.status_code == 422
    errors = r.json()["detail"]["errors"]
    assert errors[0]["field"] == "assistance[2]"
    assert "unknown assistance type" in errors[0]["message"]
    assert SECRET not in r.text and "telepathy" not in r.text

    body = copy.deepcopy(request_body)
    body["proceeding"]["judge"] = SECRET
    r = client.post(f"/api/requests/{route}", json=body)
    assert r.status_code == 422
    assert r.json()["detail"]["errors"][0]["field"] == "proceeding.judge"
    assert SECRET not in r.text


def test_wrong_types_rejected(client, request_body):
    request_body["urgency"]["deadline"] = "next Tuesday " + SECRET
    request_body["requested_state"] = "Testland"
    r = client.post("/api/requests/validate", json=request_body)
    assert r.status_code == 422
    fields = {e["field"] for e in r.json()["detail"]["errors"]}
    assert fields == {"urgency.deadline", "requested_state"}
    assert SECRET not in r.text


def test_oversized_field_and_list(client, request_body):
    request_body["facts_summary"] = "x" * (MAX_TEXT + 1)
    r = client.post("/api/requests/validate", json=request_body)
    assert r.status_code == 422
    assert r.json()["detail"]["errors"][0]["field"] == "facts_summary"
    request_body["facts_summary"] = ""
    request_body["persons"] = [{"name": "p"}] * (MAX_ITEMS + 1)
    r = client.post("/api/requests/validate", json=request_body)
    assert r.status_code == 422
    assert r.json()["detail"]["errors"][0]["field"] == "persons"


def test_oversized_body(tmp_path, request_body):
    app = make_app(tmp_path, max_request_bytes=5_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/requests/render", json=request_body)
        assert r.status_code == 413
        assert "5000 bytes" in r.json()["detail"]

        # A body without Content-Length (chunked) is cut off while streaming.
        def chunks():
            yield b'{"facts_summary": "'
            for _ in range(100):
                yield b"y" * 100
            yield b'"}'

        r = c.post("/api/requests/validate", content=chunks(),
                   headers={"content-type": "application/json"})
        assert r.status_code == 413


def test_bad_query_parameters(client, request_body):
    assert client.post("/api/requests/render?format=pdf", json=request_body).status_code == 422
    assert client.post("/api/requests/render?lang=de", json=request_body).status_code == 422


def test_openapi_documents_request_body(client):
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/requests/validate"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"] == \
        "#/components/schemas/MlaRequest"
    assert "MlaRequest_Records" in spec["components"]["schemas"]


def test_no_typed_fact_in_logs(tmp_path, request_body, caplog):
    """Run the app under uvicorn as `untoc-kb serve` does (access log off) at DEBUG level."""
    import uvicorn

    app = make_app(tmp_path)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, access_log=False, log_config=None,
                            log_level="debug")
    server = uvicorn.Server(config)
    caplog.set_level(logging.DEBUG)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            assert http.post("/api/requests/validate", json=request_body).status_code == 200
            for fmt in ("docx", "md"):
                r = http.post(f"/api/requests/render?format={fmt}&lang=en", json=request_body)
                assert r.status_code == 200
            bad = copy.deepcopy(request_body)
            bad["proceeding"]["judge"] = SECRET
            assert http.post("/api/requests/validate", json=bad).status_code == 422
            raw = json.dumps(request_body)[:-1].encode()  # truncated JSON with the fact in it
            r = http.post("/api/requests/render", content=raw,
                          headers={"content-type": "application/json"})
            assert r.status_code == 422
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert caplog.records, "logging was not captured"
    for record in caplog.records:
        assert SECRET not in record.getMessage()
        assert SECRET not in str(record.args)


def test_control_characters_and_surrogates(client, request_body):
    """Pasted control characters are dropped (DOCX cannot hold them); lone surrogates → 422."""
    raw = json.dumps(request_body).replace('"purpose": "',
                                           '"purpose": "\\u0012\\u000c\\ud83d\\ude00 ')
    r = client.post("/api/requests/render?format=docx&lang=ar", content=raw,
                    headers={"content-type": "application/json"})
    assert r.status_code == 200
    assert "😀" in "\n".join(p.text for p in Document(io.BytesIO(r.content)).paragraphs)
    raw = json.dumps(request_body).replace('"purpose": "', '"purpose": "\\udc00')
    r = client.post("/api/requests/render?format=md", content=raw,
                    headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.json()["detail"]["errors"][0]["field"] == "purpose"
