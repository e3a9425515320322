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
from dataclasses import replace
from pathlib import Path

import numpy as np

from arkiv.schema import DecisionStatus, Hit
from arkiv.search.catalogue import Catalogue
from arkiv.search.chunks import Chunk
from arkiv.search.query import Query, parse_query
from arkiv.search.ranking import Candidates, Filters, rank, relaxed
from arkiv.search.snippets import make_snippet
from arkiv.swedish import dnr

COVERAGE_DEPTH = 10  # the BM25 hits whose coverage counts
CANDIDATES = 100  # per retriever
EMBED_BATCH = 16
VECTOR_GENERATION = "vector_generation"  # catalogue setting the writer bumps after writing vectors
SYNC_BLOCK = 256  # chunks embedded before they are written to the vector store in one go


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
        with self._opener.session(lambda: self.catalogue.setting(VECTOR_GENERATION)) as client:
            self._vectors = VectorStore(client, model.model_id, model.dim)
            try:
                self._vectors.collection  # raises ModelMismatch for a collection of another model
                yield self._vectors
            finally:
                self._vectors = None
                if self.catalogue.writable:  # still under the vector lock: no reader sees it late
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
        candidates = self._candidates(query, filters, allowed, retrievers)
        for looser in relaxed(query, filters):
            if candidates.found:
                break
            query = looser
            candidates = self._candidates(query, filters, allowed, retrievers)
        return self._hits(query, rank(query, candidates, limit))

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

    def _candidates(self, query: Query, filters: Filters, allowed: set[str] | None,
                    retrievers: tuple[str, ...]) -> Candidates:
        ids = self._metadata_allowed(allowed, _sql_where(query, filters))
        if allowed is not None and not query.topic.strip():
            return Candidates(self.catalogue.chunks(sorted(ids)))  # an exact reference: no scores
        topic = query.topic or query.text
        lexical: list[tuple[str, float]] = []
        if "lexical" in retrievers:
            lexical = self.lexical.search(topic, k=CANDIDATES, ids=ids)
        dense: list[tuple[str, float]] = []
        if "dense" in retrievers:
            vector = self.query_embedder.embed_query(query.text)
            dense = self.vectors.query(vector, CANDIDATES, ids)
        if not (lexical and dense):
            found = [cid for cid, _ in lexical or dense]
            return Candidates(self.catalogue.chunks(found), lexical, dense)
        # Score every candidate on both sides: a chunk found by one retriever only would otherwise
        # get the other's minimum, and names found by BM25 alone would sink.
        union = {cid for cid, _ in lexical} | {cid for cid, _ in dense}
        coverage = self.lexical.coverage(topic, [cid for cid, _ in lexical[:COVERAGE_DEPTH]])
        return Candidates(
            self.catalogue.chunks(sorted(union)),
            self.lexical.search(topic, k=len(union), ids=union),
            self.vectors.query(vector, len(union), union),
            coverage,
        )

    def _metadata_allowed(self, allowed: set[str] | None, where: tuple[str, tuple] | None) -> set[str] | None:
        """Narrow `allowed` by the metadata filters, resolved in the catalogue for both retrievers."""
        if where is None:
            return allowed
        ids = set(self.catalogue.chunk_ids_where(*where))
        return ids if allowed is None else ids & allowed

    def _hits(self, query: Query, ranked: list[tuple[Chunk, float]]) -> list[Hit]:
        hits = []
        for position, (chunk, score) in enumerate(ranked, start=1):
            snippet, spans = make_snippet(chunk.text, query.topic or query.text)
            hits.append(Hit(
                rank=position, score=score, kind=chunk.kind, text=chunk.text, snippet=snippet,
                source=self.catalogue.first_path(chunk.sha256) or "", page=chunk.page,
                section=chunk.section, section_title=chunk.section_title, dnr=chunk.dnr_text,
                date=chunk.date, status=chunk.status, body=chunk.body, sha256=chunk.sha256,
                highlights=spans,
            ))
        return hits


def _apply_filters(query: Query, filters: Filters) -> Query:
    if filters.date_from or filters.date_to:
        query = replace(query, date_from=filters.date_from, date_to=filters.date_to)
    if filters.dnr:
        from arkiv.schema import normalise_dnr

        query = replace(query, dnr_keys=(normalise_dnr(filters.dnr),))
    if filters.status:
        query = replace(query, status=DecisionStatus(filters.status), decision_intent=True)
    return query


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
