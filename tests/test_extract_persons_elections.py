"""Persons elected in running text, where each name must get its own function: a function written
as "protokollförande", the valberedning as the function of those elected to it, a list that gives
each name its own function ("X som kassör, Y som sekreterare, Z och W som ledamöter"), also when a
line breaks after "som". Fixtures in the shape of a scoutkår's årsmöte and a hembygdsförening's
årsmöte; all names are invented."""

from tests.extraction import by_name


def test_scoutkar_elects_a_protokollforande_and_a_chair_in_passive_sentences():
    text = (
        "Scoutkåren Tallbacken\nProtokoll årsmöte 2024-02-18\n\n§ 2 Val av mötesfunktionärer\n"
        "Selma Durén väljs till protokollförande.\nOskar Lindvik väljs till ordförande.\n"
    )
    assert by_name(text) == {"Selma Durén": ("protokollförare", None, None), "Oskar Lindvik": ("ordförande", None, None)}


def test_those_elected_to_the_valberedning_carry_it_as_their_function():
    text = (
        "Hembygdsföreningen Gläntan\nProtokoll årsmöte 2023-03-12\n\n§ 14 Val av valberedning\n"
        "Som valberedning valdes Tyra Holmgård och Albin Sjövik.\n"
        "§ 15 Fyllnadsval\nTill valberedning omvaldes Edit Brunnberg.\n"
    )
    assert by_name(text) == {
        "Tyra Holmgård": ("valberedning", None, None), "Albin Sjövik": ("valberedning", None, None),
        "Edit Brunnberg": ("valberedning", None, None),
    }


def test_each_name_in_an_election_list_gets_its_own_function_across_a_line_break():
    text = (
        "Hembygdsföreningen Gläntan\nProtokoll årsmöte 2023-03-12\n\n§ 11 Val av styrelse\n"
        "Till övriga styrelseledamöter valdes Tyra Holmgård som kassör, Albin Sjövik som\n"
        "sekreterare, Edit Brunnberg och Nils Ekvall som ledamöter.\n"
    )
    assert by_name(text) == {
        "Tyra Holmgård": ("kassör", None, None), "Albin Sjövik": ("sekreterare", None, None),
        "Edit Brunnberg": ("ledamot", None, None), "Nils Ekvall": ("ledamot", None, None),
    }


def test_a_group_title_before_names_is_still_read_without_an_election_before_it():
    # negative for the list rule: "revisorer X och Y" with no "som" before the title keeps the title
    text = (
        "Scoutkåren Tallbacken\nProtokoll årsmöte 2024-02-18\n\n§ 6 Revisionsberättelse\n"
        "Kårens revisorer, Selma Durén och Oskar Lindvik, har granskat räkenskaperna.\n"
    )
    assert by_name(text) == {"Selma Durén": ("revisor", None, None), "Oskar Lindvik": ("revisor", None, None)}


def test_a_line_ending_in_till_outside_an_election_gives_no_function():
    text = (
        "Scoutkåren Tallbacken\nProtokoll årsmöte 2024-02-18\n\n§ 9 Övriga frågor\n"
        "Selma Durén föreslog att ett brev skickas till\nkassören om nya tält.\n"
    )
    assert by_name(text) == {"Selma Durén": (None, None, None)}


def test_a_surname_in_allen_is_a_name_while_a_street_in_allen_is_none():
    text = (
        "Hembygdsföreningen Gläntan\nProtokoll årsmöte 2023-03-12\n\n§ 11 Val av styrelse\n"
        "Till ledamöter valdes Nils Ekvall och Greta Hallén.\n"
        "§ 12 Övriga frågor\nMötet hålls nästa år i Bygdegården, Lindallén 4.\n"
    )
    assert by_name(text) == {"Nils Ekvall": ("ledamot", None, None), "Greta Hallén": ("ledamot", None, None)}


def test_a_title_after_till_that_follows_no_name_is_the_next_names():
    # "lämnar ordet till revisorn, X": the title is X's, not a function of a name before "till"
    text = (
        "Scoutkåren Tallbacken\nProtokoll årsmöte 2024-02-18\n\n§ 6 Revisionsberättelse\n"
        "Ordföranden lämnar ordet till revisorn, Selma Durén. Revisorn tillstyrker ansvarsfrihet.\n"
    )
    assert by_name(text) == {"Selma Durén": ("revisor", None, None)}
