"""Staff presented with their posts in an information list: "Ny rektor – X – gymnasiet.", "X och Y
enhetschefer äldreomsorg.", "X biträdande socialchef och …", "X - Vård och omsorgschef", names
broken over lines. Fixtures in the shape of a socialnämnd's and a utbildningsnämnd's protocol; all
names are invented."""

from tests.extraction import by_name

_SOCIAL = (
    "Socialnämnden\nProtokoll 2024-09-12\n\n§ 40 Förvaltningen informerar\n"
    "•  Ny enhetschef – Ida Lönn – hemtjänsten. Eva Strand och Tommy\n"
    "Hallberg enhetschefer äldreomsorg. Maria Ström biträdande\n"
    "socialchef och enhetschef för Kvalitet. Susanne\n"
    "Rydell - Vård och omsorgschef\n\n"
    "Socialnämnden har tagit del av informationen.\n"
)


def test_socialnamnd_information_list_names_staff_with_their_posts():
    assert by_name(_SOCIAL) == {
        "Ida Lönn": ("enhetschef", None, None),
        "Eva Strand": ("enhetschef", None, None), "Tommy Hallberg": ("enhetschef", None, None),
        "Maria Ström": ("biträdande socialchef", None, None),
        "Susanne Rydell": ("vård och omsorgschef", None, None),
    }


def test_utbildningsnamnd_sentence_opening_with_a_unit_and_a_word_is_no_person():
    # negatives: a unit's name before a common word, and a name followed by a verb, not a post
    text = (
        "Utbildningsnämnden\nProtokoll 2024-09-12\n\n§ 8 Information\n"
        "Norra Skolan renoveras under hösten. Grundskola Väst ansvar för lovskolan.\n"
        "Ny lokal – Stora Salen – tas i bruk.\n"
    )
    assert by_name(text) == {}
