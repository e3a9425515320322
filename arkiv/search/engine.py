"""Hybrid search: exact Dnr/§ matches, BM25 and dense retrieval fused by their normalised scores.

The catalogue is the source of truth; the BM25 index (lexical/) and the vectors (Chroma) are
derived from its chunks through the index outbox, so they can always be rebuilt (`arkiv reindex`).
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from arkiv.schema import DecisionStatus, Hit
from arkiv.search.catalogue import Catalogue
from arkiv.search.chunks import Chunk, ChunkKind
from arkiv.search.query import Query, parse_query
from arkiv.search.snippets import make_snippet
from arkiv.swedish import dnr

# Fusion: both retrievers score the union of their candidates, scores are min-max normalised per
# query, then weighted. BM25's weight grows with the square of how much of the query its best hits
# contain (IDF share, see LexicalIndex.coverage): equal to dense when they contain every query word,
# a quarter of that at half, near zero when the query is phrased in words the documents do not use.
# bench/retrieval.py (93 queries): nDCG@10 0.672, against 0.656 for a weight linear in the coverage
# and 0.646 for a fixed 0.7 dense + 0.3 BM25; reciprocal rank fusion (k=60) measured below the fixed
# weights (0.668 against 0.683 on the earlier 86 queries).
LEXICAL_WEIGHT = 0.5
COVERAGE_DEPTH = 10  # the BM25 hits whose coverage counts
CANDIDATES = 100  # per retriever
EMBED_BATCH = 16
VECTOR_GENERATION = "vector_generation"  # catalogue setting the writer bumps after writing vectors
SYNC_BLOCK = 256  # chunks embedded before they are written to the vector store in one go


@dataclass(frozen=True)
class Filters:
    """Explicit filters (CLI options); they override what the query text implies."""

    date_from: str | None = None
    date_to: str | None = None
    dnr: str | None = None
    person: str | None = None
    body: str | None = None
    kind: str | None = None
    status: str | None = None


def _in_vector_session(method):
    """Run a SearchIndex method with its vector store open (see SearchIndex.vector_session)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self.vector_session():
            return method(self, *args, **kwargs)

    return wrapper


class SearchIndex:
    def __init__(self, home: Path, catalogue: Catalogue, *, model: str | None = None,
                 chroma_url: str | None = None,
                 progress: Callable[[str], None] | None = None):
        self.home = home
        self.catalogue = catalogue
        self.chroma_url = chroma_url
        self.progress = progress
        self.model_name = model or catalogue.setting("model_name") or None
        self._embedder = None
        self._query_embedder = None
        self._vectors = None
        self._opener = None
        self._lexical = None

    # --- parts, loaded on first use ------------------------------------------------------------

    @property
    def embedder(self):
        """Embeds passages (ingest); for a sentence-transformers model the query embedder is reused."""
        if self._embedder is None:
            from arkiv.models.embedders import BUILTIN, load_embedder

            if self._query_embedder is not None and (self.model_name or "e5-small") not in BUILTIN:
                self._embedder = self._query_embedder
            else:
                self._embedder = load_embedder(self.model_name, progress=self.progress)
        return self._embedder

    @property
    def query_embedder(self):
        """Embeds queries; loaded on its own so that a search does not pay for the ingest engine."""
        if self._query_embedder is None:
            from arkiv.models.embedders import load_query_embedder

            self._query_embedder = self._embedder or load_query_embedder(self.model_name)
        return self._query_embedder

    @property
    def lexical(self):
        if self._lexical is None:
            from arkiv.search.lexical import LexicalIndex

            self._lexical = LexicalIndex(self.home / "lexical", writable=self.catalogue.writable)
        return self._lexical

    @property
    def vectors(self):
        """The vector store; only inside `vector_session()` (embedded Chroma is opened per use)."""
        if self._vectors is None:
            raise RuntimeError("vectors used outside vector_session()")
        return self._vectors

    @contextmanager
    def vector_session(self):
        """The vector store, open for one piece of work (a search, a block of writes); sessions
        nest, so a search inside a sync opens it once. See arkiv.search.vectors.StoreOpener."""
        if self._vectors is not None:
            yield self._vectors
            return
        from arkiv.search.vectors import StoreOpener, VectorStore

        model = self.query_embedder  # cheap to load, same model_id and dim as the passage side
        self._check_recorded_model(model.model_id)
        if self._opener is None:
            self._opener = StoreOpener(self.home, self.chroma_url, writable=self.catalogue.writable)
        with self._opener.session(self.catalogue.setting(VECTOR_GENERATION)) as client:
            self._vectors = VectorStore(client, model.model_id, model.dim)
            try:
                self._vectors.collection  # raises ModelMismatch for a collection of another model
                yield self._vectors
            finally:
                self._vectors = None
            if self.catalogue.writable:
                self.catalogue.bump_setting(VECTOR_GENERATION)

    def _check_recorded_model(self, model_id: str) -> None:
        from arkiv.search.vectors import ModelMismatch

        recorded = self.catalogue.setting("model_id")
        if recorded and recorded != model_id and self.catalogue.has_chunks():
            raise ModelMismatch(
                f"arkivet är indexerat med modellen '{recorded}', inte '{model_id}'; "
                f"kör 'arkiv reindex --model {self.model_name}' för att byta modell"
            )

    def close(self) -> None:
        if self._lexical is not None:
            self._lexical.close()
            self._lexical = None
        if self._opener is not None:
            self._opener.close()
            self._opener = None

    # --- keeping the indexes in step with the catalogue (the writer only) ----------------------

    def sync(self, on_progress: Callable[[int, int], None] | None = None) -> int:
        """Apply the index outbox: embed and add new chunks, drop removed ones. Returns chunks added.

        Passages are embedded outside the vector lock and written in blocks under it, so a search
        from another process waits at most for one block's write.
        """
        total = self.catalogue.pending_count()
        if total == 0:
            return 0
        with self.vector_session():  # checks the model before any work
            pass
        self._record_model()
        added = done = 0
        while batch := self.catalogue.pending_index(limit=SYNC_BLOCK):
            last_op: dict[str, str] = {}
            for _, chunk_id, op in batch:
                last_op[chunk_id] = op
            removed = [cid for cid, op in last_op.items() if op == "del"]
            wanted = [cid for cid, op in last_op.items() if op == "add"]
            chunks = self.catalogue.chunks(wanted)
            removed += [cid for cid in wanted if cid not in chunks]  # deleted again since queued
            to_add = [chunks[cid] for cid in wanted if cid in chunks]
            vectors = []
            for start in range(0, len(to_add), EMBED_BATCH):
                part = to_add[start : start + EMBED_BATCH]
                vectors.append(self.embedder.embed_passages([c.embed_text for c in part]))
                done += len(part)
                if on_progress:
                    on_progress(done, total)
            with self.vector_session() as store:
                store.delete(removed)
                if to_add:
                    store.upsert([c.id for c in to_add], np.concatenate(vectors),
                                 [_metadata(c) for c in to_add])
            self.lexical.delete(removed)
            self.lexical.add((c.id, c.embed_text) for c in to_add)
            added += len(to_add)
            self.catalogue.finish_index(batch[-1][0])
        self.lexical.refresh()  # rebuild BM25 once per batch, not at the user's first query
        return added

    def _record_model(self) -> None:
        if self.catalogue.setting("model_id") != self.query_embedder.model_id:
            self.catalogue.set_setting("model_id", self.query_embedder.model_id)
            self.catalogue.set_setting("model_name", self.model_name or "")

    def reindex(self, on_progress: Callable[[int, int], None] | None = None) -> int:
        """Drop the derived indexes and build them again from the catalogue (e.g. another model)."""
        self.reset_vectors()
        return self.sync(on_progress)

    def _reset_lexical(self) -> None:
        self.close()
        shutil.rmtree(self.home / "lexical", ignore_errors=True)

    def rebuild_lexical(self) -> None:
        """BM25 again from the catalogue's indexed chunks (no embedding needed)."""
        self._reset_lexical()
        queued = self.catalogue.queued_ids()
        ids = [cid for cid in self.catalogue.chunk_ids_where("1") if cid not in queued]
        for start in range(0, len(ids), SYNC_BLOCK):
            chunks = self.catalogue.chunks(ids[start : start + SYNC_BLOCK])
            self.lexical.add((c.id, c.embed_text) for c in chunks.values())
        self.lexical.refresh()

    def reset_vectors(self) -> None:
        """Drop every vector and queue every chunk again: the next sync embeds the archive anew."""
        from arkiv.search.vectors import reset_store

        self.close()
        reset_store(self.home, self.chroma_url)
        self.catalogue.set_setting("model_id", "")  # the old vectors are gone: any model may build
        self._record_model()
        self.catalogue.requeue_all()
        self._reset_lexical()  # requeued chunks are added to both indexes again

    # --- search --------------------------------------------------------------------------------

    @_in_vector_session
    def search(self, text: str, *, limit: int = 10, filters: Filters = Filters(),
               retrievers: tuple[str, ...] = ("lexical", "dense")) -> list[Hit]:
        """Best hits first. `retrievers` exists for bench/retrieval, to measure each side alone."""
        query = _apply_filters(parse_query(text), filters)
        allowed = self._allowed_ids(query, filters)
        if allowed is not None and not allowed:
            return []
        fused = self._fused_ranking(query, filters, allowed, retrievers)
        for looser in _relaxed(query, filters):
            if fused:
                break
            query = looser
            fused = self._fused_ranking(query, filters, allowed, retrievers)
        chunks = self.catalogue.chunks([cid for cid, _ in fused])
        ranked = sorted(
            ((chunks[cid], score * _boost(query, chunks[cid])) for cid, score in fused if cid in chunks),
            key=lambda item: -item[1],
        )
        return self._hits(query, _group_by_section(ranked, query.decision_intent)[:limit])

    def _allowed_ids(self, query: Query, filters: Filters) -> set[str] | None:
        """Chunk ids the filters that Chroma cannot express allow, or None for no restriction."""
        clauses, params = [], []
        for key in query.dnr_keys:
            # The key's parts as whole parts of a stored key: "SDSF-2024-28" finds "SDSF-2024-28-790".
            patterns = [f"%|{key}|%", f"%|{key}-%", f"%-{key}|%", f"%-{key}-%"]
            if (unseries := dnr.without_series(key)) != key:
                patterns.append(f"%|{unseries}|%")  # "KS 2024/12" is the case stored as "Dnr 2024/12"
            clauses.append("(" + " OR ".join(["dnr_keys LIKE ?"] * len(patterns)) + ")")
            params += patterns
        if query.section:
            clauses.append("section = ?")
            params.append(query.section)
        if filters.person:
            # The name as written: % and _ in it are letters, not LIKE wildcards.
            name = "%" + re.sub(r"([\\%_])", r"\\\1", filters.person) + "%"
            clauses.append(
                "(sha256 IN (SELECT sha256 FROM persons WHERE name LIKE ? ESCAPE '\\') "
                "OR text LIKE ? ESCAPE '\\')"
            )
            params += [name, name]
        if not clauses:
            return None
        return set(self.catalogue.chunk_ids_where(" AND ".join(clauses), tuple(params)))

    def _fused_ranking(self, query: Query, filters: Filters, allowed: set[str] | None,
                       retrievers: tuple[str, ...]) -> list[tuple[str, float]]:
        candidates = self._metadata_allowed(allowed, _sql_where(query, filters))
        if allowed is not None and not query.topic.strip():
            return self._timeline(candidates)
        topic = query.topic or query.text
        lexical: list[tuple[str, float]] = []
        if "lexical" in retrievers:
            lexical = self.lexical.search(topic, k=CANDIDATES, ids=candidates)
        dense: list[tuple[str, float]] = []
        if "dense" in retrievers:
            vector = self.query_embedder.embed_query(query.text)
            dense = self.vectors.query(vector, CANDIDATES, candidates)
        if lexical and dense:
            # Score every candidate on both sides: a chunk found by one retriever only would
            # otherwise get the other's minimum, and names found by BM25 alone would sink.
            union = {cid for cid, _ in lexical} | {cid for cid, _ in dense}
            coverage = self.lexical.coverage(topic, [cid for cid, _ in lexical[:COVERAGE_DEPTH]])
            lexical = self.lexical.search(topic, k=len(union), ids=union)
            dense = self.vectors.query(vector, len(union), union)
            return _fuse(lexical, dense, LEXICAL_WEIGHT * coverage**2)
        return _fuse(lexical, dense, 1.0 if lexical else 0.0)  # one side alone ranks as it is

    def _timeline(self, ids: set[str]) -> list[tuple[str, float]]:
        """A bare Dnr or § query: the matching sections newest first, decisions before text."""
        chunks = self.catalogue.chunks(sorted(ids))
        order = sorted(
            chunks.values(),
            key=lambda c: (c.date or "", c.kind == ChunkKind.DECISION, c.kind != ChunkKind.TITLE),
            reverse=True,
        )
        return [(c.id, 1.0 / (rank + 1)) for rank, c in enumerate(order)]

    def _metadata_allowed(self, allowed: set[str] | None, where: tuple[str, tuple] | None) -> set[str] | None:
        """Narrow `allowed` by the metadata filters, resolved in the catalogue for both retrievers."""
        if where is None:
            return allowed
        ids = set(self.catalogue.chunk_ids_where(*where))
        return ids if allowed is None else ids & allowed

    def _hits(self, query: Query, ranked: list[tuple[Chunk, float]]) -> list[Hit]:
        hits = []
        for rank, (chunk, score) in enumerate(ranked, start=1):
            snippet, spans = make_snippet(chunk.text, query.topic or query.text)
            hits.append(Hit(
                rank=rank, score=score, kind=chunk.kind, text=chunk.text, snippet=snippet,
                source=self.catalogue.first_path(chunk.sha256) or "", page=chunk.page,
                section=chunk.section, section_title=chunk.section_title, dnr=chunk.dnr_text,
                date=chunk.date, status=chunk.status, body=chunk.body, sha256=chunk.sha256,
                highlights=spans,
            ))
        return hits


DECISION_BOOST = 1.5  # decision intent: a decision outranks text scoring up to 1.5x higher
YEAR_BOOST = 1.2  # a bare year in the query ("äskande för 2025") favours, never filters


def _boost(query: Query, chunk: Chunk) -> float:
    factor = 1.0
    if query.decision_intent and chunk.kind == ChunkKind.DECISION:
        factor *= DECISION_BOOST
    if query.year_hint and (chunk.date or "").startswith(str(query.year_hint)):
        factor *= YEAR_BOOST
    return factor


def _normalised(ranking: list[tuple[str, float]]) -> dict[str, float]:
    """Scores mapped to 0..1 within this query's candidates (BM25 and cosine have other scales)."""
    if not ranking:
        return {}
    values = [score for _, score in ranking]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return {cid: (score - low) / span for cid, score in ranking}


def _fuse(lexical: list[tuple[str, float]], dense: list[tuple[str, float]],
          lexical_weight: float) -> list[tuple[str, float]]:
    lex, den = _normalised(lexical), _normalised(dense)
    scores = {
        cid: (1 - lexical_weight) * den.get(cid, 0.0) + lexical_weight * lex.get(cid, 0.0)
        for cid in lex.keys() | den.keys()
    }
    return sorted(scores.items(), key=lambda item: -item[1])


def _apply_filters(query: Query, filters: Filters) -> Query:
    if filters.date_from or filters.date_to:
        query = replace(query, date_from=filters.date_from, date_to=filters.date_to)
    if filters.dnr:
        from arkiv.schema import normalise_dnr

        query = replace(query, dnr_keys=(normalise_dnr(filters.dnr),))
    if filters.status:
        query = replace(query, status=DecisionStatus(filters.status), decision_intent=True)
    return query


def _relaxed(query: Query, filters: Filters) -> list[Query]:
    """Looser readings of what the query's own words implied, tried in turn while nothing matches:
    without the status its verb named, then with its date as a year boost instead of a filter
    ("ägardialog i Borlänge maj 2017" when that report carries no date). Options are never relaxed."""
    steps = []
    if query.status and not filters.status:
        query = replace(query, status=None)
        steps.append(query)
    if query.date_from and not (filters.date_from or filters.date_to):
        query = replace(query, date_from=None, date_to=None, year_hint=int(query.date_from[:4]))
        steps.append(query)
    return steps


def _metadata_filters(query: Query, filters: Filters) -> list[tuple[str, str, str | int]]:
    """(field, operator, value) conditions on chunk metadata (dates as YYYY-MM-DD)."""
    conditions: list[tuple[str, str, str | int]] = []
    if query.date_from:
        conditions.append(("date", ">=", query.date_from))
    if query.date_to:
        conditions.append(("date", "<=", query.date_to))
    for field, value in (("status", query.status), ("kind", filters.kind), ("body", filters.body)):
        if value:
            conditions.append((field, "=", str(value)))
    return conditions


def _sql_where(query: Query, filters: Filters) -> tuple[str, tuple] | None:
    conditions = _metadata_filters(query, filters)
    if not conditions:
        return None
    sql = " AND ".join(f"{field} {op} ?" for field, op, _ in conditions)
    return sql, tuple(value for _, _, value in conditions)


def _metadata(chunk: Chunk) -> dict:
    metadata = {
        "doc": chunk.sha256, "kind": chunk.kind, "page": chunk.page, "date": chunk.date_int,
        "section": chunk.section or "", "status": chunk.status or "", "body": chunk.body or "",
        "dnr": "|".join(chunk.dnr_keys),
    }
    return metadata


def _group_by_section(ranked: list[tuple[Chunk, float]], prefer_decisions: bool) -> list[tuple[Chunk, float]]:
    """One hit per § at the rank of its best chunk. The chunk shown is the best one, except that
    text replaces a bare title, and a decision replaces text when the query asks for decisions."""
    position_of: dict[tuple, int] = {}
    grouped: list[tuple[Chunk, float]] = []
    for chunk, score in ranked:
        key = (chunk.sha256, chunk.section, chunk.section_title) if chunk.kind != ChunkKind.TEXT else (chunk.id,)
        if key not in position_of:
            position_of[key] = len(grouped)
            grouped.append((chunk, score))
            continue
        position = position_of[key]
        shown = grouped[position][0]
        if (shown.kind == ChunkKind.TITLE and chunk.kind != ChunkKind.TITLE) or (
            prefer_decisions and chunk.kind == ChunkKind.DECISION and shown.kind != ChunkKind.DECISION
        ):
            grouped[position] = (chunk, grouped[position][1])
    return grouped
