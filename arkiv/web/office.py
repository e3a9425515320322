"""The pages for the office beside search: persons and "Förbered sammanträde" (a brief from an
uploaded kallelse), with their JSON API. `add_routes` puts them on the app of arkiv.web.app.

An uploaded kallelse is parsed from a temporary file that is deleted right after; nothing of it
is written into the archive. Its downloads (.docx, .md) are built again from the brief's record,
which the page carries in its download form, so the server keeps no state between requests.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response

from arkiv.archive import Archive, ArchiveError
from arkiv.schema import Document

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a kallelse with its attachments is a few MB
MAX_BRIEF_RECORD = 2 * 1024 * 1024  # the brief carried back by the download form
MAX_PER_ITEM = 20
UPLOAD_PATHS = ("/forbered", "/forbered/ladda-ner", "/api/brief")
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TooLarge(Exception):
    """An upload over MAX_UPLOAD_BYTES; str() is Swedish."""


def person_url(name: str) -> str:
    return "/person/" + quote(name, safe="")


def bodies(archive: Archive) -> list[str]:
    """The bodies of the archive's documents, as the search's body filter compares them."""
    rows = archive.catalogue.db.execute(
        "SELECT DISTINCT body FROM documents WHERE body IS NOT NULL AND body != '' ORDER BY body")
    return [row[0] for row in rows]


def named_persons(doc: Document, section_text: str) -> list[str]:
    """The document's persons whose full name the § writes (as arkiv.cases.persons_named): never
    the whole attendance list."""
    named = []
    for person in doc.persons:
        if person.name not in named and re.search(rf"(?<!\w){re.escape(person.name)}(?!\w)", section_text):
            named.append(person.name)
    return named


class Links:
    """Addresses of documents and §s by the path and § label the records carry, looked up once."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self._documents: dict[str, tuple[str, Document] | None] = {}

    def _document(self, source: str) -> tuple[str, Document] | None:
        if source not in self._documents:
            state = self.archive.catalogue.file_state(source)
            found = None
            if state and state[0]:
                try:
                    found = (state[0], self.archive.catalogue.document(state[0], source))
                except KeyError:
                    pass
            self._documents[source] = found
        return self._documents[source]

    def document(self, source: str) -> str | None:
        found = self._document(source)
        return f"/dokument/{found[0]}" if found else None

    def section(self, source: str, label: str | None) -> str | None:
        found = self._document(source)
        if not found or not label:
            return None
        for position, section in enumerate(found[1].sections, start=1):
            if section.number == label or (section.number is None and section.title == label):
                return f"/dokument/{found[0]}/avsnitt/{position}"
        return None


def find_person(archive: Archive, name: str) -> dict:
    from arkiv.web.app import NotFound

    try:
        return archive.person(name)
    except ArchiveError as exc:
        raise NotFound(_sentence(str(exc))) from None


def person_view(archive: Archive, name: str) -> dict:
    record = find_person(archive, name)
    links = Links(archive)
    return {
        "person": record,
        "attended": [meeting | {"url": links.document(meeting["source"]),
                                "file_name": os.path.basename(meeting["source"])}
                     for meeting in record["attended"]],
        "named_in": [section | {"url": links.section(section["source"], section["section"] or section["section_title"]),
                                "heading": " ".join(x for x in (section["section"], section["section_title"]) if x),
                                "file_name": os.path.basename(section["source"])}
                     for section in record["named_in"]],
    }


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


# --- the brief ---------------------------------------------------------------------------------


def upload_name(filename: str | None) -> str:
    """The uploaded file's own name (its suffix chooses the reader, its name may carry the date),
    without any folder part and with only plain characters."""
    from arkiv.ingest.readers import SUPPORTED_SUFFIXES
    from arkiv.web.app import InputError

    name = re.split(r"[\\/]", filename or "")[-1]
    name = re.sub(r"[^\w.\- ]", "_", name).strip(" .")[:120]
    suffix = Path(name).suffix.lower()
    if not name or suffix not in SUPPORTED_SUFFIXES:
        raise InputError("Välj kallelsen som en fil i ett format som arkivet läser: "
                         + ", ".join(sorted(SUPPORTED_SUFFIXES)) + ".")
    return name


async def save_upload(upload: UploadFile, folder: str) -> Path:
    """The upload copied into `folder` under its own name; TooLarge past MAX_UPLOAD_BYTES."""
    path = Path(folder) / upload_name(upload.filename)
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(1024 * 1024):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                raise TooLarge(too_large_message())
            out.write(chunk)
    if size == 0:
        from arkiv.web.app import InputError

        raise InputError("Filen är tom. Välj kallelsen till sammanträdet.")
    return path


def too_large_message() -> str:
    return f"Filen är för stor: högst {MAX_UPLOAD_BYTES // (1024 * 1024)} MB tas emot."


def brief_of(archive: Archive, path: Path, per_item: int):
    """The brief for an uploaded kallelse (as `arkiv brief FILE`); its source is the file's name,
    not the temporary path. What is wrong with the file is an InputError, not an archive error."""
    from dataclasses import replace

    from arkiv.brief import agenda, brief
    from arkiv.schema import DocType
    from arkiv.web.app import InputError

    try:
        doc = replace(archive._parse_unstored(path), source=path.name)
    except ArchiveError as exc:
        raise InputError(_sentence(str(exc).replace(str(path), path.name))) from None
    if doc.doc_type != DocType.KALLELSE:
        raise InputError(f"{path.name} är ingen kallelse eller föredragningslista (tolkad som "
                         f"{doc.doc_type}). Välj kallelsen till sammanträdet.")
    if not agenda(doc):
        raise InputError(f"Hittar ingen föredragningslista med numrerade ärenden i {path.name}.")
    return brief(archive, doc, per_item)


def brief_from_record(record: dict):
    """A Brief again from its `as_record()` (the download form carries it back)."""
    from arkiv.brief import AgendaItem, Brief, HistoryEntry
    from arkiv.web.app import InputError

    try:
        meeting = record["meeting"]
        items = [AgendaItem(str(item["number"]), str(item["title"]), item["dnr"],
                            [HistoryEntry(e["date"], e["source"], int(e["page"]), e["section"],
                                          e["section_title"], e["status"],
                                          tuple({"text": str(d["text"]), "status": str(d["status"])}
                                                for d in e["decisions"]),
                                          e["found_by"], e["score"])
                             for e in item["history"]])
                 for item in record["items"]]
        return Brief(meeting["body"], meeting["date"], str(meeting["source"]), items)
    except (KeyError, TypeError, ValueError):
        raise InputError("Underlaget kunde inte läsas; ladda upp kallelsen igen.") from None


def brief_view(archive: Archive, result) -> dict:
    """The brief with an address for each earlier § it lists."""
    links = Links(archive)
    items = []
    for item in result.items:
        entries = [{"entry": entry, "url": links.section(entry.source, entry.section or entry.section_title),
                    "heading": " ".join(x for x in (entry.section, entry.section_title) if x),
                    "file_name": os.path.basename(entry.source)} for entry in item.history]
        items.append({"item": item, "entries": entries})
    return {"brief": result, "items": items,
            "record": json.dumps(result.as_record(), ensure_ascii=False)}


def download(result, kind: str) -> Response:
    """The brief as a .docx or .md attachment, personnummer masked like every page."""
    from arkiv.swedish.personnummer import mask_value

    result = mask_value(result)
    stem = re.sub(r"[^\w-]+", "-", f"underlag-{result.date or 'odaterat'}").strip("-")
    if kind == "docx":
        with tempfile.TemporaryDirectory(prefix="arkiv-underlag-") as folder:
            path = Path(folder) / f"{stem}.docx"
            result.write_docx(path)
            data = path.read_bytes()
        return Response(data, media_type=_DOCX,
                        headers={"Content-Disposition": f'attachment; filename="{stem}.docx"'})
    return Response(result.markdown() + "\n", media_type="text/markdown; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{stem}.md"'})


def _per_item(value: str | int | None) -> int:
    from arkiv.web.app import InputError

    try:
        number = int(value) if value not in (None, "") else 5
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_PER_ITEM:
        raise InputError(f"Antalet tidigare paragrafer per ärende ska vara mellan 1 och {MAX_PER_ITEM}.")
    return number


def _check_length(request: Request, limit: int = MAX_UPLOAD_BYTES) -> None:
    """Refuse a body that says it is too large before reading it."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + 64 * 1024:  # room for the form's other parts
        raise TooLarge(too_large_message())


# --- routes ------------------------------------------------------------------------------------


def add_routes(app: FastAPI, readers, page: Callable[..., HTMLResponse],
               error_page: Callable[..., HTMLResponse]) -> None:
    """Persons and "Förbered sammanträde" on the app, pages and API."""

    @app.middleware("http")
    async def upload_limit(request: Request, call_next):
        # Before the form is read: FastAPI reads a request's whole body before the route runs.
        if request.method == "POST" and request.url.path in UPLOAD_PATHS:
            try:
                _check_length(request)
            except TooLarge as exc:
                return await too_large(request, exc)
        return await call_next(request)

    @app.exception_handler(TooLarge)
    async def too_large(request: Request, exc: TooLarge):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"fel": str(exc)}, status_code=413)
        return error_page(request, 413, "Filen är för stor", str(exc))

    async def brief_from_upload(request: Request, upload: UploadFile, per_item: int):
        _check_length(request)
        with tempfile.TemporaryDirectory(prefix="arkiv-kallelse-") as folder:
            path = await save_upload(upload, folder)
            result, _ = await readers.search(lambda archive: brief_of(archive, path, per_item))
        return result

    @app.get("/personer", response_class=HTMLResponse)
    async def persons_page(request: Request):
        people = await readers.read(lambda archive: archive.persons())
        return page(request, "persons.html", {"people": people})

    @app.get("/person/{name}", response_class=HTMLResponse)
    async def person_page(request: Request, name: str):
        view = await readers.read(lambda archive: person_view(archive, name))
        return page(request, "person.html", view)

    @app.get("/forbered", response_class=HTMLResponse)
    async def prepare_page(request: Request):
        return page(request, "prepare.html", {"error": None, "max_mb": MAX_UPLOAD_BYTES // (1024 * 1024)})

    @app.post("/forbered", response_class=HTMLResponse)
    async def prepare(request: Request, file: UploadFile = File(...), n: str = Form("5")):
        from arkiv.web.app import InputError

        context = {"error": None, "max_mb": MAX_UPLOAD_BYTES // (1024 * 1024)}
        try:
            result = await brief_from_upload(request, file, _per_item(n))
        except (InputError, ArchiveError) as exc:
            context["error"] = _sentence(str(exc))
            return page(request, "prepare.html", context, 400)
        view = await readers.read(lambda archive: brief_view(archive, result))
        return page(request, "brief.html", view)

    @app.post("/forbered/ladda-ner")
    async def prepare_download(request: Request, underlag: str = Form(...), format: str = Form("docx")):
        from arkiv.web.app import InputError

        _check_length(request, MAX_BRIEF_RECORD)
        if format not in ("docx", "md"):
            raise InputError("Välj Word (docx) eller Markdown (md).")
        try:
            record = json.loads(underlag)
        except ValueError:
            raise InputError("Underlaget kunde inte läsas; ladda upp kallelsen igen.") from None
        return download(brief_from_record(record), format)

    # --- JSON API ------------------------------------------------------------------------------

    @app.get("/api/persons")
    async def api_persons():
        """The records of `arkiv persons --json`."""
        return await readers.read(lambda archive: archive.persons())

    @app.get("/api/persons/{name}")
    async def api_person(name: str):
        """The record of `arkiv persons NAME --json`."""
        return await readers.read(lambda archive: find_person(archive, name))

    @app.post("/api/brief")
    async def api_brief(request: Request, file: UploadFile = File(...), limit: int = 5):
        """The record of `arkiv brief FILE --json` for an uploaded kallelse (multipart field
        `file`); meeting.source is the uploaded file's name."""
        result = await brief_from_upload(request, file, _per_item(limit))
        return result.as_record()
