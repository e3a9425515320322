"""Election items of an association's årsmöte written in one running line each: a term before the
verb ("Till styrelsesuppleanter på ett år valdes …"), a new valberedare over a line break ("valdes
till ny" / "valberedare"), one who stays on in a body ("I valberedningen sitter X kvar"), and a
member represented by another ("X via intyg även företrädde Y"). Fixtures in the shape of a
fiskevårdsområde's and a vägförening's årsmöte; all names are invented."""

from tests.extraction import by_name


def test_fiskevardsomrade_election_items_give_each_elected_person_the_function():
    text = (
        "Fiskevårdsområdet Ån\nProtokoll årsmöte 2024-04-14\n1 Mötet öppnades.\n"
        "6 Röstlängden fastställdes, där Åke Grönlund via intyg även företrädde Stig Grönlund\n"
        "12 Till styrelseledamöter för två år valdes Lars Ödman och Kim Sandell.\n"
        "Till styrelsesuppleanter på ett år valdes Rune Alm och Britt Falk\n"
        "14 I valberedningen sitter Gun Lindqvist kvar ett år. Ove Sundin valdes till ny\nvalberedare på två år.\n"
    )
    assert by_name(text) == {
        "Åke Grönlund": (None, None, None), "Stig Grönlund": (None, None, None),
        "Lars Ödman": ("styrelseledamot", None, None), "Kim Sandell": ("styrelseledamot", None, None),
        "Rune Alm": ("styrelsesuppleant", None, None), "Britt Falk": ("styrelsesuppleant", None, None),
        "Gun Lindqvist": ("valberedning", None, None), "Ove Sundin": ("valberedare", None, None),
    }


def test_vagforening_board_represented_and_a_body_that_sits_is_no_person():
    # negatives: an organ that represents the association and "styrelsen sitter kvar" name nobody
    text = (
        "Vägföreningen Backen\nProtokoll årsmöte 2024-05-02\n1 Mötet öppnades.\n"
        "5 Styrelsen företrädde föreningen vid förrättningen. I styrelsen sitter samtliga kvar.\n"
    )
    assert by_name(text) == {}
