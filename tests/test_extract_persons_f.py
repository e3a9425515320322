"""Persons and roles of minutes written the way unseen kinds of organisation write them: a member
serving in another's place written in parentheses, a role after "Name (P)" in a comma list, a list
carried over a break, names in running sentences, "A och B" after a role or verb, "hölls av", an
abbreviated role before the name and an organisation after "på". Fixtures in the shape of a kommun
nämnd, a kyrkoråd, a samfällighet, a PRO-förening, a jaktlag and a student union; all names are
invented."""

from arkiv.ingest.extract import parse_document
from tests.extraction import by_name


# --- a member serving in another's place, written in parentheses: "Per Holm (M) (ers Eva Ek (M))"

def test_a_nämnd_member_serving_for_another_written_in_parentheses():
    text = ("Protokoll socialnämnden\nBeslutande: Eva Ek (S), ordförande, Per Holm (M) (ers Ulla Rask (M)), "
            "Lisa Sund (C)\n§ 1 Val av justerare\n")
    assert by_name(text) == {"Eva Ek": ("ordförande", None, "S"), "Per Holm": ("tjänstgörande ersättare", None, "M"),
                             "Ulla Rask": ("ledamot", None, "M"), "Lisa Sund": ("ledamot", None, "C")}


def test_a_kyrkoråd_substitute_without_a_party_of_his_own_is_still_found():
    text = ("Protokoll kyrkorådet\nNärvarande:\nEva Ek (POSK), ordförande\nPer Holm (ers. Ulla Rask (S))\n"
            "Lisa Sund (C)\n§ 1 Mötets öppnande\n")
    found = by_name(text)
    assert found["Per Holm"] == ("tjänstgörande ersättare", None, None)
    assert found["Ulla Rask"] == ("ledamot", None, "S")
    assert set(found) == {"Eva Ek", "Per Holm", "Ulla Rask", "Lisa Sund"}


def test_negative_a_parenthesis_naming_an_organisation_or_a_plain_note_serves_for_no_one():
    text = ("Protokoll arbetsutskottet\nBeslutande: Eva Ek (S), Per Holm (ers Norrby kommun), "
            "Lisa Sund (C) (ersättare)\n§ 1 Val av justerare\n")
    found = by_name(text)
    assert set(found) == {"Eva Ek", "Per Holm", "Lisa Sund"}
    assert found["Lisa Sund"] == ("ersättare", None, "C")


# --- a role after "Name (P)" in a comma list is the name's before it, never the next one's

def test_a_kyrkoråd_list_with_roles_after_the_party():
    text = ("Protokoll kyrkorådet\nNärvarande: Eva Ek (POSK) ordförande, Per Holm (S) vice ordförande, "
            "Lisa Sund (C), Kim Dahl (S)\n§ 1 Mötets öppnande\n")
    assert by_name(text) == {"Eva Ek": ("ordförande", None, "POSK"), "Per Holm": ("vice ordförande", None, "S"),
                             "Lisa Sund": (None, None, "C"), "Kim Dahl": (None, None, "S")}


def test_a_jaktlag_list_with_an_ordinal_title_after_the_party():
    text = ("Protokoll jaktlagets styrelse\nNärvarande: Eva Ek jaktledare, Per Holm (M) 1:e vice ordförande, "
            "Lisa Sund\n§ 1 Mötets öppnande\n")
    assert by_name(text) == {"Eva Ek": ("jaktledare", None, None), "Per Holm": ("1:e vice ordförande", None, "M"),
                             "Lisa Sund": (None, None, None)}


def test_negative_a_title_after_an_organ_name_and_comma_is_the_next_persons():
    text = "Protokoll styrelsemöte\nNärvarande: Eva Ek, Per Holm\n§ 1 Öppnande\nStyrelsens ordförande, Lisa Sund hälsade välkommen.\n"
    assert by_name(text)["Lisa Sund"] == ("ordförande", None, None)


# --- an attendance list wrapped to the next line or carried over a blank line

def test_a_nämnd_list_carried_over_a_blank_line_keeps_its_label_role():
    text = ("Protokoll socialnämnden\nBeslutande: Eva Ek (S), Per Holm (M), Lisa Sund (C)\n\n"
            "Kim Dahl (V), Ulf Lind (L)\n§ 1 Val av justerare\n")
    assert by_name(text) == {"Eva Ek": ("ledamot", None, "S"), "Per Holm": ("ledamot", None, "M"),
                             "Lisa Sund": ("ledamot", None, "C"), "Kim Dahl": ("ledamot", None, "V"),
                             "Ulf Lind": ("ledamot", None, "L")}


def test_a_pro_förening_list_carried_over_a_blank_line_and_one_wrapped_after_och():
    text = ("Protokoll PRO Norrby styrelse\nNärvarande: Eva Ek, Per Holm, Lisa Sund\n\nKim Dahl och Ulf Lind\n"
            "§ 1 Mötets öppnande\n")
    assert set(by_name(text)) == {"Eva Ek", "Per Holm", "Lisa Sund", "Kim Dahl", "Ulf Lind"}
    text = "Protokoll jaktlagets årsmöte\nNärvarande: Eva Ek (S), Per Holm (M) samt\nLisa Sund (C)\n§ 1 Mötets öppnande\n"
    assert by_name(text) == {"Eva Ek": (None, None, "S"), "Per Holm": (None, None, "M"), "Lisa Sund": (None, None, "C")}


def test_a_student_union_list_in_a_numbered_item_carried_over_a_blank_line():
    text = ("Minnesanteckningar studentkårens styrelse\n1. Närvaro\nNärvarande: Eva Ek, Per Holm, Lisa Sund\n\n"
            "Kim Dahl, Ulf Lind\n2. Föregående protokoll\nLades till handlingarna.\n")
    assert {"Kim Dahl", "Ulf Lind"} <= set(by_name(text))


def test_negative_after_the_blank_line_a_sentence_or_companies_are_no_part_of_the_list():
    text = ("Protokoll samfällighetens styrelse\nNärvarande: Eva Ek, Per Holm\n\nHörby Energi, Norrby Bygg\n"
            "§ 1 Mötets öppnande\n")
    assert set(by_name(text)) == {"Eva Ek", "Per Holm"}
    text = ("Protokoll socialnämnden\nBeslutande: Eva Ek (S), Per Holm (M)\n\nLisa Sund, Kim Dahl\n"
            "§ 1 Val av justerare\n")
    # written otherwise (no parties) the names below are not the decision makers' list
    assert by_name(text).get("Lisa Sund", (None,))[0] != "ledamot"


# --- a full name inside a running sentence, after a verb or a preposition

def test_names_in_a_samfällighet_s_running_text_with_surnames_taken_from_nature():
    text = ("Protokoll styrelsemöte samfälligheten\nNärvarande: Olle Ahlgren, Stina Persson\n§ 3 Vägen\n"
            "Styrelsen bestämde att Eva Ek ska kontakta kommunen.\nVi ska kontakta Lisa Sund om plogningen.\n")
    found = by_name(text)
    assert found["Eva Ek"] == (None, None, None) and found["Lisa Sund"] == (None, None, None)


def test_names_in_a_pro_förening_s_running_text_after_valdes_and_från():
    text = ("Protokoll PRO Norrby månadsmöte\nNärvarande: 23 medlemmar\n§ 4 Meddelanden\n"
            "På förra mötet valdes Per Björk in i styrelsen.\nEn hälsning från Kim Falk lästes upp.\n")
    assert {"Per Björk", "Kim Falk"} <= set(by_name(text))


def test_negative_companies_places_and_genitives_with_nature_words_are_no_persons():
    text = ("Protokoll styrelsemöte jaktlaget\nNärvarande: Olle Ahlgren, Stina Persson\n§ 3 Övrigt\n"
            "Vi ska kontakta Norrby Bygg om taket. Mötet hålls vid Eva Ek gata och Måns Sund torg.\n"
            "Passet vid Lisa Eks väg stängs. Offert från Kim Falk AB har kommit.\n")
    assert set(by_name(text)) == {"Olle Ahlgren", "Stina Persson"}


# --- both names of "A och B" after a role or an election verb

def test_an_idrottsförening_elects_two_justerare_jämte_ordföranden():
    text = ("Protokoll årsmöte Norrby IF\n§ 3 Val av justerare\n"
            "Till justerare jämte ordföranden valdes Eva Ek och Per Holm.\n")
    assert by_name(text) == {"Eva Ek": ("justerare", None, None), "Per Holm": ("justerare", None, None)}


def test_a_student_union_names_the_function_with_a_colon_after_the_verb():
    text = ("Protokoll årsmöte studentkåren\n§ 3 Val\nMötet valde justerare: Lisa Sund och Kim Björk.\n"
            "§ 9 Val av revisorer\nTill revisorer valdes Ulf Lind och Moa Alm.\n")
    assert by_name(text) == {"Lisa Sund": ("justerare", None, None), "Kim Björk": ("justerare", None, None),
                             "Ulf Lind": ("revisor", None, None), "Moa Alm": ("revisor", None, None)}


def test_a_hembygdsförening_s_revisorer_after_a_semicolon_and_posts_before_each_name():
    text = ("Protokoll årsmöte hembygdsföreningen\n§ 8 Revisorer\nRevisorer är; Eva Ek och Per Holm\n"
            "§ 9 Styrelsen\nStyrelsen består av kassör Lisa Sund och sekreterare Kim Björk.\n")
    assert by_name(text) == {"Eva Ek": ("revisor", None, None), "Per Holm": ("revisor", None, None),
                             "Lisa Sund": ("kassör", None, None), "Kim Björk": ("sekreterare", None, None)}


def test_negative_a_plural_title_with_a_colon_before_companies_names_no_persons():
    text = ("Protokoll årsmöte\nNärvarande: Olle Ahlgren, Stina Persson\n§ 3 Övrigt\n"
            "Som arrangörer: Norrby Bygg och Hörby Energi.\nTill revisorer valdes Norrby Revision AB.\n")
    assert set(by_name(text)) == {"Olle Ahlgren", "Stina Persson"}


# --- who held a talk: a strong verb's passive ("hölls", "gavs") with words before "av"

def test_a_hembygdsförening_s_talk_held_over_the_evening_by_a_named_person():
    text = ("Protokoll årsmöte hembygdsföreningen\nNärvarande: 31 medlemmar\n§ 14 Övrigt\n"
            "Ett föredrag hölls över kvällen av Eva Ek om bygdens historia.\n")
    assert by_name(text) == {"Eva Ek": (None, None, None)}


def test_a_pro_förening_s_visit_given_by_a_named_person():
    text = ("Protokoll PRO Norrby månadsmöte\nNärvarande: 23 medlemmar\n§ 5 Program\n"
            "En visning av museet gavs av Per Holm. Kaffe bjöds av Lisa Sund och Kim Björk.\n")
    assert by_name(text) == {"Per Holm": (None, None, None), "Lisa Sund": (None, None, None),
                             "Kim Björk": (None, None, None)}


def test_negative_a_talk_held_by_a_company_or_an_association_names_no_person():
    text = ("Protokoll PRO Norrby månadsmöte\nNärvarande: 23 medlemmar\n§ 5 Program\n"
            "Ett föredrag hölls av Norrby Energi. Dansen hölls i år av Hörby Spelmanslag.\n")
    assert by_name(text) == {}


# --- an abbreviated title before the name: "vice ordf. Eva Ek"

def test_an_spf_förening_s_attendance_with_abbreviated_titles_before_the_names():
    text = "Protokoll styrelsemöte SPF Norrby\nNärvarande: ordförande Per Holm, vice ordf. Eva Ek, Lisa Sund\n§ 1 Öppnande\n"
    assert by_name(text) == {"Per Holm": ("ordförande", None, None), "Eva Ek": ("vice ordförande", None, None),
                             "Lisa Sund": (None, None, None)}


def test_a_kyrkoråd_s_attendance_one_per_line_with_abbreviated_titles():
    text = "Protokoll kyrkorådet\nNärvarande:\nordf. Eva Ek\nvice ordf. Per Holm\nsekr. Lisa Sund\nKim Björk\n§ 1 Öppnande\n"
    assert by_name(text) == {"Eva Ek": ("ordförande", None, None), "Per Holm": ("vice ordförande", None, None),
                             "Lisa Sund": ("sekreterare", None, None), "Kim Björk": (None, None, None)}


def test_negative_an_abbreviation_ending_a_line_or_before_a_common_word_names_no_one():
    text = ("Protokoll jaktlagets styrelse\nNärvarande: Eva Ek, Per Holm\n§ 1 Öppnande\n"
            "Frågan gick till ordf. för beslut. Vi har fått ers. Norrby Bygg betalar.\n")
    assert set(by_name(text)) == {"Eva Ek", "Per Holm"}


# --- each name with the post written after it: "Eva Ek sekreterare och Per Holm kassör"

def test_a_pro_förening_elects_posts_written_after_each_name_near_a_titled_mention():
    text = ("Protokoll årsmöte PRO Norrby\nNärvarande: 14 medlemmar\n§ 7 Val\n"
            "Till styrelsen valdes Eva Ek sekreterare och Per Holm kassör.\n§ 8 Ekonomi\nKassören Per Holm redovisade.\n")
    assert by_name(text) == {"Eva Ek": ("sekreterare", None, None), "Per Holm": ("kassör", None, None)}


def test_a_samfällighet_board_constitutes_itself_with_three_posts():
    text = ("Protokoll styrelsemöte samfälligheten\n§ 2 Konstituering\nStyrelsen konstituerade sig med Eva Ek "
            "ordförande, Per Holm vice ordförande och Lisa Sund kassör.\n")
    assert by_name(text) == {"Eva Ek": ("ordförande", None, None), "Per Holm": ("vice ordförande", None, None),
                             "Lisa Sund": ("kassör", None, None)}


def test_negative_names_followed_by_other_lower_case_words_get_no_post():
    text = ("Protokoll styrelsemöte samfälligheten\nNärvarande: Olle Ahlgren, Stina Persson\n§ 2 Övrigt\n"
            "Vi ska ringa Eva Ek imorgon och Per Holm senare.\n")
    found = by_name(text)
    assert found["Eva Ek"] == (None, None, None) and found["Per Holm"] == (None, None, None)


# --- an organisation after "på" following a title: the last one named is the person's (the unit
# inside it, "kulturförvaltningen", is no organisation of its own), as the attendance lists read it

def test_a_guest_of_a_samfällighet_with_her_unit_and_her_kommun():
    text = ("Protokoll styrelsemöte\nNärvarande: Eva Ek, Per Holm\n§ 2 Information\n"
            "Gäst var Lisa Sund, verksamhetschef fritid på kulturförvaltningen på Norrby kommun.\n")
    assert by_name(text)["Lisa Sund"] == ("verksamhetschef", "Norrby kommun", None)
    text = ("Protokoll styrelsemöte\nNärvarande: Eva Ek, Per Holm\nÖvriga: Lisa Sund, verksamhetschef fritid på "
            "kulturförvaltningen på Norrby kommun\n§ 2 Information\n")
    assert by_name(text)["Lisa Sund"] == ("verksamhetschef fritid", "Norrby kommun", None)


def test_a_kommun_nämnd_hears_an_official_from_a_region():
    text = ("Protokoll socialnämnden\nBeslutande: Eva Ek (S), Per Holm (M)\n§ 4 Information\n"
            "Kim Björk, enhetschef inom Region Norrland, informerade.\n")
    assert by_name(text)["Kim Björk"] == ("enhetschef", "Region Norrland", None)


def test_negative_a_street_or_a_place_after_the_title_is_no_organisation():
    text = ("Protokoll styrelsemöte\nNärvarande: Eva Ek, Per Holm\n§ 2 Information\n"
            "Lisa Sund, kassör, bor på Storgatan i Norrby. Kim Björk, sekreterare i föreningen, deltog.\n")
    found = by_name(text)
    assert found["Lisa Sund"][1] is None and found["Kim Björk"] == ("sekreterare", None, None)


# --- "Beslutande:" / "Ledamöter:" over a run-on list: each a ledamot, as on separate lines

_MEMBERS = {"Eva Ek": ("ordförande", None, "S"), "Per Holm": ("ledamot", None, "M"), "Lisa Sund": ("ledamot", None, "C"),
            "Kim Dahl": ("ledamot", None, "V"), "Ove Alm": ("ledamot", None, "S")}


def test_a_region_nämnd_s_run_on_list_agrees_with_the_same_list_on_separate_lines():
    head, end = "Region Norrland\nProtokoll hälso- och sjukvårdsnämnden\n", "§ 1 Val av justerare\n"
    run_on = head + "Beslutande: Eva Ek (S), ordförande, Per Holm (M), Lisa Sund (C), Kim Dahl (V), Ove Alm (S)\n" + end
    wrapped = head + "Beslutande: Eva Ek (S), ordförande, Per Holm (M), Lisa\nSund (C), Kim Dahl (V),\nOve Alm (S)\n" + end
    separate = head + "Beslutande:\nEva Ek (S), ordförande\nPer Holm (M)\nLisa Sund (C)\nKim Dahl (V)\nOve Alm (S)\n" + end
    assert by_name(run_on) == by_name(wrapped) == by_name(separate) == _MEMBERS


def test_a_kyrkoråd_s_run_on_list_ending_in_a_note_for_all_items_or_an_ellipsis():
    end = "§ 1 Mötets öppnande\n"
    noted = ("Protokoll kyrkorådet\nLedamöter: Eva Ek (S) ordförande, Per Holm (M), Lisa Sund (C), Kim Dahl (V), "
             "Ove Alm (S), samtliga §§ 1-12\n" + end)
    assert by_name(noted) == _MEMBERS
    trailing = "Protokoll kyrkorådet\nLedamöter: Eva Ek (S) ordförande, Per Holm (M), Lisa Sund (C) …\n" + end
    assert by_name(trailing) == {name: _MEMBERS[name] for name in ("Eva Ek", "Per Holm", "Lisa Sund")}


def test_negative_a_beslutande_line_of_organs_or_an_annex_names_no_members():
    text = ("Protokoll samrådsgruppen\nBeslutande: se bilaga 1, samtliga\nLedamöter: Socialnämnden, Kommunstyrelsen …\n"
            "§ 1 Mötets öppnande\n")
    assert by_name(text) == {}


def test_a_nämnd_s_substitutes_written_ers_för_tjg_ers_för_and_wrapped_inside_the_parenthesis():
    head, end = "Protokoll kommunstyrelsens arbetsutskott\n", "§ 1 Val av justerare\n"
    expected = {"Eva Ek": ("ledamot", None, "S"), "Per Holm": ("tjänstgörande ersättare", None, "M"),
                "Ulla Rask": ("ledamot", None, "M"), "Lisa Sund": ("ledamot", None, "C")}
    for written in ("(ers. för Ulla Rask (M))", "(tjg ers för Ulla Rask (M))"):
        text = head + f"Beslutande: Eva Ek (S), Per Holm (M) {written}, Lisa Sund (C)\n" + end
        assert by_name(text) == expected, written
    wrapped = head + "Beslutande:\nEva Ek (S)\nPer Holm (M) (ers Ulla\nRask (M))\nLisa Sund (C)\n" + end
    assert by_name(wrapped) == expected


def test_negative_a_substitute_for_an_organisation_adds_no_person():
    text = "Protokoll samrådsgruppen\nNärvarande: Eva Ek, Per Holm (ers Region Dalarna), Lisa Sund\n§ 1 Öppnande\n"
    assert set(by_name(text)) == {"Eva Ek", "Per Holm", "Lisa Sund"}


def test_a_jaktlag_s_sentences_opening_with_a_name_before_an_auxiliary_verb():
    text = ("Protokoll jaktlagets styrelse\nNärvarande: Olle Ahlgren, Stina Persson\n§ 3 Övrigt\n"
            "Eva Ek ska kontakta markägaren. Per Holm har bokat slakteriet.\n")
    assert by_name(text) == {"Olle Ahlgren": (None, None, None), "Stina Persson": (None, None, None),
                             "Eva Ek": (None, None, None), "Per Holm": (None, None, None)}


def test_negative_companies_regions_and_places_opening_a_sentence_are_no_persons():
    text = ("Protokoll samfällighetens styrelse\nNärvarande: Olle Ahlgren, Stina Persson\n§ 3 Övrigt\n"
            "Norrby Bygg ska laga taket. Region Norrland har svarat. Stora Torget kan användas.\n")
    assert set(by_name(text)) == {"Olle Ahlgren", "Stina Persson"}


def test_one_name_a_line_lists_carried_over_a_blank_line_in_a_pro_förening_and_a_nämnd():
    text = "Protokoll PRO Norrby styrelse\nNärvarande:\n- Eva Ek\n- Per Holm\n\n- Lisa Sund\n- Kim Dahl\n§ 1 Öppnande\n"
    assert by_name(text) == {name: (None, None, None) for name in ("Eva Ek", "Per Holm", "Lisa Sund", "Kim Dahl")}
    text = ("Protokoll socialnämnden\nBeslutande:\nEva Ek (S)\nPer Holm (M)\n\nLisa Sund (C)\nKim Dahl (V)\n"
            "§ 1 Val av justerare\n")
    assert by_name(text) == {"Eva Ek": ("ledamot", None, "S"), "Per Holm": ("ledamot", None, "M"),
                             "Lisa Sund": ("ledamot", None, "C"), "Kim Dahl": ("ledamot", None, "V")}


def test_negative_a_sentence_after_a_one_name_a_line_list_and_a_blank_line_is_not_the_list():
    text = "Protokoll PRO Norrby styrelse\nNärvarande:\nEva Ek\nPer Holm\n\nLisa Sund hälsade alla välkomna.\n§ 1 Öppnande\n"
    assert by_name(text)["Lisa Sund"] == (None, None, None)
    assert [p.rule for p in parse_document([text]).persons if p.name == "Lisa Sund"] != ["närvaroblock"]


# --- a function and its holders joined by a copula ("Revisorer är; A och B", "Justerare blev A och B"),
# two functions before "valdes", and "A och B valdes att justera"

def test_an_älgskötselområde_s_revisorer_and_suppleant_after_semicolon_labels_on_one_line():
    text = ("Protokoll konstituerande möte älgskötselområdet\nNärvarande: Olle Ahlgren, Stina Persson\n§ 7 Revisorer\n"
            "Revisorer är; Eva Ek och Per Holm, revisorssuppleant är; Lisa Sund\n")
    found = by_name(text)
    assert {n: found[n] for n in ("Eva Ek", "Per Holm", "Lisa Sund")} == {
        "Eva Ek": ("revisor", None, None), "Per Holm": ("revisor", None, None),
        "Lisa Sund": ("revisorssuppleant", None, None)}


def test_a_fiskevårdsområde_s_justerare_written_three_ways():
    head = "Protokoll årsstämma fiskevårdsområdet\nNärvarande: Olle Ahlgren, Stina Persson\n§ 3 Justering\n"
    for sentence in ("Justerare blev Eva Ek och Per Holm.", "Eva Ek och Per Holm valdes att justera protokollet.",
                     "Till justerare och rösträknare valdes Eva Ek och Per Holm."):
        found = by_name(head + sentence + "\n")
        assert (found["Eva Ek"], found["Per Holm"]) == (("justerare", None, None),) * 2, sentence


def test_negative_a_copula_before_a_company_or_an_adjective_names_no_holder():
    text = ("Protokoll årsmöte\nNärvarande: Olle Ahlgren, Stina Persson\n§ 7 Övrigt\n"
            "Kassören var Norrby Sparbank. Ordförande är sjuk. Målet är Hörby Energi och Norrby Bygg.\n")
    assert set(by_name(text)) == {"Olle Ahlgren", "Stina Persson"}


# ---------------------------------------------------------------- an attendance that lost its line breaks

def test_an_attendance_exported_as_one_line_is_read_under_each_of_its_labels():
    region = ("Protokoll nämnden för folkhälsa\nNärvarande: Beslutande: Eva Ek (KD) ordförande Per Holm (C) "
              "Kim Berg (M) (ers Ola Dahl (M)) Siv Ahl (S) Ersättare: Bo Lind (S) 1:e ersättare Åsa Nord (MP) "
              "ersättare Övriga: Mats Falk, direktör Lena Strand, sekreterare\n§ 1 Val av justerare\nText.\n")
    assert by_name(region) == {
        "Eva Ek": ("ordförande", None, "KD"), "Per Holm": ("ledamot", None, "C"),
        "Kim Berg": ("tjänstgörande ersättare", None, "M"), "Ola Dahl": ("ledamot", None, "M"),
        "Siv Ahl": ("ledamot", None, "S"), "Bo Lind": ("1:e ersättare", None, "S"),
        "Åsa Nord": ("ersättare", None, "MP"), "Mats Falk": ("direktör", None, None),
        "Lena Strand": ("sekreterare", None, None)}
    forbund = ("Protokoll direktionen Samordningsförbundet Norrby\nBeslutande: Lisa Sund (S) ordförande Anna Dal (M) "
               "vice ordförande Olof Nyström (C) Tjänstgörande ersättare: Karin Strand (L)\n§ 1 Mötets öppnande\nText.\n")
    assert by_name(forbund) == {
        "Lisa Sund": ("ordförande", None, "S"), "Anna Dal": ("vice ordförande", None, "M"),
        "Olof Nyström": ("ledamot", None, "C"), "Karin Strand": ("tjänstgörande ersättare", None, "L")}


def test_a_single_label_inside_a_line_of_text_breaks_nothing():
    page = ("Protokoll styrelsemöte\n§ 1 Val\nValberedningens förslag till ledamöter redovisades. Ersättare: inga "
            "nominerade.\nEva Ek (S) valdes till ordförande.\n")
    assert set(by_name(page)) == {"Eva Ek"}
    page = "Protokoll nämnd\nNärvarande: Beslutande: se bilaga 1 Ersättare: se bilaga 2\n§ 1 Val av justerare\nText.\n"
    assert by_name(page) == {}


# ---------------------------------------------------------------- given names the spelling dictionary lacks

def test_common_given_names_the_spelling_dictionary_lacks_are_known_given_names():
    from arkiv.models.swedish_nlp import is_place_name, is_proper_noun

    for name in ("Karin", "Erik", "Kristina", "Peter", "Åsa", "Ann-Marie", "Lars-Erik"):
        assert is_proper_noun(name) and not is_place_name(name), name
    for word in ("Göteborg", "Hörby", "Styrelsen", "Ann-Styrelse"):
        assert not (is_proper_noun(word) and not is_place_name(word)), word


def test_an_attendance_carried_over_blank_lines_with_common_given_names_is_read_whole():
    fvo = ("PROTOKOLL fört vid sammanträde med styrelsen för Norrby fiskevårdsområdesförening 4 mars 2025.\n\n"
           "Närvarande: Per Ek ordf., Karin Holm, Erik Sund,\n\nKristina Dal, Peter Berg, Åsa Lind samt\n\n"
           "Martin Strand.\n\n1. Förklarade ordföranden sammanträdet öppnat.\n")
    assert by_name(fvo) == {"Per Ek": ("ordförande", None, None), **{
        name: (None, None, None) for name in ("Karin Holm", "Erik Sund", "Kristina Dal", "Peter Berg", "Åsa Lind",
                                              "Martin Strand")}}
    pro = ("Protokoll styrelsemöte SPF Seniorerna Björkås\n\nNärvarande: Henrik Ås kassör, Malin Ek,\n\n"
           "Fredrik Ny och Elin Rask.\n\n§ 1 Öppnande\nText.\n")
    assert by_name(pro) == {"Henrik Ås": ("kassör", None, None), "Malin Ek": (None, None, None),
                            "Fredrik Ny": (None, None, None), "Elin Rask": (None, None, None)}


def test_a_list_of_places_or_companies_after_a_blank_line_does_not_go_on():
    page = ("Protokoll styrelsemöte\n\nNärvarande: Karin Holm, Erik Sund,\n\nHörby Bygg, Norrby Energi\n\n"
            "§ 1 Öppnande\nText.\n")
    assert by_name(page) == {"Karin Holm": (None, None, None), "Erik Sund": (None, None, None)}


# ---------------------------------------------------------------- elections into a body, greetings, "väljs X in som"

def _found(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in parse_document([text]).persons}


def test_members_elected_into_a_committee_or_the_board_are_both_found():
    assert _found("Protokoll årsmöte PRO Björkås\n§ 17 Till valkommitté valdes Kurt Ek och Karin Holm.\n") == {
        "Kurt Ek": "valberedning", "Karin Holm": "valberedning"}
    assert _found("Protokoll stämma Norrby vägsamfällighet\n§ 9 Till festkommittén valdes Bo Lind och Siv Dal.\n") == {
        "Bo Lind": None, "Siv Dal": None}
    assert _found("Protokoll årsmöte IK Svalan\nMötet bestämde att Erik Sund och Maja Berg väljs in i styrelsen "
                  "på två år.\n") == {"Erik Sund": "ledamot", "Maja Berg": "ledamot"}
    assert _found("Protokoll årsmöte IK Svalan\nEva Ek valdes i februari förra året.\n") == {}


def test_a_member_elected_with_the_verb_first_and_in_after_the_name():
    assert _found("Protokoll årsmöte jaktlaget\nDå Per avgår väljs Olof Nyström in som ersättare på ett år.\n") == {
        "Olof Nyström": "ersättare"}
    assert _found("Protokoll kyrkorådet\nEfter valet valdes Lisa Sund in som ledamot.\n") == {"Lisa Sund": "ledamot"}
    assert _found("Protokoll årsmöte jaktlaget\nDå ingen väljs in som ersättare förblir platsen vakant.\n") == {}


def test_the_sender_of_a_greeting_is_a_person_a_place_or_an_organisation_is_not():
    assert _found("Protokoll årsmöte hembygdsföreningen\nHälsning från Ann-Marie Lund till årsmötet lästes upp.\n") == {
        "Ann-Marie Lund": None}
    assert _found("Protokoll årsmöte PRO\nHälsningar från Kristina Berg och Erik Sund framfördes.\n") == {
        "Kristina Berg": None, "Erik Sund": None}
    assert _found("Protokoll årsmöte PRO\nHälsning från Norrby Hembygdsförbund framfördes.\n") == {}


# ---------------------------------------------------------------- a table's head below a list, "Hos X" as a place

def test_a_table_head_after_a_list_ending_in_a_comma_is_no_organisation_and_hos_begins_no_name():
    samfallighet = ("Stenbackens samfällighet\nPROTOKOLL\nStyrelsemöte nr 4\nDatum och tid: 2025-02-13 19.00\nPlats:\n"
                    "Närvarande:\nHos Karin Holm\nPer Ek\nFrånvarande: Eva Lind\nKarin Holm, Per Ek, Lisa Sund,\n"
                    "Punkt Vad Föredragande\nMötet öppnades\n")
    assert by_name(samfallighet) == {name: (None, None, None) for name in ("Per Ek", "Eva Lind", "Karin Holm", "Lisa Sund")}
    kolonilott = ("Protokoll styrelsemöte Koloniföreningen Björken\nNärvarande: Eva Ek, Per Holm, Kim Dahl,\n"
                  "Ärende Beslut Ansvarig\n1 Öppnande\n")
    assert by_name(kolonilott) == {name: (None, None, None) for name in ("Eva Ek", "Per Holm", "Kim Dahl")}
    # an organisation on the next line still belongs to the entry it ends
    assert by_name("Protokoll\nNärvarande: Eva Lund, verksamhetschef,\nRegion Norrby\n§ 1 Öppnande\n") == {
        "Eva Lund": ("verksamhetschef", "Region Norrby", None)}
