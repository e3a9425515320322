"""Typed blocks: what a reader hands over instead of re-parseable text.

A reader that knows its format's structure (a Word heading style, a table row, a list item)
returns `Block`s, each with its page. `blocks_to_pages` is the one adapter between blocks and the
page texts that ingest.clean, ingest.segment and ingest.extract read today: it writes each kind in
the line convention those stages already rely on (a heading as "# Titel" between blank lines, a
list item as "- text", a table row as tab-separated cells, metadata as "Etikett: värde"), so a
format can move to blocks without changing what the later stages see for the same content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class BlockKind:
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    META = "meta"  # a document property the format states apart from its text ("Datum", "Plats")

    ALL = (HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, META)


@dataclass(frozen=True)
class Block:
    kind: str  # a BlockKind
    text: str = ""  # heading, paragraph, list item: its text (lines of a paragraph kept); meta: the value
    page: int = 1  # 1-based
    level: int = 1  # heading level (1 = top); nesting depth of a list item
    cells: tuple[str, ...] = ()  # table row
    label: str = ""  # meta: what the value is ("Datum")

    def __post_init__(self) -> None:
        if self.kind not in BlockKind.ALL:
            raise ValueError(f"unknown block kind {self.kind!r}")


def heading(text: str, level: int = 1, page: int = 1) -> Block:
    return Block(BlockKind.HEADING, text, page, level=level)


def paragraph(text: str, page: int = 1) -> Block:
    return Block(BlockKind.PARAGRAPH, text, page)


def list_item(text: str, level: int = 1, page: int = 1) -> Block:
    return Block(BlockKind.LIST_ITEM, text, page, level=level)


def table_row(cells: list[str] | tuple[str, ...], page: int = 1) -> Block:
    return Block(BlockKind.TABLE_ROW, page=page, cells=tuple(cells))


def meta(label: str, value: str, page: int = 1) -> Block:
    return Block(BlockKind.META, value, page, label=label)


_SENTENCE_DONE = re.compile(r"[.!?]\W*$")


def blocks_to_pages(blocks: list[Block]) -> list[str]:
    """Page texts for the later ingest stages, one per page up to the last block's page (a page
    without blocks stays an empty page so that page numbers keep pointing at the original)."""
    if not blocks:
        return []
    pages: list[list[str]] = [[] for _ in range(max(block.page for block in blocks))]
    previous: Block | None = None
    for block in blocks:
        lines = pages[block.page - 1]
        if previous is not None and previous.page == block.page and _blank_between(previous, block):
            lines.append("")
        lines.extend(_lines_of(block))
        previous = block
    return [_tidy("\n".join(lines)) for lines in pages]


def _lines_of(block: Block) -> list[str]:
    if block.kind == BlockKind.HEADING:
        return [f"{'#' * max(1, min(block.level, 6))} {_one_line(block.text)}"]
    if block.kind == BlockKind.LIST_ITEM:
        return [f"- {_one_line(block.text)}"]
    if block.kind == BlockKind.TABLE_ROW:
        return ["\t".join(_one_line(cell) for cell in block.cells).rstrip("\t")]
    if block.kind == BlockKind.META:
        return [f"{block.label}: {_one_line(block.text)}"]
    return [line.strip() for line in block.text.split("\n")]


def _blank_between(previous: Block, block: Block) -> bool:
    """A blank line where the text formats put one. Headings stand between blank lines; a list or
    a table is one block of lines, with a blank line after it. A paragraph that ends a sentence is
    prose, and a blank line follows it as in a text file; a paragraph without a full stop (a label
    "Närvarande:", a name in an attendance list, a lead-in "Nämnden beslutar att") stays with the
    lines below it as in a printed block, since extraction reads such a run of lines as one block
    (an attendance list, a decision and its bullets)."""
    if BlockKind.HEADING in (previous.kind, block.kind):
        return True
    if previous.kind == BlockKind.PARAGRAPH:
        return bool(_SENTENCE_DONE.search(previous.text))
    return previous.kind != block.kind and previous.kind != BlockKind.META  # header lines stay together


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tidy(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n" if text.strip() else ""
