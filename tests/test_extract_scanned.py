"""Sections and decisions in association and scanned minutes (issue 10, fourth round): items whose
text is the minute ("1 Mötet öppnades …"), terse and verb-final outcomes, lettered decisions,
pronoun outcomes, placeholders and e-signing footers, an arbetsutskott's proposals to its nämnd,
words broken over a line. Each fixture is invented, in the shape of a samfällighetsförening,
bygdegårdsförening, BRF, idrottsförening, ideell förening or a kommun's arbetsutskott."""

from arkiv.ingest.segment import segment
from tests.extraction import decisions, parsed

# ------------------------------------------------------------------ 1. items whose text is the minute

SAMFALLIGHET_SCAN = """Protokoll fört vid ordinarie föreningsstämma i samfällighetsföreningen
Datum: 2025-03-15

1 Mötet öppnades av ordföranden.
2 Till ordförande för mötet valdes Eva Ek.
'3 Till sekreterare för mötet valdes Per Holm.
4 Stämman förklarades stadgeenligt
utlyst.
5 Enligt stadgarna
§2 Samfälligheter som föreningen förvaltar framgår av bilagan.
6 Mötet avslutades.
"""


def test_numbered_sentences_without_titles_are_the_items_of_a_scanned_protocol():
    """GIVEN a scanned stämma protocol whose items are "N sentence" lines (a stray mark before one
    number, a sentence broken over two lines) and a statute "§2 …" quoted inside an item
    THEN items 1–6 are the sections, titled by their first sentence, and the statute heads nothing."""
    sections = segment([SAMFALLIGHET_SCAN]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 1", "Mötet öppnades av ordföranden"), ("§ 2", "Till ordförande för mötet valdes Eva Ek"),
        ("§ 3", "Till sekreterare för mötet valdes Per Holm"), ("§ 4", "Stämman förklarades stadgeenligt utlyst"),
        ("§ 5", "Enligt stadgarna"), ("§ 6", "Mötet avslutades"),
    ]
    assert "§2 Samfälligheter" in sections[4].text


def test_the_minutes_of_numbered_sentences_decide():
    assert decisions(parsed(SAMFALLIGHET_SCAN)) == {
        "§ 1": [], "§ 2": [("Till ordförande för mötet valdes Eva Ek.", "beslutad")],
        "§ 3": [("Till sekreterare för mötet valdes Per Holm.", "beslutad")],
        "§ 4": [("Stämman förklarades stadgeenligt utlyst.", "beslutad")], "§ 5": [], "§ 6": [],
    }


def test_two_statute_clauses_quoted_in_an_item_do_not_take_over():
    """GIVEN a samfällighet's scanned stämma of six numbered sentences, item 4 quoting two short
    statute clauses ("§ 2 Samfälligheter" / "§ 3 Styrelse") THEN the six items are the sections."""
    page = ("Protokoll föreningsstämma samfällighetsföreningen\n\n1 Stämman öppnades av ordföranden.\n"
            "2 Till ordförande för stämman valdes Eva Ek.\n3 Stämman förklarades stadgeenligt utlyst.\n"
            "4 Stämman beslutade att ändra stadgarna enligt följande:\n§ 2 Samfälligheter\n§ 3 Styrelse\n"
            "5 Till revisor valdes Per Holm.\n6 Stämman avslutades.\n")
    sections = segment([page]).sections
    assert [s.number for s in sections] == ["§ 1", "§ 2", "§ 3", "§ 4", "§ 5", "§ 6"]
    assert "§ 3 Styrelse" in sections[3].text


def test_a_scan_that_reads_the_number_column_apart_still_gives_the_items():
    """GIVEN a samfällighet's scanned minutes whose numbers stand on lines of their own ("2" / "Till
    justerare valdes Eva Ek.") THEN each number heads its sentence."""
    page = ("Protokoll styrelsemöte samfällighetsföreningen\nDatum: 2025-05-12\nPlats: Föreningslokalen\n"
            "Närvarande: Eva Ek, Per Holm, Anna Berg\n\n1\nMötet öppnades av ordföranden.\n2\nTill justerare valdes Eva Ek.\n"
            "3\nKassören redovisade ekonomin.\n4\nStyrelsen beslutade att köpa en ny gräsklippare.\n5\nMötet avslutades.\n"
            "Vid protokollet\nPer Holm\n")
    assert decisions(parsed(page)) == {
        "§ 1": [], "§ 2": [("Till justerare valdes Eva Ek.", "beslutad")], "§ 3": [],
        "§ 4": [("Styrelsen beslutade att köpa en ny gräsklippare.", "beslutad")], "§ 5": [],
    }


def test_a_first_number_lost_to_the_scan_and_a_comma_for_a_dot():
    """GIVEN a BRF's scanned minutes whose "1" was read as "l" and whose "3." was read as "3,"
    THEN the items run from 2, and the first line is front matter."""
    page = ("Protokoll styrelsemöte bostadsrättsföreningen\n\nl Mötet öppnades av ordföranden.\n"
            "2 Till justerare valdes Eva Ek.\n3, Styrelsen beslutade att byta lås i port 2.\n4 Mötet avslutades.\n")
    seg = segment([page])
    assert [s.number for s in seg.sections] == ["§ 2", "§ 3", "§ 4"]
    assert decisions(parsed(page))["§ 3"] == [("Styrelsen beslutade att byta lås i port 2.", "beslutad")]


def test_a_word_list_of_whole_sentences_gives_one_item_each():
    """GIVEN a bygdegårdsförening's Word list "1. Mötets öppnande. Ordföranden hälsade …" whose items
    are long sentences THEN each number is a section titled by its first sentence."""
    page = ("Årsmöte i bygdegårdsföreningen 2025-04-02\n\n"
            "1. Mötets öppnande. Ordföranden hälsade alla välkomna och förklarade mötet öppnat klockan 19.00 i stora salen på\n"
            "nedre botten.\n"
            "2. Val av mötesfunktionärer. Till ordförande för mötet valdes Eva Ek och till sekreterare Per Holm.\n"
            "3. Godkännande av dagordningen. Dagordningen godkändes.\n"
            "4. Mötets avslutande. Ordföranden tackade alla närvarande för ett gott arbete under året och avslutade mötet klockan 20.30.\n")
    sections = segment([page]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av mötesfunktionärer"),
        ("§ 3", "Godkännande av dagordningen"), ("§ 4", "Mötets avslutande"),
    ]
    assert decisions(parsed(page))["§ 3"] == [("Dagordningen godkändes.", "beslutad")]


def test_an_agenda_list_of_bare_titles_numbered_without_dots_is_no_minutes():
    """GIVEN an idrottsförening's kallelse with "1 Mötets öppnande" … "5 Mötets avslutande", one line
    each and nothing between THEN no sections."""
    page = ("Kallelse till årsmöte i idrottsföreningen\nDagordning\n1 Mötets öppnande\n2 Val av ordförande för mötet\n"
            "3 Val av sekreterare\n4 Fastställande av dagordning\n5 Mötets avslutande\nVälkomna!\n")
    assert segment([page]).sections == []


def test_numbers_that_do_not_start_at_one_or_run_in_order_are_no_items():
    """GIVEN sentences in an ideell förening's letter that begin with amounts and house numbers
    THEN no sections."""
    page = ("Information från styrelsen\n12 Medlemmar har betalat avgiften.\n3 Nya medlemmar har tillkommit.\n"
            "1 Styrelsen vill tacka alla.\n7 Lägenheter har fått nya fönster.\n")
    assert segment([page]).sections == []


# ------------------------------------------------------------------ 2. one-word and verb-final outcomes

BRF_STAMMA = """Protokoll årsstämma bostadsrättsföreningen
§ 1 Motion om cykelställ
Bifalls.
§ 2 Resultatdisposition
Styrelsens förslag till resultatdisposition. Godkännes.
§ 3 Arvoden
Arvodet bibehålls oförändrat.
§ 4 Val av revisor
Eva Ek kvarstår som revisor.
§ 5 Val av ledamöter
Per Holm, lgh 12; Anna Berg, lgh 3 väljs.
§ 6 Budget
Förslaget godkännes.
§ 7 Motion om hundrastgård
Avslås.
"""


def test_one_word_and_verb_final_outcomes_decide_with_status_from_the_verb():
    """GIVEN a BRF stämma noting outcomes in one word or with the verb last
    THEN each is a decision; a lone word carries its item's title."""
    assert decisions(parsed(BRF_STAMMA)) == {
        "§ 1": [("Motion om cykelställ: Bifalls.", "beslutad")],
        "§ 2": [("Styrelsens förslag till resultatdisposition. Godkännes.", "beslutad")],
        "§ 3": [("Arvodet bibehålls oförändrat.", "beslutad")],
        "§ 4": [("Eva Ek kvarstår som revisor.", "beslutad")],
        "§ 5": [("Per Holm, lgh 12; Anna Berg, lgh 3 väljs.", "beslutad")],
        "§ 6": [("Förslaget godkännes.", "beslutad")],
        "§ 7": [("Motion om hundrastgård: Avslås.", "avslagen")],
    }


def test_outcomes_in_an_idrottsforening_scan_and_sentences_that_only_resemble_them():
    """GIVEN an idrottsförening's scanned minutes with "Fastställs." and "Medlemsavgiften behålls
    oförändrad." beside sentences that decide nothing (a plan, a habit, a question left open)
    THEN only the outcomes are decisions."""
    page = ("Årsmöte i idrottsföreningen\n\n1 Mötet öppnades.\n2 Dagordningen.\nFastställs.\n"
            "3 Medlemsavgift.\nMedlemsavgiften behålls oförändrad.\n"
            "4 Tränare.\nKarin Holm fortsätter som tidigare.\nBudgeten ska godkännas i maj.\n"
            "Frågan lämnas till styrelsen.\nFrågan om avgiften diskuterades.\n5 Mötet avslutades.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [], "§ 2": [("Dagordningen. Fastställs.", "beslutad")],
        "§ 3": [("Medlemsavgiften behålls oförändrad.", "beslutad")], "§ 4": [], "§ 5": [],
    }


# ------------------------------------------------------------------ 3. lettered and impersonal decisions

IDEELL_ARSMOTE = """Protokoll årsmöte ideella föreningen
§ 1 Verksamhetsplan
Beslöts att: a) anta verksamhetsplanen för 2025, b) uppdra åt styrelsen att söka bidrag och c) bordlägga frågan om hemsida.
§ 2 Lokal
Vi beslöt att hyra samlingslokalen även nästa år.
§ 3 Medlemsavgift
Som nästa års medlemsavgift beslutades 200 kr.
§ 4 Val av styrelse
Till övriga styrelseledamöter valdes Karin Holm och Lars Berg.
§ 5 Val av revisorer
Som revisorer valdes Eva Ek och Per Holm.
§ 6 Övrigt
Det beslutades om att köpa en ny grill.
§ 7 Budget
Beslöts att:
a) anta budgeten
b) återremittera frågan om arvoden
"""


def test_lettered_impersonal_and_we_decisions_in_an_ideell_forening():
    assert decisions(parsed(IDEELL_ARSMOTE)) == {
        "§ 1": [("Beslöts att anta verksamhetsplanen för 2025", "beslutad"),
                ("Beslöts att uppdra åt styrelsen att söka bidrag", "beslutad"),
                ("Beslöts att bordlägga frågan om hemsida", "bordlagd")],
        "§ 2": [("Vi beslöt att hyra samlingslokalen även nästa år.", "beslutad")],
        "§ 3": [("Som nästa års medlemsavgift beslutades 200 kr.", "beslutad")],
        "§ 4": [("Till övriga styrelseledamöter valdes Karin Holm och Lars Berg.", "beslutad")],
        "§ 5": [("Som revisorer valdes Eva Ek och Per Holm.", "beslutad")],
        "§ 6": [("Det beslutades om att köpa en ny grill.", "beslutad")],
        "§ 7": [("Beslöts att anta budgeten", "beslutad"), ("Beslöts att återremittera frågan om arvoden", "återremitterad")],
    }


def test_lettered_sentences_in_a_bygdegard_word_list_are_one_decision_each():
    """GIVEN "2. Val av mötesfunktionärer. a) Till ordförande … valdes Eva Ek. b) Till sekreterare …"
    THEN one decision per lettered sentence, without the item's title."""
    page = ("Årsmöte i bygdegårdsföreningen\n\n1. Mötets öppnande. Ordföranden hälsade alla välkomna och förklarade mötet\n"
            "öppnat klockan 19.00 i stora salen på nedre botten.\n"
            "2. Val av mötesfunktionärer. a) Till ordförande för mötet valdes Eva Ek. b) Till sekreterare valdes Per Holm.\n"
            "3. Mötets avslutande. Ordföranden tackade alla närvarande för ett gott arbete och avslutade mötet.\n")
    assert decisions(parsed(page))["§ 2"] == [
        ("Till ordförande för mötet valdes Eva Ek.", "beslutad"), ("Till sekreterare valdes Per Holm.", "beslutad")]


def test_letters_out_of_order_and_told_past_acts_are_no_split_and_no_decision():
    """GIVEN a BRF's minutes where "b)" appears once in a sentence, a plan told in the past by someone
    else ("Vi fick veta att kommunen beslöt …") and an amount that was only discussed
    THEN the sentence with "b)" is one decision and the others none."""
    page = ("Protokoll styrelsemöte bostadsrättsföreningen\n§ 1 Avtal\nStyrelsen beslutade att säga upp avtalet enligt punkt b) i villkoren.\n"
            "§ 2 Information\nVi fick veta att kommunen beslöt att bygga om vägen.\nSom avgift diskuterades 300 kr.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Styrelsen beslutade att säga upp avtalet enligt punkt b) i villkoren.", "beslutad")],
        "§ 2": [],
    }


# ------------------------------------------------------------------ 4. an outcome with a pronoun subject

def test_a_pronoun_outcome_keeps_what_it_refers_to_and_a_second_outcome_is_its_own():
    """GIVEN a samfällighet's "Kassören föredrog den ekonomiska rapporten. Den godkändes. Årets
    underskott balanseras i ny räkning." and a BRF's report and outcome on two lines
    THEN the pronoun's decision keeps the sentence before it; "Det beslutades att …" stays alone."""
    page = ("Protokoll årsmöte samfällighetsföreningen\n§ 1 Ekonomisk rapport\n"
            "Kassören föredrog den ekonomiska rapporten. Den godkändes. Årets underskott balanseras i ny räkning.\n"
            "§ 2 Verksamhetsberättelse\nOrdföranden läste upp verksamhetsberättelsen.\nDen lades till handlingarna.\n"
            "§ 3 Grill\nKassören visade offerter. Det beslutades att köpa en ny grill.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Kassören föredrog den ekonomiska rapporten. Den godkändes.", "beslutad"),
                ("Årets underskott balanseras i ny räkning.", "beslutad")],
        "§ 2": [("Ordföranden läste upp verksamhetsberättelsen. Den lades till handlingarna.", "noterad")],
        "§ 3": [("Det beslutades att köpa en ny grill.", "beslutad")],
    }


# ------------------------------------------------------------------ 5. placeholders and e-signing footers

SIGNED = "Det här dokumentet är digitalt signerat av samtliga parter.\nVerifikat: 4F7A-2B91-CC03-88D1\n"


def test_an_e_signing_footer_never_joins_a_decision():
    """GIVEN a BRF's minutes with the e-signing footer on each page, once inside a decision's
    sentence and once after a decision, and an arbetsutskott's block followed by the footer
    THEN the decisions hold no footer text."""
    brf = ("Protokoll styrelsemöte bostadsrättsföreningen\n§ 1 Ekonomi\nStyrelsen beslutar att anta budgeten för 2025 och att\n"
           + SIGNED + "höja avgiften med 2 procent.\n\f§ 2 Avtal\nStyrelsen godkände avtalet.\n" + SIGNED)
    assert decisions(parsed(*brf.split("\f"))) == {
        "§ 1": [("Styrelsen beslutar att anta budgeten för 2025", "beslutad"),
                ("Styrelsen beslutar att höja avgiften med 2 procent.", "beslutad")],
        "§ 2": [("Styrelsen godkände avtalet.", "beslutad")],
    }
    au = "Protokoll kommunstyrelsens arbetsutskott\n§ 4 Upphandling\nBeslut\nArbetsutskottet godkänner upphandlingen.\n" + SIGNED
    assert decisions(parsed(au)) == {"§ 4": [("Arbetsutskottet godkänner upphandlingen.", "beslutad")]}


def test_a_placeholder_paragraph_is_no_decision():
    """GIVEN an arbetsutskott's § recorded in a separate protocol, with and without a "Beslut" marker,
    and a samfällighet's item justified at once THEN none of them decides."""
    au = ("Protokoll kommunstyrelsens arbetsutskott\n§ 1 Budget\nBeslut\nArbetsutskottet beslutar att anta budgeten.\n"
          "§ 2 Personalärende\nParagrafen är direktjusterad. Se separat protokoll.\n"
          "§ 3 Sekretessärende\nBeslut\nSe separat protokoll.\n")
    assert decisions(parsed(au)) == {
        "§ 1": [("Arbetsutskottet beslutar att anta budgeten.", "beslutad")], "§ 2": [], "§ 3": []}
    samf = ("Protokoll styrelsemöte samfällighetsföreningen\n§ 1 Skuld\nParagrafen är omedelbart justerad, "
            "se separat protokoll.\n§ 2 Snöröjning\nStyrelsen beslutade att anlita samma entreprenör.\n")
    assert decisions(parsed(samf)) == {"§ 1": [], "§ 2": [("Styrelsen beslutade att anlita samma entreprenör.", "beslutad")]}


def test_a_placeholder_block_before_the_next_pages_header_is_no_decision():
    """GIVEN a region nämnd's § whose "Beslut" block only says it was justified at once, followed by
    an e-signing footer with "Transaktionsidentitet:" ids and the next page's running header
    THEN the § has no decision, and the footer lines are gone from the text."""
    page = ("REGION NORRLAND PROTOKOLL 1 (3)\nHälso- och sjukvårdsnämnden\n§ 1 Budget\nBeslut\n"
            "Nämnden beslutar att anta budgeten.\n\f"
            "REGION NORRLAND PROTOKOLL 2 (3)\nHälso- och sjukvårdsnämnden\n§ 2 Personalärende\nBeslut\n\n"
            "Paragrafen är direktjusterad. Se separat protokoll.\n\n"
            "Det här dokumentet är digitalt signerat\nTransaktionsidentitet: 7E01AB44C9D2F01B3A\n\n"
            "HÄLSO- OCH SJUKVÅRDSNÄMNDEN SAMMANTRÄDESPROTOKOLL 3 (3)\nDatum\n2025-02-11\n\f"
            "REGION NORRLAND PROTOKOLL 3 (3)\nHälso- och sjukvårdsnämnden\n§ 3 Avtal\nBeslut\nNämnden godkänner avtalet.\n")
    doc = parsed(*page.split("\f"))
    assert decisions(doc) == {"§ 1": [("Nämnden beslutar att anta budgeten.", "beslutad")], "§ 2": [],
                              "§ 3": [("Nämnden godkänner avtalet.", "beslutad")]}
    assert "Transaktionsidentitet" not in doc.sections[1].text


# ------------------------------------------------------------------ 6. an arbetsutskott's proposals to its nämnd

AU_PROTOCOL = """Protokoll
Miljö- och byggnämndens arbetsutskott
Sammanträdesdatum 2025-02-10

§ 12 Dnr MBN 2025-00031
Bygglov för nybyggnad av förråd
Förslag till beslut
Miljö- och byggnämnden beslutar att bevilja bygglov för nybyggnad av förråd.
Beslutsgång
Ordföranden frågar om arbetsutskottet kan bifalla förslaget och finner att utskottet bifaller det.
Beslut
Arbetsutskottet föreslår miljö- och byggnämnden besluta enligt förslaget.

§ 13 Dnr MBN 2025-00044
Tillsynsplan 2025
Arbetsutskottets förslag till miljö- och byggnämnden
Miljö- och byggnämnden beslutar att anta tillsynsplanen för 2025.
Beslutsgång
Ordföranden frågar om arbetsutskottet kan bifalla förslaget och finner att utskottet bifaller det.

§ 14 Dnr MBN 2025-00050
Information om ekonomin
Förslag till beslut
Miljö- och byggnämnden beslutar att lägga informationen till handlingarna.
Beslut
Enligt förslaget.
"""


def test_an_arbetsutskott_sends_on_the_proposal_it_consents_to():
    """GIVEN an au protocol whose "Förslag till beslut" and "Arbetsutskottets förslag till …" are
    written for the nämnd, a "Beslutsgång" tail
    "… finner att utskottet bifaller det." and, in two items, the au's own "Beslut" block
    THEN those two decide with the proposal's text, the tail never does, and § 13 (no block of its
    own) decides the proposal it consents to, sent on to the nämnd."""
    assert decisions(parsed(AU_PROTOCOL)) == {
        "§ 12": [("Arbetsutskottet föreslår miljö- och byggnämnden besluta enligt förslaget: "
                  "Miljö- och byggnämnden beslutar att bevilja bygglov för nybyggnad av förråd.", "överlämnad")],
        "§ 13": [("Miljö- och byggnämnden beslutar att anta tillsynsplanen för 2025.", "överlämnad")],
        "§ 14": [("Enligt förslaget: Miljö- och byggnämnden beslutar att lägga informationen till handlingarna.", "noterad")],
    }


def test_a_beredning_consenting_to_proposals_for_its_styrelse_sends_them_on():
    """GIVEN a kommunalförbund's beredningsutskott whose items propose to the förbundsstyrelse
    ("Förbundsstyrelsen beslutar att …," / "att …" / "… noterar informationen") and whose
    procedure only puts the matter ("prövar om utskottet kan notera …") and finds that the utskott
    consents ("det liggande förslaget och att utskottet bifaller det") THEN each proposal clause is a
    decision sent on, and the procedure line none; a consent to nothing written decides nothing."""
    page = ("Protokoll beredningsutskottet\nRäddningstjänstförbundet\n"
            "§ 5 Taxa för tillsyn\nFörslag till beslut\nFörbundsstyrelsen beslutar att anta taxan för tillsyn,\n"
            "att tillämpa taxan från 1 juli.\nBeslutsgång\nOrdföranden finner att det finns ett förslag, det "
            "liggande förslaget, och att utskottet bifaller det.\n"
            "§ 6 Delårsrapport\nFörslag till beslut\nFörbundsstyrelsen noterar informationen.\nBeslutsgång\n"
            "Ordföranden prövar om utskottet kan notera informationen och finner att utskottet bifaller det.\n"
            "§ 7 Övrigt\nOrdföranden prövar om utskottet kan avsluta mötet och finner att utskottet bifaller det.\n")
    found = decisions(parsed(page))
    assert found["§ 5"] == [("Förbundsstyrelsen beslutar att anta taxan för tillsyn", "överlämnad"),
                            ("Förbundsstyrelsen beslutar att tillämpa taxan från 1 juli.", "överlämnad")]
    assert found["§ 6"] == [("Förbundsstyrelsen noterar informationen.", "överlämnad")]
    assert all("prövar" not in text for texts in found.values() for text, _ in texts)


def test_a_finding_by_reference_on_the_organs_own_proposal_still_decides():
    """GIVEN a socialnämnd's item with its own "Förslag till beslut" and only the chairman's finding
    by reference THEN the finding decides, as before."""
    page = ("Protokoll\nSocialnämnden\n§ 1 Budget\nBeslut\nSocialnämnden beslutar att anta budgeten.\n"
            "§ 2 Riktlinjer\nFörslag till beslut\nSocialnämnden beslutar att anta riktlinjerna.\nBeslutsgång\n"
            "Ordföranden ställer proposition och finner att nämnden bifaller det.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Socialnämnden beslutar att anta budgeten.", "beslutad")],
        "§ 2": [("Nämnden bifaller det.", "beslutad")],
    }


# ------------------------------------------------------------------ 7. words and case numbers broken over a line

def test_a_double_name_broken_at_its_hyphen_is_whole_in_the_decision():
    """GIVEN an idrottsförening electing "Anna-" / "Karin Holm" and a BRF "Lars Berg-" / "ström", beside a
    line that ends in a hyphen before a new sentence ("Miljö- och" kept) THEN the names are whole."""
    page = ("Protokoll årsmöte idrottsföreningen\n§ 1 Val av ordförande\nTill ordförande för ett år valdes Anna-\n"
            "Karin Holm.\n§ 2 Val av kassör\nTill kassör valdes Per-Erik Lund och till revisor Lars Berg-\nström.\n"
            "§ 3 Lokal\nStyrelsen beslutade att hyra lokal av Miljö-\noch hälsoskyddsförbundet.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Till ordförande för ett år valdes Anna-Karin Holm.", "beslutad")],
        "§ 2": [("Till kassör valdes Per-Erik Lund och till revisor Lars Bergström.", "beslutad")],
        "§ 3": [("Styrelsen beslutade att hyra lokal av Miljö- och hälsoskyddsförbundet.", "beslutad")],
    }


def test_a_case_number_broken_over_a_line_in_a_heading_is_one_dnr():
    """GIVEN a kommunstyrelse arbetsutskott's headings "§ 3 Dnr (KS 2025-" / "00330) Remiss …" and "§ 4 Yttrande
    … (KS 2025-" / "00331)", and a period "2025-" / "2026" in running text
    THEN each item has its one Dnr and its title, and the period is no Dnr."""
    page = ("Protokoll kommunstyrelsens arbetsutskott\n§ 3 Dnr (KS 2025-\n00330) Remiss om ny taxa\nBeslut\n"
            "Arbetsutskottet beslutar att godkänna yttrandet.\n§ 4 Yttrande över remiss om kollektivtrafik (KS 2025-\n"
            "00331)\nBeslut\nArbetsutskottet beslutar att lämna yttrandet.\n§ 5 Budget\nÄrendet avser perioden 2025-\n"
            "2026 och beslutet fattas senare.\n")
    doc = parsed(page)
    assert [(s.number, s.title, [c.text for c in s.dnr]) for s in doc.sections] == [
        ("§ 3", "Remiss om ny taxa", ["KS 2025-00330"]),
        ("§ 4", "Yttrande över remiss om kollektivtrafik (KS 2025-00331)", ["KS 2025-00331"]),
        ("§ 5", "Budget", []),
    ]


def test_elections_in_the_past_and_unchanged_amounts_in_an_ideell_forening():
    """GIVEN "Eva Ek och Per Holm omvaldes.", "Arvodet lämnas oförändrat, 500 kr per möte." and
    "Medlemsavgiften blir oförändrad." beside a told election and two names that did something else
    THEN the three outcomes decide, the rest does not."""
    page = ("Protokoll årsmöte ideella föreningen\n§ 1 Val av valberedning\nEva Ek och Per Holm omvaldes.\n"
            "§ 2 Arvoden\nArvodet lämnas oförändrat, 500 kr per möte.\n§ 3 Avgift\nMedlemsavgiften blir oförändrad.\n"
            "§ 4 Historik\nAnna Berg berättade om hur styrelsen valdes.\nEva Ek och Per Holm kom sent.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Eva Ek och Per Holm omvaldes.", "beslutad")],
        "§ 2": [("Arvodet lämnas oförändrat, 500 kr per möte.", "beslutad")],
        "§ 3": [("Medlemsavgiften blir oförändrad.", "beslutad")],
        "§ 4": [],
    }


def test_a_list_of_sentences_introduced_by_a_colon_is_no_items():
    """GIVEN a BRF's notes where "Styrelsen föreslår följande åtgärder:" introduces "1) … 2) … 3) …"
    sentences THEN they are no sections."""
    page = ("Anteckningar husmöte\nStyrelsen har gått igenom gården och föreslår följande åtgärder:\n"
            "1) Nya bänkar ställs vid lekplatsen.\n2) Häcken klipps i maj.\n3) Sandlådan får ny sand.\n")
    assert segment([page]).sections == []


IDROTTSFORENING_WORD_LIST = """Protokoll årsmöte 2025
Idrottsföreningen

Antal närvarande medlemmar var 14.

1. Till mötesordförande valdes Eva Ek

2. Till sekreterare valdes Per Holm

3. Mötet ansågs stadgeenligt utlyst

4. Dagordningen godkändes

5. Verksamhetsberättelsen föredrogs av ordföranden

6. Mötet beslutade att bevilja styrelsen ansvarsfrihet för 2024

7. Mötet avslutades
"""


def test_a_word_list_of_minutes_without_full_stops_gives_the_items():
    """GIVEN an idrottsförening's Word-list minutes "1. Till mötesordförande valdes Eva Ek" … with
    blank lines between and no full stops THEN each of the seven numbered minutes is a section."""
    sections = segment([IDROTTSFORENING_WORD_LIST]).sections
    assert [(s.number, s.title) for s in sections] == [
        ("§ 1", "Till mötesordförande valdes Eva Ek"), ("§ 2", "Till sekreterare valdes Per Holm"),
        ("§ 3", "Mötet ansågs stadgeenligt utlyst"), ("§ 4", "Dagordningen godkändes"),
        ("§ 5", "Verksamhetsberättelsen föredrogs av ordföranden"),
        ("§ 6", "Mötet beslutade att bevilja styrelsen ansvarsfrihet för 2024"), ("§ 7", "Mötet avslutades"),
    ]


def test_an_agenda_of_noun_titles_without_full_stops_stays_an_agenda():
    """GIVEN a ideell förening's kallelse listing "1. Val av mötesordförande" … with blank lines
    between THEN the titles are no minutes (no sentence items are made of them)."""
    page = ("Kallelse till årsmöte\n\n1. Val av mötesordförande\n\n2. Val av sekreterare\n\n"
            "3. Fastställande av dagordning\n\n4. Styrelsens verksamhetsberättelse\n\n5. Mötets avslutande\n")
    from arkiv.ingest.segment import _numbers_joined_to_text, _lines, _sentence_items
    assert _sentence_items(_numbers_joined_to_text(_lines([page]))) == []


def test_the_minutes_of_a_word_list_without_full_stops_decide():
    """THEN each minute that reports a decision is one, also with no full stop after it; the report
    ("… föredrogs av ordföranden") and the closing decide nothing."""
    assert decisions(parsed(IDROTTSFORENING_WORD_LIST)) == {
        "§ 1": [("Till mötesordförande valdes Eva Ek", "beslutad")],
        "§ 2": [("Till sekreterare valdes Per Holm", "beslutad")],
        "§ 3": [("Mötet ansågs stadgeenligt utlyst", "beslutad")],
        "§ 4": [("Dagordningen godkändes", "beslutad")], "§ 5": [],
        "§ 6": [("Mötet beslutade att bevilja styrelsen ansvarsfrihet för 2024", "beslutad")], "§ 7": [],
    }


def test_a_lettered_sub_item_does_not_run_into_the_items_title():
    """GIVEN a BRF's Word-list item followed by lettered sub-items "a. Fasadrenovering" THEN the
    item's title stops at its own line."""
    page = ("Protokoll föreningsstämma BRF\n\n1. Till ordförande valdes Eva Ek\n\n2. Dagordningen godkändes\n\n"
            "3. Styrelsen redogjorde för två förslag som diskuterades\na. Fasadrenovering\n"
            "Stämman beslutade att renovera fasaden.\nb. Cykelrum\nFrågan bordlades.\n\n4. Mötet avslutades\n")
    sections = segment([page]).sections
    assert sections[2].title == "Styrelsen redogjorde för två förslag som diskuterades"


def test_discharge_given_and_an_auditors_recommendation_in_an_arsmote():
    """GIVEN a scoutkår's årsmöte where the meeting "gav styrelsen ansvarsfrihet" and the auditors'
    report, read out, "tillstyrkte att …" (a recommendation, also with a pronoun subject) THEN only
    the discharge is a decision."""
    page = ("Protokoll årsmöte scoutkåren\n1. Revisorernas berättelse\nRevisorernas berättelse lästes upp. "
            "Den tillstyrkte att resultaträkningen fastställs.\nRevisorerna tillstyrker att styrelsen beviljas "
            "ansvarsfrihet.\n2. Ansvarsfrihet\nÅrsmötet gav styrelsen ansvarsfrihet för verksamhetsåret.\n"
            "3. Avslutning\nMötet avslutades.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [], "§ 2": [("Årsmötet gav styrelsen ansvarsfrihet för verksamhetsåret.", "beslutad")], "§ 3": []}


def test_a_heading_of_two_deciding_sentences_and_a_lettered_list_after_beslots_att():
    """GIVEN a pensionärsförening's årsmöte where one item's line holds two outcomes
    ("Resultaträkningen fastställdes. Årets överskott balanseras i ny räkning.") and another is
    "Beslöts att:" over "a) …" / "b) …" clauses THEN each outcome and each lettered clause is a decision;
    a heading of an outcome and a report stays one decision."""
    page = ("Protokoll årsmöte pensionärsföreningen\n1. Resultaträkningen fastställdes. Årets överskott "
            "balanseras i ny räkning.\n2. Beslöts att:\na) medlemsavgiften blir fortsatt 200 kronor\n"
            "b) styrelsen består av sju ledamöter\n3. Budgeten godkändes. Kassören tackades för sitt arbete.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Resultaträkningen fastställdes.", "beslutad"), ("Årets överskott balanseras i ny räkning.", "beslutad")],
        "§ 2": [("Beslöts att medlemsavgiften blir fortsatt 200 kronor", "beslutad"),
                ("Beslöts att styrelsen består av sju ledamöter", "beslutad")],
        "§ 3": [("Budgeten godkändes. Kassören tackades för sitt arbete.", "beslutad")],
    }


def test_kept_amounts_a_firm_kept_as_auditor_and_an_outcome_with_its_count():
    """GIVEN a golfklubb's stämma: "Tre inkomstbasbelopp bibehålls som arvode.", a firm "Lind & Partner
    kvarstår som revisor.", "Bifalls, 23 röstberättigade enligt röstlängden." THEN each decides;
    "Problemet kvarstår som tidigare." does not."""
    page = ("Protokoll stämma golfklubben\n§ 1 Röstlängd\nBifalls, 23 röstberättigade enligt röstlängden.\n"
            "§ 2 Arvoden\nTre inkomstbasbelopp bibehålls som arvode.\n§ 3 Revisor\nLind & Partner kvarstår som revisor.\n"
            "§ 4 Banan\nProblemet kvarstår som tidigare.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Bifalls, 23 röstberättigade enligt röstlängden.", "beslutad")],
        "§ 2": [("Tre inkomstbasbelopp bibehålls som arvode.", "beslutad")],
        "§ 3": [("Lind & Partner kvarstår som revisor.", "beslutad")], "§ 4": []}


def test_a_heading_that_reports_a_recommendation_is_no_decision():
    """GIVEN a hembygdsförening's minutes whose item line reads "Revisorernas berättelse lästes upp.
    Den tillstyrkte att resultaträkningen fastställs." THEN that item decides nothing."""
    page = ("Protokoll årsmöte hembygdsföreningen\n1. Dagordningen godkändes.\n2. Revisorernas berättelse lästes upp. "
            "Den tillstyrkte att resultaträkningen fastställs och att\nstyrelsen beviljas ansvarsfrihet.\n"
            "3. Styrelsen beviljades ansvarsfrihet.\n")
    assert decisions(parsed(page)) == {"§ 1": [("Dagordningen godkändes.", "beslutad")], "§ 2": [],
                                       "§ 3": [("Styrelsen beviljades ansvarsfrihet.", "beslutad")]}


def test_a_standing_order_among_the_board_is_no_decision_and_a_finding_without_stop_is():
    """GIVEN a vägförening's scanned stämma "N Text" items: "2 Stämman befanns behörigen utlyst" (no
    full stop, no text below), elections, and "Styrelsen utser kassör och firmatecknare inom sig vid
    särskilt möte." THEN the finding decides and the standing order does not; a constituting
    meeting that names the kassör still decides."""
    page = ("Protokoll föreningsstämma vägföreningen\n\n1 Stämman öppnades av ordföranden.\n"
            "2 Stämman befanns behörigen utlyst\n3 Till styrelseledamöter valdes Eva Ek och Per Holm.\n"
            "Styrelsen utser kassör och firmatecknare inom sig vid särskilt möte.\n4 Stämman avslutades.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [], "§ 2": [("Stämman befanns behörigen utlyst", "beslutad")],
        "§ 3": [("Till styrelseledamöter valdes Eva Ek och Per Holm.", "beslutad")], "§ 4": []}
    board = "Protokoll konstituerande styrelsemöte\n§ 1 Konstituering\nStyrelsen utser inom sig Per Holm till kassör.\n"
    assert decisions(parsed(board)) == {"§ 1": [("Styrelsen utser inom sig Per Holm till kassör.", "beslutad")]}


def test_a_date_stated_as_decided_is_a_decision():
    """GIVEN a koloniförening's övriga frågor: "Höstens arbetsdag är beslutad till 12 oktober kl 10."
    among told matters THEN it decides; "Avgiften är oförändrad sedan 2019." does not."""
    page = ("Protokoll medlemsmöte koloniföreningen\n§ 1 Övriga frågor\nFrågan om vattnet togs upp. "
            "Avgiften är oförändrad sedan 2019.\nHöstens arbetsdag är beslutad till 12 oktober kl 10.\n")
    assert decisions(parsed(page)) == {"§ 1": [("Höstens arbetsdag är beslutad till 12 oktober kl 10.", "beslutad")]}


def test_a_long_subject_before_a_one_word_outcome_decides():
    """GIVEN a samfällighet's motion item: "Styrelsens förslag till en avgift på 300 kr per år godkännes."
    THEN it decides; "Förslaget om en ny brygga godkännes inte." does not."""
    page = ("Protokoll stämma samfälligheten\n§ 1 Motion om bryggavgift\nStyrelsens förslag till en avgift "
            "på 300 kr per år godkännes.\n§ 2 Motion om brygga\nFörslaget om en ny brygga godkännes inte.\n")
    assert decisions(parsed(page))["§ 1"] == [("Styrelsens förslag till en avgift på 300 kr per år godkännes.", "beslutad")]
    assert all(status != "beslutad" for _, status in decisions(parsed(page))["§ 2"])


def test_numbers_read_apart_from_their_text_carry_the_items_on():
    """GIVEN a scanned jaktlag's minutes where the scan read the numbers of items 4–6 as a column of
    their own ("4." / "5." / "6." / "TS;" smudge, then the texts) THEN items 1–3 and 7–8 are still found
    (the sequence goes on through the bare numbers) and the smudge heads nothing."""
    page = ("Protokoll årsmöte jaktlaget\n\n1. Till ordförande valdes Eva Ek\n\n2. Dagordningen godkändes\n\n"
            "3. Styrelsen redogjorde för året\nJakten gav tre älgar.\n\n4.\n5.\n\n6.\n\nTS;\n\n"
            "Inga motioner hade kommit in.\nJaktkortet kostar som förra året.\n\n"
            "7. Övriga frågor\nInga.\n\n8. Mötet avslutades\n")
    sections = segment([page]).sections
    assert [s.number for s in sections] == ["§ 1", "§ 2", "§ 3", "§ 7", "§ 8"]


def test_remuneration_that_shall_or_shall_not_be_paid_is_decided():
    """GIVEN a fiskevårdsområde's stämma: "Inga arvoden till styrelsen ska utgå." and "Reseersättning
    ska utgå enligt Skatteverkets norm." THEN both decide; "Bidraget från kommunen ska utgå i juni."
    (someone else's payment) does not."""
    page = ("Protokoll stämma fiskevårdsområdesföreningen\n§ 1 Arvoden\nInga arvoden till styrelsen ska utgå.\n"
            "Reseersättning ska utgå enligt Skatteverkets norm.\n§ 2 Ekonomi\nBidraget från kommunen ska utgå i juni.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Inga arvoden till styrelsen ska utgå.", "beslutad"),
                ("Reseersättning ska utgå enligt Skatteverkets norm.", "beslutad")], "§ 2": []}
