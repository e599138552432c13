"""Speed and memory benchmark of untoc-kb; run through scripts/bench (see --help).

One run measures: cold build (empty embedding cache) and no-op rebuild of a temporary copy
of the project; /api/ask latency against `untoc-kb serve` over the real built project, and
throughput with concurrent clients; the server's RSS; bare query-embedding time; a synthetic
100,000-record index scored through SearchService. Targets live here, never in timed tests.
Everything runs on 127.0.0.1; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_workers import percentiles, proc_status_kb  # noqa: E402

BIN = Path(sys.executable).parent  # the venv's bin: untoc-kb lives beside its python

AIM_COLD_BUILD_S = 60.0
AIM_NOOP_BUILD_S = 5.0
AIM_ASK_OVER_EMBED = 1.5
AIM_SYNTHETIC_P95_MS = 50.0
AIM_SYNTHETIC_RSS_MB = 1536.0
HEALTH_TIMEOUT_S = 300.0
REQUEST_TIMEOUT_S = 60.0

# Our own questions (never the evaluation set), six languages interleaved so that any prefix
# of the list (--quick takes 10) mixes languages and topics.
QUESTIONS = [
    "What must a central authority do when it receives a request for mutual legal assistance?",
    "缔约国在什么情况下可以拒绝提供司法协助？",
    "Comment fonctionne le mécanisme d'examen de l'application de la Convention ?",
    "¿Qué debe contener una solicitud de asistencia judicial recíproca?",
    "Может ли государство отказать в выдаче своих граждан?",
    "ما هي متطلبات وسم الأسلحة النارية؟",
    "Can a State refuse extradition of its own nationals under the Convention?",
    "公约关于引渡的规定是什么？",
    "Un État peut-il refuser l'extradition de ses ressortissants ?",
    "¿Cómo se protege a los testigos según la Convención?",
    "Как работает механизм обзора хода осуществления Конвенции?",
    "ما هي التزامات الدول بشأن تسليم المجرمين بموجب الاتفاقية؟",
    "What marking of firearms does the Firearms Protocol require at manufacture?",
    "枪支议定书对枪支标识有什么要求？",
    "Que prévoit le Protocole relatif aux armes à feu sur le marquage des armes ?",
    "¿Qué dice el Protocolo contra el tráfico ilícito de migrantes sobre la penalización?",
    "Какие требования предъявляются к просьбе о взаимной правовой помощи?",
    "كيف تعمل آلية استعراض تنفيذ الاتفاقية؟",
    "How is the review mechanism of the Convention funded?",
    "缔约方会议关于技术援助作出了哪些决定？",
    "Quelles sont les obligations des États en matière d'entraide judiciaire ?",
    "¿Cuál es la función de la autoridad central designada?",
    "Что говорит Протокол об огнестрельном оружии о маркировке?",
    "ما هو دور السلطة المركزية في المساعدة القانونية المتبادلة؟",
    "confiscation of proceeds of crime and international cooperation",
    "审议机制的经费如何保障？",
    "Which conduct must be criminalized as participation in an organized criminal group?",
]


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="scripts/bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="tiny smoke run: no build, 10 questions, 10k synthetic records")
    p.add_argument("--skip-build", action="store_true", help="skip the cold and no-op builds")
    p.add_argument("--out", type=Path, default=Path("bench-results.json"),
                   help="JSON results file (default: ./bench-results.json)")
    p.add_argument("--project", type=Path, default=ROOT,
                   help="built project served for the API measurements (default: this checkout)")
    p.add_argument("--questions", type=int, default=None,
                   help="sequential /api/ask requests (default 100, --quick 10)")
    p.add_argument("--synthetic", type=int, default=None,
                   help="records in the synthetic index (default 100000, --quick 10000)")
    p.add_argument("--strict", action="store_true", help="exit 1 when an aim is missed")
    args = p.parse_args(argv)
    args.questions = args.questions or (10 if args.quick else 100)
    args.synthetic = args.synthetic or (10_000 if args.quick else 100_000)
    args.concurrent_total = 40 if args.quick else 200
    args.concurrent_cap_s = 60.0 if args.quick else 300.0
    args.sequential_cap_s = 300.0 if args.quick else 900.0
    return args


def _run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float, log: Path,
         cwd: Path | None = None) -> float:
    """Run a command with output to `log`; wall seconds. Raises with the log tail on failure."""
    t = time.perf_counter()
    with log.open("wb") as fh:
        proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
                              timeout=timeout, check=False)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{tail}")
    return wall


def _env(root: Path) -> dict[str, str]:
    return {**os.environ, "UNTOC_KB_ROOT": str(root)}


# -- 1-3. builds ------------------------------------------------------------------------------
def bench_build(project: Path, work: Path) -> dict[str, object]:
    root = work / "project"
    root.mkdir()
    for name in ("data", "docs"):
        shutil.copytree(project / name, root / name)
    shutil.copy2(project / "mkdocs.yml", root / "mkdocs.yml")
    # mkdocs.yml names its hooks and jieba dictionary by paths relative to the root.
    (root / "assistant").symlink_to(project / "assistant", target_is_directory=True)
    out = work / "build.json"
    print("· cold build + in-process no-op rebuild of a temporary copy …", flush=True)
    _run([sys.executable, str(HERE / "bench_workers.py"), "build", str(root), str(out)],
         timeout=3600, log=work / "build-worker.log", cwd=work)
    result = json.loads(out.read_text(encoding="utf-8"))
    print("· no-op rebuild in a fresh `untoc-kb build` process …", flush=True)
    cmd = [str(BIN / "untoc-kb"), "build"] + ([] if result["with_site"] else ["--no-site"])
    result["noop_fresh_process_wall"] = _run(cmd, env=_env(root), timeout=1800,
                                             log=work / "noop-cli.log", cwd=work)
    cold = result["cold"]
    index_s = cold["steps"].get("index")
    result["records_per_second"] = result["records"] / index_s if index_s else None
    rates = {}
    for label, entry in cold["embedding"].items():
        if entry["seconds"] > 0:
            rates[label] = {"texts": entry["texts"], "seconds": entry["seconds"],
                            "per_second": entry["texts"] / entry["seconds"]}
    result["embedding_rates"] = rates
    return result


def ensure_built(project: Path, work: Path) -> dict[str, object]:
    site = (project / "site").is_dir()
    if (project / "index" / "index_meta.json").exists():
        if not site:  # the API does not need it; say so rather than rebuild someone's tree
            print(f"! {project}/site is missing: measuring the API without the static site")
        return {"built_by_bench": False, "site_present": site}
    print(f"! {project} has no built index/site: running `untoc-kb build` there …", flush=True)
    wall = _run([str(BIN / "untoc-kb"), "build"], env=_env(project), timeout=3600,
                log=work / "project-build.log", cwd=project)
    return {"built_by_bench": True, "build_seconds": wall}


# -- 4-6. the API over HTTP -------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree_rss_kb(pid: int) -> tuple[int, int]:
    """VmRSS of `pid` and the sum over its descendants."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    family, frontier = set(), {pid}
    while frontier:
        family |= frontier
        frontier = {c for c, p in parents.items() if p in frontier} - family
    return proc_status_kb(pid, "VmRSS"), sum(proc_status_kb(c, "VmRSS") for c in family - {pid})


def _wait_healthy(client, proc: subprocess.Popen, log: Path) -> float:
    import httpx

    t = time.perf_counter()
    deadline = time.monotonic() + HEALTH_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"untoc-kb serve exited {proc.returncode}:\n"
                               + log.read_text(errors="replace")[-3000:])
        try:
            response = client.get("/api/health", timeout=5)
            if response.status_code == 200 and response.json().get("status") == "ok":
                return time.perf_counter() - t
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"untoc-kb serve not healthy after {HEALTH_TIMEOUT_S:.0f} s")


def _ask(client, question: str) -> tuple[float, bool]:
    import httpx

    t = time.perf_counter()
    try:
        ok = client.post("/api/ask", json={"question": question}).status_code == 200
    except httpx.HTTPError:
        ok = False
    return (time.perf_counter() - t) * 1000, ok


def _concurrent(base: str, questions: list[str], clients: int, total: int,
                cap_s: float) -> dict[str, object]:
    import httpx

    counter = itertools.count()  # next() on it is atomic under the GIL
    lock = threading.Lock()
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + cap_s

    def client_loop() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
            while time.monotonic() < deadline:
                i = next(counter)
                if i >= total:
                    return
                ms, ok = _ask(client, questions[i % len(questions)])
                with lock:
                    latencies.append(ms)
                    errors += not ok

    t = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client_loop) for _ in range(clients)]:
            future.result()
    wall = time.perf_counter() - t
    return {"clients": clients, "requests": len(latencies), "errors": errors, "seconds": wall,
            "requests_per_second": len(latencies) / wall if wall else 0.0,
            "latency_ms": percentiles(latencies)}


def bench_api(project: Path, work: Path, questions: list[str], args) -> dict[str, object]:
    import httpx

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = work / "serve.log"
    print(f"· untoc-kb serve on {base} over {project} …", flush=True)
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [str(BIN / "untoc-kb"), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=_env(project), cwd=work, stdout=fh, stderr=subprocess.STDOUT,
            start_new_session=True)
    result: dict[str, object] = {}
    try:
        with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
            result["startup_seconds"] = _wait_healthy(client, proc, log)
            for q in questions[:2]:  # warm-up, not counted
                _ask(client, q)
            latencies, errors = [], 0
            deadline = time.monotonic() + args.sequential_cap_s
            print(f"· {len(questions)} sequential /api/ask …", flush=True)
            for q in questions:
                if time.monotonic() > deadline:
                    break
                ms, ok = _ask(client, q)
                latencies.append(ms)
                errors += not ok
            result["sequential"] = {**percentiles(latencies), "errors": errors}
        print(f"· {args.concurrent_total} /api/ask from 8 concurrent clients …", flush=True)
        result["concurrent"] = _concurrent(base, questions, 8, args.concurrent_total,
                                           args.concurrent_cap_s)
        own, children = _tree_rss_kb(proc.pid)
        result["rss_mb"] = own / 1024
        result["children_rss_mb"] = children / 1024
        result["peak_rss_mb"] = proc_status_kb(proc.pid, "VmHWM") / 1024
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
    return result


# -- 4, 7. in-process embedding and the synthetic index ---------------------------------------
def bench_queries(project: Path, work: Path, questions: list[str], synthetic: int):
    qfile, out = work / "questions.json", work / "queries.json"
    qfile.write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
    print(f"· query embedding in-process + synthetic {synthetic:,}-record index …", flush=True)
    _run([sys.executable, str(HERE / "bench_workers.py"), "queries", str(project), str(qfile),
          str(synthetic), str(out)], env=_env(project), timeout=3600,
         log=work / "queries-worker.log", cwd=work)
    return json.loads(out.read_text(encoding="utf-8"))


# -- report -----------------------------------------------------------------------------------
def checks_and_rows(results: dict) -> tuple[list[dict], list[tuple[str, str, str, str]]]:
    checks: list[dict] = []
    rows: list[tuple[str, str, str, str]] = []

    def row(label: str, value: float | None, unit: str, aim: float | None = None,
            fmt: str = "{:.1f}", higher_is_better: bool = False) -> None:
        shown = "—" if value is None else fmt.format(value) + unit
        if aim is None or value is None:
            rows.append((label, shown, "", ""))
            return
        ok = value >= aim if higher_is_better else value <= aim
        checks.append({"name": label, "value": value, "aim": aim, "pass": ok})
        sign = "≥" if higher_is_better else "≤"
        rows.append((label, shown, f"{sign} {fmt.format(aim)}{unit}",
                     "[green]✓ pass[/green]" if ok else "[red]✗ FAIL[/red]"))

    for name in ("build", "project", "api", "queries"):
        if "error" in results.get(name, {}):
            rows.append((f"{name}: [red]error[/red]", "", "", "[red]✗ error[/red]"))
    build = results.get("build")
    if build and "error" not in build:
        cold = build["cold"]
        if not build["with_site"]:
            rows.append(("[red]site build failed: builds below are WITHOUT the site[/red]",
                         "", "", "[red]✗ error[/red]"))
        row("cold build (run_build, empty cache)", cold["wall"], " s", AIM_COLD_BUILD_S)
        for step, sec in cold["steps"].items():
            row(f"  step {step}", sec, " s")
        row("no-op rebuild (run_build in-process)", build["noop"]["wall"], " s", AIM_NOOP_BUILD_S)
        for step, sec in build["noop"]["steps"].items():
            row(f"  step {step}", sec, " s")
        row("no-op rebuild (fresh `untoc-kb build`)", build["noop_fresh_process_wall"], " s",
            AIM_NOOP_BUILD_S)
        row(f"index build rate ({build['records']} records)", build["records_per_second"],
            " rec/s")
        for label, rate in build["embedding_rates"].items():
            row(f"  {label} ({rate['texts']})", rate["per_second"], " /s")
    api = {k: v for k, v in results.get("api", {}).items() if "error" not in results["api"]}
    queries = {k: v for k, v in results.get("queries", {}).items()
               if "error" not in results["queries"]}
    seq = api.get("sequential", {})
    if seq:
        row("server start-up to healthy", api["startup_seconds"], " s")
        n = seq.get("count", 0)
        row(f"/api/ask p50 ({n} sequential)", seq.get("p50"), " ms")
        row("/api/ask p95", seq.get("p95"), " ms")
        row("/api/ask mean", seq.get("mean"), " ms")
        row("/api/ask errors (sequential)", seq.get("errors"), "", 0, fmt="{:.0f}")
    embed = queries.get("embed_ms", {})
    if embed:
        row("query embedding p50 (sum over models)", embed.get("p50"), " ms")
        for name, stats in queries.get("embed_ms_per_model", {}).items():
            row(f"  {name} p50", stats.get("p50"), " ms")
        row("ask in-process p50 (real index)", queries["real_ask_inprocess_ms"].get("p50"), " ms")
    if seq.get("p50") and embed.get("p50"):
        results["ask_over_embed"] = seq["p50"] / embed["p50"]
        row("p50(/api/ask) / p50(embedding)", results["ask_over_embed"], "×",
            AIM_ASK_OVER_EMBED, fmt="{:.2f}")
    conc = api.get("concurrent")
    if conc:
        row(f"req/s, 8 clients ({conc['requests']} requests)", conc["requests_per_second"], "")
        row("  latency p95 under load", conc["latency_ms"].get("p95"), " ms")
        row("  errors under load", conc["errors"], "", 0, fmt="{:.0f}")
    if "rss_mb" in api:
        row("server RSS after load", api["rss_mb"] + api["children_rss_mb"], " MB", fmt="{:.0f}")
        row("  server peak RSS (VmHWM)", api["peak_rss_mb"], " MB", fmt="{:.0f}")
    syn = queries.get("synthetic")
    if syn:
        label = f"synthetic {syn['records'] // 1000}k"
        row(f"{label}: build arrays + SearchService",
            syn["data_seconds"] + syn["construct_seconds"], " s")
        row(f"{label}: ask p50", syn["ask_ms"].get("p50"), " ms")
        row(f"{label}: ask p95", syn["ask_ms"].get("p95"), " ms", AIM_SYNTHETIC_P95_MS)
        if embed.get("p50"):
            row(f"{label}: ask p50 − embedding p50", syn["ask_ms"]["p50"] - embed["p50"], " ms")
        row(f"{label}: process RSS", syn["rss_mb"], " MB", AIM_SYNTHETIC_RSS_MB, fmt="{:.0f}")
        row(f"{label}: peak RSS (VmHWM)", syn["peak_rss_mb"], " MB", fmt="{:.0f}")
    return checks, rows


def render(results: dict, rows: list[tuple[str, str, str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    machine = results["machine"]
    precision = machine.get("e5_precision", "?")
    table = Table(title=f"untoc-kb benchmark ({machine['cpus']} CPUs, "
                        f"load {machine['loadavg_start']}, e5 in {precision})")
    for name, justify in (("measure", "left"), ("value", "right"), ("aim", "right"),
                          ("", "left")):
        table.add_column(name, justify=justify)
    for r in rows:
        table.add_row(*r)
    console.print(table)
    syn = results.get("queries", {}).get("synthetic")
    if syn:
        hot = Table(title=f"synthetic index: hottest functions per ask (cProfile, "
                          f"{syn['records']:,} records)")
        hot.add_column("function", overflow="fold")
        for name in ("calls", "self ms", "cum ms"):
            hot.add_column(name, justify="right")
        for h in syn["hotspots"]:
            hot.add_row(h["function"], f"{h['calls_per_query']:.0f}",
                        f"{h['self_ms_per_query']:.2f}", f"{h['cum_ms_per_query']:.2f}")
        console.print(hot)


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _e5_precision() -> str:
    """The arithmetic e5-small-nano runs in here (UNTOC_KB_PRECISION and the CPU)."""
    from assistant.search.models import e5_dtype

    return e5_dtype()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    project = args.project.resolve()
    questions = list(itertools.islice(itertools.cycle(QUESTIONS), args.questions))
    results: dict = {"machine": {"cpus": os.cpu_count(), "loadavg_start": _loadavg(),
                                 "UNTOC_KB_THREADS": os.environ.get("UNTOC_KB_THREADS"),
                                 "e5_precision": _e5_precision()},
                     "options": {"quick": args.quick, "skip_build": args.skip_build,
                                 "questions": args.questions, "synthetic": args.synthetic,
                                 "project": str(project)}}
    work = Path(tempfile.mkdtemp(prefix="untoc-bench-"))
    sections = []
    if not (args.quick or args.skip_build):
        sections.append(("build", lambda: bench_build(project, work)))
    sections += [("project", lambda: ensure_built(project, work)),
                 ("api", lambda: bench_api(project, work, questions, args)),
                 ("queries", lambda: bench_queries(project, work, questions, args.synthetic))]
    errors = []
    try:
        for name, measure in sections:
            if name != "project" and "error" in results.get("project", {}):
                continue  # nothing to serve
            load = _loadavg()
            try:
                results[name] = measure()
            except Exception as exc:  # one broken part must not hide the other numbers
                results[name] = {"error": f"{type(exc).__name__}: {exc}"[-4000:]}
                errors.append(name)
                print(f"! {name} failed: {results[name]['error']}", file=sys.stderr, flush=True)
            results[name]["loadavg_before"] = load
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if results.get("build", {}).get("site_error"):
        errors.append("build (site)")
    results["machine"]["loadavg_end"] = _loadavg()
    checks, rows = checks_and_rows(results)
    results["checks"] = checks
    results["errors"] = errors
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    render(results, rows)
    print(f"results written to {args.out}")
    if errors:
        print(f"! failed: {', '.join(errors)} (see {args.out})", file=sys.stderr)
        return 2
    return 1 if args.strict and not all(c["pass"] for c in checks) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
