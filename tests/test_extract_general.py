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


# ------------------------------------------------------------------ 2. procedure ending a Beslutsgång

REGION_OCH_KOMMUN = """Protokoll
Hälso- och sjukvårdsnämnden
§ 12 Information om tandvården
Beslut
Nämnden noterar informationen.
Beslutsgång
Ordföranden prövar om nämnden kan notera informationen, och finner att nämnden
bifaller.
§ 13 Taxa för bygglov
Kommunstyrelsens beslut
Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.
Beslutsgång
Ordföranden prövar förvaltningens förslag och Eva Eks (C) tilläggsyrkande och finner att kommunstyrelsen bifaller dem.
§ 14 Ansökan om bidrag
Ordföranden ställer proposition på bifall och avslag och finner att nämnden beslutar att avslå ansökan.
"""


def test_a_finding_that_only_consents_is_procedure_and_a_finding_with_content_decides():
    assert decisions(parsed(REGION_OCH_KOMMUN)) == {
        "§ 12": [("Nämnden noterar informationen.", "noterad")],
        "§ 13": [("Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.", "överlämnad")],
        "§ 14": [("Nämnden beslutar att avslå ansökan.", "avslagen")],
    }


# ------------------------------------------------------------------ 3. running board minutes and notes

# A BRF board's running minutes: a tabled matter, a date moved, a change to make, a consent by silence.
BRF_STYRELSE = """Protokoll, styrelsemöte BRF Lönnen
1. Mötet öppnades.
2. Tvättstugan
• Bokningssystemet är för krångligt. Styrelsen diskuterade lås, listor och appar. Bordläggs.
• Trädgårdsdagen skjuts fram till 14 maj.
• Per tycker att ordningsreglerna ska ändras.
3. Hemsidan
Menyn på hemsidan ska ändras så att kontaktuppgifterna syns först. Eva skickar ut
förslaget, och om ingen protesterar, genomförs att styrelsen svarar på mejl inom en vecka.
4. Mötet avslutades.
"""


def test_running_minutes_table_move_change_and_consent_by_silence():
    assert decisions(parsed(BRF_STYRELSE)) == {
        "§ 1": [],
        "§ 2": [("Bokningssystemet är för krångligt. Styrelsen diskuterade lås, listor och appar. Bordläggs.", "bordlagd"),
                ("Trädgårdsdagen skjuts fram till 14 maj.", "beslutad")],
        "§ 3": [("Menyn på hemsidan ska ändras så att kontaktuppgifterna syns först.", "beslutad"),
                ("Eva skickar ut förslaget, och om ingen protesterar, genomförs att styrelsen svarar på mejl inom en vecka.",
                 "beslutad")],
        "§ 4": [],
    }


def test_a_matter_put_off_is_tabled_and_an_event_moved_is_decided():
    page = ("# Protokoll studentkårens fullmäktige\n\n## Närvarande\n\n- Anna Ek, ordförande\n- Bo Lind\n\n"
            "## 1. Mötets öppnande\n\nAnna Ek öppnade mötet.\n\n## 2. Budget\n\n"
            "Fullmäktige beslutade att anta budgeten. Vårbalen skjuts upp till hösten. Frågan om lokaler skjuts upp.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [],
        "§ 2": [("Fullmäktige beslutade att anta budgeten.", "beslutad"), ("Vårbalen skjuts upp till hösten.", "beslutad"),
                ("Frågan om lokaler skjuts upp.", "bordlagd")],
    }


# A working group's notes with unnumbered headings: who took part is one of its parts, and the
# outcome of a talk is written verb second after a long adverbial.
ARBETSGRUPP = """# Anteckningar från arbetsgruppen för digitalisering

## Deltagare

- Anna Ek
- Bo Lind

## Lägesrapport

Bo berättade om läget i projektet.

## Nästa steg

Efter en lång diskussion om tidsplanen mynnade samtalet ut i att vi väntar med upphandlingen till hösten.
"""


def test_notes_keep_their_attendance_part_and_the_outcome_of_a_talk():
    doc = parsed(ARBETSGRUPP)
    assert decisions(doc) == {
        "Deltagare": [],
        "Lägesrapport": [],
        "Nästa steg": [("Efter en lång diskussion om tidsplanen mynnade samtalet ut i att vi väntar med upphandlingen "
                        "till hösten.", "beslutad")],
    }
    assert [p.name for p in doc.persons] == ["Anna Ek", "Bo Lind"]


def test_an_attendance_heading_over_numbered_items_is_no_item():
    page = ("# Protokoll idrottsföreningens styrelse\n\n## Närvarande\n\n- Anna Ek\n\n## 1. Mötets öppnande\n\n"
            "Anna Ek öppnade mötet.\n\n## 2. Avgifter\n\nStyrelsen beslutade att behålla avgiften.\n")
    assert list(decisions(parsed(page))) == ["§ 1", "§ 2"]


def test_talk_without_an_outcome_decides_nothing():
    page = ("Minnesanteckningar nätverksträff\n1. Läget\nMötet diskuterade läget. Per tycker att rutinen ska ändras.\n"
            "Efter en lång diskussion om tidsplanen fortsatte samtalet.\n2. Avslut\nMötet avslutades.\n")
    assert all(not found for found in decisions(parsed(page)).values())


# ------------------------------------------------------------------ 4. and 5. under a decision marker

REGIONSTYRELSE = """Protokoll Regionstyrelsen
§ 4 Val av arbetsutskott
Regionstyrelsens beslut
Till arbetsutskott från och med 2025-01-01 till och med 2026-12-31 utses:
Ordinarie
(S) Eva Ek
(M) Per Lind
(C) Bo Ås
Till ordförande utses Eva Ek och till vice ordförande utses Per Lind.
§ 5 Remiss om kollektivtrafik
Beslut
Ordinarie\tErsättare
Eva Ek\tKim Berg
Per Lind\tOla Sund
Regionen är positiv till förslaget om fler nattbussar.
§ 6 Information om vården
Beslut
Godkänna informationen. Rapporten delges styrelsens ledamöter digitalt.
§ 7 Ansökan om bidrag
Beslut
Regionstyrelsen beviljar ansökan. Beslutet delges sökanden.
"""


def test_each_outcome_under_a_marker_is_a_decision_of_its_own():
    assert decisions(parsed(REGIONSTYRELSE)) == {
        "§ 4": [("Till arbetsutskott från och med 2025-01-01 till och med 2026-12-31 utses: Ordinarie (S) Eva Ek "
                 "(M) Per Lind (C) Bo Ås", "beslutad"),
                ("Till ordförande utses Eva Ek och till vice ordförande utses Per Lind.", "beslutad")],
        "§ 5": [("Ordinarie Ersättare Eva Ek Kim Berg Per Lind Ola Sund", "beslutad"),
                ("Regionen är positiv till förslaget om fler nattbussar.", "beslutad")],
        "§ 6": [("Godkänna informationen.", "beslutad"), ("Rapporten delges styrelsens ledamöter digitalt.", "beslutad")],
        # sending the decision out is no decision of its own
        "§ 7": [("Regionstyrelsen beviljar ansökan. Beslutet delges sökanden.", "beslutad")],
    }


def test_an_association_elects_a_board_and_then_its_chair():
    page = ("Protokoll årsmöte Orienteringsklubben\n§ 3 Val av styrelse\nBeslut\n"
            "Till styrelse för tiden från årsmötet 2025 till och med årsmötet 2026 väljs:\nAnna Berg\nOlle Sten\nKim Ny\n"
            "Till ordförande väljs Anna Berg.\n§ 4 Ungdomsverksamhet\nBeslut\nStyrelsen ställer sig positiv till ett läger i sommar.\n")
    assert decisions(parsed(page)) == {
        "§ 3": [("Till styrelse för tiden från årsmötet 2025 till och med årsmötet 2026 väljs: Anna Berg Olle Sten Kim Ny",
                 "beslutad"), ("Till ordförande väljs Anna Berg.", "beslutad")],
        "§ 4": [("Styrelsen ställer sig positiv till ett läger i sommar.", "beslutad")],
    }


# ------------------------------------------------------------------ 6. a finding of its own after "och att"

def test_a_finding_after_och_att_is_a_decision_of_its_own_and_a_nested_att_stays():
    page = ("Protokoll föreningsstämma Bostadsrättsföreningen Ekbacken\n§ 4 Röstlängd\n"
            "Beslutades att godkänna förteckningen över närvarande som röstlängd och att upprättandet av röstlängden "
            "skedde på rätt sätt.\n§ 5 Kallelse\nStämman beslutade att godkänna kallelsen och att kallelsen delades ut i tid.\n"
            "§ 6 Uppdrag\nStämman beslutade att ge styrelsen i uppdrag att utreda laddplatser och att kostnaden redovisas "
            "på nästa stämma.\n")
    assert decisions(parsed(page)) == {
        "§ 4": [("Beslutades att godkänna förteckningen över närvarande som röstlängd", "beslutad"),
                ("Beslutades att upprättandet av röstlängden skedde på rätt sätt.", "beslutad")],
        "§ 5": [("Stämman beslutade att godkänna kallelsen", "beslutad"),
                ("Stämman beslutade att kallelsen delades ut i tid.", "beslutad")],
        "§ 6": [("Stämman beslutade att ge styrelsen i uppdrag att utreda laddplatser och att kostnaden redovisas på "
                 "nästa stämma.", "beslutad")],
    }


def test_the_status_of_a_postponement_follows_what_is_put_off():
    from arkiv.swedish.vocabulary import decision_status
    assert decision_status("Mötet röstar för att denna fråga skjuts upp till nästa möte.").value == "bordlagd"
    assert decision_status("Ärendet skjuts fram till juni.").value == "bordlagd"
    assert decision_status("Skjuts upp.").value == "bordlagd"
    assert decision_status("Medlemsmötet ersätter årsmötet, och årsmötet skjuts fram till 2027.").value == "beslutad"
    assert decision_status("Inköpet av ny server skjuts upp till hösten.").value == "beslutad"


# ------------------------------------------------------------------ generality sweep: one layout each

KOMMUNSTYRELSE = """PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2025-03-04
§ 21 Dnr KS 2025/14
Budget 2026 för kulturskolan
Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att anta budgeten.
Yrkanden
Lars Holm (M) yrkar bifall till förslaget. Sofia Berg (V) yrkar avslag.
Propositionsordning
Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller Lars Holms yrkande.
Omröstning
Omröstning begärs. Med 8 ja-röster mot 3 nej-röster beslutar kommunstyrelsen enligt Lars Holms yrkande.
Reservation
Sofia Berg (V) reserverar sig mot beslutet.
Beslut
Kommunstyrelsen beslutar enligt förslaget.
§ 22 Dnr KS 2025/20
Riktlinjer för lokalbokning
Kommunstyrelsen beslutar
att anta riktlinjerna,
att uppdra åt kommundirektören att följa upp dem, samt
att riktlinjerna gäller från 1 maj 2025.
§ 23
Anmälan av delegationsbeslut
Beslut
Anmälan läggs till handlingarna.
"""


def test_yrkanden_proposition_vote_and_reservation_add_no_decision():
    doc = parsed(KOMMUNSTYRELSE)
    assert decisions(doc) == {
        # the proposal is what was adopted; the motions, the proposition and the vote are procedure
        "§ 21": [("Kommunstyrelsen beslutar enligt förslaget: Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                  "anta budgeten.", "beslutad")],
        "§ 22": [("Kommunstyrelsen beslutar att anta riktlinjerna", "beslutad"),
                 ("Kommunstyrelsen beslutar att uppdra åt kommundirektören att följa upp dem", "beslutad"),
                 ("Kommunstyrelsen beslutar att riktlinjerna gäller från 1 maj 2025.", "beslutad")],
        "§ 23": [("Anmälan läggs till handlingarna.", "noterad")],
    }
    decided = doc.sections[0].decisions[0]
    assert decided.reservations and "Sofia Berg (V)" in decided.reservations[0]
    assert decided.vote


def test_a_namnd_writes_its_decisions_as_terse_passives():
    page = ("Protokoll Barn- och utbildningsnämnden 2025-02-11\n§ 5 Skolskjuts, ändrade regler\nArbetsutskottets förslag\n"
            "Arbetsutskottet föreslår att reglerna ändras.\nBeslut\nNämnden beslutar i enlighet med arbetsutskottets förslag.\n"
            "§ 6 Medborgarförslag om lekplats\nBeslut\nÅterremitteras till förvaltningen för en kostnadsberäkning.\n"
            "§ 7 Ansökan om undantag\nBeslut\nAvslås.\n§ 8 Information från förvaltningschefen\nBeslut\nInformationen noteras.\n")
    assert decisions(parsed(page)) == {
        "§ 5": [("Nämnden beslutar i enlighet med arbetsutskottets förslag: Arbetsutskottet föreslår att reglerna ändras.",
                 "beslutad")],
        "§ 6": [("Återremitteras till förvaltningen för en kostnadsberäkning.", "återremitterad")],
        "§ 7": [("Ansökan om undantag: Avslås.", "avslagen")],
        "§ 8": [("Informationen noteras.", "noterad")],
    }


def test_a_brf_stamma_with_punkt_headings():
    page = ("Protokoll fört vid ordinarie föreningsstämma i Brf Tallbacken 2025-05-20\n"
            "Punkt 1 Stämmans öppnande\nOrdföranden Eva Holm öppnade stämman.\n"
            "Punkt 2 Val av stämmoordförande\nStämman valde Eva Holm till ordförande.\n"
            "Punkt 3 Godkännande av röstlängd\nRöstlängden fastställdes till 31 röstberättigade.\n"
            "Punkt 4 Ansvarsfrihet\nStämman beviljade styrelsen ansvarsfrihet för räkenskapsåret 2024.\n"
            "Punkt 5 Motion om cykelrum\nStämman beslöt att avslå motionen.\n"
            "Punkt 6 Avslutning\nOrdföranden tackade och avslutade stämman.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [],
        "§ 2": [("Stämman valde Eva Holm till ordförande.", "beslutad")],
        "§ 3": [("Röstlängden fastställdes till 31 röstberättigade.", "beslutad")],
        "§ 4": [("Stämman beviljade styrelsen ansvarsfrihet för räkenskapsåret 2024.", "beslutad")],
        "§ 5": [("Stämman beslöt att avslå motionen.", "avslagen")],
        "§ 6": [],
    }


def test_an_ideell_forening_in_markdown_adopts_a_proposal():
    page = ("# Protokoll årsmöte Föreningen Fågelvännerna\n\n## 1. Årsmötets öppnande\n\nOrdföranden Per Lind öppnade mötet.\n\n"
            "## 2. Verksamhetsberättelse\n\nVerksamhetsberättelsen föredrogs. Läggs till handlingarna.\n\n"
            "## 3. Medlemsavgift\n\nÅrsmötet beslöt att höja medlemsavgiften till 150 kr.\n\n"
            "## 4. Motion om exkursioner\n\nFörslag till beslut: att styrelsen ordnar fyra exkursioner per år.\n\n"
            "Beslut: enligt förslaget.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [],
        "§ 2": [("Läggs till handlingarna.", "noterad")],
        "§ 3": [("Årsmötet beslöt att höja medlemsavgiften till 150 kr.", "beslutad")],
        "§ 4": [("enligt förslaget: att styrelsen ordnar fyra exkursioner per år.", "beslutad")],
    }


# Word's numbered headings as a PDF's text layer gives them: "1 Mötets öppnande", no full stop.
STUDENTKAR = """Protokoll styrelsemöte Teknologkåren
1 Mötets öppnande
Ordföranden öppnade mötet.
2 Val av justerare
Beslut: Kim Ek justerar protokollet.
3 Ekonomi
Kassören redovisade läget.
Beslut: Rapporten läggs till handlingarna.
4 Sittning
Beslutas att kåren anordnar en sittning i april.
Godkänns att lägga 5 000 kr på dekorationer.
5 Nästa möte
Nästa möte blir den 3 april.
"""


def test_word_numbered_headings_and_present_passives_beside_decision_lines():
    assert decisions(parsed(STUDENTKAR)) == {
        "§ 1": [],
        "§ 2": [("Kim Ek justerar protokollet.", "beslutad")],
        "§ 3": [("Rapporten läggs till handlingarna.", "noterad")],
        "§ 4": [("Beslutas att kåren anordnar en sittning i april.", "beslutad"),
                ("Godkänns att lägga 5 000 kr på dekorationer.", "beslutad")],
        "§ 5": [],
    }


def test_numbers_that_begin_sentences_are_no_headings():
    page = ("Protokoll styrelsemöte Hembygdsföreningen\nNärvarande: Eva Ek, Per Lind\nEkonomin gicks igenom.\n"
            "2 ledamöter var frånvarande.\n3 Medlemmar har betalat avgiften sent.\n"
            "Styrelsen beslutade att köpa en ny projektor.\n")
    # no numbered item: the whole text is the one unnumbered section that holds the decision
    assert decisions(parsed(page)) == {"Hela dokumentet": [("Styrelsen beslutade att köpa en ny projektor.", "beslutad")]}


def test_a_working_group_decides_in_passives():
    page = ("Anteckningar arbetsgruppen för ny webbplats\nMötet 2025-01-15\n1. Tidsplan\nBeslutas att lansera i september.\n"
            "2. Leverantör\nOfferterna jämfördes. Godkänns att gå vidare med den billigaste.\n3. Budget\n"
            "Bordläggs till nästa möte.\n4. Texter\nYrkande från Eva om att anlita en skribent. Avslås.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Beslutas att lansera i september.", "beslutad")],
        "§ 2": [("Godkänns att gå vidare med den billigaste.", "beslutad")],
        "§ 3": [("Bordläggs till nästa möte.", "bordlagd")],
        "§ 4": [("Yrkande från Eva om att anlita en skribent. Avslås.", "avslagen")],
    }


def test_a_kallelse_with_its_agenda_decides_nothing():
    page = ("Kallelse till årsmöte i IK Fjällräven\nTid: 12 mars 2025 kl 19.00\nDagordning\n1. Mötets öppnande\n"
            "2. Val av ordförande för mötet\n3. Val av sekreterare\n4. Fastställande av dagordning\n"
            "5. Fråga om ansvarsfrihet\n6. Val av styrelse\n7. Mötets avslutande\nVälkomna!\n")
    assert all(not found for found in decisions(parsed(page)).values())


# An OCR that lost the § sign keeps the number and the Dnr beside it: "53 Dnr KFN 2025/4".
def test_a_number_with_a_dnr_beside_it_is_an_item_when_ocr_lost_the_sign():
    page = ("SAMMANTRÄDESPROTOKOLL\nSocialnämnden\n12 Dnr SN 2025/3\nEkonomisk uppföljning\nBeslut\n"
            "Nämnden godkänner uppföljningen.\n13 Dnr SN 2025/9\nTillsyn\nBeslut\nNämnden lägger rapporten till handlingarna.\n")
    doc = parsed(page)
    assert decisions(doc) == {
        "§ 12": [("Nämnden godkänner uppföljningen.", "beslutad")],
        "§ 13": [("Nämnden lägger rapporten till handlingarna.", "noterad")],
    }
    assert [s.title for s in doc.sections] == ["Ekonomisk uppföljning", "Tillsyn"]
    region = parsed("Protokoll Regionstyrelsen\n7 Dnr RS 2025/41 Avgifter i kollektivtrafiken\nRegionstyrelsens beslut\n"
                    "Regionstyrelsen fastställer avgifterna.\n8 Dnr RS 2025/44 Årsredovisning\nBeslut\n"
                    "Regionstyrelsen godkänner årsredovisningen.\n")
    assert [(s.number, s.title) for s in region.sections] == [("§ 7", "Avgifter i kollektivtrafiken"), ("§ 8", "Årsredovisning")]


def test_a_count_of_cases_is_no_item():
    page = ("Protokoll kommunstyrelsen\n§ 4 Delegationsbeslut\nBeslut\nKommunstyrelsen lägger anmälan till handlingarna.\n"
            "Under perioden fattades\n12 Dnr-registrerade beslut om bidrag.\n§ 5 Övrigt\nInga övriga frågor.\n")
    assert list(decisions(parsed(page))) == ["§ 4", "§ 5"]


# "prövar om nämnden kan X och finner att nämnden bifaller": without a block, X is the decision
KULTURNAMND = """Protokoll Kultur- och fritidsnämnden
§ 3 Föreningsbidrag
Beslut
Nämnden beviljar bidraget.
§ 4 Information om badhuset
Ordföranden prövar om nämnden kan lägga informationen till handlingarna och finner att nämnden bifaller.
§ 5 Taxor
Beslut
Nämnden antar taxorna.
Beslutsgång
Ordföranden prövar om nämnden kan anta taxorna och finner att nämnden bifaller.
"""


def test_the_question_put_to_the_meeting_is_the_decision_when_no_block_writes_it():
    assert decisions(parsed(KULTURNAMND)) == {
        "§ 3": [("Nämnden beviljar bidraget.", "beslutad")],
        "§ 4": [("Ordföranden prövar om nämnden kan lägga informationen till handlingarna", "noterad")],
        "§ 5": [("Nämnden antar taxorna.", "beslutad")],
    }
    page = ("Protokoll Kommunstyrelsen\n§ 9 Yttrande över remiss\nBeslut\nKommunstyrelsen antar yttrandet.\n"
            "§ 10 Ansökan om medel\nOrdföranden prövar om kommunstyrelsen kan avslå ansökan, och finner att "
            "kommunstyrelsen bifaller det.\n")
    assert decisions(parsed(page))["§ 10"] == [("Ordföranden prövar om kommunstyrelsen kan avslå ansökan", "avslagen")]


def test_att_lines_of_a_proposal_adopted_by_reference_are_one_decision_each():
    page = ("Protokoll årsmöte Hyresgästföreningen lokal 7\n§ 5 Budget\nFörslag till beslut\nAtt anta budgeten för 2025\n"
            "att höja lokalavgiften till 100 kr\nBeslut: enligt förslaget.\n")
    assert decisions(parsed(page)) == {"§ 5": [("enligt förslaget: att anta budgeten för 2025", "beslutad"),
                                               ("enligt förslaget: att höja lokalavgiften till 100 kr", "beslutad")]}
    scouts = ("Protokoll styrelsemöte Scoutkåren 2025-02-02\n§ 2 Lägerplanering\nFörslag till beslut\n"
              "Att kåren åker på sommarläger vecka 28\natt deltagaravgiften blir 1 200 kr.\nBeslut: enligt förslaget.\n"
              "§ 3 Ledarutbildning\nStyrelsen beslöt att skicka tre ledare på utbildning. Lisa reserverade sig mot beslutet.\n")
    assert decisions(parsed(scouts)) == {
        # a clause with a subject of its own describes the decision: one decision
        "§ 2": [("enligt förslaget: att kåren åker på sommarläger vecka 28, att deltagaravgiften blir 1 200 kr.", "beslutad")],
        "§ 3": [("Styrelsen beslöt att skicka tre ledare på utbildning.", "beslutad")],
    }
