"""OCR benchmark: corpus/ PDF pages rendered to images (clean 300 dpi, and degraded: 200 dpi, 1.5°
skew, speckle) and read back with arkiv's OCR. Word accuracy against the page's own text layer
(1 - word edit distance / words; a word is a token with a letter or digit, so list dashes and dotted
signature leaders, which carry no text, are not counted as words) and seconds per page with all
cores busy.

    .venv/bin/python bench/ocr.py [--pages 6] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def word_accuracy(reference: list[str], recognised: list[str]) -> float:
    """1 - (Levenshtein distance over words) / reference length."""
    previous = list(range(len(recognised) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, word in enumerate(recognised, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != word)))
        previous = current
    return 1 - previous[-1] / max(1, len(reference))


def words(text: str) -> list[str]:
    return [token for token in text.split() if any(c.isalnum() for c in token)]


def degrade(image):
    from PIL import ImageFilter

    rng = random.Random(7)
    page = image.rotate(1.5, expand=True, fillcolor=255)
    pixels = page.load()
    for _ in range(page.width * page.height // 200):
        pixels[rng.randrange(page.width), rng.randrange(page.height)] = rng.choice((0, 255))
    return page.filter(ImageFilter.GaussianBlur(0.4))


def main() -> None:
    import os

    import pypdfium2 as pdfium

    from arkiv.ingest import ocr

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ["ARKIV_MODEL_CACHE"] = tempfile.mkdtemp()  # a cold OCR cache: every page is read

    pages = []  # (reference words, clean image, degraded image)
    for pdf_path in sorted((ROOT / "corpus").glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(pdf_path))
        for index in range(len(pdf)):
            if len(pages) < args.pages:
                page = pdf[index]
                reference = words(page.get_textpage().get_text_range())
                clean = page.render(scale=300 / 72).to_pil().convert("L")
                small = page.render(scale=200 / 72).to_pil().convert("L")
                pages.append((reference, clean, degrade(small)))
        pdf.close()

    result = {"pages": len(pages)}
    for label, position, dpi in (("clean_300dpi", 1, 300), ("degraded_200dpi", 2, 200)):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "scan.pdf"
            images = [p[position] for p in pages]
            images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)
            pdf = pdfium.PdfDocument(str(path))
            started = time.perf_counter()
            read = ocr.recognise(pdf, list(range(len(pages))), f"bench-{label}-{time.time()}")
            seconds = time.perf_counter() - started
            pdf.close()
        texts = ocr.tidy_pages([read[i].text for i in range(len(pages))])
        accuracy = [word_accuracy(p[0], words(t)) for p, t in zip(pages, texts)]
        result[label] = {
            "word_accuracy": round(sum(accuracy) / len(accuracy), 4),
            "worst_page": round(min(accuracy), 4),
            "seconds_per_page": round(seconds / len(pages), 2),
            "mean_confidence": round(sum(r.confidence for r in read.values()) / len(read), 1),
        }
    print(json.dumps(result, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
