"""BM25 over Swedish-normalised terms: SQLite holds the items, bm25s scores them.

Text is analysed once, in `add` (`swedish.analyze`), and the terms are stored in SQLite, which gives
incremental adds, deletes and replaces inside transactions. Scoring uses a bm25s index (a sparse
matrix of precomputed BM25 weights) built from those stored terms. The matrix cannot be updated in
place, so every change bumps a generation number and the next search (or `refresh()`) rebuilds it;
the built matrix is saved beside the database and memory-mapped on reopen (a reader scores it with
numpy alone, `SavedScores`, so a search need not import bm25s and scipy).

Why not SQLite FTS5 (bench/lexical.py, 100k items of 60-250 words): FTS5 ranks every matching row
with bm25() per query, p50 73 ms / p95 149 ms, against 3.4 ms / 21 ms for bm25s. Rebuilding the
bm25s matrix costs ~8.5 s at 100k, paid once after a batch of changes, not per document.
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
from collections.abc import Collection, Iterable
from pathlib import Path

import numpy as np

from arkiv.errors import ArchiveError
from arkiv.search.swedish import analyze, analyze_query

__all__ = ["LexicalIndex"]

_SCHEMA = """
BEGIN;
CREATE TABLE IF NOT EXISTS lexical_items (
    rowid INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE,
    terms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lexical_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO lexical_meta (key, value) VALUES ('generation', 0);
COMMIT;
"""


class LexicalIndex:
    """A BM25 index of (item id, text) pairs, stored in the directory `path`."""

    def __init__(self, path: Path, *, writable: bool = True):
        self.path = Path(path)
        self.writable = writable
        self._db = _connect(self.path / "lexical.db", writable)
        self._matrix_dir = self.path / "bm25s"
        self._built_generation = -1
        self._bm25 = None
        self._item_ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._prepared: dict[str, str] = {}
        self._load_saved_matrix()

    def prepare(self, texts: Iterable[str]) -> None:
        """Analyse texts that `add` will index soon (an ingest does it while its last chunks are
        embedded, instead of after)."""
        for text in texts:
            if text not in self._prepared:
                self._prepared[text] = " ".join(analyze(text))

    def add(self, items: Iterable[tuple[str, str]]) -> None:
        """Index (item_id, text) pairs; an id that is already indexed is replaced."""
        with _Transaction(self._db):
            for item_id, text in items:
                terms = self._prepared.pop(text, None)
                self._db.execute(
                    "INSERT INTO lexical_items (item_id, terms) VALUES (?, ?) "
                    "ON CONFLICT (item_id) DO UPDATE SET terms = excluded.terms",
                    (item_id, " ".join(analyze(text)) if terms is None else terms),
                )
            self._bump_generation()

    def delete(self, ids: Iterable[str]) -> None:
        """Remove items; unknown ids are ignored."""
        with _Transaction(self._db):
            self._db.executemany("DELETE FROM lexical_items WHERE item_id = ?", ((i,) for i in ids))
            self._bump_generation()

    def _bump_generation(self) -> None:
        self._db.execute("UPDATE lexical_meta SET value = value + 1 WHERE key = 'generation'")

    def _generation(self) -> int:
        return self._db.execute("SELECT value FROM lexical_meta WHERE key = 'generation'").fetchone()[0]

    def refresh(self) -> None:
        """Rebuild the scoring matrix if items changed since it was built (search does this too)."""
        generation = self._generation()
        if generation == self._built_generation:
            return
        import bm25s

        rows = self._db.execute("SELECT item_id, terms FROM lexical_items ORDER BY rowid").fetchall()
        self._item_ids = [item_id for item_id, _ in rows]
        self._row_of = {item_id: row for row, item_id in enumerate(self._item_ids)}
        self._bm25 = None
        vocab: dict[str, int] = {}
        token_ids = [[vocab.setdefault(t, len(vocab)) for t in terms.split()] for _, terms in rows]
        if vocab:  # no items, or only items without terms (e.g. all stopwords): nothing to score
            self._bm25 = bm25s.BM25()
            self._bm25.index(bm25s.tokenization.Tokenized(ids=token_ids, vocab=vocab), show_progress=False)
        self._built_generation = generation
        if self.writable:  # a reader keeps its matrix in memory; the writer saves it for everyone
            self._save_matrix()

    def _save_matrix(self) -> None:
        tmp = self.path / "bm25s.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        if self._bm25 is not None:
            self._bm25.save(tmp, show_progress=False)
        (tmp / "items.json").write_text(
            json.dumps({"generation": self._built_generation, "item_ids": self._item_ids})
        )
        shutil.rmtree(self._matrix_dir, ignore_errors=True)
        tmp.rename(self._matrix_dir)

    def _load_saved_matrix(self) -> None:
        meta_file = self._matrix_dir / "items.json"
        if not meta_file.exists():
            return
        try:
            meta = json.loads(meta_file.read_text())
            if meta["generation"] != self._generation():
                return
            bm25 = None
            if (self._matrix_dir / "params.index.json").exists():
                bm25 = SavedScores(self._matrix_dir)
        except (OSError, ValueError, KeyError):  # being replaced by the writer: build it here instead
            return
        self._bm25 = bm25
        self._item_ids = meta["item_ids"]
        self._row_of = {item_id: row for row, item_id in enumerate(self._item_ids)}
        self._built_generation = meta["generation"]

    def search(
        self, query: str, k: int = 50, ids: Collection[str] | None = None
    ) -> list[tuple[str, float]]:
        """Best-first (item_id, BM25 score) pairs, only items that share a term with the query.

        `ids` restricts the hits to those items (e.g. the result of a metadata filter).
        """
        if k <= 0 or (ids is not None and not ids):
            return []
        self.refresh()
        if self._bm25 is None:
            return []
        vocab = self._bm25.vocab_dict
        token_ids = [vocab[t] for t in analyze_query(query) if t in vocab]
        if not token_ids:
            return []
        scores = self._bm25.get_scores(token_ids)
        if ids is None:
            rows = np.flatnonzero(scores)
        else:
            rows = np.fromiter((self._row_of[i] for i in ids if i in self._row_of), dtype=np.int64)
            rows = rows[scores[rows] > 0]
        if len(rows) > k:
            rows = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        rows = rows[np.argsort(-scores[rows], kind="stable")]
        return [(self._item_ids[row], float(scores[row])) for row in rows]

    def coverage(self, query: str, ids: Iterable[str]) -> float:
        """The largest share of the query's IDF mass that one of `ids` contains (0..1), see `shares`."""
        return max(self.shares(query, ids).values(), default=0.0)

    def shares(self, query: str, ids: Iterable[str]) -> dict[str, float]:
        """The share of the query's IDF mass each of `ids` contains (0..1).

        A query word the archive never uses counts with the highest IDF: BM25 cannot match it, so
        a query phrased in other words than the documents gets a low share.
        """
        self.refresh()
        terms = analyze_query(query)
        ids = [i for i in ids if i in self._row_of]
        if self._bm25 is None or not terms or not ids:
            return {}
        rows = np.fromiter((self._row_of[i] for i in ids), dtype=np.int64)
        vocab, indptr, n = self._bm25.vocab_dict, self._bm25.scores["indptr"], self._bm25.scores["num_docs"]
        total, matched = 0.0, np.zeros(rows.size)
        for term in terms:
            token = vocab.get(term)
            df = 0 if token is None else int(indptr[token + 1] - indptr[token])
            weight = math.log(1 + (n - df + 0.5) / (df + 0.5))
            total += weight
            if token is not None:
                matched += weight * (self._bm25.get_scores([token])[rows] > 0)
        return dict(zip(ids, (matched / total).tolist()))

    def group_scores(self, query: str, groups: dict[object, list[str]]) -> dict[object, float]:
        """BM25 (k1 1.5, b 0.75) of each group of items read as one text, e.g. a § of several
        passages: evidence spread over its passages counts together. IDF is the items'; the
        average length is the groups'. Groups without a query term are left out."""
        self.refresh()
        terms = analyze_query(query)
        if self._bm25 is None or not terms or not groups:
            return {}
        ids = [i for members in groups.values() for i in members]
        stored: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            stored.update(self._db.execute(
                f"SELECT item_id, ' ' || terms || ' ' FROM lexical_items WHERE item_id IN ({','.join('?' * len(batch))})",
                batch))
        vocab, indptr, n = self._bm25.vocab_dict, self._bm25.scores["indptr"], self._bm25.scores["num_docs"]
        idf = {}
        for term in terms:
            if (token := vocab.get(term)) is not None:
                df = int(indptr[token + 1] - indptr[token])
                idf[f" {term} "] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        if not idf:
            return {}
        # Counted in the stored strings (str.count runs in C): splitting every §'s terms took
        # ~0.3 s a query at 100k chunks. The strings are padded so that " term " is a whole term.
        counts, lengths = {}, {}
        for key, members in groups.items():
            texts = [stored[i] for i in members if i in stored]
            counts[key] = {term: sum(t.count(term) for t in texts) for term in idf}
            lengths[key] = sum(t.count(" ") - 1 for t in texts)
        average = (sum(lengths.values()) / len(lengths)) or 1.0
        scores = {}
        for key, count in counts.items():
            norm = 1.5 * (0.25 + 0.75 * lengths[key] / average)
            score = sum(w * count[t] * 2.5 / (count[t] + norm) for t, w in idf.items() if count[t])
            if score > 0:
                scores[key] = score
        return scores

    def ids(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT item_id FROM lexical_items")}

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM lexical_items").fetchone()[0]

    def close(self) -> None:
        self._bm25 = None
        self._db.close()

    def __enter__(self) -> LexicalIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SavedScores:
    """A BM25 matrix saved by bm25s, read memory-mapped and scored as bm25s scores it (the sum of
    each query term's precomputed column), without importing bm25s and scipy (~0.1-0.3 s of a cold
    search). Only what LexicalIndex reads: `vocab_dict`, `scores` and `get_scores`."""

    def __init__(self, folder: Path):
        params = json.loads((folder / "params.index.json").read_text())
        if params.get("method", "lucene") not in ("lucene", "robertson", "atire"):
            raise ValueError("a BM25 variant with non-occurrence scores")  # built by bm25s instead
        self.vocab_dict: dict[str, int] = json.loads((folder / "vocab.index.json").read_text())
        self.scores = {name: np.load(folder / f"{name}.csc.index.npy", mmap_mode="r")
                       for name in ("data", "indices", "indptr")}
        self.scores["num_docs"] = int(params["num_docs"])
        self._dtype = np.dtype(params.get("dtype", "float32"))

    def get_scores(self, token_ids: list[int]) -> np.ndarray:
        data, indices, indptr = self.scores["data"], self.scores["indices"], self.scores["indptr"]
        scores = np.zeros(self.scores["num_docs"], dtype=self._dtype)
        for token in token_ids:
            start, end = indptr[token], indptr[token + 1]
            np.add.at(scores, indices[start:end], data[start:end])
        return scores


class LexicalIndexMissing(ArchiveError):
    """str() is a one-line Swedish message."""


def _connect(path: Path, writable: bool) -> sqlite3.Connection:
    if writable:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        return db
    if not path.exists():
        raise LexicalIndexMissing(
            f"ordindexet saknas ({path.parent}); sökningen kan inte använda ord. "
            "Kör 'arkiv check --repair' för att bygga om det"
        )
    from arkiv.search.catalogue import connect_read_only

    return connect_read_only(path, check_same_thread=False)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error (the connection runs in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
