"""Decisions on patterns a held-out check of minutes of other kinds of organisation found missing
(round F), each pinned by invented fixtures in the shape of at least two kinds of organisation and a
negative fixture. All names, places and organisations are invented."""

from __future__ import annotations

from arkiv.ingest.extract import WHOLE_BODY_TITLE
from tests.extraction import decisions, parsed

B = "beslutad"


# ---------------------------------------------------------------- 1. minutes in prose, no headings

SAMFALLIGHET_PROSE = """Styrelsemöte Norrvikens samfällighetsförening

Närvarande: Eva Ek, Per Holm och Lisa Berg.

Ordföranden hälsade alla välkomna. Kassören redogjorde för ekonomin, som är god.
Styrelsen bestämde att laga vägbommen före sommaren. Vi beslutade även att höja
årsavgiften till 900 kr.

Lisa Berg valdes till sekreterare för resten av året. Efter en lång diskussion bestämdes det
hur snöröjningen ska handlas upp.
"""

PRO_PROSE = """Styrelsens möte i PRO Ekbacken den 4 mars

Vi träffades hos Karin Lund. Karin berättade om vårens resa.
Det beslutades att resan går till Visby i maj. Per Holm valdes till reseledare.
Vi beslutade även att bjuda på kaffe vid nästa medlemsmöte.
"""


def test_prose_minutes_without_headings_keep_their_decisions_in_one_section():
    assert decisions(parsed(SAMFALLIGHET_PROSE)) == {WHOLE_BODY_TITLE: [
        ("Styrelsen bestämde att laga vägbommen före sommaren.", B),
        ("Vi beslutade även att höja årsavgiften till 900 kr.", B),
        ("Lisa Berg valdes till sekreterare för resten av året.", B),
        ("Efter en lång diskussion bestämdes det hur snöröjningen ska handlas upp.", B),
    ]}
    assert decisions(parsed(PRO_PROSE)) == {WHOLE_BODY_TITLE: [
        ("Det beslutades att resan går till Visby i maj.", B),
        ("Per Holm valdes till reseledare.", B),
        ("Vi beslutade även att bjuda på kaffe vid nästa medlemsmöte.", B),
    ]}


def test_prose_section_holds_the_decisions_and_its_paragraphs_stay_text_outside_any_section():
    """Search finds text outside § paragraph by paragraph; one whole-text § would show one passage."""
    doc = parsed(PRO_PROSE)
    (section,) = doc.sections
    assert section.number is None and section.title == WHOLE_BODY_TITLE and section.page == 1
    assert "Visby" in section.text
    assert {p.section for p in doc.paragraphs} == {None} and len(doc.paragraphs) > 1


LETTER = """Till medlemmarna i Norrvikens samfällighetsförening

Vi vill tacka alla som kom till städdagen. Vägbommen är nu lagad och snöröjningen fungerar.
Hör gärna av er till Eva Ek om ni har frågor.

Med vänliga hälsningar
Styrelsen
"""

KALLELSE = """Kallelse till årsmöte i PRO Ekbacken

Medlemmarna kallas till årsmöte den 12 mars kl. 14.00 i Folkets hus. Styrelsen föreslår att
årsavgiften höjs till 250 kr. Det beslutades förra året att resan går till Visby.
"""


def test_prose_without_decisions_stays_without_sections():
    assert parsed(LETTER).sections == ()
    assert parsed(KALLELSE, filename="kallelse.txt").sections == ()


# ---------------------------------------------------------------- 4. decisions as bullet lines

def _bulleted(mark: str) -> dict:
    spf = f"""Protokoll årsmöte SPF Ekbacken

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Motioner
{mark} Årsmötet beslutade att avslå motionen om ny flagga.
{mark} Årsmötet beslutade att bifalla motionen om
bänkar vid boulebanan.
{mark} Kassören redogjorde för kostnaderna.

§ 3 Avslutning
Ordföranden avslutade mötet.
"""
    return decisions(parsed(spf))["§ 2"]


def test_decisions_on_bullet_lines_of_any_mark():
    for mark in ("●", "•", "▪", "–", "-"):
        assert _bulleted(mark) == [
            ("Årsmötet beslutade att avslå motionen om ny flagga.", "avslagen"),
            ("Årsmötet beslutade att bifalla motionen om bänkar vid boulebanan.", B),
        ], mark


JAKTLAG = """Protokoll från jaktlagets möte, Granåsens jaktlag

1. Mötets öppnande
Jaktledaren öppnade mötet.

2. Jaktstart
▪ Mötet beslutade att jakten börjar den 8 september.
▪ Per Holm redogjorde för tilldelningen.
▪ Mötet beslutade att skjutprov krävs av alla.

3. Avslutning
Mötet avslutades.
"""


def test_bullet_decisions_of_a_hunting_team():
    assert decisions(parsed(JAKTLAG))["§ 2"] == [
        ("Mötet beslutade att jakten börjar den 8 september.", B),
        ("Mötet beslutade att skjutprov krävs av alla.", B),
    ]


def test_bullet_lines_that_only_report_decide_nothing():
    page = JAKTLAG.replace("Mötet beslutade att jakten börjar den 8 september.", "Jakten börjar som vanligt i september.") \
        .replace("Mötet beslutade att skjutprov krävs av alla.", "Skjutprovet diskuterades.")
    assert decisions(parsed(page))["§ 2"] == []


# ---------------------------------------------------------------- 3. assignments, verb first

KYRKORAD = """Protokoll kyrkorådets sammanträde i Ekby församling

§ 1 Mötets öppnande
Ordföranden öppnade sammanträdet.

§ 2 Orgeln
Kyrkoherden redogjorde för orgelns skick.
Uppdrogs åt Eva Ek att kontakta en orgelbyggare.
Uppdrogs åt arbetsutskottet att ta fram en kostnadsberäkning.

§ 3 Kyrkogården
Det uppdrogs åt kyrkogårdschefen att beställa nya bänkar.

§ 4 Avslutning
Ordföranden avslutade sammanträdet.
"""

KAREN = """Protokoll styrelsemöte Teknologkåren vid Norrby högskola

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Sittning
Uppdras åt kassören att
betala lokalhyran.
Uppdras åt sexmästeriet att sälja biljetter.

3. Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_assignments_with_the_verb_first_are_decisions():
    assert decisions(parsed(KYRKORAD)) == {
        "§ 1": [],
        "§ 2": [("Uppdrogs åt Eva Ek att kontakta en orgelbyggare.", B),
                ("Uppdrogs åt arbetsutskottet att ta fram en kostnadsberäkning.", B)],
        "§ 3": [("Det uppdrogs åt kyrkogårdschefen att beställa nya bänkar.", B)],
        "§ 4": [],
    }
    assert decisions(parsed(KAREN))["§ 2"] == [
        ("Uppdras åt kassören att betala lokalhyran.", B),
        ("Uppdras åt sexmästeriet att sälja biljetter.", B),
    ]


def test_an_assignment_only_told_decides_nothing():
    page = KYRKORAD.replace("Uppdrogs åt Eva Ek att kontakta en orgelbyggare.",
                            "Eva Ek har sedan i fjol uppdraget att kontakta orgelbyggare.") \
        .replace("Uppdrogs åt arbetsutskottet att ta fram en kostnadsberäkning.",
                 "Frågan är vem som uppdras åt att ta fram en kostnadsberäkning.")
    assert decisions(parsed(page))["§ 2"] == []


# ---------------------------------------------------------------- 5. the office first, then the name

VAGSTAMMA = """Protokoll ordinarie stämma Björkåsens vägsamfällighet

§ 1 Stämmans öppnande
Ordföranden öppnade stämman.

§ 2 Val av funktionärer
Till ordförande för stämman valdes Eva
Ek.
Att jämte ordföranden justera dagens protokoll utsågs Per Holm.
Till sekreterare valdes Anna-Karin
Lund och till rösträknare Kim Berg.

§ 3 Avslutning
Ordföranden tackade för visat intresse.
"""

NAMND = """Protokoll kultur- och fritidsnämnden Ekby kommun

§ 1 Val av justerare
Att jämte ordföranden justera dagens protokoll utses Per Holm (S).

§ 2 Bidrag till föreningar
Förvaltningen har tagit fram ett förslag.
Beslut
Kultur- och fritidsnämnden beslutar att bevilja bidragen enligt förslaget.

§ 3 Delegationsbeslut
Beslut
Kultur- och fritidsnämnden lägger redovisningen till handlingarna.
"""


def test_an_election_with_the_office_first_is_one_decision_with_the_whole_name():
    assert decisions(parsed(VAGSTAMMA))["§ 2"] == [
        ("Till ordförande för stämman valdes Eva Ek.", B),
        ("Att jämte ordföranden justera dagens protokoll utsågs Per Holm.", B),
        ("Till sekreterare valdes Anna-Karin Lund och till rösträknare Kim Berg.", B),
    ]
    assert decisions(parsed(NAMND))["§ 1"] == [("Att jämte ordföranden justera dagens protokoll utses Per Holm (S).", B)]
    # the office abbreviated: "ordf.", "vice ordf."
    abbreviated = NAMND.replace("jämte ordföranden", "jämte ordf.") + "\n§ 4 Val\nTill vice ordf. väljs Lisa Sund.\n"
    assert decisions(parsed(abbreviated))["§ 1"] == [("Att jämte ordf. justera dagens protokoll utses Per Holm (S).", B)]
    assert decisions(parsed(abbreviated))["§ 4"] == [("Till vice ordf. väljs Lisa Sund.", B)]


def test_a_task_or_a_name_on_the_next_line_without_an_election_decides_nothing():
    page = VAGSTAMMA.replace("Till ordförande för stämman valdes Eva\nEk.", "Till stämman kom Eva\nEk.") \
        .replace("Att jämte ordföranden justera dagens protokoll utsågs Per Holm.",
                 "Att justera protokollet är en uppgift för Per Holm.") \
        .replace("Till sekreterare valdes Anna-Karin\nLund och till rösträknare Kim Berg.", "Sekreteraren läste upp kallelsen.")
    assert decisions(parsed(page))["§ 2"] == []


# ---------------------------------------------------------------- 7. "§ N förklarades omedelbart justerad"

FISKE_STAMMA = """Protokoll stämma Norrsjöns fiskevårdsförening

Paragraf 1 Stämmans öppnande
Ordföranden öppnade stämman.

Paragraf 2 Fiskekort
Stämman beslutade att priset för årskort blir 400 kr.
Paragraf 2 Beslut förklarades omedelbart justerat

Paragraf 3 Avslutning
Ordföranden avslutade stämman.
"""

REGION = """Protokoll trafiknämnden Region Norrby

§ 17 Val av justerare
Trafiknämnden utser Eva Ek (C) att justera protokollet.
§ 17 förklarades omedelbart justerad

§ 18 Busslinje 12
Beslut
Trafiknämnden beslutar att förlänga linje 12 till Ekby.

§ 19 Anmälningsärenden
Beslut
Trafiknämnden lägger anmälningarna till handlingarna.
Paragraferna 18–19 förklaras omedelbart justerade.
"""


def test_a_statement_that_paragraphs_were_adjusted_is_a_decision_not_a_heading():
    assert decisions(parsed(FISKE_STAMMA)) == {
        "§ 1": [],
        "§ 2": [("Stämman beslutade att priset för årskort blir 400 kr.", B),
                ("Paragraf 2 Beslut förklarades omedelbart justerat", B)],
        "§ 3": [],
    }
    doc = parsed(REGION)
    assert [s.number for s in doc.sections] == ["§ 17", "§ 18", "§ 19"]
    assert decisions(doc)["§ 17"] == [("Trafiknämnden utser Eva Ek (C) att justera protokollet.", B),
                                      ("§ 17 förklarades omedelbart justerad", B)]
    assert decisions(doc)["§ 19"] == [
        ("Trafiknämnden lägger anmälningarna till handlingarna.", "noterad"),
        ("Paragraferna 18–19 förklaras omedelbart justerade.", B),
    ]


def test_a_heading_about_adjusting_stays_a_heading_and_decides_nothing():
    page = FISKE_STAMMA.replace("Paragraf 2 Beslut förklarades omedelbart justerat\n", "") \
        .replace("Paragraf 3 Avslutning", "Paragraf 3 Justering av protokollet\nProtokollet justeras av Eva Ek och Per Holm.")
    doc = parsed(page)
    assert [(s.number, s.title) for s in doc.sections][2] == ("§ 3", "Justering av protokollet")
    assert decisions(doc)["§ 3"] == []


# ---------------------------------------------------------------- 6. one miss each

IDROTT_ARSMOTE = """Protokoll årsmöte IK Granen

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Ansvarsfrihet
Styrelsen tilldelades ansvarsfrihet för verksamhetsåret 2025.

§ 3 Val av revisorer
2 st revisorer valdes: Eva Ek och Per Holm

§ 4 Val av ledamot
Då ingen annan kandiderade väljs Lisa Berg in som ledamot.

§ 5 Medlemsavgift
Styrelsen beslöt att höja avgiften till 200 kr
-att avgiften betalas in senast i mars.

§ 6 Nästa årsmöte
Kommande årsmöte hålls den 12 mars 2026.
"""

SAMFALLIGHET_KONSTITUERING = """Protokoll konstituerande styrelsemöte Åsens samfällighetsförening

1. Konstituering
Styrelsen konstituerade sig följande:
Ordförande Eva Ek
Kassör Per Holm
Sekreterare Lisa Berg

2. Firmateckning
Styrelsen beslutade att föreningens firma tecknas av ordföranden och kassören var för sig
- att kassören sköter bankärenden.

3. Nästa möte
Nästa styrelsemöte äger rum tisdagen 4 juni kl. 19.
Tre ledamöter utsågs: Kim Berg, Ola Dahl och Siv Ahl.
"""


def test_elections_discharge_dates_and_dashed_att_clauses_of_an_annual_meeting():
    assert decisions(parsed(IDROTT_ARSMOTE)) == {
        "§ 1": [],
        "§ 2": [("Styrelsen tilldelades ansvarsfrihet för verksamhetsåret 2025.", B)],
        "§ 3": [("2 st revisorer valdes: Eva Ek och Per Holm", B)],
        "§ 4": [("Då ingen annan kandiderade väljs Lisa Berg in som ledamot.", B)],
        "§ 5": [("Styrelsen beslöt att höja avgiften till 200 kr", B),
                ("Styrelsen beslöt att avgiften betalas in senast i mars.", B)],
        "§ 6": [("Kommande årsmöte hålls den 12 mars 2026.", B)],
    }


def test_a_board_constituted_over_a_list_of_offices_is_one_decision():
    assert decisions(parsed(SAMFALLIGHET_KONSTITUERING)) == {
        "§ 1": [("Styrelsen konstituerade sig följande: Ordförande Eva Ek; Kassör Per Holm; Sekreterare Lisa Berg.", B)],
        "§ 2": [("Styrelsen beslutade att föreningens firma tecknas av ordföranden och kassören var för sig", B),
                ("Styrelsen beslutade att kassören sköter bankärenden.", B)],
        "§ 3": [("Nästa styrelsemöte äger rum tisdagen 4 juni kl. 19.", B),
                ("Tre ledamöter utsågs: Kim Berg, Ola Dahl och Siv Ahl.", B)],
    }


def test_what_only_resembles_these_decides_nothing():
    page = """Protokoll årsmöte IK Granen

§ 1 Information
Styrelsen konstituerar sig på ett eget möte efter årsmötet.
Om ingen annan kandiderar väljs Lisa Berg in som ledamot vid nästa möte.
Eva Ek berättade att 2 st revisorer ska väljas nästa år.
Nästa möte hålls i vår.
- att tänka på: avgiften betalas i mars.

§ 2 Avslutning
Ordföranden avslutade mötet.
"""
    assert decisions(parsed(page)) == {"§ 1": [], "§ 2": []}


# ---------------------------------------------------------------- 8. no decision where none was taken

def test_an_election_in_an_earlier_year_is_background():
    for org in ("Protokoll årsmöte PRO Ekbacken", "Protokoll styrelsemöte Teknologkåren"):
        page = f"""{org}

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Val av ordförande
Eva Ek valdes 2023 till ordförande för två år.
Till kassör valdes i fjol Per Holm.
Lisa Berg valdes till ordförande för ett år.
"""
        assert decisions(parsed(page))["§ 2"] == [("Lisa Berg valdes till ordförande för ett år.", B)], org


def test_a_fee_decision_with_sentences_that_describe_the_fee_is_one_decision():
    samfallighet = ("Mötet beslöt att årsavgiften ska vara 900 kr per fastighet. Avgiften betalas senast den "
                    "31 mars. Den som betalar sent får en påminnelse.")
    spf = ("Mötet beslöt att\nmedlemsavgiften ska vara 250 kr per år.\nAvgiften betalas senast den 31 mars.\n"
           "Den som betalar sent får betala 50 kr extra.")
    for body in (samfallighet, spf):
        page = f"Protokoll årsmöte Åsens förening\n\n§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Avgift\n{body}\n\n§ 3 Avslutning\nMötet avslutades.\n"
        found = decisions(parsed(page))["§ 2"]
        assert len(found) == 1 and found[0][0].startswith("Mötet beslöt att"), found


# ---------------------------------------------------------------- 2. headings run on in a PDF export

NAMND_RUN_ON = """Protokoll socialnämnden Ekby kommun 2025-03-12
Närvarande: Eva Ek (S), ordförande, Per Holm (M), ledamot. 16 Val av justerare Nämnden utser Per Holm att justera protokollet. 17 Budget 2026 Ärendet föredrogs av förvaltningschefen. Nämnden beslutar enligt förslaget. 18 Val av ombud till förbundsstämman Nämnden utser Eva Ek till ombud.
19 Anmälan av delegationsbeslut Nämnden lägger anmälan till handlingarna.
"""

DIREKTION_RUN_ON = """Protokoll direktionen Räddningstjänsten Norrdal
Sammanträdet öppnades. 1 Dagordning Dagordningen godkändes. 2 Taxor för tillsyn Direktionen beslutar att höja taxan med 3 procent. 3 Övriga frågor Inga övriga frågor anmäldes.
"""


def test_item_headings_run_on_mid_line_are_sections_when_nothing_else_segments():
    doc = parsed(NAMND_RUN_ON)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 16", "Val av justerare"), ("§ 17", "Budget 2026"),
        ("§ 18", "Val av ombud till förbundsstämman"), ("§ 19", "Anmälan av delegationsbeslut"),
    ]
    assert decisions(doc)["§ 18"] == [("Nämnden utser Eva Ek till ombud.", B)]
    assert decisions(doc)["§ 19"] == [("Nämnden lägger anmälan till handlingarna.", "noterad")]
    doc = parsed(DIREKTION_RUN_ON)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 1", "Dagordning"), ("§ 2", "Taxor för tillsyn"), ("§ 3", "Övriga frågor")]
    assert decisions(doc)["§ 2"] == [("Direktionen beslutar att höja taxan med 3 procent.", B)]


def test_numbers_at_sentence_starts_that_do_not_run_are_no_headings():
    page = ("Anteckningar från PRO Ekbackens träff\nVi var 14 personer. 3 Medlemmar kom sent. 4 Stolar saknades. "
            "Kaffet kostade 20 kr. 7 Personer anmälde sig till resan.\n")
    assert parsed(page).sections == ()
    # headings elsewhere: a run in the text is left to them
    page = "Protokoll årsmöte\n§ 1 Öppnande\nMötet öppnades. 2 Val Eva valdes. 3 Avgift Beslutades. 4 Slut Klart.\n§ 2 Avslutning\nSlut.\n"
    assert [s.number for s in parsed(page).sections] == ["§ 1", "§ 2"]


def test_a_constituting_meeting_in_prose_keeps_its_offices_in_one_decision():
    page = """Konstituerande möte Norrbäckens viltvårdsområde

Mötet öppnades av Per Holm. Till ordförande valdes Eva Ek. Till sekreterare valdes Lisa
Berg. Styrelsen konstituerades enligt följande:
Ordförande Eva Ek
Kassör Per Holm
Mötet beslutade att föreningens bankgiro behålls.
"""
    assert decisions(parsed(page)) == {WHOLE_BODY_TITLE: [
        ("Till ordförande valdes Eva Ek.", B),
        ("Till sekreterare valdes Lisa Berg.", B),
        ("Styrelsen konstituerades enligt följande: Ordförande Eva Ek; Kassör Per Holm.", B),
        ("Mötet beslutade att föreningens bankgiro behålls.", B),
    ]}


def test_a_paragraph_line_about_adjusting_in_either_word_order_heads_no_item():
    page = """Protokoll styrelsemöte SPF Ekbacken

§ 11 Resor
Styrelsen beslutade att resan går till Visby.
§ 11 Paragrafen justerades omedelbart.

§ 12 Omedelbar justering
Paragraferna 10–11 förklaras omedelbart justerade.
"""
    assert decisions(parsed(page)) == {
        "§ 11": [("Styrelsen beslutade att resan går till Visby.", B)],
        "§ 12": [("Paragraferna 10–11 förklaras omedelbart justerade.", B)],
    }


def test_an_election_heading_whose_name_breaks_after_the_given_name_is_one_decision():
    hembygd = ("Protokoll årsmöte Björkås hembygdsförening\n§7 Dagordningen fastställdes.\n"
               "§8 Till referent för publicering av text om hembygdsdagen på föreningens hemsida valdes Bo\n"
               "Nilsson.\n§9 Årsmötet avslutades.\n")
    assert decisions(parsed(hembygd))["§ 8"] == [
        ("Till referent för publicering av text om hembygdsdagen på föreningens hemsida valdes Bo Nilsson.", B)]
    kyrkorad = ("Protokoll kyrkorådet Norrby församling\n§ 3 Dagordningen godkändes.\n§ 4 Till ombud vid "
                "kontraktsmötet valdes Karin\nHolm.\n§ 5 Mötet avslutades.\n")
    assert decisions(parsed(kyrkorad))["§ 4"] == [("Till ombud vid kontraktsmötet valdes Karin Holm.", B)]
    # the next line is a sentence of its own: the heading stays as written, no name joined
    other = kyrkorad.replace("Karin\nHolm.", "Karin\nSamtliga röstade för.")
    assert all("Samtliga" not in text for text, _ in decisions(parsed(other))["§ 4"])
