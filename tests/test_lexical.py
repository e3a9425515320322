"""Swedish normalisation and the BM25 index: what matches what, and index bookkeeping."""

import pytest

from arkiv.search.lexical import LexicalIndex
from arkiv.search.swedish import analyze, analyze_query, split_compound


@pytest.fixture
def index(tmp_path):
    ix = LexicalIndex(tmp_path / "lexical")
    yield ix
    ix.close()


def matches(document: str, query: str) -> bool:
    """True when the query shares an index term with the document."""
    return bool(set(analyze(document)) & set(analyze_query(query)))


@pytest.mark.parametrize(
    "document, query",
    [
        ("Budgetramar för nästa år", "budget"),
        ("Budgetramar för nästa år", "ram"),
        ("Äskandet behandlades", "äskande"),
        ("Två äskanden inkom", "äskande"),
        ("Samverkansteamens rapport", "samverkan"),
        ("Samverkansteamens rapport", "team"),
        ("Årsredovisningen godkändes", "redovisning"),
        ("Förbundschefen informerade", "förbund"),
        ("Förbundschefen informerade", "chef"),
        ("Styrelsemötet hölls i mars", "styrelse"),
        ("Styrelsemötet hölls i mars", "möte"),
        ("Det egna kapitalet ökade", "eget kapital"),
        ("Eget kapital vid årets slut", "egna kapitalet"),
        ("Ledamöterna var eniga", "ledamot"),
        ("Skolbarn i kommunen", "skola"),
    ],
)
def test_compounds_and_inflections_match(document, query):
    assert matches(document, query)


def test_compound_parts_follow_the_whole_word():
    terms = analyze("förbundschefen")
    assert terms[0] == analyze_query("förbundschef")[0]
    assert set(analyze_query("förbund") + analyze_query("chef")) <= set(terms[1:])


def test_words_the_dictionary_does_not_compound_stay_whole():
    """GIVEN kom and mun are words WHEN "kommunen" is analysed THEN it is not split."""
    assert split_compound("kommunen") == ()
    assert not matches("Kommunen beslutade", "mun")


def test_two_letter_parts_are_not_added():
    """"år" in "årsredovisningen" would match half the archive."""
    assert not matches("Årsredovisningen godkändes", "år")


def test_swedish_letters_are_not_folded():
    """Paperless #10937: ASCII folding merges får/far, här/har, för/for."""
    assert not matches("Vi far till mötet", "får")
    assert not matches("Här är förslaget", "har")
    assert "å" in analyze("Årsmöte")[0]


def test_stopwords_are_dropped_but_content_words_kept():
    assert analyze_query("och att det som en på är") == []
    assert analyze("beslut om budget") == analyze("beslut budget")
    assert analyze_query("får") != []


def test_numbers_are_kept():
    assert "2025" in analyze("Äskande för 2025")


def test_stopword_only_query_returns_nothing(index):
    index.add([("a", "och att det som en")])
    assert index.search("och att det") == []
    assert index.search("") == []


@pytest.mark.parametrize(
    ("query", "found"),
    [("KS 2023/0123", ["a"]), ("§ 12", ["a"]), ('foo"bar', ["a"]), ("(budget", ["a"]), ("budget:", ["a"]),
     ("NOT", []), ("a OR b", []), ("-x", []), ("*", []), ("^ram", []), ("NEAR(a b)", [])],
)
def test_fts5_syntax_in_queries_does_not_crash(index, query, found):
    """FTS5 operators and quotes in a query are plain words: no syntax error, no operator effect."""
    index.add([("a", "Budget för 2023, § 12, KS 2023/0123 foo bar")])
    assert [key for key, _ in index.search(query)] == found


def test_dnr_numbers_are_searchable_as_words(index):
    index.add([("a", "Ärende KS 2023/0123 avslutades"), ("b", "Ärende KS 2022/0999")])
    assert index.search("2023/0123")[0][0] == "a"


def test_add_delete_replace(index):
    index.add([("a", "Budgetramar 2025"), ("b", "Styrelsemötet i mars")])
    assert len(index) == 2
    assert [i for i, _ in index.search("budget")] == ["a"]

    index.add([("a", "Protokoll från styrelsemöte")])  # replaces a
    assert len(index) == 2
    assert index.search("budget") == []
    assert {i for i, _ in index.search("styrelsemöte")} == {"a", "b"}

    index.delete(["b", "no-such-id"])
    assert len(index) == 1
    assert [i for i, _ in index.search("styrelsemöte")] == ["a"]


def test_texts_prepared_ahead_are_indexed_as_when_added_alone(tmp_path):
    """An ingest analyses texts while it embeds (`prepare`); the index then scores as without it."""
    texts = [("a", "Budgetramar 2025 för förskolan"), ("b", "Styrelsemötet i mars"), ("c", "Förskolans lokaler")]
    alone, ahead = LexicalIndex(tmp_path / "alone"), LexicalIndex(tmp_path / "ahead")
    ahead.prepare([text for _, text in texts] + ["en text som aldrig läggs till"])
    for ix in (alone, ahead):
        ix.add(texts)
    for query in ("förskola", "budget", "styrelsemöte mars"):
        assert ahead.search(query) == alone.search(query) != []
    alone.close(), ahead.close()


def test_add_is_atomic(index):
    def items():
        yield ("a", "budget")
        raise RuntimeError("reader failed")

    with pytest.raises(RuntimeError):
        index.add(items())
    assert len(index) == 0
    assert index.search("budget") == []


def test_ids_restrict_results(index):
    index.add([(f"d{i}", f"Budgetramar för år {2020 + i}") for i in range(5)])
    hits = index.search("budget", ids={"d1", "d3", "missing"})
    assert {i for i, _ in hits} == {"d1", "d3"}
    assert index.search("budget", ids=[]) == []


def test_k_limits_results(index):
    index.add([(f"d{i}", "budget") for i in range(10)])
    assert len(index.search("budget", k=3)) == 3


def test_persistence_across_reopen(tmp_path):
    path = tmp_path / "sub" / "lexical"
    ix = LexicalIndex(path)
    ix.add([("a", "Förbundschefen informerade om budgeten")])
    ix.close()
    with LexicalIndex(path) as ix:
        assert len(ix) == 1
        assert [i for i, _ in ix.search("chef")] == ["a"]
        ix.delete(["a"])
    with LexicalIndex(path) as ix:
        assert len(ix) == 0


def test_ranking_prefers_the_passage_about_the_query(index):
    index.add(
        [
            ("budget", "Budgeten för 2025 fastställdes av styrelsen efter diskussion om ramarna."),
            ("askande", "Äskande för 2025 från Samverkansteamerna: teamen önskar medel för fler insatser."),
            ("protokoll", "Protokollet justerades av ordföranden och sekreteraren utan anmärkningar."),
            ("arsmote", "Årsmötet 2024 beviljade styrelsen ansvarsfrihet för verksamhetsåret."),
            ("askande2023", "Förbundschefen redogjorde för hur äskanden hanterades under 2023."),
        ]
    )
    hits = index.search("äskanden 2025")
    assert hits[0][0] == "askande"
    assert hits[0][1] > hits[1][1]


def test_exact_compound_outranks_a_shared_part(index):
    index.add(
        [
            ("part", "Styrelsen diskuterade budget och ekonomi i allmänhet."),
            ("exact", "Budgetramarna för nämnderna fastställdes."),
        ]
    )
    assert index.search("budgetram")[0][0] == "exact"


def test_coverage_is_the_share_of_the_query_an_item_contains(index):
    index.add([
        ("kapital", "Förbundets eget kapital vid årets slut"),
        ("lokal", "Hyresavtalet för lokalen på Storgatan"),
    ])
    assert index.coverage("eget kapital", ["kapital", "lokal"]) == pytest.approx(1.0)
    assert index.coverage("eget kapital", ["lokal"]) == 0.0
    # Words the archive never uses weigh most: BM25 cannot match a query phrased in them.
    partial = index.coverage("kapital buffert reserv", ["kapital"])
    assert 0.0 < partial < 0.5
    assert index.coverage("eget kapital", []) == 0.0


def test_shares_are_each_items_part_of_the_query(index):
    index.add([
        ("both", "Äskandet bordlades i september"),
        ("one", "Äskande, äskande och äskanden"),
        ("none", "Hyresavtalet för lokalen"),
    ])
    shares = index.shares("äskandet som bordlades", ["both", "one", "none", "unknown"])
    assert shares["both"] == pytest.approx(1.0)
    assert 0.0 < shares["one"] < 1.0
    assert shares["none"] == 0.0
    assert "unknown" not in shares


def test_a_group_of_items_is_scored_as_one_text(index):
    """GIVEN § A whose two passages hold one query word each, and § B whose one passage holds one
    of them WHEN the groups are scored THEN A scores highest: evidence spread over a §'s passages
    counts together; a group without a query word is left out."""
    index.add([
        ("a1", "Hyresavtalet för kontoret löper ut vid årets slut."),
        ("a2", "Förbundschefen föreslår en ny lokal i centrum."),
        ("b1", "Lokalen städas varje vecka."),
        ("c1", "Budgeten för 2025 fastställs."),
    ])
    scores = index.group_scores("hyresavtal lokal", {"A": ["a1", "a2"], "B": ["b1"], "C": ["c1"]})
    assert set(scores) == {"A", "B"}
    assert scores["A"] > scores["B"] > 0
    assert index.group_scores("hyresavtal", {}) == {}


def test_a_reader_scores_the_saved_matrix_as_the_writer_does_without_bm25s(tmp_path):
    """A reader scores the matrix the writer saved (lexical.SavedScores, no bm25s or scipy import
    on the read path) with the same scores, hits and coverage as the writer's bm25s index."""
    from arkiv.search.lexical import SavedScores

    texts = ["Budgetramar för nästa år fastställdes", "Äskandet om medel bordlades",
             "Två äskanden inkom om budget", "Val av justerare", "Årsredovisningen godkändes",
             "Budget och äskanden för samverkansteamen"]
    with LexicalIndex(tmp_path / "lexical") as writer:
        writer.add((f"id{i}", text) for i, text in enumerate(texts))
        writer.refresh()
        expected = {q: (writer.search(q), writer.coverage(q, ["id0", "id2", "id5"]))
                    for q in ("budget äskande", "årsredovisning", "justerare val", "okänt ord")}
    with LexicalIndex(tmp_path / "lexical", writable=False) as reader:
        assert isinstance(reader._bm25, SavedScores)
        for query, (hits, coverage) in expected.items():
            assert reader.search(query) == hits
            assert reader.coverage(query, ["id0", "id2", "id5"]) == coverage
        assert isinstance(reader._bm25, SavedScores)  # nothing was rebuilt
