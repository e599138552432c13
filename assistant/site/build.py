"""build_site: hand-written docs + generated pages → build/docs → mkdocs → `out`.

Generated pages are Markdown (one page per document, per treaty article, per topic), in the
suffix layout of mkdocs-static-i18n: `page.md` (zh), `page.en.md`, ... mkdocs runs in strict
mode, so a broken internal link or anchor fails the build with UntocError and `out` is not
swapped in by the caller.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import UntocError
from assistant.schemas.paragraph import Paragraph
from assistant.site import browse, documents, state, treaties
from assistant.site.context import SiteContext
from assistant.site.i18n import LANGS, load_topic_names
from assistant.site.markup import lang_src

log = logging.getLogger("untoc_kb.site")
HERE = Path(__file__).resolve().parent
JIEBA_USER_DICT = HERE / "jieba_user.txt"
MANIFESTS = ("sources/manifest.yaml", "treaties/manifest.yaml")
# Top navigation, in order; entries whose page is missing are left out.
NAV = ("index.md", "documents/index.md", "treaties/index.md", "browse/index.md",
       "guides/index.md", "directory/index.md", "chat.md", "writer.md", "about.md")
HASH_FILE = ".build-hash"


def load_documents(settings: Settings) -> dict[str, Any]:
    """Manifest records by id (titles, summaries, symbol...); {} when there is no manifest."""
    found: dict[str, Any] = {}
    for name in MANIFESTS:
        path = settings.data_dir / name
        if path.is_file():
            from assistant.sources.manifest import load_manifest

            found.update({doc.id: doc for doc in load_manifest(path)})
    return found


def _write(staging: Path, src: str, lang: str, text: str) -> None:
    path = staging / lang_src(src, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate_pages(ctx: SiteContext, staging: Path) -> int:
    """Write every generated page in every language; returns the number of files."""
    jobs: list[tuple[str, Callable[[str], str]]] = [
        ("documents/index.md", lambda lang: documents.documents_index(ctx, lang)),
        ("browse/index.md", browse.browse_index),
        ("browse/topics/index.md", lambda lang: browse.topics_index(ctx, lang)),
        ("browse/sessions.md", lambda lang: browse.sessions_page(ctx, lang)),
        ("browse/instruments.md", lambda lang: browse.instruments_page(ctx, lang)),
        ("browse/articles.md", lambda lang: browse.articles_page(ctx, lang)),
    ]
    for src in sorted(ctx.pages):
        if src.startswith("documents/"):
            jobs.append((src, lambda lang, s=src: documents.document_page(ctx, s, lang)))
    if ctx.article_pages:
        jobs.append(("treaties/index.md", lambda lang: treaties.treaties_index(ctx, lang)))
        for instrument in treaties.instruments_present(ctx):
            jobs.append((f"treaties/{instrument.lower()}/index.md",
                         lambda lang, i=instrument: treaties.instrument_index(ctx, i, lang)))
        for src in treaties.article_pages_for(ctx):
            jobs.append((src, lambda lang, s=src: treaties.article_page(ctx, s, lang)))
    for slug in ctx.all_topics():
        jobs.append((f"browse/topics/{slug}.md",
                     lambda lang, s=slug: browse.topic_page(ctx, s, lang)))
    for src, make in jobs:
        for lang in LANGS:
            _write(staging, src, lang, make(lang))
    return len(jobs) * len(LANGS)


SECTIONS_MARK = "<!-- untoc:sections -->"
SECTIONS = (("documents/index.md", "documents", "documents_intro"),
            ("treaties/index.md", "treaties", None), ("browse/index.md", "browse", "browse_intro"),
            ("guides/index.md", "guides", "guides_note"), ("directory/index.md", "directory", None),
            ("chat.md", "chat", None), ("writer.md", "writer", None), ("about.md", "about", None))


def fill_home_sections(staging: Path) -> None:
    """Replace the sections mark of the home pages by links to the sections that exist, so the
    hand-written home page never links to a page another part of the build did not make."""
    from assistant.site.i18n import t
    from assistant.site.markup import md_text

    for lang in LANGS:
        home = staging / lang_src("index.md", lang)
        if not home.is_file():
            continue
        text = home.read_text(encoding="utf-8")
        if SECTIONS_MARK not in text:
            continue
        items = []
        for src, name, blurb in SECTIONS:
            if (staging / src).is_file():
                line = f"- [{md_text(t(name, lang))}]({src})"
                items.append(line + (f" — {md_text(t(blurb, lang))}" if blurb else ""))
        home.write_text(text.replace(SECTIONS_MARK, "\n".join(items)), encoding="utf-8")


def _stage(settings: Settings, staging: Path) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    if settings.docs_dir.is_dir():
        # overrides/ is the theme's custom_dir, not site content
        shutil.copytree(settings.docs_dir, staging,
                        ignore=shutil.ignore_patterns("overrides", "__pycache__", ".*"))
    else:
        staging.mkdir(parents=True)


def _write_directory(directory: Any, staging: Path) -> None:
    if directory is None:
        return
    try:
        from assistant.directory.site import write_directory_pages
    except ModuleNotFoundError as exc:
        if exc.name in ("assistant.directory.site", "assistant.directory"):
            log.info("no directory pages: assistant.directory.site is not there")
            return
        raise
    write_directory_pages(directory, staging)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_mkdocs(settings: Settings, staging: Path, out: Path) -> None:
    """mkdocs build (strict) of `staging` into `out`; UntocError with its warnings on failure."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    nav = [src for src in NAV if (staging / src).is_file()]
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    saved = mkdocs_log.level, mkdocs_log.propagate
    mkdocs_log.setLevel(logging.WARNING)
    mkdocs_log.propagate = False  # quiet: warnings are reported through UntocError
    mkdocs_log.addHandler(collect)
    try:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        config = load_config(config_file=str(settings.root / "mkdocs.yml"),
                             docs_dir=str(staging), site_dir=str(out), nav=nav,
                             # the package's hooks, wherever the project root is
                             hooks=[str(HERE / "hooks.py")])
        for name, plugin in config.plugins.items():
            if name.endswith("search") and hasattr(plugin.config, "jieba_dict_user"):
                plugin.config.jieba_dict_user = str(JIEBA_USER_DICT)
        build(config)
    except UntocError:
        raise
    except BaseException as exc:  # mkdocs raises SystemExit-like Abort on strict failures
        if isinstance(exc, KeyboardInterrupt):
            raise
        details = "; ".join(collect.messages[:10]) or f"{type(exc).__name__}: {exc}"
        raise UntocError(f"site build failed: {details}") from exc
    finally:
        mkdocs_log.removeHandler(collect)
        mkdocs_log.setLevel(saved[0])
        mkdocs_log.propagate = saved[1]
    if collect.messages:  # strict mode should have failed; never publish with warnings
        raise UntocError("site build failed: " + "; ".join(collect.messages[:10]))


def _hash_files(h: Any, label: str, paths: Iterable[Path], base: Path) -> None:
    """Hash files by their path under `base` (so the hash does not depend on where the
    checkout is) and their bytes."""
    for path in sorted(p for p in paths if p.is_file() and "__pycache__" not in p.parts):
        name = path.relative_to(base) if path.is_relative_to(base) else path.name
        h.update(f"{label}/{name}\0".encode() + path.read_bytes() + b"\0")


def _dump(value: Any) -> bytes:
    if hasattr(value, "model_dump_json"):
        return value.model_dump_json().encode()
    return repr(value).encode()


def site_inputs_hash(settings: Settings, corpus: list[Paragraph], directory: Any,
                     guides: list[Paragraph]) -> str:
    """A hash of everything the site is made from; equal hashes mean an identical site."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    for package in ("untoc-kb", "mkdocs", "mkdocs-material", "mkdocs-static-i18n"):
        try:
            h.update(f"{package}={version(package)}\0".encode())
        except PackageNotFoundError:
            h.update(f"{package}=?\0".encode())
    for record in [*corpus, *guides]:
        h.update(_dump(record) + b"\n")
    h.update(b"directory\0" + (_dump(directory) if directory is not None else b"none"))
    _hash_files(h, "root", [settings.root / "mkdocs.yml"], settings.root)
    _hash_files(h, "data", [settings.data_dir / "topics.yaml",
                            *(settings.data_dir / m for m in MANIFESTS)], settings.data_dir)
    # Directory and guide pages are written by their own packages: their code counts too.
    package = HERE.parent
    for part in ("site", "directory", "guides"):
        _hash_files(h, f"code/{part}", (package / part).rglob("*.py"), package / part)
    _hash_files(h, "site-data", HERE.glob("*.txt"), HERE)
    reference = settings.data_dir / "reference"
    if reference.is_dir():
        _hash_files(h, "reference", reference.rglob("*"), reference)
    if settings.docs_dir.is_dir():
        _hash_files(h, "docs", settings.docs_dir.rglob("*"), settings.docs_dir)
    return h.hexdigest()


def build_site(settings: Settings, *, corpus: list[Paragraph], directory: Any,
               guides: list[Paragraph], out: Path) -> None:
    started = time.perf_counter()
    staging = settings.build_dir / "docs"
    _stage(settings, staging)
    _write_directory(directory, staging)
    ctx = SiteContext(records=list(corpus), guides=list(guides),
                      documents=load_documents(settings),
                      topics=load_topic_names(settings.data_dir), staging=staging)
    pages = generate_pages(ctx, staging)
    fill_home_sections(staging)
    generated = time.perf_counter()
    if out.exists():
        shutil.rmtree(out)
    state.set_state({r.id: r for r in [*corpus, *guides]}, settings.docs_dir, staging)
    try:
        run_mkdocs(settings, staging, out)
    finally:
        state.clear_state()
    (out / HASH_FILE).write_text(site_inputs_hash(settings, corpus, directory, guides) + "\n",
                                 encoding="utf-8")
    log.info("site: %d generated pages in %.1fs, mkdocs %.1fs", pages,
             generated - started, time.perf_counter() - generated)
