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


# ---------------------------------------------------------------- first names with a surname initial


def test_koloniforening_attendance_by_first_name_and_initial_is_kept_as_written():
    text = (
        "Koloniföreningen Solbacken\nStyrelsemöte 2024-03-02\nNärvarande: Eva E, Per H, Lisa S och Kim D.\n"
        "Frånvarande: Ola B, Siv K\n\n§ 1 Mötets öppnande\nEva hälsade välkommen.\n"
    )
    assert by_name(text) == {
        "Eva E": (None, None, None), "Per H": (None, None, None), "Lisa S": (None, None, None),
        "Kim D": (None, None, None), "Ola B": (None, None, None), "Siv K": (None, None, None),
    }


def test_scoutkar_initials_with_dots_and_one_a_line_and_a_later_first_name_is_the_same_person():
    text = (
        "Scoutkåren Tallen\nProtokoll ledarmöte 2024-03-02\nNärvarande: Eva E., Per H., Lisa S.\n"
        "Justerare:\nKim D\n\n§ 1 Öppnande\nPer öppnade mötet.\n"
    )
    assert by_name(text) == {
        "Eva E": (None, None, None), "Per H": (None, None, None), "Lisa S": (None, None, None),
        "Kim D": ("justerare", None, None),
    }


def test_letters_after_nouns_are_no_persons():
    text = (
        "Brf Eken\nProtokoll 2024-03-02\nNärvarande: Eva Ek, Per Holm\nBilagor: Bilaga A, Punkt B\n\n"
        "§ 1 Ärende\nSe Bilaga A, Punkt B. Hus A, Hus B och Lgh A berörs.\n"
        "Frånvarande: Hus A, Hus B\n"
    )
    assert by_name(text) == {"Eva Ek": (None, None, None), "Per Holm": (None, None, None)}


# ---------------------------------------------------------------- two functions and two names in one clause


def test_koloniforening_chair_and_adjuster_elected_in_one_clause_each_get_their_function_in_order():
    text = (
        "Koloniföreningen Solbacken\nÅrsmöte 2024-03-02\nNärvarande: Eva Ek, Per Holm, Lisa Sund\n\n"
        "§ 2 Val av mötesfunktionärer\nTill mötesordförande och protokolljusterare väljs Eva Ek och Per Holm.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("mötesordförande", None, None), "Per Holm": ("justerare", None, None), "Lisa Sund": (None, None, None),
    }


def test_pro_forening_respektive_pairs_the_names_with_the_functions():
    text = (
        "PRO Ekbacken\nÅrsmöte 2024-03-02\n\n§ 2 Val av mötesfunktionärer\n"
        "Till mötesordförande och mötessekreterare valdes Eva Ek respektive Per Holm.\n"
        "Till justerare och rösträknare valdes Lisa Sund respektive Kim Dahl.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("mötesordförande", None, None), "Per Holm": ("mötessekreterare", None, None),
        "Lisa Sund": ("justerare", None, None), "Kim Dahl": ("rösträknare", None, None),
    }


def test_two_adjusters_who_also_count_votes_are_not_paired_off():
    text = (
        "Scoutkåren Tallen\nÅrsmöte 2024-03-02\n\n§ 3 Val av justerare\n"
        "Till justerare och rösträknare valdes Lisa Sund och Kim Dahl.\n"
    )
    assert by_name(text) == {"Lisa Sund": ("justerare", None, None), "Kim Dahl": ("justerare", None, None)}


# ---------------------------------------------------------------- a board elected as a list


def test_koloniforening_board_elected_as_a_list_are_members_unless_given_a_post():
    text = (
        "Koloniföreningen Solbacken\nÅrsmöte 2024-03-02\n\n§ 5 Val av styrelse\n"
        "Till styrelse väljs Eva Ek, Per Holm, Lisa Sund och Kim Dahl.\n\n"
        "§ 6 Val av ordförande\nTill ordförande valdes Eva Ek.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, None), "Per Holm": ("ledamot", None, None),
        "Lisa Sund": ("ledamot", None, None), "Kim Dahl": ("ledamot", None, None),
    }


def test_brf_board_that_consists_of_named_members_and_a_scoutkar_list_of_board_members():
    text = (
        "Brf Eken\nProtokoll fört vid föreningsstämma 2024-05-20\n\n§ 5 Styrelsens sammansättning\n"
        "Styrelsen består av Eva Ek (ordförande), Per Holm och Lisa Sund.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, None), "Per Holm": ("ledamot", None, None), "Lisa Sund": ("ledamot", None, None),
    }
    text = (
        "Scoutkåren Tallen\nÅrsmöte 2024-03-02\n\n§ 5 Val av styrelse\n"
        "Till styrelseledamöter valdes Eva Ek och Per Holm. Till kassör valdes Per Holm.\n"
    )
    assert by_name(text) == {"Eva Ek": ("styrelseledamot", None, None), "Per Holm": ("kassör", None, None)}


def test_a_board_of_a_number_or_a_board_that_proposes_names_no_members():
    text = (
        "Brf Björken\nStämma 2024-03-02\n\n§ 5 Styrelse\nStyrelsen består av sju ledamöter.\n"
        "Styrelsen föreslår att Per Holm får bidrag.\n"
    )
    assert by_name(text) == {"Per Holm": (None, None, None)}


# ---------------------------------------------------------------- a nickname that is also a noun


def test_fanklubb_nickname_alone_in_an_election_is_the_attendee_the_list_gives_it():
    text = (
        "Fanklubben Stjärnan\nStyrelsemöte 2024-03-02\nNärvarande: Eva Ek, Karl 'Bullen' Ek, Per Holm\n\n"
        "§ 1 Val av mötesordförande\nStyrelsen väljer Bullen som mötesordförande.\n"
    )
    assert by_name(text) == {
        "Eva Ek": (None, None, None), "Karl Ek": ("mötesordförande", None, None), "Per Holm": (None, None, None),
    }


def test_scoutkar_nickname_listed_alone_takes_the_election_and_two_bearers_leave_it_as_written():
    text = (
        "Scoutkåren Tallen\nLedarmöte 2024-03-02\nNärvarande: Eva, Bullen och Per\n\n"
        "§ 1 Val av mötesordförande\nLedarna väljer Bullen som mötesordförande.\n"
    )
    assert by_name(text) == {"Eva": (None, None, None), "Bullen": ("mötesordförande", None, None), "Per": (None, None, None)}
    text = (
        "Scoutkåren Tallen\nLedarmöte 2024-03-02\nNärvarande: Karl ”Bullen” Ek, Olle ”Bullen” Berg\n\n"
        "§ 1 Val av mötesordförande\nLedarna väljer Bullen som mötesordförande.\n"
    )
    assert by_name(text)["Karl Ek"] == (None, None, None) and by_name(text)["Olle Berg"] == (None, None, None)


def test_the_noun_in_running_text_is_nobody():
    text = (
        "PRO Solbacken\nStyrelsemöte 2024-03-02\nNärvarande: Eva Ek, Per Holm\n\n"
        "§ 1 Fika\nBullen till fikat köps av Eva Ek.\n"
    )
    assert by_name(text) == {"Eva Ek": (None, None, None), "Per Holm": (None, None, None)}
