"""Builders of real PDF (and text) files for tests: each writes one failure mode or sample to a path.

Kept as plain functions so any test module can `from tests.pdfs import ...` and build what it needs
in its own tmp_path.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

PROTOCOL_HEADER = "Samhällsplaneringsnämnden Sammanträdesprotokoll"
PROTOCOL_DATE = "2024-04-25"


def protocol_page_lines(number: int) -> list[str]:
    """Body lines of one page of the sample protocol; § numbers continue over the pages."""
    first = 30 + 2 * (number - 1)
    return [
        f"§ {first} Äskande för 2025 från Samverkansteam Östra Hälsingland",
        "Dnr SDSF 2024 000028 790",
        "Styrelsen diskuterar äskandena för perioden januari – augusti.",
        "Ordförande Gunilla Berglund och sekreterare René Åström föredrar ärendet.",
        "Beslut:",
        "- Styrelsen beslutar att ärendet bordläggs till nästa möte.",
        f"§ {first + 1} Övriga frågor",
        "Inga övriga frågor anmäldes. ÅÄÖ åäö é § –",
    ]


def write_protocol_pdf(path: Path, pages: int = 3) -> Path:
    """A multi-page Swedish protocol with a running header and "Sida N av M" on every page."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        _draw_lines(pdf, [PROTOCOL_HEADER, PROTOCOL_DATE, f"Sida {number} av {pages}", ""])
        _draw_lines(pdf, protocol_page_lines(number), top=700)
        pdf.drawString(72, 40, "Justerandes sign")
        pdf.showPage()
    pdf.save()
    return path


def write_encrypted_pdf(path: Path, password: str = "hemligt") -> Path:
    """A PDF that needs a user password to open."""
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption(password, canModify=0))
    _draw_lines(pdf, ["Sammanträdesprotokoll", "§ 1 Mötets öppnande"])
    pdf.showPage()
    pdf.save()
    return path


def write_truncated_pdf(path: Path) -> Path:
    """The first half of a real protocol PDF, as an interrupted download leaves it."""
    write_protocol_pdf(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def write_garbled_pdf(path: Path) -> Path:
    """PDF magic and end marker around bytes that are no PDF structure at all."""
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    return path


def write_pdf_with_trailing_bytes(path: Path) -> Path:
    """A valid protocol PDF followed by what scanners and web servers append after %%EOF:
    an HTML error page and zero padding, more than the last 2 KB of the file."""
    write_protocol_pdf(path)
    junk = b"<html><body><h1>404 Not Found</h1></body></html>\n" * 60 + b"\x00" * 4096
    path.write_bytes(path.read_bytes() + junk)
    return path


def write_cut_off_update_pdf(path: Path) -> Path:
    """A PDF with an incremental update cut off before its own %%EOF: the earlier %%EOF is
    followed by PDF objects, as when the download of an updated PDF is interrupted."""
    write_protocol_pdf(path)
    update = b"\n20 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 21 0 R >>\nendobj\n21 0 obj\n<< /Len"
    path.write_bytes(path.read_bytes() + update)
    return path


def write_pageless_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty (/Count 0): nothing to read."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(data)
    return path


def write_empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def write_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: shapes on every page and no text layer."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.setFillGray(0.3)
        pdf.rect(72, 500, 400, 200, fill=1)
        pdf.circle(300, 300, 80, fill=1)
        pdf.showPage()
    pdf.save()
    return path


def write_binary_file(path: Path) -> Path:
    """Binary bytes under a text file name (e.g. a .txt that is really a zip or image)."""
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 16)
    return path


CP1252_TEXT = "Protokoll från årsmötet – Föreningen Östra Ängen\nBeslut: Styrelsen beviljas ansvarsfrihet.\n"


def write_cp1252_text(path: Path) -> Path:
    """A Windows-1252 text file: å/ä/ö as single bytes and the en dash as 0x96."""
    data = CP1252_TEXT.encode("cp1252")
    assert b"\x96" in data
    path.write_bytes(data)
    return path


def _draw_lines(pdf: canvas.Canvas, lines: list[str], top: float = 800) -> None:
    text = pdf.beginText(72, top)
    text.setFont("Helvetica", 11)
    for line in lines:
        text.textLine(line)
    pdf.drawText(text)


def write_lines_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with these lines of text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _draw_lines(pdf, lines)
    pdf.save()
    return path
