"""Build the sample archive's PDFs (in corpus/) from the page texts in corpus-src/pdf-src/.

    .venv/bin/python corpus-src/make_pdfs.py

The PDFs are committed next to this script; rerun it after editing a page text.
Output is byte-for-byte reproducible (reportlab's invariant mode), so a rerun
without edits leaves git clean.

Page text markup, one instruction per line:

    <sidbrytning>        start a new page (pages never overflow silently: a
                         page that does not fit is an error, so every
                         "§ N (forts)" lands where the source puts it)
    # Title              large bold line
    ## Heading           bold line (§ headings, block markers)
    Label<TAB>Value      two columns, the value wrapped in the right column
    <TAB>Value           continues the right column
    - item               bullet, wrapped with a hanging indent
    (blank line)         vertical space
    anything else        a wrapped paragraph

Helvetica is one of the PDF base fonts; reportlab writes it with WinAnsi
encoding, which covers å ä ö é § – and curly quotes, so the text layer
extracts back exactly (make_pdfs checks that with pypdfium2 when it is
installed).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "pdf-src"
CORPUS = HERE.parent / "corpus"
ORGANISATION = "Norrälvens Samordningsförbund"

# output file -> (document kind in the running header, meeting date, has a
# "Justerandes sign" footer). Kallelser are not signed.
DOCUMENTS = {
    "2024-01-25_protokoll.pdf": ("Sammanträdesprotokoll", "2024-01-25", True),
    "2024-03-14_protokoll.pdf": ("Sammanträdesprotokoll", "2024-03-14", True),
    "2024-06-13_protokoll.pdf": ("Sammanträdesprotokoll", "2024-06-13", True),
    "2024-09-19_protokoll.pdf": ("Sammanträdesprotokoll", "2024-09-19", True),
    "2024-11-21_protokoll.pdf": ("Sammanträdesprotokoll", "2024-11-21", True),
    "2024-12-12_kallelse.pdf": ("Kallelse och föredragningslista", "2024-12-12", False),
}

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 62
RIGHT = PAGE_WIDTH - 62
TOP = PAGE_HEIGHT - 80
BOTTOM = 84
VALUE_COLUMN = LEFT + 128
BODY_FONT, BOLD_FONT = "Helvetica", "Helvetica-Bold"
BODY_SIZE, LEADING = 10.5, 14.2
PAGE_BREAK = "<sidbrytning>"


class PageOverflow(Exception):
    pass


Segment = tuple[str, float, float, str]  # font, size, x, text


def _rows(line: str) -> list[list[Segment]]:
    """Lay one source line out as printed rows, each a list of text segments."""
    if line.startswith("# "):
        return [[(BOLD_FONT, 16, LEFT, line[2:])]]
    if line.startswith("## "):
        return [[(BOLD_FONT, 11.5, LEFT, line[3:])]]
    if "\t" in line:
        label, value = line.split("\t", 1)
        labels = simpleSplit(label, BOLD_FONT, BODY_SIZE, VALUE_COLUMN - LEFT - 8)
        values = simpleSplit(value, BODY_FONT, BODY_SIZE, RIGHT - VALUE_COLUMN)
        rows: list[list[Segment]] = []
        for index in range(max(len(labels), len(values), 1)):
            row = []
            if index < len(labels):
                row.append((BOLD_FONT, BODY_SIZE, LEFT, labels[index]))
            if index < len(values):
                row.append((BODY_FONT, BODY_SIZE, VALUE_COLUMN, values[index]))
            rows.append(row or [(BODY_FONT, BODY_SIZE, LEFT, "")])
        return rows
    if line.startswith("- "):
        wrapped = simpleSplit(line[2:], BODY_FONT, BODY_SIZE, RIGHT - LEFT - 16)
        rows = [[(BODY_FONT, BODY_SIZE, LEFT + 6, "- " + wrapped[0])]]
        return rows + [[(BODY_FONT, BODY_SIZE, LEFT + 16, part)] for part in wrapped[1:]]
    return [[(BODY_FONT, BODY_SIZE, LEFT, part)] for part in simpleSplit(line, BODY_FONT, BODY_SIZE, RIGHT - LEFT)]


def _draw_header(pdf: canvas.Canvas, kind: str, date: str) -> None:
    pdf.setFont(BODY_FONT, 8.5)
    pdf.drawString(LEFT, PAGE_HEIGHT - 48, f"{ORGANISATION}  {kind}  {date}")
    pdf.line(LEFT, PAGE_HEIGHT - 54, RIGHT, PAGE_HEIGHT - 54)


def _draw_footer(pdf: canvas.Canvas, signed: bool, number: int, total: int) -> None:
    pdf.setFont(BODY_FONT, 8.5)
    pdf.line(LEFT, 62, RIGHT, 62)
    if signed:
        pdf.drawString(LEFT, 48, "Justerandes sign")
        pdf.drawString(LEFT + 150, 48, "Utdragsbestyrkande")
    pdf.drawRightString(RIGHT, 48, f"Sida {number} av {total}")


def build(name: str, kind: str, date: str, signed: bool) -> Path:
    source = SOURCE_DIR / (Path(name).stem + ".txt")
    pages = source.read_text(encoding="utf-8").split(PAGE_BREAK + "\n")
    target = CORPUS / name
    pdf = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    pdf.setTitle(f"{ORGANISATION} {kind} {date}")
    pdf.setAuthor(ORGANISATION)
    for number, page in enumerate(pages, start=1):
        _draw_header(pdf, kind, date)
        y = TOP
        for line in page.rstrip("\n").split("\n"):
            if not line.strip():
                y -= LEADING * 0.6
                continue
            for row in _rows(line):
                for font, size, x, text in row:
                    pdf.setFont(font, size)
                    pdf.drawString(x, y, text)
                size = max(segment[1] for segment in row)
                y -= LEADING + max(0.0, size - BODY_SIZE)
            if y < BOTTOM:
                raise PageOverflow(f"{source.name}: page {number} does not fit, move a {PAGE_BREAK}")
        _draw_footer(pdf, signed, number, len(pages))
        pdf.showPage()
    pdf.save()
    return target


def check_text_layer(path: Path, source: Path) -> None:
    """The point of these PDFs is their text layer: every word of a page's
    text must read back from that page, with å ä ö § – intact. (Words, not
    lines: two-column rows interleave label and value in reading order.)"""
    try:
        import pypdfium2
    except ImportError:
        return
    pages = source.read_text(encoding="utf-8").split(PAGE_BREAK + "\n")
    document = pypdfium2.PdfDocument(str(path))
    for number, (page_text, page) in enumerate(zip(pages, document, strict=True), start=1):
        expected = Counter(page_text.replace("## ", "").replace("# ", "").split())
        extracted = Counter(page.get_textpage().get_text_range().split())
        missing = expected - extracted
        if missing:
            raise SystemExit(f"{path.name} page {number}: {sorted(missing)} do not read back from the text layer")


def main() -> int:
    for name, (kind, date, signed) in DOCUMENTS.items():
        path = build(name, kind, date, signed)
        check_text_layer(path, SOURCE_DIR / (Path(name).stem + ".txt"))
        print(f"{path.relative_to(HERE.parent)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
