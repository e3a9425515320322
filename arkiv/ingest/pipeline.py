"""From a file on disk to a Document: read → clean → segment/extract.

The stages are plain functions; this module only chains them and finds the files to ingest.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.readers import SUPPORTED_SUFFIXES, OcrMode, PageSource, ReadError, read_document
from arkiv.schema import Document

# Bump when readers/clean/extract change what they produce: stored documents of an older
# version are parsed again on the next ingest even though their bytes are unchanged.
PIPELINE_VERSION = 14  # 3: one Dnr grammar (more spellings recognised), issue 10 extraction
# 4: one person one record, tables and handles, the rule behind each decision and person
# 5: Markdown (markdown-it-py) and reST (docutils) read into typed blocks; PDF table rows and columns;
#    reservations and votes on decisions
# 6: a § title takes the vector of its first passage (search.chunks.shared_vectors): archives,
#    bench ones too, are embedded again
# 7: issue 10's rules for unseen layouts (kommun § shape, outcomes, terse notes, attendance columns,
#    persons in running text, OCR's '$' and "KS § 3 a" headings): stored documents are parsed again
# 8: passages embedded with the int8 e5 graph (models.e5_onnx.to_int8_graph): archives, bench ones
#    too, are embedded again
# 9: two-level numbering ("1.1 …"), PDF headings set in a larger or bold type, decision indexes,
#    procedure and passive findings, Dnr with an en dash or a run-together year and number
# 10: association minutes: headings that are the decision or lead into lettered items, appendices
#     numbered anew (statutes), lettered sub-items, agreement without a decision verb, accounts rows:
#     stored documents are parsed again
# 11: (issue 10, third and fourth rounds) decisions: statutes after a founding meeting, headings that
#     elect without a full stop, consenting findings as procedure, tabled paragraphs, postponements,
#     each outcome under a marker of its own, one-word and verb-final outcomes ("Bifalls."),
#     remuneration the meeting sets; sections: items whose text is the minute ("1 Mötet öppnades
#     …"), item numbers a scan read apart from their text, attendance parts of
#     unnumbered notes; persons: glued signer pairs, "Ordinarie"/"Ej beslutande" lists, election
#     tables in columns, units after titles, initials beside a name, wrapped titles, election
#     sentences, flat numbers, personalföreträdare; association minutes (Markdown attendance headings,
#     agenda points beside § paragraphs, prose attendance "från X", decimal sub-items); OCR's letters
#     for digits in item numbers, election lead-ins over lists, action owners ("Ansvarig: X"): stored
#     documents are parsed again
# 12: (issue 10, fifth round: held-out sets E and F) minutes wrapped by the printer (agenda points
#     over § lines whose minute runs on, prose attendance over lines), documents without headings
#     keep their decisions, run-on item headings and attendance of text exports, elections with the
#     office first, task assignments, given names the spelling dictionary lacks: stored documents
#     are parsed again
# 13: (issue 10, sixth round: held-out set I) two names elected to two functions "respektive", who
#     kept the notes ("Vid pennan"), companies and university titles, first names elected or acting,
#     board tables with the post last, posts taken up, constituted boards, item marks at a line's
#     end, att-clauses with a subject; (set H) registers before a Dnr series, agenda lists lending case
#     numbers, .txt form-feed pages, "- att" bullets, outcomes of propositions, Finland-Swedish
#     "16 §" protocols, checkbox attendance: stored documents are parsed again
# 14: (issue 10, seventh round: held-out sets J and K) a labelled Dnr closing a heading line, acts
#     after a label, elections written as labels ("Omval: …", "Val till justerare: …"), lettered
#     items ("2a."), attendance joined by dashes or run on without colons, shortened titles:
#     stored documents are parsed again


@dataclass(frozen=True)
class ParsedFile:
    document: Document
    reader: str
    encoding: str | None
    page_sources: tuple[PageSource, ...] = ()  # PDFs: where each page's text came from


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_file(path: Path, sha256: str, ocr: str = OcrMode.AUTO, *,
               running_text_persons: bool = True) -> ParsedFile:
    """Parse one file into a Document. Raises ReadError (Swedish reason) for bad input.
    `running_text_persons=False`: see `extract.parse_document` (no spaCy)."""
    from arkiv.ingest.extract import parse_document

    source = read_document(path, ocr)
    pages = clean_pages(source.pages)
    parsed = parse_document(pages, filename=path.name, running_text_persons=running_text_persons)
    document = Document(
        source=source_name(path),
        sha256=sha256,
        title=parsed.title,
        doc_type=parsed.doc_type,
        body=parsed.body,
        date=parsed.date,
        place=parsed.place,
        time=parsed.time,
        pages=len(pages),
        sections=parsed.sections,
        persons=parsed.persons,
        paragraphs=parsed.paragraphs,
    )
    return ParsedFile(document, source.reader, source.encoding, source.page_sources)


@dataclass(frozen=True)
class Discovery:
    files: list[Path]  # regular files to read, absolute, in a stable order
    skipped: list[tuple[Path, str]]  # (path, Swedish reason): not for arkiv, e.g. unsupported type
    failed: list[tuple[Path, str]]  # (path, Swedish reason): meant to be read but cannot be


def source_name(path: Path) -> str:
    """The path as arkiv stores and shows it: the file's own name when it is valid UTF-8.

    Bytes that are not UTF-8 (a file name written by an old Windows or Mac tool) reach Python as
    lone surrogates, which SQLite, JSON and the terminal refuse; they are written as \\xNN instead.
    The file itself is always opened through the original Path.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def discover(paths: list[Path], exclude: Path | None = None) -> Discovery:
    """Expand files and folders (recursively, hidden entries skipped) into files to ingest.

    Every path found ends up in exactly one list, so nothing is dropped without a reason.
    `exclude` (the archive's own directory) is never walked into. Symbolic links are followed;
    a folder reached twice (a link back up the tree) is walked once.
    """
    found = Discovery([], [], [])
    walked: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(os.path.abspath(given.expanduser()))  # absolute, '..' removed, symlinks kept
        if not os.path.lexists(path):
            _add(found.failed, path, "sökvägen finns inte")
            continue
        _visit(path, found, walked, exclude)
    return found


def _visit(path: Path, found: Discovery, walked: set[tuple[int, int]], exclude: Path | None) -> None:
    try:
        info = path.stat()
    except OSError as exc:
        _add(found.failed, path, _stat_failure(path, exc))
        return
    if stat.S_ISDIR(info.st_mode):
        if (info.st_dev, info.st_ino) not in walked:
            walked.add((info.st_dev, info.st_ino))
            _walk(path, found, walked, exclude)
    elif not stat.S_ISREG(info.st_mode):
        # Opening a FIFO blocks until a writer appears, and a device can be endless: never open.
        _add(found.skipped, path, f"inte en vanlig fil ({_special_kind(info.st_mode)})")
    elif path.suffix.lower() in SUPPORTED_SUFFIXES:
        if path not in found.files:
            found.files.append(path)
    else:
        _add(found.skipped, path, f"filtypen {path.suffix or '(utan ändelse)'} stöds inte")


def _walk(folder: Path, found: Discovery, walked: set[tuple[int, int]], exclude: Path | None) -> None:
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)  # files in a stable order
    except OSError as exc:
        _add(found.failed, folder, f"katalogen kan inte läsas ({_os_reason(exc)})")
        return
    for name in names:
        path = folder / name
        if name.startswith(".") or (exclude and path.is_relative_to(exclude)):
            continue
        _visit(path, found, walked, exclude)


def _add(target: list[tuple[Path, str]], path: Path, reason: str) -> None:
    if all(known != path for known, _ in target):
        target.append((path, reason))


def _stat_failure(path: Path, exc: OSError) -> str:
    if path.is_symlink():
        if exc.errno == errno.ELOOP:
            return "länken leder i en slinga till sig själv"
        if exc.errno == errno.ENOENT:
            return "länken pekar på en fil som inte finns"
    if exc.errno == errno.ENOENT:
        return "sökvägen finns inte"
    return f"filen kan inte läsas ({_os_reason(exc)})"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "saknar behörighet"
    if isinstance(exc, FileNotFoundError):
        return "finns inte längre"
    return exc.strerror or type(exc).__name__


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "namngiven pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "enhetsfil"


__all__ = ["PIPELINE_VERSION", "ParsedFile", "ReadError", "discover", "parse_file", "sha256_of", "source_name"]
