"""From a file on disk to a Document: read → clean → segment/extract.

The stages are plain functions; this module only chains them and finds the files to ingest.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.readers import SUPPORTED_SUFFIXES, ReadError, read_document
from arkiv.schema import Document

# Bump when readers/clean/extract change what they produce: stored documents of an older
# version are parsed again on the next ingest even though their bytes are unchanged.
PIPELINE_VERSION = 2


@dataclass(frozen=True)
class ParsedFile:
    document: Document
    reader: str
    encoding: str | None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_file(path: Path, sha256: str) -> ParsedFile:
    """Parse one file into a Document. Raises ReadError (Swedish reason) for bad input."""
    from arkiv.ingest.extract import parse_document  # loads spaCy

    source = read_document(path)
    pages = clean_pages(source.pages)
    parsed = parse_document(pages, filename=path.name)
    document = Document(
        source=str(path),
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
    return ParsedFile(document, source.reader, source.encoding)


@dataclass(frozen=True)
class Discovery:
    files: list[Path]  # readable candidates, absolute, in a stable order
    unsupported: list[Path]  # files with an extension arkiv does not read
    missing: list[Path]  # arguments that do not exist


def discover(paths: list[Path], exclude: Path | None = None) -> Discovery:
    """Expand files and folders (recursively, hidden entries skipped) into files to ingest.

    `exclude` (the archive's own directory) is never walked into.
    """
    files: list[Path] = []
    unsupported: list[Path] = []
    missing: list[Path] = []
    for given in paths:
        path = Path(os.path.abspath(given.expanduser()))  # absolute, '..' removed, symlinks kept
        if path.is_dir():
            candidates = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not (exclude and p.is_relative_to(exclude))
            )
        elif path.exists():
            candidates = [path]
        else:
            missing.append(path)
            continue
        for candidate in candidates:
            target = files if candidate.suffix.lower() in SUPPORTED_SUFFIXES else unsupported
            if candidate not in target:
                target.append(candidate)
    return Discovery(files, unsupported, missing)


__all__ = ["PIPELINE_VERSION", "ParsedFile", "ReadError", "discover", "parse_file", "sha256_of"]
