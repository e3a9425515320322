"""Shapes of protocols no other test file covers (a sweep of invented documents through extraction):
the Church of Sweden's posts, offices elected for a term, OCR slips in item numbers, signs and Dnr,
headings broken after a preposition, the meeting's own chair, a group's representatives, election
lists under a lead-in, "samt" at the end of an att-line, action owners, outcomes as nouns, att-lists
without a lead-in. Every fixture is invented, in the shape of two kinds of organisation (kommun,
region, förbund, kyrkoråd, förening, kooperativ, studentkår, skolråd, arbetsgrupp), with a negative
beside each rule."""

from arkiv.ingest.clean import repair_ocr_digits
from tests.extraction import by_name, decisions, parsed


def dnrs(doc) -> dict[str, list[str]]:
    """Each section's Dnr as written, keyed by its number."""
    return {s.number or s.title: [c.text for c in s.dnr] for s in doc.sections}


# ------------------------------------------------------------------ 1. the Church of Sweden's posts

def test_a_kyrkoråd_lists_its_kyrkoherde_under_a_label():
    page = ("PROTOKOLL\nKyrkorådet i Ekby församling\nNärvarande: Maria Lönn (ordförande), Anna Rask\n"
            "Kyrkoherde: Johan Sand\nSekreterare: Eva Vinter\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
            "§ 2 Kyrkoherden informerar\nKyrkoherden informerar om konfirmandarbetet.\n")
    assert by_name(page) == {
        "Maria Lönn": ("ordförande", None, None), "Anna Rask": (None, None, None),
        "Johan Sand": ("kyrkoherde", None, None), "Eva Vinter": ("sekreterare", None, None)}


def test_a_kyrkofullmäktige_labels_its_staff_by_their_posts():
    page = ("Protokoll\nKyrkofullmäktige i Åsby pastorat\nNärvarande\nEva Ek (S), ordförande\nÖvriga\n"
            "Komminister: Ola Ny\nDiakon: Siv Holm\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert by_name(page) == {"Eva Ek": ("ordförande", None, "S"), "Ola Ny": ("komminister", None, None),
                             "Siv Holm": ("diakon", None, None)}


def test_a_surname_that_is_a_church_word_is_a_name_not_a_title():
    page = "PROTOKOLL\nStyrelsen\nNärvarande: Eva Herde, Per Kantor\n§ 1 Mötets öppnande\nMötet öppnades.\n"
    assert by_name(page) == {"Eva Herde": (None, None, None), "Per Kantor": (None, None, None)}


# ------------------------------------------------------------------ 2. an office with its term of office

def test_an_idrottsförening_lists_the_elected_with_the_term_beside_the_title():
    page = ("Protokoll årsmöte IK Granen\nPunkt 1: Mötets öppnande\nMötet öppnades.\nPunkt 2: Val av styrelse\n"
            "Följande valdes:\nOrdförande (1 år): Eva Ek\nKassör (nyval 2 år): Nils Borg\n"
            "Punkt 3: Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {"Eva Ek": ("ordförande", None, None), "Nils Borg": ("kassör", None, None)}


def test_a_samfällighet_writes_the_term_after_a_comma():
    page = ("Protokoll föreningsstämma Ekbackens samfällighetsförening\n§ 1 Stämmans öppnande\nStämman öppnades.\n"
            "§ 2 Val av styrelse\nStyrelseledamot, två år: Ali Hassan\nRevisor (omval): Gun Ahl\n"
            "§ 3 Stämmans avslutande\nStämman avslutades.\n")
    assert by_name(page) == {"Ali Hassan": ("styrelseledamot", None, None), "Gun Ahl": ("revisor", None, None)}


def test_a_title_with_a_term_over_no_name_is_no_person():
    page = ("Protokoll årsmöte Bridgeklubben Ess\n1. Val av styrelse\nOrdförande (2 år): vakant\n"
            "Ledamot (2 år): Valberedningen föreslår omval.\n2. Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {}


# ------------------------------------------------------------------ 3. OCR letters for digits in item numbers and Dnr

SOCIALNAMND_OCR = """PROTOKOLL
Socialnämnden
§ l1 Budgetuppföljning
Dnr SN 2026/l4
Beslut
Socialnämnden godkänner budgetuppföljningen.
§ l2 Riktlinjer för bistånd
Dnr SN 2026/2O
Beslut
Socialnämnden beslutar att anta riktlinjerna.
"""


def test_a_nämnd_scan_reads_l_for_1_in_its_item_numbers_and_dnr():
    doc = parsed(SOCIALNAMND_OCR)
    assert dnrs(doc) == {"§ 11": ["Dnr SN 2026/14"], "§ 12": ["Dnr SN 2026/20"]}
    assert decisions(doc) == {"§ 11": [("Socialnämnden godkänner budgetuppföljningen.", "beslutad")],
                              "§ 12": [("Socialnämnden beslutar att anta riktlinjerna.", "beslutad")]}


def test_a_förbundsdirektion_scan_reads_O_for_0_in_its_item_numbers():
    page = ("PROTOKOLL\nFörbundsdirektionen\n§ 1O Delårsrapport\nDnr 2O26-0045\nDirektionens beslut\n"
            "Direktionen godkänner delårsrapporten.\n§ 11 Förbundsordning\nDirektionens beslut\n"
            "Direktionen lägger informationen till handlingarna.\n")
    doc = parsed(page)
    assert dnrs(doc) == {"§ 10": ["Dnr 2026-0045"], "§ 11": []}
    assert decisions(doc) == {"§ 10": [("Direktionen godkänner delårsrapporten.", "beslutad")],
                              "§ 11": [("Direktionen lägger informationen till handlingarna.", "noterad")]}


def test_an_association_scan_reads_l_for_the_item_numbers_1_10_and_11():
    first = ("Protokoll årsmöte Roddklubben Vågen\nl. Mötets öppnande\nMötet öppnades.\n2. Val av ordförande\n"
             "Till ordförande valdes Eva Ek.\n3. Mötets avslutande\nMötet avslutades.\n")
    assert decisions(parsed(first)) == {"§ 1": [], "§ 2": [("Till ordförande valdes Eva Ek.", "beslutad")], "§ 3": []}
    later = ("Protokoll styrelsemöte Roddklubben Vågen, forts.\n9. Budget\nStyrelsen beslutade att anta budgeten.\n"
             "l0. Avgifter\nStyrelsen beslutade att höja avgiften.\nll. Mötets avslutande\nMötet avslutades.\n")
    assert decisions(parsed(later)) == {"§ 9": [("Styrelsen beslutade att anta budgeten.", "beslutad")],
                                        "§ 10": [("Styrelsen beslutade att höja avgiften.", "beslutad")], "§ 11": []}


def test_a_nämnd_scan_reads_l_for_its_first_item():
    page = ("PROTOKOLL\nByggnadsnämnden\n§ l Val av justerare\nBeslut\nByggnadsnämnden utser Eva Ek att justera.\n"
            "§ 2 Bygglov\nBeslut\nByggnadsnämnden beviljar bygglov.\n")
    assert decisions(parsed(page)) == {"§ 1": [("Byggnadsnämnden utser Eva Ek att justera.", "beslutad")],
                                       "§ 2": [("Byggnadsnämnden beviljar bygglov.", "beslutad")]}


def test_roman_numerals_and_a_letter_without_neighbours_stay_letters():
    assert repair_ocr_digits("I. Inledning\nII. Ekonomi\n2. Budget\n3. Lokaler") == \
        "I. Inledning\nII. Ekonomi\n2. Budget\n3. Lokaler"
    assert repair_ocr_digits("l. Inledning\n5. Budget") == "l. Inledning\n5. Budget"


def test_words_beside_item_numbers_and_dnr_keep_their_letters():
    assert repair_ocr_digits("§ 12 I dag") == "§ 12 I dag"
    assert repair_ocr_digits("§ lO Budget") == "§ lO Budget"  # no digit: no number
    assert repair_ocr_digits("Dnr KS Ink 2024/12, Inkl 1l st") == "Dnr KS Ink 2024/12, Inkl 1l st"
    assert repair_ocr_digits("Tabell l2 visar 1O fall") == "Tabell l2 visar 1O fall"


# ------------------------------------------------------------------ 4. a § sign lost between two items

def test_a_nämnd_item_that_lost_its_sign_between_its_neighbours_is_an_item():
    page = ("PROTOKOLL\nMiljönämnden\n§ 12 Budget\nBeslut\nMiljönämnden godkänner budgeten.\n13 Taxa för tillsyn\n"
            "Dnr MN 2026/20\nBeslut\nMiljönämnden beslutar att anta taxan.\n§ 14 Delegationsbeslut\nBeslut\n"
            "Miljönämnden lägger redovisningen till handlingarna.\n")
    doc = parsed(page)
    assert [(s.number, s.title) for s in doc.sections] == [("§ 12", "Budget"), ("§ 13", "Taxa för tillsyn"),
                                                           ("§ 14", "Delegationsbeslut")]
    assert decisions(doc)["§ 13"] == [("Miljönämnden beslutar att anta taxan.", "beslutad")]


def test_a_board_item_that_lost_its_sign_between_its_neighbours_is_an_item():
    page = ("Protokoll styrelsemöte Hyresgästföreningen Ekbacken\n§ 4 Ekonomi\nStyrelsen beslutade att godkänna rapporten.\n"
            "5 Lokaler\nStyrelsen beslutade att hyra samlingslokalen.\n§ 6 Mötets avslutande\nMötet avslutades.\n")
    doc = parsed(page)
    assert [s.number for s in doc.sections] == ["§ 4", "§ 5", "§ 6"]
    assert decisions(doc)["§ 5"] == [("Styrelsen beslutade att hyra samlingslokalen.", "beslutad")]


def test_a_count_that_starts_a_line_is_no_item():
    page = ("PROTOKOLL\nMiljönämnden\n§ 12 Budget\nMiljönämnden beslutar att godkänna budgeten.\n"
            "13 Ledamöter deltog i beslutet.\n§ 13 Taxa\nMiljönämnden beslutar att anta taxan.\n"
            "§ 15 Avslut\n16 Ledamöter närvarade.\n")
    assert [s.number for s in parsed(page).sections] == ["§ 12", "§ 13", "§ 15"]



def test_the_first_and_last_items_of_a_nämnd_that_lost_their_signs_are_items():
    page = ("PROTOKOLL\nMiljönämnden\n1 Val av justerare\nBeslut\nMiljönämnden utser Eva Ek att justera.\n§ 2 Budget\n"
            "Beslut\nMiljönämnden godkänner budgeten.\n§ 3 Taxa\nBeslut\nMiljönämnden antar taxan.\n4 Delegationsbeslut\n"
            "Beslut\nMiljönämnden lägger redovisningen till handlingarna.\n")
    assert [s.number for s in parsed(page).sections] == ["§ 1", "§ 2", "§ 3", "§ 4"]


def test_the_last_item_of_a_förening_that_lost_its_sign_is_an_item():
    page = ("Protokoll styrelsemöte Hyresgästföreningen Ekbacken\n§ 4 Ekonomi\nStyrelsen beslutade att godkänna rapporten.\n"
            "§ 5 Lokaler\nStyrelsen beslutade att hyra samlingslokalen.\n6 Mötets avslutande\nMötet avslutades.\n")
    assert [s.number for s in parsed(page).sections] == ["§ 4", "§ 5", "§ 6"]


def test_a_broken_sentence_that_goes_on_with_a_number_is_no_item():
    page = ("PROTOKOLL\nMiljönämnden\n§ 2 Budget\nBeslut\nMiljönämnden godkänner budgeten.\n§ 3 Taxa\nBeslut\n"
            "Miljönämnden antar taxan. Beslutet fattades med\n4 Röster mot 3.\n")
    doc = parsed(page)
    assert [s.number for s in doc.sections] == ["§ 2", "§ 3"]
    assert decisions(doc)["§ 3"] == [("Miljönämnden antar taxan. Beslutet fattades med 4 Röster mot 3.", "beslutad")]

# ------------------------------------------------------------------ 5. a heading broken after a preposition

def test_a_nämnd_heading_broken_after_för_is_one_title():
    page = ("PROTOKOLL\nSocialnämnden\n§ 12 Riktlinjer för\nekonomiskt bistånd\nDnr SN 2026/20\nBeslut\n"
            "Socialnämnden beslutar att anta riktlinjerna.\n§ 13 Information om\nvårdköer\nBeslut\n"
            "Socialnämnden noterar informationen.\n")
    doc = parsed(page)
    assert [(s.number, s.title) for s in doc.sections] == [("§ 12", "Riktlinjer för ekonomiskt bistånd"),
                                                           ("§ 13", "Information om vårdköer")]
    assert dnrs(doc)["§ 12"] == ["Dnr SN 2026/20"]
    assert decisions(doc)["§ 13"] == [("Socialnämnden noterar informationen.", "noterad")]


def test_an_association_heading_broken_after_och_is_one_title():
    page = ("Protokoll årsstämma Bostadsrättsföreningen Ekbacken\n§ 1 Stämmans öppnande\nStämman öppnades.\n"
            "§ 2 Val av revisor och\nrevisorssuppleant\nTill revisor valdes Gun Ahl.\n§ 3 Stämmans avslutande\n"
            "Stämman avslutades.\n")
    doc = parsed(page)
    assert [s.title for s in doc.sections] == ["Stämmans öppnande", "Val av revisor och revisorssuppleant",
                                               "Stämmans avslutande"]
    assert decisions(doc)["§ 2"] == [("Till revisor valdes Gun Ahl.", "beslutad")]


def test_a_closed_heading_keeps_the_lower_case_text_under_it():
    page = ("PROTOKOLL\nSocialnämnden\n§ 12 Riktlinjer\nekonomiskt bistånd beviljas enligt riktlinjerna.\n"
            "§ 13 Budget för\n- 2026 och 2027 enligt bilaga\n")
    assert [s.title for s in parsed(page).sections] == ["Riktlinjer", "Budget för"]


# ------------------------------------------------------------------ 6. the chair and secretary of the meeting itself

def test_a_kooperativ_elects_the_chair_of_its_föreningsstämma():
    page = ("Protokoll föreningsstämma Konsumentföreningen Ljuset\n§ 1 Stämmans öppnande\nStämman öppnades.\n"
            "§ 2 Val av ordförande för stämman\nStämman beslöt enhälligt att välja Bengt Nord till ordförande för stämman.\n"
            "§ 3 Val av sekreterare för stämman\nTill sekreterare för stämman valdes Eva Ek.\n")
    assert by_name(page) == {"Bengt Nord": ("mötesordförande", None, None), "Eva Ek": ("mötessekreterare", None, None)}


def test_an_idrottsförening_elects_the_chair_of_its_årsmöte_and_of_the_club():
    page = ("Protokoll årsmöte IK Granen\n1. Val av mötesfunktionärer\nTill ordförande för mötet valdes Per Ny. "
            "Årsmötet valde Lisa Holm till sekreterare för årsmötet.\n2. Val av styrelse\n"
            "Årsmötet valde Ali Ek till ordförande för föreningen.\n3. Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {"Per Ny": ("mötesordförande", None, None), "Lisa Holm": ("mötessekreterare", None, None),
                             "Ali Ek": ("ordförande", None, None)}


# ------------------------------------------------------------------ 7. representatives of a group and parents

def test_a_skolråd_lists_parents_and_pupils_by_what_they_represent():
    page = ("Minnesanteckningar skolråd Björkskolan\nNärvarande: rektor Lena Berg, Karl Ek (vårdnadshavare), "
            "Sofia Dahl (elevrepresentant)\n1. Information\nRektor informerade om skollunchen.\n2. Nästa möte\n"
            "Beslutades att nästa möte hålls den 15 april.\n")
    assert by_name(page) == {"Lena Berg": ("rektor", None, None), "Karl Ek": ("vårdnadshavare", None, None),
                             "Sofia Dahl": ("elevrepresentant", None, None)}


def test_a_kommunal_pensionärsråd_lists_its_user_representatives():
    page = ("Protokoll\nKommunala pensionärsrådet\nNärvarande: Eva Ek (S) (ordförande), Per Holm (brukarrepresentant), "
            "Anna Lind (representant)\n§ 1 Mötets öppnande\nMötet öppnades. Representanterna informerade om läget.\n")
    assert by_name(page) == {"Eva Ek": ("ordförande", None, "S"), "Per Holm": ("brukarrepresentant", None, None),
                             "Anna Lind": ("representant", None, None)}


def test_a_representatives_body_in_parentheses_is_no_title():
    page = ("Minnesanteckningar föräldraråd\nNärvarande: Karl Ek (Föräldraföreningen), Ola Ny\n1. Information\n"
            "Karl Ek informerade om loppisen.\n2. Avslut\nMötet avslutades.\n")
    assert by_name(page) == {"Karl Ek": (None, "Föräldraföreningen", None), "Ola Ny": (None, None, None)}


# ------------------------------------------------------------------ 8. an election's lead-in over the list of the elected

def test_an_idrottsförening_årsmöte_decides_the_election_listed_under_följande_valdes():
    page = ("Protokoll årsmöte IK Granen\nPunkt 1: Mötets öppnande\nMötet öppnades.\nPunkt 2: Val av styrelse\n"
            "Följande valdes:\nOrdförande (1 år): Eva Ek\nKassör (2 år): Nils Borg\nPunkt 3: Mötets avslutande\n"
            "Mötet avslutades.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [],
        "§ 2": [("Följande valdes: Ordförande (1 år): Eva Ek; Kassör (2 år): Nils Borg.", "beslutad")],
        "§ 3": [],
    }


def test_a_samfällighet_stämma_decides_the_names_listed_under_its_lead_in():
    page = ("Protokoll föreningsstämma Ekbackens samfällighetsförening\n§ 1 Stämmans öppnande\nStämman öppnades.\n"
            "§ 2 Val av styrelse\nTill styrelse valdes:\n- Ali Hassan\n- Gun Ahl\nStämman valde:\n- Per Ny, revisor\n"
            "§ 3 Stämmans avslutande\nStämman avslutades.\n")
    assert decisions(parsed(page))["§ 2"] == [("Till styrelse valdes Ali Hassan och Gun Ahl.", "beslutad"),
                                             ("Stämman valde: Per Ny, revisor.", "beslutad")]


def test_a_proposed_list_and_a_lead_in_over_prose_decide_no_election():
    page = ("Protokoll årsmöte Bridgeklubben Ess\n1. Val av styrelse\nValberedningen föreslår att följande väljs:\n"
            "Ordförande: Eva Ek\nKassör: Per Ny\n2. Val av revisor\nTill revisor valdes:\nIngen kandidat fanns, frågan "
            "tas upp på nästa möte.\n3. Mötets avslutande\nMötet avslutades.\n")
    assert decisions(parsed(page)) == {"§ 1": [], "§ 2": [], "§ 3": []}


def test_a_table_of_the_elected_under_the_lead_in_keeps_its_rows_apart():
    page = ("Protokoll föreningsstämma Ekbackens samfällighetsförening\n§ 1 Val av revisorer\nTill revisorer valdes:\n"
            "Revisor\tGun Ahl\t2 år\nRevisorssuppleant\tPer Ny\t1 år\n§ 2 Stämmans avslutande\nStämman avslutades.\n")
    assert decisions(parsed(page))["§ 1"] == [
        ("Till revisorer valdes: Revisor Gun Ahl 2 år; Revisorssuppleant Per Ny 1 år.", "beslutad")]


# ------------------------------------------------------------------ 9. "samt" / "och" left at the end of an att-line

def test_a_region_proposal_with_samt_at_the_end_of_its_first_att_line():
    page = ("Protokoll\nRegionstyrelsen\n§ 70 Investeringsplan 2027\nDnr RS 2026/330\nBeslut\n"
            "Regionstyrelsen föreslår regionfullmäktige besluta\natt godkänna investeringsplanen för 2027, samt\n"
            "att uppdra åt regiondirektören att återrapportera i juni.\n")
    assert decisions(parsed(page)) == {"§ 70": [
        ("Regionstyrelsen föreslår regionfullmäktige besluta att godkänna investeringsplanen för 2027", "överlämnad"),
        ("Regionstyrelsen föreslår regionfullmäktige besluta att uppdra åt regiondirektören att återrapportera i juni.",
         "överlämnad")]}


def test_a_kyrkoråd_decision_with_och_at_the_end_of_its_first_att_line():
    page = ("PROTOKOLL\nKyrkorådet\n§ 4 Renovering av församlingshemmet\nBeslut\nKyrkorådet beslutar\n"
            "att anta anbudet från byggfirman; och\natt finansiera renoveringen ur fonden.\n"
            "§ 5 Uthyrning\nBeslut\nKyrkorådet beslutar att anta policyn.\n")
    assert decisions(parsed(page))["§ 4"] == [
        ("Kyrkorådet beslutar att anta anbudet från byggfirman", "beslutad"),
        ("Kyrkorådet beslutar att finansiera renoveringen ur fonden.", "beslutad")]


def test_och_that_joins_two_names_over_a_line_stays_in_the_clause():
    page = ("PROTOKOLL\nKyrkorådet\n§ 2 Val av justerare\nBeslut\nKyrkorådet beslutar\natt utse Anna Rask och\n"
            "Per Ström att justera protokollet.\n§ 3 Avslut\nBeslut\nKyrkorådet beslutar att avsluta mötet.\n")
    assert decisions(parsed(page))["§ 2"] == [
        ("Kyrkorådet beslutar att utse Anna Rask och Per Ström att justera protokollet.", "beslutad")]


# ------------------------------------------------------------------ 10. the owner of an action item after "Ansvarig:"

def test_a_working_group_names_the_owners_of_its_actions_after_ansvarig():
    page = ("# Minnesanteckningar arbetsgruppen för friluftsdagen\n\n**Närvarande:** Anna Lind, Bo Ek\n\n"
            "## 1. Budget\n\n**Beslut:** Budgeten fastställs till 5 000 kr.\n\n**Att göra:**\n"
            "- Boka buss. Ansvarig: Karin Sjö\n- Beställa fika (ansvarig: Olle Berg)\n\n## 2. Övrigt\n\nInget.\n")
    assert by_name(page) == {"Anna Lind": (None, None, None), "Bo Ek": (None, None, None),
                             "Karin Sjö": (None, None, None), "Olle Berg": (None, None, None)}


def test_a_brf_board_names_the_owner_of_an_action_after_a_dash():
    page = ("Protokoll styrelsemöte BRF Lönnen\nNärvarande: Per Holm, Sara Berg\n1. Tvättstugan\n"
            "Styrelsen beslutade att byta låset.\n- Beställa nytt lås – ansv. Lisa Dahl\n2. Mötets avslutande\n"
            "Mötet avslutades.\n")
    assert by_name(page) == {"Per Holm": (None, None, None), "Sara Berg": (None, None, None),
                             "Lisa Dahl": (None, None, None)}


def test_an_action_owned_by_a_body_or_a_post_names_nobody():
    page = ("Protokoll styrelsemöte BRF Lönnen\nNärvarande: Per Holm\n1. Tvättstugan\n- Boka hantverkare. Ansvarig: Styrelsen\n"
            "- Beställa lås (ansvarig: kassören)\n- Ansvarig för nycklarna är Vaktmästeriet.\n2. Avslut\nMötet avslutades.\n")
    assert by_name(page) == {"Per Holm": (None, None, None)}


# ------------------------------------------------------------------ 11. the sign alone on its line

def test_a_nämnd_scan_with_the_sign_on_a_line_above_the_number():
    page = ("PROTOKOLL\nMiljönämnden\n§\n12 Budget\nBeslut\nMiljönämnden godkänner budgeten.\n§\n13 Taxa\nDnr MN 2026/4\n"
            "Beslut\nMiljönämnden antar taxan.\n")
    doc = parsed(page)
    assert [(s.number, s.title) for s in doc.sections] == [("§ 12", "Budget"), ("§ 13", "Taxa")]
    assert dnrs(doc)["§ 13"] == ["Dnr MN 2026/4"]


def test_a_förening_scan_with_the_sign_on_a_line_above_the_number():
    page = ("Protokoll styrelsemöte Hembygdsföreningen Ekbacken\n§\n4 Ekonomi\nStyrelsen beslutade att godkänna rapporten.\n"
            "§\n5 Mötets avslutande\nMötet avslutades.\n")
    assert decisions(parsed(page)) == {"§ 4": [("Styrelsen beslutade att godkänna rapporten.", "beslutad")], "§ 5": []}


def test_a_statute_reference_broken_at_its_sign_stays_in_the_sentence():
    page = ("PROTOKOLL\nMiljönämnden\n§ 12 Budget\nBeslut\nMiljönämnden godkänner budgeten enligt 5 kap. 3\n§\n"
            "4 st. kommunallagen.\n§ 13 Taxa\nBeslut\nMiljönämnden antar taxan.\n")
    assert decisions(parsed(page))["§ 12"] == [
        ("Miljönämnden godkänner budgeten enligt 5 kap. 3 § 4 st. kommunallagen.", "beslutad")]


# ------------------------------------------------------------------ 12. the outcome written as a noun

def test_a_student_union_writes_its_outcomes_as_nouns_under_beslut():
    page = ("Protokoll kårfullmäktige Teknologkåren\n§ 4 Motion om kaffe\nYrkande: Elin Ros yrkade bifall.\nBeslut: Bifall.\n"
            "§ 5 Motion om te\nBeslut: Avslag.\n§ 6 Budget\nBeslut: Återremiss.\n")
    assert decisions(parsed(page)) == {"§ 4": [("Motion om kaffe: Bifall.", "beslutad")],
                                       "§ 5": [("Motion om te: Avslag.", "avslagen")],
                                       "§ 6": [("Budget: Återremiss.", "återremitterad")]}


def test_a_pensionärsförening_board_writes_its_outcome_as_a_noun():
    page = ("Protokoll styrelsemöte Pensionärsföreningen Eken\n§ 3 Ansökan om bidrag till resa\nBeslut\nAvslag.\n"
            "§ 4 Stadgeändring\nBeslut\nBordläggning.\n")
    assert decisions(parsed(page)) == {"§ 3": [("Ansökan om bidrag till resa: Avslag.", "avslagen")],
                                       "§ 4": [("Stadgeändring: Bordläggning.", "bordlagd")]}


def test_a_noun_outcome_that_only_proposes_or_goes_on_is_not_terse():
    page = ("Protokoll kårfullmäktige Teknologkåren\n§ 4 Motion om kaffe\nYrkande: Bifall.\n§ 5 Motion om te\n"
            "Beslut: Avslag på motionen med hänvisning till budgeten.\n")
    assert decisions(parsed(page)) == {"§ 4": [], "§ 5": [("Avslag på motionen med hänvisning till budgeten.", "avslagen")]}


# ------------------------------------------------------------------ 13. an election in the infinitive after a decision

def test_a_kooperativ_stämma_decides_to_elect_its_board_members():
    page = ("Protokoll föreningsstämma Konsumentföreningen Ljuset\n§ 8 Val av styrelse\n"
            "Stämman beslöt att till styrelseledamöter välja Eva Ek och Per Ny för två år.\n§ 9 Stämmans avslutande\n"
            "Stämman avslutades.\n")
    assert by_name(page) == {"Eva Ek": ("styrelseledamot", None, None), "Per Ny": ("styrelseledamot", None, None)}


def test_an_idrottsförening_årsmöte_decides_to_re_elect_its_auditor():
    page = ("Protokoll årsmöte IK Granen\n1. Val av revisor\nÅrsmötet beslutade att som revisor omvälja Gun Ahl.\n"
            "2. Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {"Gun Ahl": ("revisor", None, None)}


def test_a_decision_not_to_elect_yet_names_nobody():
    page = ("Protokoll årsmöte IK Granen\n1. Val av kassör\nÅrsmötet beslutade att till kassör inte välja någon förrän i höst.\n"
            "2. Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {}


# ------------------------------------------------------------------ 14. the elected listed under a lead-in without a function

def test_an_idrottsförening_lists_the_elected_with_a_dash_before_the_title():
    page = ("Protokoll årsmöte IK Granen\nPunkt 1: Val av styrelse\nFöljande valdes:\nEva Ek – ordförande, 1 år\n"
            "Nils Borg - kassör\nAli Hassan\nPunkt 2: Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {"Eva Ek": ("ordförande", None, None), "Nils Borg": ("kassör", None, None),
                             "Ali Hassan": (None, None, None)}


def test_a_samfällighet_stämma_lists_the_elected_under_stämman_valde():
    page = ("Protokoll föreningsstämma Ekbackens samfällighetsförening\n§ 5 Val av styrelse\nStämman valde:\n"
            "- Gun Ahl – sekreterare\n- Per Ny – suppleant\n§ 6 Stämmans avslutande\nStämman avslutades.\n")
    assert by_name(page) == {"Gun Ahl": ("sekreterare", None, None), "Per Ny": ("suppleant", None, None)}


def test_a_word_after_a_dash_that_is_no_title_gives_no_role():
    page = ("Protokoll årsmöte IK Granen\nPunkt 1: Val av ombud\nFöljande valdes:\nPer Ny – Ekby\n"
            "Lisa Holm – ersätter Eva\nPunkt 2: Mötets avslutande\nMötet avslutades.\n")
    found = by_name(page)
    assert all(role is None for role, _, _ in found.values()) and "Ny – Ekby" not in " ".join(found)


# ------------------------------------------------------------------ 15. a decision block's att-list without a lead-in

def test_a_student_union_writes_its_att_list_straight_after_beslut():
    page = ("Protokoll kårfullmäktige Teknologkåren\n§ 5 Motion om sittningar\nBeslut: att avslå motionen, samt\n"
            "att tacka motionären.\n§ 6 Mötets avslutande\nMötet avslutades.\n")
    assert decisions(parsed(page)) == {"§ 5": [("att avslå motionen", "avslagen"), ("att tacka motionären.", "beslutad")],
                                       "§ 6": []}


def test_a_kommunstyrelse_block_lists_att_lines_without_its_lead_in():
    page = ("PROTOKOLL\nKommunstyrelsen\n§ 5 Budget 2027\nBeslut\natt anta budgeten,\n"
            "att bordlägga frågan om investeringar till nästa sammanträde.\n")
    assert decisions(parsed(page)) == {"§ 5": [
        ("att anta budgeten", "beslutad"), ("att bordlägga frågan om investeringar till nästa sammanträde.", "bordlagd")]}


def test_an_att_clause_that_describes_the_one_before_stays_with_it():
    page = ("Protokoll kårfullmäktige Teknologkåren\n§ 6 Avgift\nBeslut: att höja avgiften, att gälla från 1 mars.\n"
            "§ 7 Uppdrag\nBeslut: att uppdra åt styrelsen att utreda frågan och att återkomma i maj.\n")
    assert decisions(parsed(page)) == {"§ 6": [("att höja avgiften, att gälla från 1 mars.", "beslutad")],
                                       "§ 7": [("att uppdra åt styrelsen att utreda frågan och att återkomma i maj.",
                                                "beslutad")]}


# ------------------------------------------------------------------ 16. the owner of an action after a bare dash

def test_a_styrgrupp_checklist_names_the_owner_after_a_dash():
    page = ("# Anteckningar styrgruppen för webben\n\n**Närvarande:** Anna Lind\n\n## 1. Åtgärder\n\n"
            "- [x] Skicka inbjudan – Karin Berg\n- [ ] Boka buss – Nils Holm\n\n## 2. Övrigt\n\nInget.\n")
    assert by_name(page) == {"Anna Lind": (None, None, None), "Karin Berg": (None, None, None),
                             "Nils Holm": (None, None, None)}


def test_a_hembygdsförening_board_names_the_owner_after_a_dash():
    page = ("Protokoll styrelsemöte Hembygdsföreningen Ekbacken\nNärvarande: Gun Ahl, Olle Berg\n1. Midsommar\n"
            "Styrelsen beslutade att fira midsommar.\n- Beställa blommor – Siv Lund\n2. Mötets avslutande\n"
            "Mötet avslutades.\n")
    assert by_name(page) == {"Gun Ahl": (None, None, None), "Olle Berg": (None, None, None),
                             "Siv Lund": (None, None, None)}


def test_a_unit_or_a_place_after_a_dash_is_nobody():
    page = ("# Anteckningar styrgruppen för webben\n\n**Närvarande:** Anna Lind\n\n## 1. Åtgärder\n\n"
            "- Genomgång av budget – Ekonomi Syd\n- Städdag – Norra Parken\n- Lokal – Folkets Hus\n\n## 2. Övrigt\n\nInget.\n")
    assert by_name(page) == {"Anna Lind": (None, None, None)}

