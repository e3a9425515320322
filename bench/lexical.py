"""Lexical search benchmark: Swedish analysis speed, and LexicalIndex (SQLite + bm25s) vs SQLite FTS5 at 1k/10k/100k items.

Items are synthetic: sentences from the shared seed and eval corpora (text files and PDFs), drawn at
random into items of 60-250 words, so the vocabulary is real Swedish meeting language.

    .venv/bin/python bench/lexical.py                 # 1k, 10k, 100k
    .venv/bin/python bench/lexical.py --sizes 1000 --json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arkiv.search import swedish  # noqa: E402
from arkiv.search.lexical import LexicalIndex  # noqa: E402

SHARED = ROOT.parent / "shared"
TEXT_SUFFIXES = {".md", ".txt", ".org", ".tex", ".typ"}

QUERIES = [
    "äskanden 2025",
    "budgetram för förskolan",
    "eget kapital",
    "årsredovisning och revisionsberättelse",
    "ansvarsfrihet för styrelsen",
    "val av ordförande",
    "styrelsemöte protokoll justering",
    "förbundschefen rapporterar",
    "samverkansteam insatser",
    "medlemsavgift höjning",
    "beslut om bordläggning",
    "motion om ny stadga",
    "valberedningens förslag",
    "ekonomisk rapport resultat",
    "arbetsförmedlingen försäkringskassan samverkan",
    "vägunderhåll snöröjning",
    "kassör sekreterare",
    "verksamhetsplan och budget 2024",
    "digitala möten under pandemin",
    "fastighet försäljning",
]


def load_sentences() -> list[str]:
    paths = sorted(p for p in (SHARED / "seeds").glob("*.txt"))
    paths += sorted(p for p in (SHARED / "evalcorpus" / "docs").rglob("*") if p.is_file())
    texts: list[str] = []
    for path in paths:
        if path.suffix in TEXT_SUFFIXES:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
        elif path.suffix == ".pdf":
            import pypdfium2

            pdf = pypdfium2.PdfDocument(path)
            texts.extend(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    sentences = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n|\r?\n", text):
            sentence = " ".join(sentence.split())
            if len(sentence.split()) >= 3:
                sentences.append(sentence)
    return sentences


def make_items(sentences: list[str], n: int, seed: int = 0) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        target = rng.randint(60, 250)
        words: list[str] = []
        while len(words) < target:
            words.extend(rng.choice(sentences).split())
        items.append((f"item-{i:06d}", " ".join(words[:target])))
    return items


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def clear_caches() -> None:
    swedish._term.cache_clear()
    swedish._part_terms.cache_clear()
    swedish.split_compound.cache_clear()


def bench_analysis(items: list[tuple[str, str]]) -> dict:
    """Tokens/s of each normalisation variant over the same texts (loading excluded)."""
    import Stemmer

    swedish._lexicon()
    lemmas = swedish._lemma_table()
    stemmer = Stemmer.Stemmer("swedish")
    texts = [text for _, text in items]
    n_tokens = sum(len(swedish._WORD_RE.findall(t)) for t in texts)

    def words(text):
        return [w for w in swedish._WORD_RE.findall(text.lower()) if w not in swedish.STOPWORDS]

    variants = {
        "tokenise+stopwords": lambda t: words(t),
        "snowball stem (uncached)": lambda t: stemmer.stemWords(words(t)),
        "simplemma lemma (uncached)": lambda t: [lemmas.get(w) or w for w in words(t)],
        "analyze cold cache": swedish.analyze,
        "analyze warm cache": swedish.analyze,
    }
    result = {}
    for name, fn in variants.items():
        if name == "analyze cold cache":
            clear_caches()
        start = time.perf_counter()
        for text in texts:
            fn(text)
        elapsed = time.perf_counter() - start
        result[name] = round(n_tokens / elapsed)
    return {"tokens": n_tokens, "tokens_per_s": result}


class Fts5Index:
    """The FTS5 alternative that was measured against bm25s (kept here for re-measuring).

    Pre-analysed terms in two columns (word terms, compound parts weighted 0.5), external content,
    ranked by bm25(); FTS5 itself neither stems nor folds diacritics.
    """

    def __init__(self, path: Path):
        import sqlite3

        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.executescript(
            """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
            CREATE TABLE items (rowid INTEGER PRIMARY KEY, item_id TEXT UNIQUE, words TEXT, parts TEXT);
            CREATE VIRTUAL TABLE fts USING fts5(words, parts, content='items', content_rowid='rowid',
                                                tokenize='unicode61 remove_diacritics 0');
            INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(1.0, 0.5)');
            """
        )

    def add(self, items) -> None:
        self.db.execute("BEGIN")
        for item_id, text in items:
            old = self.db.execute("SELECT rowid, words, parts FROM items WHERE item_id = ?", (item_id,)).fetchone()
            if old:
                self.db.execute("INSERT INTO fts (fts, rowid, words, parts) VALUES ('delete', ?, ?, ?)", old)
                self.db.execute("DELETE FROM items WHERE rowid = ?", (old[0],))
            words, parts = " ".join(swedish.analyze_fields(text)[0]), " ".join(swedish.analyze_fields(text)[1])
            rowid = self.db.execute("INSERT INTO items (item_id, words, parts) VALUES (?, ?, ?)",
                                    (item_id, words, parts)).lastrowid
            self.db.execute("INSERT INTO fts (rowid, words, parts) VALUES (?, ?, ?)", (rowid, words, parts))
        self.db.execute("COMMIT")

    def search(self, query, k=50, ids=None):
        terms = swedish.analyze_query(query)
        if not terms:
            return []
        sql = "SELECT i.item_id, f.rank FROM fts f JOIN items i ON i.rowid = f.rowid WHERE fts MATCH ?"
        params = [" OR ".join(f'"{t}"' for t in terms)]
        if ids is not None:
            # unary +: without it SQLite drives the query by the id list and re-runs MATCH per id
            sql += " AND +i.item_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(ids)))
        return self.db.execute(sql + " ORDER BY f.rank LIMIT ?", (*params, k)).fetchall()


def bench_index(make_index, items, queries, filters, workdir: Path) -> dict:
    path = workdir / f"{make_index.__name__}-{len(items)}"
    start = time.perf_counter()
    index = make_index(path)
    index.add(items)
    out = {"add_s": time.perf_counter() - start}
    if hasattr(index, "refresh"):
        start = time.perf_counter()
        index.refresh()
        out["rebuild_s"] = time.perf_counter() - start
        index.close()
        start = time.perf_counter()
        index = make_index(path)
        index.search(queries[0])
        out["reopen_first_query_s"] = time.perf_counter() - start
    # Ingest-style updates: 20 documents replaced, one transaction each.
    start = time.perf_counter()
    for item_id, text in items[:20]:
        index.add([(item_id, text + " tillägg")])
    out["update_one_ms"] = (time.perf_counter() - start) / 20 * 1000
    index.search(queries[0])  # pays the rebuild, if the backend has one
    out.update(time_queries(lambda q, ids=None: index.search(q, k=50, ids=ids), queries, filters))
    return out


def time_queries(search, queries, filters, rounds: int = 5) -> dict:
    for q in queries:  # warm-up
        search(q)
    out = {}
    for label, ids in [("all", None), *filters.items()]:
        samples = []
        for _ in range(rounds):
            for q in queries:
                start = time.perf_counter()
                search(q, ids=ids) if ids is not None else search(q)
                samples.append((time.perf_counter() - start) * 1000)
        p50, p95 = percentiles(samples)
        out[f"p50_ms[{label}]"] = p50
        out[f"p95_ms[{label}]"] = p95
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--no-fts5", action="store_true", help="skip the FTS5 alternative")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()

    start = time.perf_counter()
    swedish._lexicon()
    swedish._lemma_table()
    load_s = time.perf_counter() - start
    sentences = load_sentences()
    report: dict = {"dictionary_load_s": load_s, "sentences": len(sentences)}
    report["analysis"] = bench_analysis(make_items(sentences, 2000, seed=99))

    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            items = make_items(sentences, n)
            all_ids = [item_id for item_id, _ in items]
            filters = {
                "ids 10%": set(rng.sample(all_ids, max(1, n // 10))),
                "ids 1%": set(rng.sample(all_ids, max(1, n // 100))),
            }
            start = time.perf_counter()
            for _, text in items:
                swedish.analyze(text)
            analyse_s = time.perf_counter() - start
            row = {"analyse_s": analyse_s,
                   "sqlite+bm25s": bench_index(LexicalIndex, items, QUERIES, filters, Path(tmp))}
            if not args.no_fts5:
                row["fts5"] = bench_index(Fts5Index, items, QUERIES, filters, Path(tmp))
            report[str(n)] = row
            print(f"done {n}", file=sys.stderr)

    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"dictionaries loaded in {load_s:.2f} s; {len(sentences)} source sentences")
    print(f"analysis over {report['analysis']['tokens']} tokens (tokens/s):")
    for name, rate in report["analysis"]["tokens_per_s"].items():
        print(f"  {name:28s} {rate:>10,}")
    for n in args.sizes:
        row = report[str(n)]
        print(f"\n{n:,} items (analysis of all texts, warm cache: {row['analyse_s']:.1f} s)")
        for backend in ("sqlite+bm25s", "fts5"):
            if backend not in row:
                continue
            keys = list(row[backend])
            print(f"  {backend:12s} " + "  ".join(f"{k}={row[backend][k]:.2f}" for k in keys))


if __name__ == "__main__":
    main()
