"""Issue 13, preparing the next meeting: case history per Dnr, matters linked by title, `arkiv dnr`.

The known answers are those of corpus-src/README.md ("Recurring cases")."""

import json
from html.parser import HTMLParser

import docx
import pytest
from typer.testing import CliRunner

from arkiv import Archive, ArchiveError
from arkiv.cases import title_match
from arkiv.cli import app

from .conftest import CORPUS


NSF = "Norrälvens Samordningsförbund"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


TIMELINES = {
    "NSF 2024/7": ([("2024-03-14", "§ 15", "bordlagt"), ("2024-05-16", "§ 23", "beslutat")], "avgjord"),
    "NSF 2024/9": ([("2024-05-16", "§ 25", "återremitterat"), ("2024-06-13", "§ 31", "beslutat")], "avgjord"),
    "NSF 2024/15": ([("2024-08-22", "§ 2", "väckt"), ("2024-09-19", "§ 42", "bordlagt"),
                     ("2024-11-21", "§ 56", "beslutat")], "avgjord"),
    "NSF 2024/3": ([("2024-03-14", "§ 16", "beslutat"), ("2024-05-16", "§ 24", "beslutat"),
                    ("2024-09-19", "§ 43", "noterat"), ("2024-10-17", "§ 49", "noterat"),
                    ("2024-11-21", "§ 57", "beslutat")], "avgjord"),
    "NSF 2024/12": ([("2024-06-13", "§ 34", "avslaget")], "avgjord"),
    # Still open: on the kallelse of 2024-12-12 again (the extended project period).
    "NSF 2024/5": ([("2024-01-25", "§ 7", "noterat"), ("2024-06-13", "§ 33", "beslutat"),
                    ("2024-10-17", "§ 51", "noterat"), ("2024-12-12", "§ 7", "på föredragningslistan")],
                   "pågående"),
    "NSF 2024/17": ([("2024-12-12", "§ 4", "på föredragningslistan")], "pågående"),
}


@pytest.mark.parametrize("dnr", sorted(TIMELINES))
def test_timeline_oldest_first_with_phases_and_state(corpus, dnr):
    """GIVEN the corpus WHEN a recurring case is asked for THEN its §s come oldest first, each with
    the phase its decisions give, and the state is that of the last event."""
    events, state = TIMELINES[dnr]
    case = corpus.case(dnr)
    assert [(e.date, e.section, e.phase) for e in case.events] == events
    assert case.state == state
    assert case.organisation == NSF
    assert {e.body for e in case.events} == {NSF}


def test_any_spelling_or_a_unique_part_finds_the_case(corpus):
    """NSF 2024/7 is written "Dnr NSF 2024/007" in March and "Diarienr: NSF 2024/7" in May."""
    case = corpus.case("NSF 2024/7")
    for spelling in ("nsf 2024/007", "NSF.2024.7", "NSF-2024-0007", "2024/7", "Dnr NSF 2024:7"):
        assert corpus.case(spelling) == case
    assert case.dnr == "NSF 2024/7"  # one canonical form, whatever the documents wrote
    assert corpus.case("NSF 2024/15").dnr == "NSF 2024/15"  # written "NSF 2024/0015"
    assert corpus.case("kontorslokal").dnr == "NSF 2024/9"  # words of its § titles; "NSF.2024.9"


def test_ambiguous_and_unknown_keys_are_refused_in_swedish(corpus):
    with pytest.raises(ArchiveError, match="matchar flera ärenden") as ambiguous:
        corpus.case("äskande")
    assert "NSF 2024/7" in str(ambiguous.value) and "NSF 2024/15" in str(ambiguous.value)
    with pytest.raises(ArchiveError, match="inget ärende matchar 'NSF 2023/99'"):
        corpus.case("NSF 2023/99")
    with pytest.raises(ArchiveError, match="inget ärende hos Socialnämnden"):
        corpus.case("NSF 2024/7", body="Socialnämnden")


def test_events_cite_source_page_and_section(corpus):
    cited = {(e.section, e.page, e.source.rsplit("/", 1)[-1])
             for dnr in ("NSF 2024/7", "NSF 2024/12", "NSF 2024/15") for e in corpus.case(dnr).events}
    assert {("§ 15", 3, "2024-03-14_protokoll.pdf"), ("§ 34", 4, "2024-06-13_protokoll.pdf"),
            ("§ 56", 2, "2024-11-21_protokoll.pdf")} <= cited
    decision = corpus.case("NSF 2024/7").events[0].decisions
    assert [str(d.status) for d in decision] == ["bordlagd"]


def test_persons_are_those_the_section_names_not_the_attendance(corpus):
    """Persons of an event are the document's persons the § itself names; never the whole list."""
    assert corpus.case("NSF 2024/7").events[0].persons == ("Sofia Rask",)
    for case in corpus.cases():
        for event in case.events:
            section = next(s for s in corpus.document(event.source).sections
                           if s.number == event.section and s.title == event.section_title)
            for name in event.persons:
                assert name in section.text or name in section.title, (case.dnr, event.section, name)


OPEN = {"NSF 2024/17", "NSF 2024/18", "NSF 2024/19", "NSF 2024/5", None}


def test_open_lists_exactly_the_waiting_cases(corpus):
    """Every bordlagd and återremitterad case of 2024 was decided later; what waits is what the
    kallelse proposes: its new cases (NSF 2024/17–19), the ESF project (NSF 2024/5, again on the
    agenda) and the follow-up of the teams' results (a matter without Dnr)."""
    open_cases = corpus.open_cases()
    assert {c.dnr for c in open_cases} == OPEN and len(open_cases) == len(OPEN)
    assert {c.state for c in open_cases} == {"pågående"}
    assert {c.dnr for c in corpus.cases() if c.state in ("bordlagd", "återremitterad", "pågående")} == OPEN
    assert corpus.open_cases(date_to="2024-11-30") == []
    assert corpus.open_cases(body="Socialnämnden") == []
    assert len(corpus.open_cases(body=NSF.upper(), date_from="2024-12-01")) == len(OPEN)


def test_cases_are_rebuilt_on_every_ingest(tmp_path):
    """GIVEN the March protocol only WHEN the May protocol is ingested THEN NSF 2024/7 goes from
    bordlagd (open) to avgjord: the derived cases follow the catalogue."""
    with Archive() as archive:
        archive.ingest([CORPUS / "2024-03-14_protokoll.pdf"])
        assert archive.case("NSF 2024/7").state == "bordlagd"
        assert "NSF 2024/7" in [c.dnr for c in archive.open_cases()]
        archive.ingest([CORPUS / "2024-05-16_protokoll.txt"])
        assert archive.case("NSF 2024/7").state == "avgjord"
        assert "NSF 2024/7" not in [c.dnr for c in archive.open_cases()]
        # Cases derived by older rules (or none, in an archive made before them) are rebuilt by
        # the next ingest even when no file changed.
        with archive._writing() as catalogue:
            catalogue.set_setting("cases_version", "0")
            catalogue.db.execute("DELETE FROM cases")
        assert archive.cases() == []
        summary = archive.ingest([CORPUS / "2024-05-16_protokoll.txt"])
        assert [str(r.status) for r in summary.results] == ["oförändrad"]
        assert archive.case("NSF 2024/7").state == "avgjord"


# --- matters without Dnr -------------------------------------------------------------------------

def _protocol(body: str, date: str, sections: list[tuple[int, str, str, str]]) -> str:
    parts = [f"Sammanträdesprotokoll\n{body}\n\n{date}\n\nPlats och tid\tKommunhuset, {date} "
             "klockan 18:00–20:00\n\nBeslutande\nAnna Ek (S), ordförande\nPer Ny (M), ledamot\n\n"
             "Utses att justera\tPer Ny\n"]
    for number, title, text, decision in sections:
        parts.append(f"\n§ {number} {title}\n\n{text}\n\nBeslut:\n- {decision}\n")
    return "\n".join(parts)


@pytest.fixture
def matters(tmp_path):
    """Protocols without any Dnr: Kulturnämnden tables a request in March and decides it in May
    under a longer title; Socialnämnden handles a request with the same title; a request from
    another team is only alike; the internal control plans of two years are two matters."""
    folder = tmp_path / "protokoll"
    folder.mkdir()
    (folder / "kn-2023-03-08.txt").write_text(_protocol("Kulturnämnden", "2023-03-08", [
        (4, "Äskande från Samverkansteam Granåsen", "Teamet begär 200 tkr. Per Ny (M) yrkar bordläggning.",
         "Ärendet bordläggs till nästa sammanträde."),
        (5, "Internkontrollplan 2023", "Förvaltningen har tagit fram en plan.",
         "Nämnden fastställer internkontrollplanen."),
    ]), encoding="utf-8")
    (folder / "kn-2023-05-10.txt").write_text(_protocol("Kulturnämnden", "2023-05-10", [
        (12, "Äskande från Samverkansteam Granåsen om utökad verksamhet",
         "Ärendet bordlades den 8 mars. Anna Ek (S) yrkar bifall.", "Nämnden beslutar att bevilja 200 tkr."),
        (13, "Internkontrollplan 2024", "Förvaltningen har tagit fram en plan.",
         "Nämnden fastställer internkontrollplanen."),
    ]), encoding="utf-8")
    (folder / "kn-2023-09-13.txt").write_text(_protocol("Kulturnämnden", "2023-09-13", [
        (20, "Äskande från Samverkansteam Tjärnbacka", "Teamet begär 150 tkr.",
         "Ärendet återremitteras till förvaltningen."),
    ]), encoding="utf-8")
    (folder / "sn-2023-05-11.txt").write_text(_protocol("Socialnämnden", "2023-05-11", [
        (7, "Äskande från Samverkansteam Granåsen", "Teamet begär medel även här.", "Nämnden avslår äskandet."),
    ]), encoding="utf-8")
    with Archive() as archive:
        archive.ingest([folder])
        yield archive


def test_matters_without_dnr_are_linked_by_title_within_one_body(matters):
    cases = matters.cases()
    assert len(cases) == 1, [(c.title, c.organisation) for c in cases]
    case = cases[0]
    assert case.dnr is None and case.organisation == "Kulturnämnden"
    assert [(e.date, e.section, e.phase) for e in case.events] == [
        ("2023-03-08", "§ 4", "bordlagt"), ("2023-05-10", "§ 12", "beslutat")]
    assert [e.linked_by for e in case.events] == ["rubrik", "ordtäckning"]
    assert case.events[1].score == 0.6  # 3 of 5 content words
    assert case.state == "avgjord"
    # A weak likeness is shown with its score, never merged.
    assert case.possibly_same == (("rubrik:äskande från samverkansteam tjärnbacka", 0.81),)
    assert matters.case("Granåsen", body="Kulturnämnden") == case
    record = case.as_record()
    assert record["linked_by"] == "rubrik" and record["dnr"] is None
    assert [e["linked_by"] for e in record["events"]] == ["rubrik", "ordtäckning"]


@pytest.mark.parametrize("a, b, expected", [
    ("Äskande från Samverkansteam Granåsen", "Äskande från samverkansteam Granåsen", ("exakt", 1.0)),
    ("Äskande från Samverkansteam Granåsen", "Äskande från Samverkansteam Granåsen om utökad verksamhet",
     ("ordtäckning", 0.6)),
    ("Förbundets kontorslokal – nytt hyresavtal", "Förbundets kontorslokal, nytt hyresavtal", ("exakt", 1.0)),
    ("Bidrag till hembygdsföreningen Ekbacken", "Bidrag till hembygdsföreningen i Ekbacken", ("ordtäckning", 1.0)),
    ("Internkontrollplan 2023", "Internkontrollplan 2024", ("möjligen", 0.96)),  # another year
    ("Äskanden från samverkansteamen", "Äskande från Samverkansteam Granåsen", ("möjligen", 0.88)),
    ("Attestordning", "Sammanträdesplan 2025", None),
])
def test_title_tiers(a, b, expected):
    assert title_match(a, b) == expected


# --- the command ---------------------------------------------------------------------------------

def test_dnr_command_prints_the_timeline_and_where_the_case_stands(corpus_home):
    result = run("dnr", "nsf 2024/009", "--home", corpus_home)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("2024-05-16  § 25") < out.index("2024-06-13  § 31")
    assert "återremitterat" in out and "Beslut (återremitterad):" in out
    assert "2024-05-16_protokoll.txt:1" in out
    assert out.strip().splitlines()[-1] == "Läge nu: avgjort (2024-06-13, § 31)."


def test_dnr_json_shape(corpus_home):
    result = run("dnr", "NSF 2024/7", "--json", "--home", corpus_home)
    record = json.loads(result.output)
    assert set(record) == {"dnr", "organisation", "state", "events"}
    assert (record["dnr"], record["organisation"], record["state"]) == ("NSF 2024/7", NSF, "avgjord")
    event = record["events"][0]
    assert set(event) == {"date", "body", "source", "page", "section", "section_title", "phase",
                          "decisions", "persons"}
    assert event["decisions"] == [{"text": event["decisions"][0]["text"], "status": "bordlagd"}]
    assert (event["date"], event["page"], event["section"], event["phase"], event["persons"]) == (
        "2024-03-14", 3, "§ 15", "bordlagt", ["Sofia Rask"])


def test_dnr_from_to_limit_the_events_shown_not_the_state(corpus_home):
    record = json.loads(run("dnr", "NSF 2024/3", "--from", "2024-09-01", "--to", "2024-10-31",
                            "--json", "--home", corpus_home).output)
    assert [e["section"] for e in record["events"]] == ["§ 43", "§ 49"]
    assert record["state"] == "avgjord"


def test_dnr_open_json_shape(corpus_home):
    result = run("dnr", "--open", "--json", "--home", corpus_home)
    records = json.loads(result.output)
    assert {r["dnr"] for r in records} == OPEN and len(records) == len(OPEN)
    for record in records:
        # A matter without Dnr also says how it was linked.
        extra = {"linked_by"} if record["dnr"] is None else set()
        assert set(record) == {"dnr", "organisation", "state", "title", "last_date"} | extra
        assert (record["organisation"], record["state"], record["last_date"]) == (NSF, "pågående", "2024-12-12")
    titles = {r["dnr"]: r["title"] for r in records}
    assert titles["NSF 2024/17"] == "Internkontrollplan 2025"
    assert titles[None] == "Gemensam uppföljning av teamens resultat – förslag till nyckeltal"
    assert next(r for r in records if r["dnr"] is None)["linked_by"] == "rubrik"
    listed = run("dnr", "--open", "--home", corpus_home).output
    assert "NSF 2024/18" in listed and "pågående" in listed


def test_dnr_ambiguous_key_fails_with_the_candidates(corpus_home):
    result = run("dnr", "äskande", "--home", corpus_home)
    assert result.exit_code == 1
    assert "matchar flera ärenden" in result.output and "NSF 2024/7" in result.output
    assert run("dnr", "--from", "2024-12", "--home", corpus_home).exit_code == 1


# --- arkiv stats ---------------------------------------------------------------------------------

def test_stats_counts_the_corpus(corpus):
    info = corpus.stats(top_persons=3)
    # Ten documents of the förbund (the kallelse announces a meeting, the nine others record one),
    # and one meeting each of the association and the nämnd in the same world.
    assert info["bodies"] == [
        {"body": "Föreningen Vägvisaren", "year": "2024", "documents": 1, "meetings": 1},
        {"body": NSF, "year": "2024", "documents": 10, "meetings": 9},
        {"body": "Socialnämnden", "year": "2024", "documents": 1, "meetings": 1},
    ]
    decisions = info["decisions"]
    assert (decisions["bordlagd"], decisions["återremitterad"], decisions["avslagen"]) == (2, 1, 1)
    assert sum(decisions.values()) == corpus.catalogue.counts()["decisions"]
    assert info["cases"]["pågående"] == 4
    assert sum(info["cases"].values()) == len([c for c in corpus.cases() if c.dnr])
    assert info["matters_without_dnr"] == {"pågående": 1}
    assert len(info["persons"]) == 3
    assert {"name": "Lena Forsgren", "documents": 10} in info["persons"]  # secretary of every meeting


def test_stats_command(corpus_home):
    record = json.loads(run("stats", "--json", "--top", "2", "--home", corpus_home).output)
    assert set(record) == {"bodies", "decisions", "cases", "matters_without_dnr", "persons"}
    assert len(record["persons"]) == 2
    text = run("stats", "--home", corpus_home).output
    assert f"{NSF} 2024: 10 dokument, 9 sammanträden" in text
    assert "bordlagd 2" in text
    refused = run("stats", "--top", "0", "--home", corpus_home)
    assert refused.exit_code == 1 and "minst 1" in refused.output


# --- arkiv brief ---------------------------------------------------------------------------------

KALLELSE = """Kallelse
Styrelsen för Norrälvens Samordningsförbund

Tid	Torsdag 30 januari 2025 klockan 09:00–12:00
Plats	Arbetsmarknadshuset, Älvby

FÖREDRAGNINGSLISTA

1.	Mötets öppnande och val av justerare
2.	Förbundets kontorslokal – uppföljning, Dnr NSF 2024/009
3.	Äskande från Samverkansteam Granåsen om förlängning
4.	Övriga frågor
"""


KALLELSE_ITEMS = [("1", None), ("2", None), ("3", None), ("4", "NSF 2024/17"), ("5", "NSF 2024/18"),
                  ("6", "NSF 2024/19"), ("7", "NSF 2024/5"), ("8", None), ("9", None), ("10", None)]
FOLLOW_UP = "Gemensam uppföljning av teamens resultat – förslag till nyckeltal"


def test_brief_reads_the_corpus_kallelse(corpus):
    """The corpus's kallelse: ten items, Dnr on items 4–7; item 4's Dnr is new, so its history is
    the earlier internal control plan found by its title."""
    brief = corpus.brief("2024-12-12_kallelse.pdf", per_item=3)
    assert (brief.body, brief.date) == (NSF, "2024-12-12")
    assert [(i.number, i.dnr) for i in brief.items] == KALLELSE_ITEMS
    assert brief.items[3].title == "Internkontrollplan 2025"
    assert brief.items[7].title == FOLLOW_UP
    assert brief.items[0].history == [] and brief.items[9].history == []  # standing items
    plan = brief.items[3].history[0]
    assert (plan.date, plan.section, plan.section_title, plan.status, plan.found_by) == (
        "2024-01-25", "§ 6", "Internkontrollplan 2024", "beslutad", "title")
    for item in brief.items:
        assert all(e.date < "2024-12-12" and e.found_by in ("dnr", "title", "semantic")
                   for e in item.history)
        assert len(item.history) <= 3 or item.dnr  # a Dnr's timeline is shown whole


def test_brief_finds_every_earlier_decision_of_each_continuing_item(corpus):
    """GIVEN the corpus kallelse WHEN briefed THEN the continuing Dnr case (item 7, NSF 2024/5)
    brings every earlier event and decision of its case, found by Dnr; the matter without Dnr
    (item 8) brings the earlier §s of its matter, found by title with their score; the new items
    (5 and 6: new Dnr, no title like them) have no history and say so."""
    items = {i.number: i for i in corpus.brief("2024-12-12_kallelse.pdf").items}
    esf = corpus.case("NSF 2024/5")
    earlier = [e for e in esf.events if e.date < "2024-12-12"]
    assert len(earlier) == 3
    history = items["7"].history
    assert [(h.date, h.section, h.found_by) for h in history] == [(e.date, e.section, "dnr") for e in earlier]
    assert [d["text"] for h in history for d in h.decisions] == [d.text for e in earlier for d in e.decisions]
    assert [h.status for h in history] == ["noterad", "beslutad", "noterad"]

    matter = corpus.case("uppföljning av teamens resultat")
    assert matter.dnr is None and matter.title == FOLLOW_UP
    found = {(h.source, h.section): h for h in items["8"].history}
    for event in matter.events[:-1]:  # the last event is this kallelse
        entry = found[(event.source, event.section)]
        assert entry.found_by == "title" and 0.5 <= entry.score <= 1.0
        assert [d["text"] for d in entry.decisions] == [d.text for d in event.decisions]

    for number in ("5", "6"):
        assert items[number].history == []
        assert items[number].no_history == "Nytt ärende: ingen tidigare behandling hittad."
    assert items["1"].no_history == "Stående punkt."


def test_the_matter_without_dnr_recurs_under_changing_titles(corpus):
    """GIVEN the follow-up of the teams' results, without Dnr: raised at the medlemssamråd (04-18),
    discussed at the planeringsdag (08-22) and proposed in the kallelse, each time under a longer
    title THEN it is one matter of the förbund, linked by word coverage, each link with its score."""
    matter = corpus.case("uppföljning av teamens resultat")
    assert [(e.date, e.section, e.section_title, e.phase) for e in matter.events] == [
        ("2024-04-18", "§ 5", "Uppföljning av teamens resultat", "väckt"),
        ("2024-08-22", "§ 5", "Gemensam uppföljning av teamens resultat", "väckt"),
        ("2024-12-12", "§ 8", FOLLOW_UP, "på föredragningslistan"),
    ]
    assert [(e.linked_by, e.score) for e in matter.events] == [
        ("rubrik", None), ("ordtäckning", 0.75), ("ordtäckning", 0.67)]
    assert (matter.organisation, matter.state) == (NSF, "pågående")


def test_brief_of_a_kallelse_not_in_the_archive(corpus_home, tmp_path):
    """GIVEN a kallelse not ingested WHEN briefed THEN a known Dnr brings its whole earlier
    timeline and an item without Dnr the earlier §s with its title; nothing is stored."""
    kallelse = tmp_path / "kallelse-2025-01-30.txt"
    kallelse.write_text(KALLELSE, encoding="utf-8")
    out = tmp_path / "underlag.md"
    result = run("brief", kallelse, "--json", "--out", out, "--home", corpus_home)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["meeting"] == {"body": NSF, "date": "2025-01-30", "source": str(kallelse)}
    items = {i["number"]: i for i in record["items"]}
    assert set(items["2"]) == {"number", "title", "dnr", "history"}
    assert (items["2"]["title"], items["2"]["dnr"]) == ("Förbundets kontorslokal – uppföljning", "NSF 2024/9")
    history = items["2"]["history"]
    assert set(history[0]) == {"date", "source", "page", "section", "section_title", "status",
                               "decisions", "found_by", "score"}
    assert [(h["section"], h["status"], h["found_by"]) for h in history] == [
        ("§ 25", "återremitterad", "dnr"), ("§ 31", "beslutad", "dnr")]
    granasen = items["3"]["history"]
    assert ("§ 15", "bordlagd", "title") in [(h["section"], h["status"], h["found_by"]) for h in granasen]
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith(f"# Inför sammanträdet 2025-01-30 – {NSF}")
    assert "## 2. Förbundets kontorslokal – uppföljning (Dnr NSF 2024/9)" in markdown
    assert "[samma Dnr]" in markdown and "Stående punkt." in markdown
    with Archive(corpus_home) as archive:
        assert str(kallelse) not in archive.catalogue.known_paths()


def test_brief_refuses_a_protocol(corpus_home):
    result = run("brief", "2024-05-16_protokoll.txt", "--home", corpus_home)
    assert result.exit_code == 1 and "ingen kallelse" in result.output


class _Sections(HTMLParser):
    """The text of each <section> of an HTML page, and the page's language."""

    def __init__(self):
        super().__init__()
        self.sections: list[str] = []
        self.lang = None
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "section":
            self._inside = True
            self.sections.append("")

    def handle_endtag(self, tag):
        if tag == "section":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.sections[-1] += data


def test_brief_out_html_and_docx(corpus_home, tmp_path):
    """GIVEN the corpus kallelse WHEN briefed --out .html and --out .docx THEN each file, read
    back, has every agenda item and its earlier decisions; the HTML is Swedish, escaped and printable."""
    with Archive(corpus_home) as archive:
        expected = archive.brief("2024-12-12_kallelse.pdf")
    assert any(item.history for item in expected.items)
    page, word, markdown = tmp_path / "underlag.html", tmp_path / "underlag.docx", tmp_path / "underlag.md"
    for out in (page, word, markdown):
        result = run("brief", "2024-12-12_kallelse.pdf", "--out", out, "--home", corpus_home)
        assert result.exit_code == 0, result.output
        assert f"Underlaget är sparat i {out}." in result.output

    text = markdown.read_text(encoding="utf-8")
    assert text.strip() == expected.markdown().strip()
    assert text.startswith(f"# Inför sammanträdet 2024-12-12 – {NSF}\n")
    assert [line[3:] for line in text.splitlines() if line.startswith("## ")] == [
        item.heading for item in expected.items]
    assert text.count("Nytt ärende: ingen tidigare behandling hittad.") == 2

    html = page.read_text(encoding="utf-8")
    parser = _Sections()
    parser.feed(html)
    assert parser.lang == "sv"
    assert "@media print" in html and "break-before: page" in html
    assert len(parser.sections) == len(expected.items)
    for item, text in zip(expected.items, parser.sections):
        assert item.heading in text
        for entry in item.history:
            assert entry.line in text
            for decision in entry.decisions:
                assert decision["text"] in text

    assert html.count("Nytt ärende: ingen tidigare behandling hittad.") == 2

    document = docx.Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:] == [item.heading for item in expected.items]
    assert [p.text for p in document.paragraphs].count("Nytt ärende: ingen tidigare behandling hittad.") == 2
    tables = iter(document.tables)
    for item in expected.items:
        if not item.history:
            continue
        rows = [[cell.text for cell in row.cells] for row in next(tables).rows]
        assert rows[0] == ["Datum", "Paragraf", "Läge", "Beslut", "Källa"]
        assert len(rows) == len(item.history) + 1
        for entry, row in zip(item.history, rows[1:]):
            assert row[0] == entry.date and row[4] == f"{entry.source}:{entry.page}"
            for decision in entry.decisions:
                assert decision["text"] in row[3]


def test_brief_html_escapes_what_the_documents_say(tmp_path):
    from arkiv.brief import AgendaItem, Brief, HistoryEntry

    entry = HistoryEntry("2024-01-01", "a<b>.txt", 1, "§ 1", "<script>x</script>", "beslutad",
                         ({"text": "Beslut & <i>mer</i>", "status": "beslutad"},), "title", 0.9)
    html = Brief("Organ <x>", "2024-02-01", "k.txt", [AgendaItem("1", "Rubrik <b>", None, [entry])]).html()
    assert "<script>" not in html and "<i>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "Beslut &amp; &lt;i&gt;mer&lt;/i&gt;" in html


def test_search_hits_carry_the_state_of_their_case(corpus_home):
    """GIVEN the corpus WHEN searching a Dnr THEN the hit says where its case stands, beside the
    Dnr in the terminal and as "case_state" in --json; a hit without Dnr has null."""
    result = run("search", "NSF 2024/17", "--json", "--home", corpus_home)
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    with_dnr = [h for h in hits if any("2024/17" in d for d in h["dnr"])]
    assert with_dnr and {h["case_state"] for h in with_dnr} == {"pågående"}
    assert all(h["case_state"] is None for h in hits if not h["dnr"])
    text = run("search", "NSF 2024/7", "-n", "3", "--home", corpus_home)
    assert text.exit_code == 0, text.output
    assert "(ärendet: avgjord)" in text.output


def test_brief_json_shape_on_the_corpus_kallelse(corpus_home):
    """`arkiv brief KALLELSE --json`, key by key (the issue's "JSON shapes")."""
    result = run("brief", "2024-12-12_kallelse.pdf", "--json", "--home", corpus_home)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) == {"meeting", "items"}
    assert set(record["meeting"]) == {"body", "date", "source"}
    assert (record["meeting"]["body"], record["meeting"]["date"]) == (NSF, "2024-12-12")
    assert record["meeting"]["source"].endswith("2024-12-12_kallelse.pdf")
    assert [(i["number"], i["dnr"]) for i in record["items"]] == KALLELSE_ITEMS
    entries = [h for item in record["items"] for h in item["history"]]
    assert {h["found_by"] for h in entries} <= {"dnr", "title", "semantic"} and entries
    for item in record["items"]:
        assert set(item) == {"number", "title", "dnr", "history"}
        for entry in item["history"]:
            assert set(entry) == {"date", "source", "page", "section", "section_title", "status",
                                  "decisions", "found_by", "score"}
            assert isinstance(entry["page"], int) and isinstance(entry["score"], float)
            assert all(set(d) == {"text", "status"} for d in entry["decisions"])
    esf = next(i for i in record["items"] if i["number"] == "7")
    assert esf["history"][1] == {
        "date": "2024-06-13", "source": esf["history"][1]["source"], "page": 3, "section": "§ 33",
        "section_title": "ESF-projektet Steg mot arbete – medfinansiering", "status": "beslutad",
        "decisions": esf["history"][1]["decisions"], "found_by": "dnr", "score": 1.0}
    assert [d["status"] for d in esf["history"][1]["decisions"]] == ["beslutad", "beslutad"]


def test_dnr_json_shape_of_a_matter_without_dnr(corpus_home):
    record = json.loads(run("dnr", "teamens resultat", "--json", "--home", corpus_home).stdout)
    assert set(record) == {"dnr", "organisation", "state", "events", "title", "linked_by"}
    assert (record["dnr"], record["linked_by"], record["state"]) == (None, "rubrik", "pågående")
    for event in record["events"]:
        assert set(event) == {"date", "body", "source", "page", "section", "section_title", "phase",
                              "decisions", "persons", "linked_by", "score"}
    assert [e["linked_by"] for e in record["events"]] == ["rubrik", "ordtäckning", "ordtäckning"]
