"""Office and web formats (.docx, .odt, .html, .rtf) read into typed blocks and through the real
pipeline to the same sections, decisions, Dnr and persons as the same protocol written as .txt."""

from __future__ import annotations

import copy
import zipfile

import docx
import pytest

from arkiv import Archive
from arkiv.ingest.blocks import blocks_to_pages, heading, list_item, meta, paragraph, table_row
from arkiv.ingest.readers import SUPPORTED_SUFFIXES, ReadError, read_document

TITLE = "Protokoll Socialnämnden"
HEADER = ["Datum: 2024-05-14", "Plats: Kommunhuset, sal 2"]
ATTENDANCE = ["Närvarande:", "Anna Berg (S), ordförande", "Olle Sund (M), ledamot", "Karin Ek, sekreterare"]
ITEMS = [
    ("§ 1 Mötets öppnande", ["Ordföranden öppnade mötet och hälsade alla välkomna."]),
    ("§ 2 Budget 2025", ["Dnr SN 2024/15", "Förvaltningen har tagit fram ett förslag till budget för 2025.",
                         "Nämnden beslutar att godkänna förslaget till budget för 2025."]),
    ("§ 3 Hyra av lokal för dagverksamhet", ["Dnr SN 2024/22",
                                             "Nämnden beslutar att bordlägga ärendet till nästa sammanträde."]),
]
BOILERPLATE = ["Vi använder kakor", "Acceptera alla kakor", "Startsida", "Kontakta oss", "Följ oss på sociala medier"]


def as_txt() -> str:
    parts = [TITLE, "", *HEADER, "", "\n".join(ATTENDANCE), ""]
    for head, body in ITEMS:
        parts += [head, "", "\n\n".join(body), ""]
    return "\n".join(parts)


def write_docx(path, numbered_headings: bool = False, word: str = "") -> None:
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for line in HEADER + ATTENDANCE:
        document.add_paragraph(line)
    for head, body in ITEMS:
        if word:  # "Punkt 1 Mötets öppnande" typed as an ordinary paragraph
            document.add_paragraph(head.replace("§", word, 1))
        elif numbered_headings:  # "1." from Word's list numbering, not typed: "§ 1 X" becomes "X"
            par = document.add_paragraph(head.split(" ", 2)[2], style="Heading 2")
            par._p.get_or_add_pPr().append(copy.deepcopy(_list_number_numpr(document)))
        else:
            document.add_paragraph(head, style="Heading 2")
        for line in body:
            document.add_paragraph(line)
    document.save(str(path))


def _list_number_numpr(document):
    """The numPr of the template's "List Number" style: Word's own decimal "1." numbering."""
    style = document.styles["List Number"]
    return style.element.xpath("./w:pPr/w:numPr")[0]


def write_odt(path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=TITLE))
    for line in HEADER + ATTENDANCE:
        document.text.addElement(P(text=line))
    for head, body in ITEMS:
        document.text.addElement(H(outlinelevel=2, text=head))
        for line in body:
            document.text.addElement(P(text=line))
    document.save(str(path))


def write_html(path) -> None:
    items = "".join(f"<h2>{head}</h2>" + "".join(f"<p>{line}</p>" for line in body) for head, body in ITEMS)
    attendance = "<p>" + "<br>".join(ATTENDANCE) + "</p>"
    path.write_text(f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>p {{ color: black }}</style><script>var x = "Startsida";</script></head><body>
<div id="cookie-consent"><p>{BOILERPLATE[0]} för att förbättra webbplatsen.</p><button>{BOILERPLATE[1]}</button></div>
<header><a href="/">{BOILERPLATE[2]}</a></header>
<nav><ul><li><a href="/">{BOILERPLATE[2]}</a></li><li><a href="/k">{BOILERPLATE[3]}</a></li></ul></nav>
<main><h1>{TITLE}</h1>{"".join(f"<p>{line}</p>" for line in HEADER)}{attendance}{items}</main>
<footer><p>{BOILERPLATE[4]}</p><p>{BOILERPLATE[3]}</p></footer></body></html>""", encoding="utf-8")


def write_rtf(path) -> None:
    def escaped(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text.replace("\\", "\\\\"))

    lines = [TITLE, *HEADER, *ATTENDANCE]
    for head, body in ITEMS:
        lines += [head, *body]
    body = "".join(f"\\pard {escaped(line)}\\par\n" for line in lines)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n" + body + "}",
                    encoding="ascii")


WRITERS = {".docx": write_docx, ".odt": write_odt, ".html": write_html, ".rtf": write_rtf}


def parsed(archive: Archive, path) -> dict:
    doc = archive.document(path)
    return {
        "sections": [(s.number, s.title, tuple(ref.key for ref in s.dnr), tuple((d.text, str(d.status)) for d in s.decisions))
                     for s in doc.sections],
        "persons": sorted((p.name, p.role or "", p.party or "") for p in doc.persons),
        "date": doc.date,
    }


@pytest.fixture
def protocols(tmp_path):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    (folder / "protokoll.txt").write_text(as_txt(), encoding="utf-8")
    for suffix, write in WRITERS.items():
        write(folder / f"protokoll{suffix}")
    write_docx(folder / "numrerade-rubriker.docx", numbered_headings=True)
    write_docx(folder / "punkter.docx", word="Punkt")
    return folder


def test_each_format_gives_the_sections_decisions_dnr_and_persons_of_the_text_version(protocols):
    with Archive() as archive:
        summary = archive.ingest([protocols])
        assert not summary.failed, [(r.path, r.reason) for r in summary.failed]
        expected = parsed(archive, protocols / "protokoll.txt")
        assert [s[0] for s in expected["sections"]] == ["§ 1", "§ 2", "§ 3"]
        assert expected["sections"][1][2] == ("SN-2024-15",)
        assert expected["sections"][1][3][0][1] == "beslutad"
        assert expected["sections"][2][3][0][1] == "bordlagd"
        assert ("Anna Berg", "ordförande", "S") in expected["persons"]
        assert expected["date"] == "2024-05-14"
        for suffix in WRITERS:
            assert parsed(archive, protocols / f"protokoll{suffix}") == expected, suffix


@pytest.mark.parametrize("name", ["numrerade-rubriker.docx", "punkter.docx"])
def test_word_numbered_headings_become_sections_as_typed_numbers_do(protocols, name):
    with Archive() as archive:
        archive.ingest([protocols / name])
        doc = archive.document(protocols / name)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Budget 2025"), ("§ 3", "Hyra av lokal för dagverksamhet")]
    assert [ref.key for ref in doc.sections[1].dnr] == ["SN-2024-15"]
    assert [str(d.status) for d in doc.sections[2].decisions] == ["bordlagd"]


def test_web_page_boilerplate_does_not_reach_the_archive(protocols):
    with Archive() as archive:
        archive.ingest([protocols / "protokoll.html"])
        record = next(archive.export())
    text = str(record)
    for phrase in BOILERPLATE:
        assert phrase not in text
    assert "Nämnden beslutar att godkänna förslaget" in text


def test_docx_blocks_keep_styles_tables_and_pages(tmp_path):
    document = docx.Document()
    document.add_paragraph("Protokoll", style="Title")
    document.add_paragraph("§ 5 Budget", style="Heading 2")
    document.add_paragraph("Hyresavtalet", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Namn", "Roll"), ("Anna Berg", "ordförande")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_page_break()
    document.add_paragraph("Justeras")
    path = tmp_path / "b.docx"
    document.save(str(path))
    source = read_document(path)
    assert source.reader == "docx"
    assert [(b.kind, b.text or b.cells, b.page) for b in source.blocks] == [
        ("heading", "Protokoll", 1), ("heading", "§ 5 Budget", 1), ("list_item", "Hyresavtalet", 1),
        ("table_row", ("Namn", "Roll"), 1), ("table_row", ("Anna Berg", "ordförande"), 1),
        ("paragraph", "Justeras", 2)]
    assert len(source.pages) == 2 and source.pages[1].strip() == "Justeras"


def _with_footnote(path, cited_in: str, note: str) -> None:
    """Add a footnote to a saved .docx (python-docx writes none): the notes part, its
    relationship and content type, and a reference at the end of the paragraph `cited_in`."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote></w:footnotes>').encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        f"<w:t>{cited_in}</w:t></w:r>".encode(),
        f'<w:t>{cited_in}</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'.encode())
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_docx_footnote_is_read_where_it_is_cited(tmp_path):
    document = docx.Document()
    document.add_paragraph("Nämnden beslutar att anta planen.")
    document.add_paragraph("Mötet avslutas.")
    path = tmp_path / "fotnot.docx"
    document.save(str(path))
    _with_footnote(path, "Nämnden beslutar att anta planen.", "Planen finns i bilaga 2.")
    texts = [b.text for b in read_document(path).blocks]
    assert texts == ["Nämnden beslutar att anta planen. (Planen finns i bilaga 2.)", "Mötet avslutas."]


def test_docx_text_inside_content_controls_is_read(tmp_path):
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("§ 1 Val av justerare", style="Heading 2")
    field = document.add_paragraph("Nämnden beslutar att välja Olle Sund till justerare.")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")  # a template's block field
    field._p.addprevious(sdt)
    sdt.append(content)
    content.append(field._p)
    path = tmp_path / "mall.docx"
    document.save(str(path))
    assert [b.text for b in read_document(path).blocks] == [
        "§ 1 Val av justerare", "Nämnden beslutar att välja Olle Sund till justerare."]


def test_blocks_are_written_in_the_line_convention_segmentation_reads():
    pages = blocks_to_pages([
        heading("Protokoll"), meta("Datum", "2024-05-14"), paragraph("Närvarande:"), paragraph("Anna Berg"),
        paragraph("Olle Sund"), heading("§ 1 Öppnande", 2), paragraph("Mötet öppnades."),
        paragraph("Nämnden beslutar att"), list_item("godkänna budgeten"), list_item("anta planen"),
        paragraph("Sedan avslutades mötet."), table_row(["Anna Berg", "", "ordförande"]),
        paragraph("Justeras", page=3)])
    assert pages == [
        "# Protokoll\n\nDatum: 2024-05-14\nNärvarande:\nAnna Berg\nOlle Sund\n\n## § 1 Öppnande\n\n"
        "Mötet öppnades.\n\nNämnden beslutar att\n- godkänna budgeten\n- anta planen\n\n"
        "Sedan avslutades mötet.\n\nAnna Berg\t\tordförande\n",
        "",
        "Justeras\n",
    ]


def test_html_lists_tables_and_line_breaks_become_blocks(tmp_path):
    path = tmp_path / "sida.htm"
    path.write_text("<html><body><article><h1>Årsmöte</h1><ol start='4'><li>Val av styrelse<ul>"
                    "<li>Anna</li></ul></li><li>Avgifter</li></ol><table><tr><th>Namn</th><th>Roll</th></tr>"
                    "<tr><td>Anna Berg</td><td>ordförande</td></tr></table><p>Rad ett<br>rad två</p>"
                    "</article><aside>Senaste nytt</aside></body></html>", encoding="utf-8")
    blocks = read_document(path).blocks
    assert [(b.kind, b.text or b.cells) for b in blocks] == [
        ("heading", "Årsmöte"), ("paragraph", "4. Val av styrelse"), ("list_item", "Anna"),
        ("paragraph", "5. Avgifter"), ("table_row", ("Namn", "Roll")), ("table_row", ("Anna Berg", "ordförande")),
        ("paragraph", "Rad ett\nrad två")]


def test_odt_lists_and_tables_become_blocks(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import List, ListItem, P

    document = OpenDocumentText()
    items = List()
    for text in ("säga upp avtalet", "teckna nytt avtal"):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    document.text.addElement(P(text="Styrelsen beslutar att"))
    document.text.addElement(items)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for text in ("Anna Berg", "ordförande"):
        cell = TableCell()
        cell.addElement(P(text=text))
        row.addElement(cell)
    table.addElement(row)
    document.text.addElement(table)
    path = tmp_path / "beslut.odt"
    document.save(str(path))
    blocks = read_document(path).blocks
    assert [(b.kind, b.text or b.cells) for b in blocks] == [
        ("paragraph", "Styrelsen beslutar att"), ("list_item", "säga upp avtalet"),
        ("list_item", "teckna nytt avtal"), ("table_row", ("Anna Berg", "ordförande"))]


def _encrypted_ooxml() -> bytes:
    # what Word writes for a password-protected .docx: an OLE container with an EncryptedPackage
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100


@pytest.mark.parametrize("name, content, reason", [
    ("trasig.docx", None, "trasig"),
    ("text.docx", b"Sammantradesprotokoll, bara text", "ingen Word-fil"),
    ("zip.docx", "zip", "ingen Word-fil"),
    ("krypterad.docx", _encrypted_ooxml(), "krypterad"),
    ("gammal.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "äldre .doc"),
    ("tom.docx", "empty-docx", "tom"),
    ("trasig.odt", None, "trasig"),
    ("krypterad.odt", "encrypted-odt", "krypterad"),
    ("text.odt", b"inte en odt", "ingen OpenDocument-fil"),
    ("tom.html", b"<html><body><nav>Meny</nav></body></html>", "tom"),
    ("binar.html", b"\x00\x01\x02" * 50, "inte text"),
    ("falsk.rtf", b"Detta ar ingen rtf", "ingen RTF-fil"),
    ("tom.rtf", b"{\\rtf1\\ansi }", "tom"),
])
def test_bad_office_files_give_one_swedish_line(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is None:  # a download cut off in the middle
        good = tmp_path / ("full" + path.suffix)
        WRITERS[path.suffix](good)
        path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif content == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "hej")
    elif content == "encrypted-odt":  # what LibreOffice writes with a password: encrypted entries
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            z.writestr("content.xml", b"\x8f\x12\x00 krypterat")
            z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                       'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">'
                       '<manifest:encryption-data manifest:checksum="x"/></manifest:file-entry></manifest:manifest>')
    elif content == "empty-docx":
        docx.Document().save(str(path))
    else:
        path.write_bytes(content)
    with pytest.raises(ReadError, match=reason) as caught:
        read_document(path)
    assert "\n" not in str(caught.value)


def test_bad_office_file_is_reported_and_the_others_stored(protocols):
    (protocols / "trasig.docx").write_bytes(b"PK\x03\x04 avbruten")
    with Archive() as archive:
        summary = archive.ingest([protocols])
    assert [r.path.rsplit("/", 1)[-1] for r in summary.failed] == ["trasig.docx"]
    assert summary.count("ok") == 7


def test_word_97_stays_skipped_and_listed():
    assert {".docx", ".odt", ".html", ".htm", ".rtf"} <= SUPPORTED_SUFFIXES
    assert ".doc" not in SUPPORTED_SUFFIXES
