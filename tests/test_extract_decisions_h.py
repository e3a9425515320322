"""Decisions in shapes of round six (held-out set I: a choir, a scoutkår, a föräldraförening and a
tech association, described as patterns): an att-list whose clauses have a subject of their own
("att planen ska gälla från …"), board posts taken up ("X tillträder som kassör"), a board
constituted in a heading without a full stop, approval in a trailing relative clause ("…, vilket
accepterades av styrelsen"), a sentence broken by a blank line after a preposition, and an item
mark left at the end of the line before its title. Fixtures in the shape of a fakultetsnämnd, a
kommun nämnd, a BRF, an orkesterförening, an idrottsförening, a hembygdsförening and a
körförening; all names are invented."""

from tests.extraction import decisions, parsed


def test_fakultetsnamnd_att_clause_with_its_own_subject_is_a_decision_of_its_own():
    doc = parsed(
        "Fakultetsnämnden\nBeslutsprotokoll 2024-05-14\n\n§ 2 Utbildningsplan\nBeslut\nFakultetsnämnden beslutar\n"
        "att fastställa utbildningsplanen enligt bilaga, samt\natt planen ska gälla från och med höstterminen 2025.\n"
    )
    assert decisions(doc)["§ 2"] == [
        ("Fakultetsnämnden beslutar att fastställa utbildningsplanen enligt bilaga", "beslutad"),
        ("Fakultetsnämnden beslutar att planen ska gälla från och med höstterminen 2025.", "beslutad"),
    ]


def test_nämnd_clause_describing_the_one_before_stays_with_it_and_an_answered_motion_is_its_own():
    doc = parsed(
        "Kultur- och fritidsnämnden\nProtokoll 2024-05-14\n\n§ 3 Motion om lekplatser\nBeslut\n"
        "Nämnden beslutar att anta planen, att gälla från och med 2025, samt att motionen anses besvarad.\n"
    )
    assert decisions(doc)["§ 3"] == [
        ("Nämnden beslutar att anta planen, att gälla från och med 2025", "beslutad"),
        ("Nämnden beslutar att motionen anses besvarad.", "besvarad"),
    ]


# ---------------------------------------------------------------- set I: associations' boards


def test_brf_board_posts_taken_up_are_decisions_and_a_staff_start_is_not():
    doc = parsed(
        "Brf Eken\nStyrelsemöte 2024-10-19\n\n§17. Konstituering\n\nEva Ek tillträder som vice ordförande\n\n"
        "Per Holm tillträder som kassör\n\n§18. Information\n\nLisa Sund tillträder som rektor den 1 maj.\n"
    )
    assert decisions(doc) == {
        "§ 17": [("Eva Ek tillträder som vice ordförande", "beslutad"), ("Per Holm tillträder som kassör", "beslutad")],
        "§ 18": [],
    }


def test_orkester_board_constituted_in_a_heading_without_full_stop():
    doc = parsed(
        "Orkesterföreningen\nProtokoll 2024-02-07\n\n§ 10\nStyrelsen konstituerades enligt nedan\n"
        "Eva Ek Ordförande\nPer Holm Kassör\n\n§ 11 Konstituering\nStyrelsen konstituerade sig enligt följande:\n"
        "Ordförande Lisa Sund\n"
    )
    assert decisions(doc) == {
        "§ 10": [("Styrelsen konstituerades enligt nedan", "beslutad")],
        "§ 11": [("Styrelsen konstituerade sig enligt följande: Ordförande Lisa Sund.", "beslutad")],
    }


def test_approval_in_a_trailing_relative_clause_decides_and_another_party_refusing_does_not():
    doc = parsed(
        "Idrottsföreningen\nProtokoll 2024-02-07\n\n§ 12 Arvode\n"
        "Tränaren har avsagt sig arvode för våren, vilket accepterades av styrelsen.\n\n§ 13 Bidrag\n"
        "Ansökan accepterades inte av kommunen.\n"
    )
    assert decisions(doc) == {
        "§ 12": [("Tränaren har avsagt sig arvode för våren, vilket accepterades av styrelsen.", "beslutad")],
        "§ 13": [],
    }


def test_a_sentence_broken_by_a_blank_line_after_a_preposition_is_one_decision():
    doc = parsed(
        "Hembygdsföreningen\nStyrelsemöte 2024-10-19\n\n§20. Föregående protokoll\n\nProtokoll från\n\n"
        "2024-09-28 godkändes.\n\n§21. Övrigt\n\nInget.\n"
    )
    assert decisions(doc)["§ 20"] == [("Protokoll från 2024-09-28 godkändes.", "beslutad")]


def test_an_item_mark_at_the_end_of_the_line_before_its_title_opens_the_item():
    doc = parsed(
        "Körföreningen\nProtokoll 2024-02-07\n\n§ 12\nAvgiften är oförändrad. Kassören redovisade. § 13\n"
        "Förslag om körhelg i april\nKassören kollar lokalen, enligt § 13 i stadgarna.\n§ 14\nNästa möte\n"
    )
    assert [s.number for s in doc.sections] == ["§ 12", "§ 13", "§ 14"]
    assert doc.sections[1].title == "Förslag om körhelg i april"


# ---------------------------------------------------------------- set H: a kommunfullmäktige


_FULLMAKTIGE_HEAD = (
    "KOMMUNFULLMÄKTIGE                      SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2026-04-09\n"
    "Paragraf:                              § 18-§ 40\n\nBeslutande ledamöter:\nEva Ek (M) ordförande\n\n"
)


def test_fullmaktige_case_number_beside_the_item_number_and_its_title_below():
    doc = parsed(
        _FULLMAKTIGE_HEAD + "KF § 18                             KS KF/2026:6\n\nMeddelanden\n\nText.\n\n"
        "KF § 19                             KS KF/2026:24\n\nFyllnadsval av ersättare i socialnämnden\n\nText.\n"
    )
    assert [(s.number, s.title, [c.text for c in s.dnr]) for s in doc.sections] == [
        ("§ 18", "Meddelanden", ["KS KF/2026:6"]),
        ("§ 19", "Fyllnadsval av ersättare i socialnämnden", ["KS KF/2026:24"]),
    ]


def test_fullmaktige_contents_list_heads_nothing_and_gives_its_case_numbers_to_the_items():
    doc = parsed(
        _FULLMAKTIGE_HEAD + "Ärendelista\n\n§ 18         KS KF/2026:6\n\n             Meddelanden\n\n"
        "§ 19         KS KF/2026:24\n\n             Avsägelse från Eva Ek (M)\n\n"
        "§ 20         KS KF/2026:25\n\n             Motion om cykelvägar\n\n"
        "KF § 18\n\nMeddelanden\n\nText.\n\nKF § 19\n\nAvsägelse från Eva Ek (M)\n\nText.\n\n"
        "KF § 20\n\nMotion om cykelvägar\n\nText.\n"
    )
    assert [(s.number, s.title, [c.key for c in s.dnr]) for s in doc.sections] == [
        ("§ 18", "Meddelanden", ["KF-2026-6"]), ("§ 19", "Avsägelse från Eva Ek (M)", ["KF-2026-24"]),
        ("§ 20", "Motion om cykelvägar", ["KF-2026-25"]),
    ]


def test_fullmaktige_dashed_att_bullets_under_beslutar_are_one_decision_each():
    doc = parsed(
        _FULLMAKTIGE_HEAD + "KF § 24\n\nAvsägelse och fyllnadsval\n\nBeslut\nKommunfullmäktige beslutar:\n\n"
        "    - att avsägelsen godkänns,\n\n    - att till ny ersättare i miljö- och byggnadsnämnden för tiden till och med\n"
        "         2026-12-31 väljs Per Holm (S).\n\n_________________________________\n\nBeslutet expedieras till:\n"
    )
    assert decisions(doc)["§ 24"] == [
        ("Kommunfullmäktige beslutar att avsägelsen godkänns", "beslutad"),
        ("Kommunfullmäktige beslutar att till ny ersättare i miljö- och byggnadsnämnden för tiden till och med "
         "2026-12-31 väljs Per Holm (S).", "beslutad"),
    ]


def test_regionfullmaktige_nested_letter_bullets_stay_with_their_item_over_blank_lines():
    doc = parsed(
        "Regionfullmäktige\nProtokoll 2026-04-09\n\n§ 34 Årsredovisning\nBeslut\nRegionfullmäktige beslutar:\n\n"
        "    - att godkänna årsredovisningen med\n         följande förändringar:\n\n"
        "              o Att målet för vården ska anses uppfyllt\n\n              o Att samma mål ska redovisas\n\n"
        "    - att reservera 88,4 miljoner kronor i resultatreserv\n\n"
        "    - att nämnderna beviljas ansvarsfrihet för 2025.\n\n         I beslutet deltar ej nämndernas ledamöter.\n"
    )
    assert decisions(doc)["§ 34"] == [
        ("Regionfullmäktige beslutar att godkänna årsredovisningen med följande förändringar: o Att målet för "
         "vården ska anses uppfyllt o Att samma mål ska redovisas", "beslutad"),
        ("Regionfullmäktige beslutar att reservera 88,4 miljoner kronor i resultatreserv", "beslutad"),
        ("Regionfullmäktige beslutar att nämnderna beviljas ansvarsfrihet för 2025.", "beslutad"),
    ]


def test_kommunstyrelse_outcomes_of_propositions_around_the_block():
    doc = parsed(
        "Kommunstyrelsen\nProtokoll 2025-10-16\n\n§ 78 Avfallsplan\nYrkanden\n"
        "Eva Ek (L) yrkar att ärendet ska bordläggas. Per Holm (C) yrkar avslag.\n\nPropositionsordning\n"
        "Ordföranden ställer först proposition på om ärendet ska bordläggas eller avgöras idag, varefter "
        "kommunstyrelsen beslutar att avgöra ärendet vid dagens sammanträde.\n\n"
        "Ordföranden ställer Eva Eks yrkande mot Per Holms yrkande, varefter kommunstyrelsen beslutar utse "
        "Per Holms m.fl. yrkande som motförslag.\n\n"
        "Ordföranden ställer därefter proposition på Per Holms yrkande, vartefter kommunstyrelsen avslår detsamma.\n\n"
        "Beslut\nKommunstyrelsen beslutar:\n\n    - att anta avfallsplanen.\n"
    )
    assert decisions(doc)["§ 78"] == [
        ("Kommunstyrelsen beslutar att avgöra ärendet vid dagens sammanträde.", "beslutad"),
        ("Ordföranden ställer därefter proposition på Per Holms yrkande, vartefter kommunstyrelsen avslår detsamma.",
         "avslagen"),
        ("Kommunstyrelsen beslutar att anta avfallsplanen.", "beslutad"),
    ]
