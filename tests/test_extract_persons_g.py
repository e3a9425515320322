"""Persons in the shapes of small associations' minutes (round G): participant lists with a home
town and a phone number or e-mail beside each name, first names with a surname initial, first
names in running text of notes, two persons elected for two posts in one clause and a board
elected as a list. Fixtures in the shape of a koloniförening, a scoutkår, a PRO-förening, a
bostadsrättsförening, an odlarförening and a kommun's arbetsgrupp; all names are invented."""

from tests.extraction import by_name


# ---------------------------------------------------------------- contact lists of participants


def test_odlarforening_participants_with_town_and_phone_or_email_are_only_names():
    text = (
        "Odlarföreningen Fruktlunden\nProtokoll konstituerande möte 2024-03-02\nMötesdeltagarna:\n"
        "Eva Ek, Norrby, 070-123 45 67\nPer Holm, Ekby, per@example.se\nLisa Sund, Åby\n\n"
        "§ 1 Mötets öppnande\nText.\n"
    )
    assert by_name(text) == {"Eva Ek": (None, None, None), "Per Holm": (None, None, None), "Lisa Sund": (None, None, None)}


def test_pro_forening_deltagare_with_contacts_keeps_a_title_and_an_organisation():
    text = (
        "PRO Solbacken\nProtokoll 2024-03-02\nDeltagare:\nEva Ek, ordförande, Norrby, 070-123 45 67\n"
        "Per Holm, Brf Eken, per@example.se\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(text) == {"Eva Ek": ("ordförande", None, None), "Per Holm": (None, "Brf Eken", None)}


def test_a_list_of_addresses_names_nobody_and_a_plain_list_keeps_its_organisations():
    text = (
        "Brf Eken\nProtokoll 2024-03-02\nNärvarande:\nEva Ek, Riksbyggen\nPer Holm, HSB\n\n"
        "§ 1 Adresser\nFöljande adresser berörs:\nStorgatan 4, Norrby\nKyrkvägen 2, Ekby\n"
    )
    assert by_name(text) == {"Eva Ek": (None, "Riksbyggen", None), "Per Holm": (None, "HSB", None)}
