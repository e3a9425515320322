"""Persons as organisations the rules were not written on lay them out: parties before the name and in
lower case, titles written as acronyms, tables of functions and names, "Ej beslutande" blocks,
people elected or acting in running text, and what is no person (company names, a column label glued
to a name, an address). Each fixture is a few invented lines in the shape of one kind of
organisation: kommunfullmäktige, kommunstyrelse, socialnämnd, region, BRF, studentsektion,
samfällighet. All names are invented."""

from arkiv.ingest.extract import parse_document
from arkiv.swedish import vocabulary


def by_name(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {p.name: (p.role, p.organisation, p.party) for p in parse_document([text]).persons}


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
