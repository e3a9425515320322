"""A brief for the next meeting: each agenda item of a kallelse with what happened to it before.

An item with a Dnr gets that case's earlier events (found_by "dnr"); an item whose Dnr is new gets
the earlier §s of the same body with a matching title (found_by "title", the tiers of arkiv.cases),
and an item without a Dnr those and then the best search hits for its title (found_by "semantic"),
standing items (agenda, opening) left out. An item with nothing earlier is new.
"""

from __future__ import annotations

import re
from contextlib import nullcontext
from dataclasses import dataclass, field

from arkiv.cases import PHASE_OF_STATUS, PROCEDURAL_TITLE, dnr_shown, title_match
from arkiv.errors import ArchiveError
from arkiv.schema import Document, DocType

_AGENDA_LINE = re.compile(r"^\s*(\d{1,3})[.)]?\s+(\S.*)$")
_CELL = re.compile(r"\s*(?:\t|\|)\s*")
_TRAILING = re.compile(r"[\s,;–-]+$")
BRIEF_WEAK_TITLE = 0.7  # below this a "möjligen" title likeness is noise in a brief
_FOUND = {"dnr": "samma Dnr", "title": "liknande rubrik", "semantic": "sökning på rubriken"}
# Printed, every agenda item starts a page; on screen the sections are only separated.
_PRINT_CSS = """body { font-family: sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.4; }
section.arende { border-top: 1px solid #999; margin-top: 1.5em; }
@media print {
  body { margin: 0; max-width: none; }
  section.arende { border-top: none; page-break-before: always; break-before: page; }
  section.arende:first-of-type { page-break-before: auto; break-before: auto; }
}"""


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

    @property
    def how(self) -> str:
        how = _FOUND.get(self.found_by, self.found_by)
        if self.found_by != "dnr" and self.score is not None:
            how += f", {self.score:.2f}"
        return how

    @property
    def line(self) -> str:
        heading = " ".join(x for x in (self.section, self.section_title) if x)
        return (f"{self.date or 'odaterat'} {heading} – {self.status or 'inget beslut'} [{self.how}] "
                f"({self.source}:{self.page})")

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

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" + (f" (Dnr {self.dnr})" if self.dnr else "")

    @property
    def no_history(self) -> str:
        return "Stående punkt." if PROCEDURAL_TITLE.search(self.title) else "Nytt ärende: ingen tidigare behandling hittad."

    def as_record(self) -> dict:
        return {"number": self.number, "title": self.title, "dnr": self.dnr,
                "history": [entry.as_record() for entry in self.history]}


@dataclass
class Brief:
    body: str | None
    date: str | None
    source: str
    items: list[AgendaItem]

    @property
    def heading(self) -> str:
        return f"Inför sammanträdet {self.date or '(odaterat)'} – {self.body or 'okänt organ'}"

    def markdown(self) -> str:
        """The brief as Markdown, for reading or `--out brief.md`."""
        lines = [f"# {self.heading}", "", f"Kallelse: {self.source}", ""]
        for item in self.items:
            lines += [f"## {item.heading}", ""]
            if not item.history:
                lines += [item.no_history, ""]
                continue
            for entry in item.history:
                lines.append(f"- {entry.line}")
                lines += [f"  - Beslut ({d['status']}): {d['text']}" for d in entry.decisions]
            lines.append("")
        return "\n".join(lines)

    def html(self) -> str:
        """The brief as one printable HTML page: a section per agenda item, each on its own page
        when printed; every text is escaped."""
        from html import escape

        parts = ["<!DOCTYPE html>", '<html lang="sv">', "<head>", '<meta charset="utf-8">',
                 f"<title>{escape(self.heading)}</title>", "<style>", _PRINT_CSS, "</style>", "</head>",
                 "<body>", f"<h1>{escape(self.heading)}</h1>", f"<p>Kallelse: {escape(self.source)}</p>"]
        for item in self.items:
            parts += ['<section class="arende">', f"<h2>{escape(item.heading)}</h2>"]
            if not item.history:
                parts.append(f"<p>{escape(item.no_history)}</p>")
            else:
                parts.append("<ul>")
                for entry in item.history:
                    parts.append(f"<li>{escape(entry.line)}")
                    if entry.decisions:
                        parts.append("<ul>" + "".join(
                            f"<li>Beslut ({escape(d['status'])}): {escape(d['text'])}</li>"
                            for d in entry.decisions) + "</ul>")
                    parts.append("</li>")
                parts.append("</ul>")
            parts.append("</section>")
        parts += ["</body>", "</html>", ""]
        return "\n".join(parts)

    def write_docx(self, path) -> None:
        """The brief as a Word document: a heading per agenda item, its history as a table
        (date, §, what happened, how it was found, decisions, source)."""
        import docx

        document = docx.Document()
        document.core_properties.title = self.heading
        document.core_properties.language = "sv-SE"
        document.add_heading(self.heading, level=1)
        document.add_paragraph(f"Kallelse: {self.source}")
        for item in self.items:
            document.add_heading(item.heading, level=2)
            if not item.history:
                document.add_paragraph(item.no_history)
                continue
            table = document.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Datum", "Paragraf", "Läge", "Beslut", "Källa")):
                cell.text = text
            for entry in item.history:
                cells = table.add_row().cells
                cells[0].text = entry.date or "odaterat"
                cells[1].text = " ".join(x for x in (entry.section, entry.section_title) if x)
                cells[2].text = f"{entry.status or 'inget beslut'} [{entry.how}]"
                cells[3].text = "\n".join(f"{d['text']} ({d['status']})" for d in entry.decisions)
                cells[4].text = f"{entry.source}:{entry.page}"
        document.save(str(path))

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
                                                   dnr_shown(refs[0].text) if refs else None)
    for section in doc.sections:
        number = re.sub(r"\D", "", section.number or "")
        if not number:
            continue
        item = items.setdefault(number, AgendaItem(number, section.title))
        if item.dnr is None and section.dnr:
            item.dnr = dnr_shown(section.dnr[0].text)
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
    to_prepare = [item for item in items if not PROCEDURAL_TITLE.search(item.title)]  # not the opening …
    searched = any(not item.dnr for item in to_prepare) and archive.catalogue.has_indexed_chunks()
    # The vector store opened once for all the items' searches, not once per search.
    with archive.index.vector_session() if searched else nullcontext():
        for item in to_prepare:
            if item.dnr:
                item.history = _by_dnr(archive, doc, item.dnr)
            if not item.history:
                item.history = _by_title(earlier, item.title, per_item)
            if not item.dnr:
                # A new Dnr names a new case: only a matching title is evidence of a predecessor (last
                # year's plan); search hits for its title would be related texts, not its history.
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
        if PROCEDURAL_TITLE.search(hit.section_title or ""):
            continue  # the agenda or the minutes of a meeting are no item's history
        taken.add((hit.source, hit.section))
        section = archive.catalogue.section(hit.sha256, hit.section, hit.source)
        if section is None:
            continue
        entries.append(_entry(section, "semantic", round(hit.score, 4)))
        if len(entries) == limit:
            break
    return entries
