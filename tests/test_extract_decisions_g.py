"""Decisions on patterns a held-out check of minutes of small associations found missing (round G),
each pinned by invented fixtures in the shape of at least two kinds of organisation and a negative
fixture. All names, places and organisations are invented."""

from __future__ import annotations

from tests.extraction import decisions, parsed

B = "beslutad"


# ---------------------------------------------------------------- 1. "Styrelsen beslutar:" over att-lines

KOLONI_ATT_LINES = """Protokoll styrelsemöte Solbackens koloniförening

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Vattnet
Styrelsen beslutar:
att vattnet sätts på den 1 maj
att varje lott betalar 150 kr för
vatten i år
att Per Holm kontaktar rörmokaren

§ 3 Avslutning
Ordföranden avslutade mötet.
"""

SCOUT_ATT_BULLETS = """Protokoll ledarmöte Granbergs scoutkår

1. Mötets öppnande
Eva Ek öppnade mötet.

2. Sommarlägret
Mötet beslutar:
- att lägret hålls vecka 28
• att avgiften blir 1 200 kr
Att Lisa Berg är lägerchef

3. Avslutning
Mötet avslutades.
"""

BRF_ATT_PROSE = """Styrelsemöte i Brf Lönnen

Närvarande: Eva Ek, Per Holm.

Styrelsen beslutar:
att byta lås i tvättstugan
att anlita en ny låssmed
"""


def test_each_att_line_under_an_open_lead_in_is_a_decision():
    assert decisions(parsed(KOLONI_ATT_LINES))["§ 2"] == [
        ("Styrelsen beslutar att vattnet sätts på den 1 maj", B),
        ("Styrelsen beslutar att varje lott betalar 150 kr för vatten i år", B),
        ("Styrelsen beslutar att Per Holm kontaktar rörmokaren", B),
    ]
    assert decisions(parsed(SCOUT_ATT_BULLETS))["§ 2"] == [
        ("Mötet beslutar att lägret hålls vecka 28", B),
        ("Mötet beslutar att avgiften blir 1 200 kr", B),
        ("Mötet beslutar att Lisa Berg är lägerchef", B),
    ]
    assert [d for ds in decisions(parsed(BRF_ATT_PROSE)).values() for d in ds] == [
        ("Styrelsen beslutar att byta lås i tvättstugan", B),
        ("Styrelsen beslutar att anlita en ny låssmed", B),
    ]


ATT_LINES_PROPOSED = """Protokoll styrelsemöte Solbackens koloniförening

§ 2 Vattnet
Styrelsen föreslår:
att vattnet sätts på den 1 maj
att varje lott betalar 150 kr

§ 3 Motioner
Per Holm yrkade:
att motionen bifalls
att frågan utreds
"""


def test_att_lines_under_a_proposal_decide_nothing():
    assert decisions(parsed(ATT_LINES_PROPOSED)) == {"§ 2": [], "§ 3": []}


# ---------------------------------------------------------------- 2. an amount or a day set in the s-passive

BIODLARE_FEES = """Protokoll årsmöte Ekbackens biodlarförening

§ 1 Öppnande
Ordföranden öppnade mötet.

§ 2 Avgifter
Medlemsavgiften bestäms till 200 kr för 2026.
Årsavgiften sätts till 300 kr.
Hyran för slungrummet bestämdes till 400 kr.

§ 3 Avslutning
Mötet avslutades.
"""

PRO_PRICE = """Protokoll medlemsmöte PRO Ekbacken

§ 4 Resan
Eva Ek berättade om resan till Visby.
Priset för resan bestäms till 450 kr per person.
Sista anmälningsdag sätts till den 12 maj.
"""


def test_a_fee_or_a_day_set_in_the_s_passive_is_decided():
    assert decisions(parsed(BIODLARE_FEES))["§ 2"] == [
        ("Medlemsavgiften bestäms till 200 kr för 2026.", B),
        ("Årsavgiften sätts till 300 kr.", B),
        ("Hyran för slungrummet bestämdes till 400 kr.", B),
    ]
    assert decisions(parsed(PRO_PRICE))["§ 4"] == [
        ("Priset för resan bestäms till 450 kr per person.", B),
        ("Sista anmälningsdag sätts till den 12 maj.", B),
    ]


FEES_NOT_SET = """Protokoll styrelsemöte Ekbackens biodlarförening

§ 2 Avgifter
Avgiften bestäms av årsmötet.
Medlemsavgiften ska bestämmas till hösten.
Om avgiften sätts till 300 kr blir det underskott.
Kassören föreslog att avgiften sätts till 300 kr.
Hyran sätts till 200 kr varje år av stämman.
"""


def test_who_sets_a_fee_a_fee_to_be_set_or_a_condition_decide_nothing():
    assert decisions(parsed(FEES_NOT_SET)) == {"§ 2": []}


# ---------------------------------------------------------------- 3. a matter referred to another organ

O = "överlämnad"

BIODLARE_REFERRED = """Protokoll styrelsemöte Ekbackens biodlarförening

§ 5 Nya bikupor
Frågan om nya bikupor hänskjuts till styrelsen.

§ 6 Stadgar
Ärendet hänsköts till årsmötet.
"""

BRF_REFERRED = """Protokoll föreningsstämma Brf Lönnen

§ 9 Motion om laddstolpar
Motionen hänskjuts till styrelsen för utredning.

§ 10 Motion om cykelrum
Stämman hänsköt frågan till en extra stämma.
"""


def test_a_matter_referred_to_another_organ_is_handed_over():
    assert decisions(parsed(BIODLARE_REFERRED)) == {
        "§ 5": [("Frågan om nya bikupor hänskjuts till styrelsen.", O)],
        "§ 6": [("Ärendet hänsköts till årsmötet.", O)],
    }
    assert decisions(parsed(BRF_REFERRED)) == {
        "§ 9": [("Motionen hänskjuts till styrelsen för utredning.", O)],
        "§ 10": [("Stämman hänsköt frågan till en extra stämma.", O)],
    }


NOT_REFERRED = """Protokoll styrelsemöte Brf Lönnen

§ 3 Laddstolpar
Per Holm menade att frågan borde hänskjutas till stämman.
Frågan hänsköts till stämman i fjol.
Styrelsen kan inte hänskjuta frågan till stämman.
"""


def test_a_referral_wished_for_or_of_an_earlier_year_decides_nothing():
    assert decisions(parsed(NOT_REFERRED)) == {"§ 3": []}


# ---------------------------------------------------------------- 4. a decision at the end of an information line

PRO_TUCKED = """Protokoll styrelsemöte PRO Ekbacken

§ 4 Övriga frågor
Kassören informerade om läget, beslut att köpa in en ny kaffebryggare.
Eva Ek berättade om resan – Beslut: vi bokar bussen till Visby.
Lisa Berg informerade om hemsidan - beslut om att byta webbhotell.
"""

SAMFALLIGHET_TUCKED = """Styrelsemöte Norrvikens samfällighetsförening

Närvarande: Eva Ek, Per Holm och Lisa Berg.

Per redogjorde för vägen, beslut att laga gropen före midsommar.
Lisa informerade om snöröjningen – beslut: vi byter entreprenör.
"""


def test_a_decision_after_a_comma_or_a_dash_of_an_information_line_is_its_own():
    assert decisions(parsed(PRO_TUCKED))["§ 4"] == [
        ("Beslut att köpa in en ny kaffebryggare.", B),
        ("Beslut: vi bokar bussen till Visby.", B),
        ("Beslut om att byta webbhotell.", B),
    ]
    assert [d for ds in decisions(parsed(SAMFALLIGHET_TUCKED)).values() for d in ds] == [
        ("Beslut att laga gropen före midsommar.", B),
        ("Beslut: vi byter entreprenör.", B),
    ]


NOT_TUCKED = """Protokoll styrelsemöte PRO Ekbacken

§ 4 Övriga frågor
Kassören informerade om läget, beslut tas på nästa möte.
Eva Ek berättade om resan – beslut om den fattas i maj.
Per informerade om kommunens beslut att stänga badet.
Lisa berättade om festen, beslut att köpa tårta tas senare.
Per redogjorde för vägen – beslut: inget beslut fattades.
Eva informerade om elen, kommunens beslut att höja taxan gäller från maj.
"""


def test_a_decision_to_come_or_someone_elses_at_the_end_of_a_line_is_none():
    assert decisions(parsed(NOT_TUCKED)) == {"§ 4": []}


# ---------------------------------------------------------------- 5. a stance is no decision in running minutes

BRF_STANCE = """Protokoll föreningsstämma Brf Lönnen

§ 12 Motion om laddstolpar
Styrelsen anser att motionen ska avslås.
Stämman beslutade att bifalla motionen.
"""

KOLONI_STANCE = """Protokoll styrelsemöte Solbackens koloniförening

§ 4 Förslag om loppis
Eva Ek presenterade ett förslag om en loppis i augusti.
Styrelsen anser att förslaget ser bra ut.
Per Holm menade att frågan bör avslås.
"""


def test_the_boards_or_a_members_stance_is_no_decision_of_the_meeting():
    # the board's view on a motion before the stämma decides is its proposal, not the stämma's act
    assert decisions(parsed(BRF_STANCE)) == {"§ 12": [("Stämman beslutade att bifalla motionen.", B)]}
    # not supported: a stance in the board's own minutes ("ser bra ut") is no decision either
    assert decisions(parsed(KOLONI_STANCE)) == {"§ 4": []}


ACT_WITH_A_REASON = """Protokoll årsmöte PRO Ekbacken

§ 7 Motion om boulebana
Årsmötet beslutade att bifalla motionen, då man ansåg att banan behövs.
"""


def test_a_reason_given_inside_a_decision_keeps_the_decision():
    assert decisions(parsed(ACT_WITH_A_REASON)) == {
        "§ 7": [("Årsmötet beslutade att bifalla motionen, då man ansåg att banan behövs.", B)]}
