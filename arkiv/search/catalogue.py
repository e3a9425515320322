"""The SQLite catalogue: the source of truth of an archive.

Documents are keyed by the sha256 of their bytes, so two files with the same content are stored
once and both paths are remembered in `files`. Every write of a document happens in one
transaction: an interrupted ingest leaves the previous state, never half a document.
Migrations are numbered functions applied on open, each in the transaction that records it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from arkiv.errors import ArchiveError
from arkiv.search.chunks import Chunk
from arkiv.schema import (
    Case,
    CaseEvent,
    CaseRef,
    Decision,
    DecisionStatus,
    Document,
    DocType,
    IngestStatus,
    Paragraph,
    Person,
    Section,
)


def _execute_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _m001_create_tables(db: sqlite3.Connection) -> None:
    _execute_script(
        db,
        """
        CREATE TABLE documents (
            sha256 TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            doc_type TEXT NOT NULL,
            body TEXT,
            date TEXT,
            place TEXT,
            time TEXT,
            pages INTEGER NOT NULL,
            reader TEXT,
            encoding TEXT,
            pipeline_version INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            -- deferred: a document is replaced (deleted, inserted) while its files point at it
            sha256 TEXT REFERENCES documents(sha256) DEFERRABLE INITIALLY DEFERRED,
            status TEXT NOT NULL,
            reason TEXT,
            checked_at TEXT NOT NULL
        );
        CREATE INDEX files_sha ON files(sha256);
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number TEXT,
            title TEXT NOT NULL,
            page INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX sections_doc ON sections(sha256, position);
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL
        );
        CREATE INDEX decisions_section ON decisions(section_id);
        CREATE TABLE case_refs (
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            key TEXT NOT NULL
        );
        CREATE INDEX case_refs_section ON case_refs(section_id);
        CREATE INDEX case_refs_key ON case_refs(key);
        CREATE TABLE persons (
            sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            organisation TEXT,
            party TEXT
        );
        CREATE INDEX persons_doc ON persons(sha256);
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            section TEXT,
            page INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX paragraphs_doc ON paragraphs(sha256);
        CREATE TABLE chunks (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            section TEXT,
            section_title TEXT,
            page INTEGER NOT NULL,
            status TEXT,
            date TEXT,
            body TEXT,
            dnr_keys TEXT NOT NULL,  -- "|KS-2024-123|SDSF-2024-25-790|" for LIKE matching
            dnr_text TEXT NOT NULL,  -- the same refs as written, "|"-separated
            text TEXT NOT NULL,
            embed_text TEXT NOT NULL
        );
        CREATE INDEX chunks_doc ON chunks(sha256);
        CREATE INDEX chunks_date ON chunks(date);
        CREATE INDEX chunks_section ON chunks(section);
        CREATE INDEX chunks_status ON chunks(status);
        -- Outbox for the derived indexes (BM25, vectors): written in the same transaction as the
        -- document, emptied once the indexes have the change. A crash in between is caught up later.
        CREATE TABLE index_queue (
            seq INTEGER PRIMARY KEY,
            chunk_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('add', 'del'))
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


def _m002_cases(db: sqlite3.Connection) -> None:
    # Derived from sections, case_refs and decisions (arkiv.cases); rebuilt by every ingest and
    # reindex, never edited by hand.
    _execute_script(
        db,
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,            -- normalised Dnr, or "rubrik:<title>" without Dnr
            organisation TEXT,
            dnr TEXT,                     -- as written in the latest event, NULL without Dnr
            title TEXT NOT NULL,
            state TEXT NOT NULL,
            last_date TEXT
        );
        CREATE INDEX cases_key ON cases(key);
        CREATE TABLE case_events (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            phase TEXT NOT NULL,
            persons TEXT NOT NULL,        -- names, "|"-separated
            linked_by TEXT NOT NULL,      -- dnr, rubrik, exakt, ordtäckning, likhet
            score REAL
        );
        CREATE INDEX case_events_case ON case_events(case_id, position);
        CREATE TABLE case_similar (       -- "möjligen samma ärende": never merged, only shown
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            other_key TEXT NOT NULL,
            score REAL NOT NULL
        );
        """
    )


def _m003_page_sources(db: sqlite3.Connection) -> None:
    # Where each PDF page's text came from (text layer or OCR) and OCR's confidence in it.
    _execute_script(
        db,
        """
        CREATE TABLE page_sources (
            sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            origin TEXT NOT NULL,
            confidence REAL,
            PRIMARY KEY (sha256, page)
        )
        """,
    )


def _m004_rules(db: sqlite3.Connection) -> None:
    # The extraction rule that found each decision and person (`arkiv show --explain`); NULL for
    # rows written before, until the next ingest parses the file again (PIPELINE_VERSION 4).
    _execute_script(
        db,
        """
        ALTER TABLE decisions ADD COLUMN rule TEXT;
        ALTER TABLE persons ADD COLUMN rule TEXT
        """,
    )


def _m005_reservations(db: sqlite3.Connection) -> None:
    # Reservations (a JSON list of who, as written) and the vote on each decision; PIPELINE_VERSION 5.
    _execute_script(
        db,
        """
        ALTER TABLE decisions ADD COLUMN reservations TEXT;
        ALTER TABLE decisions ADD COLUMN vote TEXT
        """,
    )


MIGRATIONS = [_m001_create_tables, _m002_cases, _m003_page_sources, _m004_rules, _m005_reservations]


def _connect(path: Path, writable: bool) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT) in `_transaction`.
    if writable:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            _create(path)
        return sqlite3.connect(path, isolation_level=None, timeout=30)
    if not path.exists():
        raise CatalogueError(
            f"det finns inget arkiv i {path.parent}; läs in dokument med 'arkiv ingest' först "
            "eller ange rätt --home"
        )
    return connect_read_only(path, timeout=30)


def connect_read_only(path: Path, **options) -> sqlite3.Connection:
    """A connection that never writes. In a directory we cannot write (read-only media) SQLite
    cannot create the WAL index, so the file is read as immutable: nobody can be writing to it."""
    mode = "mode=ro" if os.access(path.parent, os.W_OK) else "immutable=1"
    return sqlite3.connect(f"file:{path}?{mode}", uri=True, isolation_level=None, **options)


def _migrate(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for migration in MIGRATIONS:
        # Checked inside the write lock: another process may be migrating the same file.
        with _transaction(db):
            done = db.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.__name__,)).fetchone()
            if not done:
                migration(db)
                db.execute("INSERT INTO migrations VALUES (?, ?)", (migration.__name__, _now()))


def _create(path: Path) -> None:
    """A new, fully migrated catalogue moved into place at once: a reader never sees it half made."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.new")
    db = sqlite3.connect(partial, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        _migrate(db)
    finally:
        db.close()
    partial.replace(path)


def damage_message(path: Path, exc: Exception) -> str:
    """One line for a catalogue SQLite cannot read: what is wrong, what is kept, what to run."""
    text = str(exc)
    if "disk is full" in text or "disk I/O" in text:
        return (f"disken är full eller kan inte skrivas ({text}); inget av det som redan fanns "
                "i arkivet har ändrats, frigör utrymme och kör kommandot igen")
    return (f"arkivets katalog {path} är skadad ({text}); originalfilerna är orörda: kör "
            "'arkiv check --repair' och läs sedan in dokumenten igen med 'arkiv ingest'")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CatalogueError(ArchiveError):
    """The catalogue file is missing, damaged or of a newer format; str() is Swedish."""


class Catalogue:
    """The catalogue at `path`. `writable=False` (every reading command) opens it read-only and
    never writes, not even a pragma, so an archive on read-only media or in use by an ingest can
    be read; only a writable catalogue is created and migrated."""

    def __init__(self, path: Path, *, writable: bool = True):
        self.path = path
        self.writable = writable
        try:
            self.db = _connect(path, writable)
            self.db.execute("PRAGMA foreign_keys = ON")
            if writable:
                self.db.execute("PRAGMA journal_mode = WAL")
                _migrate(self.db)
            else:
                self.db.execute("PRAGMA query_only = ON")
                self._check_migrated()
        except sqlite3.DatabaseError as exc:
            raise CatalogueError(damage_message(path, exc)) from exc

    def _check_migrated(self) -> None:
        applied = {row[0] for row in self.db.execute("SELECT name FROM migrations")}
        if any(m.__name__ not in applied for m in MIGRATIONS):
            raise CatalogueError(
                f"arkivet i {self.path.parent} har ett äldre format; kör 'arkiv ingest' eller "
                "'arkiv reindex' en gång för att uppdatera det"
            )

    def integrity_problem(self) -> str | None:
        """SQLite's own quick check: None when the file is sound, else its first complaint."""
        row = self.db.execute("PRAGMA quick_check").fetchone()
        return None if row and row[0] == "ok" else (row[0] if row else "okänt fel")

    def close(self) -> None:
        self.db.close()

    # --- files ---------------------------------------------------------------------------------

    def file_state(self, path: str) -> tuple[str | None, str] | None:
        """(sha256, status) recorded for a path, or None if never seen."""
        row = self.db.execute("SELECT sha256, status FROM files WHERE path = ?", (path,)).fetchone()
        return (row[0], row[1]) if row else None

    def document_version(self, sha256: str) -> int | None:
        row = self.db.execute(
            "SELECT pipeline_version FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return row[0] if row else None

    def record_failure(self, path: str, status: IngestStatus, reason: str) -> None:
        """Remember a failed or skipped file without touching what was stored for it before."""
        with _transaction(self.db):
            self.db.execute(
                """INSERT INTO files (path, sha256, status, reason, checked_at) VALUES (?, NULL, ?, ?, ?)
                   ON CONFLICT(path) DO UPDATE SET status = excluded.status,
                       reason = excluded.reason, checked_at = excluded.checked_at""",
                (path, str(status), reason, _now()),
            )

    def failed_files(self) -> list[tuple[str, str, str]]:
        return self.db.execute(
            "SELECT path, status, reason FROM files WHERE status != ? ORDER BY path",
            (str(IngestStatus.OK),),
        ).fetchall()

    def paths_of(self, sha256: str) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT path FROM files WHERE sha256 = ? ORDER BY path", (sha256,)
            )
        ]

    # --- documents -----------------------------------------------------------------------------

    def store(self, path: str, doc: Document, chunks: list[Chunk], *, reader: str,
              encoding: str | None, pipeline_version: int, page_sources=()) -> None:
        """Store `doc` and its search chunks as the content of `path`, in one transaction.

        Replaces an older version of the same content, points the path at it and drops the
        document the path held before if no other path refers to it; the index outbox gets the
        chunks to add and to remove.
        """
        with _transaction(self.db):
            self._delete_document(doc.sha256)
            self._insert_document(doc, reader, encoding, pipeline_version)
            self.db.executemany(
                "INSERT INTO page_sources VALUES (?, ?, ?, ?)",
                [(doc.sha256, page, s.origin, s.confidence) for page, s in enumerate(page_sources, 1)],
            )
            self._insert_chunks(chunks)
            self._point_path(path, doc.sha256)

    def forget(self, path: str) -> None:
        """Drop a file; its document goes too when no other path holds the same content."""
        with _transaction(self.db):
            row = self.db.execute("SELECT sha256 FROM files WHERE path = ?", (path,)).fetchone()
            self.db.execute("DELETE FROM files WHERE path = ?", (path,))
            if row and row[0]:
                self._drop_if_unused(row[0])

    def link(self, path: str, sha256: str) -> None:
        """Remember `path` as another file with content already stored under `sha256`."""
        with _transaction(self.db):
            self._point_path(path, sha256)

    def _point_path(self, path: str, sha256: str) -> None:
        """Point `path` at `sha256`; drop what it pointed at before if nothing else does."""
        previous = self.db.execute("SELECT sha256 FROM files WHERE path = ?", (path,)).fetchone()
        self.db.execute(
            """INSERT INTO files (path, sha256, status, reason, checked_at) VALUES (?, ?, ?, NULL, ?)
               ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, status = excluded.status,
                   reason = NULL, checked_at = excluded.checked_at""",
            (path, sha256, str(IngestStatus.OK), _now()),
        )
        if previous and previous[0] and previous[0] != sha256:
            self._drop_if_unused(previous[0])

    def _drop_if_unused(self, sha256: str) -> None:
        if not self.db.execute("SELECT 1 FROM files WHERE sha256 = ? LIMIT 1", (sha256,)).fetchone():
            self._delete_document(sha256)

    def _delete_document(self, sha256: str) -> None:
        self.db.execute(
            "INSERT INTO index_queue (chunk_id, op) SELECT id, 'del' FROM chunks WHERE sha256 = ?",
            (sha256,),
        )
        self.db.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))

    def _insert_chunks(self, chunks: list[Chunk]) -> None:
        self.db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.sha256, c.kind, c.section, c.section_title, c.page, c.status, c.date, c.body,
              _joined(c.dnr_keys), _joined(c.dnr_text), c.text, c.embed_text) for c in chunks],
        )
        self.db.executemany(
            "INSERT INTO index_queue (chunk_id, op) VALUES (?, 'add')", [(c.id,) for c in chunks]
        )

    def _insert_document(self, doc: Document, reader: str, encoding: str | None,
                         pipeline_version: int) -> None:
        db = self.db
        db.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.sha256, doc.title, str(doc.doc_type), doc.body, doc.date, doc.place, doc.time,
             doc.pages, reader, encoding, pipeline_version, _now()),
        )
        for position, section in enumerate(doc.sections):
            section_id = db.execute(
                "INSERT INTO sections (sha256, position, number, title, page, text) VALUES (?, ?, ?, ?, ?, ?)",
                (doc.sha256, position, section.number, section.title, section.page, section.text),
            ).lastrowid
            db.executemany(
                "INSERT INTO decisions (section_id, position, text, status, rule, reservations, vote)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(section_id, i, d.text, str(d.status), d.rule, json.dumps(d.reservations, ensure_ascii=False)
                  if d.reservations else None, d.vote) for i, d in enumerate(section.decisions)],
            )
            db.executemany(
                "INSERT INTO case_refs (section_id, position, text, key) VALUES (?, ?, ?, ?)",
                [(section_id, i, ref.text, ref.key) for i, ref in enumerate(section.dnr)],
            )
        db.executemany(
            "INSERT INTO persons (sha256, position, name, role, organisation, party, rule) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc.sha256, i, p.name, p.role, p.organisation, p.party, p.rule)
             for i, p in enumerate(doc.persons)],
        )
        db.executemany(
            "INSERT INTO paragraphs (sha256, position, section, page, text) VALUES (?, ?, ?, ?, ?)",
            [(doc.sha256, i, p.section, p.page, p.text) for i, p in enumerate(doc.paragraphs)],
        )

    def documents(self) -> Iterator[Document]:
        """Every stored document, oldest meeting first; `source` is its first path."""
        rows = self.db.execute(
            """SELECT d.sha256, MIN(f.path) FROM documents d JOIN files f ON f.sha256 = d.sha256
               GROUP BY d.sha256 ORDER BY d.date IS NULL, d.date, MIN(f.path)"""
        ).fetchall()
        for sha256, path in rows:
            yield self.document(sha256, path)

    def document(self, sha256: str, source: str) -> Document:
        db = self.db
        row = db.execute(
            "SELECT title, doc_type, body, date, place, time, pages FROM documents WHERE sha256 = ?",
            (sha256,),
        ).fetchone()
        if row is None:
            raise KeyError(sha256)
        title, doc_type, body, date, place, time, pages = row
        sections = []
        for section_id, number, stitle, page, text in db.execute(
            "SELECT id, number, title, page, text FROM sections WHERE sha256 = ? ORDER BY position",
            (sha256,),
        ).fetchall():
            decisions = tuple(
                Decision(text=t, status=DecisionStatus(s), rule=r, reservations=tuple(json.loads(res or "[]")), vote=v)
                for t, s, r, res, v in db.execute(
                    "SELECT text, status, rule, reservations, vote FROM decisions WHERE section_id = ? ORDER BY position",
                    (section_id,),
                )
            )
            refs = tuple(
                CaseRef(text=t, key=k)
                for t, k in db.execute(
                    "SELECT text, key FROM case_refs WHERE section_id = ? ORDER BY position",
                    (section_id,),
                )
            )
            sections.append(Section(number, stitle, page, text, refs, decisions))
        persons = tuple(
            Person(*r)
            for r in db.execute(
                "SELECT name, role, organisation, party, rule FROM persons WHERE sha256 = ? ORDER BY position",
                (sha256,),
            )
        )
        paragraphs = tuple(
            Paragraph(text=t, page=p, section=s)
            for t, p, s in db.execute(
                "SELECT text, page, section FROM paragraphs WHERE sha256 = ? ORDER BY position",
                (sha256,),
            )
        )
        return Document(
            source=source, sha256=sha256, title=title, doc_type=DocType(doc_type), body=body,
            date=date, place=place, time=time, pages=pages, sections=tuple(sections),
            persons=persons, paragraphs=paragraphs,
        )

    def ocr_pages(self, sha256: str | None = None, below: float | None = None) -> list[tuple[str, int, float]]:
        """(sha256, page, confidence) of pages read by OCR, optionally only those below `below`."""
        sql = "SELECT sha256, page, confidence FROM page_sources WHERE origin != 'textlager'"
        params: list = []
        if sha256:
            sql += " AND sha256 = ?"
            params.append(sha256)
        if below is not None:
            sql += " AND confidence < ?"
            params.append(below)
        return self.db.execute(sql + " ORDER BY sha256, page", params).fetchall()

    def has_chunks(self) -> bool:
        return self.db.execute("SELECT 1 FROM chunks LIMIT 1").fetchone() is not None

    def has_indexed_chunks(self) -> bool:
        """Whether any chunk has reached the search indexes (is not waiting in the outbox)."""
        return self.db.execute(
            "SELECT 1 FROM chunks WHERE id NOT IN (SELECT chunk_id FROM index_queue) LIMIT 1"
        ).fetchone() is not None

    def counts(self) -> dict[str, int]:
        tables = ("documents", "files", "sections", "decisions", "case_refs", "persons", "paragraphs",
                  "chunks")
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def texts(self, sha256: str | None = None) -> Iterator[tuple[str, str]]:
        """(sha256, text) for every stored text of a document (or of all): title, sections,
        paragraphs, decisions and persons; what a check over the archive's words reads."""
        where, args = ("WHERE sha256 = ?", (sha256,)) if sha256 else ("", ())
        yield from self.db.execute(
            f"""SELECT sha256, title FROM documents {where}
                UNION ALL SELECT sha256, title || ' ' || text FROM sections {where}
                UNION ALL SELECT sha256, text FROM paragraphs {where}
                UNION ALL SELECT s.sha256, d.text FROM decisions d JOIN sections s ON s.id = d.section_id
                    {where.replace('sha256', 's.sha256')}
                UNION ALL SELECT sha256, name || ' ' || coalesce(role, '') || ' ' || coalesce(organisation, '') || ' ' || coalesce(party, '') FROM persons {where}""",
            args * 5)

    # --- cases (derived) ------------------------------------------------------------------------

    def rebuild_cases(self) -> int:
        """Derive every case again from the stored sections (arkiv.cases), in one transaction."""
        from arkiv import cases

        derived = cases.derive(self._case_facts())
        with _transaction(self.db):
            self.db.execute("DELETE FROM case_similar")
            self.db.execute("DELETE FROM case_events")
            self.db.execute("DELETE FROM cases")
            self.db.execute("INSERT INTO settings VALUES ('cases_version', ?) ON CONFLICT(key) "
                            "DO UPDATE SET value = excluded.value", (str(cases.CASES_VERSION),))
            for case in derived:
                case_id = self.db.execute(
                    "INSERT INTO cases (key, organisation, dnr, title, state, last_date) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (case.key, case.organisation, case.dnr, case.title, case.state, case.last.date),
                ).lastrowid
                self.db.executemany(
                    "INSERT INTO case_events VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(case_id, i, e.section_id, e.phase, _joined(e.persons), e.linked_by, e.score)
                     for i, e in enumerate(case.events)],
                )
                self.db.executemany("INSERT INTO case_similar VALUES (?, ?, ?)",
                                    [(case_id, key, score) for key, score in case.possibly_same])
        return len(derived)

    def cases_are_current(self) -> bool:
        """Whether the stored cases were derived by this version of arkiv.cases (a new archive
        format or new rules make the next ingest rebuild them)."""
        from arkiv.cases import CASES_VERSION

        return self.setting("cases_version") == str(CASES_VERSION)

    def _case_facts(self):
        from arkiv.cases import SectionFacts

        db = self.db
        refs, statuses, persons = defaultdict(list), defaultdict(list), defaultdict(list)
        for section_id, text, key in db.execute(
                "SELECT section_id, text, key FROM case_refs ORDER BY section_id, position"):
            refs[section_id].append((text, key))
        for section_id, status in db.execute(
                "SELECT section_id, status FROM decisions ORDER BY section_id, position"):
            statuses[section_id].append(status)
        for sha256, name in db.execute("SELECT sha256, name FROM persons ORDER BY sha256, position"):
            if name not in persons[sha256]:
                persons[sha256].append(name)
        return [
            SectionFacts(section_id, sha256, position, doc_type, date, body, title, text,
                         tuple(refs[section_id]), tuple(statuses[section_id]), tuple(persons[sha256]))
            for section_id, sha256, position, doc_type, date, body, title, text in db.execute(
                """SELECT s.id, s.sha256, s.position, d.doc_type, d.date, d.body, s.title, s.text
                   FROM sections s JOIN documents d ON d.sha256 = s.sha256""")
        ]

    def case_index(self) -> list[tuple[int, str, str | None, str | None, str, list[str]]]:
        """(id, key, dnr, organisation, title, every event's § title) of each case, oldest last
        event first: enough to find a case without reading its events."""
        titles = defaultdict(list)
        for case_id, title in self.db.execute(
                "SELECT e.case_id, s.title FROM case_events e JOIN sections s ON s.id = e.section_id"):
            titles[case_id].append(title)
        return [(case_id, key, dnr, organisation, title, titles[case_id])
                for case_id, key, dnr, organisation, title in self.db.execute(
                    "SELECT id, key, dnr, organisation, title FROM cases "
                    "ORDER BY last_date IS NULL, last_date, dnr IS NULL, key")]

    def cases(self, where: str = "1", params: tuple = ()) -> list[Case]:
        """Stored cases matching a WHERE clause over `cases`, oldest last event first."""
        rows = self.db.execute(
            f"SELECT id, key, dnr, organisation, state, title FROM cases WHERE {where} "
            "ORDER BY last_date IS NULL, last_date, dnr IS NULL, key", params).fetchall()
        return [self._case(*row) for row in rows]

    def _case(self, case_id: int, key: str, dnr: str | None, organisation: str | None, state: str,
              title: str) -> Case:
        events = []
        for section_id, phase, persons, linked_by, score, date, body, sha256, page, number, stitle in (
            self.db.execute(
                """SELECT e.section_id, e.phase, e.persons, e.linked_by, e.score, d.date, d.body,
                          d.sha256, s.page, s.number, s.title
                   FROM case_events e JOIN sections s ON s.id = e.section_id
                   JOIN documents d ON d.sha256 = s.sha256
                   WHERE e.case_id = ? ORDER BY e.position""", (case_id,)).fetchall()):
            decisions = tuple(
                Decision(text=t, status=DecisionStatus(s)) for t, s in self.db.execute(
                    "SELECT text, status FROM decisions WHERE section_id = ? ORDER BY position",
                    (section_id,)))
            events.append(CaseEvent(
                date=date, body=body, source=self.first_path(sha256) or "", page=page,
                section=number, section_title=stitle, phase=phase, decisions=decisions,
                persons=_split(persons), linked_by=linked_by, score=score))
        similar = tuple(self.db.execute(
            "SELECT other_key, score FROM case_similar WHERE case_id = ? ORDER BY score DESC",
            (case_id,)).fetchall())
        return Case(key=key, dnr=dnr, organisation=organisation, state=state, title=title,
                    events=tuple(events), possibly_same=similar)

    def sections_of_body(self, body: str | None, where: str = "1", params: tuple = ()) -> list[dict]:
        """The §s of one body's documents (numbered or titled), oldest first, with their date,
        first path, page and decisions; `where` narrows them further (over `s` and `d`)."""
        rows = self.db.execute(
            f"""SELECT s.id, s.sha256, d.date, s.page, s.number, s.title,
                       (SELECT MIN(path) FROM files f WHERE f.sha256 = d.sha256)
                FROM sections s JOIN documents d ON d.sha256 = s.sha256
                WHERE d.body IS ? AND {where} ORDER BY d.date, s.sha256, s.position""",
            (body, *params)).fetchall()
        decisions = defaultdict(list)
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), 500):
            batch = ids[start:start + 500]
            for section_id, text, status in self.db.execute(
                    f"SELECT section_id, text, status FROM decisions WHERE section_id IN "
                    f"({','.join('?' * len(batch))}) ORDER BY section_id, position", batch):
                decisions[section_id].append({"text": text, "status": status})
        return [{"sha256": sha256, "date": date, "source": source, "page": page, "number": number,
                 "title": title, "decisions": decisions[section_id]}
                for section_id, sha256, date, page, number, title, source in rows]

    def section(self, sha256: str, number: str, source: str) -> dict | None:
        """One § of a stored document as `sections_of_body` gives it, or None."""
        row = self.db.execute("SELECT body FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            return None
        found = self.sections_of_body(row[0], "s.sha256 = ? AND s.number = ?", (sha256, number))
        return found[0] | {"source": source} if found else None

    def person_rows(self) -> list[tuple]:
        """Every stored person with their document: (sha256, date, doc_type, body, first path,
        name, role, organisation, party), in document order."""
        return self.db.execute(
            """SELECT d.sha256, d.date, d.doc_type, d.body,
                      (SELECT MIN(path) FROM files f WHERE f.sha256 = d.sha256),
                      p.name, p.role, p.organisation, p.party
               FROM persons p JOIN documents d ON d.sha256 = p.sha256
               ORDER BY d.date, d.sha256, p.position""").fetchall()

    def sections_containing(self, word: str) -> list[tuple]:
        """The §s whose title or text contains `word` (as written): (date, body, first path, page,
        number, title, text)."""
        return self.db.execute(
            """SELECT d.date, d.body, (SELECT MIN(path) FROM files f WHERE f.sha256 = d.sha256),
                      s.page, s.number, s.title, s.text
               FROM sections s JOIN documents d ON d.sha256 = s.sha256
               WHERE instr(s.title, ?) > 0 OR instr(s.text, ?) > 0
               ORDER BY d.date, s.sha256, s.position""", (word, word)).fetchall()

    def stats(self, top_persons: int = 10) -> dict:
        """Counts for `arkiv stats`: per body and year, decisions by status, cases by state, the
        persons named in most documents."""
        db = self.db
        per_body = [
            {"body": body, "year": year, "documents": documents, "meetings": meetings}
            for body, year, documents, meetings in db.execute(
                # A meeting is a date with a protocol or notes; a kallelse only announces one.
                """SELECT body, substr(date, 1, 4), COUNT(*),
                          COUNT(DISTINCT CASE WHEN doc_type != ? THEN date END)
                   FROM documents GROUP BY body, substr(date, 1, 4)
                   ORDER BY body IS NULL, body, date IS NULL, substr(date, 1, 4)""",
                (str(DocType.KALLELSE),))
        ]
        decisions = dict(db.execute(
            "SELECT status, COUNT(*) FROM decisions GROUP BY status ORDER BY COUNT(*) DESC, status"))
        cases = dict(db.execute(
            "SELECT state, COUNT(*) FROM cases WHERE dnr IS NOT NULL GROUP BY state "
            "ORDER BY COUNT(*) DESC, state"))
        matters = dict(db.execute(
            "SELECT state, COUNT(*) FROM cases WHERE dnr IS NULL GROUP BY state "
            "ORDER BY COUNT(*) DESC, state"))
        persons = [
            {"name": name, "documents": documents}
            for name, documents in db.execute(
                "SELECT name, COUNT(DISTINCT sha256) FROM persons GROUP BY name "
                "ORDER BY COUNT(DISTINCT sha256) DESC, name LIMIT ?", (top_persons,))
        ]
        return {"bodies": per_body, "decisions": decisions, "cases": cases,
                "matters_without_dnr": matters, "persons": persons}

    # --- chunks and the index outbox ------------------------------------------------------------

    def pending_index(self, limit: int = 256) -> list[tuple[int, str, str]]:
        """The oldest queued index changes as (seq, chunk id, 'add'|'del')."""
        return self.db.execute(
            "SELECT seq, chunk_id, op FROM index_queue ORDER BY seq LIMIT ?", (limit,)
        ).fetchall()

    def pending_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM index_queue").fetchone()[0]

    def finish_index(self, up_to_seq: int) -> None:
        with _transaction(self.db):
            self.db.execute("DELETE FROM index_queue WHERE seq <= ?", (up_to_seq,))

    def queued_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT chunk_id FROM index_queue")}

    def queue(self, chunk_ids: list[str], op: str) -> None:
        """Queue index changes for chunks the indexes lack ('add') or hold wrongly ('del')."""
        with _transaction(self.db):
            self.db.executemany("INSERT INTO index_queue (chunk_id, op) VALUES (?, ?)",
                                [(cid, op) for cid in chunk_ids])

    def requeue_all(self) -> None:
        """Queue every chunk for indexing again (after the indexes were dropped)."""
        with _transaction(self.db):
            self.db.execute("DELETE FROM index_queue")
            self.db.execute("INSERT INTO index_queue (chunk_id, op) SELECT id, 'add' FROM chunks")

    def chunks(self, ids: list[str]) -> dict[str, Chunk]:
        found: dict[str, Chunk] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            rows = self.db.execute(
                f"SELECT * FROM chunks WHERE id IN ({','.join('?' * len(batch))})", batch
            ).fetchall()
            for row in rows:
                found[row[0]] = _chunk_from_row(row)
        return found

    def chunk_ids_where(self, sql: str, params: tuple = ()) -> list[str]:
        """Chunk ids matching a WHERE clause over `chunks` (used by search filters)."""
        return [row[0] for row in self.db.execute(f"SELECT id FROM chunks WHERE {sql}", params)]

    def first_path(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT MIN(path) FROM files WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with _transaction(self.db):
            self.db.execute(
                "INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def bump_setting(self, key: str) -> None:
        """Count a setting up by one (a generation number other processes compare)."""
        with _transaction(self.db):
            self.db.execute(
                "INSERT INTO settings VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET "
                "value = CAST(value AS INTEGER) + 1", (key,),
            )

    def known_paths(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT path FROM files WHERE sha256 IS NOT NULL")]


def _joined(values: tuple[str, ...]) -> str:
    return "|" + "|".join(values) + "|" if values else ""


def _split(joined: str) -> tuple[str, ...]:
    return tuple(v for v in joined.split("|") if v)


def _chunk_from_row(row: tuple) -> Chunk:
    (cid, sha256, kind, section, section_title, page, status, date, body, dnr_keys, dnr_text,
     text, embed_text) = row
    return Chunk(
        id=cid, sha256=sha256, kind=kind, section=section, section_title=section_title, page=page,
        text=text, embed_text=embed_text, status=status, date=date, body=body,
        dnr_keys=_split(dnr_keys), dnr_text=_split(dnr_text),
    )


class _transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception including KeyboardInterrupt."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")

