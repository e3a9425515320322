"""Shared test setup: every test gets its own archive home; the shared corpora are located once.

Tests embed with a tiny sentence-transformers model built here (fast); tests that need the real
default model (ranking) clear ARKIV_MODEL themselves. The e5 ONNX conversion is cached once per
session in a temporary model cache.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVALDOCS = SHARED / "evalcorpus" / "docs"
CORPUS = ROOT / "corpus"


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
