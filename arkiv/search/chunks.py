"""What gets indexed: every decision, section text in passage-sized chunks, and section titles.

Each chunk carries its context (body, date, § number and title) in `embed_text`, so a chunk stands
on its own for the embedder and for BM25: "Beslut: … bordläggs" under "§ 31 Äskande för 2025"
is found by "äskanden" although the decision text never says it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from arkiv.schema import Document, Paragraph, Section

# Well inside e5's 512 tokens (Swedish runs ~1.7 tokens per word, plus the context header);
# bench/retrieval.py: 100-word passages gave nDCG@10 0.681, 200-word 0.670.
PASSAGE_WORDS = 100


class ChunkKind:
    DECISION = "beslut"
    PASSAGE = "paragraf"  # section text
    TITLE = "rubrik"
    TEXT = "text"  # text outside any § (news items, notes without numbered items)

    ALL = (DECISION, PASSAGE, TITLE, TEXT)


@dataclass(frozen=True)
class Chunk:
    id: str
    sha256: str
    kind: str
    section: str | None  # "§ 31"
    section_title: str | None
    page: int
    text: str  # shown to the user
    embed_text: str  # text + context, what the embedder and BM25 read
    status: str | None = None  # decisions only
    date: str | None = None
    body: str | None = None
    dnr_keys: tuple[str, ...] = ()
    dnr_text: tuple[str, ...] = ()

    @property
    def date_int(self) -> int:
        """YYYYMMDD for range filters in Chroma; 0 when the document has no date."""
        return int(self.date.replace("-", "")) if self.date else 0


def _chunk_id(sha256: str, *parts: object) -> str:
    return hashlib.sha1(":".join([sha256, *map(str, parts)]).encode()).hexdigest()[:20]


def _context(doc: Document, section: Section | None) -> str:
    head = ", ".join(x for x in (doc.body, doc.date) if x)
    if section is not None:
        label = " ".join(x for x in (section.number, section.title) if x)
        head = f"{head}. {label}" if head else label
    return head


def split_passages(paragraphs: list[str], max_words: int = PASSAGE_WORDS) -> list[str]:
    """Pack paragraphs into passages of at most `max_words`, splitting long ones at sentence ends."""
    pieces: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph.split()) <= max_words:
            pieces.append(paragraph)
        else:
            pieces += [" ".join(group) for group in _pack(re.split(r"(?<=[.!?])\s+", paragraph), max_words)]
    passages = ["\n\n".join(group) for group in _pack(pieces, max_words)]
    # A single piece longer than max_words (no sentence ends) is cut by words.
    return [p for passage in passages for p in _cut(passage, max_words)]


def _pack(pieces: list[str], max_words: int) -> list[list[str]]:
    """Consecutive pieces grouped so that a group stays within `max_words` (a longer piece alone)."""
    groups: list[list[str]] = []
    words = 0
    for piece in pieces:
        size = len(piece.split())
        if groups and words + size <= max_words:
            groups[-1].append(piece)
            words += size
        else:
            groups.append([piece])
            words = size
    return groups


def _cut(text: str, max_words: int) -> list[str]:
    words = text.split(" ")
    if len(text.split()) <= max_words * 1.5:
        return [text]
    return [" ".join(words[i : i + max_words]) for i in range(0, len(words), max_words)]


def _paragraphs_by_section(doc: Document) -> tuple[list[list[Paragraph]], list[Paragraph]]:
    """The document's clean paragraphs (PDF lines joined, with pages) per section, in order, and
    those outside any section. A paragraph names its section by number, or by title when the
    section has no number; walking both in document order keeps repeated numbers apart."""
    per_section: list[list[Paragraph]] = [[] for _ in doc.sections]
    outside: list[Paragraph] = []
    positions: dict[str, list[int]] = {}
    for i, section in enumerate(doc.sections):
        positions.setdefault(section.number or section.title, []).append(i)
    current = 0
    for paragraph in doc.paragraphs:
        if paragraph.section not in positions:
            outside.append(paragraph)
            continue
        candidates = positions[paragraph.section]
        current = next((i for i in candidates if i >= current), candidates[0])
        per_section[current].append(paragraph)
    return per_section, outside


def chunks_of(doc: Document) -> list[Chunk]:
    chunks: list[Chunk] = []
    per_section, outside = _paragraphs_by_section(doc)
    for s_pos, (section, paragraphs) in enumerate(zip(doc.sections, per_section)):
        context = _context(doc, section)
        common = dict(
            sha256=doc.sha256, section=section.number, section_title=section.title,
            date=doc.date, body=doc.body,
            dnr_keys=tuple(ref.key for ref in section.dnr),
            dnr_text=tuple(ref.text for ref in section.dnr),
        )
        chunks.append(Chunk(
            id=_chunk_id(doc.sha256, s_pos, "title"), kind=ChunkKind.TITLE, page=section.page,
            text=section.title, embed_text=context, **common,
        ))
        for d_pos, decision in enumerate(section.decisions):
            chunks.append(Chunk(
                id=_chunk_id(doc.sha256, s_pos, "decision", d_pos), kind=ChunkKind.DECISION,
                page=section.page, text=decision.text,
                embed_text=f"{context}. Beslut ({decision.status}): {decision.text}",
                status=str(decision.status), **common,
            ))
        for p_pos, (passage, page) in enumerate(_passages(paragraphs, section.page)):
            chunks.append(Chunk(
                id=_chunk_id(doc.sha256, s_pos, "passage", p_pos), kind=ChunkKind.PASSAGE,
                page=page, text=passage, embed_text=f"{context}. {passage}", **common,
            ))
    chunks += _text_chunks(doc, outside, len(doc.sections))
    return chunks


def _passages(paragraphs: list[Paragraph], default_page: int) -> list[tuple[str, int]]:
    """Passages with the page their first paragraph is on."""
    page_of = {p.text[:60]: p.page for p in paragraphs}
    return [(passage, page_of.get(passage[:60], default_page))
            for passage in split_passages([p.text for p in paragraphs])]


def _text_chunks(doc: Document, paragraphs: list[Paragraph], offset: int) -> list[Chunk]:
    """Paragraphs outside any §, packed into passages that keep the page of their first paragraph."""
    context = _context(doc, None) or doc.title
    return [
        Chunk(
            id=_chunk_id(doc.sha256, offset, "text", pos), sha256=doc.sha256, kind=ChunkKind.TEXT,
            section=None, section_title=None, page=page, text=passage,
            embed_text=f"{context}. {doc.title}. {passage}", date=doc.date, body=doc.body,
        )
        for pos, (passage, page) in enumerate(_passages(paragraphs, 1))
    ]


def shared_vectors(chunks: list[Chunk]) -> dict[str, str]:
    """{chunk id: id of the chunk whose vector it takes instead of being embedded}, within `chunks`.

    A § title's embedded text (body, date, § number and title) opens every passage of its §, so a
    title takes the vector of its §'s first passage: ~11% fewer tokens embedded, retrieval no
    worse (bench/retrieval 2026-11-30: hybrid nDCG@10 0.694 -> 0.696, Recall@10 0.802 -> 0.803).
    A decision printed in a passage keeps its own vector: sharing the passage's lowered decision
    questions 0.857 -> 0.790.
    """
    first_passage: dict[tuple, str] = {}
    for chunk in chunks:
        if chunk.kind == ChunkKind.PASSAGE:
            first_passage.setdefault((chunk.sha256, chunk.section, chunk.section_title), chunk.id)
    return {chunk.id: first_passage[key] for chunk in chunks
            if chunk.kind == ChunkKind.TITLE
            and (key := (chunk.sha256, chunk.section, chunk.section_title)) in first_passage}
