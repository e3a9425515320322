"""The web front end: Swedish pages for search, a § in its document and a document, the originals
the catalogue lists, and a JSON API under /api/ that returns the same records as the CLI's --json.

Everything goes through `arkiv.Archive`, read-only: the web never writes to the archive.
"""

from __future__ import annotations

import mimetypes
import os
import re
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from arkiv.archive import Archive, ArchiveError
from arkiv.schema import Case, DecisionStatus, Document, Hit, normalise_dnr
from arkiv.search.chunks import ChunkKind
from arkiv.swedish.personnummer import mask, mask_value
from arkiv.web import security
from arkiv.web.office import add_routes, bodies, named_persons, person_url
from arkiv.web.readers import Readers
from arkiv.web.security import MaskedJSONResponse as JSONResponse  # every JSON answer is masked

HERE = Path(__file__).resolve().parent
PER_PAGE = 10
MAX_PAGES = 50  # a search page asks the engine for this many pages' worth of hits at most
MAX_LIMIT = 100  # /api/search
MAX_OFFSET = 1000  # /api/search: deeper than any reader pages
MAX_QUERY = 300  # characters of a search question
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DNR_LABEL = re.compile(r"^(dnr|diarienr|diarienummer)[\s.:]*", re.I)
# Formats read as text: served as text/plain so that a browser shows them instead of downloading.
_TEXT_SUFFIXES = {".txt", ".md", ".tex", ".org", ".typ", ".rst"}

KIND_LABELS = {"beslut": "Beslut", "paragraf": "Paragraf", "rubrik": "Rubrik", "text": "Text"}


class InputError(ValueError):
    """A search field the user must correct; str() is Swedish."""


class NotFound(Exception):
    """Something the archive does not hold; str() is Swedish."""


class Withheld(Exception):
    """Something the web does not show (an original with personnummer); str() is Swedish."""


@dataclass(frozen=True)
class SearchForm:
    """The search as the URL carries it (so that a search can be bookmarked)."""

    q: str = ""
    date_from: str = ""
    date_to: str = ""
    body: str = ""
    kind: str = ""
    status: str = ""
    person: str = ""
    dnr: str = ""

    @classmethod
    def from_request(cls, request: Request) -> SearchForm:
        params = request.query_params
        return cls(q=params.get("q", "").strip(), date_from=params.get("from", "").strip(),
                   date_to=params.get("to", "").strip(), body=params.get("body", "").strip(),
                   kind=params.get("kind", "").strip(), status=params.get("status", "").strip(),
                   person=params.get("person", "").strip(), dnr=params.get("dnr", "").strip())

    def params(self) -> dict[str, str]:
        named = {"q": self.q, "from": self.date_from, "to": self.date_to, "body": self.body,
                 "kind": self.kind, "status": self.status, "person": self.person, "dnr": self.dnr}
        return {key: value for key, value in named.items() if value}

    @property
    def has_filters(self) -> bool:
        return len(self.params()) > (1 if self.q else 0)

    def filters(self):
        """The engine's Filters, checked like the CLI checks its options."""
        from arkiv.search.engine import Filters

        if len(self.q) > MAX_QUERY or any(len(value) > MAX_QUERY for value in self.params().values()):
            raise InputError(f"Frågan och filtren får vara högst {MAX_QUERY} tecken var.")
        if "\x00" in "".join(self.params().values()):
            raise InputError("Frågan innehåller ett otillåtet tecken.")
        if not re.search(r"\w", self.q):
            raise InputError("Skriv några ord, ett Dnr (t.ex. KS 2024/12) eller en § i sökrutan.")
        start = _date_bound(self.date_from, first=True, label="Från")
        end = _date_bound(self.date_to, first=False, label="Till")
        if start and end and start > end:
            raise InputError(f"Från-datumet ({self.date_from}) är senare än till-datumet ({self.date_to}).")
        if self.kind and self.kind not in ChunkKind.ALL:
            raise InputError(f"Typ ska vara en av: {', '.join(ChunkKind.ALL)}.")
        if self.status and self.status not in tuple(DecisionStatus):
            raise InputError(f"Status ska vara en av: {', '.join(DecisionStatus)}.")
        return Filters(date_from=start, date_to=end, dnr=self.dnr or None, person=self.person or None,
                       body=self.body or None, kind=self.kind or None, status=self.status or None)


def _date_bound(value: str, first: bool, label: str) -> str | None:
    """YYYY or YYYY-MM-DD, as `arkiv search --from/--to` take them."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01" if first else f"{value}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise InputError(f"{label}-datumet {value} finns inte (månad 01–12, en dag som månaden har).") from None
    raise InputError(f"{label}-datumet '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ.")


def _snippet_parts(hit: Hit) -> list[tuple[str, bool]]:
    """The snippet as (text, highlighted) runs; the template escapes the text and marks the runs."""
    parts, at = [], 0
    for start, end in sorted(hit.highlights):
        if start < at:
            continue
        if start > at:
            parts.append((hit.snippet[at:start], False))
        parts.append((hit.snippet[start:end], True))
        at = end
    if at < len(hit.snippet):
        parts.append((hit.snippet[at:], False))
    return parts


def _section_position(doc: Document, label: str | None) -> int | None:
    """The 1-based position of the section a hit names ("§ 31", or an unnumbered heading)."""
    if not label:
        return None
    for position, section in enumerate(doc.sections, start=1):
        if section.number == label or (section.number is None and section.title == label):
            return position
    return None


def _original_url(sha256: str, source: str, page: int | None) -> str:
    url = f"/original/{sha256}"
    return f"{url}#page={page}" if page and source.lower().endswith(".pdf") else url


def _hit_view(hit: Hit, positions: dict[tuple[str, str | None], tuple[int | None, list[str]]]) -> dict:
    hit = mask_value(hit)  # before the snippet is split into highlighted runs
    position, persons = positions.get((hit.sha256, hit.section), (None, []))
    return {
        "hit": hit,
        "kind_label": KIND_LABELS.get(hit.kind, hit.kind),
        "dnr": [_DNR_LABEL.sub("", ref) for ref in hit.dnr],
        "dnr_links": [(_DNR_LABEL.sub("", ref), f"/arende/{normalise_dnr(ref)}" if hit.case_state else None)
                      for ref in hit.dnr],
        "snippet": _snippet_parts(hit),
        "file_name": os.path.basename(hit.source),
        "section_url": f"/dokument/{hit.sha256}/avsnitt/{position}" if position else None,
        "document_url": f"/dokument/{hit.sha256}",
        "original_url": _original_url(hit.sha256, hit.source, hit.page),
        "persons": [(name, person_url(name)) for name in persons],
    }


def _search_hits(archive: Archive, text: str, limit: int, filters) -> tuple[list[Hit], dict]:
    """Hits plus where each hit's § is in its document and the persons it names (for links),
    read on the search thread."""
    hits = archive.search(text, limit=limit, filters=filters)
    positions: dict[tuple[str, str | None], tuple[int | None, list[str]]] = {}
    documents: dict[str, Document] = {}
    for hit in hits:
        if (hit.sha256, hit.section) in positions or not hit.sha256:
            continue
        if hit.sha256 not in documents:
            documents[hit.sha256] = archive.catalogue.document(hit.sha256, hit.source)
        doc = documents[hit.sha256]
        position = _section_position(doc, hit.section)
        section = doc.sections[position - 1] if position else None
        positions[hit.sha256, hit.section] = (
            position, named_persons(doc, f"{section.title}\n{section.text}") if section else [])
    return hits, positions


def _find_case(archive: Archive, key: str) -> Case:
    """The case with this normalised key (Case.key), else what `Archive.case` finds for it."""
    exact = archive.catalogue.cases("key = ?", (key,))
    if len(exact) == 1:
        return exact[0]
    try:
        return archive.case(key)
    except ArchiveError as exc:
        raise NotFound(f"Ärendet finns inte i arkivet: {exc}.") from None


def _case_view(archive: Archive, case: Case) -> dict:
    """The case with, for each event, the address of its § page (when the § is still stored)."""
    from arkiv.cases import STATE_TEXT

    documents: dict[str, tuple[str, Document] | None] = {}
    events = []
    for event in case.events:
        if event.source not in documents:
            state = archive.catalogue.file_state(event.source)
            try:
                documents[event.source] = (state[0], archive.catalogue.document(state[0], event.source)) \
                    if state and state[0] else None
            except KeyError:
                documents[event.source] = None
        found = documents[event.source]
        position = None
        if found:
            position = _section_position(found[1], event.section or event.section_title)
        events.append({
            "event": event,
            "heading": " ".join(x for x in (event.section, event.section_title) if x),
            "section_url": f"/dokument/{found[0]}/avsnitt/{position}" if found and position else None,
            "file_name": os.path.basename(event.source),
            "original_url": _original_url(found[0], event.source, event.page) if found else None,
        })
    last = case.events[-1] if case.events else None
    where = f" ({last.date or 'odaterat'}, {last.section or last.section_title})" if last else ""
    return {"case": case, "events": events,
            "state_line": STATE_TEXT.get(case.state, case.state) + where + "."}


def _case_keys(archive: Archive) -> set[str]:
    return {row[1] for row in archive.catalogue.case_index()}


def _load_document(archive: Archive, sha256: str) -> tuple[Document, list[str]]:
    if not _SHA256.fullmatch(sha256):
        raise NotFound("Dokumentet finns inte i arkivet.")
    paths = archive.catalogue.paths_of(sha256)
    if not paths:
        raise NotFound("Dokumentet finns inte i arkivet (det kan ha lästs in på nytt med ändrat innehåll).")
    try:
        return archive.catalogue.document(sha256, paths[0]), paths
    except KeyError:
        raise NotFound("Dokumentet finns inte i arkivet.") from None


def _original_path(archive: Archive, sha256: str, originals: security.Originals) -> Path:
    """The first file on disk that the catalogue lists for this content and that still holds
    it (not edited, not swapped for a link elsewhere); nothing else is served."""
    if not _SHA256.fullmatch(sha256):
        raise NotFound("Originalfilen finns inte i arkivet.")
    paths = archive.catalogue.paths_of(sha256)
    if not paths:
        raise NotFound("Originalfilen finns inte i arkivet.")
    for path in paths:
        if os.path.isfile(path) and originals.holds(path, sha256):
            return Path(path)
    raise NotFound("Originalfilen finns inte längre på sin plats, eller har ändrats sedan den lästes in.")


def _original(archive: Archive, sha256: str, originals: security.Originals) -> tuple[Path, str | None]:
    """The original's path, and for a text file its text with personnummer masked. A PDF (or
    other binary) that holds personnummer cannot be masked, so it is withheld."""
    path = _original_path(archive, sha256, originals)
    if path.suffix.lower() in _TEXT_SUFFIXES:
        data = path.read_bytes()
        try:
            return path, data.decode("utf-8")
        except UnicodeDecodeError:
            return path, data.decode("cp1252", errors="replace")
    if archive.has_personnummer(sha256):
        raise Withheld("Originalet innehåller personnummer och visas därför inte här; texten "
                       "finns på dokumentets sida med personnumren dolda.")
    return path, None


def _original_response(path: Path, text: str | None) -> Response:
    if text is not None:
        # An original is the archive's content, not the app's: a text shown as text/plain (the
        # readers' UTF-8 or cp1252, sent as UTF-8) in a sandbox, with personnummer masked.
        return Response(mask(text).encode("utf-8"), media_type="text/plain; charset=utf-8",
                        headers={"Content-Security-Policy": "sandbox",
                                 "Content-Disposition": f"inline; filename*=utf-8''{quote(path.name)}"})
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    # One that a browser could run (an HTML file, say) gets no access to the pages. PDFs are left
    # out, since browsers refuse to show a sandboxed PDF.
    headers = {} if media_type == "application/pdf" else {"Content-Security-Policy": "sandbox"}
    return FileResponse(path, media_type=media_type, filename=path.name,
                        content_disposition_type="inline", headers=headers)


def create_app(home: Path | str | None = None, chroma_url: str | None = None,
               model: str | None = None, token: str | None = None,
               max_body: int = security.MAX_BODY, answer_seconds: float = security.ANSWER_SECONDS) -> FastAPI:
    """The web app for the archive at `home` (default: ARKIV_HOME or the user data directory).

    With a `token`, every request must carry it (see arkiv.web.security); `max_body` bytes and
    `answer_seconds` limit each request."""
    readers = Readers(home, chroma_url=chroma_url, model=model)
    originals = security.Originals()
    attempts = security.KeyAttempts()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        readers.close()

    # No /docs or /redoc: they load Swagger from a CDN, which fails on an office network without
    # internet. /api/docs serves Swagger UI from local files instead (security.add_api_docs).
    app = FastAPI(title="arkiv", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  lifespan=lifespan, default_response_class=JSONResponse)
    if token:
        app.add_middleware(security.TokenGate, token=token, attempts=attempts)
    app.add_middleware(security.Limits, max_body=max_body, seconds=answer_seconds)

    @app.middleware("http")
    async def safety_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        path = request.url.path
        is_original = path.startswith("/original/") or (path.startswith("/api/documents/") and path.endswith("/file"))
        if not is_original:  # a browser's PDF viewer needs its own
            response.headers.setdefault("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        return response

    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html
    templates.env.finalize = security.mask_for_template  # every printed value, on every page
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    security.add_login(app, templates, token, attempts)
    security.add_api_docs(app)

    def page(request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context, status_code=status_code)

    def error_page(request: Request, status_code: int, title: str, message: str) -> HTMLResponse:
        return page(request, "error.html", {"title": title, "message": message}, status_code)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error_answer(request: Request, status_code: int, title: str, message: str):
        """The error as JSON under /api/, as a Swedish page elsewhere."""
        if wants_json(request):
            return JSONResponse({"fel": message}, status_code=status_code)
        return error_page(request, status_code, title, message)

    @app.exception_handler(ArchiveError)
    async def archive_error(request: Request, exc: ArchiveError):
        return error_answer(request, 503, "Arkivet kan inte läsas", str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error_answer(request, 404, "Finns inte", str(exc))

    @app.exception_handler(Withheld)
    async def withheld(request: Request, exc: Withheld):
        return error_answer(request, 403, "Visas inte", str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        message = "Ett oväntat fel inträffade i servern; försök igen eller kontakta den som driver arkivet."
        return error_answer(request, 500, "Något gick fel", message)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return JSONResponse({"fel": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        if not wants_json(request):  # a page address with a malformed part, e.g. /avsnitt/x
            return error_page(request, 404, "Sidan finns inte", "Adressen leder inte till någon sida i arkivet.")
        names = sorted({str(error["loc"][-1]) for error in exc.errors()})
        return JSONResponse({"fel": f"ogiltigt värde för {', '.join(names)}"}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = ("Adressen leder inte till någon sida i arkivet." if exc.status_code == 404
                   else f"Servern kan inte svara på den här begäran (HTTP {exc.status_code}).")
        if wants_json(request):
            return JSONResponse({"fel": message}, status_code=exc.status_code, headers=exc.headers)
        title = "Sidan finns inte" if exc.status_code == 404 else "Något gick fel"
        return error_page(request, exc.status_code, title, message + " Börja om från sökningen.")

    # --- pages ---------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    async def search_page(request: Request):
        form = SearchForm.from_request(request)
        try:
            number = max(1, int(request.query_params.get("sida", "1")))
        except ValueError:
            number = 1
        number = min(number, MAX_PAGES)
        context = {"form": form, "kinds": ChunkKind.ALL, "statuses": [str(s) for s in DecisionStatus],
                   "hits": [], "error": None, "notes": [], "page_number": number,
                   "previous_url": None, "next_url": None, "counts": None}
        context["bodies"] = await readers.read(bodies)
        if not form.q and not form.has_filters:
            context["counts"] = await readers.read(lambda archive: archive.catalogue.counts())
            return page(request, "search.html", context)
        try:
            filters = form.filters()
        except InputError as exc:
            context["error"] = str(exc)
            return page(request, "search.html", context, 400)
        wanted = number * PER_PAGE + 1  # one more than shown: is there a next page?
        (hits, positions), notes = await readers.search(
            lambda archive: _search_hits(archive, form.q, wanted, filters))
        shown = hits[(number - 1) * PER_PAGE: number * PER_PAGE]
        params = form.params()
        if number > 1:
            context["previous_url"] = "/?" + urlencode(params | ({"sida": number - 1} if number > 2 else {}))
        if len(hits) > number * PER_PAGE and number < MAX_PAGES:
            context["next_url"] = "/?" + urlencode(params | {"sida": number + 1})
        context.update(hits=[_hit_view(hit, positions) for hit in shown], notes=notes,
                       first_rank=(number - 1) * PER_PAGE + 1)
        return page(request, "search.html", context)

    @app.get("/dokument/{sha256}", response_class=HTMLResponse)
    async def document_page(request: Request, sha256: str):
        doc, paths = await readers.read(lambda archive: _load_document(archive, sha256))
        return page(request, "document.html", {
            "doc": doc, "paths": paths, "original_url": _original_url(sha256, paths[0], None),
            "decisions": sum(len(s.decisions) for s in doc.sections),
        })

    @app.get("/dokument/{sha256}/avsnitt/{position}", response_class=HTMLResponse)
    async def section_page(request: Request, sha256: str, position: int):
        doc, paths = await readers.read(lambda archive: _load_document(archive, sha256))
        if not 1 <= position <= len(doc.sections):
            raise NotFound(f"Dokumentet har {len(doc.sections)} avsnitt; avsnitt {position} finns inte.")
        section = doc.sections[position - 1]
        paragraphs = [p for p in doc.paragraphs if section.number and p.section == section.number]

        def neighbour(at: int):
            if not 1 <= at <= len(doc.sections):
                return None
            other = doc.sections[at - 1]
            return {"url": f"/dokument/{sha256}/avsnitt/{at}",
                    "label": " ".join(x for x in (other.number, other.title) if x)}

        keys = await readers.read(_case_keys)
        return page(request, "section.html", {
            "doc": doc, "section": section, "position": position, "paragraphs": paragraphs,
            "previous": neighbour(position - 1), "next": neighbour(position + 1),
            "dnr": [_DNR_LABEL.sub("", ref.text) for ref in section.dnr],
            "dnr_links": [(_DNR_LABEL.sub("", ref.text), f"/arende/{ref.key}" if ref.key in keys else None)
                          for ref in section.dnr],
            "original_url": _original_url(sha256, paths[0], section.page),
            "persons": [(name, person_url(name)) for name in named_persons(doc, f"{section.title}\n{section.text}")],
        })

    @app.get("/arende/{key}", response_class=HTMLResponse)
    async def case_page(request: Request, key: str):
        view = await readers.read(lambda archive: _case_view(archive, _find_case(archive, key)))
        return page(request, "case.html", view)

    @app.get("/arenden/oppna", response_class=HTMLResponse)
    async def open_cases_page(request: Request):
        cases = await readers.read(lambda archive: archive.open_cases())
        return page(request, "open_cases.html", {"cases": cases})

    @app.api_route("/original/{sha256}", methods=["GET", "HEAD"], include_in_schema=False)
    async def original(sha256: str):
        return _original_response(*await readers.read(lambda archive: _original(archive, sha256, originals)))

    add_routes(app, readers, page, error_page)  # persons, "Förbered sammanträde" (arkiv.web.office)

    # --- JSON API ------------------------------------------------------------------------------

    @app.get("/api/search")
    async def api_search(request: Request, limit: int = 10, offset: int = 0, n: int | None = None):
        """The records of `arkiv search --json` for the same query and filters (`n`: as `-n`, the
        same as `limit`)."""
        limit = limit if n is None else n
        if not 1 <= limit <= MAX_LIMIT:
            raise InputError(f"limit ska vara mellan 1 och {MAX_LIMIT}")
        if not 0 <= offset <= MAX_OFFSET:
            raise InputError(f"offset ska vara mellan 0 och {MAX_OFFSET}")
        form = SearchForm.from_request(request)
        filters = form.filters()
        hits, _ = await readers.search(
            lambda archive: archive.search(form.q, limit=offset + limit, filters=filters))
        return [hit.as_record() for hit in hits[offset:]]

    @app.get("/api/documents/{sha256}")
    async def api_document(sha256: str):
        """The record of `arkiv export` for one document."""
        doc, paths = await readers.read(lambda archive: _load_document(archive, sha256))
        return doc.export_record() | {"paths": paths}

    @app.api_route("/api/documents/{sha256}/file", methods=["GET", "HEAD"])
    async def api_document_file(sha256: str):
        """The original file of a document in the archive (text files with personnummer masked)."""
        return _original_response(*await readers.read(lambda archive: _original(archive, sha256, originals)))

    @app.get("/api/cases/{key}")
    async def api_case(key: str):
        """The record of `arkiv dnr KEY --json`."""
        case = await readers.read(lambda archive: _find_case(archive, key))
        return case.as_record()

    @app.get("/api/cases")
    async def api_cases(request: Request):
        """The records of `arkiv dnr --json`, or with open=1 those of `arkiv dnr --open --json`."""
        open_only = request.query_params.get("open", "") not in ("", "0")
        cases = await readers.read(lambda archive: archive.cases(open_only=open_only))
        return [case.as_record(events=False) for case in cases]

    @app.get("/api/status")
    async def api_status():
        """The record of `arkiv status --json`."""
        info, _ = await readers.search(lambda archive: archive.status())
        return info

    return app
