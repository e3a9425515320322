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


# ---------------------------------------------------------------- headings and wrapped fragments


def test_utbildningsnamnd_titles_broken_over_two_lines_are_one_role_and_no_label():
    text = (
        "Barn- och utbildningsnämnden\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S), ordförande\nPer Holm (M), 1:e vice\nordförande\nLisa Berg (C)\n"
        "Övriga deltagare\nKarl Sund, biträdande\nförvaltningschef\nAnna Lind, 2:e\nsocialsekreterare\n\n"
        "§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Per Holm": ("1:e vice ordförande", None, "M"),
        "Lisa Berg": ("ledamot", None, "C"), "Karl Sund": ("biträdande förvaltningschef", None, None),
        "Anna Lind": ("2:e socialsekreterare", None, None)}


def test_a_page_heading_in_capitals_beside_a_name_is_no_part_of_it():
    text = (
        "Socialnämndens arbetsutskott\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S), ordförande\nPer Holm (M) SAMMANTRÄDESPROTOKOLL\nLisa Berg (C)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M"), "Lisa Berg": ("ledamot", None, "C")}


def test_a_page_heading_after_a_title_or_a_comma_is_no_organisation():
    text = (
        "Socialnämnden\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S), ordförande SAMMANTRÄDESPROTOKOLL\nPer Holm (M), PROTOKOLLSUTDRAG\n"
        "Övriga deltagare\nKarl Sund, nämndsekreterare    SAMMANTRÄDESPROTOKOLL\nLisa Berg, socialchef, Socialförvaltningen\n\n"
        "§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M"),
        "Karl Sund": ("nämndsekreterare", None, None), "Lisa Berg": ("socialchef", "Socialförvaltningen", None)}


def test_a_surname_with_its_party_on_the_next_line_completes_the_name():
    text = (
        "Kommunstyrelsens arbetsutskott\nProtokoll 2024-03-18\n"
        "Beslutande: Eva Ek (S), ordförande, Per\nHolm (M), Lisa Berg (C)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M"), "Lisa Berg": ("ledamot", None, "C")}


def test_a_lower_case_ordforande_alone_after_a_complete_entry_still_heads_its_own_list():
    text = (
        "Idrottsföreningen Framåt\nProtokoll styrelsemöte 2024-03-18\n"
        "Närvarande: Eva Ek, kassör\nordförande\nPer Holm\n\n§ 1 Mötet öppnas\nText.\n"
    )
    assert by_name(text)["Eva Ek"][0] == "kassör"


# ---------------------------------------------------------------- personalföreträdare


def test_personalforetradare_block_gives_the_role_and_the_union():
    text = (
        "Socialnämnden\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S), ordförande\nPer Holm (M)\nPersonalföreträdare\nOlle Sten, Vision\n"
        "Maja Dahl, Kommunal\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M"),
        "Olle Sten": ("personalföreträdare", "Vision", None), "Maja Dahl": ("personalföreträdare", "Kommunal", None)}


def test_personalforetradare_as_a_column_beside_ovriga_deltagare():
    text = (
        "Miljö- och byggnämnden\nProtokoll 2024-03-18\n"
        "Beslutande  Ersättare\nEva Ek (S), ordförande  Per Holm (M)\n"
        "Övriga deltagare  Personalföreträdare\nOlle Sten, sekreterare  Anna Lind, Vision\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ersättare", None, "M"),
        "Olle Sten": ("sekreterare", None, None), "Anna Lind": ("personalföreträdare", "Vision", None)}


# ---------------------------------------------------------------- names broken over lines


def test_samfallighet_attendance_with_a_double_name_broken_at_its_hyphen():
    text = (
        "Samfällighetsföreningen Ängen\nProtokoll styrelsemöte 2024-03-18\n"
        "Närvarande: Eva Ek, ordförande, Anna-\nKarin Holm, Per\nBerg, Lisa Sund\n\n§ 1 Mötet öppnas\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, None), "Anna-Karin Holm": (None, None, None),
        "Per Berg": (None, None, None), "Lisa Sund": (None, None, None)}


def test_a_unit_broken_at_its_hyphen_keeps_its_compound():
    text = (
        "Socialnämnden\nProtokoll 2024-03-18\nBeslutande: Eva Ek (S), ordförande\n"
        "Övriga deltagare: Per Holm, chef Individ-\noch familjeomsorgen\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text)["Per Holm"] == ("chef", "Individ- och familjeomsorgen", None)


# ---------------------------------------------------------------- members with their flats, proxies

BRF_STAMMA = "Brf Tallen\nProtokoll ordinarie föreningsstämma 2024-05-18\n\n"


def test_brf_adjusters_listed_with_their_flats_under_the_heading():
    text = BRF_STAMMA + "§ 4 Val av justerare tillika rösträknare\nEva Ek, lgh 12; Per Holm, lgh 3\n"
    assert by_name(text) == {"Eva Ek": ("justerare", None, None), "Per Holm": ("justerare", None, None)}


def test_brf_function_from_the_sentence_and_from_a_label():
    text = BRF_STAMMA + (
        "§ 9 Val av styrelse\nTill suppleanter valdes Eva Ek (lgh 12) och Per Holm (lgh 3).\n"
        "Revisor: Lisa Berg, lgh 1102\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("suppleant", None, None), "Per Holm": ("suppleant", None, None), "Lisa Berg": ("revisor", None, None)}


def test_samfallighet_proxy_and_the_member_it_votes_for_are_both_persons():
    text = (
        "Samfällighetsföreningen Ängen\nProtokoll årsstämma 2024-05-18\n\n§ 2 Röstlängd\n"
        "Eva Ek, hus 4, som ombud med fullmakt för Per Holm.\nLisa Berg med fullmakt från Karl Sund, hus 9.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ombud", None, None), "Per Holm": (None, None, None),
        "Lisa Berg": ("ombud", None, None), "Karl Sund": (None, None, None)}


def test_flats_and_houses_without_a_name_are_no_person():
    text = BRF_STAMMA + "§ 5 Information\nLgh 12 har bytt ägare. Fasadrenovering av Stora Huset, hus 3 påbörjas.\n"
    assert by_name(text) == {}


# ---------------------------------------------------------------- serving for an absent member


def test_kommun_substitute_and_the_absent_member_wrapped_over_two_lines():
    text = (
        "Kommunstyrelsens arbetsutskott\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S), ordförande\nLisa Berg (M) ersätter\nPer Holm (M)\nKarl Sund (C) tjänstgör för\n"
        "Anna Lind (C)\nOlle Sten (L)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Lisa Berg": ("ersättare för Per Holm", None, "M"),
        "Per Holm": ("ledamot", None, "M"), "Karl Sund": ("tjänstgörande ersättare", None, "C"),
        "Anna Lind": ("ledamot", None, "C"), "Olle Sten": ("ledamot", None, "L")}


def test_kommun_substitute_with_the_absent_member_in_the_next_column():
    text = (
        "Byggnadsnämnden\nProtokoll 2024-03-18\n"
        "Beslutande\nEva Ek (S), ordförande\nLisa Berg (M) ersätter     Per Holm (M)\nKarl Sund (C)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ordförande", None, "S"), "Lisa Berg": ("ersättare för Per Holm", None, "M"),
        "Per Holm": ("ledamot", None, "M"), "Karl Sund": ("ledamot", None, "C")}


# ---------------------------------------------------------------- roles in the election sentence


def test_idrottsforening_arsmote_gives_each_elected_their_own_function():
    text = (
        "Idrottsföreningen Framåt\nProtokoll årsmöte 2024-03-18\n\n"
        "§ 1 Val av justerare\nSom justerare valdes Eva Ek och Per Holm.\n"
        "§ 2 Val av valberedning\nLisa Berg valdes till valberedning.\n"
        "§ 3 Val av mötesfunktionärer\nKarl Sund väljs till ordförande och Anna Lind till protokollförare.\n"
        "§ 4 Val av styrelse\nMötet valde Olle Sten som kassör, Maja Dahl som sekreterare och Bo Ros som suppleant.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("justerare", None, None), "Per Holm": ("justerare", None, None),
        "Lisa Berg": ("valberedning", None, None), "Karl Sund": ("ordförande", None, None),
        "Anna Lind": ("protokollförare", None, None), "Olle Sten": ("kassör", None, None),
        "Maja Dahl": ("sekreterare", None, None), "Bo Ros": ("suppleant", None, None)}


def test_bygdegard_election_of_things_to_no_function_gives_no_person():
    text = (
        "Bygdegårdsföreningen Lyckan\nProtokoll styrelsemöte 2024-03-18\nNärvarande: Eva Ek, Per Holm\n\n"
        "§ 4 Lokalen\nStyrelsen valde Microsoft Teams som plattform, Stora Salen som lokal.\n"
    )
    assert set(by_name(text)) == {"Eva Ek", "Per Holm"}


# ---------------------------------------------------------------- information text and motions


def test_bygdegard_information_names_new_staff_and_a_motion_names_its_author():
    text = (
        "Bygdegårdsföreningen Lyckan\nProtokoll styrelsemöte 2024-03-18\nNärvarande: Eva Ek, Per Holm\n\n"
        "§ 4 Information\nNy verksamhetschef är Lisa Berg.\nKarl Sund och Anna Lind blir biträdande rektorer.\n"
        "§ 5 Motion från Olle Sten om belysning\nStyrelsen beslutar att bifalla motionen.\n"
    )
    assert by_name(text) == {
        "Eva Ek": (None, None, None), "Per Holm": (None, None, None),
        "Lisa Berg": ("verksamhetschef", None, None), "Karl Sund": ("biträdande rektor", None, None),
        "Anna Lind": ("biträdande rektor", None, None), "Olle Sten": ("motionär", None, None)}


def test_namnd_information_about_no_post_names_no_person():
    text = (
        "Kultur- och fritidsnämnden\nProtokoll 2024-03-18\nBeslutande: Eva Ek (S), ordförande\n\n"
        "§ 2 Information\nNy hemsida är Kulturhuset Online. Simhallen blir ny mötesplats.\n"
    )
    assert by_name(text) == {"Eva Ek": ("ordförande", None, "S")}


# ---------------------------------------------------------------- one person, one record


def test_samfallighet_writes_one_person_with_and_without_hyphen_and_middle_name():
    text = (
        "Samfällighetsföreningen Ängen\nProtokoll 2024-03-18\n"
        "Närvarande: Eva Möller Ek, ordförande, Per Holm, Lisa Lotta Berg, kassör\n\n"
        "§ 1 Mötet öppnas\nEva Möller-Ek hälsade välkommen.\n"
        "§ 2 Val av justerare\nTill justerare valdes Per 'Pelle' Holm och Lisa Berg.\n"
    )
    assert by_name(text) == {
        "Eva Möller Ek": ("ordförande", None, None), "Per Holm": ("justerare", None, None),
        "Lisa Lotta Berg": ("kassör", None, None)}


def test_brf_double_surname_written_without_its_second_part_is_the_same_member():
    text = (
        "Brf Tallen\nProtokoll styrelsemöte 2024-03-18\nNärvarande: Anna Sund Lind, ordförande, Per Holm\n\n"
        "§ 3 Ekonomi\nAnna Sund redovisade resultatet.\n"
    )
    assert by_name(text) == {"Anna Sund Lind": ("ordförande", None, None), "Per Holm": (None, None, None)}


def test_a_shorter_name_joins_only_the_person_of_its_party_and_two_full_names_stay_apart():
    text = (
        "Kommunstyrelsens arbetsutskott\nProtokoll 2024-03-18\n"
        "Beslutande: Eva Lotta Ek (S), ordförande, Eva Maria Ek (M)\n\n§ 1 Ärende\nEva Ek (S) yrkar bifall.\n"
    )
    assert by_name(text) == {"Eva Lotta Ek": ("ordförande", None, "S"), "Eva Maria Ek": ("ledamot", None, "M")}


def test_brf_names_alone_under_a_heading_that_elects_to_one_function():
    text = BRF_STAMMA + (
        "§ 3 Val av två rösträknare\nEva Ek och Per Holm\n"
        "§ 4 Val av justerare och rösträknare\nStämman valde Lisa Berg och Karl Sund.\n"
        "§ 5 Val av revisorer\nAnna Lind och Olle Sten valdes till revisorer med Maja Dahl som revisorssuppleant.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("rösträknare", None, None), "Per Holm": ("rösträknare", None, None),
        "Lisa Berg": ("justerare", None, None), "Karl Sund": ("justerare", None, None),
        "Anna Lind": ("revisor", None, None), "Olle Sten": ("revisor", None, None),
        "Maja Dahl": ("revisorssuppleant", None, None)}


def test_a_line_under_an_election_heading_that_is_no_list_of_names_gives_no_person():
    text = BRF_STAMMA + "§ 3 Val av styrelse\nValberedningens förslag\nStyrelsen Tallen\n§ 4 Val av revisor\nEnligt förslag.\n"
    assert by_name(text) == {}
