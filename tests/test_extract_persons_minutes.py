"""Persons in the minutes of associations and kommun committees written in shapes the other rules
miss: initials beside a name, titles and names wrapped over two lines, roles given in an election
sentence, a BRF's lists with flat numbers, a "Personalföreträdare" block, and one person written two
ways. Each fixture is a few invented lines in the shape of one kind of organisation (BRF,
samfällighetsförening, bygdegårdsförening, idrottsförening, kommun nämnd or arbetsutskott); all names
are invented."""

from arkiv.models.swedish_nlp import are_initials_of

from tests.extraction import by_name

# ---------------------------------------------------------------- initials in parentheses


def test_initials_are_read_against_the_name_before_them():
    assert are_initials_of("EE", "Eva Ek") and are_initials_of("AKH", "Anna-Karin Holm")
    assert are_initials_of("EE", "Eva Lotta Ek") and are_initials_of("PH", "Ordförande Per Holm")
    assert not are_initials_of("PH", "Eva Ek") and not are_initials_of("HSB", "Eva Ek")
    assert not are_initials_of("Ek", "Eva Ek") and not are_initials_of("E", "Eva Ek")


def test_brf_attendance_with_initials_gives_no_organisation():
    text = (
        "Bostadsrättsföreningen Tallen\nProtokoll styrelsemöte 2024-03-18\n"
        "Närvarande: Eva Ek (EE), Per Holm (PH), ordförande, Lisa Berg (LB) sekreterare\n\n"
        "§ 1 Mötet öppnas\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": (None, None, None), "Per Holm": ("ordförande", None, None), "Lisa Berg": ("sekreterare", None, None)}


def test_arbetsutskott_keeps_the_party_and_drops_the_initials_after_it():
    text = (
        "Kommunstyrelsens arbetsutskott\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S) (EE), ordförande\nPer Holm (M) (PH)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {"Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M")}


def test_an_organisation_or_party_in_parentheses_is_no_initials():
    text = (
        "Samfällighetsföreningen Ängen\nProtokoll 2024-03-18\n"
        "Närvarande: Eva Ek (Riksbyggen), Maria Persson (MP)\n\n§ 1 Mötet öppnas\nText.\n"
    )
    assert by_name(text) == {"Eva Ek": (None, "Riksbyggen", None), "Maria Persson": (None, None, "MP")}
