"""Issue 13, persons: who is in the archive, their roles over time, meetings and the §s naming them.

Documents written here: Kulturnämnden with Anna Ek (S) and Per Ek (M), two people who share a
surname, and Jonas Wik, förbundschef, later written "J. Wik"."""

import json

import pytest
from typer.testing import CliRunner

from arkiv import Archive, ArchiveError
from arkiv.cli import app


def _protocol(date: str, attendance: str, sections: list[tuple[int, str, str, str]]) -> str:
    parts = [f"Sammanträdesprotokoll\nKulturnämnden\n\n{date}\n\nPlats och tid\tKommunhuset, {date} "
             f"klockan 18:00–20:00\n\nBeslutande\n{attendance}\n\nUtses att justera\tPer Ek\n"]
    for number, title, text, decision in sections:
        parts.append(f"\n§ {number} {title}\n\n{text}\n\nBeslut:\n- {decision}\n")
    return "\n".join(parts)


@pytest.fixture
def people(tmp_path):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    (folder / "kn-2023-03-08.txt").write_text(_protocol(
        "2023-03-08", "Anna Ek (S), ordförande\nPer Ek (M), ledamot\nJonas Wik, förbundschef", [
            (4, "Äskande från Samverkansteam Granåsen", "Teamet begär 200 tkr. Per Ek (M) yrkar bordläggning.",
             "Ärendet bordläggs till nästa sammanträde."),
            (5, "Internkontrollplan 2023", "J. Wik föredrar planen. Anna Ek (S) yrkar bifall.",
             "Nämnden fastställer internkontrollplanen."),
        ]), encoding="utf-8")
    (folder / "kn-2023-05-10.txt").write_text(_protocol(
        "2023-05-10", "Anna Ek (S), ledamot\nPer Ek (M), ordförande\nJonas Wik, förbundschef", [
            (12, "Äskande från Samverkansteam Granåsen om utökad verksamhet",
             "Ärendet bordlades den 8 mars. Anna Ek (S) yrkar bifall.", "Nämnden beslutar att bevilja 200 tkr."),
            (13, "Budget 2024", "Förbundschefen Jonas Wik redogör för budgeten.", "Nämnden fastställer budgeten."),
        ]), encoding="utf-8")
    (folder / "kn-2023-09-13.txt").write_text(_protocol(
        "2023-09-13", "Per Ek (M), ordförande", [
            (20, "Informationsärende", "P. Ek informerar om läget.", "Informationen noteras."),
        ]), encoding="utf-8")
    with Archive() as archive:
        archive.ingest([folder])
        yield archive


def test_the_people_with_their_latest_role_and_meetings(people):
    listed = {p["name"]: p for p in people.persons()}
    assert set(listed) == {"Anna Ek", "Per Ek", "Jonas Wik"}  # two people named Ek stay two
    assert (listed["Per Ek"]["role"], listed["Per Ek"]["party"], listed["Per Ek"]["meetings"]) == (
        "ordförande", "M", 3)
    assert (listed["Anna Ek"]["role"], listed["Anna Ek"]["meetings"], listed["Anna Ek"]["last_date"]) == (
        "ledamot", 2, "2023-05-10")
    assert set(listed["Jonas Wik"]) == {"name", "role", "organisation", "party", "meetings", "documents",
                                        "last_date"}


@pytest.mark.parametrize("written", ["Jonas Wik", "jonas wik", "J. Wik", "förbundschef Jonas Wik",
                                     "Förbundschef J Wik", "Wik"])
def test_any_variant_of_a_name_finds_the_person(people, written):
    assert people.person(written)["name"] == "Jonas Wik"


def test_a_shared_surname_needs_more_than_the_surname(people):
    assert people.person("anna ek")["name"] == "Anna Ek"
    assert people.person("P. Ek")["name"] == "Per Ek"
    assert people.person("ordförande Anna Ek (S)")["name"] == "Anna Ek"
    with pytest.raises(ArchiveError, match="kan vara flera personer") as ambiguous:
        people.person("Ek")
    assert "Anna Ek" in str(ambiguous.value) and "Per Ek" in str(ambiguous.value)
    with pytest.raises(ArchiveError, match="ingen person"):
        people.person("Eva Ek")


def test_roles_over_time_meetings_and_the_sections_naming_them(people):
    anna = people.person("Anna Ek")
    assert [(r["role"], r["from"], r["to"]) for r in anna["roles"]] == [
        ("ordförande", "2023-03-08", "2023-03-08"), ("ledamot", "2023-05-10", "2023-05-10")]
    assert [m["date"] for m in anna["attended"]] == ["2023-03-08", "2023-05-10"]
    assert [(s["date"], s["section"]) for s in anna["named_in"]] == [("2023-03-08", "§ 5"), ("2023-05-10", "§ 12")]
    per = people.person("Per Ek")
    # "P. Ek" in September is Per (Anna's initial differs); never Anna's §s.
    assert [(s["date"], s["section"]) for s in per["named_in"]] == [("2023-03-08", "§ 4"), ("2023-09-13", "§ 20")]
    wik = people.person("J. Wik")
    assert [(s["date"], s["section"]) for s in wik["named_in"]] == [("2023-03-08", "§ 5"), ("2023-05-10", "§ 13")]
    assert all(s["source"].endswith(".txt") and s["page"] == 1 for s in wik["named_in"])


def test_persons_command(people):
    home = str(people.home)
    listing = CliRunner().invoke(app, ["persons", "--home", home])
    assert listing.exit_code == 0, listing.output
    assert "Per Ek" in listing.output and "3 sammanträden" in listing.output
    one = CliRunner().invoke(app, ["persons", "förbundschef J. Wik", "--home", home])
    assert one.exit_code == 0, one.output
    assert "Jonas Wik" in one.output and "§ 13 Budget 2024" in one.output and "Roller" in one.output
    record = json.loads(CliRunner().invoke(app, ["persons", "Per Ek", "--json", "--home", home]).stdout)
    assert set(record) >= {"name", "roles", "attended", "named_in", "variants"}
    ambiguous = CliRunner().invoke(app, ["persons", "Ek", "--home", home])
    assert ambiguous.exit_code == 1 and "kan vara flera personer" in ambiguous.output


def test_persons_reads_without_writing(people):
    catalogue = people.home / "catalogue.sqlite"
    before = catalogue.stat().st_mtime_ns
    assert CliRunner().invoke(app, ["persons", "Per Ek", "--home", str(people.home)]).exit_code == 0
    assert catalogue.stat().st_mtime_ns == before


def test_a_short_form_stored_for_a_document_joins_only_an_unambiguous_full_name():
    """The extraction may store "J. Wik" or "Ek" for a document: "J. Wik" joins Jonas Wik (the only
    Wik), "Ek" stays apart (Anna or Per), "A. Ek" joins Anna."""
    from arkiv.persons import PersonRow, identify

    def row(sha, date, name, role=None):
        return PersonRow(sha, date, "sammanträdesprotokoll", "Kulturnämnden", f"{sha}.txt", name, role, None, None)

    persons = identify([row("a", "2023-01-01", "Jonas Wik", "förbundschef"), row("a", "2023-01-01", "Anna Ek"),
                        row("a", "2023-01-01", "Per Ek"), row("b", "2023-02-01", "J. Wik", "förbundschef"),
                        row("b", "2023-02-01", "Ek"), row("c", "2023-03-01", "A. Ek", "ordförande")])
    by_name = {p.name: p for p in persons}
    assert set(by_name) == {"Anna Ek", "Per Ek", "Jonas Wik", "Ek"}
    assert by_name["Jonas Wik"].variants == ("J. Wik",) and by_name["Jonas Wik"].summary()["meetings"] == 2
    assert by_name["Anna Ek"].summary()["role"] == "ordförande" and by_name["Per Ek"].summary()["meetings"] == 1


def test_a_double_surname_with_and_without_its_hyphen_is_one_person_of_the_archive():
    from arkiv.persons import PersonRow, identify, name_pattern

    def row(sha, date, name):
        return PersonRow(sha, date, "protokoll", "Samfällighetsföreningen", f"{sha}.txt", name, None, None, None)

    persons = identify([row("a", "2024-01-01", "Eva Möller Ek"), row("b", "2024-02-01", "Eva Möller-Ek"),
                        row("c", "2024-03-01", "Eva Möller Ek"), row("c", "2024-03-01", "Eva Möller")])
    assert [(p.name, p.variants) for p in persons] == [("Eva Möller Ek", ("Eva Möller-Ek",)), ("Eva Möller", ())]
    pattern = name_pattern(persons[0], persons)
    assert pattern.search("§ 3 Eva Möller-Ek redovisade.") and not pattern.search("Eva Möller redovisade.")


# --- the corpus: a role change, a shared surname, name variants ----------------------------------

def test_a_person_who_changes_role_shows_each_role_over_time(corpus):
    """GIVEN the corpus: Nadia Karimi attends 09-19 as Arbetsförmedlingen's ersättare, is appointed
    in 10-17 § 52 (as sektionschef) and sits in 11-21 as ledamot THEN her roles come oldest first
    and her latest role is ledamot."""
    karimi = corpus.person("Nadia Karimi")
    assert [(r["role"], r["organisation"], r["from"], r["to"]) for r in karimi["roles"]] == [
        ("ersättare", "Arbetsförmedlingen", "2024-09-19", "2024-09-19"),
        ("sektionschef", None, "2024-10-17", "2024-10-17"),
        ("ledamot", "Arbetsförmedlingen", "2024-11-21", "2024-11-21"),
    ]
    assert (karimi["role"], karimi["organisation"]) == ("ledamot", "Arbetsförmedlingen")
    assert [(m["date"], m["role"]) for m in karimi["attended"]][0] == ("2024-09-19", "ersättare")


def test_two_people_who_share_a_surname_stay_two(corpus):
    """GIVEN Åsa Grönwall (M), ledamot, and Johan Grönwall, ekonomichef of Granåsens kommun in
    10-17 § 49 THEN they are two persons; the surname alone is refused, an initial decides."""
    names = [p["name"] for p in corpus.persons()]
    assert names.count("Åsa Grönwall") == 1 and names.count("Johan Grönwall") == 1
    with pytest.raises(ArchiveError, match="kan vara flera personer") as ambiguous:
        corpus.person("Grönwall")
    assert "Åsa Grönwall" in str(ambiguous.value) and "Johan Grönwall" in str(ambiguous.value)
    johan, asa = corpus.person("J. Grönwall"), corpus.person("Å. Grönwall")
    assert (johan["name"], johan["role"], johan["organisation"], johan["meetings"]) == (
        "Johan Grönwall", "ekonomichef", "Granåsens kommun", 1)
    assert (asa["name"], asa["role"], asa["party"], asa["meetings"]) == ("Åsa Grönwall", "ledamot", "M", 8)
    assert [(s["date"], s["section"]) for s in johan["named_in"]] == [("2024-10-17", "§ 49")]
    assert ("2024-10-17", "§ 49") not in [(s["date"], s["section"]) for s in asa["named_in"]]


@pytest.mark.parametrize("written", ["Henrik Wallmark", "henrik wallmark", "H. Wallmark", "H Wallmark",
                                     "förbundschef Henrik Wallmark", "Förbundschef H. Wallmark", "Wallmark"])
def test_variants_of_a_corpus_name_are_one_person(corpus, written):
    wallmark = corpus.person(written)
    assert (wallmark["name"], wallmark["role"], wallmark["meetings"]) == ("Henrik Wallmark", "förbundschef", 9)


def test_persons_json_shapes(corpus_home):
    """`arkiv persons --json` and `arkiv persons NAME --json`, key by key (README)."""
    summary_keys = {"name", "role", "organisation", "party", "meetings", "documents", "last_date"}
    listing = CliRunner().invoke(app, ["persons", "--json", "--home", str(corpus_home)])
    assert listing.exit_code == 0, listing.output
    records = json.loads(listing.stdout)
    assert records and all(set(r) == summary_keys for r in records)
    one = CliRunner().invoke(app, ["persons", "ledamot Nadia Karimi", "--json", "--home", str(corpus_home)])
    record = json.loads(one.stdout)
    assert set(record) == summary_keys | {"variants", "roles", "attended", "named_in"}
    assert record["variants"] == []
    assert all(set(r) == {"role", "organisation", "from", "to", "documents"} for r in record["roles"])
    assert all(set(m) == {"date", "body", "doc_type", "source", "role", "organisation"} for m in record["attended"])
    assert all(set(s) == {"date", "body", "source", "page", "section", "section_title"} for s in record["named_in"])
    assert record["roles"] and record["attended"] and record["named_in"]
    assert record["named_in"][0] == {
        "date": "2024-10-17", "body": "Norrälvens Samordningsförbund",
        "source": record["named_in"][0]["source"], "page": 1, "section": "§ 52",
        "section_title": "Ny ledamot från Arbetsförmedlingen"}
    assert record["named_in"][0]["source"].endswith("2024-10-17_protokoll.txt")
