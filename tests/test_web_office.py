"""`arkiv serve` (issue 14): the person pages, "Förbered sammanträde" (a brief from an uploaded
kallelse) and their API, through Starlette's TestClient against the corpus/ archive built once per
session (conftest) with the tiny test model; the JSON compared with the CLI's --json."""

import html
import io
import json
import re
import tempfile
import zipfile
from urllib.parse import quote

from arkiv import Archive
from arkiv.web.office import MAX_UPLOAD_BYTES

from .conftest import CORPUS, cli_json

KALLELSE = CORPUS / "2024-12-12_kallelse.pdf"


def upload(path=KALLELSE, name=None):
    return {"file": (name or path.name, path.read_bytes(), "application/pdf")}


# --- persons -----------------------------------------------------------------------------------

def test_api_persons_equal_the_cli(corpus_client, corpus_home):
    people = cli_json(corpus_home, "persons")
    assert people and corpus_client.get("/api/persons").json() == people
    for name in (people[0]["name"], "Lena Forsgren", "forsgren"):
        answer = corpus_client.get("/api/persons/" + quote(name, safe=""))
        assert answer.status_code == 200, name
        assert answer.json() == cli_json(corpus_home, "persons", name)


def test_person_page_shows_roles_meetings_and_the_sections_naming_them(corpus_client, corpus_home):
    record = cli_json(corpus_home, "persons", "Lena Forsgren")
    page = corpus_client.get("/person/Lena%20Forsgren")
    assert page.status_code == 200 and '<html lang="sv">' in page.text
    assert "<h1>Lena Forsgren</h1>" in page.text
    for role in record["roles"]:
        assert f'<td data-label="Roll">{role["role"]}</td>' in page.text
    meetings = re.findall(r'<a href="(/dokument/[0-9a-f]{64})">', page.text)
    assert len(meetings) == len(record["attended"]) > 0
    assert corpus_client.get(meetings[0]).status_code == 200
    sections = re.findall(r'<a href="(/dokument/[0-9a-f]{64}/avsnitt/\d+)">(.*?)</a>', page.text)
    assert len(sections) == len(record["named_in"]) > 0
    url, heading = sections[0]
    assert "Lena Forsgren" in corpus_client.get(url).text
    assert heading.startswith(record["named_in"][0]["section"] or "")


def test_hits_and_section_pages_link_the_persons_they_name(corpus_client):
    page = corpus_client.get("/", params={"q": "budget"}).text
    links = re.findall(r'<p class="persons">Personer: (.*?)</p>', page)
    assert links
    person = re.search(r'<a href="(/person/[^"]+)">([^<]+)</a>', links[0])
    assert f"<h1>{person.group(2)}</h1>" in corpus_client.get(person.group(1)).text
    section_url = re.search(r'<h3><a href="(/dokument/[0-9a-f]{64}/avsnitt/\d+)">', page).group(1)
    section = corpus_client.get(section_url).text
    named = re.search(r"<dt>Personer</dt><dd>(.*?)</dd>", section)
    assert named and 'href="/person/' in named.group(1)


def test_an_unknown_person_is_404_in_swedish(corpus_client):
    page = corpus_client.get("/person/Ingen%20S%C3%A5dan")
    assert page.status_code == 404 and "Ingen person i arkivet heter" in page.text
    answer = corpus_client.get("/api/persons/Ingen%20S%C3%A5dan")
    assert answer.status_code == 404 and "Ingen person i arkivet heter" in answer.json()["fel"]


# --- the brief ---------------------------------------------------------------------------------

def test_api_brief_equals_the_cli_for_the_uploaded_kallelse(corpus_client, corpus_home):
    answer = corpus_client.post("/api/brief", files=upload())
    assert answer.status_code == 200, answer.text
    record = answer.json()
    cli = cli_json(corpus_home, "brief", str(KALLELSE))
    assert record["meeting"]["source"] == KALLELSE.name  # never the server's temporary path
    assert cli["meeting"].pop("source") == str(KALLELSE)
    record["meeting"].pop("source")
    assert record == cli
    assert any(item["history"] for item in record["items"])
    limited = corpus_client.post("/api/brief", files=upload(), params={"limit": 1}).json()
    assert limited == cli_json(corpus_home, "brief", str(KALLELSE), "-n", "1") | {"meeting": limited["meeting"]}


def test_the_brief_page_and_its_downloads(corpus_client, corpus_home, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the upload is parsed
    with Archive(corpus_home) as archive:
        before = archive.catalogue.counts()
        brief = archive.brief(str(KALLELSE))
    form = corpus_client.get("/forbered").text
    assert '<label for="file">' in form and 'enctype="multipart/form-data"' in form
    page = corpus_client.post("/forbered", files=upload(), data={"n": "5"})
    assert page.status_code == 200
    heading = re.search(r"<h1>(.*?)</h1>", page.text).group(1)
    assert re.sub(r"<[^>]+>", "", heading) == brief.heading
    for item in brief.items:
        assert html.escape(item.heading, quote=False) in page.text
    assert re.search(r'<a href="/dokument/[0-9a-f]{64}/avsnitt/\d+">§ \d+', page.text)
    assert list(tmp_path.iterdir()) == []  # the temporary copy is gone
    with Archive(corpus_home) as archive:
        assert archive.catalogue.counts() == before  # and nothing was stored

    record = html.unescape(re.search(r'name="underlag" value="([^"]*)"', page.text).group(1))
    markdown = corpus_client.post("/forbered/ladda-ner", data={"underlag": record, "format": "md"})
    assert markdown.status_code == 200
    assert markdown.headers["content-disposition"] == 'attachment; filename="underlag-2024-12-12.md"'
    assert markdown.text == brief.markdown().replace(str(KALLELSE), KALLELSE.name) + "\n"
    word = corpus_client.post("/forbered/ladda-ner", data={"underlag": record, "format": "docx"})
    assert word.status_code == 200 and word.headers["content-disposition"].endswith('.docx"')
    with zipfile.ZipFile(io.BytesIO(word.content)) as docx:
        text = docx.read("word/document.xml").decode()
    assert html.escape(brief.heading, quote=False) in text
    assert brief.items[3].title in text


def test_bad_uploads_are_refused_in_swedish(corpus_client, corpus_home):
    wrong = corpus_client.post("/api/brief", files={"file": ("kallelse.exe", b"MZ", "application/octet-stream")})
    assert wrong.status_code == 400 and "format som arkivet läser" in wrong.json()["fel"]
    protocol = CORPUS / "2024-05-16_protokoll.txt"
    not_a_kallelse = corpus_client.post("/api/brief", files=upload(protocol))
    assert not_a_kallelse.status_code == 400 and "ingen kallelse" in not_a_kallelse.json()["fel"]
    assert str(protocol.parent) not in not_a_kallelse.text
    empty = corpus_client.post("/api/brief", files={"file": ("kallelse.pdf", b"", "application/pdf")})
    assert empty.status_code == 400 and "tom" in empty.json()["fel"]
    broken = corpus_client.post("/api/brief", files={"file": ("kallelse.pdf", b"%PDF-1.4 trasig", "application/pdf")})
    assert broken.status_code == 400 and "fel" in broken.json()
    missing = corpus_client.post("/api/brief")
    assert missing.status_code == 400
    huge = b"0" * (MAX_UPLOAD_BYTES + 1024 * 1024)
    too_large = corpus_client.post("/api/brief", files={"file": ("kallelse.pdf", huge, "application/pdf")})
    assert too_large.status_code == 413 and "för stor" in too_large.json()["fel"]
    page = corpus_client.post("/forbered", files={"file": ("kallelse.pdf", huge, "application/pdf")})
    assert page.status_code == 413 and '<html lang="sv">' in page.text and "för stor" in page.text
    bad_limit = corpus_client.post("/api/brief", files=upload(), params={"limit": 0})
    assert bad_limit.status_code == 400
    forged = corpus_client.post("/forbered/ladda-ner", data={"underlag": "{}", "format": "md"})
    assert forged.status_code == 400 and "ladda upp kallelsen igen" in forged.json()["fel"]


# --- the search form ---------------------------------------------------------------------------

def test_the_body_filter_lists_the_bodies_of_the_archive(corpus_client, corpus_home):
    with Archive(corpus_home) as archive:
        bodies = sorted({doc.body for doc in archive.documents() if doc.body})
    page = corpus_client.get("/").text
    select = re.search(r'<select id="body" name="body">(.*?)</select>', page, re.S).group(1)
    assert re.findall(r"<option>([^<]+)</option>", select) == [html.escape(b, quote=False) for b in bodies]
    chosen = corpus_client.get("/", params={"q": "styrelsen", "body": bodies[0]})
    assert f"<option selected>{html.escape(bodies[0], quote=False)}</option>" in chosen.text
    shown = re.findall(r'<p class="meta">(.*?)</p>', chosen.text, re.S)
    assert shown and all(html.escape(bodies[0], quote=False) in meta for meta in shown)


def test_tables_label_every_cell_for_the_phone_layout(corpus_client):
    for url in ("/arenden/oppna", "/personer", "/person/Lena%20Forsgren"):
        page = corpus_client.get(url).text
        cells = re.findall(r"<td[ >]", page)
        assert cells and len(cells) == page.count('<td data-label="'), url


def test_an_oversized_upload_without_a_length_is_refused_too(corpus_client):
    """Sent in chunks, the body has no Content-Length: the copy stops at the limit."""
    boundary = "arkivgrans"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kallelse.pdf\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode()

    def body():
        yield head
        for _ in range(MAX_UPLOAD_BYTES // (1024 * 1024) + 2):
            yield b"0" * (1024 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    answer = corpus_client.post("/api/brief", content=body(),
                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status_code == 413 and "för stor" in answer.json()["fel"]


def test_brief_downloads_mask_personnummer(corpus_client, corpus_home):
    """A kallelse may name someone by personnummer (an item on a personal matter): the downloads
    mask it as the pages do."""
    with Archive(corpus_home) as archive:
        record = archive.brief(str(KALLELSE)).as_record()
    record["items"][0]["title"] = "Ansökan från 811228-9874 om bidrag"
    for kind in ("md", "docx"):
        answer = corpus_client.post("/forbered/ladda-ner", data={"underlag": json.dumps(record), "format": kind})
        assert answer.status_code == 200
        content = answer.text if kind == "md" else zipfile.ZipFile(io.BytesIO(answer.content)).read("word/document.xml").decode()
        assert "811228-9874" not in content and "811228-XXXX" in content
