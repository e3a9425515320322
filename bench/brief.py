"""`arkiv brief` latency: the corpus kallelse and a generated 20-item kallelse, on the corpus archive
and on an archive of about 10k § sections. Target: at most 3 s each.

The corpus archive is `arkiv ingest corpus/`; the large one is the corpus, seeds and evalcorpus
copied under shifted dates as bench/latency.py builds its archives (its helpers, real e5 vectors
plus noise), then its cases derived as an ingest would. "library" is `Archive.brief` in a warm
process (the model loaded, one call before the timed ones), "command" the whole `arkiv brief`
process (best of three). The machine is shared: beside wall time the bench prints the CPU time the
command used (what wall time is on an idle core) and, for scale, a cold `arkiv search` measured the
same way, with the load average.

    .venv/bin/python bench/brief.py [--sections 10000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import latency  # noqa: E402  (bench/latency.py: base documents, vectors, the scaled archive)

ROOT = latency.ROOT
CORPUS_KALLELSE = ROOT / "corpus" / "2024-12-12_kallelse.pdf"
TARGET_S = 3.0
# The checkout this bench is in, before an installed arkiv, for the `arkiv` processes too.
ENV = os.environ | {"PYTHONPATH": str(ROOT)}

# Twenty agenda items as a secretary writes them: standing items, Dnr cases the archive holds (in
# several spellings), titles without Dnr that recur in it, new Dnr and new matters.
GENERATED_ITEMS = [
    "Mötets öppnande och val av justerare",
    "Godkännande av dagordning",
    "Föregående protokoll",
    "Verksamhetsplan och budget 2026, Dnr NSF 2024/3",
    "Äskande från Samverkansteam Granåsen, Dnr NSF 2024/007",
    "Förbundets kontorslokal – uppföljning, Dnr NSF.2024.9",
    "Äskanden för 2026 från samverkansteamen, Dnr NSF 2024/15",
    "ESF-projektet Steg mot arbete – slutrapport, Dnr NSF 2024/5",
    "Internkontrollplan 2025, Dnr NSF 2024/17",
    "Dataskydd och registerförteckning, Dnr NSF 2024/10",
    "Gemensam uppföljning av teamens resultat",
    "Ekonomisk rapport januari–februari",
    "Tertialrapport från samverkansteamen",
    "Arvoden och ersättningar till förtroendevalda",
    "Attestordning",
    "Medlemssamråd 2025",
    "Upphandling av redovisningstjänster, Dnr NSF 2025/1",
    "Policy för sociala medier, Dnr NSF 2025/2",
    "Förbundschefens rapport",
    "Övriga frågor",
]


def generated_kallelse(folder: Path) -> Path:
    lines = ["Kallelse", "Styrelsen för Norrälvens Samordningsförbund", "",
             "Tid\tTorsdag 30 januari 2025 klockan 09:00–12:00", "Plats\tArbetsmarknadshuset, Älvby", "",
             "FÖREDRAGNINGSLISTA", ""]
    lines += [f"{number}.\t{title}" for number, title in enumerate(GENERATED_ITEMS, start=1)]
    path = folder / "kallelse-2025-01-30.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def corpus_archive(home: Path) -> Path:
    if not (home / "catalogue.sqlite").exists():
        subprocess.run([latency.ARKIV, "ingest", str(ROOT / "corpus"), "--home", str(home)], check=True,
                       stdout=subprocess.DEVNULL, env=ENV | {"HF_HUB_OFFLINE": "1"})
    return home


def large_archive(home: Path, sections: int) -> Path:
    """About `sections` § sections: latency's scaled archive, sized by the real documents' chunks
    per section, with its cases derived (the scaling stores documents without an ingest)."""
    if (home / "catalogue.sqlite").exists():
        return home
    from arkiv import Archive
    from arkiv.models.embedders import load_embedder
    from arkiv.search.chunks import chunks_of

    docs = latency.base_documents()
    embedder = load_embedder(None)
    vectors, _ = latency.base_vectors(docs, embedder, home.parent)
    per_section = sum(len(chunks_of(d)) for d in docs) / sum(len(d.sections) for d in docs)
    started = time.perf_counter()
    latency.build(home, int(sections * per_section), docs, vectors, embedder)
    with Archive(home, model=None) as archive, archive._writing() as catalogue:
        catalogue.rebuild_cases()
    print(f"built {home} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return home


def section_count(home: Path) -> int:
    from arkiv import Archive

    with Archive(home) as archive:
        return archive.catalogue.counts()["sections"]


def command_seconds(args: list[str], runs: int = 3) -> tuple[float, float]:
    """Best wall time of `runs` processes, and the CPU time (user + system) of that run."""
    best = (float("inf"), 0.0)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(args, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (wall, cpu))
    return best


def library_seconds(home: Path, kallelse: Path, runs: int = 3) -> tuple[float, int]:
    """Best of `runs` warm `Archive.brief` calls, and how many history entries it found."""
    from arkiv import Archive

    with Archive(home) as archive:
        result = archive.brief(kallelse)  # warm: the model, the search thread, SQLite pages
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            result = archive.brief(kallelse)
            best = min(best, time.perf_counter() - started)
    return best, sum(len(item.history) for item in result.items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=10000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "arkiv-bench-brief")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.pop("ARKIV_MODEL", None)
    args.workdir.mkdir(parents=True, exist_ok=True)

    kallelser = {"corpus kallelse (10 items)": CORPUS_KALLELSE,
                 "generated kallelse (20 items)": generated_kallelse(args.workdir)}
    archives = {"corpus/": corpus_archive(latency.archive_dir(args.workdir, "korpus")),
                f"~{args.sections // 1000}k §": large_archive(latency.archive_dir(args.workdir, str(args.sections)),
                                                             args.sections)}
    rows = []
    for archive_name, home in archives.items():
        sections = section_count(home)
        for kallelse_name, kallelse in kallelser.items():
            library_s, entries = library_seconds(home, kallelse)
            command_s, command_cpu_s = command_seconds(
                [latency.ARKIV, "brief", str(kallelse), "--home", str(home)])
            rows.append({"archive": archive_name, "sections": sections, "kallelse": kallelse_name,
                         "history_entries": entries, "library_s": library_s, "command_s": command_s,
                         "command_cpu_s": command_cpu_s})
    search_s, search_cpu_s = command_seconds(
        [latency.ARKIV, "search", "eget kapital", "--home", str(archives["corpus/"])])
    result = {"rows": rows, "cold_search_s": search_s, "cold_search_cpu_s": search_cpu_s,
              "load_average": os.getloadavg()[0], "cores": os.cpu_count(), "target_s": TARGET_S}
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    print(f"{'archive':<10}{'§':>7}  {'kallelse':<32}{'history':>9}{'library s':>11}{'command s':>11}"
          f"{'cpu s':>8}")
    for r in rows:
        over = "  over target" if max(r["library_s"], r["command_s"]) > TARGET_S else ""
        print(f"{r['archive']:<10}{r['sections']:>7}  {r['kallelse']:<32}{r['history_entries']:>9}"
              f"{r['library_s']:>11.2f}{r['command_s']:>11.2f}{r['command_cpu_s']:>8.2f}{over}")
    print(f"cold `arkiv search` for scale: {search_s:.2f} s ({search_cpu_s:.2f} s cpu); load average "
          f"{result['load_average']:.1f} on {result['cores']} cores; target: at most {TARGET_S:.0f} s")


if __name__ == "__main__":
    main()
