"""Markdown into typed blocks with markdown-it-py (CommonMark, with GitHub tables).

The parser decides what is a heading, a list item, a table row or a paragraph; this module only
walks its tokens. Raw HTML blocks (WordPress exports write "<h2>" and "<p>" inside Markdown) go
through the web page reader's walk. A title from YAML front matter or a Nikola header comment
becomes the first heading, as the document's own title.
"""

from __future__ import annotations

import re

from arkiv.ingest.blocks import Block, heading, list_item, paragraph, table_row

_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_NIKOLA_META = re.compile(r"^\.\.\s+(\w+):\s*(.*)$")
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")
_WRAPPED_IN_ITEM = re.compile(r"(?<![.:;!?])\n(?=[a-zåäö])|(?<=\s)((?:från|till|och|samt|att|i|på|för|med|av|om))\n(?=\S)")


def read_markdown(text: str) -> list[Block]:
    from markdown_it import MarkdownIt

    title, body = markdown_metadata_title(text)
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = md.parse(body)
    blocks: list[Block] = [heading(title, 1)] if title else []
    lists: list[dict] = []  # open lists, innermost last: {"ordered", "item"}
    row: list[str] | None = None
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            text = _inline(tokens[i + 1])
            if text:
                blocks.append(heading(text, int(token.tag[1])))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append({"ordered": kind == "ordered_list_open", "item": None})
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            # markdown-it keeps the number as written ("5") and its mark ("." or ")")
            lists[-1]["item"] = f"{token.info}{token.markup} " if lists[-1]["ordered"] else "-"
        elif kind == "paragraph_open":
            text = _inline(tokens[i + 1])
            pending = lists[-1]["item"] if lists else None
            if pending is not None:
                lists[-1]["item"] = None  # the item's later paragraphs are paragraphs
            if not text:
                continue
            if pending == "-":
                text = _TASK_BOX.sub("", text)  # "- [x] Eva Ek": a task list's box, no words
                # "- Nya gungor köps in" / "  före sommaren.": a sentence wrapped in the item goes on
                text = _WRAPPED_IN_ITEM.sub(lambda m: (m.group(1) or "") + " ", text)
                first, _, rest = text.partition("\n")
                blocks.append(list_item(first, len(lists)))
                if rest:
                    blocks.append(paragraph(rest))
            else:
                blocks.append(paragraph(f"{pending}{text}" if pending else text))
        elif kind == "tr_open":
            row = []
        elif kind == "inline" and row is not None:
            row.append(" ".join(_inline(token).split()))
        elif kind == "tr_close":
            if row and any(row):
                blocks.append(table_row(row))
            row = None
        elif kind in ("fence", "code_block"):
            text = "\n".join(line.strip() for line in token.content.split("\n")).strip()
            if text:
                blocks.append(paragraph(text))
        elif kind == "html_block":
            blocks += _html_blocks(md, token.content)
    return blocks


def markdown_metadata_title(text: str) -> tuple[str | None, str]:
    """Title from YAML front matter or a Nikola <!-- .. title: X --> header, and the rest."""
    front = _FRONT_MATTER.match(text)
    if front:
        title = re.search(r"^title:\s*[\"']?(.*?)[\"']?\s*$", front.group(1), re.M)
        return (title.group(1) if title else None), text[front.end() :]
    first = _HTML_COMMENT.match(text.lstrip())
    if first:
        for line in first.group(1).splitlines():
            meta = _NIKOLA_META.match(line.strip())
            if meta and meta.group(1) == "title" and meta.group(2):
                return meta.group(2), text
    return None, text


def _inline(token) -> str:
    """The text of an inline token: emphasis and links dropped to their words, images dropped
    (no words worth searching), line breaks kept as lines."""
    parts: list[str] = []
    emphasis = 0  # open "**…**" / "*…*": a soft break inside them wraps a phrase ("**Eva" / "Ek**")
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("strong_open", "em_open"):
            emphasis += 1
        elif child.type in ("strong_close", "em_close"):
            emphasis = max(0, emphasis - 1)
        elif child.type == "softbreak" and emphasis:
            parts.append(" ")
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline" and child.content.lower().startswith("<br"):
            parts.append("\n")
    return "\n".join(line.strip() for line in "".join(parts).split("\n")).strip()


def _html_blocks(md, fragment: str) -> list[Block]:
    """Blocks of a raw HTML block. Exports that mix HTML and Markdown (WordPress) write Markdown
    links and emphasis inside it, so its text is read as Markdown inline text."""
    import dataclasses

    from selectolax.lexbor import LexborHTMLParser

    from arkiv.ingest.office import html_fragment_blocks

    def inline(text: str) -> str:
        return "\n".join(_inline(md.parseInline(line)[0]) for line in text.split("\n"))

    # Markdown authors break lines in raw HTML as they see them ("Datum: …" / "Plats: …"): keep them
    blocks = html_fragment_blocks(LexborHTMLParser(fragment.replace("\n", "<br>")))
    return [dataclasses.replace(b, text=inline(b.text), cells=tuple(inline(c) for c in b.cells)) for b in blocks]
