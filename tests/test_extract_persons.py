"""Persons and bodies written the way organisations other than the sample documents write them:
first-name lists and handles (associations), compound committee names (kommuner), signature rows."""

from arkiv.ingest.extract import parse_document


def persons(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.organisation, p.party) for p in parse_document([text]).persons]


def test_a_compound_committee_name_is_the_body_whole():
    for body in ("Kultur- och fritidsnämnden", "Barn- och utbildningsnämnden", "Miljö- och byggnadsnämnden"):
        doc = parse_document([f"{body}\nProtokoll 2024-05-12\n\n§ 4 Bidrag\n{body} beslutar att bevilja bidraget.\n"])
        assert doc.body == body


def test_first_names_in_a_comma_list_are_kept_as_written():
    text = "Styrelsemöte Föreningen Kajaken 2024-02-01\nNärvarande: Kalle, Sara, Jonas (jonte) och Mia Holm\n\n§ 1 Öppnande\nMötet öppnades.\n"
    assert persons(text) == [
        ("Kalle", None, None, None), ("Sara", None, None, None),
        ("Jonas", None, None, None), ("Mia Holm", None, None, None),
    ]


def test_first_names_one_per_line_under_a_label():
    """One word alone is a person only as a list item and when the dictionary spells it capitalised."""
    text = "Protokoll styrelsemöte 2024-09-03\nDeltagare:\n- Per\n- Greta\n- Ahmed Yusuf\n\n§ 1 Mötets öppnande\nPer öppnade mötet.\n"
    assert [p[0] for p in persons(text)] == ["Per", "Greta", "Ahmed Yusuf"]


def test_a_handle_beside_a_name_is_neither_a_name_nor_an_organisation():
    text = "Styrelsemöte 2024-02-01\nNärvarande:\n- nisse (Nils Berg)\n- Lisa Ekholm (lisae)\n\n§ 1 Öppnande\nMötet öppnades.\n"
    assert persons(text) == [("Nils Berg", None, None, None), ("Lisa Ekholm", None, None, None)]


def test_a_party_and_a_role_in_parentheses_still_count():
    text = "Valnämnden protokoll 2024-04-02\nBeslutande: Eva Strand (KD), Olof Nyström (ordförande)\n\n§ 1 Val\nText.\n"
    assert persons(text) == [("Eva Strand", "ledamot", None, "KD"), ("Olof Nyström", "ordförande", None, None)]


def test_lines_that_only_look_like_names_are_no_persons():
    for attendance in ("Närvarande: Styrelsen och Revisorerna", "Närvarande: 14 medlemmar enligt bilaga",
                       "Närvarande: Alla ledamöter", "Närvarande: Samtliga, Personal",
                       "Deltagare:\nSekreterare\n\nParagrafer\n", "Deltagare:\nMötet öppnades klockan 18.00."):
        text = f"Protokoll styrelsemöte 2024-09-03\n{attendance}\n\n§ 1 Mötets öppnande\nText.\n"
        assert persons(text) == [], attendance


def test_a_row_of_names_over_a_row_of_roles_pairs_each_name_with_its_role():
    text = (
        "Byggnadsnämnden protokoll 2024-04-04\n\n§ 1 Bygglov\nNämnden beslutar att bevilja bygglov.\n\n"
        "Vid protokollet\n\nCarl Andersson        Karin Holm\nOrdförande            Justerare\n"
    )
    assert persons(text) == [("Carl Andersson", "ordförande", None, None), ("Karin Holm", "justerare", None, None)]


def test_the_signer_under_vid_protokollet_is_the_meeting_secretary_named_in_the_text():
    text = (
        "Protokoll årsmöte Föreningen Ljuset 2024-03-02\n\n§ 1 Val av mötesfunktionärer\n"
        "Mötet valde Stina till mötessekreterare.\n\n§ 2 Avslutning\nMötet avslutades.\n\nVid protokollet: Stina\n"
    )
    assert persons(text) == [("Stina", "mötessekreterare", None, None)]


def test_signature_columns_joined_by_one_space_are_split_into_names():
    """A PDF text layer may join the columns: "Anna Berg Olle Strand" over "Ordförande Justerande"."""
    text = (
        "Kommunstyrelsens arbetsutskott protokoll 2024-02-06\n\n§ 1 Budget\nArbetsutskottet beslutar att anta budgeten.\n\n"
        "Justeras\nAnna Berg Olle Strand\nOrdförande Justerande\n"
    )
    assert persons(text) == [("Anna Berg", "ordförande", None, None), ("Olle Strand", "justerare", None, None)]


def test_an_acronym_in_a_signature_row_is_no_part_of_a_name():
    text = "Protokoll styrelsemöte 2024-09-03\n\n§ 1 Avslutning\nMötet avslutades.\n\nVid protokollet\nAnna Berg YHA Strand\n"
    assert ("Anna Berg YHA Strand", "sekreterare", None, None) not in persons(text)


def test_a_row_of_signature_labels_pairs_with_the_names_under_the_rules():
    """"Vid protokollet Justeras" over lines to sign on and the two names: secretary and adjuster."""
    text = (
        "Protokoll styrelsemöte Bysjöns samfällighetsförening 2025-03-13\n\n1. Mötet öppnades\nText.\n\n"
        "Vid protokollet Justeras\n______________________________ ______________________________\n"
        "Eva Lund Per Ström\n"
    )
    assert persons(text) == [("Eva Lund", "sekreterare", None, None), ("Per Ström", "justerare", None, None)]


def test_two_elected_to_one_function_are_both_kept():
    text = "Kommunstyrelsen protokoll 2024-04-04\n\n§ 2 Val av justerare\nMötet beslutade att välja Karin Holm och Per Ny till justerare.\n"
    assert persons(text) == [("Karin Holm", "justerare", None, None), ("Per Ny", "justerare", None, None)]


def test_an_organisation_line_over_its_members_gives_their_organisation():
    text = ("Samordningsförbundet Västra protokoll 2024-04-04\nNärvarande:\nRegion Dalarna:\nAnna Ek, ledamot\n"
            "Per Ny, ersättare\nFörsäkringskassan:\nEva Ås, ledamot\n\n§ 1 Öppnande\nText.\n")
    assert persons(text) == [("Anna Ek", "ledamot", "Region Dalarna", None), ("Per Ny", "ersättare", "Region Dalarna", None),
                             ("Eva Ås", "ledamot", "Försäkringskassan", None)]


def test_a_substitute_for_a_member_keeps_for_whom_and_one_for_an_organisation_does_not_split():
    text = ("Miljönämnden protokoll 2024-04-04\nTjänstgörande ersättare: Olle Berg (M) ersättare för Eva Strand (M)\n"
            "Närvarande: Per Ny, ersättare för Region Dalarna\n\n§ 1 Öppnande\nText.\n")
    assert persons(text) == [("Olle Berg", "ersättare för Eva Strand", None, "M"), ("Eva Strand", None, None, "M"),
                             ("Per Ny", "ersättare", "Region Dalarna", None)]


def test_signature_box_furniture_and_place_names_are_no_persons():
    text = ("Protokoll styrelsemöte 2024-05-02\nNärvarande: Anna Ek, ordförande\nJusterandes Signatur Utdragsbestyrkande\n\n"
            "§ 1 Verksamheten\nLedamot Nya Hallen informerade. Mötet hölls på Södra Torget.\n")
    assert persons(text) == [("Anna Ek", "ordförande", None, None)]


def test_elections_without_a_function_and_candidates_in_an_election_list():
    text = ("Årsmöte Byalaget Sjövik 2023-07-25\n\n§ 4 Val av protokolljusterare\n"
            "Årsmötet beslutade att välja Karin Barck Holst och Anders Nylander.\n\n§ 13 Val av styrelse\n"
            "Kerstin Von Braun (nyval) för en period på ett år.\n\n§ 16 Val av valberedning\n"
            "Årsmötet beslutade omval av Bengt Strand och Catarina Bergh-Lundin.\n")
    assert [p[0] for p in persons(text)] == [
        "Karin Barck Holst", "Anders Nylander", "Kerstin Von Braun", "Bengt Strand", "Catarina Bergh-Lundin"]


def test_an_election_without_a_function_takes_the_function_its_section_elects_to():
    text = ("Årsmöte Byalaget Sjövik 2023-07-25\n\n§ 4 Val av protokolljusterare, tillika rösträknare\n"
            "Årsmötet beslutade att välja Karin Barck Holst och Anders Nylander.\n\n§ 15 Val av revisorer\n"
            "Årsmötet beslutade att välja Per-Olof Kronström och Britt Lago Bruze.\n\n§ 16 Val av valberedning\n"
            "Årsmötet beslutade omval av Bengt Strand och Catarina Bergh-Lundin.\n")
    assert [(p[0], p[1]) for p in persons(text)] == [
        ("Karin Barck Holst", "justerare"), ("Anders Nylander", "justerare"), ("Per-Olof Kronström", "revisor"),
        ("Britt Lago Bruze", "revisor"), ("Bengt Strand", None), ("Catarina Bergh-Lundin", None)]


def test_one_name_spelt_with_and_without_hyphen_or_accent_is_one_person():
    text = ("Miljönämnden protokoll 2024-04-25\nBeslutande: Inga-Lill Bjartén (S), Per-Ove Nilsson (SD)\n\n"
            "§ 1 Yrkanden\nIngalill Bjartén (S) yrkar bifall. Inga-Lill Bjarten (S) föreslår ändring.\n"
            "Per-Ove Nilsson (SD): Enligt förvaltningens förslag\n")
    assert persons(text) == [("Inga-Lill Bjartén", "ledamot", None, "S"), ("Per-Ove Nilsson", "ledamot", None, "SD")]


def test_a_party_in_parentheses_followed_by_a_colon_still_names_the_person():
    text = "Miljönämnden protokoll 2024-04-25\n\n§ 1 Yrkanden\nHåkan Lindh (V): Enligt förvaltningens förslag\n"
    assert persons(text) == [("Håkan Lindh", None, None, "V")]


def test_a_club_that_elects_members_by_user_name_keeps_the_user_names():
    text = ("Protokoll vårmöte Datorklubben Bygeln 2024-02-22\n\n## 2. Val av mötesordförande\nMötet valde nsg till mötesordförande.\n\n"
            "## 3. Val av justeringsmän\nMötet valde bg och medik till justeringsmän.\n\n"
            "## 4. Val av kassör\nMötet valde honom till kassör.\n")
    assert persons(text) == [("nsg", "mötesordförande", None, None), ("bg", "justerare", None, None),
                             ("medik", "justerare", None, None)]
