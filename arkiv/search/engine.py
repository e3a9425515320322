"""Hybrid search: exact Dnr/§ matches, BM25 and dense retrieval fused by their normalised scores.

The catalogue is the source of truth; the BM25 index (lexical/) and the vectors (Chroma) are
derived from its chunks through the index outbox, so they can always be rebuilt (`arkiv reindex`).
"""

from __future__ import annotations

import functools
import queue
import re
import shutil
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

from arkiv.schema import DecisionStatus, Hit, normalise_dnr
from arkiv.search.catalogue import Catalogue
from arkiv.search.chunks import Chunk, ChunkKind, shared_vectors
from arkiv.search.query import DATE_ISO, Query, parse_query
from arkiv.search.ranking import Candidates, Filters, coordinated, rank, unit_key
from arkiv.search.snippets import make_snippet
from arkiv.swedish import dnr

# The §s scored whole (ranking.UNIT_WEIGHT): those of each retriever's best 15 candidates. Fewer §s
# keep the query fast at 100k chunks; bench/retrieval nDCG@10: 10 → 0.713, 15 → 0.718, 20 → 0.719,
# 30 → 0.716, every candidate (up to 200) → 0.714; the best 20 of BM25 alone → 0.715 (status-word
# questions 0.731).
UNIT_DEPTH = 15
COVERAGE_DEPTH = 10  # the BM25 hits whose coverage counts
CANDIDATES = 100  # per retriever
EMBED_BATCH = 16
VECTOR_GENERATION = "vector_generation"  # catalogue setting the writer bumps after writing vectors
SYNC_BLOCK = 256  # chunks embedded before they are written to the vector store in one go
# A case number typed without separators, which the Dnr grammar does not take apart: optional series
# letters, then a year and at least three more digits ("ABC2023000114550", "2023000114").
COMPACT_CASE_NUMBER = re.compile(r"\b(?:[A-ZÅÄÖ]{1,8}-?)?(?:19|20)\d{5,}\b", re.I)
LEADING_WORD = re.compile(r"^\s*(?!dnr\b)[a-zåäö]{5,}\s+")
COMPACT_PARTS = re.compile(r"([A-ZÅÄÖ]{1,8})?-?((?:19|20)\d{2})(\d+)", re.I)


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
        self._matrix: tuple | None = None  # (generation, VectorMatrix or None) a reader has open
        self._lexical = None
        self._ahead: EmbeddingAhead | None = None
        self._ahead_loader: Callable[[], object] | None = None
        self.embedded_ahead = 0  # chunks whose vectors sync took from EmbeddingAhead

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
    def vector_session(self, *, record: bool = False):
        """The vector store, open for one piece of work (a search, a block of writes); sessions
        nest, so a search inside a sync opens it once. See arkiv.search.vectors.StoreOpener.

        A reader of an embedded store gets the store's matrix (vectors.VectorMatrix) when the
        writer left one for the current generation, unless `record` asks for Chroma itself."""
        if self._vectors is not None:
            yield self._vectors
            return
        from arkiv.search.vectors import StoreOpener, VectorStore

        model = self.query_embedder  # cheap to load, same model_id and dim as the passage side
        self._check_recorded_model(model.model_id)
        matrix = None if record else self._current_matrix(model.dim)
        if matrix is not None:
            self._vectors = matrix
            try:
                yield matrix
            finally:
                self._vectors = None
            return
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

    def _current_matrix(self, dim: int):
        """The embedded store's matrix of the current generation, for a reader; None otherwise."""
        if self.catalogue.writable or self.chroma_url:
            return None
        from arkiv.search.vectors import VectorMatrix

        generation = self.catalogue.setting(VECTOR_GENERATION)
        if self._matrix is None or self._matrix[0] != generation:
            matrix = VectorMatrix.open(self.home / "chroma", generation)
            self._matrix = (generation, matrix if matrix is not None and matrix.dim == dim else None)
        return self._matrix[1]

    def write_matrix(self, base=None, removed=(), added=None) -> None:
        """Write the embedded store's matrix for the current generation (the writer, after its
        vector writes): `base` (ids, matrix) of the generation before, less `removed`, plus
        `added` {id: vector}; without `base`, every vector is read back from Chroma."""
        if self.chroma_url or not self.catalogue.writable:
            return
        from arkiv.search.vectors import VectorMatrix, all_vectors

        generation = self.catalogue.setting(VECTOR_GENERATION)
        if generation is None or VectorMatrix.open(self.home / "chroma", generation) is not None:
            return
        if base is None:
            with self.vector_session(record=True) as store:
                ids, matrix = all_vectors(store)
            generation = self.catalogue.setting(VECTOR_GENERATION)  # the session counted up
        else:
            ids, matrix = _updated(base, set(removed), added or {})
        VectorMatrix.write(self.home / "chroma", generation, ids, matrix)

    def _matrix_base(self):
        """(ids, vectors) of the matrix of the current generation, if the writer left one."""
        from arkiv.search.vectors import VectorMatrix

        if self.chroma_url:
            return None
        if not (self.home / "chroma").exists():  # a new or reset store holds no vectors
            return [], np.empty((0, self.query_embedder.dim), dtype=np.float32)
        matrix = VectorMatrix.open(self.home / "chroma", self.catalogue.setting(VECTOR_GENERATION))
        return None if matrix is None else matrix.vectors()

    def _check_recorded_model(self, model_id: str) -> None:
        from arkiv.search.vectors import ModelMismatch

        recorded = self.catalogue.setting("model_id")
        if recorded and recorded != model_id and self.catalogue.has_chunks():
            raise ModelMismatch(
                f"arkivet är indexerat med modellen '{recorded}', inte '{model_id}'; "
                f"kör 'arkiv reindex --model {self.model_name}' för att byta modell"
            )

    def close(self) -> None:
        self._ahead_loader = None
        self._matrix = None
        if self._ahead is not None:
            self._ahead.stop()
            self._ahead = None
        if self._lexical is not None:
            self._lexical.close()
            self._lexical = None
        if self._opener is not None:
            self._opener.close()
            self._opener = None

    # --- keeping the indexes in step with the catalogue (the writer only) ----------------------

    def embed_ahead(self) -> None:
        """Embed, on a background thread, the chunks `stored` hands over from now on, so that an
        ingest embeds one file while it reads the next (see EmbeddingAhead); `sync` uses those
        vectors. The thread starts with the first file to parse (`parsing`: an ingest of unchanged
        files loads no model), or for a model that imports torch with the first stored file (spaCy,
        which swedish_nlp imports with torch hidden, is imported by then, so that never overlaps a
        model's import of torch), and loads the model itself; a model that fails to load, or
        differs from the one the archive was built with, embeds nothing there, and sync reports it
        as before."""
        recorded = self.catalogue.setting("model_id") if self.catalogue.has_chunks() else None

        def load():
            embedder = self.embedder
            if recorded and embedder.model_id != recorded:
                raise RuntimeError("another model than the archive's")
            return embedder

        self._ahead_loader = load

    def parsing(self) -> None:
        """A file is about to be parsed: the built-in model starts loading beside it, so that the
        first file's chunks find it ready. It imports no torch, so it cannot meet spaCy's import
        (see embed_ahead); another model still starts with the first stored file."""
        from arkiv.models.embedders import BUILTIN, DEFAULT_MODEL

        if (self.model_name or DEFAULT_MODEL) in BUILTIN:
            self._start_ahead()

    def stored(self, chunks: list[Chunk]) -> None:
        """Chunks the catalogue now holds and the index outbox lists: embedded ahead if asked."""
        self._start_ahead()
        if self._ahead is not None:
            self._ahead.add(chunks)

    def _start_ahead(self) -> None:
        if self._ahead is None and self._ahead_loader is not None:
            self._ahead = EmbeddingAhead(self._ahead_loader)
            self._ahead_loader = None

    def _embed(self, chunks: list[Chunk], ahead: dict[str, tuple[str, np.ndarray]], done: int,
               total: int, on_progress: Callable[[int, int], None] | None) -> np.ndarray:
        """The vectors of `chunks`, in order: those embedded ahead of the same text, the rest now;
        a chunk that takes another's vector (chunks.shared_vectors) is not embedded itself."""
        # The sources are read from the catalogue: a block may hold a title without its passages,
        # or (reindex, repair) chunks in another order than the document's.
        sources = self._title_sources([c for c in chunks if c.kind == ChunkKind.TITLE])
        shared = {title: source.id for title, source in sources.items()}
        present = {c.id for c in chunks}
        wanted = chunks + list({c.id: c for c in sources.values() if c.id not in present}.values())
        vectors = {c.id: ahead[c.id][1] for c in wanted if c.id in ahead and ahead[c.id][0] == c.embed_text}
        self.embedded_ahead += len(vectors) + sum(source in vectors for source in shared.values())
        if vectors and on_progress:
            on_progress(done + len(vectors), total)
        done += len(vectors)
        by_text: dict[str, list[str]] = {}  # each distinct text embedded once
        for chunk in wanted:
            if chunk.id not in vectors and chunk.id not in shared:
                by_text.setdefault(chunk.embed_text, []).append(chunk.id)
        texts = list(by_text)
        for start in range(0, len(texts), EMBED_BATCH):
            part = texts[start : start + EMBED_BATCH]
            for text, vector in zip(part, self.embedder.embed_passages(part)):
                vectors.update((cid, vector) for cid in by_text[text])
                done += len(by_text[text])
            if on_progress:
                on_progress(done, total)
        for chunk_id, source in shared.items():
            vectors[chunk_id] = vectors[source]
        if shared and on_progress:
            on_progress(done + len(shared), total)
        return np.stack([vectors[c.id] for c in chunks])

    def _title_sources(self, titles: list[Chunk]) -> dict[str, Chunk]:
        """{title id: the first passage of its § in document order} (chunks.shared_vectors), read
        in one query for all the titles' documents."""
        if not titles:
            return {}
        documents = sorted({t.sha256 for t in titles})
        first: dict[tuple, str] = {}  # (sha256, section, section title) -> first passage id
        for cid, sha256, section, title in self.catalogue.db.execute(
                "SELECT id, sha256, section, section_title FROM chunks WHERE kind = ? AND sha256 IN "
                f"({','.join('?' * len(documents))}) ORDER BY rowid", (ChunkKind.PASSAGE, *documents)):
            first.setdefault((sha256, section, title), cid)
        sources = {t.id: first[key] for t in titles if (key := (t.sha256, t.section, t.section_title)) in first}
        passages = self.catalogue.chunks(sorted(set(sources.values())))
        return {title_id: passages[cid] for title_id, cid in sources.items()}

    def sync(self, on_progress: Callable[[int, int], None] | None = None) -> int:
        """Apply the index outbox: embed and add new chunks, drop removed ones. Returns chunks added.

        Passages are embedded outside the vector lock and written in blocks under it, so a search
        from another process waits at most for one block's write.
        """
        total = self.catalogue.pending_count()
        if total == 0:
            self.write_matrix()  # after writes outside sync (repair), or an archive without one
            return 0
        base = self._matrix_base()
        removed_all: set[str] = set()
        added_all: dict[str, np.ndarray] = {}
        if self._ahead is not None:  # while the thread embedding ahead still works, not after it
            _import_writers()
            self.lexical.prepare(self._ahead.texts)
        # The thread embedding ahead loads the model: it must be done before this one loads any.
        ahead = self._ahead.finish() if self._ahead is not None else {}
        self._ahead = self._ahead_loader = None
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
            vectors = self._embed(to_add, ahead, done, total, on_progress) if to_add else None
            done += len(to_add)
            with self.vector_session() as store:
                store.delete(removed)
                if to_add:
                    store.upsert([c.id for c in to_add], vectors, [_metadata(c) for c in to_add])
            self.lexical.delete(removed)
            self.lexical.add((c.id, c.embed_text) for c in to_add)
            added += len(to_add)
            self.catalogue.finish_index(batch[-1][0])
            if base is not None:
                for cid in removed:
                    added_all.pop(cid, None)
                removed_all.update(removed)
                added_all.update(zip((c.id for c in to_add), vectors if to_add else ()))
        self.lexical.refresh()  # rebuild BM25 once per batch, not at the user's first query
        self.write_matrix(base, removed_all, added_all)
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
        query, references = self._case_references(query, filters)
        allowed = self._allowed_ids(query, filters)
        if references is not None:
            allowed = set(references) if allowed is None else allowed & set(references)
        if allowed is not None and not allowed:
            return []
        candidates = self._candidates(query, filters, allowed, retrievers)
        candidates = replace(candidates, tiers={cid: tier for cid, tier in (references or {}).items()
                                                if cid in candidates.chunks})
        return self._hits(query, rank(query, candidates, limit))

    def _case_references(self, query: Query, filters: Filters) -> tuple[Query, dict[str, int] | None]:
        """The chunks the case numbers in the query refer to, each with how exactly (ranking.rank
        puts lower tiers first): 0 the same key, 1 the document's key lacks the series the query
        typed ("KS 2023/201" for "Dnr 2023/201"), and, only when no key matches, the number's
        digits in the text however they are spaced ("ABC2023000114550" for "ABC 2023 000114 550",
        or a number extraction did not take for a Dnr): 0 with the same series, 1 without one.
        None when the query names no case number; these chunks replace the filter on query.dnr_keys.
        Returns the query with the numbers parsing missed (written without separators) taken out
        of its words."""
        if filters.dnr:
            written = [filters.dnr]
        else:
            written = [found.text for found in dnr.find(query.text, dnr.Context.QUERY)]
        compact = [m.group(0) for m in COMPACT_CASE_NUMBER.finditer(query.topic)] if not filters.dnr else []
        if compact:
            topic = COMPACT_CASE_NUMBER.sub(" ", query.topic)
            query = replace(query, topic=" ".join(topic.split()))
        if not (written or compact):
            return query, None
        found: dict[str, int] = {}
        for number in written:
            # A word before the number ("ärende 2024/9") is not a series: series are abbreviations,
            # and a lower-case word longer than one is the query's own wording.
            number = LEADING_WORD.sub("", number)
            key = normalise_dnr(number)
            tiers = self._key_matches(key)
            if not tiers:
                tiers = self._digit_matches(number)
            for cid, tier in tiers.items():
                found[cid] = min(tier, found.get(cid, tier))
        for number in compact:
            # The year is the first four digits; the rest is the serial number ("NSF2024015" is
            # NSF 2024/15), which may still match a stored key exactly.
            series, year, serial = COMPACT_PARTS.match(number).groups()
            spaced = f"{series or ''} {year} {serial}"
            tiers = self._key_matches(normalise_dnr(f"{series or ''} {year}/{serial}")) or self._digit_matches(spaced)
            for cid, tier in tiers.items():
                found[cid] = min(tier, found.get(cid, tier))
        return query, found

    def _key_matches(self, key: str) -> dict[str, int]:
        """Chunks whose stored keys contain `key` as whole parts (tier 0: "SDSF-2024-28" finds
        "SDSF-2024-28-790"), or, for a key with a series, the same number stored without any
        series (tier 1); a number of another series is another case."""
        found = {cid: 0 for cid in self.catalogue.chunk_ids_where(
            "(" + " OR ".join(["dnr_keys LIKE ?"] * 4) + ")",
            (f"%|{key}|%", f"%|{key}-%", f"%-{key}|%", f"%-{key}-%"))}
        series, _, number = key.partition("-")
        if series.isalpha() and number:
            for cid in self.catalogue.chunk_ids_where("(dnr_keys LIKE ? OR dnr_keys LIKE ?)",
                                                      (f"%|{number}|%", f"%|{number}-%")):
                found.setdefault(cid, 1)
        return found

    def _digit_matches(self, written: str) -> dict[str, int]:
        """Chunks whose text holds the number's digits with any spacing, separators or zero
        padding; tier 0 when the text writes the same series before them (or the query none)."""
        series_match = re.match(r"\s*(?:dnr[\s.:]*)?([A-ZÅÄÖ]{1,8})", written, re.I)
        series = series_match.group(1).upper() if series_match else None
        if series and series.lower() == "dnr":
            series = None
        groups = [g.lstrip("0") or "0" for g in re.findall(r"\d+", written)]
        if not groups or len("".join(groups)) < 5:
            return {}
        digits = r"[\s/.:-]*0*".join(r"[\s.:-]?".join(group) for group in groups)
        pattern = re.compile(r"(?:\b([A-ZÅÄÖ]{1,8})[\s.:-]*)?(?<!\d)(0*" + digits + r")(?!\d)", re.I)
        joined = "".join(groups)
        like = (f"%{groups[0][:4]}%", f"%{joined[-2:]}%")  # the year is written unbroken
        found: dict[str, int] = {}
        for cid, chunk in self.catalogue.chunks(self.catalogue.chunk_ids_where(
                "(text || embed_text || dnr_text) LIKE ? AND (text || embed_text || dnr_text) LIKE ?",
                like)).items():
            haystack = f"{chunk.dnr_text} {chunk.text} {chunk.embed_text}"
            for match in pattern.finditer(haystack):
                if DATE_ISO.match(haystack, match.start(2)):
                    continue  # "2024/7" is not the 2024-07-01 of a date
                # Series are written in capitals; "ärende 2023/201" names none.
                their = match.group(1) if match.group(1) and match.group(1).isupper() else ""
                if their == "DNR":
                    their = ""
                if not series or their == series:
                    found[cid] = 0
                    break
                if not their:
                    found[cid] = 1
        return found

    def _allowed_ids(self, query: Query, filters: Filters) -> set[str] | None:
        """Chunk ids the filters that Chroma cannot express allow, or None for no restriction."""
        clauses, params = [], []
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
        ids = self._metadata_allowed(allowed, _sql_where(filters))
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
        if query.date_from and not filters.date_from:
            # A date the words imply boosts (ranking.boost); retrieving within it as well keeps
            # that month's chunks among the candidates when the whole archive outscores them.
            dated = self._metadata_allowed(ids, ("date >= ? AND date <= ?", (query.date_from, query.date_to)))
            if lexical:
                lexical = _merged(lexical, self.lexical.search(topic, k=CANDIDATES, ids=dated))
            if dense:
                dense = _merged(dense, self.vectors.query(vector, CANDIDATES, dated))
        if not (lexical and dense):
            found = [cid for cid, _ in lexical or dense]
            return Candidates(self.catalogue.chunks(found), lexical, dense)
        # Score every candidate on both sides: a chunk found by one retriever only would otherwise
        # get the other's minimum, and names found by BM25 alone would sink.
        union = {cid for cid, _ in lexical} | {cid for cid, _ in dense}
        chunks = self.catalogue.chunks(sorted(union))
        scored = self.lexical.search(topic, k=len(union), ids=union)
        # every chunk BM25 found is among `scored`, so one pass gives both the shares and coverage
        shares = self.lexical.shares(topic, [cid for cid, _ in scored])
        coverage = max((shares.get(cid, 0.0) for cid, _ in lexical[:COVERAGE_DEPTH]), default=0.0)
        return Candidates(
            chunks,
            coordinated(scored, shares),
            self.vectors.query(vector, len(union), union),
            coverage,
            on_subject=self._on_subject(query, union, chunks),
            units=self._unit_scores(topic, {cid: chunks[cid] for cid in _best(lexical) + _best(dense) if cid in chunks}),
        )

    def _unit_scores(self, topic: str, chunks: dict[str, Chunk]) -> dict[tuple, float]:
        """BM25 of each candidate § read as a whole (all its passages), by ranking.unit key."""
        units = {unit_key(c) for c in chunks.values() if c.kind != ChunkKind.TEXT}
        members: dict[tuple, list[str]] = {(cid,): [cid] for cid, c in chunks.items() if c.kind == ChunkKind.TEXT}
        documents = sorted({key[0] for key in units})
        names = sorted({key[1] or key[2] or "" for key in units})
        # By document (the index on sha256 serves it), then by § number or title in SQLite itself.
        for cid, sha256, section, title in self.catalogue.db.execute(
                "SELECT id, sha256, section, section_title FROM chunks WHERE kind != ? AND sha256 IN "
                f"({','.join('?' * len(documents))}) AND coalesce(section, section_title, '') IN "
                f"({','.join('?' * len(names))})", (ChunkKind.TITLE, *documents, *names)):
            if (key := (sha256, section, title)) in units:
                members.setdefault(key, []).append(cid)
        return self.lexical.group_scores(topic, members)

    def _on_subject(self, query: Query, ids: set[str], chunks: dict[str, Chunk]) -> frozenset[str] | None:
        """The documents of the candidates sharing a word with the query's subject, when its words
        imply decisions: "offerten för sandlådorna som bordlades" boosts the tabled decisions of
        documents about sandboxes, not every tabled decision (see ranking.boost). None when the
        query has no subject besides the intent."""
        if not query.decision_intent or not query.subject.strip():
            return None
        return frozenset(chunks[cid].sha256 for cid, _ in self.lexical.search(query.subject, k=len(ids), ids=ids)
                         if cid in chunks)

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


class EmbeddingAhead:
    """Embeds chunks on a background thread while the ingest goes on reading files.

    Reading and parsing run Python on one core; onnxruntime releases the GIL, so the model loads
    and embeds the files already stored on the other cores meanwhile, instead of all embedding
    waiting for the last file. The vectors are the same (one text per run either way). `finish`
    returns {chunk id: (embedded text, vector)}; a failure here (a missing model) only leaves
    the work to sync, which then reports it.
    """

    BLOCK = 4 * EMBED_BATCH  # texts per queued block
    MERGED = 4 * BLOCK  # texts per call at most, of the blocks waiting
    LIMIT = 20_000  # chunks held ahead (~30 MB of vectors); sync embeds the rest of a larger ingest

    def __init__(self, load_embedder: Callable[[], object]):
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._vectors: dict[str, tuple[str, np.ndarray]] = {}
        self._stopped = False
        self._queued = 0
        self.texts: list[str] = []  # of every chunk added, shared vectors too (LIMIT at most)
        # A daemon thread: an interrupted ingest must not wait for it.
        self._thread = threading.Thread(target=self._run, args=(load_embedder,), daemon=True,
                                        name="arkiv-embed-ahead")
        self._thread.start()

    def add(self, chunks: list[Chunk]) -> None:
        self.texts += [c.embed_text for c in chunks][: max(0, self.LIMIT - len(self.texts))]
        shared = shared_vectors(chunks)
        texts = [(c.id, c.embed_text) for c in chunks if c.id not in shared][: max(0, self.LIMIT - self._queued)]
        self._queued += len(texts)
        for start in range(0, len(texts), self.BLOCK):
            self._queue.put(texts[start : start + self.BLOCK])

    def finish(self) -> dict[str, tuple[str, np.ndarray]]:
        self._queue.put(None)
        self._thread.join()
        return self._vectors

    def stop(self) -> None:
        self._stopped = True
        self._queue.put(None)

    def _run(self, load_embedder: Callable[[], object]) -> None:
        try:
            embedder = load_embedder()
            while not self._stopped and (texts := self._waiting()):
                vectors = embedder.embed_passages([text for _, text in texts])
                self._vectors.update((cid, (text, vector)) for (cid, text), vector in zip(texts, vectors))
        except Exception:  # noqa: BLE001 - sync embeds what is missing and reports the error
            pass

    def _waiting(self) -> list[tuple[str, str]]:
        """The next texts: every block queued by now, up to MERGED texts, so that the cores are
        split over many texts (a file's few chunks left one core idle while the other finished the
        last long text: an ingest of 63 PDF pages embedded on ~1.2 of 2 cores once parsing ended).
        Empty once the queue has ended."""
        texts: list[tuple[str, str]] = []
        block = self._queue.get()
        while block is not None:
            texts += block
            if len(texts) >= self.MERGED:
                return texts
            try:
                block = self._queue.get_nowait()
            except queue.Empty:
                return texts
        self._queue.put(None)  # the end: seen again by the next call, after these texts
        return texts


def _import_writers() -> None:
    """Import what writing the indexes needs (Chroma ~1 s, bm25s ~0.3 s of Python)."""
    import importlib

    for module in ("bm25s", "chromadb"):
        importlib.import_module(module)


def _best(ranking: list[tuple[str, float]]) -> list[str]:
    """The UNIT_DEPTH best ids, equal scores by id: the same §s whatever order an index lists them in
    (a rebuilt BM25 index numbers its items anew)."""
    return [cid for cid, _ in sorted(ranking, key=lambda item: (-item[1], item[0]))[:UNIT_DEPTH]]


def _updated(base: tuple[list[str], np.ndarray], removed: set[str],
             added: dict[str, np.ndarray]) -> tuple[list[str], np.ndarray]:
    """The matrix `base` without the `removed` ids, with `added` put in (replacing same ids)."""
    ids, matrix = base
    keep = [row for row, cid in enumerate(ids) if cid not in removed and cid not in added]
    new_ids = [ids[row] for row in keep] + list(added)
    parts = [np.asarray(matrix[keep], dtype=np.float32)]
    if added:
        parts.append(np.stack(list(added.values())).astype(np.float32))
    return new_ids, np.concatenate(parts)


def _merged(*rankings: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Rankings of the same scores over different id sets, as one (a chunk scores the same in each)."""
    scores = dict(pair for ranking in rankings for pair in ranking)
    return sorted(scores.items(), key=lambda item: -item[1])


def _apply_filters(query: Query, filters: Filters) -> Query:
    if filters.date_from or filters.date_to:
        query = replace(query, date_from=filters.date_from, date_to=filters.date_to)
    if filters.dnr:
        query = replace(query, dnr_keys=(normalise_dnr(filters.dnr),))
    if filters.status:
        query = replace(query, status=DecisionStatus(filters.status), decision_intent=True, names_decisions=True)
    return query


def _metadata_filters(filters: Filters) -> list[tuple[str, str, str | int]]:
    """(field, operator, value) conditions on chunk metadata (dates as YYYY-MM-DD): the options only.
    A status or date the query's words imply is a boost (ranking.boost), never a condition here."""
    conditions: list[tuple[str, str, str | int]] = []
    if filters.date_from:
        conditions.append(("date", ">=", filters.date_from))
    if filters.date_to:
        conditions.append(("date", "<=", filters.date_to))
    for field, value in (("status", filters.status), ("kind", filters.kind), ("body", filters.body)):
        if value:
            conditions.append((field, "=", str(value)))
    return conditions


def _sql_where(filters: Filters) -> tuple[str, tuple] | None:
    conditions = _metadata_filters(filters)
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
