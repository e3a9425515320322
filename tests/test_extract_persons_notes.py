"""Persons in the shapes of unseen minutes (issue 10): election tables of a stämma with a term of
office beside each name, working-group notes in Markdown, delegation tables, local parties. Each
fixture is a few invented lines in the shape of one kind of organisation; all names are invented."""

from arkiv.ingest.extract import parse_document


def by_name(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {p.name: (p.role, p.organisation, p.party) for p in parse_document([text]).persons}


# ---------------------------------------------------------------- election tables with a term of office


def test_brf_stamma_board_table_gives_the_role_of_each_heading_and_drops_the_term():
    text = (
        "Brf Eken\nProtokoll fört vid ordinarie föreningsstämma 2024-05-20\n\n"
        "§ 12 Val av styrelseledamöter och suppleanter\nStämman valde följande.\n"
        "Ordinarie ledamöter\nEva Ek   Nyval 2 år\nPer Holm   Omval 1 år\n"
        "Suppleanter\nLisa Berg   Vald till 2027\n"
        "Revisorer\nKarl Lund   Omval 1 år\n\n"
        "§ 13 Avslutning\nMötet avslutades.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ledamot", None, None), "Per Holm": ("ledamot", None, None),
        "Lisa Berg": ("suppleant", None, None), "Karl Lund": ("revisor", None, None),
    }


def test_forening_election_table_in_markdown_cells_keeps_the_term_out_of_the_organisation():
    text = (
        "Föreningen Solrosen\nProtokoll årsmöte 2024-03-02\n\n"
        "§ 8 Val av styrelse\n"
        "Ledamöter\n| Anna Sund | Nyval 2 år |\n| Olof Dal | Kvarstår 1 år |\n\n"
        "Revisorer\n| Maja Strand | Omval 1 år |\n\n"
        "§ 9 Avslutning\nMötet avslutades.\n"
    )
    assert by_name(text) == {
        "Anna Sund": ("ledamot", None, None), "Olof Dal": ("ledamot", None, None),
        "Maja Strand": ("revisor", None, None),
    }


def test_a_term_of_office_alone_is_no_person_and_a_plural_label_is_no_signature_caption():
    text = (
        "Brf Björken\nProtokoll fört vid föreningsstämma 2024-05-20\n\n"
        "§ 10 Val av revisorer\nRevisorer\nNyval 2 år\nStina Ås   Vald till 2026\n\n"
        "§ 11 Avslutning\nMötet avslutades.\n"
    )
    assert by_name(text) == {"Stina Ås": ("revisor", None, None)}


# ---------------------------------------------------------------- local parties


def test_kommun_list_reads_a_local_party_in_mixed_case_as_a_party():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-03-02\n"
        "Beslutande: Anna Ek (S), ordförande, Per Ny (Kb), Eva Ås (SPI)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "Kb"), "Eva Ås": ("ledamot", None, "SPI"),
    }


def test_outside_politics_a_short_parenthesis_stays_an_organisation():
    text = "# Anteckningar arbetsgrupp 2024-03-02\n\nNärvarande: Per Ny (Kb), Eva Ås (Region Syd)\n\n## 1. Inledning\nText.\n"
    assert by_name(text) == {"Per Ny": (None, "Kb", None), "Eva Ås": (None, "Region Syd", None)}
