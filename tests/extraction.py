"""Shorthands for extraction tests: parse invented page texts and read back what was found."""

from __future__ import annotations

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.extract import parse_document


def parsed(*pages: str, filename: str = ""):
    """The document parsed from page texts, cleaned as ingest cleans them."""
    return parse_document(clean_pages(list(pages)), filename=filename)


def decisions(doc) -> dict[str, list[tuple[str, str]]]:
    """Each section's decisions as (text, status), keyed by its number (or title when unnumbered)."""
    return {s.number or s.title: [(d.text, d.status.value) for d in s.decisions] for s in doc.sections}


def persons(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """The persons of one uncleaned page as (name, role, organisation, party), in order."""
    return [(p.name, p.role, p.organisation, p.party) for p in parse_document([text]).persons]


def by_name(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """The persons of one uncleaned page as name -> (role, organisation, party)."""
    return {p.name: (p.role, p.organisation, p.party) for p in parse_document([text]).persons}
