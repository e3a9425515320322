"""Persons as other organisations write them, beyond the sample documents: attendance heads laid out
in columns (kommunfullmäktige, byggnadsnämnd, region), names and titles broken over a line, compound
titles, genitives, organisations in parentheses (facklig förening), elections in running text and
notes by first name (studentsektion, BRF). All names are invented."""

from arkiv.ingest.extract import parse_document


def persons(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.organisation, p.party) for p in parse_document([text]).persons]


def by_name(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {p.name: (p.role, p.organisation, p.party) for p in parse_document([text]).persons}


def test_kommunfullmaktige_columns_under_a_head_give_each_person_the_role_of_their_sub_label():
    text = (
        "Kommunfullmäktige\nSammanträdesprotokoll 2024-03-18\n"
        "Beslutande  Ledamöter  Tjänstgörande ersättare\n"
        "Anna Ek (S), ordförande  Per Ny (M)\n"
        "Erik Sten (M)  Lisa Holm (C)\n"
        "Karl Berg (SD)\n"
        "Övriga närvarande  Ersättare\n"
        "Maja Lind (S)\n"
        "Olle Ås (V)\n\n"
        "§ 1 Val av justerare\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Erik Sten": ("ledamot", None, "M"), "Karl Berg": ("ledamot", None, "SD"),
        "Per Ny": ("tjänstgörande ersättare", None, "M"), "Lisa Holm": ("tjänstgörande ersättare", None, "C"),
        "Maja Lind": ("ersättare", None, "S"), "Olle Ås": ("ersättare", None, "V"),
    }


def test_byggnadsnamnd_head_with_one_sub_label_and_tab_separated_columns():
    text = (
        "Byggnadsnämnden\nProtokoll 2024-05-02\n"
        "Närvarande\tLedamöter\n"
        "Sven Dahl (S), ordförande\nGun Berg (M)\n"
        "Tjänstgörande ersättare\nRolf Sand (C)\n"
        "Ersättare\nNils Vik (L)\nEva Rask (KD)\n\n"
        "§ 5 Bygglov\nNämnden beslutar att bevilja bygglov.\n"
    )
    assert persons(text) == [
        ("Sven Dahl", "ordförande", None, "S"), ("Gun Berg", "ledamot", None, "M"),
        ("Rolf Sand", "tjänstgörande ersättare", None, "C"), ("Nils Vik", "ersättare", None, "L"),
        ("Eva Rask", "ersättare", None, "KD"),
    ]


def test_a_head_of_labels_alone_over_nothing_gives_no_person():
    text = "Regionstyrelsen\nProtokoll 2024-05-02\nBeslutande  Ledamöter  Ersättare\n\n§ 1 Ärende\nText.\n"
    assert persons(text) == []


def test_the_member_served_for_broken_over_a_line_is_joined_not_a_lone_surname():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-04-01\nBeslutande: Anna Ek (S), ordförande\n"
        "Tjänstgörande ersättare: Per Ny (M) för Maria\nLund (M)\n\n§ 1 Ärende\nText.\n"
    )
    assert persons(text) == [
        ("Anna Ek", "ordförande", None, "S"), ("Per Ny", "ersättare för Maria Lund", None, "M"),
        ("Maria Lund", "ledamot", None, "M"),
    ]


def test_regionfullmaktige_columns_interleaved_row_by_row_keep_the_broken_name_in_its_column():
    text = (
        "Regionfullmäktige\nProtokoll 2024-03-18\n"
        "Beslutande  Ledamöter  Tjänstgörande ersättare\n"
        "Anna Ek (S), ordförande  Per Ny (M) för Maria\n"
        "Erik Sten (M)  Lund (M)\n"
        "Karl Berg (SD)\n\n"
        "§ 1 Ärende\nText.\n"
    )
    found = by_name(text)
    assert found == {
        "Anna Ek": ("ordförande", None, "S"), "Erik Sten": ("ledamot", None, "M"), "Karl Berg": ("ledamot", None, "SD"),
        "Per Ny": ("ersättare för Maria Lund", None, "M"), "Maria Lund": ("ledamot", None, "M"),
    }
    assert "Lund" not in found


def test_staff_title_wrapped_in_a_two_column_head_is_joined():
    text = (
        "Miljönämnden\nProtokoll 2024-04-01\n"
        "Beslutande  Anna Ek (S), ordförande  Övriga närvarande  Oscar Ek, miljö- och\n"
        "Per Ny (M)  hälsoskyddsinspektör § 5\n\n"
        "§ 5 Tillsyn\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"),
        "Oscar Ek": ("miljö- och hälsoskyddsinspektör", None, None),
    }


def test_words_of_the_neighbouring_column_are_no_organisation():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-04-01\n"
        "Beslutande Anna Ek (S), ordförande Maria Vik ersätter Peter\n"
        "Erik Sten (M), ledamot\n\n§ 1 Ärende\nText.\n"
    )
    found = by_name(text)
    assert found["Anna Ek"] == ("ordförande", None, "S")
    assert found["Erik Sten"] == ("ledamot", None, "M")
    assert "Maria Vik" not in found  # never given Anna Ek's title


def test_a_signature_row_of_labels_is_no_head_of_columns():
    text = (
        "Byggnadsnämnden protokoll 2024-04-04\n\n§ 1 Bygglov\nNämnden beslutar att bevilja bygglov.\n\n"
        "Vid protokollet\n\nCarl Andersson        Karin Holm\nOrdförande            Justerare\n"
    )
    assert persons(text) == [("Carl Andersson", "ordförande", None, None), ("Karin Holm", "justerare", None, None)]
