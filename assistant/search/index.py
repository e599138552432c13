"""build_index(): embed every record (and the sentences of long records) with each model.

Called by assistant.build.run_build on the staging directory; see assistant.search.store for
the files written. Unchanged texts come from the embedding cache, so a no-op rebuild embeds
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from assistant.config import Settings
from assistant.schemas.paragraph import Paragraph
from assistant.search import store
from assistant.search.translations import (
    TRANSLATIONS_FILE,
    current_translations,
    file_digest,
    read_translations,
)

# Passage = heading path (document / decision / article title) + text. Measured on our
# questions: the heading context lifts MRR (see the report in assistant.evaluate's docs).
# Changing either format changes what is embedded: the build compares it with index_meta.json
# and re-embeds (texts it already has come from the cache).
PASSAGE_FORMAT = ("heading_path joined by ' / ', newline, parent's lead-in (last 80 chars) "
                  "and newline for sub-items, text; table rows embedded as caption | header | row")
MAX_PASSAGE_CHARS = 2000  # the models read ~512 tokens; the rest would be cut anyway
# A sub-item ("(b) 不产生任何形式的排名；") means little without the sentence that introduces
# it ("本机制应当：", "请秘书处在现有资源范围内："), which ends its parent paragraph. With the
# parent's last 80 characters embedded before it, MRR rose on every question set we have
# (0.661 → 0.667 on our 159 questions, 0.69 → 0.71 on 60 fresh ones written blind).
LEAD_IN_CHARS = 80

# A sentence ends after 。！？； (CJK), or after . ! ? ; followed by a space and a capital,
# an opening bracket or quote (so "art. 18" and "para. 3" do not split).
_CJK_END = re.compile(r"[。！？；]")
_LATIN_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\u0400-\u042F\u0600-\u06FF(\"“«])|(?<=;)\s+")
_MIN_SENTENCE = 12  # shorter pieces are joined to the next one


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; each slice is stripped, non-empty."""
    cuts: set[int] = {0, len(text)}
    cuts.update(m.end() for m in _CJK_END.finditer(text))
    cuts.update(m.end() for m in _LATIN_END.finditer(text))
    cuts.update(m.end() for m in re.finditer(r"\n", text))
    bounds = sorted(cuts)
    spans: list[tuple[int, int]] = []
    start = bounds[0]
    for end in bounds[1:]:
        if len(text[start:end].strip()) < _MIN_SENTENCE and end != len(text):
            continue  # too short: keep it with what follows
        spans.append((start, end))
        start = end
    if spans and len(text[spans[-1][0]:spans[-1][1]].strip()) < _MIN_SENTENCE and len(spans) > 1:
        last = spans.pop()
        spans[-1] = (spans[-1][0], last[1])
    out = []
    for s, e in spans:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def record_title(record: Paragraph) -> str:
    return " / ".join(h.strip() for h in record.heading_path if h.strip())


def passage_text(record: Paragraph, lead_in: str = "") -> str:
    """What gets embedded for a record: its heading path and, for a sub-item, its parent's
    lead-in as context, then its text."""
    body = record.text
    if record.table is not None and not body.strip():
        body = " ".join(" | ".join(row) for row in [record.table.header, *record.table.rows])
    text = "\n".join(part for part in (record_title(record), lead_in, body) if part)
    return text[:MAX_PASSAGE_CHARS]


def lead_ins(records: Sequence[Paragraph]) -> list[str]:
    """Per record, the end of its parent paragraph's text ("" for a record with no parent
    in `records`)."""
    texts = {r.id: r.text for r in records}
    return [texts.get(r.parent or "", "")[-LEAD_IN_CHARS:].strip() for r in records]


def sentence_text(record: Paragraph, start: int, end: int) -> str:
    """What gets embedded for one sentence. A table row ("亚洲及太平洋 中国 2003年9月23日 — —")
    says nothing without its table: it is embedded after the table's caption and header line,
    so "when did China ratify the Convention" finds the row."""
    text = record.text[start:end]
    if record.table is None or not record.table.header:
        return text
    caption = record.table.caption or (record.heading_path[-1] if record.heading_path else "")
    return f"{caption} | {' '.join(record.table.header)} | {text}"


def sentence_table(records: Sequence[Paragraph]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, starts, ends of the sentences of every record that has more than one."""
    rows: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, rec in enumerate(records):
        spans = split_sentences(rec.text)
        if len(spans) < 2:
            continue
        for s, e in spans:
            rows.append(i)
            starts.append(s)
            ends.append(e)
    return np.array(rows, dtype=np.int32), np.array(starts, np.int32), np.array(ends, np.int32)


def _embed_with_progress(cache: store.EmbeddingCache, texts: list[str], embed, label: str):
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=len(texts))
        return cache.embed(texts, embed, progress=lambda n: bar.advance(task, n))


def build_index(settings: Settings, records: Sequence[Paragraph], out_dir: Path, *,
                model: str | None = None, query_prefix: str | None = None,
                passage_prefix: str | None = None, embedders: Sequence | None = None
                ) -> store.IndexMeta:
    """Embed `records` with each model (default: the ensemble) into `out_dir`.

    `embedders` (already loaded) replaces loading by name; tests use it for fakes.
    """
    from assistant.search.models import DEFAULT_MODELS, load_embedder

    if embedders is None:
        names = (model,) if model else DEFAULT_MODELS
        embedders = [load_embedder(n, query_prefix=query_prefix, passage_prefix=passage_prefix)
                     for n in names]
    out_dir.mkdir(parents=True, exist_ok=True)
    passages = [passage_text(r, lead) for r, lead in zip(records, lead_ins(records),
                                                             strict=True)]
    rows, starts, ends = sentence_table(records)
    sentences = [sentence_text(records[r], s, e) for r, s, e in zip(rows, starts, ends,
                                                                    strict=True)]
    store.write_sentences(out_dir / store.SENTENCES_FILE, rows, starts, ends)
    translations_path = settings.data_dir / TRANSLATIONS_FILE
    translated_rows, translated_texts, ignored = current_translations(
        read_translations(translations_path), records)
    store.write_rows(out_dir / store.TRANSLATION_ROWS_FILE, translated_rows)

    metas: list[store.ModelMeta] = []
    for embedder in embedders:
        slug = store.model_slug(embedder.name)
        q_prefix = getattr(embedder, "query_prefix", "") or ""
        p_prefix = getattr(embedder, "passage_prefix", "") or ""
        cache = store.EmbeddingCache(out_dir / "cache" / f"{slug}.sqlite", embedder.name,
                                     p_prefix, embedder.dim)
        try:
            vectors = _embed_with_progress(cache, passages, embedder.embed_passages,
                                           f"{embedder.name}: records")
            sent_vectors = _embed_with_progress(cache, sentences, embedder.embed_passages,
                                                f"{embedder.name}: sentences")
            translated = _embed_with_progress(cache, translated_texts, embedder.embed_passages,
                                              f"{embedder.name}: English renderings")
        finally:
            cache.close()
        store.write_vectors(out_dir / f"{slug}.faiss", vectors)
        store.write_vectors(out_dir / f"{slug}.sentences.faiss", sent_vectors)
        store.write_vectors(out_dir / f"{slug}.translations.faiss", translated)
        metas.append(store.ModelMeta(name=embedder.name, slug=slug, dim=embedder.dim,
                                     query_prefix=q_prefix, passage_prefix=p_prefix))

    meta = store.IndexMeta(
        models=metas, records=len(records), sentences=len(sentences),
        built=datetime.now(UTC).replace(microsecond=0).isoformat(),
        corpus_sha256=store.corpus_hash([r.model_dump_json() for r in records]),
        passage_format=PASSAGE_FORMAT, translations=len(translated_rows),
        translations_ignored=ignored, translations_sha256=file_digest(translations_path))
    store.write_meta(out_dir, meta)
    return meta
