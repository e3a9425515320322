"""Locks between processes that share an archive directory (flock: released when a process dies).

- The writer lock (`arkiv.lock`) is held by ingest, reindex and repair for their whole run: one
  writer at a time, any number of readers.
- The vector lock (`chroma.lock`) is held around every use of an embedded Chroma store. Chroma's
  embedded engine writes its files even when it only answers a query (it persists its HNSW index
  on open), so two processes must never have it open at once; each holds it only for one batch of
  upserts or one search, and closes the store before letting go.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

WRITER_LOCK = "arkiv.lock"
VECTOR_LOCK = "chroma.lock"


class LockBusy(Exception):
    """The lock is held by another process and the caller chose not to wait."""


class FileLock:
    """An exclusive flock on `path`. Waits (telling `on_wait` once) unless `wait` is False.

    `timeout` (seconds) bounds the wait; None waits for as long as it takes.
    """

    def __init__(self, path: Path, *, wait: bool = True, timeout: float | None = None,
                 on_wait: Callable[[], None] | None = None):
        self.path = path
        self.wait = wait
        self.timeout = timeout
        self.on_wait = on_wait
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                if not self.wait:
                    raise LockBusy(str(self.path))
                if self.on_wait:
                    self.on_wait()
                deadline = None if self.timeout is None else time.monotonic() + self.timeout
                while not _try_lock(fd):
                    if deadline is not None and time.monotonic() > deadline:
                        raise LockBusy(str(self.path))
                    time.sleep(0.05)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise


def is_locked(path: Path) -> bool:
    """Whether another process holds the lock at `path` (False when there is no lock file)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        return True
    finally:
        os.close(fd)
