"""Persons as organisations the rules were not written on lay them out: parties before the name and in
lower case, titles written as acronyms, tables of functions and names, "Ej beslutande" blocks,
people elected or acting in running text, and what is no person (company names, a column label glued
to a name, an address). Each fixture is a few invented lines in the shape of one kind of
organisation: kommunfullmäktige, kommunstyrelse, socialnämnd, region, BRF, studentsektion,
samfällighet. All names are invented."""

from arkiv.swedish import vocabulary

from tests.extraction import by_name


# ---------------------------------------------------------------- one party grammar


def test_party_grammar_reads_either_case_and_folkpartiet_and_never_a_title():
    assert [vocabulary.party_of(t) for t in ("S", "s", "kd", "KD", "fp", "Folkpartiet", "Kd", "MAS", "x")] == [
        "S", "S", "KD", "KD", "FP", "FP", None, None, None]
    assert vocabulary.is_title_acronym("tf. MAS") and not vocabulary.is_party("MAS")
    assert not vocabulary.is_local_party("MAS", True) and vocabulary.is_local_party("SPI", True)


def test_kommunfullmaktige_election_list_writes_the_party_before_the_name():
    text = (
        "Kommunfullmäktige\nProtokoll 2024-03-18\nNärvarande: Ida Ros (S), ordförande\n\n"
        "§ 5 Val av ledamöter och ersättare i socialnämnden\n"
        "Kommunfullmäktige beslutar att välja följande.\n"
        "Ledamöter\n(MP) Jonas Berg\n(KD) Eva Lund, ordförande\n(S) Kim Dahl\n"
        "Ersättare\n(M) Olle Sand\n(V) Lisa Vik\n"
    )
    assert by_name(text) == {
        "Ida Ros": ("ordförande", None, "S"), "Jonas Berg": ("ledamot", None, "MP"),
        "Eva Lund": ("ordförande", None, "KD"), "Kim Dahl": ("ledamot", None, "S"),
        "Olle Sand": ("ersättare", None, "M"), "Lisa Vik": ("ersättare", None, "V"),
    }


def test_kommunstyrelse_writes_parties_in_lower_case_and_folkpartiet_as_fp():
    text = (
        "Kommunstyrelsen\nProtokoll 2012-03-18\n"
        "Beslutande: Anna Ek (s), ordförande, Per Ny (m), Lars Holm (fp), Eva Ås (kd), Bo Sten (mp)\n"
        "Ersättare: Sven Berg (c)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"), "Lars Holm": ("ledamot", None, "FP"),
        "Eva Ås": ("ledamot", None, "KD"), "Bo Sten": ("ledamot", None, "MP"), "Sven Berg": ("ersättare", None, "C"),
    }


def test_a_party_in_lower_case_in_running_text_is_the_party():
    text = "Kommunstyrelsen\nProtokoll 2012-03-18\n\n§ 4 Budget\nYrkanden\nKarin Holm (sd) yrkar avslag.\n"
    assert by_name(text)["Karin Holm"][2] == "SD"


def test_socialnamnd_titles_written_as_acronyms_are_roles_not_parties():
    text = (
        "Socialnämnden\nProtokoll 2024-03-18\nBeslutande: Anna Ek (S), ordförande\n"
        "Övriga närvarande: Eva Lund, MAS, § 25\nPer Holm, tf. MAS\nLisa Berg (MAR)\n\n§ 25 Ärende\nText.\n"
    )
    persons = by_name(text)
    assert persons["Eva Lund"] == ("MAS", None, None)
    assert persons["Per Holm"] == ("tf. MAS", None, None)
    assert persons["Lisa Berg"] == ("MAR", None, None)


def test_a_lettered_list_item_is_no_party_before_a_name():
    text = "Styrelsen\nProtokoll 2024-03-18\nNärvarande: Ida Ros, Bo Ek\n\n§ 3 Uppdrag\n(c) Anna Ek föreslår en ny plan.\n"
    assert by_name(text).get("Anna Ek", (None, None, None))[2] is None


# ---------------------------------------------------------------- tables of functions and names


def test_samfallighet_nomination_table_without_parties_gives_each_name_its_function():
    text = (
        "Samfällighetsföreningen\nProtokoll 2024-03-18\nNärvarande: Ida Ros, Bo Ek\n\n"
        "§ 7 Valberedningens förslag\nUppdrag  Namn\nOrdförande  Anna Ek\nKassör  Per Holm\n"
        "Sekreterare  Lisa Berg\nSuppleant  Vakant\n"
    )
    persons = by_name(text)
    assert {n: persons[n] for n in ("Anna Ek", "Per Holm", "Lisa Berg")} == {
        "Anna Ek": ("ordförande", None, None), "Per Holm": ("kassör", None, None), "Lisa Berg": ("sekreterare", None, None)}
    assert "Vakant" not in persons


def test_studentsektion_officials_table_with_user_names_and_committees():
    text = (
        "Sektionsmöte\nProtokoll 2024-03-18\nNärvarande: Ida Ros, Bo Ek\n\n"
        "§ 8 Funktionärer\nFunktion  Namn  E-post\nOrdförande  Anna Ek  annek\nKassör  Per Holm  perhol\n"
        "Valberedning  Valberedningen  valb\nSexmästare  Kim Dahl  kim@sektion.se\nPhaddergruppen  Δ  delta\n"
    )
    persons = by_name(text)
    assert {n: persons[n] for n in ("Anna Ek", "Per Holm", "Kim Dahl")} == {
        "Anna Ek": ("ordförande", None, None), "Per Holm": ("kassör", None, None), "Kim Dahl": ("sexmästare", None, None)}
    assert not {"Valberedningen", "Δ", "perhol", "annek"} & set(persons)


def test_one_row_of_a_title_and_a_name_without_a_header_is_no_table():
    text = "Styrelsen\nProtokoll 2024-03-18\nNärvarande: Ida Ros, Bo Ek\n\n§ 2 Lokal\nKassören  Storgatan 4\n"
    assert set(by_name(text)) == {"Ida Ros", "Bo Ek"}


# ---------------------------------------------------------------- blocks


def test_ej_beslutande_with_its_sub_label_on_one_line_gives_the_sub_labels_role():
    text = (
        "Socialnämnden\nProtokoll 2024-03-18\nBeslutande: Anna Ek (S), ordförande\n"
        "Ej beslutande  Ersättare\nPer Ny (M)\nLisa Holm (C)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ersättare", None, "M"), "Lisa Holm": ("ersättare", None, "C")}


def test_a_kommunfullmaktige_list_in_lower_case_with_the_party_first():
    text = (
        "Kommunfullmäktige\nProtokoll 2010-03-18\nNärvarande: Ida Ros (s), ordförande\n\n"
        "§ 9 Val av ersättare i kommunstyrelsen\nErsättare\n(s) Jonas Berg\n(fp) Eva Lund\n(c) Kim Dahl, vice ordförande\n"
    )
    persons = by_name(text)
    assert {n: persons[n] for n in ("Jonas Berg", "Eva Lund", "Kim Dahl")} == {
        "Jonas Berg": ("ersättare", None, "S"), "Eva Lund": ("ersättare", None, "FP"),
        "Kim Dahl": ("vice ordförande", None, "C")}


# ---------------------------------------------------------------- running text


def test_forening_stamma_names_people_where_they_are_elected_or_act():
    text = (
        "Föreningsstämma\nProtokoll 2024-03-18\n\n"
        "§ 1 Val av sekreterare\nTill sekreterare för stämman valdes Ulf Berg.\n"
        "§ 2 Val av justerare\nTill justerare valdes Eva Lind och Per Ek.\n"
        "§ 3 Ekonomi\nInformation lämnas av ekonomichef Sara Holm.\n"
        "§ 4 Butiken\nInnehavaren (Lars Lind) berättar om butiken.\n"
        "§ 5 Valberedning\nMötet beslutade om nominering av Maria Ek.\n"
        "§ 6 Revisor\nStämman valde Boel Ek (omval) till revisor.\n"
        "§ 7 Avtackning\nRolf Ek avtackades för sina insatser.\n"
        "§ 8 Övrigt\nStina Ros, som är ny i styrelsen, presenterade sig. Mötet avslutades av Kim Dahl.\n"
    )
    assert by_name(text) == {
        "Ulf Berg": ("mötessekreterare", None, None), "Eva Lind": ("justerare", None, None), "Per Ek": ("justerare", None, None),
        "Sara Holm": ("ekonomichef", None, None), "Lars Lind": ("innehavare", None, None), "Maria Ek": (None, None, None),
        "Boel Ek": ("revisor", None, None), "Rolf Ek": (None, None, None), "Stina Ros": (None, None, None),
        "Kim Dahl": (None, None, None),
    }


def test_party_before_a_name_in_running_text():
    text = "Kommunstyrelsen\nProtokoll 2024-03-18\n\n§ 4 Budget\nYrkanden\n(KD) Eva Lund yrkar bifall.\n"
    assert by_name(text)["Eva Lund"] == (None, None, "KD")


# ---------------------------------------------------------------- columns wrapped by the text layer


def test_region_two_column_head_wrapped_keeps_each_name_and_title_apart():
    text = (
        "Regionstyrelsen\nProtokoll 2024-03-18\nNärvarande:\nAnna Svensson,\nTomas Berg (SD)  verksamhetschef\n"
        "Lena Ek, vårdförbundet  Kim Ahl, praktikant\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Svensson": (None, None, None), "Tomas Berg": ("verksamhetschef", None, "SD"),
        "Lena Ek": (None, "vårdförbundet", None), "Kim Ahl": ("praktikant", None, None)}


# ---------------------------------------------------------------- no persons


def test_what_is_no_person_beside_real_names():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-03-18\nNärvarande: Per Hoel (S), Simon Ek Paragrafer\n"
        "Övriga: Eva Ros, Kommunikatör Vård & Omsorg\nBo Ek, hus 3\n\n"
        "§ 1 Ärende\nPer Hoels förslag bifölls. Offerter från Bygg Nord, Färg Center och Järn Boden.\n"
        "Kommunikatör Vård & Omsorg informerar om läget.\nHotell Norden, som ligger centralt, bokas.\n"
        "Arbetet utförs av Bygg Nord.\n"
        "Justeras\nPatrik Ek Nils Berg\n"
    )
    assert by_name(text) == {
        "Per Hoel": (None, None, "S"), "Simon Ek": (None, None, None), "Eva Ros": ("kommunikatör", "Vård & Omsorg", None),
        "Bo Ek": (None, None, None), "Patrik Ek": ("justerare", None, None), "Nils Berg": ("justerare", None, None)}


def test_a_name_of_three_words_stays_one_person():
    text = "Styrelsen\nProtokoll 2024-03-18\nNärvarande:\nAnna Karin Berg\nPer Olof Ek\nKerstin von Braun Holm\n\n§ 1 Ärende\nText.\n"
    assert set(by_name(text)) == {"Anna Karin Berg", "Per Olof Ek", "Kerstin von Braun Holm"}


def test_titles_before_names_joined_by_och_are_no_unit_name():
    text = (
        "Vårmöte\nProtokoll 2024-03-18\n\n§ 9 Firmatecknare\n"
        "Mötet valde ordförande Anna Ek och kassör Per Ny separat till firmatecknare.\n"
    )
    persons = by_name(text)
    assert persons["Anna Ek"][0] == "ordförande" and persons["Per Ny"][0] == "kassör"


def test_samfallighet_elected_list_with_the_title_in_the_next_column():
    text = (
        "Årsstämma\nProtokoll 2024-03-18\n\n§ 14 Val av styrelse\nTill ny styrelse valdes:\n"
        "Björn Ek\tOrdförande, fyllnadsval ett år\nEva Lund\tLedamot, två år\n\n"
        "§ 15 Val av suppleanter\nStämman väljer Ylva Sand som suppleant. Samt ett nyval i form av Emil Ros, också\n"
        "vald på ett år.\n"
    )
    persons = by_name(text)
    assert persons["Björn Ek"][0] == "ordförande" and persons["Eva Lund"][0] == "ledamot"
    assert persons["Ylva Sand"][0] == "suppleant" and persons.get("Emil Ros", (None,))[0] is None


def test_kommunstyrelse_serving_member_and_lists_of_an_entledigande_och_val():
    text = (
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-18\nBeslutande Anna Ek (S), ordförande\nLisa Holm (C)\n"
        "Kim Dahl (SD) tjänstgörande ersättare för Bo Sten (SD)\n\n"
        "§ 2 Entledigande och val av ersättare\nLedamöter\n(M) Rut Ås\n(KD) Gun Vik\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Lisa Holm": ("ledamot", None, "C"),
        "Kim Dahl": ("tjänstgörande ersättare", None, "SD"), "Bo Sten": ("ledamot", None, "SD"),
        "Rut Ås": ("ledamot", None, "M"), "Gun Vik": ("ledamot", None, "KD")}


def test_studentsektion_elects_with_a_nickname_and_without_naming_the_function_again():
    text = (
        "Sektionsmöte\nProtokoll 2024-03-18\n\n§5 Val av kassör\nTill kassör nominerades Jonas \"Jonte\" Sand.\n"
        "Mötet valde Jonas Sand.\n§6 Fyllnadsval\nKandidater: Sara Ros, Ulf Vik\nSara Ros valdes.\n"
        "§7 Plattform\nStyrelsen valde Microsoft Teams.\n"
    )
    assert by_name(text) == {"Jonas Sand": ("kassör", None, None), "Sara Ros": (None, None, None), "Ulf Vik": (None, None, None)}


def test_brf_stamma_elects_without_a_function_and_with_an_auditing_firm():
    text = (
        "Ordinarie föreningsstämma\nProtokoll 2024-05-12\n\n"
        "§ 3 Anmälan av stämmoordförandens val av protokollförare\nOrdföranden anmälde Lisa Holm som protokollförare.\n"
        "§ 4 Val av två justerare tillika rösträknare\nStämman valde Kim Dahl och Eva Lund.\n"
        "§ 6 Val av revisor\nTill revisor valdes Rut Ås, BoRevision AB.\n"
    )
    assert by_name(text) == {
        "Lisa Holm": ("protokollförare", None, None), "Kim Dahl": ("justerare", None, None),
        "Eva Lund": ("justerare", None, None), "Rut Ås": ("revisor", None, None)}


def test_a_function_sub_heading_gives_the_role_and_a_slip_in_a_surname_is_one_person():
    text = (
        "Stormöte\nProtokoll 2024-03-18\n\n§ 2 Val av mötesfunktionärer\na. Mötesordförande\n"
        "Mötet nominerar och väljer Frans Ek\nb. Mötessekreterare\nMötet nominerar och väljer Robin Sliwa\n"
        "§ 3 Verksamhetsberättelse\nVerksamhetsberättelsen berättas av Frans Ekk och David Bergstöm.\n"
        "Mötet valde David Bergström och Anna Borg till revisorer. Anna Berg yrkar bifall.\n"
        "Vid protokollet\nRobin Silwa\n"
    )
    persons = by_name(text)
    assert persons["Frans Ek"][0] == "mötesordförande"
    # the signature is read first and keeps its spelling; the role comes from the election
    assert persons["Robin Silwa"][0] == "mötessekreterare" and "Robin Sliwa" not in persons
    assert "David Bergström" in persons and "David Bergstöm" not in persons
    assert {"Anna Borg", "Anna Berg"} <= set(persons)


def test_kommunstyrelse_voting_list_with_party_and_vote_columns_set_apart_by_spaces():
    text = (
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-18\nBeslutande Anna Ek (S), ordförande\n\n§ 5 Budget\nText.\n"
        "§ 6 Närvaro- och omröstningslista\nLedamöter  Parti  Närvarande  Ja  Nej\n"
        "Anna Ek, ordförande  S  X  X\nPer Ny  M  X    X\nLisa Holm  C  X  X\nErsättare\nKim Dahl  SD  X\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"), "Lisa Holm": ("ledamot", None, "C"),
        "Kim Dahl": ("ersättare", None, "SD")}


def test_a_party_written_without_parentheses_after_the_name():
    text = (
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-18\nBeslutande: Anna Ek, S, ordförande\nPer Ny, M\nLisa Holm S\n"
        "Eva Ås – V\nOla Ros, VD\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"), "Lisa Holm": ("ledamot", None, "S"),
        "Eva Ås": ("ledamot", None, "V"), "Ola Ros": ("VD", None, None)}


def test_names_with_accents_from_all_over_europe():
    text = (
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-18\nBeslutande: Ayşe Çelik (S), ordförande\nMilan Ibrahimović (M)\n\n"
        "§ 1 Ärende\nJosé Muñoz (V) yrkar bifall.\n"
    )
    assert by_name(text) == {
        "Ayşe Çelik": ("ordförande", None, "S"), "Milan Ibrahimović": ("ledamot", None, "M"), "José Muñoz": (None, None, "V")}


def test_a_nickname_in_quotes_between_first_name_and_surname_in_attendance_and_text():
    text = (
        "Sektionsmöte\nProtokoll 2024-03-18\nNärvarande: Anna \"Anki\" Ek, Per “Pelle” Ny, Lisa Holm\n\n"
        "§ 1 Val av kassör\nTill kassör nominerades Jonas \"Jonte\" Sand.\n"
    )
    assert by_name(text) == {
        "Anna Ek": (None, None, None), "Per Ny": (None, None, None), "Lisa Holm": (None, None, None),
        "Jonas Sand": ("kassör", None, None)}


def test_association_labels_with_an_organs_genitive_and_guests():
    text = (
        "Styrelsemöte\nProtokoll 2024-03-18\nNärvarande från styrelsen: Anna Ek, Per Ny\n"
        "Mötets ordförande: Kim Dahl\nFöreningens kassör: Olle Sand\nGäster: Bo Sten, Rut Ås\n"
        "Anmält förhinder\nLisa Holm\nGun Vik\nProtokollförare\nEva Lund\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": (None, None, None), "Per Ny": (None, None, None), "Kim Dahl": ("mötesordförande", None, None),
        "Olle Sand": ("kassör", None, None), "Bo Sten": (None, None, None), "Rut Ås": (None, None, None),
        "Lisa Holm": (None, None, None), "Gun Vik": (None, None, None), "Eva Lund": ("protokollförare", None, None)}


def test_a_name_over_its_title_in_a_signature_stays_a_caption():
    text = "Styrelsemöte\nProtokoll 2024-03-18\nNärvarande: Anna Ek, Per Ny\n\n§ 1 Ärende\nText.\n\nJusteras\n\nAnna Ek\nOrdförande\nPer Ny\nJusterare\n"
    assert by_name(text) == {"Anna Ek": ("ordförande", None, None), "Per Ny": ("justerare", None, None)}
