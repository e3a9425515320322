"""Ingest speed end to end: `arkiv ingest` of the real documents, by format, into a fresh archive.

    .venv/bin/python bench/ingest.py [--runs 3] [--groups pdf-text md ...] [--code DIR] [--json] [ROOT ...]

The files under ROOT (default ../shared/evalcorpus/docs and corpus/) are grouped by format: PDFs
whose every page has a usable text layer (pdf-text), PDFs read wholly by OCR (pdf-scanned), PDFs
with some pages of each (pdf-mixed), .md, .txt and the other markup (.tex, .org, .typ, .rst). Each
group is ingested by its own `arkiv ingest` process into a new archive, so each figure is what a
user waits for until those files are searchable: start-up, reading, OCR, parsing, embedding, Chroma
and BM25 writes. The model is prepared before timing (converted once, as after `make demo`); OCR
starts from an empty page cache in every run (model and lexicon caches are shared). For groups with
OCR'd pages each run ingests them a second time with the page cache warm: the difference per OCR'd
page is the OCR seconds per page.

Printed per group: files, pages, the median of `--runs` runs of wall seconds, CPU seconds (user +
sys of the process and its children), pages/s (wall), OCR s/page, peak RSS (the child's
ru_maxrss), and the machine's 1-minute load average before each run: the machine is shared, so
compare CPU seconds when the load differs. `--code DIR` runs the arkiv of another checkout (e.g. a
worktree of the previous commit) on the same files, for a before/after comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DEFAULT_ROOTS = [SHARED / "evalcorpus" / "docs", ROOT / "corpus"]
GROUPS = ("pdf-text", "pdf-scanned", "pdf-mixed", "md", "txt", "markup")
MARKUP = {".tex", ".org", ".typ", ".rst"}


def pdf_group(path: Path) -> str:
    """pdf-text, pdf-scanned or pdf-mixed, by which pages `--ocr auto` would recognise."""
    import pypdfium2 as pdfium

    from arkiv.ingest.readers import _page_text, usable_text_layer

    pdf = pdfium.PdfDocument(str(path))
    try:
        usable = [usable_text_layer(_page_text(pdf, i)[0]) for i in range(len(pdf))]
    finally:
        pdf.close()
    if all(usable):
        return "pdf-text"
    return "pdf-scanned" if not any(usable) else "pdf-mixed"


def group_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_group(path)
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".txt":
        return "txt"
    return "markup" if suffix in MARKUP else None


def grouped_files(roots: list[Path]) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for root in roots:
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if path.is_file() and (group := group_of(path)):
                groups.setdefault(group, []).append(path)
    return groups


def prepare_model() -> None:
    """Convert the model and build the lexicon caches before any timing (a warm user cache)."""
    from arkiv import Archive

    with tempfile.TemporaryDirectory() as home:
        with Archive(home) as archive:
            archive.ingest([ROOT / "corpus" / "2024-05-16_protokoll.txt"])


def cache_without_ocr(workdir: Path) -> Path:
    """A cache folder holding the user's model and lexicon caches but an empty OCR page cache."""
    from arkiv.cache import cache_dir

    folder = workdir / "cache"
    folder.mkdir()
    for entry in cache_dir().iterdir():
        if entry.name != "ocr":
            (folder / entry.name).symlink_to(entry)
    return folder


def run_ingest(files: list[Path], home: Path, cache: Path, code: Path) -> dict:
    """One `arkiv ingest --json` process: wall and CPU seconds, peak RSS, pages, OCR'd pages."""
    env = os.environ | {"ARKIV_HOME": str(home), "ARKIV_MODEL_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    env.pop("ARKIV_CHROMA_URL", None)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "arkiv", "ingest", "--json", *map(str, files)],
                             env=env, cwd=code, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    results = json.loads(output)
    failed = [f"{r['path']}: {r['reason']}" for r in results if r["status"] == "misslyckad"]
    if failed:
        raise SystemExit("ingest failed: " + "; ".join(failed))
    db = sqlite3.connect(f"file:{home / 'catalogue.sqlite'}?mode=ro", uri=True)
    ocr_pages = db.execute("SELECT COUNT(*) FROM page_sources WHERE origin != 'textlager'").fetchone()[0]
    db.close()
    return {
        "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
        "pages": sum(r["pages"] for r in results), "ocr_pages": ocr_pages, "load": load,
    }


def measure(group: str, files: list[Path], runs: int, code: Path) -> dict:
    rows, warm_rows = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="arkiv-bench-ingest-") as tmp:
            workdir = Path(tmp)
            cache = cache_without_ocr(workdir)
            rows.append(run_ingest(files, workdir / "home", cache, code))
            if rows[-1]["ocr_pages"]:  # again with the OCR page cache now warm
                warm_rows.append(run_ingest(files, workdir / "home-warm", cache, code))
    median = lambda key, rs=rows: statistics.median(r[key] for r in rs)  # noqa: E731
    wall, pages, ocr_pages = median("wall"), rows[0]["pages"], rows[0]["ocr_pages"]
    ocr_per_page = None
    if warm_rows:
        ocr_per_page = statistics.median(
            (cold["wall"] - warm["wall"]) / cold["ocr_pages"] for cold, warm in zip(rows, warm_rows))
    return {
        "group": group, "files": len(files), "pages": pages, "ocr_pages": ocr_pages,
        "seconds": round(wall, 2), "cpu_seconds": round(median("cpu"), 2),
        "pages_per_s": round(pages / wall, 2),
        "ocr_s_per_page": None if ocr_per_page is None else round(ocr_per_page, 2),
        "warm_ocr_seconds": round(median("wall", warm_rows), 2) if warm_rows else None,
        "peak_rss_mb": round(max(r["rss_mb"] for r in rows)),
        "load": [round(r["load"], 2) for r in rows + warm_rows],
        "runs": [{k: round(v, 2) for k, v in r.items()} for r in rows],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=DEFAULT_ROOTS)
    parser.add_argument("--runs", type=int, default=3, help="runs per group; the median is shown")
    parser.add_argument("--groups", nargs="+", choices=GROUPS, default=list(GROUPS))
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="the checkout whose arkiv runs (`python -m arkiv` from there)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)

    if shutil.which("tesseract") is None and not os.environ.get("ARKIV_TESSERACT"):
        print("note: tesseract is missing; OCR groups will fail", file=sys.stderr)
    prepare_model()
    groups = grouped_files(args.roots)
    results = [measure(group, groups[group], args.runs, args.code.resolve()) for group in args.groups if group in groups]
    if args.json:
        print(json.dumps({"runs": args.runs, "groups": results}, ensure_ascii=False, indent=2))
        return 0
    print(f"arkiv ingest ({args.code.resolve()}) per format, median of {args.runs} runs, "
          f"{os.cpu_count()} cores")
    print(f"{'group':<12} {'files':>5} {'pages':>5} {'s':>7} {'cpu s':>7} {'pages/s':>8} "
          f"{'ocr s/p':>8} {'rss MB':>7}  load")
    for r in results:
        ocr = "-" if r["ocr_s_per_page"] is None else f"{r['ocr_s_per_page']:.2f}"
        print(f"{r['group']:<12} {r['files']:>5} {r['pages']:>5} {r['seconds']:>7.2f} "
              f"{r['cpu_seconds']:>7.2f} {r['pages_per_s']:>8.2f} {ocr:>8} {r['peak_rss_mb']:>7}  "
              + " ".join(f"{x:.1f}" for x in r["load"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
