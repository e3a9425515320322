"""Extraction on patterns a held-out check of association minutes found missing (round E), each
pinned by invented fixtures in the shape of two kinds of organisation and a negative fixture. All
names, places and organisations are invented."""

from __future__ import annotations

from arkiv.ingest.pipeline import parse_file
from tests.extraction import by_name, decisions, parsed


def _markdown(tmp_path, text: str, name: str = "anteckningar.md"):
    """The document of a Markdown file read through its reader, as ingest reads it."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, "sha").document


def _persons(document) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.organisation) for p in document.persons}


# ---------------------------------------------------------------- 1. Markdown attendance headings

BRF_NOTES = """# Styrelsemöte Brf Lönnen

Datum: 2024-03-12

{attendance}

## 1. Mötets öppnande

Ordföranden öppnade mötet.

## 2. Ekonomi

Kassören redogjorde för ekonomin.
"""

IDROTT_NOTES = """# Protokoll styrelsemöte IK Svalan

{attendance}

## Punkter

Träningstiderna för hösten gicks igenom.
"""


def test_an_attendance_heading_with_a_colon_a_count_or_whose_list_it_is_heads_its_names(tmp_path):
    three = {"Eva Ek": (None, None), "Per Holm": (None, None), "Lisa Sund": (None, None)}
    for heading in ("## Närvarande:", "## Närvarande (3)", "### Närvarande: 3 st", "## Närvarande (styrelsen)"):
        attendance = f"{heading}\n\n- Eva Ek\n- Per Holm\n- Lisa Sund"
        assert _persons(_markdown(tmp_path, BRF_NOTES.format(attendance=attendance))) == three, heading
    attendance = "## Närvarande (4)\n\n* Kim Dahl\n* Ola Berg"
    assert _persons(_markdown(tmp_path, IDROTT_NOTES.format(attendance=attendance))) == {
        "Kim Dahl": (None, None), "Ola Berg": (None, None)}


def test_a_bold_name_broken_over_a_line_and_task_boxes_are_one_name_each(tmp_path):
    attendance = "## Närvarande\n\n- **Eva\n  Ek**\n- **Per Holm**\n- Lisa Sund"
    assert _persons(_markdown(tmp_path, BRF_NOTES.format(attendance=attendance))) == {
        "Eva Ek": (None, None), "Per Holm": (None, None), "Lisa Sund": (None, None)}
    attendance = "## Närvarande\n\n- [x] Kim Dahl\n- [x] Ola Berg"
    assert _persons(_markdown(tmp_path, IDROTT_NOTES.format(attendance=attendance))) == {
        "Kim Dahl": (None, None), "Ola Berg": (None, None)}


def test_a_note_of_when_someone_came_is_no_title_and_a_nested_label_goes_on(tmp_path):
    attendance = "## Närvarande\n\n- Eva Ek (ordförande)\n- Per Holm, kassör\n- Lisa Sund – från punkt 2"
    assert _persons(_markdown(tmp_path, BRF_NOTES.format(attendance=attendance))) == {
        "Eva Ek": ("ordförande", None), "Per Holm": ("kassör", None), "Lisa Sund": (None, None)}
    attendance = "## Närvarande\n\n- Styrelsen\n  - Kim Dahl\n  - Ola Berg, till kl. 20\n- Övriga\n  - Siv Ahl"
    assert _persons(_markdown(tmp_path, IDROTT_NOTES.format(attendance=attendance))) == {
        "Kim Dahl": (None, None), "Ola Berg": (None, None), "Siv Ahl": (None, None)}


def test_an_attendance_heading_over_items_written_as_section_paragraphs_heads_its_names(tmp_path):
    """With "## §1 …" items, segment keeps "## Närvarande" as front text: still the list's label."""
    vag = "# Protokoll\n\n**Styrelsemöte Vägföreningen Tallen**\n\n## Närvarande\n\n- Eva Ek\n- Per Holm\n\n" \
          "---\n\n## §1 Snöröjning\n\nKassören redogjorde.\n\n## §2 Nästa möte\n\nDen 4 mars.\n"
    assert _persons(_markdown(tmp_path, vag)) == {"Eva Ek": (None, None), "Per Holm": (None, None)}
    for heading in ("### Deltagare:", "### Närvarande: 2 st", "## Närvarande (2)"):
        hembygd = f"# Hembygdsföreningen Ljungen, styrelsemöte\n\n{heading}\n\n* Kim Dahl\n* Siv Ahl\n\n" \
                  "## § 1 Öppnande\n\nMötet öppnades.\n"
        assert _persons(_markdown(tmp_path, hembygd)) == {"Kim Dahl": (None, None), "Siv Ahl": (None, None)}, heading
    # a heading that labels no attendance keeps its list of topics from being names
    topics = "# Protokoll\n\n## Frågor till årsmötet\n\n- Vägbelysning\n- Snöröjning\n\n## §1 Öppnande\n\nText.\n"
    assert _persons(_markdown(tmp_path, topics)) == {}


def test_a_count_in_plain_text_attendance_label_heads_its_names():
    page = "Protokoll styrelsemöte Hyresgästföreningen Ängen\nNärvarande (2):\nEva Ek\nPer Holm\n§ 1 Öppnande\nText.\n"
    assert by_name(page) == {"Eva Ek": (None, None, None), "Per Holm": (None, None, None)}


def test_negative_a_heading_with_a_number_that_is_no_count_and_a_note_that_is_a_title_stay_as_they_were(tmp_path):
    # "Närvarande punkter" is no attendance heading: its lines are no names
    notes = "# Anteckningar arbetsgrupp\n\n## Närvarande frågor 2024\n\n- Trafik i området\n- Lekplatsen\n\n## Övrigt\n\nInget.\n"
    assert _persons(_markdown(tmp_path, notes)) == {}
    # a title after the dash is kept: the note rule only drops when-notes
    attendance = "## Närvarande\n\n- Eva Ek – ordförande\n- Per Holm"
    assert _persons(_markdown(tmp_path, BRF_NOTES.format(attendance=attendance))) == {
        "Eva Ek": ("ordförande", None), "Per Holm": (None, None)}


# ---------------------------------------------------------------- 2. two numbering systems in one protocol

KAMRAT_ARSMOTE = """Protokoll årsmöte Kamratföreningen Ekan
2024-04-10

Punkt 1 – Mötets öppnande
§ 1 Ordföranden Eva Ek hälsade välkommen och öppnade mötet.

Punkt 2 – Val av mötesfunktionärer
§ 2 Eva Ek utsågs till ordförande.
§ 3 Per Holm utsågs till sekreterare.

Punkt 3 – Dagordning
§ 4 Förslaget till dagordning, som godkändes.

Punkt 4 – Verksamhetsberättelse
§ 5 Styrelsen presenterade verksamhetsberättelsen, som godkändes.

Punkt 5 – Nästa möte
§ 6 Nästa möte preliminärbokades till den 12 maj.
"""

KOMMUN_ARBETSGRUPP = """Minnesanteckningar arbetsgruppen för trygghet, Norrby kommun
Punkt 1 – Inledning
§ 10 Gruppen gick igenom läget.
Punkt 2 – Belysning
§ 11 Lisa Sund redogjorde för belysningen i parken.
§ 12 Arbetsgruppen beslutade att beställa nya armaturer.
Punkt 3 – Avslutning
§ 13 Nästa möte preliminärbokades till den 3 juni.
"""


def test_agenda_points_give_the_sections_and_the_running_paragraphs_are_their_text():
    document = parsed(KAMRAT_ARSMOTE)
    assert [(s.number, s.title) for s in document.sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av mötesfunktionärer"), ("§ 3", "Dagordning"),
        ("§ 4", "Verksamhetsberättelse"), ("§ 5", "Nästa möte")]
    assert decisions(document) == {
        "§ 1": [],
        "§ 2": [("Eva Ek utsågs till ordförande.", "beslutad"), ("Per Holm utsågs till sekreterare.", "beslutad")],
        "§ 3": [("Förslaget till dagordning, som godkändes.", "beslutad")],
        "§ 4": [("Styrelsen presenterade verksamhetsberättelsen, som godkändes.", "beslutad")],
        "§ 5": [("Nästa möte preliminärbokades till den 12 maj.", "beslutad")],
    }
    assert by_name(KAMRAT_ARSMOTE) == {"Eva Ek": ("ordförande", None, None), "Per Holm": ("sekreterare", None, None)}


def test_a_working_group_numbering_paragraphs_on_under_its_points():
    document = parsed(KOMMUN_ARBETSGRUPP)
    assert [(s.number, s.title) for s in document.sections] == [
        ("§ 1", "Inledning"), ("§ 2", "Belysning"), ("§ 3", "Avslutning")]
    assert decisions(document) == {
        "§ 1": [],
        "§ 2": [("Arbetsgruppen beslutade att beställa nya armaturer.", "beslutad")],
        "§ 3": [("Nästa möte preliminärbokades till den 3 juni.", "beslutad")],
    }


def test_negative_one_system_stays_and_a_relative_clause_of_another_occasion_is_no_decision():
    page = ("Protokoll styrelsemöte Brf Lönnen\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
            "§ 2 Stadgar\nStyrelsen gick igenom stadgeändringen, som godkändes vid förra stämman.\n"
            "§ 3 Nästa möte\nNästa möte hålls i föreningslokalen.\n")
    document = parsed(page)
    assert [(s.number, s.title) for s in document.sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Stadgar"), ("§ 3", "Nästa möte")]
    assert decisions(document) == {"§ 1": [], "§ 2": [], "§ 3": []}


# ---------------------------------------------------------------- 3. one-line numbered items that elect

BRF_EXTRA_STAMMA = """Protokoll extra föreningsstämma Brf Lönnen
2024-05-20

1. Stämmans öppnande
Ordföranden öppnade stämman.
2. Till mötets ordförande väljs Eva Ek
3. Till mötets sekreterare väljs Per Holm
4. Till justerare väljs Lisa Sund och Ola Berg
5. Dagordningen godkändes
6. Avgifter
Stämman beslutade att höja avgiften med 2 procent.
7. Mötets avslutande
"""

IDROTT_ARSMOTE = """Protokoll årsmöte IK Svalan
1. Årsmötets öppnande
2. Val av ordförande för mötet: Kim Dahl valdes
3. Siv Ahl väljs till sekreterare
4. Röstlängd fastställdes
5. Verksamhetsberättelse
Styrelsen föredrog berättelsen.
6. Avslutning
"""


def test_election_items_whose_title_is_the_minute_are_sections_with_their_decision_and_persons():
    document = parsed(BRF_EXTRA_STAMMA)
    assert [s.number for s in document.sections] == ["§ 1", "§ 2", "§ 3", "§ 4", "§ 5", "§ 6", "§ 7"]
    found = decisions(document)
    assert found["§ 2"] == [("Till mötets ordförande väljs Eva Ek", "beslutad")]
    assert found["§ 3"] == [("Till mötets sekreterare väljs Per Holm", "beslutad")]
    assert found["§ 4"] == [("Till justerare väljs Lisa Sund och Ola Berg", "beslutad")]
    assert by_name(BRF_EXTRA_STAMMA) == {
        "Eva Ek": ("ordförande", None, None), "Per Holm": ("sekreterare", None, None),
        "Lisa Sund": ("justerare", None, None), "Ola Berg": ("justerare", None, None)}


def test_election_items_of_a_sports_club_name_the_elected_after_a_colon_or_first():
    document = parsed(IDROTT_ARSMOTE)
    found = decisions(document)
    assert found["§ 2"] == [("Val av ordförande för mötet: Kim Dahl valdes", "beslutad")]
    assert found["§ 3"] == [("Siv Ahl väljs till sekreterare", "beslutad")]
    assert found["§ 5"] == []
    assert by_name(IDROTT_ARSMOTE) == {"Kim Dahl": ("ordförande", None, None), "Siv Ahl": ("sekreterare", None, None)}


def test_negative_an_agenda_of_elections_to_come_is_no_minute():
    page = ("Kallelse till årsmöte Hyresgästföreningen Ängen\nDagordning\n1. Mötets öppnande\n2. Val av mötesordförande\n"
            "3. Val av sekreterare\n4. Val av justerare\n5. Verksamhetsberättelse\n\n"
            "Välkomna!\nStyrelsen\n")
    document = parsed(page)
    assert all(not s.decisions for s in document.sections)
    assert by_name(page) == {}


# ---------------------------------------------------------------- 4. decimal sub-items, votes for and against, a yes

HYRESGAST_ARSMOTE = """Protokoll årsmöte Hyresgästföreningen Ängen
2024-03-02

1. Mötets öppnande
Ordföranden öppnade mötet.
2. Val av mötesordförande
Det föreslås per acklamation att Eva Ek väljs. Svar: Ja!
3. Motioner
3.1 Motion om cykelställ
Efter diskussion röstade mötet. 12 röster för, 3 emot.
Förslaget antas.
3.2 Motion om grillplats
Motionen avslogs.
4. Avslutning
Mötet avslutades.
"""

KAMRAT_MEDLEMSMOTE = """Protokoll medlemsmöte Kamratföreningen Ekan
1. Öppnande
Mötet öppnades.
2. Val av ordförande
Styrelsen föreslår per acklamation att Per Holm väljs till ordförande. Svar: Ja!
3. Verksamhet
3.1 Resor
Resan till fjällen genomfördes.
3.2 Avgift
Omröstning: 20 för, 2 emot, 1 avstår.
Förslaget antas.
4. Avslutning
"""


def _decided(document) -> list[tuple[str | None, str, str, str | None]]:
    return [(s.number, d.text, d.status.value, d.vote) for s in document.sections for d in s.decisions]


def test_decimal_sub_items_are_sections_and_a_yes_to_a_proposal_and_a_counted_vote_decide():
    document = parsed(HYRESGAST_ARSMOTE)
    assert [(s.number, s.title) for s in document.sections] == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av mötesordförande"), ("§ 3", "Motioner"),
        ("§ 3.1", "Motion om cykelställ"), ("§ 3.2", "Motion om grillplats"), ("§ 4", "Avslutning")]
    assert _decided(document) == [
        ("§ 2", "Det föreslås per acklamation att Eva Ek väljs. Svar: Ja!", "beslutad", None),
        ("§ 3.1", "Förslaget antas.", "beslutad", "12 ja, 3 nej"),
        ("§ 3.2", "Motionen avslogs.", "avslagen", None),
    ]
    assert by_name(HYRESGAST_ARSMOTE) == {"Eva Ek": ("mötesordförande", None, None)}


def test_a_kamratforening_proposal_answered_yes_and_a_vote_with_abstentions():
    document = parsed(KAMRAT_MEDLEMSMOTE)
    assert [s.number for s in document.sections] == ["§ 1", "§ 2", "§ 3", "§ 3.1", "§ 3.2", "§ 4"]
    assert _decided(document) == [
        ("§ 2", "Styrelsen föreslår per acklamation att Per Holm väljs till ordförande. Svar: Ja!", "beslutad", None),
        ("§ 3.2", "Förslaget antas.", "beslutad", "20 ja, 2 nej, 1 avstår"),
    ]
    assert by_name(KAMRAT_MEDLEMSMOTE) == {"Per Holm": ("ordförande", None, None)}


def test_negative_a_proposal_without_an_answer_and_a_sub_number_of_another_item_stay_text():
    page = ("Protokoll styrelsemöte Brf Lönnen\n1. Öppnande\nMötet öppnades.\n2. Stämman\n"
            "Styrelsen föreslår att stämman hålls i maj.\n4.1 Underhållsplanen gäller.\n3. Avslutning\nText.\n")
    document = parsed(page)
    assert [s.number for s in document.sections] == ["§ 1", "§ 2", "§ 3"]
    assert _decided(document) == []


# ---------------------------------------------------------------- 5. attendance written as prose

def test_prose_attendance_gives_each_name_the_organisation_of_its_own_from(tmp_path):
    notes = ("# Anteckningar samrådsmöte om gården\n\n2024-09-03\n\n## Närvarande\n\n"
             "Eva Ek och Per Holm från Hyresgästföreningen. Lisa Sund från Bostadsbolaget AB. Ola Berg (ordförande), "
             "Kim Lund (kassör) och Siv Ahl (sekreterare) från Styrelsen.\n\n## 1. Gården\n\nGården ska rustas.\n\n"
             "## 2. Avslutning\n\nMötet avslutades.\n")
    assert _persons(_markdown(tmp_path, notes)) == {
        "Eva Ek": (None, "Hyresgästföreningen"), "Per Holm": (None, "Hyresgästföreningen"),
        "Lisa Sund": (None, "Bostadsbolaget AB"), "Ola Berg": ("ordförande", "Styrelsen"),
        "Kim Lund": ("kassör", "Styrelsen"), "Siv Ahl": ("sekreterare", "Styrelsen")}


def test_prose_attendance_of_a_kommun_walk_on_the_label_line():
    page = ("Minnesanteckningar trygghetsvandring\nDeltagare: Anna Dal och Olof Nyström från Norrby kommun. "
            "Karin Strand från Polisen. Bo Ek (ordförande) från IK Svalan.\n\n1. Vandringen\nBelysningen brister.\n")
    assert by_name(page) == {
        "Anna Dal": (None, "Norrby kommun", None), "Olof Nyström": (None, "Norrby kommun", None),
        "Karin Strand": (None, "Polisen", None), "Bo Ek": ("ordförande", "IK Svalan", None)}


def test_negative_prose_that_names_no_persons_before_its_from_gives_none():
    page = ("Protokoll medlemsmöte Brf Lönnen\nNärvarande: Tolv medlemmar från föreningen. Alla hus var representerade.\n"
            "§ 1 Öppnande\nMötet öppnades.\n")
    assert by_name(page) == {}


# ---------------------------------------------------------------- 7. decision bullets wrapped onto a second line

def test_markdown_decision_bullets_wrapped_onto_an_indented_line_go_on(tmp_path):
    brf = ("# Styrelsemöte Brf Lönnen\n\n## 1. Fasaden\n\nOfferterna jämfördes.\n\n**Beslut:**\n\n"
           "- Att anta offerten från\n  Byggfirman Ek med start i juni.\n- Att ge ordföranden i uppdrag att teckna avtal.\n"
           "- Att informera medlemmarna.\n\n## 2. Avslutning\n\nMötet avslutades.\n")
    assert [(s.number, [d.text for d in s.decisions]) for s in _markdown(tmp_path, brf).sections] == [
        ("§ 1", ["Att anta offerten från Byggfirman Ek med start i juni.",
                 "Att ge ordföranden i uppdrag att teckna avtal.", "Att informera medlemmarna."]),
        ("§ 2", [])]
    group = ("# Anteckningar arbetsgruppen för parken\n\n## Lekplatsen\n\nGruppen diskuterade gungorna.\n\nBeslut:\n\n"
             "* Nya gungor köps in\n  före sommaren.\n* Sandlådan töms i maj.\n\n## Övrigt\n\nInget.\n")
    assert [(s.title, [d.text for d in s.decisions]) for s in _markdown(tmp_path, group).sections] == [
        ("Lekplatsen", ["Nya gungor köps in före sommaren.", "Sandlådan töms i maj."]), ("Övrigt", [])]


def test_negative_a_list_item_of_names_on_lines_of_their_own_stays_lines(tmp_path):
    notes = ("# Styrelsemöte IK Svalan\n\n## Närvarande\n\n- Styrelsen:\n  Kim Dahl\n  Ola Berg\n\n"
             "## Punkter\n\nTräningstiderna gicks igenom.\n")
    assert _persons(_markdown(tmp_path, notes)) == {"Kim Dahl": (None, "Styrelsen"), "Ola Berg": (None, "Styrelsen")}


# ---------------------------------------------------------------- 8. smaller: two elected with "samt", instructions, answers

IK_STYRELSE = """Protokoll styrelsemöte IK Svalan
§ 1 Funktionärer
Eva Ek utsågs till sekreterare och Per Holm till kassör.
Till justerare väljs Lisa Sund samt Ola Berg.
§ 2 Ekonomi
Styrelsen ombeds att ta fram en budget.
Föreningen tackar ja till inbjudan från kommunen.
§ 3 Avslutning
Mötet avslutades.
"""

KOMMUN_GRUPP = """Minnesanteckningar arbetsgruppen för parken, Norrby kommun
1. Inbjudan
Arbetsgruppen tackar ja till inbjudan från skolan.
2. Uppdrag
Kassören ombeds att beställa bänkar.
Gruppen tackar för informationen.
3. Avslutning
Nästa möte hålls i biblioteket.
"""


def test_two_elected_joined_by_samt_each_get_the_function_and_instructions_and_answers_decide():
    assert by_name(IK_STYRELSE) == {
        "Eva Ek": ("sekreterare", None, None), "Per Holm": ("kassör", None, None),
        "Lisa Sund": ("justerare", None, None), "Ola Berg": ("justerare", None, None)}
    assert decisions(parsed(IK_STYRELSE)) == {
        "§ 1": [("Eva Ek utsågs till sekreterare och Per Holm till kassör.", "beslutad"),
                ("Till justerare väljs Lisa Sund samt Ola Berg.", "beslutad")],
        "§ 2": [("Styrelsen ombeds att ta fram en budget.", "beslutad"),
                ("Föreningen tackar ja till inbjudan från kommunen.", "beslutad")],
        "§ 3": [],
    }


def test_a_working_group_answers_an_invitation_and_instructs_its_treasurer_but_thanks_for_information_only():
    assert decisions(parsed(KOMMUN_GRUPP)) == {
        "§ 1": [("Arbetsgruppen tackar ja till inbjudan från skolan.", "beslutad")],
        "§ 2": [("Kassören ombeds att beställa bänkar.", "beslutad")],
        "§ 3": [],
    }
