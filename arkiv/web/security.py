"""What makes `arkiv serve` safe on an office network, kept apart from the pages:

- personnummer masked in every page (the Jinja2 environment's `finalize`) and every JSON answer
  (`MaskedJSONResponse`, the app's default response class), so new pages and endpoints are covered;
- a token: with one, every request needs it (`Authorization: Bearer …` or the login form's
  HttpOnly SameSite=Strict cookie), compared in constant time;
- limits: request body size, URL length and the time until an answer starts, and a pause for an
  address that gives a wrong key too often (`KeyAttempts`);
- originals served only when the file on disk still has the content the catalogue lists.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import os
import threading
import time
from collections import deque
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException

from arkiv.ingest.pipeline import sha256_of
from arkiv.swedish.personnummer import mask_value

COOKIE = "arkiv_inloggning"
LOGIN_PATH = "/logga-in"
LOGOUT_PATH = "/logga-ut"
PUBLIC_PREFIXES = ("/static/",)  # the login page's style sheet
MIN_TOKEN_LENGTH = 16
MAX_BODY = 25 * 1024 * 1024  # bytes; a scanned kallelse fits, a disk image does not
MAX_LOGIN_BODY = 4096
MAX_URL = 2048  # characters of path plus query
ANSWER_SECONDS = 60.0  # until an answer starts (a file then streams at its own pace)
MAX_WRONG_KEYS = 10  # per address within WRONG_KEY_WINDOW seconds; then it must wait
WRONG_KEY_WINDOW = 300.0


class MaskedJSONResponse(JSONResponse):
    """JSON with every string's personnummer masked ("YYMMDD-XXXX")."""

    def render(self, content) -> bytes:
        return super().render(mask_value(content))


def mask_for_template(value):
    """Jinja2 `finalize`: every value a template prints is masked before it is escaped."""
    return mask_value(value) if isinstance(value, str) else value


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_problem(token: str) -> str | None:
    """Why a token cannot be used (Swedish), or None."""
    if len(token) < MIN_TOKEN_LENGTH:
        return f"nyckeln är för kort ({len(token)} tecken); använd minst {MIN_TOKEN_LENGTH}, eller --token auto"
    if not token.isprintable() or " " in token:
        return "nyckeln får bara innehålla synliga tecken utan mellanslag"
    return None


def cookie_value(token: str) -> str:
    """What the login cookie holds: derived from the token, so the cookie never reveals it."""
    return hmac.new(token.encode(), b"arkiv-inloggning", hashlib.sha256).hexdigest()


def _json(status: int, message: str, headers: dict | None = None):
    body = json.dumps({"fel": message}, ensure_ascii=False).encode()
    return status, [(b"content-type", b"application/json")] + [
        (k.encode(), v.encode()) for k, v in (headers or {}).items()], body


async def _send(send, status: int, headers: list, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": headers + [(b"content-length", str(len(body)).encode()),
                                      (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": body})


class Limits:
    """ASGI middleware: refuses long URLs (414) and large bodies (413), and answers 503 when no
    answer has started within `seconds` (the work on a worker thread finishes in the background)."""

    def __init__(self, app, max_body: int = MAX_BODY, seconds: float = ANSWER_SECONDS):
        self.app, self.max_body, self.seconds = app, max_body, seconds

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > MAX_URL:
            return await _send(send, *_json(414, f"adressen är för lång (högst {MAX_URL} tecken)"))
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _send(send, *_json(413, f"begäran är för stor (högst {self.max_body // 2**20} MB)"))
        received = 0

        async def limited_receive():  # a body sent without Content-Length (chunked)
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise _TooLarge
            return message

        started = asyncio.Event()

        async def watched_send(message):
            if message["type"] == "http.response.start":
                started.set()
            await send(message)

        task = asyncio.ensure_future(self.app(scope, limited_receive, watched_send))
        waiter = asyncio.ensure_future(started.wait())
        try:
            await asyncio.wait({task, waiter}, timeout=self.seconds, return_when=asyncio.FIRST_COMPLETED)
            if not started.is_set() and not task.done():
                task.cancel()
                return await _send(send, *_json(503, "svaret tog för lång tid; försök igen, gärna med en "
                                                     "snävare sökning"))
            try:
                await task
            except _TooLarge:
                if not started.is_set():
                    await _send(send, *_json(413, f"begäran är för stor (högst {self.max_body // 2**20} MB)"))
        finally:
            waiter.cancel()


class _TooLarge(HTTPException):
    """A body that grew past the limit while it was read: the app answers 413 like any HTTP error."""

    def __init__(self):
        super().__init__(413)


class KeyAttempts:
    """Wrong keys per client address. After `limit` wrong keys within `window` seconds the address
    must wait until the oldest of them is older than the window, whatever key it sends meanwhile:
    otherwise the answer to the right key would still tell a guesser when to stop."""

    def __init__(self, limit: int = MAX_WRONG_KEYS, window: float = WRONG_KEY_WINDOW):
        self.limit, self.window = limit, window
        self.wrong: dict[str, deque] = {}
        self.lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque:
        times = self.wrong.setdefault(address, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def seconds_to_wait(self, address: str) -> int:
        now = time.monotonic()
        with self.lock:
            times = self._recent(address, now)
            if len(times) < self.limit:
                return 0
            return int(times[0] + self.window - now) + 1

    def record_wrong(self, address: str) -> None:
        now = time.monotonic()
        with self.lock:
            if len(self.wrong) > 10_000:  # many addresses: forget those with nothing recent
                self.wrong = {a: t for a, t in self.wrong.items() if t and t[-1] > now - self.window}
            self._recent(address, now).append(now)


def client_address(scope) -> str:
    return (scope.get("client") or ("?",))[0]


def wait_message(seconds: int) -> str:
    return f"för många felaktiga nycklar från din adress; vänta {seconds} sekunder och försök igen"


class TokenGate:
    """ASGI middleware: with a token, every request but the login page and static files must
    carry it (header or login cookie); pages without it go to the login form, /api/ gets 401.
    An address that sent too many wrong keys gets 429 until it has waited (`KeyAttempts`)."""

    def __init__(self, app, token: str, attempts: KeyAttempts):
        self.app = app
        self.token = token.encode()
        self.cookie = cookie_value(token).encode()
        self.attempts = attempts

    def check(self, scope) -> bool | None:
        """True for the right key, False for a wrong one, None when the request carries none."""
        headers = dict(scope["headers"])
        auth = headers.get(b"authorization", b"")
        given = None
        if auth[:7].lower() == b"bearer ":
            if hmac.compare_digest(auth[7:].strip(), self.token):
                return True
            given = False
        for part in headers.get(b"cookie", b"").split(b";"):
            name, _, value = part.strip().partition(b"=")
            if name == COOKIE.encode():
                if hmac.compare_digest(value, self.cookie):
                    return True
                given = False
        return given

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        if path in (LOGIN_PATH, LOGOUT_PATH) or path.startswith(PUBLIC_PREFIXES):
            return await self.app(scope, receive, send)
        address = client_address(scope)
        if wait := self.attempts.seconds_to_wait(address):
            return await _send(send, *_json(429, wait_message(wait), {"retry-after": str(wait)}))
        verdict = self.check(scope)
        if verdict:
            return await self.app(scope, receive, send)
        if verdict is False:
            self.attempts.record_wrong(address)
        if path.startswith("/api/"):
            return await _send(send, *_json(401, "nyckel saknas eller är fel; skicka 'Authorization: "
                                                 "Bearer NYCKEL' eller logga in på /logga-in",
                                            {"www-authenticate": "Bearer"}))
        query = scope.get("query_string", b"").decode("latin-1")
        wanted = path + ("?" + query if query else "")
        location = LOGIN_PATH + "?" + urlencode({"till": wanted})
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode()), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


def safe_return(target: str) -> str:
    """Where to go after logging in: a path on this server only (no "//host", no scheme)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target or "\n" in target:
        return "/"
    return target


def add_login(app, templates, token: str | None, attempts: KeyAttempts) -> None:
    """The login form (Swedish) and logout; without a token there is nothing to log in to."""
    expected = token.encode() if token else b""

    def login_page(request: Request, target: str, error: str | None, status: int = 200):
        return templates.TemplateResponse(request, "login.html", {"target": target, "error": error},
                                          status_code=status)

    @app.get(LOGIN_PATH, response_class=HTMLResponse, include_in_schema=False)
    async def login_form(request: Request):
        if not token:
            return RedirectResponse("/", status_code=303)
        return login_page(request, safe_return(request.query_params.get("till", "/")), None)

    @app.post(LOGIN_PATH, response_class=HTMLResponse, include_in_schema=False)
    async def login(request: Request):
        if not token:
            return RedirectResponse("/", status_code=303)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_LOGIN_BODY:
                return login_page(request, "/", "Formuläret är för stort.", 413)
        fields = parse_qs(body.decode("utf-8", errors="replace"))
        given = (fields.get("nyckel") or [""])[0].strip().encode()
        target = safe_return((fields.get("till") or ["/"])[0])
        address = client_address(request.scope)
        if wait := attempts.seconds_to_wait(address):
            response = login_page(request, target, wait_message(wait).capitalize() + ".", 429)
            response.headers["Retry-After"] = str(wait)
            return response
        if not hmac.compare_digest(given, expected):
            attempts.record_wrong(address)
            return login_page(request, target, "Nyckeln stämmer inte. Fråga den som startade arkivet.", 401)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, cookie_value(token), httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")
        return response

    @app.post(LOGOUT_PATH, include_in_schema=False)
    async def logout():
        response = RedirectResponse(LOGIN_PATH if token else "/", status_code=303)
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
        return response


def add_api_docs(app) -> None:
    """OpenAPI docs at /api/docs from the Swagger UI files of the `swagger-ui-bundle` package (no
    internet) and a start script of our own (no inline script under the CSP)."""
    from fastapi.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/api/docs/filer", StaticFiles(directory=swagger_ui_path), name="swagger")
    page = """<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>arkiv – API-dokumentation</title>
<link rel="stylesheet" href="/api/docs/filer/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"></main>
<script src="/api/docs/filer/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script>
</body>
</html>
"""

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs():
        # Swagger UI draws its icons from data: URLs; no script or style comes from elsewhere.
        return HTMLResponse(page, headers={
            "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"})


class Originals:
    """The original of a document, only while the file at its catalogue path still has the
    document's content: a file swapped for a link to something else (or edited) is not served.
    Hashes are remembered per (path, inode, size, mtime), so a PDF viewer's range requests do not
    read the whole file each time."""

    def __init__(self, size: int = 256):
        self._known: dict[tuple, str] = {}
        self._size = size
        self._lock = threading.Lock()

    def holds(self, path: str, sha256: str) -> bool:
        try:
            info = os.stat(path)
        except OSError:
            return False
        key = (path, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
        with self._lock:
            known = self._known.get(key)
        if known is None:
            known = sha256_of(Path(path))
            with self._lock:
                if len(self._known) >= self._size:
                    self._known.clear()
                self._known[key] = known
        return hmac.compare_digest(known, sha256)

