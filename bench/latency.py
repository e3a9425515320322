"""Search latency at 1k, 10k and 100k chunks, cold `arkiv search` and `arkiv --help`, embedding rate.

The archive is scaled up synthetically: the real documents (corpus/, seeds, evalcorpus) are parsed
once and stored again under new hashes and shifted dates until the archive holds N chunks. Vectors of
the copies are the real e5 vectors of the originals plus a little noise (embedding 100k passages
would take over an hour on 2 cores and measures the model, not the search).

    .venv/bin/python bench/latency.py [--sizes 1000 10000 100000] [--json]

The machine's 1-minute load average before each size is printed beside its figures, and a cold
search's median CPU seconds beside its best wall time (the cores are shared: under load the wall
time grows, the CPU seconds much less).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's arkiv, not whichever the venv installed
SHARED = ROOT.parent / "shared"
# `python -m arkiv` from this checkout: the venv's `arkiv` script would run the installed one.
ARKIV = [sys.executable, "-m", "arkiv"]
QUERIES = [
    "vilka beslut bordlades om äskanden", "eget kapital", "budgetramar 2025", "val av ordförande",
    "revisionsberättelse och ansvarsfrihet", "hyresavtal för lokalen", "beslut i maj 2024",
    "pengar som förbundet har sparat", "NSF 2024/7", "dataskyddsombud", "verksamhetsplan",
    "vilka ärenden återremitterades", "medlemssamråd", "arvoden till ledamöter", "ESF-projektet",
    "internkontroll 2024", "vem ska justera protokollet", "detaljplan granskning", "§ 31",
    "samverkansteamens resultat",
]


def base_documents():
    """Every real document, parsed once."""
    from arkiv.ingest.pipeline import ReadError, discover, parse_file, sha256_of

    found = discover([ROOT / "corpus", SHARED / "seeds", SHARED / "evalcorpus" / "docs"])
    docs = []
    for path in found.files:
        try:
            docs.append(parse_file(path, sha256_of(path)).document)
        except ReadError:
            continue
    return docs


def base_vectors(docs, embedder, workdir: Path):
    """Real vectors of every chunk of the real documents (kept in workdir for the next run)."""
    from arkiv.search.chunks import chunks_of

    texts = sorted({c.embed_text for d in docs for c in chunks_of(d)})
    saved = workdir / f"base-{hashlib.sha1(''.join(texts).encode()).hexdigest()[:12]}.npz"
    if saved.exists():
        stored = np.load(saved)
        return dict(zip(texts, stored["vectors"])), float(stored["rate"])
    started = time.perf_counter()
    vectors = embedder.embed_passages(texts)
    rate = len(texts) / (time.perf_counter() - started)
    workdir.mkdir(parents=True, exist_ok=True)
    np.savez(saved, vectors=vectors, rate=rate)
    return dict(zip(texts, vectors)), rate


def archive_dir(workdir: Path, name: str) -> Path:
    """Where a bench archive is kept between runs; one built by an older catalogue format or
    pipeline is not reused (the server would refuse it)."""
    from arkiv.ingest.pipeline import PIPELINE_VERSION
    from arkiv.search.catalogue import MIGRATIONS

    return workdir / f"{name}-c{len(MIGRATIONS)}-p{PIPELINE_VERSION}"


def build(home: Path, size: int, docs, vectors, embedder) -> int:
    """An archive of about `size` chunks made of shifted copies of the real documents."""
    from arkiv import Archive

    rng = np.random.default_rng(size)
    archive = Archive(home, model=None)
    with archive._writing():
        with archive.index.vector_session() as store:
            total = _fill(archive, store, size, docs, vectors, rng)
        archive.index.write_matrix()  # what an ingest leaves for searches (read from Chroma here)
    archive.close()
    return total


def ensure_matrix(home: Path) -> None:
    """An archive kept from a run before the vector matrix existed gets one, as its next ingest would."""
    from arkiv import Archive

    with Archive(home, model=None) as archive, archive._writing():
        archive.index.write_matrix()


def _fill(archive, store, size: int, docs, vectors, rng) -> int:
    from arkiv.search.chunks import chunks_of
    from arkiv.search.engine import _metadata

    index = archive.index
    index._record_model()
    total, copy = 0, 0
    while total < size:
        for doc in docs:
            sha = hashlib.sha256(f"{copy}:{doc.sha256}".encode()).hexdigest()
            year = 2000 + copy % 25
            date = f"{year}{doc.date[4:]}" if doc.date else None
            clone = dataclasses.replace(doc, sha256=sha, date=date, source=f"/syntetisk/{copy}/{Path(doc.source).name}")
            chunks = chunks_of(clone)
            archive.catalogue.store(clone.source, clone, chunks, reader="bench", encoding=None, pipeline_version=1)
            # chunks_of is deterministic: the clone's chunks line up with the original's.
            vecs = np.stack([vectors[c.embed_text] for c in chunks_of(doc)])
            if copy:
                vecs = vecs + rng.normal(0, 0.01, vecs.shape).astype(np.float32)
                vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            store.upsert([c.id for c in chunks], vecs, [_metadata(c) for c in chunks])
            index.lexical.add((c.id, c.embed_text) for c in chunks)
            total += len(chunks)
            if total >= size:
                break
        copy += 1
    archive.catalogue.finish_index(10**12)  # the bench filled the indexes itself
    index.lexical.refresh()
    return total


def warm_latency(home: Path) -> dict:
    from arkiv import Archive

    with Archive(home) as archive:
        for q in QUERIES[:3]:
            archive.search(q)
        times = []
        for _ in range(3):
            for q in QUERIES:
                started = time.perf_counter()
                archive.search(q)
                times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50_ms": statistics.median(times), "p95_ms": times[int(len(times) * 0.95) - 1]}


def process_seconds(args: list[str], env: dict, runs: int = 3) -> float:
    return process_times(args, env, runs)[0]


def process_times(args: list[str], env: dict, runs: int = 3) -> tuple[float, float]:
    """The best wall seconds and the median CPU seconds (user + sys) of `runs` processes: on
    shared cores the CPU seconds move less with the load than the wall time."""
    import resource

    best, cpus = float("inf"), []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(args, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best, statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "arkiv-bench-latency")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.pop("ARKIV_MODEL", None)

    from arkiv.models.embedders import load_embedder

    embedder = load_embedder(None)
    docs = base_documents()
    vectors, embed_rate = base_vectors(docs, embedder, args.workdir)
    rows = []
    for size in args.sizes:
        home = archive_dir(args.workdir, str(size))
        if not (home / "catalogue.sqlite").exists():
            started = time.perf_counter()
            chunks = build(home, size, docs, vectors, embedder)
            print(f"built {chunks} chunks in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        ensure_matrix(home)
        env = os.environ | {"ARKIV_HOME": str(home)}
        row = {"chunks": size, "load": os.getloadavg()[0], **warm_latency(home)}
        row["cold_search_s"], row["cold_search_cpu_s"] = process_times([*ARKIV, "search", "eget kapital"], env)
        rows.append(row)
    help_s = process_seconds([*ARKIV, "--help"], dict(os.environ))
    result = {"rows": rows, "help_s": help_s, "embed_passages_per_s": embed_rate,
              "embedder": embedder.model_id}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'chunks':>8}{'p50 ms':>9}{'p95 ms':>9}{'cold s':>9}{'cpu s':>7}{'load':>6}")
    for r in rows:
        print(f"{r['chunks']:>8}{r['p50_ms']:9.1f}{r['p95_ms']:9.1f}{r['cold_search_s']:9.2f}"
              f"{r['cold_search_cpu_s']:7.2f}{r['load']:6.1f}")
    print(f"arkiv --help: {help_s:.2f} s; embedding: {embed_rate:.1f} passages/s ({embedder.model_id})")


if __name__ == "__main__":
    main()
