"""Segmentation into § sections and search paragraphs, on the seed protocol, the eval corpus and
small synthetic pages for the negative cases."""

from pathlib import Path

import pytest

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.readers import read_document
from arkiv.ingest.segment import MAX_PARAGRAPH_WORDS, paragraphs_of, segment
from tests.conftest import EVALDOCS, SEEDS, needs_shared

SEED_004 = SEEDS / "004_c84889afaa9dbc4c.txt"
BORRBY = EVALDOCS / "lundgren9-Borrby" / "Protokoll  SPn april 2024_Bortredigerad.pdf"
LITHEKOD = EVALDOCS / "lithekod-protocols" / "konstituerande_mote_130930.pdf"
STACKEN = EVALDOCS / "stacken-w3" / "varmote-protokoll.md"
IX_ORG = EVALDOCS / "ix-sthlm-ix-sthlm.github.io" / "annual-meeting-protocol-2020.org"


def pages_of(path: Path) -> list[str]:
    return clean_pages(read_document(path).pages)


def numbers(path: Path) -> list[str | None]:
    return [s.number for s in segment(pages_of(path)).sections]


@needs_shared
def test_seed_004_has_each_paragraph_once_and_no_agenda_entries():
    """GIVEN the 004 protocol with an ÄRENDELISTA (§ 27<TAB>title<TAB>page) before § 27
    WHEN it is segmented
    THEN § 27–38 come out exactly once each, in order, and the list of contents is not a section."""
    sections = segment(pages_of(SEED_004)).sections
    assert [s.number for s in sections] == [f"§ {n}" for n in range(27, 39)]
    assert sections[0].title == "Protokolljustering och dagordning"
    assert "Ordförande Gunilla Berglund öppnar" in sections[0].text


@needs_shared
def test_seed_004_continuation_headers_are_merged():
    """GIVEN "§ 30 (forts)" and "§ 36 (forts)" page continuations
    THEN their text is appended to § 30 and § 36."""
    by_number = {s.number: s for s in segment(pages_of(SEED_004)).sections}
    assert "Fortsatta samtal sker tillsammans" in by_number["§ 30"].text
    assert "en riktning för utbildningssatsningar" in by_number["§ 36"].text
    assert "forts" not in by_number["§ 36"].title


@needs_shared
def test_borrby_sections_66_to_89_once_with_title_from_next_line():
    """GIVEN the 44-page nämnd protocol whose page 3 is a § table ("§ 66 Upprop … 2024/1 4") and whose
    § lines carry only the Dnr ("§ 66 Dnr 2024/1", title on the next line, "§ 71 forts Dnr …")
    THEN each of § 66–89 appears once, with its title and starting page."""
    sections = segment(pages_of(BORRBY)).sections
    assert [s.number for s in sections] == [f"§ {n}" for n in range(66, 90)]
    first = sections[0]
    assert (first.title, first.page) == ("Upprop och val av justeringsperson", 4)
    by_number = {s.number: s for s in sections}
    assert by_number["§ 69"].title.endswith("köpa västra pirarmen i Vitemölla")
    assert "Uppdra åt förvaltningschefen" in by_number["§ 71"].text  # from the "§ 71 forts" page


@needs_shared
def test_lithekod_sub_paragraphs_keep_their_numbers():
    """GIVEN "§1 Mötet öppnas" … "§8.1 Revisor" and a mid-sentence "att införa §6 Fastställande …"
    THEN sections are § 1 … § 11 including § 8.1–8.4, each once."""
    found = numbers(LITHEKOD)
    assert found[:3] == ["§ 1", "§ 2", "§ 3"]
    assert {"§ 8.1", "§ 8.4", "§ 9.2", "§ 11"} <= set(found)
    assert len(found) == len(set(found))


@needs_shared
def test_markdown_numbered_headings_become_sections():
    """GIVEN stacken Markdown "## 1. Mötets öppnande" … and unnumbered "## Övriga frågor"
    THEN numbered headings give "§ 1"…, unnumbered ones a section without number, and the
    document's own title heading is not a section."""
    sections = segment(pages_of(STACKEN)).sections
    assert sections[0].number == "§ 1" and sections[0].title == "Mötets öppnande"
    assert "§ 5" in [s.number for s in sections]
    assert any(s.number is None and s.title == "Övriga frågor" for s in sections)
    assert not any("Protokoll från" in s.title for s in sections)


@needs_shared
def test_org_parent_headings_are_sections_and_signatures_are_not():
    """GIVEN an Org file: "* Mötesfunktionärer" whose items are "** Val av …" sub-headings, beside
    "* Mötets behörighet" items with text THEN the items are sections, and so is the parent (an
    agenda point of its own, as the hand-made answers in bench/extraction_gold count it, with no text);
    "* Signaturer" / "** Ordförande" are not."""
    sections = segment(pages_of(IX_ORG)).sections
    titles = [s.title for s in sections]
    assert "Val av mötesordförande" in titles
    assert titles.index("Mötesfunktionärer") == titles.index("Val av mötesordförande") - 1
    assert next(s for s in sections if s.title == "Mötesfunktionärer").text == ""
    assert "Ordförande" not in titles and "Signaturer" not in titles


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet fattades enligt 7 kap. 5 § första stycket i stadgan.",
        "Mikael lägger fram tilläggsyrkande om att\ninföra §6 Fastställande av röstlängden.\n",
    ],
)
def test_paragraph_references_in_running_text_are_not_sections(text):
    """GIVEN a § reference inside a sentence THEN no section starts there."""
    assert segment([text]).sections == []


def test_front_page_paragraph_range_is_not_a_section():
    """GIVEN "Paragrafer" / "§ 27-38" on the front page THEN it starts no section."""
    page = "Paragrafer\n\n§ 27-38\n\n§ 27 Protokolljustering\n\nText.\n"
    assert [s.number for s in segment([page]).sections] == ["§ 27"]


def test_repeated_numbers_with_new_titles_stay_separate():
    """GIVEN a file holding two protocols, both starting at § 1
    THEN both § 1 sections are kept and not merged."""
    page = "§ 1 Mötets öppnande\nText A.\n§ 2 Avslutning\nText B.\n§ 1 Val av ordförande\nText C.\n"
    sections = segment([page]).sections
    assert [s.number for s in sections] == ["§ 1", "§ 2", "§ 1"]
    assert sections[2].text == "Text C."


def test_pdf_lines_are_rejoined_and_long_paragraphs_split():
    """GIVEN PDF-style text, one printed line per line and no blank lines
    THEN lines of one sentence are joined, list items start new paragraphs, and no paragraph
    exceeds the word limit."""
    lines = [(1, "Styrelsen diskuterar det ekonomiska"), (1, "läget och framtiden."), (2, "- Punkt ett"), (2, "—")]
    paragraphs = paragraphs_of(lines, "§ 1")
    assert [p.text for p in paragraphs] == ["Styrelsen diskuterar det ekonomiska läget och framtiden.", "- Punkt ett"]
    assert paragraphs[1].page == 2 and paragraphs[0].section == "§ 1"
    long = [(1, "Ord " * 30 + "slut.")] * 20
    assert all(len(p.text.split()) <= MAX_PARAGRAPH_WORDS for p in paragraphs_of(long, None))


@needs_shared
def test_borrby_paragraphs_carry_page_and_section():
    paragraphs = [p for p in paragraphs_of_document(BORRBY) if p.section == "§ 77"]
    assert paragraphs and {p.page for p in paragraphs} >= {22, 23}


def paragraphs_of_document(path: Path):
    from arkiv.ingest.extract import parse_document

    return parse_document(pages_of(path), filename=path.name).paragraphs


def test_agenda_list_without_page_numbers_is_not_sections():
    """GIVEN an ÄRENDELISTA whose lines "§ 1 Title" have no page numbers and come again as headings
    (corpus/ PDFs, page 2) THEN only the real headings are sections, with their own pages."""
    agenda = "ÄRENDELISTA\n§ 1 Öppnande\n§ 2 Dagordning\n§ 3 Budget\n§ 1 Öppnande\nText ett.\n"
    sections = segment([agenda, "§ 2 Dagordning\nText två.\n§ 3 Budget\nText tre.\n"]).sections
    assert [(s.number, s.page, s.text) for s in sections] == [
        ("§ 1", 1, "Text ett."), ("§ 2", 2, "Text två."), ("§ 3", 2, "Text tre."),
    ]


def test_arende_headings_start_sections():
    """GIVEN kallelse item pages "Ärende 4 Internkontrollplan 2025" (corpus/ kallelse)."""
    sections = segment(["Ärende 4 Internkontrollplan\nDnr NSF 2024/17\nText.\nÄrende 5 Delegationsordning\nText.\n"]).sections
    assert [(s.number, s.title) for s in sections] == [("§ 4", "Internkontrollplan"), ("§ 5", "Delegationsordning")]


def test_a_quoted_statute_does_not_decide_the_heading_system():
    """Issue 10: one "§ 7" line quoting the statutes inside a Markdown file with "## 1." headings;
    the headings of the whole document decide, so all "## N." items stay sections."""
    text = (
        "# Protokoll årsmöte i Bygdeföreningen\n\n## 1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
        "## 2. Val av mötesordförande\n\nMötet valde Anna Ek.\n\n## 3. Stadgeändring\n\nStadgarna säger:\n\n"
        "§ 7 Styrelsen består av fem ledamöter som väljs av årsmötet för två år.\n\n"
        "Mötet beslutade att ändra till sju ledamöter.\n\n## 4. Avslutning\n\nMötet avslutades.\n"
    )
    sections = segment([text]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av mötesordförande"), ("§ 3", "Stadgeändring"), ("§ 4", "Avslutning"),
    ]
    assert "§ 7 Styrelsen består" in sections[2].text


def test_markdown_heading_without_space_after_the_hashes():
    """Issue 10: "####1. Val av mötesordförande" is a heading like "#### 1. …"."""
    text = "####1. Mötets öppnande\n\nText.\n\n####2. Val av mötesordförande\n\nText.\n"
    assert [(s.number, s.title) for s in segment([text]).sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av mötesordförande")]


def test_numbered_plain_text_items_win_over_one_statute_line():
    text = (
        "Protokoll styrelsemöte\n\n1. Mötets öppnande\nOrdföranden öppnade.\n\n2. Föregående protokoll\n"
        "Lades till handlingarna.\n\n§ 4 Föreningens ändamål är att främja bygdens utveckling och kultur.\n\n"
        "3. Ekonomi\nKassören redogjorde.\n\n4. Avslutning\nMötet avslutades.\n"
    )
    assert [s.number for s in segment([text]).sections] == ["§ 1", "§ 2", "§ 3", "§ 4"]


def test_a_scanned_letters_own_numbering_does_not_interrupt_the_items():
    """GIVEN a protocol whose appendix (a scanned letter) has its own "Ärende 13" heading between
    § 74 and § 75 WHEN it is segmented THEN the letter stays inside § 74."""
    text = (
        "§ 73 Detaljplan för Åsen 1:2\nNämnden beslutar att anta planen.\n\n"
        "§ 74 Skrivelse om enskilda vägar\nSkrivelsen bifogas.\n\n"
        "Ärende 13. Kommunens ansvar för underhåll av enskilda vägar\nUndertecknad anser att …\n\n"
        "§ 75 Delegationsbeslut\nNämnden noterar informationen.\n"
    )
    sections = segment([text]).sections
    assert [s.number for s in sections] == ["§ 73", "§ 74", "§ 75"]
    assert "Ärende 13." in sections[1].text


DECIMAL_MINUTES = """Protokoll sektionsmöte 3

1 Inledning
1.1 Mötets öppnande
Ordföranden öppnade mötet kl 17.15.
1.2 Val av justerare
Mötet väljer Eva Ek till justerare.
1.3 Godkännande av dagordningen
Mötet godkänner dagordningen.
2 Ekonomi
2.1 Budget
Mötet beslutar att anta budgeten.
2.2 Bokslut
Bokslutet lades till handlingarna.
3 Övrigt
Inga övriga frågor.
"""


def test_two_level_numbering_makes_each_item_a_section():
    """GIVEN a studentsektion's minutes numbered "1 Inledning" / "1.1 Mötets öppnande" … without §
    THEN each "N.M" item heads its own section with its text, a part over items is a section
    without text, and a part with text of its own ("3 Övrigt") is an item."""
    sections = segment([DECIMAL_MINUTES]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 1", "Inledning"), ("§ 1.1", "Mötets öppnande"), ("§ 1.2", "Val av justerare"),
        ("§ 1.3", "Godkännande av dagordningen"), ("§ 2", "Ekonomi"), ("§ 2.1", "Budget"),
        ("§ 2.2", "Bokslut"), ("§ 3", "Övrigt"),
    ]
    assert [s.text for s in sections if s.number in ("§ 1", "§ 2")] == ["", ""]
    assert sections[5].text == "Mötet beslutar att anta budgeten."
    assert sections[7].text == "Inga övriga frågor."


def test_two_level_numbering_in_a_pdf_with_margin_words(tmp_path):
    """GIVEN a PDF (as LaTeX sets it) with "Beslut" in the margin beside a heading and a paragraph
    THEN the margin word neither hides the heading nor becomes one, and the decision is found."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from arkiv.ingest.extract import parse_document

    path = tmp_path / "sektionsmote.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    rows = [(None, "Protokoll styrelsemöte"), (None, "1 Formalia"), (None, "1.1 Mötets öppnande"),
            (None, "Ordföranden öppnade mötet."), ("Beslut", "1.2 Val av justerare"),
            ("Beslut", "Mötet väljer Eva Ek till justerare."), (None, "2 Verksamhet"),
            (None, "2.1 Lokalen"), ("Beslut", "Mötet beslutar att hyra lokalen."), (None, "2.2 Rapporter"),
            (None, "Rapporterna lades till handlingarna.")]
    y = 800
    for margin, text in rows:
        if margin:
            pdf.drawString(20, y, margin)
        pdf.drawString(110, y, text)
        y -= 18
    pdf.showPage()
    pdf.save()
    doc = parse_document(clean_pages(read_document(path).pages))
    assert [s.number for s in doc.sections] == ["§ 1", "§ 1.1", "§ 1.2", "§ 2", "§ 2.1", "§ 2.2"]
    assert doc.sections[2].title == "Val av justerare"
    decided = {s.number: [d.text for d in s.decisions] for s in doc.sections}
    assert decided["§ 1.2"] == ["Mötet väljer Eva Ek till justerare."]
    assert decided["§ 2.1"] == ["Mötet beslutar att hyra lokalen."]


def test_decimal_numbers_in_sentences_are_no_headings():
    """GIVEN statute points written as sentences ("2.1 Styrelsen ska bestå av fem ledamöter.")
    THEN they head nothing."""
    page = ("Stadgar\n\n2.1 Styrelsen ska bestå av fem ledamöter som väljs av stämman.\n"
            "2.2 Styrelsen sammanträder minst fyra gånger per år enligt kallelse.\n"
            "2.3 Ordföranden leder styrelsens arbete och möten under året.\n")
    assert segment([page]).sections == []


def test_a_paren_numbered_list_in_running_text_heads_nothing():
    """GIVEN minutes numbered "1. Titel" with a "1) … 2) … 3) …" list inside an item
    THEN only the items are sections and the list stays in its item's text."""
    page = ("Protokoll\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Underhåll\n"
            "Styrelsen föreslår följande:\n1) Nya fönster i hus 3.\n2) Målning av trapphus.\n3) Ny port.\n\n"
            "3. Avslutning\nMötet avslutades.\n")
    sections = segment([page]).sections
    assert [(s.number, s.title) for s in sections] == [("§ 1", "Mötets öppnande"), ("§ 2", "Underhåll"), ("§ 3", "Avslutning")]
    assert "2) Målning av trapphus." in sections[1].text


def test_two_level_numbering_skips_an_agenda_list_table_rows_and_appendix_labels():
    """GIVEN a stämma's agenda list "1." … "4." with no text, then a report numbered "1 Allmänt" /
    "2 Underhåll" / "2.1 …", a budget table ("3<TAB>Blommor<TAB>0") and "5 Bilaga 2" page footers
    THEN the report's parts and items are the sections."""
    page = ("Dagordning\n1. Val av ordförande\n2. Val av sekreterare\n3. Val av justerare\n4. Avslutning\n\n"
            "Styrelsens berättelse\n1 Allmänt\nStyrelsen har haft tio möten.\n2 Underhåll\n2.1 Taket\nTaket är lagat.\n"
            "2.2 Fönster\nFönstren är bytta.\n2.3 Gården\nGården är sådd.\n3 Ekonomi\nKassan är god.\n"
            "5 Bilaga 2\nBudget\n3\tBlommor\t0\n4\tPerenner\t0\n6 Bilaga 2\nMer budget\n")
    assert [(s.number, s.title) for s in segment([page]).sections] == [
        ("§ 1", "Allmänt"), ("§ 2", "Underhåll"), ("§ 2.1", "Taket"), ("§ 2.2", "Fönster"),
        ("§ 2.3", "Gården"), ("§ 3", "Ekonomi"),
    ]


def test_a_lone_part_without_text_between_items_is_still_an_item():
    page = ("1 Inledning\n1.1 Öppnande\nMötet öppnades.\n1.2 Justerare\nEva Ek valdes.\n1.3 Dagordning\n"
            "Dagordningen godkändes.\n2 Övrigt\n3 Avslutning\nMötet avslutades.\n")
    assert [s.number for s in segment([page]).sections] == ["§ 1", "§ 1.1", "§ 1.2", "§ 1.3", "§ 2", "§ 3"]


def test_title_lines_over_the_first_heading_are_front_matter():
    """GIVEN "# BRF Ekbacken" / "## Styrelsemöte 4" / "Närvarande: …" over the items
    THEN neither title line is a section and the attendance stays in the front."""
    page = "# BRF Ekbacken\n## Styrelsemöte 4\nNärvarande: Anna Ek, Per Lind\n### Hus 2\nTaket läcker.\n### Gården\nGräset klipps.\n"
    seg = segment([page])
    assert [s.title for s in seg.sections] == ["Hus 2", "Gården"]
    assert any("Närvarande" in line for _, line in seg.front)


def test_bare_paragraph_numbers_in_the_header_mention_the_items_further_on():
    """GIVEN "Omedelbart justerade paragrafer" / "§ 29" / "§ 30" in a nämnd protocol's header and the
    items "§ 21" … "§ 30" with their case numbers after it THEN the header's numbers head nothing."""
    page = ("Protokoll\nVård- och omsorgsnämnden\nOmedelbart justerade paragrafer\n§ 29\n§ 30\n"
            "Beslutande: Anna Ek (S), ordförande\n\n"
            + "".join(f"§ {n} Dnr VO 2025/{n}\nAvgifter för hemtjänst\nText om avgifterna.\n\n" for n in range(21, 31)))
    sections = segment([page]).sections
    assert [s.number for s in sections] == [f"§ {n}" for n in range(21, 31)]
    assert sections[-1].title == "Avgifter för hemtjänst"


def test_protocol_furniture_headings_are_no_items():
    page = ("# Protokoll\n## 1. Val av justerare\nEva Ek utses.\n## 2. Budget\nNämnden antar budgeten.\n"
            "## Justering\nJusterat 2025-03-10.\n## Anslag/bevis\nProtokollet är anslaget.\n")
    assert [(s.number, s.title) for s in segment([page]).sections] == [("§ 1", "Val av justerare"), ("§ 2", "Budget")]
