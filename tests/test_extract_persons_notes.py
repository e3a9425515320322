"""Persons in the shapes of unseen minutes (issue 10): election tables of a stämma with a term of
office beside each name, working-group notes in Markdown, delegation tables, local parties. Each
fixture is a few invented lines in the shape of one kind of organisation; all names are invented."""

from tests.extraction import by_name


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


def test_samfallighet_term_column_with_its_header_and_the_years_written_first():
    text = (
        "Samfällighetsföreningen Ängen\nProtokoll fört vid årsstämma 2024-05-20\nNärvarande: 14 medlemmar\n\n"
        "§ 12 Val av styrelse\nOrdinarie ledamöter   Mandattid\nEva Ek   2 år, nyval\nPer Holm   1 år kvar\n"
        "Suppleanter: Lisa Berg (nyval 2 år), Kim Dahl (omval 1 år)\n\n§ 13 Avslutning\nText.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("ledamot", None, None), "Per Holm": ("ledamot", None, None),
        "Lisa Berg": ("suppleant", None, None), "Kim Dahl": ("suppleant", None, None),
    }


def test_election_lead_with_ordinarie_gives_the_function_and_the_term_is_no_title():
    text = (
        "Brf Eken\nProtokoll fört vid ordinarie föreningsstämma 2024-05-20\nNärvarande: 14 medlemmar\n\n"
        "§ 12 Val av styrelseledamöter\nTill ordinarie ledamöter valdes:\nEva Ek, nyval 2 år\nPer Holm, omval 2 år\n\n"
        "§ 13 Avslutning\nText.\n"
    )
    assert by_name(text) == {"Eva Ek": ("ledamot", None, None), "Per Holm": ("ledamot", None, None)}


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


# ---------------------------------------------------------------- working-group notes in Markdown


def test_arbetsgrupp_notes_read_bullets_under_a_label_with_a_hard_break():
    text = (
        "# Anteckningar arbetsgrupp 2024-03-02\n\nVid protokollet: Eva Ek\n\n"
        "Närvarande:\\\n- Anna Berg\n- Per Ek (Region Norr)\n- Jens Holm, projektledare\n\n"
        "Frånvarande:  \n- Lisa Sand (Region Syd)\n\n"
        "## 1. Inledning\nGenomgång av läget.\n"
    )
    assert by_name(text) == {
        "Eva Ek": ("sekreterare", None, None), "Anna Berg": (None, None, None),
        "Per Ek": (None, "Region Norr", None), "Jens Holm": ("projektledare", None, None),
        "Lisa Sand": (None, "Region Syd", None),
    }


def test_a_full_name_at_an_organisation_in_running_text_is_a_person_of_that_organisation():
    text = (
        "# Minnesanteckningar nätverksträff 2024-04-10\n\nNärvarande: Jens Holm, Eva Ek\n\n"
        "## 1. Omvärld\nAnna Berg på Göteborgs universitet presenterade en studie. "
        "Mötet noterade att Kim Lind från Region Väst deltar nästa gång.\n"
        "Eva Ek hos Försäkringskassan tar fram underlaget. Per Strand från SKR informerade.\n"
    )
    assert by_name(text) == {
        "Jens Holm": (None, None, None), "Eva Ek": (None, "Försäkringskassan", None),
        "Anna Berg": (None, "Göteborgs universitet", None), "Kim Lind": (None, "Region Väst", None),
        "Per Strand": (None, "SKR", None),
    }


def test_no_person_at_an_organisation_without_a_full_name():
    text = (
        "# Anteckningar 2024-04-10\n\nNärvarande: Jens Holm\n\n"
        "## 1. Omvärld\nStyrelsen på Göteborgs universitet har beslutat. Jens från Region Väst berättade. "
        "Representanter från Region Norr deltog. Mötet hos Umeå kommun blir i maj. "
        "Ett förslag från MP och ett från SKR.\n"
    )
    assert by_name(text) == {"Jens Holm": (None, None, None)}


# ---------------------------------------------------------------- who keeps the minutes is announced


def test_forening_announces_the_protokollforare_in_either_word_order():
    text = (
        "Föreningen Solen\nProtokoll årsmöte 2024-03-02\n\n"
        "§ 3 Val av protokollförare\nTill protokollförare anmäldes Per Holm.\n\n"
        "§ 4 Val av justerare\nStyrelsen anmälde Eva Ek som protokollförare för nästa möte. "
        "Lisa Berg anmäldes som justerare. Kim Dahl anmäldes till kursen.\n"
    )
    assert by_name(text) == {
        "Per Holm": ("protokollförare", None, None), "Eva Ek": ("protokollförare", None, None),
        "Lisa Berg": ("justerare", None, None),
    }


# ---------------------------------------------------------------- delegation tables


def test_delegation_table_names_the_decider_without_the_title_or_unit_beside_the_name():
    text = (
        "Socialnämnden\nProtokoll 2024-03-02\nBeslutande: Anna Ek (S), ordförande\n\n"
        "§ 5 Anmälan av delegationsbeslut\n"
        "| Ärende | Beslutsfattare | Datum |\n|---|---|---|\n"
        "| Avtal om städning | Eva Ek EC Ekonomi | 2024-02-01 |\n"
        "| Attest | Per Holm HR-chef | 2024-02-03 |\n"
        "| Bidrag | Ekonomienheten | 2024-02-05 |\n"
        "| Yttrande | Socialchef | 2024-02-07 |\n\n"
        "Nämnden lägger delegationsbesluten till handlingarna.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Eva Ek": (None, None, None), "Per Holm": ("HR-chef", None, None),
    }


def test_delegation_table_with_tab_columns_and_a_title_after_a_comma():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-03-02\nBeslutande: Anna Ek (S), ordförande\n\n§ 5 Delegationsbeslut\n"
        "Ärende\tDelegat\tDatum\nAvtal om städning\tEva Ek EC Ekonomi\t2024-02-01\n"
        "Attest\tLisa Berg, enhetschef\t2024-02-03\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Eva Ek": (None, None, None), "Lisa Berg": ("enhetschef", None, None),
    }


def test_a_table_without_a_decider_column_gives_no_person():
    text = (
        "Byggnadsnämnden\nProtokoll 2024-03-02\nBeslutande: Anna Ek (S), ordförande\n\n"
        "§ 6 Bygglov\n| Fastighet | Sökande | Datum |\n|---|---|---|\n| Eken 1:2 | Bygg Nord AB | 2024-02-01 |\n"
    )
    assert by_name(text) == {"Anna Ek": ("ordförande", None, "S")}


# ---------------------------------------------------------------- signature boxes


def test_valnamnd_signature_row_with_its_paragraph_label_beside_the_name():
    for row in ("Eva Ek   Paragrafer § 1-11", "Eva Ek Paragrafer 1-11", "Eva Ek\tParagraf § 4"):
        text = (
            "Valnämnden\nProtokoll 2024-03-02\nBeslutande: Anna Ek (S), ordförande\n\n§ 1 Ärende\nText.\n\n"
            f"Underskrifter\nSekreterare\n{row}\nOrdförande\nAnna Ek\n"
        )
        assert by_name(text) == {"Anna Ek": ("ordförande", None, "S"), "Eva Ek": ("sekreterare", None, None)}, row


def test_signature_rule_row_with_the_paragraph_label_on_the_right():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-03-02\nBeslutande: Anna Ek (S), ordförande\n\n§ 1 Ärende\nText.\n\n"
        "Underskrifter\nSekreterare   .........................   Paragrafer § 1-11\n              Eva Ek\n"
        "Ordförande    .........................\n              Anna Ek\n"
    )
    assert by_name(text) == {"Anna Ek": ("ordförande", None, "S"), "Eva Ek": ("sekreterare", None, None)}


# ---------------------------------------------------------------- staff titles broken over lines


def test_socialnamnd_staff_title_broken_over_two_lines_is_one_title_and_the_unit_line_no_person():
    text = (
        "Socialnämnden\nProtokoll 2024-03-02\nBeslutande: Anna Ek (S), ordförande\n"
        "Övriga deltagare: Eva Lund, HR &\nKommunikationschef\nPer Holm, verksamhetschef\nHemtjänst Väst § 6\n"
        "Lisa Berg, nämndsekreterare\n\n§ 6 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Eva Lund": ("hr & kommunikationschef", None, None),
        "Per Holm": ("verksamhetschef", "Hemtjänst Väst", None), "Lisa Berg": ("nämndsekreterare", None, None),
    }


def test_a_name_after_a_title_line_starts_a_new_entry():
    text = (
        "Region Nord\nProtokoll 2024-03-02\nNärvarande: Anna Ek, ordförande\n"
        "Övriga deltagare: Per Holm, ekonomichef\nStig Lund, controller\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, None), "Per Holm": ("ekonomichef", None, None), "Stig Lund": ("controller", None, None),
    }


# ---------------------------------------------------------------- first names in lists of the elected


def test_arsmote_list_item_electing_a_first_name_gives_the_attendee_that_role():
    text = (
        "Föreningen Solen\nProtokoll årsmöte 2024-03-02\nNärvarande: Stefan Berg, Eva Ek, Per Holm\n\n"
        "§ 2 Val av mötesfunktionärer\nMötet valde\n(a) Stefan till ordförande\n(b) Eva till sekreterare\n"
        "(c) Lisa Lund som rösträknare\n\n§ 3 Inledning\nJens lägger upp arbetet. Per berättar om läget.\n"
    )
    assert by_name(text) == {
        "Stefan Berg": ("ordförande", None, None), "Eva Ek": ("sekreterare", None, None),
        "Per Holm": (None, None, None), "Lisa Lund": ("rösträknare", None, None),
        # a first name acting at the start of a sentence, nobody named in full with it: kept as written
        "Jens": (None, None, None),
    }


def test_list_items_that_send_money_or_go_to_a_place_name_nobody():
    text = (
        "Föreningen Solen\nProtokoll årsmöte 2024-03-02\nNärvarande: Stefan Berg\n\n"
        "§ 2 Budget\nStyrelsen föreslår\n- Överskott till fonden\n- Bidrag till föreningen\n(a) Stefan till Stockholm\n"
    )
    assert by_name(text) == {"Stefan Berg": (None, None, None)}


def test_bold_labels_of_markdown_notes_head_their_lists():
    text = (
        "# Minnesanteckningar nätverk 2024-03-02\n\n**Närvarande:**\\\n- Anna Berg (Region Norr)\n- Per Ek, Försäkringskassan\n\n"
        "**Frånvarande:**  \n- Lisa Sand\n\n__Vid protokollet__: Kim Lind\n\n## Punkt 1\nText.\n"
    )
    assert by_name(text) == {
        "Anna Berg": (None, "Region Norr", None), "Per Ek": (None, "Försäkringskassan", None),
        "Lisa Sand": (None, None, None), "Kim Lind": ("sekreterare", None, None),
    }


def test_bold_text_that_is_no_label_gives_no_person():
    text = "# Minnesanteckningar 2024-03-02\n\nNärvarande: Anna Berg\n\n**Viktigt:** Budgeten ska vara klar.\n\n## Punkt 1\nText.\n"
    assert by_name(text) == {"Anna Berg": (None, None, None)}


# ---------------------------------------------------------------- "och" ends a list, it is no title


def test_an_attendance_line_broken_after_och_gives_no_role_och():
    for text in (
        "Kommunstyrelsen\nProtokoll 2024-03-02\nNärvarande: Anna Ek, Per Ny, och\nEva Ek\n\n§ 1 Ärende\nText.\n",
        "Kommunstyrelsen\nProtokoll 2024-03-02\nNärvarande: Anna Ek, Per Ny och\nEva Ek\n\n§ 1 Ärende\nText.\n",
        "Kommunstyrelsen\nProtokoll 2024-03-02\nNärvarande: Anna Ek, Per Ny, samt\nEva Ek\n\n§ 1 Ärende\nText.\n",
    ):
        assert by_name(text) == {"Anna Ek": (None, None, None), "Per Ny": (None, None, None), "Eva Ek": (None, None, None)}, text


# ---------------------------------------------------------------- regions and units as subjects


def test_a_region_or_a_unit_acting_in_running_text_is_no_person_but_a_named_member_is():
    text = (
        "# Anteckningar arbetsgrupp 2024-03-02\n\nNärvarande: Jens Holm\n\n## 1. Läget i regionerna\n"
        "Region Jämtland Härjedalen presenterade en plan.\nSkåne Nordost redovisade siffrorna.\n"
        "Region Norr meddelar att budgeten är klar.\nAnna Berg informerade om utbildningen.\n"
    )
    assert by_name(text) == {"Jens Holm": (None, None, None), "Anna Berg": (None, None, None)}


# ---------------------------------------------------------------- two heads side by side


def test_valnamnd_two_heads_side_by_side_each_keep_their_column():
    text = (
        "Valnämnden\nProtokoll 2024-03-02\n"
        "Beslutande                          Tjänstgörande ersättare\n"
        "Anna Ek (S), ordförande             Eva Ås (C)\nPer Ny (M)\n\n"
        "Övriga närvarande\nBo Sten, sekreterare\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"),
        "Eva Ås": ("tjänstgörande ersättare", None, "C"), "Bo Sten": ("sekreterare", None, None),
    }


def test_a_tjanstgorande_ersattare_below_a_blank_line_in_the_right_column_keeps_the_role():
    text = (
        "Valnämnden\nProtokoll 2024-03-02\n"
        "Beslutande                          Övriga närvarande\n"
        "Anna Ek (S), ordförande             Bo Sten, sekreterare\nPer Ny (M)\n\n"
        "                                    Tjänstgörande ersättare\n                                    Eva Ås (C)\n\n"
        "§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"),
        "Eva Ås": ("tjänstgörande ersättare", None, "C"), "Bo Sten": ("sekreterare", None, None),
    }


def test_a_label_the_left_column_broke_over_two_lines_is_one_label():
    text = (
        "Valnämnden\nProtokoll 2024-03-02\n"
        "Beslutande           Anna Ek (S), ordförande\n                     Per Ny (M)\n"
        "Tjänstgörande        Eva Ås (C)\nersättare            Kim Dahl (V)\n\n"
        "Övriga närvarande    Bo Sten, sekreterare\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"),
        "Eva Ås": ("tjänstgörande ersättare", None, "C"), "Kim Dahl": ("tjänstgörande ersättare", None, "V"),
        "Bo Sten": ("sekreterare", None, None),
    }


def test_the_right_column_of_a_head_goes_on_below_a_blank_line_at_the_same_indent():
    text = (
        "Valnämnden\nProtokoll 2024-03-02\n"
        "Beslutande           Anna Ek (S), ordförande\n                     Per Ny (M)\n\n"
        "                     Eva Ås (C), tjänstgörande ersättare\n\nKim Dahl, Storgatan 4\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"),
        "Eva Ås": ("tjänstgörande ersättare", None, "C"),
    }


def test_kommun_head_in_two_columns_with_local_parties_staff_units_and_signature_boxes():
    text = (
        "SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2024-03-12\n\n"
        "Plats och tid      Kommunhuset, kl. 13.00-15.30\n"
        "Beslutande         Anna Ek (S), ordförande\n                   Per Ny (M), vice ordförande\n"
        "                   Lars Holm (Kb)\n"
        "Övriga deltagare   Lisa Berg, socialchef\n                   Stig Lund, verksamhetschef\n"
        "                   Individ- och familjeomsorg § 6\n                   Maja Strand, nämndsekreterare\n\n"
        "Underskrifter      Sekreterare   .....................   Paragrafer § 1-11\n"
        "                                 Maja Strand\n"
        "                   Ordförande    .....................\n                                 Anna Ek\n\n"
        "§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("vice ordförande", None, "M"), "Lars Holm": ("ledamot", None, "Kb"),
        "Lisa Berg": ("socialchef", None, None), "Stig Lund": ("verksamhetschef", "Individ- och familjeomsorg", None),
        "Maja Strand": ("nämndsekreterare", None, None),
    }


# ---------------------------------------------------------------- a BRF stämma from opening to signatures


def test_brf_stamma_singular_labels_each_over_one_name_and_justerare_tillika_rostraknare():
    text = (
        "Protokoll fört vid ordinarie föreningsstämma i Brf Linden\nDatum: 2024-05-20\n\n"
        "§ 4 Val av två justerare tillika rösträknare\n"
        "Till justerare tillika rösträknare valdes Ola Ström och Britt Vik.\n\n"
        "§ 14 Val av styrelseledamöter och suppleanter\nOrdinarie ledamöter\n"
        "Nils Berg       Nyval 2 år\nAnna Dal        Kvarstår 1 år\nSuppleant\nTor Lind        Nyval 1 år\n\n"
        "§ 15 Val av revisor och revisorssuppleant\nRevisor\nIngrid Hed      Omval 1 år\n"
        "Revisorssuppleant\nBo Kvist        Nyval 1 år\n\n§ 16 Avslutning\nText.\n"
    )
    assert by_name(text) == {
        "Ola Ström": ("justerare", None, None), "Britt Vik": ("justerare", None, None),
        "Nils Berg": ("ledamot", None, None), "Anna Dal": ("ledamot", None, None), "Tor Lind": ("suppleant", None, None),
        "Ingrid Hed": ("revisor", None, None), "Bo Kvist": ("revisorssuppleant", None, None),
    }


def test_a_singular_label_under_a_signed_name_is_still_its_caption():
    text = (
        "Revisionsberättelse för Brf Linden\n2024-03-01\n\n§ 1 Granskning\nRäkenskaperna är granskade.\n\n"
        "Ingrid Hed\nRevisor\n"
    )
    assert by_name(text) == {"Ingrid Hed": ("revisor", None, None)}


def test_signature_row_with_two_adjusters_under_one_justeras():
    text = (
        "Protokoll fört vid föreningsstämma i Brf Linden\nDatum: 2024-05-20\n\n§ 1 Öppnande\nText.\n\n"
        "Vid protokollet             Justeras\nSara Holm                   Ola Ström          Britt Vik\n"
    )
    assert by_name(text) == {
        "Sara Holm": ("sekreterare", None, None), "Ola Ström": ("justerare", None, None), "Britt Vik": ("justerare", None, None),
    }


def test_a_row_of_three_names_under_two_roles_that_are_no_adjusters_is_not_paired():
    text = (
        "Protokoll fört vid föreningsstämma i Brf Linden\nDatum: 2024-05-20\n\n§ 1 Öppnande\nText.\n\n"
        "Ordförande                  Sekreterare\nSara Holm                   Ola Ström          Britt Vik\n"
    )
    persons = by_name(text)
    assert persons.get("Britt Vik", (None,))[0] is None and persons.get("Ola Ström", (None,))[0] != "sekreterare"


def test_forening_attendance_ending_with_samt_and_a_part_taken_in_parentheses():
    text = (
        "Protokoll styrelsemöte Föreningen Gröna Ängar 2024-02-10\n\n"
        "Närvarande: Anna Ek (ordf), Per Holm (kassör), Lisa Berg, Kim Dahl samt Sara Ny (adjungerad)\n"
        "Frånvarande: Olle Ås\n\n§ 1 Mötets öppnande\nMötet öppnades.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, None), "Per Holm": ("kassör", None, None), "Lisa Berg": (None, None, None),
        "Kim Dahl": (None, None, None), "Sara Ny": ("adjungerad", None, None), "Olle Ås": (None, None, None),
    }


# ---------------------------------------------------------------- more attendance labels


def test_revision_and_committee_attendance_labels_give_their_roles():
    for label, role in (("Närvarande revisorer", "revisor"), ("Närvarande ledamöter", "ledamot"),
                        ("Närvarande ej tjänstgörande ersättare", "ersättare"), ("Mötesdeltagare", None),
                        ("Deltagande", None), ("Närvarande tjänstepersoner", None), ("Frånvarande ledamöter", None)):
        text = f"Revisionen\nProtokoll 2024-02-10\n{label}: Anna Ek, Per Holm (S)\n\n§ 1 Ärende\nText.\n"
        assert by_name(text) == {"Anna Ek": (role, None, None), "Per Holm": (role, None, "S")}, label


def test_lettered_elections_run_together_in_one_sentence_give_the_attendees_their_roles():
    text = (
        "# Årsmöte Föreningen Solen 2024-03-02\n\nNärvarande: Stefan Berg, Eva Ek, Per Holm\n\n"
        "## 2. Val av mötesfunktionärer\n"
        "Mötet valde (a) Stefan till ordförande, (b) Eva till sekreterare och (c) Per till justerare.\n"
    )
    assert by_name(text) == {
        "Stefan Berg": ("ordförande", None, None), "Eva Ek": ("sekreterare", None, None), "Per Holm": ("justerare", None, None),
    }


def test_plus_bullets_under_a_label_are_a_list_too():
    text = "# Anteckningar 2024-03-02\n\nNärvarande:  \n+ Anna Berg\n+ Per Ek (Region Norr)\n\n## 1\nText.\n"
    assert by_name(text) == {"Anna Berg": (None, None, None), "Per Ek": (None, "Region Norr", None)}


def test_a_participant_table_without_a_label_above_it():
    text = (
        "# Anteckningar nätverksmöte 2024-03-02\n\n| Namn | Organisation | Roll |\n|---|---|---|\n"
        "| Anna Berg | Region Norr | ordförande |\n| Per Ek | Region Syd | |\n\n## 1\nText.\n"
    )
    assert by_name(text) == {"Anna Berg": ("ordförande", "Region Norr", None), "Per Ek": (None, "Region Syd", None)}


def test_a_table_of_names_and_amounts_is_no_participant_list():
    text = (
        "# Anteckningar 2024-03-02\n\nNärvarande: Kim Lind\n\n| Namn | Belopp |\n|---|---|\n| Anna Berg | 300 kr |\n\n## 1\nText.\n"
    )
    assert by_name(text) == {"Kim Lind": (None, None, None)}


def test_a_place_opening_a_note_line_is_no_speaker_but_a_first_name_is():
    text = (
        "# Anteckningar 2024-03-02\n\nNärvarande: Jens Holm\n\n## 1. Läget\n"
        "Göteborg meddelar att budgeten är klar.\nSverige informerade om reglerna.\n"
        "- Norrbotten rapporterar färre ärenden.\nKalle berättar om läget.\nMaria föreslår en ändring.\n"
    )
    assert by_name(text) == {"Jens Holm": (None, None, None), "Kalle": (None, None, None), "Maria": (None, None, None)}
