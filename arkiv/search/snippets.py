"""Snippets: the part of a hit's text where the query's words are, with their spans to highlight.

A word matches when its Swedish terms (stem, compound parts) meet the query's, so "äskanden" is
highlighted in "Äskande för 2025" and "budget" in "budgetramar".
"""

from __future__ import annotations

import re

from arkiv.search.swedish import analyze, analyze_query

WIDTH = 240
_WORD = re.compile(r"\w+", re.UNICODE)


def make_snippet(text: str, query: str, width: int = WIDTH) -> tuple[str, tuple[tuple[int, int], ...]]:
    """(snippet of about `width` characters, spans of matching words within the snippet)."""
    flat = " ".join(text.split())
    wanted = set(analyze_query(query))
    matches = [
        m.span() for m in _WORD.finditer(flat) if wanted and wanted.intersection(analyze(m.group(0)))
    ]
    start = _best_window(matches, len(flat), width)
    end = min(len(flat), start + width)
    if start > 0:  # begin at a word boundary
        start = flat.find(" ", start) + 1 or start
    if end < len(flat):
        end = flat.rfind(" ", start, end) if flat.rfind(" ", start, end) > start else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(flat) else ""
    snippet = prefix + flat[start:end] + suffix
    shift = len(prefix) - start
    spans = tuple((a + shift, b + shift) for a, b in matches if a >= start and b <= end)
    return snippet, spans


def _best_window(matches: list[tuple[int, int]], length: int, width: int) -> int:
    """Start of the window holding the most matches, opening a little before the first of them."""
    if not matches or length <= width:
        return 0
    best_start, best_count = 0, -1
    for a, _ in matches:
        start = max(0, a - width // 4)
        count = sum(1 for x, y in matches if x >= start and y <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    return best_start
