"""On-disk pieces of the index: embedding cache, faiss files, sentence table, index_meta.json.

Layout of index/:
  corpus.jsonl                 records (written by assistant.build)
  index_meta.json              models, prefixes, dims, record count, build time, corpus hash
  <slug>.faiss                 one vector per record (IndexFlatIP, unit vectors → cosine)
  <slug>.sentences.faiss       one vector per sentence of multi-sentence records
  sentences.npz                record row, start and end offset of each sentence
  <slug>.translations.faiss    one vector per English rendering of a Chinese paragraph
  translations.npy             the record row of each rendering (assistant.search.translations)
  cache/<slug>.sqlite          sha256(model + prefix + text) → vector, carried between builds
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel

META_FILE = "index_meta.json"
SENTENCES_FILE = "sentences.npz"
TRANSLATION_ROWS_FILE = "translations.npy"


class ModelMeta(BaseModel):
    name: str
    slug: str
    dim: int
    query_prefix: str
    passage_prefix: str


class IndexMeta(BaseModel):
    models: list[ModelMeta]
    records: int
    sentences: int
    built: str  # ISO 8601, UTC
    corpus_sha256: str
    passage_format: str  # how each record's text was put together before embedding
    translations: int = 0  # English renderings embedded (assistant.search.translations)
    translations_ignored: int = 0  # renderings of changed or unknown paragraphs
    translations_sha256: str = ""  # of the renderings file they came from


def model_slug(name: str) -> str:
    """File-name-safe, stable name for a model (a path keeps only its last parts)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if len(slug) > 60:
        slug = slug[-60:].strip("-")
    return slug or "model"


def write_meta(out_dir: Path, meta: IndexMeta) -> None:
    (out_dir / META_FILE).write_text(meta.model_dump_json(indent=2), encoding="utf-8")


def read_meta(index_dir: Path) -> IndexMeta | None:
    path = index_dir / META_FILE
    if not path.exists():
        return None
    return IndexMeta.model_validate_json(path.read_text(encoding="utf-8"))


def corpus_hash(texts: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class EmbeddingCache:
    """sqlite map from sha256(model name + prefix + text) to a float32 vector."""

    def __init__(self, path: Path, model_name: str, prefix: str, dim: int):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")
        self._salt = (model_name + "\x00" + prefix + "\x00").encode("utf-8")
        self.dim = dim

    def key(self, text: str) -> str:
        return hashlib.sha256(self._salt + text.encode("utf-8")).hexdigest()

    def embed(self, texts: Sequence[str], compute: Callable[[list[str]], np.ndarray],
              *, batch: int = 64, progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Vectors for `texts`, computing (in batches) only those not cached yet."""
        keys = [self.key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self._db.execute(
                    f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk):
                vec = np.frombuffer(blob, dtype=np.float32)
                if vec.shape[0] == self.dim:
                    found[key] = vec
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True)
                          if k not in found}.items())
        if progress:
            progress(len(texts) - len(missing))
        for start in range(0, len(missing), batch):
            part = missing[start:start + batch]
            vectors = np.asarray(compute([t for _, t in part]), dtype=np.float32)
            rows = [(k, vectors[i].tobytes()) for i, (k, _) in enumerate(part)]
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)
            self._db.commit()
            for i, (k, _) in enumerate(part):
                found[k] = vectors[i]
            if progress:
                progress(len(part))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, key in enumerate(keys):
            out[i] = found[key]
        return out

    def close(self) -> None:
        self._db.close()


def write_vectors(path: Path, vectors: np.ndarray) -> None:
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(path))


def read_vectors(path: Path) -> np.ndarray:
    """The stored unit vectors as a dense matrix (scored with one matrix product)."""
    import faiss

    index = faiss.read_index(str(path))
    if index.ntotal == 0:
        return np.zeros((0, index.d), dtype=np.float32)
    return np.ascontiguousarray(index.reconstruct_n(0, index.ntotal), dtype=np.float32)


def write_sentences(path: Path, rows: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> None:
    np.savez(path, rows=rows.astype(np.int32), starts=starts.astype(np.int32),
             ends=ends.astype(np.int32))


def read_sentences(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with np.load(path) as data:
        return data["rows"], data["starts"], data["ends"]


def write_rows(path: Path, rows: Sequence[int]) -> None:
    np.save(path, np.asarray(rows, dtype=np.int32))


def read_rows(path: Path) -> np.ndarray:
    """Rows saved by write_rows; none when the file is absent (an index built before it)."""
    if not path.exists():
        return np.zeros(0, dtype=np.int32)
    return np.load(path)
