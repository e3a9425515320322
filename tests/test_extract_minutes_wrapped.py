"""Extraction of minutes whose lines wrap where the printer wrapped them: agenda points over §
paragraphs whose minute runs on, prose attendance over several lines, outcomes in relative clauses
and booked dates. Invented fixtures in the shape of two kinds of organisation each, plus negatives;
all names, places and organisations are invented."""

from __future__ import annotations

from tests.extraction import by_name, decisions, parsed

SAMRAD = """Protokoll från samrådsmöte mellan hyresgästföreningen Lönnen och Bostadsbolaget AB
måndagen 3 mars 2025 klockan 18.00 i föreningslokalen.
Punkt 1 – Mötets öppnande
§ 1 Eva Ek förklarade mötet öppnat.
Punkt 2 – Val av funktionärer för mötet
§ 2 Eva Ek utsågs till mötesordförande och Per Holm till mötessekreterare, Eva
och Lisa Sund utsågs till protokolljusterare.
Punkt 3 – Föregående protokoll
§ 3 Per gick igenom tidigare mötesprotokoll som godkändes med tillägg under
punkt 5: lokalen kan inte lånas ut på samma villkor som tidigare.
§ 4 Mötet samtalade om hur föreningen ska gå vidare om det inte går att lösa med
hyresvärden. Liknande lokaler i närheten övervägdes.
Punkt 4 – Övriga frågor
§ 5 Cykelrummet
Bostadsbolaget har inga planer på att bygga om cykelrummet.
§ 6 Belysning
Belysningen byts under våren.
Punkt 5 – Nästa möte
§ 7 För nästa möte preliminärbokades tisdagen 6 maj kl. 18.00.
"""

SKOLRAD = """Minnesanteckningar skolrådet Björkskolan 2025-02-10
Punkt 1 – Inledning
§ 1 Rektor Kim Dahl hälsade välkommen och gick igenom dagordningen som godkändes utan
invändningar.
Punkt 2 – Skolgården
§ 2 Föräldrarna tog upp att gungorna vid lågstadiet har varit avstängda sedan
hösten. Rektor lovade att fråga fastighetsförvaltningen om en tidplan.
§ 3 Klassråden vill ha fler bänkar.
Punkt 3 – Nästa möte
§ 4 Till nästa möte bokades torsdagen 10 april kl. 17.30.
"""


def _titles(doc) -> list[tuple[str, str]]:
    return [(s.number, s.title) for s in doc.sections]


def test_agenda_points_over_paragraphs_whose_minute_runs_onto_the_next_line_give_the_sections():
    assert _titles(parsed(SAMRAD)) == [
        ("§ 1", "Mötets öppnande"), ("§ 2", "Val av funktionärer för mötet"), ("§ 3", "Föregående protokoll"),
        ("§ 4", "Övriga frågor"), ("§ 5", "Nästa möte")]
    assert _titles(parsed(SKOLRAD)) == [("§ 1", "Inledning"), ("§ 2", "Skolgården"), ("§ 3", "Nästa möte")]


def test_paragraph_headings_with_short_titles_still_win_over_points_cited_in_the_text():
    text = ("Protokoll styrelsemöte IK Svalan\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
            "§ 2 Ekonomi\nKassören gick igenom punkt 4 i budgeten.\n§ 3 Träningstider\n"
            "Punkt 1 i förslaget antogs.\nPunkt 2 i förslaget bordlades.\n§ 4 Avslutning\nMötet avslutades.\n")
    assert [title for _, title in _titles(parsed(text))] == ["Mötets öppnande", "Ekonomi", "Träningstider", "Avslutning"]


def test_decisions_on_paragraph_lines_under_agenda_points_are_found_whole():
    found = decisions(parsed(SAMRAD))
    assert found["§ 2"] == [("Eva Ek utsågs till mötesordförande och Per Holm till mötessekreterare, Eva "
                             "och Lisa Sund utsågs till protokolljusterare.", "beslutad")]
    assert found["§ 3"] == [("Per gick igenom tidigare mötesprotokoll som godkändes med tillägg under punkt 5: "
                             "lokalen kan inte lånas ut på samma villkor som tidigare.", "beslutad")]
    assert found["§ 5"] == [("För nästa möte preliminärbokades tisdagen 6 maj kl. 18.00.", "beslutad")]
    assert found["§ 4"] == []  # considered, decided nothing
    school = decisions(parsed(SKOLRAD))
    assert school["§ 1"] == [("Rektor Kim Dahl hälsade välkommen och gick igenom dagordningen som godkändes utan "
                              "invändningar.", "beslutad")]
    assert school["§ 3"] == [("Till nästa möte bokades torsdagen 10 april kl. 17.30.", "beslutad")]
    assert school["§ 2"] == []


def test_an_approval_on_another_occasion_or_a_booking_told_of_decides_nothing():
    text = ("Protokoll medlemsmöte Brf Lönnen\n1. Stadgarna\nKassören påminde om stadgeändringen som godkändes "
            "vid förra stämman.\n2. Lokalen\nLokalen som bokades för festen i fjol var för liten.\n")
    assert decisions(parsed(text)) == {"§ 1": [], "§ 2": []}


def test_an_abbreviation_before_a_time_or_a_number_ends_no_sentence():
    text = ("Protokoll\n1. Dagordning\nDagordningen godkändes.\n2. Nästa möte\n"
            "Nästa möte hålls kl. 18.00 i lokalen. Vi var ca. 40 st.\n")
    assert decisions(parsed(text)) == {"§ 1": [("Dagordningen godkändes.", "beslutad")], "§ 2": []}
    from arkiv.ingest.segment import split_sentences
    assert split_sentences("Mötet börjar kl. 18.00. Eva Ek hälsade. Vi var ca. 40 st. Nästa.") == [
        "Mötet börjar kl. 18.00.", "Eva Ek hälsade.", "Vi var ca. 40 st.", "Nästa."]


def test_prose_attendance_wrapped_over_lines_gives_each_name_the_organisation_of_its_own_sentence():
    page = ("Protokoll samrådsmöte\nNärvarande: Eva Ek och Per Holm från hyresgästföreningen. Lisa Sund från\n"
            "Bostadsbolaget AB. Ola Berg (förvaltare), Kim Lund\n(fastighetstekniker) och Siv Ahl (bovärd) från "
            "Bostadsbolaget AB.\nPunkt 1 – Mötets öppnande\nText.\n")
    assert by_name(page) == {
        "Eva Ek": (None, "hyresgästföreningen", None), "Per Holm": (None, "hyresgästföreningen", None),
        "Lisa Sund": (None, "Bostadsbolaget AB", None), "Ola Berg": ("förvaltare", "Bostadsbolaget AB", None),
        "Kim Lund": ("fastighetstekniker", "Bostadsbolaget AB", None), "Siv Ahl": ("bovärd", "Bostadsbolaget AB", None)}
    page = ("Minnesanteckningar trygghetsvandring\nDeltagare: Anna Dal och Olof Nyström från kommunen. Karin\n"
            "Strand (vaktmästare) från skolan.\n\n1. Vandringen\nBelysningen brister.\n")
    assert by_name(page) == {"Anna Dal": (None, "kommunen", None), "Olof Nyström": (None, "kommunen", None),
                             "Karin Strand": ("vaktmästare", "skolan", None)}


def test_a_wrapped_attendance_stops_where_its_prose_stops():
    page = ("Protokoll samrådsmöte\nNärvarande: Eva Ek och Per Holm från föreningen.\n"
            "Ordföranden hälsade alla välkomna från hela bostadsområdet.\n1. Gården\nText.\n")
    assert by_name(page) == {"Eva Ek": (None, "föreningen", None), "Per Holm": (None, "föreningen", None)}


def test_a_proposal_word_carried_onto_a_lower_case_line_opens_no_proposal():
    text = ("Protokoll årsmöte IK Svalan\n5. Dagordning\nDagordningen godkändes.\n6. Val\nTill följd av svårigheter att hitta en ordförande uppkom\n"
            "förslag om;\n+ delat ordförandeskap mellan Eva Ek och Per Holm\n\n"
            "Styrelsen ombeds diskutera ordförandeskapet vid nästa styrelsemöte.\n\n"
            "6.2 Till styrelse föreslås per acklamation att ovan föreslagen styrelse väljs. Svar; Ja!\n"
            "7. Avslutning\nMötet avslutades.\n")
    assert decisions(parsed(text))["§ 6"] == [
        ("Styrelsen ombeds diskutera ordförandeskapet vid nästa styrelsemöte.", "beslutad"),
        ("6.2 Till styrelse föreslås per acklamation att ovan föreslagen styrelse väljs. Svar; Ja!", "beslutad")]
    proposal = ("Protokoll nämnd\n§ 4 Taxa\nFörslag till beslut\nNämnden godkänner taxan.\n"
                "Beslut\nNämnden beslutar att godkänna taxan.\n")
    assert decisions(parsed(proposal))["§ 4"] == [("Nämnden beslutar att godkänna taxan.", "beslutad")]
