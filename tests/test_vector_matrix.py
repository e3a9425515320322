"""The read-only vector matrix beside the embedded Chroma store (vectors.VectorMatrix): written by
every sync, always the same vectors as Chroma's, never used when it is not of the current
generation, and a search that reads it does not import Chroma."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from arkiv import Archive
from arkiv.search.engine import VECTOR_GENERATION
from arkiv.search.vectors import MATRIX_DIR, VectorMatrix, all_vectors

from .conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("2024-03-14_protokoll.pdf", "2024-05-16_protokoll.txt", "2024-10-17_protokoll.txt"):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def current_matrix(home: Path) -> VectorMatrix | None:
    with Archive(home) as archive:
        return VectorMatrix.open(home / "chroma", archive.catalogue.setting(VECTOR_GENERATION))


def chroma_vectors(home: Path) -> dict[str, np.ndarray]:
    with Archive(home) as archive, archive.index.vector_session(record=True) as store:
        ids, matrix = all_vectors(store)
    return dict(zip(ids, matrix))


def assert_matrix_is_chroma(home: Path, complete: bool = True) -> None:
    """The matrix of the current generation holds Chroma's vectors (`complete`: one per chunk)."""
    matrix = current_matrix(home)
    assert matrix is not None
    ids, vectors = matrix.vectors()
    expected = chroma_vectors(home)
    assert sorted(ids) == sorted(expected)
    assert np.allclose(np.stack([expected[cid] for cid in ids]), vectors, atol=1e-6)
    with Archive(home) as archive:
        assert not complete or set(ids) == set(archive.catalogue.chunk_ids_where("1"))


def test_every_sync_leaves_the_matrix_of_chroma(docs, archive_home):
    with Archive() as archive:
        archive.ingest([docs])
    assert_matrix_is_chroma(archive_home)
    # A changed file and a removed one: the matrix of the next generation follows both.
    changed = docs / "2024-05-16_protokoll.txt"
    changed.write_bytes(changed.read_bytes() + "\n\n§ 40 Övriga frågor\n\nInga övriga frågor.\n".encode("cp1252"))
    (docs / "2024-10-17_protokoll.txt").unlink()
    with Archive() as archive:
        summary = archive.ingest([docs], prune=True)
        assert summary.indexed > 0
    assert_matrix_is_chroma(archive_home)
    assert len(list((archive_home / "chroma" / MATRIX_DIR).iterdir())) == 2  # older generations gone
    with Archive() as archive:
        archive.reindex()
    assert_matrix_is_chroma(archive_home)


def test_search_reads_the_matrix_as_chroma_would_answer(docs, archive_home):
    with Archive() as archive:
        archive.ingest([docs])
    with Archive() as archive:
        with archive.index.vector_session() as store:
            assert isinstance(store, VectorMatrix)
            vector = archive.index.query_embedder.embed_query("eget kapital")
            from_matrix = store.query(vector, 20)
            some = [cid for cid, _ in from_matrix[::2]]
            from_matrix_some = store.query(vector, 5, some)
        with archive.index.vector_session(record=True) as chroma:
            assert not isinstance(chroma, VectorMatrix)
            from_chroma = chroma.query(vector, 20)
            from_chroma_some = chroma.query(vector, 5, some)
    for got, expected in ((from_matrix, from_chroma), (from_matrix_some, from_chroma_some)):
        assert np.allclose([s for _, s in got], [s for _, s in expected], atol=1e-5)
        # The same ids, in the same order up to ties (a § title shares its first passage's vector).
        last = got[-1][1] + 1e-4
        assert {cid for cid, s in got if s > last} == {cid for cid, s in expected if s > last}


def test_a_cold_search_imports_neither_chroma_nor_bm25s(docs, archive_home):
    """The read path of a cold `arkiv search`: the vector matrix and the saved BM25 matrix
    (lexical.SavedScores), not Chroma or bm25s (scipy comes with the tests' sentence-transformers
    model, not with the default e5)."""
    with Archive() as archive:
        archive.ingest([docs])
    script = ("import sys; from arkiv import Archive; hits = Archive().search('eget kapital'); "
              "print(len(hits), *(name in sys.modules for name in ('chromadb', 'bm25s')))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=os.environ, capture_output=True,
                         text=True, check=True).stdout.split()
    assert int(out[0]) > 0 and out[1:] == ["False", "False"]


def test_vectors_written_outside_a_sync_leave_the_matrix_unused_until_the_next_ingest(docs, archive_home):
    """An ingest stopped after writing vectors (here: vectors deleted by a writer outside sync)
    leaves a matrix of an older generation: searches use Chroma, and do not write a new one
    (reading never writes); the next ingest, with nothing new to embed, writes it."""
    with Archive() as archive:
        archive.ingest([docs])
        with archive._writing(), archive.index.vector_session() as store:
            dropped = [cid for cid, _ in store.query(archive.index.query_embedder.embed_query("eget kapital"), 3)]
            store.delete(dropped)
    assert current_matrix(archive_home) is None
    before = sorted(p.name for p in (archive_home / "chroma" / MATRIX_DIR).iterdir())
    with Archive() as archive:
        assert archive.search("eget kapital")
        with archive.index.vector_session() as store:
            assert not isinstance(store, VectorMatrix)
            assert not set(dropped) & store.ids()
    assert sorted(p.name for p in (archive_home / "chroma" / MATRIX_DIR).iterdir()) == before
    with Archive() as archive:
        assert archive.ingest([docs]).indexed == 0
    assert_matrix_is_chroma(archive_home, complete=False)
    assert not set(dropped) & current_matrix(archive_home).ids()
    with Archive() as archive:  # check finds them missing in Chroma; repair embeds them again
        assert archive.repair().ok
    assert_matrix_is_chroma(archive_home)


def test_an_archive_without_a_matrix_gets_one_from_chroma(docs, archive_home):
    """Archives built before the matrix existed (or whose matrix was deleted) search through
    Chroma until the next ingest or repair writes it from Chroma's vectors."""
    with Archive() as archive:
        archive.ingest([docs])
        expected = [(h.source, h.section, h.kind) for h in archive.search("budget")]
    shutil.rmtree(archive_home / "chroma" / MATRIX_DIR)
    with Archive() as archive:
        assert [(h.source, h.section, h.kind) for h in archive.search("budget")] == expected
        assert archive.repair().ok
    assert_matrix_is_chroma(archive_home)
    with Archive() as archive:
        assert [(h.source, h.section, h.kind) for h in archive.search("budget")] == expected
