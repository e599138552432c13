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

SITE_HASH_FILE = ".build-hash"  # written into the site by assistant.site.build


@dataclass
class BuildReport:
    records: int = 0
    states: int = 0
    guides: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    unchanged: bool = False  # nothing to rebuild: site and index already match the inputs
    translations_ignored: int = 0  # English renderings of paragraphs whose text changed

    def summary(self) -> str:
        if self.unchanged:
            return f"nothing changed ({self.records} records); site and index are up to date"
        steps = ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items())
        ignored = (f"; {self.translations_ignored} English renderings ignored (their "
                   "paragraph changed: see data/translations/README.md)"
                   if self.translations_ignored else "")
        return (f"built {self.records} records ({self.guides} guide paragraphs), "
                f"{self.states} States; {steps}{ignored}")


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


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8").strip() if path.exists() else None


def _site_hash(settings: Settings, corpus, directory, guides) -> str:
    from assistant.site.build import site_inputs_hash

    return site_inputs_hash(settings, corpus, directory, guides)


def _index_current(settings: Settings, records: list, model: str | None) -> bool:
    """True when index/ was built from exactly these records with these models."""
    from assistant.search import store
    from assistant.search.index import PASSAGE_FORMAT
    from assistant.search.models import DEFAULT_MODELS
    from assistant.search.translations import TRANSLATIONS_FILE, file_digest

    meta = store.read_meta(settings.index_dir)
    if meta is None:
        return False
    wanted = [model] if model else list(DEFAULT_MODELS)
    return ([m.name for m in meta.models] == wanted
            and meta.passage_format == PASSAGE_FORMAT
            and meta.translations_sha256 == file_digest(settings.data_dir / TRANSLATIONS_FILE)
            and meta.corpus_sha256 == store.corpus_hash([r.model_dump_json() for r in records]))


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

    site_hash = _site_hash(settings, corpus, directory, guides) if with_site else None
    site_current = site_hash is not None and _read(settings.site_dir / SITE_HASH_FILE) == site_hash
    index_current = with_index and _index_current(settings, records, model)
    if (not with_site or site_current) and (not with_index or index_current):
        report.unchanged = True
        return report

    index_new = _fresh(settings.index_dir.with_name(settings.index_dir.name + ".new"))
    if index_current:
        # Same records, same models: the vectors on disk are still right.
        for file in settings.index_dir.iterdir():
            if file.is_file():
                shutil.copy2(file, index_new / file.name)
    # Carry the embedding cache over so unchanged texts are not embedded again.
    cache = settings.index_dir / "cache"
    if cache.exists():
        shutil.copytree(cache, index_new / "cache")
    write_corpus(index_new / "corpus.jsonl", records)

    site_new = settings.site_dir.with_name(settings.site_dir.name + ".new")
    if with_site and not site_current:
        from assistant.site.build import build_site

        build_site(settings, corpus=corpus, directory=directory, guides=guides, out=site_new)
        lap("site")
    if with_index and not index_current:
        from assistant.search.index import build_index

        meta = build_index(settings, records, index_new, model=model,
                           query_prefix=query_prefix, passage_prefix=passage_prefix)
        report.translations_ignored = meta.translations_ignored
        lap("index")

    _swap(index_new, settings.index_dir)
    if with_site and not site_current:
        _swap(site_new, settings.site_dir)
    return report
