"""reStructuredText into typed blocks with docutils.

docutils parses the document (section levels from the order of adornments, lists, tables, field
lists); this module walks its tree. Sections are kept as sections rather than promoted to a
document title, directives docutils does not know (Sphinx's, Nikola's) and comments are dropped,
and admonitions (".. note::") are notes to the writer, not minutes, so they are dropped too. A
Nikola ".. title: X" header comment becomes the first heading, as the document's own title.
"""

from __future__ import annotations

import re

from arkiv.ingest.blocks import Block, heading, list_item, meta, paragraph, table_row

_NIKOLA_TITLE = re.compile(r"^title:\s*(.+)$", re.M)


def read_rst(text: str) -> list[Block]:
    from docutils import nodes
    from docutils.core import publish_doctree

    document = publish_doctree(text, settings_overrides={
        "report_level": 5, "halt_level": 5, "doctitle_xform": False, "docinfo_xform": False,
        "file_insertion_enabled": False, "raw_enabled": False, "input_encoding": "unicode",
    })
    walker = _Walker(nodes)
    walker.walk(document, depth=0)
    return walker.blocks


class _Walker:
    def __init__(self, nodes) -> None:
        self.nodes = nodes
        self.blocks: list[Block] = []

    def walk(self, node, depth: int) -> None:
        n = self.nodes
        for child in node.children:
            if isinstance(child, n.section):
                self.walk(child, depth + 1)
            elif isinstance(child, n.title):
                self._add(heading(_text(child), max(depth, 1)))
            elif isinstance(child, n.comment):
                title = _NIKOLA_TITLE.search(child.astext())
                if title and not self.blocks:
                    self._add(heading(title.group(1).strip(), 1))
            elif isinstance(child, (n.system_message, n.substitution_definition, n.target, n.Admonition,
                                    n.raw, n.image, n.figure, n.pending)):
                continue
            elif isinstance(child, n.paragraph):
                self._add(paragraph(_text(child)))
            elif isinstance(child, n.bullet_list):
                self._list(child, depth, numbered=False)
            elif isinstance(child, n.enumerated_list):
                self._list(child, depth, numbered=True)
            elif isinstance(child, n.field_list):
                for field in child.children:
                    name, body = field.children[0], field.children[1]
                    self._add(meta(_text(name), " ".join(_text(body).split())))
            elif isinstance(child, (n.literal_block, n.line_block, n.doctest_block)):
                self._add(paragraph(_text(child)))
            elif isinstance(child, n.definition_list):
                for item in child.children:
                    for part in item.children:
                        if isinstance(part, n.term):
                            self._add(paragraph(_text(part)))
                        elif isinstance(part, n.definition):
                            self.walk(part, depth)
            elif isinstance(child, n.table):
                for row in child.findall(n.row):
                    self._add(table_row([" ".join(_text(entry).split()) for entry in row.children]))
            else:  # block quotes, containers, compound paragraphs: their content
                self.walk(child, depth)

    def _list(self, node, depth: int, numbered: bool) -> None:
        start = int(node.get("start", 1))
        prefix, suffix = node.get("prefix", ""), node.get("suffix", ".")
        for number, item in enumerate(node.children, start):
            first, *rest = item.children or [None]
            if first is not None and isinstance(first, self.nodes.paragraph):
                text = _text(first)
                shown = _enumerator(number, node.get("enumtype", "arabic"))
                self._add(paragraph(f"{prefix}{shown}{suffix} {text}") if numbered else list_item(text))
                item = self.nodes.Element("", *rest)  # the item's other paragraphs and nested lists
            self.walk(item, depth)

    def _add(self, block: Block) -> None:
        if block.text.strip() or any(block.cells):
            self.blocks.append(block)


def _enumerator(number: int, enumtype: str) -> str:
    if enumtype == "loweralpha":
        return chr(ord("a") + number - 1)
    if enumtype == "upperalpha":
        return chr(ord("A") + number - 1)
    if enumtype in ("lowerroman", "upperroman"):
        from arkiv.ingest.office import _roman

        roman = _roman(number)
        return roman.lower() if enumtype == "lowerroman" else roman
    return str(number)


def _text(node) -> str:
    return "\n".join(line.strip() for line in node.astext().split("\n")).strip()
