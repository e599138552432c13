"""scripts/bench keeps working: a --quick run end to end, and the aim checks on fixed numbers.

No timing is asserted here: speed targets live in the benchmark itself.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_bench():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("untoc_bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_aims_are_checked_in_the_right_direction():
    bench = _load_bench()
    results = {
        "api": {"startup_seconds": 3.0,
                "sequential": {"count": 10, "p50": 40.0, "p95": 60.0, "mean": 45.0, "errors": 0},
                "concurrent": {"requests": 40, "errors": 2, "requests_per_second": 9.0,
                               "latency_ms": {"p95": 90.0}},
                "rss_mb": 700.0, "children_rss_mb": 0.0, "peak_rss_mb": 710.0},
        "queries": {"embed_ms": {"p50": 20.0}, "embed_ms_per_model": {},
                    "real_ask_inprocess_ms": {"p50": 30.0},
                    "synthetic": {"records": 100_000, "data_seconds": 1.0,
                                  "construct_seconds": 2.0, "ask_ms": {"p50": 30.0, "p95": 49.0},
                                  "rss_mb": 1600.0, "peak_rss_mb": 1700.0}},
    }
    checks, rows = bench.checks_and_rows(results)
    verdict = {c["name"]: c["pass"] for c in checks}
    assert verdict["p50(/api/ask) / p50(embedding)"] is False  # 40 / 20 = 2.0 > 1.5
    assert results["ask_over_embed"] == pytest.approx(2.0)
    assert verdict["synthetic 100k: ask p95"] is True  # 49 ms ≤ 50 ms
    assert verdict["synthetic 100k: process RSS"] is False  # 1600 MB > 1536 MB
    assert verdict["  errors under load"] is False
    assert verdict["/api/ask errors (sequential)"] is True
    assert len(rows) > len(checks)  # informational rows carry no verdict


def test_questions_cover_six_languages():
    from assistant.search.lexical import detect_lang

    bench = _load_bench()
    first_ten = {detect_lang(q) for q in bench.QUESTIONS[:10]}
    assert first_ten == {"en", "zh", "fr", "es", "ru", "ar"}
    assert len(set(bench.QUESTIONS)) == len(bench.QUESTIONS) >= 25


@pytest.mark.slow
def test_quick_run_writes_every_section(project_settings, tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run([str(ROOT / "scripts" / "bench"), "--quick", "--out", str(out)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert "build" not in results  # --quick skips the builds
    api = results["api"]
    assert 1 <= api["sequential"]["count"] <= 10 and api["sequential"]["errors"] == 0
    assert 1 <= api["concurrent"]["requests"] <= 40 and api["concurrent"]["errors"] == 0
    assert api["rss_mb"] > 0
    queries = results["queries"]
    assert queries["embed_ms"]["count"] == 10
    synthetic = queries["synthetic"]
    assert synthetic["records"] == 10_000 and synthetic["ask_ms"]["count"] == 10
    assert synthetic["sentences"] > 0 and synthetic["hotspots"]
    names = {c["name"] for c in results["checks"]}
    assert {"p50(/api/ask) / p50(embedding)", "synthetic 10k: ask p95"} <= names
    assert "/api/ask p50" in proc.stdout
