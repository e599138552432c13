"""POST /api/ask, GET /api/search, GET /api/paragraphs/{id} through the real app factory."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from ..search import testland


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = testland.make_test_app(tmp_path_factory.mktemp("api"))
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def strict_client(tmp_path_factory):
    app = testland.make_test_app(tmp_path_factory.mktemp("api-strict"), max_question_chars=40)
    with TestClient(app) as c:
        yield c


def test_ask_answers_with_citations_and_markers(client):
    r = client.post("/api/ask", json={"question": "谁负责接收司法协助请求？", "k": 3})
    assert r.status_code == 200
    body = r.json()
    assert body["answered"] is True and len(body["citations"]) == 3
    assert "[1]" in body["answer"] or "[2]" in body["answer"] or "[3]" in body["answer"]
    first = body["citations"][0]
    assert set(first) == {"id", "citation", "document", "title", "text", "url", "score", "kind",
                          "lang"}


def test_ask_with_filters(client):
    r = client.post("/api/ask", json={"question": "extradition", "k": 5,
                                      "filters": {"article": "untoc-art-16"}})
    assert r.status_code == 200
    assert [c["id"] for c in r.json()["citations"]] == ["testtreaty-art-16-para-1"]


def test_search_and_paragraph(client):
    r = client.get("/api/search", params={"q": "技术援助", "k": 2})
    assert r.status_code == 200 and len(r.json()["results"]) == 2
    assert r.json()["query"] == "技术援助"
    r = client.get("/api/paragraphs/testtreaty-art-18-para-1")
    assert r.status_code == 200 and r.json()["kind"] == "article"


def test_unknown_paragraph_is_a_json_404(client):
    r = client.get("/api/paragraphs/no-such-record")
    assert r.status_code == 404
    assert "no-such-record" in r.json()["detail"]


JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(("body", "headers", "status"), [
    (b'{"question": ""}', JSON, 422),  # empty
    (b'{"question": "  \\n\\t "}', JSON, 422),  # blank after strip
    (b'{"k": 3}', JSON, 422),  # missing field
    (b'{"question": 42}', JSON, 422),  # wrong type
    (b'{"question": "x", "k": "many"}', JSON, 422),
    (b'{"question": "x", "k": 0}', JSON, 422),  # k outside 1..50
    (b'{"question": "x", "k": 51}', JSON, 422),
    (b'{"question": "x", "colour": "red"}', JSON, 422),  # unknown field
    (b'{"question": "x", "filters": {"session": "third"}}', JSON, 422),
    (b'{"question": ', JSON, 422),  # invalid JSON
    (b'', JSON, 422),  # no body
    (b'[1, 2]', JSON, 422),  # not an object
    (b'{"question": "x"}', {"content-type": "text/plain"}, 422),  # not JSON content type
    (b'question=x', {"content-type": "application/x-www-form-urlencoded"}, 422),
    (b'{"question": "\xff\xfe"}', JSON, 400),  # invalid UTF-8
])
def test_bad_input_is_a_4xx_json_with_a_reason(client, body, headers, status):
    r = client.post("/api/ask", content=body, headers=headers)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["detail"]


def test_question_over_the_schema_limit_states_the_limit(client):
    r = client.post("/api/ask", json={"question": "a" * 2001})
    assert r.status_code == 422
    assert "2000" in r.text


def test_question_over_the_configured_limit_states_the_limit(strict_client):
    r = strict_client.post("/api/ask", json={"question": "a" * 41})
    assert r.status_code == 422 and "40" in r.json()["detail"]
    assert strict_client.post("/api/ask", json={"question": "a" * 40}).status_code == 200
    r = strict_client.get("/api/search", params={"q": "a" * 41})
    assert r.status_code == 422


def test_oversized_body_is_413(client):
    limit = client.app.state.settings.max_request_bytes
    r = client.post("/api/ask", content=b'{"question": "' + b"a" * limit + b'"}', headers=JSON)
    assert r.status_code == 413 and str(limit) in r.json()["detail"]


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "   "}, {}, {"q": "x", "k": 0},
                                    {"q": "x", "k": 51}, {"q": "x", "k": "ten"}])
def test_search_bad_input(client, params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422 and r.json()["detail"]


def test_openapi_documents_the_routes(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/ask", "/api/search", "/api/paragraphs/{record_id}", "/api/health"} <= set(
        spec["paths"])
    assert client.get("/api/docs").status_code == 200


def test_citations_carry_their_language(client):
    citations = client.post("/api/ask", json={"question": "技术援助"}).json()["citations"]
    assert citations and all(c["lang"] for c in citations)


def test_a_guide_paragraph_opens_on_its_own_language_pages():
    """Official records are on every language's pages; a guide paragraph only on its own."""
    from assistant.schemas.api import Citation

    common = {"id": "x", "citation": "c", "document": "d", "title": "t", "text": "x",
              "score": 1.0}
    guide = Citation(**common, url="/guides/g/#guide-g-ar-1", kind="guide", lang="ar")
    official = Citation(**common, url="/documents/d/#p-1", kind="paragraph", lang="zh")
    assert guide.page_path() == guide.page_path("en") == "/ar/guides/g/#guide-g-ar-1"
    assert official.page_path() == "/documents/d/#p-1"
    assert official.page_path("en") == "/en/documents/d/#p-1"
    zh_guide = guide.model_copy(update={"lang": "zh", "url": "/guides/g/#guide-g-zh-1"})
    assert zh_guide.page_path("fr") == "/guides/g/#guide-g-zh-1"
