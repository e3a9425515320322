"""Reading stage of ingest: a file on disk becomes raw page texts.

Office and web formats (.docx, .odt, .html/.htm, .rtf; ingest.office), Markdown (ingest.markdown,
markdown-it-py) and reST (ingest.rst, docutils) return typed blocks (ingest.blocks), which
`blocks_to_pages` writes as page texts for the later stages. PDFs are read page by page from their
text layer with pypdfium2. Plain text is one page as written. LaTeX, Org and Typst are stripped
here by hand into the same convention (headings as "# Titel" lines between blank lines, list items
as "- " lines): no Python library parses them, and pandoc (pypandoc-binary), which reads all
three, has not yet been measured against these rules. Cleaning (hyphenation, page furniture,
diacritics) is ingest.clean's job.

Every failure is a ReadError whose message is a one-line Swedish reason shown to the user.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from arkiv.ingest.blocks import Block, blocks_to_pages
from arkiv.ingest.layout import LineStyle, heading_levels, laid_out_text, line_styles, margin_marks


class PageOrigin:
    """Where a PDF page's text came from."""

    TEXT_LAYER = "textlager"
    OCR = "ocr"  # no text layer: recognised from the page image
    OCR_REPLACED_LAYER = "ocr-ersatte-textlager"  # the text layer was garbage


class OcrMode:
    AUTO = "auto"  # OCR the pages without a usable text layer
    ALWAYS = "always"
    NEVER = "never"

    ALL = (AUTO, ALWAYS, NEVER)


@dataclass(frozen=True)
class PageSource:
    origin: str  # a PageOrigin
    confidence: float | None = None  # OCR's mean word confidence (0–100)


@dataclass(frozen=True)
class SourceText:
    pages: list[str]  # one string per page (text/markup files: one page)
    reader: str  # "pdf", "text", "markdown", "latex", "org", "typst", "rst"
    encoding: str | None  # for text files: "utf-8", "utf-8-sig", "utf-16", "cp1252"
    page_sources: tuple[PageSource, ...] = ()  # PDFs: one per page
    blocks: tuple[Block, ...] = ()  # readers that hand over structure (ingest.office)


class ReadError(Exception):
    """A file arkiv cannot read; str(exc) is a one-line Swedish reason."""


# Formats read into blocks: suffix -> (reader name, module in arkiv.ingest, function). The office
# formats take the file's bytes; Markdown takes the decoded text.
_BLOCK_READERS = {
    ".docx": ("docx", "office", "read_docx"),
    ".odt": ("odt", "office", "read_odt"),
    ".html": ("html", "office", "read_html"),
    ".htm": ("html", "office", "read_html"),
    ".rtf": ("rtf", "office", "read_rtf"),
    ".md": ("markdown", "markdown", "read_markdown"),
    ".markdown": ("markdown", "markdown", "read_markdown"),
    ".rst": ("rst", "rst", "read_rst"),
}
_TEXT_BLOCK_READERS = frozenset({".md", ".markdown", ".rst"})

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".pdf", ".txt", ".md", ".markdown", ".tex", ".org", ".typ", ".rst", *_BLOCK_READERS}
)

PDF_MAGIC = b"%PDF-"


def read_document(path: Path, ocr: str = OcrMode.AUTO) -> SourceText:
    """Read a supported file into page texts, or raise ReadError with a Swedish reason.

    `ocr` (an OcrMode) decides which PDF pages are recognised from their image."""
    path = Path(path)
    data = _read_bytes(path)
    if not data:
        raise ReadError("filen är tom (0 byte)")
    suffix = path.suffix.lower()
    if _looks_like_pdf(data, suffix):
        return _read_pdf(data, ocr)
    if suffix == ".pdf":
        raise ReadError("filen heter .pdf men är ingen PDF (saknar %PDF-huvud)")
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"filtypen {suffix or '(utan ändelse)'} stöds inte")
    if suffix in _BLOCK_READERS:
        return _read_blocks(data, suffix)
    text, encoding = decode_text(data)
    reader, to_plain = _MARKUP_READERS[suffix]
    # a text export of a PDF (pdftotext) marks each page with a form feed: keep its pages, so that
    # hits show their page and repeated page headers and footers are recognised as such
    pages = [_tidy(to_plain(page)) for page in (text.split("\f") if suffix == ".txt" else [text])]
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    if not any(page.strip() for page in pages):
        raise ReadError("filen är tom")
    return SourceText(pages=pages, reader=reader, encoding=encoding)


def _read_blocks(data: bytes, suffix: str) -> SourceText:
    import importlib

    reader, module, function = _BLOCK_READERS[suffix]
    read = getattr(importlib.import_module(f"arkiv.ingest.{module}"), function)
    encoding = None
    if suffix in _TEXT_BLOCK_READERS:
        text, encoding = decode_text(data)
        blocks = read(text)
    else:
        blocks = read(data)
    pages = blocks_to_pages(blocks)
    if not any(page.strip() for page in pages):
        raise ReadError("filen är tom (ingen text)")
    return SourceText(pages=pages, reader=reader, encoding=encoding, blocks=tuple(blocks))


def _looks_like_pdf(data: bytes, suffix: str) -> bool:
    """Sniff the magic bytes rather than trust the suffix: a PDF saved as .txt is still a PDF.
    Readers tolerate junk before the header, but only a .pdf gets that benefit of the doubt."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(PDF_MAGIC):
        return True
    return suffix == ".pdf" and PDF_MAGIC in data[:1024]


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError("filen finns inte") from None
    except IsADirectoryError:
        raise ReadError("sökvägen är en mapp, inte en fil") from None
    except PermissionError:
        raise ReadError("filen går inte att läsa (saknar behörighet)") from None
    except OSError as exc:
        raise ReadError(f"filen går inte att läsa ({exc.strerror or 'okänt fel'})") from None


# --------------------------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes, ocr: str = OcrMode.AUTO) -> SourceText:
    if _truncated_pdf(data):
        raise ReadError("PDF-filen är trasig eller avkortad (filslut saknas)")
    pdf = _open_pdf(data)
    try:
        read = [_page_text(pdf, index) for index in range(len(pdf))]
        pages = [text for text, _ in read]
        styles = [page_styles for _, page_styles in read]
        sources = [PageSource(PageOrigin.TEXT_LAYER)] * len(pages)
        wanted = [i for i, page in enumerate(pages)
                  if ocr == OcrMode.ALWAYS or (ocr == OcrMode.AUTO and not usable_text_layer(page))]
        if wanted:
            _recognise(pdf, data, wanted, pages, sources)
            for index in wanted:
                styles[index] = []  # the text layer's type says nothing of OCR's lines
        pages = _mark_headings(pages, styles)
    finally:
        pdf.close()
    if not pages:
        raise ReadError("PDF-filen har inga sidor")
    if not any(_has_letters(page) for page in pages):
        if ocr == OcrMode.NEVER:
            raise ReadError("PDF-filen saknar textlager (inskannad?); läs in den utan --ocr never")
        raise ReadError("PDF-filen saknar text, även efter OCR (tomma eller oläsliga sidor)")
    return SourceText(pages=pages, reader="pdf", encoding=None, page_sources=tuple(sources))


def _recognise(pdf: pdfium.PdfDocument, data: bytes, wanted: list[int], pages: list[str],
               sources: list[PageSource]) -> None:
    """Replace the text of the `wanted` pages with OCR, recording where each page's text is from."""
    import hashlib

    from arkiv.ingest.ocr import UNREADABLE, OcrUnavailable, recognise, tidy_pages

    try:
        recognised = recognise(pdf, wanted, hashlib.sha256(data).hexdigest())
    except OcrUnavailable as exc:
        raise ReadError(str(exc)) from None
    # Below UNREADABLE the "text" is what Tesseract makes of a photo or a map: noise, not words.
    texts = tidy_pages([
        recognised[index].text if recognised[index].confidence >= UNREADABLE else ""
        for index in wanted])
    for index, text in zip(wanted, texts):
        had_layer = _has_letters(pages[index])
        pages[index] = text
        sources[index] = PageSource(
            PageOrigin.OCR_REPLACED_LAYER if had_layer else PageOrigin.OCR, recognised[index].confidence)


_WORD = re.compile(r"\w+")


def usable_text_layer(text: str) -> bool:
    """Whether a page's text layer can be read as it is: it has letters, and is not the garbage of
    a broken layer — one letter per line, a space between every letter, or unmapped glyphs."""
    if not _has_letters(text):
        return False
    words = _WORD.findall(text)
    if len(words) >= 20 and sum(len(w) == 1 for w in words) > 0.5 * len(words):
        return False
    unreadable = sum(ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn") for ch in text)
    return unreadable <= 0.05 * len(text)


_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def _truncated_pdf(data: bytes) -> bool:
    """pdfium silently rebuilds a broken cross-reference table, so a truncated download would be
    archived as half a protocol; the missing end-of-file marker is the reliable sign. Scanners and
    web servers often append padding or an error page after %%EOF, which is harmless; PDF objects
    after the last %%EOF are an update cut off before its own %%EOF."""
    end = data.rfind(b"%%EOF")
    return end < 0 or _PDF_OBJECT.search(data, end) is not None


def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # pdfium's error code is left over from the last failure when a load fails without a
        # parse error (a PDF without pages after an encrypted one read "krypterad"), so the bytes
        # decide: only a file with an /Encrypt entry is encrypted.
        code = getattr(exc, "err_code", None)
        if b"/Encrypt" in data and code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError("PDF-filen är krypterad (lösenordsskyddad)") from None
        if b"/Encrypt" in data:
            raise ReadError("PDF-filen är krypterad med ett skydd som inte stöds") from None
        if _empty_page_tree(data):
            raise ReadError("PDF-filen har inga sidor") from None
        raise ReadError("PDF-filen är trasig och går inte att öppna") from None


_PAGE_TREE = re.compile(rb"/Type\s*/Pages(?![A-Za-z])")
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def _empty_page_tree(data: bytes) -> bool:
    """A page tree (/Type /Pages) without a single page (/Type /Page) in the file. Object streams
    are compressed and could hold the pages, so a file that has them is never called empty."""
    return (_PAGE_TREE.search(data) is not None and _PAGE_OBJECT.search(data) is None
            and b"/ObjStm" not in data)


def _page_text(pdf: pdfium.PdfDocument, index: int) -> tuple[str, list[LineStyle]]:
    """The page's text and the type its lines are set in."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        raise ReadError(f"PDF-filen är trasig (sida {index + 1} går inte att läsa)") from None
    try:
        textpage = page.get_textpage()
        try:
            text = margin_marks(textpage, laid_out_text(textpage) or textpage.get_text_range())
            styles = line_styles(textpage)
        finally:
            textpage.close()
    finally:
        page.close()
    return text.replace("\r\n", "\n").replace("\r", "\n"), styles


def _mark_headings(pages: list[str], styles: list[list[LineStyle]]) -> list[str]:
    """Headings set only in a larger or bold type written as Markdown headings ("## Hus 2"), so
    that notes without numbered items (a BRF's, a förening's) are split at them. A document with a
    numbered heading system ("§ 3", "3. Val av …") keeps its text as it is: its numbers decide."""
    levels = heading_levels(styles)
    if not levels:
        return pages
    from arkiv.ingest.segment import numbered_items

    titles, paragraph_signs = numbered_items(pages)
    if titles:
        # numbered lines decide unless they are a short list in running text ("1. Beskära träden" /
        # "2. Så gräsmattan"): two or three, none set as a heading, under more lines that are (a
        # longer run of bare numbered lines is an agenda list, which segment leaves out itself)
        styled = sum(1 for title in titles if any(title and title in line for line in levels))
        if paragraph_signs or styled or len(titles) > 3 or len(levels) <= len(titles) + 1:
            return pages

    def marked(line: str) -> str:
        text = line.strip()
        if text in levels and not text.startswith(("#", "§")):
            # pdfium writes a tab where the PDF moves the pen within a line ("Hus<TAB>2")
            return "#" * levels[text] + " " + " ".join(text.split())
        return line

    def page_marked(page: str) -> str:
        out: list[str] = []
        for line in page.split("\n"):
            text = marked(line)
            previous = out[-1] if out else ""
            level = len(text) - len(text.lstrip("#"))
            # a title wrapped in its large type ("# Referensgrupp den 12" / "# december") is one heading
            if level and text != line and previous.startswith("#" * level + " ") \
                    and len(previous) - len(previous.lstrip("#")) == level and text[level + 1 : level + 2].islower():
                out[-1] = f"{previous} {text[level + 1 :]}"
                continue
            out.append(text)
        return "\n".join(out)

    return [page_marked(page) for page in pages]


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# ------------------------------------------------------------------------------------ text decoding

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# More than this share of control characters means the bytes are not prose.
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file strictly: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252.

    Never latin-1: it decodes every byte, so a wrong guess would store mojibake silently.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked_text(_decode(data, "utf-16")), "utf-16"
    if b"\x00" in data:
        raise ReadError("filen är inte text (binärt innehåll)")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked_text(_decode(data, "utf-8-sig")), "utf-8-sig"
    try:
        return _checked_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _checked_text(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        raise ReadError("filen är inte text (binärt innehåll eller okänd teckenkodning)") from None


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ReadError(f"filen är trasig: ogiltig {encoding.upper()}-text") from None


def _checked_text(text: str) -> str:
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
    )
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise ReadError("filen är inte text (binärt innehåll)")
    if not text.strip():
        raise ReadError("filen är tom")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ------------------------------------------------------------------------------- shared markup bits


def _heading(level: int, title: str) -> str:
    """The heading convention ingest.segment relies on."""
    title = " ".join(title.split())
    return f"\n\n{'#' * max(1, min(level, 6))} {title}\n\n" if title else "\n"


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


def _table_row(line: str) -> str | None:
    """A |-delimited table row as tab-separated cells; None for rule rows and empty rows."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if all(re.fullmatch(r"[:=+-]*", cell) for cell in cells):
        return None
    return "\t".join(cells).rstrip("\t")


def _list_item(line: str) -> str | None:
    match = re.match(r"\s*[-*+•]\s+(.*)", line)
    return f"- {match.group(1).strip()}" if match else None




# --------------------------------------------------------------------------------------------- Org


def org_to_text(text: str) -> str:
    header: list[str] = []
    body: list[str] = []
    for line in text.split("\n"):
        keyword = re.match(r"\s*#\+(\w+):?\s*(.*)$", line)
        if keyword:
            name, value = keyword.group(1).upper(), keyword.group(2).strip()
            if name == "TITLE" and value:
                header.insert(0, _heading(1, _org_inline(value)))
            elif name == "DATE" and value:
                header.append(f"Datum: {value.strip('<>[]')}")
            continue  # other settings, #+BEGIN_/#+END_ markers, formulas
        body.append(_org_line(line))
    return "\n".join(header) + "\n\n" + "\n".join(body)


def _org_line(line: str) -> str:
    headline = re.match(r"(\*+)\s+(.*?)(\s+:[\w@#%:]+:)?\s*$", line)
    if headline:
        return _heading(len(headline.group(1)), _org_inline(headline.group(2)))
    if re.match(r"\s*#(\s|$)", line) or _is_latex_only(line):
        return ""  # comment line, or LaTeX export furniture such as \clearpage
    if line.lstrip().startswith("|"):
        row = _table_row(_org_inline(line))
        return row if row is not None else ""
    item = _list_item(line)
    if item:
        return _org_inline(item)
    return _org_inline(line.strip())


def _is_latex_only(line: str) -> bool:
    rest = re.sub(r"\\[A-Za-z]+|\[[^\]]*\]|[{}\s]", "", line)
    return line.lstrip().startswith("\\") and not rest


def _org_inline(text: str) -> str:
    text = re.sub(r"\[\[([^\]]*)\]\[([^\]]*)\]\]", r"\2", text)
    text = re.sub(r"\[\[([^\]]*)\]\]", r"\1", text)
    return re.sub(
        r"(?<![\w])([*/=~_+])(?=\S)([^\n]*?\S)\1(?![\w])",
        lambda m: m.group(2) if not m.group(2).startswith(m.group(1)) else m.group(0),
        text,
    )


# ------------------------------------------------------------------------------------------- LaTeX

_SECTION_LEVELS = {"part": 1, "chapter": 1, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4}
_DOCUMENT_FIELDS = {"title", "subtitle", "date", "author"}
# Commands whose arguments are layout, references or setup, never text; value: how many {..}.
_DROP_WITH_ARGS = {
    "label": 1, "ref": 1, "pageref": 1, "eqref": 1, "cite": 1, "vspace": 1, "hspace": 1,
    "setlength": 2, "addtolength": 2, "usepackage": 1, "documentclass": 1, "includegraphics": 1,
    "newcommand": 2, "renewcommand": 2, "providecommand": 2, "newenvironment": 3,
    "renewenvironment": 3, "pagestyle": 1, "thispagestyle": 1, "titleformat": 5,
    "titlespacing": 5, "KOMAoptions": 1, "hypersetup": 1, "geometry": 1, "bibliography": 1,
    "bibliographystyle": 1, "setcounter": 2, "addtocounter": 2, "input": 1, "include": 1,
    "color": 1, "definecolor": 3, "fontsize": 2, "selectfont": 0, "newpage": 0,
    "phantomsection": 0, "rule": 2,
}
_LITERAL_COMMANDS = {
    "S": "§", "P": "¶", "ldots": "…", "dots": "…", "textasciitilde": "~", "textendash": "–",
    "textemdash": "—", "textquotedblleft": '"', "textquotedblright": '"', "LaTeX": "LaTeX",
    "TeX": "TeX", "aa": "å", "AA": "Å", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "ss": "ß",
    "par": "\n\n", "newline": "\n", "linebreak": "\n", "clearpage": "\n\n", "pagebreak": "\n\n",
    "item": "\n- ", "textbackslash": "\\", "euro": "€", "textdegree": "°",
}
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303",
            "r": "\u030a", "c": "\u0327", "=": "\u0304", ".": "\u0307", "v": "\u030c"}
_ENV_BRACE_ARGS = {"tabular": 1, "tabularx": 2, "minipage": 1, "array": 1, "multicols": 1}
_SKIPPED_ENVS = {"comment", "tikzpicture", "thebibliography"}


def latex_to_text(text: str) -> str:
    return _LatexConverter(text).convert()


class _LatexConverter:
    """A small recursive reader of LaTeX source: enough of TeX's grammar (commands, groups,
    optional arguments, comments) to keep the words and headings of a meeting protocol."""

    def __init__(self, source: str) -> None:
        # ISO dates are written 2020--11--24 so that LaTeX prints hyphens, not en dashes.
        source = re.sub(r"(\d{4})--(\d{1,2})--(\d{1,2})", r"\1-\2-\3", source)
        source = re.sub(r"\\csname\s*@date\s*\\endcsname|\\@date\b", r"\\thedate ", source)
        self.source = source
        self.fields: dict[str, str] = {}

    def convert(self) -> str:
        source = self.source
        begin = source.find("\\begin{document}")
        body, _ = self._group(begin + len("\\begin{document}") if begin >= 0 else 0, closing=None)
        if begin >= 0:  # fields set in the preamble still count
            self._collect_fields(source[:begin])
        header = []
        if self.fields.get("title"):
            header.append(_heading(1, self.fields["title"]))
        for name, prefix in (("subtitle", ""), ("date", "Datum: ")):
            if self.fields.get(name):
                header.append(prefix + self.fields[name])
        lines = [" ".join(line.split()) if not line.startswith("\t") else line.strip() for line in body.split("\n")]
        return "\n".join(header) + "\n\n" + "\n".join(lines)

    def _collect_fields(self, preamble: str) -> None:
        for name in _DOCUMENT_FIELDS:
            match = re.search(rf"\\{name}\s*\{{", preamble)
            if match and name not in self.fields:
                value, _ = self._group(match.end(), closing="}")
                self.fields[name] = " ".join(value.split())

    def _group(self, i: int, closing: str | None) -> tuple[str, int]:
        """Convert from position i up to the matching closing brace (or the end)."""
        s = self.source
        out: list[str] = []
        while i < len(s):
            ch = s[i]
            if closing and ch == closing:
                return "".join(out), i + 1
            if s.startswith("\\end{document}", i):
                return "".join(out), len(s)
            if ch == "{":
                inner, i = self._group(i + 1, "}")
                out.append(inner)
            elif ch == "\\":
                text, i = self._command(i)
                out.append(text)
            elif ch == "%":
                end = s.find("\n", i)
                i = len(s) if end < 0 else end + 1
            elif s.startswith("---", i):
                out.append("—")
                i += 3
            elif s.startswith("--", i):
                out.append("–")
                i += 2
            elif s.startswith("``", i) or s.startswith("''", i):
                out.append('"')
                i += 2
            else:
                out.append({"~": " ", "$": "", "&": "\t"}.get(ch, ch))
                i += 1
        return "".join(out), i

    def _command(self, i: int) -> tuple[str, int]:
        s = self.source
        name_match = re.match(r"\\([^\W\d_]+|.)", s[i:])
        if not name_match:
            return "", i + 1
        name = name_match.group(1)
        i += len(name_match.group(0))
        if name == "\\":
            return "\n", self._skip_optional(i)
        if name in _ACCENTS and (len(name) == 1 and not name.isalpha() or s[i : i + 1] == "{"):
            return self._accent(name, i)
        if len(name) == 1 and not name.isalpha():
            return ({",": " ", " ": " ", ";": " ", ":": " ", "!": "", "-": "", "@": "", "/": ""}
                    .get(name, name)), i
        i = self._skip_spaces(i)
        if name in ("begin", "end"):
            return self._environment(name, i)
        if name in _SECTION_LEVELS:
            i = i + 1 if s.startswith("*", i) else i
            _, args, i = self._arguments(i, limit=1)
            return _heading(_SECTION_LEVELS[name], args[0] if args else ""), i
        if name in _DOCUMENT_FIELDS:
            _, args, i = self._arguments(i, limit=1)
            self.fields.setdefault(name, " ".join((args[0] if args else "").split()))
            return "", i
        if name == "thedate":
            return self.fields.get("date", ""), i
        if name == "item":
            options, _, i = self._arguments(i, limit=0)
            return "\n- " + (options[0] + " " if options else ""), i
        if name in _LITERAL_COMMANDS:
            return _LITERAL_COMMANDS[name], i
        if name == "def":
            i = self._skip_spaces(i + len(re.match(r"\\?[^\W\d_]*", s[i:]).group(0)))
            _, _, i = self._arguments(i)
            return "", i
        if name in _DROP_WITH_ARGS:
            _, _, i = self._arguments(i, limit=_DROP_WITH_ARGS[name])
            return "", i
        _, args, i = self._arguments(i)
        if name in ("href", "hypertarget"):
            return (args[-1] if args else ""), i
        if name == "footnote":
            return (f" ({args[0].strip()})" if args else ""), i
        # Formatting and custom macros (\textbf{X}, \förtroendevald{Roll}{Namn}{}): the words
        # in their arguments are the content, so keep every non-empty one.
        return ", ".join(a.strip() for a in args if a.strip()), i

    def _accent(self, name: str, i: int) -> tuple[str, int]:
        s = self.source
        if s.startswith("{", i):
            base, i = self._group(i + 1, "}")
        else:
            base, i = s[i : i + 1], i + 1
        base = {"\\i": "i"}.get(base, base)
        return unicodedata.normalize("NFC", base[:1] + _ACCENTS[name] + base[1:]), i

    def _environment(self, kind: str, i: int) -> tuple[str, int]:
        s = self.source
        if not s.startswith("{", i):
            return "", i
        env, i = self._raw_group(i)
        if kind == "end":
            return "\n", i
        if env in _SKIPPED_ENVS:
            end = s.find(f"\\end{{{env}}}", i)
            return "\n", len(s) if end < 0 else end + len(f"\\end{{{env}}}")
        _, _, i = self._arguments(i, limit=_ENV_BRACE_ARGS.get(env.rstrip("*"), 0))
        return "\n", i

    def _arguments(self, i: int, limit: int | None = None) -> tuple[list[str], list[str], int]:
        """Optional [..] and mandatory {..} arguments following a command."""
        s = self.source
        options: list[str] = []
        args: list[str] = []
        while True:
            # Arguments continue on the same line only: a group on the next line is text.
            j = i + len(re.match(r"[ \t]*", s[i:]).group(0))
            if s.startswith("[", j):
                end = self._matching_bracket(j)
                if end < 0:
                    break
                options.append(self._convert_fragment(s[j + 1 : end]))
                i = end + 1
            elif s.startswith("{", j) and (limit is None or len(args) < limit):
                text, i = self._group(j + 1, "}")
                args.append(text)
            else:
                break
        return options, args, i

    def _convert_fragment(self, fragment: str) -> str:
        nested = _LatexConverter(fragment)
        nested.fields = self.fields
        text, _ = nested._group(0, None)
        return " ".join(text.split())

    def _matching_bracket(self, i: int) -> int:
        depth = 0
        for j in range(i, len(self.source)):
            if self.source[j] == "[" and (j == i or self.source[j - 1] != "\\"):
                depth += 1
            elif self.source[j] == "]":
                depth -= 1
                if depth == 0:
                    return j
            elif self.source[j] == "\n" and self.source[j + 1 : j + 2] == "\n":
                return -1  # a paragraph break: this [ was text, not an option
        return -1

    def _skip_optional(self, i: int) -> int:
        """Skip the * and [length] a line break \\\\ may carry."""
        s = self.source
        i = i + 1 if s.startswith("*", i) else i
        if s.startswith("[", i):
            end = self._matching_bracket(i)
            i = end + 1 if end > 0 else i
        # The source line break after \\ would otherwise add an empty line.
        return re.match(r"[ \t]*\n?", s[i:]).end() + i

    def _raw_group(self, i: int) -> tuple[str, int]:
        end = self.source.find("}", i)
        return self.source[i + 1 : end].strip(), end + 1

    def _skip_spaces(self, i: int) -> int:
        """TeX skips blanks after a control word; one newline too, but not a paragraph break."""
        s = self.source
        newline_seen = False
        while i < len(s) and s[i] in " \t\n":
            if s[i] == "\n":
                if newline_seen:
                    break
                newline_seen = True
            i += 1
        return i


# ------------------------------------------------------------------------------------------- Typst

_TYPST_STATEMENTS = {"import", "include", "set", "show", "let"}
_TYPST_DATETIME = re.compile(
    r"datetime\(\s*year:\s*(\d{4})\s*,\s*month:\s*(\d{1,2})\s*,\s*day:\s*(\d{1,2})\s*\)"
)


def typst_to_text(text: str) -> str:
    converter = _TypstConverter(text)
    body = converter.markup(text)
    header = []
    if converter.title:
        header.append(_heading(1, converter.title))
    date = _TYPST_DATETIME.search(text)
    if date:
        year, month, day = date.groups()
        header.append(f"Datum: {year}-{int(month):02d}-{int(day):02d}")
    if converter.place:
        header.append(f"Plats: {converter.place}")
    lines = [_typst_line(line) for line in body.split("\n")]
    return "\n".join(header) + "\n\n" + "\n".join(lines)


def _typst_line(line: str) -> str:
    heading = re.match(r"\s*(=+)\s+(.*)$", line)
    if heading:
        return _heading(len(heading.group(1)), _typst_inline(heading.group(2)))
    if line.lstrip().startswith("#"):  # headings produced from #heading(...) calls
        return line.strip()
    numbered = re.match(r"\s*\+\s+(.*)$", line)
    if numbered:
        return f"- {_typst_inline(numbered.group(1))}"
    term = re.match(r"\s*/\s+([^:]+):\s*(.*)$", line)
    if term:
        return f"{_typst_inline(term.group(1))}: {_typst_inline(term.group(2))}"
    return _typst_inline(line.strip())


def _typst_inline(text: str) -> str:
    text = re.sub(r"(?<!\w)\*(?=\S)([^*\n]*?\S)\*(?!\w)", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=\S)([^_\n]*?\S)_(?!\w)", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return re.sub(r"\\(.)", r"\1", text)


class _TypstConverter:
    """Expands Typst code in markup: content blocks of calls are kept, code is dropped."""

    def __init__(self, source: str) -> None:
        # Simple string variables (#let time = "17:31") are used in the text as #time.
        self.variables = dict(re.findall(r'#let\s+([\w-]+)\s*=\s*"([^"\n]*)"', source))
        self.title: str | None = None
        self.place: str | None = None

    def markup(self, s: str) -> str:
        out: list[str] = []
        i = 0
        while i < len(s):
            if s.startswith("//", i) and (i == 0 or s[i - 1] in " \t\n"):
                end = s.find("\n", i)
                i = len(s) if end < 0 else end
            elif s.startswith("/*", i):
                end = s.find("*/", i)
                i = len(s) if end < 0 else end + 2
            elif s[i] == "\\" and i + 1 < len(s):
                out.append("\n" if s[i + 1] in " \n" else "\\" + s[i + 1])
                i += 2
            elif s[i] == "#" and re.match(r"#[A-Za-z_]", s[i : i + 2]):
                text, i = self._code(s, i + 1)
                out.append(text)
            else:
                out.append(s[i])
                i += 1
        return "".join(out)

    def _code(self, s: str, i: int) -> tuple[str, int]:
        name = re.match(r"[\w.-]*\w|\w", s[i:]).group(0)
        i += len(name)
        if name in _TYPST_STATEMENTS:
            return "", self._statement_end(s, i, name)
        positional: list[str] = []
        blocks: list[str] = []
        named: dict[str, str] = {}
        called = False
        while i < len(s) and s[i] in "([":
            called = True
            end = _typst_closing(s, i)
            inner = s[i + 1 : end]
            if s[i] == "(":
                self._split_arguments(inner, positional, blocks, named)
            else:
                blocks.append(self.markup(inner))
            i = end + 1
        if not called:
            return self.variables.get(name, ""), i
        return self._call_text(name, positional, blocks, named), i

    def _statement_end(self, s: str, i: int, name: str) -> int:
        """End of a #let/#set/#show/#import statement: end of line with brackets balanced."""
        depth = 0
        j = i
        while j < len(s):
            ch = s[j]
            if ch == '"':
                j = _typst_string_end(s, j)
            elif ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            elif ch == "\n" and depth <= 0:
                break
            j += 1
        if name == "show":
            self._document_fields(s[i:j])
        return j

    def _document_fields(self, setup: str) -> None:
        title = re.search(r'\btitle:\s*"([^"]+)"', setup)
        place = re.search(r'\b(?:location|place|plats):\s*"([^"]+)"', setup)
        self.title = self.title or (title.group(1) if title else None)
        self.place = self.place or (place.group(1) if place else None)

    def _split_arguments(self, inner: str, positional: list[str], blocks: list[str], named: dict) -> None:
        for argument in _typst_top_level_split(inner):
            argument = argument.strip()
            key = re.match(r"([\w-]+)\s*:\s*(.*)$", argument, re.S)
            if key:
                named[key.group(1)] = key.group(2).strip()
            elif argument.startswith("["):
                blocks.append(self.markup(argument[1 : _typst_closing(argument, 0)]))
            elif argument.startswith('"'):
                positional.append(argument.strip('"'))

    def _call_text(self, name: str, positional: list[str], blocks: list[str], named: dict) -> str:
        if name == "heading":
            level = int(named.get("level", "1")) if named.get("level", "1").isdigit() else 1
            title = positional[0] if positional else " ".join(" ".join(blocks).split())
            return _heading(level, title)
        if name in ("pagebreak", "linebreak", "colbreak", "parbreak"):
            return "\n"
        if name == "link":
            return " ".join(blocks) if blocks else (positional[0] if positional else "")
        # One item per line: #deltagere([Namn], [Ja], ...) lists persons and answers.
        items = [block.strip() for block in blocks if block.strip()]
        return "\n" + "\n".join(items) + "\n" if items else ""


def _typst_string_end(s: str, i: int) -> int:
    j = i + 1
    while j < len(s) and s[j] != '"':
        j += 2 if s[j] == "\\" else 1
    return j


def _typst_closing(s: str, i: int) -> int:
    """Index of the bracket closing the one at s[i], skipping strings in code."""
    depth = 0
    j = i
    while j < len(s):
        ch = s[j]
        if ch == '"' and s[i] == "(":
            j = _typst_string_end(s, j)
        elif ch == "\\" and s[i] == "[":
            j += 1
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return len(s) - 1


def _typst_top_level_split(inner: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    start = 0
    j = 0
    while j < len(inner):
        ch = inner[j]
        if ch == '"' and depth == 0:
            j = _typst_string_end(inner, j)
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(inner[start:j])
            start = j + 1
        j += 1
    parts.append(inner[start:])
    return [part for part in parts if part.strip()]


def _plain_text(text: str) -> str:
    return text


_MARKUP_READERS = {
    ".txt": ("text", _plain_text),
    ".tex": ("latex", latex_to_text),
    ".org": ("org", org_to_text),
    ".typ": ("typst", typst_to_text),
}
