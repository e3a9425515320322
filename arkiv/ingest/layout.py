"""Layout of a PDF text layer: table rows and page columns that pdfium's text runs together.

pdfium writes a row of a table ("Anna Berg", "S", "ordförande") or of a signature block laid out
in columns ("Carl Andersson", "Karin Holm" above "Ordförande", "Justerare") as words joined by
single spaces, and a two-column page as lines that alternate between the columns. The
characters' boxes tell them apart: a gap between two words much wider than a space splits a line
into cells. Lines in a run of at least two whose cells start at the same places are rows of a
table, written with tabs between the cells (the convention the other readers use for table
cells); every other line is left as pdfium wrote it. A run of lines split at one gutter with
prose on both sides is two columns, read left column first.

Hand-written on pdfium's character boxes rather than with pdfplumber: pdfium has already read the
page, and pdfplumber (pdfminer) would read every page again to find what the gaps show on the few
pages that have them (corpus/ PDFs: 128 ms per page for pdfplumber's tables and text, 5 ms for
this pass).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

# A gap wider than this many times the line's character height separates cells (a word space is
# about a quarter of the height; justified text stretches it to about one).
CELL_GAP = 1.6
ALIGNED = 6.0  # points: cells of one column start within this of each other
MIN_COLUMN_LINES = 6  # a two-column run has at least this many lines split at its gutter
MIN_COLUMN_WORDS = 4  # mean words per line in each column: prose, not a table of names and roles
MIN_COLUMN_WIDTH = 0.3  # each column's text spans at least this share of the page's text width


@dataclass
class _Cell:
    text: str
    left: float
    right: float


@dataclass
class _Line:
    text: str  # as pdfium wrote it
    cells: list[_Cell]


def laid_out_text(textpage) -> str | None:
    """The page's text with table rows split into cells and two columns one after the other, or
    None when nothing changes or the text cannot be mapped to its characters (the caller then
    keeps pdfium's text)."""
    count = textpage.count_chars()
    if count <= 0:
        return None
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP shift the indices
        return None
    lines = _lines(textpage, text)
    if not any(len(line.cells) > 1 for line in lines):
        return None
    return "\n".join(_by_columns(lines, _table_rows(lines)))


def _lines(textpage, text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for raw in text.replace("\r\n", "\n\0").replace("\r", "\n").split("\n"):
        lines.append(_Line(raw.lstrip("\0"), _cells(textpage, start + (raw[:1] == "\0"), raw.lstrip("\0"))))
        start += len(raw) + 1
    return lines


def _cells(textpage, start: int, line: str) -> list[_Cell]:
    """The line split at gaps wider than CELL_GAP character heights. Only the first and last
    character of each word are measured: a gap is always between words."""
    cells: list[_Cell] = []
    heights: list[float] = []
    for word in _WORD.finditer(line):
        left, bottom, _, top = textpage.get_charbox(start + word.start())
        right = textpage.get_charbox(start + word.end() - 1)[2]
        heights.append(top - bottom)
        if cells and left - cells[-1].right <= CELL_GAP * max(statistics.median(heights), 1.0):
            cells[-1].text += " " + word.group()
            cells[-1].right = max(cells[-1].right, right)
        elif len(cells) == 1 and _MARKER.match(cells[0].text):
            # a bullet or list number set apart from its text ("•", "e", "a)", "3.") is no cell
            cells[0] = _Cell(f"{cells[0].text} {word.group()}", cells[0].left, right)
        else:
            cells.append(_Cell(word.group(), left, right))
    return cells


_WORD = re.compile(r"\S+")
_MARKER = re.compile(r"^(?:\S|[^\w\s]{1,2}|\d{1,2}[.)]|[a-zA-Z][.)])$")


def _aligned(a: _Line, b: _Line) -> bool:
    """Two rows of one table: each cell of the row with fewer cells (an empty cell leaves a
    wider gap) starts where a cell of the other starts."""
    fewer, more = sorted((a.cells, b.cells), key=len)
    return len(fewer) >= 2 and all(any(abs(x.left - y.left) <= ALIGNED for y in more) for x in fewer)


def _table_rows(lines: list[_Line]) -> set[int]:
    """Indexes of lines in runs of two or more rows whose cells start at the same places."""
    rows: set[int] = set()
    for i in range(len(lines) - 1):
        if _aligned(lines[i], lines[i + 1]):
            rows.update((i, i + 1))
    return rows


def _by_columns(lines: list[_Line], rows: set[int]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _column_run_end(lines, i)
        if end is None:
            line = lines[i]
            out.append("\t".join(c.text for c in line.cells) if i in rows else line.text)
            i += 1
            continue
        run = lines[i:end]
        gutter = run[0].cells[1].left
        out += [c.text for line in run for c in line.cells if c.left < gutter - ALIGNED]
        out += [c.text for line in run for c in line.cells if c.left >= gutter - ALIGNED]
        i = end
    return out


def _column_run_end(lines: list[_Line], start: int) -> int | None:
    """The end of a two-column run starting at `start`, or None when none starts there. A line
    with text in one column only belongs to the run."""
    first = lines[start].cells
    if len(first) != 2:
        return None
    margin, gutter = first[0].left, first[1].left
    end, split, last_split = start, 0, start
    while end < len(lines):
        cells = lines[end].cells
        if len(cells) == 2 and abs(cells[0].left - margin) <= ALIGNED and abs(cells[1].left - gutter) <= ALIGNED:
            split, last_split = split + 1, end
        elif not (len(cells) == 1 and min(abs(cells[0].left - margin), abs(cells[0].left - gutter)) <= ALIGNED):
            break
        end += 1
    end = last_split + 1  # a line in one column after the run is text under both columns
    if split < MIN_COLUMN_LINES:
        return None
    run = [line.cells for line in lines[start:end]]
    right_edge = max(c.right for cells in run for c in cells)
    for side in (lambda c: c.left < gutter - ALIGNED, lambda c: c.left >= gutter - ALIGNED):
        column = [c for cells in run for c in cells if side(c)]
        if statistics.mean(len(c.text.split()) for c in column) < MIN_COLUMN_WORDS:
            return None
        if max(c.right - c.left for c in column) < MIN_COLUMN_WIDTH * (right_edge - margin):
            return None
    return end


# ---------------------------------------------------------------- item marks in the margin

# "16 §" (a Finland-Swedish protocol's number before the sign) or "§ 16" set in the left margin on
# the baseline of the item's title, which the PDF writes after the page's text: pdfium puts it on a
# line of its own under the text, or glued to the end of the last line ("… Mikael Fröj-19 §")
_MARGIN_MARK = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\ufffe\u00ad-]))(\d{1,3}\s?§|§\s?\d{1,3})\s*$")
SAME_BASELINE = 0.4  # of the mark's height


def margin_marks(textpage, text: str) -> str:
    """The page's text with each item mark set in the left margin beside a title line put before that
    line ("16 § Sammanträdets laglighet"), where pdfium wrote it elsewhere. `text` is the page's text
    as laid out so far; lines are found again by their text."""
    count = textpage.count_chars()
    raw = textpage.get_text_range(0, count) if count > 0 else ""
    if len(raw) != count or "§" not in raw:
        return text
    lines: list[tuple[int, str]] = []
    start = 0
    for line in raw.replace("\r\n", "\n\0").replace("\r", "\n").split("\n"):
        offset = start + (line[:1] == "\0")
        lines.append((offset, line.lstrip("\0")))
        start += len(line) + 1
    firsts = []  # each line's first character: its box
    for offset, line in lines:
        stripped = len(line) - len(line.lstrip())
        firsts.append(textpage.get_charbox(offset + stripped) if line.strip() else None)
    moves: list[tuple[str, str, str]] = []  # (line as written, line without the mark, target line)
    for k, (offset, line) in enumerate(lines):
        match = _MARGIN_MARK.search(line)
        if not match:
            continue
        _, bottom, _, top = textpage.get_charbox(offset + match.start(1))
        mark_right = textpage.get_charbox(offset + match.end(1) - 1)[2]
        height = max(top - bottom, 1.0)
        before = line[: match.start(1)].rstrip()
        if before:
            b_bottom = textpage.get_charbox(offset + len(before) - 1)[1]
            if abs(b_bottom - bottom) <= SAME_BASELINE * height:
                continue  # "Nämnden 20.2.2023, 13 §": a mark cited at the end of its own line
        target = next((j for j, box in enumerate(firsts) if j != k and box is not None
                       and abs(box[1] - bottom) <= SAME_BASELINE * height and box[0] > mark_right
                       and not _MARGIN_MARK.fullmatch(lines[j][1].strip())), None)
        if target is None:
            continue
        moves.append((line.strip(), before, lines[target][1].strip()))
    if not moves:
        return text
    out: list[str | None] = list(text.split("\n"))
    for written, without, target in moves:
        mark = written[len(without):].strip() if without else written
        # (a line an earlier move emptied is None)
        at = next((i for i, line in enumerate(out) if line is not None and line.strip() == written), None)
        to = next((i for i, line in enumerate(out) if line is not None and line.strip() == target), None)
        if at is None or to is None:
            continue
        out[to] = f"{' '.join(mark.split())} {out[to].strip()}"
        out[at] = without or None
    return "\n".join(line for line in out if line is not None)


# ---------------------------------------------------------------- headings set in type

HEADING_SIZE = 1.15  # a heading's characters are at least this much larger than the body's
MAX_HEADING_WORDS = 10
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.IGNORECASE)
# a face named for a lighter weight is not bold whatever weight its font reports (a text face
# "CrimsonText-Regular" reports 610)
_LIGHT_NAME = re.compile(rb"regular|light|book|roman|thin|medium", re.IGNORECASE)
_FORCE_BOLD = 0x40000  # PDF font descriptor flag


@dataclass(frozen=True)
class LineStyle:
    text: str  # the line as pdfium wrote it, stripped
    size: float  # the font size of its characters (median of a few)
    bold: bool  # every measured character in a bold face
    chars: int


def line_styles(textpage) -> list[LineStyle]:
    """Font size and weight of each line of the page's text: the evidence of a heading set only in a
    larger or bold type ("Hus 2", "Styrelsen informerar" in a BRF's notes). A few characters of
    each line are measured (first, middle, last letter), which is enough for a line of one style."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        return []
    styles: list[LineStyle] = []
    start = 0
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    matrix = pdfium_c.FS_MATRIX()
    for raw in text.replace("\r\n", "\n\0").replace("\r", "\n").split("\n"):
        offset = start + (raw[:1] == "\0")
        line = raw.lstrip("\0")
        start += len(raw) + 1
        letters = [offset + i for i, ch in enumerate(line) if ch.isalnum()]
        if not letters:
            continue
        sample = sorted({letters[0], letters[len(letters) // 2], letters[-1]})
        sizes, bold = [], True
        if any(_invisible(textpage, index) for index in sample):
            continue  # an OCR layer under a scan: its sizes are guessed from the letters' boxes
        for index in sample:
            # the size in the font times the text matrix's vertical scale: some writers set every
            # character at size 1 and scale it with the matrix
            pdfium_c.FPDFText_GetMatrix(textpage.raw, index, matrix)
            scale = (matrix.c ** 2 + matrix.d ** 2) ** 0.5 or 1.0
            sizes.append(pdfium_c.FPDFText_GetFontSize(textpage.raw, index) * scale)
            pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
            weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
            bold = bold and _bold_face(buffer.value, weight, flags.value)
        styles.append(LineStyle(line.strip(), statistics.median(sizes), bold, len(letters)))
    return styles


def _bold_face(name: bytes, weight: int, flags: int) -> bool:
    """A bold face by its name, else (a name without a weight) by its weight or flag."""
    if _BOLD_NAME.search(name):
        return True
    if _LIGHT_NAME.search(name):
        return False
    return weight >= 600 or bool(flags & _FORCE_BOLD)


_INVISIBLE = 3  # text render mode of the searchable text a scanner's OCR lays under the image


def _invisible(textpage, index: int) -> bool:
    import pypdfium2.raw as pdfium_c

    text_object = pdfium_c.FPDFText_GetTextObject(textpage.raw, index)
    return bool(text_object) and pdfium_c.FPDFTextObj_GetTextRenderMode(text_object) == _INVISIBLE


def heading_levels(pages: list[list[LineStyle]]) -> dict[str, int]:
    """Lines of a document set clearly larger than its body, or in bold when the body is not, with
    their level (1 for the largest type): {line text: level}. A heading is short and no sentence."""
    weights: dict[float, int] = {}
    bold_chars = total = 0
    for style in (s for page in pages for s in page):
        weights[round(style.size, 1)] = weights.get(round(style.size, 1), 0) + style.chars
        bold_chars += style.chars if style.bold else 0
        total += style.chars
    if not total:
        return {}
    body = max(weights, key=weights.get)
    body_bold = bold_chars * 2 > total
    found: dict[str, float] = {}
    for style in (s for page in pages for s in page):
        larger = style.size >= body * HEADING_SIZE
        if not (larger or (style.bold and not body_bold and style.size >= body * 0.95)):
            continue
        words = style.text.split()
        if not 1 <= len(words) <= MAX_HEADING_WORDS or style.text.endswith((".", ",", ";")):
            continue
        # a bold heading at body size ranks below every larger one
        found[style.text] = style.size if larger else body + 0.01
    ranks = sorted(set(found.values()), reverse=True)
    return {text: ranks.index(size) + 1 for text, size in found.items()}
