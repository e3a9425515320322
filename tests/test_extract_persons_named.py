"""A full name in running text with no act, title or election around it ("har kontaktat Eva
Lindström", "nämns författaren Kjell Dahlberg"): a person. Fixtures in the shape of a kamratförening's
board notes, a kommun working group's minutes and a samfällighet's meeting; all names are invented."""

from tests.extraction import by_name

HEAD = "Protokoll styrelsemöte\nNärvarande: Eva Ek, Per Holm\n§ 1 Information\n"


def test_a_name_as_the_object_of_a_sentence_is_a_person():
    text = HEAD + "Per har kontaktat Ulrika Järnmark men inväntar svar.\nSom möjlig talare nämns författaren Kjell Gustavsson.\n"
    assert by_name(text) == {"Eva Ek": (None, None, None), "Per Holm": (None, None, None),
                             "Ulrika Järnmark": (None, None, None), "Kjell Gustavsson": (None, None, None)}


def test_a_working_group_plans_a_workshop_with_a_named_guest_across_a_line_break():
    text = ("Minnesanteckningar arbetsgruppen för folkhälsa 2025-02-11\nDeltagare: Lina Berg, Omar Said\n"
            "1. Workshop\nGruppen planerar en workshop med Annika\nSundström i mars.\n")
    assert by_name(text)["Annika Sundström"] == (None, None, None)


def test_negative_places_companies_and_names_inside_longer_names_are_no_persons():
    text = HEAD + ("Mötet hålls vid Olof Palmes gata. Offert har kommit från Eva Lund AB.\n"
                   "Frågan gäller Måns Pers\ntorg och Karl Johans park.\n"
                   "Samfälligheten har kontaktat Erik Ehn Blomgren om vägen.\n"
                   "Ärendet bereds av Kerstin von Braun Holm.\n"
                   "Bidrag söks hos Svenska Bostäder och Region Dalarna.\n")
    found = by_name(text)
    # a longer name is the other rules' to read (whole or not at all), never its last two words
    assert set(found) - {"Erik Ehn Blomgren", "Kerstin von Braun Holm"} == {"Eva Ek", "Per Holm"}
