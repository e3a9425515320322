"""Reservations and votes are kept on the decision they were made against, and the verb-second
order of Swedish ("Med 8 röster mot 5 beslutar kommunstyrelsen att …") is a decision too."""

import json

from typer.testing import CliRunner

from arkiv.cli import app
from arkiv.ingest.extract import parse_document


def decisions(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(d.text, d.reservations, d.vote) for s in parse_document([text]).sections for d in s.decisions]


def test_a_labelled_reservation_and_vote_stay_on_the_decision():
    text = ("Byggnadsnämnden protokoll 2024-04-04\n\n§ 1 Bygglov\nNämnden beslutar att bevilja bygglov.\n"
            "Reservation: Sara Lind (V) reserverar sig mot beslutet.\nOmröstning: 7 ja, 4 nej, 2 avstår\n")
    assert decisions(text) == [("Nämnden beslutar att bevilja bygglov.", ("Sara Lind (V)",), "7 ja, 4 nej, 2 avstår")]


def test_verb_second_after_a_vote_is_a_decision_with_its_reservers():
    text = ("Kommunstyrelsen protokoll 2024-04-04\n\n§ 5 Budget\nOmröstning begärs och verkställs. Med 8 röster mot 5 "
            "beslutar kommunstyrelsen att anta budgeten.\nMot beslutet reserverar sig Per Ny (SD) och Eva Ås (SD) "
            "till förmån för eget yrkande.\n")
    assert decisions(text) == [
        ("Med 8 röster mot 5 beslutar kommunstyrelsen att anta budgeten.", ("Per Ny (SD)", "Eva Ås (SD)"), "8 röster mot 5")
    ]


def test_a_party_group_that_reserves_itself_is_kept_by_party():
    text = "Kommunfullmäktige protokoll 2024-04-04\n\n§ 6 Taxa\nKommunfullmäktige beslutar att anta taxan.\nV-gruppen reserverar sig mot beslutet.\n"
    assert decisions(text) == [("Kommunfullmäktige beslutar att anta taxan.", ("(V)",), None)]


def test_no_reservation_when_the_text_says_there_was_none():
    text = "Styrelsen protokoll 2024-04-04\n\n§ 7 Taxa\nStyrelsen beslutar att anta taxan. Beslutet fattades utan reservationer.\n"
    assert decisions(text) == [("Styrelsen beslutar att anta taxan.", (), None)]


def test_a_subordinate_clause_first_is_no_decision():
    text = "Styrelsen protokoll 2024-04-04\n\n§ 8 Lokaler\nOm styrelsen beslutar att säga upp hyresavtalet krävs sex månaders varsel.\n"
    assert decisions(text) == []


def test_show_and_export_carry_reservations_and_votes(tmp_path):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    (folder / "bn-2024-04-04.txt").write_text(
        "Byggnadsnämnden\nProtokoll 2024-04-04\n\n§ 1 Bygglov\nNämnden beslutar att bevilja bygglov.\n"
        "Reservation: Sara Lind (V) reserverar sig mot beslutet.\nOmröstning: 7 ja, 4 nej\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(folder)]).exit_code == 0
    shown = runner.invoke(app, ["show", "bn-2024-04-04.txt", "§1"])
    assert "Omröstning: 7 ja, 4 nej" in shown.output and "Reservation: Sara Lind (V)" in shown.output
    record = json.loads(runner.invoke(app, ["show", "bn-2024-04-04.txt", "§1", "--json"]).stdout)
    assert record["decisions"] == [{"text": "Nämnden beslutar att bevilja bygglov.", "status": "beslutad",
                                    "reservations": ["Sara Lind (V)"], "vote": "7 ja, 4 nej"}]


def test_an_earlier_meeting_told_in_verb_second_order_is_no_decision():
    text = ("Styrelsemöte 4 2024-10-01\n\n§ 3 Inköp\nVid styrelsemöte 2 beslutade styrelsen att köpa in lampor. "
            "Lamporna har nu kommit.\n")
    assert decisions(text) == []
    voted = "Styrelsemöte 4 2024-10-01\n\n§ 3 Inköp\nEfter omröstning beslutade styrelsen att köpa in lampor.\n"
    assert [d[0] for d in decisions(voted)] == ["Efter omröstning beslutade styrelsen att köpa in lampor."]


# ------------------------------------------------------------------ decision lists and elections


def statuses(text: str) -> list[tuple[str, str]]:
    return [(d.text, str(d.status)) for s in parse_document([text]).sections for d in s.decisions]


def test_a_lead_in_without_att_over_att_bullets_gives_one_decision_per_bullet():
    text = ("Styrelsen protokoll 2024-04-04\n\n§ 3 Budget\nStyrelsen beslutar\n- att anta budgeten,\n"
            "- att uppdra åt kassören att betala,\n- samt att bordlägga frågan om lokalhyra.\n")
    assert statuses(text) == [
        ("Styrelsen beslutar att anta budgeten", "beslutad"),
        ("Styrelsen beslutar att uppdra åt kassören att betala", "beslutad"),
        ("Styrelsen beslutar att bordlägga frågan om lokalhyra.", "bordlagd"),
    ]


def test_numbered_decision_items_are_decisions_not_headings():
    text = ("Arbetsutskottet protokoll 2024-04-04\n\n§ 3 Budget\nArbetsutskottet beslutar att:\n1. anta budgeten\n"
            "2. återremittera frågan om lokalhyra\n")
    doc = parse_document([text])
    assert [s.number for s in doc.sections] == ["§ 3"]
    assert statuses(text) == [
        ("Arbetsutskottet beslutar att anta budgeten", "beslutad"),
        ("Arbetsutskottet beslutar att återremittera frågan om lokalhyra", "återremitterad"),
    ]


def test_elections_written_with_the_office_first_are_decisions():
    text = "Årsmöte Föreningen Ljuset 2024-03-03\n\n§ 8 Val av styrelse\nTill ordförande valdes Eva Ek. Till kassör omvaldes Per Ny.\n"
    assert statuses(text) == [("Till ordförande valdes Eva Ek.", "beslutad"), ("Till kassör omvaldes Per Ny.", "beslutad")]


def test_a_proposal_to_this_meeting_is_no_decision_but_one_to_another_organ_is():
    text = "Årsmöte Föreningen Ljuset 2024-03-03\n\n§ 5 Stadgar\nStyrelsen föreslog ändrade stadgar. Förslaget antogs.\n"
    assert statuses(text) == [("Förslaget antogs.", "beslutad")]
    onward = "Kommunstyrelsen protokoll 2024-04-04\n\n§ 11 Budget\nKommunstyrelsen föreslår kommunfullmäktige besluta att anta budgeten.\n"
    assert statuses(onward) == [("Kommunstyrelsen föreslår kommunfullmäktige besluta att anta budgeten.", "överlämnad")]


def test_a_block_of_proposals_to_the_council_is_passed_on_and_a_matter_sent_on_is_too():
    text = ("Tekniska nämnden protokoll 2024-04-25\n\n§ 85 VA-taxa\nBakgrund\nTaxan behöver höjas.\n\n"
            "TEKNISKA NÄMNDENS BESLUTSFÖRSLAG TILL\nKOMMUNFULLMÄKTIGE\n• VA-taxan höjs med 8 % från 1 juli 2024.\n\n"
            "TEKNISKA NÄMNDENS BESLUT\n• Förslaget lämnas till kommunfullmäktige för beslut.\n"
            "• Informationen läggs till handlingarna.\n")
    assert statuses(text) == [
        ("VA-taxan höjs med 8 % från 1 juli 2024.", "överlämnad"),
        ("Förslaget lämnas till kommunfullmäktige för beslut.", "överlämnad"),
        ("Informationen läggs till handlingarna.", "noterad"),
    ]
