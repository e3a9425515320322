"""Reading stage: every supported format, every failure mode with its Swedish reason."""

from __future__ import annotations

import os

import pytest

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.readers import SUPPORTED_SUFFIXES, OcrMode, ReadError, read_document
from tests.conftest import EVALDOCS, evalcorpus_params, needs_shared
from tests.pdfs import (
    CP1252_TEXT,
    write_binary_file,
    write_cp1252_text,
    write_empty_file,
    write_encrypted_pdf,
    write_garbled_pdf,
    write_image_only_pdf,
    write_protocol_pdf,
    write_truncated_pdf,
)


def lines_of(path):
    return read_document(path).pages[0].split("\n")


# ------------------------------------------------------------------------------------- PDF files


def test_protocol_pdf_is_read_page_by_page_with_swedish_characters(tmp_path):
    source = read_document(write_protocol_pdf(tmp_path / "protokoll.pdf", pages=3))
    assert source.reader == "pdf"
    assert source.encoding is None
    assert len(source.pages) == 3
    assert "Sida 2 av 3" in source.pages[1]
    assert "§ 32 Äskande för 2025 från Samverkansteam Östra Hälsingland" in source.pages[1]
    assert "René Åström" in source.pages[0]
    assert "ÅÄÖ åäö é § –" in source.pages[2]
    assert all("\r" not in page for page in source.pages)


def test_encrypted_pdf_is_refused(tmp_path):
    """GIVEN a PDF protected with a user password
    WHEN it is read
    THEN a ReadError says in Swedish that it is encrypted."""
    with pytest.raises(ReadError, match="krypterad"):
        read_document(write_encrypted_pdf(tmp_path / "hemlig.pdf"))


def test_truncated_pdf_is_refused(tmp_path):
    """GIVEN the first half of a real PDF (an interrupted download)
    WHEN it is read
    THEN a ReadError says it is broken or truncated, instead of archiving half a protocol."""
    with pytest.raises(ReadError, match="avkortad"):
        read_document(write_truncated_pdf(tmp_path / "avbruten.pdf"))


def test_garbled_pdf_is_refused(tmp_path):
    """GIVEN a file with PDF markers around garbage
    WHEN it is read
    THEN a ReadError says the PDF is broken."""
    with pytest.raises(ReadError, match="PDF-filen är trasig"):
        read_document(write_garbled_pdf(tmp_path / "trasig.pdf"))


def test_zero_byte_pdf_is_refused(tmp_path):
    """GIVEN a zero-byte .pdf
    WHEN it is read
    THEN a ReadError says the file is empty."""
    with pytest.raises(ReadError, match="tom"):
        read_document(write_empty_file(tmp_path / "tom.pdf"))


def test_pdf_without_text_layer_is_refused_with_ocr_off(tmp_path):
    """GIVEN a scanned PDF: pages with graphics and no text layer
    WHEN it is read with --ocr never
    THEN a ReadError says the text layer is missing and how to read it."""
    with pytest.raises(ReadError, match="saknar textlager.*--ocr never"):
        read_document(write_image_only_pdf(tmp_path / "inskannad.pdf"), OcrMode.NEVER)


def test_pdf_with_wrong_suffix_is_still_read_as_pdf(tmp_path):
    path = write_protocol_pdf(tmp_path / "protokoll.pdf", pages=2)
    renamed = path.rename(tmp_path / "protokoll.txt")
    assert read_document(renamed).reader == "pdf"


def test_pdf_suffix_without_pdf_content_is_refused(tmp_path):
    """GIVEN a text file named .pdf
    WHEN it is read
    THEN a ReadError says it is not a PDF, not a misleading decoding error."""
    path = tmp_path / "protokoll.pdf"
    path.write_text("Sammanträdesprotokoll\n", encoding="utf-8")
    with pytest.raises(ReadError, match="ingen PDF"):
        read_document(path)


@pytest.mark.parametrize(("relative", "pages"), evalcorpus_params({"pdf-text", "pdf-ocrlayer"}))
def test_real_pdfs_with_text_layer_keep_their_page_count(relative, pages):
    source = read_document(EVALDOCS / relative)
    assert len(source.pages) == pages
    assert sum(len(page) for page in source.pages) > 100


@pytest.mark.parametrize(("relative", "pages"), evalcorpus_params({"pdf-image"}))
def test_real_scanned_pdfs_are_refused_with_ocr_off(relative, pages):
    """GIVEN a real scanned protocol without text layer
    WHEN it is read with --ocr never
    THEN a ReadError explains that it has no text layer (tests/test_ocr.py reads scans)."""
    with pytest.raises(ReadError, match="textlager"):
        read_document(EVALDOCS / relative, OcrMode.NEVER)


@needs_shared
def test_lithekod_latex_pdf_is_clean_after_cleaning():
    """Issue pinned: pdfium returns "f¨or", "m¨ote", "Silv´en" and a trailing "¨" for Ö."""
    source = read_document(EVALDOCS / "lithekod-protocols" / "konstituerande_mote_130930.pdf")
    pages = clean_pages(source.pages)
    text = "\n".join(pages)
    assert len(pages) == 3
    assert "¨" not in text and "˚" not in text and "´" not in text
    assert "Mikael Silvén förklarar mötet öppnat kl 17:21" in text
    assert "§9 Övriga poster" in pages[1]
    assert "medlemsavgift" in pages[1]
    assert not any("Sida" in page for page in pages)
    header = "Protokoll för LiTHe Kods konstituerande möte"
    assert pages[0].startswith(header)
    assert all(header not in page for page in pages[1:])


@needs_shared
def test_municipal_protocol_loses_running_header_but_not_sections():
    source = read_document(EVALDOCS / "lundgren9-Borrby" / "Protokoll  SPn april 2024_Bortredigerad.pdf")
    pages = clean_pages(source.pages)
    assert len(pages) == 44
    assert pages[0].startswith("Samhällsplaneringsnämnden Sammanträdesprotokoll\n2024-04-25")
    for page in pages[1:]:
        assert "Samhällsplaneringsnämnden Sammanträdesprotokoll" not in page
        assert "Justerandes sign" not in page
        assert "Signature reference: 6fccaa09-7c7e-4751-9c9a-8b2b5325ac5e 1" not in page
    assert pages[3].startswith("§ 66 Dnr 2024/1")
    assert "Genomlysning av Österlen VA AB - uppföljning/åtgärder" in pages[2]
    assert "VA-kollektivets" in pages[5]


# ------------------------------------------------------------------------------------ text files


def test_cp1252_text_is_decoded_without_mojibake(tmp_path):
    source = read_document(write_cp1252_text(tmp_path / "protokoll.txt"))
    assert source.encoding == "cp1252"
    assert source.reader == "text"
    assert source.pages == [CP1252_TEXT]


def test_utf8_bom_is_detected_and_dropped(tmp_path):
    path = tmp_path / "protokoll.txt"
    path.write_bytes("\ufeffSammanträdesprotokoll för Östra Ängen\r\nBeslut:\r\n".encode("utf-8"))
    source = read_document(path)
    assert source.encoding == "utf-8-sig"
    assert source.pages == ["Sammanträdesprotokoll för Östra Ängen\nBeslut:\n"]


def test_plain_utf8_text_is_one_page(tmp_path):
    path = tmp_path / "protokoll.txt"
    path.write_text("§ 1 Mötets öppnande\n\nOrdförande hälsar välkommen.\n", encoding="utf-8")
    source = read_document(path)
    assert (source.reader, source.encoding, len(source.pages)) == ("text", "utf-8", 1)


def test_binary_file_named_txt_is_refused(tmp_path):
    """GIVEN binary bytes in a .txt file
    WHEN it is read
    THEN a ReadError says it is not text, instead of decoding garbage as latin-1."""
    with pytest.raises(ReadError, match="inte text \\(binärt innehåll"):
        read_document(write_binary_file(tmp_path / "protokoll.txt"))


def test_whitespace_only_text_is_refused(tmp_path):
    """GIVEN a text file with only blank lines
    WHEN it is read
    THEN a ReadError says the file is empty."""
    path = tmp_path / "tom.txt"
    path.write_text("\n   \n\t\n", encoding="utf-8")
    with pytest.raises(ReadError, match="filen är tom"):
        read_document(path)


def test_missing_file_is_refused(tmp_path):
    """GIVEN a path that does not exist
    WHEN it is read
    THEN a ReadError says the file does not exist."""
    with pytest.raises(ReadError, match="finns inte"):
        read_document(tmp_path / "saknas.pdf")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_refused(tmp_path):
    """GIVEN a file without read permission
    WHEN it is read
    THEN a ReadError says permission is missing."""
    path = write_protocol_pdf(tmp_path / "låst.pdf", pages=1)
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match="behörighet"):
            read_document(path)
    finally:
        path.chmod(0o644)


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "protokoll.doc"
    path.write_text("Sammanträdesprotokoll", encoding="utf-8")
    assert ".doc" not in SUPPORTED_SUFFIXES
    with pytest.raises(ReadError, match="stöds inte"):
        read_document(path)


# ---------------------------------------------------------------------------------- markup files


@needs_shared
def test_latex_keeps_sections_as_headings_and_macro_arguments_as_text():
    path = EVALDOCS / "Datavetenskapsdivisionen-dokument" / "2021-09-21.tex"
    source = read_document(path)
    text = source.pages[0]
    lines = text.split("\n")
    assert source.reader == "latex"
    assert lines[0] == "# Styrelsemöte 3"
    assert "Datum: 2021-09-21" in lines
    assert "Ordförande, Albin Otterhäll" in lines
    assert "# Öppnande av möte" in lines
    assert "## Styrelsens beslutbarhet" in lines
    assert "### Förslag till beslut" in lines
    assert "- Styrelsen har uppnått kraven i 7 kap. 5 § första stycket i stadgan och är därmed beslutbar." in lines
    heading = lines.index("# Öppnande av möte")
    assert lines[heading - 1] == "" and lines[heading + 1] == ""
    assert "\\" not in text and "{" not in text and "%" not in text


@needs_shared
def test_pandoc_latex_loses_hypertargets_and_keeps_the_date():
    text = read_document(EVALDOCS / "lithekod-protocols" / "stormote_201124.tex").pages[0]
    lines = text.split("\n")
    assert "2020-11-24" in lines
    assert "# Val av justeringsperson tillika rösträknare" in lines
    assert "hypertarget" not in text and "label" not in text and "muxf6" not in text
    assert "Olav yrkar på ett bordläggande." in lines


@needs_shared
def test_org_headlines_title_date_and_table():
    source = read_document(EVALDOCS / "ix-sthlm-ix-sthlm.github.io" / "annual-meeting-protocol-2019.org")
    lines = source.pages[0].split("\n")
    assert source.reader == "org"
    assert lines[0] == "# IX Årsmötesprotokoll 2019"
    assert "Datum: 2019-07-29" in lines
    assert "# Öppnande av mötet" in lines
    assert "## Val av mötesordförande" in lines
    assert "Ingående balans\t43839.01" in lines
    assert "- Erik Welander" in lines
    assert not any(line.startswith("#+") or line.startswith("|") for line in lines)
    assert "\\clearpage" not in source.pages[0]


@needs_shared
def test_typst_content_blocks_and_headings_survive():
    source = read_document(EVALDOCS / "Datavetenskapsdivisionen-dokument" / "2024-03-26.typ")
    text = source.pages[0]
    lines = text.split("\n")
    assert source.reader == "typst"
    assert "Datum: 2024-03-26" in lines
    assert "# Öppnande av möte" in lines
    assert "## Fastställande av röstlängd" in lines
    assert "### Beslut" in lines
    assert "Albin Otterhäll" in lines
    assert "stämman fastställer den nuvarande röstlängden" in lines
    assert "#### Städdagar" in lines
    assert "Mötet öppnades av Samuel Hammersberg 17:31" in lines
    for code in ("#import", "#let", "#show", "#pagebreak", "attSatser", "deltagere", "datetime"):
        assert code not in text


@needs_shared
def test_markdown_nikola_header_links_and_tables():
    source = read_document(EVALDOCS / "stacken-w3" / "varmote-protokoll.md")
    text = source.pages[0]
    lines = text.split("\n")
    assert source.reader == "markdown"
    assert lines[0] == "# Protokoll från vårmöte 22 februari 2018"
    assert "## 1. Mötets öppnande" in lines
    assert "Kontanta medel\t3779,00\t1024,00\t4803,00" in lines
    assert "en stadgeändring" in text
    for markup in ("<!--", "](http", "**", "TEASER_END", "| ---"):
        assert markup not in text


def test_markdown_inline_html_and_front_matter(tmp_path):
    path = tmp_path / "arsmote.md"
    path.write_text(
        "---\ntitle: Årsmöte 2017\n---\n<h2>Långasands föreningen</h2>\n"
        "<strong>§1 Mötet öppnas</strong>\n<ul>\n <li>Karin Starrin, ordförande</li>\n</ul>\n"
        "Se [stadgan](https://example.org/stadga.pdf) och ![logga](logga.png).\n\n```\nmap\n```\n",
        encoding="utf-8",
    )
    lines = read_document(path).pages[0].split("\n")
    assert lines[0] == "# Årsmöte 2017"
    assert "## Långasands föreningen" in lines
    assert "§1 Mötet öppnas" in lines
    assert "- Karin Starrin, ordförande" in lines
    assert "Se stadgan och ." in lines
    assert "map" in lines and "```" not in lines


def test_restructuredtext_headings_by_adornment_order(tmp_path):
    path = tmp_path / "protokoll.rst"
    path.write_text(
        "==================\nProtokoll styrelse\n==================\n\nÖppnande\n--------\n\n"
        "Mötet öppnas av **Anna Berg**.\n\n.. note::\n   intern kommentar\n\nBeslut\n~~~~~~\n\n"
        "* Styrelsen antar ``budgeten``.\n* Se `stadgan <https://example.org>`_.\n\nÖvrigt\n------\n\nInget.\n",
        encoding="utf-8",
    )
    source = read_document(path)
    lines = source.pages[0].split("\n")
    assert source.reader == "rst"
    assert lines[0] == "# Protokoll styrelse"
    assert "## Öppnande" in lines and "## Övrigt" in lines
    assert "### Beslut" in lines
    assert "Mötet öppnas av Anna Berg." in lines
    assert "- Styrelsen antar budgeten." in lines
    assert "- Se stadgan." in lines
    assert "intern kommentar" not in source.pages[0]


def test_markup_file_without_text_is_refused(tmp_path):
    """GIVEN an org file with only settings lines
    WHEN it is read
    THEN a ReadError says the file is empty."""
    path = tmp_path / "tom.org"
    path.write_text("#+OPTIONS: toc:nil\n#+LANGUAGE: sv\n", encoding="utf-8")
    with pytest.raises(ReadError, match="tom"):
        read_document(path)


def test_markdown_is_read_into_typed_blocks_by_markdown_it(tmp_path):
    path = tmp_path / "styrelsemote.md"
    path.write_text(
        "# Styrelsemöte\n\nNärvarande:\n\n- Anna Berg\n- Olle _Sund_\n\n## 5. Budget\n\n"
        "Styrelsen beslutar att\n\n1) anta budgeten\n2) höja avgiften\n\n"
        "| Post | Belopp |\n|---|---|\n| Hyra | 1 200 |\n\n<p>Rad ett<br>rad två</p>\n",
        encoding="utf-8")
    source = read_document(path)
    assert source.reader == "markdown"
    assert [(b.kind, b.text or b.cells, b.level) for b in source.blocks] == [
        ("heading", "Styrelsemöte", 1), ("paragraph", "Närvarande:", 1), ("list_item", "Anna Berg", 1),
        ("list_item", "Olle Sund", 1), ("heading", "5. Budget", 2), ("paragraph", "Styrelsen beslutar att", 1),
        ("paragraph", "1) anta budgeten", 1), ("paragraph", "2) höja avgiften", 1),
        ("table_row", ("Post", "Belopp"), 1), ("table_row", ("Hyra", "1 200"), 1),
        ("paragraph", "Rad ett\nrad två", 1)]


def test_restructuredtext_is_read_into_typed_blocks_by_docutils(tmp_path):
    path = tmp_path / "styrelse.rst"
    path.write_text(
        ".. title: Styrelsemöte\n\n:Datum: 2024-03-12\n:Plats: Klubbstugan\n\n§ 2 Ekonomi\n===========\n\n"
        "Styrelsen beslutar att\n\n3. godkänna rapporten\n4. lägga den till handlingarna\n\n"
        ".. toctree::\n   okänt\n\n+------+-------+\n| Namn | Roll  |\n+======+=======+\n| Anna | Ordf. |\n+------+-------+\n",
        encoding="utf-8")
    source = read_document(path)
    assert source.reader == "rst"
    assert [(b.kind, b.label, b.text or b.cells) for b in source.blocks] == [
        ("heading", "", "Styrelsemöte"), ("meta", "Datum", "2024-03-12"), ("meta", "Plats", "Klubbstugan"),
        ("heading", "", "§ 2 Ekonomi"), ("paragraph", "", "Styrelsen beslutar att"),
        ("paragraph", "", "3. godkänna rapporten"), ("paragraph", "", "4. lägga den till handlingarna"),
        ("table_row", "", ("Namn", "Roll")), ("table_row", "", ("Anna", "Ordf."))]
    assert "Datum: 2024-03-12\nPlats: Klubbstugan" in source.pages[0]
