"""Extraction over the fictional sample archive corpus/, against the known answers in
corpus-src/README.md ("Known answers", "Layout variations"). Every file is read the way ingest reads
it: read_document → clean_pages → parse_document, once per module."""

from pathlib import Path

import pytest

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.extract import parse_document
from arkiv.ingest.readers import read_document
from arkiv.schema import DecisionStatus, DocType

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

PROTOCOLS = {
    "2024-01-25_protokoll.pdf": range(1, 10),
    "2024-03-14_protokoll.pdf": range(10, 20),
    "2024-05-16_protokoll.txt": range(20, 29),
    "2024-06-13_protokoll.pdf": range(29, 38),
    "2024-09-19_protokoll.pdf": range(38, 48),
    "2024-10-17_protokoll.txt": range(48, 54),
    "2024-11-21_protokoll.pdf": range(54, 63),
}
NOTES = ("2024-04-18_medlemssamrad_minnesanteckningar.md", "2024-08-22_planeringsdag_minnesanteckningar.txt")
KALLELSE = "2024-12-12_kallelse.pdf"
BODY = "Norrälvens Samordningsförbund"
# the two documents of other organisations in the same world, each with its own body
ARSMOTE = "2024-03-09_vagvisaren_arsmote_protokoll.md"
NAMND = "2024-10-08_socialnamnden_protokoll.txt"
OTHER_BODIES = {ARSMOTE: "Föreningen Vägvisaren", NAMND: "Socialnämnden"}


@pytest.fixture(scope="module")
def corpus():
    if not CORPUS.is_dir():
        pytest.skip(f"sample corpus missing: {CORPUS}")
    return {
        path.name: parse_document(clean_pages(read_document(path).pages), filename=path.name)
        for path in sorted(CORPUS.iterdir())
        if path.is_file()
    }


def section(doc, number: int):
    [found] = [s for s in doc.sections if s.number == f"§ {number}"]
    return found


def person(doc, name: str):
    [found] = [p for p in doc.persons if p.name == name]
    return found


def statuses(doc, number: int) -> list[DecisionStatus]:
    return [d.status for d in section(doc, number).decisions]


def all_decisions(corpus):
    for name, doc in corpus.items():
        for s in doc.sections:
            for decision in s.decisions:
                yield name, s.number, decision


# ------------------------------------------------------------------ documents


def test_every_document_has_type_date_and_body(corpus):
    """GIVEN the twelve corpus files THEN each has its kind (kallelse and the two notes included), the
    meeting date of its file name (the kallelse's "Datum 2024-12-02" is the sending date), and the
    body Norrälvens Samordningsförbund, not "Styrelsen, …" from the Organ label nor "Styrelsen – extra"
    from the 10-17 title; the årsmöte and the nämnd protocol have their own bodies."""
    assert len(corpus) == 12
    for name, doc in corpus.items():
        expected = DocType.KALLELSE if name == KALLELSE else DocType.MINNESANTECKNINGAR if name in NOTES else DocType.PROTOKOLL
        assert (doc.doc_type, doc.date, doc.body) == (expected, name[:10], OTHER_BODIES.get(name, BODY)), name


@pytest.mark.parametrize(("name", "numbers"), PROTOCOLS.items())
def test_protocol_sections_once_each_without_the_agenda_list(corpus, name, numbers):
    """GIVEN a protocol whose page 2 (PDF) or front (05-16) repeats every § title in an ÄRENDELISTA,
    and "§ N (forts)" page continuations THEN each § of the README's range comes out exactly once,
    in order, with the title of the real heading."""
    doc = corpus[name]
    assert [s.number for s in doc.sections] == [f"§ {n}" for n in numbers]
    assert all(s.title and "forts" not in s.title for s in doc.sections)


@pytest.mark.parametrize(
    ("name", "number", "page"),
    [
        ("2024-03-14_protokoll.pdf", 15, 3),
        ("2024-06-13_protokoll.pdf", 34, 4),
        ("2024-09-19_protokoll.pdf", 42, 3),
        ("2024-11-21_protokoll.pdf", 56, 2),
        ("2024-01-25_protokoll.pdf", 5, 3),
    ],
)
def test_sections_cite_the_page_they_start_on(corpus, name, number, page):
    """GIVEN the PDFs THEN the § starts on its own page, not on the ÄRENDELISTA page 2."""
    assert section(corpus[name], number).page == page


def test_continued_section_keeps_the_text_of_the_next_page(corpus):
    """GIVEN "§ 5 (forts)" at the top of 01-25 page 4 THEN its text and decision belong to § 5."""
    doc = corpus["2024-01-25_protokoll.pdf"]
    fifth = section(doc, 5)
    assert "Leif Sundkvist" in fifth.text and "regionala nätverksträffar" in fifth.text
    assert statuses(doc, 5) == [DecisionStatus.BESLUTAD]
    assert len(fifth.decisions) == 1  # the "Förslag till beslut" bullets on page 3 are not decisions


def test_notes_have_numbered_sections_and_no_decisions(corpus):
    medlemssamrad, planeringsdag = (corpus[name] for name in NOTES)
    assert [s.number for s in medlemssamrad.sections] == [f"§ {n}" for n in range(1, 7)]
    assert [s.number for s in planeringsdag.sections] == [f"§ {n}" for n in range(1, 6)]
    assert not any(s.decisions for s in planeringsdag.sections)


def test_kallelse_items_carry_their_dnr_and_no_decisions(corpus):
    """GIVEN the kallelse: a FÖREDRAGNINGSLISTA, then "Ärende 4-8" pages with "Förslag till beslut"
    THEN the items are sections with their Dnr and nothing is a decision."""
    doc = corpus[KALLELSE]
    assert {s.number: [r.key for r in s.dnr] for s in doc.sections} == {
        "§ 4": ["NSF-2024-17"], "§ 5": ["NSF-2024-18"], "§ 6": ["NSF-2024-19"], "§ 7": ["NSF-2024-5"],
        "§ 8": [],  # a matter without Dnr, continued from the notes of 04-18 and 08-22
    }
    assert not any(s.decisions for s in doc.sections)


# ------------------------------------------------------------------ decisions


def test_exactly_two_decisions_are_tabled(corpus):
    """GIVEN references such as "Ärendet bordlades vid sammanträdet den 14 mars 2024, § 15" (05-16
    § 23) and "Ärendet bordlades den 19 september 2024, § 42" (11-21 § 56)
    THEN only 03-14 § 15 and 09-19 § 42 are bordlagd."""
    tabled = {(name[:10], number) for name, number, d in all_decisions(corpus) if d.status is DecisionStatus.BORDLAGD}
    assert tabled == {("2024-03-14", "§ 15"), ("2024-09-19", "§ 42")}


def test_only_05_16_section_25_is_sent_back(corpus):
    """GIVEN the trap in 05-16 § 25 (proposal: approve the lease; "Leif Sundkvist (S) yrkar att ärendet
    återremitteras"; decision: återremiss) and 06-13 § 31 "Ärendet återremitterades vid sammanträdet
    den 16 maj 2024" THEN the only återremitterad decision is 05-16 § 25, and it is the only one there."""
    sent_back = [(name[:10], number) for name, number, d in all_decisions(corpus) if d.status is DecisionStatus.ATERREMITTERAD]
    assert sent_back == [("2024-05-16", "§ 25")]
    assert statuses(corpus["2024-05-16_protokoll.txt"], 25) == [DecisionStatus.ATERREMITTERAD]


def test_only_06_13_section_34_is_rejected(corpus):
    """GIVEN 06-13 § 34 where the applicant proposes a grant and "Styrelsen beslutar att" + "- avslå
    ansökan …" decides THEN that is the only avslagen decision."""
    rejected = [(name[:10], number) for name, number, d in all_decisions(corpus) if d.status is DecisionStatus.AVSLAGEN]
    assert rejected == [("2024-06-13", "§ 34")]
    [decision] = section(corpus["2024-06-13_protokoll.pdf"], 34).decisions
    assert decision.text.startswith("Styrelsen beslutar att avslå ansökan")


def test_proposals_are_never_decisions(corpus):
    """GIVEN "Förslag till beslut", yrkanden and "Beslutsunderlag" in many sections
    THEN no decision text is a proposal or a yrkande."""
    for name, number, decision in all_decisions(corpus):
        assert not any(word in decision.text for word in ("föreslår", "yrkar", "Förslag till beslut", "Tjänsteskrivelse")), (name, number)


def test_lead_in_with_verb_bullets_gives_one_decision_per_bullet(corpus):
    """GIVEN 06-13 "Styrelsen beslutar att" followed by "- säga upp …", "- teckna …", "- uppdra …"
    THEN each bullet is a decision of its own that reads as a sentence with the lead-in."""
    doc = corpus["2024-06-13_protokoll.pdf"]
    texts = [d.text for d in section(doc, 31).decisions]
    assert len(texts) == 3 and all(t.startswith("Styrelsen beslutar att ") for t in texts)
    assert statuses(doc, 31) == [DecisionStatus.BESLUTAD] * 3
    assert statuses(doc, 32) == [DecisionStatus.NOTERAD]  # "- lägga informationen till handlingarna"
    assert statuses(doc, 33) == [DecisionStatus.BESLUTAD] * 2


def test_listed_amounts_are_one_decision(corpus):
    """GIVEN 11-21 § 56 "Styrelsen beslutar att för 2025 tilldela" + three team bullets + "totalt 4 900 tkr"
    THEN that is one decision that holds all the amounts."""
    [decision] = section(corpus["2024-11-21_protokoll.pdf"], 56).decisions
    assert all(amount in decision.text for amount in ("2 470 tkr", "1 380 tkr", "1 050 tkr", "totalt 4 900 tkr"))
    assert decision.status is DecisionStatus.BESLUTAD


def test_minutes_going_on_after_the_decision_are_not_part_of_it(corpus):
    """GIVEN 05-16 § 28 "- Informationen läggs till handlingarna." then, after a blank line,
    "Ordföranden förklarar sammanträdet avslutat." THEN the decision ends with the bullet."""
    [decision] = section(corpus["2024-05-16_protokoll.txt"], 28).decisions
    assert decision.text == "Informationen läggs till handlingarna."


@pytest.mark.parametrize(
    ("name", "number", "expected"),
    [
        ("2024-03-14_protokoll.pdf", 13, ["beslutad"]),
        ("2024-03-14_protokoll.pdf", 14, ["noterad"]),
        ("2024-03-14_protokoll.pdf", 16, ["beslutad"]),  # noterar … och ger i uppdrag: the uppdrag decides
        ("2024-03-14_protokoll.pdf", 17, ["beslutad"]),
        ("2024-05-16_protokoll.txt", 22, ["noterad"]),
        ("2024-05-16_protokoll.txt", 23, ["beslutad", "beslutad"]),
        ("2024-05-16_protokoll.txt", 24, ["beslutad", "beslutad"]),
        ("2024-05-16_protokoll.txt", 26, ["noterad"]),
        ("2024-05-16_protokoll.txt", 27, ["beslutad", "beslutad"]),
        ("2024-09-19_protokoll.pdf", 41, ["noterad"]),
        ("2024-09-19_protokoll.pdf", 43, ["noterad"]),
        ("2024-09-19_protokoll.pdf", 44, ["beslutad"]),
        ("2024-10-17_protokoll.txt", 49, ["noterad"]),
        ("2024-10-17_protokoll.txt", 50, ["noterad", "beslutad"]),  # "beslutade att notera" + uppdrag
        ("2024-10-17_protokoll.txt", 51, ["noterad"]),
        ("2024-11-21_protokoll.pdf", 57, ["beslutad", "beslutad"]),
        ("2024-11-21_protokoll.pdf", 59, ["noterad"]),
        ("2024-11-21_protokoll.pdf", 60, ["beslutad"]),
        ("2024-01-25_protokoll.pdf", 3, ["beslutad", "beslutad"]),
        ("2024-01-25_protokoll.pdf", 6, ["beslutad"]),
        ("2024-01-25_protokoll.pdf", 7, ["noterad"]),
        ("2024-06-13_protokoll.pdf", 35, ["beslutad"]),
        ("2024-09-19_protokoll.pdf", 40, ["beslutad"]),
    ],
)
def test_recurring_and_one_off_cases_have_their_status(corpus, name, number, expected):
    """GIVEN the README's "Recurring cases" and one-off cases THEN each § has its statuses."""
    assert [str(s) for s in statuses(corpus[name], number)] == expected


def test_information_items_without_decision_block_have_no_decisions(corpus):
    """GIVEN "Övriga frågor" and a reflection item with narrative only THEN no decision is invented."""
    assert section(corpus["2024-09-19_protokoll.pdf"], 47).decisions == ()
    assert section(corpus["2024-01-25_protokoll.pdf"], 9).decisions == ()


# ------------------------------------------------------------------ Dnr


@pytest.mark.parametrize(
    ("name", "number", "written", "key"),
    [
        ("2024-01-25_protokoll.pdf", 3, "Dnr NSF 2024/1", "NSF-2024-1"),
        ("2024-03-14_protokoll.pdf", 15, "Dnr NSF 2024/007", "NSF-2024-7"),
        ("2024-05-16_protokoll.txt", 23, "Diarienr: NSF 2024/7", "NSF-2024-7"),
        ("2024-06-13_protokoll.pdf", 31, "Dnr NSF.2024.9", "NSF-2024-9"),
        ("2024-09-19_protokoll.pdf", 42, "Dnr NSF 2024/15", "NSF-2024-15"),
        ("2024-10-17_protokoll.txt", 49, "Dnr NSF 2024:3", "NSF-2024-3"),
        ("2024-11-21_protokoll.pdf", 56, "Dnr NSF 2024/0015", "NSF-2024-15"),
        ("2024-12-12_kallelse.pdf", 4, "Dnr NSF 2024/17", "NSF-2024-17"),
    ],
)
def test_each_dnr_spelling_gives_the_same_key(corpus, name, number, written, key):
    """GIVEN the eight Dnr spellings of the README THEN the § carries the Dnr as written and its key."""
    [ref] = section(corpus[name], number).dnr
    assert (ref.text, ref.key) == (written, key)


def test_case_numbers_recur_across_documents(corpus):
    """GIVEN the recurring cases THEN NSF 2024/3 is on 03-14 § 16, 05-16 § 24, 09-19 § 43, 10-17 § 49
    and 11-21 § 57, and every § that carries a Dnr carries exactly one."""
    found = {(name[:10], s.number) for name, doc in corpus.items() for s in doc.sections for r in s.dnr if r.key == "NSF-2024-3"}
    assert found == {
        ("2024-03-14", "§ 16"), ("2024-05-16", "§ 24"), ("2024-09-19", "§ 43"),
        ("2024-10-17", "§ 49"), ("2024-11-21", "§ 57"),
    }
    assert all(len(s.dnr) <= 1 for doc in corpus.values() for s in doc.sections)
    tabled_case = {(name[:10], s.number) for name, doc in corpus.items() for s in doc.sections for r in s.dnr if r.key == "NSF-2024-7"}
    assert tabled_case == {("2024-03-14", "§ 15"), ("2024-05-16", "§ 23")}


# ------------------------------------------------------------------ persons


@pytest.mark.parametrize("name", PROTOCOLS)
def test_chair_secretary_and_forbundschef_in_every_protocol(corpus, name):
    """GIVEN the seven attendance layouts (run-on, one per line, with party, wrapped by the PDF text
    layer) THEN the chair, the secretary and the förbundschef have their roles."""
    doc = corpus[name]
    chair = person(doc, "Ingegerd Halvarsson")
    assert (chair.role, chair.organisation) == ("ordförande", "Älvby kommun")
    assert person(doc, "Lena Forsgren").role in ("sekreterare", "förbundssekreterare")
    assert person(doc, "Henrik Wallmark").role == "förbundschef"


@pytest.mark.parametrize("name", PROTOCOLS)
def test_no_person_is_an_organisation_and_roles_are_lower_case_titles(corpus, name):
    """GIVEN "Åsa Grönwall (M), Granåsens kommun" (05-16) and "Katarina Vikström, Försäkringskassan"
    (09-19) THEN the organisation is never taken for the role, nor an organisation for a person."""
    doc = corpus[name]
    for p in doc.persons:
        assert p.role is None or p.role == p.role.lower(), p
        assert not (p.role or "").endswith(("kommun", "kassan", "förmedlingen")), p
        assert not any(word in p.name for word in ("Samordningsförbund", "Region", "kommun")), p


@pytest.mark.parametrize("name", [n for n in PROTOCOLS if n != "2024-10-17_protokoll.txt"])
def test_beslutande_without_title_are_ledamot_with_organisation(corpus, name):
    """GIVEN "Beslutande" lists where members have no written title (05-16, 09-19) or "ledamot"
    THEN Åsa Grönwall is ledamot for Granåsens kommun and Katarina Vikström for Försäkringskassan."""
    doc = corpus[name]
    assert (person(doc, "Åsa Grönwall").role, person(doc, "Åsa Grönwall").organisation) == ("ledamot", "Granåsens kommun")
    assert (person(doc, "Katarina Vikström").role, person(doc, "Katarina Vikström").organisation) == ("ledamot", "Försäkringskassan")
    assert person(doc, "Torbjörn Näslund").role == "vice ordförande"


def test_parties_and_substitutes_in_the_party_layout(corpus):
    """GIVEN 05-16 "Åsa Grönwall (M), Granåsens kommun" and "Mona Lilja (C), ersättare, Granåsens kommun"."""
    doc = corpus["2024-05-16_protokoll.txt"]
    assert person(doc, "Åsa Grönwall").party == "M"
    assert person(doc, "Mona Lilja") == type(person(doc, "Mona Lilja"))("Mona Lilja", "ersättare", "Granåsens kommun", "C")
    assert person(doc, "Ulrika Sandell").role == "dataskyddsombud"
    assert person(corpus["2024-03-14_protokoll.pdf"], "Sune Abrahamsson").role == "tjänstgörande ersättare"


def test_wrapped_run_on_attendance_in_pdfs(corpus):
    """GIVEN the 01-25 and 09-19 run-on attendance lines, wrapped by the PDF text layer mid-entry
    ("Torbjörn Näslund, vice" / "ordförande (Region Västermark) …", "… Lena" / "Forsgren, …")
    THEN every person keeps role and organisation, and a title shared by "A, B och C, titel" is given
    to each."""
    first = corpus["2024-01-25_protokoll.pdf"]
    assert (person(first, "Torbjörn Näslund").role, person(first, "Torbjörn Näslund").organisation) == ("vice ordförande", "Region Västermark")
    assert person(first, "Petter Olausson").organisation == "Arbetsförmedlingen"
    assert person(first, "Maria Öhman").role == "redovisningsekonom"
    september = corpus["2024-09-19_protokoll.pdf"]
    assert person(september, "Maria Öhman") == type(person(september, "Maria Öhman"))("Maria Öhman", "redovisningsekonom", "Älvby kommun", None)
    assert {person(september, n).role for n in ("Sofia Rask", "Jonatan Bäckström", "Malin Torstensson")} == {"verksamhetsledare"}


def test_nadia_karimi_replaces_petter_olausson(corpus):
    """GIVEN 10-17 § 52 (Arbetsförmedlingen appoints Nadia Karimi from 2024-11-01)
    THEN she sits in 11-21 as ledamot for Arbetsförmedlingen and Petter Olausson does not."""
    november = corpus["2024-11-21_protokoll.pdf"]
    karimi = person(november, "Nadia Karimi")
    assert (karimi.role, karimi.organisation) == ("ledamot", "Arbetsförmedlingen")
    assert "Petter Olausson" not in {p.name for p in november.persons}
    assert "Nadia Karimi" in section(corpus["2024-10-17_protokoll.txt"], 52).text


@pytest.mark.parametrize(
    ("name", "justerare"),
    [
        ("2024-01-25_protokoll.pdf", "Åsa Grönwall"),
        ("2024-03-14_protokoll.pdf", "Katarina Vikström"),
        ("2024-05-16_protokoll.txt", "Leif Sundkvist"),
        ("2024-06-13_protokoll.pdf", "Torbjörn Näslund"),
        ("2024-09-19_protokoll.pdf", "Leif Sundkvist"),
        ("2024-10-17_protokoll.txt", "Katarina Vikström"),
        ("2024-11-21_protokoll.pdf", "Nadia Karimi"),
    ],
)
def test_justerare_is_a_member_who_keeps_the_member_role(corpus, name, justerare):
    """GIVEN "Utses att justera <name>" THEN the justerare is among the persons with the member role
    from the attendance list, which wins over the meeting function (see extract.py)."""
    assert person(corpus[name], justerare).role in ("ledamot", "vice ordförande")
    assert any(justerare in d.text for d in section(corpus[name], PROTOCOLS[name][0]).decisions)


def test_notes_and_kallelse_persons(corpus):
    """GIVEN the medlemssamråd "förbundschef Henrik Wallmark och förbundssekreterare Lena Forsgren
    (antecknare)", "(Älvby kommun, kommunstyrelsens ordförande)", and the kallelse's signatures with
    the title under the name THEN each person has the right title and organisation."""
    notes = corpus["2024-04-18_medlemssamrad_minnesanteckningar.md"]
    assert person(notes, "Henrik Wallmark").role == "förbundschef"
    assert (person(notes, "Torbjörn Näslund").role, person(notes, "Torbjörn Näslund").organisation) == ("vice ordförande", None)
    lindholm = person(notes, "Gustav Lindholm")
    assert (lindholm.role, lindholm.organisation) == ("kommunstyrelsens ordförande", "Älvby kommun")
    assert person(corpus["2024-08-22_planeringsdag_minnesanteckningar.txt"], "Lena Forsgren").organisation is None
    kallelse = corpus[KALLELSE]
    assert person(kallelse, "Ingegerd Halvarsson").role == "ordförande"
    assert person(kallelse, "Lena Forsgren").role == "sekreterare"


# ------------------------------------------------------------------ other organisations' layouts


def test_association_annual_meeting_persons_by_first_name_and_handle(corpus):
    """GIVEN Föreningen Vägvisaren's årsmöte (first names only, "kalle (Karl Svensson)", elections in
    running text) THEN one record per person: Anna is ordförande (her "mötesordförande" is a meeting
    function), Leila is ledamot rather than rösträknare, the handle gives Karl Svensson. The signers
    ("Vid protokollet: Johan", "Justeras: Maja") come first, in the order the rules find them."""
    assert [(p.name, p.role, p.party) for p in corpus[ARSMOTE].persons] == [
        ("Johan", "mötessekreterare", None),
        ("Maja", "justerare", None),
        ("Anna", "ordförande", None),
        ("Leila", "ledamot", None),
        ("Karl Svensson", "kassör", None),
        ("Birgitta Ström", "revisor", None),
    ]


def test_association_annual_meeting_decisions(corpus):
    """GIVEN outcomes written as the meeting's acts ("Mötet finner att mötet är stadgeenligt utlyst",
    "Dagordningen godkändes", "… lades till handlingarna") THEN each is a decision with its status;
    what the board tells ("ansökan … avslogs i juni 2023") is no decision."""
    doc = corpus[ARSMOTE]
    got = [(s.number, d.text[:45], d.status) for s in doc.sections for d in s.decisions]
    B, N = DecisionStatus.BESLUTAD, DecisionStatus.NOTERAD
    assert got == [
        ("§ 2", "Mötet finner att mötet är stadgeenligt utlyst", B),
        ("§ 3", "Mötet valde Anna till mötesordförande och Joh", B),
        ("§ 3", "Mötet valde Maja till justerare och Leila til", B),
        ("§ 4", "Dagordningen godkändes.", B),
        ("§ 5", "Mötet beslutade att lägga verksamhetsberättel", N),
        ("§ 6", "Mötet godkände resultat- och balansräkningen.", B),
        ("§ 7", "Revisionsberättelsen lades till handlingarna.", N),
        ("§ 8", "Årsmötet beviljade styrelsen ansvarsfrihet fö", B),
        ("§ 9", "Mötet valde Anna till ordförande för ett år.", B),
        ("§ 10", "Mötet valde Leila till ledamot för två år.", B),
        ("§ 10", "kalle (Karl Svensson) valdes till kassör för ", B),
        ("§ 11", "Mötet beslutade att medlemsavgiften för 2025 ", B),
        ("§ 12", "Mötet beslutade att ge styrelsen i uppdrag at", B),
    ]


def test_committee_attendance_table_gives_party_and_role(corpus):
    """GIVEN Socialnämnden's "Beslutande" and "Ersättare" tables ("Namn | Parti | Roll") THEN every row
    is a person with party and role; the justerare keeps the member role (vice ordförande); a
    reservation or a yrkande adds no second record."""
    assert [(p.name, p.role, p.party) for p in corpus[NAMND].persons] == [
        ("Maria Holmberg", "ordförande", "S"),
        ("Erik Sandström", "vice ordförande", "M"),
        ("Sara Lind", "ledamot", "V"),
        ("Johan Ekberg", "ledamot", "C"),
        ("Fatima Ali", "ledamot", "S"),
        ("Kent Öberg", "tjänstgörande ersättare", "SD"),
        ("Lisa Nordin", "ersättare", "L"),
        ("Peter Wikström", "ersättare", "KD"),
        ("Hanna Persson", "socialchef", None),
        ("Oskar Lund", "nämndsekreterare", None),
    ]


def test_committee_decisions_after_yrkanden_and_reservation(corpus):
    """GIVEN § 46 with a yrkande on återremiss, a beslutsgång and a reservation THEN the one decision
    is the one under "Beslut", beslutad: the rejected motion does not make it återremitterad; the
    reservation is kept on it."""
    doc = corpus[NAMND]
    got = [(s.number, [c.key for c in s.dnr], d.text[:50], d.status) for s in doc.sections for d in s.decisions]
    assert got == [
        ("§ 45", [], "Nämnden utser Erik Sandström (M) att justera proto", DecisionStatus.BESLUTAD),
        ("§ 46", ["SN-2024-112"], "Nämnden avslår yrkandet om återremiss och godkänne", DecisionStatus.BESLUTAD),
        ("§ 47", ["SN-2024-98"], "Nämnden lägger informationen till handlingarna.", DecisionStatus.NOTERAD),
        ("§ 48", ["SN-2024-131"], "Nämnden beslutar att socialtjänsten fortsätter att", DecisionStatus.BESLUTAD),
    ]
    reserved = {s.number: d.reservations for s in doc.sections for d in s.decisions}
    assert reserved == {"§ 45": (), "§ 46": ("Sara Lind (V)",), "§ 47": (), "§ 48": ()}
