"""Measurements that need a fresh process of their own, run by scripts/bench.py.

  bench_workers.py build ROOT OUT.json
      cold build (empty embedding cache) then a no-op rebuild of the project copy at ROOT.
  bench_workers.py queries PROJECT QUESTIONS.json N OUT.json
      query-embedding time and in-process ask latency over the real index of PROJECT, then a
      synthetic N-record index scored through SearchService itself.

A fresh process keeps imports in the cold-build time and other runs' memory out of the RSS.
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import sys
import time
from pathlib import Path

import numpy as np

PROFILED_QUERIES = 20
HOTSPOTS = 12


def proc_status_kb(pid: int | str, field: str) -> int:
    """A `kB` field of /proc/<pid>/status (VmRSS, VmHWM); 0 when unavailable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def percentiles(values: list[float]) -> dict[str, float]:
    arr = np.asarray(values, dtype=float)
    if not len(arr):
        return {"count": 0}
    return {"count": int(len(arr)), "p50": float(np.percentile(arr, 50)),
            "p95": float(np.percentile(arr, 95)), "mean": float(arr.mean()),
            "max": float(arr.max())}


# -- cold and no-op build ---------------------------------------------------------------------
def build_worker(root: Path, out: Path) -> None:
    started = time.perf_counter()
    from assistant.search.model_files import ensure_e5_small_nano

    ensure_e5_small_nano()  # converting the bundled weights is installation, not build
    install_seconds = time.perf_counter() - started
    preimported = sorted(m for m in ("torch", "sentence_transformers", "faiss", "mkdocs")
                         if m in sys.modules)

    import assistant.search.index as index_module
    from assistant.build import run_build
    from assistant.config import make_settings

    # Time each model's embedding separately by wrapping the build's embedding helper
    # (labels are "<model>: records" / "<model>: sentences"). If it is renamed, the
    # per-model numbers are simply missing.
    embedding: dict[str, dict[str, float]] = {}
    original = getattr(index_module, "_embed_with_progress", None)
    if original is not None:
        def timed(cache, texts, embed, label):
            t = time.perf_counter()
            result = original(cache, texts, embed, label)
            entry = embedding.setdefault(label, {"texts": 0, "seconds": 0.0})
            entry["texts"] += len(texts)
            entry["seconds"] += time.perf_counter() - t
            return result

        index_module._embed_with_progress = timed

    settings = make_settings(root)
    if (settings.index_dir / "cache").exists():
        raise SystemExit(f"{settings.index_dir}/cache exists: the cold build needs an empty cache")
    site_error, with_site = None, True
    t = time.perf_counter()
    try:
        cold = run_build(settings)
    except Exception as exc:  # measure the rest, report the failure
        # The site comes before the index in run_build, so nothing was embedded yet and the
        # cache is still empty: time the build again without the site, and say so.
        site_error = f"{type(exc).__name__}: {exc}"[:2000]
        if (settings.index_dir / "cache").exists() or embedding:
            raise
        with_site = False
        t = time.perf_counter()
        cold = run_build(settings, with_site=False)
    cold_wall = time.perf_counter() - t
    cold_embedding = dict(embedding)
    embedding.clear()

    t = time.perf_counter()
    noop = run_build(settings, with_site=with_site)
    noop_wall = time.perf_counter() - t

    result = {
        "install_seconds": install_seconds,
        "with_site": with_site,
        "site_error": site_error,
        "preimported_before_cold": preimported,
        "records": cold.records,
        "cold": {"wall": cold_wall, "steps": cold.seconds, "embedding": cold_embedding},
        "noop": {"wall": noop_wall, "steps": noop.seconds, "embedding": dict(embedding)},
        "sentences": _sentence_count(settings.index_dir),
    }
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")


def _sentence_count(index_dir: Path) -> int | None:
    from assistant.search import store

    meta = store.read_meta(index_dir)
    return meta.sentences if meta else None


# -- query embedding, in-process ask, synthetic index -----------------------------------------
def _unit(vectors: np.ndarray, rng: np.random.Generator, jitter: float) -> np.ndarray:
    """Unit rows of `vectors` plus random noise of norm ~`jitter` (so no two rows tie)."""
    noise = rng.standard_normal(vectors.shape, dtype=np.float32)
    vectors += noise * np.float32(jitter / np.sqrt(vectors.shape[1]))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def _synthetic_index(real, n: int, rng: np.random.Generator, jitter: float = 0.1):
    """n records shaped like the real ones, without embedding anything.

    Each synthetic record copies a real record's kind, language, headings and number
    of sentences; its text is that many random real sentences of the same language. Every
    sentence keeps the real vector it has in the real index (plus a little noise), and a
    record's vector is the normalised sum of its sentences' vectors, so similarity scores
    (and decisions to decline) look like real ones. Ids are synthetic.
    """
    from assistant.search.service import ModelIndex

    records, rows, starts, ends = real.records, real.sentence_rows, real.sentence_starts, \
        real.sentence_ends
    single = np.setdiff1d(np.arange(len(records)), rows)  # records with one sentence
    texts = [records[r].text[s:e] for r, s, e in zip(rows, starts, ends, strict=True)]
    texts += [records[r].text for r in single]
    langs = np.array([records[r].lang for r in rows] + [records[r].lang for r in single])
    pool = {name: np.vstack([m.sentences, m.passages[single]]) for name, m in real.models.items()}
    by_lang = {lang: np.flatnonzero(langs == lang) for lang in np.unique(langs)}
    sentences_per_record = np.maximum(np.bincount(rows, minlength=len(records)), 1)

    out, s_rows, s_starts, s_ends, s_src = [], [], [], [], []
    members, sizes = [], []
    # Directory entries are one per State: keep their real number, scale the other kinds.
    directory = np.array([i for i, r in enumerate(records) if r.kind == "directory"], np.int64)
    others = np.setdiff1d(np.arange(len(records)), directory)
    kept = directory if len(directory) * 2 <= n else directory[:0]
    templates = np.concatenate([kept, others[rng.integers(0, len(others), n - len(kept))]])
    for i, template in enumerate(templates):
        tpl = records[int(template)]
        candidates = by_lang.get(tpl.lang, np.arange(len(texts)))
        picks = candidates[rng.integers(0, len(candidates), sentences_per_record[template])]
        sep = "" if tpl.lang == "zh" else " "
        parts, pos = [], 0
        for j in picks:
            if parts:
                pos += len(sep)
            if len(picks) > 1:
                s_rows.append(i)
                s_starts.append(pos)
                s_ends.append(pos + len(texts[j]))
                s_src.append(j)
            parts.append(texts[j])
            pos += len(texts[j])
        members.append(picks)
        sizes.append(len(picks))
        rid = f"synthetic-{i:06d}"
        out.append(tpl.model_copy(update={"id": rid, "text": sep.join(parts), "parent": None,
                                          "url": f"/synthetic/#{rid}"}))
    flat, offsets = np.concatenate(members), np.cumsum([0, *sizes[:-1]])
    models = {}
    for name, m in real.models.items():
        passages = np.empty((n, pool[name].shape[1]), dtype=np.float32)
        for lo in range(0, n, 10_000):  # bounded temporaries
            hi = min(lo + 10_000, n)
            a, b = offsets[lo], offsets[hi] if hi < n else len(flat)
            passages[lo:hi] = np.add.reduceat(pool[name][flat[a:b]], offsets[lo:hi] - a)
        models[name] = ModelIndex(embedder=m.embedder, passages=_unit(passages, rng, jitter),
                                  sentences=_unit(pool[name][np.array(s_src, dtype=np.int64)],
                                                  rng, jitter))
    return (out, np.array(s_rows, np.int32), np.array(s_starts, np.int32),
            np.array(s_ends, np.int32), models)


def _hotspots(profile: cProfile.Profile, queries: int, project: Path) -> list[dict[str, object]]:
    stats = pstats.Stats(profile)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:HOTSPOTS]
    out = []
    for (file, line, func), (_, calls, tottime, cumtime, _) in rows:
        path = Path(file)
        where = (str(path.relative_to(project)) if path.is_relative_to(project)
                 else "/".join(path.parts[-2:]))
        out.append({"function": f"{where}:{line}({func})", "calls_per_query": calls / queries,
                    "self_ms_per_query": tottime * 1000 / queries,
                    "cum_ms_per_query": cumtime * 1000 / queries})
    return out


def query_worker(project: Path, questions: list[str], synthetic: int, out: Path) -> None:
    from assistant.config import make_settings
    from assistant.schemas.api import AskRequest
    from assistant.search.service import SearchService, load_service

    result: dict[str, object] = {}
    t = time.perf_counter()
    real = load_service(make_settings(project))
    result["load_service_seconds"] = time.perf_counter() - t
    embedders = {name: m.embedder for name, m in real.models.items()}

    # 1. Bare query embedding: what every ask must pay, summed over the ensemble.
    for emb in embedders.values():
        emb.embed_queries(["warm-up"])
    # One model at a time: calling them back to back lets one model's idle worker threads
    # slow the other down on 2 cores, which would overstate the bare cost.
    per_model: dict[str, list[float]] = {name: [] for name in embedders}
    for name, emb in embedders.items():
        for q in questions:
            t = time.perf_counter()
            emb.embed_queries([q])
            per_model[name].append((time.perf_counter() - t) * 1000)
    totals = [sum(times) for times in zip(*per_model.values(), strict=True)]
    result["embed_ms"] = percentiles(totals)
    result["embed_ms_per_model"] = {n: percentiles(v) for n, v in per_model.items()}

    # 2. The real index in-process: ask without HTTP.
    real.ask(AskRequest(question=questions[0]))
    inproc, real_answered = [], 0
    for q in questions:
        t = time.perf_counter()
        real_answered += real.ask(AskRequest(question=q)).answered
        inproc.append((time.perf_counter() - t) * 1000)
    result["real_ask_inprocess_ms"] = percentiles(inproc)
    result["real_answered"] = real_answered
    result["real_records"] = len(real.records)

    # 3. Synthetic index: real sentences and their vectors resampled, real query embedding.
    rng = np.random.default_rng(20240917)
    rss_before = proc_status_kb("self", "VmRSS")
    t = time.perf_counter()
    records, rows, starts, ends, models = _synthetic_index(real, synthetic, rng)
    meta = real.meta.model_copy(update={"records": len(records), "sentences": len(rows)})
    data_seconds = time.perf_counter() - t
    t = time.perf_counter()
    service = SearchService(settings=real.settings, records=records, models=models,
                            sentence_rows=rows, sentence_starts=starts, sentence_ends=ends,
                            meta=meta)
    construct_seconds = time.perf_counter() - t
    del real
    gc.collect()

    service.ask(AskRequest(question=questions[0]))
    latencies, answered = [], 0
    for q in questions:
        t = time.perf_counter()
        response = service.ask(AskRequest(question=q))
        latencies.append((time.perf_counter() - t) * 1000)
        answered += response.answered
    profile = cProfile.Profile()
    profiled = questions[:PROFILED_QUERIES]
    profile.enable()
    for q in profiled:
        service.ask(AskRequest(question=q))
    profile.disable()
    result["synthetic"] = {
        "records": len(records), "sentences": int(len(rows)),
        "dims": {name: int(m.passages.shape[1]) for name, m in models.items()},
        "data_seconds": data_seconds, "construct_seconds": construct_seconds,
        "ask_ms": percentiles(latencies), "answered": answered,
        "rss_mb": proc_status_kb("self", "VmRSS") / 1024,
        "peak_rss_mb": proc_status_kb("self", "VmHWM") / 1024,
        "rss_before_synthetic_mb": rss_before / 1024,
        "hotspots": _hotspots(profile, len(profiled), Path(__file__).resolve().parent.parent),
    }
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[0] == "build":
        build_worker(Path(argv[1]), Path(argv[2]))
    elif len(argv) == 5 and argv[0] == "queries":
        questions = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        query_worker(Path(argv[1]), questions, int(argv[3]), Path(argv[4]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
