"""Shared test setup: every test gets its own archive home; the shared corpora are located once.

The seeds and the eval corpus live beside the repository in ../shared, which a fresh clone lacks.
Tests that read them carry the `needs_shared` mark and skip with SHARED_MISSING when it is absent;
nothing under ../shared is opened at import or collection time unless it is there.

Tests embed with a tiny sentence-transformers model built here (fast); tests that need the real
default model (ranking) clear ARKIV_MODEL themselves. The e5 ONNX conversion is cached once per
session in a temporary model cache.
"""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVALDOCS = SHARED / "evalcorpus" / "docs"
CORPUS = ROOT / "corpus"

SHARED_MISSING = "../shared saknas: testet läser de delade exempeldokumenten (seeds, evalcorpus)"
needs_shared = pytest.mark.needs_shared


def have_shared() -> bool:
    return SHARED.is_dir()


def evalcorpus_params(formats: set[str]) -> list:
    """(relative path, page count) of the eval-corpus files in these formats, read from SOURCES.tsv
    only when ../shared is present; otherwise one parameter that skips, so nothing is opened."""
    if not have_shared():
        return [pytest.param(None, None, id="utan-shared", marks=needs_shared)]
    import csv

    with (EVALDOCS.parent / "SOURCES.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        pytest.param(row["path"], int(row["pages"]), id=row["path"].split("/")[-1], marks=needs_shared)
        for row in rows
        if row["format"] in formats
    ]


def pytest_configure(config):
    config.addinivalue_line("markers", "needs_shared: reads ../shared (seeds, evalcorpus); skipped without it")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if item.get_closest_marker("needs_shared") and not have_shared():
        pytest.skip(SHARED_MISSING)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> str:
    from .tiny_model import make_tiny_st

    return make_tiny_st(str(tmp_path_factory.mktemp("tiny-model") / "tiny-st"))


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(autouse=True)
def archive_home(tmp_path, monkeypatch, tiny_model, model_cache):
    home = tmp_path / "arkiv-home"
    monkeypatch.setenv("ARKIV_HOME", str(home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ARKIV_MODEL", tiny_model)
    monkeypatch.setenv("ARKIV_MODEL_CACHE", str(model_cache))
    monkeypatch.delenv("ARKIV_CHROMA_URL", raising=False)
    return home


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on 127.0.0.1, stopped after the test."""
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("chroma run startade inte")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory, tiny_model):
    """The whole corpus/ ingested once per session, for tests that only read it."""
    from arkiv import Archive

    home = tmp_path_factory.mktemp("korpus") / "arkiv"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.delenv("ARKIV_CHROMA_URL", raising=False)
        with Archive(home, model=tiny_model) as archive:
            archive.ingest([CORPUS])
    return home


@pytest.fixture(scope="module")
def corpus_client(corpus_home):
    """`arkiv serve`'s app over the corpus archive, through Starlette's TestClient."""
    from starlette.testclient import TestClient

    from arkiv.web import create_app

    with TestClient(create_app(corpus_home)) as client:
        yield client


def cli_json(home, *args):
    """What `arkiv ARGS --home HOME --json` prints, parsed (the web's answers are compared with it)."""
    import json

    from typer.testing import CliRunner

    from arkiv.cli import app

    result = CliRunner().invoke(app, [*args, "--home", str(home), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def corpus(corpus_home):
    """The corpus archive, read-only use."""
    from arkiv import Archive

    with Archive(corpus_home) as archive:
        yield archive
