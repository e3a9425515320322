"""The ranking policy on its own (issue 8): hand-made candidates in, ranked hits out, no model.

Each test pins one rule that a review could break while every other test stayed green: BM25's share
of the fusion, the decision and year boosts, grouping per §, what a query's words imply as boosts
that never filter (issue 12), exact case numbers before relaxed ones, the highlighted words of a
snippet, and the page a passage is cited with.
"""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from arkiv import Archive
from arkiv.ingest.pipeline import parse_file, sha256_of
from arkiv.schema import Document, DocType, Paragraph, Section
from arkiv.search.chunks import Chunk, ChunkKind, chunks_of
from arkiv.search.query import parse_query
from arkiv.search.ranking import Candidates, Filters, coordinated, rank
from arkiv.search.snippets import make_snippet


def chunk(cid: str, kind: str = ChunkKind.PASSAGE, *, section: str | None = None, sha256: str = "doc",
          date: str | None = "2024-05-16", status: str | None = None) -> Chunk:
    """A chunk of its own § (named after its id) unless `section` says otherwise."""
    section = section if section is not None or kind == ChunkKind.TEXT else f"§ {cid}"
    return Chunk(id=cid, sha256=sha256, kind=kind, section=section, section_title=section, page=1,
                 text=f"text {cid}", embed_text=f"text {cid}", status=status, date=date)


def ranked_ids(query: str, candidates: Candidates, limit: int = 10) -> list[str]:
    return [c.id for c, _ in rank(parse_query(query), candidates, limit)]


# --- fusion ---------------------------------------------------------------------------------------


def _bm25_against_dense(coverage: float) -> Candidates:
    """Dense prefers A slightly over B; BM25 prefers B by far; C is last on both sides."""
    return Candidates(
        chunks={c.id: c for c in (chunk("A"), chunk("B"), chunk("C"))},
        lexical=[("B", 12.0), ("A", 1.0), ("C", 0.5)],
        dense=[("A", 0.82), ("B", 0.80), ("C", 0.50)],
        coverage=coverage,
    )


def test_bm25_decides_when_its_hits_contain_the_whole_query():
    """GIVEN dense scoring A a little above B, and BM25 scoring B far above A with full coverage
    WHEN they are fused THEN B is first: BM25 weighs as much as dense."""
    assert ranked_ids("eget kapital", _bm25_against_dense(coverage=1.0)) == ["B", "A", "C"]


def test_dense_decides_when_the_query_is_in_other_words_than_the_documents():
    """GIVEN the same scores but BM25's best hits contain none of the query (coverage 0)
    WHEN they are fused THEN dense's order stands."""
    assert ranked_ids("pengar som förbundet har sparat", _bm25_against_dense(coverage=0.0)) == ["A", "B", "C"]


def test_a_chunk_holding_more_of_the_query_outranks_one_repeating_one_word():
    """GIVEN BM25 scoring a chunk that repeats one query word (R) above one holding every query word
    (W), both equal on the dense side, WHEN fused THEN W is first: BM25 counts the share of the
    query a chunk holds (the coordination factor), as a page holding the whole question would."""
    lexical = coordinated([("R", 5.0), ("W", 4.0), ("C", 0.5)], {"R": 0.4, "W": 1.0, "C": 0.4})
    assert [cid for cid, _ in lexical] == ["W", "R", "C"]
    candidates = Candidates(
        chunks={c.id: c for c in (chunk("R"), chunk("W"), chunk("C"))},
        lexical=lexical, dense=[("R", 0.80), ("W", 0.80), ("C", 0.50)], coverage=1.0)
    assert ranked_ids("äskandena som bordlades i september", candidates) == ["W", "R", "C"]
    # Without the shares the repeated word wins: the test fails if the factor goes.
    plain = Candidates(chunks=candidates.chunks, lexical=[("R", 5.0), ("W", 4.0), ("C", 0.5)],
                       dense=candidates.dense, coverage=1.0)
    assert ranked_ids("äskandena som bordlades i september", plain) == ["R", "W", "C"]


def _full_text_best_far_down(coverage: float) -> Candidates:
    """Ten § that dense ranks D0 … D9 with X last; BM25 ranks X first and Y second, both far ahead."""
    ids = [f"D{i}" for i in range(10)] + ["X", "Y"]
    dense = [(cid, 0.9 - i * 0.01) for i, cid in enumerate(ids)]
    lexical = [("X", 20.0), ("Y", 15.0)] + [(cid, 1.0) for cid in ids[:10]]
    return Candidates(chunks={cid: chunk(cid) for cid in ids}, lexical=lexical, dense=dense, coverage=coverage)


def test_full_text_search_s_best_hits_are_never_pushed_out_of_the_first_places():
    """GIVEN BM25's best two § that dense ranks last, and BM25 holding a good part of the query
    WHEN fused THEN BM25's best stands no lower than 3rd and its second no lower than 6th: arkiv
    never answers with less than a plain full-text search would (issue 12)."""
    ranked = ranked_ids("när sattes anslaget om justeringen upp", _full_text_best_far_down(coverage=0.4))
    assert ranked.index("X") <= 2 and ranked.index("Y") <= 5
    # in words the documents do not use, BM25's best are chance matches: dense decides
    paraphrased = ranked_ids("när blev beslutet offentligt", _full_text_best_far_down(coverage=0.1))
    assert "X" not in paraphrased[:3]


def test_full_text_best_tied_in_bm25_is_chosen_the_same_whatever_order_bm25_lists_them():
    """GIVEN two § that BM25 scores exactly alike, both far ahead of the rest and last for dense
    WHEN ranked with BM25's list in either order (it lists ties in the order of a Python set,
    which changes between processes) THEN the same ranking: a result must not depend on that."""
    def candidates(tied_order: list[str]) -> Candidates:
        ids = [f"D{i}" for i in range(10)] + ["X", "Y", "Z"]
        dense = [(cid, 0.9 - i * 0.01) for i, cid in enumerate(ids)]
        lexical = [(cid, 20.0) for cid in tied_order] + [("Z", 15.0)] + [(cid, 1.0) for cid in ids[:10]]
        return Candidates(chunks={cid: chunk(cid) for cid in ids}, lexical=lexical, dense=dense, coverage=0.4)

    query = "när sattes anslaget om justeringen upp"
    assert ranked_ids(query, candidates(["X", "Y"])) == ranked_ids(query, candidates(["Y", "X"]))


def test_one_retriever_alone_ranks_as_it_is():
    """GIVEN only BM25 scores (bench/retrieval measures each side alone) WHEN ranked THEN BM25's
    order, normalised to 1 for the best."""
    candidates = Candidates({c.id: c for c in (chunk("A"), chunk("B"))}, lexical=[("B", 3.0), ("A", 1.0)])
    assert [(c.id, score) for c, score in rank(parse_query("budget"), candidates, 10)] == [("B", 1.0), ("A", 0.0)]


# --- boosts ---------------------------------------------------------------------------------------


def test_a_decision_outranks_slightly_better_text_when_the_query_asks_for_decisions():
    """GIVEN a passage scoring 1.0 and a decision of another § scoring 0.8
    WHEN the query asks for decisions ("beslut") THEN the decision is first; without that word
    the passage stays first."""
    candidates = Candidates(
        chunks={c.id: c for c in (chunk("P"), chunk("D", ChunkKind.DECISION), chunk("X"))},
        dense=[("P", 0.90), ("D", 0.80), ("X", 0.40)],
    )
    assert parse_query("vilka beslut om lokalen").decision_intent
    assert ranked_ids("vilka beslut om lokalen", candidates) == ["D", "P", "X"]
    assert ranked_ids("lokalen", candidates) == ["P", "D", "X"]


def test_a_bare_year_favours_chunks_of_that_year():
    """GIVEN a 2024 chunk scoring 1.0 and a 2025 chunk scoring 0.9 WHEN the query names 2025 as a
    bare year ("äskande för 2025") THEN the 2025 chunk is first, and the 2024 one is still there."""
    candidates = Candidates(
        chunks={c.id: c for c in (chunk("old", date="2024-03-14"), chunk("new", date="2025-02-20"),
                                  chunk("low", date="2023-01-01"))},
        dense=[("old", 0.90), ("new", 0.86), ("low", 0.50)],
    )
    assert parse_query("äskande för 2025").year_hint == 2025
    assert ranked_ids("äskande för 2025", candidates) == ["new", "old", "low"]
    assert ranked_ids("äskande", candidates) == ["old", "new", "low"]


# --- grouping per § -------------------------------------------------------------------------------


def test_one_hit_per_section_showing_its_decision_when_decisions_are_asked_for():
    """GIVEN the title, a passage and the decision of § 31, and a passage of § 32
    WHEN ranked THEN § 31 is one hit at its best chunk's score; it shows the passage (not the bare
    title) for a topic query and the decision for a decision query."""
    title = chunk("title", ChunkKind.TITLE, section="§ 31")
    passage = chunk("passage", section="§ 31")
    decision = chunk("decision", ChunkKind.DECISION, section="§ 31")
    other = chunk("other", section="§ 32")
    candidates = Candidates(
        chunks={c.id: c for c in (title, passage, decision, other)},
        dense=[("title", 1.0), ("other", 0.7), ("passage", 0.6), ("decision", 0.2)],
    )
    topic = rank(parse_query("äskande"), candidates, 10)
    assert [(c.id, score) for c, score in topic] == [("passage", 1.0), ("other", pytest.approx(0.625))]
    asked = rank(parse_query("beslut om äskande"), candidates, 10)
    assert [c.id for c, _ in asked] == ["decision", "other"]
    assert len(rank(parse_query("äskande"), candidates, 1)) == 1


def test_an_exact_reference_lists_its_sections_newest_first_decisions_first():
    """GIVEN the chunks a bare Dnr matched (no retriever scores) WHEN ranked THEN newest meeting
    first, and each § shows its decision."""
    chunks = [chunk("march-text", section="§ 15", sha256="march", date="2024-03-14"),
              chunk("march-decision", ChunkKind.DECISION, section="§ 15", sha256="march", date="2024-03-14"),
              chunk("may-title", ChunkKind.TITLE, section="§ 23", sha256="may", date="2024-05-16"),
              chunk("may-decision", ChunkKind.DECISION, section="§ 23", sha256="may", date="2024-05-16")]
    hits = rank(parse_query("NSF 2024/7"), Candidates({c.id: c for c in chunks}), 10)
    assert [c.id for c, _ in hits] == ["may-decision", "march-decision"]


# --- what the query's words imply boosts, never filters (issue 12) ---------------------------------


def test_a_status_named_by_the_query_puts_that_status_first_and_keeps_the_rest():
    """Issue 12: GIVEN a decided § scoring highest, a § where someone only proposed tabling, and a
    tabled decision scoring lowest WHEN asked "vilka beslut bordlades om äskanden" THEN the tabled
    decision is first and the other two are still there."""
    candidates = Candidates(
        chunks={c.id: c for c in (chunk("decided", ChunkKind.DECISION, status="beslutad"),
                                  chunk("proposal"),
                                  chunk("tabled", ChunkKind.DECISION, status="bordlagd"))},
        dense=[("decided", 0.90), ("proposal", 0.85), ("tabled", 0.70), ("x", 0.0)],
    )
    ids = ranked_ids("vilka beslut bordlades om äskanden", candidates)
    assert ids[0] == "tabled"
    assert set(ids) == {"decided", "proposal", "tabled"}


def test_a_status_word_boosts_only_the_decisions_of_documents_on_the_question_s_subject():
    """GIVEN a tabled decision in a document about something else, scoring a little below a passage
    of a document about the question's subject WHEN asked "offerten för sandlådorna som bordlades"
    THEN the passage on the subject is first: the status word boosts decisions of the documents
    that share a word with the rest of the question (engine: `on_subject`), not every tabled one."""
    chunks = {c.id: c for c in (chunk("tabled", ChunkKind.DECISION, sha256="other", status="bordlagd"),
                                chunk("sand", sha256="sand"))}
    scores = [("sand", 0.9), ("tabled", 0.7), ("x", 0.0)]
    query = "offerten för sandlådorna som bordlades"
    assert ranked_ids(query, Candidates(chunks, dense=scores, on_subject=frozenset({"sand"}))) == ["sand", "tabled"]
    assert ranked_ids(query, Candidates(chunks, dense=scores, on_subject=None)) == ["tabled", "sand"]
    on_both = Candidates(chunks, dense=scores, on_subject=frozenset({"sand", "other"}))
    assert ranked_ids(query, on_both) == ["tabled", "sand"]


def test_a_section_shows_the_motion_asked_about_and_the_decision_when_decisions_are_asked_for():
    """GIVEN a § whose tabled decision (boosted by the status word) and a passage where someone
    moved to table it, the passage matching the words better WHEN asked "yrkade någon bordläggning"
    THEN the § shows that passage; WHEN asked "vilka beslut bordlades" THEN its decision."""
    motion = chunk("motion", section="§ 4")
    tabled = chunk("tabled", ChunkKind.DECISION, section="§ 4", status="bordlagd")
    candidates = Candidates({c.id: c for c in (motion, tabled)},
                            dense=[("motion", 0.9), ("tabled", 0.6), ("x", 0.0)])
    assert ranked_ids("yrkade någon bordläggning av ärendet", candidates) == ["motion"]
    assert ranked_ids("vilka beslut bordlades", candidates) == ["tabled"]


def test_a_section_shows_its_passage_that_answers_not_the_one_repeating_the_words():
    """Issue 12, fault 3: GIVEN § 5 whose first passage repeats the query's words most (BM25 far
    ahead) and whose second passage answers it (dense ahead, BM25 second), BM25 covering the query
    WHEN ranked THEN § 5 is one hit, at its best chunk's rank, showing the second passage."""
    first, second = chunk("first", section="§ 5"), chunk("second", section="§ 5")
    candidates = Candidates({c.id: c for c in (first, second, chunk("other"))},
                            lexical=[("first", 10.0), ("second", 8.0), ("other", 0.0)],
                            dense=[("second", 0.80), ("first", 0.70), ("other", 0.0)], coverage=1.0)
    assert ranked_ids("hyresavtal för lokalen", candidates) == ["second", "other"]


def test_a_month_named_by_the_query_puts_that_month_first_and_keeps_the_rest():
    """Issue 12: GIVEN a March § scoring highest and a May § scoring lower WHEN asked about
    "beslut i maj 2024" THEN the May § is first and the March one is still there."""
    candidates = Candidates(
        chunks={c.id: c for c in (chunk("march", date="2024-03-14"), chunk("may", date="2024-05-16"))},
        dense=[("march", 0.9), ("may", 0.7), ("x", 0.0)],
    )
    assert ranked_ids("budget i maj 2024", candidates) == ["may", "march"]


PROPOSAL = """Sammanträdesprotokoll
Barn- och utbildningsnämnden
Datum: 2024-05-16

§ 1 Skolskjutsar läsåret 2024/2025
Förvaltningen redovisar förslaget till skolskjutsorganisation. Anna Berg (C) föreslår bordläggning
av skolskjutsärendet. Ordföranden ställer proposition och finner att ärendet ska avgöras i dag.
Beslut:
- Nämnden beslutar att anta skolskjutsorganisationen för läsåret 2024/2025.

§ 2 Äskanden från skolorna
Två skolor har lämnat in äskanden om extra medel.
Beslut:
- Ärendet bordläggs till nästa sammanträde.

§ 3 Äskande om läromedel
Skolan äskar medel för nya läromedel.
Beslut:
- Nämnden beslutar att bevilja äskandet om läromedel.
"""


def test_a_status_word_in_the_question_never_removes_the_answer(tmp_path):
    """Issue 12: GIVEN § 1 where a member only proposed tabling (the decision is beslutad) and § 2
    whose decision is tabled WHEN asked "föreslog någon bordläggning av skolskjutsärendet" THEN § 1
    is among the hits; WHEN asked "vilka beslut bordlades om äskanden" THEN the tabled § 2 is first
    and the decided § 3 about an äskande is still found. Only --status filters."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "2024-05-16_protokoll.txt").write_text(PROPOSAL, encoding="utf-8")
    with Archive(tmp_path / "home") as archive:
        assert not archive.ingest([docs]).failed
        assert "§ 1" in {h.section for h in archive.search("föreslog någon bordläggning av skolskjutsärendet")}
        hits = archive.search("vilka beslut bordlades om äskanden")
        assert (hits[0].section, hits[0].status) == ("§ 2", "bordlagd")
        assert "§ 3" in {h.section for h in hits}
        assert {h.section for h in archive.search("äskanden", filters=Filters(status="bordlagd"))} == {"§ 2"}


TWO_MEETINGS = {
    "2024-03-14_protokoll.txt": """Sammanträdesprotokoll
Styrelsen för Samordningsförbundet Norra Älvdalen
Datum: 2024-03-14

§ 5 Äskande från samverkansteamet
Samverkansteamet äskar medel för 2025.
Beslut:
- Ärendet bordläggs till nästa sammanträde.
""",
    "2024-04-18_protokoll.txt": """Sammanträdesprotokoll
Styrelsen för Brf Lönnen
Datum: 2024-04-18

§ 3 Underhåll av gården
Sanden i sandlådorna ska bytas. Styrelsen har begärt in en offert från två firmor. Frågan om
vilken offert för sandlådorna som ska antas bordlades av styrelsen i väntan på en tredje offert.
Beslut:
- Styrelsen beslutar att lägga informationen till handlingarna.
""",
}


def test_a_status_word_does_not_lift_tabled_decisions_about_something_else(tmp_path):
    """Issue 12: GIVEN a meeting that tabled an äskande and another where the sandbox offer was
    put off WHEN asked "offerten för sandlådorna som bordlades" THEN the sandbox § is first: the
    status word boosts tabled decisions only in documents that share a word with the rest."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in TWO_MEETINGS.items():
        (docs / name).write_text(text, encoding="utf-8")
    question = "offerten för sandlådorna som bordlades"
    with Archive(tmp_path / "home") as archive:
        assert not archive.ingest([docs]).failed
        index = archive.index
        with index.vector_session():
            candidates = index._candidates(parse_query(question), Filters(), None, ("lexical", "dense"))
        sand = sha256_of(docs / "2024-04-18_protokoll.txt")
        assert candidates.on_subject == {sand}
        hits = archive.search(question)
        assert hits[0].section == "§ 3"
        assert "§ 5" in {h.section for h in hits}  # not boosted, never removed


REPEATS_AND_WHOLE = """Sammanträdesprotokoll
Styrelsen för Samordningsförbundet Norra Älvdalen
Datum: 2024-11-21

§ 7 Äskanden
Äskandet bordläggs. Äskanden, äskanden.

§ 8 Medel för 2025
Ordföranden redogör för förbundets ekonomi, teamens arbete under hösten, resultaten för deltagarna,
samverkan med kommunerna och regionen, lokalfrågan och personalens arbetsmiljö. Frågan om de medel
teamen äskat, som bordlades i september, diskuteras åter. Diskussionen gäller prioriteringar,
uppföljning, budget, revision och planeringen av nästa års verksamhet i de tre kommunerna.
"""


def test_the_passage_holding_the_whole_question_outranks_one_repeating_one_word(tmp_path):
    """GIVEN a short § 7 repeating "äskande" beside "bordläggs" (plain BM25 scores it first), and a
    long § 8 holding "äskat", "bordlades" and "september" once each WHEN asked "äskandena som
    bordlades i september" THEN BM25's candidates put § 8 first (each chunk's BM25 counts the share
    of the query it holds), and the search answers with § 8 first."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "2024-11-21_protokoll.txt").write_text(REPEATS_AND_WHOLE, encoding="utf-8")
    question = "äskandena som bordlades i september"
    with Archive(tmp_path / "home") as archive:
        assert not archive.ingest([docs]).failed
        index = archive.index
        with index.vector_session():
            candidates = index._candidates(parse_query(question), Filters(), None, ("lexical", "dense"))
        best = candidates.chunks[candidates.lexical[0][0]]
        assert best.section == "§ 8"
        assert archive.search(question)[0].section == "§ 8"


# --- a § at its best chunk (issue 12: summing a §'s chunks was measured and dropped) -------------


def test_one_strong_passage_beats_a_section_of_many_weaker_ones():
    """Issue 12: GIVEN § 1 with one passage scoring 1.0 and § 2 with three passages scoring about
    0.5 WHEN ranked THEN § 1 is first: a § ranks at its best chunk, its other chunks do not add up
    (bench/retrieval measured any share of them below the best chunk alone)."""
    chunks = [chunk("strong", section="§ 1")] + [chunk(f"weak{i}", section="§ 2") for i in range(3)]
    candidates = Candidates({c.id: c for c in chunks},
                            dense=[("strong", 1.0), ("weak0", 0.52), ("weak1", 0.51), ("weak2", 0.5), ("x", 0.1)])
    assert ranked_ids("budget", candidates) == ["strong", "weak0"]


def test_a_section_whose_passages_together_hold_the_question_beats_a_neighbour_sharing_one_word():
    """Issue 12, fault 3: GIVEN § 1 whose passage scores a little above those of § 2 on both
    retrievers, but § 2 read as a whole holds much more of the query (its BM25 as a §, `units`)
    WHEN ranked with BM25 covering the query THEN § 2 is first; without the § scores, § 1."""
    one = chunk("one", section="§ 1")
    two = [chunk("two-a", section="§ 2"), chunk("two-b", section="§ 2")]
    scores = dict(lexical=[("one", 5.0), ("two-a", 4.8), ("two-b", 4.5), ("x", 0.0)],
                  dense=[("one", 0.80), ("two-a", 0.79), ("two-b", 0.70), ("x", 0.0)], coverage=1.0)
    chunks = {c.id: c for c in (one, *two)}
    units = {("doc", "§ 1", "§ 1"): 5.0, ("doc", "§ 2", "§ 2"): 12.0}
    assert ranked_ids("hyresavtal lokal", Candidates(chunks, units=units, **scores))[0] == "two-a"
    assert ranked_ids("hyresavtal lokal", Candidates(chunks, **scores))[0] == "one"


def test_a_case_number_matched_exactly_ranks_above_a_relaxed_match():
    """Issue 12: GIVEN a § matching the typed series and number (tier 0) scoring low and one
    matching the number without a series (tier 1) scoring high WHEN ranked THEN the exact one is first."""
    exact, relaxed = chunk("exact", section="§ 1"), chunk("relaxed", section="§ 2")
    candidates = Candidates({c.id: c for c in (exact, relaxed)}, dense=[("relaxed", 0.9), ("exact", 0.2)],
                            tiers={"exact": 0, "relaxed": 1})
    assert ranked_ids("KS 2023/201 avtal", candidates) == ["exact", "relaxed"]


PROTOCOL = """Sammanträdesprotokoll
Styrelsen för Samordningsförbundet Norra Älvdalen
Datum: 2024-05-16

§ 1 Budget för 2025
Dnr NÄ 2024/12
Styrelsen går igenom förslaget till budget för 2025 och de äskanden som kommit in.
Beslut:
- Styrelsen beslutar att fastställa budgeten för 2025.

§ 2 Lokal för verksamheten
Förbundet behöver en ny lokal när hyresavtalet löper ut.
Beslut:
- Styrelsen beslutar att uppdra åt förbundschefen att teckna nytt hyresavtal.
"""


def test_a_question_about_tabled_decisions_still_answers_when_nothing_was_tabled(tmp_path):
    """GIVEN an archive where no decision was tabled WHEN asked "vilka beslut om budget bordlades"
    THEN the status the verb implied is dropped and the budget decisions are answered; the same
    status set as an option (--status bordlagd) still finds nothing."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "2024-05-16_protokoll.txt").write_text(PROTOCOL, encoding="utf-8")
    with Archive(tmp_path / "home") as archive:
        assert not archive.ingest([docs]).failed
        hits = archive.search("vilka beslut om budget bordlades")
        assert hits and all(h.status != "bordlagd" for h in hits)
        assert "§ 1" in {h.section for h in hits}
        assert archive.search("budget", filters=Filters(status="bordlagd")) == []


# --- snippets -------------------------------------------------------------------------------------


def _highlighted(text: str, query: str) -> list[str]:
    snippet, spans = make_snippet(text, query)
    return [snippet[a:b] for a, b in spans]


def test_the_query_word_is_highlighted_in_another_form():
    """GIVEN the title "Äskande för 2025 från Samverkansteam" WHEN the query is "äskanden"
    THEN "Äskande" (singular, capitalised) is the highlighted word."""
    assert _highlighted("§ 31 Äskande för 2025 från Samverkansteam", "äskanden") == ["Äskande"]


def test_highlights_point_into_a_snippet_cut_out_of_a_long_text():
    """GIVEN a long text with the query's words far from its start WHEN snipped THEN the snippet
    starts with "… " and the spans still cover exactly those words, compound parts included."""
    text = " ".join(["Inledande ord om annat."] * 40) + " Styrelsen fastställer budgetramar för 2025."
    snippet, spans = make_snippet(text, "budget")
    assert snippet.startswith("… ")
    assert [snippet[a:b] for a, b in spans] == ["budgetramar"]


# --- pages ----------------------------------------------------------------------------------------

# Two paragraphs of about 70 words: too long to share one passage (100 words), so the § that runs
# from page 1 onto page 2 has a second passage starting on page 2.
FIRST = ("Förbundschefen redovisar hur arbetet med budgeten för nästa år har gått till och vilka "
         "äskanden som har kommit in från samverkansteamen. ") * 4
SECOND = ("Styrelsen diskuterar vilka insatser som ska prioriteras och hur det egna kapitalet ska "
          "användas under de kommande åren för verksamheten. ") * 4


def _write_two_page_pdf(path):
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pages = [["Sammanträdesprotokoll", "Styrelsen 2024-05-16", "", "§ 7 Budget för 2025", ""] + _lines(FIRST),
             _lines(SECOND) + ["", "§ 8 Övriga frågor", "Inga övriga frågor anmäldes."]]
    for lines in pages:
        text = pdf.beginText(72, 800)
        text.setFont("Helvetica", 10)
        for line in lines:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()


def _lines(paragraph: str, words: int = 12) -> list[str]:
    split = paragraph.split()
    return [" ".join(split[i : i + words]) for i in range(0, len(split), words)]


def _passage_pages(chunks: list[Chunk], section: str) -> list[tuple[int, str]]:
    return [(c.page, c.text.split()[0]) for c in chunks if c.kind == ChunkKind.PASSAGE and c.section == section]


def test_a_pdf_passage_is_cited_with_the_page_it_starts_on(tmp_path):
    """GIVEN a real PDF whose § 7 starts on page 1 and continues on page 2 WHEN chunked THEN its
    first passage has page 1 and its second, which starts on page 2, has page 2."""
    path = tmp_path / "protokoll.pdf"
    _write_two_page_pdf(path)
    document = parse_file(path, sha256_of(path)).document
    assert [(s.number, s.page) for s in document.sections] == [("§ 7", 1), ("§ 8", 2)]
    assert _passage_pages(chunks_of(document), "§ 7") == [(1, "Förbundschefen"), (2, "Styrelsen")]


def test_text_pages_give_passages_the_page_they_start_on():
    """GIVEN the paragraphs of a text document's § on pages 1 and 2, and text outside any § on page 3
    WHEN chunked THEN each passage has the page of its first paragraph."""
    paragraphs = (Paragraph(" ".join(FIRST.split()), 1, "§ 7"), Paragraph(" ".join(SECOND.split()), 2, "§ 7"),
                  Paragraph("Anteckningar efter mötet om budgeten.", 3, None))
    document = Document(
        source="/arkiv/anteckningar.txt", sha256="0" * 64, title="Anteckningar", doc_type=DocType.MINNESANTECKNINGAR,
        body=None, date="2024-05-16", place=None, time=None, pages=3,
        sections=(Section(number="§ 7", title="Budget för 2025", page=1, text=FIRST + SECOND),),
        paragraphs=paragraphs,
    )
    chunks = chunks_of(document)
    assert _passage_pages(chunks, "§ 7") == [(1, "Förbundschefen"), (2, "Styrelsen")]
    assert [c.page for c in chunks if c.kind == ChunkKind.TEXT] == [3]
