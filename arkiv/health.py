"""`arkiv check`: does the catalogue agree with the indexes derived from it, and are the originals
still there? `--repair` rebuilds what is derived; the catalogue itself is never rewritten, only a
damaged one is set aside (kept on disk) so that the archive can be read in again.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field

from arkiv.errors import ArchiveError

EXAMPLES = 3  # ids or paths named per problem


@dataclass
class IndexHealth:
    """One derived index compared with the catalogue's indexed chunks."""

    name: str  # "ordindexet" (BM25) or "vektorindexet" (Chroma)
    problem: str | None = None  # missing or unreadable: the whole index must be rebuilt
    missing: list[str] = field(default_factory=list)  # chunk ids the index lacks
    extra: list[str] = field(default_factory=list)  # ids the index holds for no chunk

    @property
    def ok(self) -> bool:
        return not (self.problem or self.missing or self.extra)

    def line(self) -> str:
        if self.problem:
            return f"{self.name}: {self.problem}"
        if self.ok:
            return f"{self.name}: i ordning"
        return f"{self.name}: {len(self.missing)} textavsnitt saknas, {len(self.extra)} finns i onödan"


@dataclass
class Health:
    catalogue_problem: str | None = None
    chunks: int = 0
    pending: int = 0  # queued for the indexes: not a fault, the next writer applies them
    indexes: list[IndexHealth] = field(default_factory=list)
    missing_originals: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """The archive answers correctly (moved originals are reported, not a fault)."""
        return self.catalogue_problem is None and all(i.ok for i in self.indexes)

    def lines(self) -> list[str]:
        if self.catalogue_problem:
            return [f"katalogen: {self.catalogue_problem}"]
        lines = [f"katalogen: i ordning ({self.chunks} textavsnitt)"]
        lines += [index.line() for index in self.indexes]
        if self.pending:
            lines.append(f"{self.pending} textavsnitt väntar på indexering")
        if self.missing_originals:
            examples = ", ".join(self.missing_originals[:EXAMPLES])
            lines.append(f"{len(self.missing_originals)} originalfiler finns inte längre: {examples}")
        return lines

    def summary(self) -> str:
        """One line for `arkiv status`."""
        if self.catalogue_problem:
            return "Hälsa: katalogen är skadad; kör 'arkiv check'."
        faults = [index.line() for index in self.indexes if not index.ok]
        if faults:
            return "Hälsa: " + "; ".join(faults) + "; kör 'arkiv check --repair'."
        return "Hälsa: i ordning."

    def as_record(self) -> dict:
        return asdict(self) | {"ok": self.ok}


def check(archive) -> Health:
    """Compare the catalogue with both indexes. Only reads."""
    from arkiv.search.catalogue import CatalogueError

    try:
        catalogue = archive.catalogue
        problem = catalogue.integrity_problem()
    except CatalogueError as exc:
        return Health(catalogue_problem=str(exc))
    if problem:
        return Health(catalogue_problem=problem)
    queued = catalogue.queued_ids()
    chunk_ids = set(catalogue.chunk_ids_where("1"))
    expected = chunk_ids - queued
    return Health(
        chunks=len(chunk_ids),
        pending=catalogue.pending_count(),
        indexes=[_compare("ordindexet", lambda: _lexical_ids(archive), expected, queued),
                 _compare("vektorindexet", lambda: _vector_ids(archive), expected, queued)],
        missing_originals=[p for p in catalogue.known_paths() if not os.path.lexists(p)],
    )


def repair(archive, on_index=None) -> None:
    """Rebuild what `check` finds wrong. The caller holds the writer lock (Archive.repair)."""
    health = check(archive)
    index = archive.index
    lexical, vectors = health.indexes
    if lexical.problem:
        index.rebuild_lexical()
    else:
        index.lexical.delete(lexical.extra)
    if vectors.problem:
        index.reset_vectors()
    else:
        with index.vector_session() as store:
            store.delete(vectors.extra)
    # Chunks either index lacks go through the outbox, which writes both.
    archive.catalogue.queue(sorted(set(lexical.missing) | set(vectors.missing)), "add")
    index.sync(on_index)


def _compare(name: str, read_ids, expected: set[str], queued: set[str]) -> IndexHealth:
    try:
        present = read_ids()
    except ArchiveError as exc:  # missing: a fault only when the catalogue has chunks to index
        return IndexHealth(name, problem=str(exc) if expected else None)
    except Exception as exc:  # a damaged store: Chroma's and SQLite's own errors
        return IndexHealth(name, problem=f"kan inte läsas ({type(exc).__name__}: {exc})")
    return IndexHealth(name, missing=sorted(expected - present), extra=sorted(present - expected - queued))


def _lexical_ids(archive) -> set[str]:
    return archive.index.lexical.ids()


def _vector_ids(archive) -> set[str]:
    index = archive.index
    with index.vector_session(record=True) as store:
        return store.ids()
