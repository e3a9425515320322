"""Records that flow through arkiv: what ingest produces, what the catalogue stores, what search returns.

Plain frozen dataclasses with closed vocabularies (StrEnum) so that every stage and every tool
that reads `arkiv export` agrees on the same values.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from arkiv.swedish import dnr


class DocType(StrEnum):
    PROTOKOLL = "sammanträdesprotokoll"
    MINNESANTECKNINGAR = "minnesanteckningar"
    KALLELSE = "kallelse"  # kallelse and/or föredragningslista
    OTHER = "annat"


class DecisionStatus(StrEnum):
    """What happened to a matter at a meeting. Never guessed: unclear wording gives BESLUTAD only
    when a decision marker was present, see arkiv.ingest.extract."""

    BESLUTAD = "beslutad"  # decided, adopted, approved, elected
    BORDLAGD = "bordlagd"  # tabled to a later meeting
    ATERREMITTERAD = "återremitterad"  # sent back for further preparation
    AVSLAGEN = "avslagen"  # rejected
    NOTERAD = "noterad"  # information noted, "läggs till handlingarna"
    AVSKRIVEN = "avskriven"  # written off without a decision on its merits, "ärendet avskrivs"
    OVERLAMNAD = "överlämnad"  # proposed to another organ, "föreslår kommunfullmäktige besluta att"
    BESVARAD = "besvarad"  # a motion or medborgarförslag answered, "anses besvarad"


class IngestStatus(StrEnum):
    OK = "ok"
    UNCHANGED = "oförändrad"
    SKIPPED = "överhoppad"  # extension arkiv does not read
    FAILED = "misslyckad"
    FORGOTTEN = "glömd"  # the original is gone and the archive was told to forget it (--prune)


_DNR_DIGITS = re.compile(r"\d+")
_DNR_SERIES = re.compile(r"[A-ZÅÄÖ]{1,8}", re.IGNORECASE)


def normalise_dnr(text: str) -> str:
    """Key for matching case numbers written in different spellings (arkiv.swedish.dnr).

    "Dnr SDSF 2024 000025 790" -> "SDSF-2024-25-790", "ks2024/123", "KS/2024:0123" and "2024/KS 123"
    -> "KS-2024-123", "Dnr 2023-000123" -> "2023-123". Text outside the grammar (a free `--dnr`
    value) keys as its series letters and digit groups without leading zeros.
    """
    if (parsed := dnr.parse(text)) is not None:
        return parsed.key
    body = re.sub(r"^\s*(dnr|diarienummer|diarienr)[\s.:]*", "", text.strip(), flags=re.IGNORECASE)
    series = _DNR_SERIES.match(body.strip())
    parts = [series.group(0).upper()] if series else []
    parts += [str(int(d)) for d in _DNR_DIGITS.findall(body)]
    return "-".join(parts)


@dataclass(frozen=True)
class CaseRef:
    """A Dnr / case number as written in the document and its matching key."""

    text: str
    key: str

    @classmethod
    def from_text(cls, text: str) -> CaseRef:
        return cls(text=text.strip(), key=normalise_dnr(text))

    @property
    def display(self) -> str:
        """The canonical spelling ("KS 2024/123"), or the text as written outside the grammar."""
        parsed = dnr.parse(self.text)
        return parsed.display if parsed else self.text

    @classmethod
    def example(cls) -> CaseRef:
        return cls.from_text("Dnr SDSF 2024 000028 790")


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None  # ordförande, ledamot, ersättare, sekreterare, justerare, förbundschef …
    organisation: str | None = None  # "Avesta kommun", "Region Dalarna"
    party: str | None = None  # "S", "M", "C" …
    rule: str | None = field(default=None, compare=False)  # the rule that found the person, see Decision

    @classmethod
    def example(cls) -> Person:
        return cls(name="Gunilla Berglund", role="ordförande", organisation="Avesta kommun")


@dataclass(frozen=True)
class Decision:
    text: str
    status: DecisionStatus
    # the extraction rule that found it ("beslutsblock", "beslutsmening" …), for `arkiv show --explain`;
    # not part of what the decision is, so two equal decisions found by different rules are equal
    rule: str | None = field(default=None, compare=False)
    # who reserved themselves against it, as written ("Sara Lind (V)"), and the vote ("7 ja, 4 nej")
    reservations: tuple[str, ...] = field(default=(), compare=False)
    vote: str | None = field(default=None, compare=False)

    @classmethod
    def example(cls) -> Decision:
        return cls(
            text="Styrelsen beslutar att beslut om äskande för 2025 bordläggs till kommande styrelsemöte.",
            status=DecisionStatus.BORDLAGD,
        )


@dataclass(frozen=True)
class Paragraph:
    """A clean paragraph for search, with the page it starts on and the § it belongs to."""

    text: str
    page: int
    section: str | None = None  # "§ 31", the heading of an unnumbered section, or None outside any


@dataclass(frozen=True)
class Section:
    number: str | None  # normalised "§ 31"; None for an unnumbered heading
    title: str
    page: int
    text: str
    dnr: tuple[CaseRef, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @classmethod
    def example(cls) -> Section:
        return cls(
            number="§ 31",
            title="Äskande för 2025 från Samverkansteam",
            page=8,
            text="Äskanden för 2025 från samverkansteamens styrgrupper har kommit in …",
            dnr=(CaseRef.example(),),
            decisions=(Decision.example(),),
        )


@dataclass(frozen=True)
class Document:
    source: str  # absolute path of the ingested file
    sha256: str
    title: str
    doc_type: DocType
    body: str | None  # the organ or organisation: "Södra Dalarnas Samordningsförbund"
    date: str | None  # meeting date "YYYY-MM-DD"
    place: str | None
    time: str | None
    pages: int
    sections: tuple[Section, ...] = ()
    persons: tuple[Person, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()

    @classmethod
    def example(cls) -> Document:
        return cls(
            source="/arkiv/protokoll/2024-09-18.txt",
            sha256="0" * 64,
            title="Sammanträdesprotokoll Södra Dalarnas Samordningsförbund",
            doc_type=DocType.PROTOKOLL,
            body="Södra Dalarnas Samordningsförbund",
            date="2024-09-18",
            place="Arbetsmarknadsenheten, Avesta",
            time="08:30-15:15",
            pages=16,
            sections=(Section.example(),),
            persons=(Person.example(),),
        )

    def export_record(self) -> dict:
        """The stable `arkiv export` contract: one JSON object per document."""
        return {
            "source": self.source,
            "sha256": self.sha256,
            "title": self.title,
            "doc_type": str(self.doc_type),
            "body": self.body,
            "date": self.date,
            "pages": self.pages,
            "sections": [
                {
                    "number": s.number,
                    "title": s.title,
                    "page": s.page,
                    "dnr": [ref.text for ref in s.dnr],
                    "text": s.text,
                    "decisions": [
                        {"text": d.text, "status": str(d.status), "reservations": list(d.reservations), "vote": d.vote}
                        for d in s.decisions
                    ],
                }
                for s in self.sections
            ],
            "persons": [{k: v for k, v in asdict(p).items() if k != "rule"} for p in self.persons],
        }


@dataclass(frozen=True)
class IngestResult:
    """One per file given to `arkiv ingest`, failures included."""

    path: str
    status: IngestStatus
    sha256: str | None = None
    reason: str | None = None  # Swedish one-line reason when skipped or failed
    pages: int = 0
    sections: int = 0
    decisions: int = 0
    dnr: int = 0
    persons: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Hit:
    """One search result; `as_record()` is the stable `arkiv search --json` contract."""

    rank: int
    score: float
    kind: str  # beslut, paragraf, rubrik, text
    text: str
    snippet: str
    source: str  # absolute path of the file
    page: int
    section: str | None  # "§ 31"
    section_title: str | None
    dnr: tuple[str, ...]
    date: str | None
    status: str | None
    body: str | None
    sha256: str = ""
    highlights: tuple[tuple[int, int], ...] = ()  # character spans of query words in `snippet`
    case_state: str | None = None  # the state of the case its Dnr names (arkiv dnr), if any

    def as_record(self) -> dict:
        return {
            "rank": self.rank, "score": round(self.score, 6), "kind": self.kind, "text": self.text,
            "snippet": self.snippet, "source": self.source, "page": self.page,
            "section": self.section, "section_title": self.section_title, "dnr": list(self.dnr),
            "date": self.date, "status": self.status, "body": self.body, "case_state": self.case_state,
        }


@dataclass(frozen=True)
class CaseEvent:
    """One § that carries a case, with what happened to the matter there (`phase`)."""

    date: str | None
    body: str | None
    source: str
    page: int
    section: str | None  # "§ 15"
    section_title: str
    phase: str  # väckt, på föredragningslistan, bordlagt, återremitterat, beslutat, avslaget, noterat …
    decisions: tuple[Decision, ...] = ()
    persons: tuple[str, ...] = ()  # names of the document's persons that the § itself names
    linked_by: str = "dnr"  # "dnr", or how a § without Dnr was linked by its title: exakt, ordtäckning, likhet
    score: float | None = None  # title similarity for a title link

    def as_record(self) -> dict:
        record = {
            "date": self.date, "body": self.body, "source": self.source, "page": self.page,
            "section": self.section, "section_title": self.section_title, "phase": self.phase,
            "decisions": [{"text": d.text, "status": str(d.status)} for d in self.decisions],
            "persons": list(self.persons),
        }
        if self.linked_by != "dnr":
            record |= {"linked_by": self.linked_by, "score": self.score}
        return record


@dataclass(frozen=True)
class Case:
    """A case: one Dnr within one organisation (or, with `dnr` None, a matter without Dnr whose
    §s were linked by their titles), its events oldest first and where it stands now."""

    key: str  # the normalised Dnr, or "rubrik:<normalised title>" for a matter without Dnr
    dnr: str | None  # as written in the latest event, without "Dnr"
    organisation: str | None
    state: str  # avgjord, bordlagd, återremitterad, pågående, noterad
    title: str  # the latest event's § title
    events: tuple[CaseEvent, ...] = ()
    possibly_same: tuple[tuple[str, float], ...] = ()  # (key, score) of weakly similar matters

    OPEN_STATES = ("bordlagd", "återremitterad", "pågående")

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES

    @property
    def last_date(self) -> str | None:
        return self.events[-1].date if self.events else None

    def as_record(self, events: bool = True) -> dict:
        """The stable `arkiv dnr --json` contract; without events (`--open`) it adds last_date."""
        record = {"dnr": self.dnr, "organisation": self.organisation, "state": self.state}
        if self.dnr is None:
            record |= {"title": self.title, "linked_by": "rubrik"}
        if events:
            record["events"] = [event.as_record() for event in self.events]
        else:
            record |= {"title": self.title, "last_date": self.last_date}
        if self.possibly_same:
            record["possibly_same"] = [{"key": key, "score": score} for key, score in self.possibly_same]
        return record
