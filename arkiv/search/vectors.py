"""Dense vectors in Chroma: embedded PersistentClient under the archive, or a `chroma run` server.

Chroma holds derived data only; the catalogue is the source of truth. The collection records the
embedder that built it, so vectors from two models never mix.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Collection, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from arkiv.errors import ArchiveError
from arkiv.locking import VECTOR_LOCK, FileLock

COLLECTION = "arkiv_chunks"
EXACT_LIMIT = 1000  # candidate sets up to this size are scored exactly


class VectorStoreError(ArchiveError):
    """str() is a one-line Swedish message."""


class ModelMismatch(VectorStoreError):
    pass


# A search waits this long for an ingest to finish writing one block of vectors.
VECTOR_WAIT_SECONDS = 120


class StoreOpener:
    """Opens the vector store for one piece of work: the server at `chroma_url`, or the embedded
    store under `home` under the vector lock (see arkiv.locking).

    A reader never creates the store (a missing one is reported), and reads an archive on
    read-only media from a private copy, because Chroma writes its files even to answer a query.
    A reader keeps its embedded client open between searches for as long as `generation` (bumped
    by the writer after every write) says nobody has written; the writer closes its client after
    every write, so the next reader opens what it wrote.
    """

    def __init__(self, home: Path, chroma_url: str | None, *, writable: bool):
        self.home = home
        self.chroma_url = chroma_url
        self.writable = writable
        self._client = None
        self._generation: str | None = None

    @contextmanager
    def session(self, generation: Callable[[], str | None]):
        """`generation()` is read under the lock: the writer bumps it before letting go."""
        if self.chroma_url:
            if self._client is None:
                self._client = _server(self.chroma_url)
            yield self._client
            return
        path = self.home / "chroma"
        if not self.writable and not path.is_dir():
            raise VectorStoreError(
                f"vektorindexet saknas ({path}); sökningen kan inte använda betydelse. "
                "Kör 'arkiv check --repair' för att bygga om det"
            )
        lock = self.home / VECTOR_LOCK
        if not self.writable and not os.access(self.home, os.W_OK):
            path = _readonly_copy(path)
            lock = path.parent / VECTOR_LOCK
        with FileLock(lock, timeout=VECTOR_WAIT_SECONDS):
            current = generation()
            if self._client is not None and (self.writable or current != self._generation):
                self.close()
            if self._client is None:
                import chromadb

                self._client = chromadb.PersistentClient(path=str(path), settings=_settings())
                self._generation = current
            try:
                yield self._client
            finally:
                if self.writable:
                    self.close()

    def close(self) -> None:
        if self._client is not None:
            if not self.chroma_url:
                self._client.close()
            self._client = None


def reset_store(home: Path, chroma_url: str | None) -> None:
    """Drop every vector (reindex, repair). The embedded store is removed as a whole, so a
    damaged one is replaced too."""
    if chroma_url:
        try:
            _server(chroma_url).delete_collection(COLLECTION)
        except Exception:  # not there: nothing to drop
            pass
        return
    with FileLock(home / VECTOR_LOCK, timeout=VECTOR_WAIT_SECONDS):
        shutil.rmtree(home / "chroma", ignore_errors=True)


def _settings():
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False)


def _server(chroma_url: str):
    import chromadb

    url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
    try:
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000,
            ssl=url.scheme == "https", settings=_settings(),
        )
        client.heartbeat()
    except Exception as exc:
        raise VectorStoreError(f"kan inte nå Chroma-servern {chroma_url} ({type(exc).__name__})") from exc
    return client


def _readonly_copy(path: Path) -> Path:
    """A private, writable copy of a read-only store in the user cache, refreshed when it changes."""
    from arkiv.cache import cache_dir

    stats = [(p, p.stat()) for p in sorted(path.rglob("*")) if p.is_file()]
    stamp = hashlib.sha1(
        "".join(f"{p}:{st.st_size}:{st.st_mtime_ns};" for p, st in stats).encode()
    ).hexdigest()
    copy_dir = cache_dir() / "readonly-archives" / hashlib.sha1(str(path).encode()).hexdigest()[:16]
    copy = copy_dir / "chroma"
    marker = copy_dir / "stamp"
    with FileLock(_ensure(copy_dir) / VECTOR_LOCK, timeout=VECTOR_WAIT_SECONDS):
        if not (marker.exists() and marker.read_text() == stamp):
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(path, copy)
            marker.write_text(stamp)
    return copy


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _collection_names(client) -> set[str]:
    return {c.name if hasattr(c, "name") else c for c in client.list_collections()}


class VectorStore:
    def __init__(self, client, model_id: str, dim: int, *, collection: str = COLLECTION):
        self.client = client
        self.name = collection
        self.model_id = model_id
        self.dim = dim
        self._collection = None

    @property
    def collection(self):
        if self._collection is None:
            self._collection = self._open()
        return self._collection

    def _open(self):
        if self.name in _collection_names(self.client):
            collection = self.client.get_collection(self.name, embedding_function=None)
            built_with = (collection.metadata or {}).get("model_id")
            if built_with and built_with != self.model_id and collection.count() > 0:
                raise ModelMismatch(
                    f"vektorerna i Chroma är byggda med modellen '{built_with}', inte "
                    f"'{self.model_id}'; kör 'arkiv reindex' med den --model du vill använda"
                )
            return collection
        return self.client.create_collection(
            self.name,
            embedding_function=None,
            metadata={"hnsw:space": "cosine", "model_id": self.model_id, "dim": self.dim},
        )

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict]) -> None:
        if len(ids):
            self.collection.upsert(ids=list(ids), embeddings=vectors.astype(np.float32), metadatas=list(metadatas))

    def delete(self, ids: Sequence[str]) -> None:
        if len(ids):
            self.collection.delete(ids=list(ids))

    def count(self) -> int:
        return self.collection.count()

    def ids(self) -> set[str]:
        """Every chunk id the store holds."""
        ids: set[str] = set()
        while batch := self.collection.get(include=[], limit=5000, offset=len(ids))["ids"]:
            ids.update(batch)
        return ids

    def query(self, vector: np.ndarray, k: int, ids: Collection[str] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (chunk id, cosine similarity), best first; `ids` limits the search.

        A small candidate set is scored exactly: Chroma's id-filtered HNSW search can return fewer
        than k of a few dozen candidates. Metadata filters are applied by the caller as `ids` (the
        catalogue resolves them), since Chroma's `where` search took ~130 ms at 100k chunks.
        """
        if ids is not None and len(ids) <= EXACT_LIMIT:
            return self._exact(vector, list(ids))[:k]
        result = self.collection.query(
            query_embeddings=[vector.astype(np.float32)], n_results=k,
            ids=list(ids) if ids is not None else None, include=["distances"],
        )
        return [(cid, 1.0 - dist) for cid, dist in zip(result["ids"][0], result["distances"][0])]

    def _exact(self, vector: np.ndarray, ids: list[str]) -> list[tuple[str, float]]:
        if not ids:
            return []
        found = self.collection.get(ids=ids, include=["embeddings"])
        if not len(found["ids"]):
            return []
        sims = np.asarray(found["embeddings"], dtype=np.float32) @ vector.astype(np.float32)
        order = np.argsort(-sims)
        return [(found["ids"][i], float(sims[i])) for i in order]


# --- the read-only matrix beside the embedded store -----------------------------------------------

MATRIX_DIR = "arkiv-matris"  # inside the embedded store's folder: removed with it


class VectorMatrix:
    """Every vector of the embedded store as one float32 matrix, written by the writer after each
    sync and named by the catalogue's vector generation. A search reads it memory-mapped and scores
    it exactly, so it needs neither Chroma (~0.7 s to import) nor the vector lock. Chroma stays the
    store of record: a matrix that is missing or of another generation (an interrupted ingest, a
    write outside sync) is simply not used, and the next sync writes it again.
    """

    def __init__(self, ids: list[str], matrix: np.ndarray):
        self._ids = ids
        self._matrix = matrix
        self._row_of: dict[str, int] | None = None
        self.dim = matrix.shape[1] if matrix.ndim == 2 else 0

    @classmethod
    def open(cls, store: Path, generation: str | None) -> VectorMatrix | None:
        """The matrix of `generation`, or None when there is none (then Chroma answers)."""
        if generation is None:
            return None
        folder = store / MATRIX_DIR
        try:
            matrix = np.load(folder / f"{generation}.npy", mmap_mode="r")
            ids = np.load(folder / f"{generation}.ids.npy").tolist()
        except (OSError, ValueError):
            return None
        return cls(ids, matrix) if len(ids) == matrix.shape[0] else None

    @staticmethod
    def write(store: Path, generation: str, ids: Sequence[str], matrix: np.ndarray) -> None:
        """Write the matrix of `generation` (ids first, the matrix renamed into place last, so a
        reader that finds the matrix finds its ids) and drop those of older generations."""
        folder = _ensure(store / MATRIX_DIR)
        for name, array in ((f"{generation}.ids.npy", np.asarray(list(ids), dtype=str)),
                            (f"{generation}.npy", np.ascontiguousarray(matrix, dtype=np.float32))):
            tmp = folder / f"{name}.tmp"
            with tmp.open("wb") as f:
                np.save(f, array)
            tmp.replace(folder / name)
        for old in folder.iterdir():
            if old.name.split(".")[0] != generation:
                old.unlink(missing_ok=True)

    def vectors(self) -> tuple[list[str], np.ndarray]:
        return self._ids, self._matrix

    def ids(self) -> set[str]:
        return set(self._ids)

    def count(self) -> int:
        return len(self._ids)

    def query(self, vector: np.ndarray, k: int, ids: Collection[str] | None = None) -> list[tuple[str, float]]:
        """As VectorStore.query, scored exactly over the whole matrix or the rows of `ids`."""
        vector = vector.astype(np.float32)
        if ids is None:
            rows = None
            sims = _dot(self._matrix, vector)
        else:
            if self._row_of is None:
                self._row_of = {cid: row for row, cid in enumerate(self._ids)}
            rows = np.fromiter((self._row_of[i] for i in ids if i in self._row_of), dtype=np.int64)
            rows.sort()  # reading the map in file order
            sims = _dot(self._matrix[rows], vector)
        if k <= 0 or not sims.size:
            return []
        top = np.argpartition(-sims, k - 1)[:k] if sims.size > k else np.arange(sims.size)
        top = top[np.argsort(-sims[top], kind="stable")]
        found = top if rows is None else rows[top]
        return [(self._ids[row], float(sims[i])) for row, i in zip(found, top)]


_blas = None  # threadpoolctl's view of the BLAS libraries, made once per process (~10 ms)


def _dot(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """matrix @ vector with BLAS held to one thread: OpenBLAS's threads keep spinning after a
    product and slowed the query embedder's next run threefold (warm p50 at 10k chunks 95 -> 55 ms
    under load 6). (einsum is as fast on one core, but its last digit moved with where the
    matrix came from, so a repaired archive scored 1e-6 differently.)"""
    global _blas
    if _blas is None:
        from threadpoolctl import ThreadpoolController

        _blas = ThreadpoolController()
    with _blas.limit(limits=1, user_api="blas"):
        return matrix @ vector


def all_vectors(store: VectorStore) -> tuple[list[str], np.ndarray]:
    """Every id and vector the Chroma store holds (to write the matrix when no earlier one is left)."""
    ids: list[str] = []
    parts: list[np.ndarray] = []
    while True:
        found = store.collection.get(include=["embeddings"], limit=5000, offset=len(ids))
        if not len(found["ids"]):
            break
        ids += found["ids"]
        parts.append(np.asarray(found["embeddings"], dtype=np.float32))
    matrix = np.concatenate(parts) if parts else np.empty((0, store.dim), dtype=np.float32)
    return ids, matrix
