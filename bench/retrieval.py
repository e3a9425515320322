"""Retrieval quality: nDCG@10, MRR@10 and Recall@10 for lexical only, dense only and hybrid.

Ingests corpus/, ../shared/seeds and ../shared/evalcorpus/docs into one archive (kept in --home, so
a second run only searches), then runs bench/retrieval/queries.jsonl. A hit matches a judgment when
it comes from the same file and the same § (or, for text outside any §, contains the phrase).

    .venv/bin/python bench/retrieval.py [--home DIR] [--model NAME] [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
QUERIES = Path(__file__).resolve().parent / "retrieval" / "queries.jsonl"
MODES = {"lexical": ("lexical",), "dense": ("dense",), "hybrid": ("lexical", "dense")}
K = 10


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


@functools.cache
def _sha256(source: str) -> str:
    return hashlib.sha256((ROOT / source).read_bytes()).hexdigest()


def _matches(hit, judgment: dict) -> bool:
    # By content: the seeds are also in evalcorpus/docs/seeds, stored once under one of the paths.
    if _sha256(judgment["source"]) != hit.sha256:
        return False
    if judgment["section"]:
        return hit.section == judgment["section"]
    return _flat(judgment["contains"]) in _flat(hit.text)


def score_query(hits, relevant: list[dict]) -> dict:
    """nDCG@K (gain 2^grade - 1), reciprocal rank of the first hit, and recall of the judgments."""
    found: set[int] = set()
    dcg, first = 0.0, None
    for position, hit in enumerate(hits[:K]):
        for j, judgment in enumerate(relevant):
            if j not in found and _matches(hit, judgment):
                found.add(j)
                dcg += (2 ** judgment["grade"] - 1) / math.log2(position + 2)
                first = first or position + 1
                break
    ideal = sorted((2 ** j["grade"] - 1 for j in relevant), reverse=True)[:K]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "ndcg": dcg / idcg if idcg else 0.0,
        "mrr": 1.0 / first if first else 0.0,
        "recall": len(found) / len(relevant),
    }


def shared_terms(archive, query: dict) -> set[str]:
    """Index terms a paraphrase query shares with the text and titles of the sections that answer it
    (should be none: a paraphrase tests the dense side, not word overlap)."""
    from arkiv.search.swedish import analyze, analyze_query

    terms = set(analyze_query(query["query"]))
    shared: set[str] = set()
    for judgment in query["relevant"]:
        sql, params = "sha256 = ? AND section = ?", (_sha256(judgment["source"]), judgment["section"])
        if not judgment["section"]:
            sql, params = "sha256 = ? AND section IS NULL AND text LIKE ?", (params[0], f"%{judgment['contains'][:40]}%")
        catalogue = archive.catalogue
        for chunk in catalogue.chunks(catalogue.chunk_ids_where(sql, params)).values():
            shared |= terms & set(analyze(f"{chunk.section_title or ''} {chunk.text}"))
    return shared


def build_archive(home: Path, model: str | None):
    from arkiv import Archive

    archive = Archive(home, model=model)
    sources = [ROOT / "corpus", SHARED / "seeds", SHARED / "evalcorpus" / "docs"]
    summary = archive.ingest(sources)
    print(f"ingest: {len(summary.results)} files, {summary.indexed} chunks indexed now, "
          f"{archive.catalogue.counts()['chunks']} in all", file=sys.stderr)
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) / "arkiv-bench-retrieval")
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="per-query scores")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    queries = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    archive = build_archive(args.home, args.model)
    overlaps = {q["id"]: sorted(terms) for q in queries if q["type"] == "paraphrase"
                and (terms := shared_terms(archive, q))}
    results: dict[str, dict] = {}
    per_type: dict[str, dict[str, list[float]]] = {}
    for mode, retrievers in MODES.items():
        totals = {"ndcg": 0.0, "mrr": 0.0, "recall": 0.0}
        for q in queries:
            hits = archive.index.search(q["query"], limit=K, retrievers=retrievers)
            scores = score_query(hits, q["relevant"])
            for key in totals:
                totals[key] += scores[key]
            per_type.setdefault(q["type"], {}).setdefault(mode, []).append(scores["ndcg"])
            if args.verbose:
                print(f"{mode:8} {q['id']} {scores['ndcg']:.2f} {q['query']}", file=sys.stderr)
        results[mode] = {key: value / len(queries) for key, value in totals.items()}
    archive.close()

    by_type = {t: {m: sum(v) / len(v) for m, v in modes.items()} for t, modes in per_type.items()}
    if args.json:
        print(json.dumps({"queries": len(queries), "overall": results, "ndcg_by_type": by_type,
                          "paraphrases_sharing_terms": overlaps}, indent=2))
        return
    paraphrases = sum(q["type"] == "paraphrase" for q in queries)
    print(f"{len(queries)} queries ({paraphrases} paraphrases), @{K}")
    if overlaps:
        print("paraphrases sharing an index term with their answer: "
              + ", ".join(f"{qid} ({' '.join(terms)})" for qid, terms in overlaps.items()))
    print(f"{'':10}{'nDCG':>8}{'MRR':>8}{'Recall':>8}")
    for mode, r in results.items():
        print(f"{mode:10}{r['ndcg']:8.3f}{r['mrr']:8.3f}{r['recall']:8.3f}")
    print("\nnDCG@10 by query type")
    print(f"{'':12}" + "".join(f"{m:>9}" for m in MODES))
    for t, modes in sorted(by_type.items()):
        print(f"{t:12}" + "".join(f"{modes[m]:9.3f}" for m in MODES))


if __name__ == "__main__":
    main()
