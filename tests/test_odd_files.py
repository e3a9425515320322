"""Issue 9, "never loses a file silently": one odd file per failure mode, each next to good files.

Every odd file ends up as a result with a Swedish reason (failed or skipped), the good files in the
same run are ingested, and nothing hangs or aborts the run.
"""

import json
import os
import shutil
import signal
import socket
from contextlib import contextmanager
from dataclasses import asdict

import pytest
from typer.testing import CliRunner

from arkiv import Archive
from arkiv.cli import app
from arkiv.ingest import pipeline
from arkiv.schema import IngestStatus

from .conftest import CORPUS
from .pdfs import (
    write_cut_off_update_pdf,
    write_encrypted_pdf,
    write_pageless_pdf,
    write_pdf_with_trailing_bytes,
)

RUNS_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def docs(tmp_path):
    """A folder with two good protocols, into which each test puts its odd file."""
    folder = tmp_path / "protokoll"
    folder.mkdir()
    shutil.copy(CORPUS / "2024-05-16_protokoll.txt", folder / "a-styrelsen-2024-05-16.txt")
    shutil.copy(CORPUS / "2024-04-18_medlemssamrad_minnesanteckningar.md", folder / "z-medlemssamrad-2024.md")
    return folder


GOOD = {"a-styrelsen-2024-05-16.txt", "z-medlemssamrad-2024.md"}


def by_name(summary):
    return {os.path.basename(r.path): r for r in summary.results}


def assert_good_files_ingested(results):
    for name in GOOD:
        assert results[name].status == IngestStatus.OK, results[name]


@contextmanager
def fails_instead_of_hanging(seconds=120):
    """A FIFO opened for reading blocks forever; turn that into a test failure."""

    def hung(signum, frame):
        raise AssertionError(f"ingest hung for {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# ---------------------------------------------------------------------------------- file names


def test_file_name_that_is_not_utf8_is_ingested_with_the_others(docs):
    """Fault: a file name that is not valid UTF-8 aborted the whole run (SQLite refused the
    surrogates Python uses for such bytes), so the files after it were never read.
    GIVEN a folder with "protokoll-år.txt" named in Latin-1 (byte 0xE5) between two good files
    WHEN the folder is ingested
    THEN all three are stored, the odd name shown and stored as "protokoll-\\xe5r.txt", JSON-safe,
    and a second run finds all three unchanged."""
    with open(os.path.join(os.fsencode(docs), b"protokoll-\xe5r.txt"), "wb") as f:
        f.write((CORPUS / "2024-10-17_protokoll.txt").read_bytes())
    shown = str(docs / "protokoll-\\xe5r.txt")
    with Archive() as archive:
        summary = archive.ingest([docs])
        results = by_name(summary)
        assert results["protokoll-\\xe5r.txt"].status == IngestStatus.OK
        assert_good_files_ingested(results)
        assert shown in archive.catalogue.known_paths()
        assert archive.document(shown).paragraphs
        json.dumps([asdict(r) for r in summary.results], ensure_ascii=False)
        json.dumps(list(archive.export()), ensure_ascii=False)

        again = archive.ingest([docs])
        assert {r.status for r in again.results} == {IngestStatus.UNCHANGED}


# ------------------------------------------------------------------------------------- folders


@pytest.mark.skipif(RUNS_AS_ROOT, reason="root reads a folder with mode 000 anyway")
def test_unreadable_folder_is_reported(docs):
    """Fault: a folder that cannot be read (chmod 000) was skipped without a word.
    GIVEN a sub-folder without read permission next to two good files
    WHEN the folder is ingested
    THEN the sub-folder fails with "katalogen kan inte läsas", the good files are stored."""
    locked = docs / "låst"
    locked.mkdir()
    (locked / "protokoll.txt").write_text("Protokoll\n\n§ 1 Mötets öppnande\n", encoding="utf-8")
    locked.chmod(0)
    try:
        with Archive() as archive:
            results = by_name(archive.ingest([docs]))
    finally:
        locked.chmod(0o755)
    assert results["låst"].status == IngestStatus.FAILED
    assert results["låst"].reason == "katalogen kan inte läsas (saknar behörighet)"
    assert_good_files_ingested(results)


def test_folder_that_cannot_be_listed_is_reported(docs, monkeypatch):
    """Fault: a folder os.scandir cannot list was skipped without a word. Root reads any folder,
    so this test makes the real error another way: the folder is removed just as the walk
    reaches it (another program cleaning up).
    GIVEN a sub-folder that disappears when the walk is about to list it
    WHEN the folder is ingested
    THEN the sub-folder fails with "katalogen kan inte läsas", the good files are stored."""
    vanishing = docs / "flyttas"
    vanishing.mkdir()
    (vanishing / "protokoll.txt").write_text("Protokoll\n\n§ 1 Mötets öppnande\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir_after_removal(path="."):
        if not isinstance(path, int) and os.fspath(path) == str(vanishing) and vanishing.exists():
            shutil.rmtree(vanishing)
        return real_scandir(path)

    monkeypatch.setattr(pipeline.os, "scandir", scandir_after_removal)
    with Archive() as archive:
        results = by_name(archive.ingest([docs]))
    assert results["flyttas"].status == IngestStatus.FAILED
    assert results["flyttas"].reason == "katalogen kan inte läsas (finns inte längre)"
    assert_good_files_ingested(results)


# ------------------------------------------------------------------------------ links and specials


def test_broken_symlink_and_link_loop_are_reported(docs, tmp_path):
    """Fault: a symbolic link to a missing file was skipped without a word.
    GIVEN a folder with a link to a deleted file and a link to itself, next to two good files
    WHEN the folder (and the broken link on its own) is ingested
    THEN both links fail with a Swedish reason, the good files are stored."""
    (docs / "borttagen.txt").symlink_to(tmp_path / "finns-inte.txt")
    (docs / "slinga.txt").symlink_to(docs / "slinga.txt")
    with Archive() as archive:
        summary = archive.ingest([docs, docs / "borttagen.txt"])
    results = by_name(summary)
    assert results["borttagen.txt"].status == IngestStatus.FAILED
    assert results["borttagen.txt"].reason == "länken pekar på en fil som inte finns"
    assert results["slinga.txt"].status == IngestStatus.FAILED
    assert results["slinga.txt"].reason == "länken leder i en slinga till sig själv"
    assert len(summary.results) == 4  # the link given twice is reported once
    assert_good_files_ingested(results)


def test_linked_folder_is_walked_once(docs, tmp_path):
    """GIVEN a folder holding a link to another folder and a link back up to itself
    WHEN it is ingested
    THEN the linked folder's file is stored and the loop does not repeat the walk forever."""
    elsewhere = tmp_path / "annan-plats"
    elsewhere.mkdir()
    shutil.copy(CORPUS / "2024-10-17_protokoll.txt", elsewhere / "protokoll.txt")
    (docs / "länkad").symlink_to(elsewhere)
    (docs / "upp").symlink_to(docs)
    with Archive() as archive:
        summary = archive.ingest([docs])
    results = by_name(summary)
    assert results["protokoll.txt"].status == IngestStatus.OK
    assert_good_files_ingested(results)
    assert len(summary.results) == 3


def test_fifo_and_socket_are_skipped_without_being_opened(docs):
    """Fault: a FIFO given as an argument hung the ingest forever (opening it waits for a writer).
    GIVEN a FIFO and a Unix socket in the folder, and the FIFO also given on its own
    WHEN they are ingested
    THEN both are skipped as "inte en vanlig fil" at once, the good files are stored."""
    fifo = docs / "rör.txt"
    os.mkfifo(fifo)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(docs / "uttag.txt"))
        with fails_instead_of_hanging(), Archive() as archive:
            summary = archive.ingest([fifo, docs])
    finally:
        server.close()
    results = by_name(summary)
    assert results["rör.txt"].status == IngestStatus.SKIPPED
    assert results["rör.txt"].reason == "inte en vanlig fil (namngiven pipe)"
    assert results["uttag.txt"].status == IngestStatus.SKIPPED
    assert results["uttag.txt"].reason == "inte en vanlig fil (socket)"
    assert_good_files_ingested(results)


# ------------------------------------------------------------------------------------- contents


def long_protocol(sections: int) -> str:
    head = ["Sammanträdesprotokoll", "Styrelsen för Östra Ängens samordningsförbund", "",
            "Datum: 2024-09-18", "Plats: Kommunhuset", ""]
    body = []
    for number in range(1, sections + 1):
        body += [
            f"§ {number} Ärende nummer {number}", "", f"Dnr KS 2024/{number}", "",
            "Förbundschef Jonas Wells föredrar ärendet. "
            + "Styrelsen diskuterar budgeten för verksamheten och årets insatser. " * 60,
            "", "Beslut", "", "Styrelsen beslutar att godkänna redovisningen.", "",
        ]
    return "\n".join(head + body) + "\n"


def test_text_over_a_million_characters_is_ingested_with_its_sections(tmp_path):
    """Fault: a text over 1,000,000 characters was refused with spaCy's English E088 message
    (nlp.max_length), because the whole text was given to spaCy at once.
    GIVEN a 1.2 MB .txt protocol with 300 § sections
    WHEN it is ingested into the catalogue (ingest_file: embedding its 2,400 chunks with the test
    model would add half a minute and test nothing here)
    THEN it is stored with its sections, decisions and the person in its running text."""
    text = long_protocol(300)
    assert len(text) > 1_200_000
    path = tmp_path / "lång.txt"
    path.write_text(text, encoding="utf-8")
    with Archive() as archive:
        result = archive.ingest_file(path)
        assert result.status == IngestStatus.OK, result.reason
        doc = archive.document(path)
    assert {f"§ {number}" for number in range(1, 301)} <= {s.number for s in doc.sections}
    assert result.decisions >= 300
    assert "Jonas Wells" in {p.name for p in doc.persons}


def test_pdf_with_bytes_after_eof_is_read(docs):
    """Fault: a valid PDF followed by bytes after %%EOF (scanner padding, a web server's error
    page) was refused as broken or truncated.
    GIVEN a 3-page protocol PDF with 7 KB of HTML and zero bytes after %%EOF
    WHEN it is ingested
    THEN all three pages are stored."""
    write_pdf_with_trailing_bytes(docs / "nerladdad.pdf")
    with Archive() as archive:
        results = by_name(archive.ingest([docs]))
    assert results["nerladdad.pdf"].status == IngestStatus.OK, results["nerladdad.pdf"].reason
    assert results["nerladdad.pdf"].pages == 3
    assert_good_files_ingested(results)


def test_pdf_update_cut_off_after_an_earlier_eof_is_still_truncated(docs):
    """GIVEN a PDF whose appended update was cut off (objects after the last %%EOF)
    WHEN it is ingested
    THEN it fails as truncated, as a PDF cut off before any %%EOF does."""
    write_cut_off_update_pdf(docs / "avbruten.pdf")
    with Archive() as archive:
        results = by_name(archive.ingest([docs]))
    assert results["avbruten.pdf"].status == IngestStatus.FAILED
    assert results["avbruten.pdf"].reason == "PDF-filen är trasig eller avkortad (filslut saknas)"
    assert_good_files_ingested(results)


def test_pdf_without_pages_says_so_even_after_an_encrypted_pdf(docs):
    """Fault: a PDF with zero pages was reported as "krypterad": pdfium keeps the error code of
    the previous failed load, which here was an encrypted PDF.
    GIVEN an encrypted PDF and, read after it, a well-formed PDF with an empty page tree
    WHEN the folder is ingested
    THEN the encrypted one is "krypterad" and the empty one "PDF-filen har inga sidor"."""
    write_encrypted_pdf(docs / "b-hemlig.pdf")
    write_pageless_pdf(docs / "c-tom.pdf")
    with Archive() as archive:
        results = by_name(archive.ingest([docs]))
    assert results["b-hemlig.pdf"].reason == "PDF-filen är krypterad (lösenordsskyddad)"
    assert results["c-tom.pdf"].status == IngestStatus.FAILED
    assert results["c-tom.pdf"].reason == "PDF-filen har inga sidor"
    assert_good_files_ingested(results)


# ------------------------------------------------------------------------------------------ CLI


def test_cli_prints_one_line_per_odd_file_and_exits_1(docs, tmp_path):
    """GIVEN a folder with a broken link, a PDF without pages, a FIFO and a non-UTF-8 name
    WHEN `arkiv ingest` runs on it
    THEN each problem is one line naming the file and the reason, the odd name is ingested,
    and the exit code is 1 because something failed."""
    (docs / "borttagen.txt").symlink_to(tmp_path / "finns-inte.txt")
    write_pageless_pdf(docs / "tom.pdf")
    os.mkfifo(docs / "rör.txt")
    with open(os.path.join(os.fsencode(docs), b"protokoll-\xe5r.txt"), "wb") as f:
        f.write((CORPUS / "2024-10-17_protokoll.txt").read_bytes())
    with fails_instead_of_hanging():
        result = CliRunner().invoke(app, ["ingest", str(docs)])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert f"fel: {docs / 'borttagen.txt'}: länken pekar på en fil som inte finns" in lines
    assert f"fel: {docs / 'tom.pdf'}: PDF-filen har inga sidor" in lines
    assert f"hoppar över: {docs / 'rör.txt'}: inte en vanlig fil (namngiven pipe)" in lines
    assert "Filer: 3 inlästa, 0 oförändrade, 2 misslyckade, 1 överhoppade." in lines
