"""`Archive`: the library API. The CLI and any other front end are thin layers on top of it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from arkiv.schema import Document, IngestResult, IngestStatus
from arkiv.search.catalogue import Catalogue


class ArchiveError(Exception):
    """A problem the user can fix; str() is a one-line Swedish message."""


def default_home() -> Path:
    env = os.environ.get("ARKIV_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("arkiv", appauthor=False))


@dataclass(frozen=True)
class IngestSummary:
    results: list[IngestResult]
    indexed: int = 0  # chunks embedded and added to the search indexes

    def count(self, status: IngestStatus) -> int:
        return sum(r.status == status for r in self.results)

    def total(self, field: str) -> int:
        return sum(getattr(r, field) for r in self.results if r.status == IngestStatus.OK)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == IngestStatus.FAILED]


class Archive:
    """An archive directory: the SQLite catalogue plus the search indexes derived from it.

    `model` names the embedder (default: the one the archive was built with, else e5-small);
    `chroma_url` puts the vectors on a `chroma run` server instead of under `home`;
    `on_message` receives notes for the user about slow one-time work (model preparation).
    """

    def __init__(self, home: Path | str | None = None, *, model: str | None = None,
                 chroma_url: str | None = None, on_message: Callable[[str], None] | None = None):
        from arkiv.search.engine import SearchIndex

        self.home = Path(home).expanduser() if home else default_home()
        self.catalogue = Catalogue(self.home / "catalogue.sqlite")
        self.index = SearchIndex(
            self.home, self.catalogue,
            model=model or os.environ.get("ARKIV_MODEL") or None,
            chroma_url=chroma_url or os.environ.get("ARKIV_CHROMA_URL") or None,
            progress=on_message,
        )

    def close(self) -> None:
        self.index.close()
        self.catalogue.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- ingest --------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[Path | str],
        *,
        on_start: Callable[[int], None] | None = None,
        on_file: Callable[[IngestResult], None] | None = None,
        on_index: Callable[[int, int], None] | None = None,
    ) -> IngestSummary:
        """Ingest files and folders, then bring the search indexes up to date.

        Never raises for bad input: every file gets a result. Progress: `on_start(n_files)` once
        the files are known, `on_file(result)` after each file, `on_index(done, total)` while
        chunks are embedded.
        """
        from arkiv.ingest.pipeline import discover, source_name

        found = discover([Path(p) for p in paths], exclude=Path(os.path.abspath(self.home)))
        results = [IngestResult(source_name(p), IngestStatus.FAILED, reason=r) for p, r in found.failed]
        results += [IngestResult(source_name(p), IngestStatus.SKIPPED, reason=r) for p, r in found.skipped]
        if on_start:
            on_start(len(found.files))
        for path in found.files:
            result = self.ingest_file(path)
            results.append(result)
            if on_file:
                on_file(result)
        indexed = self.index.sync(on_index)
        return IngestSummary(results, indexed)

    def ingest_file(self, path: Path) -> IngestResult:
        from arkiv.ingest.pipeline import PIPELINE_VERSION, ReadError, parse_file, sha256_of, source_name

        started = time.perf_counter()
        source = source_name(path)
        try:
            sha256 = sha256_of(path)
        except OSError as exc:
            return self._failed(source, f"filen kan inte läsas ({exc.strerror or exc})")

        catalogue = self.catalogue
        stored_version = catalogue.document_version(sha256)
        if stored_version == PIPELINE_VERSION:
            if catalogue.file_state(source) == (sha256, str(IngestStatus.OK)):
                return IngestResult(source, IngestStatus.UNCHANGED, sha256=sha256)
            catalogue.link(source, sha256)  # same content already stored under another path
            return self._ok(source, catalogue.document(sha256, source), started)

        try:
            parsed = parse_file(path, sha256)
        except ReadError as exc:
            return self._failed(source, str(exc), sha256)
        except OSError as exc:
            return self._failed(source, f"filen kan inte läsas ({exc.strerror or exc})", sha256)
        except Exception as exc:  # a bug in a stage must not stop the other files
            return self._failed(source, f"oväntat fel vid tolkning: {type(exc).__name__}: {exc}", sha256)

        from arkiv.search.chunks import chunks_of

        catalogue.store(source, parsed.document, chunks_of(parsed.document), reader=parsed.reader,
                        encoding=parsed.encoding, pipeline_version=PIPELINE_VERSION)
        return self._ok(source, parsed.document, started)

    def _ok(self, source: str, doc: Document, started: float) -> IngestResult:
        return IngestResult(
            source, IngestStatus.OK, sha256=doc.sha256, pages=doc.pages,
            sections=len(doc.sections),
            decisions=sum(len(s.decisions) for s in doc.sections),
            dnr=sum(len(s.dnr) for s in doc.sections),
            persons=len(doc.persons),
            seconds=time.perf_counter() - started,
        )

    def _failed(self, source: str, reason: str, sha256: str | None = None) -> IngestResult:
        self.catalogue.record_failure(source, IngestStatus.FAILED, reason)
        return IngestResult(source, IngestStatus.FAILED, sha256=sha256, reason=reason)

    # --- reading the archive -------------------------------------------------------------------

    def documents(self) -> Iterator[Document]:
        return self.catalogue.documents()

    def export(self) -> Iterator[dict]:
        """The `arkiv export` records, one per stored document (see schema.Document.export_record)."""
        for doc in self.documents():
            # "paths" adds to the contract: every file with this content, `source` is the first.
            yield doc.export_record() | {"paths": self.catalogue.paths_of(doc.sha256)}

    def document(self, source: str | Path) -> Document:
        """A stored document by its path, or by a unique tail of its path ("2024-09-18.pdf")."""
        wanted = os.path.abspath(Path(source).expanduser())
        known = self.catalogue.known_paths()
        if wanted not in known:
            tail = str(source).lstrip("./")
            matches = [p for p in known if p.endswith(os.sep + tail) or p == tail]
            if len(matches) > 1:
                raise ArchiveError(
                    f"'{source}' matchar flera dokument: " + ", ".join(sorted(matches)[:5])
                )
            if not matches:
                raise ArchiveError(f"'{source}' finns inte i arkivet (kör 'arkiv ingest' först)")
            wanted = matches[0]
        sha256, _ = self.catalogue.file_state(wanted)
        return self.catalogue.document(sha256, wanted)

    # --- search --------------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 10, filters=None) -> list:
        """Hybrid search; returns `Hit`s best first. `filters`: arkiv.search.engine.Filters."""
        from arkiv.search.engine import Filters

        self.index.sync()  # catch up on anything a crashed ingest left queued
        return self.index.search(text, limit=limit, filters=filters or Filters())

    def reindex(self, on_index: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search indexes from the catalogue, with this archive's (or the given) model."""
        return self.index.reindex(on_index)

    def status(self) -> dict:
        counts = self.catalogue.counts()
        return {
            "home": str(self.home),
            "documents": counts["documents"],
            "files": counts["files"],
            "sections": counts["sections"],
            "decisions": counts["decisions"],
            "dnr": counts["case_refs"],
            "persons": counts["persons"],
            "paragraphs": counts["paragraphs"],
            "chunks": counts["chunks"],
            "model": self.catalogue.setting("model_id"),
            "pending_index": self.catalogue.pending_count(),
            "failed": [
                {"path": path, "status": status, "reason": reason}
                for path, status, reason in self.catalogue.failed_files()
            ],
        }
