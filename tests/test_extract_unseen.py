"""Decisions on layouts of organisations the rules were not written on (issue 10, second round):
decision indexes, several decisions in one block, procedure beside the decision, passive findings
and the status of noted delegation decisions. Each fixture is invented, in the shape of a
nämnd, kommunstyrelse, samfällighet, BRF or studentsektion."""

from tests.extraction import decisions, parsed


# ------------------------------------------------------------------ 3. an index of decisions

SEKTIONSMOTE_WITH_INDEX = """Protokoll sektionsmöte
§ 1 Mötets öppnande
Ordföranden öppnade mötet.
§ 2 Budget
Mötet beslutar att anta budgeten för 2025.
§ 3 Val av revisor
Mötet beslutar att välja Eva Ek till revisor.
§ 4 Mötets avslutande
Ordföranden avslutade mötet.
Lista över beslut
Mötet beslutar att anta budgeten för 2025 .............. 1
Mötet beslutar att välja Eva Ek till revisor .......... 2
"""


def test_a_list_of_decisions_at_the_end_adds_no_decisions():
    assert decisions(parsed(SEKTIONSMOTE_WITH_INDEX)) == {
        "§ 1": [],
        "§ 2": [("Mötet beslutar att anta budgeten för 2025.", "beslutad")],
        "§ 3": [("Mötet beslutar att välja Eva Ek till revisor.", "beslutad")],
        "§ 4": [],
    }


def test_an_index_section_and_dot_leader_lines_are_no_decisions():
    page = ("Protokoll föreningsstämma\n§ 1 Ansvarsfrihet\nStämman beviljar styrelsen ansvarsfrihet.\n"
            "§ 2 Avgifter\nStämman beslutar att höja avgiften.\n§ 3 Beslutsförteckning\n"
            "Stämman beviljar styrelsen ansvarsfrihet ........ 1\nStämman beslutar att höja avgiften ...... 1\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Stämman beviljar styrelsen ansvarsfrihet.", "beslutad")],
        "§ 2": [("Stämman beslutar att höja avgiften.", "beslutad")],
        "§ 3": [],
    }


# ------------------------------------------------------------------ 4. two decisions in one block

NAMND = """Protokoll
Socialnämnden
Sammanträdesdatum 2025-02-11

§ 1 Val av ordförande och sekreterare
Beslut
Till ordförande utses Eva Ek. Till sekreterare utses Per Lind.

§ 2 Val av justerare
Beslut
Som justerare utses: Anna Berg
Som ersättare för justeraren utses: Bo Ek

§ 3 Budget 2025
Förslag till beslut
Socialnämnden föreslås anta budgeten.
Beslutsgång
Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Anna Bergs (S) yrkande.
Beslut
Socialnämnden beslutar att anta budgeten för 2025.
Paragrafen justeras omedelbart.

§ 4 Delegationsbeslut
Beslut
Socialnämnden noterar anmälda delegationsbeslut till protokollet.

§ 5 Val av ombud
Till ombud utses Karl Ny.
"""


def test_two_decision_sentences_or_lines_in_one_block_are_two_decisions():
    found = decisions(parsed(NAMND))
    assert found["§ 1"] == [("Till ordförande utses Eva Ek.", "beslutad"), ("Till sekreterare utses Per Lind.", "beslutad")]
    assert found["§ 2"] == [("Som justerare utses: Anna Berg", "beslutad"),
                            ("Som ersättare för justeraren utses: Bo Ek", "beslutad")]


def test_the_procedure_of_a_decision_is_no_decision():
    """"finner att nämnden bifaller Anna Bergs (S) yrkande" says which proposal won, the block
    says what was decided; "Paragrafen justeras omedelbart" is procedure."""
    assert decisions(parsed(NAMND))["§ 3"] == [("Socialnämnden beslutar att anta budgeten för 2025.", "beslutad")]


def test_noting_delegation_decisions_is_noterad_and_an_election_without_block_decides():
    found = decisions(parsed(NAMND))
    assert found["§ 4"] == [("Socialnämnden noterar anmälda delegationsbeslut till protokollet.", "noterad")]
    assert found["§ 5"] == [("Till ombud utses Karl Ny.", "beslutad")]


def test_a_finding_with_a_decision_of_its_own_still_decides():
    """Without a block the chairman's finding is the record: it is kept."""
    page = ("Protokoll\nByggnadsnämnden\n§ 1 Bygglov\nBeslut\nNämnden beviljar bygglov.\n"
            "§ 2 Taxa\nOrdföranden ställer proposition och finner att nämnden beslutar att anta taxan.\n"
            "§ 3 Planbesked\nBeslut\nNämnden lämnar positivt planbesked.\n")
    found = decisions(parsed(page))
    assert found["§ 2"] == [("Nämnden beslutar att anta taxan.", "beslutad")]


# ------------------------------------------------------------------ 6. passive findings

SAMFALLIGHET = """Protokoll årsstämma samfällighetsförening
§ 1 Stämmans öppnande
Ordföranden öppnade stämman.
§ 2 Kallelse
Kallelsen befanns vara utsänd i laga ordning.
§ 3 Behörighet
Stämman befanns vara behörigt sammankallad.
§ 4 Dagordning
Dagordningen befanns godkänd.
§ 5 Val
Till ordförande för stämman utses Eva Ek. Till sekreterare utses Per Lind.
§ 6 Övrigt
Det befanns att många medlemmar saknades. Frågan om parkering diskuterades.
"""


def test_passive_findings_are_decisions():
    assert decisions(parsed(SAMFALLIGHET)) == {
        "§ 1": [],
        "§ 2": [("Kallelsen befanns vara utsänd i laga ordning.", "beslutad")],
        "§ 3": [("Stämman befanns vara behörigt sammankallad.", "beslutad")],
        "§ 4": [("Dagordningen befanns godkänd.", "beslutad")],
        "§ 5": [("Till ordförande för stämman utses Eva Ek.", "beslutad"), ("Till sekreterare utses Per Lind.", "beslutad")],
        "§ 6": [],
    }


def test_passive_findings_in_a_protocol_with_decision_blocks():
    page = ("Protokoll\nKommunfullmäktige\n§ 1 Sammanträdets behörighet\nSammanträdet befanns vara behörigt utlyst.\n"
            "§ 2 Taxa\nBeslut\nKommunfullmäktige beslutar att anta taxan.\n"
            "§ 3 Motion\nBeslut\nKommunfullmäktige avslår motionen.\n")
    found = decisions(parsed(page))
    assert found["§ 1"] == [("Sammanträdet befanns vara behörigt utlyst.", "beslutad")]
    assert found["§ 3"] == [("Kommunfullmäktige avslår motionen.", "avslagen")]


# ------------------------------------------------------------------ 7. status of noted decisions

def test_delegation_decisions_noted_or_laid_to_the_minutes_are_noterad():
    from arkiv.swedish.vocabulary import decision_status

    assert decision_status("Nämnden noterar anmälda delegationsbeslut till protokollet.").value == "noterad"
    assert decision_status("Anmälda delegationsbeslut läggs till protokollet.").value == "noterad"
    assert decision_status("Nämnden beslutar att anta delegationsordningen.").value == "beslutad"
    # the noted decisions' own outcomes are not the organ's: it only takes note of them
    assert decision_status("Nämnden noterar anmälda delegationsbeslut om avslag på bygglov till protokollet.").value == "noterad"
    assert decision_status("Nämnden tar del av delegationsbeslut om avskrivning av ärenden.").value == "noterad"
    # a second act after the note decides the status
    assert decision_status("Nämnden noterar informationen och beslutar att avslå ansökan.").value == "avslagen"


def test_each_deciding_sentence_of_a_block_paragraph_is_a_decision_with_its_comments():
    """GIVEN a block paragraph "decision. comment. decision." and lines "Som justerare utses: X" /
    "Y (M) utses till ersättare" THEN one decision per deciding sentence or line; the comment stays
    with the decision before it."""
    page = ("Protokoll\nKommunstyrelsen\n§ 1 Taxor\nBeslut\nKommunstyrelsen beslutar att anta taxan. "
            "Taxan gäller från 1 mars. Kommunstyrelsen beslutar vidare att höja avgiften.\n"
            "§ 2 Justering\nBeslut\nSom justerare utses: Eva Ek (S)\nPer Lind (M) utses till ersättare.\n"
            "§ 3 Budget\nBeslut\nKommunstyrelsen beslutar att anta budgeten. Budgeten är i balans.\n"
            "§ 4 Lokaler\nBeslut\nKommunstyrelsen beslutar att hyra lokalen. Vidare beslutar kommunstyrelsen att sälja huset.\n")
    found = decisions(parsed(page))
    assert found["§ 1"] == [("Kommunstyrelsen beslutar att anta taxan. Taxan gäller från 1 mars.", "beslutad"),
                            ("Kommunstyrelsen beslutar vidare att höja avgiften.", "beslutad")]
    assert found["§ 2"] == [("Som justerare utses: Eva Ek (S)", "beslutad"), ("Per Lind (M) utses till ersättare.", "beslutad")]
    assert found["§ 3"] == [("Kommunstyrelsen beslutar att anta budgeten. Budgeten är i balans.", "beslutad")]
    assert found["§ 4"] == [("Kommunstyrelsen beslutar att hyra lokalen.", "beslutad"),
                            ("Vidare beslutar kommunstyrelsen att sälja huset.", "beslutad")]


def test_att_clauses_with_short_infinitives_negations_and_adverbials_are_decisions_each():
    page = ("Protokoll\nKommunstyrelsen\n§ 1 Budget\nBeslut\nKommunstyrelsen beslutar att anta budgeten, "
            "att ge kommunchefen i uppdrag att återkomma, att inte bevilja ansökan, att för 2026 fastställa taxan "
            "samt att anse motionen besvarad.\n§ 2 Avgift\nBeslut\nKommunstyrelsen beslutar att höja avgiften, att gälla från 1 mars.\n")
    found = decisions(parsed(page))
    assert found["§ 1"] == [
        ("Kommunstyrelsen beslutar att anta budgeten", "beslutad"),
        ("Kommunstyrelsen beslutar att ge kommunchefen i uppdrag att återkomma", "beslutad"),
        ("Kommunstyrelsen beslutar att inte bevilja ansökan", "avslagen"),
        ("Kommunstyrelsen beslutar att för 2026 fastställa taxan", "beslutad"),
        ("Kommunstyrelsen beslutar att anse motionen besvarad.", "besvarad"),
    ]
    assert found["§ 2"] == [("Kommunstyrelsen beslutar att höja avgiften, att gälla från 1 mars.", "beslutad")]


def test_att_paragraphs_under_a_lead_in_of_their_own_are_decisions_with_it():
    """GIVEN "Kommunstyrelsen beslutar" and each "att …" as a paragraph of its own (an older kommun
    layout) THEN one decision per att-paragraph with the lead-in, none for the lead-in alone."""
    page = ("Protokoll\nKommunstyrelsen\n§ 1 Budget\nKommunstyrelsens beslut\nKommunstyrelsen beslutar\n\n"
            "att anta budgeten för 2026,\n\natt ge kommunchefen i uppdrag att återkomma.\n"
            "§ 2 Taxa\nBeslut\nKommunstyrelsen beslutar att anta taxan.\n")
    assert decisions(parsed(page))["§ 1"] == [
        ("Kommunstyrelsen beslutar att anta budgeten för 2026", "beslutad"),
        ("Kommunstyrelsen beslutar att ge kommunchefen i uppdrag att återkomma.", "beslutad"),
    ]


def test_decision_lines_without_full_stops_are_one_decision_each():
    page = ("Protokoll\nKommunstyrelsen\n§ 1 Bygglov\nKommunstyrelsens beslut\n"
            "Ärendet bordläggs till nästa sammanträde\nKommunstyrelsen uppdrar åt kommunchefen att utreda frågan\n"
            "§ 2 Avtal\nKommunstyrelsens beslut\nKommunstyrelsen beslutar att godkänna avtalet\n"
            "med ändringen i punkt 4\n")
    found = decisions(parsed(page))
    assert found["§ 1"] == [("Ärendet bordläggs till nästa sammanträde", "bordlagd"),
                            ("Kommunstyrelsen uppdrar åt kommunchefen att utreda frågan", "beslutad")]
    assert found["§ 2"] == [("Kommunstyrelsen beslutar att godkänna avtalet med ändringen i punkt 4", "beslutad")]
