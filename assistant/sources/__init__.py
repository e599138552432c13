"""Source documents → corpus records.

``load_corpus(settings)`` reads data/sources/manifest.yaml, parses every document with its
parser (pdf_text, markdown, treaty), detects article references and topics, and checks
that record ids are unique.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from assistant.config import Settings
from assistant.corpus import check_unique_ids
from assistant.errors import SourceError
from assistant.schemas.document import Document
from assistant.schemas.paragraph import Paragraph

Parser = Callable[[Document, Path], list[Paragraph]]

# parser name → (module, function); imported on first use, never at import time.
PARSERS: dict[str, tuple[str, str]] = {
    "pdf_text": ("assistant.sources.pdf_text", "parse_pdf_text"),
    "markdown": ("assistant.sources.markdown_doc", "parse_markdown"),
    "treaty": ("assistant.sources.treaty", "parse_treaty"),
}


def get_parser(name: str) -> Parser:
    module, func = PARSERS[name]
    return getattr(importlib.import_module(module), func)


def enrich(records: list[Paragraph], topics_path: Path) -> list[Paragraph]:
    """Fill ``articles`` (detected, plus a treaty record's own) and ``topics``."""
    from assistant.sources.articles import detect_articles
    from assistant.sources.topics import assign_topics, load_topics

    topics = load_topics(topics_path)
    out = []
    for rec in records:
        text = rec.text + "".join("\n" + f.text for f in rec.footnotes)
        if rec.kind == "article" or rec.kind == "preamble" and rec.lang == "en":
            articles = list(rec.articles)  # a treaty paragraph is about itself
        else:
            articles = list(dict.fromkeys([*rec.articles, *detect_articles(rec.text, rec.lang)]))
        found = assign_topics(text, articles, topics, rec.heading_path)
        out.append(rec.model_copy(update={
            "articles": articles, "topics": list(dict.fromkeys([*rec.topics, *found]))}))
    return out


def load_corpus(settings: Settings) -> list[Paragraph]:
    from assistant.sources.manifest import load_manifest

    manifest = settings.data_dir / "sources" / "manifest.yaml"
    records: list[Paragraph] = []
    for doc in load_manifest(manifest):
        path = (manifest.parent / doc.file).resolve()
        try:
            parser = get_parser(doc.parser)
        except ModuleNotFoundError as exc:
            raise SourceError(manifest, None, f"parser {doc.parser!r} is not available: {exc}",
                              "parser") from exc
        parsed = parser(doc, path)
        if not parsed:
            raise SourceError(path, None, f"no paragraphs found for document {doc.id}")
        records.extend(parsed)
    records = enrich(records, settings.data_dir / "topics.yaml")
    check_unique_ids(records)
    return records
