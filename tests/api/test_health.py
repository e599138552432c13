"""GET /api/health."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi.testclient import TestClient


def _testland():
    path = Path(__file__).resolve().parents[1] / "search" / "testland.py"
    spec = importlib.util.spec_from_file_location("testland_fixture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_health_reports_records_model_and_build_time(tmp_path):
    app = _testland().make_test_app(tmp_path)
    with TestClient(app) as client:
        r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["paragraphs"] == len(_testland().FIXTURE_RECORDS)
    assert body["model"] == "hashing"
    assert body["index_built"].startswith("20")


def test_health_module_loads_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, assistant.api.routes.health; "
            "print(any(m in sys.modules for m in ('torch', 'faiss', 'sentence_transformers')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
