"""Extraction counts per document: readers → clean → parse_document over the seeds and the eval corpus.

Usage: .venv/bin/python bench/extraction_counts.py [--json] [ROOT ...]

Prints one row per readable file (pages, sections, decisions by status, Dnr, persons, seconds) and
totals with pages/s; `--persons` also lists each document's persons with role, organisation and
party, so that a reader sees at once what was found. Files the readers reject (scanned PDFs without a text layer, unknown formats)
are listed as skipped. The spaCy pipeline is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arkiv.ingest.clean import clean_pages  # noqa: E402
from arkiv.ingest.extract import parse_document  # noqa: E402
from arkiv.ingest.readers import SUPPORTED_SUFFIXES, ReadError, read_document  # noqa: E402
from arkiv.models.swedish_nlp import pipeline  # noqa: E402
from arkiv.schema import DecisionStatus  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_ROOTS = [SHARED / "seeds", SHARED / "evalcorpus" / "docs"]


def files_under(roots: list[Path]) -> list[Path]:
    seen: dict[str, Path] = {}
    for root in roots:
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
                # the eval corpus repeats the seeds; count each file name once
                seen.setdefault(path.name, path)
    return list(seen.values())


def count(path: Path) -> dict:
    started = time.perf_counter()
    source = read_document(path)
    pages = clean_pages(source.pages)
    parsed_at = time.perf_counter()
    doc = parse_document(pages, filename=path.name)
    finished = time.perf_counter()
    statuses = Counter(str(d.status) for s in doc.sections for d in s.decisions)
    return {
        "file": str(path.relative_to(SHARED)) if path.is_relative_to(SHARED) else str(path),
        "pages": len(pages),
        "sections": len(doc.sections),
        "decisions": {str(s): statuses.get(str(s), 0) for s in DecisionStatus},
        "dnr": sum(len(s.dnr) for s in doc.sections),
        "persons": len(doc.persons),
        "person_list": [
            {"name": p.name, "role": p.role, "organisation": p.organisation, "party": p.party} for p in doc.persons
        ],
        "paragraphs": len(doc.paragraphs),
        "read_seconds": round(parsed_at - started, 4),
        "parse_seconds": round(finished - parsed_at, 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=DEFAULT_ROOTS)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--persons", action="store_true", help="list each document's persons under its row")
    args = parser.parse_args(argv)

    pipeline()  # load spaCy once, outside the timings
    rows, skipped = [], []
    for path in files_under(args.roots):
        try:
            rows.append(count(path))
        except ReadError as error:
            skipped.append({"file": str(path), "reason": str(error)})

    statuses = [str(s) for s in DecisionStatus]
    totals = {
        "files": len(rows),
        "pages": sum(r["pages"] for r in rows),
        "sections": sum(r["sections"] for r in rows),
        "decisions": {s: sum(r["decisions"][s] for r in rows) for s in statuses},
        "dnr": sum(r["dnr"] for r in rows),
        "persons": sum(r["persons"] for r in rows),
        "paragraphs": sum(r["paragraphs"] for r in rows),
        "read_seconds": round(sum(r["read_seconds"] for r in rows), 3),
        "parse_seconds": round(sum(r["parse_seconds"] for r in rows), 3),
    }
    parse = totals["parse_seconds"] or 1e-9
    totals["parse_pages_per_second"] = round(totals["pages"] / parse, 1)
    total_seconds = (totals["read_seconds"] + totals["parse_seconds"]) or 1e-9
    totals["pages_per_second"] = round(totals["pages"] / total_seconds, 1)

    if args.json:
        print(json.dumps({"files": rows, "skipped": skipped, "totals": totals}, ensure_ascii=False, indent=2))
        return 0
    short = {"beslutad": "besl", "bordlagd": "bord", "återremitterad": "åter", "avslagen": "avsl", "noterad": "not"}
    header = f"{'file':58} {'pg':>3} {'§':>3} " + " ".join(f"{short.get(s, s[:4]):>4}" for s in statuses)
    header += f" {'dnr':>4} {'pers':>4} {'para':>5} {'parse s':>8}"
    print(header)
    for r in rows:
        line = f"{r['file'][-58:]:58} {r['pages']:>3} {r['sections']:>3} "
        line += " ".join(f"{r['decisions'][s]:>4}" for s in statuses)
        line += f" {r['dnr']:>4} {r['persons']:>4} {r['paragraphs']:>5} {r['parse_seconds']:>8.3f}"
        print(line)
        if args.persons:
            for p in r["person_list"]:
                print("    " + ", ".join(str(p[k]) for k in ("name", "role", "organisation", "party") if p[k]))
    for s in skipped:
        print(f"skipped {s['file']}: {s['reason']}")
    t = totals
    print(
        f"\nTOTAL files={t['files']} pages={t['pages']} sections={t['sections']} decisions="
        + ", ".join(f"{k}:{v}" for k, v in t["decisions"].items())
        + f" dnr={t['dnr']} persons={t['persons']} paragraphs={t['paragraphs']}"
    )
    print(
        f"read {t['read_seconds']} s, parse {t['parse_seconds']} s; "
        f"{t['parse_pages_per_second']} pages/s parsing, {t['pages_per_second']} pages/s read+clean+parse"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
