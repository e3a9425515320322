"""A labelled list of members with their flats that goes on over a line ending in ";"
("Suppleanter: X, lgh 93; Y, lgh 02;" / "Z, lgh 49."): the label's function holds on the next line
too, and only while the line before ends the list open. Fixtures in the shape of a bostadsrätts-
förening's stämma and a kolonistugeförening's årsmöte; all names are invented."""

from tests.extraction import by_name


def test_brf_suppleant_list_goes_on_over_a_line_ending_in_a_semicolon():
    text = (
        "Bostadsrättsföreningen Tallen\nProtokoll årsstämma\n2024-05-14\n§ 1 Stämmans öppnande\n"
        "§ 15 Val av styrelseledamöter och suppleanter\nValberedningen föreslår:\n"
        "Suppleanter: Lina Berg, lgh 93; Peter Ek, lgh 02;\nVera Sund, lgh 49.\n"
        "Ledamöter: Sofia Ask, lgh 31; Daniel Holm, lgh 11.\nFörslaget godkännes.\n"
    )
    assert by_name(text) == {
        "Lina Berg": ("suppleant", None, None), "Peter Ek": ("suppleant", None, None),
        "Vera Sund": ("suppleant", None, None), "Sofia Ask": ("ledamot", None, None),
        "Daniel Holm": ("ledamot", None, None),
    }


def test_kolonistugeforening_list_closed_by_a_full_stop_gives_the_next_line_no_function():
    text = (
        "Kolonistugeföreningen Rosen\nProtokoll årsmöte\n2024-04-20\n§ 1 Mötets öppnande\n"
        "§ 9 Val av revisorer\nRevisorer: Ulla Bäck, stuga 4; Sven Ek, stuga 9.\n"
        "§ 10 Övrigt\nMötet tackade Eva Rask, stuga 7, för sitt arbete.\n"
    )
    found = by_name(text)
    assert found.get("Eva Rask", (None,))[0] is None
