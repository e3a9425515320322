"""A brief for the next meeting: each agenda item of a kallelse with what happened to it before.

An item with a Dnr gets that case's earlier events (found_by "dnr"); an item without one, or whose
Dnr is new, gets the earlier §s of the same body with a matching title (found_by "title", the tiers
of arkiv.cases) and then the best search hits for its title (found_by "semantic").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from arkiv.cases import PHASE_OF_STATUS, PROCEDURAL_TITLE, dnr_as_written, title_match
from arkiv.errors import ArchiveError
from arkiv.schema import Document, DocType

_AGENDA_LINE = re.compile(r"^\s*(\d{1,3})[.)]?\s+(\S.*)$")
_CELL = re.compile(r"\s*(?:\t|\|)\s*")
_TRAILING = re.compile(r"[\s,;–-]+$")
BRIEF_WEAK_TITLE = 0.7  # below this a "möjligen" title likeness is noise in a brief


@dataclass(frozen=True)
class HistoryEntry:
    date: str | None
    source: str
    page: int
    section: str | None
    section_title: str | None
    status: str | None
    decisions: tuple[dict, ...]
    found_by: str  # dnr, title, semantic
    score: float | None

    def as_record(self) -> dict:
        return {"date": self.date, "source": self.source, "page": self.page, "section": self.section,
                "section_title": self.section_title, "status": self.status,
                "decisions": list(self.decisions), "found_by": self.found_by, "score": self.score}


@dataclass
class AgendaItem:
    number: str
    title: str
    dnr: str | None = None
    history: list[HistoryEntry] = field(default_factory=list)

    def as_record(self) -> dict:
        return {"number": self.number, "title": self.title, "dnr": self.dnr,
                "history": [entry.as_record() for entry in self.history]}


@dataclass
class Brief:
    body: str | None
    date: str | None
    source: str
    items: list[AgendaItem]

    def markdown(self) -> str:
        """The brief as Markdown, for reading or `--out brief.md`."""
        found = {"dnr": "samma Dnr", "title": "liknande rubrik", "semantic": "sökning på rubriken"}
        lines = [f"# Inför sammanträdet {self.date or '(odaterat)'} – {self.body or 'okänt organ'}", "",
                 f"Kallelse: {self.source}", ""]
        for item in self.items:
            dnr = f" (Dnr {item.dnr})" if item.dnr else ""
            lines += [f"## {item.number}. {item.title}{dnr}", ""]
            if not item.history:
                standing = PROCEDURAL_TITLE.search(item.title)
                lines += ["Stående punkt." if standing else "Ingen tidigare behandling hittad.", ""]
                continue
            for entry in item.history:
                how = found.get(entry.found_by, entry.found_by)
                if entry.found_by != "dnr" and entry.score is not None:
                    how += f", {entry.score:.2f}"
                heading = " ".join(x for x in (entry.section, entry.section_title) if x)
                lines.append(f"- {entry.date or 'odaterat'} {heading} – {entry.status or 'inget beslut'} "
                             f"[{how}] ({entry.source}:{entry.page})")
                lines += [f"  - Beslut ({d['status']}): {d['text']}" for d in entry.decisions]
            lines.append("")
        return "\n".join(lines)

    def as_record(self) -> dict:
        return {"meeting": {"body": self.body, "date": self.date, "source": self.source},
                "items": [item.as_record() for item in self.items]}


def agenda(doc: Document) -> list[AgendaItem]:
    """The numbered items of a kallelse: its agenda list ("4. Titel, Dnr …", a table row
    "4 | Titel | Dnr | Föredragande") completed by the item sections it has ("Ärende 4")."""
    from arkiv.ingest.extract import case_refs
    from arkiv.ingest.segment import RawSection

    items: dict[str, AgendaItem] = {}
    for paragraph in doc.paragraphs:
        if paragraph.section is not None:
            continue
        for line in paragraph.text.splitlines():
            match = _AGENDA_LINE.match(line)
            if not match:
                continue
            rest = match.group(2)
            refs = case_refs(RawSection(None, "", paragraph.page, head_rest=rest))
            title = _CELL.split(rest)[0]
            for ref in refs:
                title = title.replace(ref.text, "").replace(ref.text.removeprefix("Dnr "), "")
            title = _TRAILING.sub("", title).strip()
            if title and match.group(1) not in items:
                items[match.group(1)] = AgendaItem(match.group(1), title,
                                                   dnr_as_written(refs[0].text) if refs else None)
    for section in doc.sections:
        number = re.sub(r"\D", "", section.number or "")
        if not number:
            continue
        item = items.setdefault(number, AgendaItem(number, section.title))
        if item.dnr is None and section.dnr:
            item.dnr = dnr_as_written(section.dnr[0].text)
    return sorted(items.values(), key=lambda item: int(item.number))


def brief(archive, doc: Document, per_item: int = 5) -> Brief:
    """The brief for the meeting `doc` (a kallelse) announces, from what `archive` holds before it."""
    if doc.doc_type != DocType.KALLELSE:
        raise ArchiveError(f"{doc.source} är ingen kallelse eller föredragningslista (tolkad som "
                           f"{doc.doc_type}); ange kallelsen till sammanträdet")
    items = agenda(doc)
    if not items:
        raise ArchiveError(f"hittar ingen föredragningslista med numrerade ärenden i {doc.source}")
    earlier = [s for s in archive.catalogue.sections_of_body(doc.body)
               if s["sha256"] != doc.sha256 and (not doc.date or (s["date"] or "") < doc.date)]
    for item in items:
        if PROCEDURAL_TITLE.search(item.title):
            continue  # the opening, the agenda, other questions: nothing to prepare
        if item.dnr:
            item.history = _by_dnr(archive, doc, item.dnr)
        if not item.history:
            item.history = _by_title(earlier, item.title, per_item)
            item.history += _by_search(archive, doc, item, per_item - len(item.history))
    return Brief(doc.body, doc.date, doc.source, items)


def _status(statuses: list[str]) -> str | None:
    return next((s for s in PHASE_OF_STATUS if s in statuses), statuses[0] if statuses else None)


def _by_dnr(archive, doc: Document, dnr: str) -> list[HistoryEntry]:
    try:
        case = archive.case(dnr, body=doc.body)
    except ArchiveError:
        return []
    return [
        HistoryEntry(e.date, e.source, e.page, e.section, e.section_title,
                     _status([str(d.status) for d in e.decisions]),
                     tuple({"text": d.text, "status": str(d.status)} for d in e.decisions), "dnr", 1.0)
        for e in case.events if not doc.date or (e.date or "") < doc.date
    ]


def _entry(section: dict, found_by: str, score: float) -> HistoryEntry:
    return HistoryEntry(section["date"], section["source"], section["page"], section["number"],
                        section["title"], _status([d["status"] for d in section["decisions"]]),
                        tuple(section["decisions"]), found_by, score)


def _by_title(earlier: list[dict], title: str, limit: int) -> list[HistoryEntry]:
    found = []
    for section in earlier:
        match = title_match(section["title"], title)
        # A weak likeness is shown too (it is only shown, with its score), if not a faint one.
        if match and (match[0] != "möjligen" or match[1] >= BRIEF_WEAK_TITLE):
            found.append((match[1], section))
    found.sort(key=lambda pair: (pair[0], pair[1]["date"] or ""), reverse=True)  # best, then latest
    return sorted((_entry(s, "title", score) for score, s in found[:limit]), key=lambda e: e.date or "")


def _by_search(archive, doc: Document, item: AgendaItem, limit: int) -> list[HistoryEntry]:
    if limit <= 0:
        return []
    from arkiv.search.engine import Filters

    taken = {(e.source, e.section) for e in item.history}
    entries = []
    day_before = None
    if doc.date:
        from datetime import date, timedelta

        day_before = (date.fromisoformat(doc.date) - timedelta(days=1)).isoformat()
    hits = archive.search(item.title, limit=limit * 3, filters=Filters(body=doc.body, date_to=day_before))
    for hit in hits:
        if hit.score < hits[0].score / 2:
            break  # far below the best: noise rather than history
        if hit.sha256 == doc.sha256 or (hit.source, hit.section) in taken or hit.section is None:
            continue
        taken.add((hit.source, hit.section))
        section = archive.catalogue.section(hit.sha256, hit.section, hit.source)
        if section is None:
            continue
        entries.append(_entry(section, "semantic", round(hit.score, 4)))
        if len(entries) == limit:
            break
    return entries
