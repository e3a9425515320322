"""Shapes of protocols no other test file covers (a sweep of invented documents through extraction):
the Church of Sweden's posts, offices elected for a term, OCR slips in item numbers and Dnr. Every
fixture is invented, in the shape of two kinds of organisation, with a negative beside each rule."""

from tests.extraction import by_name


# ------------------------------------------------------------------ 1. the Church of Sweden's posts

def test_a_kyrkoråd_lists_its_kyrkoherde_under_a_label():
    page = ("PROTOKOLL\nKyrkorådet i Ekby församling\nNärvarande: Maria Lönn (ordförande), Anna Rask\n"
            "Kyrkoherde: Johan Sand\nSekreterare: Eva Vinter\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
            "§ 2 Kyrkoherden informerar\nKyrkoherden informerar om konfirmandarbetet.\n")
    assert by_name(page) == {
        "Maria Lönn": ("ordförande", None, None), "Anna Rask": (None, None, None),
        "Johan Sand": ("kyrkoherde", None, None), "Eva Vinter": ("sekreterare", None, None)}


def test_a_kyrkofullmäktige_labels_its_staff_by_their_posts():
    page = ("Protokoll\nKyrkofullmäktige i Åsby pastorat\nNärvarande\nEva Ek (S), ordförande\nÖvriga\n"
            "Komminister: Ola Ny\nDiakon: Siv Holm\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert by_name(page) == {"Eva Ek": ("ordförande", None, "S"), "Ola Ny": ("komminister", None, None),
                             "Siv Holm": ("diakon", None, None)}


def test_a_surname_that_is_a_church_word_is_a_name_not_a_title():
    page = "PROTOKOLL\nStyrelsen\nNärvarande: Eva Herde, Per Kantor\n§ 1 Mötets öppnande\nMötet öppnades.\n"
    assert by_name(page) == {"Eva Herde": (None, None, None), "Per Kantor": (None, None, None)}


# ------------------------------------------------------------------ 2. an office with its term of office

def test_an_idrottsförening_lists_the_elected_with_the_term_beside_the_title():
    page = ("Protokoll årsmöte IK Granen\nPunkt 1: Mötets öppnande\nMötet öppnades.\nPunkt 2: Val av styrelse\n"
            "Följande valdes:\nOrdförande (1 år): Eva Ek\nKassör (nyval 2 år): Nils Borg\n"
            "Punkt 3: Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {"Eva Ek": ("ordförande", None, None), "Nils Borg": ("kassör", None, None)}


def test_a_samfällighet_writes_the_term_after_a_comma():
    page = ("Protokoll föreningsstämma Ekbackens samfällighetsförening\n§ 1 Stämmans öppnande\nStämman öppnades.\n"
            "§ 2 Val av styrelse\nStyrelseledamot, två år: Ali Hassan\nRevisor (omval): Gun Ahl\n"
            "§ 3 Stämmans avslutande\nStämman avslutades.\n")
    assert by_name(page) == {"Ali Hassan": ("styrelseledamot", None, None), "Gun Ahl": ("revisor", None, None)}


def test_a_title_with_a_term_over_no_name_is_no_person():
    page = ("Protokoll årsmöte Bridgeklubben Ess\n1. Val av styrelse\nOrdförande (2 år): vakant\n"
            "Ledamot (2 år): Valberedningen föreslår omval.\n2. Mötets avslutande\nMötet avslutades.\n")
    assert by_name(page) == {}
