"""Searches while an ingest runs: 20 `arkiv search` processes against an archive that another
process is ingesting ../shared/evalcorpus/docs into. Reports whether each was answered, p50/p95
of their wall time, and whether `arkiv check` finds the archive consistent afterwards.

    .venv/bin/python bench/sharing.py [--searches 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALDOCS = ROOT.parent / "shared" / "evalcorpus" / "docs"
QUERIES = ["eget kapital", "vilka beslut bordlades om äskanden", "NSF 2024/9", "lokalhyra",
           "årsmöte val av styrelse", "budget 2025"]


def arkiv(home: Path, *args: str, **kwargs) -> subprocess.Popen:
    env = os.environ | {"ARKIV_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([sys.executable, "-m", "arkiv", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--searches", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not EVALDOCS.is_dir():
        sys.exit(f"{EVALDOCS} saknas")

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "arkiv"
        base = arkiv(home, "ingest", str(ROOT / "corpus"))
        base.communicate()
        assert base.returncode == 0, "corpus ingest failed"
        ingest = arkiv(home, "ingest", str(EVALDOCS))
        started = time.monotonic()
        times, codes, during = [], [], 0
        for i in range(args.searches):
            t0 = time.monotonic()
            proc = arkiv(home, "search", QUERIES[i % len(QUERIES)], "--json")
            out, err = proc.communicate(timeout=300)
            times.append(time.monotonic() - t0)
            codes.append(proc.returncode)
            during += ingest.poll() is None
        ingest.communicate()
        ingest_seconds = time.monotonic() - started
        check = arkiv(home, "check", "--json")
        check_out, _ = check.communicate()

    times.sort()
    result = {
        "searches": len(times),
        "answered": sum(code == 0 for code in codes),
        "while_ingest_ran": during,
        "p50_s": round(statistics.median(times), 2),
        "p95_s": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
        "max_s": round(times[-1], 2),
        "ingest_exit": ingest.returncode,  # 1 is expected: evalcorpus holds scans and odd files
        "ingest_s": round(ingest_seconds, 1),
        "check_ok": json.loads(check_out)["ok"] if check_out else False,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:18} {value}")


if __name__ == "__main__":
    main()
