"""Headings set only in a larger or bold type in a PDF (a BRF's or förening's notes without numbered
items) head sections; a numbered document keeps its numbers, and "1) … 2) …" in running text is
no agenda. PDFs are written with reportlab for each test (issue 10)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.extract import parse_document
from arkiv.ingest.readers import read_document

BODY = ("Helvetica", 11)


def write_pdf(path, rows: list[tuple[tuple[str, int], str]], matrix_scale: float = 1.0):
    """One line per row in its (font, size); with `matrix_scale` the size is set by the text matrix
    (font size 1, scaled), as some writers do."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for (font, size), text in rows:
        if matrix_scale != 1.0:
            obj = pdf.beginText()
            obj.setFont(font, size / matrix_scale)
            obj.setTextTransform(matrix_scale, 0, 0, matrix_scale, 72, y)
            obj.textOut(text)
            pdf.drawText(obj)
        else:
            pdf.setFont(font, size)
            pdf.drawString(72, y, text)
        y -= size + 8
    pdf.showPage()
    pdf.save()
    return path


BRF_NOTES = [
    (("Helvetica-Bold", 18), "Protokoll styrelsemöte"),
    (BODY, "Datum: 2025-03-04"),
    (("Helvetica-Bold", 14), "Hus 2"),
    (BODY, "Taket på hus 2 läcker. Styrelsen beslutar att anlita en takläggare."),
    (("Helvetica-Bold", 14), "Styrelsen informerar"),
    (BODY, "Den nya hemsidan är klar i april."),
    (("Helvetica-Bold", 14), "Frågor som diskuterades"),
    (BODY, "Parkeringen diskuterades. Styrelsen beslutar att hyra ut två platser."),
]


def parsed(path):
    return parse_document(clean_pages(read_document(path).pages))


def test_larger_type_headings_head_sections(tmp_path):
    doc = parsed(write_pdf(tmp_path / "brf.pdf", BRF_NOTES))
    assert [(s.number, s.title) for s in doc.sections] == [
        (None, "Hus 2"), (None, "Styrelsen informerar"), (None, "Frågor som diskuterades")]
    assert [[d.text for d in s.decisions] for s in doc.sections] == [
        ["Styrelsen beslutar att anlita en takläggare."], [], ["Styrelsen beslutar att hyra ut två platser."]]


def test_headings_scaled_by_the_text_matrix_are_found_too(tmp_path):
    doc = parsed(write_pdf(tmp_path / "scaled.pdf", BRF_NOTES, matrix_scale=10.0))
    assert [s.title for s in doc.sections] == ["Hus 2", "Styrelsen informerar", "Frågor som diskuterades"]


def test_bold_headings_at_body_size_and_a_dated_title_line(tmp_path):
    rows = [(("Helvetica-Bold", 16), "Föreningsmöte 4 mars 2025"), (("Helvetica-Bold", 20), "Protokoll"),
            (("Helvetica-Bold", 11), "Ekonomi"), (BODY, "Kassören redovisade kassan. Mötet godkände rapporten."),
            (("Helvetica-Bold", 11), "Sommarfesten"), (BODY, "Festen blir i juni.")]
    doc = parsed(write_pdf(tmp_path / "forening.pdf", rows))
    assert [s.title for s in doc.sections] == ["Ekonomi", "Sommarfesten"]


def test_a_numbered_document_keeps_its_numbers_and_its_text(tmp_path):
    rows = [(("Helvetica-Bold", 16), "Protokoll styrelsemöte"), (("Helvetica-Bold", 12), "§ 1 Mötets öppnande"),
            (BODY, "Ordföranden öppnade mötet."), (("Helvetica-Bold", 12), "§ 2 Budget"),
            (BODY, "Styrelsen beslutar att anta budgeten."), (("Helvetica-Bold", 12), "§ 3 Avslutning"),
            (BODY, "Mötet avslutades.")]
    path = write_pdf(tmp_path / "numrerat.pdf", rows)
    assert not any(line.startswith("#") for page in read_document(path).pages for line in page.split("\n"))
    assert [s.number for s in parsed(path).sections] == ["§ 1", "§ 2", "§ 3"]


def test_a_numbered_list_in_running_text_is_no_agenda(tmp_path):
    rows = [(("Helvetica-Bold", 18), "Anteckningar husmöte"), (("Helvetica-Bold", 14), "Gården"),
            (BODY, "Styrelsen har gått igenom gården och föreslår följande åtgärder:"),
            (BODY, "1) Nya bänkar ställs vid lekplatsen."), (BODY, "2) Häcken klipps i maj."),
            (BODY, "3) Sandlådan får ny sand."), (("Helvetica-Bold", 14), "Tvättstugan"),
            (BODY, "Bokningstavlan byts ut.")]
    doc = parsed(write_pdf(tmp_path / "husmote.pdf", rows))
    assert [(s.number, s.title) for s in doc.sections] == [(None, "Gården"), (None, "Tvättstugan")]
    assert "2) Häcken klipps i maj." in doc.sections[0].text


def test_an_ocr_layer_under_a_scan_gives_no_headings(tmp_path):
    """The invisible text a scanner's OCR lays under the image has sizes guessed from the letters:
    a signature scribble read as large text is no heading."""
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for size, text in [(18, "Styrelsemöte"), (11, "Mötet öppnades."), (24, "fra Uls"), (11, "Styrelsen beslutar att måla staketet.")]:
        obj = pdf.beginText(72, y)
        obj.setTextRenderMode(3)
        obj.setFont("Helvetica", size)
        obj.textOut(text)
        pdf.drawText(obj)
        y -= size + 8
    pdf.showPage()
    pdf.save()
    assert not any(line.startswith("#") for page in read_document(path).pages for line in page.split("\n"))


def test_a_short_numbered_list_under_type_headings_is_no_agenda(tmp_path):
    rows = [(("Helvetica-Bold", 18), "Anteckningar styrelsemöte"), (("Helvetica-Bold", 14), "Ekonomi"),
            (BODY, "Kassören gick igenom läget."), (("Helvetica-Bold", 14), "Trädgården"),
            (BODY, "Att göra i vår:"), (BODY, "1. Beskära träden"), (BODY, "2. Så gräsmattan"),
            (("Helvetica-Bold", 14), "Fasaden"), (BODY, "Styrelsen beslutar att tvätta fasaden."),
            (("Helvetica-Bold", 14), "Nästa möte"), (BODY, "Nästa möte hålls i maj.")]
    doc = parsed(write_pdf(tmp_path / "lista.pdf", rows))
    assert [s.title for s in doc.sections] == ["Ekonomi", "Trädgården", "Fasaden", "Nästa möte"]
    assert "2. Så gräsmattan" in doc.sections[1].text


def test_numbered_items_set_in_bold_keep_their_numbers(tmp_path):
    rows = [(("Helvetica-Bold", 18), "Protokoll årsmöte"), (("Helvetica-Bold", 12), "1. Mötets öppnande"),
            (BODY, "Ordföranden öppnade mötet."), (("Helvetica-Bold", 12), "2. Val av justerare"),
            (BODY, "Eva Ek valdes."), (("Helvetica-Bold", 12), "3. Avslutning"), (BODY, "Mötet avslutades.")]
    doc = parsed(write_pdf(tmp_path / "arsmote.pdf", rows))
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av justerare"), ("§ 3", "Avslutning")]
