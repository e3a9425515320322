"""Shapes of round seven (issue 10): first invented shapes of organisation kinds no set had shown
(a kyrkoråd, a kommunalförbund's direktion, a company board, a fackklubb's årsmöte), then the
misses of held-out sets J (public bodies) and K (associations), described as patterns:

- a labelled case number closing the heading line ("§ 4 Budget 2026 Dnr 2025/14");
- an act after a short label ("Motion 1 om friskvård: årsmötet beslöt att avslå motionen.");
- elections written as labels ("Omval på två år: …", "Nyval: …", "Val till justerare: …");
- "lades med godkännande till handlingarna", "Beslut togs idag av styrelsen angående …",
  "avvaktar med" (tabled), "justerade protokoll …", "beslöt att anteckna … till kännedom";
- an item inserted after its number ("2a." between "2." and "3.");
- a name broken over a line after its given name in running text, "Protokollskribent:" (also with
  the initials of a member listed in full: "Protokollskribent: GD."), a form's
  head whose cells are no name ("Nummer      Sammanträdesdatum");
- attendance joined by dashes ("Eva Lind (EL) – Per Holm (PH) – …"), a run-on attendance whose
  labels have no colon ("… (M) Ersättare Lena Dahl (S) …"), "1-e vice ordförande", and titles
  shortened with a dot ("tj.g ersättare", "avd.chef").

Then held-out set L (public bodies, written by a helper who never read the rules): an att-list
whose clause puts a long adverbial before its verb ("att till ny ledamot för tiden till och med …
utse …") or proposes ("att föreslå …", överlämnad), a matter noted in a short passive ("Meddelandena
läggs till handlingarna."), a vote's procedure and reservations that are no decisions, a committee's
proposal that names no organ, "har därmed beslutat", and attendance tables whose header names the
columns (party or nomineringsgrupp, kommun, function).

Then held-out set M (associations, also written by a helper): a volunteer's terse minutes
("Godkänd med tillägg …", "Lades t handl.", "Info noterad.", "Bordlagt tills …", "Förslaget föll"),
"Närv:"/"Frånv:" and why someone was absent, past-tense acts in a protocol with decision blocks
("… valdes att jämte ordföranden justera", "Informationen antecknades.", "Med 41 röster mot 19
avslog årsmötet motionen.", "Styrelsen noterade … och beslutade att …" as two decisions, a date in
what was decided), a plural title over a list ("ledamöterna A, B och C"), a name or function
wrapped to the next line, and a state authority's "dnr 512-4471-2023".

All names are invented."""

from tests.extraction import by_name, decisions, parsed


# ---------------------------------------------------------------- Dnr on the heading line


def test_kyrkorad_case_number_closing_the_heading_belongs_to_the_item_not_its_title():
    doc = parsed(
        "Kyrkorådet i Ekby församling\nProtokoll 2025-03-12\n\n§ 4 Budget 2026 Dnr 2025/14\n"
        "Kyrkorådet beslutar att anta budgeten.\n\n§ 5 Taxor, dnr KR 2025/16\nText.\n\n"
        "§ 6 Yttrande över remiss i ärende KN 2024/01891\nText.\n"
    )
    items = {s.number: (s.title, [c.text for c in s.dnr]) for s in doc.sections}
    assert items == {
        "§ 4": ("Budget 2026", ["Dnr 2025/14"]),
        "§ 5": ("Taxor", ["Dnr KR 2025/16"]),
        "§ 6": ("Yttrande över remiss i ärende KN 2024/01891", []),  # another authority's number
    }


def test_markdown_heading_with_its_case_number_last():
    doc = parsed("## 4. Budget 2026, Dnr 2025/14\nDirektionen beslutar att anta budgeten.\n\n## 5. Taxor\nText.\n",
                 filename="protokoll.md")
    assert [(s.title, [c.key for c in s.dnr]) for s in doc.sections] == [("Budget 2026", ["2025-14"]), ("Taxor", [])]


# ---------------------------------------------------------------- decisions


def test_fackklubb_act_after_a_label_and_elections_written_as_labels():
    doc = parsed(
        "Fackklubben vid Norrvik Verkstäder\nProtokoll årsmöte 2025-02-15\n\n§ 5 Verksamhetsberättelse\n"
        "Verksamhetsberättelsen lades med godkännande till handlingarna.\n§ 8 Val av styrelseledamöter\n"
        "Omval på två år: Tomas Berg, kassör. Nyval på två år: Linnea Öhman.\n§ 9 Motioner\n"
        "Motion 1 om friskvårdsbidrag: årsmötet beslöt att avslå motionen.\n§ 10 Övrigt\n"
        "Medlemsmötet i mars: Sara informerade om planeringen.\n"
    )
    assert decisions(doc) == {
        "§ 5": [("Verksamhetsberättelsen lades med godkännande till handlingarna.", "noterad")],
        "§ 8": [("Omval på två år: Tomas Berg, kassör.", "beslutad"), ("Nyval på två år: Linnea Öhman.", "beslutad")],
        "§ 9": [("Motion 1 om friskvårdsbidrag: årsmötet beslöt att avslå motionen.", "avslagen")],
        "§ 10": [],  # a label before a report is no act
    }
    assert {name: role for name, (role, _, _) in by_name(
        "Årsmöte 2025-02-15\n\n§ 8 Val av styrelseledamöter\nOmval på två år: Tomas Berg, kassör. "
        "Nyval på två år: Linnea Öhman.\n§ 9 Avslut\nText.\n").items()} == {"Tomas Berg": "kassör", "Linnea Öhman": "styrelseledamot"}


def test_elevrad_election_label_names_the_function_in_a_heading_and_in_text():
    doc = parsed(
        "Elevrådet\nMöte 2024-10-10\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
        "2. Val till justerare: Maja Ek\n\n3. Val\nVal av två revisorer: Eva Ek och Per Holm.\n"
    )
    assert decisions(doc) == {
        "§ 1": [],
        "§ 2": [("Val till justerare: Maja Ek", "beslutad")],
        "§ 3": [("Val av två revisorer: Eva Ek och Per Holm.", "beslutad")],
    }
    assert {p.name: p.role for p in doc.persons} == {"Maja Ek": "justerare", "Eva Ek": "revisor", "Per Holm": "revisor"}


def test_batklubb_decisions_taken_as_a_noun_and_a_matter_awaited():
    doc = parsed(
        "Båtklubben Ankaret\nStyrelsemöte 2024-05-02\n\n§ 3 Varvsavgifter\nBeslut togs idag av styrelsen angående "
        "varvsavgifterna, som blir 200 kronor per båt och år.\n§ 4 Altanen\nBeslut tas om att glasa in altanen.\n"
        "§ 5 Bryggan\nStyrelsen avvaktar med beslut om bryggan till hösten.\n§ 6 Hamnen\nBeslut om hamnen tas senare.\n"
    )
    assert decisions(doc) == {
        "§ 3": [("Beslut togs idag av styrelsen angående varvsavgifterna, som blir 200 kronor per båt och år.", "beslutad")],
        "§ 4": [("Beslut tas om att glasa in altanen.", "beslutad")],
        "§ 5": [("Styrelsen avvaktar med beslut om bryggan till hösten.", "bordlagd")],
        "§ 6": [],
    }


def test_utskott_approves_its_minutes_and_a_regional_government_notes_a_report():
    doc = parsed(
        "Utskottet\nProtokoll 2025-11-20\n\n§ 1 Justering av protokoll\nUtskottet justerade protokoll 2025:29.\n\n"
        "§ 2 Rapport\nLandskapsregeringen beslöt att anteckna rapporten till kännedom.\n"
    )
    assert decisions(doc) == {
        "§ 1": [("Utskottet justerade protokoll 2025:29.", "beslutad")],
        "§ 2": [("Landskapsregeringen beslöt att anteckna rapporten till kännedom.", "noterad")],
    }


# ---------------------------------------------------------------- items


def test_batforening_item_inserted_after_its_number():
    doc = parsed(
        "Båtföreningen\nStyrelsemöte 2024-06-02\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
        "2. Val av ordförande\nEva Ek valdes till mötesordförande.\n2a. Till sekreterare valdes Christina Ek.\n"
        "3. Avslutning\nMötet avslutades.\n"
    )
    assert [(s.number, s.title) for s in doc.sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av ordförande"),
        ("§ 2 a", "Till sekreterare valdes Christina Ek."), ("§ 3", "Avslutning"),
    ]
    assert decisions(doc)["§ 2 a"] == [("Till sekreterare valdes Christina Ek.", "beslutad")]


def test_lettered_line_of_another_number_stays_text():
    doc = parsed(
        "Föreningen\nStyrelsemöte 2024-06-02\n\n1. Mötets öppnande\nText.\n2. Ekonomi\n4a. Kassören redogjorde.\n"
        "3. Avslutning\nText.\n"
    )
    assert [s.number for s in doc.sections] == ["§ 1", "§ 2", "§ 3"]


# ---------------------------------------------------------------- persons


def test_fiberforening_attendance_joined_by_dashes_with_initials():
    text = ("Styrelsemöte Ekby Fiberförening 2024-04-27\nNärvarande: Eva Lind (EL) – Per Holm (PH) – "
            "Kim Sand (KS) – Åsa Berg (ÅB).\n\n1. Kassan\nText.\n2. Avtal\nText.\n")
    assert by_name(text) == {name: (None, None, None) for name in ("Eva Lind", "Per Holm", "Kim Sand", "Åsa Berg")}


def test_one_dash_before_an_organisation_is_no_list():
    text = "Möte 2024-04-27\nNärvarande: Eva Lind – Ekby skola\n\n1. Kassan\nText.\n2. Avtal\nText.\n"
    assert "Ekby Skola" not in by_name(text) and "Ekby skola" not in by_name(text)


def test_direktion_run_on_attendance_labels_without_colons_and_hyphened_ordinal():
    text = (
        "Protokoll direktionen 2015-01-30\nBeslutande Ulf Ek (S) ordförande Maria Holm (M) 1-e vice ordförande "
        "Anna Ström (M) Ersättare Lena Dahl (S) Per Ny (L) Övriga Eva Sand, förbundsdirektör\n\n"
        "§ 1 Val\nText.\n§ 2 Avslut\nText.\n"
    )
    assert by_name(text) == {
        "Ulf Ek": ("ordförande", None, "S"),
        "Maria Holm": ("1-e vice ordförande", None, "M"),
        "Anna Ström": ("ledamot", None, "M"),
        "Lena Dahl": ("ersättare", None, "S"),
        "Per Ny": ("ersättare", None, "L"),
        "Eva Sand": ("förbundsdirektör", None, None),
    }


def test_miljoforbund_titles_shortened_with_a_dot():
    text = (
        "Protokoll direktionen 2022-12-29\nBeslutande:\nÅsa Berg (SD)\nOla Dahl (SD) tj.g ersättare\n\n"
        "Deltagande:\nEva Ek, avd.chef Mark och vatten\nPer Ås, avd. chef\n\n§ 1 Val\nText.\n§ 2 Avslut\nText.\n"
    )
    assert by_name(text) == {
        "Åsa Berg": ("ledamot", None, "SD"),
        "Ola Dahl": ("tjänstgörande ersättare", None, "SD"),
        "Eva Ek": ("avdelningschef", "Mark och vatten", None),
        "Per Ås": ("avdelningschef", None, None),
    }


def test_name_broken_after_its_given_name_in_running_text_is_one_person():
    text = (
        "Protokoll styrelsemöte 2024-03-01\n\n§ 1 Öppnande\nMötet öppnades av ordförande Fredrik\n"
        "Karström som hälsade alla välkomna.\n\n§ 2 Rapport\nKassören Eva\nHolm redogjorde för ekonomin.\n"
        "Beredning: ledare Katarina Öst\nUngdomsrådet behöver synas mer.\n"
    )
    assert by_name(text) == {
        "Fredrik Karström": ("ordförande", None, None),
        "Eva Holm": ("kassör", None, None),
        "Katarina Öst": ("ledare", None, None),  # a capitalised word after a full name starts a sentence
    }


def test_fiberforening_note_taker_label():
    text = ("Protokoll styrelsemöte\nProtokollskribent: Gustav Dahl\nNärvarande: Eva Lind, Per Holm, Gustav Dahl\n\n"
            "1. Kassan\nText.\n2. Avtal\nText.\n")
    assert by_name(text) == {"Gustav Dahl": ("protokollförare", None, None), "Eva Lind": (None, None, None),
                             "Per Holm": (None, None, None)}


def test_landskapsregering_form_head_over_bare_name_lines_is_no_name():
    text = (
        "PROTOKOLL\n        Nummer                 Sammanträdesdatum\n          9                     26.3.2025\n\n"
        "Protokoll fört vid föredragning\n\nEva Lind\n\nPer Holm\n\nGustav Dahl\n\n"
        "§ 1 Rapport\nText.\n§ 2 Avslut\nText.\n"
    )
    assert sorted(by_name(text)) == ["Eva Lind", "Gustav Dahl", "Per Holm"]


def test_fiberforening_note_taker_by_initials_of_a_listed_member():
    text = ("Protokoll styrelsemöte\nPlats: hos GD.\nProtokollskribent: GD.\n"
            "Närvarande: Bengt-Åke Lind (BÅL) – Per Holm (PH) – Gustav Dahl (GD).\n\n1. Kassan\nText.\n2. Avtal\nText.\n")
    assert by_name(text) == {"Bengt-Åke Lind": (None, None, None), "Per Holm": (None, None, None),
                             "Gustav Dahl": ("protokollförare", None, None)}
    # initials two members share name nobody
    shared = text.replace("Per Holm (PH)", "Gun Dahl (GD)")
    assert by_name(shared)["Gustav Dahl"] == (None, None, None)


# ---------------------------------------------------------------- set L (public bodies, invented by a helper)


def test_regionnamnd_att_list_with_a_long_adverbial_and_a_proposal_in_a():
    doc = parsed(
        "Nämnden\nProtokoll 2025-06-12\n\n§ 58 Val av ledamot\nText om valet.\nHälso- och sjukvårdsnämndens beslut\n"
        "att entlediga Sara Ek (M) från uppdraget som ledamot i beredningen,\n"
        "att till ny ledamot för tiden till och med 2026-12-31 utse Lina Berg (M),\n"
        "att till ny ersättare efter Lina Berg utse Mats Ås (M).\n\n§ 59 Motion\nHälso- och sjukvårdsnämndens beslut\n"
        "att anta förvaltningens yttrande som sitt eget,\natt föreslå regionfullmäktige att anse motionen besvarad.\n"
    )
    assert decisions(doc) == {
        "§ 58": [("att entlediga Sara Ek (M) från uppdraget som ledamot i beredningen", "beslutad"),
                 ("att till ny ledamot för tiden till och med 2026-12-31 utse Lina Berg (M)", "beslutad"),
                 ("att till ny ersättare efter Lina Berg utse Mats Ås (M).", "beslutad")],
        "§ 59": [("att anta förvaltningens yttrande som sitt eget", "beslutad"),
                 ("att föreslå regionfullmäktige att anse motionen besvarad.", "överlämnad")],
    }


def test_att_clause_describing_the_one_before_stays_with_it_after_an_adverbial():
    doc = parsed("Styrelsen\nProtokoll 2025-06-12\n\n§ 4 Taxa\nBeslut\nStyrelsen beslutar att anta taxan, "
                 "att från och med den 1 januari 2026 gälla tills vidare.\n")
    assert decisions(doc) == {"§ 4": [("Styrelsen beslutar att anta taxan, att från och med den 1 januari 2026 gälla "
                                       "tills vidare.", "beslutad")]}


def test_direktion_short_passives_vote_procedure_reservations_and_a_committee_proposal():
    doc = parsed(
        "Direktionen\nProtokoll 2025-04-23\n\n§ 33 Handlingsprogram\nArbetsutskottet föreslår att programmet antas.\n"
        "Direktionen godkänner följande propositionsordning: ja för förslaget, nej för avslag.\n"
        "Direktionen har därmed beslutat att avgöra ärendet i dag.\n\nBeslut\nDirektionen antar programmet.\n\n"
        "Eva Ek (S) och Per Holm (M) reserverade sig mot beslutet.\n\n§ 38 Delegationsbeslut\n"
        "Redovisningen av delegationsbeslut läggs till handlingarna.\n\n§ 39 Meddelanden\n– Skrivelse från länsstyrelsen\n"
        "Meddelandena läggs till handlingarna.\n"
    )
    assert decisions(doc) == {
        "§ 33": [("Direktionen har därmed beslutat att avgöra ärendet i dag.", "beslutad"),
                 ("Direktionen antar programmet.", "beslutad")],
        "§ 38": [("Redovisningen av delegationsbeslut läggs till handlingarna.", "noterad")],
        "§ 39": [("Meddelandena läggs till handlingarna.", "noterad")],
    }
    assert doc.sections[0].decisions[-1].reservations == ("Eva Ek (S)", "Per Holm (M)")


def test_direktion_attendance_table_with_party_municipality_and_function_columns():
    text = (
        "Protokoll direktionen\nBeslutande\tParti\tKommun\tFunktion\nLars Wän\tS\tKvarnby\tOrdförande\n"
        "Cecilia Hall\tM\tHedeby\t1:e vice ordförande\nOmar Hadd\tS\tHedeby\tLedamot\n"
        "Mona Lis\tV\tHedeby\tTjänstgörande ersättare för Tord Bäck (KD)\n\n§ 1 Val\nText.\n§ 2 Avslut\nText.\n"
    )
    persons = by_name(text)
    assert {name: persons[name] for name in ("Lars Wän", "Cecilia Hall", "Omar Hadd", "Mona Lis")} == {
        "Lars Wän": ("ordförande", "Kvarnby", "S"),
        "Cecilia Hall": ("1:e vice ordförande", "Hedeby", "M"),
        "Omar Hadd": ("ledamot", "Hedeby", "S"),
        "Mona Lis": ("tjänstgörande ersättare", "Hedeby", "V"),
    }


def test_kyrkorad_table_whose_group_column_names_nomination_groups():
    text = (
        "Protokoll fört vid kyrkorådets sammanträde\nBeslutande ledamöter\nNamn\tNomineringsgrupp\tUppdrag\n"
        "Birgitta Holm\tSocialdemokraterna\tordförande\nAnders Fröj\tPOSK\tvice ordförande\nJohan Ljung\t–\tkyrkoherde\n"
        "Greta von Lind\tBorgerligt alternativ\tledamot\n\n§ 1 Val\nText.\n§ 2 Avslut\nText.\n"
    )
    assert by_name(text) == {
        "Birgitta Holm": ("ordförande", None, "S"),
        "Anders Fröj": ("vice ordförande", None, "POSK"),
        "Johan Ljung": ("kyrkoherde", None, None),
        "Greta von Lind": ("ledamot", None, None),  # a group's name is no party abbreviation: left out
    }


# ---------------------------------------------------------------- set M (associations, invented by a helper)


def test_batklubb_terse_minutes_of_a_volunteer():
    doc = parsed(
        "Båtklubben\nStyrelsemöte 2025-03-10\n\nNärv: Jon Falk (ordf), Kjell Bäck (hamnkapten), Mia Sjö\n"
        "Frånv: Lasse Nor (anm förhinder)\n\n1. Dagordning\nGodkänd med tillägg p 12b (slipen).\n2. Förra prot.\n"
        "Genomgånget, inga kommentarer. Lades t handl.\n3. Medlemmar\nMedlemskap beviljat. Utträde Bo Kron, noterat.\n"
        "4. Hamnavgift\nFörslaget föll, 2 röster mot 3.\n5. Info\nInfo noterad.\n6. Slipen\nBordlagt tills vi har pris.\n"
        "7. Budget\nGodkänd budget finns i bilagan.\n"
    )
    assert decisions(doc) == {
        "§ 1": [("Godkänd med tillägg p 12b (slipen).", "beslutad")],
        "§ 2": [("Lades t handl.", "noterad")],
        "§ 3": [("Medlemskap beviljat.", "beslutad"), ("Utträde Bo Kron, noterat.", "noterad")],
        "§ 4": [("Förslaget föll, 2 röster mot 3.", "avslagen")],
        "§ 5": [("Info noterad.", "noterad")],
        "§ 6": [("Bordlagt tills vi har pris.", "bordlagd")],
        "§ 7": [],  # a participle before its noun is no minute
    }
    assert {p.name: p.role for p in doc.persons} == {"Jon Falk": "ordförande", "Kjell Bäck": "hamnkapten",
                                                      "Mia Sjö": None, "Lasse Nor": None}
    assert next(p for p in doc.persons if p.name == "Lasse Nor").organisation is None  # why absent, no organisation


def test_hyresgastforening_past_tense_acts_in_a_protocol_with_decision_blocks():
    doc = parsed(
        "Hyresgästföreningen\nStyrelsemöte 2025-04-08\n\n## Ärende 2 – Justerare\n\n"
        "Elsa Ek valdes att jämte ordföranden justera dagens protokoll.\n\n## Ärende 3 – Dagordning\n\n"
        "Beslut: Dagordningen godkändes.\n\n## Ärende 4 – Föregående protokoll\n\n"
        "Protokoll 3/2025 från den 11 mars gicks igenom och lades till handlingarna.\n\n## Ärende 6 – Rapport\n\n"
        "Styrelsen noterade informationen och beslutade att begära ett skriftligt besked från hyresvärden.\n\n"
        "## Ärende 10 – Förhandlingar\n\nInformationen antecknades.\n\n## Ärende 11 – Skrivelse\n\nStyrelsen beslutade\n"
        "att skriva till hyresvärden,\natt skrivelsen ska skickas senast den 22 april 2025.\n\n"
        "## Ärende 12 – Motion\n\nMed 41 röster mot 19 avslog årsmötet motionen.\n",
        filename="protokoll.md",
    )
    assert decisions(doc) == {
        "§ 2": [("Elsa Ek valdes att jämte ordföranden justera dagens protokoll.", "beslutad")],
        "§ 3": [("Dagordningen godkändes.", "beslutad")],
        "§ 4": [("Protokoll 3/2025 från den 11 mars gicks igenom och lades till handlingarna.", "noterad")],
        "§ 6": [("Styrelsen noterade informationen", "noterad"),
                     ("Styrelsen beslutade att begära ett skriftligt besked från hyresvärden.", "beslutad")],
        "§ 10": [("Informationen antecknades.", "noterad")],
        "§ 11": [("Styrelsen beslutade att skriva till hyresvärden", "beslutad"),
                      ("Styrelsen beslutade att skrivelsen ska skickas senast den 22 april 2025.", "beslutad")],
        "§ 12": [("Med 41 röster mot 19 avslog årsmötet motionen.", "avslagen")],
    }


def test_pensionarsforening_plural_title_over_names_and_functions_wrapped_to_the_next_line():
    text = (
        "PRO Ekby\nProtokoll årsmöte 2025-03-05\nFrån styrelsen: ordförande Karl Berg, kassör Sune Ås, "
        "ledamöterna Rolf Mäk, Aina Pet och Gösta\nNyberg.\n\n§ 1 Öppnande\nText.\n§ 16 Val av revisorer\n"
        "Anders Wahl och Eva Grahn omvaldes till revisorer för ett år, med Tord Lind\nsom ersättare.\n§ 17 Slut\nText.\n"
    )
    assert {name: role for name, (role, _, _) in by_name(text).items()} == {
        "Karl Berg": "ordförande", "Sune Ås": "kassör", "Rolf Mäk": "ledamot", "Aina Pet": "ledamot",
        "Gösta Nyberg": "ledamot", "Anders Wahl": "revisor", "Eva Grahn": "revisor", "Tord Lind": "ersättare",
    }


def test_state_authority_case_number_with_its_class_only_when_labelled():
    doc = parsed("Föreningsstämma 2025\n\n§ 9 Tillstånd\nLänsstyrelsen har gett tillstånd (dnr 512-4471-2023). "
                 "Frågor besvaras på 031-4471-2023.\n§ 10 Slut\nText.\n")
    assert [(c.text, c.key) for c in doc.sections[0].dnr] == [("Dnr 512-4471-2023", "2023-4471")]


def test_fackklubb_decision_to_send_a_matter_on_is_an_act_and_a_board_proposal_is_not():
    doc = parsed(
        "Fackklubben\nÅrsmöte 2025-02-20\n\n§ 18 Övriga frågor\na) Parkeringen. Flera medlemmar framförde att "
        "belysning saknas.\nÅrsmötet beslutade att överlämna frågan till skyddskommittén för åtgärd.\n"
        "§ 19 Stadgar\nStyrelsen föreslog ändrade stadgar.\n"
    )
    assert decisions(doc) == {
        "§ 18": [("Årsmötet beslutade att överlämna frågan till skyddskommittén för åtgärd.", "överlämnad")],
        "§ 19": [],
    }
