"""The search indexes: both Chroma paths, model bookkeeping, the index outbox, filters, --json.

These use the tiny sentence-transformers model from conftest (ranking quality is tested with the
real model in test_ranking.py).
"""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arkiv import Archive
from arkiv.cli import app
from arkiv.search.engine import Filters

from .conftest import CORPUS, free_port
from .tiny_model import make_tiny_st

runner = CliRunner()
HIT_FIELDS = {"rank", "score", "kind", "text", "snippet", "source", "page", "section",
              "section_title", "dnr", "date", "status", "body", "case_state"}


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("2024-03-14_protokoll.pdf", "2024-05-16_protokoll.txt", "2024-06-13_protokoll.pdf",
                 "2024-10-17_protokoll.txt"):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def test_ingest_indexes_chunks_and_reingest_embeds_nothing(docs):
    with Archive() as archive:
        first = archive.ingest([docs])
        assert first.indexed == archive.catalogue.counts()["chunks"] > 50
        with archive.index.vector_session() as vectors:
            assert vectors.count() == first.indexed
        assert archive.ingest([docs]).indexed == 0
        assert archive.catalogue.pending_count() == 0


def test_vectors_embedded_while_files_are_read_are_those_of_their_chunks(docs):
    """Ingest embeds each file's chunks on a background thread while it reads the next: every
    vector in the store is the embedding of its own chunk's text, or, for a § title, of its §'s
    first passage (chunks.shared_vectors), which opens with the same words."""
    import numpy as np

    from arkiv.search.chunks import ChunkKind, shared_vectors

    # The same text under another name and hash: chunks of equal text, embedded once by reindex.
    original = docs / "2024-05-16_protokoll.txt"
    (docs / "kopia.txt").write_bytes(original.read_bytes() + b"\r\n")
    with Archive() as archive:
        summary = archive.ingest([docs])
        assert summary.embedded_ahead == summary.indexed > 50
        ids = archive.catalogue.chunk_ids_where("1 ORDER BY rowid")  # in document order
        chunks = archive.catalogue.chunks(ids)
        assert len({chunks[cid].embed_text for cid in ids}) < len(ids)
        shared = shared_vectors([chunks[cid] for cid in ids])
        assert shared and {chunks[cid].kind for cid in shared} == {ChunkKind.TITLE}
        assert all(chunks[source].embed_text.startswith(chunks[cid].embed_text) for cid, source in shared.items())
        expected = archive.index.embedder.embed_passages([chunks[shared.get(cid, cid)].embed_text for cid in ids])
        # Ingest embeds ahead, file by file; reindex embeds in blocks in sync, without the thread.
        for _ in ("ingest", "reindex"):
            with archive.index.vector_session(record=True) as vectors:
                stored = vectors.collection.get(ids=ids, include=["embeddings"])
            by_id = dict(zip(stored["ids"], np.asarray(stored["embeddings"])))
            assert np.allclose(np.stack([by_id[cid] for cid in ids]), expected, atol=1e-5)
            assert archive.reindex() == len(ids)


def test_search_hits_follow_the_json_contract_and_group_by_section(docs):
    runner.invoke(app, ["ingest", str(docs)])
    result = runner.invoke(app, ["search", "äskande samverkansteam", "--json", "-n", "8"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert hits and [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    for hit in hits:
        assert set(hit) == HIT_FIELDS
        assert hit["source"].startswith(str(docs))
    sections = [(h["source"], h["section"]) for h in hits if h["section"]]
    assert len(sections) == len(set(sections))


def test_dnr_in_any_spelling_finds_the_case_across_meetings(docs):
    with Archive() as archive:
        archive.ingest([docs])
        for spelling in ("NSF 2024/7", "nsf2024-0007", "Dnr NSF 2024/007"):
            hits = archive.search(spelling)
            assert {(Path(h.source).name, h.section) for h in hits} == {
                ("2024-03-14_protokoll.pdf", "§ 15"), ("2024-05-16_protokoll.txt", "§ 23")}, spelling
        # Newest first, and the decision is what is shown for each §.
        assert [h.date for h in hits] == ["2024-05-16", "2024-03-14"]
        assert {h.kind for h in hits} == {"beslut"}


def test_section_reference_and_status_and_date_filters(docs):
    with Archive() as archive:
        archive.ingest([docs])
        hits = archive.search("§ 31")
        assert {h.section for h in hits} == {"§ 31"}
        returned = archive.search("lokal", filters=Filters(status="återremitterad"))
        assert [(h.section, h.status) for h in returned] == [("§ 25", "återremitterad")]
        # What the words imply reorders (issue 12): the tabled decision and May's decisions first.
        tabled = archive.search("vilka beslut bordlades")
        assert tabled[0].status == "bordlagd" and len(tabled) > 1
        may = [h.date.startswith("2024-05") for h in archive.search("beslut i maj 2024", limit=50)]
        assert may[0] and False in may and not any(may[may.index(False):])  # May first, the rest after
        in_2024 = archive.search("budget", filters=Filters(date_from="2024-09-01", date_to="2024-12-31"))
        assert in_2024 and all(h.date >= "2024-09-01" for h in in_2024)
        kind = archive.search("budget", filters=Filters(kind="rubrik"))
        assert kind and all(h.kind == "rubrik" for h in kind)


def test_person_filter_keeps_documents_where_the_person_takes_part(docs):
    with Archive() as archive:
        archive.ingest([docs])
        # Nadia Karimi (Arbetsförmedlingen) is present only at the extra meeting of 2024-10-17.
        hits = archive.search("budget", filters=Filters(person="Nadia Karimi"), limit=20)
        assert hits and {Path(h.source).name for h in hits} == {"2024-10-17_protokoll.txt"}


def test_embedded_and_server_chroma_give_the_same_hits(docs, tmp_path, chroma_server):
    with Archive(tmp_path / "inbäddad") as embedded:
        embedded.ingest([docs])
        expected = [(h.source, h.section, h.kind) for h in embedded.search("eget kapital")]
    result = runner.invoke(app, ["ingest", str(docs), "--chroma-url", chroma_server,
                                 "--home", str(tmp_path / "server")])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "server" / "chroma").exists()
    with Archive(tmp_path / "server", chroma_url=chroma_server) as served:
        with served.index.vector_session() as vectors:
            assert vectors.count() == served.catalogue.counts()["chunks"]
        assert [(h.source, h.section, h.kind) for h in served.search("eget kapital")] == expected


def test_unreachable_chroma_server_is_a_clear_error(docs):
    url = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(app, ["ingest", str(docs), "--chroma-url", url])
    assert result.exit_code == 1
    assert f"kan inte nå Chroma-servern {url}" in result.output
    # The documents are kept and the archive remembers the server; nothing is searchable yet.
    waiting = runner.invoke(app, ["search", "budget"])
    assert "textavsnitt är inte indexerade" in waiting.output
    assert "Inga träffar." in waiting.output


def test_searching_with_another_model_is_refused_until_reindex(docs, tmp_path):
    runner.invoke(app, ["ingest", str(docs)])
    other = make_tiny_st(str(tmp_path / "annan-modell"), dim=16)
    refused = runner.invoke(app, ["search", "budget", "--model", other])
    assert refused.exit_code == 1
    assert "arkiv reindex" in refused.output
    rebuilt = runner.invoke(app, ["reindex", "--model", other])
    assert rebuilt.exit_code == 0, rebuilt.output
    with Archive(model=other) as archive:
        assert archive.search("budget")
        assert archive.status()["model"] == archive.index.embedder.model_id
    # The archive now remembers its model: a plain search uses it.
    assert runner.invoke(app, ["search", "budget", "--model", other]).exit_code == 0


def test_missing_model_keeps_the_catalogue_and_search_catches_up(docs, tiny_model):
    """GIVEN an ingest whose model cannot be loaded WHEN the model is available again THEN a
    search says how many chunks wait (it never writes) and the next ingest indexes them."""
    failed = runner.invoke(app, ["ingest", str(docs), "--model", "/finns/inte"])
    assert failed.exit_code == 1 and "/finns/inte" in failed.output
    notes = []
    with Archive(model=tiny_model, on_message=notes.append) as archive:
        assert archive.catalogue.counts()["documents"] == 4
        pending = archive.catalogue.pending_count()
        assert pending > 0
        archive.search("äskande")
        assert archive.catalogue.pending_count() == pending
        assert any(f"{pending} textavsnitt är inte indexerade" in note for note in notes)
        assert archive.ingest([docs]).indexed == pending
        assert archive.catalogue.pending_count() == 0
        assert archive.search("äskande")


def test_a_date_in_the_query_that_matches_nothing_still_answers_but_an_option_does_not(docs):
    with Archive() as archive:
        archive.ingest([docs])
        # No meeting in May 2017: the query's own date only boosts, the topic is still answered.
        assert archive.search("budget i maj 2017")
        assert archive.search("budget", filters=Filters(date_from="2017-05-01", date_to="2017-05-31")) == []


NAMND_PROTOCOL = """Protokoll
Socialnämnden
Sammanträdesdatum 2024-02-12

§ 4 Budget för fritidsgårdar 2024
Dnr SN 2024/31
Nämnden beslutar att anta budgeten för fritidsgårdar 2024.
"""


def test_body_filter_keeps_only_that_organs_documents(docs):
    (docs / "kfn-2024-02-12.txt").write_text(NAMND_PROTOCOL, encoding="utf-8")
    with Archive() as archive:
        archive.ingest([docs])
        body = archive.document(docs / "kfn-2024-02-12.txt").body
        assert body == "Socialnämnden"
        everywhere = {Path(h.source).name for h in archive.search("budget", limit=20)}
        assert "kfn-2024-02-12.txt" in everywhere and len(everywhere) > 1
        only = archive.search("budget", filters=Filters(body=body), limit=20)
        assert only and {Path(h.source).name for h in only} == {"kfn-2024-02-12.txt"}
        assert archive.search("budget", filters=Filters(body="Byggnadsnämnden")) == []


def test_terminal_hits_show_kind_date_section_dnr_status_snippet_and_citation(docs):
    """What a person reads: one block per hit with everything needed to cite it."""
    runner.invoke(app, ["ingest", str(docs)])
    result = runner.invoke(app, ["search", "NSF 2024/7", "-n", "1"])
    assert result.exit_code == 0, result.output
    head, snippet, citation = result.stdout.splitlines()[:3]
    assert head == ("1. beslut · 2024-05-16 · Norrälvens Samordningsförbund · § 23 Äskande från "
                    "Samverkansteam Granåsen om utökad verksamhet · Dnr NSF 2024/7 (ärendet: avgjord) · beslutad")
    assert snippet.startswith("   Styrelsen beslutar att bevilja Samverkansteam Granåsen 350 tkr")
    assert citation == f"   {docs / '2024-05-16_protokoll.txt'}:1"


# Issue 12: case numbers typed otherwise than the document prints them. The first protocol prints
# its numbers with spaces, without a series, or in a form extraction does not take for a Dnr
# (§ 13); the second prints a series and a number without any separators (§ 21).
CASE_NUMBER_PROTOCOLS = {
"2023-05-10_protokoll.txt": """Sammanträdesprotokoll
Kommunstyrelsen
Datum: 2023-05-10

§ 12 Avtal om skolskjutsar
Dnr ABC 2023 000114 550
Kommunstyrelsen går igenom avtalet med bussbolaget.
Beslut:
- Kommunstyrelsen beslutar att godkänna avtalet.

§ 13 Ny förskola i Backa
Dnr VN-2024-00029
Förvaltningen redovisar lokalbehovet för en ny förskola.
Beslut:
- Kommunstyrelsen beslutar att ge förvaltningen i uppdrag att utreda frågan.

§ 14 Hyresavtal för kontoret
Dnr 2023/201
Kontorets hyresavtal löper ut och ett nytt avtal föreslås.
Beslut:
- Kommunstyrelsen beslutar att teckna det nya hyresavtalet.
""",
"2023-06-14_protokoll.txt": """Sammanträdesprotokoll
Kommunstyrelsen
Datum: 2023-06-14

§ 20 Avtal om städning
Dnr KS 2023/201
Städavtalet för kontoret förlängs.
Beslut:
- Kommunstyrelsen beslutar att förlänga avtalet.

§ 21 Upphandling av läromedel
DEF2023000077120
Skolan behöver nya läromedel.
Beslut:
- Kommunstyrelsen beslutar att starta upphandlingen.
""",
}


@pytest.fixture
def case_archive(tmp_path):
    folder = tmp_path / "case-docs"
    folder.mkdir()
    for name, text in CASE_NUMBER_PROTOCOLS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Archive() as archive:
        assert not archive.ingest([folder]).failed
        yield archive


def _cited(hits) -> list[tuple[str, str]]:
    return [(Path(h.source).name[:10], h.section) for h in hits]


@pytest.mark.parametrize("typed, section", [
    ("ABC2023000114550", ("2023-05-10", "§ 12")),  # printed "Dnr ABC 2023 000114 550"
    ("Dnr ABC 2023 000114 550", ("2023-05-10", "§ 12")),
    ("DEF 2023 000077 120", ("2023-06-14", "§ 21")),  # printed "DEF2023000077120"
    ("VN-2024-00029", ("2023-05-10", "§ 13")),  # in the text, not extracted as a Dnr
    ("VN 2024/29", ("2023-05-10", "§ 13")),
])
def test_a_case_number_is_found_however_it_is_spaced_or_extracted(case_archive, typed, section):
    assert _cited(case_archive.search(typed)) == [section]


@pytest.mark.parametrize("typed", ["KS 2023/201", "KS 2023/201 avtal beslut", "ks2023-0201"])
def test_a_series_the_document_leaves_out_still_finds_it_after_the_exact_match(case_archive, typed):
    """"KS 2023/201" finds § 20 (printed "Dnr KS 2023/201") first, then § 14 (printed "Dnr 2023/201")."""
    assert _cited(case_archive.search(typed)) == [("2023-06-14", "§ 20"), ("2023-05-10", "§ 14")]


def test_a_number_of_another_series_is_another_case(case_archive):
    """"BUN 2023/201" is not KS's § 20; it may be the series-less § 14."""
    assert _cited(case_archive.search("BUN 2023/201")) == [("2023-05-10", "§ 14")]
    assert case_archive.search("XYZ2023000114550") == []


def test_a_case_number_is_not_found_in_a_date(case_archive):
    """"KS 2023/5" matches no key; its digits in the text are only the date 2023-05-10."""
    assert case_archive.search("KS 2023/5") == []


def test_a_word_before_the_number_is_not_a_series(case_archive):
    """"ärende 2023/201" is the number 2023/201 as the user says it: both §s, any series."""
    assert set(_cited(case_archive.search("ärende 2023/201"))) == {("2023-06-14", "§ 20"), ("2023-05-10", "§ 14")}
