"""Decisions and sections on layouts of organisations the rules were not written on (issue 10,
third round): statutes appended after the minutes, items whose heading line is the decision,
procedure that ends a "Beslutsgång", running board minutes and notes. Every fixture is invented,
in the shape of an idrottsförening, fackförening, studentkår, nämnd, kommunstyrelse, BRF or
arbetsgrupp, with negatives beside it."""

from tests.extraction import decisions, parsed


# ------------------------------------------------------------------ 1. a founding meeting

# A sports club's founding meeting: items "N." whose heading line is the decision (no full stop
# after a name, a sentence broken onto the next line), then its statutes with a numbering of their
# own, under a heading whose diacritics the PDF lost ("Stadgar for …").
BILDANDEMOTE = """Protokoll, konstituerande möte för Skidklubben Norrspår
Närvarande: Eva Lund, Per Holm, Sara Berg, Jon Ek och Lisa Dahl.
1. Mötet öppnades.
2. Mötesformalia
(a) Val av mötesfunktionärer:
i. Till mötesordförande valdes Eva Lund
ii. Till sekreterare valdes Jon Ek
(b) Dagordningen godkändes
(c) Kallelse har gått ut till alla intresserade.
3. Klubben bildades, och namnet fastställdes till "Skidklubben Norrspår, en ideell
förening".
4. Till ordförande valdes Eva Lund
5. Val av styrelse
(a) Styrelsen ska ha fyra ledamöter utöver ordföranden.
(b) Till ledamöter valdes Per Holm, Sara Berg, Lisa Dahl och Jon Ek efter sluten
omröstning.
6. Till valberedning utsågs Lisa Dahl och Jon Ek.
7. Till revisor valdes Mona Ström. Hon var inte närvarande men har tackat ja.
8. Årsavgiften fastställdes till 250 kr.
9. Verksamhet
(a) Träningar hålls på tisdagar.
10. Budgeten genomgången och godkänd. Kassören öppnar ett konto
i klubbens namn.
11. Mötet avslutades.
Mötesordförande Eva Lund
Sekreterare Jon Ek
Stadgar for Skidklubben Norrspar, en ideell forening
Antagna vid klubbens bildande.
1 Namn och ändamål
1.1 Klubbens namn är Skidklubben Norrspår.
1.2 Klubben ska främja längdskidåkning.
2 Medlemskap
2.1 Medlemsavgiften fastställs av årsmötet.
2.2 Medlem som inte betalat avgiften kan uteslutas av styrelsen.
3 Styrelsen
3.1 Styrelsen väljs av årsmötet.
3.2 Styrelsen ska bestå av minst tre ledamöter.
"""


def test_a_founding_meeting_keeps_its_item_numbers_and_heading_decisions():
    assert decisions(parsed(BILDANDEMOTE)) == {
        "§ 1": [],
        "§ 2": [("Till mötesordförande valdes Eva Lund", "beslutad"), ("Till sekreterare valdes Jon Ek", "beslutad"),
                ("Dagordningen godkändes", "beslutad")],
        "§ 3": [('Klubben bildades, och namnet fastställdes till "Skidklubben Norrspår, en ideell förening".', "beslutad")],
        "§ 4": [("Till ordförande valdes Eva Lund", "beslutad")],
        "§ 5": [("Till ledamöter valdes Per Holm, Sara Berg, Lisa Dahl och Jon Ek efter sluten omröstning.", "beslutad")],
        "§ 6": [("Till valberedning utsågs Lisa Dahl och Jon Ek.", "beslutad")],
        "§ 7": [("Till revisor valdes Mona Ström. Hon var inte närvarande men har tackat ja.", "beslutad")],
        "§ 8": [("Årsavgiften fastställdes till 250 kr.", "beslutad")],
        "§ 9": [],
        "§ 10": [("Budgeten genomgången och godkänd. Kassören öppnar ett konto i klubbens namn.", "beslutad")],
        "§ 11": [],
    }


# A union club's founding minutes, then a bare "Stadgar" heading over "§ 1 …" clauses.
FACKKLUBB = """Protokoll från bildandet av fackklubben vid Verkstaden
1. Mötet öppnades av Karin Sjö.
2. Dagordningen fastställdes.
3. Klubben bildades.
4. Till ordförande valdes Omar Nilsson
5. Till kassör valdes Britt Ahl. Hon tillträder i januari.
6. Till revisorer utsågs Leo Gran och Ida Vik.
7. Klubbavgiften fastställdes till 50 kr per månad.
8. Övriga frågor
Inga övriga frågor.
9. Mötet avslutades.
Vid protokollet Ida Vik
Stadgar
§ 1 Klubbens namn är Verkstadsklubben.
§ 2 Avgiften fastställs av årsmötet.
§ 3 Styrelsen väljs av årsmötet för ett år.
§ 4 Klubben upplöses om två årsmöten i följd beslutar det.
"""


def test_statutes_under_a_bare_heading_are_no_items_and_decide_nothing():
    found = decisions(parsed(FACKKLUBB))
    assert list(found) == [f"§ {n}" for n in range(1, 10)]
    assert found["§ 4"] == [("Till ordförande valdes Omar Nilsson", "beslutad")]
    assert found["§ 6"] == [("Till revisorer utsågs Leo Gran och Ida Vik.", "beslutad")]
    assert found["§ 8"] == found["§ 9"] == []


def test_statutes_as_an_item_of_the_agenda_are_no_appendix():
    page = ("Protokoll årsmöte Bridgeklubben\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Stadgar\n"
            "1. Stämman beslutade att anta de nya stadgarna.\n2. Stämman beslutade att de gäller från 1 juli.\n"
            "3. Val av styrelse\nTill ordförande valdes Per Ek.\n4. Mötets avslutande\nOrdföranden avslutade mötet.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [],
        "§ 2": [("Stämman beslutade att anta de nya stadgarna.", "beslutad"),
                ("Stämman beslutade att de gäller från 1 juli.", "beslutad")],
        "§ 3": [("Till ordförande valdes Per Ek.", "beslutad")],
        "§ 4": [],
    }


def test_an_agenda_title_without_a_full_stop_is_no_decision():
    page = ("Kallelse till årsmöte i Roddklubben\n1. Mötets öppnande\n2. Val av ordförande\n3. Budget\n"
            "4. Dagordningens godkännande\n5. Mötets avslutande\n")
    assert all(not found for found in decisions(parsed(page)).values())
