"""Compare `arkiv export` before and after a change to the readers or segmentation.

Usage:
  .venv/bin/python bench/export_diff.py save OUT.json [ROOT ...]   # ingest ROOTs into temp archives, save export
  .venv/bin/python bench/export_diff.py compare BEFORE.json AFTER.json

`save` ingests each ROOT (default: corpus/ and ../shared/evalcorpus/docs) into its own temporary
ARKIV_HOME through arkiv.Archive and stores the export records keyed by root and file name (paths
differ between checkouts). Set ARKIV_MODEL to a small local model to keep the embedding step short;
the export does not depend on the vectors. `compare` prints, per document, which sections, titles,
decisions, Dnr and persons changed, and totals; exit 1 if anything changed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_ROOTS = [ROOT / "corpus", ROOT.parent / "shared" / "evalcorpus" / "docs"]


def save(out: Path, roots: list[Path]) -> None:
    from arkiv import Archive

    records: dict[str, dict] = {}
    for root in roots:
        with tempfile.TemporaryDirectory() as home, Archive(home) as archive:
            summary = archive.ingest([root])
            for result in summary.failed:
                records[f"{root.name}/{Path(result.path).name}"] = {"failed": result.reason}
            for record in archive.export():
                key = f"{root.name}/{Path(record['source']).relative_to(root.resolve())}"
                records[key] = _comparable(record)
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(records)} dokument sparade i {out}")


def _comparable(record: dict) -> dict:
    """The parts of an export record that segmentation and extraction decide."""
    return {
        "title": record["title"], "doc_type": record["doc_type"], "body": record["body"],
        "date": record["date"], "pages": record["pages"],
        "sections": [{"number": s["number"], "title": s["title"], "page": s["page"],
                      "dnr": s["dnr"], "text": s["text"],
                      "decisions": [[d["text"], d["status"]] for d in s["decisions"]]}
                     for s in record["sections"]],
        "persons": sorted([p["name"], p["role"], p["organisation"], p["party"]] for p in record["persons"]),
    }


def compare(before: dict, after: dict) -> int:
    changed = 0
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        changed += 1
        print(f"== {key}")
        if old is None or new is None or "failed" in old or "failed" in new:
            print(f"   före: {_brief(old)}\n   efter: {_brief(new)}")
            continue
        for field in ("title", "doc_type", "body", "date", "pages"):
            if old[field] != new[field]:
                print(f"   {field}: {old[field]!r} -> {new[field]!r}")
        _diff_sections(old["sections"], new["sections"])
        if old["persons"] != new["persons"]:
            gone = [p for p in old["persons"] if p not in new["persons"]]
            added = [p for p in new["persons"] if p not in old["persons"]]
            print(f"   personer: -{gone} +{added}")
    print(f"{changed} av {len(before.keys() | after.keys())} dokument ändrade")
    for label, data in (("före", before), ("efter", after)):
        print(f"{label}: " + ", ".join(f"{k} {v}" for k, v in _totals(data).items()))
    return 1 if changed else 0


def _diff_sections(old: list[dict], new: list[dict]) -> None:
    if [s["number"] for s in old] != [s["number"] for s in new]:
        print(f"   §: {[s['number'] for s in old]} -> {[s['number'] for s in new]}")
    for o, n in zip(old, new):
        for field in ("title", "page", "dnr", "decisions"):
            if o[field] != n[field]:
                print(f"   § {o['number']} {field}: {o[field]!r} -> {n[field]!r}")
        if o["text"] != n["text"]:
            at = next((i for i, (a, b) in enumerate(zip(o["text"], n["text"])) if a != b),
                      min(len(o["text"]), len(n["text"])))
            start = max(0, at - 30)
            print(f"   § {o['number']} text: …{o['text'][start:at + 50]!r} -> …{n['text'][start:at + 50]!r}")


def _brief(record: dict | None) -> str:
    if record is None:
        return "saknas"
    if "failed" in record:
        return f"misslyckades: {record['failed']}"
    return f"{len(record['sections'])} §, {sum(len(s['decisions']) for s in record['sections'])} beslut"


def _totals(data: dict) -> dict:
    docs = [r for r in data.values() if "failed" not in r]
    return {
        "dokument": len(docs), "misslyckade": len(data) - len(docs),
        "§": sum(len(r["sections"]) for r in docs),
        "beslut": sum(len(s["decisions"]) for r in docs for s in r["sections"]),
        "dnr": sum(len(s["dnr"]) for r in docs for s in r["sections"]),
        "personer": sum(len(r["persons"]) for r in docs),
    }


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "save":
        save(Path(argv[1]), [Path(p).resolve() for p in argv[2:]] or DEFAULT_ROOTS)
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        load = (lambda p: json.loads(Path(p).read_text(encoding="utf-8")))
        return compare(load(argv[1]), load(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
