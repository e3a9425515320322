"""Three layouts of held-out set H, as patterns of Swedish meeting language in general (issue 10):

- Finland-Swedish protocols: the number before the sign ("12 § Val av protokolljusterare", the
  mark set in the margin beside the title, which the PDF writes after the page's text), a header
  table of labels ("Organ", "Sammanträdestid"), a contents list led by dots to page numbers, the
  decision under "<Organ>s beslut:" and never under "Förslag:" or "Ordförande X:s förslag:", the
  earlier treatments of a matter quoted above this meeting's ("Tidigare behandling:" / "Styrelsen
  3.2.2024, 5 §"), and Finnish case numbers ("KOMM/88/12.00.01/2024") set above their item.
- Minnesanteckningar with unnumbered headings set in bold or larger type in a PDF whose text face
  reports a heavy weight though named "Regular"; a title wrapped onto a second line in its type.
- Attendance lists written surname first, with checkboxes ("[X] Granqvist Jonas, ordförande"):
  each person given name first, once.

Fixtures in the shape of a Finland-Swedish kommun's nämnd, a samkommun's styrelse, a state agency's
working group and a förening; all names are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.extract import parse_document
from arkiv.ingest.layout import _bold_face
from arkiv.ingest.readers import read_document
from tests.extraction import decisions


# ---------------------------------------------------------------- PDFs


def _write(path, rows):
    """One page of rows (font, size, x, text, baseline): a row with a baseline of its own is drawn
    there without moving on (a margin mark the PDF writes after the page's text)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for font, size, x, text, same_line_as in rows:
        pdf.setFont(font, size)
        at = same_line_as if same_line_as is not None else y
        pdf.drawString(x, at, text)
        if same_line_as is None:
            y -= size + 8
    pdf.showPage()
    pdf.save()
    return path


def test_a_text_face_named_regular_is_no_bold_whatever_weight_it_reports():
    assert _bold_face(b"CAAAAA+CrimsonText-Regular", 610, 0x80004) is False
    assert _bold_face(b"EAAAAA+CrimsonText-Bold", 748, 0x80004) is True
    assert _bold_face(b"ABCDEF+Garamond", 700, 0) is True  # no weight in the name: the weight says


def test_working_group_notes_bold_headings_and_a_wrapped_title(tmp_path):
    rows = [
        ("Helvetica", 22, 72, "Referensgrupp för metadata den 12", None),
        ("Helvetica", 22, 72, "december", None),
        ("Times-Roman", 11, 72, "Gruppen träffades digitalt.", None),
        ("Helvetica-Bold", 12, 72, "Bakgrund och syfte", None),
        ("Times-Roman", 11, 72, "Arbetet sker inom myndighetens uppdrag om gemensamma specifikationer.", None),
        ("Times-Bold", 11, 72, "Synpunkter och funderingar", None),
        ("Times-Roman", 11, 72, "Det blev enklare att förstå när gruppen fick se ett exempel.", None),
        ("Helvetica-Bold", 12, 72, "Inför fortsättningen", None),
        ("Times-Roman", 11, 72, "Gruppen kom överens om att remissrundan skjuts till februari.", None),
    ]
    doc = parse_document(clean_pages(read_document(_write(tmp_path / "n.pdf", rows)).pages))
    assert [(s.number, s.title) for s in doc.sections] == [
        (None, "Bakgrund och syfte"), (None, "Synpunkter och funderingar"), (None, "Inför fortsättningen")]
    assert decisions(doc)["Inför fortsättningen"] == [
        ("Gruppen kom överens om att remissrundan skjuts till februari.", "beslutad")]
