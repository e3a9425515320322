"""`arkiv serve` (issue 14): the pages and the JSON API through Starlette's TestClient, against a
real archive, corpus/ built once per session (conftest) with the tiny test model."""

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from arkiv import Archive
from arkiv.cli import app as cli_app
from arkiv.web import create_app

from .conftest import CORPUS, ROOT, cli_json


@pytest.fixture(scope="module")
def documents(corpus_home) -> dict[str, dict]:
    """The export records by file name."""
    with Archive(corpus_home) as archive:
        return {Path(r["source"]).name: r for r in archive.export()}


def hit_blocks(html: str) -> list[str]:
    return re.findall(r'<li class="hit">(.*?)</li>', html, re.S)


def test_search_page_shows_hits_like_the_terminal(corpus_client):
    page = corpus_client.get("/", params={"q": "eget kapital"})
    assert page.status_code == 200
    assert '<html lang="sv">' in page.text
    hits = hit_blocks(page.text)
    assert hits
    assert any("<mark>kapital" in hit or "<mark>kapitalet" in hit for hit in hits)
    first = hits[0]
    assert re.search(r"\d{4}-\d{2}-\d{2}", first)  # date
    assert "Samordningsförbund" in first  # body
    assert re.search(r"_protokoll\.(pdf|txt)</a>, sidan \d+", first) or "minnesanteckningar" in first
    assert "Öppna originalet" in first
    assert 'href="/original/' in first


def test_every_field_has_a_label(corpus_client):
    page = corpus_client.get("/", params={"q": "budget"}).text
    ids = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', page)
    assert set(ids) >= {"q", "from", "to", "body", "person", "dnr", "kind", "status"}
    for field in ids:
        assert f'<label for="{field}">' in page, field


def test_filters_stay_in_the_url_and_in_the_form(corpus_client):
    page = corpus_client.get("/", params={"q": "äskanden", "status": "bordlagd", "from": "2024"})
    assert page.status_code == 200
    hits = hit_blocks(page.text)
    assert hits and all('class="status status-bordlagd"' in hit for hit in hits)
    assert '<option value="bordlagd" selected>' in page.text
    assert 'id="from" name="from" value="2024"' in page.text
    assert "<details class=\"filters\" open>" in page.text


def test_a_bad_filter_is_explained_in_swedish(corpus_client):
    page = corpus_client.get("/", params={"q": "budget", "from": "2024-13-01"})
    assert page.status_code == 400
    assert "finns inte" in page.text and 'role="alert"' in page.text
    empty = corpus_client.get("/", params={"status": "bordlagd"})
    assert empty.status_code == 400 and "Skriv några ord" in empty.text


def test_paging_keeps_the_query_and_continues_the_ranking(corpus_client):
    first = corpus_client.get("/", params={"q": "styrelsen beslutar", "kind": "beslut"})
    next_url = re.search(r'href="([^"]+)" rel="next"', first.text)
    assert next_url, "expected more than one page of hits"
    url = next_url.group(1).replace("&amp;", "&")
    assert "q=styrelsen+beslutar" in url and "kind=beslut" in url and "sida=2" in url
    second = corpus_client.get(url)
    assert '<ol class="hits" start="11">' in second.text
    assert 'rel="prev"' in second.text
    api = corpus_client.get("/api/search", params={"q": "styrelsen beslutar", "kind": "beslut",
                                            "limit": 10, "offset": 10}).json()
    shown = re.findall(r'<h3>(?:<a [^>]*>)?(.*?)(?:</a>)?</h3>', second.text)
    assert shown == [" ".join(x for x in (r["section"], r["section_title"]) if x) for r in api[:len(shown)]]


def test_section_page_with_decisions_neighbours_and_original(corpus_client, documents):
    doc = documents["2024-03-14_protokoll.pdf"]
    position = next(i for i, s in enumerate(doc["sections"], 1) if s["number"] == "§ 15")
    page = corpus_client.get(f"/dokument/{doc['sha256']}/avsnitt/{position}")
    assert page.status_code == 200
    assert "<h1>§ 15 Äskande från Samverkansteam" in page.text
    assert 'class="status status-bordlagd">bordlagd</span>' in page.text
    assert "NSF 2024/007" in page.text
    previous, following = doc["sections"][position - 2], doc["sections"][position]
    assert f'href="/dokument/{doc["sha256"]}/avsnitt/{position - 1}" rel="prev">← {previous["number"]}' in page.text
    assert f'href="/dokument/{doc["sha256"]}/avsnitt/{position + 1}" rel="next">{following["number"]}' in page.text
    page_number = doc["sections"][position - 1]["page"]
    assert f'href="/original/{doc["sha256"]}#page={page_number}"' in page.text

    first = corpus_client.get(f"/dokument/{doc['sha256']}/avsnitt/1").text
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert corpus_client.get(f"/dokument/{doc['sha256']}/avsnitt/999").status_code == 404
    assert corpus_client.get(f"/dokument/{doc['sha256']}/avsnitt/x").status_code == 404


def test_hits_link_to_their_section_page(corpus_client):
    page = corpus_client.get("/", params={"q": "NSF 2024/9"}).text
    link = re.search(r'<h3><a href="(/dokument/[0-9a-f]{64}/avsnitt/\d+)">(§ \d+)', page)
    assert link
    assert f"<h1>{link.group(2)} " in corpus_client.get(link.group(1)).text


def test_document_page_lists_metadata_persons_and_sections(corpus_client, documents):
    doc = documents["2024-05-16_protokoll.txt"]
    page = corpus_client.get(f"/dokument/{doc['sha256']}")
    assert page.status_code == 200
    assert doc["title"] in page.text and doc["date"] in page.text
    assert str(CORPUS / "2024-05-16_protokoll.txt") in page.text
    assert page.text.count(f'href="/dokument/{doc["sha256"]}/avsnitt/') == len(doc["sections"])
    assert doc["persons"][0]["name"] in page.text
    assert "återremitterad" in page.text


def test_originals_are_served_with_their_type_and_nothing_else(corpus_client, documents):
    pdf = corpus_client.get(f"/original/{documents['2024-03-14_protokoll.pdf']['sha256']}")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("inline")
    assert pdf.content == (CORPUS / "2024-03-14_protokoll.pdf").read_bytes()
    # PDF viewers ask for the size and for parts of the file.
    url = f"/original/{documents['2024-03-14_protokoll.pdf']['sha256']}"
    assert corpus_client.head(url).status_code == 200
    part = corpus_client.get(url, headers={"Range": "bytes=0-3"})
    assert part.status_code == 206 and part.content == b"%PDF"
    text = corpus_client.get(f"/original/{documents['2024-05-16_protokoll.txt']['sha256']}")
    assert text.headers["content-type"] == "text/plain; charset=utf-8"
    assert text.headers["content-security-policy"] == "sandbox"
    assert text.headers["x-content-type-options"] == "nosniff"

    for path in ("/original/" + "0" * 64, "/original/..%2F..%2Fetc%2Fpasswd", "/original/%2Fetc%2Fpasswd",
                 "/original/../../pyproject.toml", "/static/../app.py", "/static/..%2Fapp.py"):
        refused = corpus_client.get(path)
        assert refused.status_code == 404, path
        assert "root:" not in refused.text and "create_app" not in refused.text


@pytest.mark.parametrize(("query", "options"), [
    ("eget kapital", {}),
    ("vilka beslut bordlades om äskanden", {"limit": 5}),
    ("NSF 2024/9", {}),
    ("lokal", {"from": "2024-05-01", "to": "2024", "kind": "beslut", "status": "beslutad"}),
    ("styrelsen", {"body": "Norrälvens Samordningsförbund", "limit": 3}),
])
def test_api_search_equals_cli_json(corpus_client, corpus_home, query, options):
    api = corpus_client.get("/api/search", params={"q": query, **options})
    assert api.status_code == 200
    cli_args = [opt for key, value in options.items()
                for opt in ("-n" if key == "limit" else f"--{key}", str(value))]
    assert api.json() == cli_json(corpus_home, "search", query, *cli_args)


def test_api_documents_and_status_equal_the_cli(corpus_client, corpus_home, documents):
    doc = documents["2024-09-19_protokoll.pdf"]
    assert corpus_client.get(f"/api/documents/{doc['sha256']}").json() == doc
    status = corpus_client.get("/api/status").json()
    cli = CliRunner().invoke(cli_app, ["status", "--home", str(corpus_home), "--json"])
    assert status == json.loads(cli.stdout)


def test_api_errors_are_json_in_swedish(corpus_client):
    missing = corpus_client.get("/api/documents/" + "a" * 64)
    assert missing.status_code == 404 and "finns inte" in missing.json()["fel"]
    assert corpus_client.get("/api/search", params={"q": "x", "limit": "många"}).status_code == 400
    assert corpus_client.get("/api/search", params={"q": "x", "limit": 0}).json()["fel"].startswith("limit ska")
    assert corpus_client.get("/api/search", params={"q": "x", "status": "godkänd"}).status_code == 400
    assert "Skriv några ord" in corpus_client.get("/api/search", params={"q": " "}).json()["fel"]
    # Swagger's /docs would load from a CDN, which fails offline: it is not served.
    assert corpus_client.get("/docs").status_code == 404


def test_two_threads_searching_at_once_both_succeed(corpus_client, documents):
    results, errors = {}, []

    def search(name, query):
        try:
            results[name] = corpus_client.get("/api/search", params={"q": query})
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def read(name, sha256):
        try:
            results[name] = corpus_client.get(f"/dokument/{sha256}")
        except Exception as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=search, args=("a", "eget kapital")),
               threading.Thread(target=search, args=("b", "bordlagd äskanden")),
               threading.Thread(target=read, args=("c", documents["2024-05-16_protokoll.txt"]["sha256"])),
               threading.Thread(target=read, args=("d", documents["2024-06-13_protokoll.pdf"]["sha256"]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert all(results[name].status_code == 200 for name in "abcd")
    assert results["a"].json() and results["b"].json()


def test_html_escapes_the_query(corpus_client):
    page = corpus_client.get("/", params={"q": "<script>alert('x')</script> budget"})
    assert page.status_code == 200
    assert "<script>" not in page.text
    assert "&lt;script&gt;" in page.text


def test_pages_say_in_swedish_that_there_is_no_archive_until_there_is_one(tmp_path):
    home = tmp_path / "tomt"
    with TestClient(create_app(home)) as client:
        page = client.get("/", params={"q": "budget"})
        assert page.status_code == 503
        assert "det finns inget arkiv" in page.text and '<html lang="sv">' in page.text
        assert "det finns inget arkiv" in client.get("/api/status").json()["fel"]
        assert client.get("/finns-inte").status_code == 404
        assert "Sidan finns inte" in client.get("/finns-inte").text

        # Once an ingest has built the archive, the running server answers from it.
        with Archive(home) as archive:
            archive.ingest([CORPUS / "2024-05-16_protokoll.txt"])
        assert client.get("/api/status").json()["documents"] == 1
        assert hit_blocks(client.get("/", params={"q": "dataskyddsombud"}).text)


def test_help_does_not_import_the_web_framework():
    code = ("import sys; from typer.testing import CliRunner; from arkiv.cli import app;"
            "CliRunner().invoke(app, ['--help']); CliRunner().invoke(app, ['serve', '--help']);"
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'jinja2') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.strip() == "[]"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_prints_its_address_and_answers(corpus_home):
    port = _free_port()
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "arkiv", "serve", "--home", str(corpus_home), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        line = server.stdout.readline()
        assert f"finns på http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 60  # generous: the test machine may be busy
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/documents/{'0' * 64}", timeout=60)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, server.stderr.read()
                time.sleep(0.2)
        assert response.status_code == 404 and "finns inte" in response.json()["fel"]
        front = httpx.get(f"http://127.0.0.1:{port}/", timeout=60)
        assert "Arkivet innehåller 12 dokument" in front.text
        busy = CliRunner().invoke(cli_app, ["serve", "--home", str(corpus_home), "--port", str(port)])
        assert busy.exit_code == 1 and "kan inte lyssna på" in busy.output
    finally:
        server.terminate()
        server.wait(10)


def test_quoted_sha_paths_are_refused(corpus_client):
    assert corpus_client.get("/dokument/" + quote("../../etc/passwd", safe="")).status_code == 404


# --- cases (issue 14) --------------------------------------------------------------------------

def event_blocks(html: str) -> list[str]:
    return re.findall(r'<li class="event">(.*?)</li>\s*(?=<li class="event">|</ol>)', html, re.S)


def test_case_page_shows_the_timeline_oldest_first_and_the_state(corpus_client, corpus_home):
    with Archive(corpus_home) as archive:
        case = archive.case("NSF 2024/9")
    page = corpus_client.get(f"/arende/{case.key}")
    assert page.status_code == 200
    assert '<html lang="sv">' in page.text
    assert f"<dt>Dnr</dt><dd>{case.dnr}</dd>" in page.text
    assert case.organisation in page.text
    events = event_blocks(page.text)
    assert len(events) == len(case.events) == 2
    first, second = events
    assert "2024-05-16" in first and "§ 25" in first and "återremitterad" in first
    assert "2024-06-13" in second and "§ 31" in second and "beslutad" in second
    timeline = page.text[page.text.index('<ol class="timeline">'):]
    assert timeline.index("2024-05-16") < timeline.index("2024-06-13")
    assert "Läge nu:</strong> avgjort (2024-06-13, § 31)." in page.text
    for event in events:  # each event links to its § page, whose heading is that §
        link = re.search(r'<a href="(/dokument/[0-9a-f]{64}/avsnitt/\d+)">(§ \d+)', event)
        assert link
        assert f"<h1>{link.group(2)} " in corpus_client.get(link.group(1)).text
        assert re.search(r"_protokoll\.(pdf|txt)</a>, sidan \d+", event)


def test_section_page_and_hits_link_to_the_case(corpus_client, corpus_home):
    page = corpus_client.get("/", params={"q": "NSF 2024/9"}).text
    assert re.search(r'<p class="dnr">Dnr .*<a href="/arende/NSF-2024-9">', page)
    with Archive(corpus_home) as archive:
        state = archive.case("NSF 2024/9").state
    assert f"(ärendet: {state})" in hit_blocks(page)[0]  # the case's state beside its Dnr, as in the terminal
    link = re.search(r'<h3><a href="(/dokument/[0-9a-f]{64}/avsnitt/\d+)">', page).group(1)
    section = corpus_client.get(link).text
    assert 'href="/arende/' in section


def test_open_cases_page_lists_exactly_the_open_cases(corpus_client, corpus_home):
    with Archive(corpus_home) as archive:
        expected = archive.open_cases()
    assert expected
    page = corpus_client.get("/arenden/oppna")
    assert page.status_code == 200
    assert '<a href="/arenden/oppna">Öppna ärenden</a>' in corpus_client.get("/").text
    rows = re.findall(r'<tr class="case">(.*?)</tr>', page.text, re.S)
    assert len(rows) == len(expected)
    for row, case in zip(rows, expected):  # same order: oldest first
        url = re.search(r'href="(/arende/[^"]+)"', row).group(1)
        assert (case.last_date or "–") in row
        case_page = corpus_client.get(url)
        assert case_page.status_code == 200, url
        assert f'state-{case.state}"' in case_page.text


def test_api_cases_equal_the_cli(corpus_client, corpus_home):
    with Archive(corpus_home) as archive:
        key = archive.case("NSF 2024/9").key
    assert corpus_client.get(f"/api/cases/{key}").json() == cli_json(corpus_home, "dnr", "NSF 2024/9")
    assert corpus_client.get("/api/cases", params={"open": "1"}).json() == cli_json(corpus_home, "dnr", "--open")
    assert corpus_client.get("/api/cases").json() == cli_json(corpus_home, "dnr")


def test_an_unknown_case_is_404_in_swedish(corpus_client):
    page = corpus_client.get("/arende/XYZ-1999-424242")
    assert page.status_code == 404
    assert '<html lang="sv">' in page.text and "Ärendet finns inte" in page.text
    answer = corpus_client.get("/api/cases/XYZ-1999-424242")
    assert answer.status_code == 404 and "Ärendet finns inte" in answer.json()["fel"]
