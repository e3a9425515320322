"""PDF layout: table rows keep their cells, signature blocks in columns pair names with roles, and
two-column pages are read column by column (real PDFs drawn with reportlab)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from arkiv import Archive
from arkiv.ingest.readers import read_document

ATTENDANCE = [["Namn", "Parti", "Roll"], ["Anna Berg", "S", "ordförande"], ["Olle Sund", "M", "vice ordförande"],
              ["Karin Ek", "", "sekreterare"]]


def _page(path, draw) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    draw(pdf)
    pdf.showPage()
    pdf.save()


def _attendance_table(pdf, top: float) -> None:
    table = Table(ATTENDANCE, colWidths=[150, 60, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    _, height = table.wrapOn(pdf, 400, 400)
    table.drawOn(pdf, 72, top - height)


def test_table_rows_keep_their_cells_and_prose_stays_as_written(tmp_path):
    path = tmp_path / "narvaro.pdf"

    def draw(pdf):
        pdf.drawString(72, 800, "Närvarande vid sammanträdet den 14 maj 2024")
        _attendance_table(pdf, 780)
        pdf.drawString(72, 660, "Ordföranden öppnade mötet och hälsade alla välkomna.")

    _page(path, draw)
    lines = read_document(path).pages[0].split("\n")
    assert "Anna Berg\tS\tordförande" in lines
    assert "Karin Ek\tsekreterare" in lines  # an empty cell leaves a wider gap, not a column of its own
    assert "Närvarande vid sammanträdet den 14 maj 2024" in lines
    assert "Ordföranden öppnade mötet och hälsade alla välkomna." in lines


def _protocol_with_signatures(pdf) -> None:
    lines = ["Protokoll Kulturnämnden", "Datum: 2024-05-14", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.",
             "§ 2 Bidrag till föreningar", "Dnr KN 2024/31", "Nämnden beslutar att bevilja bidragen.", "Underskrifter"]
    for i, line in enumerate(lines):
        pdf.drawString(72, 800 - 18 * i, line)
    pdf.drawString(72, 620, "Carl Andersson")
    pdf.drawString(300, 620, "Karin Holm")
    pdf.drawString(72, 605, "Ordförande")
    pdf.drawString(300, 605, "Justerare")


def test_signature_block_in_columns_pairs_each_name_with_the_role_under_it(tmp_path):
    path = tmp_path / "protokoll.pdf"
    _page(path, _protocol_with_signatures)
    assert "Carl Andersson\tKarin Holm\nOrdförande\tJusterare" in read_document(path).pages[0]
    with Archive() as archive:
        archive.ingest([path])
        doc = archive.document(path)
    roles = {p.name: p.role for p in doc.persons}
    assert roles.get("Carl Andersson") == "ordförande"
    assert roles.get("Karin Holm") == "justerare"
    assert [s.number for s in doc.sections] == ["§ 1", "§ 2"]


LEFT = [f"Vänster spalt rad {i} berättar om nämndens arbete" for i in range(8)]
RIGHT = [f"Höger spalt rad {i} fortsätter med budgeten" for i in range(8)]


def test_two_column_page_is_read_column_by_column(tmp_path):
    path = tmp_path / "spalter.pdf"

    def draw(pdf):
        pdf.drawString(72, 800, "Minnesanteckningar från planeringsdagen")
        for i, (left, right) in enumerate(zip(LEFT, RIGHT)):
            pdf.drawString(40, 770 - 14 * i, left)
            pdf.drawString(310, 770 - 14 * i, right)
        pdf.drawString(40, 640, "Anteckningarna justeras vid nästa möte.")

    _page(path, draw)
    lines = read_document(path).pages[0].split("\n")
    assert lines == ["Minnesanteckningar från planeringsdagen", *LEFT, *RIGHT, "Anteckningarna justeras vid nästa möte."]


def test_hanging_headings_are_not_taken_for_two_columns(tmp_path):
    path = tmp_path / "hangande.pdf"
    texts = [f"Styrelsen diskuterade punkt {i} och beslutade enligt förslaget i underlaget" for i in range(8)]

    def draw(pdf):
        for i, text in enumerate(texts):
            pdf.drawString(40, 800 - 14 * i, f"§ {i + 1}")
            pdf.drawString(110, 800 - 14 * i, text)

    _page(path, draw)
    lines = read_document(path).pages[0].split("\n")
    assert lines[0].startswith("§ 1") and lines[0].endswith("punkt 0 och beslutade enligt förslaget i underlaget")
    assert lines[1].startswith("§ 2")


def test_several_item_marks_in_the_margin_of_one_page_each_go_before_their_title(tmp_path):
    # the marks are drawn after the page's text, as word processors write a margin column
    path = tmp_path / "marginal.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    titles = [(760, "Val av justerare"), (700, "Godkännande av dagordning"), (640, "Skolskjuts")]
    for y, title in titles:
        pdf.drawString(140, y, title)
        pdf.drawString(140, y - 16, "Nämnden beslutar att godkänna förslaget.")
    for number, (y, _) in enumerate(titles, start=50):
        pdf.drawString(60, y, f"§ {number}")
    pdf.save()
    text = read_document(path).pages[0]
    assert [line for line in text.splitlines() if line.startswith("§")] == [
        "§ 50 Val av justerare", "§ 51 Godkännande av dagordning", "§ 52 Skolskjuts"]
