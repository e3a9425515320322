"""Read-only Archives for the web server's threads.

A catalogue's SQLite connection belongs to the thread that opened it, so every thread that reads
gets its own read-only `Archive` (kept in a `threading.local`, warm between requests). Searches,
and whatever else opens the vector store, run on one dedicated thread: the embedded Chroma store
is used under a file lock that excludes other threads of the same process too, and Chroma shares
one engine per store among all clients of a process, so per-thread clients would only queue
for the lock and keep a stale engine alive after an ingest. One warm search thread loads the
embedder, the BM25 index and the Chroma client once.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from starlette.concurrency import run_in_threadpool

from arkiv.archive import Archive, ArchiveError

CATALOGUE = "catalogue.sqlite"

T = TypeVar("T")


class Readers:
    def __init__(self, home: Path | str | None, *, chroma_url: str | None = None,
                 model: str | None = None):
        self.home = home
        self.chroma_url = chroma_url
        self.model = model
        self._local = threading.local()
        self._searcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="arkiv-sök")

    def _archive(self) -> Archive:
        """This thread's archive, reopened when the catalogue file was replaced (a damaged one set
        aside by `arkiv check --repair`): an open connection would go on reading the old file."""
        archive = getattr(self._local, "archive", None)
        if archive is not None and self._local.catalogue_id != _file_id(archive.home / CATALOGUE):
            self._drop()
            archive = None
        if archive is None:
            notes: list[str] = []
            archive = Archive(self.home, model=self.model, chroma_url=self.chroma_url,
                              on_message=notes.append)
            self._local.archive, self._local.notes = archive, notes
            self._local.catalogue_id = _file_id(archive.home / CATALOGUE)
        self._local.notes.clear()
        return archive

    def _drop(self) -> None:
        archive = getattr(self._local, "archive", None)
        if archive is not None:
            archive.close()
            self._local.archive = None

    def _run(self, work: Callable[[Archive], T]) -> T:
        try:
            return work(self._archive())
        except ArchiveError:
            # What went wrong may be fixed by the next request (an archive read in, a reindex with
            # another model): start that one from a fresh archive, not from this one's state.
            self._drop()
            raise

    def _notes(self) -> list[str]:
        """What the archive told the user during the last call on this thread (e.g. passages
        that wait for indexing)."""
        return list(self._local.notes)

    async def read(self, work: Callable[[Archive], T]) -> T:
        """`work(archive)` on a worker thread, for reads of the catalogue only."""
        return await run_in_threadpool(self._run, work)

    async def search(self, work: Callable[[Archive], T]) -> tuple[T, list[str]]:
        """`work(archive)` on the search thread, for anything that uses the search indexes;
        returns its result and the archive's notes."""

        def run():
            result = self._run(work)
            return result, self._notes()

        return await asyncio.get_running_loop().run_in_executor(self._searcher, run)

    def close(self) -> None:
        """Close the search thread's archive (the others close with their threads)."""

        self._searcher.submit(self._drop).result()
        self._searcher.shutdown()


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino
