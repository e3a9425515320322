"""A two-column attendance head read row by row, where the given name of the member served for ends
one row ("… ersätter Stina") and the surname with the party ends the row below ("…, 1:e vice
ordförande Falk (M)"): the two are one person, an absent ledamot, and the surname is no title's
organisation. Fixtures in the shape of a region's nämnd and a kommunalförbund's direktion; all
names are invented."""

from tests.extraction import by_name

_REGION = (
    "REGION NORRLIDEN                  SAMMANTRÄDESPROTOKOLL\nKulturnämnden\nDatum\n2024-10-02\n\n"
    "Beslutande    Ledamöter                     Tjänstgörande ersättare\n"
    "Olle Varg (M), ordförande Maria Brink (M) ersätter Stina\n"
    "Petra Lodin (KD), 1:e vice ordförande Falk (M)\n"
    "Sune Rask (S), 2:e vice ordförande Hans Ugla (SD) ersätter Erik\n"
    "Tove Ängel (M)          Strid (SD)\n"
    "Karin Moln (C)\n\n§ 12 Information\nNämnden tar del av informationen.\n"
)


def test_region_head_joins_the_surname_of_each_member_served_for_to_the_given_name():
    assert by_name(_REGION) == {
        "Olle Varg": ("ordförande", None, "M"),
        "Maria Brink": ("ersättare för Stina Falk", None, "M"), "Stina Falk": ("ledamot", None, "M"),
        "Petra Lodin": ("1:e vice ordförande", None, "KD"), "Sune Rask": ("2:e vice ordförande", None, "S"),
        "Hans Ugla": ("ersättare för Erik Strid", None, "SD"), "Erik Strid": ("ledamot", None, "SD"),
        "Tove Ängel": ("ledamot", None, "M"), "Karin Moln": ("ledamot", None, "C"),
    }


def test_direktion_row_ending_in_a_full_name_keeps_it_in_its_own_row():
    # negative: the row below ends in a whole name ("Lena Holm (V)"), not a lone surname
    text = (
        "RÄDDNINGSTJÄNSTFÖRBUNDET ÅSEN                  PROTOKOLL\nDirektionen\nDatum\n2024-05-20\n\n"
        "Beslutande    Ledamöter                     Tjänstgörande ersättare\n"
        "Rut Sandberg (S), ordförande Nils Kvist (C) ersätter Jonas\n"
        "Eino Berglund (M) Lena Holm (V)\n\n§ 3 Budget\nDirektionen beslutar att anta budgeten.\n"
    )
    found = by_name(text)
    assert "Jonas Holm" not in found and found["Lena Holm"][2] == "V"
    assert found["Eino Berglund"] == ("ledamot", None, "M")
