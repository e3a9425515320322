"""`Archive`: the library API. The CLI and any other front end are thin layers on top of it."""

from __future__ import annotations

import errno
import functools
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from arkiv.errors import ArchiveError
from arkiv.locking import WRITER_LOCK, FileLock, LockBusy, is_locked
from arkiv.schema import Case, Document, IngestResult, IngestStatus, normalise_dnr
from arkiv.search.catalogue import Catalogue, damage_message

__all__ = ["Archive", "ArchiveError", "IngestSummary", "default_home"]


def default_home() -> Path:
    env = os.environ.get("ARKIV_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("arkiv", appauthor=False))


EMBEDDED = "embedded"  # the recorded vector store when vectors live under the archive


def _disk_full(exc: BaseException) -> bool:
    """SQLite, the file system and Chroma each say it their own way."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text


def _contains_run(parts: list[str], run: list[str]) -> bool:
    """Whether `run` occurs as consecutive parts of `parts` ("2024-7" in "NSF-2024-7", not in
    "NSF-2024-17")."""
    return any(parts[i:i + len(run)] == run for i in range(len(parts) - len(run) + 1))


def _case_label(dnr: str | None, title: str, organisation: str | None) -> str:
    where = organisation or "okänt organ"
    return f"{dnr} – {title} ({where})" if dnr else f"\"{title}\" (utan Dnr, {where})"


@contextmanager
def _quick_thread_switches():
    """While parsing (Python, holding the GIL) and embedding (onnxruntime, without it) share the
    cores, the embedding threads wait for the GIL after each text for up to the switch interval:
    1 ms instead of 5 ms gave an ingest of 63 PDF pages 2% less wall time (A/B pairs, idle machine)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, 0.001))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _store_key(chroma_url: str) -> str:
    """A server URL in one spelling: "localhost:8000/" and "http://localhost:8000" are the same."""
    from urllib.parse import urlparse

    url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
    return f"{url.scheme}://{url.hostname}:{url.port or 8000}"


@dataclass(frozen=True)
class IngestSummary:
    results: list[IngestResult]
    indexed: int = 0  # chunks embedded and added to the search indexes
    missing: list[str] = field(default_factory=list)  # stored files gone from the given folders
    embedded_ahead: int = 0  # of `indexed`, chunks embedded while the next files were being read

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
    `chroma_url` names the `chroma run` server holding the vectors (default: the store the archive
    recorded when it was built, else an embedded store under `home`); `on_message` receives notes
    for the user (slow one-time work, waiting for another writer); `wait=False` makes a write fail
    at once instead of waiting while another process writes to the archive.

    Reading (search, show, status, export) never writes: the catalogue is opened read-only. Ingest,
    reindex and repair take the archive's writer lock for their whole run.
    """

    def __init__(self, home: Path | str | None = None, *, model: str | None = None,
                 chroma_url: str | None = None, on_message: Callable[[str], None] | None = None,
                 wait: bool = True):
        self.home = Path(home).expanduser() if home else default_home()
        self.model = model or os.environ.get("ARKIV_MODEL") or None
        self.chroma_url = chroma_url or os.environ.get("ARKIV_CHROMA_URL") or None
        self.on_message = on_message or (lambda text: None)
        self.wait = wait
        self._catalogue: Catalogue | None = None
        self._index = None

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue: read-only, except inside a write (ingest, reindex, repair)."""
        if self._catalogue is None:
            self._catalogue = Catalogue(self.home / "catalogue.sqlite", writable=False)
        return self._catalogue

    @property
    def index(self):
        """The search indexes (arkiv.search.engine.SearchIndex) over the current catalogue."""
        from arkiv.search.engine import SearchIndex

        catalogue = self.catalogue
        if self._index is None or self._index.catalogue is not catalogue:
            if self._index is not None:
                self._index.close()
            self._index = SearchIndex(self.home, catalogue, model=self.model,
                                      chroma_url=self._vector_store(catalogue),
                                      progress=self.on_message)
        return self._index

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _writing(self, replace_damaged: bool = False, move_vectors: bool = False):
        """Hold the writer lock and a writable catalogue for one write (ingest, reindex, repair).

        `replace_damaged` (repair): a catalogue SQLite cannot read is renamed, kept beside the new
        empty one, instead of stopping the write. `move_vectors` (reindex): the given vector store
        becomes the recorded one."""
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            lock = FileLock(self.home / WRITER_LOCK, wait=self.wait, on_wait=lambda: self.on_message(
                "Arkivet används av en annan inläsning; väntar tills den är klar …"))
            lock.acquire()
        except LockBusy:
            raise ArchiveError(
                "arkivet används av en annan inläsning just nu; försök igen när den är klar "
                "(utan --no-wait väntar arkiv på sin tur)"
            ) from None
        except OSError as exc:
            raise ArchiveError(f"kan inte skriva i arkivet {self.home} ({exc.strerror or exc})") from exc
        self.close()
        try:
            self._catalogue = self._open_writable(replace_damaged)
            self._record_vector_store(self._catalogue, move_vectors)
            yield self._catalogue
        except Exception as exc:
            if _disk_full(exc):
                raise ArchiveError(
                    "disken är full; filerna som hann läsas in är sparade, den som lästes när det "
                    "tog stopp är det inte. Frigör utrymme och kör samma kommando igen"
                ) from exc
            if isinstance(exc, sqlite3.DatabaseError):
                raise ArchiveError(damage_message(self.home / "catalogue.sqlite", exc)) from exc
            raise
        finally:
            self.close()
            lock.release()

    def _open_writable(self, replace_damaged: bool) -> Catalogue:
        from arkiv.search.catalogue import CatalogueError

        path = self.home / "catalogue.sqlite"
        try:
            return Catalogue(path, writable=True)
        except CatalogueError:
            if not replace_damaged or not path.exists():
                raise
        kept = path.with_name(f"{path.name}.skadad-{time.strftime('%Y%m%d-%H%M%S')}")
        path.replace(kept)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        self.on_message(f"Den skadade katalogen är sparad som {kept}; läs in dokumenten igen.")
        return Catalogue(path, writable=True)

    # --- the vector store the archive records --------------------------------------------------

    def _vector_store(self, catalogue: Catalogue) -> str | None:
        """The Chroma server URL to use (None: embedded). The archive remembers where its vectors
        are; naming another store is refused, since its search would silently differ."""
        recorded = catalogue.setting("vector_store")
        if recorded is None:
            return self.chroma_url
        recorded_url = None if recorded == EMBEDDED else recorded
        if self.chroma_url and _store_key(self.chroma_url) != recorded:
            where = "i arkivkatalogen" if recorded_url is None else f"på Chroma-servern {recorded_url}"
            raise ArchiveError(
                f"arkivets vektorer ligger {where}, inte på {self.chroma_url}; utelämna --chroma-url "
                f"(arkivet minns sin plats) eller flytta vektorerna dit med 'arkiv reindex "
                f"--chroma-url {self.chroma_url}'"
            )
        return recorded_url

    def _record_vector_store(self, catalogue: Catalogue, move: bool = False) -> None:
        if catalogue.setting("vector_store") is None or (move and self.chroma_url):
            catalogue.set_setting("vector_store", _store_key(self.chroma_url) if self.chroma_url else EMBEDDED)
        self._vector_store(catalogue)  # refuses another store before any work

    # --- ingest --------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[Path | str],
        *,
        prune: bool = False,
        ocr: str = "auto",
        on_start: Callable[[int], None] | None = None,
        on_file: Callable[[IngestResult], None] | None = None,
        on_index: Callable[[int, int], None] | None = None,
        on_ocr_page: Callable[[str, int, int], None] | None = None,
    ) -> IngestSummary:
        """Ingest files and folders, then bring the search indexes up to date.

        Never raises for bad input: every file gets a result. Files the archive holds under the
        given folders that are gone from disk are listed in `missing`, or forgotten with `prune`.
        `ocr` (auto, always, never): which PDF pages are recognised from their image (see
        arkiv.ingest.readers.OcrMode).
        Progress: `on_start(n_files)` once the files are known, `on_file(result)` after each file,
        `on_ocr_page(file, done, total)` while a file's pages are OCR'd, `on_index(done, total)`
        while chunks are embedded.
        """
        from arkiv.ingest.pipeline import discover, source_name

        given = [Path(os.path.abspath(Path(p).expanduser())) for p in paths]
        with self._writing(), _quick_thread_switches():
            found = discover(given, exclude=Path(os.path.abspath(self.home)))
            results = [IngestResult(source_name(p), IngestStatus.FAILED, reason=r) for p, r in found.failed]
            results += [IngestResult(source_name(p), IngestStatus.SKIPPED, reason=r) for p, r in found.skipped]
            if on_start:
                on_start(len(found.files))
            if found.files:
                self.index.embed_ahead()
            for path in found.files:
                result = self._ingest_reporting_ocr(path, ocr, on_ocr_page)
                results.append(result)
                if on_file:
                    on_file(result)
            seen = {source_name(p) for p in found.files} | {r.path for r in results}
            gone = self._gone_under(given, seen)
            if prune:
                for path in gone:
                    self.catalogue.forget(path)
                results += [IngestResult(path, IngestStatus.FORGOTTEN,
                                         reason="originalfilen finns inte längre") for path in gone]
                gone = []
            if (any(r.status in (IngestStatus.OK, IngestStatus.FORGOTTEN) for r in results)
                    or not self.catalogue.cases_are_current()):
                self.catalogue.rebuild_cases()
            indexed = self.index.sync(on_index)
            ahead = self.index.embedded_ahead
        return IngestSummary(results, indexed, missing=gone, embedded_ahead=ahead)

    def _ingest_reporting_ocr(self, path: Path, ocr: str, on_ocr_page) -> IngestResult:
        if on_ocr_page is None:
            return self.ingest_file(path, ocr)
        from arkiv.ingest.ocr import page_progress

        token = page_progress.set(functools.partial(on_ocr_page, path.name))
        try:
            return self.ingest_file(path, ocr)
        finally:
            page_progress.reset(token)

    def _gone_under(self, folders: list[Path], seen: set[str]) -> list[str]:
        """Stored files under `folders` that this run did not find and that are not on disk."""
        dirs = [str(folder) + os.sep for folder in folders if not folder.is_file()]
        return [path for path in self.catalogue.known_paths()
                if path not in seen and any(path.startswith(d) for d in dirs)
                and not os.path.lexists(path)]

    def ingest_file(self, path: Path, ocr: str = "auto") -> IngestResult:
        """Parse and store one file (its chunks wait in the index outbox for the next sync)."""
        from arkiv.ingest.pipeline import PIPELINE_VERSION, ReadError, parse_file, sha256_of, source_name

        if self._catalogue is None or not self._catalogue.writable:
            with self._writing():
                result = self.ingest_file(path, ocr)
                self.catalogue.rebuild_cases()
                return result

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

        if self._index is not None:
            self._index.parsing()
        try:
            parsed = parse_file(path, sha256, ocr)
        except ReadError as exc:
            return self._failed(source, str(exc), sha256)
        except OSError as exc:
            return self._failed(source, f"filen kan inte läsas ({exc.strerror or exc})", sha256)
        except Exception as exc:  # a bug in a stage must not stop the other files
            return self._failed(source, f"oväntat fel vid tolkning: {type(exc).__name__}: {exc}", sha256)

        from arkiv.search.chunks import chunks_of

        chunks = chunks_of(parsed.document)
        catalogue.store(source, parsed.document, chunks, reader=parsed.reader,
                        page_sources=parsed.page_sources,
                        encoding=parsed.encoding, pipeline_version=PIPELINE_VERSION)
        if self._index is not None:
            self._index.stored(chunks)
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

    # --- cases ----------------------------------------------------------------------------------

    def cases(self, *, open_only: bool = False, body: str | None = None,
              date_from: str | None = None, date_to: str | None = None) -> list[Case]:
        """Every case (Dnr cases and matters linked by title), oldest last event first.

        `open_only`: only cases whose last event left them bordlagd, återremitterad or pågående;
        `body`: one organisation (as `arkiv show` prints it); `date_from`/`date_to` (YYYY-MM-DD):
        the date of the last event."""
        where, params = ["1"], []
        if open_only:
            where.append(f"state IN ({','.join('?' * len(Case.OPEN_STATES))})")
            params += Case.OPEN_STATES
        if date_from:
            where.append("last_date >= ?")
            params.append(date_from)
        if date_to:
            where.append("last_date <= ?")
            params.append(date_to)
        cases = self.catalogue.cases(" AND ".join(where), tuple(params))
        if body:  # in Python: SQLite's NOCASE folds only ASCII, not "Ä"
            cases = [c for c in cases if (c.organisation or "").casefold() == body.casefold()]
        return cases

    def open_cases(self, *, body: str | None = None, date_from: str | None = None,
                   date_to: str | None = None) -> list[Case]:
        """Cases waiting for a meeting (bordlagd, återremitterad, pågående), oldest first."""
        return self.cases(open_only=True, body=body, date_from=date_from, date_to=date_to)

    def case(self, key: str, *, body: str | None = None) -> Case:
        """One case by its Dnr in any spelling ("NSF 2024/007", "nsf.2024.7"), by a unique part of
        it ("2024/7"), or by words of its § titles ("kontorslokal"). Raises ArchiveError (Swedish)
        when nothing or more than one case matches; the message lists the candidates."""
        if not re.search(r"\w", key):
            raise ArchiveError("ange ett Dnr (t.ex. 'KS 2024/12'), en del av det eller ord ur ärendets rubrik")
        index = self.catalogue.case_index()
        if body:
            index = [row for row in index if (row[3] or "").casefold() == body.casefold()]
        wanted = normalise_dnr(key)
        found = [row for row in index if row[2] is not None and row[1] == wanted]
        if not found and wanted:
            parts = wanted.split("-")
            found = [row for row in index if row[2] is not None and _contains_run(row[1].split("-"), parts)]
        if not found:
            words = re.findall(r"\w+", key.lower())
            found = [row for row in index if any(all(w in t.lower() for w in words) for t in row[5])]
        if len(found) == 1:
            return self.catalogue.cases("id = ?", (found[0][0],))[0]
        if not found:
            where = f" hos {body}" if body else ""
            raise ArchiveError(f"inget ärende{where} matchar '{key}' (kör 'arkiv dnr' för att se alla)")
        listed = "; ".join(_case_label(dnr, title, organisation)
                           for _, _, dnr, organisation, title, _ in found[:8])
        more = f" och {len(found) - 8} till" if len(found) > 8 else ""
        raise ArchiveError(f"'{key}' matchar flera ärenden: {listed}{more}; skriv hela Dnr "
                           "eller välj organ med --body")

    def brief(self, kallelse: str | Path, per_item: int = 5):
        """A brief for the meeting a kallelse announces (arkiv.brief.Brief): each agenda item with
        its Dnr's earlier events, else the earlier §s of the same body with a similar title and the
        best search hits for its title. The kallelse is read from the archive, or parsed from the
        file without storing it."""
        from arkiv import brief

        if per_item < 1:
            raise ArchiveError(f"antalet träffar per ärende ska vara minst 1, inte {per_item}")
        try:
            doc = self.document(kallelse)
        except ArchiveError:
            if not Path(kallelse).is_file():
                raise
            doc = self._parse_unstored(Path(kallelse))
        return brief.brief(self, doc, per_item)

    def _parse_unstored(self, path: Path) -> Document:
        from arkiv.ingest.pipeline import ReadError, parse_file, sha256_of

        try:
            # Only its agenda is read: the persons of running text (spaCy, seconds to load) are not.
            return parse_file(path, sha256_of(path), running_text_persons=False).document
        except ReadError as exc:
            raise ArchiveError(f"{path}: {exc}") from exc
        except OSError as exc:
            raise ArchiveError(f"{path} kan inte läsas ({exc.strerror or exc})") from exc

    # --- persons -------------------------------------------------------------------------------

    def _persons(self) -> list:
        from arkiv.persons import PersonRow, identify

        return identify([PersonRow(*row) for row in self.catalogue.person_rows() if row[4]])

    def persons(self) -> list[dict]:
        """The people of the archive, by surname: {"name", "role", "organisation", "party" (the
        latest known), "meetings" (protocols and notes listing them), "documents", "last_date"}."""
        return [person.summary() for person in self._persons()]

    def person(self, name: str) -> dict:
        """One person by any written form of the name (case-insensitive, with a role before it,
        "J. Wik" or the surname alone when that is unambiguous): their summary, "variants",
        "roles" over time, the meetings "attended" and the §s they are "named_in". Raises
        ArchiveError (Swedish) when nobody or several people fit; the message lists them."""
        from arkiv.persons import NamingSection, find, history

        persons = self._persons()
        person = find(persons, name)
        sections = [NamingSection(*row) for row in self.catalogue.sections_containing(person.surname)
                    if row[2]]
        return history(person, persons, sections)

    # --- search --------------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 10, filters=None) -> list:
        """Hybrid search; returns `Hit`s best first. `filters`: arkiv.search.engine.Filters.

        Only reads: chunks an ingest has stored but not yet indexed are reported, not indexed here.
        """
        from arkiv.search.engine import Filters

        if not re.search(r"\w", text):
            raise ArchiveError("frågan är tom; skriv några ord, ett Dnr (t.ex. 'KS 2024/12') eller en §")
        pending = self.catalogue.pending_count()
        if pending:
            self.on_message(self._pending_note(pending))
        if not self.catalogue.has_indexed_chunks():
            return []
        hits = self.index.search(text, limit=limit, filters=filters or Filters())
        return self._with_case_state(hits)

    def _with_case_state(self, hits: list) -> list:
        """Each hit whose Dnr has a case (in the hit's body) gets that case's state."""
        import dataclasses

        found = []
        for hit in hits:
            state = None
            for written in hit.dnr:
                row = self.catalogue.db.execute(
                    "SELECT state FROM cases WHERE key = ? AND organisation IS ? LIMIT 1",
                    (normalise_dnr(written), hit.body)).fetchone()
                if row:
                    state = row[0]
                    break
            found.append(dataclasses.replace(hit, case_state=state) if state else hit)
        return found

    def _pending_note(self, pending: int) -> str:
        if is_locked(self.home / WRITER_LOCK):
            return (f"{pending} nya textavsnitt väntar på att indexeras; de blir sökbara när den "
                    "pågående inläsningen är klar.")
        return (f"{pending} textavsnitt är inte indexerade (en inläsning avbröts); kör "
                "'arkiv ingest' igen eller 'arkiv check --repair' för att göra dem sökbara.")

    def reindex(self, on_index: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search indexes from the catalogue, with this archive's (or the given) model.

        A `chroma_url` given to this Archive moves the vectors there: it becomes the recorded store.
        """
        with self._writing(move_vectors=True):
            self.catalogue.rebuild_cases()
            return self.index.reindex(on_index)

    def check(self):
        """How the catalogue and its indexes agree (arkiv.health.Health); only reads."""
        from arkiv import health

        return health.check(self)

    def repair(self, on_index: Callable[[int, int], None] | None = None):
        """Rebuild what `check` finds wrong (set a damaged catalogue aside); returns a new check."""
        from arkiv import health

        with self._writing(replace_damaged=True):
            health.repair(self, on_index)
            self.catalogue.rebuild_cases()  # derived too: cheap, so always
        return health.check(self)

    def stats(self, top_persons: int = 10) -> dict:
        """What the archive holds: documents and meetings per body and year, decisions by status,
        Dnr cases and matters without Dnr by state, the `top_persons` named in most documents."""
        if top_persons < 1:
            raise ArchiveError(f"antalet personer ska vara minst 1, inte {top_persons}")
        return self.catalogue.stats(top_persons)

    def personnummer_documents(self) -> list[str]:
        """The sha256 of each stored document whose text holds a personnummer or samordningsnummer
        (arkiv.swedish.personnummer): the ones staff must screen before publishing."""
        from arkiv.swedish.personnummer import contains

        found: set[str] = set()
        for sha, text in self.catalogue.texts():
            if sha not in found and text and contains(text):
                found.add(sha)
        return sorted(found)

    def has_personnummer(self, sha256: str) -> bool:
        from arkiv.swedish.personnummer import contains

        return any(text and contains(text) for _, text in self.catalogue.texts(sha256))

    def status(self) -> dict:
        from arkiv.ingest.ocr import LOW_CONFIDENCE

        catalogue = self.catalogue
        counts = catalogue.counts()
        health = self.check()
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
            "personnummer_documents": len(self.personnummer_documents()),
            "model": catalogue.setting("model_id"),
            "vector_store": catalogue.setting("vector_store"),
            "pending_index": catalogue.pending_count(),
            "writer_running": is_locked(self.home / WRITER_LOCK),
            "missing_originals": health.missing_originals,
            "ocr_pages": len(catalogue.ocr_pages()),
            "uncertain_ocr_pages": [
                {"source": catalogue.first_path(sha), "page": page, "confidence": confidence}
                for sha, page, confidence in catalogue.ocr_pages(below=LOW_CONFIDENCE)
            ],
            "health": health.summary(),
            "failed": [
                {"path": path, "status": status, "reason": reason}
                for path, status, reason in catalogue.failed_files()
            ],
        }
