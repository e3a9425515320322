"""Metadata, decisions, Dnr and persons from real documents (seeds and eval corpus) and from small
synthetic pages for the negative cases."""

from pathlib import Path

import pytest

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.extract import parse_document
from arkiv.ingest.readers import read_document
from arkiv.schema import DecisionStatus, DocType
from arkiv.swedish.vocabulary import decision_status
from tests.conftest import EVALDOCS, SEEDS, needs_shared

SEED_002 = SEEDS / "002_420ab7fc8542cc48.txt"
SEED_004 = SEEDS / "004_c84889afaa9dbc4c.txt"
BORRBY = EVALDOCS / "lundgren9-Borrby" / "Protokoll  SPn april 2024_Bortredigerad.pdf"
LITHEKOD = EVALDOCS / "lithekod-protocols" / "konstituerande_mote_130930.pdf"
STACKEN = EVALDOCS / "stacken-w3" / "varmote-protokoll.md"
DVD_TYP = EVALDOCS / "Datavetenskapsdivisionen-dokument" / "2024-03-26.typ"
DVD_TEX = EVALDOCS / "Datavetenskapsdivisionen-dokument" / "2021-09-21.tex"
IX_ORG = EVALDOCS / "ix-sthlm-ix-sthlm.github.io" / "annual-meeting-protocol-2020.org"

_cache: dict[Path, object] = {}


def parsed(path: Path):
    if path not in _cache:
        _cache[path] = parse_document(clean_pages(read_document(path).pages), filename=path.name)
    return _cache[path]


def section(doc, number):
    [found] = [s for s in doc.sections if s.number == number]
    return found


def person(doc, name):
    [found] = [p for p in doc.persons if p.name == name]
    return found


# ------------------------------------------------------------------ seed 004


@needs_shared
def test_seed_004_metadata():
    doc = parsed(SEED_004)
    assert doc.title == "Sammanträdesprotokoll Södra Dalarnas Samordningsförbund"
    assert doc.doc_type is DocType.PROTOKOLL
    assert doc.body == "Södra Dalarnas Samordningsförbund"
    assert doc.date == "2024-09-18"
    assert doc.time == "08:30-15:15"
    assert doc.place.startswith("Arbetsmarknadsenheten")


@needs_shared
def test_seed_004_has_exactly_six_dnr_on_the_right_sections():
    """GIVEN amounts ("2 500 tkr"), dates and "Dnr SDSF 2024 0000NN 790" lines
    THEN exactly six Dnr come out, on § 28, 29, 30, 31, 32 and 36."""
    doc = parsed(SEED_004)
    refs = {s.number: [r.key for r in s.dnr] for s in doc.sections if s.dnr}
    assert refs == {
        "§ 28": ["SDSF-2024-25-790"],
        "§ 29": ["SDSF-2024-26-790"],
        "§ 30": ["SDSF-2024-27-790"],
        "§ 31": ["SDSF-2024-28-790"],
        "§ 32": ["SDSF-2024-22-790"],
        "§ 36": ["SDSF-2024-20-790"],
    }
    assert section(doc, "§ 28").dnr[0].text == "Dnr SDSF 2024 000025 790"


@needs_shared
def test_seed_004_decisions_and_statuses():
    """GIVEN "Beslut" blocks with one bullet per decision, and § 31 whose narrative also says
    "bordläggs" THEN § 27 has two decisions, § 31 exactly one, bordlagd; § 30 ("godkänner
    rapporterna och lägger dessa till handlingarna") is beslutad by the documented rule."""
    doc = parsed(SEED_004)
    assert len(section(doc, "§ 27").decisions) == 2
    [tabled] = section(doc, "§ 31").decisions
    assert tabled.status is DecisionStatus.BORDLAGD
    assert [d.status for d in section(doc, "§ 30").decisions] == [DecisionStatus.BESLUTAD]
    assert section(doc, "§ 34").decisions == ()


@needs_shared
def test_seed_004_persons_from_the_attendance_run():
    """GIVEN "Beslutande" and "Övriga deltagande" with persons run together on one line and
    "§ 30" attendance notes between them THEN each person has name, role and organisation."""
    doc = parsed(SEED_004)
    assert person(doc, "Gunilla Berglund") == person(doc, "Gunilla Berglund").__class__(
        "Gunilla Berglund", "ordförande", "Avesta kommun", None
    )
    assert (person(doc, "Per-Inge Nyberg").role, person(doc, "Per-Inge Nyberg").organisation) == ("ledamot", "Region Dalarna")
    granegard = person(doc, "Anette Granegård")
    assert (granegard.role, granegard.organisation) == ("tjänstgörande ersättare", "Hedemora kommun")
    # member role wins over the meeting function "Utses att justera" (documented in extract.py)
    assert person(doc, "Annika Karlsson").role == "ledamot"
    assert person(doc, "Jonas Wells").role == "förbundschef"
    assert person(doc, "Malin Hagström").organisation == "Samverkansteam Avesta"
    names = {p.name for p in doc.persons}
    assert not names & {"Samverkansteam Avesta", "Region Dalarna", "Europeiska Socialfonden"}
    assert len(names) == len(doc.persons)


# ------------------------------------------------------------------ seed 002


@needs_shared
def test_seed_002_minnesanteckningar():
    doc = parsed(SEED_002)
    assert doc.doc_type is DocType.MINNESANTECKNINGAR
    assert doc.date == "2021-05-21"
    assert doc.body == "Samordningsförbundet Roslagen"
    assert person(doc, "Erik Andersson").organisation == "Täby"
    assert person(doc, "Eva Strand").role == "ordförande"
    assert person(doc, "Nina Jones").role == "vice ordförande"
    assert person(doc, "Sophia Dahlgren").role == "förbundschef"


@needs_shared
def test_news_seed_is_not_a_protocol():
    doc = parsed(SEEDS / "000_927dc87d66b751b1.txt")
    assert doc.doc_type is DocType.OTHER
    assert all(not s.decisions for s in doc.sections)


# ------------------------------------------------------------------ eval corpus


@needs_shared
def test_borrby_dnr_decisions_and_parties():
    """GIVEN the Borrby nämnd protocol: "§ 66 Dnr 2024/1", "SAMHÄLLSPLANERINGSNÄMNDENS BESLUT"
    with "•" bullets, "Beslutande: Johan Ohlson (M)" one per line, "Övriga närvarande: …, § 82-83"."""
    doc = parsed(BORRBY)
    assert doc.body == "Samhällsplaneringsnämnden" and doc.date == "2024-04-25"
    assert doc.time == "08:30-13:40" and doc.place == "Rådhuset, stora salen"
    assert [r.text for r in section(doc, "§ 75").dnr] == ["Dnr 2024/191"]
    assert all(len(s.dnr) == 1 for s in doc.sections)
    assert section(doc, "§ 80").decisions[0].status is DecisionStatus.AVSLAGEN
    assert len(section(doc, "§ 71").decisions) == 2  # "•" items; "-" sub-items stay inside
    assert len(section(doc, "§ 75").decisions) == 3
    assert section(doc, "§ 68").decisions == ()  # information item, narrative "beslutade" ignored
    assert person(doc, "Johan Ohlson").party == "M"
    carl = person(doc, "Carl-Göran Svensson")
    assert (carl.party, carl.role) == ("C", "ordförande")
    assert person(doc, "Tommy Nilsson").role == "tjänstgörande ersättare"
    assert person(doc, "Diana Olsson").role == "kommundirektör"
    assert person(doc, "Annette Knutsson").role in ("nämndsekreterare", "sekreterare")


@needs_shared
def test_lithekod_meeting_decisions():
    """GIVEN "§2 Val av mötesordförande" / "Mötet beslutar att välja Mikael Silvén till mötesordförande."
    THEN each § carries its "Mötet beslutar att …" decisions and the elected persons their roles."""
    doc = parsed(LITHEKOD)
    assert doc.date == "2013-09-30" and doc.body == "LiTHe Kod" and doc.doc_type is DocType.PROTOKOLL
    assert doc.title == "Protokoll för LiTHe Kods konstituerande möte"
    [chair] = section(doc, "§ 2").decisions
    assert chair.text.startswith("Mötet beslutar att välja Mikael Silvén")
    assert len(section(doc, "§ 8.3").decisions) == 2
    assert section(doc, "§ 1").decisions == ()
    assert person(doc, "Mikael Silvén").role == "mötesordförande"


@needs_shared
def test_stacken_markdown_decisions_in_past_tense():
    doc = parsed(STACKEN)
    assert doc.body == "Datorföreningen Stacken" and doc.date == "2018-02-22" and doc.time == "19:30"
    assert section(doc, "§ 11").decisions[0].text == "Mötet beviljade Stackens styrelse 2017 ansvarsfrihet."
    assert section(doc, "§ 10 a").decisions[0].status is DecisionStatus.BESLUTAD


@needs_shared
def test_typst_attsats_decisions_and_proposals():
    """GIVEN Typst "=== Förslag" then "=== Beslut" with "attsatsen bifalles"
    THEN the Beslut text is a decision and the Förslag text is not."""
    doc = parsed(DVD_TYP)
    by_title = {s.title: s for s in doc.sections}
    [decision] = by_title["Fastställande av röstlängd"].decisions
    assert decision.text.startswith("attsatsen bifalles")
    assert len(by_title["Val av protokolljusterare"].decisions) == 2
    assert person(doc, "Gustav Dalemo").role == "mötessekreterare"


@needs_shared
def test_latex_attendance_macros_and_proposals_only():
    """GIVEN LaTeX "\\förtroendevald{Ordförande}{Albin Otterhäll}{}" (read as "Ordförande, Albin Otterhäll")
    and only "Förslag till beslut" blocks THEN persons get roles and no decision is invented."""
    doc = parsed(DVD_TEX)
    assert person(doc, "Albin Otterhäll").role == "ordförande"
    assert person(doc, "Samuel Hammersberg").role == "vice ordförande"
    assert doc.date == "2021-09-21" and doc.place == "Styrelserummet" and doc.time == "12:00"
    assert not any("beslutbar" in d.text for s in doc.sections for d in s.decisions)


@needs_shared
def test_org_file_noted_items():
    doc = parsed(IX_ORG)
    assert doc.doc_type is DocType.PROTOKOLL and doc.date == "2020-03-23"
    statuses = [d.status for s in doc.sections for d in s.decisions]
    assert DecisionStatus.NOTERAD in statuses


# ------------------------------------------------------------------ negative and unit cases


def test_proposals_and_underlag_are_never_decisions():
    page = (
        "§ 5 Budget\n\nFörslag till beslut\n\n- Nämnden godkänner budgeten.\n\n"
        "Beslutsunderlag\n\nTjänsteskrivelse 2024-03-01\n\nBeslutet skickas till\n\nEkonomi\n\n"
        "§ 6 Taxor\n\nNämndens beslut\n\n- Nämnden antar taxan.\n"
    )
    doc = parse_document([page])
    assert parse_document([page]).sections[0].decisions == ()
    assert [d.text for d in doc.sections[1].decisions] == ["Nämnden antar taxan."]


def test_amounts_dates_and_laws_are_not_dnr():
    page = (
        "§ 1 Ekonomi\n\nSamverkansteam Avesta äskar 2 500 tkr för 2025. Beslut 2024-03-13.\n"
        "Enligt lag (2003:1210) om finansiell samordning.\n\n"
        "§ 2 Ärende\n\nDnr: BUN 2022.118\n\nSe även KS 2024/123.\n"
    )
    doc = parse_document([page])
    assert doc.sections[0].dnr == ()
    assert [r.text for r in doc.sections[1].dnr] == ["Dnr BUN 2022.118", "KS 2024/123"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Styrelsen beslutar att ärendet bordläggs till nästa möte.", DecisionStatus.BORDLAGD),
        ("Ärendet återremitteras till förvaltningen.", DecisionStatus.ATERREMITTERAD),
        ("Nämnden avslår yrkandet.", DecisionStatus.AVSLAGEN),
        ("Informationen läggs till handlingarna.", DecisionStatus.NOTERAD),
        ("Styrelsen tar del av informationen.", DecisionStatus.NOTERAD),
        ("Styrelsen godkänner rapporterna och lägger dessa till handlingarna.", DecisionStatus.BESLUTAD),
        ("Mötet väljer Kim Lindberger till mötesordförande.", DecisionStatus.BESLUTAD),
        ("Mötet godkänner inte propositionen.", DecisionStatus.AVSLAGEN),
    ],
)
def test_status_phrase_table(text, status):
    assert decision_status(text) is status


def test_date_from_filename_only_when_text_has_none():
    assert parse_document(["Anteckningar\n\nInget datum här."], filename="2024-10-24.pdf").date == "2024-10-24"
    assert parse_document(["Protokoll\n\nInget datum här."], filename="styrelsemote_131009.pdf").date is None


def test_yearless_date_takes_the_year_of_the_title():
    text = "Regionala ägardialogen 2017\n\nÅrets regionala ägardialog ägde rum den 9 maj på Scandic i Borlänge.\n"
    assert parse_document([text], filename="rapport.txt").date == "2017-05-09"
    # Without exactly one year in the title the day stays undated.
    assert parse_document(["Ägardialog\n\nDen ägde rum den 9 maj i Borlänge.\n"]).date is None
    assert parse_document(["Plan 2017–2018\n\nMötet den 9 maj i Borlänge.\n"]).date is None


def test_kallelse_title():
    doc = parse_document(["Kallelse till årsstämma 2023-04-27\n\nDAGORDNING\n1. Val av ordförande\n"])
    assert doc.doc_type is DocType.KALLELSE and doc.date == "2023-04-27"


def test_organisation_after_the_name_is_not_the_role():
    """GIVEN "Beslutande" with "Namn (M), Granåsens kommun" and "Namn, Försäkringskassan" (no title)
    THEN the comma part is the organisation and the role is ledamot, the meaning of Beslutande."""
    page = (
        "Protokoll\n\nBeslutande\nÅsa Grönwall (M), Granåsens kommun\nKatarina Vikström, Försäkringskassan\n"
        "Rolf Hedenström (S), ersättare, Region Västermark\n\n§ 1 Öppnande\n\nText.\n"
    )
    persons = {p.name: p for p in parse_document([page]).persons}
    assert (persons["Åsa Grönwall"].role, persons["Åsa Grönwall"].organisation, persons["Åsa Grönwall"].party) == (
        "ledamot", "Granåsens kommun", "M"
    )
    assert (persons["Katarina Vikström"].role, persons["Katarina Vikström"].organisation) == ("ledamot", "Försäkringskassan")
    assert (persons["Rolf Hedenström"].role, persons["Rolf Hedenström"].organisation) == ("ersättare", "Region Västermark")


def test_lead_in_decision_block_and_references_to_earlier_decisions():
    """GIVEN "Styrelsen beslutar att" + "- verb …" bullets and a narrative "Ärendet återremitterades vid
    sammanträdet den 16 maj" THEN the bullets are decisions with the lead-in and the reference is not."""
    page = (
        "§ 31 Lokal\n\nÄrendet återremitterades vid sammanträdet den 16 maj 2024, § 25.\n\n"
        "Styrelsen beslutar att\n- säga upp avtalet,\n- lägga informationen till handlingarna.\n"
    )
    decisions = parse_document([page]).sections[0].decisions
    assert [(d.text, d.status) for d in decisions] == [
        ("Styrelsen beslutar att säga upp avtalet", DecisionStatus.BESLUTAD),
        ("Styrelsen beslutar att lägga informationen till handlingarna.", DecisionStatus.NOTERAD),
    ]


# ------------------------------------------------------------------ issue 10: any organ's layout


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Kommunstyrelsen beslutar att anta budgeten för 2025.", DecisionStatus.BESLUTAD),
        ("Arbetsutskottet beslutar att bordlägga ärendet.", DecisionStatus.BORDLAGD),
        ("Barn- och utbildningsnämnden beslutar att återremittera ärendet.", DecisionStatus.ATERREMITTERAD),
        ("Direktionen godkänner årsredovisningen.", DecisionStatus.BESLUTAD),
        ("Kommunfullmäktige avslår motionen.", DecisionStatus.AVSLAGEN),
        ("Föreningsstämman beslöt att höja avgiften.", DecisionStatus.BESLUTAD),
        ("Årsmötet beviljade styrelsen ansvarsfrihet.", DecisionStatus.BESLUTAD),
        ("Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att anta taxan.", DecisionStatus.OVERLAMNAD),
        ("Mötet finner att kallelsen skett i stadgeenlig ordning.", DecisionStatus.BESLUTAD),
    ],
)
def test_any_organ_that_decides_gives_a_decision(sentence, status):
    """Issue 10: not only the decision subjects of the sample documents; any organ, committee or
    assembly followed by a decision verb is a decision, in minutes without decision blocks."""
    page = f"Protokoll\n\n§ 4 Ärendet\n\nBakgrund till ärendet.\n\n{sentence}\n"
    assert [(d.text, d.status) for d in parse_document([page]).sections[0].decisions] == [(sentence, status)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Nämnden avslår yrkandet om återremiss och godkänner detaljplanen.", DecisionStatus.BESLUTAD),
        ("Styrelsen beslutar, med avslag på Per Nys (C) yrkande om bordläggning, att anta planen.", DecisionStatus.BESLUTAD),
        ("Återremissyrkandet avslås. Nämnden antar taxan.", DecisionStatus.BESLUTAD),
        ("Nämnden bifaller yrkandet om återremiss.", DecisionStatus.ATERREMITTERAD),
        ("Ärendet avskrivs från vidare handläggning.", DecisionStatus.AVSKRIVEN),
        ("Motionen anses besvarad.", DecisionStatus.BESVARAD),
        ("Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen.", DecisionStatus.OVERLAMNAD),
        ("Nämnden beslutar att överlämna ärendet till kommunstyrelsen.", DecisionStatus.OVERLAMNAD),
    ],
)
def test_status_comes_from_what_is_done_to_the_matter(text, status):
    """Issue 10: "avslår yrkandet om återremiss och godkänner" is beslutad, not återremitterad."""
    assert decision_status(text) is status


def test_kommun_protocol_block_decision_statuses():
    """GIVEN a nämnd protocol with "Nämndens beslut" blocks THEN the status follows the main clause."""
    page = (
        "Protokoll Miljönämnden\n\n§ 12 Detaljplan för kvarteret Lärkan\n\nYrkanden\n\n"
        "Eva Ström (V) yrkar återremiss.\n\nNämndens beslut\n\n"
        "Nämnden avslår yrkandet om återremiss och godkänner detaljplanen.\n"
    )
    [decision] = parse_document([page]).sections[0].decisions
    assert decision.status is DecisionStatus.BESLUTAD


def test_attendance_names_that_are_also_towns_or_companies():
    """Issue 10: "Säter", "Kraften", "Best" are surnames as well as a town and companies; in an
    attendance line with parties they are persons, and no word list of sample names decides."""
    page = (
        "Protokoll Kommunstyrelsen\n\n"
        "Beslutande: Anna Ek (S), ordförande, Erik Säter (M), Karl Kraften (C), Anna Best (L)\n\n"
        "§ 1 Öppnande\n\nText.\n"
    )
    persons = {p.name: (p.role, p.party) for p in parse_document([page]).persons}
    assert persons == {
        "Anna Ek": ("ordförande", "S"), "Erik Säter": ("ledamot", "M"),
        "Karl Kraften": ("ledamot", "C"), "Anna Best": ("ledamot", "L"),
    }


def test_one_rejected_line_does_not_end_the_attendance_block():
    """Issue 10: a line that is no person inside a one-per-line block is skipped, the block goes on."""
    page = (
        "Protokoll Tekniska nämnden\n\nBeslutande\nLena Holm (S), ordförande\nStorgatan 4, Byn\n"
        "Olof Berg\nSara Nyberg, vice ordförande\n\n§ 1 Öppnande\n\nText.\n"
    )
    persons = {p.name: p.role for p in parse_document([page]).persons}
    assert persons == {"Lena Holm": "ordförande", "Olof Berg": "ledamot", "Sara Nyberg": "vice ordförande"}


@pytest.mark.parametrize(
    "line",
    ["Ordförande Storgatan 12", "Ledamot Byggnadsnämnden Norr", "Sekreterare Verksamhetsplanering Ekonomi"],
)
def test_streets_committees_and_headings_are_no_person(line):
    page = f"Protokoll\n\n{line}\n\n§ 1 Öppnande\n\nText.\n\n§ 2 Avslutning\n\nText.\n"
    assert parse_document([page]).persons == ()


def test_each_att_clause_is_a_decision_of_its_own():
    """Issue 10: "Kommunstyrelsen beslutar att …, att …, samt att …" and "att"-clauses one per line
    are one decision each with the lead-in and their own status; a describing clause ("att gälla
    från …") stays with its decision."""
    page = (
        "§ 8 Budget 2025\n\nKommunstyrelsens beslut\n\n"
        "Kommunstyrelsen beslutar att anta budgeten, att uppdra åt förvaltningen att redovisa utfallet, "
        "samt att bordlägga frågan om taxor.\n\n"
        "§ 9 Riktlinjer\n\nNämndens beslut\n\nNämnden beslutar\natt anta riktlinjerna, att gälla från 1 januari\n"
        "att återremittera frågan om avgifter\n"
    )
    sections = parse_document([page]).sections
    assert [(d.text, d.status) for d in sections[0].decisions] == [
        ("Kommunstyrelsen beslutar att anta budgeten", DecisionStatus.BESLUTAD),
        ("Kommunstyrelsen beslutar att uppdra åt förvaltningen att redovisa utfallet", DecisionStatus.BESLUTAD),
        ("Kommunstyrelsen beslutar att bordlägga frågan om taxor.", DecisionStatus.BORDLAGD),
    ]
    assert [(d.text, d.status) for d in sections[1].decisions] == [
        ("Nämnden beslutar att anta riktlinjerna, att gälla från 1 januari", DecisionStatus.BESLUTAD),
        ("Nämnden beslutar att återremittera frågan om avgifter", DecisionStatus.ATERREMITTERAD),
    ]


def test_findings_elections_and_outcomes_are_decisions():
    """Issue 10: association minutes record outcomes, not only "beslutar"."""
    page = (
        "Protokoll årsmöte\n\n§ 1 Mötets behörighet\n\nMötet finner att kallelse skett i laga ordning.\n\n"
        "§ 2 Ansvarsfrihet\n\nÅrsmötet beviljade styrelsen ansvarsfrihet för 2024.\n\n"
        "§ 3 Val\n\nValdes till ordförande för ett år: Anna Ek.\n\n§ 4 Motion\n\nFörslaget antogs.\n"
    )
    assert [len(s.decisions) for s in parse_document([page]).sections] == [1, 1, 1, 1]


def test_persons_where_elected_or_acting_and_in_signature_rows():
    """Issue 10: "Mötet valde Anna Ek till ordförande och Per Ny till sekreterare", "Föredragande:
    ekonomichef Jonas Wik", a signature block in columns; the decision-marker heading "Styrelsens
    beslut" is a paragraph of its own and the signatures are no part of the decision."""
    page = (
        "Protokoll Kultur- och fritidsnämnden\nSammanträdesdatum 2024-05-06\n\n§ 3 Val av ordförande\n"
        "Mötet valde Anna Ek till ordförande och Per Ny till sekreterare.\n\n§ 4 Ekonomi\n"
        "Föredragande: ekonomichef Jonas Wik\nStyrelsens beslut\nStyrelsen beslutar att godkänna rapporten.\n\n"
        "Underskrifter\nSekreterare ........................\nLisa Holm\n"
        "Ordförande ........................ Justerande ........................\n"
        "Anna Ek                             Olle Strand\n"
    )
    doc = parse_document([page])
    assert {p.name: p.role for p in doc.persons} == {
        "Anna Ek": "ordförande", "Per Ny": "sekreterare", "Jonas Wik": "ekonomichef",
        "Lisa Holm": "sekreterare", "Olle Strand": "justerare",
    }
    assert [d.text for d in doc.sections[-1].decisions] == ["Styrelsen beslutar att godkänna rapporten."]
    assert "Styrelsens beslut" in [p.text for p in doc.paragraphs]


def test_local_party_among_politicians_and_agency_among_officials():
    """A local party is capitals in parentheses where Riksdag parties are written too; in a meeting
    of officials the same shape is an organisation ("(FK)")."""
    political = "Protokoll\n\nBeslutande\nAnna Ek (S), ordförande\nEva Ås (SPI)\n\n§ 1 Öppnande\n\nText.\n"
    officials = "Anteckningar\n\nNärvarande\nLena Berg (FK)\nOla Sund (AF)\n\n§ 1 Öppnande\n\nText.\n"
    assert {p.name: p.party for p in parse_document([political]).persons} == {"Anna Ek": "S", "Eva Ås": "SPI"}
    assert {p.name: (p.party, p.organisation) for p in parse_document([officials]).persons} == {
        "Lena Berg": (None, "FK"), "Ola Sund": (None, "AF")}


def test_protocol_with_decision_blocks_keeps_an_organ_decision_written_without_one():
    """Issue 10: in a kommun protocol whose items have "Beslut" blocks, an item that only says
    "Kommunstyrelsen beslutar att …" still has that decision; history ("beslutade 2023-05-12") and
    "Arbetsutskottets förslag" do not."""
    page = (
        "Protokoll Kommunstyrelsen\n\n§ 20 Budget\n\nKommunstyrelsen beslutade 2023-05-12 att ta fram en plan.\n\n"
        "Arbetsutskottets förslag\nKommunstyrelsen beslutar att anta planen.\n\nBeslut\n\n"
        "Kommunstyrelsen beslutar att anta planen med ändringen att den gäller från 2025.\n\n"
        "§ 21 Delegationsbeslut\n\nKommunstyrelsen beslutade 2023-05-12 att delegera.\n\n"
        "Kommunstyrelsen beslutar att lägga redovisningen till handlingarna.\n\n"
        "§ 22 Taxor\n\nArbetsutskottets förslag\nKommunstyrelsen beslutar att anta taxan.\n"
    )
    sections = parse_document([page]).sections
    assert [[(d.text, d.status) for d in s.decisions] for s in sections] == [
        [("Kommunstyrelsen beslutar att anta planen med ändringen att den gäller från 2025.", DecisionStatus.BESLUTAD)],
        [("Kommunstyrelsen beslutar att lägga redovisningen till handlingarna.", DecisionStatus.NOTERAD)],
        [],
    ]


def test_one_person_one_record_in_a_kommunstyrelse_protocol():
    """Issue 10: "Anna Ek (S), ordförande", "Ordförande A. Ek" and "Ek (S) yrkar" are one person;
    the record keeps the full name, the role and the party."""
    page = (
        "Protokoll Kommunstyrelsen\nSammanträdesdatum 2024-05-06\n\nBeslutande\nAnna Ek (S), ordförande\n"
        "Per Ny (M), ledamot\n\n§ 1 Öppnande\n\nOrdförande A. Ek öppnar sammanträdet.\n\n§ 2 Budget\n\n"
        "Ek (S) yrkar bifall till förslaget.\n\nBeslut\n\nKommunstyrelsen beslutar att anta budgeten.\n"
    )
    assert [(p.name, p.role, p.party) for p in parse_document([page]).persons] == [
        ("Anna Ek", "ordförande", "S"), ("Per Ny", "ledamot", "M"),
    ]


def test_two_persons_with_one_surname_stay_apart():
    """Issue 10: with "Anna Ek" and "Per Ek" in the protocol a bare "ordförande Ek" could be either
    and stays a record of its own; "A. Ek" fits only Anna Ek."""
    page = (
        "Protokoll Kommunstyrelsen\n\nBeslutande\nAnna Ek (S), ledamot\nPer Ek (M), ledamot\n\n§ 1 Budget\n\n"
        "ordförande Ek öppnar sammanträdet. A. Ek (S) yrkar bifall.\n"
    )
    assert [(p.name, p.role, p.party) for p in parse_document([page]).persons] == [
        ("Anna Ek", "ledamot", "S"), ("Per Ek", "ledamot", "M"), ("Ek", "ordförande", None),
    ]


def test_short_forms_in_association_minutes_join_the_full_name():
    """Issue 10: a förening's minutes name "Karin Holm" once and "sekreterare Holm" later; an
    initial that fits no first name ("B. Holm") is someone else."""
    page = (
        "Protokoll årsmöte Föreningen Solrosen\n\n§ 1 Mötets öppnande\n\n"
        "Mötet valde Karin Holm till ordförande och Olle Berg till sekreterare.\n\n"
        "§ 2 Verksamhetsberättelse\n\nsekreterare Berg läste verksamhetsberättelsen. kassör B. Holm redovisade.\n"
    )
    assert [(p.name, p.role) for p in parse_document([page]).persons] == [
        ("Karin Holm", "ordförande"), ("Olle Berg", "sekreterare"), ("B. Holm", "kassör"),
    ]


def test_attendance_table_rows_and_a_handle_beside_a_name():
    """Issue 10: "Beslutande" as lines "Namn | Parti | Roll" (the header row is no person), a förening's
    "kalle (Karl Svensson)" and first names in elections; a meeting function (rösträknare) gives way
    to the role the person is elected to."""
    table = (
        "Protokoll Kommunstyrelsen\n\nBeslutande\nNamn | Parti | Roll\nAnna Ek | S | ordförande\n"
        "| Per Ny | M | ledamot |\n\n§ 1 Öppnande\n\nText.\n"
    )
    assert [(p.name, p.role, p.party) for p in parse_document([table]).persons] == [
        ("Anna Ek", "ordförande", "S"), ("Per Ny", "ledamot", "M"),
    ]
    forening = (
        "Protokoll årsmöte\n\n§ 1 Val\n\nMötet valde Eva till rösträknare och Olle till sekreterare.\n\n"
        "§ 2 Styrelse\n\nMötet valde Eva till ledamot. Föreningens kassör nisse (Nils Berg) redovisade.\n"
    )
    assert [(p.name, p.role) for p in parse_document([forening]).persons] == [
        ("Eva", "ledamot"), ("Olle", "sekreterare"), ("Nils Berg", "kassör"),
    ]


def test_what_someone_tells_the_meeting_is_no_decision():
    """Issue 10: "Styrelsen berättade att ansökan avslogs" reports an earlier outcome."""
    page = (
        "Protokoll årsmöte\n\n§ 1 Ansökan\n\nStyrelsen berättade att ansökan avslogs i fjol.\n"
        "Mötet beslutade att söka på nytt.\n"
    )
    assert [d.text for d in parse_document([page]).sections[0].decisions] == ["Mötet beslutade att söka på nytt."]


def test_each_decision_and_person_names_the_rule_that_found_it():
    """Issue 10 (`arkiv show --explain`): a decision under "Beslut" split by "att"-clauses, a
    decision sentence in minutes without blocks, an attendance block, an election in running text."""
    protocol = (
        "Protokoll Kommunstyrelsen\n\nBeslutande\nAnna Ek (S), ordförande\n\n§ 1 Budget\n\nBeslut\n\n"
        "Kommunstyrelsen beslutar att anta budgeten, att uppdra åt förvaltningen att redovisa.\n"
    )
    doc = parse_document([protocol])
    assert [d.rule for d in doc.sections[0].decisions] == ["beslutsblock + att-sats"] * 2
    assert [(p.name, p.rule) for p in doc.persons] == [("Anna Ek", "närvaroblock")]
    minutes = "Protokoll årsmöte\n\n§ 1 Val\n\nMötet valde Per Ny till sekreterare.\n"
    doc = parse_document([minutes])
    assert [d.rule for d in doc.sections[0].decisions] == ["beslutsmening"]
    assert [(p.name, p.rule) for p in doc.persons] == [("Per Ny", "löptext: val")]


def test_handle_elected_and_a_compound_noun_after_a_title():
    """Issue 10: "Mötet valde nisse (Nils Berg) som mötesordförande" elects Nils Berg; one word after a
    title that is a noun ("handläggare Taxeförslaget") is no person."""
    page = (
        "Protokoll höstmöte\n\n§ 1 Val\n\nMötet valde nisse (Nils Berg) som mötesordförande.\n\n"
        "§ 2 Taxor\n\nÄrendet bereds av handläggare Taxeförslaget enligt plan.\n"
    )
    assert [(p.name, p.role) for p in parse_document([page]).persons] == [("Nils Berg", "mötesordförande")]


# ------------------------------------------------------------------ issue 10: decisions outside blocks


def test_outcomes_around_a_decision_block_in_a_socialnamnd_protocol():
    """GIVEN a socialnämnd item with a block, a finding overturned by a vote, a vote outcome on how
    to proceed, a finding "enligt förslaget" that the block writes out, background history and a
    consent to a protokollsanteckning THEN the vote outcome, the block and the consent are the
    decisions, in the order of the minutes; "Förslaget bifalls" and a finding decide without a block."""
    page = (
        "Protokoll Socialnämnden\n\n§ 40 Riktlinjer för försörjningsstöd\n\nÄrendebeskrivning\n"
        "Socialnämnden beslutade 2023-03-14 att ta fram nya riktlinjer. Nämnden godkänner riktlinjerna "
        "vart tredje år.\n\nFörslag till beslut på sammanträdet\nEva Lund (V): Ärendet återremitteras.\n"
        "Olle Berg (M): Bifall till förvaltningens förslag.\n\nBeslutsgång\nOrdföranden ställer proposition "
        "på återremissyrkandet och finner att nämnden beslutat att återremittera ärendet.\nOmröstning begärs.\n"
        "Omröstningsresultat\nMed 7 JA-röster (Olle Berg (M), Anna Ek (S)) mot 4 NEJ-röster (Eva Lund (V), "
        "Per Ny (V)) beslutar nämnden att ärendet ska avgöras i dag.\nOrdföranden ställer proposition på "
        "förvaltningens förslag och finner att nämnden beslutat enligt förslaget.\n\nSocialnämndens beslut\n"
        "• Anta riktlinjerna för försörjningsstöd.\n\nProtokollsanteckning\n"
        "Nämnden godkänner att Eva Lund (V) lämnar en protokollsanteckning.\n\n"
        "§ 41 Motion om fritidskort\n\nOrdföranden ställer proposition på arbetsutskottets förslag och finner "
        "att nämnden beslutat bifalla motionen.\n\n§ 42 Medborgarförslag om parkbänkar\n\nFörslaget bifalls.\n"
    )
    sections = parse_document([page]).sections
    assert [[(d.text, d.status) for d in s.decisions] for s in sections] == [
        [
            ("Nämnden beslutar att ärendet ska avgöras i dag.", DecisionStatus.BESLUTAD),
            ("Anta riktlinjerna för försörjningsstöd.", DecisionStatus.BESLUTAD),
            ("Nämnden godkänner att Eva Lund (V) lämnar en protokollsanteckning.", DecisionStatus.BESLUTAD),
        ],
        [("Nämnden beslutat bifalla motionen.", DecisionStatus.BESLUTAD)],
        [("Förslaget bifalls.", DecisionStatus.BESLUTAD)],
    ]
    assert sections[0].decisions[0].rule == "utanför beslutsblock"


def test_a_vote_outcome_that_repeats_the_block_is_not_counted_twice():
    """GIVEN a region committee's vote outcome "beslutar nämnden att avslå ansökan" and the block
    "Ansökan avslås." THEN one decision, avslagen."""
    page = (
        "Protokoll Regionala utvecklingsnämnden\n\n§ 7 Ansökan om projektmedel\n\nBeslutsgång\n"
        "Omröstning begärs.\nMed 9 röster mot 6 beslutar nämnden att avslå ansökan.\n\n"
        "Regionala utvecklingsnämndens beslut\n• Ansökan avslås.\n"
    )
    assert [(d.text, d.status) for d in parse_document([page]).sections[0].decisions] == [
        ("Ansökan avslås.", DecisionStatus.AVSLAGEN)]


def test_bullets_of_a_second_kind_under_a_condition_are_decisions_each():
    """GIVEN a kommunstyrelse block with "• Uppdra …", then "Under förutsättning att …, även" over
    "- uppdra …" bullets, and a lead-in "Kommunstyrelsen beslutar, under förutsättning att …, att"
    over bullets of two kinds THEN each bullet is a decision with its condition; dashes under an item
    ending in ":" stay part of that item."""
    page = (
        "Protokoll Kommunstyrelsen\n\n§ 12 Upphandling av skolskjutsar\n\nKommunstyrelsens beslut\n"
        "• Uppdra åt kommundirektören att påbörja upphandlingen av skolskjutsar.\n"
        "Under förutsättning att anbuden ryms inom budget, även\n"
        "- uppdra åt kommundirektören att fatta tilldelningsbeslut,\n"
        "- uppdra åt kommundirektören att teckna avtal med leverantören.\n_______\n\n"
        "§ 13 Ny förskola\n\nKommunstyrelsens beslut\n"
        "Kommunstyrelsen beslutar, under förutsättning att kommunfullmäktige anslår medel, att\n"
        "• anta lokalprogrammet för förskolan,\n- uppdra åt fastighetschefen att upphandla en byggentreprenad.\n\n"
        "§ 14 Gång- och cykelvägar\n\nKommunstyrelsens beslut\n• Uppdra åt tekniska chefen att ta fram:\n"
        "- en plan för underhåll,\n- en kostnadsberäkning.\n• Lägga informationen till handlingarna.\n"
    )
    sections = parse_document([page]).sections
    condition = "Under förutsättning att anbuden ryms inom budget, även"
    assert [d.text for d in sections[0].decisions] == [
        "Uppdra åt kommundirektören att påbörja upphandlingen av skolskjutsar.",
        f"{condition} uppdra åt kommundirektören att fatta tilldelningsbeslut",
        f"{condition} uppdra åt kommundirektören att teckna avtal med leverantören.",
    ]
    lead = "Kommunstyrelsen beslutar, under förutsättning att kommunfullmäktige anslår medel, att"
    assert [d.text for d in sections[1].decisions] == [
        f"{lead} anta lokalprogrammet för förskolan",
        f"{lead} uppdra åt fastighetschefen att upphandla en byggentreprenad.",
    ]
    assert [(d.text, d.status) for d in sections[2].decisions] == [
        ("Uppdra åt tekniska chefen att ta fram: - en plan för underhåll, - en kostnadsberäkning.", DecisionStatus.BESLUTAD),
        ("Lägga informationen till handlingarna.", DecisionStatus.NOTERAD),
    ]


def test_proposals_and_quoted_decisions_around_blocks_are_no_decisions():
    """GIVEN a kommunstyrelse item whose background quotes an earlier decision and whose officials
    "föreslår att", and an item with only a proposal and a finding overturned by a vote that is
    recorded nowhere THEN only the block's decision counts, and the second item has none."""
    page = (
        "Protokoll Kommunstyrelsen\n\n§ 20 Taxa för bygglov\n\nÄrendebeskrivning\n"
        "Kommunfullmäktige beslutade den 12 juni 2023, § 55, att anta en ny taxa. Förvaltningen föreslår att "
        "kommunstyrelsen beslutar att justera taxan.\nKommunstyrelsen godkände taxan förra året.\n\n"
        "Kommunstyrelsens beslut\n• Justera taxan för bygglov från 1 januari 2025.\n\n"
        "§ 21 Motion om solceller\n\nFörslag till beslut\nKommunstyrelsen beslutar att bifalla motionen.\n\n"
        "Beslutsgång\nOrdföranden finner att kommunstyrelsen beslutat bifalla motionen.\nVotering begärs.\n"
    )
    sections = parse_document([page]).sections
    assert [d.text for d in sections[0].decisions] == ["Justera taxan för bygglov från 1 januari 2025."]
    assert sections[1].decisions == ()


def test_terse_notes_of_association_minutes_are_decisions():
    """GIVEN an idrottsförening's minutes with one "Beslut:" line and terse notes elsewhere
    THEN "Beslut: …" does not make the other items history: each terse note is a decision, a bare
    "Godkändes." decides the proposal before it, "lade … till handlingarna" is noterad."""
    page = (
        "Protokoll styrelsemöte IK Svalan\n\n§ 1 Val av justerare\nMötet valde Per Ny att justera protokollet.\n\n"
        "§ 2 Ekonomi\nKassören redogjorde för ekonomin.\nBeslut: Att godkänna den ekonomiska rapporten.\n\n"
        "§ 3 Träningstider\nBeslutades att flytta träningen till tisdagar.\n\n"
        "§ 4 Rapport från ungdomssektionen\nMötet lade rapporten till handlingarna.\n\n"
        "§ 5 Medlemsavgift\nStyrelsen föreslår att avgiften höjs till 300 kronor. Godkändes.\n\n"
        "§ 6 Fyllnadsval\nValdes: Anna Ek till sekreterare.\n\n§ 7 Bollar\nMötet beslöt att köpa nya bollar.\n\n"
        "§ 8 Cupen\nVi väljer att inte delta i cupen i år.\n\n§ 9 Hemsidan\nBeslut om att byta leverantör av hemsidan.\n\n"
        "§ 10 Årsmötet\nDatum för årsmötet framflyttat till 24 april.\n"
    )
    decisions = [[(d.text, d.status) for d in s.decisions] for s in parse_document([page]).sections]
    assert decisions == [
        [("Mötet valde Per Ny att justera protokollet.", DecisionStatus.BESLUTAD)],
        [("Att godkänna den ekonomiska rapporten.", DecisionStatus.BESLUTAD)],
        [("Beslutades att flytta träningen till tisdagar.", DecisionStatus.BESLUTAD)],
        [("Mötet lade rapporten till handlingarna.", DecisionStatus.NOTERAD)],
        [("Styrelsen föreslår att avgiften höjs till 300 kronor. Godkändes.", DecisionStatus.BESLUTAD)],
        [("Valdes: Anna Ek till sekreterare.", DecisionStatus.BESLUTAD)],
        [("Mötet beslöt att köpa nya bollar.", DecisionStatus.BESLUTAD)],
        [("Vi väljer att inte delta i cupen i år.", DecisionStatus.BESLUTAD)],
        [("Beslut om att byta leverantör av hemsidan.", DecisionStatus.BESLUTAD)],
        [("Datum för årsmötet framflyttat till 24 april.", DecisionStatus.BESLUTAD)],
    ]


def test_proposals_reports_and_earlier_decisions_in_minutes_are_no_decisions():
    """GIVEN a studentkår's minutes with a proposal nobody adopts, a decision still to be taken, a
    decision of an earlier meeting, a person described by an earlier election, and a report that a
    decision was taken THEN no decision."""
    page = (
        "Protokoll kårstyrelsen\n\n§ 1 Sittningar\nStyrelsen föreslår att sittningarna flyttas till fredagar.\n"
        "Beslut om sittningarna tas på nästa möte.\n\n§ 2 Lokaler\nKårstyrelsen beslutade i mars att säga upp "
        "förrådet.\nAnna Ek, som valdes till ordförande 2023, redogjorde för läget.\n\n"
        "§ 3 Rapporter\nBeslut från tidigare möten är relevanta för de nya ledamöterna.\n"
        "Budgeten är godkänd av revisorerna.\n"
    )
    assert [s.decisions for s in parse_document([page]).sections] == [(), (), ()]


# ------------------------------------------------------------------ issue 10: sections


def test_latex_items_are_sections_and_subsubsections_their_text(tmp_path):
    """GIVEN a studentkår's LaTeX minutes: \\section groups, \\subsection items, and \\subsubsection
    both for "Förslag till beslut"/"Beslut" and for report notes THEN the level of the decision
    sub-headings is inside an item: sections are the \\section and \\subsection headings (an empty
    group heading included), a "\\subsection{Kassör}" report is an item, and the notes are its text."""
    source = tmp_path / "karstyrelsen.tex"
    source.write_text(
        "\\title{Styrelsemöte 4}\n\\begin{document}\n\\section{Öppnande}\nOrdföranden öppnade mötet.\n"
        "\\section{Formalia}\n\\subsection{Val av justerare}\nKandidater anmäldes.\n"
        "\\subsubsection*{Förslag till beslut}\nAtt välja Lisa Berg.\n\\subsubsection*{Beslut}\n"
        "Mötet väljer Lisa Berg till justerare.\n\\subsection{Fastställande av dagordning}\nInga tillägg.\n"
        "\\subsubsection*{Beslut}\nMötet fastställer dagordningen.\n\\section{Rapporter}\n\\subsection{Kassör}\n"
        "\\subsubsection{Kvitton}\nKvittona för hösten är inlämnade.\n\\subsubsection{Bankbyte}\n"
        "Banken byts i januari.\n\\section{Avslutning}\nMötet avslutades.\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_document(clean_pages(read_document(source).pages), filename=source.name)
    assert [s.title for s in doc.sections] == [
        "Öppnande", "Formalia", "Val av justerare", "Fastställande av dagordning", "Rapporter", "Kassör", "Avslutning",
    ]
    kassor = doc.sections[5]
    assert "Kvittona för hösten är inlämnade." in kassor.text and "Banken byts i januari." in kassor.text
    assert [d.text for s in doc.sections for d in s.decisions] == [
        "Mötet väljer Lisa Berg till justerare.", "Mötet fastställer dagordningen."]


def test_a_wrapped_attendance_line_with_paragraph_numbers_heads_no_section():
    """GIVEN a kommunstyrelse front page whose "Övriga närvarande" list wraps onto lines starting
    "§ 40, 41 och 43, …" and "§ 42" THEN only the real headings are sections."""
    page = (
        "Protokoll Kommunstyrelsen\nSammanträdesdatum 2024-05-06\n\n"
        "Övriga närvarande: Lars Holm, ekonomichef, § 38-39, Eva Ek, nämndsekreterare,\n"
        "§ 40, 41 och 43, Olle Berg, planarkitekt\n§ 42\n\n"
        "§ 38 Budgetuppföljning\nKommunstyrelsen beslutar att godkänna uppföljningen.\n\n"
        "§ 39 Detaljplan för Norra hamnen\nKommunstyrelsen beslutar att anta detaljplanen.\n\n"
        "§ 40 Taxor\nKommunstyrelsen beslutar att anta taxan.\n"
    )
    sections = parse_document([page]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 38", "Budgetuppföljning"), ("§ 39", "Detaljplan för Norra hamnen"), ("§ 40", "Taxor")]


def test_a_number_printed_twice_in_a_brf_agenda_table_gives_two_items():
    """GIVEN a BRF's minutes whose Word list prints "2." twice, the first item without text, and a
    sub-numbered "4.1." under "4." THEN both "2." items are sections and "4.1." is text of "4."."""
    page = (
        "Protokoll styrelsemöte Brf Eken\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
        "2. Mötet öppnades\n2. Val av justerare\nKarin väljs till justerare.\n"
        "3. Ekonomi\nKassören redogjorde för ekonomin.\n4. Underhåll\n4.1. Fönster\nFönstren besiktigas i maj.\n"
        "5. Avslutning\nMötet avslutades.\n"
    )
    sections = parse_document([page]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Mötet öppnades"), ("§ 2", "Val av justerare"),
        ("§ 3", "Ekonomi"), ("§ 4", "Underhåll"), ("§ 5", "Avslutning"),
    ]
    assert [d.text for d in sections[2].decisions] == ["Karin väljs till justerare."]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Stämman förklarades behörigen sammankallad.", DecisionStatus.BESLUTAD),
        ("Kassören fick i uppdrag att betala fakturan.", DecisionStatus.BESLUTAD),
        ("Föreningsmötet uppdrog åt styrelsen att utreda frågan.", DecisionStatus.BESLUTAD),
        ("Omval av Per Ny som kassör för två år.", DecisionStatus.BESLUTAD),
        ("Styrelsen enades om att köpa in en ny gräsklippare.", DecisionStatus.BESLUTAD),
        ("Informationen noterades.", DecisionStatus.NOTERAD),
        ("Frågan bordlades till nästa möte.", DecisionStatus.BORDLAGD),
    ],
)
def test_outcomes_written_by_an_association_are_decisions(sentence, status):
    """A BRF's or an idrottsförening's ways of writing an outcome, each without an organ that acts."""
    page = f"Protokoll föreningsmöte\n\n§ 1 Öppnande\n\nMötet öppnades.\n\n§ 2 Ärendet\n\n{sentence}\n"
    assert [(d.text, d.status) for d in parse_document([page]).sections[1].decisions] == [(sentence, status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nyval av två ledamöter som ersättare diskuterades.",
        "Mötet tackade för informationen.",
        "Ordföranden förklarade mötet avslutat.",
        "Styrelsen har tidigare beslutat att höja avgiften.",
        "Ansökan om bidrag beviljades av kommunen i maj.",  # someone else decided
        "Bidraget beviljades av Länsstyrelsen.",
        "Gården fick beviljat lån från banken.",
    ],
)
def test_what_only_resembles_an_outcome_is_no_decision(sentence):
    page = f"Protokoll föreningsmöte\n\n§ 1 Öppnande\n\nMötet öppnades.\n\n§ 2 Ärendet\n\n{sentence}\n"
    assert parse_document([page]).sections[1].decisions == ()


def test_a_finding_in_the_present_tense_decides_an_item_without_a_block():
    """GIVEN a region committee protocol with blocks and an item whose only outcome is the chairman's
    finding "finner att regionstyrelsen beslutar enligt arbetsutskottets förslag" THEN that finding
    is its decision; in an item with a block "finner att nämnden beslutar så" adds nothing."""
    page = (
        "Protokoll Regionstyrelsen\n\n§ 1 Budget\n\nRegionstyrelsens beslut\n• Anta budgeten.\n\n"
        "§ 2 Motion om vårdcentraler\n\nBeslutsgång\nOrdföranden ställer proposition på förslagen och finner att "
        "regionstyrelsen beslutar enligt arbetsutskottets förslag.\n\n§ 3 Lokaler\n\nBeslutsgång\n"
        "Ordföranden frågar om ärendet ska avgöras i dag och finner att regionstyrelsen beslutar så.\n\n"
        "Regionstyrelsens beslut\n• Hyra lokalerna i fem år.\n"
    )
    sections = parse_document([page]).sections
    assert [[d.text for d in s.decisions] for s in sections] == [
        ["Anta budgeten."],
        ["Regionstyrelsen beslutar enligt arbetsutskottets förslag."],
        ["Hyra lokalerna i fem år."],
    ]


def test_an_adopted_proposal_is_a_decision_that_says_what_was_proposed():
    """GIVEN a studentkår's items with "Förslag till beslut: att …" followed by the meeting's answer
    THEN "Mötet beslutade enligt förslaget" and "Bifall till förslaget" carry the proposal's text,
    "Förslaget avslogs" is avslagen, and a proposal with no answer is no decision."""
    page = (
        "Protokoll styrelsemöte Studentkåren\n\n§ 1 Städrutin\nFörslag till beslut: att införa en ny städrutin.\n"
        "Mötet beslutade enligt förslaget.\n\n§ 2 Kaffemaskin\nFörslag till beslut\natt köpa en kaffemaskin.\n"
        "Beslut\nBifall till förslaget.\n\n§ 3 Medlemsavgift\nFörslag till beslut: att höja avgiften.\n"
        "Förslaget avslogs.\n\n§ 4 Soffa\nFörslag till beslut: att köpa en soffa.\nFrågan diskuterades.\n"
    )
    assert [[(d.text, d.status) for d in s.decisions] for s in parse_document([page]).sections] == [
        [("Mötet beslutade enligt förslaget: att införa en ny städrutin.", DecisionStatus.BESLUTAD)],
        [("Bifall till förslaget: att köpa en kaffemaskin.", DecisionStatus.BESLUTAD)],
        [("Förslaget avslogs.", DecisionStatus.AVSLAGEN)],
        [],
    ]


@pytest.mark.parametrize(
    "layout",
    [
        "1\t{t}",  # a Word list exported with tabs
        "§ {n}. {t}",
        "§ {n}: {t}",
        "§ {n} – {t}",
        "Punkt {n}. {t}",
        "**{n}. {t}**",  # Markdown minutes with bold item lines under a "# Protokoll" title
    ],
)
def test_item_headings_in_the_layouts_of_other_organisations(layout):
    """GIVEN a socialnämnd's or a förening's items numbered in another layout THEN the sections have
    the number and the title without the punctuation that separates them."""
    titles = ["Mötets öppnande", "Val av justerare", "Ekonomi"]
    body = "\n".join(
        layout.replace("1\t", f"{n}\t").format(n=n, t=t) + f"\nText till punkt {n}.\n" for n, t in enumerate(titles, 1)
    )
    sections = parse_document([f"# Protokoll\n\n{body}"]).sections
    assert [(s.number, s.title) for s in sections] == [(f"§ {n}", t) for n, t in enumerate(titles, 1)]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Beslut: Barn- och utbildningsnämnden beslutar att anta skolplanen för 2025–2027.",
         ("Barn- och utbildningsnämnden beslutar att anta skolplanen för 2025–2027.", DecisionStatus.BESLUTAD)),
        ("Beslutet\nBarn- och utbildningsnämnden beslutar att bordlägga ärendet.",
         ("Barn- och utbildningsnämnden beslutar att bordlägga ärendet.", DecisionStatus.BORDLAGD)),
        ("Beslut\nNämnden tackar för informationen.", ("Nämnden tackar för informationen.", DecisionStatus.NOTERAD)),
    ],
)
def test_decision_markers_of_a_barn_och_utbildningsnamnd(block, expected):
    """A long decision after "Beslut:" on one line, a "Beslutet" heading, thanks for information."""
    page = f"Protokoll Barn- och utbildningsnämnden\n\n§ 5 Skolplan\n\nÄrendebeskrivning\nBakgrund.\n\n{block}\n"
    assert [(d.text, d.status) for d in parse_document([page]).sections[0].decisions] == [expected]


def test_auditors_decide_in_their_own_minutes_but_only_recommend_to_an_arsmote():
    """GIVEN a kommun revision's minutes ("Revisorerna beslutar att anta revisionsplanen") and an
    årsmöte where "Revisorerna tillstyrkte att styrelsen beviljas ansvarsfrihet" THEN the revision's
    acts are decisions, the recommendation is not (the årsmöte's grant is)."""
    revision = (
        "Protokoll de förtroendevalda revisorerna\n\n§ 2 Revisionsplan 2024\n"
        "Revisorerna beslutar att anta revisionsplanen för 2024.\n\n§ 3 Information\n"
        "Revisorerna tar del av informationen och lägger den till handlingarna.\n"
    )
    assert [[(d.text, d.status) for d in s.decisions] for s in parse_document([revision]).sections] == [
        [("Revisorerna beslutar att anta revisionsplanen för 2024.", DecisionStatus.BESLUTAD)],
        [("Revisorerna tar del av informationen och lägger den till handlingarna.", DecisionStatus.NOTERAD)],
    ]
    arsmote = (
        "Protokoll årsmöte\n\n§ 1 Revisionsberättelse\nRevisorerna tillstyrkte att styrelsen beviljas ansvarsfrihet.\n\n"
        "§ 2 Ansvarsfrihet\nÅrsmötet beviljade styrelsen ansvarsfrihet.\n"
    )
    assert [[d.text for d in s.decisions] for s in parse_document([arsmote]).sections] == [
        [], ["Årsmötet beviljade styrelsen ansvarsfrihet."]]


def test_numbered_items_that_run_on_from_earlier_meetings():
    """GIVEN an idrottsförening board whose items are numbered through the year ("45. Mötets
    öppnande", "46. …") THEN they are sections; a lone "7. …" line in a list is not."""
    page = (
        "Protokoll styrelsemöte IF Kometen\n\n45. Mötets öppnande\nOrdföranden öppnade mötet.\n"
        "46. Val av justerare\nPer valdes till justerare.\n47. Ekonomi\nKassören redogjorde.\n"
        "48. Avslutning\nMötet avslutades.\n"
    )
    assert [s.number for s in parse_document([page]).sections] == ["§ 45", "§ 46", "§ 47", "§ 48"]
    stray = "Protokoll\n\nMötet diskuterade punkterna\n7. Lokaler\nText om lokaler.\n9. Övrigt\nText.\n"
    assert parse_document([stray]).sections == ()


def test_a_brf_board_with_beslut_lines_keeps_the_decisions_written_in_sentences():
    """GIVEN a BRF board's minutes where most items end in "Beslut: Att …." and others say
    "Styrelsen beslutade att …" or "Beslutades att …" THEN each is a decision, a "Beslut:" line whole
    on its line does not swallow the next sentence, and "beslutade 2021 att" is history while
    "beviljade 2023 års styrelse ansvarsfrihet" is not."""
    page = (
        "Protokoll styrelsemöte Brf Linden\n\n§ 1 Ekonomi\nBeslut: Att godkänna den ekonomiska rapporten.\n\n"
        "§ 2 Fönster\nStyrelsen beslutade att anlita en ny fönsterfirma.\n\n§ 3 Tvättstuga\nBeslut: Att byta lås.\n"
        "Styrelsen beslutade att köpa en ny torktumlare.\n\n§ 4 Garage\nBeslut: Att höja hyran.\n\n"
        "§ 5 Historik\nStyrelsen beslutade 2021 att renovera taket.\n\n"
        "§ 6 Ansvarsfrihet\nMötet beviljade 2023 års styrelse ansvarsfrihet.\n"
    )
    assert [[d.text for d in s.decisions] for s in parse_document([page]).sections] == [
        ["Att godkänna den ekonomiska rapporten."],
        ["Styrelsen beslutade att anlita en ny fönsterfirma."],
        ["Att byta lås.", "Styrelsen beslutade att köpa en ny torktumlare."],
        ["Att höja hyran."],
        [],
        ["Mötet beviljade 2023 års styrelse ansvarsfrihet."],
    ]


def test_och_att_starts_a_clause_unless_it_goes_on_a_nested_one():
    """GIVEN a kommunstyrelse decision "att anta planen och att uppdra …" and one "att uppdra åt
    förvaltningen att utreda frågan och att återkomma" THEN the first is two decisions, the second one."""
    page = (
        "Protokoll Kommunstyrelsen\n\n§ 3 Plan\n\nKommunstyrelsens beslut\n"
        "Kommunstyrelsen beslutar att anta planen och att uppdra åt kommundirektören att genomföra den.\n\n"
        "§ 4 Utredning\n\nKommunstyrelsens beslut\n"
        "Kommunstyrelsen beslutar att uppdra åt förvaltningen att utreda frågan och att återkomma till styrelsen.\n"
    )
    assert [[d.text for d in s.decisions] for s in parse_document([page]).sections] == [
        ["Kommunstyrelsen beslutar att anta planen",
         "Kommunstyrelsen beslutar att uppdra åt kommundirektören att genomföra den."],
        ["Kommunstyrelsen beslutar att uppdra åt förvaltningen att utreda frågan och att återkomma till styrelsen."],
    ]


def test_decision_headings_beside_flat_markdown_items_stay_inside_them():
    """GIVEN a förening's flat Markdown minutes: "## 1. Öppnande", "## Beslut", "## 2. …" under one
    "# Protokoll" THEN the numbered items are the sections and each "## Beslut" is their decision block."""
    page = (
        "# Protokoll styrelsemöte\n\n## 1. Öppnande\nMötet öppnades.\n## Beslut\nMötet fastställer dagordningen.\n"
        "## 2. Val av justerare\nText.\n## Beslut\nMötet väljer Per Ny till justerare.\n## 3. Avslutning\nMötet avslutades.\n"
    )
    sections = parse_document([page]).sections
    assert [(s.number, [d.text for d in s.decisions]) for s in sections] == [
        ("§ 1", ["Mötet fastställer dagordningen."]), ("§ 2", ["Mötet väljer Per Ny till justerare."]), ("§ 3", []),
    ]
