"""Readers for office and web formats: .docx, .odt, .html/.htm and .rtf into typed blocks.

Each reader takes the file's bytes and returns `Block`s (see ingest.blocks) in reading order, or
raises ReadError with a one-line Swedish reason. The parsers are well-kept libraries (python-docx,
odfpy, selectolax, striprtf); what is hand-written here is only the walk from their trees to blocks.
Libraries are imported inside the functions: `arkiv --help` must stay light.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

from arkiv.ingest.blocks import Block, heading, list_item, paragraph, table_row
from arkiv.ingest.readers import ReadError, decode_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97 files and encrypted OOXML/ODF containers
ZIP_MAGIC = b"PK\x03\x04"


def _open_zip(data: bytes, kind: str, required: str) -> zipfile.ZipFile:
    """The package of a zipped office file, or the reason it cannot be read."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ReadError(f"{kind}-filen är krypterad (lösenordsskyddad)")
        raise ReadError(f"filen är ingen {kind}-fil (troligen det äldre .doc-formatet med fel ändelse)")
    if not data.startswith(ZIP_MAGIC):
        raise ReadError(f"filen är ingen {kind}-fil (trasig eller fel filtyp)")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError(f"{kind}-filen är trasig (ofullständigt zip-arkiv)") from None
    if required not in names:
        raise ReadError(f"filen är ingen {kind}-fil ({required} saknas)")
    try:
        package.read(required)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
        raise ReadError(f"{kind}-filen är trasig (innehållet går inte att packa upp)") from None
    return package


# -------------------------------------------------------------------------------------------- Word

_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _x(element, path: str) -> list:
    """XPath with the w: prefix on any element (python-docx maps only the elements it knows)."""
    return _xpath(path)(element)


@functools.cache
def _xpath(path: str):
    from lxml import etree

    return etree.XPath(path, namespaces=_W)


_WORD_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_WORD_TITLE_STYLE = re.compile(r"^(?:title|rubrik)$", re.IGNORECASE)


def read_docx(data: bytes) -> list[Block]:
    """A Word document's body in reading order: headings by style or outline level, numbered
    paragraphs with the number Word shows, tables row by row. Pages follow the page breaks Word
    recorded when it last laid the document out (or, without those, the manual page breaks)."""
    _open_zip(data, "Word", "word/document.xml")
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a package that is not Word
        raise ReadError(f"filen är ingen läsbar Word-fil ({type(exc).__name__})") from None
    numbering = _WordNumbering(document)
    notes = _word_notes(document)
    body = document.element.body
    rendered = bool(_x(body, ".//w:lastRenderedPageBreak"))
    blocks: list[Block] = []
    page = 1
    for item in _word_body(document.element.body, document._body):
        if isinstance(item, Table):
            for cells in _word_rows(item):
                blocks.append(table_row(cells, page))
            continue
        before, after = _word_page_breaks(item._p, rendered)
        page += before
        block = _word_paragraph(item, numbering, notes, page)
        if block is not None:
            blocks.append(block)
        page += after
    return blocks


def _word_body(element, part):
    """Paragraphs and tables in reading order, also those inside block content controls (w:sdt:
    a template's fields), which python-docx's iter_inner_content passes over."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "p":
            yield Paragraph(child, part)
        elif tag == "tbl":
            yield Table(child, part)
        elif tag == "sdt":
            for content in _x(child, "./w:sdtContent"):
                yield from _word_body(content, part)


def _word_paragraph(par, numbering: _WordNumbering, notes: dict, page: int) -> Block | None:
    text = _word_text(par._p, notes).replace("\t", " ").strip()
    style = par.style
    level = _word_heading_level(par, style)
    label = numbering.label(par, style)
    if not text:
        return None
    if label == "-":
        return list_item(text, page=page) if level is None else heading(text, level, page)
    if label:
        text = f"{label} {text}"
    return heading(text, level, page) if level is not None else paragraph(text, page)


def _word_text(p, notes: dict[tuple[str, str], str]) -> str:
    """A paragraph's text with line breaks, and each footnote or endnote where it is cited, as
    "(its text)". Text in a drawing's fallback (the VML copy of a text box) is read once."""
    parts: list[str] = []
    for element in p.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "t" and not _in_fallback(element, p):
            parts.append(element.text or "")
        elif tag == "tab" and element.getparent().tag.endswith("}r"):
            parts.append("\t")
        elif tag in ("br", "cr") and element.get(f"{{{_W['w']}}}type") in (None, "textWrapping"):
            parts.append("\n")
        elif tag in ("footnoteReference", "endnoteReference"):
            note = notes.get((tag, element.get(f"{{{_W['w']}}}id")), "")
            parts.append(f" ({note})" if note else "")
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n"))


def _in_fallback(element, stop) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag.endswith("}Fallback"):
            return True
        parent = parent.getparent()
    return False


def _word_notes(document) -> dict[tuple[str, str], str]:
    """Footnote and endnote texts by (reference tag, id), from the package's notes parts."""
    from lxml import etree

    notes: dict[tuple[str, str], str] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for note in _x(root, f"./w:{kind[:-1]}"):
            text = " ".join("".join(_x(note, ".//w:t/text()")).split())
            notes[(f"{kind[:-1]}Reference", note.get(f"{{{_W['w']}}}id"))] = text
    return notes


def _word_heading_level(par, style) -> int | None:
    name = style.name if style is not None else ""
    match = _WORD_HEADING_STYLE.match(name or "")
    if match:
        return int(match.group(1))
    if _WORD_TITLE_STYLE.match(name or ""):
        return 1
    for element in (par._p, *_style_chain(style)):
        outline = _x(element, "./w:pPr/w:outlineLvl/@w:val")
        if outline:
            value = int(outline[0])
            return value + 1 if value < 9 else None  # 9 is "body text"
    return None


def _style_chain(style):
    while style is not None:
        yield style.element
        style = style.base_style


def _word_page_breaks(p, rendered: bool) -> tuple[int, int]:
    """Page breaks in a paragraph: (before its text, after it)."""
    before = after = 0
    seen_text = False
    for element in p.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if tag == "t" and (element.text or "").strip():
            seen_text = True
        elif (tag == "lastRenderedPageBreak" if rendered
              else tag == "br" and element.get(f"{{{_W['w']}}}type") == "page"):
            if seen_text:
                after += 1
            else:
                before += 1
    if not rendered and _x(p, "./w:pPr/w:pageBreakBefore[not(@w:val='0' or @w:val='false')]"):
        before += 1
    return before, min(after, 1)


def _word_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is repeated for every grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append(cells)
    return rows


class _WordNumbering:
    """The numbers Word shows before numbered paragraphs ("5.", "§ 5", "a)"): python-docx leaves
    them to the reader, so they are counted here from numbering.xml, level by level."""

    def __init__(self, document) -> None:
        self.levels: dict[str, tuple[str, dict[int, tuple[str, str, int]]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in _x(root, "./w:abstractNum"):
            levels = {}
            for lvl in _x(node, "./w:lvl"):
                fmt = (_x(lvl, "./w:numFmt/@w:val") or ["decimal"])[0]
                text = (_x(lvl, "./w:lvlText/@w:val") or [""])[0]
                start = int((_x(lvl, "./w:start/@w:val") or ["1"])[0])
                levels[int(_x(lvl, "./@w:ilvl")[0])] = (fmt, text, start)
            abstract[_x(node, "./@w:abstractNumId")[0]] = levels
        for num in _x(root, "./w:num"):
            abstract_id = _x(num, "./w:abstractNumId/@w:val")[0]
            self.levels[_x(num, "./@w:numId")[0]] = (abstract_id, abstract.get(abstract_id, {}))

    def label(self, par, style) -> str:
        """"" for a paragraph without numbering, "-" for a bullet, else the number as shown."""
        num_id, ilvl = None, 0
        for element in (par._p, *_style_chain(style)):
            ids = _x(element, "./w:pPr/w:numPr/w:numId/@w:val")
            if ids:
                num_id = ids[0]
                ilvl = int((_x(element, "./w:pPr/w:numPr/w:ilvl/@w:val") or ["0"])[0])
                break
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        abstract_id, levels = self.levels[num_id]
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        if fmt in ("bullet", "none"):
            return "-"
        counts = self.counters.setdefault(abstract_id, [])
        while len(counts) <= ilvl:
            depth = len(counts)
            counts.append(levels.get(depth, ("", "", 1))[2] - 1)
        counts[ilvl] += 1
        del counts[ilvl + 1 :]
        return re.sub(r"%(\d)", lambda m: self._shown(levels, counts, int(m.group(1)) - 1), text).strip()

    @staticmethod
    def _shown(levels: dict, counts: list[int], level: int) -> str:
        if level >= len(counts):
            return ""
        value = counts[level]
        fmt = levels.get(level, ("decimal", "", 1))[0]
        if fmt == "lowerLetter":
            return chr(ord("a") + (value - 1) % 26)
        if fmt == "upperLetter":
            return chr(ord("A") + (value - 1) % 26)
        if fmt in ("lowerRoman", "upperRoman"):
            roman = _roman(value)
            return roman if fmt == "upperRoman" else roman.lower()
        return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


# ------------------------------------------------------------------------------------ OpenDocument


def read_odt(data: bytes) -> list[Block]:
    """An OpenDocument text's body in reading order: headings by outline level, lists (numbered
    as LibreOffice shows them), tables row by row; pages follow LibreOffice's soft page breaks."""
    package = _open_zip(data, "OpenDocument", "content.xml")
    if "manifest:encryption-data" in package.read("META-INF/manifest.xml").decode("utf-8", "replace") \
            if "META-INF/manifest.xml" in package.namelist() else False:
        raise ReadError("OpenDocument-filen är krypterad (lösenordsskyddad)")
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises XML, zip and key errors for broken packages
        raise ReadError(f"OpenDocument-filen är trasig ({type(exc).__name__})") from None
    walker = _OdtWalker(document)
    walker.walk(document.text)
    return walker.blocks


class _OdtWalker:
    def __init__(self, document) -> None:
        self.blocks: list[Block] = []
        self.page = 1
        self.list_styles = _odt_list_styles(document)
        self.counters: dict[str, list[int]] = {}

    def walk(self, node) -> None:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            name = child.qname[1]
            if name == "soft-page-break":
                self.page += 1
            elif name == "h":
                level = int(child.getAttribute("outlinelevel") or 1)
                self._add(lambda text, page: heading(text, level, page), child)
            elif name == "p":
                self._add(paragraph, child)
            elif name == "list":
                self._list(child, 1, child.getAttribute("stylename") or "")
            elif name == "table":
                self._table(child)
            elif name in ("table-of-content", "sequence-decls", "forms", "tracked-changes"):
                continue
            else:  # text:section and other containers
                self.walk(child)

    def _add(self, make, node, prefix: str = "") -> None:
        breaks = _count(node, "soft-page-break")
        text = _odt_text(node).strip()
        if text:
            self.blocks.append(make(f"{prefix}{text}" if prefix else text, self.page))
        self.page += breaks

    def _list(self, node, depth: int, style: str) -> None:
        style = node.getAttribute("stylename") or style
        numbered, prefix, suffix = self.list_styles.get((style, depth), (False, "", ""))
        counts = self.counters.setdefault(style, [])
        if depth == 1 and node.getAttribute("continuenumbering") != "true" and not node.getAttribute("continuelist"):
            counts.clear()
        for item in node.childNodes:
            if item.nodeType != item.ELEMENT_NODE or item.qname[1] not in ("list-item", "list-header"):
                continue
            while len(counts) < depth:
                counts.append(0)
            counts[depth - 1] += 1
            del counts[depth:]
            first = True
            for part in item.childNodes:
                if part.nodeType != part.ELEMENT_NODE:
                    continue
                kind = part.qname[1]
                if kind == "list":
                    self._list(part, depth + 1, style)
                elif kind in ("p", "h") and first:
                    first = False
                    if numbered:
                        self._add(paragraph, part, f"{prefix}{counts[depth - 1]}{suffix} ")
                    else:
                        self._add(lambda text, page: list_item(text, depth, page), part)
                elif kind in ("p", "h"):
                    self._add(paragraph, part)
                elif kind == "soft-page-break":
                    self.page += 1

    def _table(self, node) -> None:
        for row in _descendants(node, "table-row"):
            cells = [" ".join(_odt_text(cell).split()) for cell in row.childNodes
                     if cell.nodeType == cell.ELEMENT_NODE and cell.qname[1] == "table-cell"]
            if any(cells):
                self.blocks.append(table_row(cells, self.page))


def _odt_list_styles(document) -> dict[tuple[str, int], tuple[bool, str, str]]:
    """(list style, level) -> (numbered, prefix, suffix) from the document's list styles."""
    styles = {}
    for container in (document.automaticstyles, document.styles):
        for style in container.childNodes:
            if style.nodeType != style.ELEMENT_NODE or style.qname[1] != "list-style":
                continue
            name = style.getAttribute("name")
            for level in style.childNodes:
                if level.nodeType != level.ELEMENT_NODE:
                    continue
                depth = int(level.getAttribute("level") or 1)
                numbered = level.qname[1] == "list-level-style-number" and bool(level.getAttribute("numformat"))
                styles[(name, depth)] = (numbered, level.getAttribute("numprefix") or "",
                                         level.getAttribute("numsuffix") or "")
    return styles


def _odt_text(node) -> str:
    parts: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(child.data)
        elif child.nodeType == child.ELEMENT_NODE:
            name = child.qname[1]
            if name == "line-break":
                parts.append("\n")
            elif name == "s":
                parts.append(" " * int(child.getAttribute("c") or 1))
            elif name == "tab":
                parts.append("\t")
            elif name == "note":  # a footnote is read where it is cited, as (its text)
                body = [c for c in child.childNodes if c.nodeType == c.ELEMENT_NODE and c.qname[1] == "note-body"]
                note = " ".join(_odt_text(b).split() for b in body) if body else ""
                parts.append(f" ({' '.join(note.split())})" if note.strip() else "")
            elif name in ("p", "h"):
                parts.append(_odt_text(child) + "\n")
            else:
                parts.append(_odt_text(child))
    return "".join(parts)


def _descendants(node, name: str):
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            if child.qname[1] == name:
                yield child
            elif child.qname[1] != "table":  # rows of a nested table belong to its cell
                yield from _descendants(child, name)


def _count(node, name: str) -> int:
    return sum((1 if c.qname[1] == name else _count(c, name))
               for c in node.childNodes if c.nodeType == c.ELEMENT_NODE)


# -------------------------------------------------------------------------------------------- HTML

# What a web page carries around its text: menus, banners, cookie notices, sharing buttons.
_BOILERPLATE_TAGS = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, dialog, " \
                    "[role=navigation], [role=contentinfo], [role=banner], [aria-hidden=true], [hidden]"
_BOILERPLATE_NAMES = re.compile(
    r"cookie|consent|gdpr|banner|breadcrumb|navbar|\bnav\b|menu|sidebar|skip-?link|share|social|popup|modal",
    re.IGNORECASE)
_MAIN = ("main", "article", "[role=main]", "#content", "#main", ".entry-content", ".content")
_LINE_BREAK = "\u2028"  # stands for <br> until the text is split into lines


def read_html(data: bytes) -> list[Block]:
    """The main text of a web page: the <main> or <article> element when the page has one, without
    navigation, headers and footers, cookie banners and scripts."""
    from selectolax.lexbor import LexborHTMLParser

    text, _ = decode_text(data)
    tree = LexborHTMLParser(text)
    _drop_outermost([*tree.css(_BOILERPLATE_TAGS), *(
        node for node in tree.css("[class], [id]")
        if node.tag not in ("body", "html", "main", "article")
        and _BOILERPLATE_NAMES.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"))])
    root = next((node for selector in _MAIN if (node := tree.css_first(selector)) is not None), None)
    if root is None:
        root = tree.body
        for node in (root.css("header") if root is not None else []):
            node.decompose()  # the site's header; a header inside <main>/<article> is the page's own
    if root is None:
        raise ReadError("HTML-filen har ingen brödtext")
    return _element_blocks(root)


def html_fragment_blocks(tree) -> list[Block]:
    """Blocks of HTML written inside another format (Markdown): all of it is content."""
    if tree.body is None:
        return []
    _drop_outermost(tree.css("script, style, noscript, template"))
    return _element_blocks(tree.body)


def _element_blocks(root) -> list[Block]:
    for node in root.css("br"):
        node.replace_with(_LINE_BREAK)
    blocks: list[Block] = []
    _html_walk(root, blocks)
    return blocks


_HTML_HEADING = {f"h{n}": n for n in range(1, 7)}
_HTML_BLOCK = {"p", "div", "section", "article", "main", "header", "ul", "ol", "li", "table", "thead",
               "tbody", "tfoot", "tr", "pre", "blockquote", "dl", "dt", "dd", "figure", "figcaption",
               "address", "hr", "details", "summary", "center", *_HTML_HEADING}


def _drop_outermost(nodes: list) -> None:
    """Remove nodes from the tree, each once: a node inside another removed one goes with it
    (removing it again would touch freed memory in the parser)."""
    chosen = {node.mem_id for node in nodes}
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in chosen:
            parent = parent.parent
        if parent is None:
            node.decompose()


def _html_walk(node, blocks: list[Block]) -> None:
    """Block elements become blocks; runs of inline content between them become paragraphs."""
    inline: list[str] = []

    def flush() -> None:
        text = _html_lines("".join(inline))
        if text:
            blocks.append(paragraph(text))
        inline.clear()

    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            inline.append(child.text(deep=False))
        elif tag not in _HTML_BLOCK:
            inline.append(child.text(deep=True))
        else:
            flush()
            _html_block(child, blocks)
    flush()


def _html_block(node, blocks: list[Block]) -> None:
    tag = node.tag
    if tag in _HTML_HEADING:
        text = " ".join(node.text(deep=True).split())
        if text:
            blocks.append(heading(text, _HTML_HEADING[tag]))
    elif tag in ("ul", "ol"):
        number = int(node.attributes.get("start") or 1) if (node.attributes.get("start") or "1").isdigit() else 1
        for item in node.iter():
            if item.tag != "li":
                continue
            nested = [c for c in item.iter() if c.tag in ("ul", "ol", "table")]
            own = "".join(c.text(deep=True) for c in item.iter(include_text=True)
                          if c.tag not in ("ul", "ol", "table"))  # nested lists follow the item
            text = " ".join(_html_lines(own).split())
            if text:
                # a numbered list shows its numbers, as a printed page would ("5. Budget")
                blocks.append(paragraph(f"{number}. {text}") if tag == "ol" else list_item(text))
            number += 1
            for c in nested:
                _html_block(c, blocks)
    elif tag == "tr":
        cells = [" ".join(c.text(deep=True).split()) for c in node.iter() if c.tag in ("td", "th")]
        if any(cells):
            blocks.append(table_row(cells))
    elif tag in ("p", "pre", "dt", "dd", "figcaption", "address", "summary"):
        text = _html_lines(node.text(deep=True))
        if text:
            blocks.append(paragraph(text))
    elif tag != "hr":
        _html_walk(node, blocks)


def _html_lines(text: str) -> str:
    lines = (" ".join(part.split()) for part in text.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------------------------- RTF


def read_rtf(data: bytes) -> list[Block]:
    """An RTF file's paragraphs. striprtf keeps only the text, so every paragraph is a paragraph
    block; § headings and numbered items are found in the text as in a PDF."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError("filen är ingen RTF-fil (saknar {\\rtf-huvud)")
    source = data.decode("cp1252", errors="replace")  # RTF is 7-bit; cp1252 only for stray bytes
    codepage = re.search(r"\\ansicpg(\d+)", source[:2000])
    encoding = f"cp{codepage.group(1)}" if codepage else "cp1252"
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except (LookupError, ValueError, IndexError) as exc:
        raise ReadError(f"RTF-filen är trasig ({type(exc).__name__})") from None
    return [paragraph(line.strip()) for line in text.replace("\r", "\n").split("\n") if line.strip()]
