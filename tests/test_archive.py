"""Archive behaviour: idempotent re-ingest, replacement, duplicates, bad input, interruption."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from arkiv import Archive, ArchiveError
from arkiv.schema import IngestStatus

from .conftest import CORPUS

PROTOCOL = CORPUS / "2024-05-16_protokoll.txt"


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "protokoll"
    folder.mkdir()
    shutil.copy(PROTOCOL, folder / "styrelsen-2024-05-16.txt")
    shutil.copy(CORPUS / "2024-04-18_medlemssamrad_minnesanteckningar.md", folder / "medlemssamrad-2024.md")
    return folder


def statuses(summary):
    return {os.path.basename(r.path): r.status for r in summary.results}


def test_reingest_of_unchanged_files_does_nothing(docs):
    """GIVEN an ingested folder WHEN it is ingested again THEN every file is unchanged."""
    with Archive() as archive:
        first = archive.ingest([docs])
        assert set(statuses(first).values()) == {IngestStatus.OK}
        before = archive.catalogue.counts()
        second = archive.ingest([docs])
        assert set(statuses(second).values()) == {IngestStatus.UNCHANGED}
        assert archive.catalogue.counts() == before


def test_changed_file_replaces_its_items(docs):
    """GIVEN an ingested protocol WHEN its text changes THEN the old items are gone, the new ones in."""
    path = docs / "styrelsen-2024-05-16.txt"
    with Archive() as archive:
        archive.ingest([docs])
        old_sha = archive.document(path).sha256
        path.write_text(path.read_text(encoding="utf-8").replace("§ 28", "§ 29"), encoding="utf-8")
        summary = archive.ingest([path])
        assert statuses(summary) == {path.name: IngestStatus.OK}
        doc = archive.document(path)
        assert doc.sha256 != old_sha
        numbers = [s.number for s in doc.sections]
        assert "§ 29" in numbers and "§ 28" not in numbers
        assert archive.catalogue.document_version(old_sha) is None
        assert archive.catalogue.counts()["documents"] == 2


def test_same_content_is_stored_once_and_both_paths_remembered(docs, tmp_path):
    copy = tmp_path / "kopia.txt"
    shutil.copy(docs / "styrelsen-2024-05-16.txt", copy)
    with Archive() as archive:
        archive.ingest([docs, copy])
        assert archive.catalogue.counts()["documents"] == 2
        sha = archive.document(copy).sha256
        assert archive.document(docs / "styrelsen-2024-05-16.txt").sha256 == sha
        assert sorted(archive.catalogue.paths_of(sha)) == sorted(
            [str(copy), str(docs / "styrelsen-2024-05-16.txt")]
        )
        exported = [r for r in archive.export() if r["sha256"] == sha]
        assert len(exported) == 1 and len(exported[0]["paths"]) == 2


def test_bad_input_is_reported_and_other_files_still_ingested(docs):
    """GIVEN a folder with a binary .txt, an empty .txt, an unsupported file and a missing path
    WHEN it is ingested THEN each bad file has a Swedish reason, the good files are stored."""
    (docs / "binär.txt").write_bytes(bytes(range(256)) * 20)
    (docs / "tom.txt").write_text("   \n", encoding="utf-8")
    (docs / "bild.png").write_bytes(b"\x89PNG\r\n")
    with Archive() as archive:
        summary = archive.ingest([docs, docs / "saknas.pdf"])
        by_name = {os.path.basename(r.path): r for r in summary.results}
        assert by_name["binär.txt"].status == IngestStatus.FAILED
        assert by_name["tom.txt"].status == IngestStatus.FAILED
        assert by_name["saknas.pdf"].status == IngestStatus.FAILED
        assert by_name["saknas.pdf"].reason == "sökvägen finns inte"
        assert by_name["bild.png"].status == IngestStatus.SKIPPED
        assert by_name["styrelsen-2024-05-16.txt"].status == IngestStatus.OK
        assert by_name["medlemssamrad-2024.md"].status == IngestStatus.OK
        for name in ("binär.txt", "tom.txt"):
            assert by_name[name].reason and "\n" not in by_name[name].reason
        failed = {os.path.basename(f["path"]) for f in archive.status()["failed"]}
        assert {"binär.txt", "tom.txt"} <= failed


def test_failed_file_is_retried_once_fixed(docs):
    bad = docs / "rättad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    with Archive() as archive:
        assert statuses(archive.ingest([bad]))["rättad.txt"] == IngestStatus.FAILED
        bad.write_text("Protokoll\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnar mötet.\n", encoding="utf-8")
        assert statuses(archive.ingest([bad]))["rättad.txt"] == IngestStatus.OK
        assert archive.status()["failed"] == []


def test_document_lookup_by_file_name_and_unknown_source(docs):
    with Archive() as archive:
        archive.ingest([docs])
        assert archive.document("styrelsen-2024-05-16.txt").date == "2024-05-16"
        with pytest.raises(ArchiveError, match="finns inte i arkivet"):
            archive.document("finns-inte.pdf")


def _export_by_sha(home):
    with Archive(home) as archive:
        return {r["sha256"]: json.dumps(r, sort_keys=True) for r in archive.export()}


def test_killed_ingest_leaves_no_half_ingested_file(tmp_path):
    """GIVEN an ingest of many files WHEN the process is killed mid-run THEN every stored document
    is complete (identical to a clean ingest of the same file) and a re-run completes the archive."""
    folder = tmp_path / "många"
    folder.mkdir()
    text = PROTOCOL.read_text(encoding="utf-8")
    for i in range(40):  # distinct contents so each file is a real write
        (folder / f"protokoll-{i:02}.txt").write_text(text + f"\n\nBilaga {i}\n", encoding="utf-8")
    killed_home, clean_home = tmp_path / "killed", tmp_path / "clean"
    env = os.environ | {"ARKIV_HOME": str(killed_home)}
    proc = subprocess.Popen([sys.executable, "-m", "arkiv", "ingest", str(folder)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # Kill once some documents are in, while others are still being written.
    while time.monotonic() < deadline and proc.poll() is None:
        db = killed_home / "catalogue.sqlite"
        if db.exists() and len(_export_by_sha(killed_home)) >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with Archive(clean_home) as archive:
        archive.ingest([folder])
    clean = _export_by_sha(clean_home)
    partial = _export_by_sha(killed_home)
    assert 0 < len(partial) < len(clean)
    for sha, record in partial.items():
        assert record == clean[sha]

    with Archive(killed_home) as archive:
        summary = archive.ingest([folder])
    assert not summary.failed
    assert _export_by_sha(killed_home).keys() == clean.keys()


def test_new_pipeline_version_parses_unchanged_files_again(docs, monkeypatch):
    """GIVEN an archive built by an older pipeline WHEN ingest runs with a newer one THEN the same
    bytes are parsed again and replace their items, with both paths still pointing at them."""
    from arkiv.ingest import pipeline

    with Archive() as archive:
        archive.ingest([docs])
        before = archive.catalogue.counts()
        monkeypatch.setattr(pipeline, "PIPELINE_VERSION", pipeline.PIPELINE_VERSION + 1)
        summary = archive.ingest([docs])
        assert set(statuses(summary).values()) == {IngestStatus.OK}
        assert archive.catalogue.counts() == before
        assert archive.catalogue.document_version(summary.results[0].sha256) == pipeline.PIPELINE_VERSION


def test_deleted_original_is_reported_and_prune_forgets_it(docs):
    """GIVEN an ingested folder WHEN a file is deleted from it THEN status names it, ingest of the
    folder says so without forgetting it, and ingest --prune forgets it (and only it)."""
    gone = docs / "medlemssamrad-2024.md"
    with Archive() as archive:
        archive.ingest([docs])
        gone.unlink()
        assert archive.status()["missing_originals"] == [str(gone)]
        summary = archive.ingest([docs])
        assert summary.missing == [str(gone)]
        assert archive.catalogue.counts()["documents"] == 2
        pruned = archive.ingest([docs], prune=True)
        assert [(r.path, r.status) for r in pruned.results if r.status == IngestStatus.FORGOTTEN] == [
            (str(gone), IngestStatus.FORGOTTEN)]
        assert archive.catalogue.counts()["documents"] == 1
        assert archive.status()["missing_originals"] == []
        assert archive.check().ok  # its chunks left both indexes too


def test_changed_file_keeps_old_content_that_another_path_still_holds(docs, tmp_path):
    """GIVEN two paths with the same content WHEN one of them changes THEN the other still shows
    the old content, and the changed path its new content."""
    original = docs / "styrelsen-2024-05-16.txt"
    copy = tmp_path / "kopia.txt"
    shutil.copy(original, copy)
    with Archive() as archive:
        archive.ingest([docs, copy])
        old_sha = archive.document(copy).sha256
        original.write_text(original.read_text(encoding="utf-8").replace("§ 28", "§ 29"), encoding="utf-8")
        archive.ingest([original])
        assert archive.document(copy).sha256 == old_sha
        assert "§ 28" in [s.number for s in archive.document(copy).sections]
        assert "§ 29" in [s.number for s in archive.document(original).sections]
        assert archive.catalogue.paths_of(old_sha) == [str(copy)]
        assert archive.catalogue.counts()["documents"] == 3


def test_discover_skips_hidden_folders_and_the_archive_home(tmp_path):
    from arkiv.ingest.pipeline import discover

    root = tmp_path / "rot"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "protokoll.txt").write_text("dold", encoding="utf-8")
    (root / ".dold.txt").write_text("dold", encoding="utf-8")
    (root / "arkiv-hem").mkdir()
    (root / "arkiv-hem" / "logg.txt").write_text("arkivets egen fil", encoding="utf-8")
    (root / "protokoll").mkdir()
    (root / "protokoll" / "2024-01-01.txt").write_text("§ 1 Öppnande", encoding="utf-8")
    found = discover([root], exclude=root / "arkiv-hem")
    assert found.files == [root / "protokoll" / "2024-01-01.txt"]
