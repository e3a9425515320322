"""Persons named only as the author of a motion in an item's title ("Motion till stämman från X") or
as acting in a function in a relative clause ("X som agerar ombud för …"). Fixtures in the shape of
a bostadsrättsförening's stämma and a samfällighetsförening's årsmöte; all names are invented."""

from tests.extraction import by_name


def test_brf_motion_author_in_a_title_and_a_proxy_acting_as_ombud():
    text = (
        "Bostadsrättsföreningen Tallen\nProtokoll årsstämma\n2024-05-14\nNärvarande Eva Sund (ES), Per Ask (PA)\n"
        "§ 1 Stämmans öppnande\n§ 2 Fråga om närvarorätt\n"
        "Bifalls. Gäster är Per Ask samt Tova Lind som agerar ombud via fullmakt för Nils Ek, lgh 4.\n"
        "§ 18 Motion till stämman från Olle Vik, lgh 33, om laddplatser\nGodkännes.\n"
    )
    assert by_name(text) == {
        "Eva Sund": (None, None, None), "Per Ask": (None, None, None), "Tova Lind": ("ombud", None, None),
        "Olle Vik": ("motionär", None, None), "Nils Ek": (None, None, None),
    }


def test_samfallighet_relative_clause_without_a_function_names_no_role_and_a_motion_from_the_board_no_person():
    text = (
        "Vägsamfälligheten Bäcken\nProtokoll årsmöte 2024-04-20\n\n"
        "§ 9 Motion till årsmötet från styrelsen om vägbelysning\nMotionen bifölls.\n"
        "§ 10 Övrigt\nKarl Strand, som agerar snabbt vid snöfall, tackades.\n"
    )
    found = by_name(text)
    assert set(found) <= {"Karl Strand"} and all(role is None for role, _, _ in found.values())
