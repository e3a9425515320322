"""An archive shared by several processes and one that meets faults (issue 9), with real processes:
one writer at a time, readers that never write, read-only media, the recorded vector store,
a damaged catalogue or index and `arkiv check --repair`, SIGTERM, and input checks."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arkiv import Archive
from arkiv.cli import app
from arkiv.locking import WRITER_LOCK, FileLock

from .conftest import CORPUS, free_port

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def arkiv(*args, **kwargs) -> subprocess.Popen:
    """`arkiv ARGS` as its own process, with the test's archive home and model."""
    return subprocess.Popen([sys.executable, "-m", "arkiv", *map(str, args)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def finished(proc: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def copies(folder: Path, count: int) -> Path:
    """`count` distinct protocols (a corpus text with a numbered appendix), so each is a real write."""
    folder.mkdir(parents=True)
    text = (CORPUS / "2024-05-16_protokoll.txt").read_text(encoding="cp1252", errors="replace")
    for i in range(count):
        (folder / f"protokoll-{i:02}.txt").write_text(text + f"\n\nBilaga {i}: lokalhyra\n", encoding="utf-8")
    return folder


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    folder = tmp_path / "korpus"
    shutil.copytree(CORPUS, folder)
    return folder


def check_is_clean() -> dict:
    result = run("check", "--json")
    record = json.loads(result.stdout)
    assert result.exit_code == 0 and record["ok"], result.output
    return record


# --- one writer, many readers ----------------------------------------------------------------


def test_two_ingests_at_once_take_turns_and_leave_a_searchable_archive(tmp_path, corpus_copy):
    """GIVEN two ingests of different folders and a third of the same folder started together
    WHEN they run at once THEN all succeed (one waits for the other), every search works and
    `arkiv check` finds the catalogue and both indexes in agreement."""
    other = copies(tmp_path / "andra", 6)
    procs = [arkiv("ingest", corpus_copy), arkiv("ingest", other), arkiv("ingest", corpus_copy)]
    results = [finished(p) for p in procs]
    assert [code for code, _, _ in results] == [0, 0, 0], results
    assert any("väntar" in err for _, _, err in results)  # someone was told it waits its turn
    record = check_is_clean()
    assert record["chunks"] > 0 and record["pending"] == 0
    for query in ("lokalhyra", "eget kapital", "NSF 2024/9", "vilka beslut bordlades"):
        result = run("search", query, "--json")
        assert result.exit_code == 0, result.output
    assert json.loads(run("status", "--json").stdout)["documents"] == 12 + 6


def test_a_second_writer_with_no_wait_stops_at_once(corpus_copy, archive_home):
    archive_home.mkdir(parents=True)
    with FileLock(archive_home / WRITER_LOCK):
        result = run("ingest", corpus_copy, "--no-wait")
    assert result.exit_code == 1
    assert "arkivet används av en annan inläsning" in result.output
    assert not (archive_home / "catalogue.sqlite").exists()


def test_search_during_an_ingest_answers_and_never_writes(tmp_path, corpus_copy):
    """GIVEN an archive and an ingest of more documents running WHEN searches run meanwhile THEN
    each answers (exit 0) from what is indexed, and the archive is consistent after the ingest."""
    assert run("ingest", corpus_copy).exit_code == 0
    ingest = arkiv("ingest", copies(tmp_path / "fler", 30))
    answered = 0
    while ingest.poll() is None and answered < 5:  # how fast: bench/sharing.py
        code, out, err = finished(arkiv("search", "lokalhyra", "--json"), timeout=300)
        assert code == 0, err
        assert json.loads(out)
        answered += 1
    assert answered >= 1, "the ingest finished before any search ran"
    assert finished(ingest)[0] == 0
    check_is_clean()


# --- read-only media -------------------------------------------------------------------------


@pytest.fixture
def readonly_copy(tmp_path, corpus_copy):
    """A built archive on a read-only tmpfs (root) or in a directory without write permission."""
    assert run("ingest", corpus_copy).exit_code == 0
    home = Path(os.environ["ARKIV_HOME"])
    mount = tmp_path / "skrivskyddad"
    mount.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mount)]).returncode != 0:
            pytest.skip("kan inte montera en tmpfs här")
        shutil.copytree(home, mount / "arkiv")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "arkiv"
        subprocess.run(["umount", str(mount)], check=True)
    else:
        shutil.copytree(home, mount / "arkiv")
        for folder in [mount / "arkiv", *(p for p in (mount / "arkiv").rglob("*") if p.is_dir())]:
            folder.chmod(0o555)
        yield mount / "arkiv"
        for folder in [mount / "arkiv", *(p for p in (mount / "arkiv").rglob("*") if p.is_dir())]:
            folder.chmod(0o755)


def test_an_archive_on_read_only_media_answers_every_reading_command(readonly_copy):
    home = ["--home", readonly_copy]
    status = run("status", "--json", *home)
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["documents"] == 12
    hits = run("search", "eget kapital", "--json", *home)
    assert hits.exit_code == 0, hits.output
    assert json.loads(hits.stdout)
    assert run("show", "2024-03-14_protokoll.pdf", "§15", *home).exit_code == 0
    assert len(run("export", *home).stdout.splitlines()) == 12
    assert run("check", *home).exit_code == 0
    refused = run("ingest", CORPUS, *home)
    assert refused.exit_code == 1 and "kan inte skriva i arkivet" in refused.output


# --- the recorded vector store ---------------------------------------------------------------


def test_the_archive_remembers_its_chroma_server(corpus_copy, chroma_server, archive_home):
    """GIVEN an archive ingested with --chroma-url WHEN it is used without it THEN it searches the
    recorded server (no local store appears); another server is refused with the way out."""
    assert run("ingest", corpus_copy, "--chroma-url", chroma_server).exit_code == 0
    with_url = run("search", "eget kapital", "--json", "--chroma-url", chroma_server)
    without = run("search", "eget kapital", "--json")
    assert without.exit_code == 0, without.output
    assert json.loads(without.stdout) == json.loads(with_url.stdout)
    assert not (archive_home / "chroma").exists()
    elsewhere = f"http://127.0.0.1:{free_port()}"
    for command in (["search", "budget"], ["ingest", corpus_copy]):
        refused = run(*command, "--chroma-url", elsewhere)
        assert refused.exit_code == 1
        assert f"arkivets vektorer ligger på Chroma-servern {chroma_server}" in refused.output
        assert "arkiv reindex" in refused.output


def test_an_embedded_archive_refuses_a_server_until_reindex_moves_it(corpus_copy, chroma_server, archive_home):
    assert run("ingest", corpus_copy).exit_code == 0
    refused = run("search", "budget", "--chroma-url", chroma_server)
    assert refused.exit_code == 1 and "arkivets vektorer ligger i arkivkatalogen" in refused.output
    moved = run("reindex", "--chroma-url", chroma_server)
    assert moved.exit_code == 0, moved.output
    assert json.loads(run("status", "--json").stdout)["vector_store"] == chroma_server
    assert run("search", "budget").exit_code == 0


# --- faults: a damaged catalogue, a deleted index --------------------------------------------


def test_a_garbled_catalogue_gives_one_line_everywhere_and_repair_sets_it_aside(corpus_copy, archive_home):
    assert run("ingest", corpus_copy).exit_code == 0
    catalogue = archive_home / "catalogue.sqlite"
    for suffix in ("-wal", "-shm"):
        Path(f"{catalogue}{suffix}").unlink(missing_ok=True)
    catalogue.write_bytes(b"inte en databas" * 1000)
    for command in (["status"], ["search", "budget"], ["export"], ["ingest", corpus_copy], ["reindex"], ["check"]):
        result = run(*command)
        assert result.exit_code == 1, command
        assert "skadad" in result.output and "arkiv check --repair" in result.output, command
        assert "Traceback" not in result.output
    repaired = run("check", "--repair")
    assert repaired.exit_code == 0, repaired.output
    assert list(archive_home.glob("catalogue.sqlite.skadad-*"))  # kept, not deleted
    assert run("ingest", corpus_copy).exit_code == 0
    assert json.loads(run("search", "eget kapital", "--json").stdout)
    check_is_clean()


@pytest.mark.parametrize(("folder", "name"), [("chroma", "vektorindexet"), ("lexical", "ordindexet")])
def test_a_deleted_index_is_reported_and_repair_restores_search(corpus_copy, archive_home, folder, name):
    assert run("ingest", corpus_copy).exit_code == 0
    expected = json.loads(run("search", "eget kapital", "--json").stdout)
    shutil.rmtree(archive_home / folder)
    search = run("search", "eget kapital")
    assert search.exit_code == 1 and f"{name} saknas" in search.output
    assert f"{name}: {name} saknas" in run("check").output
    assert run("check").exit_code == 1
    assert "arkiv check --repair" in run("status").output
    assert not (archive_home / folder).exists()  # reading never rebuilt it
    assert run("check", "--repair").exit_code == 0
    assert json.loads(run("search", "eget kapital", "--json").stdout) == expected
    check_is_clean()


def test_check_finds_vectors_missing_for_some_chunks_and_repair_adds_them(corpus_copy):
    assert run("ingest", corpus_copy).exit_code == 0
    with Archive() as archive, archive._writing(), archive.index.vector_session() as store:
        dropped = sorted(store.ids())[:5]
        store.delete(dropped)
    record = json.loads(run("check", "--json").stdout)
    assert not record["ok"]
    assert record["indexes"][1]["missing"] == dropped
    assert run("check", "--repair").exit_code == 0
    check_is_clean()


# --- signals ---------------------------------------------------------------------------------


def test_sigterm_ends_an_ingest_like_ctrl_c(tmp_path):
    """GIVEN a long ingest WHEN it gets SIGTERM (kill, a shutdown) THEN it exits 143 with a Swedish
    note, keeps the finished files, and a re-run completes the archive."""
    folder = copies(tmp_path / "många", 30)
    proc = arkiv("ingest", folder)
    home = Path(os.environ["ARKIV_HOME"])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if (home / "catalogue.sqlite").exists() and Archive(home).status()["documents"] >= 2:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    code, _, err = finished(proc)
    assert code == 143, err
    assert "Avbrutet. Färdiga filer är sparade" in err
    kept = Archive(home).status()["documents"]
    assert 2 <= kept < 30
    assert run("ingest", folder).exit_code == 0
    assert Archive(home).status()["documents"] == 30
    check_is_clean()


# --- input checks ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_archive(tmp_path_factory, tiny_model, model_cache):
    """corpus/ ingested once for the checks below, which only read."""
    home = tmp_path_factory.mktemp("inmatning") / "arkiv"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARKIV_MODEL", tiny_model)
        mp.setenv("ARKIV_MODEL_CACHE", str(model_cache))
        mp.setenv("HF_HUB_OFFLINE", "1")
        assert run("ingest", CORPUS, "--home", home).exit_code == 0
    return home


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", ""], "frågan är tom"),
        (["search", " ?! "], "frågan är tom"),
        (["search", "budget", "--from", "2024-06-01", "--to", "2024-01-01"], "--from (2024-06-01) är senare än --to"),
        (["search", "budget", "--from", "2024-13-45"], "'2024-13-45' är inget riktigt datum"),
        (["search", "budget", "--to", "maj"], "'maj' är inget datum"),
        (["search", "budget", "-n", "0"], "-n/--limit ska vara minst 1"),
    ],
)
def test_odd_search_input_gets_a_swedish_message(corpus_archive, args, message):
    result = run(*args, "--home", corpus_archive)
    assert result.exit_code == 1
    assert f"fel: {message}" in result.output


def test_person_filter_is_a_name_not_a_pattern(corpus_archive):
    for pattern in ("%", "_"):
        hits = run("search", "budget", "--person", pattern, "--json", "--home", corpus_archive)
        assert hits.exit_code == 0 and json.loads(hits.stdout) == []
    named = run("search", "budget", "--person", "Ingegerd Halvarsson", "--json", "--home", corpus_archive)
    assert json.loads(named.stdout)


def test_a_full_disk_gives_one_line_and_keeps_what_was_stored(tmp_path, corpus_copy):
    """GIVEN an archive on a 1 MB file system WHEN an ingest fills it THEN one Swedish line says
    so (no traceback), exit code 1, and the catalogue still opens with what was stored."""
    if os.geteuid() != 0:
        pytest.skip("behöver root för att montera ett litet tmpfs")
    small = tmp_path / "liten"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small)]).returncode:
        pytest.skip("kan inte montera en tmpfs här")
    try:
        result = run("ingest", corpus_copy, "--home", small / "arkiv")
        assert result.exit_code == 1
        assert result.output.startswith("fel: disken är full; filerna som hann läsas in är sparade")
        assert len(result.output.splitlines()) == 1
        status = run("status", "--json", "--home", small / "arkiv")
        assert status.exit_code == 0, status.output
        assert json.loads(status.stdout)["documents"] >= 1
    finally:
        subprocess.run(["umount", str(small)], check=True)
