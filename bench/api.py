"""API search latency against a real `arkiv serve`: p50/p95 of GET /api/search with 1 and 8 clients.

The archive is bench/latency.py's (real documents stored again under new hashes until it holds
N chunks, vectors of the copies near the originals'), built once in --workdir. The server runs as
the office would run it: its own process on 127.0.0.1 with a token, every request with the header.

    .venv/bin/python bench/api.py [--size 10000] [--clients 1 8] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from latency import ARKIV, QUERIES, ROOT, archive_dir, base_documents, base_vectors, build  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(home: Path, token: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    # PYTHONPATH: the server runs this checkout's arkiv, not whichever the venv installed.
    env = os.environ | {"ARKIV_HOME": str(home), "ARKIV_TOKEN": token, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([ARKIV, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/status", timeout=60)
            return proc, base
        except httpx.ConnectError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("arkiv serve startade inte: " + proc.stderr.read())


def run_clients(base: str, token: str, clients: int, rounds: int) -> dict:
    """Each client sends every query `rounds` times; latency per request, as the client sees it."""
    headers = {"Authorization": f"Bearer {token}"}

    def client(number: int) -> list[float]:
        times = []
        with httpx.Client(base_url=base, headers=headers, timeout=120) as http:
            for r in range(rounds):
                for i in range(len(QUERIES)):
                    query = QUERIES[(i + number * 7 + r) % len(QUERIES)]
                    started = time.perf_counter()
                    answer = http.get("/api/search", params={"q": query, "limit": 10})
                    times.append((time.perf_counter() - started) * 1000)
                    answer.raise_for_status()
        return times

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        times = sorted(t for part in pool.map(client, range(clients)) for t in part)
    wall = time.perf_counter() - started
    return {"clients": clients, "requests": len(times), "p50_ms": statistics.median(times),
            "p95_ms": times[max(0, int(len(times) * 0.95) - 1)], "per_s": len(times) / wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "arkiv-bench-latency")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.pop("ARKIV_MODEL", None)

    home = archive_dir(args.workdir, str(args.size))
    if not (home / "catalogue.sqlite").exists():
        from arkiv.models.embedders import load_embedder

        embedder = load_embedder(None)
        docs = base_documents()
        vectors, _ = base_vectors(docs, embedder, args.workdir)
        started = time.perf_counter()
        chunks = build(home, args.size, docs, vectors, embedder)
        print(f"built {chunks} chunks in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    token = secrets.token_urlsafe(24)
    proc, base = start_server(home, token)
    try:
        run_clients(base, token, 1, 1)  # warm: the embedder, BM25 and Chroma load on first use
        rows = [run_clients(base, token, n, args.rounds) for n in args.clients]
    finally:
        proc.terminate()
        proc.wait(10)
    if args.json:
        print(json.dumps({"chunks": args.size, "rows": rows}, indent=2))
        return
    print(f"{args.size} chunks, GET /api/search?limit=10 against arkiv serve")
    print(f"{'clients':>8}{'requests':>10}{'p50 ms':>9}{'p95 ms':>9}{'req/s':>8}")
    for r in rows:
        print(f"{r['clients']:>8}{r['requests']:>10}{r['p50_ms']:9.1f}{r['p95_ms']:9.1f}{r['per_s']:8.1f}")


if __name__ == "__main__":
    main()
