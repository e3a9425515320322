"""Persons and roles of minutes written the way unseen kinds of organisation write them: a member
serving in another's place written in parentheses, a role after "Name (P)" in a comma list, a list
carried over a break, names in running sentences, "A och B" after a role or verb, "hölls av", an
abbreviated role before the name and an organisation after "på". Fixtures in the shape of a kommun
nämnd, a kyrkoråd, a samfällighet, a PRO-förening, a jaktlag and a student union; all names are
invented."""

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
