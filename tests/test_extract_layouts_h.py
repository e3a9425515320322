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
from arkiv.swedish import dnr
from tests.extraction import decisions, parsed


def _item_page(mark: str, body: str) -> str:
    """An item's page as the PDF gives it: the text, the rule under it, the margin mark, the header."""
    return f"{body}______\n{mark}\nProtokoll 14.03.2024 Sida\n{mark}\n"


NAMND = (
    "Organ\tBildningsnämnden\nSammanträdestid\t14.3.2024 kl. 18:00 – 19:40\nSammanträdesplats\tKommunhuset\n"
    "Ärenden\t12 – 14 §\nBeslutande\n[X] Granqvist Jonas, ordförande\t[X] Lindholm Sara\n"
    "[ ] Backman Ella\t[X] Söderlund Mikael, distans\nÖvriga närvarande\n"
    "Nyström Frida, bildningsdirektör, protokollförare\nProtokoll 2/2024\n",
    "12 § Sammanträdets laglighet och beslutförhet ........................................ 1\n"
    "13 § Val av protokolljusterare ........................................................ 2\n"
    "14 § Skolskjutsar läsåret 2024–2025 ................................................... 3\n",
    _item_page("12 §", "12 § Sammanträdets laglighet och beslutförhet\n"
               "Ordföranden konstaterar om nämnden är lagligt sammankallad och beslutför.\n"
               "Bildningsnämndens beslut:\nSammanträdet konstaterades lagligt sammankallat och beslutfört.\n"),
    "KOMM/88/12.00.01/2024\n" + _item_page("13 §", "13 § Val av protokolljusterare\nFörslag:\n"
                                          "Nämnden utser två protokolljusterare.\nBildningsnämndens beslut:\n"
                                          "Sara Lindholm och Mikael Söderlund utsågs till protokolljusterare.\n"),
    "KOMM/91/05.10.00/2024\n" + _item_page("14 §", "14 § Skolskjutsar läsåret 2024–2025\n"
                                          "Beredning: bildningsdirektör Frida Nyström\n"
                                          "Ordförande Jonas Granqvists förslag:\nNämnden godkänner skolskjutsplanen.\n"
                                          "Bildningsnämndens beslut:\nNämnden godkände skolskjutsplanen med ändringar.\n"
                                          "Frida redogör för kostnaderna.\n"),
)


def test_namnd_items_numbered_before_the_sign_with_decisions_under_the_organs_beslut():
    doc = parsed(*NAMND)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 12", "Sammanträdets laglighet och beslutförhet"),
        ("§ 13", "Val av protokolljusterare"),
        ("§ 14", "Skolskjutsar läsåret 2024–2025"),
    ]
    assert decisions(doc) == {
        "§ 12": [("Sammanträdet konstaterades lagligt sammankallat och beslutfört.", "beslutad")],
        "§ 13": [("Sara Lindholm och Mikael Söderlund utsågs till protokolljusterare.", "beslutad")],
        "§ 14": [("Nämnden godkände skolskjutsplanen med ändringar. Frida redogör för kostnaderna.", "beslutad")],
    }


def test_namnd_finnish_case_numbers_belong_to_the_item_below_them():
    doc = parsed(*NAMND)
    assert [(s.number, [ref.text for ref in s.dnr]) for s in doc.sections] == [
        ("§ 12", []), ("§ 13", ["KOMM/88/12.00.01/2024"]), ("§ 14", ["KOMM/91/05.10.00/2024"])]
    assert [ref.key for s in doc.sections for ref in s.dnr] == ["KOMM-2024-88", "KOMM-2024-91"]


def test_finnish_case_number_reads_series_number_and_year_and_a_lower_case_one_is_none():
    assert [(f.dnr.key, f.text) for f in dnr.find("Dnr NKBY/698/12.03.01/2022 och BILD/7/05.00/2024")] == [
        ("NKBY-2022-698", "Dnr NKBY/698/12.03.01/2022"), ("BILD-2024-7", "BILD/7/05.00/2024")]
    assert list(dnr.find("se komm/88/12.00.01/2024")) == []


def test_namnd_attendance_checkboxes_surname_first_give_each_person_once():
    doc = parsed(*NAMND)
    assert [(p.name, p.role) for p in doc.persons] == [
        ("Jonas Granqvist", "ordförande"),
        ("Sara Lindholm", "ledamot"),
        ("Ella Backman", "ledamot"),
        ("Mikael Söderlund", "ledamot"),
        ("Frida Nyström", "bildningsdirektör"),
    ]


SAMKOMMUN = (
    "Organ\tStyrelsen för samkommunen\nSammanträdestid\t9.4.2024 kl. 15:00\nBeslutande\n"
    "[X] Mattsson Ulla, ordförande\n[X] Holmström Erik\n[X] Kronqvist Linnea\nProtokoll 4/2024\n",
    "SAMK/45/00.01.02/2024\n" + _item_page(
        "19 §",
        "19 § Servicenätverk för äldreomsorgen\nTidigare behandling:\nStyrelsen 3.2.2024, 5 §\n"
        "Styrelsens beslut:\nStyrelsen godkände utredningsuppdraget.\n______\nStyrelsen 9.4.2024, 19 §\n"
        "Beredning: förvaltningsdirektör Anders Wikström\nUtredningen är klar.\nFörslag:\n"
        "Styrelsen antar servicenätverket.\nStyrelsens beslut:\nStyrelsen antog servicenätverket.\n"),
)


def test_samkommun_earlier_treatment_quoted_above_is_no_decision_of_this_meeting():
    doc = parsed(*SAMKOMMUN)
    assert decisions(doc) == {"§ 19": [("Styrelsen antog servicenätverket.", "beslutad")]}
    assert [(p.name, p.role) for p in doc.persons] == [
        ("Ulla Mattsson", "ordförande"), ("Erik Holmström", "ledamot"), ("Linnea Kronqvist", "ledamot"),
        ("Anders Wikström", "förvaltningsdirektör")]


def test_a_law_cited_number_first_heads_no_item():
    doc = parsed(
        "Protokoll\n\n§ 4 Avgifter\nEnligt förvaltningslagen gäller att\n"
        "13 § kommunallagen ska tillämpas.\nNämnden beslutar att höja avgiften.\n"
    )
    assert [(s.number, s.title) for s in doc.sections] == [("§ 4", "Avgifter")]


FORENING = (
    "Hembygdsföreningen Ekudden\nStyrelsemöte 2024-03-05\n\nNärvarande\n[x] Wikström Maja, ordförande\n"
    "[x] Lindqvist Oskar, kassör\n[ ] Sandberg Hanna\n\n§ 1 Mötets öppnande\nMaja öppnade mötet.\n"
    "§ 2 Ekonomi\nOskar redogjorde för ekonomin. Lindqvist Oskar tar fram en budget.\n"
)


def test_forening_checkbox_list_surname_first_and_first_names_later_are_one_person():
    doc = parsed(FORENING)
    assert [(p.name, p.role) for p in doc.persons] == [
        ("Maja Wikström", "ordförande"), ("Oskar Lindqvist", "kassör"), ("Hanna Sandberg", None)]


def test_checkbox_list_given_name_first_is_kept_as_written():
    doc = parsed("Föreningen Ekudden\nStyrelsemöte 2024-03-05\n\nNärvarande\n[x] Maja Wikström, ordförande\n"
                 "[x] Oskar Lindqvist\n\n§ 1 Mötets öppnande\nMaja öppnade mötet.\n")
    assert [p.name for p in doc.persons] == ["Maja Wikström", "Oskar Lindqvist"]


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


def test_margin_mark_written_after_the_page_text_stands_before_its_title(tmp_path):
    rows = [
        ("Helvetica-Bold", 12, 110, "Val av protokolljusterare", None),
        ("Helvetica", 11, 140, "Förslag:", None),
        ("Helvetica", 11, 140, "Nämnden utser två protokolljusterare.", None),
        ("Helvetica-Bold", 11, 72, "Bildningsnämndens beslut:", None),
        ("Helvetica", 11, 140, "Eva Ek och Per Holm utsågs till protokolljusterare.", None),
        ("Helvetica", 11, 140, "Ungdomsrådet 3.2.2024, 13 §", None),
        ("Helvetica-Bold", 12, 72, "17 §", 800),  # beside the title, written last
    ]
    pages = read_document(_write(tmp_path / "p.pdf", rows)).pages
    lines = pages[0].split("\n")
    assert lines[0] == "17 § Val av protokolljusterare"
    assert "Ungdomsrådet 3.2.2024, 13 §" in lines  # a mark cited on its own line stays
    doc = parse_document(clean_pages(pages))
    assert [(s.number, s.title) for s in doc.sections] == [("§ 17", "Val av protokolljusterare")]


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
