"""Shared test setup: every test gets its own archive home; the shared corpora are located once."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVALDOCS = SHARED / "evalcorpus" / "docs"
CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def archive_home(tmp_path, monkeypatch):
    home = tmp_path / "arkiv-home"
    monkeypatch.setenv("ARKIV_HOME", str(home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("ARKIV_CHROMA_URL", raising=False)
    monkeypatch.delenv("ARKIV_MODEL", raising=False)
    return home
