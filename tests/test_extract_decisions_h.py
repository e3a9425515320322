"""Decisions in shapes no earlier round covered: an att-list whose clauses have a subject of their
own ("att planen ska gälla från …"). Fixtures in the shape of a fakultetsnämnd and a kommun
nämnd; all names are invented."""

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
