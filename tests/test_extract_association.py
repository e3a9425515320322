"""Decisions in association, BRF, working-group and student-union minutes (issue 10, third round):
headings that are the decision, appendices that restart numbering, lettered sub-items, decisions
reached without a formal verb, two att-clauses and tabled matters. Each fixture is invented."""

from tests.extraction import decisions, parsed


def titles(doc) -> list[tuple[str | None, str]]:
    return [(s.number, s.title) for s in doc.sections]


# ------------------------------------------------------------------ 1. the heading is the decision

FORENING_FOUNDED = """Protokoll konstituerande möte Föreningen Bergsbacken
1. Mötets öppnande
Ordföranden öppnade mötet.
2. Föreningen Bergsbacken bildades.
3. Dagordningen fastställdes.
4. Till kassör valdes Eva Ek.
5. Frågan om medlemsavgift bordlades.
6. Övriga frågor.
Inga övriga frågor togs upp.
"""


def test_a_heading_that_decides_is_the_sections_title_and_its_decision():
    doc = parsed(FORENING_FOUNDED)
    assert titles(doc) == [
        ("§ 1", "Mötets öppnande"),
        ("§ 2", "Föreningen Bergsbacken bildades."),
        ("§ 3", "Dagordningen fastställdes."),
        ("§ 4", "Till kassör valdes Eva Ek."),
        ("§ 5", "Frågan om medlemsavgift bordlades."),
        ("§ 6", "Övriga frågor."),
    ]
    assert decisions(doc) == {
        "§ 1": [],
        "§ 2": [("Föreningen Bergsbacken bildades.", "beslutad")],
        "§ 3": [("Dagordningen fastställdes.", "beslutad")],
        "§ 4": [("Till kassör valdes Eva Ek.", "beslutad")],
        "§ 5": [("Frågan om medlemsavgift bordlades.", "bordlagd")],
        "§ 6": [],
    }


def test_a_heading_that_only_names_or_tells_is_no_decision():
    page = ("Protokoll styrelsemöte BRF Tallkotten\n1. Ordföranden öppnade mötet.\n"
            "2. Val av justerare.\nTill justerare valdes Per Lind.\n"
            "3. Kassören ska presentera bokslutet.\n4. Föreningen bildades 1987.\n"
            "5. Beslut om mötets stadgeenliga utlysande.\nMötet var stadgeenligt utlyst.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [],
        "§ 2": [("Till justerare valdes Per Lind.", "beslutad")],
        "§ 3": [],
        "§ 4": [],
        "§ 5": [],
    }


def test_a_heading_decision_repeated_below_is_one_decision():
    page = ("Protokoll studentkårens fullmäktige\n1. Dagordningen fastställdes.\n"
            "Dagordningen fastställdes.\n2. Mötets avslutande\nMötet avslutades.\n")
    assert decisions(parsed(page)) == {"§ 1": [("Dagordningen fastställdes.", "beslutad")], "§ 2": []}


# ------------------------------------------------------------------ 4. decided without a formal verb

ARBETSGRUPP = """Minnesanteckningar arbetsgruppen för trädgården
1. Lokal för höstfesten
Efter en kort diskussion enades gruppen om att hyra samlingslokalen.
2. Hemsidan
Mötet kom överens om att byta leverantör av hemsidan.
3. Städdag
Diskussionen mynnade ut i att vi håller städdag den 3 maj.
4. Stadgeändring
Frågan om nya stadgar skjuts upp till 2027.
5. Inköp
Om ingen protesterar genomförs inköpet av två nya bänkar.
6. Kontaktlistan
Slutsats: kontaktlistan ska ändras till att bara visa e-post.
"""


def test_agreement_postponement_and_silent_consent_are_decisions():
    assert decisions(parsed(ARBETSGRUPP)) == {
        "§ 1": [("Efter en kort diskussion enades gruppen om att hyra samlingslokalen.", "beslutad")],
        "§ 2": [("Mötet kom överens om att byta leverantör av hemsidan.", "beslutad")],
        "§ 3": [("Diskussionen mynnade ut i att vi håller städdag den 3 maj.", "beslutad")],
        "§ 4": [("Frågan om nya stadgar skjuts upp till 2027.", "bordlagd")],
        "§ 5": [("Om ingen protesterar genomförs inköpet av två nya bänkar.", "beslutad")],
        "§ 6": [("Slutsats: kontaktlistan ska ändras till att bara visa e-post.", "beslutad")],
    }


STUDENTKAR_INFO = """Protokoll styrelsemöte studentkåren
§ 1 Rapporter
Kassören ska presentera budgeten på nästa möte.
Ordföranden berättade att frågan sköts upp förra året.
§ 2 Lokalfrågan
Styrelsen kunde inte enas om lokalen och diskuterade vidare.
Vi pratade om att byta leverantör.
§ 3 Festen
Styrelsen ska ha en planeringsträff i april.
"""


def test_reports_plans_and_discussion_without_agreement_are_no_decisions():
    assert decisions(parsed(STUDENTKAR_INFO)) == {"§ 1": [], "§ 2": [], "§ 3": []}


# ------------------------------------------------------------------ 3. lettered and roman sub-items

def test_lettered_sub_items_of_an_election_are_one_decision_each():
    page = ("Protokoll årsmöte BRF Granen\n1. Mötesfunktionärer\nSom mötesfunktionärer valdes (a) Eva Ek till "
            "ordförande, (b) Per Lind till sekreterare och (c) Anna Berg och Lisa Holm till justerare.\n"
            "2. Dagordning\n(b) Dagordningen Godtogs\n3. Avslutning\nMötet avslutades.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Som mötesfunktionärer valdes Eva Ek till ordförande", "beslutad"),
                ("Som mötesfunktionärer valdes Per Lind till sekreterare", "beslutad"),
                ("Som mötesfunktionärer valdes Anna Berg och Lisa Holm till justerare", "beslutad")],
        "§ 2": [("Dagordningen Godtogs", "beslutad")],
        "§ 3": [],
    }


def test_roman_sub_items_on_their_own_lines_and_a_listing_that_decides_nothing():
    page = ("Protokoll styrelsemöte Föreningen Ugglan\n§ 1 Val\nTill revisorer valdes\n(i) Karin Holm,\n"
            "(ii) Bo Ek.\n§ 2 Information\nKassören gick igenom (a) medlemsläget och (b) ekonomin.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Till revisorer valdes Karin Holm", "beslutad"), ("Till revisorer valdes Bo Ek", "beslutad")],
        "§ 2": [],
    }


# ------------------------------------------------------------------ 5. "att A och att B"

def test_a_second_att_clause_joined_by_och_att_is_a_second_decision():
    page = ("Protokoll styrelsemöte Föreningen Lärkan\n§ 1 Budget\n"
            "Beslutades att anta budgeten och att höja medlemsavgiften till 300 kr.\n"
            "§ 2 Ansvarsfrihet\nÅrsmötet beslutade att bevilja styrelsen ansvarsfrihet och att tacka den avgående styrelsen.\n"
            "§ 3 Uppdrag\nStyrelsen gav kassören i uppdrag att utreda avgiften och att återkomma i maj.\n")
    assert decisions(parsed(page)) == {
        "§ 1": [("Beslutades att anta budgeten", "beslutad"),
                ("Beslutades att höja medlemsavgiften till 300 kr.", "beslutad")],
        "§ 2": [("Årsmötet beslutade att bevilja styrelsen ansvarsfrihet", "beslutad"),
                ("Årsmötet beslutade att tacka den avgående styrelsen.", "beslutad")],
        "§ 3": [("Styrelsen gav kassören i uppdrag att utreda avgiften och att återkomma i maj.", "beslutad")],
    }


# ------------------------------------------------------------------ 6. tabled matters, accounts rows

BRF_TABLED = """Protokoll styrelsemöte BRF Eken
§ 1 Ny cykelbod
Frågan om en ny cykelbod diskuterades.
Bordläggs.
§ 2 Tvättstugan
Styrelsen diskuterade bokningsregler för tvättstugan. Frågan bordläggs till nästa möte.
§ 3 Resultatdisposition
Till stämmans förfogande står 45 000 kr
Balanseras i ny räkning 12 345 kr
Överförs till dispositionsfond 5 000:-
Stämman beslutade att balansera resultatet i ny räkning.
"""


def test_a_tabled_matter_keeps_the_sentence_that_says_what_and_an_accounts_row_is_no_decision():
    assert decisions(parsed(BRF_TABLED)) == {
        "§ 1": [("Frågan om en ny cykelbod diskuterades. Bordläggs.", "bordlagd")],
        "§ 2": [("Frågan bordläggs till nästa möte.", "bordlagd")],
        "§ 3": [("Stämman beslutade att balansera resultatet i ny räkning.", "beslutad")],
    }


# ------------------------------------------------------------------ 2. an appendix numbered anew

ARSMOTE_WITH_STATUTES = """Protokoll årsmöte BRF Lönnen
1. Mötets öppnande
Ordföranden öppnade mötet.
2. Val av ordförande
Till ordförande valdes Eva Ek.
3. Nya stadgar
Mötet beslutade att anta nya stadgar enligt bilaga 1.
4. Mötets avslutande
Ordföranden avslutade mötet.

Bilaga 1 Stadgar
§ 1 Namn
Föreningens namn är BRF Lönnen.
2 Ändamål
Föreningen har till ändamål att främja medlemmarnas intressen.
7 Medlemskap
7.1 Medlemsavgiften fastställs av årsmötet.
7.2 Styrelsen väljs av årsmötet.
"""


def test_statutes_appended_after_the_minutes_are_the_last_items_text_and_decide_nothing():
    doc = parsed(ARSMOTE_WITH_STATUTES)
    assert titles(doc) == [("§ 1", "Mötets öppnande"), ("§ 2", "Val av ordförande"),
                           ("§ 3", "Nya stadgar"), ("§ 4", "Mötets avslutande")]
    assert "Medlemsavgiften fastställs av årsmötet" in doc.sections[-1].text
    assert decisions(doc) == {
        "§ 1": [],
        "§ 2": [("Till ordförande valdes Eva Ek.", "beslutad")],
        "§ 3": [("Mötet beslutade att anta nya stadgar enligt bilaga 1.", "beslutad")],
        "§ 4": [],
    }


def test_statutes_with_their_own_paragraph_signs_keep_the_protocols_items():
    page = ("Protokoll föreningsstämma Föreningen Ugglan\n§ 1 Stämmans öppnande\nOrdföranden öppnade stämman.\n"
            "§ 2 Stadgeändring\nStämman beslutade att anta de ändrade stadgarna.\n§ 3 Avslutning\nStämman avslutades.\n"
            "Stadgar för Föreningen Ugglan\n§ 1 Namn\nFöreningens namn är Ugglan.\n§ 2 Styrelse\n"
            "Styrelsen väljs av stämman.\n§ 3 Avgift\nÅrsavgiften fastställs av stämman.\n")
    doc = parsed(page)
    assert titles(doc) == [("§ 1", "Stämmans öppnande"), ("§ 2", "Stadgeändring"), ("§ 3", "Avslutning")]
    assert decisions(doc) == {"§ 1": [], "§ 2": [("Stämman beslutade att anta de ändrade stadgarna.", "beslutad")],
                              "§ 3": []}


def test_a_list_of_appendices_inside_an_item_ends_nothing():
    page = ("Protokoll styrelsemöte Föreningen Ugglan\n§ 1 Budget\nStyrelsen beslutade att anta budgeten.\n"
            "Bilagor:\nBilaga 1 Budget\nBilaga 2 Verksamhetsplan\n§ 2 Städdag\nTill ansvarig för städdagen valdes Per Lind.\n"
            "§ 3 Avslutning\nMötet avslutades.\n")
    doc = parsed(page)
    assert titles(doc) == [("§ 1", "Budget"), ("§ 2", "Städdag"), ("§ 3", "Avslutning")]
    assert decisions(doc)["§ 2"] == [("Till ansvarig för städdagen valdes Per Lind.", "beslutad")]


def test_heading_decisions_under_paragraph_signs_and_markdown_headings():
    studentkar = ("Protokoll styrelsemöte studentkåren\n§ 1 Mötets öppnande\n§ 2 Dagordningen godkändes.\n"
                  "§ 3 Val av justerare\nTill justerare valdes Anna Berg.\n"
                  "§ 4 Föregående protokoll lades till handlingarna.\n§ 5 Mötet förklarades öppnat.\n")
    assert decisions(parsed(studentkar)) == {
        "§ 1": [],
        "§ 2": [("Dagordningen godkändes.", "beslutad")],
        "§ 3": [("Till justerare valdes Anna Berg.", "beslutad")],
        "§ 4": [("Föregående protokoll lades till handlingarna.", "noterad")],
        "§ 5": [],
    }
    markdown = ("# Protokoll årsmöte Föreningen Rönnen\n\n## 1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
                "## 2. Dagordningen fastställdes.\n\n## 3. Till sekreterare valdes Per Lind.\n")
    assert decisions(parsed(markdown)) == {
        "§ 1": [],
        "§ 2": [("Dagordningen fastställdes.", "beslutad")],
        "§ 3": [("Till sekreterare valdes Per Lind.", "beslutad")],
    }


INFORMAL = """Minnesanteckningar styrelsemöte Föreningen Kastanjen
§ 1 Grillen
Vi bestämde att köpa en ny grill.
§ 2 Banken
Det togs beslut om att byta bank.
§ 3 Avgiften
Alla var överens om att avgiften ska ändras till 300 kr.
§ 4 Styrelsens storlek
Gruppen landade i att styrelsen ska ha fem ledamöter.
§ 5 Namnbyte
Mötet röstade för att byta namn.
§ 6 Höstfesten
Beslutet om höstfesten sköts upp till nästa möte.
§ 7 Rapporter
Per bestämde sig för att avgå som kassör.
Det var inte alla överens om att byta bank.
Vi diskuterade om avgiften ska ändras.
Styrelsen ska ha ett möte i maj.
"""


def test_informal_decisions_and_their_negatives():
    assert decisions(parsed(INFORMAL)) == {
        "§ 1": [("Vi bestämde att köpa en ny grill.", "beslutad")],
        "§ 2": [("Det togs beslut om att byta bank.", "beslutad")],
        "§ 3": [("Alla var överens om att avgiften ska ändras till 300 kr.", "beslutad")],
        "§ 4": [("Gruppen landade i att styrelsen ska ha fem ledamöter.", "beslutad")],
        "§ 5": [("Mötet röstade för att byta namn.", "beslutad")],
        "§ 6": [("Beslutet om höstfesten sköts upp till nästa möte.", "bordlagd")],
        "§ 7": [],
    }


def test_an_attachment_quoted_inside_an_item_before_the_minutes_end_keeps_the_later_items():
    page = ("Protokoll nämndsammanträde\n§ 1 Sammanträdets öppnande\nOrdföranden öppnade sammanträdet.\n"
            "§ 2 Yttrande över detaljplan\nNämnden beslutar att avge yttrande enligt bilaga 1.\n"
            "Bilaga 1 Yttrande\n1. Inledning\nNämnden har tagit del av planen.\n"
            "§ 3 Budget 2026\nNämnden beslutar att anta budgeten.\n§ 4 Sammanträdets avslutande\n")
    doc = parsed(page)
    assert [n for n, _ in titles(doc)] == ["§ 1", "§ 2", "§ 3", "§ 4"]
    assert decisions(doc)["§ 3"] == [("Nämnden beslutar att anta budgeten.", "beslutad")]


# ------------------------------------------------------------------ a heading that leads into a list

def test_a_heading_that_leads_into_lettered_or_bulleted_items_decides_them():
    page = ("Protokoll styrelsemöte Cykelklubben Trampen\n1. Mötet öppnades.\n"
            "2. Som mötesfunktionärer valdes\n(a) Eva till ordförande,\n(b) Per till sekreterare och\n"
            "(c) Anna till justerare.\n3. Dagordningen fastställdes.\n4. Till styrelse valdes:\n- Eva Ek\n"
            "- Per Lind\n- Anna Berg\n5. Mötet avslutades.\n")
    found = decisions(parsed(page))
    assert found["§ 2"] == [("Som mötesfunktionärer valdes Eva till ordförande", "beslutad"),
                            ("Som mötesfunktionärer valdes Per till sekreterare", "beslutad"),
                            ("Som mötesfunktionärer valdes Anna till justerare", "beslutad")]
    assert found["§ 4"] == [("Till styrelse valdes Eva Ek, Per Lind och Anna Berg", "beslutad")]


def test_items_under_a_heading_that_leads_nowhere_or_over_prose_decide_nothing():
    page = ("Minnesanteckningar arbetsgruppen\n1. Rapporter\n(a) Ekonomin är god.\n(b) Hemsidan är uppdaterad.\n"
            "2. Till styrelse valdes:\nValberedningen har inte lämnat något förslag, så frågan tas upp igen.\n"
            "3. Övrigt\n- Nästa möte i maj\n")
    assert decisions(parsed(page)) == {"§ 1": [], "§ 2": [], "§ 3": []}
