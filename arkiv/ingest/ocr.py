"""OCR of PDF pages that have no usable text layer, with Tesseract's Swedish model.

Pages are rendered with pypdfium2 at 300 dpi (in the calling thread: pdfium is not thread-safe)
and recognised by the `tesseract` program, one process per page with one thread each
(OMP_THREAD_LIMIT=1: Tesseract's own threads fight each other and run several times slower), as
many at once as there are cores. A page scanned askew is straightened first; a page whose recognition is
poor is checked for orientation with Tesseract's OSD model and turned only on a confident answer,
since a wrong turn ruins a page.
Results are cached by file hash, page and engine version, so a page is never recognised twice.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from pathlib import Path

from arkiv.cache import cache_dir

ENGINE_ENV = "ARKIV_TESSERACT"  # another tesseract program than the one on PATH
DPI = 300
LANGUAGE = "swe"
# Tesseract's "single column of text of variable sizes": a label and its value in a protocol's
# header table stay on one line, as in a text layer. bench/ocr.py on corpus pages, word accuracy:
# 0.94 against 0.88 for the default automatic layout, which reads the label column first.
PAGE_LAYOUT = "4"
POOR_CONFIDENCE = 60  # mean word confidence below which the page's orientation is checked
LOW_CONFIDENCE = 70  # pages below this are flagged for a person to double-check
UNREADABLE = 40  # pages below this (a photo, a map) give no text at all
ROTATION_CONFIDENCE = 5.0  # Tesseract's OSD orientation confidence needed to turn a page
TEXT_FORMAT = 4  # bump when the text made from Tesseract's output changes: cached pages are redone
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe"

engine_calls = 0  # tesseract runs in this process (tests check the cache with it)


class OcrUnavailable(Exception):
    """str() is the one line telling the user how to install the engine."""


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence, 0–100
    rotated: int = 0  # degrees the page was turned before recognition


# Who wants to hear of each recognised page: `page_progress.get()(done, total)`. A context variable,
# so that the readers between Archive.ingest and here need not pass a callback along.
page_progress: ContextVar[Callable[[int, int], None] | None] = ContextVar("page_progress", default=None)


def recognise(pdf, indexes: list[int], file_sha256: str) -> dict[int, OcrPage]:
    """OCR the pages `indexes` (0-based) of an open pypdfium2 document, telling `page_progress`."""
    version = engine_version()
    results: dict[int, OcrPage] = {}
    todo = []
    for index in indexes:
        cached = _cache_file(file_sha256, index, version)
        if cached.exists():
            results[index] = OcrPage(**json.loads(cached.read_text(encoding="utf-8")))
        else:
            todo.append(index)
    if not todo:
        return results
    report = page_progress.get() or (lambda done, total: None)
    report(0, len(todo))
    with tempfile.TemporaryDirectory(prefix="arkiv-ocr-") as tmp:
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            # pages are rendered here, one by one (pdfium is not thread-safe), while the workers
            # read the pages rendered before
            pending = {pool.submit(_recognise_image, _render(pdf, index, Path(tmp))): index for index in todo}
            for done, future in enumerate(as_completed(pending), start=1):
                index = pending[future]
                results[index] = future.result()
                _store(_cache_file(file_sha256, index, version), results[index])
                report(done, len(todo))
    return results


@functools.cache
def engine_version() -> str:
    """Tesseract's version and its Swedish model's identity; raises OcrUnavailable without them."""
    program = _program()
    try:
        version = subprocess.run([program, "--version"], capture_output=True, text=True,
                                 timeout=30).stdout.splitlines()[0]
        languages = subprocess.run([program, "--list-langs"], capture_output=True, text=True,
                                   timeout=30).stdout.split()
    except (OSError, IndexError, subprocess.SubprocessError):
        raise OcrUnavailable(
            f"sidor utan textlager kräver OCR-programmet Tesseract med svensk modell; kör '{INSTALL_HINT}'"
        ) from None
    if LANGUAGE not in languages:
        raise OcrUnavailable(
            f"Tesseract saknar den svenska modellen; kör '{INSTALL_HINT}'"
        )
    return f"{version}+{LANGUAGE}"


def _program() -> str:
    return os.environ.get(ENGINE_ENV) or shutil.which("tesseract") or "tesseract"


def _cache_file(file_sha256: str, index: int, version: str) -> Path:
    engine = hashlib.sha1(f"{version}:{TEXT_FORMAT}".encode()).hexdigest()[:10]
    return cache_dir() / "ocr" / file_sha256[:2] / f"{file_sha256}-{index + 1}-{engine}.json"


def _store(path: Path, page: OcrPage) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(asdict(page), ensure_ascii=False), encoding="utf-8")
    partial.replace(path)


SPECKLE = 0.027  # share of dark pixels a 3×3 median removes: 0.016–0.020 on clean pages, 0.034–0.043 speckled


def _despeckled(image: Path) -> Path:
    """The page without the specks of a dirty scan, which Tesseract reads as letters (bench/ocr:
    0.89 → 0.96 word accuracy on speckled 200 dpi pages); a clean page is left as it is, since the
    median also rounds letters (0.981 → 0.980)."""
    import numpy as np
    from PIL import Image, ImageFilter

    with Image.open(image) as page:
        filtered = page.filter(ImageFilter.MedianFilter(3))
        dark, kept = np.asarray(page) < 128, np.asarray(filtered) < 128
        if (dark & ~kept).sum() / max(1, dark.sum()) <= SPECKLE:
            return image
    clean = image.with_name(f"ren-{image.name}")
    _save(filtered, clean)
    return clean


def _save(image, path: Path) -> None:
    """A page image for Tesseract: a temporary file read once, so fast PNG compression (the default
    level took ~0.3 s a page)."""
    image.save(path, dpi=(DPI, DPI), compress_level=1)


def _render(pdf, index: int, folder: Path) -> Path:
    page = pdf[index]
    try:
        image = page.render(scale=DPI / 72).to_pil().convert("L")
    finally:
        page.close()
    path = folder / f"sida-{index + 1}.png"
    _save(image, path)
    return path


def _recognise_image(image: Path) -> OcrPage:
    image = _deskewed(_despeckled(image))
    page = _tesseract_words(image)
    if page.confidence >= POOR_CONFIDENCE:
        return page
    turn = _orientation(image)
    if not turn:
        return page
    from PIL import Image

    turned = image.with_name(f"vriden-{image.name}")
    with Image.open(image) as original:
        _save(original.rotate(-turn, expand=True), turned)
    second = _tesseract_words(turned)
    return OcrPage(second.text, second.confidence, turn) if second.confidence > page.confidence else page


MAX_SKEW = 3.0  # degrees a scan may sit askew on the glass
SKEW_STEP = 0.25
MIN_SKEW = 0.3  # below this, turning the page costs more sharpness than it gains


def _deskewed(image: Path) -> Path:
    """The page turned straight when it was scanned askew: the angle at which the rows of ink
    line up best (the largest variance of ink per row), found on a small copy. Tesseract's
    single-column layout reads a skewed page badly (bench/ocr.py: 0.67 → 0.85 word accuracy at
    1.5°)."""
    import numpy as np
    from PIL import Image

    with Image.open(image) as page:
        scale = 800 / max(page.size)
        small = page.convert("L").resize((int(page.width * scale), int(page.height * scale)))
        ink = small.point(lambda v: 255 if v < 128 else 0)
        angles = np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP)
        spread = [np.var(np.asarray(ink.rotate(float(a)), dtype=np.float32).sum(axis=1)) for a in angles]
        angle = float(angles[int(np.argmax(spread))])
        if abs(angle) < MIN_SKEW:
            return image
        straight = image.with_name(f"rak-{image.name}")
        _save(page.rotate(angle, expand=True, fillcolor=255), straight)
    return straight


def _run(args: list[str]) -> str:
    global engine_calls
    engine_calls += 1
    env = os.environ | {"OMP_THREAD_LIMIT": "1"}
    done = subprocess.run([_program(), *args], capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        raise OcrUnavailable(f"Tesseract misslyckades: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout


def _tesseract_words(image: Path) -> OcrPage:
    """Text in reading order (blocks and paragraphs as blank-line separated lines) from TSV."""
    tsv = _run([str(image), "stdout", "-l", LANGUAGE, "--psm", PAGE_LAYOUT, "tsv"])
    rows = [line.split("\t") for line in tsv.splitlines()[1:]]
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences = []
    for row in rows:
        if len(row) < 12 or row[0] != "5" or not row[11].strip():
            continue
        block, paragraph, line = int(row[2]), int(row[3]), int(row[4])
        lines.setdefault((block, paragraph, line), []).append(row[11])
        confidences.append(float(row[10]))
    text, previous = [], None
    for (block, paragraph, _), words in lines.items():
        if previous is not None and previous != (block, paragraph):
            text.append("")
        text.append(" ".join(_without_speckle(words)))
        previous = (block, paragraph)
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage("\n".join(text), round(confidence, 1))


_SPECKLE = re.compile(r"[|.,:;·«»'\"~_\-–—]+")


def _without_speckle(words: list[str]) -> list[str]:
    """A line without the stray marks that dust and scan edges leave at its ends ("beslut .", "|")."""
    start, end = 0, len(words)
    while start < end and _SPECKLE.fullmatch(words[start]):
        start += 1
    while end > start and _SPECKLE.fullmatch(words[end - 1]):
        end -= 1
    return words[start:end]


def _orientation(image: Path) -> int:
    """Degrees to turn the page clockwise, when Tesseract's OSD is confident; else 0."""
    try:
        report = _run([str(image), "stdout", "-l", "osd", "--psm", "0"])
    except OcrUnavailable:
        return 0
    rotate = re.search(r"Rotate:\s*(\d+)", report)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", report)
    if rotate and confidence and float(confidence.group(1)) >= ROTATION_CONFIDENCE:
        return int(rotate.group(1)) % 360
    return 0


# Tesseract's Swedish model often reads "§" as 8, &, S, $ or 5 and digits as l, I or O: "8 12 Budget",
# "812 Budget", "& 17 Medlemssamråd", "§ l2 Budget". Such a line is taken for a § heading only
# where the document's own sequence backs it: another candidate carries the next or previous
# number, so a lone "812 Besökare" stays as it is.
_SECTION_MISREAD = re.compile(
    r"^(?:[§8&S$]\s?|5\s)((?=[lIO]?\d)[0-9lIO]{1,3})(\s+[A-ZÅÄÖ])", re.MULTILINE)


def tidy_pages(pages: list[str]) -> list[str]:
    """OCR'd pages as arkiv reads them: the noise of dotted signature lines gone, misread § restored."""
    return repair_section_signs([_LEADER_NOISE.sub(_kept_unless_leader, page) for page in pages])


# A dotted line to sign on ("Sekreterare ........") comes back as one long run of a few letters
# ("mossssssssrrsrrrrerrrrnn"); a Swedish word of that length uses many more different letters.
_LEADER_NOISE = re.compile(r"[^\s]{12,}")


def _kept_unless_leader(match: re.Match) -> str:
    token = match.group(0)
    return "" if len(set(token.lower())) / len(token) < 0.3 else token


def repair_section_signs(pages: list[str]) -> list[str]:
    """OCR'd pages with misread § headings restored, judged over the pages together."""
    numbers = {
        int(m.group(1).translate(_DIGITS))
        for page in pages for m in _SECTION_MISREAD.finditer(page)
    }

    def repaired(match: re.Match) -> str:
        number = int(match.group(1).translate(_DIGITS))
        if number - 1 in numbers or number + 1 in numbers:
            return f"§ {number}{match.group(2)}"
        return match.group(0)

    return [_RANGE_MISREAD.sub(_repaired_range, _SECTION_MISREAD.sub(repaired, page)) for page in pages]


# "§ 1-6" after a name in an attendance list, "Paragrafer § 1-9": Tesseract reads a lone § as 8 or
# & (or $); a rising range of paragraph numbers right after it shows what it was.
_RANGE_MISREAD = re.compile(r"(?<![\w.,])[8&$]\s?(\d{1,3})\s?([-–])\s?(\d{1,3})(?![\d\w.,-])")


def _repaired_range(match: re.Match) -> str:
    first, last = int(match.group(1)), int(match.group(3))
    return f"§ {first}{match.group(2)}{last}" if 0 < first < last else match.group(0)


_DIGITS = str.maketrans("lIO", "110")
