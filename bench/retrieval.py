"""Retrieval quality: nDCG@10, MRR@10 and Recall@10 for lexical only, dense only and hybrid.

Ingests corpus/, ../shared/seeds and ../shared/evalcorpus/docs into one archive (kept in --home, so
a second run only searches), then runs bench/retrieval/queries.jsonl. A hit matches a judgment when
it comes from the same file and the same § (or, for text outside any §, contains the phrase).
Passage: of the § judgments found, the share whose hit shows the judgment's phrase (the passage that
answers, not just the right §). Beside the three modes, a plain baseline: BM25 (same Swedish terms)
over whole pages, without chunks, structure or vectors; a page matches a § judgment when it holds
a paragraph of that §.

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
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's arkiv, not whichever the venv installed
SHARED = ROOT.parent / "shared"
QUERIES = Path(__file__).resolve().parent / "retrieval" / "queries.jsonl"
MODES = {"lexical": ("lexical",), "dense": ("dense",), "hybrid": ("lexical", "dense")}
K = 10


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


@functools.cache
def _sha256(source: str) -> str:
    return hashlib.sha256((ROOT / source).read_bytes()).hexdigest()


@dataclass(frozen=True)
class PageHit:
    """A page of the plain baseline: its document, text and the §s it holds paragraphs of."""

    sha256: str
    text: str
    sections: frozenset


def _matches(hit, judgment: dict) -> bool:
    # By content: the seeds are also in evalcorpus/docs/seeds, stored once under one of the paths.
    if _sha256(judgment["source"]) != hit.sha256:
        return False
    if judgment["section"]:
        return judgment["section"] in (hit.sections if isinstance(hit, PageHit) else {hit.section})
    return _flat(judgment["contains"]) in _flat(hit.text)


class PageBaseline:
    """Okapi BM25 (k1 1.5, b 0.75) over the pages of the archive's paragraphs."""

    def __init__(self, catalogue):
        from arkiv.search.swedish import analyze

        pages: dict[tuple, list] = {}
        for sha256, page, section, text in catalogue.db.execute(
                "SELECT sha256, page, section, text FROM paragraphs ORDER BY sha256, position"):
            entry = pages.setdefault((sha256, page), [[], set()])
            entry[0].append(text)
            if section:
                entry[1].add(section)
        self.pages = [PageHit(sha, "\n".join(texts), frozenset(sections))
                      for (sha, _), (texts, sections) in pages.items()]
        self.terms = [Counter(analyze(p.text)) for p in self.pages]
        self.lengths = [sum(t.values()) for t in self.terms]
        self.average = sum(self.lengths) / len(self.lengths)
        frequency = Counter(term for t in self.terms for term in t)
        n = len(self.pages)
        self.idf = {term: math.log(1 + (n - f + 0.5) / (f + 0.5)) for term, f in frequency.items()}

    def search(self, text: str, limit: int) -> list[PageHit]:
        from arkiv.search.swedish import analyze_query

        query = set(analyze_query(text))
        scores = []
        for i, terms in enumerate(self.terms):
            norm = 1.5 * (1 - 0.75 + 0.75 * self.lengths[i] / self.average)
            score = sum(self.idf[q] * terms[q] * 2.5 / (terms[q] + norm) for q in query if q in terms)
            if score > 0:
                scores.append((score, i))
        return [self.pages[i] for _, i in sorted(scores, reverse=True)[:limit]]


def score_query(hits, relevant: list[dict]) -> dict:
    """nDCG@K (gain 2^grade - 1), reciprocal rank of the first hit, recall of the judgments, and the
    share of found § judgments whose hit shows their phrase (None when no § judgment was found)."""
    found: set[int] = set()
    shown: list[bool] = []
    dcg, first = 0.0, None
    for position, hit in enumerate(hits[:K]):
        for j, judgment in enumerate(relevant):
            if j not in found and _matches(hit, judgment):
                found.add(j)
                dcg += (2 ** judgment["grade"] - 1) / math.log2(position + 2)
                first = first or position + 1
                if judgment["section"]:
                    shown.append(_flat(judgment["contains"]) in _flat(hit.text))
                break
    ideal = sorted((2 ** j["grade"] - 1 for j in relevant), reverse=True)[:K]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "ndcg": dcg / idcg if idcg else 0.0,
        "mrr": 1.0 / first if first else 0.0,
        "recall": len(found) / len(relevant),
        "passage": sum(shown) / len(shown) if shown else None,
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
    pages = PageBaseline(archive.catalogue)
    searches = {mode: functools.partial(archive.index.search, limit=K, retrievers=retrievers)
                for mode, retrievers in MODES.items()}
    searches["pages"] = functools.partial(pages.search, limit=K)
    for mode, search in searches.items():
        totals = {"ndcg": 0.0, "mrr": 0.0, "recall": 0.0}
        passages: list[float] = []
        for q in queries:
            scores = score_query(search(q["query"]), q["relevant"])
            for key in totals:
                totals[key] += scores[key]
            if scores["passage"] is not None:
                passages.append(scores["passage"])
            per_type.setdefault(q["type"], {}).setdefault(mode, []).append(scores["ndcg"])
            if args.verbose:
                print(f"{mode:8} {q['id']} {scores['ndcg']:.2f} {q['query']}", file=sys.stderr)
        results[mode] = {key: value / len(queries) for key, value in totals.items()}
        results[mode]["passage"] = sum(passages) / len(passages) if passages and mode != "pages" else None
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
    print(f"{'':10}{'nDCG':>8}{'MRR':>8}{'Recall':>8}{'Passage':>9}")
    for mode, r in results.items():
        passage = f"{r['passage']:9.3f}" if r["passage"] is not None else f"{'–':>9}"
        print(f"{mode:10}{r['ndcg']:8.3f}{r['mrr']:8.3f}{r['recall']:8.3f}{passage}")
    print("\nnDCG@10 by query type")
    print(f"{'':12}" + "".join(f"{m:>9}" for m in searches))
    for t, modes in sorted(by_type.items()):
        print(f"{t:12}" + "".join(f"{modes[m]:9.3f}" for m in searches))


if __name__ == "__main__":
    main()
