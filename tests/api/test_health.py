"""GET /api/health."""

from __future__ import annotations

from fastapi.testclient import TestClient

from ..search import testland


def test_health_reports_records_model_and_build_time(tmp_path):
    app = testland.make_test_app(tmp_path)
    with TestClient(app) as client:
        r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["paragraphs"] == len(testland.FIXTURE_RECORDS)
    assert body["model"] == "hashing"
    assert body["index_built"].startswith("20")


def test_health_module_loads_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, assistant.api.routes.health; "
            "print(any(m in sys.modules for m in ('torch', 'faiss', 'sentence_transformers')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
