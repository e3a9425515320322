"""Split cleaned page texts into § sections and search paragraphs.

Input: cleaned pages (page numbers are 1-based positions). Output: `RawSection`s (number, title,
page, text lines, heading remainder) and `Paragraph`s. Pure functions, no I/O.

Heading rules, each seen in several documents of the seed/eval corpus:

- "§ 27 Title", "§27 Title", "§ 8.1 Title", "KS § 3 a Title", "Paragraf 5 Title" at the start of a line start a
  section (seed 004, lithekod PDFs, Långasand PDFs, Borrby). When the rest of the line is empty or
  only a Dnr ("§ 66 Dnr 2024/1", Borrby) the title is on the next line(s).
- "16 § Title", the number before the sign (Finland-Swedish protocols), starts a section as "§ 16
  Title" does; a case number alone above a heading ("NKBY/130/12.03.00/2023" over "19 § …") is
  that item's, and a contents entry led by dots to its page number ("… ...... 8") heads nothing.
- "§ 30 (forts)", "§ 71 forts Dnr 2023/314" continue an earlier section (004, Borrby); so does a
  repeated "§ N" with no title of its own (page-top repetition).
- A run of § lines that end in a page number ("§ 27<TAB>Title<TAB>3", Borrby's page-3 table
  "§ 66 Upprop … 2024/1 4") is a list of contents, not sections; so is a run of § lines whose
  number and title come again further on (the ÄRENDELISTA without page numbers on page 2 of the
  corpus/ PDFs and in corpus/2024-05-16); "§ 27-38" is a range.
- "Ärende 4 Title" and "Punkt 4 Title" start a section like "Paragraf 5 Title" (the item pages of
  the corpus/ kallelse; Word minutes that number their items in words); the number is normalised
  to "§ 4" as numbered agenda items are.
- The heading system is chosen for the whole document: the one whose numbered headings rise in
  the longest sequence wins (a § line counts only when it reads as a heading, not as a quoted
  statute), ties going to §, then markup, then numbered lines.
- Without § headings: markup headings from the readers ("# X", "## 1. X") or, in plain text,
  numbered lines "1. Title" / "1. | Title" whose numbers increase (lithekod, Stenålderns,
  Långasand); a numbered list restarting at 1 inside an item is not a heading, nor is a run of
  numbered lines with nothing between them (a DAGORDNING list in a kallelse).
- Items whose text is the minute, with no title ("1 Mötet öppnades." / "2 Till ordförande valdes
  Eva Ek.", often a scan; a Word list of whole sentences): a run of numbers rising by one from 1 or
  2 when no other system scores as high (issue 10, fourth round); the title is the first sentence.
- Sub-headings that structure one agenda item ("Förslag till beslut", "Beslut", "Förslag",
  "Nomineringar", typ/tex files) and attendance headings ("Kallade", "Närvarande", lithekod md)
  are not sections. The level where such sub-headings are (scored per document) is inside an
  item, so LaTeX subsubsection report notes are text of their subsection. A markup heading whose
  only content is deeper headings ("* Förtroendeval", "= Formalia") is a section when its level
  holds items with text, and front matter otherwise (a lone title above all).
- A § line needs heading shape: "§ 40, 41 och 43, Olle Berg" (a wrapped attendance line) and a
  bare "§ 42" right before another heading head nothing. A list number printed twice under an
  item with no text ("2. Mötet öppnades" / "2. Val av justerare") gives two items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from arkiv.schema import Paragraph
from arkiv.swedish import dnr, vocabulary

MAX_PARAGRAPH_WORDS = 250

# An organ's abbreviation may stand before the sign ("KS § 12", "BUN § 4", "KSAU § 3") and a
# letter after the number ("§ 3 a", "§ 3b"): a kommun's numbering of items added to the agenda.
_PARA_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?(?:(?:[A-ZÅÄÖ]{1,6}\s+)?§\s*(?P<num>\d{1,3}(?:\.\d{1,2})*)(?:\s?(?P<sub>[a-h])\b(?![.,:]\s*\d))?"
    r"|(?:Paragraf|Ärende|Punkt)\s+(?P<pnum>\d{1,3})"
    # "53 Dnr KFT-2024-00114": the § sign an OCR lost, the Dnr beside the number still marks the item
    r"|(?P<dnum>\d{1,3})(?=\s+(?:Dnr|DNR|Diarienummer)\b)"
    # "16 § Sammanträdets laglighet": the number before the sign (Finland-Swedish protocols), then a
    # title in capitals or nothing ("16 §" repeated at a page's top); "13 § kommunallagen" cites
    r"|(?P<fnum>\d{1,3})\s?§(?=\s+[A-ZÅÄÖ\"”«]|\s*$))(?![\d.]*\s*[-–]\s*(?:§\s*)?\d)"
    r"(?:\s+|\b|(?=[A-ZÅÄÖ]))(?P<rest>.*)$"
)
_FORTS = re.compile(r"^\(?\s*forts(?:\.|ättning)?\s*\)?\.?\s*", re.IGNORECASE)
_DNR_ONLY = re.compile(r"^(?:Dnr|Diarienummer|Diarienr)\b.*$", re.IGNORECASE)
_TRAILING_PAGE = re.compile(r"(?:^|\s)\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$")
# "## 5. Titel", and "####5. Titel" written without the space before a number
_MARKUP_HEADING = re.compile(r"^(#{1,6})(?:\s+|(?=\d))(.+?)\s*#*\s*$")
# "1. Titel", "1) Titel", "1. | Titel" (a table cell), "1<TAB>Titel" (a Word list)
_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,2})(?!\.\d)(?P<sub>\s?[a-z])?(?:\s*(?:[.,)]\s*\|?|\s*\|)|\t+)\s*(?P<title>\S.*)$")
_MD_NUMBER = re.compile(r"^(?:§\s*)?(?P<num>\d{1,2}(?:\.\d{1,2})*)(?:\s?(?P<sub>[a-z]))?[.)]?\s+(?P<title>\S.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*\u2022\uf0b7\u25cf\u2013]\s+|\d{1,2}[.)]\s+|[a-zA-Z][.)]\s+|[ivx]+\.\s+)")
# a line that ends a sentence ("Förslaget antogs.", "(Bilaga 2.)"); a colon or a semicolon does not:
# "Nämnden beslutar:" goes on, and paragraphs split there showed the answering passage less often
# (bench/retrieval passage 0.733 against 0.721)
_SENTENCE_END = re.compile(r"[.!?]\W*$")
# no split after an abbreviation that a time, a number or a name follows: "kl. 17.30", "ca. 40",
# "t.ex. Eva", "nr. 4"
_SENTENCE_SPLIT = re.compile(r"(?<!\bkl\.)(?<!\bca\.)(?<!\bnr\.)(?<!\bt\.ex\.)(?<!\bbl\.a\.)(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”«(])")
_DATE_ONLY = re.compile(
    r"^\s*(?:\d{1,2}\s+[A-Za-zåäöÅÄÖ]+\s+\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$"
)
_NOISE = re.compile(r"^[\s\-–—_•.*|]*$")

# Headings that structure one agenda item rather than start one.
SUB_HEADINGS = re.compile(
    r"^(?:förslag(?: till beslut)?|beslut|beslutsförslag|beslutsunderlag|yrkanden?|nomineringar|"
    r"fri nominering|diskussion|bakgrund|motivering|attsatser|ärendebeskrivning|överläggningar|"
    r"reservationer?|beslutsgång|omröstning|[\wåäö]+s beslut|sammanfattning(?: av ärendet)?|(?:kort )?beskrivning av ärendet|"
    r"ärendet|expedieras till|expediering|protokollsanteckning(?:ar)?|skäl för beslut(?:et)?|beslutsmotivering|"
    r"upplysningar|hur man överklagar|beslut i (?:[\wåäö-]+-\s+och\s+)?[\wåäö-]+(?:\s+[\wåäö-]+)?)\s*:?$",
    re.IGNORECASE,
)
@dataclass
class RawSection:
    number: str | None
    title: str
    page: int
    head_rest: str = ""  # text after the § number on the heading line(s), e.g. "Dnr 2024/1"
    lines: list[tuple[int, str]] = field(default_factory=list)  # (page, line) of the body

    @property
    def text(self) -> str:
        return "\n".join(line for _, line in self.lines).strip()


@dataclass(frozen=True)
class Segmentation:
    front: list[tuple[int, str]]  # lines before the first section, and attendance blocks
    sections: list[RawSection]


def _lines(pages: list[str]) -> list[tuple[int, str]]:
    lines = [(number, line.rstrip()) for number, text in enumerate(pages, 1) for line in text.split("\n")]
    return _split_trailing_marks(_join_broken_dnr(lines))


# "… vilket accepterades av styrelsen. § 13" / "Förslag körhelg …": a web page's or an export's item mark
# at the end of the line before its title
_TRAILING_MARK = re.compile(r"(?<=[.!?])\s+(?P<mark>§\s*(?P<num>\d{1,3}))\s*$")
_LEADING_MARK = re.compile(r"^\s*§\s*(\d{1,3})\b")


def _split_trailing_marks(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A "§ N" that ends a sentence's line onto a line of its own, when N is the next number after
    the last § that opened a line (so "enligt § 13." in a sentence stays: no full stop before it)."""
    out: list[tuple[int, str]] = []
    last = None
    for page, line in lines:
        if (m := _TRAILING_MARK.search(line)) and last is not None and int(m.group("num")) == last + 1:
            out += [(page, line[:m.start()]), (page, m.group("mark"))]
            last += 1
            continue
        if opened := _LEADING_MARK.match(line):
            last = int(opened.group(1))
        out.append((page, line))
    return out


# A case number broken after its year at the end of a line: "§ 3 Dnr (KS 2025-" / "00330) Remiss …"
_DNR_BROKEN = re.compile(r"(?:\b[A-ZÅÄÖ]{1,6}[ -]?|(?i:\bdnr)\.?:?\s*)\d{4}[-/]$")
_DNR_REST = re.compile(r"^\s*\d{1,6}\b")


def _join_broken_dnr(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The two halves of a case number broken over a line joined on the first line, so that the
    heading and the Dnr grammar see one "KS 2025-00330"."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        if out and _DNR_BROKEN.search(out[-1][1]) and _DNR_REST.match(line):
            out[-1] = (out[-1][0], out[-1][1] + line.strip())
            continue
        out.append((page, line))
    return out


def _strip_markup(line: str) -> str:
    return line.strip().strip("*").strip()


def _norm_number(raw: str) -> str:
    return f"§ {raw}"


def _leading_number(number: str) -> int:
    """"§ 12" -> 12, "§ 8.1" -> 8, "§ 3 a" -> 3."""
    return int(re.match(r"§ (\d+)", number).group(1))


@dataclass
class _Heading:
    index: int
    number: str | None
    rest: str
    forts: bool = False
    kind: str = "§"  # the numbering system: "§", or the word before the number ("punkt", "ärende", "paragraf")


# "§ 40, 41 och 43, Olle Berg, planarkitekt": a wrapped attendance line lists paragraphs, it heads none
_LISTED_AFTER = re.compile(r"^(?:[,;&]|(?:och|samt)\s+\d)")
_CITED_DATE = re.compile(r"^(?:\d{2}){1,2}-\d{2}-\d{2}\b")


def _para_headings(lines: list[tuple[int, str]]) -> list[_Heading]:
    found: list[_Heading] = []
    for index, (_, line) in enumerate(lines):
        match = _PARA_HEADING.match(_strip_markup(line))
        if not match or _LISTED_AFTER.match(match.group("rest").strip()):
            continue
        if _CITED_DATE.match(match.group("rest").strip()):
            continue  # "KS § 317 2006-12-05": an earlier decision cited by its § and date
        if vocabulary.DECLARED_ADJUSTED.match(match.group("rest").strip()):
            continue  # "Paragraf 12 Beslut förklarades omedelbart justerat": a closing statement, no item
        if not match.group("rest").strip() and _PARA_HEADING.match(_next_text(lines, index)):
            continue  # a bare "§ 42" right before another heading has no title: the end of a list
        if not match.group("rest").strip() and _per_paragraph_attendance(lines, index):
            continue  # "Anna Ek, nämndsekreterare" / "§ 4": the paragraphs she attended, in a header
        # "§ 1. Titel", "§ 1: Titel", "§ 1 – Titel": the punctuation only separates
        rest = re.sub(r"^[.:–-]+\s*", "", match.group("rest").strip().strip("*").strip())
        forts = bool(_FORTS.match(rest)) and rest.lower().lstrip("(").startswith("forts")
        if forts:
            rest = _FORTS.sub("", rest, count=1).strip()
        number = (match.group("num") or match.group("pnum") or match.group("dnum") or match.group("fnum")) + (f" {match.group('sub')}" if match.group("sub") else "")
        kind = match.group(0).split(match.group("pnum"))[0].strip(" #*").lower() if match.group("pnum") else "§"
        found.append(_Heading(index, _norm_number(number), rest, forts, kind))
    return _drop_contents_lists(_without_early_mentions(_one_system(found, lines)), lines)


def _one_system(headings: list[_Heading], lines: list[tuple[int, str]]) -> list[_Heading]:
    """One numbering system of a protocol that writes two: agenda headings "Punkt 3 – Dagordning" and
    "§ 4 Dagordningen godkändes." numbered on across them. The system whose lines read as titles (no
    sentence, scored by its rising run) gives the sections; the other's lines are its items' text.
    A minute wrapped onto the next line ("§ 2 Eva Ek utsågs till ordförande och Per Holm" / "till
    sekreterare.") is no title, though its first line ends in no full stop."""
    kinds: dict[str, list[_Heading]] = {}
    for heading in headings:
        kinds.setdefault(heading.kind, []).append(heading)
    systems = [kind for kind, found in kinds.items() if len(found) >= 2]
    if len(systems) < 2:
        return headings

    def score(kind: str) -> tuple[int, int, int]:
        found = kinds[kind]
        titles = [_leading_number(h.number) for h in found if h.forts or _reads_as_title(h, lines)]
        return _rising(titles), _rising([_leading_number(h.number) for h in found]), -found[0].index

    best = max(systems, key=score)
    return [h for h in headings if h.kind == best or h.kind not in systems]


_TITLE_WORDS = 10


def _reads_as_title(heading: _Heading, lines: list[tuple[int, str]]) -> bool:
    """A heading's text reads as a title: short, no sentence, and not carried on by the next line."""
    return not _SENTENCE_END.search(heading.rest) and len(heading.rest.split()) <= _TITLE_WORDS \
        and not _next_text(lines, heading.index)[:1].islower()


def _without_early_mentions(headings: list[_Heading]) -> list[_Heading]:
    """A bare "§ 29" before the item "§ 29 Title" further on is a mention of it (the paragraphs
    justified at once, listed in the header), not the item; a bare one after it repeats it."""
    return [
        h for k, h in enumerate(headings)
        if h.rest or h.forts or not any(
            later.number == h.number and later.rest and not later.forts
            for later in headings[k + 1 :])
    ]


# "Anna Ek, nämndsekreterare", "Per Ny (M), ersättare för Eva Ås": a line of an attendance list
_ENTRY = re.compile(
    r"^[A-ZÅÄÖÉ][\wåäöé-]+(?:\s+[A-ZÅÄÖÉ][\wåäöé-]+){1,3}\s*(?P<party>\([A-ZÅÄÖ]{1,5}\))?"
    r"\s*(?:(?:,\s*|\s(?=[a-zåäö]))(?P<role>[\wåäöé -]+))?$"
)


def _attendance_entry(line: str) -> bool:
    """"Anna Ek, nämndsekreterare", "Per Ny (M)", "Eva Ås (S), ersättare för Bo Ek": a name with its
    role or party."""
    match = _ENTRY.match(line)
    if not match:
        return False
    role = match.group("role") or ""
    return bool(match.group("party")) or any(vocabulary.is_role_word(word) for word in role.split())


def _per_paragraph_attendance(lines: list[tuple[int, str]], index: int) -> bool:
    """A bare "§ 4" between attendance entries (or before a label or the next "§"), not one whose
    title follows: "Expedieras till" / "Anna Ek, handläggare" / "§ 5" / "Dnr …" is a heading."""
    following = _next_text(lines, index)
    return _attendance_entry(_previous_text(lines, index)) and (
        _attendance_entry(following) or bool(vocabulary.ATTENDANCE_LABEL.match(following))
        or following.startswith("§")
    )


def _previous_text(lines: list[tuple[int, str]], index: int) -> str:
    return next((line.strip() for _, line in reversed(lines[:index]) if line.strip()), "")


def _next_text(lines: list[tuple[int, str]], index: int) -> str:
    return next((line.strip() for _, line in lines[index + 1 :] if line.strip()), "")


# "Övriga ärenden ........ 8": a title led by dots to its page number is an entry of contents, even
# when the page's other lines follow it
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$")


def _drop_contents_lists(headings: list[_Heading], lines: list[tuple[int, str]]) -> list[_Heading]:
    """Remove runs of § lines that form a list of contents (entries ending in page numbers)."""

    def entry_text(i: int) -> str:
        end = headings[i + 1].index if i + 1 < len(headings) else headings[i].index + 1
        body = [lines[j][1].strip() for j in range(headings[i].index, end) if lines[j][1].strip()]
        return " ".join(body) if len(body) <= 4 else ""

    def repeated_later(i: int) -> bool:
        # the list repeats a heading that comes again further on: with the same title, or as a short
        # entry (number, case number, title) while the item itself is written out below
        title = headings[i].rest.lower()
        return not headings[i].forts and any(
            later.number == headings[i].number and not later.forts
            and (bool(entry_text(i)) or bool(title) and bool(later.rest)
                 and (later.rest.lower().startswith(title) or title.startswith(later.rest.lower())))
            for later in headings[i + 1 :]
        )

    is_entry = [
        (bool(_TRAILING_PAGE.search(entry_text(i))) or bool(_DOT_LEADER.search(h.rest)) or repeated_later(i))
        and not h.forts
        for i, h in enumerate(headings)
    ]
    keep = [True] * len(headings)
    i = 0
    while i < len(headings):
        j = i
        while j < len(headings) and is_entry[j]:
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    kept = [h for h, k in zip(headings, keep) if k]
    return [_with_listed_case(h, [d for d, k in zip(headings, keep) if not k]) for h in kept]


def _with_listed_case(heading: _Heading, listed: list[_Heading]) -> _Heading:
    """An item whose heading line holds no case number takes the one its contents-list entry gives
    ("§ 29   KS KF/2026:115" in the list, "KF § 29" over the item)."""
    if heading.rest or heading.forts:
        return heading
    entry = next((d for d in listed if d.number == heading.number), None)
    found = next(dnr.find(entry.rest), None) if entry else None
    return replace(heading, rest=found.text) if found and found.start == 0 else heading


def _take_title(lines: list[tuple[int, str]], start: int, end: int) -> tuple[str, int, str]:
    """Title lines right after a bare heading: the first line, plus a lower-case continuation; a
    case-number line before the title ("§ 30" / "Dnr SN 2024/45" / "Riktlinjer") is returned apart."""
    i = start
    case_lines: list[str] = []
    while i < end and (not lines[i][1].strip() or lines[i][1].strip().endswith(":") or _DNR_ONLY.match(lines[i][1].strip())):
        if _DNR_ONLY.match(lines[i][1].strip()):
            case_lines.append(lines[i][1].strip())
        i += 1
    if i >= end:
        return "", start, ""
    title = lines[i][1].strip()
    i += 1
    if i < end and lines[i][1].strip()[:1].islower() and not _SENTENCE_END.search(title):
        title += " " + lines[i][1].strip()
        i += 1
    return title, i, "\n".join(case_lines)


def _title_left_open(title: str, next_line: str) -> bool:
    """A heading line's title that ends on a preposition or conjunction ("Riktlinjer för") and goes
    on in lower case on the next line."""
    words = title.split()
    line = next_line.strip()
    return bool(words) and words[-1].lower() in vocabulary.OPEN_TITLE_ENDINGS and line[:1].islower() \
        and not _SENTENCE_END.search(title) and len(line.split()) <= 8 and not _LIST_ITEM.match(line)


def _after_dnr(rest: str) -> str:
    """The title on a heading line that starts with its case number ("§ 13 Dnr VN-2024-00029 Val
    av ombud" -> "Val av ombud"); "" when the line holds only the Dnr (the title follows below)."""
    if not _DNR_ONLY.match(rest):
        # "KF § 18      KS KF/2026:6": a case number alone beside the number, the title below
        return "" if _only_case_number(rest) else rest
    found = next(dnr.find(rest), None)
    # "Dnr (KS 2025-00330) Remiss …": the number in parentheses after its label
    if found is None or found.start > 0 and not re.fullmatch(r"(?i)(?:dnr|diarienummer|diarienr)\.?:?\s*\(\s*", rest[: found.start]):
        return ""
    return rest[found.end :].strip(" \t–-,;)")


def _case_number_above(lines: list[tuple[int, str]], start: int, end: int) -> int | None:
    """The index of a line holding a case number alone ("NKBY/130/12.03.00/2023", "Dnr KS 2024/12")
    right above the heading at `end`, after other text of the item before: the next item's number,
    set above its heading at the top of its page."""
    k = end - 1
    while k >= start and not lines[k][1].strip():
        k -= 1
    if k < start or not any(lines[j][1].strip() for j in range(start, k)):
        return None
    return k if _only_case_number(lines[k][1]) else None


def _only_case_number(text: str) -> bool:
    """Whether `text` holds a case number and nothing else ("KS KF/2026:6", "NKBY/130/12.03.00/2023")."""
    text = text.strip()
    found = next(dnr.find(text), None)
    return found is not None and found.start == 0 and found.end == len(text)


def _sections_from_para(lines: list[tuple[int, str]], headings: list[_Heading]) -> Segmentation:
    front = lines[: headings[0].index]
    sections: list[RawSection] = []
    carried = ""  # a case number set above the next heading
    for n, heading in enumerate(headings):
        end = headings[n + 1].index if n + 1 < len(headings) else len(lines)
        body_start = heading.index + 1
        rest = heading.rest
        title = _after_dnr(rest)
        if not title:
            if heading.forts or (sections and sections[-1].number == heading.number):
                title = ""
            else:
                title, body_start, case_lines = _take_title(lines, body_start, end)
                rest = "\n".join(filter(None, [rest, case_lines]))
        elif body_start < end and _title_left_open(title, lines[body_start][1]):
            title = f"{title} {lines[body_start][1].strip()}"  # "§ 13 Riktlinjer för" / "ekonomiskt bistånd"
            body_start += 1
        body = lines[body_start:end]
        rest = "\n".join(filter(None, [carried, rest]))
        carried = ""
        if n + 1 < len(headings) and (above := _case_number_above(lines, body_start, end)) is not None:
            body, carried = lines[body_start:above], lines[above][1].strip()  # the next item's case number
        previous = next((s for s in reversed(sections) if s.number == heading.number), None)
        continues = previous is not None and (heading.forts or not title or title == previous.title)
        if continues:
            previous.lines.extend(body)
            if rest:
                previous.head_rest += "\n" + rest
            continue
        sections.append(RawSection(heading.number, title, lines[heading.index][0], rest if rest != title else "", list(body)))
    return Segmentation(front, sections)


def _markup_headings(lines: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    return [
        (i, len(m.group(1)), _strip_markup(m.group(2)))
        for i, (_, line) in enumerate(lines)
        if (m := _MARKUP_HEADING.match(line.strip()))
    ]


_PAREN_NUMBER = re.compile(r"^\s*(?:\*\*)?\d{1,2}\s?\)")


def _running_list_item(line: str, title: str, previous: str) -> bool:
    """"1) … 2) … 3) …" in running text is a list, not the agenda: a ")" number whose item is a
    sentence, or which a sentence introduces ("… följande:") or runs into."""
    if not _PAREN_NUMBER.match(line):
        return False
    before = previous.strip()
    return bool(re.search(r"[.,;:!?]$", title.strip())) or before.endswith(":") or (
        bool(before) and not _SENTENCE_END.search(before) and not _NUMBERED.match(before)
        and len(before.split()) > 8)


# a sentence in the past passive that says what was done: "Dagordningen fastställdes.", "Till kassör
# valdes Eva Ek.", "Förslaget antogs.", "Till revisor utsågs Per Ny. Han var inte närvarande.";
# agenda titles are noun phrases ("Val av kassör")
_REPORTED_DONE = re.compile(r"\b[a-zåäö]+(?:ades|des|tes|ogs|ågs|öts)\b[^.]*\.(?:\s|$)")
# the same verb in an item written without a full stop, as Word lists often are ("5. Dagordningen
# fastställdes", "4. Mötet ansågs behörigt utlyst"), or in the active past ("Mötet beslutade att …")
_REPORTED_VERB = re.compile(r"\b[a-zåäö]{2,}(?:ades|ade|des|tes|ogs|ågs|öts)\b|\b(?:valde|omvalde|godkände|antog|beslöt|utsåg|befanns)\b")


# an item that records the act in the present, with no full stop: "2. Till mötets ordförande väljs Eva Ek",
# "4. Kim Dahl utses till justerare", "5. Dagordningen godkänns"
_DONE_NOW = re.compile(
    rf"\b{vocabulary.ELECTED_PASSIVE}\s+(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)|"
    rf"(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)\s+{vocabulary.ELECTED_PASSIVE}\s+(?:till|som)\b|"
    r"\b(?:godkänns|fastställs|antas|beviljas|läggs till handlingarna)\s*$",
    re.IGNORECASE,
)


# A word processor's numbered heading as its text layer gives it: "1 Mötets öppnande", "2 Val av
# justerare" (number, a space, a short title in capitals first, no full stop)
_BARE_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,2})(?P<sub>)\s(?P<title>[A-ZÅÄÖ][\wåäö-]*(?:[ ,&/-]+[\wåäöÅÄÖ-]+){0,7})\s*$")


def _numbered_headings(lines: list[tuple[int, str]], pattern: re.Pattern = _NUMBERED) -> list[tuple[int, str, str]]:
    """Plain-text numbered agenda items whose numbers increase: (line index, number, title)."""
    candidates = []
    previous = ""  # the last non-empty line
    in_list = False
    for i, (_, line) in enumerate(lines):
        match = pattern.match(_strip_markup(line) if line.lstrip().startswith("**") else line)
        if match and len(match.group("title").split()) <= 16 and not match.group("sub"):
            title = match.group("title").strip()
            # "Styrelsen beslutar att:" / "1. anta budgeten": items of a sentence, not headings
            in_list = title[:1].islower() and (in_list or previous.rstrip().endswith((":", " att")))
            if not in_list and not _running_list_item(line, title, previous):
                candidates.append((i, int(match.group("num")), title))
        elif line.strip():
            in_list = False
        previous = line if line.strip() else previous
    # a run of numbered lines with nothing in between is an agenda list, not the minutes, unless
    # its lines report what was done ("3. Dagordningen fastställdes." / "4. Till kassör valdes …")
    listed: set[int] = set()

    def agenda(run: list[tuple[int, int, str]]) -> bool:
        return len(run) >= 4 and 2 * sum(1 for c in run if _REPORTED_DONE.search(c[2]) or _DONE_NOW.search(c[2])) < len(run)

    run = [candidates[0]] if candidates else []
    for previous, current in zip(candidates, candidates[1:]):
        adjacent = all(not lines[k][1].strip() for k in range(previous[0] + 1, current[0]))
        if adjacent and current[1] == previous[1] + 1:
            run.append(current)
            continue
        if agenda(run):
            listed.update(c[0] for c in run)
        run = [current]
    if agenda(run):
        listed.update(c[0] for c in run)
    kept = [c for c in candidates if c[0] not in listed]
    numbers = [c[1] for c in kept]

    def opens(k: int) -> bool:
        # the agenda starts at 1 or 2, or runs on from earlier meetings ("45.", "46.", "47." …)
        return numbers[k] <= 2 or numbers[k + 1 : k + 3] == [numbers[k] + 1, numbers[k] + 2]

    accepted: list[tuple[int, str, str]] = []
    last = 0
    for k, (index, number, title) in enumerate(kept):
        # a number printed twice with a new title right under an item with no text ("2. Mötet
        # öppnades" / "2. Val av justerare") is a slip of the word processor's list numbering
        again = (
            accepted and number == last and title != accepted[-1][2] and not title[:1].isdigit()
            and not any(lines[k][1].strip() for k in range(accepted[-1][0] + 1, index))
        )
        if (not accepted and opens(k)) or (accepted and last < number <= last + 3) or again:
            accepted.append((index, f"§ {number}", title))
            last = number
    return accepted if len(accepted) >= 2 else []


# "Protokoll …", "Kallelse …", or a title that names the meeting ("Styrelsemöte 4", "Årsmöte 2024")
_DOC_TYPE_WORD = re.compile(
    r"protokoll|anteckningar|kallelse|föredragningslista|dagordning|^[\wåäö]*(?:möte|stämma|sammanträde)\b(?!\s+(?:med|om)\b)",
    re.IGNORECASE,
)
_HAS_DATE = re.compile(r"\b(?:19|20)\d\d-\d{1,2}-\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\s+(?:19|20)\d\d\b", re.IGNORECASE)
_LABEL_LINE = re.compile(r"^(?:datum|plats|tid|närvarande|kallade)\b[^:]{0,20}:", re.IGNORECASE)


def _is_title_line(title: str) -> bool:
    """A name over a document ("BRF Ekbacken", "Föreningen Ekbacken"), not a numbered item."""
    return _first_number(title) is None and not SUB_HEADINGS.match(title)


def _without_title_heading(lines: list[tuple[int, str]], headings: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The document's own title heading ("# IX Årsmötesprotokoll 2020", "# Styrelsemöte 3" followed by
    "Datum: …") is not an agenda item: drop it when it opens the document and names the document
    type or is followed by header labels."""
    dropped: set[int] = set()
    while len(headings) >= 2:
        first, _, title = headings[0]
        if any(line.strip() for k, (_, line) in enumerate(lines[:first]) if k not in dropped):
            return headings
        body = [line for _, line in lines[first + 1 : headings[1][0]]]
        # a dated line over the title ("Husrådsmöte 4 mars 2025" / "# Protokoll") is the title block
        # and so is a line over it with no text of its own ("BRF Ekbacken" / "Styrelsemöte 3")
        bare = not any(line.strip() for line in body)
        dated = _HAS_DATE.search(title) and bare
        # the one heading of its level over two or more deeper ones, opening the document: the title
        # of notes set in type ("# Referensgrupp för metadata den 12 december" / "## Bakgrund")
        lone = len(headings) >= 3 and all(level > headings[0][1] for _, level, _ in headings[1:]) \
            and _is_title_line(title)
        if not (_DOC_TYPE_WORD.search(title) or dated or (bare and _is_title_line(title)) or lone
                or any(_LABEL_LINE.match(line.strip()) for line in body)):
            return headings
        dropped.add(first)
        headings = headings[1:]
    return headings


def _inner_level(headings: list[tuple[int, int, str]]) -> int | None:
    """The shallowest heading level that structures an item from inside: the one where "Förslag till
    beslut", "Beslut" … sub-headings are (at least two, and a quarter of that level's headings).
    A LaTeX file's \\subsubsection report notes under "Förslag till beslut"-style subsubsections are
    then text of their item, while \\section and \\subsection are the items (scored per document)."""
    levels = sorted({level for _, level, _ in headings})
    for level in levels[1:]:
        titles = [title for _, at, title in headings if at == level]
        subs = sum(1 for title in titles if SUB_HEADINGS.match(title))
        # items above: "## Beslut" among "## 1. …" items under one "# Protokoll" is no inner level
        above = sum(1 for _, at, title in headings if at < level and not SUB_HEADINGS.match(title))
        if subs >= 2 and 4 * subs >= len(titles) and above >= 2:
            return level
    return None


# The protocol's own furniture under a heading: how it was checked, posted and signed, what is
# attached, its contents; no agenda item ("## Justering", "## Anslag/bevis", "## Bilagor")
_PROTOCOL_FURNITURE = re.compile(
    r"^(?:justering(?:en)?|justerat|justerandes?(?: signatur(?:er)?)?|justeringens? (?:tid|datum)(?: och plats)?|"
    r"anslag(?:sbevis)?|bevis|anslag\s*/\s*bevis|intygande|protokollsutdrag|utdragsbestyrkande|"
    r"underskrift(?:er)?|bilag(?:a|or)|innehåll(?:sförteckning)?|ärendelista|ärendeförteckning)\s*:?$",
    re.IGNORECASE,
)
# who took part, as a part of notes with unnumbered headings (signature headings are no part)
_WHO_CAME = re.compile(r"^(?:deltagare|närvarande|närvarolista|kallade|frånvarande)(?:\s*\([^()]{1,20}\))?\s*:?$", re.IGNORECASE)
_ROLE_HEADING = re.compile(r"^(?:vice )?(?:ordförande|sekreterare|kassör|justerare)$", re.IGNORECASE)


def _report_by_role(title: str, level: int, parents: dict[int, str], sections: list[RawSection]) -> bool:
    """"\\subsection{Ordförande}" under "Rapporter" is the chairman's report, an item; "** Ordförande"
    under "* Signaturer" or before any item is a signature or attendance heading."""
    if not _ROLE_HEADING.match(title) or not sections:
        return False
    parent = next((parents[at] for at in sorted(parents, reverse=True) if at < level), None)
    return parent is not None and not vocabulary.ATTENDANCE_HEADINGS.match(parent)


def _sections_from_markup(lines: list[tuple[int, str]], headings: list[tuple[int, int, str]]) -> Segmentation:
    front: list[tuple[int, str]] = []
    sections: list[RawSection] = []
    current: RawSection | None = None
    headings = _without_title_heading(lines, headings)
    inner = _inner_level(headings)
    if inner is not None:
        headings = [h for h in headings if h[1] < inner]  # deeper headings stay in their item's text
    # levels that hold items with text of their own: a parent there ("* Förtroendeval" over
    # "** Val av ordförande") is an item of the agenda too, a lone title heading above all is not
    def own_text_at(k: int) -> bool:
        end = headings[k + 1][0] if k + 1 < len(headings) else len(lines)
        return any(lines[j][1].strip() for j in range(headings[k][0] + 1, end))

    item_levels = {headings[k][1] for k in range(len(headings)) if own_text_at(k)}
    unnumbered = not any(_MD_NUMBER.match(title) for _, _, title in headings)
    starts = {index: (level, title) for index, level, title in headings}
    parents: dict[int, str] = {}  # the latest heading title per level
    order = [index for index, _, _ in headings]
    for position, (page, line) in enumerate(lines):
        if position not in starts:
            (current.lines if current else front).append((page, line))
            continue
        level, title = starts[position]
        if SUB_HEADINGS.match(title):
            (current.lines if current else front).append((page, line))
            continue
        if (vocabulary.ATTENDANCE_HEADINGS.match(title) or _PROTOCOL_FURNITURE.match(title)) \
                and not _report_by_role(title, level, parents, sections):
            current = None
            # the label as a line of its own ("## Närvarande:", "## Närvarande (7)" read as "Närvarande:")
            front.append((page, vocabulary.attendance_label(title)))
            if unnumbered and _WHO_CAME.match(title) and level in item_levels:
                # notes with unnumbered headings ("## Deltagare", "## Agenda", "## Anteckningar"):
                # the attendance is one of their parts; its names stay front matter for the persons
                sections.append(RawSection(None, title, page))
            parents = {at: t for at, t in parents.items() if at < level} | {level: title}
            continue
        parents = {at: t for at, t in parents.items() if at < level} | {level: title}
        following = order.index(position) + 1
        next_index = order[following] if following < len(order) else len(lines)
        own_text = any(lines[k][1].strip() for k in range(position + 1, next_index))
        deeper_next = following < len(order) and starts[order[following]][0] > level
        if (not own_text and deeper_next and level not in item_levels) or _DATE_ONLY.match(title):
            current = None
            front.append((page, title))
            continue
        numbered = _MD_NUMBER.match(title)
        number = None
        if numbered:
            number = "§ " + numbered.group("num") + (f" {numbered.group('sub')}" if numbered.group("sub") else "")
            title = numbered.group("title").strip()
        current = RawSection(number, title, page)
        sections.append(current)
    return Segmentation(front, sections)


# "1.1 Mötets öppnande", "2.3. Budget": an item under a numbered part ("1 Inledning", "2 Ekonomi")
_DECIMAL = re.compile(r"^(?P<num>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+(?P<title>[A-ZÅÄÖ\d\"”«(].*)$")
# "2 Ekonomi", "3. Övrigt": a part of the document over its decimal items
_PART = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[A-ZÅÄÖ].*)$")
_APPENDIX = re.compile(r"^bilaga\s+\w{1,3}\b", re.IGNORECASE)
# a word a LaTeX PDF sets in the margin beside a heading ("Beslut") lands on its line


def _without_margin_word(line: str) -> str:
    """"Beslut 1.2 Val av justerare" / "1.2 Val av justerare Beslut" -> "1.2 Val av justerare"."""
    text = _strip_markup(line).replace("\t", " ")
    lead = re.match(r"^(\S+)\s+(?=\d{1,2}\.\d)", text)
    if lead and SUB_HEADINGS.match(lead.group(1)):
        text = text[lead.end() :]
    tail = re.search(r"\s+(\S+)$", text)
    if tail and SUB_HEADINGS.match(tail.group(1)) and re.match(r"^\d{1,2}(?:\.\d{1,2})?\.?\s+\S+\s+\S", text):
        text = text[: tail.start()]
    return text


def _heading_title(title: str) -> bool:
    """A heading's title: a few words, not a sentence."""
    words = title.split()
    return len(words) <= 12 and not (len(words) > 4 and title.rstrip().endswith((".", ",", ";", ":")))


def _decimal_headings(lines: list[tuple[int, str]]) -> list[tuple[int, str, str, bool]]:
    """Numbered items two levels deep ("1 Inledning" / "1.1 Mötets öppnande" / "1.2 Val av …"):
    (line index, number, title, holds_items). The second level carries the items; a first-level
    part holds them, or is an item itself when it has text of its own and no items under it."""
    found: list[tuple[int, int, int, str]] = []  # (index, num, sub or 0 for a part, title)
    for i, (_, raw) in enumerate(lines):
        line = _without_margin_word(raw)
        if (match := _DECIMAL.match(line)) and _heading_title(match.group("title")):
            found.append((i, int(match.group("num")), int(match.group("sub")), match.group("title").strip()))
        elif "\t" not in raw and (match := _PART.match(line)) and _heading_title(match.group("title")) and len(match.group("title").split()) <= 6:
            found.append((i, int(match.group("num")), 0, match.group("title").strip()))
    # a part with neither items nor text of its own is an entry of an agenda list or a table row
    def own_text(k: int) -> bool:
        following = found[k + 1][0] if k + 1 < len(found) else len(lines)
        return any(line.strip() for _, line in lines[found[k][0] + 1 : following])

    def bare_part(k: int) -> bool:
        return 0 <= k < len(found) and not found[k][2] and not own_text(k) and not (
            k + 1 < len(found) and found[k + 1][1] == found[k][1] and found[k + 1][2])

    # a run of them is an agenda list; a lone one ("5 Övrigt" with nothing to add) is an item
    found = [h for k, h in enumerate(found) if not (bare_part(k) and (bare_part(k - 1) or bare_part(k + 1)))]
    # "8 Bilaga 4b" on every page of an appendix: a page number and the appendix's label, no part
    part_titles = [title for _, _, sub, title in found if not sub]
    found = [h for h in found if h[2] or (part_titles.count(h[3]) == 1 and not _APPENDIX.match(h[3]))]
    # keep the headings whose (part, item) numbers rise in order; a part only at its own number
    accepted: list[tuple[int, int, int, str]] = []
    last = (0, 0)
    for index, num, sub, title in found:
        if sub == 0:
            ok = num == last[0] + 1 or (num == last[0] and last[1] == 0 and not accepted)
        else:
            ok = (num == last[0] and 0 < sub <= last[1] + 3) or (num == last[0] + 1 and sub <= 2 and last[1] >= 0)
        if ok and (accepted or num <= 2):
            accepted.append((index, num, sub, title))
            last = (num, sub)
    if sum(1 for _, _, sub, _ in accepted if sub) < 3:
        return []
    result = []
    for k, (index, num, sub, title) in enumerate(accepted):
        if sub:
            result.append((index, f"§ {num}.{sub}", title, False))
            continue
        following = accepted[k + 1] if k + 1 < len(accepted) else None
        holds_items = following is not None and following[1] == num and following[2] > 0
        result.append((index, f"§ {num}", title, holds_items))
    return result


def _sections_from_decimal(lines: list[tuple[int, str]], headings: list[tuple[int, str, str, bool]]) -> Segmentation:
    """Sections of both levels: a part's heading over its items ("1 Inledning") is a section of its
    own without text, so it does not run into the item before it; the items hold the text."""
    front = lines[: headings[0][0]]
    sections = []
    for n, (index, number, title, _) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(lines)
        sections.append(RawSection(number, title, lines[index][0], "", lines[index + 1 : end]))
    return Segmentation(front, sections)


# "6.1 Motion om cykelställ" under "6. Motioner": a decimal sub-item of the numbered item above it
_SUB_ITEM = re.compile(r"^\s*(?:\*\*)?(?P<num>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+(?P<title>[A-ZÅÄÖ].*?)(?:\*\*)?\s*$")
# "2a. Val av sekreterare" between "2." and "3.": an item inserted after the one of its number
_LETTERED_ITEM = re.compile(r"^(?:\*\*)?(?P<num>\d{1,2})\s?(?P<sub>[a-h])[.)]\s+(?P<title>[A-ZÅÄÖ].*?)(?:\*\*)?\s*$")


def _with_sub_items(lines: list[tuple[int, str]], headings: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The numbered items with their decimal sub-items ("6. Motioner" / "6.1 …" / "6.2 …"), each a
    section of its own: the sub-numbers start at 1 under their item's own number and rise, two or
    more of them (a lone "4.1." under "4." is a line of its text)."""
    out: list[tuple[int, str, str]] = []
    for n, heading in enumerate(headings):
        out.append(heading)
        end = headings[n + 1][0] if n + 1 < len(headings) else len(lines)
        parent = int(heading[1].split()[-1])
        expected = 1
        subs: list[tuple[int, str, str]] = []
        for i in range(heading[0] + 1, end):
            match = _SUB_ITEM.match(lines[i][1])
            if match and int(match.group("num")) == parent and int(match.group("sub")) in (expected, expected + 1) \
                    and _heading_title(match.group("title")):
                subs.append((i, f"§ {parent}.{int(match.group('sub'))}", match.group("title").strip()))
                expected = int(match.group("sub")) + 1
        out += subs if len(subs) >= 2 else _lettered_items(lines, heading[0] + 1, end, parent)
    return out


def _lettered_items(lines: list[tuple[int, str]], start: int, end: int, parent: int) -> list[tuple[int, str, str]]:
    """"2a." / "2b." under item 2, their letters in order from "a"."""
    found: list[tuple[int, str, str]] = []
    for i in range(start, end):
        match = _LETTERED_ITEM.match(lines[i][1])
        if match and int(match.group("num")) == parent and match.group("sub") == "abcdefgh"[len(found)]:
            found.append((i, f"§ {parent} {match.group('sub')}", match.group("title").strip()))
    return found


def _sections_from_numbered(lines: list[tuple[int, str]], headings: list[tuple[int, str, str]]) -> Segmentation:
    headings = _with_sub_items(lines, headings)
    front = lines[: headings[0][0]]
    sections = []
    for n, (index, number, title) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(lines)
        sections.append(RawSection(number, title, lines[index][0], "", lines[index + 1 : end]))
    return Segmentation(front, sections)


# "1 Mötet öppnades av ordföranden.", "2. Till ordförande valdes Eva Ek.": a number at the start of a
# line and the minute itself after it; a scan may set a stray mark before the number ("'3 Kassören …")
_ITEM_LINE = re.compile(r"^\s*[^\w\s]?\s*(?P<num>\d{1,2})(?:\s*[.):,])?\s+(?P<text>[A-ZÅÄÖ\"”«(].*)$")
_BARE_ITEM_NUMBER = re.compile(r"^\s*[^\w\s]?\s*(\d{1,2})\s*[.):,]?\s*$")


def _numbers_joined_to_text(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A scan that reads the number column apart ("3" / "Till kassör valdes Per Holm."): each bare
    number joined to the line after it, which is left blank, so lines keep their positions."""
    out = list(lines)
    for i, (page, line) in enumerate(lines):
        number = _BARE_ITEM_NUMBER.match(line)
        following = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j][1].strip()), None)
        text = lines[following][1].strip() if following is not None else ""
        # words, not a scan's smudge read as letters ("TS;")
        if number and text[:1].isupper() and re.search(r"[a-zåäö]{2}", text) \
                and not _BARE_ITEM_NUMBER.match(lines[following][1]) and out[i] == lines[i]:
            out[i] = (page, f"{number.group(1)} {lines[following][1].strip()}")
            out[following] = (lines[following][0], "")
    return out


def _item_title(text: str) -> str:
    """An item's first sentence as its title, cut to twelve words ("Till ordförande valdes Eva Ek")."""
    first = re.match(r"^.*?(?:[.!?](?=\s|$)|$)", text.strip()).group(0)
    words = first.split()
    return " ".join(words[:12]).rstrip(".") if len(words) > 12 else first.rstrip(".").strip()


def _counted_on(lines: list[tuple[int, str]], start: int, end: int, number: int) -> int:
    """The last item number reached between two items by numbers a scan read apart from their text
    ("9 …" / "10." / "11." / "13." … / "16 Övriga frågor"): the sequence goes on through them."""
    for _, line in lines[start + 1 : end]:
        bare = _BARE_ITEM_NUMBER.match(line)
        if bare and number < int(bare.group(1)) <= number + 2:
            number = int(bare.group(1))
    return number


def _sentence_items(lines: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """Items that are numbered and have no title of their own, their text being the minute ("1 Mötet
    öppnades." / "2 Till ordförande valdes Eva Ek." …, often a scan): the longest run of numbers that
    rise by one from 1 or 2 (a number may be lost to the scan) whose items are sentences or have text
    under them; a run of bare titles with nothing between is an agenda list. (index, "§ N", text)."""
    found = [(i, int(m.group("num")), m.group("text").strip())
             for i, (_, line) in enumerate(lines) if (m := _ITEM_LINE.match(line))]

    def minute(k: int, run: list[int]) -> bool:
        index, _, text = found[run[k]]
        end = found[run[k + 1]][0] if k + 1 < len(run) else len(lines)
        own_text = any(line.strip() for _, line in lines[index + 1 : end])
        sentence = bool(re.search(r"[.!?]$", text)) and len(text.split()) >= 3
        return own_text or sentence or (len(text.split()) >= 2 and bool(_REPORTED_VERB.search(text)))

    best: list[int] = []
    for start, (index, number, _) in enumerate(found):
        if number not in (1, 2):  # the scan may have lost the first number ("l Mötet öppnades.")
            continue
        if _previous_text(lines, index).endswith(":"):
            continue  # "… föreslår följande åtgärder:" / "1) Nya bänkar …": a list in running text
        run = [start]
        for k in range(start + 1, len(found)):
            last = _counted_on(lines, found[run[-1]][0], found[k][0], found[run[-1]][1])
            if found[run[-1]][1] < found[k][1] <= last + 2:
                run.append(k)
        if len(run) > len(best) and 2 * sum(minute(k, run) for k in range(len(run))) > len(run):
            best = run
    return [(found[k][0], f"§ {found[k][1]}", found[k][2]) for k in best] if len(best) >= 3 else []


def _sections_from_sentence_items(lines: list[tuple[int, str]], items: list[tuple[int, str, str]]) -> Segmentation:
    """Each item's text is its own body (its first sentence decides as much as the lines below it);
    a title alone on its line ("3 Val av kassör") heads the lines below it."""
    sections = []
    for n, (index, number, text) in enumerate(items):
        end = items[n + 1][0] if n + 1 < len(items) else len(lines)
        page = lines[index][0]
        following = lines[index + 1 : end]
        # a sentence broken over lines goes on in lower case ("4 Stämman förklarades" / "utlyst.")
        # (a lettered sub-item "a. Drift …" is no such continuation)
        first = next((line.strip() for _, line in following if line.strip()), "")
        broken = first[:1].islower() and not re.match(r"^[a-z][.)]\s", first)
        # a minute without its full stop ("4. Mötet ansågs behörigt utlyst") is text, not a title
        heading_only = not _SENTENCE_END.search(text) and len(text.split()) <= 12 and not broken \
            and not _REPORTED_VERB.search(text)
        body = following if heading_only else [(page, text), *following]
        if broken:
            text += " " + next(line.strip() for _, line in following if line.strip())
        sections.append(RawSection(number, _item_title(text), page, "", body))
    return Segmentation(lines[: items[0][0]], sections)


def _rising(numbers: list[int]) -> int:
    """Length of the longest run of numbers that rise in small steps (1, 2, 3, 5 …): the agenda."""
    best: list[int] = []
    for k, number in enumerate(numbers):
        best.append(1 + max((best[i] for i in range(k) if 0 < number - numbers[i] <= 5), default=0))
    return max(best, default=0)


def _without_interlopers(headings: list[_Heading]) -> list[_Heading]:
    """Drop a heading whose number breaks a sequence its neighbours keep: "Ärende 13" in a scanned
    letter between § 74 and § 75 is the letter's own numbering, not an item of the meeting."""
    numbers = [_leading_number(h.number) if h.number else None for h in headings]

    def fits(a: int | None, b: int | None) -> bool:
        return a is not None and b is not None and 0 <= b - a <= 5

    return [
        heading for i, heading in enumerate(headings)
        if not (0 < i < len(headings) - 1 and fits(numbers[i - 1], numbers[i + 1])
                and not fits(numbers[i - 1], numbers[i]))
    ]


def _titled(heading: _Heading) -> bool:
    """Whether a § line reads as a heading: a short title or none (it follows below), not a
    sentence quoting a statute ("§ 7 Styrelsen består av fem ledamöter som väljs av stämman.")."""
    words = heading.rest.split()
    return heading.forts or len(words) <= 12 and not (len(words) > 4 and heading.rest.endswith("."))


def _first_number(text: str) -> int | None:
    match = _MD_NUMBER.match(text)
    return int(match.group("num").split(".")[0]) if match else None


def _item_heading_count(markup: list[tuple[int, int, str]]) -> int:
    """How many markup headings of the most used level could be items (not sub- or attendance headings)."""
    counts: dict[int, int] = {}
    for _, level, title in markup:
        if not SUB_HEADINGS.match(title) and not vocabulary.ATTENDANCE_HEADINGS.match(title):
            counts[level] = counts.get(level, 0) + 1
    return max(counts.values(), default=0)


# An appendix after the minutes: "Bilaga 1 Stadgar", "Stadgar för Föreningen …" (or "Stadgar for …" when
# a PDF's text lost its diacritics), a bare "Stadgar", "Appendix A"; a
# heading line of its own, not an entry in a list of appendices ("Bilaga 1 Budget" / "Bilaga 2 …")
_APPENDIX_HEADING = re.compile(
    r"^(?:#+\s*)?(?:\*\*)?(?:bilaga\s+\w{1,3}\b|stadgar?(?:\s+f[öo]r\b|\s*$)|appendix\b)(?!.*[.:]\s*$)[^.]{0,60}$", re.IGNORECASE)
# the appendix's own numbering starts again: "§ 1 Namn", "1 Ändamål", "1. Föreningens firma"
_FIRST_CLAUSE = re.compile(r"^(?:#+\s*)?(?:\*\*)?(?:§\s*1|1(?:\.1)?)[.)]?\s+\S")


# the minutes end before an appendix: a closing item or the signatures
_CLOSING = re.compile(r"avslut|avslutning|avslutande|justering|underskrifter", re.IGNORECASE)
_SIGNED = re.compile(r"^(?:vid protokollet|justeras|justerare|ordförande|sekreterare|underskrifter)\b|avslutade|avslutas", re.IGNORECASE)


_DETACHED_MARK = re.compile(r"\s*[¨˚´`ˆ]\s*")


def appendix_start(lines: list[tuple[int, str]]) -> int | None:
    """Index of the line that opens an appendix with a numbering of its own (the statutes appended
    to an annual meeting's minutes): its heading, followed within three lines by a first clause."""
    for i, (_, line) in enumerate(lines):
        text = line.strip()
        # a diacritic a PDF set apart ("F ¨ RIPOST") splits no word
        if not _APPENDIX_HEADING.match(text) or len(_DETACHED_MARK.sub("", text).split()) > 8:
            continue
        neighbours = [lines[k][1].strip() for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        if any(_APPENDIX.match(n.lstrip("#* ")) for n in neighbours):
            continue  # a list of the appendices
        following = [line for _, line in lines[i + 1 :] if line.strip()][:3]
        if any(_FIRST_CLAUSE.match(f.strip()) for f in following):
            return i
    return None


# "Ungdomsfullmäktige 20.2.2023, 13 §", "Kommunstyrelsen 2024-05-06 § 45": one treatment of the
# matter, by an organ on a date under its paragraph; "Tidigare behandling:" heads the earlier ones
_TREATMENT = re.compile(
    r"^(?:#+\s*)?[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,5}\s+(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2}),?"
    r"\s+(?:(?P<n1>\d{1,3})\s?§|§\s?(?P<n2>\d{1,3}))\S{0,2}\s*$"
)
_EARLIER_LABEL = re.compile(r"^(?:#+\s*)?(?:ärendets\s+)?tidigare\s+behandling(?:ar)?\b", re.IGNORECASE)


def without_earlier_treatments(section: RawSection) -> RawSection:
    """The section as read for decisions: without the earlier treatments of its matter quoted above
    this meeting's ("Tidigare behandling:" / "Nämnden 20.2.2023, 13 §" / "Nämndens beslut: …" /
    "Nämnden 9.5.2023, 19 §"), whose decision blocks were taken at another meeting. Only when the
    item's own treatment is marked with its number, so that it is known where this meeting's begins."""
    if section.number is None:
        return section
    own = str(_leading_number(section.number))
    marks = [(k, m.group("n1") or m.group("n2")) for k, (_, line) in enumerate(section.lines)
             if (m := _TREATMENT.match(line.strip()))]
    here = next((k for k, number in marks if number == own), None)
    if here is None:
        return section
    starts = [k for k, number in marks if number != own and k < here]
    starts += [k for k, (_, line) in enumerate(section.lines[:here]) if _EARLIER_LABEL.match(line.strip())]
    if not starts:
        return section
    return replace(section, lines=section.lines[: min(starts)] + section.lines[here:])


# An attendance list of checkboxes, one or two to a row: "[X] Haverinen Emilia, ordförande\t[ ] Ek Eva"
_CHECKBOX = re.compile(r"(?:\[\s?[xX✓✔]?\s?\]|[☐☑☒])[ \t]*")
_NAME_ENTRY = re.compile(r"^(?P<a>[A-ZÅÄÖÉ][a-zåäöéü'-]+)\s+(?P<b>[A-ZÅÄÖÉ][a-zåäöéü'-]+)(?P<rest>\s*(?:,.*)?)$")


def _checkbox_cells(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each ticked or empty box of an attendance list as a line of its own, without the box."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        if _CHECKBOX.match(line.strip()):
            out += [(page, cell.strip()) for cell in _CHECKBOX.split(line.strip()) if cell.strip()]
        else:
            out.append((page, line))
    return out


def given_names_first(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Attendance lists written surname first ("Liljeqvist Ella", "Hedman Sofia, sekreterare", a
    Finland-Swedish kommun's checkbox list) with each name turned given name first, as the rest of
    the document writes it. A run of name lines is surname first when more of its names have a common
    given name second than first, or are written the other way round elsewhere in the document."""
    lines = _checkbox_cells(lines)
    entries = [_NAME_ENTRY.match(line.strip()) for _, line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        if entries[k] is None:
            k += 1
            continue
        end = k
        while end < len(lines) and entries[end] is not None:
            end += 1
        run = entries[k:end]
        outside = "\n".join(line for j, (_, line) in enumerate(lines) if not k <= j < end)
        surname_first = given_first = 0
        for m in run:
            a, b = m.group("a"), m.group("b")
            surname_first += (b in vocabulary.GIVEN_NAMES and a not in vocabulary.GIVEN_NAMES) \
                + bool(re.search(rf"\b{re.escape(b)}\s+{re.escape(a)}\b", outside))
            given_first += (a in vocabulary.GIVEN_NAMES and b not in vocabulary.GIVEN_NAMES) \
                + bool(re.search(rf"\b{re.escape(a)}\s+{re.escape(b)}\b", outside))
        if surname_first > given_first:
            for j in range(k, end):
                m = entries[j]
                out[j] = (lines[j][0], f"{m.group('b')} {m.group('a')}{m.group('rest')}")
        k = end
    return out


def pages_given_names_first(pages: list[str]) -> list[str]:
    """The pages of a document with a checkbox attendance list, its boxes taken off and its
    surname-first lists turned (see `given_names_first`); other documents as they are."""
    if not any(_CHECKBOX.match(line.strip()) for page in pages for line in page.split("\n")):
        return pages
    turned: list[list[str]] = [[] for _ in pages]
    for n, line in given_names_first([(n, line) for n, page in enumerate(pages) for line in page.split("\n")]):
        turned[n].append(line)
    return ["\n".join(lines) for lines in turned]


def segment(pages: list[str]) -> Segmentation:
    """Sections of a document; an appendix that numbers its clauses anew after the minutes ("Bilaga 1
    Stadgar" / "§ 1 Namn" …) is the last item's text, never items of the protocol."""
    segmentation = _segment_pages(pages)
    for section in segmentation.sections:
        _case_number_out_of_title(section)
    return segmentation


def _case_number_out_of_title(section: RawSection) -> None:
    """A labelled case number that closes the title ("§ 4 Budget 2026 Dnr 2025/14", "## 6. Taxor, dnr
    KS 2025/16") is the item's own: it moves to the heading's rest, the title keeps its words."""
    title = section.title.rstrip()
    found = next((f for f in dnr.find(title) if f.label and f.start > 0 and f.end == len(title)), None)
    if found:
        section.title = title[: found.start].rstrip(" \t,;–-")
        section.head_rest = "\n".join(filter(None, [section.head_rest, title[found.start :]]))


def _segment_pages(pages: list[str]) -> Segmentation:
    lines = _lines(pages)
    whole = _segment(lines)
    if not whole.sections and (run_on := _run_on_items(lines)):
        return run_on
    cut = appendix_start(lines)
    if cut is None or len(whole.sections) < 2:
        return whole
    minutes = _segment(lines[:cut])
    if len(minutes.sections) < 2:
        return whole
    last = minutes.sections[-1]
    if not (_CLOSING.search(last.title) or any(_SIGNED.search(line) for _, line in last.lines)):
        return whole  # an attachment quoted inside an item ("Bilaga 1 Yttrande" / "1. Inledning"), minutes go on
    return Segmentation(minutes.front, [*minutes.sections[:-1], replace(last, lines=[*last.lines, *lines[cut:]])])


# An item heading run into the text by a PDF export that lost its line breaks and § signs: "… beslutar
# enligt förslaget. 18 Val av ombud till förbundsstämman Nämnden utser …": after a sentence's end (or
# at a line's start), a number and a title in sentence case up to the next capitalised word.
_RUN_ON_ITEM = re.compile(
    r"(?:(?<=[.!?])\s+|^\s*)(?P<num>\d{1,3})\s+(?P<title>[A-ZÅÄÖ][a-zåäö]+(?:\s+(?:[a-zåäö][\wåäö-]*|\d{4}))*?)"
    r"(?=\s+[A-ZÅÄÖ][a-zåäö]|\s*$)"
)
_RUN_ON_MIN = 3


def _run_on_items(lines: list[tuple[int, str]]) -> Segmentation | None:
    """Items whose headings run on mid-line, when nothing else segments the document: the longest
    run of at least three numbers that rise by one, one of them mid-line. Each heading's title is
    its words up to the next capitalised one (a title that holds a name is cut at the name)."""
    found = [(i, m) for i, (_, line) in enumerate(lines) for m in _RUN_ON_ITEM.finditer(line)]
    best: list[int] = []
    for start in range(len(found)):
        run = [start]
        for k in range(start + 1, len(found)):
            if int(found[k][1].group("num")) == int(found[run[-1]][1].group("num")) + 1:
                run.append(k)
        if len(run) > len(best):
            best = run
    marks = [found[k] for k in best]
    if len(marks) < _RUN_ON_MIN or not any(lines[i][1][: m.start("num")].strip() for i, m in marks):
        return None  # too few, or every number at a line's start: no heading ran on
    front = lines[: marks[0][0]] + [(lines[marks[0][0]][0], lines[marks[0][0]][1][: marks[0][1].start()].rstrip())]
    sections: list[RawSection] = []
    for n, (i, match) in enumerate(marks):
        page, line = lines[i]
        nxt = marks[n + 1] if n + 1 < len(marks) else None
        if nxt and nxt[0] == i:
            body = [(page, line[match.end() : nxt[1].start()].strip())]
        else:
            body = [(page, line[match.end() :].strip())]
            end = nxt[0] if nxt else len(lines)
            body += lines[i + 1 : end]
            if nxt:
                body.append((lines[nxt[0]][0], lines[nxt[0]][1][: nxt[1].start()].rstrip()))
        sections.append(RawSection(f"§ {match.group('num')}", match.group("title").strip(), page, "",
                                   [(p, t) for p, t in body if t.strip()]))
    return Segmentation([(p, t) for p, t in front if t.strip()], sections)


def _segment(lines: list[tuple[int, str]]) -> Segmentation:
    """Sections of a document by the heading system that structures the whole of it.

    Each system is scored by how long a rising sequence of numbered headings it gives (§ lines
    only when they read as headings), so one "§ 7" quoting a statute in a Markdown file with
    "## 1." … "## 9." headings does not decide the system. On a tie: §, then markup, then
    numbered lines; unnumbered markup headings apply when no § heading is found.
    """
    para = _para_headings(lines)
    markup = _markup_headings(lines)
    para_lines = {h.index for h in para}
    numbered_markup = [n for i, _, title in markup if i not in para_lines and (n := _first_number(title)) is not None]
    para_score = _rising([_leading_number(h.number) for h in para if _titled(h)])
    markup_score = _rising(numbered_markup)
    if para_score < 2:
        # unnumbered headings of one level ("= Mötets öppnande" in Typst, "# Budget") are a sequence of
        # items too: one "§ 4 i stadgarna" line in an item's text does not outweigh them
        markup_score = max(markup_score, _item_heading_count(markup))
    numbered = _numbered_headings(lines) if not para or para_score < 2 else []
    decimal = _decimal_headings(lines) if para_score < 2 else []
    # items whose text is the minute ("1 Mötet öppnades …"), when no other system structures the
    # document: a statute or two quoted in an item ("§2 Samfälligheter …", "§ 3 Styrelse") do not
    # outweigh them
    if para_score <= 2 and markup_score < 2 and not decimal:
        joined = _numbers_joined_to_text(lines)
        items = _sentence_items(joined)
        if len(items) > max(len(numbered), 2 * para_score):
            return _sections_from_sentence_items(joined, items)
    if para and para_score >= max(markup_score, len(numbered)):
        return _sections_from_para(lines, _without_interlopers(para))
    # "1 Inledning" / "1.1 Mötets öppnande": the second level holds the items
    if decimal and sum(1 for *_, holds in decimal if not holds) > max(markup_score, len(numbered), 1):
        return _sections_from_decimal(lines, decimal)
    if markup and len(numbered) <= len(markup):  # "# Protokoll" over "**1. Titel**" items: the items
        return _sections_from_markup(lines, markup)
    if numbered:
        return _sections_from_numbered(lines, numbered)
    if not para and not markup and len(bare := _numbered_headings(lines, _BARE_NUMBERED)) >= 3:
        return _sections_from_numbered(lines, bare)  # no other system: "1 Mötets öppnande" headings
    return Segmentation(lines, [])


def numbered_items(pages: list[str]) -> tuple[list[str], bool]:
    """The titles of the document's numbered items ("§ 3 …", "3. Val av …", "1.1 …"), and whether
    they are § lines (a protocol's own numbering, never a list in running text)."""
    lines = _lines(pages)
    titles = [section.title for section in segment(pages).sections if section.number]
    return titles, bool(titles) and bool(_para_headings(lines))


def _is_break_before(line: str) -> bool:
    stripped = line.strip()
    return bool(
        _LIST_ITEM.match(stripped) or _MARKUP_HEADING.match(stripped) or _PARA_HEADING.match(stripped)
        or _is_sub_heading(stripped)
    )


def _is_sub_heading(line: str) -> bool:
    """"Styrelsens beslut", "Beslutsunderlag", "Yrkanden": a heading inside an item is a paragraph
    of its own, so it neither runs into the decision below it nor swallows the line above."""
    return bool(SUB_HEADINGS.match(line.strip("*# ")))


def _split_long(text: str) -> list[str]:
    if len(text.split()) <= MAX_PARAGRAPH_WORDS:
        return [text]
    pieces, current = [], []
    for sentence in _SENTENCE_SPLIT.split(text):
        if current and len(" ".join(current + [sentence]).split()) > MAX_PARAGRAPH_WORDS:
            pieces.append(" ".join(current))
            current = []
        current.append(sentence)
    if current:
        pieces.append(" ".join(current))
    # a single sentence longer than the limit is cut by words
    out = []
    for piece in pieces:
        words = piece.split()
        out += [" ".join(words[k : k + MAX_PARAGRAPH_WORDS]) for k in range(0, len(words), MAX_PARAGRAPH_WORDS)]
    return out


def paragraphs_of(lines: list[tuple[int, str]], section: str | None) -> list[Paragraph]:
    """Re-join printed lines into paragraphs (see the extraction brief in extract.py)."""
    blocks: list[tuple[int, list[str]]] = []
    for page, raw in lines:
        line = raw.strip()
        if not line or _NOISE.match(line):  # rules and lone dashes separate paragraphs
            if blocks and blocks[-1][1]:
                blocks.append((page, []))
            continue
        if not blocks or not blocks[-1][1]:
            if blocks and not blocks[-1][1]:
                blocks[-1] = (page, [line])
            else:
                blocks.append((page, [line]))
            continue
        previous = blocks[-1][1][-1]
        joins = not _is_break_before(line) and (
            not _SENTENCE_END.search(previous) or line[:1].islower()
        ) and not _MARKUP_HEADING.match(previous) and not _is_sub_heading(previous)
        if joins:
            blocks[-1][1].append(line)
        else:
            blocks.append((page, [line]))
    result = []
    for page, block in blocks:
        text = " ".join(block).strip()
        if len(text) < 3 or _NOISE.match(text):
            continue
        text = re.sub(r"^#+\s+", "", text)
        result += [Paragraph(text=piece, page=page, section=section) for piece in _split_long(text)]
    return result


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
