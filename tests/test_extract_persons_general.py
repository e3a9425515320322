"""Persons in layouts that hold across organisations (issue 10, third round): two signers glued in
one row, election tables in columns ("Ordinarie  Ersättare"), present but not deciding, a heading
broken before its last word, elections with a note in parentheses, a unit's name after a title, and
attendance columns that run into the next page. Each rule has fixtures in the shape of at least two
kinds of organisation, plus what is no person. All names are invented."""

from tests.extraction import by_name

# ---------------------------------------------------------------- two signers glued in one row


def test_kommunstyrelse_two_adjusters_glued_in_one_row_are_the_two_members():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-02-05\n"
        "Beslutande Dragan Kovek (S), ordförande\nYusuf Tamberlo (M)\nEva Lind (C)\n\n"
        "Justerande ………………………\nDragan Kovek Yusuf Tamberlo\n\n§ 1 Val av justerare\nInga synpunkter.\n"
    )
    assert by_name(text) == {
        "Dragan Kovek": ("ordförande", None, "S"), "Yusuf Tamberlo": ("ledamot", None, "M"),
        "Eva Lind": ("ledamot", None, "C"),
    }


def test_idrottsforening_two_signers_glued_under_justeras_are_the_two_members():
    text = (
        "Styrelsemöte Skidklubben\nProtokoll 2024-04-11\n"
        "Närvarande: Milan Orvek, ordförande, Tarik Holmqvist, kassör, Sara Vik\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
        "Justeras\nMilan Orvek Tarik Holmqvist\n"
    )
    assert by_name(text) == {
        "Milan Orvek": ("ordförande", None, None), "Tarik Holmqvist": ("kassör", None, None), "Sara Vik": (None, None, None),
    }


def test_a_four_word_name_stays_one_person_when_its_halves_are_nobody_else():
    text = "Föreningen\nProtokoll 2024-01-10\nNärvarande:\nAnna Karin Berg Lund, ordförande\nPer Ny, kassör\n"
    found = by_name(text)
    assert found["Anna Karin Berg Lund"] == ("ordförande", None, None) and found["Per Ny"] == ("kassör", None, None)
    assert "Anna Karin" not in found and "Berg Lund" not in found


# ---------------------------------------------------------------- ordinarie, ej beslutande


def test_kommunstyrelse_election_table_in_two_columns_gives_members_and_substitutes():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-02-05\nBeslutande Ida Ros (S), ordförande\n\n"
        "§ 4 Nominering av ledamöter och ersättare i arbetsmarknadsnämnden\n"
        "Kommunstyrelsens beslut\n"
        "Ordinarie\tErsättare\n"
        "Ida Ros\tGöran Falkvik\n"
        "Lejla Sandqvist\tOtto Brandell\n"
    )
    assert by_name(text) == {
        "Ida Ros": ("ordförande", None, "S"), "Lejla Sandqvist": ("ledamot", None, None),
        "Göran Falkvik": ("ersättare", None, None), "Otto Brandell": ("ersättare", None, None),
    }


def test_region_election_lists_under_ordinarie_and_ersattare_with_party_first():
    text = (
        "Regionstyrelsen\nProtokoll 2024-03-12\nNärvarande: Ali Berg (S), ordförande\n\n"
        "§ 9 Val av regionstyrelsens arbetsutskott\n"
        "Till arbetsutskott från och med 2024-04-01 utses:\n"
        "Ordinarie\n(S) Ali Berg\n(M) Kajsa Dunér\n"
        "Ersättare\n(C) Omar Lindgren\n(V) Tuva Ek\n"
    )
    assert by_name(text) == {
        "Ali Berg": ("ordförande", None, "S"), "Kajsa Dunér": ("ledamot", None, "M"),
        "Omar Lindgren": ("ersättare", None, "C"), "Tuva Ek": ("ersättare", None, "V"),
    }


def test_ej_beslutande_are_substitutes_in_a_namnd_and_a_kommunstyrelse():
    namnd = (
        "Socialnämnden\nProtokoll 2024-05-02\n"
        "Beslutande Eva Strand (S), ordförande\nPer Holm (M)\n"
        "Ej beslutande Nils Ågren (L)\nLinnea Sjöö (V)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(namnd) == {
        "Eva Strand": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M"),
        "Nils Ågren": ("ersättare", None, "L"), "Linnea Sjöö": ("ersättare", None, "V"),
    }
    styrelse = (
        "Kommunstyrelsen\nProtokoll 2024-05-06\n"
        "Beslutande: Jonas Wik (C), ordförande, Maja Ros (S)\n"
        "Ej beslutande: Hugo Lindahl (KD), Emir Kovač (S), ledamot\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(styrelse) == {
        "Jonas Wik": ("ordförande", None, "C"), "Maja Ros": ("ledamot", None, "S"),
        "Hugo Lindahl": ("ersättare", None, "KD"), "Emir Kovač": ("ledamot", None, "S"),
    }


# ---------------------------------------------------------------- a heading broken before its last word


def test_brf_valberedning_table_under_a_heading_broken_before_ordforande():
    text = (
        "Ordinarie föreningsstämma\nProtokoll 2024-05-20\n"
        "§ 18 Val av valberedning, en ledamot utses till valberedningens\nordförande\n"
        "Följande personer föreslogs:\n"
        "Samir Hallberg\tOrdförande\tOmval 1 år\n"
        "Elin Grahn\tNyval 1 år\n"
        "Lukas Bernhard\tNyval 1 år\n"
        "Stämman beslutade att välja Samir Hallberg, Elin Grahn och Lukas Bernhard till valberedning.\n"
    )
    found = by_name(text)
    assert found["Samir Hallberg"][0] == "ordförande"
    assert found["Elin Grahn"][0] != "ordförande" and found["Lukas Bernhard"][0] != "ordförande"


def test_studentkar_election_heading_broken_after_till_gives_no_role_to_the_list():
    text = (
        "Kårstyrelsen\nProtokoll 2024-09-02\n"
        "§ 7 Val av ledamöter till\nkassör\n"
        "Nominerade:\nAmir Castell\tNyval 1 år\nFreja Lundholm\tNyval 1 år\n"
    )
    found = by_name(text)
    assert all(role != "kassör" for role, _, _ in found.values())


# ---------------------------------------------------------------- elections with a note in parentheses


def test_samfallighet_election_with_notes_and_ordinarie_before_the_function():
    text = (
        "Samfällighetsföreningen\nProtokoll 2024-04-27\n"
        "§ 8 Val av styrelse\n"
        "Stämman valde Rune Åkesson (omval) och Greta Hallin (nyval) till ordinarie styrelseledamöter på två år.\n"
        "§ 9 Val av valberedning\n"
        "Stämman valde Bo Strömgren (omval) till sammankallande i valberedningen och Iris Dalén (nyval) till ledamot.\n"
    )
    assert by_name(text) == {
        "Rune Åkesson": ("styrelseledamot", None, None), "Greta Hallin": ("styrelseledamot", None, None),
        "Bo Strömgren": ("sammankallande", None, None), "Iris Dalén": ("ledamot", None, None),
    }


def test_fackforening_election_of_the_next_person_with_a_note():
    text = (
        "Årsmöte Sektion Syd\nProtokoll 2024-03-02\n"
        "§ 6 Val av styrelse\n"
        "Årsmötet valde Tea Norberg (nyval) till ordförande och Jan Wessel (omval) till kassör.\n"
    )
    assert by_name(text) == {"Tea Norberg": ("ordförande", None, None), "Jan Wessel": ("kassör", None, None)}


# ---------------------------------------------------------------- a unit after a title is nobody


def test_namnd_unit_after_a_staff_title_is_no_person():
    text = (
        "Servicenämnden\nProtokoll 2024-01-15\nBeslutande: Eva Ek (S), ordförande\n\n"
        "§ 6 Budget\nInformation lämnas av verksamhetschef Måltid.\n"
        "Verksamhetschef Lokalvård redogör för läget.\n"
        "Service Fastighet informerade om arbetet.\n"
    )
    assert by_name(text) == {"Eva Ek": ("ordförande", None, "S")}


def test_studentsektion_committee_after_a_title_is_no_person_but_its_officer_is():
    text = (
        "Sektionsmöte\nProtokoll 2024-10-03\n\n§ 3 Meddelanden\n"
        "Post\tNamn\tAnvändarnamn\nOrdförande Delta\tLinus Åberg\tlinab\nKassör Delta\tNoor Haddad\tnoorh\n"
    )
    assert by_name(text) == {"Linus Åberg": ("ordförande", "Delta", None), "Noor Haddad": ("kassör", "Delta", None)}


def test_a_title_before_a_surname_of_the_document_is_still_that_person():
    text = (
        "Byggnadsnämnden\nProtokoll 2024-02-20\nBeslutande: Karin Berg (M), ordförande, Ola Sten (S)\n\n"
        "§ 2 Ärende\nOrdförande Berg öppnar sammanträdet.\n"
    )
    assert by_name(text) == {"Karin Berg": ("ordförande", None, "M"), "Ola Sten": ("ledamot", None, "S")}


# ---------------------------------------------------------------- attendance columns


def test_kommun_attendance_columns_stop_at_the_page_end_and_a_unit_follows_its_title():
    page1 = (
        "ALLBY KOMMUN                  SAMMANTRÄDESPROTOKOLL\nTekniska nämnden\n"
        "Beslutande    Ledamöter                Tjänstgörande ersättare\n"
        "Sara Ek (C), ordförande\nPer Ny (M)\n"
        "Övriga närvarande Ersättare             Tjänstepersoner\n"
        "Lina Dahl (S)                  Omar Vik, förvaltningschef\n"
        "Eva Sund (M)                   Nils Ås, enhetschef\n"
        "Gata och park § 1\n"
        "Maja Holm, ekonom\n"
    )
    page2 = "ALLBY KOMMUN                  SAMMANTRÄDESPROTOKOLL          2 (9)\nTekniska nämnden\n§ 1 Ärende\nText.\n"
    from tests.extraction import parsed

    found = {p.name: (p.role, p.organisation, p.party) for p in parsed(page1, page2).persons}
    assert found["Nils Ås"] == ("enhetschef", "Gata och park", None)
    assert found["Lina Dahl"] == ("ersättare", None, "S") and found["Eva Sund"] == ("ersättare", None, "M")
    assert found["Maja Holm"][0] == "ekonom"
    assert all(org is None or "PROTOKOLL" not in org for _, org, _ in found.values())


# ---------------------------------------------------------------- first names in working notes


def test_arbetsgrupp_bullets_under_a_participation_lead_are_first_names_as_written():
    text = (
        "Arbetsmöte\n===\n\n2024-05-06\n\n"
        "Fördelning av arbetet\n---\n\n"
        "Deltar i denna del gör:\n\n- *Sigrid*\n- Erik\n- Hampus\n- Ylva/Tobias\n\n"
        "Deltar i nästa del gör:\n\n- Stockholm\n- Göteborg\n"
    )
    assert by_name(text) == {n: (None, None, None) for n in ("Sigrid", "Erik", "Hampus", "Ylva", "Tobias")}


def test_ideell_forening_bullets_under_ansvariga_and_no_persons_under_ordinary_words():
    text = (
        "Styrelsemöte Föreningen Vänner\nProtokoll 2024-06-01\n\n§ 4 Sommarfesten\n"
        "Ansvariga för festen:\n- Agnes\n- Hampus\n\n"
        "Ansvariga punkter:\n- Budget\n- Lokal\n- Maj\n"
    )
    assert by_name(text) == {"Agnes": (None, None, None), "Hampus": (None, None, None)}


def test_first_names_acting_at_a_sentence_start_in_two_kinds_of_notes():
    arbetsgrupp = (
        "Arbetsgruppen\nAnteckningar 2024-05-06\n\n§ 2 Läget\n"
        "Det var bra. Sigrid lägger upp en plan. Agnes och Hampus tar fram underlag.\n"
    )
    assert by_name(arbetsgrupp) == {n: (None, None, None) for n in ("Sigrid", "Agnes", "Hampus")}
    brf = "Husrådsmöte\nAnteckningar 2024-05-06\n\n§ 3 Hus 2\nTvättstugan läcker. Sigrid har åtgärdat.\n"
    assert by_name(brf) == {"Sigrid": (None, None, None)}


def test_no_first_name_from_places_months_organs_or_ordinary_words_at_a_sentence_start():
    text = (
        "Arbetsgruppen\nAnteckningar 2024-05-06\n\n§ 2 Läget\n"
        "Göteborg meddelade att det fungerar. Maj presenterade inget. Styrelsen informerar om läget. "
        "Mötet leder till inget. Därför föreslår vi en ändring. Budget tar fram mycket.\n"
    )
    assert by_name(text) == {}


def test_a_full_name_after_a_passive_with_a_first_name_the_dictionary_lists_in_lower_case():
    kommun = (
        "Kommunstyrelsen\nProtokoll 2024-02-05\nBeslutande: Eva Ek (S), ordförande\n\n"
        "§ 8 Energibolag\nInformation lämnas av Peter Ovnell och Eva Ek.\n"
    )
    assert by_name(kommun) == {"Eva Ek": ("ordförande", None, "S"), "Peter Ovnell": (None, None, None)}
    forening = (
        "Föreningen Vänner\nProtokoll 2024-03-01\n\n§ 2 Rapport\nRapporten presenterades av Mikael\nStrandqvist.\n"
        "Arbetet utförs av Bygg Nord och levereras av Atea Sverige.\n"
    )
    assert by_name(forening) == {"Mikael Strandqvist": (None, None, None)}


def test_brf_notes_with_a_tab_between_every_word_read_as_prose():
    text = (
        "Husrådsmöte\nAnteckningar 2024-05-06\n\n§ 2 Hus 1\n"
        "●\tVäntar:\tTrappan\tär\tlagad.\tSigrid\thar\tåtgärdat.\n"
    )
    assert by_name(text) == {"Sigrid": (None, None, None)}


def test_three_members_elected_to_a_body_whose_first_names_the_dictionary_lists_in_lower_case():
    text = (
        "Ordinarie föreningsstämma\nProtokoll 2024-05-20\n\n§ 18 Val av valberedning\n"
        "Stämman beslutade att välja Samir Hallberg, Elin Grahn och Lukas Bernhard till valberedning.\n"
        "Offerter från Bygg Nord, Färg Center och Järn Boden.\n"
    )
    assert set(by_name(text)) == {"Samir Hallberg", "Elin Grahn", "Lukas Bernhard"}


# ---------------------------------------------------------------- sweep: labels, titles, owners


def test_fackforening_and_kallelse_titles_ombudsman_and_motionar():
    fack = (
        "Fackklubben Verkstad\nProtokoll medlemsmöte 2025-05-08\n"
        "Närvarande\n- Roger Sandvik, ordförande\n- Mona Pihl\n\n"
        "Föredragande: ombudsman Tage Wahlby\n\n§ 1 Val av mötesordförande\nMötet valde Roger Sandvik till mötesordförande.\n"
    )
    assert by_name(fack)["Tage Wahlby"] == ("ombudsman", None, None)
    kallelse = (
        "KALLELSE\nKommunfullmäktige\nSammanträde 2025-06-16\n\nÄrenden\n1. Motion om cykelvägar\n"
        "Motionär: Alva Björkstam (MP)\n"
    )
    assert by_name(kallelse) == {"Alva Björkstam": ("motionär", None, "MP")}


def test_one_more_elected_with_med_som_at_an_arsmote_and_a_studentkar():
    hembygd = (
        "Årsmöte Hembygdsföreningen\nProtokoll 2025-03-22\n\n9. Val av revisorer\n"
        "Till revisorer valdes Eva Sundqvist och Håkan Brodd, med Anita Lövgren som revisorssuppleant.\n"
    )
    assert by_name(hembygd) == {
        "Eva Sundqvist": ("revisor", None, None), "Håkan Brodd": ("revisor", None, None),
        "Anita Lövgren": ("revisorssuppleant", None, None),
    }
    kar = (
        "Kårmöte\nProtokoll 2025-04-02\n\n§ 4 Val av presidium\n"
        "Mötet valde Tove Ekdal till ordförande, med Amir Sundin som vice ordförande.\n"
        "Diskussionen fördes med Region Norr som part.\n"
    )
    assert by_name(kar) == {"Tove Ekdal": ("ordförande", None, None), "Amir Sundin": ("vice ordförande", None, None)}


def test_members_listed_after_a_body_name_in_a_scoutkar_and_a_kommun_arbetsgrupp():
    scout = (
        "Årsmöte Scoutkåren\nProtokoll 2025-03-09\n\n## 6. Val av valberedning\n"
        "Valberedningen: Kerstin Ekvall (sammankallande), Jonny Strömsten.\n"
    )
    assert by_name(scout) == {"Kerstin Ekvall": ("sammankallande", None, None), "Jonny Strömsten": (None, None, None)}
    kommun = (
        "Kommunstyrelsens arbetsutskott\nProtokoll 2025-03-09\n\n§ 3 Arbetsgrupp för energibolag\n"
        "Arbetsgruppen: Patrik Kolm (M), Raymond Åsberg (S).\nStyrelsen: se bilaga 2.\n"
    )
    assert by_name(kommun) == {"Patrik Kolm": (None, None, "M"), "Raymond Åsberg": (None, None, "S")}


def test_owners_of_action_items_in_a_working_group_and_a_board_and_what_is_no_owner():
    grupp = (
        "Arbetsgruppen för digitalisering\nMinnesanteckningar 2025-05-20\n\n"
        "Punkt 1 Läget\nActionpunkter:\n- Ta fram kalkyl (Sigrid)\n- Boka lokal (Hampus Lind)\n"
        "- Kontakta kommunen (Göteborg)\n- Förhandla lön (Vision)\n- Köp stolar (2 st)\n"
    )
    assert by_name(grupp) == {"Sigrid": (None, None, None), "Hampus Lind": (None, None, None)}
    brf = (
        "Styrelsemöte Brf Eken\nProtokoll 2025-02-12\nNärvarande: Erik Holmberg, Sofia Brandt\n\n"
        "§ 5 Att göra\n1. Beställ OVK (Erik)\n2. Kalla till städdag (Sofia och Erik)\n3. Laga porten (Maj)\n"
    )
    assert by_name(brf) == {"Erik Holmberg": (None, None, None), "Sofia Brandt": (None, None, None)}


def test_function_tables_with_a_user_name_glued_to_the_name_in_a_sektion_and_an_idrottsforening():
    sektion = (
        "Sektionsmöte\nProtokoll 2024-10-03\n\n§ 2 Förtroendevalda\n"
        "Post\tNamn\tAnvändarnamn\nOrdförande Gamma\tElvira Sundholm elvsun\nSekreterare\tOlle Brink\tollbri\n"
    )
    assert by_name(sektion) == {"Elvira Sundholm": ("ordförande", "Gamma", None), "Olle Brink": ("sekreterare", None, None)}
    klubb = (
        "Styrelsemöte IK Falken\nProtokoll 2025-01-15\n\n§ 3 Ansvar\n"
        "Uppdrag\tNamn\nTränare P12\tMaja Ekström majek\nKassör\tIvar Holm\n"
    )
    assert by_name(klubb) == {"Maja Ekström": ("tränare", "P12", None), "Ivar Holm": ("kassör", None, None)}


def test_a_member_elected_to_a_committee_and_candidates_who_stand_in_a_sektion_and_a_forening():
    sektion = (
        "Sektionsmöte\nProtokoll 2024-05-11\n\n§ 7 Fyllnadsval till valnämnden\n"
        "Tilda Rask och Omar Hedin ställer sig upp som sökande. Mötet väljer Tilda Rask till medlem i valnämnden.\n"
    )
    assert by_name(sektion) == {"Tilda Rask": ("medlem", None, None), "Omar Hedin": (None, None, None)}
    forening = (
        "Föreningsmöte\nProtokoll 2024-05-11\n\n§ 4 Val\nMötet valde Kim Sjöstrand till medlem i festkommittén.\n"
        "Mötet valde Microsoft Teams till plattform.\n"
    )
    assert by_name(forening) == {"Kim Sjöstrand": ("medlem", None, None)}


def test_units_and_things_of_common_nouns_are_no_persons_in_a_distribution_list_and_a_parenthesis():
    kommun = (
        "Kommunstyrelsens arbetsutskott\nProtokoll 2025-01-07\nBeslutande: Eva Ek (S), ordförande\n\n"
        "§ 2 Upphandling\nArbetsutskottet beslutar att godkänna avtalet.\nBeslutet expedieras till:\n"
        "Service Inköp, Service Fastighet\nJon Ås\n"
    )
    assert by_name(kommun) == {"Eva Ek": ("ordförande", None, "S"), "Jon Ås": (None, None, None)}
    namnd = (
        "Miljönämnden\nProtokoll 2025-01-23\nBeslutande: Per Ny (M), ordförande\n\n"
        "§ 5 Uppföljning\nEnkäten Nöjd Kund Index (NKI) visar bättre resultat.\n"
    )
    assert by_name(namnd) == {"Per Ny": ("ordförande", None, "M")}


def test_a_neighbouring_column_repeating_the_surname_is_no_organisation():
    text = (
        "Miljönämnden\nProtokoll 2025-01-23\nBeslutande\n"
        "Petra Wesslén (KD), 1:e vice ordförande Wesslén (KD) § 18\nOla Tand (M)\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text)["Petra Wesslén"] == ("1:e vice ordförande", None, "KD")


def test_organisations_written_inline_before_their_members_in_a_samverkan_and_a_region():
    samverkan = (
        "Arbetsgruppen för trygghet\nAnteckningar 2025-04-07\n\n"
        "Deltagare: Polisen: Rikard Sjövall, Räddningstjänsten: Linda Persson, Kommunen: Hussein Ali (säkerhetssamordnare)\n\n"
        "1. Läget\nText.\n"
    )
    assert by_name(samverkan) == {
        "Rikard Sjövall": (None, "Polisen", None), "Linda Persson": (None, "Räddningstjänsten", None),
        "Hussein Ali": ("säkerhetssamordnare", "Kommunen", None),
    }
    region = (
        "Regionala rådet\nProtokoll 2025-04-07\n"
        "Närvarande: Region Norrland: Anneli Grape, utvecklingsstrateg; Försäkringskassan: Marie Ekholm, enhetschef\n"
        "Plats: Regionhuset\n\n§ 1 Inledning\nText.\n"
    )
    assert by_name(region) == {
        "Anneli Grape": ("utvecklingsstrateg", "Region Norrland", None), "Marie Ekholm": ("enhetschef", "Försäkringskassan", None),
    }


def test_a_title_before_a_name_with_its_party_in_a_fullmaktige_and_a_region():
    fullmaktige = (
        "Kommunfullmäktige\nProtokoll 2025-04-28\n\n§ 45 Interpellation\n"
        "Interpellation från Björn Sandahl (V) till kommunstyrelsens ordförande Lena Raskin (S).\n"
    )
    assert by_name(fullmaktige) == {"Björn Sandahl": (None, None, "V"), "Lena Raskin": ("ordförande", None, "S")}
    region = (
        "Regionfullmäktige\nProtokoll 2025-06-10\n\n§ 12 Fråga\n"
        "Regionrådet Per Ulvedal (C) svarar på frågan från ledamoten Sara Grip (MP).\n"
    )
    assert by_name(region) == {"Per Ulvedal": ("regionråd", None, "C"), "Sara Grip": ("ledamot", None, "MP")}


def test_a_brf_manager_from_the_management_company_is_a_person_with_the_title():
    text = (
        "Brf Syrenen\nProtokoll styrelsemöte 2025-01-20\nNärvarande: Helena Strömberg, ordförande\n\n"
        "§ 2 Ekonomi\nFörvaltaren Kent Norling redogjorde för ekonomin.\n"
    )
    assert by_name(text)["Kent Norling"] == ("förvaltare", None, None)


def test_attendance_labels_with_how_one_takes_part_in_a_forening_and_a_namnd():
    forening = (
        "Styrelsemöte Föreningen Sjöstjärnan\nProtokoll 2025-03-03\n\n"
        "Närvarande (digitalt): Erik Stenvall, Peter Lindkvist\nNärvarande på plats: Henrik Sjögren, ordförande\n"
        "Anmälda förhinder: Alvar Nordin\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(forening) == {
        "Erik Stenvall": (None, None, None), "Peter Lindkvist": (None, None, None),
        "Henrik Sjögren": ("ordförande", None, None), "Alvar Nordin": (None, None, None),
    }
    namnd = (
        "Kulturnämnden\nProtokoll 2025-03-04\n"
        "Närvarande via länk: Ebba Holmér (S), ordförande, Nils Vintersson (M)\nAnmäld frånvaro: Ingrid Sjövik (C)\n\n"
        "§ 1 Öppnande\nText.\n"
    )
    assert by_name(namnd) == {
        "Ebba Holmér": ("ordförande", None, "S"), "Nils Vintersson": (None, None, "M"), "Ingrid Sjövik": (None, None, "C"),
    }


def test_persons_elected_in_a_section_to_adjust_the_minutes_at_a_brf_and_a_forening():
    brf = (
        "Extra föreningsstämma Brf Björken\nProtokoll 2025-05-14\n\n"
        "§ 4 Val av två personer att jämte stämmoordföranden justera protokollet\n"
        "Stämman valde Henrik Liljeholm och Alvar Sandgren.\n"
    )
    assert by_name(brf) == {"Henrik Liljeholm": ("justerare", None, None), "Alvar Sandgren": ("justerare", None, None)}
    forening = (
        "Årsmöte Föreningen Vänner\nProtokoll 2025-03-01\n\n§ 3 Val av en person att justera protokollet\n"
        "Årsmötet valde Peter Kallin.\n§ 4 Val av plattform\nStyrelsen valde Microsoft Teams.\n"
    )
    assert by_name(forening) == {"Peter Kallin": ("justerare", None, None)}


def test_plain_election_of_a_given_name_the_dictionary_lists_in_lower_case():
    text = "Föreningsmöte\nProtokoll 2025-03-03\n\n§ 3 Val av kassör\nMötet valde Erik Stenvall.\n"
    assert by_name(text) == {"Erik Stenvall": ("kassör", None, None)}


def test_a_name_written_with_and_without_its_accents_is_one_person_but_a_and_o_letters_are_not_accents():
    namnd = (
        "Vård- och omsorgsnämnden\nProtokoll 2025-02-20\nBeslutande: Ermin Skoric (S), 2:e vice ordförande\n\n"
        "§ 3 Ärende\nErmin Škorić (S) yrkar bifall.\n"
    )
    assert by_name(namnd) == {"Ermin Skoric": ("2:e vice ordförande", None, "S")}
    forening = (
        "Föreningen Vänner\nProtokoll 2025-03-01\nNärvarande: Zoë Lindén, ordförande, Per Öberg, Pia Oberg\n\n"
        "§ 1 Öppnande\nZoe Linden öppnade mötet.\n"
    )
    assert by_name(forening) == {
        "Zoë Lindén": ("ordförande", None, None), "Per Öberg": (None, None, None), "Pia Oberg": (None, None, None),
    }


def test_a_participle_before_a_title_label_in_a_namnd_and_a_region():
    namnd = (
        "Tekniska nämnden\nProtokoll 2025-05-12\nBeslutande: Åke Lindvall (S), ordförande\n\n"
        "§ 8 Ärende\nBeredande tjänsteperson: Nora Eklind, trafikplanerare\nNämnden beslutar att anta planen.\n"
    )
    assert by_name(namnd)["Nora Eklind"] == ("trafikplanerare", None, None)
    region = (
        "Regionstyrelsen\nProtokoll 2025-05-13\n\n§ 4 Ärende\nAnsvarande handläggare: Omid Rasul\nText.\n"
        "Kommande möte: Regionhuset\n"
    )
    assert by_name(region) == {"Omid Rasul": ("handläggare", None, None)}


def test_new_and_re_elected_in_one_sentence_at_an_arsmote_and_a_stamma():
    arsmote = (
        "Årsmöte Cykelglädje\nProtokoll 2025-02-15\n\n§ 9 Val av revisor\n"
        "Göran Alming omvaldes som revisor och Ida Rosvall nyvaldes som revisorssuppleant.\n"
    )
    assert by_name(arsmote) == {"Göran Alming": ("revisor", None, None), "Ida Rosvall": ("revisorssuppleant", None, None)}
    stamma = (
        "Föreningsstämma Brf Tallen\nProtokoll 2025-05-20\n\n§ 12 Val av styrelse\n"
        "Till ledamot nyvaldes Sven Åkerlind. Till suppleant invaldes Maj-Britt Holm.\n"
    )
    assert by_name(stamma) == {"Sven Åkerlind": ("ledamot", None, None), "Maj-Britt Holm": ("suppleant", None, None)}


def test_a_table_of_names_organisations_and_roles_in_a_samverkan_and_a_studentkar():
    samverkan = (
        "Samverkansgruppen\nMinnesanteckningar 2025-03-11\n\n"
        "Namn                 Organisation              Roll\n"
        "Lisa Holmgren        Region Mitt               ordförande\n"
        "Ahmad Karimi         Västerby kommun           ledamot\n\n1. Inledning\nText.\n"
    )
    assert by_name(samverkan) == {
        "Lisa Holmgren": ("ordförande", "Region Mitt", None), "Ahmad Karimi": ("ledamot", "Västerby kommun", None),
    }
    kar = (
        "Kårfullmäktige\nProtokoll 2025-03-20\n\n| Namn | Sektion | Roll |\n|---|---|---|\n"
        "| Ebba Lindroos | Data | ordförande |\n| Viktor Haglund | Maskin | sekreterare |\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(kar) == {"Ebba Lindroos": ("ordförande", "Data", None), "Viktor Haglund": ("sekreterare", "Maskin", None)}


def test_board_members_with_abbreviated_titles_and_two_title_labels_on_one_line():
    fack = (
        "Fackklubben Handels\nStyrelseprotokoll 2025-04-04\n\n"
        "Styrelsen: Anna Berglund ordf, Per Nyström kassör, Kim Dahlgren sekr, Leo Vik\n\n§ 1 Öppnande\nText.\n"
    )
    assert by_name(fack) == {
        "Anna Berglund": ("ordförande", None, None), "Per Nyström": ("kassör", None, None),
        "Kim Dahlgren": ("sekreterare", None, None), "Leo Vik": (None, None, None),
    }
    forening = (
        "Föreningsmöte\nProtokoll 2025-04-05\n\n§ 1 Mötets öppnande\n"
        "Mötesordförande: Tove Ask Mötessekreterare: Jalal Noori\n"
    )
    assert by_name(forening) == {"Tove Ask": ("mötesordförande", None, None), "Jalal Noori": ("mötessekreterare", None, None)}


def test_a_title_set_off_by_commas_before_a_name_is_that_persons_in_a_brf_and_a_klubb():
    brf = "Föreningsstämma Brf Eken\nProtokoll 2025-05-20\n\n§ 1 Öppnande\nStyrelsens ordförande, Åsa Lindqvist, hälsade alla välkomna.\n"
    assert by_name(brf) == {"Åsa Lindqvist": ("ordförande", None, None)}
    klubb = "Klubbmöte\nProtokoll 2025-05-21\n\n§ 1 Funktionärer\nMatchansvarig, Jonna Krantz, presenterade schemat.\n"
    assert by_name(klubb) == {"Jonna Krantz": ("matchansvarig", None, None)}


def test_a_member_honoured_and_a_name_before_a_relative_clause_broken_over_lines():
    brf = (
        "Husrådsmöte\nAnteckningar 2025-05-06\n\n§ 2 Hus 6\nLena Rydqvist uppvaktades på sin 90-årsdag.\n"
        "Förvaltningen ändras. Mikael Zachrén, som\ntidigare anlitats för större projekt, anlitas även för mindre.\n"
    )
    assert by_name(brf) == {"Lena Rydqvist": (None, None, None), "Mikael Zachrén": (None, None, None)}
    klubb = (
        "Årsmöte IK Falken\nProtokoll 2025-02-23\n\n§ 12 Avtackning\nSune Hallgren hyllades för 30 år som tränare.\n"
        "Region Norr, som\nstöttat klubben, tackades.\n"
    )
    assert by_name(klubb) == {"Sune Hallgren": (None, None, None)}
