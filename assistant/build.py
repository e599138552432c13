"""`untoc-kb build`: sources → corpus → (site, index), built aside and swapped in at the end.

A failure at any step raises before anything is swapped, so the last good site and index
stay in place.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.corpus import write_corpus


@dataclass
class BuildReport:
    records: int = 0
    states: int = 0
    guides: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        steps = ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items())
        return (f"built {self.records} records ({self.guides} guide paragraphs), "
                f"{self.states} States; {steps}")


def _swap(new: Path, live: Path) -> None:
    """Replace `live` by `new` with two renames, so readers never see a half-written tree."""
    old = live.with_name(live.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if live.exists():
        live.rename(old)
    new.rename(live)
    if old.exists():
        shutil.rmtree(old)


def _fresh(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def run_build(settings: Settings, *, model: str | None = None, query_prefix: str | None = None,
              passage_prefix: str | None = None, with_site: bool = True,
              with_index: bool = True) -> BuildReport:
    from assistant.directory.load import load_directory
    from assistant.directory.records import directory_records
    from assistant.guides.load import load_guides
    from assistant.sources import load_corpus

    report = BuildReport()
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.seconds[name] = now - clock
        clock = now

    corpus = load_corpus(settings)
    directory = load_directory(settings.data_dir / "directory")
    guides = load_guides(settings, {p.id: p for p in corpus})
    records = corpus + directory_records(directory) + guides
    report.records, report.states = len(records), len(directory.states)
    report.guides = len(guides)
    lap("parse")

    index_new = _fresh(settings.index_dir.with_name(settings.index_dir.name + ".new"))
    # Carry the embedding cache over so unchanged texts are not embedded again.
    cache = settings.index_dir / "cache"
    if cache.exists():
        shutil.copytree(cache, index_new / "cache")
    write_corpus(index_new / "corpus.jsonl", records)

    site_new = settings.site_dir.with_name(settings.site_dir.name + ".new")
    if with_site:
        from assistant.site.build import build_site

        build_site(settings, corpus=corpus, directory=directory, guides=guides, out=site_new)
        lap("site")
    if with_index:
        from assistant.search.index import build_index

        build_index(settings, records, index_new, model=model, query_prefix=query_prefix,
                    passage_prefix=passage_prefix)
        lap("index")

    _swap(index_new, settings.index_dir)
    if with_site:
        _swap(site_new, settings.site_dir)
    return report
