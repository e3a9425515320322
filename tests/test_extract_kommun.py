"""Protocols in the shapes of many organisations (kommunstyrelse, miljö- och hälsoskyddsnämnd,
socialnämnd, region, BRF, förening, studentsektion), written for these tests with invented text:
only the decision block is the decision, the background is history, OCR's '$' for '§', verb-first
passives of association minutes, Typst item levels, per-paragraph attendance and foreign case
numbers in a title."""

from arkiv.ingest.clean import clean_pages

from tests.extraction import decisions, parsed


def dnr(doc) -> dict[str, list[str]]:
    return {s.number: [r.text for r in s.dnr] for s in doc.sections}


# ------------------------------------------------------------------ 1. the kommun § shape

KOMMUNSTYRELSE = """Protokoll
Kommunstyrelsen
Sammanträdesdatum 2024-03-12

§ 12 Dnr KS 2024-123
Budget för 2025
Sammanfattning av ärendet
Kommunfullmäktige beslutade den 12 maj 2023 att ge kommunstyrelsen i uppdrag att ta fram
en budget. Kommunstyrelsen beslutade att remittera förslaget. Förvaltningen har tagit fram ett förslag.
Beslutsunderlag
Tjänsteskrivelse 2024-02-01
Förslag till budget 2025
Förslag till beslut
Kommunstyrelsen beslutar att anta budgeten.
Beslut i kommunstyrelsen
Kommunstyrelsen beslutar att anta budgeten för 2025.
Expedieras till
Ekonomiavdelningen
Protokollsanteckning
Per Ny (M) lämnar en protokollsanteckning.

§ 13 Dnr KS 2024-130
Överklagat bygglov
Ärendet
Länsstyrelsen avslog överklagandet. Frågor om bygglov beslutas av förvaltningschefen.
Beslutsunderlag
Tjänsteskrivelse
Kommunstyrelsens beslut
Kommunstyrelsen lägger informationen till handlingarna.
Expedieras till
Länsstyrelsen
"""

MILJONAMND = """PROTOKOLL
Miljö- och hälsoskyddsnämnden
Sammanträdesdatum 2024-04-10

§ 45 Dnr MH 2024-123
Föreläggande om åtgärder vid enskilt avlopp
Beskrivning av ärendet
Miljö- och hälsoskyddsnämnden beslutade den 3 mars 2023 att förelägga fastighetsägaren att
åtgärda avloppet. Beslutet överklagades. Länsstyrelsen avslog överklagandet.
Beslutsunderlag
Inspektionsrapport 2024-03-20
Miljö- och hälsoskyddsnämndens beslut
Miljö- och hälsoskyddsnämnden beslutar att förelägga fastighetsägaren att åtgärda avloppet
senast den 1 oktober 2024.
Expedieras till
Fastighetsägaren

§ 46 Dnr MH 2024-201
Taxa för tillsyn
Bakgrund
Kommunfullmäktige beslutade att anta en ny taxa.
Beslut i miljö- och hälsoskyddsnämnden
Nämnden beslutar att återremittera ärendet till förvaltningen.
"""


def test_only_the_decision_block_is_the_decision_in_a_kommunstyrelse_protocol():
    """GIVEN "Sammanfattning av ärendet" with earlier decisions of fullmäktige and of the board
    itself, "Beslutsunderlag", a proposal and "Beslut i kommunstyrelsen" / "Kommunstyrelsens beslut"
    THEN each § has exactly the block's decision, with its status, and the Dnr of its Dnr line."""
    doc = parsed(KOMMUNSTYRELSE)
    assert decisions(doc) == {
        "§ 12": [("Kommunstyrelsen beslutar att anta budgeten för 2025.", "beslutad")],
        "§ 13": [("Kommunstyrelsen lägger informationen till handlingarna.", "noterad")],
    }
    assert dnr(doc) == {"§ 12": ["Dnr KS 2024-123"], "§ 13": ["Dnr KS 2024-130"]}
    assert [s.title for s in doc.sections] == ["Budget för 2025", "Överklagat bygglov"]


def test_a_decision_under_the_organs_own_heading_is_joined_across_the_line_break():
    """GIVEN "Miljö- och hälsoskyddsnämndens beslut" / "Beslut i miljö- och hälsoskyddsnämnden"
    and a decision sentence broken over two printed lines THEN one whole decision per §; the
    earlier decision and the county board's rejection in the background set no status."""
    assert decisions(parsed(MILJONAMND)) == {
        "§ 45": [("Miljö- och hälsoskyddsnämnden beslutar att förelägga fastighetsägaren att åtgärda avloppet "
                  "senast den 1 oktober 2024.", "beslutad")],
        "§ 46": [("Nämnden beslutar att återremittera ärendet till förvaltningen.", "återremitterad")],
    }


DECISION_FIRST = """PROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2024-09-17

§ 61 Dnr BUN 2024/88
Skolskjuts
Barn- och utbildningsnämndens beslut
Nämnden beslutar att anta riktlinjerna för skolskjuts.
Arbetsutskottets förslag till barn- och utbildningsnämnden
Nämnden beslutar att anta riktlinjerna och att utreda skolskjutsen till friskolor.
Beslutsförslag
Nämnden beslutar att avslå förslaget om taxa.
Sammanfattning av ärendet
Nämnden beslutar varje år om riktlinjer. Kommunfullmäktige beslutade 2023 att sänka anslaget.
Yrkanden
Eva Ås (V) yrkar avslag.
Beslutsgång
Ordföranden ställer förslaget mot avslag och finner att nämnden beslutar enligt förslaget.
Expedieras till
Skolskjutsenheten
"""


def test_a_decision_block_first_and_the_background_after_it():
    """GIVEN the decision first, then a committee's proposal, a "Beslutsförslag", the background with a
    general present-tense sentence, a motion and the chairman's finding by reference THEN one
    decision, the block's."""
    assert decisions(parsed(DECISION_FIRST)) == {
        "§ 61": [("Nämnden beslutar att anta riktlinjerna för skolskjuts.", "beslutad")]}


SOCIALNAMND = """PROTOKOLL
Socialnämnden
Sammanträdesdatum 2024-05-02

§ 30 Dnr SN 2024/45
Riktlinjer för bistånd
Sammanfattning av ärendet Kommunfullmäktige beslutade den 12 maj 2023 att ge
socialnämnden i uppdrag att revidera riktlinjerna. Kommunstyrelsen beslutade att
tillstyrka förslaget. Beslut om bistånd beslutas av enhetschefen.
Beslutsunderlag
Tjänsteskrivelse 2024-04-10
Socialnämnden beslutar att ge
Socialförvaltningen i uppdrag att följa upp riktlinjerna senast den
1 december 2024.

§ 31 Dnr SN 2024/50
Överklagat beslut
Bakgrund
Länsstyrelsen avslog överklagandet. Förvaltningsrätten beslutade att inte pröva saken.
Socialnämnden lägger informationen till handlingarna.
"""


def test_without_decision_headings_the_background_is_history_and_the_act_is_joined():
    """GIVEN a protocol without decision headings whose background heading is run into its first
    sentence, a competence rule ("beslutas av enhetschefen"), outside authorities' decisions, and the
    nämnd's act broken over lines that start with a capital and a digit THEN only the act."""
    assert decisions(parsed(SOCIALNAMND)) == {
        "§ 30": [("Socialnämnden beslutar att ge Socialförvaltningen i uppdrag att följa upp riktlinjerna "
                  "senast den 1 december 2024.", "beslutad")],
        "§ 31": [("Socialnämnden lägger informationen till handlingarna.", "noterad")],
    }


TWO_COLUMN = """Protokoll
Kommunstyrelsen
Sammanträdesdatum 2024-03-12

§ 20 Dnr KS 2024-200
Taxa för bygglov
Sammanfattning av ärendet Kommunfullmäktige beslutade den 4 april 2022 att anta en taxa.
Beslut i kommunstyrelsen Kommunstyrelsen beslutar att anta taxan och att den ska gälla
från 1 januari 2025.
Expedieras till Byggavdelningen

§ 21 Dnr KS 2024-201
Ny simhall
Ärendet Kommunstyrelsen beslutade att utreda frågan. Utredningen är klar.
Kommunstyrelsens beslut Kommunstyrelsen bordlägger ärendet.
"""


def test_headings_of_a_left_column_run_into_their_text_still_mark_history_and_decision():
    """GIVEN a two-column layout read as lines where "Sammanfattning av ärendet", "Ärendet", "Beslut i
    kommunstyrelsen" and "Kommunstyrelsens beslut" start the line of their text THEN only the
    decisions, whole, with their status."""
    assert decisions(parsed(TWO_COLUMN)) == {
        "§ 20": [("Kommunstyrelsen beslutar att anta taxan och att den ska gälla från 1 januari 2025.", "beslutad")],
        "§ 21": [("Kommunstyrelsen bordlägger ärendet.", "bordlagd")],
    }


def test_search_paragraphs_keep_the_background_heading_apart():
    """The heading "Sammanfattning av ärendet" is a paragraph of its own, not glued to the text."""
    doc = parsed(MILJONAMND)
    texts = [p.text for p in doc.paragraphs]
    assert "Beskrivning av ärendet" in texts
    assert any(t.startswith("Miljö- och hälsoskyddsnämnden beslutade den 3 mars 2023") for t in texts)


# ------------------------------------------------------------------ 3. OCR's '$' and lost '§'

OCR_ARBETSUTSKOTT = """PROTOKOLL
Kommunstyrelsens arbetsutskott
Sammanträdesdatum 2024-02-06
Paragrafer $$ 45-47

$ 45 Dnr KS 2024-12
Budgetuppföljning
Beslut
Arbetsutskottet lägger uppföljningen till handlingarna.

$46 Bidrag till föreningar
Föreningen söker $ 500 i bidrag.
$ 500
Beslut
Arbetsutskottet beslutar att bevilja bidraget.

$ 47 Dnr KS 2024-15
Motion om belysning
Beslut
Arbetsutskottet beslutar att bordlägga ärendet.
"""


def test_ocr_dollar_signs_are_section_signs_when_the_document_uses_them_as_headings():
    """GIVEN '$ 45 Dnr …', '$46 Title', '$$ 45-47' and the amounts '$ 500' THEN three sections with
    their Dnr and decisions; the amounts stay text."""
    doc = parsed(OCR_ARBETSUTSKOTT)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 45", "Budgetuppföljning"), ("§ 46", "Bidrag till föreningar"), ("§ 47", "Motion om belysning")]
    assert dnr(doc) == {"§ 45": ["Dnr KS 2024-12"], "§ 46": [], "§ 47": ["Dnr KS 2024-15"]}
    assert decisions(doc)["§ 47"] == [("Arbetsutskottet beslutar att bordlägga ärendet.", "bordlagd")]
    assert "Föreningen söker $ 500 i bidrag." in doc.sections[1].text
    assert "Paragrafer §§ 45-47" in clean_pages([OCR_ARBETSUTSKOTT])[0]


def test_one_dollar_line_or_an_amount_is_no_heading():
    """A single '$ 12 Kronor …' line, or amounts, do not make the document's headings."""
    text = "Protokoll\nStyrelsen\n\n§ 1 Ekonomi\nIntäkter $ 500 per år.\n$ 12 Kronor per medlem.\n§ 2 Övrigt\nInget.\n"
    doc = parsed(text)
    assert [s.number for s in doc.sections] == ["§ 1", "§ 2"]
    assert "$ 12 Kronor per medlem." in doc.sections[0].text


OCR_MILJONAMND = """PROTOKOLL
Miljö- och hälsoskyddsnämnden
Sammanträdesdatum 2024-02-06

$ 8 Dnr MH 2024-3
Tillsynsplan
Miljö- och hälsoskyddsnämndens beslut
Nämnden antar tillsynsplanen.
Skäl för beslutet
Nämnden har enligt miljöbalken beslutat om en plan.
Hur man överklagar
Beslutet kan överklagas till Länsstyrelsen.

$ 9
Avgift för tillsyn
Beslut
Nämnden beslutar att ta ut en avgift om
$ 500
per år.

$10 Information
Beslut
Nämnden lägger informationen till handlingarna.
"""


def test_a_bare_dollar_line_among_the_headings_numbers_is_a_heading_and_an_amount_is_not():
    """GIVEN '$ 9' alone over its title between '$ 8 Dnr …' and '$10 Information', and '$ 500' alone on
    a line of a decision THEN § 8-10; the decision keeps its amount; the reasons and the appeal notice
    after the decision are not part of it."""
    doc = parsed(OCR_MILJONAMND)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 8", "Tillsynsplan"), ("§ 9", "Avgift för tillsyn"), ("§ 10", "Information")]
    assert decisions(doc) == {
        "§ 8": [("Nämnden antar tillsynsplanen.", "beslutad")],
        "§ 9": [("Nämnden beslutar att ta ut en avgift om $ 500 per år.", "beslutad")],
        "§ 10": [("Nämnden lägger informationen till handlingarna.", "noterad")],
    }


REGION_SIGNLESS = """PROTOKOLL
Regionstyrelsen
Sammanträdesdatum 2024-02-06

53 Dnr RS 2024-12 Delårsrapport
Beslut
Regionstyrelsen godkänner delårsrapporten.

54 Dnr RS 2024-19 Investeringsplan
Beslut
Regionstyrelsen beslutar att återremittera ärendet.
"""


def test_paragraphs_whose_section_sign_is_lost_are_sections_when_the_pattern_repeats():
    doc = parsed(REGION_SIGNLESS)
    assert [(s.number, s.title) for s in doc.sections] == [("§ 53", "Delårsrapport"), ("§ 54", "Investeringsplan")]
    assert dnr(doc) == {"§ 53": ["Dnr RS 2024-12"], "§ 54": ["Dnr RS 2024-19"]}
    assert decisions(doc) == {
        "§ 53": [("Regionstyrelsen godkänner delårsrapporten.", "beslutad")],
        "§ 54": [("Regionstyrelsen beslutar att återremittera ärendet.", "återremitterad")],
    }


def test_one_number_before_a_dnr_label_is_not_a_heading():
    text = "Protokoll\nStyrelsen\n\n§ 1 Ekonomi\nVi har\n12 Dnr registrerade i år.\n§ 2 Övrigt\nInget.\n"
    assert [s.number for s in parsed(text).sections] == ["§ 1", "§ 2"]


# ------------------------------------------------------------------ 6. attendance per paragraph

BYGGNADSNAMND = """PROTOKOLL
Byggnadsnämnden
Sammanträdesdatum 2024-06-11

Beslutande          Övriga närvarande
Eva Ås (S), ordförande
Bo Lind (C)
§ 5
Anna Ek, nämndsekreterare
§ 4
Per Ny, bygglovschef
§§ 5-6
Karin Holm, planarkitekt
§ 6

§ 4 Dnr BN 2024/10
Bygglov för garage
Beslut
Byggnadsnämnden beslutar att bevilja bygglov.

§ 5 Dnr BN 2024/11
Planbesked
Beslut
Byggnadsnämnden beslutar att lämna positivt planbesked.

§ 6
Information
Beslut
Byggnadsnämnden lägger informationen till handlingarna.
"""


def test_a_paragraph_number_that_ends_an_attendance_line_is_no_heading():
    """GIVEN a two-column header where "§ 4" / "§§ 5-6" under a name and role says which paragraphs
    that person attended THEN the sections are the real § 4-6, titled from their own lines."""
    doc = parsed(BYGGNADSNAMND)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 4", "Bygglov för garage"), ("§ 5", "Planbesked"), ("§ 6", "Information")]
    assert dnr(doc) == {"§ 4": ["Dnr BN 2024/10"], "§ 5": ["Dnr BN 2024/11"], "§ 6": []}
    assert {"Anna Ek", "Per Ny", "Karin Holm"} <= {p.name for p in doc.persons}


# ------------------------------------------------------------------ 4. verb-first passives

BRF_STAMMA = """Protokoll fört vid ordinarie föreningsstämma i Bostadsrättsföreningen Exempelgården
Datum: 2024-05-20

§ 1 Stämmans öppnande
Ordföranden hälsade välkommen och öppnade stämman.

§ 2 Fråga om stämman blivit stadgeenligt utlyst
Förklarades stämman behörigen utlyst.

§ 3 Val av stämmoordförande
Lisa Berg kandiderar och väljs.

§ 4 Styrelsens årsredovisning
Lades med godkännande till handlingarna.

§ 5 Resultatdisposition
Överfördes det ansamlade resultatet i ny räkning.

§ 6 Ansvarsfrihet
Beslöts att bevilja styrelsen ansvarsfrihet för verksamhetsåret.

§ 7 Val av styrelse
Valdes Karin Lund till ordförande. Per Ny och Eva Ås väljs för två år till ledamöter.
Ola Berg väljs enhälligt som revisor.

§ 8 Övriga frågor
Lades fram en fråga om cykelställ. Styrelsen kandiderar inte till något.
"""


def test_verb_first_passives_and_present_tense_elections_of_association_minutes():
    """GIVEN a BRF's stämma written with verb-first passives and no subject THEN each is a decision
    with its status; filing with approval is noterad; a question put forward is none."""
    assert decisions(parsed(BRF_STAMMA)) == {
        "§ 1": [],
        "§ 2": [("Förklarades stämman behörigen utlyst.", "beslutad")],
        "§ 3": [("Lisa Berg kandiderar och väljs.", "beslutad")],
        "§ 4": [("Lades med godkännande till handlingarna.", "noterad")],
        "§ 5": [("Överfördes det ansamlade resultatet i ny räkning.", "beslutad")],
        "§ 6": [("Beslöts att bevilja styrelsen ansvarsfrihet för verksamhetsåret.", "beslutad")],
        "§ 7": [("Valdes Karin Lund till ordförande.", "beslutad"),
                ("Per Ny och Eva Ås väljs för två år till ledamöter.", "beslutad"),
                ("Ola Berg väljs enhälligt som revisor.", "beslutad")],
        "§ 8": [],
    }


FORENING = """Årsmötesprotokoll Föreningen Exempelvännerna 2024

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Val av mötesordförande
Anna Ek väljs till ordförande för mötet.

3. Verksamhetsberättelse
Verksamhetsberättelsen lades till handlingarna.

4. Budget
Föreslogs en höjd medlemsavgift. Antogs.
"""


def test_a_forening_with_numbered_items_records_its_terse_outcomes():
    assert decisions(parsed(FORENING)) == {
        "§ 1": [],
        "§ 2": [("Anna Ek väljs till ordförande för mötet.", "beslutad")],
        "§ 3": [("Verksamhetsberättelsen lades till handlingarna.", "noterad")],
        "§ 4": [("Föreslogs en höjd medlemsavgift. Antogs.", "beslutad")],
    }


# ------------------------------------------------------------------ 5. Typst level-1 items

SEKTIONSMOTE_TYP = """#show: protokoll.with(title: "Sektionsmöte 3", date: datetime(year: 2024, month: 3, day: 12))

= Mötets öppnande
Ordföranden öppnade mötet.

= Stadgeändring
§ 4 i stadgarna ändras
så att styrelsen har sju ledamöter.
Sektionsmötet beslutar att anta ändringen.

= Val av revisor
Sektionsmötet väljer Per Ny till revisor.

= Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_typst_level_one_headings_are_the_items_even_with_a_paragraph_sign_in_the_text(tmp_path):
    """GIVEN a studentsektion's Typst minutes with "= Title" items, one of which quotes "§ 4" of
    the statutes at a line start THEN the four items are the sections, each with its decision."""
    from arkiv.ingest.readers import read_document

    path = tmp_path / "sektionsmote.typ"
    path.write_text(SEKTIONSMOTE_TYP, encoding="utf-8")
    doc = parsed(*read_document(path).pages, filename=path.name)
    assert [s.title for s in doc.sections] == ["Mötets öppnande", "Stadgeändring", "Val av revisor", "Mötets avslutande"]
    assert [[d.text for d in s.decisions] for s in doc.sections] == [
        [], ["Sektionsmötet beslutar att anta ändringen."], ["Sektionsmötet väljer Per Ny till revisor."], []]


def test_a_lone_paragraph_line_still_loses_to_two_rising_paragraph_headings():
    """The unnumbered-heading count only competes with a § system that is no sequence: two § items
    in a Markdown file with more unnumbered headings stay the sections."""
    text = "# Protokoll\n\n## Närvarande\nAnna Ek\n\n## Bilagor\nInga.\n\n## Övrigt\nInget.\n\n§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Budget\nMötet beslutade att anta budgeten.\n"
    assert [s.number for s in parsed(text).sections] == ["§ 1", "§ 2"]


# ------------------------------------------------------------------ 7. another authority's case number

YTTRANDEN = """Protokoll
Kommunstyrelsen
Sammanträdesdatum 2024-03-12

§ 13 Dnr KS 2024-130 Yttrande till Länsstyrelsen i ärende KN2024/01891
Beslut
Kommunstyrelsen godkänner yttrandet.

§ 14 Yttrande till Trafikverket i ärende TRV 2024/5512
Dnr KS 2024-131
Beslut
Kommunstyrelsen godkänner yttrandet.
"""


def test_the_protocols_own_dnr_is_the_labelled_one_not_a_case_number_in_the_title():
    """GIVEN a § line with a Dnr label and another authority's case number in its title, and a title
    with one over a Dnr line THEN only the labelled Dnr of each §."""
    doc = parsed(YTTRANDEN)
    assert dnr(doc) == {"§ 13": ["Dnr KS 2024-130"], "§ 14": ["Dnr KS 2024-131"]}
    assert doc.sections[0].title == "Yttrande till Länsstyrelsen i ärende KN2024/01891"


def test_a_dnr_line_between_a_bare_paragraph_sign_and_the_title_is_the_dnr_not_the_title():
    text = """PROTOKOLL
Socialnämnden
Sammanträdesdatum 2024-05-02

§ 30
Dnr SN 2024/45
Riktlinjer för bistånd
Beslut
Socialnämnden beslutar att anta riktlinjerna.

§ 31
Dnr: SN 2024/50
Överklagat beslut
Beslut
Socialnämnden lägger informationen till handlingarna.
"""
    doc = parsed(text)
    assert [(s.number, s.title) for s in doc.sections] == [("§ 30", "Riktlinjer för bistånd"), ("§ 31", "Överklagat beslut")]
    assert dnr(doc) == {"§ 30": ["Dnr SN 2024/45"], "§ 31": ["Dnr SN 2024/50"]}


def test_a_background_heading_broken_in_a_narrow_column_still_covers_its_text():
    """GIVEN "Sammanfattning av" / "ärendet" run into the lines of the text beside them, no decision
    heading, and "För kännedom:" after a decision block elsewhere THEN only the acts of this meeting."""
    text = """PROTOKOLL
Kultur- och fritidsnämnden
Sammanträdesdatum 2024-03-12

§ 22 Dnr KFN 2024-210
Bidrag till studieförbund
Sammanfattning av Kommunfullmäktige beslutade att anta nya regler för bidrag.
ärendet Bidraget antogs i budgeten och fastställdes av nämnden i mars.
Kultur- och fritidsnämnden beslutar att fördela bidraget enligt förslaget.

§ 23 Dnr KFN 2024-211
Föreningsbidrag
Beslut
Kultur- och fritidsnämnden beslutar att bevilja bidraget.
För kännedom: Ekonomienheten
"""
    assert decisions(parsed(text)) == {
        "§ 22": [("Kultur- och fritidsnämnden beslutar att fördela bidraget enligt förslaget.", "beslutad")],
        "§ 23": [("Kultur- och fritidsnämnden beslutar att bevilja bidraget.", "beslutad")],
    }


def test_a_bare_paragraph_sign_after_a_recipient_with_its_title_below_is_a_heading():
    """"Expedieras till" / "Anna Ek, handläggare" / "§ 5" / "Dnr …" / title: § 5 heads its item."""
    text = """PROTOKOLL
Byggnadsnämnden
Sammanträdesdatum 2024-06-11

§ 4 Dnr BN 2024/10
Bygglov för garage
Beslut
Byggnadsnämnden beslutar att bevilja bygglov.
Expedieras till
Anna Ek, handläggare
§ 5
Dnr BN 2024/11
Planbesked
Beslut
Byggnadsnämnden beslutar att lämna positivt planbesked.
"""
    doc = parsed(text)
    assert [(s.number, s.title) for s in doc.sections] == [("§ 4", "Bygglov för garage"), ("§ 5", "Planbesked")]
    assert dnr(doc) == {"§ 4": ["Dnr BN 2024/10"], "§ 5": ["Dnr BN 2024/11"]}


REGION = """PROTOKOLL
Regionstyrelsen
Datum: 2024-10-01

§ 101 Delårsrapport augusti 2024
Diarienummer: RS 2024/1234
Ärendebeskrivning
Regionfullmäktige fastställde budgeten i november 2023. Rapporten godkändes av revisorerna.
Beslutsunderlag
- Tjänsteskrivelse 2024-09-10
- Delårsrapport augusti 2024
Regionstyrelsens förslag till regionfullmäktige
Regionfullmäktige godkänner delårsrapporten.
Regionstyrelsens beslut
1. Regionstyrelsen godkänner delårsrapporten för sin del.
2. Regionstyrelsen överlämnar rapporten till regionfullmäktige.
Reservation
Per Ny (SD) reserverar sig mot beslutet.

§ 102 Motion om kollektivtrafik
Diarienummer: RS 2024/99
Beslut
Regionstyrelsen föreslår regionfullmäktige besluta
att avslå motionen.
"""


def test_a_region_protocol_with_numbered_decisions_and_a_proposal_to_the_council():
    """GIVEN a region's § with a Diarienummer line, a background with passives, a bulleted
    Beslutsunderlag, the board's proposal to the council, numbered decisions and a reservation, and a
    § whose proposal to the council breaks before its "att" THEN the board's decisions only, whole."""
    doc = parsed(REGION)
    assert decisions(doc) == {
        "§ 101": [("Regionstyrelsen godkänner delårsrapporten för sin del.", "beslutad"),
                  ("Regionstyrelsen överlämnar rapporten till regionfullmäktige.", "överlämnad")],
        "§ 102": [("Regionstyrelsen föreslår regionfullmäktige besluta att avslå motionen.", "överlämnad")],
    }
    assert [d.reservations for d in doc.sections[0].decisions] == [("Per Ny (SD)",), ("Per Ny (SD)",)]
    assert [[r.key for r in s.dnr] for s in doc.sections] == [["RS-2024-1234"], ["RS-2024-99"]]


def test_background_in_association_minutes_ends_at_the_meetings_own_act():
    """GIVEN "Bakgrund: …" on one line, and a "Bakgrund" heading over a text that the meeting's own
    act and an impersonal passive follow without a heading THEN those acts are the decisions."""
    text = """Protokoll årsmöte Föreningen Exempelvännerna 2024-03-02

§ 5 Medlemsavgift
Bakgrund: Avgiften har varit 200 kr sedan 2019 och antogs av årsmötet 2019.
Mötet beslutade att höja avgiften till 250 kr.

§ 6 Stadgar
Bakgrund
Styrelsen har sett över stadgarna. Förra årsmötet antog en första läsning.
Beslutades att anta stadgarna i andra läsningen.
"""
    assert decisions(parsed(text)) == {
        "§ 5": [("Mötet beslutade att höja avgiften till 250 kr.", "beslutad")],
        "§ 6": [("Beslutades att anta stadgarna i andra läsningen.", "beslutad")],
    }


# ------------------------------------------------------------------ organ prefix and letter items

SOCIALNAMND_PREFIXED = """Socialnämnden
Sammanträdesprotokoll 2024-05-14

SN § 41 Dnr SN 2024/88
Val av justerare
Socialnämnden beslutar att utse Eva Holm att justera protokollet.

SN § 42
Verksamhetsplan 2025
Socialnämnden beslutar att anta verksamhetsplanen.

SN § 43 a Dnr SN 2024/90
Motion om fritidsgårdar
Socialnämnden beslutar att avslå motionen.

SN § 43 b
Extra ärende: lokaler för dagverksamhet
Socialnämnden beslutar att bordlägga ärendet.

Enligt SN § 12 i delegationsordningen får ordföranden besluta i brådskande ärenden.
"""


def test_an_organs_abbreviation_before_the_sign_and_a_letter_after_the_number_head_sections():
    """GIVEN 'SN § 41 Dnr …', 'SN § 43 a', 'SN § 43 b' THEN four sections, the lettered ones apart,
    each with its Dnr and decision; 'Enligt SN § 12 i …' in running text heads nothing."""
    doc = parsed(SOCIALNAMND_PREFIXED)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 41", "Val av justerare"), ("§ 42", "Verksamhetsplan 2025"), ("§ 43 a", "Motion om fritidsgårdar"),
        ("§ 43 b", "Extra ärende: lokaler för dagverksamhet")]
    assert dnr(doc) == {"§ 41": ["Dnr SN 2024/88"], "§ 42": [], "§ 43 a": ["Dnr SN 2024/90"], "§ 43 b": []}
    assert decisions(doc)["§ 43 a"] == [("Socialnämnden beslutar att avslå motionen.", "avslagen")]
    assert decisions(doc)["§ 43 b"] == [("Socialnämnden beslutar att bordlägga ärendet.", "bordlagd")]


def test_an_earlier_decision_cited_by_its_paragraph_and_date_heads_nothing():
    """GIVEN 'Tidigare behandling' with 'KS § 317 2023-12-05' and 'BUN § 88 23-11-14' lines inside
    § 42 THEN § 42 stays one section holding them."""
    doc = parsed(SOCIALNAMND_PREFIXED.replace(
        "Socialnämnden beslutar att anta verksamhetsplanen.",
        "Tidigare behandling:\nKS § 317 2023-12-05\nBUN § 88 23-11-14\nSocialnämnden beslutar att anta verksamhetsplanen."))
    assert [s.number for s in doc.sections] == ["§ 41", "§ 42", "§ 43 a", "§ 43 b"]
    assert "KS § 317 2023-12-05" in doc.sections[1].text
    assert decisions(doc)["§ 42"] == [("Socialnämnden beslutar att anta verksamhetsplanen.", "beslutad")]
