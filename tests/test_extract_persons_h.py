"""Persons in shapes of round six: a company beside a name as its organisation, two names elected
to two functions with "respektive" (each takes the function in its place), who kept the notes
("Vid pennan", "Antecknat av", "Antecknare:"), a university's titles and a label of
representatives ("Studentrepresentanter:"), an organ's genitive that is no surname; from held-out
set I, first names alone where they are elected, open the meeting or act ("Till sekreterare valdes
Sören.", "Marie, Uffe och Ive representerar …") and a board's table with the post last on each row.
Fixtures in the shape of a jaktlag, a föreningsstämma, a kommun's arbetsgrupp, kommunstyrelse and
fullmäktige, a föräldraförening, a samrådsgrupp, a fakultetsnämnd, a scoutkår and an
orkesterförening; all names are invented."""

from tests.extraction import by_name


def test_jaktlag_elects_two_names_to_two_functions_respectively():
    text = (
        "Jaktlaget Norrskogen\nProtokoll konstituerande möte 2024-03-02\n\n§ 1 Val av funktionärer\n"
        "Mötet valde Eva Ek och Per Holm till jaktledare respektive kassör.\n§ 2 Avslutning\nText.\n"
    )
    assert by_name(text) == {"Eva Ek": ("jaktledare", None, None), "Per Holm": ("kassör", None, None)}


def test_foreningsstamma_functions_first_or_passive_go_respectively():
    text = (
        "Föreningen Eken\nProtokoll föreningsstämma 2024-03-02\n\n§ 1 Val\n"
        "Till ordförande respektive sekreterare valdes Eva Ek och Per Holm.\n§ 2 Val\n"
        "Lisa Sund och Ola Berg valdes till kassör respektive revisor.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, None), "Per Holm": ("sekreterare", None, None),
        "Lisa Sund": ("kassör", None, None), "Ola Berg": ("revisor", None, None),
    }


def test_two_names_to_one_function_stay_both_in_it():
    text = (
        "Föreningen Eken\nProtokoll 2024-03-02\n\n§ 1 Val av revisorer\n"
        "Mötet valde Eva Ek och Per Holm till revisorer.\n"
    )
    assert by_name(text) == {"Eva Ek": ("revisor", None, None), "Per Holm": ("revisor", None, None)}


def test_arbetsgrupp_notes_signed_by_who_kept_them():
    text = (
        "Arbetsgruppen för lokalfrågor\nMinnesanteckningar 2024-03-02\n\n1. Inledning\nText om saker.\n"
        "2. Avslut\nMötet avslutades.\n\nAntecknat av: Lisa Sund\nVid pennan: Kim Dahl\n"
    )
    assert by_name(text) == {"Lisa Sund": ("antecknare", None, None), "Kim Dahl": ("sekreterare", None, None)}


def test_foraldraforening_note_taker_in_the_head_is_kept_as_written():
    text = (
        "Föräldraföreningen Eken\nMinnesanteckningar 2024-03-02\nAntecknare: Per H.\n"
        "Närvarande: Eva Ek, Lisa Sund\n\n1. Inledning\nText om saker.\n"
    )
    assert by_name(text) == {"Per H": ("antecknare", None, None), "Eva Ek": (None, None, None),
                             "Lisa Sund": (None, None, None)}


def test_notes_about_the_minutes_name_nobody():
    text = (
        "Föreningen Eken\nProtokoll 2024-03-02\n\n§ 1 Föregående protokoll\n"
        "Anteckningar av föregående möte lades till handlingarna.\n"
    )
    assert by_name(text) == {}


def test_samradsgrupp_companies_beside_names_are_organisations():
    text = (
        "Samrådsgruppen Centrum\nProtokoll 2024-03-02\nNärvarande:\nPer Holm, Norrby Fastigheter AB\n"
        "Lisa Sund, Ekby Bygg HB\nOla Berg, ordförande, Ekby Energi AB\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(text) == {
        "Per Holm": (None, "Norrby Fastigheter AB", None), "Lisa Sund": (None, "Ekby Bygg HB", None),
        "Ola Berg": ("ordförande", "Ekby Energi AB", None),
    }


def test_fakultetsnamnd_academic_titles_and_representatives_label():
    text = (
        "Fakultetsnämnden för naturvetenskap\nBeslutsprotokoll 2024-05-14\n\n"
        "Närvarande ledamöter: Dekan Eva Ek (ordförande), prodekan Per Holm, universitetslektor Lisa Sund\n"
        "Studentrepresentanter: Kim Dahl, Ola Berg\n\n§ 1 Mötets öppnande\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("dekan", None, None), "Per Holm": ("prodekan", None, None),
        "Lisa Sund": ("universitetslektor", None, None), "Kim Dahl": ("studentrepresentant", None, None),
        "Ola Berg": ("studentrepresentant", None, None),
    }


def test_kommunstyrelse_personalrepresentanter_keep_their_union():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-05-14\nNärvarande: Per Holm\n"
        "Personalrepresentanter: Kim Dahl (Vision), Ola Berg (Kommunal)\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(text) == {"Per Holm": (None, None, None), "Kim Dahl": ("personalrepresentant", "Vision", None),
                             "Ola Berg": ("personalrepresentant", "Kommunal", None)}


def test_fullmaktige_heading_over_an_organs_members_names_nobody():
    text = (
        "Kommunfullmäktige\nProtokoll 2024-06-17\n\n§ 46 Ansvarsfrihet\nKommunfullmäktiges beslut\n"
        "Kommunfullmäktige beviljar ansvarsfrihet.\nJäv\nKommunstyrelsens ledamöter deltar inte i beslutet på grund av jäv.\n"
    )
    assert by_name(text) == {}


# ---------------------------------------------------------------- set I: associations' boards


def test_scoutkar_first_names_elected_opening_and_acting_are_kept_as_written():
    text = (
        "Kårstyrelseprotokoll 2024-09-19\n\nStyrelsemöte med scoutkåren.\n"
        "§ 1 Mötet öppnades av Uffe.\n\n§ 2 Till sekreterare valdes Sören.\n\n§ 3 Avdelningarna:\n"
        "Spårarna: Lars kommer inte att delta under hösten.\n\n§ 4 Hajken:\n"
        "Marie, Uffe och Ive representerar ledarlaget.\n"
    )
    assert by_name(text) == {
        "Uffe": (None, None, None), "Sören": ("sekreterare", None, None), "Lars": (None, None, None),
        "Marie": (None, None, None), "Ive": (None, None, None),
    }


def test_orkester_board_table_with_the_post_last_on_each_row():
    text = (
        "Orkesterföreningen\nProtokoll 2024-02-07\nNärvarande: Eva Ek, Per Holm, Lisa Sund, Kim Dahl\n\n"
        "§ 10\nStyrelsen konstituerades enligt nedan\nStyrelse 2024 Eva Ek Dirigent/Konstnärlig ledare\n"
        "OMVAL 2 ÅR Per Holm, omval 2 år (2024-2025) Ledamot – kassör\n"
        "NYVAL 1 år Lisa Sund, nyval 1 år (2024) Suppleant – festgruppen\n\n§ 11 Övrigt\nKim Dahl Kassör har ordet.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("dirigent", None, None), "Per Holm": ("ledamot", None, None),
        "Lisa Sund": ("suppleant", None, None), "Kim Dahl": (None, None, None),
    }


# ---------------------------------------------------------------- set H: a kommunfullmäktige


def test_fullmaktige_local_party_letter_a_member_without_party_and_items_attended():
    text = (
        "KOMMUNFULLMÄKTIGE\nProtokoll 2026-04-09\n\nBeslutande ledamöter:\nEva Ek (M) ordförande\n"
        "Emma Sund (M), §§ 11- del av 34\nOla Berg (S)\nJenny Lund (F)\n\nTjänstgörande ersättare:\n"
        "Bo Nors (F) ersätter Gun Larsson (-)\n\nÖvriga deltagare:\nKim Dahl, IKT-pedagog\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "M"), "Emma Sund": ("ledamot", None, "M"), "Ola Berg": ("ledamot", None, "S"),
        "Jenny Lund": ("ledamot", None, "F"), "Bo Nors": ("ersättare för Gun Larsson", None, "F"),
        "Gun Larsson": ("ledamot", None, None), "Kim Dahl": ("ikt-pedagog", None, None),
    }


def test_a_single_capital_beside_a_name_outside_politics_is_no_party():
    text = "Föreningen Eken\nProtokoll 2026-04-09\nNärvarande: Eva Ek (F), Per Holm\n\n§ 1 Öppnande\nText.\n"
    assert by_name(text) == {"Eva Ek": (None, "F", None), "Per Holm": (None, None, None)}


def test_a_stiftelse_the_decision_is_sent_to_is_no_person():
    text = (
        "Kommunfullmäktige\nProtokoll 2026-04-09\n\n§ 28 Fyllnadsval\nBeslut\n"
        "Till ny ledamot i Stiftelsen Solbacken väljs Per Holm (S).\n\nBeslutet expedieras till:\nDen valde\n"
        "Stiftelsen Solbacken\nEva Ek\n"
    )
    assert by_name(text) == {"Per Holm": ("ledamot", None, "S"), "Eva Ek": (None, None, None)}


def test_studentkar_finland_swedish_functions_elected_in_a_bullet_list():
    text = (
        "Studentkåren\nMötesreferat för fullmäktigemöte 3/2020\n\n1. Mötets konstituering\n"
        "  • Eva Ek och Per Holm väljs till röstgranskare jämte protokolljusterare\n"
        "    -Lisa Sund valdes till skrivare av mötesreferat på svenska och engelska\n"
    )
    assert by_name(text) == {"Eva Ek": ("röstgranskare", None, None), "Per Holm": ("röstgranskare", None, None),
                             "Lisa Sund": ("skrivare", None, None)}
