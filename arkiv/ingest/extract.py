"""From cleaned pages to structure: metadata, § sections with decisions and Dnr, persons, paragraphs.

`parse_document(pages, filename=...)` is a pure function. Every rule below names the documents it
was learnt from (seed 004 = a samordningsförbund sammanträdesprotokoll, 002 = minnesanteckningar,
Borrby = a 44-page nämnd protocol, lithekod/stacken/ix/Datavetenskapsdivisionen/Långasand/
Stenålderns = association minutes in PDF, Markdown, LaTeX, Org and Typst).

Decisions
    A section with a decision block ("Beslut", "Beslut:", "Styrelsens beslut",
    "SAMHÄLLSPLANERINGSNÄMNDENS BESLUT", a "### Beslut" sub-heading) takes its decisions from the
    block only: one per bullet ("- ", "• ") or, without bullets, one per paragraph; each "att"-clause
    with its organ's lead-in is a decision of its own. The block ends
    at a line of underscores, "Beslutet expedieras/skickas till", "Reservation", "Beslutsunderlag"
    and similar. In documents without any decision block (association minutes) decisions are the
    sentences in which the meeting acts: "Mötet beslutar att …", "Styrelsen godkänner …",
    "Årsmötet beslutade …", "Mötet väljer X till …", "X väljs till …", "Dagordningen godkändes".
    In a protocol with blocks, an item without one decides only where an organ acts in the present
    tense ("Kommunstyrelsen beslutar att …"); any organ counts (arkiv.swedish.vocabulary.ORGAN).
    Text under "Förslag till beslut", "Yrkanden", "Beslutsunderlag" never gives decisions, nor does
    what someone tells the meeting ("Styrelsen berättade att ansökan … avslogs", corpus/ årsmöte).
    An organ's "BESLUTSFÖRSLAG TILL KOMMUNFULLMÄKTIGE" (Borrby) counts as a decision: the organ
    decided to propose. A line "Styrelsen beslutar att" followed by "- verb …" bullets is a decision
    block too (corpus/ 06-13). A kallelse has no decisions, only proposals (corpus/ 2024-12-12).
    Around a block, the procedure may decide too ("utanför beslutsblock", Borrby § 74, § 77): a vote
    on how to proceed ("Med 8 JA-röster (…) mot 3 NEJ-röster (…) beslutar nämnden att ärendet ska
    avgöras i dag"), a consent ("Nämnden godkänner att X lägger en protokollsanteckning"); the
    chairman's finding ("finner att nämnden beslutat …") counts unless a vote is called after it, it
    only refers to a proposal ("enligt förslaget", "så") or the block writes it out (most of its
    words are in a block decision). Bullets of a second kind under their own lead-in ("Under
    förutsättning att …, även" + "- uppdra …", Borrby § 72) are decisions each; dashes under an item
    ending in ":" belong to it (§ 71). A protocol counts as one with blocks only when blocks are in
    at least as many items as decisions written in sentences, so one "Beslut: …" line in
    association minutes does not turn "Mötet valde …" elsewhere into history. Terse notes of
    minutes decide: "Valdes: …", "Godkändes." (with the proposal before it), "Beslut X.", "Vi
    väljer …", "Datum för stämman framflyttat till …"; an act dated right after its verb
    ("beslutade 2023-05-12 att") is another occasion's, and a passive verb inside a "som" clause
    describes. "Mötet beslutade enligt förslaget" carries the text of the section's one proposal.
Status
    By what is done to the matter, arkiv.swedish.vocabulary.decision_status: a proposal to another
    organ is överlämnad; rejected procedural motions ("avslår yrkandet om återremiss") are set aside;
    then återremitterad, bordlagd, avslagen, avskriven, besvarad, else noterad when the text only
    takes note ("lägger informationen till handlingarna"), else beslutad ("godkänner rapporterna
    och lägger dessa till handlingarna", 004 § 30).
Persons
    Attendance blocks first (role, organisation, party from the layout); a person's member role
    from those lists wins over a meeting function, so Annika Karlsson (004, "ledamot" and "Utses att
    justera") stays ledamot; the justerare role is kept only for persons with no other role. Roles
    are lower-case titles; a capitalised comma part ("Granåsens kommun", "Försäkringskassan") is the
    organisation, and a member under "Beslutande" without a written title is ledamot (corpus/ 05-16,
    09-19). Table rows "Sara Lind | V | ledamot" read as "Sara Lind (V), ledamot" (corpus/ nämnd
    protocol). A line that is no person inside a block is skipped, it does not end the block. Signature
    blocks: "Sekreterare ……" above a name, or a row of roles above/below a row of names, also on the
    signature page after the last item, or rows of titles over rows of names without a label.
    Inside the items: a roll call (a "Röstlängd" §, "N närvarande …: nsg, kaj, …", "Samt X"), names
    under an election lead-in ("Till styrelseledamöter valdes:") or a distribution list ("Beslutet
    expedieras till:"), and a table keyed by members' first names ("Pösse: 2 h"). Then running-text
    mentions from arkiv.models.swedish_nlp, over the text with names broken over a line made whole
    ("Ander-" / "sson", "… och Margareta" / "Tönsgård").
    Attendance heads in columns ("Beslutande  Ledamöter  Tjänstgörande ersättare" over rows of
    cells) are read one column after the other, each under its sub-label (_unfold_columns); the
    member a tjänstgörande ersättare serves for is a ledamot; a phrase with an attendance verb is
    no organisation. Unions in parentheses are organisations (vocabulary.UNIONS).
    A name is rejected by its shape (organisation, street and noun endings), never by a list of
    places or companies. One person, one record: a short form ("A. Ek", "ordförande Ek", "Ek (S)")
    joins the full name when it fits exactly one ("Anna Ek"); with "Anna Ek" and "Per Ek" a bare
    "Ek" stays a record of its own. A lone first name joins only without contrary evidence: no other
    organisation ("LIFs ordförande Karin") and no other role, unless the full name is an attendee.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from arkiv.ingest.segment import (
    RawSection, Segmentation, appendix_start, pages_given_names_first, paragraphs_of, segment, split_sentences,
    without_earlier_treatments,
)
from arkiv.models import swedish_nlp
from arkiv.models.swedish_nlp import (
    are_initials_of, common_nouns_only, could_be_given_name, is_common_noun, is_name_token,
    is_organisation_word, is_proper_noun,
)
from arkiv.schema import CaseRef, Decision, DecisionStatus, DocType, Paragraph, Person, Section
from arkiv.swedish import dnr, vocabulary
from arkiv.swedish.vocabulary import PARTIES, canonical_role, is_local_party, is_role_word


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    doc_type: DocType
    body: str | None
    date: str | None
    place: str | None
    time: str | None
    sections: tuple[Section, ...]
    persons: tuple[Person, ...]
    paragraphs: tuple[Paragraph, ...]


# ---------------------------------------------------------------- dates, places, times

_MONTHS = {**vocabulary.MONTHS, **vocabulary.ENGLISH_MONTHS}
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-\u00ad\u2010-\u2013]{1,2}\s*(\d\d?)\s*[-\u00ad\u2010-\u2013]{1,2}\s*(\d\d?)(?!\d)")
_DAY_MONTH = r"(?<!\d)(\d{1,2})(?::[ae])?\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_TEXT_DATE = re.compile(_DAY_MONTH + r"\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_YEARLESS_DATE = re.compile(_DAY_MONTH + r"\b(?!\s*\d)", re.IGNORECASE)
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_TIME = re.compile(
    r"\b(?:kl\.?|klockan|tid:?)\s*(\d{1,2}[.:]\d{2})(?:\s*[-–]\s*(\d{1,2}[.:]\d{2}))?", re.IGNORECASE
)
_BARE_TIME = re.compile(r"(?<![\d.:-])(\d{1,2}[.:]\d{2})(?:\s*[-–]\s*(\d{1,2}[.:]\d{2}))?(?![\d.:])")
_WEEKDAY = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"


def _valid(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def find_date(text: str) -> str | None:
    """The first date written as ISO ("2024-09-18", "2020--11--24") or in words ("21 maj 2021")."""
    found: list[tuple[int, str]] = []
    for m in _ISO_DATE.finditer(text):
        if (value := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            found.append((m.start(), value))
            break
    for m in _TEXT_DATE.finditer(text):
        if (value := _valid(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))):
            found.append((m.start(), value))
            break
    return min(found)[1] if found else None


def _norm_time(value: str) -> str:
    hours, minutes = re.split(r"[.:]", value)
    return f"{int(hours):02d}:{minutes}"


def find_time(text: str, *, labelled: bool = True) -> str | None:
    match = (_TIME if labelled else _BARE_TIME).search(text)
    if not match:
        return None
    start, end = match.group(1), match.group(2)
    return _norm_time(start) + (f"-{_norm_time(end)}" if end else "")


_DATE_LABEL = re.compile(r"^(?:sammanträdesdatum|mötesdatum|datum(?: och tid)?)\b\s*:?\s*(.*)$", re.IGNORECASE)
_PLACE_TIME_LABEL = re.compile(r"^(plats och tid|datum och plats|plats|tid|lokal)\b\s*:?\s*(.*)$", re.IGNORECASE)
_NOT_MEETING_DATE = re.compile(r"anslag|justering|nedtagande|uppsättande|utdrag", re.IGNORECASE)


def _header_lines(seg: Segmentation, pages: list[str]) -> list[str]:
    lines = [line.strip() for _, line in seg.front if line.strip()]
    if len(lines) < 5 and pages:
        lines += [line.strip() for line in pages[0].split("\n") if line.strip()][:20]
    return lines[:80]


def _meeting_date(header: list[str], title: str, filename: str) -> str | None:
    """The labelled date; a bare "Datum" is the meeting date only when no "Tid"/"Plats och tid" line
    carries one, because in a kallelse "Datum" is the day it was sent (corpus/ 2024-12-12:
    "Tid Torsdag 12 december 2024 …", "Datum 2024-12-02")."""
    bare_datum = None
    for i, line in enumerate(header):
        match = _DATE_LABEL.match(line)
        if not match or _NOT_MEETING_DATE.search(line):
            continue
        value = match.group(1) or (header[i + 1] if i + 1 < len(header) else "")
        if value and not _NOT_MEETING_DATE.search(value) and (date := find_date(value)):
            if line.lower().startswith("datum") and not line.lower().startswith("datum och"):
                bare_datum = bare_datum or date
                continue
            return date
    for line in header:
        match = _PLACE_TIME_LABEL.match(line)
        if match and match.group(1).lower() in ("tid", "plats och tid") and (date := find_date(match.group(2))):
            return date
    if bare_datum:
        return bare_datum
    if (date := find_date(title)):
        return date
    for line in header[:15]:
        if not _NOT_MEETING_DATE.search(line) and (date := find_date(line)):
            return date
    match = _FILENAME_DATE.search(filename)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return _date_with_title_year(header[:15], title)


def _date_with_title_year(lines: list[str], title: str) -> str | None:
    """A day written without its year ("ägde rum den 9 maj") in a document whose title names one
    year ("Regionala ägardialogen 2017"): reports and news items date themselves this way."""
    years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", title))
    if len(years) != 1:
        return None
    year = int(years.pop())
    for line in lines:
        if not _NOT_MEETING_DATE.search(line) and (match := _YEARLESS_DATE.search(line)):
            return _valid(year, _MONTHS[match.group(2).lower()], int(match.group(1)))
    return None


_PLACE_END = re.compile(
    r"(?:,?\s+\b" + _WEEKDAY + r"\b|,?\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]+\s+\d{4}|,?\s+(?:kl\.?|klockan)\s|,?\s*\d{4}-\d\d-\d\d|,?\s+\d{1,2}[.:]\d\d)",
    re.IGNORECASE,
)


def _place_and_time(header: list[str]) -> tuple[str | None, str | None]:
    place = time = None
    for i, line in enumerate(header):
        match = _PLACE_TIME_LABEL.match(line)
        if not match:
            continue
        label, value = match.group(1).lower(), match.group(2).strip()
        if label in ("tid",):
            time = time or find_time(value, labelled=False)
            continue
        if not value and i + 1 < len(header):
            value = header[i + 1]
        if label.startswith("plats") or label == "lokal":
            head = _PLACE_END.split(value, maxsplit=1)[0].strip(" ,")
            if label == "plats" and head:
                place = place or head
            elif head:
                place = place or head
            time = time or find_time(value) or find_time(value, labelled=False)
        elif label == "datum och plats":
            time = time or find_time(value)
    if time is None:
        for line in header[:15]:
            if (time := find_time(line)):
                break
    if place is None:
        # "… klockan 19:30 på Kungliga Tekniska högskolan …" / "… klockan 19:35 i V21." (stacken)
        match = re.search(r"\b(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}\s+(?:på|i)\s+([^.]+?)\s*(?:\.|$)", " ".join(header[:15]))
        if match:
            place = match.group(1).strip()
    return place, time


# ---------------------------------------------------------------- title, type, body

_TYPE_WORDS = [
    (DocType.MINNESANTECKNINGAR, re.compile(r"minnesanteckningar|mötesanteckningar|\banteckningar från", re.IGNORECASE)),
    (DocType.PROTOKOLL, re.compile(r"protokoll", re.IGNORECASE)),
    (DocType.KALLELSE, re.compile(r"^(?:#+\s*)?(?:kallelse|föredragningslista|dagordning)\b", re.IGNORECASE)),
]
_ORGAN_LABEL = re.compile(r"^(?:organ|nämnd|styrelse)\s*:?\s+(\S.*)$", re.IGNORECASE)
_ORG_SUFFIX = (
    r"[\wåäöÅÄÖ-]*(?:förbund(?:et)?|nämnd(?:en)?|styrelse(?:n)?|fullmäktige|förening(?:en)?|"
    r"samfällighet(?:en)?|samfällighetsförening(?:en)?|byalag(?:et)?|kommun)"
)
_ORG = re.compile(
    # the type word itself capitalised names the body with the name after it ("Föreningen Vägvisaren")
    r"((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}(?:(?:Förening|Förbund|Byalag|Samfällighet(?:sförening)?)(?:en|et)?|"
    # "Kultur- och fritidsnämnden", "Barn- och utbildningsnämnden": a shared compound head
    + r"(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?" + _ORG_SUFFIX + r"))\b"
    r"(?:\s+([A-ZÅÄÖ][\wåäö]+))?"
)
_REGION = re.compile(r"\bRegion\s+[A-ZÅÄÖ][\wåäö]+")
_MEETING_WORD = re.compile(
    r"^(?:[a-zåäö]*möte[ts]?|[a-zåäö]*stämma|sammanträde|medlemssamråd|konstituerande|ordinarie)$", re.IGNORECASE
)


def _title(header: list[str], seg: Segmentation, filename: str) -> str:
    for i, line in enumerate(header[:15]):
        clean = re.sub(r"^#+\s*", "", line).strip("* ")
        if any(rx.search(clean) for _, rx in _TYPE_WORDS):
            if len(clean.split()) <= 1 and i + 1 < len(header) and not find_date(header[i + 1]):
                clean = f"{clean} {header[i + 1].strip('* ')}"
            return _shorten(clean)
    for _, line in seg.front:
        if line.strip().startswith("#"):
            return _shorten(line.strip().lstrip("#").strip())
    for line in header[:5]:
        if not _DATE_LABEL.match(line) and not _PLACE_TIME_LABEL.match(line) and not vocabulary.ATTENDANCE_LABEL.match(line):
            return _shorten(line)
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return stem or (seg.sections[0].title if seg.sections else "")


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(",", 1)[0] if "," in text[:limit] else text[:limit].rsplit(" ", 1)[0]
    return cut.strip()


def _doc_type(title: str, header: list[str], filename: str, decided: bool) -> DocType:
    for candidates in ([title], header[:20], [filename.replace("_", " ")]):
        for line in candidates:
            for doc_type, rx in _TYPE_WORDS:
                if rx.search(re.sub(r"^#+\s*", "", line)):
                    return doc_type
    # "Styrelsemöte 3" with decisions in it: the minutes of a meeting
    if decided and re.search(r"möte|stämma|sammanträde", title, re.IGNORECASE):
        return DocType.PROTOKOLL
    return DocType.OTHER


def _strip_genitive(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _org_in(text: str) -> str | None:
    for match in _ORG.finditer(text):
        phrase = match.group(1).strip()
        words = phrase.split()
        # leading capitalised words must themselves look like a name ("Södra Dalarnas"), not a type word
        while words and _TYPE_WORDS[1][1].search(words[0]) or (words and words[0].lower() in ("sammanträdesprotokoll", "minnesanteckningar", "från", "för")):
            words = words[1:]
        if not words:
            continue
        follower = match.group(2)
        if follower and re.search(r"(?:et|en)$", words[-1]) and not _MEETING_WORD.match(follower):
            words.append(_strip_genitive(follower))
        return " ".join(words)
    if (region := _REGION.search(text)):
        return region.group(0)
    return None


# An organ named only by its kind; "Styrelsen, Norrälvens Samordningsförbund" (corpus/ PDFs) names the body
# by its organisation, and a title word after the type word ("SAMMANTRÄDESPROTOKOLL Styrelsen – extra
# sammanträde", corpus/ 10-17) is no name.
_GENERIC_ORGAN = re.compile(
    r"^(?:styrelsen|nämnden|direktionen|förbundsdirektionen|fullmäktige|utskottet|arbetsutskottet|presidiet)$",
    re.IGNORECASE,
)


def _body(header: list[str], title: str) -> str | None:
    for line in header:
        if (match := _ORGAN_LABEL.match(line)):
            parts = [p.strip() for p in match.group(1).split(",") if p.strip()]
            named = [p for p in parts if not _GENERIC_ORGAN.match(p)]
            return ", ".join(named or parts)
    if (org := _org_in(title)):
        return org
    # "Protokoll för LiTHe Kods konstituerande möte", "Datorföreningen Stackens ordinarie vårmöte"
    words = re.sub(r"[,.()]", " ", title).split()
    for i, word in enumerate(words):
        if _MEETING_WORD.match(word) and i > 0:
            j = i
            while j > 0 and (words[j - 1][:1].isupper() or words[j - 1][:1].islower() and words[j - 1].endswith("s")):
                j -= 1
                if words[j].endswith("s") and j < i - 1:
                    break
            phrase = [w for w in words[j:i] if not _TYPE_WORDS[1][1].search(w) and w.lower() not in ("för", "vid")]
            if phrase and phrase[0][:1].isupper():
                phrase[-1] = _strip_genitive(phrase[-1])
                return " ".join(phrase)
    # "Mötesprotokoll LiTHe kod", "Långasands Byalag PROTOKOLL": the name next to the type word
    for i, word in enumerate(words):
        if _TYPE_WORDS[1][1].search(word) or _TYPE_WORDS[0][1].search(word):
            after = [w for w in words[i + 1 :] if not find_date(w) and not re.match(r"^\d", w)][:3]
            before = words[max(0, i - 3) : i]
            for phrase in (after, before):
                if (
                    phrase and phrase[0][:1].isupper() and not _GENERIC_ORGAN.match(phrase[0])
                    and not any(_MEETING_WORD.match(w) for w in phrase)
                ):
                    return " ".join(phrase)
    for line in header[:10]:
        if (org := _org_in(line)):
            return org
    return None


# ---------------------------------------------------------------- Dnr

_DNR_BARE_LINE = re.compile(r"^((?:19|20)\d\d/\d{1,6})\b")


def _title_case_number(title: str) -> list:
    """A case number in parentheses closing the title ("Yttrande över remiss (KS 2025-00331)") is the
    item's own; one inside the title's words ("… i ärende KN2024/01891") is another authority's."""
    text = title.rstrip()
    if not text.endswith(")"):
        return []
    return [found for found in dnr.find(text) if found.end >= len(text) - 2 and text[: found.start].rstrip().endswith("(")]


def case_refs(section: RawSection) -> tuple[CaseRef, ...]:
    """Dnr as written (grammar in arkiv.swedish.dnr): labelled ("Dnr SDSF 2024 000025 790", "Dnr: BUN
    2022.118", "Dnr VN-2024-00029"), with an upper-case series ("KS 2024/123"), or a bare "2024/191"
    right under the § heading (the case-number column)."""
    # the label written as "Dnr" ("Dnr: BUN 2022.118" -> "Dnr BUN 2022.118") so the shown forms agree
    head = list(dnr.find(section.head_rest))
    if any(found.label for found in head):
        # "§ 13 Dnr KS 2024-130 Yttrande till Länsstyrelsen i ärende KN2024/01891": the labelled
        # number is the protocol's own; one in the title is another authority's case
        head = [found for found in head if found.label]
    else:
        head += _title_case_number(section.title)
    refs = [
        "Dnr " + found.core if found.label.lower().startswith("dnr") else found.text
        for found in [*head, *dnr.find(section.text)]
    ]
    if not refs:
        first = [line.strip() for _, line in section.lines if line.strip()][:2]
        for line in first:
            if (match := _DNR_BARE_LINE.match(line)):
                refs.append(match.group(1))
    unique: dict[str, CaseRef] = {}
    for ref in refs:
        case = CaseRef.from_text(ref)
        unique.setdefault(case.key, case)
    return tuple(unique.values())


# ---------------------------------------------------------------- decisions

_BLOCK_START = re.compile(
    # "Beslut", "Beslutet", "Styrelsens beslut", "Tekniska nämndens beslut", "Miljö- och
    # hälsoskyddsnämndens beslut", "Beslut i kommunstyrelsen", "Beslut i kommunstyrelsens
    # arbetsutskott", "Nämndens beslutsförslag till …"
    r"^(?:#+\s*)?(?:\*\*)?(?:(?:[\wåäöÅÄÖ-]+-\s+och\s+)?(?:[\wåäöÅÄÖ-]+\s+)?[\wåäöÅÄÖ-]+s\s+)?"
    r"(?:beslut(?:et|\s+i\s+(?:[\wåäöÅÄÖ-]+-\s+och\s+)?[\wåäöÅÄÖ-]+(?:(?<=s)\s+[\wåäöÅÄÖ-]+)?)?|beslutsförslag\s+till\b.*)"
    r"\s*(?::\s*(?P<inline>.*))?(?:\*\*)?$",
    re.IGNORECASE,
)
_BLOCK_END = re.compile(
    r"^(?:#+\s*)?(?:_{3,}|beslutet (?:expedieras|skickas)|reservation|beslutsunderlag|förslag till beslut|"
    r"yrkande|beslutsgång|omröstning|anteckning till protokollet|protokollsanteckning|paragrafen förklaras|"
    r"ärendebeskrivning|sammanfattning(?: av ärendet)?\s*:?$|beskrivning av ärendet|ärendet\s*:?$|expedieras\b|expediering|"
    r"beslutet ska skickas|jäv\b|överläggningar|ordförandens förslag|förvaltningens förslag|bakgrund\b|"
    r"[\wåäö-]+s förslag(?:\s+till\b[^.]*)?$|beslutsförslag\s*:?$|"
    r"beslutet går inte att överklaga|skäl för beslut\w*|(?:besluts)?motivering|upplysning(?:ar)?\s*:?$|"
    r"(?:information om )?hur man överklagar|överklagandehänvisning|lagstöd|lagrum|kopia till|delges\b|sändlista|"
    r"(?:beslutet )?skickas till|för (?:kännedom|åtgärd)\s*:|"
    r"nomineringar|förslag\s*$|underskrifter|signaturer|justerandes sign|"
    r"(?:sekreterare|ordförande)\s*[._]{4,})",
    re.IGNORECASE,
)
# A marker in the left column of a two-column layout lands on the decision's first line: "Beslut i
# kommunstyrelsen Kommunstyrelsen beslutar att …", "Nämndens beslut Nämnden godkänner …".
_GLUED_MARKER = re.compile(
    r"^(?i:(?:(?:[\wåäöÅÄÖ-]+-\s+och\s+)?(?:[\wåäöÅÄÖ-]+\s+)?[\wåäöÅÄÖ-]+s\s+)?beslut"
    r"(?:\s+i\s+(?:[\wåäöÅÄÖ-]+-\s+och\s+)?[a-zåäö-]+(?:(?<=s)\s+[a-zåäö-]+)?)?)\s+(?P<act>[A-ZÅÄÖ].*)$"
)
_NOT_DECISION_BLOCK = re.compile(r"^(?:#+\s*)?(?:förslag till beslut|beslutsunderlag|yrkanden?|förslag|ordförandens förslag|[\wåäö]+ förslag till beslut|beslutsförslag\s*:?$)\b", re.IGNORECASE)
# the marks a list item begins with: hyphen, bullets (•, ●, ▪, ■, ◦, ‣, the Symbol font's ) and an en dash
_BULLET_MARK = "[-•*\u2022\uf0b7\u25cf\u25aa\u25a0\u25e6\u2023\u2013]"
# (Word's second-level bullet exported as a letter: "o Att målet …")
_BULLET = re.compile(r"^\s*(" + _BULLET_MARK + r"|o(?=\s+[A-ZÅÄÖ]))\s*(.*)$")
_SENTENCE_DONE = re.compile(r"[.!?]\s*$")

_PASSIVE = re.compile(
    r"(?<!ska )(?<!skall )(?<!bör )(?<!kan )(?<!måste )\b(?:beslutades|beslutas|beslöts|godkändes|godkänns|"
    r"fastställdes|fastställs|faställes|antogs|godtogs|godtas|accepterades|beviljades|konstituerades|bifalles|bifölls|avslås|avslogs|bordläggs|bordlades|"
    r"återremitteras|återremitterades|avskrivs|avskrevs|antas|anses besvarad\w*|(?:läggs|lades|lagts?|lagd)(?:\s+med\s+[a-zåäö]+)? till handlingarna|"
    rf"{vocabulary.ELECTED_PASSIVE}(?=\s+(?:(?:enhälligt|enigt|med acklamation|utan omröstning|"
    r"för|på)\s+(?:(?:ett|två|tre|\d)\s+år\s+)?)?(?:in\s+)?(?:till|som|att)\b)|"
    # "Till kassör omvaldes Per Ny", "Till utskott från och med 2025-01-01 till och med 2026-12-31 utses:"
    # (an abbreviation may stand in the office: "Till vice ordf. valdes …")
    rf"^(?:till|som)\s+[\wåäö .-]{{1,80}}?\s+{vocabulary.ELECTED_PASSIVE}\b|"
    # the task first, as an infinitive: "Att jämte ordföranden (ordf.) justera protokollet utsågs Per Holm"
    rf"^att\s+[\wåäö .-]{{1,80}}?\s+{vocabulary.ELECTED_PASSIVE}(?=\s+(?-i:[A-ZÅÄÖ]))|"
    r"^följande(?:\s+[a-zåäö]+){0,2}?\s+(?:om|ny)?(?:valdes|utsågs)\b|"  # "Följande valdes: …", "Följande personer utsågs"
    # a count and a colon: "2 st revisorer valdes: Eva Ek och Per Holm", "Tre ledamöter valdes: …"
    r"^(?:\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju)\s+(?:st\.?\s+)?[a-zåäö-]+\s+(?:om|ny)?(?:valdes|utsågs|väljs|utses)(?=\s*:\s*(?-i:[A-ZÅÄÖ]))|"
    # verb second after a clause: "Då ingen annan kandiderade väljs Eva Ek in som ledamot"
    rf"^(?!om\s)(?![^.;:]*\b(?:ska|skall|bör|kan|kommer att)\s)[^.;:]{{2,80}}?\s{vocabulary.ELECTED_PASSIVE}(?=\s+(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)(?:\s+\S+){{0,3}}?\s+(?:in\s+)?(?:till|som)\s)|"
    # the discharge given: "Styrelsen tilldelades ansvarsfrihet", "Styrelsen erhöll full ansvarsfrihet"
    r"(?:tilldelades|tilldelas|erhöll|erhåller)\s+(?:full\s+)?ansvarsfrihet|"
    # "Styrelsen konstituerades enligt följande:", "Styrelsen konstituerade sig följande:" over a list of offices
    r"konstituera(?:des|de\s+sig)\s+(?:(?:enligt|som)\s+)?(?:följande|nedan)\b|"
    r"blev (?:vald|valda|godkänd|godkända)|"
    # "Kallelsen befanns vara utsänd i laga ordning", "Stämman befanns behörigt sammankallad"
    r"(?:befanns|befinns|ansågs)\s+(?:vara\s+)?(?:\S+\s+){0,2}?(?:godkän[dt]a?|utsänd|utsänt|utlyst|sammankallad|"
    r"behörig\w*|stadgeenlig\w*|beslutsför\w*|i laga ordning|i behörig ordning)|"
    r"(?:ges|gavs|fick|får) i uppdrag att|^enades om att|"  # "Kassören fick i uppdrag att …", "Enades om att …"
    # an assignment, verb first: "Uppdrogs åt Eva Ek att kontakta kommunen", "Det uppdras åt kassören att …"
    r"^(?:det\s+)?(?:uppdrogs|uppdras|uppdrages)\s+(?:det\s+)?åt(?=\s+\S)|"
    r"^(?:informationen|rapporten|redovisningen|meddelandena?)\s+(?:noteras|noterades)|"
    # "Mötet förklarades stadgeenligt utlyst", "Stämman förklarades behörigen sammankallad"
    r"förklara(?:des|s)\s+(?:vara\s+)?(?:stadgeenligt|behörig\w*|i laga ordning|i behörig ordning)|"
    # verb first, no subject or the subject after it, as associations write: "Förklarades stämman
    # behörigen utlyst", "Lades med godkännande till handlingarna", "Överfördes resultatet i ny
    # räkning", "Valdes Anna Ek till ordförande", and "Lisa Berg kandiderar och väljs"
    r"^förklara(?:des|s)\s+(?:\S+\s+){1,3}?(?:vara\s+)?(?:stadgeenligt|behörig\w*|i laga ordning|i behörig ordning)|"
    r"^(?:läggs|lades)\s+(?:\S+\s+){0,3}?till handlingarna|"
    r"(?:^|\s)(?:överför(?:s|des)|balanser(?:as|ades))\s+(?:\S+\s+){0,6}?i ny räkning|"
    rf"^{vocabulary.ELECTED_PASSIVE}\s+(?-i:[A-ZÅÄÖ][\wåäö-]+)(?:\s+\S+){{0,6}}?\s+(?:till|som)\b|"
    rf"\boch\s+{vocabulary.ELECTED_PASSIVE}(?=\s*\.?$)|"
    # "Val av ordförande: Kim Dahl valdes", "Eva Ek omvaldes.": the name, then the passive, and no more
    rf"(?:^|:\s*)(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)\s+{vocabulary.ELECTED_PASSIVE}(?=\s*\.?$)|"
    # referred to another organ: "Frågan om nya bikupor hänskjuts till styrelsen" (not "hänsköts i fjol till …")
    r"(?:hänskjuts|hänskjutes|hänsköts)\s+(?:(?:därmed|härmed|därför|nu)\s+)?till\s+(?![^.]*\b(?:förra|föregående|i fjol|tidigare)\b)|"
    # put off to a later time: "Årsmötet skjuts fram till hösten", "Frågan sköts upp till maj"
    r"(?:skjuts|sköts)\s+(?:upp|fram|på)(?=\s+(?:till|tills)\b|\s*[.,]|$))\b",
    re.IGNORECASE,
)
_ITEM_MARK = re.compile(r"^(?:" + _BULLET_MARK + r"|[a-zivx]{1,3}[.)]|\d{1,2}[.)])\s")
# "Beslut om att byta hemsida.", "Beslut återbäring laddning.": a note that a decision was made;
# "Beslut om budgeten tas på nästa möte" only says that one will be.
_BESLUT_OM = re.compile(
    r"^beslut(?: tas)? om (?:att )?\w|"
    r"^beslut\s+(?!(?:tas|fattas|togs|fattades|ska|skall|kommer|behöver|bör|måste|saknas|väntas|har|är|var|blev|"
    r"från|av|som|enligt|i|på|under|med|för|till|och|eller|efter|inför|vid)\b)[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,3}\.?$",
    re.IGNORECASE,
)
_DEFERRED = re.compile(r"\b(?:tas|fattas)\s+(?:senare|på|vid|nästa|efter|när|först)\b|\b(?:ska|skall|kommer att)\s+(?:tas|fattas)\b", re.IGNORECASE)
# Terse notes: "Valdes: Anna Ek till sekreterare"; "Vi väljer ingen suppleant" (we, the meeting, now);
# "Datum för årsstämman framflyttat till 24 april" (a noun phrase and a participle, no finite verb).
_ELECTED_LABEL = re.compile(
    r"^(?:om|ny)?(?:valdes|valda|vald|utsågs)\s*:\s*\S|"
    r"^(?:om|ny|fyllnads)val\s+(?:av\s+)?(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)\s+(?:som|till)\b|"  # "Omval av Per Ny som kassör"
    r"^(?:om|ny|fyllnads)val(?:\s+(?:på|för)\s+[^.:;]{1,30}?)?\s*:\s*(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ])|"  # "Omval på två år: Per Ny"
    r"^val\s+(?:av|till)\s+[\wåäö -]{1,40}?:\s*(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ])",  # "Val till justerare: Per Ny"
    re.IGNORECASE,
)
_WE_ACT = re.compile(
    r"^vi\s+(?:beslutar|väljer|godkänner|fastställer|antar|beviljar|utser|bordlägger|avslår|lägger\b.*\btill handlingarna)\b",
    re.IGNORECASE,
)
_PARTICIPLE_NOTE = re.compile(
    r"^(?!(?:\S+\s+){0,6}?(?:är|var|har|hade|blev|blir|ska|skall|kan|måste|bör|inte|ej|fick|får|fått|gav|ger|vill)\b)"
    r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,6}?\s+"
    r"(?:(?:fram|bak|upp)?flytta[dt]e?|senarelag[dt]a?|tidigarelag[dt]a?|uppskjut(?:en|et|na)|godkän[dt]a?|"
    r"fastställ[dt]a?|antag(?:en|et|na)|bevilja[dt]e?|bordlag[dt]a?)\b(?!\s+av\b)",
)
# A volunteer's terse minute, the participle first or the note last: "Godkänd med tillägg p 12b.",
# "Bordlagt tills vi har pris.", "Lades t handl.", "Info noterad.", "Utträde Per Ny, noterat.",
# "Förslaget föll, 2 röster mot 3." ("Godkänd budget finns i bilagan" is no minute)
_TERSE_OUTCOME = re.compile(
    r"^(?:godkän[dt]a?|noter(?:ad|at)|bordlag[dt]a?|bevilja[dt]e?|antag(?:en|et|na)|avslag(?:en|et|na)|fastställ[dt]a?|"
    r"återremitter(?:ad|at))(?=\s*(?:[.,;]|$)|\s+(?:med|enligt|tills|till|utan|av)\b)|"
    r"^(?:lades|läggs)\s+(?:t\.?|till)\s+handl|"
    r"^[A-ZÅÄÖ][^.;:]{0,60}?(?:,\s*|\s)noter(?:ad|at|ades)\s*\.?$|"
    r"^(?:förslaget|yrkandet|motionen)\s+(?:föll|faller)\b",
    re.IGNORECASE,
)
# "Gemensam städdag är beslutad till 4-5 maj", "Nästa möte är bestämt till den 3 juni": decided here
_DECIDED_STATE = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?\s+är\s+(?:nu\s+)?(?:beslutad|beslutat|beslutade|bestämd|bestämt|bestämda)"
    r"\s+(?:till|att|om|för)\b"
)
# remuneration set by the meeting: "Inga ersättningar till styrelsen ska utgå.", "Arvode ska utgå med 500 kr
# per sammanträde."
_REMUNERATION = re.compile(
    r"^(?:inga?|inget|[\wåäö-]*(?:arvode|ersättning|traktamente)\w*)\b[^.]{0,60}?\s(?:ska|skall)\s+utgå\b", re.IGNORECASE
)
# "Ansökan beviljades av kommunen": someone else decided; "Förslaget antogs av en enig stämma" is ours
_OTHERS_DECIDED = re.compile(
    r"^\s+(?:(?:enhälligt|också|även|sedan|därefter|då)\s+)?av\s+(?>(?:(?:en|ett|den|det|de|enig|enigt|enhällig|enhälligt|samtliga|alla)\s+)*)"
    r"(?!(?:[\wåäö]*(?:mötet|möte|stämma|stämman|nämnden|utskottet|fullmäktige)|styrelsen|styrelse|medlemmar|"
    r"medlemmarna|deltagarna|närvarande|ledamöterna|majoritet|majoriteten|acklamation)\b)[\wåäö]",
    re.IGNORECASE,
)
# "en stadgeändring, som … godkändes vid höstmötet": a clause that describes, not an act
_RELATIVE = re.compile(r"(?:,\s*|\b)som\b", re.IGNORECASE)


# A past act dated right after its verb is another occasion's: "Kommunstyrelsen beslutade 2023-05-12
# att …", "Nämnden beslutade den 1 april 2020, § 55 att …", "Styrelsen beslöt vid förra mötet att …".
_EARLIER_OCCASION = re.compile(
    r"^" + vocabulary.ORGAN + r"\s+(?:beslutade|beslöt|godkände|antog|fastställde|valde|beviljade)\s+"
    r"(?:\d{4}-\d\d-\d\d|(?:19|20)\d\d\b(?!\s+års)|den\s+\d|i\s+(?:" + "|".join(vocabulary.MONTHS) + r")\b|vid\s+(?:sammanträdet|mötet|förra|föregående)|"
    r"tidigare|förra|redan|år\s+\d{4})",
    re.IGNORECASE,
)


# Authorities outside the meeting decide only in what the minutes report: "Länsstyrelsen avslog
# överklagandet", "Mark- och miljödomstolen beslutade …", "Regeringen beslutar …".
_OUTSIDE_AUTHORITY = re.compile(
    r"^(?:[\wåäö]+-\s+och\s+)?(?:länsstyrelsen|[\wåäö]*domstolen|förvaltningsrätten|kammarrätten|"
    r"regeringen|riksdagen|[\wåäö]*myndigheten|[\wåäö]*inspektionen|[\wåäö]*verket)\b",
    re.IGNORECASE,
)
# Who decides in general ("Tillstånd beslutas av förvaltningschefen", "… fattas av nämnden enligt
# delegationsordningen") is a rule of competence, not a decision taken now.
_GENERAL_COMPETENCE = re.compile(
    r"\b(?:beslutas|fattas|avgörs|prövas)\s+av\b|\bdelegationsordning|"
    # a standing order, as statutes word it: "Styrelsen utser kassör … inom sig" (no one named yet;
    # "Styrelsen utser inom sig Eva Ek till kassör" is the constituting meeting's own act)
    r"^(?!.*(?-i:\b[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+))[^.]*\b(?:utser|konstituerar|fördelar)\b[^.]*\binom\s+sig\b",
    re.IGNORECASE,
)


# Decisions reached without a formal verb, as working groups and associations write them: "Efter
# diskussion enades mötet om att …", "Styrelsen kom överens om att …", "Diskussionen mynnade ut i att
# vi …", "Frågan skjuts upp till 2027", "Om ingen protesterar genomförs …". "Kunde inte enas om" and
# "Per ska presentera …" decide nothing.
_WE = r"(?:mötet|styrelsen|gruppen|arbetsgruppen|årsmötet|stämman|vi|alla|deltagarna|medlemmarna|ledamöterna)"
_AGREED = re.compile(
    r"^(?:(?:efter\s+(?:\S+\s+){0,3}?(?:diskussion|överläggning)\w*|därefter|sedan|slutligen)\s*,?\s+)?"
    r"(?:(?:enades|enas)\s+" + _WE + r"\s+om\b|" + _WE + r"\s+(?:enades|enas|enade sig)\s+om\b|"
    r"(?:" + _WE + r"\s+)?(?:kom|kommer)\s+(?:" + _WE + r"\s+)?överens\s+om\b|"
    r"(?:diskussionen|samtalet|överläggningen)\s+(?:mynnade|mynnar|landade|landar|utmynnade)\s+(?:ut\s+)?i\s+att\b|"
    # verb second after any adverbial: "Efter ett samtal om läget mynnade diskussionen ut i att vi …"
    r"[^.;:]{2,100}?\s(?:mynnade|mynnar|landade|landar|utmynnade)\s+(?:diskussionen|samtalet|överläggningen)\s+(?:ut\s+)?i\s+att\b|"
    r"[^.;:]{2,100}?\s(?:enades|enas)\s+" + _WE + r"\s+om\b|"
    r"(?:frågan|ärendet|punkten|beslutet)\s+(?:\S+\s+){0,4}?(?:skjuts|sköts)\s+upp\b|"
    r"(?:[^.;:]{2,100}?\s)?om ingen (?:protesterar|invänder|har invändningar)\s*,?\s+\S+|"
    # what is to change, as a board's running minutes conclude: "Prefixet ska ändras så att …"
    r"[^.;:]{2,100}?\s(?:ska|skall)\s+(?:ändras|justeras|uppdateras|kompletteras)\s+(?:så\s+att|s\.\s?a\.)\s|"
    # "Vi bestämde att …", "Det bestämdes att …", "Beslut togs om att …", "Alla var överens om att
    # …", "Gruppen landade i att styrelsen ska ha …"; "Per bestämde sig för att avgå" is one person's
    r"(?:det\s+)?bestämdes\s+(?:att|hur)\b|"
    # verb second after an adverbial: "Efter en lång diskussion bestämdes det hur tävlingen ska ordnas"
    r"[^.;:]{2,100}?\s(?:bestämdes|beslutades|beslöts)\s+det\s+(?:att|hur|om\s+att)\b|(?:det\s+)?togs\s+(?:ett\s+)?beslut\s+(?:om\s+)?att\b|"
    # "Beslut togs idag av styrelsen angående varvsavgifterna", "Beslut tas om att glasa in altanen"
    r"beslut\s+(?:togs|tas)\s+(?:(?:idag|i\s+dag|nu|därför|därmed|enhälligt)\s+)?(?:av\s+[\wåäö]+\s+)?(?:om\s+att|om|angående|gällande|rörande)\s+\S|"
    r"det\s+blev\s+(?:enighet|beslut)\s+om\s+att\b|"
    r"(?:" + _WE + r"|" + vocabulary.ORGAN + r")\s+(?:bestämde\s+(?:\S+\s+)?att|var\s+(?:alla\s+)?(?:överens|eniga)\s+om\s+att|"
    r"(?:landade|landar)\s+i\s+att|röstade\s+för\s+att)\b|"
    # the meeting's conclusion stated as such: "Slutsats: stadgarna ska ändras till …"
    r"(?:mötets\s+|gruppens\s+|styrelsens\s+)?slutsats(?:en)?\s*(?::|blev|är|var)\s*(?:att\s+)?\S)",
    re.IGNORECASE,
)


# "Styrelsen kunde inte enas om …", "Mötet har ännu inte beslutat …": an act that did not happen
_NOT_DONE = re.compile(
    r"^" + vocabulary.ORGAN + r"\s+(?:kunde|kan|har|hade|ville|vill|hann|lyckades)\s+(?:\S+\s+)?(?:inte|ej|aldrig)\b",
    re.IGNORECASE,
)


# An election dated to an earlier year or meeting is background: "Eva Ek valdes 2023 till ordförande
# för två år", "Till kassör valdes i fjol Per Holm"; "valdes för 2025 års verksamhet" is this one's.
_ELECTED_EARLIER = re.compile(
    rf"\b{vocabulary.ELECTED_PASSIVE}\s+(?:(?:år|under|i)\s+)?(?:(?:19|20)\d\d\b(?!\s+års)|i\s+fjol\b|förra\s+året\b|"
    r"tidigare\b|redan\b|vid\s+(?:förra|föregående)\b)",
    re.IGNORECASE,
)


def _not_this_meeting(probe: str) -> bool:
    if _NOT_DONE.match(probe) or _ELECTED_EARLIER.search(probe):
        return True
    return bool(_EARLIER_OCCASION.match(probe) or _OUTSIDE_AUTHORITY.match(probe) or _GENERAL_COMPETENCE.search(probe))


# The meeting's act in the past, as minutes also write it: "Vi beslöt att hyra lokalen", "Som nästa
# års medlemsavgift beslutades 200 kr", "Till arvode fastställdes 500 kr".
_WE_DECIDED = re.compile(
    r"^vi\s+(?:beslöt|beslutade|valde|godkände|fastställde|antog|beviljade|utsåg|bordlade|avslog)\b|"
    r"^(?:som|till)\s+[\wåäö -]{1,40}?\s+(?:beslutades|beslöts|fastställdes|bestämdes|antogs)\s+\S",
    re.IGNORECASE,
)


# "§ 21 förklarades omedelbart justerad", "Paragraferna 18–21 förklaras omedelbart justerade": the
# meeting's act on the paragraphs it names (the bare "Paragrafen justeras omedelbart" beside a
# decision is its procedure, see _PROCEDURE)
_ADJUSTED_AT_ONCE = re.compile(
    r"^(?:§§?\s*|paragraf(?:en|erna)?\s+)\d{1,3}(?:\s*(?:[-–,]|och)\s*\d{1,3})*\s+(?:" + vocabulary.DECLARED_ADJUSTED.pattern + r")",
    re.IGNORECASE,
)


def _minutes_act(bare: str, probe: str) -> bool:
    """Whether a sentence of running minutes (no decision blocks) records a decision."""
    if _ADJUSTED_AT_ONCE.match(bare):
        return True
    if _not_this_meeting(probe):
        return False
    if vocabulary.ACTS.match(probe) or _WE_ACT.match(bare) or _ELECTED_LABEL.match(bare) or _AGREED.match(bare):
        return True
    passive = _PASSIVE.search(bare)
    if passive and not _RELATIVE.search(bare[: passive.start()]) and not _OTHERS_DECIDED.match(bare[passive.end() :]):
        return True
    if _BESLUT_OM.match(bare) and not _DEFERRED.search(bare) or _MATTER_PASSIVE.match(bare):
        return True
    return bool(_PARTICIPLE_NOTE.match(bare) or _TERSE_OUTCOME.match(bare) or _WE_DECIDED.match(bare) or _DECIDED_STATE.match(bare)
                or _REMUNERATION.match(bare) or _CLOSING_RELATIVE.search(bare) or _BOOKED.match(bare) or _DATE_SET.match(bare)
                or _AMOUNT_SET.match(bare)
                or _INSTRUCTED.match(bare)) \
        or _verb_final_outcome(bare)


# The meeting instructs or answers: "Styrelsen ombeds att ta fram en budget", "Föreningen tackar ja till
# inbjudan" ("tackar för informationen" only notes it)
_INSTRUCTED = re.compile(
    r"^(?:styrelsen|kassören|ordföranden|sekreteraren|valberedningen|gruppen|arbetsgruppen|[\wåäö]*kommittén)\s+"
    r"(?:ombeds|uppmanas|uppdras)\s+(?:att\s+)?\S|"
    r"^(?:föreningen|styrelsen|mötet|gruppen|arbetsgruppen|vi)\s+(?:tackar|tackade)\s+(?:ja|nej)\s+till\b",
    re.IGNORECASE,
)


# The matter approved in a relative clause that ends the sentence: "Förslaget till dagordning, som
# godkändes.", "Kassören presenterade bokslutet, som antogs av mötet."; "…, som godkändes vid
# höstmötet" tells of another occasion and goes on past the clause. Approved as amended, the
# clause may go on with the amendment: "Per gick igenom förra protokollet som godkändes med
# tillägg under punkt 5: …"
_CLOSING_RELATIVE = re.compile(
    r"(?:,\s*|\s)som\s+(?:(?:sedan|därefter|också|även|enhälligt|enigt)\s+)?(?:godkändes|godkänns|antogs|antas|fastställdes|"
    r"fastställs|bifölls|bifalls|beviljades|(?:lades|läggs) till handlingarna)"
    r"(?:(?:\s+(?:av\s+(?:(?:ett\s+enigt|en\s+enig)\s+)?(?:[\wåäö]*mötet|stämman|årsstämman|styrelsen|gruppen|arbetsgruppen)|"
    r"utan (?:ändringar|invändningar)|med acklamation|enhälligt))?\s*[.!]?$|"
    r"\s+(?:med|efter)\s+(?:\S+\s+)?(?:tillägg|tilläggen|ändring\w*|justering\w*|korrigering\w*|rättelse\w*|komplettering\w*)\b)",
    re.IGNORECASE,
)
# A date set for a meeting or an event: "Nästa möte preliminärbokades till den 12 maj", "Städdagen
# bestämdes till 4 maj", "Datum för årsmötet sattes till 14 mars"; verb second after the occasion
# named first: "För nästa möte preliminärbokades måndagen 7 december"
_BOOKED = re.compile(
    r"^(?:(?:nästa\s+[\wåäö]*(?:möte|sammanträde|träff)|datum(?:et)?\s+för\s+[^.]{1,40}?|"
    r"[\wåäö]*(?:mötet|stämman|dagen|träffen))\s+(?:[\wåäö]+\s+)?|"
    r"(?:för|till|inför)\s+(?:nästa|kommande)\s+[\wåäö]*(?:möte|sammanträde|träff)\s+)"
    r"(?:preliminär|prel\.\s?)?(?:bokades|bokas|bestämdes|bestäms|sattes|sätts|förlades|förläggs)\s+"
    r"(?:preliminärt\s+)?(?:till|den|på|att|för|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|\d{1,2}\s)\b",
    re.IGNORECASE,
)


# A day as minutes write it: "12 mars", "12/3", "2026-03-12"
_A_DAY = r"\d{1,2}\s*(?:/\s*\d{1,2}|(?:" + "|".join(vocabulary.MONTHS) + r")\b)|\d{4}-\d\d-\d\d"


# The next meeting's day stated as set: "Kommande årsmöte hålls den 12 mars 2026", "Nästa styrelsemöte
# äger rum tisdagen 4 juni" (a day and a date: "Nästa möte hålls i vår" sets nothing)
_DATE_SET = re.compile(
    r"^(?:nästa|kommande)\s+[\wåäö]*(?:möte|mötet|sammanträde|träff|stämma|stämman)\s+(?:hålls|äger\s+rum|blir)\s+"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?(?:" + _A_DAY + ")",
    re.IGNORECASE,
)


# A fee, a price or a day set, in the s-passive or its past: "Medlemsavgiften bestäms till 200 kr för
# 2026", "Årsavgiften sätts till 300 kr", "Priset bestämdes till 450 kr per person", "Datumet sattes
# till den 12 maj"; "Avgiften bestäms av årsmötet" (who sets it), "ska bestämmas" (not yet) and "Om
# avgiften sätts till 300 kr …" (a condition) set nothing.
_AMOUNT_SET = re.compile(
    r"^(?!(?:om|när|då|ifall|eftersom|innan|även om|hur|att)\s)[A-ZÅÄÖ][\wåäö-]*(?:\s+(?!(?:att|som|om|när|ska|skall|kan|bör|måste|kommer)\b)[\wåäö-]+){0,4}?\s+"
    r"(?:bestäms|bestämdes|sätts|sattes)\s+(?:(?:nu|därmed|härmed|preliminärt|oförändrat|återigen|även|också)\s+)?till\s+"
    r"(?:den\s+)?(?:\d[\d \u00a0.,]*\s*(?:kr\b|kronor\b|sek\b|:-|%|procent\b|öre\b)|"
    + _A_DAY + r")(?![^.]*\b(?:varje|vart|årligen|normalt|alltid)\b)",
    re.IGNORECASE,
)


# numbered items ("1. anta budgeten", "b) bordlägga …") list decisions as bullets do
_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[a-h]\))\s+(.*)$")


def _bullet(line: str) -> tuple[str, str] | None:
    """A list item as (kind of marker, text); all numbers are one kind, so "1." and "2." go together."""
    if (match := _BULLET.match(line)):
        return match.group(1), match.group(2)
    if (match := _NUMBERED_ITEM.match(line)):
        return "#", match.group(2)
    return None


def _clean_decision(text: str) -> str:
    return " ".join(text.split()).strip(" -,;")


# an item that goes on in sub-items ("Uppdra åt chefen att ta fram:", "… samt")
_OPEN_ITEM = re.compile(r"(?::|\batt|\bsamt|\boch)\s*$")


# a paragraph broken off after a preposition ("Protokoll från" / "" / "20-09-28 godkändes."): a web
# page's or a PDF's blank line inside a sentence, which goes on in the next paragraph
_BROKEN_PARAGRAPH = re.compile(r"\s(?:från|till|av|i|på|om|med|för|enligt|åt|vid|mot|och|samt)$", re.IGNORECASE)
_LEAD_VERB_END = re.compile(r"\b(?:besluta[rs]?|beslutade|beslöt|föreslå[rs]?|föreslog|hemställ\w*)\s*:?$", re.IGNORECASE)


# How the meeting proceeded, not what it decided: "Ordföranden ställer proposition på förslagen och
# finner …", "Paragrafen justeras omedelbart", "Protokollet förklaras omedelbart justerat".
_PROCEDURE = re.compile(
    r"^(?:ordföranden\s+(?:ställer|ställde)\s+proposition|(?:paragrafen|protokollet|beslutet)\s+"
    r"(?:förklaras\s+|förklarades\s+)?(?:omedelbart\s+)?(?:justeras|justerades|justerad|justerat)\b|"
    r"omedelbar justering\b|"
    # the order of the vote ("Direktionen godkänner följande propositionsordning:"), and who reserved
    # themselves ("Eva Ek och Per Holm reserverade sig mot beslutet."), kept on the decision
    r"[^.;:]{0,60}?\b(?:godkänner|godkände|fastställer|fastställde)\s+(?:följande\s+)?propositionsordning|"
    r"propositionsordningen\s+(?:godkänns|godkändes)\b|"
    r"[^.;:]{0,160}?\breserver(?:ar|ade)\s+sig\b)",
    re.IGNORECASE,
)


def _without_procedure(text: str) -> str:
    """A decision without the procedure sentences written beside it."""
    return " ".join(t for t in split_sentences(text) if not _PROCEDURE.match(t))


# Under a decision marker, a stance and an instruction to inform decide too: "Kommunen är positiv
# till förslaget", "Styrelsen ställer sig negativ till …", "Veckobrevet delges ledamöterna digitalt";
# "Beslutet delges sökanden" only sends the decision out.
_STANCE_OR_NOTICE = re.compile(
    r"^(?!beslutet\b|protokollet\b)[A-ZÅÄÖ][^.;:]{0,80}?\s(?:är|ställer sig|ställde sig)\s+(?:mycket\s+)?(?:positiv|negativ)\w*\s+till\b|"
    r"^(?!beslutet\b|protokollet\b)[A-ZÅÄÖ][^.;:]{0,80}?\sdelges\s+\S",
    re.IGNORECASE,
)


def _opens_decision(line: str) -> bool:
    """Whether a line begins a decision sentence of its own: "Till sekreterare utses Per Lind",
    "Som justerare utses: …", "Nämnden beslutar …", "Kommunen är positiv till …"."""
    return line[:1].isupper() and bool(vocabulary.ACTS.match(line) or _PASSIVE.match(line) or _ELECTED_NOW.match(line)
                                       or _STANCE_OR_NOTICE.match(line))


def _decision_sentence(sentence: str) -> bool:
    """Whether a sentence decides, also with the verb second ("Vidare beslutar nämnden att …")."""
    return bool(vocabulary.ACTS.match(_subject_first(sentence)) or _PASSIVE.search(sentence)
                or _MATTER_PASSIVE.match(sentence) or _STANCE_OR_NOTICE.match(sentence) or _ADJUSTED_AT_ONCE.match(sentence))


def _name_listing(lines: list[str]) -> bool:
    """Lines that list names or a table's cells, no sentence among them ("Ordinarie  Ersättare" /
    "Eva Ek  Per Ny" …): under a decision marker they are what is elected or nominated."""
    return len(lines) >= 3 and all(
        len(line.split()) <= 6 and not _SENTENCE_DONE.search(line) and not line.endswith((",", ":")) for line in lines)


# A block's decision as a bare infinitive, the organ understood: "Godkänna informationen."
_BARE_INFINITIVE = re.compile(
    r"^(?:godkänna|anta|fastställa|bevilja|avslå|bordlägga|återremittera|notera|uppdra|ge|lägga|tillstyrka|"
    r"avstyrka|utse|välja|besluta|överlämna|anse|delegera|avsätta|teckna)\s", re.IGNORECASE)


def _decision_sentences(sentences: list[str]) -> list[str]:
    """A paragraph of a decision block as its decisions: each sentence that decides begins one, the
    others go with the decision before them (or the first one). One decision: the paragraph."""
    starts = [k for k, sentence in enumerate(sentences) if _decision_sentence(sentence) or k == 0 and _BARE_INFINITIVE.match(sentence)]
    if len(starts) < 2:
        return [" ".join(sentences)]
    bounds = [0] + starts[1:] + [len(sentences)]
    return [" ".join(sentences[a:b]) for a, b in zip(bounds, bounds[1:])]


def _block_decisions(lines: list[str]) -> list[str]:
    items = _block_items(lines)
    if items and _PLACEHOLDER.match(items[0]):
        return []  # "Paragrafen är direktjusterad. Se separat protokoll.": what follows is no decision
    return [t for t in (_without_procedure(i) for i in items) if len(t) > 2]


def _block_items(lines: list[str]) -> list[str]:
    """Split one decision block into decisions: one per bullet of the block's own bullet kind.

    A lead-in before the bullets that is not a sentence of its own belongs to them: "Styrelsen
    beslutar att" + "- säga upp …", "- teckna …" (corpus/ 06-13) gives one decision per bullet, each
    with the lead-in; "Styrelsen beslutar att för 2025 tilldela" + "- Samverkansteam Älvby 2 470 tkr,"
    … "totalt 4 900 tkr" (corpus/ 11-21 § 56) lists the objects of one decision. After the bullets,
    a line that follows a blank line is the minutes going on ("Ordföranden förklarar sammanträdet
    avslutat", corpus/ 05-16 § 28), not part of the last decision.
    """
    content = [line.strip() for line in lines]
    bullets = [item[0] for line in content if (item := _bullet(line)) and item[1]]
    items: list[str] = []
    if bullets:
        kind = bullets[0]
        lead: list[str] = []
        blank = nested = False
        second: str | None = None  # a lead-in over bullets of a second kind
        for n, line in enumerate(content):
            item = _bullet(line)
            if item and item[0] == kind:
                items.append(item[1])
                nested, second = False, None
            elif item and items and not nested and (second or not _OPEN_ITEM.search(items[-1])):
                # a bullet of another kind beside the first ones is a decision of its own
                items.append(f"{second} {item[1]}" if second else item[1])
            elif line and items:
                if blank and not item:
                    break  # a bullet of another kind after a blank line is nested in the item; text ends it
                following = _bullet(next((c for c in content[n + 1 :] if c), ""))
                if not item and following and following[0] != kind and _SENTENCE_DONE.search(items[-1]) \
                        and not _SENTENCE_DONE.search(line):
                    second = line  # "Under förutsättning att …, även" over "- uppdra …" bullets
                    continue
                nested = nested or bool(item)  # "ta fram:" + "- förslag …": parts of one decision
                items[-1] += " " + line
            elif line:
                lead.append(line)
            blank = not line
        lead_in = " ".join(lead).rstrip(" :")
        if lead_in and not _SENTENCE_DONE.search(lead_in):
            if re.search(r"\batt$", lead_in):
                items = [f"{lead_in} {item}" for item in items]
            elif len(items) > 1 and all(re.match(r"(?i)att\s", item) for item in items):
                items = [f"{lead_in} {item}" for item in items]  # "beslutar:" over "- att …" bullets: one each
            else:
                items = [" ".join([lead_in, *items])]
        elif lead_in:
            items = [lead_in, *items]
    else:
        current: list[str] = []
        for line in content + [""]:
            if line and current and _opens_decision(line) and (_decision_sentence(" ".join(current)) or _name_listing(current)) \
                    and not current[-1].endswith(",") and not _GOES_ON.search(current[-1]):
                # "Som justerare utses: Eva Ek" / "Som rösträknare utses: Per Lind": one each
                items.append(" ".join(current))
                current = []
            if line:
                if current and _ATT_LINE.match(line):
                    current[-1] = _TRAILING_JOIN.sub(",", current[-1])  # "att anta …, samt" / "att uppdra …"
                if current and _ATT_LINE.match(line) and not current[-1].endswith((",", ";")) \
                        and not _LEAD_VERB_END.search(current[-1]):  # "… föreslår fullmäktige besluta" / "att …"
                    current[-1] += ","  # "att"-clauses one per line: split as if written in one sentence
                current.append(line)
            elif current and not _BROKEN_PARAGRAPH.search(current[-1]):
                paragraph = " ".join(current)
                sentences = split_sentences(paragraph)
                # "X väljs till protokolljusterare. Y väljs till protokolljusterare." (typ): one each;
                # a sentence that decides nothing ("Beslutet gäller från 1 mars.") stays with its decision
                items += _decision_sentences(sentences)
                current = []
        items = _lead_over_att_paragraphs(items)
    return [t for t in (_clean_decision(i) for i in items) if len(t) > 2]


def _lead_over_att_paragraphs(items: list[str]) -> list[str]:
    """"Kommunstyrelsen beslutar" over "att anta …," and "att ge …" in paragraphs of their own:
    each "att" paragraph is a decision with the lead-in, the lead-in alone is none."""
    out: list[str] = []
    lead = None
    for item in items:
        text = item.strip()
        if _LEAD_VERB_END.search(text) or re.search(r"\b(?:beslutar|beslutade|beslöt)\s+att\s*:?$", text, re.IGNORECASE):
            lead = re.sub(r"\s+att\s*:?$|\s*:$", "", text)
            out.append(text)
            continue
        if lead and _ATT_LINE.match(text):
            if out and out[-1] == lead or out and re.sub(r"\s+att\s*:?$|\s*:$", "", out[-1]) == lead:
                out.pop()  # the lead-in is no decision of its own
            out.append(f"{lead} {text.rstrip(' ,;')}")
            continue
        lead = None
        out.append(text)
    return out


# "Nämndens beslutsförslag till kommunfullmäktige": what the block lists goes on to another organ
_ONWARD_MARKER = re.compile(r"beslutsförslag\s+till\b|förslag\s+till\s+\w*fullmäktige", re.IGNORECASE)


def _segments(section: RawSection) -> list[tuple[str, list[str], bool]]:
    """The section's lines in order as ("block", lines, onward) under a decision marker, and
    ("text", lines, False) outside one; onward is whether the block proposes to another organ
    (its decisions are then överlämnad)."""
    segments: list[tuple[str, list[str], bool]] = []
    current: list[str] | None = None
    outside: list[str] = []

    def open_block(lines: list[str], onward: bool) -> list[str]:
        if outside:
            segments.append(("text", list(outside), False))
            outside.clear()
        segments.append(("block", lines, onward))
        return lines

    for _, raw in section.lines:
        line = raw.strip()
        stripped = re.sub(r"^#+\s*", "", line).strip("* ")
        start = _BLOCK_START.match(line)
        label = stripped.split(":")[0] if start and start.group("inline") else stripped
        if start and not _NOT_DECISION_BLOCK.match(line) and len(label.split()) <= 6:
            current = open_block([], bool(_ONWARD_MARKER.search(line)))
            if start.group("inline"):
                current.append(start.group("inline"))
                if _SENTENCE_DONE.search(start.group("inline").rstrip("*")):
                    current = None  # "Beslut: Att byta lås." is whole on its line
            continue
        if current is None and vocabulary.LEAD_IN.match(stripped):
            current = open_block([stripped], False)
            continue
        if (glued := _GLUED_MARKER.match(stripped)) and vocabulary.ACTS.match(glued.group("act")):
            current = open_block([glued.group("act")], False)  # marker and decision on one line
            continue
        if current is not None and (_BLOCK_END.match(line) or _MARKUP_HEADING.match(line)):
            current = None
        if current is None:
            outside.append(raw)
            continue
        if re.fullmatch(r"[A-ZÅÄÖ ]{3,}", line):  # rest of a wrapped upper-case marker
            continue
        current.append(line)
    if outside:
        segments.append(("text", outside, False))
    return segments


def _decision_blocks(section: RawSection) -> list[tuple[list[str], bool]] | None:
    """The decision blocks of a section with their onward flag, or None without a decision marker."""
    blocks = [(lines, onward) for kind, lines, onward in _segments(section) if kind == "block"]
    return blocks or None


_MARKUP_HEADING = re.compile(r"^#{1,6}\s+\S")


# In a protocol with decision blocks, a § without one decides only in the present tense of an organ
# ("Kommunstyrelsen beslutar att lägga redovisningen till handlingarna"); "Kommunstyrelsen beslutade
# 2023-05-12 att …" in a background text is history, and "Arbetsutskottets förslag" is a proposal.
_PRESENT_ACT = re.compile(
    r"^" + vocabulary.ORGAN + r"\s+(?:beslutar|godkänner|fastställer|antar|bordlägger|återremitterar|avslår|"
    r"noterar|lägger\b.*\btill handlingarna|tar del av|föreslår|överlämnar|utser|väljer|beviljar)\b|"
    r"^" + vocabulary.AUDITORS + r"\s+(?:beslutar|godkänner|fastställer|antar|noterar|lägger\b.*\btill handlingarna|tar del av)\b",
    re.IGNORECASE,
)
# What someone tells the meeting is no act of the meeting ("Styrelsen berättade att ansökan avslogs i
# juni 2023"), even when a passive decision verb is in it.
_REPORTED = re.compile(
    r"\b(?:berättade|berättar|informerade|informerar|meddelade|meddelar|redogjorde|redogör|rapporterade|"
    r"rapporterar|upplyste|upplyser|"
    # a recommendation to the meeting, not its decision: "Revisionsberättelsen lästes upp. Den
    # tillstyrkte att balansräkningen fastställs" (an organ's "tillstyrker" is an act: ACTS)
    r"tillstyrkte|tillstyrker|avstyrkte|avstyrker|rekommenderade|rekommenderar)\s+(?:\w+\s+)?(?:om\s+)?att\b",
    re.IGNORECASE,
)
# A stance, the board's to the meeting or a member's, is no act of the meeting: "Styrelsen anser att motionen
# ska avslås" (the årsmöte decides after it), "Per menade att frågan bör utredas"; "Årsmötet anser att
# motionen är besvarad" answers the motion.
_OPINION = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?\s+(?:anser|ansåg|tycker|tyckte|menar|menade)\s+(?:\w+\s+)?att\b"
    r"(?![^.]*\bbesvarad)",
)
# "Arbetsutskottets förslag", "Förvaltningens förslag till beslut", "Arbetsutskottets förslag till kommunstyrelsen"
_PROPOSAL_HEADING = re.compile(
    # "Ordförande Eva Eks förslag:", "Kommundirektör Per Holm:s förslag:": a title and a name before it
    r"^(?:#+\s*)?(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+){0,3}[\wåäö-]+:?s förslag(?: till (?:beslut|(?:[\wåäö]+-\s+och\s+|[\wåäö-]+\s+)?[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet)))?\s*:?$",
    re.IGNORECASE,
)


# Swedish puts the verb second: after an adverbial the organ follows its verb ("Med 8 röster mot 5
# beslutar kommunstyrelsen att …", "Efter omröstning beslutade nämnden att …").
_VERB_SECOND = re.compile(
    r"^(?P<adverbial>[^.;:]{2,80}?|med\s+\d+\s+(?:ja-?)?röster[^;:]{2,600}?)\s+(?P<verb>beslutar|beslutade|beslöt|bordlägger|återremitterar|avslår|"
    r"godkänner|antar|fastställer|avslog|biföll|godkände|antog|fastställde|bordlade|återremitterade)\s+(?P<organ>" + vocabulary.ORGAN + r")\b(?P<rest>.*)$",
    re.IGNORECASE,
)


_HOW_DECIDED = re.compile(r"röst|omröstning|enhällig|acklamation", re.IGNORECASE)


# A short label before the organ's act: "Motion 1 om friskvård: årsmötet beslöt att avslå motionen."
_LABELLED_ACT = re.compile(r"^[^.;:]{2,60}:\s+(?P<act>(?=(?-i:[a-zåäö]))" + vocabulary.ORGAN + r"\s.*)$", re.IGNORECASE)


def _subject_first(sentence: str) -> str:
    """The sentence in subject-verb order, for the decision patterns (which begin with the organ)."""
    if (labelled := _LABELLED_ACT.match(sentence)) and vocabulary.ACTS.match(labelled.group("act")):
        act = labelled.group("act")
        return act[:1].upper() + act[1:]
    match = _VERB_SECOND.match(sentence)
    if not match or match.group("adverbial").split()[0].lower() in ("om", "när", "innan", "sedan", "eftersom", "då"):
        return sentence  # a subordinate clause first ("Om nämnden beslutar …") is no act
    past = match.group("verb").lower() in ("beslutade", "beslöt", "avslog", "biföll", "godkände", "antog", "fastställde",
                                           "bordlade", "återremitterade")
    if past and not _HOW_DECIDED.search(match.group("adverbial")):
        return sentence  # "Vid styrelsemöte 2 beslutade styrelsen …" tells of an earlier meeting
    organ = match.group("organ")
    return f"{organ[:1].upper()}{organ[1:]} {match.group('verb')}{match.group('rest')}"


# "Årsmötet beslutade att överlämna frågan till skyddskommittén": the meeting decided to send it on
_DECIDED_TO_HAND_OVER = re.compile(
    r"^" + vocabulary.ORGAN + r"\s+(?:beslutar|beslutade|beslöt)\s+att\s+(?:överlämna|hänskjuta|remittera)\b", re.IGNORECASE)
# A proposal is an act of the meeting only when it goes to another organ ("Kommunstyrelsen föreslår
# kommunfullmäktige besluta att …"); see vocabulary.PROPOSES for the status it gets.
_PROPOSES_TO_ORGAN = re.compile(r"\b(?:föreslå[rs]?|föreslog|hemställ\w*)\s+" + vocabulary.ORGAN + r"\b", re.IGNORECASE)
# "Styrelsen beslutar" or "Styrelsen beslutar att:" over "- att anta …" / "1. anta …" items
_OPEN_LEAD_IN = re.compile(r"^(?P<lead>" + vocabulary.ORGAN + r"\s+(?:beslutar|beslutade|beslöt))(?:\s+att)?\s*:?$", re.IGNORECASE)


# "Beslöts att:", "Det beslutades att:" over "a) anta budgeten" / "b) …": no organ, the meeting's act
_IMPERSONAL_LEAD_IN = re.compile(r"^(?P<lead>(?:det\s+)?(?:beslöts|beslutades))(?:\s+att)?\s*:?$", re.IGNORECASE)


# an "att"-line under an open lead-in, with or without a bullet: "Styrelsen beslutar:" / "att …" / "- att …"
_ATT_ITEM = re.compile(r"^(?:" + _BULLET_MARK + r"\s*)?att\s+\S", re.IGNORECASE)


def _lead_in_items(units: list[str]) -> list[str]:
    """Units with a lead-in joined to each item under it: "Styrelsen beslutar att:" + "1. anta
    budgeten" + "2. bordlägga frågan" gives "Styrelsen beslutar att anta budgeten" and "Styrelsen
    beslutar att bordlägga frågan"; other units pass unchanged."""
    out: list[str] = []
    lead = None
    for unit in units:
        if (match := _OPEN_LEAD_IN.match(unit) or _IMPERSONAL_LEAD_IN.match(unit)):
            lead = match.group("lead")
            continue
        if lead and (_ITEM_MARK.match(unit) or _ATT_ITEM.match(unit)):
            item = re.sub(r"^(?:(?:och|samt)\s+)?(?i:att\s+)?", "", _ITEM_MARK.sub("", unit).lstrip())
            out.append(f"{lead} att {_TRAILING_JOIN.sub('', item).rstrip(' ,;')}")  # "att …, samt" / "att …"
            continue
        if lead and unit:
            lead = None
        out.append(unit)
    return out


# The chairman's finding after a proposition ("… och finner att nämnden beslutat att bordlägga
# ärendet", "Ordföranden förklarar att fullmäktige därmed har beslutat att …") or the outcome the
# proposition had ("…, varefter kommunfullmäktige beslutar att avgöra ärendet") is the decision,
# unless a vote is called after it: then the vote's outcome is.
_FINDING = re.compile(
    r"\b(?:(?:finner|förklarar)\s+att|varefter|vartefter|varpå)\s+(?P<decision>(?P<organ>" + vocabulary.ORGAN
    + r")\s+(?:därmed\s+)?(?:har\s+)?(?P<verb>beslutat|bifallit|avslagit|antagit|godkänt|fastställt|bordlagt|återremitterat|"
    r"beslutar|bifaller|avslår|antar|godkänner|fastställer|bordlägger|återremitterar)\b(?P<rest>.*))$",
    re.IGNORECASE,
)
_REJECTING = re.compile(r"avslagit|avslår", re.IGNORECASE)
_PUT_TO_THE_MEETING = re.compile(r"\bprövar\s+om\s+" + vocabulary.ORGAN + r"\s+kan\s+\S", re.IGNORECASE)
_VOTE_CALLED = re.compile(
    r"\b(?:omröstning|votering)\s+(?:begärs|begärdes|verkställs|verkställdes|genomförs|genomfördes)\b|"
    r"\bbegär\w*\s+(?:omröstning|votering)\b",
    re.IGNORECASE,
)
# "… beslutat enligt förslaget", "… beslutat bifalla detsamma": the decision is written out elsewhere
# "… beslutar så", "… bifaller det", "… bifaller dem", "… bifaller arbetsutskottets förslag": no content of its own
_BY_REFERENCE = re.compile(
    r"^\s*(?:att\s+)?(?:enligt|i enlighet med|bifalla|bifall till|detsamma|det samma)\b|"
    # "… finner att nämnden bifaller Anna Eks (S) yrkande": which proposal won, how it was decided
    r"^\s*(?:[^.;:]{0,80}?\s)?(?:förslag(?:et|en)?|yrkande(?:t|na)?|linje)(?:\s+(?:till beslut|i ärendet))?\s*\.?$|"
    r"^\s*(?:så|det|detta|densamma|dem|dessa|dem båda|båda|bägge|samtliga|förslaget|förslagen|yrkandet|"
    r"[\wåäö-]+s (?:förslag|yrkande))\s*\.?$|"
    # "… varefter fullmäktige beslutar utse Eva Eks yrkande som motförslag": the order of the vote
    r"^\s*(?:att\s+)?utse\s+(?:m\.\s?fl\.|[^.;]){0,160}?\bsom\s+motförslag\b|"
    # "… prövar om nämnden kan godkänna X och finner att nämnden bifaller.": the proposition said what
    r"^\s*\.?\s*$",
    re.IGNORECASE,
)
# "Förslaget bifalls.", "Motionen avslås.", "Ärendet bordläggs.": the matter as subject, passive present
# A matter's outcome in a passive that ends its sentence: "Meddelandena läggs till handlingarna.",
# "Redovisningen av delegationsbeslut läggs till handlingarna.", "Dagordningen godkänns."
_PASSIVE_OUTCOME = (
    r"(?:bifalls|bifalles|avslås|bordläggs|återremitteras|godkänns|antas|fastställs|avskrivs|antecknas|noteras|"
    r"läggs till handlingarna|anses besvarad|"
    # the same in the past, as associations write their minutes: "Informationen antecknades."
    r"bifölls|avslogs|bordlades|återremitterades|godkändes|antogs|fastställdes|avskrevs|antecknades|noterades|"
    r"lades till handlingarna)"
)
_MATTER_PASSIVE = re.compile(
    # not the end of a relative clause ("… planen, som sedan antogs."): that tells of the matter
    r"^(?!.*\bsom\s+(?:\S+\s+)?" + _PASSIVE_OUTCOME + r"\.?$)(?-i:[A-ZÅÄÖ])[^.;:]{0,120}?\s"
    # "Protokollet gicks igenom och lades till handlingarna."
    r"(?:(?:gicks igenom|lästes upp|redovisades|föredrogs|presenterades|diskuterades)\s+och\s+)?"
    + _PASSIVE_OUTCOME + r"\.?$",
    re.IGNORECASE,
)
# Headings under which an item's procedure is recorded: proposals stop there, the outcome follows.
_PROCEDURE_HEADING = re.compile(
    r"^(?:#+\s*)?(?:beslutsgång|omröstning|omröstningsresultat|votering|propositionsordning|"
    r"protokollsanteckning|anteckning till protokollet)\b[^.]{0,40}$",
    re.IGNORECASE,
)
_BACKGROUND_WORDS = r"(?:ärendebeskrivning|bakgrund|sammanfattning(?: av ärendet)?|(?:kort )?beskrivning av ärendet|ärendet)"
# in a narrow left column the heading breaks too: "Sammanfattning av" + text, "ärendet" + text below
_BACKGROUND_LEAD_WORDS = r"(?:ärendebeskrivning|bakgrund|sammanfattning(?: av(?: ärendet)?)?|(?:kort )?beskrivning av(?: ärendet)?|ärendet)"
_BACKGROUND_HEADING = re.compile(r"^(?:#+\s*)?(?:\*\*)?" + _BACKGROUND_WORDS + r"(?:\*\*)?\s*:?$", re.IGNORECASE)
# A background heading run into its first sentence by the PDF's layout ("Sammanfattning av ärendet
# Kommunfullmäktige beslutade …"): the heading still covers what follows it.
_BACKGROUND_LEAD = re.compile(r"^(?:#+\s*)?(?:\*\*)?(?i:" + _BACKGROUND_LEAD_WORDS + r")(?:\*\*)?\s*:?\s+(?=[A-ZÅÄÖ])")
# The meeting itself as subject ("Mötet godkände dagordningen") is never history, unless a date says so.
_THIS_MEETING = re.compile(r"^(?:mötet|sammanträdet|årsmötet|stämman|årsstämman|föreningsstämman|föreningsmötet|styrelsen)\s", re.IGNORECASE)
_PAST_ACT = re.compile(
    r"^\S+\s+(?:beslutade|beslöt|godkände|fastställde|valde|antog|beviljade|biföll|avslog|bordlade|återremitterade|"
    r"utsåg|uppdrog|fann|noterade|antecknade|tog del av|lade\b.*\btill handlingarna|gav\b.*\buppdrag)\b",
    re.IGNORECASE,
)
# "Beslutades att …", "Beslutas att …", "Valdes till kassör …": an impersonal passive first in the
# sentence is this meeting's
# A passive finding about the meeting's own order: "Kallelsen befanns vara utsänd i laga ordning"
_FOUND_IN_ORDER = re.compile(
    r"\b(?:befanns|befinns)\s+(?:vara\s+)?(?:\S+\s+){0,2}?(?:godkän[dt]a?|utsänd|utsänt|utlyst|sammankallad|"
    r"behörig\w*|stadgeenlig\w*|beslutsför\w*|i laga ordning|i behörig ordning)",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(r"^(?:beslutades|beslöts|godkändes|antogs|fastställdes|bifölls|avslogs|bordlades|(?:om|ny)?valdes|"
                         r"beslutas|godkänns|antas|fastställs|bifalls|avslås|bordläggs|återremitteras)\b", re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:19|20)\d\d\b(?!\s+års)|§\s*\d|\btidigare\b|\bförra\b|\bföregående\b|\bden \d", re.IGNORECASE)


# A proposal that names no organ to decide it; and the outcome concluded after a vote: "Direktionen
# har därmed beslutat att avgöra ärendet i dag"
_PROPOSAL_TO_NOBODY = re.compile(
    r"^" + vocabulary.ORGAN + r"\s+(?:föreslår|föreslog)\s+(?!(?:att\s+)?" + vocabulary.ORGAN + r"\b)", re.IGNORECASE)
_CONCLUDED = re.compile(r"^" + vocabulary.ORGAN + r"\s+har\s+(?:därmed|således|alltså)\s+beslutat\s+att\b", re.IGNORECASE)


def _protocol_act(sentence: str, probe: str) -> tuple[str, str] | None:
    """In a protocol with decision blocks, whether a sentence outside a block records a decision
    of this meeting: (text, "finding", "rejection" or "act"). History and proposals are not."""
    if _ADJUSTED_AT_ONCE.match(sentence):
        return sentence, "act"
    if _not_this_meeting(probe):
        return None
    finding = _FINDING.search(sentence)
    if finding:
        text = finding.group("decision")
        if _BY_REFERENCE.match(finding.group("rest")) and _REJECTING.fullmatch(finding.group("verb")):
            # "Ordföranden ställer proposition på Eva Eks yrkande, vartefter nämnden avslår detsamma": the
            # proposition names what was rejected
            return sentence, "rejection"
        if _BY_REFERENCE.match(finding.group("rest")) and _PUT_TO_THE_MEETING.search(sentence[: finding.start()]):
            # "prövar om nämnden kan godkänna X och finner att nämnden bifaller": X is what was decided
            return re.sub(r"[\s,]*(?:och|samt)?\s*$", "", sentence[: finding.start()]), "finding"
        return text[:1].upper() + text[1:], "finding"
    if _PROCEDURE.match(sentence) or _PROPOSAL_TO_NOBODY.match(probe):
        return None  # "Arbetsutskottet föreslår att ansökan avslås": the preparing organ's proposal
    if _PRESENT_ACT.match(probe) or _MATTER_PASSIVE.match(sentence) or _CONCLUDED.match(probe):
        return probe, "act"
    # a date in what was decided is its content ("beslutade att skrivelsen ska skickas senast den 22
    # april"); before it, the occasion ("Styrelsen beslutade den 3 mars att …")
    if _THIS_MEETING.match(probe) and _PAST_ACT.match(probe) and not _HISTORY.search(re.split(r"\batt\b", probe, maxsplit=1)[0]):
        return probe, "act"
    if (_IMPERSONAL.match(sentence) or _ELECTED_LABEL.match(sentence) or _ELECTED_NOW.match(sentence)
            or _FOUND_IN_ORDER.search(sentence)) and not _HISTORY.search(sentence):
        return sentence, "act"
    return None


# "Till justerare utses Eva Ek", "Eva Ek väljs till ordförande": an election at this meeting
_ELECTED_NOW = re.compile(
    r"^(?:till|som)\s+[\wåäö .-]{1,80}?\s+(?:om|ny)?(?:utses|väljs)\b|"
    r"^att\s+[\wåäö .-]{1,80}?\s+(?:om|ny)?(?:utses|väljs|utsågs|valdes)\s+(?-i:[A-ZÅÄÖ])|"  # "Att justera protokollet utses Per Holm"
    # "Eva Ek väljs till ordförande", and in the past: "Elsa Ek valdes att jämte ordföranden justera …"
    r"^(?!.*\b(?:ska|skall|bör|kan|måste)\s+(?:om|ny)?(?:utses|väljs)\b)[A-ZÅÄÖ][^.;:]{0,60}?\s"
    r"(?:om|ny)?(?:utses|väljs|valdes|utsågs)\s+(?:till|som|att)\b",
    re.IGNORECASE,
)


_ACT_BY_REFERENCE = re.compile(
    r"^" + vocabulary.ORGAN + r"\s+(?:beslutar|beslutade|beslöt|bifaller|biföll)\b(?P<rest>.*)$", re.IGNORECASE)


def _by_reference_act(text: str) -> bool:
    """"Kommunstyrelsen beslutar enligt Lars Holms yrkande" after a vote: which proposal won, when
    the decision block writes the decision out."""
    match = _ACT_BY_REFERENCE.match(text)
    return bool(match and _BY_REFERENCE.match(match.group("rest")))


def _restates(text: str, others: list[str]) -> bool:
    """Whether an outcome only repeats a decision written out in the block ("beslutar nämnden att
    inte godkänna granskningshandlingarna" against "Inte godkänna planhandlingarna för granskning"):
    most of its words after the decision verb, compared by their first five letters."""
    def stems(value: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[\wåäöé]{3,}", value.lower())}

    what = re.split(r"\b(?:beslutar|beslutade|beslöt|beslutat)\b(?:\s+att\b)?", text, maxsplit=1)[-1]
    own = stems(what)
    return bool(own) and any(len(own & stems(other)) >= 0.6 * len(own) for other in others)


def _terse_with_object(sentences: list[str]) -> list[str]:
    """A terse outcome ("Godkändes.", "Bifölls.", "Bordläggs.") decides the sentence before it:
    "Styrelsen föreslår att avgiften höjs. Godkändes." is one decision, with the proposal as its
    object. Ending a paragraph, it decides the matter the paragraph opened with: "Betalningen är för
    krånglig. Mötet diskuterade fakturor. Bordläggs." tables the payment question, not the talk."""
    out: list[str] = []
    for sentence in sentences:
        if out and _TERSE.match(sentence):
            start = len(out) - 1
            while start > 0 and not _minutes_act(out[start - 1], _subject_first(out[start - 1])):
                start -= 1
            out[start:] = [" ".join([*out[start:], sentence])]
        else:
            out.append(sentence)
    return out


_TERSE_WORDS = (r"(?:godkändes|godkänns|beslutades|bifölls|bifalls|antogs|fastställdes|avslogs|avslås|bordlades|bordläggs|"
                r"godkännes|fastställs|fastställes|bifalles|antas|antages|beviljas|beviljades)")
# the outcome as a noun, as a student union's "Beslut: Bifall." or "Beslut: Avslag." writes it
_TERSE_NOUNS = r"(?:bifall|avslag|bordläggning|återremiss)"
_TERSE = re.compile(r"^(?:" + _TERSE_WORDS + "|" + _TERSE_NOUNS + r")\.?$", re.IGNORECASE)
_TERSE_END = re.compile(r"\.\s+" + _TERSE_WORDS + r"\.?$", re.IGNORECASE)


# A proposal is never written in the past tense: "Mötet biföll förslaget", "Förslaget avslogs" under
# "Förslag till beslut" is the meeting's answer to it.
_ADOPTED = re.compile(
    r"^(?:(?:mötet|stämman|årsmötet|föreningsmötet|styrelsen)\s+(?:biföll|beslutade|beslöt|antog|godkände|avslog)|"
    r"(?:förslaget|yrkandet|motionen|propositionen)\s+(?:bifölls|antogs|godkändes|avslogs|bordlades))\b",
    re.IGNORECASE,
)


# A printed line that ends in a word no Swedish sentence ends with goes on in the next line, whatever
# that line starts with ("… att ge" / "Miljöförvaltningen i uppdrag …", "… senast den" / "1 oktober").
_GOES_ON = re.compile(
    r"\s(?:att|och|samt|till|av|i|på|om|med|den|det|de|en|ett|som|från|enligt|åt|vid|senast|inom|mot|"
    r"ge|ger|uppdra|uppdrar|anta|antar|godkänna|godkänner|fastställa|fastställer)\s*$",
    re.IGNORECASE,
)


# Outcomes written verb-final or in one word, as association minutes note them: "Bifalls.",
# "Förslaget godkännes.", "Arvodet bibehålls oförändrat.", "Eva Ek kvarstår som revisor.", "Per
# Holm, lgh 12; Anna Berg, lgh 3 väljs."; the last sentence of a unit is probed, so "Styrelsens
# förslag. Godkännes." decides with its object.
_VERB_FINAL_OUTCOME = re.compile(
    # also a longer subject: "Styrelsens förslag till ett maxtak på 150 kr godkännes."
    r"^(?!(?:\S+\s+){0,10}?(?:inte|ej|aldrig)\b)(?:[\wåäö-]+\s+){0,10}?" + _TERSE_WORDS + r"\.?$|"
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+(?:bibehålls|behålls|kvarstår|lämnas|förblir|blir)\s+oförändra[dt]e?"
    r"(?:[,:]?\s+[^.]{1,40})?\.?$|"  # "Arvodet lämnas oförändrat, 500 kr per möte."
    r"^(?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+&)?\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+AB)?)\s+(?:kvarstår|sitter kvar|fortsätter|tillträder)\s+som\s+(?:vice\s+)?(?P<role>[a-zåäö-]+)\.?$|"
    # "Två prisbasbelopp bibehålls som arvode.": an amount or order kept as what it was
    r"^[A-ZÅÄÖ\d][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+(?:bibehålls|behålls)\s+som\s+[a-zåäö-]+\.?$|"
    # "Bifalls, 16 röstberättigade enligt röstlängden.": the outcome with how it was reached
    r"^" + _TERSE_WORDS + r",\s+[^.]{1,80}\.?$|"
    r"^(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)[^.]*\s(?:om|ny)?(?:väljs|väljes|utses)\.?$|"
    # in the past only a list of names: "Eva Ek och Per Holm omvaldes."
    r"^(?-i:[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+(?:(?:,\s*|\s+och\s+|\s+samt\s+)[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)*)"
    r"\s+(?:om|ny)?(?:valdes|utsågs)\.?$",
    re.IGNORECASE,
)


def _verb_final_outcome(text: str) -> bool:
    sentences = split_sentences(text)
    match = _VERB_FINAL_OUTCOME.match(sentences[-1]) if sentences else None
    # "Eva Ek kvarstår som revisor" keeps a post; "Eva Ek fortsätter som tidigare" none
    return bool(match) and (not match.group("role") or is_role_word(match.group("role")))


def _ends_background(line: str) -> bool:
    """An act of this meeting after a background text: an organ in the present tense ("Socialnämnden
    lägger informationen till handlingarna"), the meeting itself ("Mötet beslutade att …") or an
    impersonal passive ("Beslutades att …")."""
    if _not_this_meeting(line):
        return False
    return bool(_PRESENT_ACT.match(line) or _THIS_MEETING.match(line) and vocabulary.ACTS.match(line)
                or _IMPERSONAL.match(line))


# A decision's second "att"-clause on a line of its own after a dash: "Styrelsen beslöt att höja
# avgiften till 200 kr" / "-att avgiften betalas senast i mars" (the "att"-clauses of one sentence
# are split into decisions of their own, see _att_clauses)
_ATT_LEAD = re.compile(r"^(?P<lead>(?:" + vocabulary.ORGAN + r"|vi|det)\s+(?:beslutar|beslutade|beslöt|beslutades|beslöts)"
                       r"|(?:det\s+)?(?:beslutades|beslöts))\s+att\b", re.IGNORECASE)
_DASHED_ATT = re.compile(r"^[-–]\s*att\s+(?P<rest>\S.*)$", re.IGNORECASE)


# An election whose name breaks after the given name: "Till referent för stämman valdes Eva" / "Ek."
_NAME_BROKEN_AFTER_ELECTION = re.compile(rf"(?i:\b{vocabulary.ELECTED_PASSIVE})\s+[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?$")
_SURNAME_GOES_ON = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?(?:[.,;]|\s+(?:och|samt|till|som)\b|$)")


def _sentence_decisions(lines: list[tuple[int, str]], formal: bool = False, *, skip_proposals: bool = False,
                        block_elsewhere: bool = False) -> list[tuple[str, str]]:
    """Decisions in running minutes; in a protocol with blocks (formal) only this meeting's acts:
    an organ in the present tense, a vote's outcome, the chairman's finding, "Förslaget bifalls".
    Text under "Arbetsutskottets förslag" is skipped when formal (or asked); text under "Bakgrund",
    "Sammanfattning av ärendet" … always, up to the next sub-heading or, when the section has no
    decision block elsewhere (block_elsewhere), an act of an organ in the present tense."""
    found: list[tuple[str, str]] = []
    skipping = background = False  # background: under "Bakgrund", which an act in the present tense ends
    kept: list[tuple[int, str]] = []
    for page, raw in lines:
        line = raw.strip()
        proposal = (formal or skip_proposals) and _PROPOSAL_HEADING.match(line)
        # what a background section tells ("Kommunfullmäktige beslutade den 12 maj 2023 att …") is
        # the history of the matter in every kind of protocol, never this meeting's decision
        if _BACKGROUND_HEADING.match(line) or _BACKGROUND_LEAD.match(line):
            # "Bakgrund: Avgiften har varit 200 kr." labels its own line only, as "Förslag till beslut: …"
            labelled = not _BACKGROUND_HEADING.match(line) and _LABELLED.match(line)
            skipping = background = not labelled
            continue
        # "… uppkom" / "förslag om;": a sentence carried onto a line that begins in lower case is no heading
        if proposal or _NOT_DECISION_BLOCK.match(line) and not line[:1].islower() \
                and (len(line.split()) <= 6 or _LABELLED.match(line)):
            # "Förslag till beslut: att höja avgiften" holds its proposal on the line; a heading
            # alone covers the lines below it
            # the list under "Beslutsunderlag" names documents: an act of the organ after it is no proposal
            skipping, background = not _LABELLED.match(line), bool(re.match(r"(?i)beslutsunderlag", line))
            continue
        if skipping and (_MARKUP_HEADING.match(line) or _BLOCK_START.match(line) or _PROCEDURE_HEADING.match(line)
                         or _ADOPTED.match(line) or _BLOCK_END.match(line) and len(line.split()) <= 6
                         or background and not block_elsewhere and _ends_background(line)):
            skipping = False
        if not skipping:
            kept.append((page, raw))
    # lines are joined only where a sentence visibly goes on, so that list-like minutes
    # ("13 röster för" / "Mötet godkänner propositionen.") keep one act per line
    units: list[str] = []
    previous = ""  # the sentence before, which a pronoun outcome refers to
    att_lead = None  # "Styrelsen beslöt" of the last "Styrelsen beslöt att …", which a "-att …" line goes on
    att_items = False  # under "Styrelsen beslutar:" each "att …" line is an item of its own, not a line going on
    for _, raw in kept:
        line = raw.strip()
        if att_lead and (dashed := _DASHED_ATT.match(line)):
            units.append(f"{att_lead} att {dashed.group('rest')}")  # "… beslöt att höja avgiften" / "-att …"
            continue
        if units and _ATT_ITEM.match(line) and (att_items or _OPEN_LEAD_IN.match(units[-1]) or _IMPERSONAL_LEAD_IN.match(units[-1])):
            units.append(line)  # "Styrelsen beslutar:" / "att sätta på vattnet 1 maj" / "att …"
            att_items = True
            continue
        if not line and units and _BROKEN_PARAGRAPH.search(units[-1]):
            continue  # "Protokoll från" / "" / "20-09-28 godkändes.": one sentence
        if line and not line[:1].islower():
            att_items = False
        if line:
            att_lead = lead.group("lead") if (lead := _ATT_LEAD.match(line)) else None if not line[:1].islower() else att_lead
        if units and line and units[-1] and not _ITEM_MARK.match(line) and (
            line[:1].islower() or units[-1].endswith(",") or _GOES_ON.search(units[-1])
            # "valdes" / "(a) Eva …"; after "iii. Till kassör valdes Per Ny" a "(b)" is the next point
            or _SUB_MARK.match(line) and (_LEAD_TITLE.match(units[-1]) or _OPEN_ITEM.search(units[-1]))
            or _TERSE.match(line) and _SENTENCE_DONE.search(units[-1])  # "Frågan … diskuterades." / "Bordläggs."
            or _NAME_BROKEN_AFTER_ELECTION.search(units[-1]) and _SURNAME_GOES_ON.match(line)  # "… valdes Eva" / "Ek."
        ):
            units[-1] += " " + line
        else:
            units.append(line)
    for unit in (piece for unit in _lead_in_items(units) for piece in _lettered_sentences(unit)):
        # "§ 4 Dagordningen godkändes.": the mark of a second numbering the sections do not follow
        unit = _OTHER_SYSTEM_MARK.sub("", unit)
        for sentence in _terse_with_object(split_sentences(re.sub(r"^" + _BULLET_MARK + r"\s+|^\w\.\s+|^\((?:[a-h]|[ivx]{1,4})\)\s+", "", unit))):
            bare = re.sub(r"^(?:" + _BULLET_MARK + r"|[a-zivx]{1,3}[.)])\s+", "", sentence)
            antecedent, previous = previous, bare
            probe = _subject_first(bare)
            if formal and _VOTE_CALLED.search(bare) and found and found[-1][1] == "finding":
                found.pop()  # the vote decides, not the finding before it
            if formal:
                act = _protocol_act(bare, probe)
                if act:
                    found.append((_clean_decision(act[0]), act[1]))
                continue
            if (_REPORTED.search(probe) or _OPINION.match(probe)) and not vocabulary.ACTS.match(probe):
                continue  # "Styrelsen berättade att ansökan … avslogs": told, not decided here
            if vocabulary.PROPOSES.match(probe) and not _PROPOSES_TO_ORGAN.search(probe) and not _TERSE_END.search(probe) \
                    and not _DECIDED_TO_HAND_OVER.match(probe):
                continue  # "Styrelsen föreslog ändrade stadgar": a proposal to this meeting, no act
            if _AFFIRMED.match(bare) and antecedent and _PROPOSED_HERE.search(antecedent):
                # "Det föreslås per acklamation att Eva Ek väljs." / "Svar: Ja!": the meeting said yes
                found.append((_clean_decision(f"{antecedent} {bare}"), "act"))
                continue
            if _minutes_act(bare, probe) and not _TABLE_ROW.match(bare):
                if _PRONOUN_OUTCOME.match(bare) and antecedent:
                    if found and found[-1][0] == _clean_decision(antecedent):
                        found.pop()
                    bare = f"{antecedent} {bare}"  # "Kassören föredrog rapporten. Den godkändes."
                found.append((_clean_decision(bare), "act"))
            elif (tucked := _TUCKED_DECISION.search(bare)) and not _DEFERRED.search(tucked.group("decision")):
                decision = tucked.group("decision")
                found.append((_clean_decision(decision[:1].upper() + decision[1:]), "act"))
    return found


# A decision noted at the end of an information line, after a comma or a dash: "Kassören informerade om
# läget, beslut att köpa in en ny kaffebryggare", "Per berättade om resan – Beslut: vi bokar bussen";
# "…, beslut tas på nästa möte" and "…, kommunens beslut att …" are none.
_TUCKED_DECISION = re.compile(
    r"(?:,|\s[-–—])\s*(?P<decision>(?i:beslut)(?:\s*:\s*|\s+(?i:om\s+)?(?i:att)\s+)"
    r"(?!(?i:inget|ingen|inte|ej|saknas|senare)\b)\S.*)$"
)


# The meeting's answer to a proposal put to it: "Svar: Ja!", "Mötet svarar ja."
_AFFIRMED = re.compile(r"^(?:svar|mötet\s+svara(?:r|de)|(?:års)?mötets\s+svar)\s*[:;]?\s*ja\b\s*[.!]*$", re.IGNORECASE)
_PROPOSED_HERE = re.compile(r"\bföreslås\b|\bföreslår\b|\bföreslog\b|\bframställ\w*\s+(?:en\s+)?fråga", re.IGNORECASE)
_OTHER_SYSTEM_MARK = re.compile(r"^§\s*\d{1,3}[a-h]?[.:]?\s+(?=[A-ZÅÄÖ])")


# An outcome whose subject is a pronoun ("Den godkändes.", "Denna antogs av mötet.") decides what
# the sentence before it names; "Det beslutades att …" is impersonal and names its own matter.
_PRONOUN_OUTCOME = re.compile(
    r"^(?:den|denna|dessa|de|detta|det)\s+(?!beslutades|beslöts|bestämdes|togs|blev|fanns|finns|är|var)[a-zåäö]+\b[^.]{0,40}\.?$",
    re.IGNORECASE,
)


# A row of an accounts table, verb first and an amount last, no sentence: "Balanseras i ny räkning
# 12 345 kr", "Överförs till dispositionsfond 5 000:-"
_TABLE_ROW = re.compile(
    r"^(?:balanser|överför|avsätt|disponer)\w*\s[^.]*?\s(?:-\s?)?\d{1,3}(?:[ \u00a0.]\d{3})*(?:[,.]\d{1,2})?\s*(?:kr|kronor|sek|tkr|:-)?\s*$",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^[^:]{2,40}:\s*\S")
_PROPOSAL_WORD = re.compile(r"^(?:#+\s*)?(?:[\wåäö-]+s\s+)?förslag(?:\s+till\s+beslut)?\b\s*:?\s*(?P<inline>.*)$", re.IGNORECASE)


def _proposal_texts(lines: list[tuple[int, str]]) -> list[str]:
    """The text of each "Förslag till beslut" in a section: on its line after the colon, or the
    lines under it up to a blank line or the next heading."""
    proposals: list[list[str]] = []
    open_ = False
    for _, raw in lines:
        line = raw.strip()
        match = _PROPOSAL_WORD.match(line) if len(line.split()) <= 6 or _LABELLED.match(line) else None
        if match:
            proposals.append([match.group("inline")] if match.group("inline") else [])
            open_ = not match.group("inline")
        elif open_ and line and not (_MARKUP_HEADING.match(line) or _BLOCK_START.match(line) or _ADOPTED.match(line)
                                     or _PROCEDURE_HEADING.match(line) or _NOT_DECISION_BLOCK.match(line)
                                     or _BLOCK_END.match(line) and len(line.split()) <= 6):  # "Beslutsgång" ends the proposal
            proposals[-1].append(line)
        else:
            open_ = False
    return [_att_lines(p) for p in proposals if p]


def _att_lines(lines: list[str]) -> str:
    """A proposal's lines as one text; "Att …" lines, one clause each, are joined as an att-list
    ("att åka på läger, att avgiften blir 1 200 kr") for the clauses to be read as one sentence."""
    parts: list[str] = []
    for line in lines:
        if re.match(r"(?i)att\s", line):
            line = "att" + line[3:]
            if parts:
                parts[-1] = parts[-1].rstrip(" ,;") + ","
        parts.append(line)
    return " ".join(parts)


def _with_proposal(text: str, proposals: list[str]) -> str:
    """"Mötet beslutade enligt förslaget" says what the proposal was, when the section has one."""
    if len(proposals) == 1 and _BY_PROPOSAL.search(text):
        return _clean_decision(f"{text.rstrip('. ')}: {proposals[0]}")
    return text
# an adoption that names the proposal only by reference: "beslutade enligt förslaget", "biföll
# förslaget", "Förslaget antogs", "Bifall till förslaget"
_BY_PROPOSAL = re.compile(
    r"\b(?:enligt|i enlighet med)\s+(?:[\wåäö-]+\s+)?förslag\w*|\b(?:biföll|antog|godkände|bifaller|antar|godkänner)\s+förslaget\b|"
    r"^förslaget\s+(?:bifalls|bifölls|antogs|antas|godkändes|godkänns)\b|^bifall till förslaget\b",
    re.IGNORECASE,
)


_ATT_LINE = re.compile(r"^att\s+\w")
# the word that joins one "att"-clause to the next, left at the end of the line before it
_TRAILING_JOIN = re.compile(r"[\s,;]*\b(?:samt|och)$")
_ATT_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:samt\s+|och\s+)?|\s+samt\s+)att\s+(?=\w)")
# "…, att gälla från och med 1 januari", "…, att betalas ut kvartalsvis": the clause describes the
# decision before it; a new decision starts with an active infinitive or a subject of its own.
_NOT_NEW_CLAUSE = re.compile(r"^(?:gälla|vara|bli|ha|kunna|få|gå|omfatta|avse|ingå)\b|^[a-zåäö]+s\b")
# An infinitive in -a or a short one ("ge", "utse", "delge"), after a negation or an adverbial
# ("att inte bevilja", "att för 2025 fastställa", "att till fullmäktige föreslå")
_NEW_CLAUSE = re.compile(
    r"^(?:(?:inte|ej|även|också|vidare|därutöver|dessutom|i övrigt)\s+)?(?:[a-zåäö]+a|ge|utse|anse|delge|medge|tillse|[a-zåäö]*(?:slå|stå|nå))\b|"
    # "att till ny ledamot för tiden till och med 2026-12-31 utse Eva Ek"
    r"^(?:för|under|från|till|inom|i|hos|med)\s+[\wåäö-]+(?:\s+[\wåäö-]+){0,8}?\s+"
    r"(?!(?:gälla|vara|bli|ha|kunna|omfatta|avse|ingå)\b)(?:[a-zåäö]+a|ge|utse|[a-zåäö]*slå)\b|^[A-ZÅÄÖ]"
)


# the finite verb of a that-clause: a modal ("att skolan ska stängas") or a passive of the decision
# vocabulary ("att avsägelsen godkänns", "att till ny ersättare … väljs Eva Ek"), or its subject first
# ("att planen gäller från 2025", "att ärendet anses besvarat")
_CLAUSE_VERB = re.compile(r"\b(?:ska|skall|får|bör|kan|måste|kommer\s+att|(?:om|ny)?(?:väljs|utses))\b")
_SUBJECT_FIRST = re.compile(r"^(?:det|detta|dessa|den|de|[a-zåäö]{3,}(?:en|et|na))\s+(?:anses|gäller|utgör)\b")


def _that_clause(piece: str) -> bool:
    """Whether an "att" piece is a that-clause with its own finite verb, i.e. a decision of its own."""
    clause = re.split(r"[,;]", piece, maxsplit=1)[0]
    return bool(_SUBJECT_FIRST.match(clause) or _CLAUSE_VERB.search(clause) or _PASSIVE.search(clause))


# "under förutsättning att …": the att of a condition on the decision, not of a decision
_CONDITION = re.compile(r"\b(?:förutsättning|förutsatt|villkor|förbehåll)\s+att\b[^,]*", re.IGNORECASE)


# "… och att anta …" (an infinitive), or "… och att upprättandet av röstlängden genomfördes korrekt"
# (a finding of its own: a definite subject and a past passive)
_OCH_ATT = re.compile(r"\s+och\s+att\s+(?=[a-zåäö]+a\b|[a-zåäö]+(?:en|et|na|andet)\s+(?:[\wåäö-]+\s+){0,4}?(?:[a-zåäö]+(?:des|tes|ogs)|skedde|gjordes)\b)")


def _och_att(part: str, first: bool) -> list[str]:
    """"anta planen och att uppdra åt …" is two clauses; in "uppdra åt X att utreda Y och att
    återkomma" the "och att" goes on the nested att-clause and stays in it."""
    match = _OCH_ATT.search(part)
    if not match:
        return [part]
    own = part[: match.start()]
    if first:
        lead_att = re.search(r"\batt\s", own)
        if not lead_att or re.search(r"\buppdrag\s*$", own[: lead_att.start()]):
            return [part]  # "gav kassören i uppdrag att utreda … och att återkomma": one assignment
        own = own[lead_att.end() :]
    if re.search(r"\batt\b", own):
        return [part]
    return [part[: match.start()], part[match.end() :]]


def _att_clauses(text: str) -> list[str]:
    """Each "att"-clause of a decision is a decision of its own, with the organ's lead-in: "Nämnden
    beslutar att anta planen, att uppdra åt förvaltningen …, samt att …" gives three. A nested "att"
    without a comma ("uppdra åt förvaltningen att utreda") belongs to its clause, and so does one
    that only describes the decision before it ("…, att gälla från och med …")."""
    pieces = _ATT_SPLIT.split(text)
    parts = [pieces[0].strip()]
    for piece in pieces[1:]:
        piece = piece.strip()
        if (_NEW_CLAUSE.match(piece) or _that_clause(piece)) and not _NOT_NEW_CLAUSE.match(piece):
            parts.append(piece)
        else:
            parts[-1] += ", att " + piece
    parts = [q for k, part in enumerate(parts) for q in _och_att(part, first=k == 0)]
    if len(parts) < 2 or not all(parts):
        return [text]
    first = parts[0]
    if re.match(r"(?i)att\s", first):
        # "Beslut: att avslå motionen, samt att tacka motionären": the block's att-list, no lead-in
        return [_clean_decision(c) for c in [first, *(f"att {p}" for p in parts[1:])]]
    at = re.search(r"\batt\s", _CONDITION.sub(" ", first))
    lead = first[: at.start()].rstrip(" ,") if at else first.rstrip(" ,")
    # "Beslut: enligt förslaget: att …, att …" leads like "Styrelsen beslutar att …, att …"
    if not lead or not (vocabulary.ACTS.match(lead + " ") or re.search(r"\b(?:beslut\w*|beslöt|förslaget)\s*:?$", lead, re.IGNORECASE)):
        return [text]  # no lead-in of an organ that decides: keep the text whole
    clauses = ([first] if at else []) + [f"{lead} att {p}" for p in parts[1:]]
    return [_clean_decision(c) for c in clauses] if len(clauses) > 1 else [text]


def _status(text: str) -> DecisionStatus:
    """A terse outcome after its object decides the status ("Styrelsen föreslår att … . Avslogs.")."""
    terse = _TERSE_END.search(text)
    if not terse and (answer := re.search(r"(?<=[.!?])\s+(?=\S)", text)) and _AFFIRMED.match(text[answer.end():]):
        return DecisionStatus.BESLUTAD  # "Styrelsen föreslår att … . Svar: Ja!": the meeting's yes decides
    return vocabulary.decision_status(terse.group(0).lstrip(". ") if terse else text)


# A list of the meeting's decisions at the end ("Lista över beslut", "Beslutsförteckning") repeats
# them, and a line with dot leaders and a page number ("Mötet beslutar att … ........ 12") is an
# entry of such a list: neither is a new decision.
_DECISION_INDEX = re.compile(
    r"^(?:#+\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:lista över (?:fattade |mötets |alla )?beslut|beslutslista|beslutsförteckning|"
    r"förteckning över (?:fattade )?beslut|sammanställning av (?:fattade )?beslut|sammanfattning av (?:fattade )?beslut|"
    r"fattade beslut)\s*:?$",
    re.IGNORECASE,
)
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$|(?:…\s?){2,}\s*\d{1,3}\s*$")


def _without_decision_index(section: RawSection) -> RawSection:
    """The section as read for decisions: without an index of decisions and its entries."""
    if _DECISION_INDEX.match(section.title.strip()):
        return replace(section, lines=[])
    lines: list[tuple[int, str]] = []
    for page, raw in section.lines:
        if _DECISION_INDEX.match(raw.strip().strip("*")):
            break  # the index runs to the end of its section
        if not _DOT_LEADER.search(raw):
            lines.append((page, raw))
    return replace(section, lines=lines) if len(lines) != len(section.lines) else section


def _without_appendix(section: RawSection) -> RawSection:
    """The section as read for decisions: without an appended text (statutes: "Medlemsavgiften
    fastställs av årsmötet" is a clause, no decision), which segment leaves in the last item."""
    cut = appendix_start(section.lines)
    return section if cut is None else replace(section, lines=section.lines[:cut])


def _uses_blocks(sections: list[RawSection]) -> bool:
    """Whether decision blocks are how this protocol records decisions: in at least as many sections
    as record decisions in running sentences. One "Beslut: …" line in association minutes does not
    turn "Mötet valde …" in five other items into history."""
    with_blocks = [s for s in sections if _decision_blocks(s)]
    in_sentences = [s for s in sections if not _decision_blocks(s) and _sentence_decisions(s.lines, skip_proposals=True)]
    return bool(with_blocks) and len(with_blocks) >= len(in_sentences)


# An item whose heading line is itself the decision ("4. Dagordningen fastställdes.", "6. Till kassör
# valdes Eva Ek."): a full sentence, ended by its full stop, in the passive or past that decides.
# "Föreningen bildades" founds the association the minutes belong to, an act only in a heading.
_FOUNDED = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}\s+(?:bildades|bildas|grundades|upplöstes|upplöses)\.$")


# A heading without its full stop still reports an act when it names who was elected or ends in
# the past passive that decides: "5. Till kassör valdes Eva Ek", "3. Dagordningen godkändes".
_UNSTOPPED_ACT = re.compile(
    rf"^(?i:till|som)\s+[\wåäö -]{{1,40}}?\s+(?i:{vocabulary.ELECTED_PASSIVE})\s+[A-ZÅÄÖ]|"
    # "2. Val av ordförande för mötet: Kim Dahl valdes", "3. Siv Ahl väljs till sekreterare"
    rf"(?:^|:\s*)[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+\s+(?i:{vocabulary.ELECTED_PASSIVE})(?:\s+(?:till|som)\s+[\wåäö ]{{1,40}})?$|"
    r"\s(?i:godkändes|godtogs|fastställdes|antogs|beslutades|beviljades|bordlades|avslogs)$|"
    # "4. Val till justerare: Eva Ek", "Omval: Per Holm"
    r"^(?i:val\s+(?:av|till)\s|(?:om|ny|fyllnads)val\b)[^:]{0,40}:\s*[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+|"
    # "Körens styrelse konstituerades enligt nedan" over its list of posts
    r"\s(?i:konstituerades|konstituerade\s+sig)(?:\s+(?:enligt\s+(?:nedan|följande)|så\s+här|som\s+följer))?:?$"
)


def _heading_sentence(section: RawSection) -> str:
    """The heading line with the words a narrow page broke onto the next line ("3. Föreningen
    bildades och namnet fastställdes till Ek och" / "ekonomisk förening."): its sentence whole."""
    title = _clean_decision(section.title)
    for _, raw in section.lines[:2]:
        line = raw.strip()
        # "8. Till referent valdes Bo" / "Nilsson.": a name broken after its given name goes on too
        broken_name = _NAME_BROKEN_AFTER_ELECTION.search(title) and _SURNAME_GOES_ON.match(line)
        if _SENTENCE_DONE.search(title) or not (line[:1].islower() or broken_name):
            break
        title = f"{title} {line}"
    return title


def _title_decision(title: str) -> str | None:
    """The heading line as a decision, when it is a sentence that decides (or its first sentence
    does: "11. Materialet granskat och godkänt. Föreningen ska …")."""
    title = _clean_decision(title)
    if len(title.split()) < 2 or not title[:1].isupper():
        return None
    if not title.endswith("."):
        if _UNSTOPPED_ACT.search(title) and _minutes_act(title, _subject_first(title)):
            return title
        first = split_sentences(title)[0]
        return _title_decision(first) if first != title and first.endswith(".") else None
    sentences = split_sentences(title)
    if len(sentences) > 1 and not _title_act(title):
        # "8. Övriga frågor. Listor. Prefixet ska ändras så att … står med.": the sentence that decides
        return next((d for sentence in sentences if (d := _title_decision(sentence))), None)
    return title if _title_act(title) else None


def _title_sentences(titled: str) -> list[str]:
    """A heading of several sentences that each decide is one decision each ("8. Balansräkningen
    fastställdes. Årets underskott överförs i ny räkning.")."""
    sentences = split_sentences(titled)
    return sentences if len(sentences) > 1 and all(_title_act(s) for s in sentences) else [titled]


def _title_act(title: str) -> bool:
    bare = title.rstrip(".")
    if _BESLUT_OM.match(bare):
        return False  # "7. Beslut om mötets stadgeenliga utlysande.": an agenda title that names a decision
    if _REPORTED.search(bare) and not vocabulary.ACTS.match(bare):
        return False  # "7. Revisionsberättelsen lästes upp. Den tillstyrkte att …": a recommendation
    return bool(_FOUNDED.match(title) or _minutes_act(bare, _subject_first(bare)))


# "(a) Eva till ordförande, (b) Per till sekreterare och (c) …": lettered or roman sub-items in order
_SUB_LETTER = r"\((?:[a-h]|i{1,3}|iv|vi{0,3})\)"
_SUB_MARK = re.compile(_SUB_LETTER + r"\s+")
# A heading that leads into the items below it: "2. Som mötesfunktionärer valdes" over "(a) Eva till
# ordförande," / "(b) Per till …", or "4. Till styrelse valdes:" over a bullet list of names.
_LEAD_TITLE = re.compile(r"^(?P<lead>.*\b(?:valdes|utsågs|omvaldes|nyvaldes|beslutades|fastställdes|antogs|"
                         r"(?:beslöts|beslutades|beslutade|beslöt)\s+att))\s*:?$", re.IGNORECASE)  # "10. Beslöts att:" / "a) …"
_LIST_ITEM = re.compile(r"^\s*(?:(?P<lettered>" + _SUB_LETTER + r"|[a-h]\))|[-•*–])\s+(?P<item>\S.*)$")


def _title_lead_decision(section: RawSection) -> str | None:
    """The heading's lead and the listed items under it as one decision text, for
    `_lettered_items` to split: "Som mötesfunktionärer valdes (a) Eva till ordförande, (b) …"."""
    lead = _LEAD_TITLE.match(_clean_decision(section.title).rstrip("."))
    lines = [line.strip() for _, line in section.lines if line.strip()]
    items = [m for line in lines if (m := _LIST_ITEM.match(line))]
    if not lead or not lines or not _LIST_ITEM.match(lines[0]):
        return None
    if any(m.group("lettered") for m in items):  # lettered: each item its own
        return lead.group("lead") + " " + " ".join(m.group(0).strip() for m in items)
    names = [m.group("item").strip().rstrip(",.;") for m in items]
    return lead.group("lead") + " " + (", ".join(names[:-1]) + " och " + names[-1] if len(names) > 1 else names[0])


def _lettered_items(text: str) -> list[str]:
    """A decision that lists lettered sub-items after its lead-in, one decision per item:
    "Som mötesfunktionärer valdes (a) Eva Ek till ordförande, (b) Per Lind till sekreterare och
    (c) …" gives "Som mötesfunktionärer valdes Eva Ek till ordförande", …"""
    marks = list(_SUB_MARK.finditer(text))
    lead = text[: marks[0].start()].strip() if marks else ""
    if len(marks) < 2 or not lead:
        return [text]
    bounds = [m.end() for m in marks] + [len(text)]
    starts = [m.start() for m in marks[1:]] + [len(text)]
    items = [re.sub(r"(?:\s*[,;.]|\s+(?:och|samt))+\s*$", "", text[a:b]).strip() for a, b in zip(bounds, starts)]
    return [f"{lead} {item}" for item in items if item]


# A placeholder for a § recorded elsewhere ("Beslut" / "Se separat protokoll.", "Paragrafen är
# direktjusterad. Se separat protokoll."): it points to the decision, it is none.
_PLACEHOLDER = re.compile(
    r"^(?:(?:paragrafen|ärendet|beslutet)\s+(?:är\s+|har\s+(?:\S+\s+)?)?(?:direkt|omedelbart\s+)?justera[dts]\w*[.,]?\s*)?"
    r"(?:se\s+(?:separat|särskilt|eget|sekretessbelagt)\s+(?:protokoll|beslut)\w*|"
    r"(?:protokollförs|redovisas|antecknas|behandlas)\s+i\s+(?:separat|särskilt|eget)\s+protokoll)[^.]*\.?$",
    re.IGNORECASE,
)
# "Beslöts att: a) anta …, b) uppdra … och c) höja …": letters without an opening parenthesis, in order
_BARE_LETTER = re.compile(r"(?:(?<=\s)|^)([a-h])\)\s+")


def _lettered_marks(text: str) -> list[re.Match]:
    """The "a) … b) …" marks of a text when there are two or more and they run a, b, c …"""
    marks = list(_BARE_LETTER.finditer(text))
    return marks if len(marks) >= 2 and [m.group(1) for m in marks] == list("abcdefgh"[: len(marks)]) else []


def _lettered_sentences(unit: str) -> list[str]:
    """A unit whose lettered items are whole sentences ("Val av funktionärer. a) Till ordförande valdes
    Eva Ek. b) Till sekreterare valdes Per Holm.") as its lead and one unit per item, so that each
    is read as a sentence of its own; items in lower case go on the lead ("Beslöts att: a) anta …")."""
    marks = _lettered_marks(unit)
    if not marks or not all(unit[m.end() : m.end() + 1].isupper() for m in marks):
        return [unit]
    ends = [m.start() for m in marks[1:]] + [len(unit)]
    lead = unit[: marks[0].start()].strip()
    return [piece for piece in [lead, *(unit[m.end() : end].strip() for m, end in zip(marks, ends))] if piece]


def _bare_lettered_items(text: str) -> list[str]:
    """A decision listing "a) … b) …" after its lead-in, one decision per item with the lead-in:
    "Beslöts att: a) anta planen, b) höja arvodet" gives "Beslöts att anta planen", "Beslöts att höja
    arvodet". The letters must run a, b, c … so that a stray "b)" in a sentence splits nothing."""
    marks = _lettered_marks(text)
    if not marks:
        return [text]
    lead = text[: marks[0].start()].strip().rstrip(":").strip()
    if not lead:
        return [text]
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [re.sub(r"(?:\s*[,;.]|\s+(?:och|samt))+\s*$", "", text[m.end() : end]).strip() for m, end in zip(marks, ends)]
    return [f"{lead} {item}" for item in items if item]


def _adopts_proposal_to_other_organ(finding: str, section: RawSection) -> bool:
    """"… och finner att utskottet bifaller det" under an arbetsutskott's "Förslag till beslut:
    Nämnden beslutar att …": the utskott's procedure on a proposal to another organ. Only its own
    "Beslut" block ("Arbetsutskottet föreslår nämnden besluta enligt förslaget") would decide."""
    organ = re.match(vocabulary.ORGAN, finding, re.IGNORECASE)
    rest = finding[organ.end() :] if organ else ""
    if not organ or not _BY_REFERENCE.match(re.sub(r"^\s*(?:har\s+)?\S+", "", rest)):
        return False
    texts = _proposal_texts(section.lines)
    # "Arbetsutskottets förslag till nämnden" over "Nämnden beslutar att …": the line under the heading
    lines = [line.strip() for _, line in section.lines if line.strip()]
    texts += [lines[k + 1] for k in range(len(lines) - 1) if _PROPOSAL_HEADING.match(lines[k])]
    proposals = [re.match(vocabulary.ORGAN, text, re.IGNORECASE) for text in texts]
    own = organ.group(0).lower().split()[-1]
    return any(p and not p.group(0).lower().endswith(own) for p in proposals)


_FORWARDED = "förslag till annat organ"
# "… och finner att arbetsutskottet bifaller det", "… det liggande förslaget och att utskottet bifaller det"
_CONSENTS = re.compile(r"(?P<organ>" + vocabulary.ORGAN + r")\s+(?:har\s+)?(?:bifaller|bifallit|biföll)\s+"
                       r"(?:det|detta|förslaget|dem|dessa)\b", re.IGNORECASE)


def _forwarded_proposals(section: RawSection) -> list[str]:
    """An utskott's item with no "Beslut" block of its own, whose "Förslag till beslut" is written in
    another organ's name ("Nämnden beslutar att …") and which the utskott consents to in the
    procedure ("… finner att arbetsutskottet bifaller det"): the proposal, sent on to that organ, is
    the item's decision."""
    consent = _CONSENTS.search(" ".join(line.strip() for _, line in section.lines))
    if not consent:
        return []
    lines = [line.strip() for _, line in section.lines if line.strip()]
    proposals = _proposal_texts(section.lines) + [lines[k + 1] for k in range(len(lines) - 1) if _PROPOSAL_HEADING.match(lines[k])]
    own = consent.group("organ").lower().split()[-1]
    return [p for p in proposals
            if (organ := re.match(vocabulary.ORGAN, p, re.IGNORECASE)) and not organ.group(0).lower().endswith(own)]


# A double name broken at its hyphen over a line: "valdes Anna-" / "Karin Holm." (a lower-case
# continuation, "Berg-" / "ström", is joined by ingest.clean already)
_BROKEN_NAME = re.compile(r"(?:^|\s)([A-ZÅÄÖÉ][a-zåäöé]+)-$")
_NAME_GOES_ON = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöé]+\b")


def _with_broken_names_joined(section: RawSection) -> RawSection:
    lines: list[tuple[int, str]] = []
    for page, raw in section.lines:
        line = raw.strip()
        broken = _BROKEN_NAME.search(lines[-1][1]) if lines else None
        if broken and _NAME_GOES_ON.match(line) and is_name_token(broken.group(1)):
            lines[-1] = (lines[-1][0], lines[-1][1] + line)
            continue
        lines.append((page, raw.rstrip()))
    return replace(section, lines=lines) if len(lines) != len(section.lines) else section


# An election's lead-in over the list of those elected: "Följande valdes:", "Till styrelse valdes:",
# "Årsmötet valde:", "Stämman utsåg följande till revisorer:" (never a proposal: "Valberedningen
# föreslår att följande väljs:")
_ELECTION_LIST_LEAD = re.compile(
    r"^(?P<lead>[A-ZÅÄÖ][^.:;]{0,60}?\b(?:om|ny)?(?:valdes|utsågs|valde|utsåg|väljs|utses|väljer|utser)\b[^.:;]{0,40}?)\s*:$")
# "Styrelsen konstituerades enligt följande:" / "Styrelsen konstituerade sig följande:" over its offices
_CONSTITUTED_LEAD = re.compile(r"^(?P<lead>[A-ZÅÄÖ][^.:;]{0,60}?\bkonstituera(?:des|de\s+sig)\b[^.:;]{0,40}?)\s*:$")
_NOT_ELECTED_YET = re.compile(r"(?i)\b(?:föresl\w*|nominer\w*|kandider\w*|ska|skall|bör|kan|kommer)\b")
_LIST_BULLET = re.compile(r"^[-•*–]\s+(?P<item>\S.*)$")


def _election_list_item(line: str) -> str | None:
    """One line of the list under an election lead-in: a bullet, a title label over a name
    ("Ordförande (1 år): Eva Ek") or a name with its title ("Eva Ek, kassör"), as written."""
    if (bullet := _LIST_BULLET.match(line)) and _looks_like_person_line(bullet.group("item")):
        return bullet.group("item").strip().rstrip(",;.")
    if _one_role_label(line) or _looks_like_person_line(line) and not _SENTENCE_END_MARK.search(line):
        return line.strip().rstrip(",;")
    return None


_SENTENCE_END_MARK = re.compile(r"[.!?]\s*$")
_LAST_SENTENCE = re.compile(r"^(?P<head>.*[.!?])\s+(?P<tail>[A-ZÅÄÖ][^.!?]*:)$")


def _with_election_lists_joined(section: RawSection) -> RawSection:
    """An election's lead-in and the list under it as one line, so the decision names who was
    elected: "Följande valdes:" / "Ordförande (1 år): Eva Ek" / "Kassör (2 år): Nils Borg" is
    "Följande valdes: Ordförande (1 år): Eva Ek; Kassör (2 år): Nils Borg", and "Till styrelse
    valdes:" over "- Eva Ek" / "- Per Lind" is "Till styrelse valdes Eva Ek och Per Lind". A lead-in
    over no list decides nothing."""
    lines, i, joined = list(section.lines), 0, False
    while i < len(lines):
        # the lead-in may end a line of running prose: "Till sekreterare valdes Lisa Berg. Styrelsen
        # konstituerades enligt följande:"
        split = _LAST_SENTENCE.match(lines[i][1].strip())
        before, last = (split.group("head") + " ", split.group("tail")) if split else ("", lines[i][1].strip())
        lead = _ELECTION_LIST_LEAD.match(last) or _CONSTITUTED_LEAD.match(last)
        if not lead or _NOT_ELECTED_YET.search(lead.group("lead")):
            i += 1
            continue
        items, j = [], i + 1
        while j < len(lines) and j - i <= _LIST_LINES and (item := _election_list_item(lines[j][1].strip())):
            items.append(item)
            j += 1
        if items:
            plain = all(_name_tokens_ok(item) for item in items)  # names alone: "Eva Ek och Per Lind"
            listed = (", ".join(items[:-1]) + " och " + items[-1] if len(items) > 1 else items[0]) if plain else "; ".join(items)
            lines[i:j] = [(lines[i][0], before + lead.group("lead") + (" " if plain else ": ") + listed + ".")]
        elif before:
            lines[i] = (lines[i][0], before.rstrip())  # the prose before the lead-in stays
        else:
            del lines[i]  # "Till revisor valdes:" over "Ingen kandidat fanns …": nobody was elected
        joined = True
        i += bool(items)
    return replace(section, lines=lines) if joined else section


def _decisions(section: RawSection, formal: bool) -> tuple[Decision, ...]:
    """The decisions of one section, each with the short name of the rule that found it:
    "beslutsblock" (under a decision marker), "organ i presens" (an organ acting in a protocol
    with blocks), "beslutsmening" (minutes without blocks), "+ att-sats" when split by clause."""
    section = _with_election_lists_joined(_with_broken_names_joined(section))
    segments = _segments(section)
    texts: list[tuple[str, bool, str]] = []
    if any(kind == "block" for kind, _, _ in segments):
        written = [t for kind, lines, _ in segments if kind == "block" for t in _block_decisions(lines)]
        for kind, lines, onward in segments:
            if kind == "block":
                texts += [(t, onward, "beslutsblock") for t in _block_decisions(lines)]
                continue
            # the procedure around the block: a vote on how to proceed, a consent to an annotation
            for text, how in _sentence_decisions([(0, line) for line in lines], formal=True, block_elsewhere=True):
                finding = _FINDING.search("finner att " + text) if how == "finding" else None
                if finding and _BY_REFERENCE.match(finding.group("rest")) or _restates(text, written) \
                        or _by_reference_act(text) or how == "finding" and _PUT_TO_THE_MEETING.search(text):
                    continue  # the block writes this decision out
                texts.append((text, False, "utanför beslutsblock"))
    elif forwarded := _forwarded_proposals(section):
        texts = [(t, True, _FORWARDED) for t in forwarded]
    else:
        rule = "organ i presens" if formal else "beslutsmening"
        texts = [(t, False, rule) for t, how in _sentence_decisions(section.lines, formal)
                 if not (how == "finding" and _adopts_proposal_to_other_organ(t, section))]
    if (titled := _title_decision(_heading_sentence(section))) and not _restates(titled, [t for t, _, _ in texts]):
        texts[0:0] = [(t, False, "rubrik som beslut") for t in _title_sentences(titled)]
    elif not texts and (led := _title_lead_decision(section)):
        texts.append((led, False, "rubrik leder in listan"))
    texts = [entry for entry in texts if not _PLACEHOLDER.match(entry[0])]
    reservations, vote = _reservations(section.text), _vote(section.text)
    proposals = _proposal_texts(section.lines)
    found = []
    for text, onward, rule in texts:
        text = _with_title(text, section.title) if rule == _FORWARDED else _with_proposal(_with_title(text, section.title), proposals)
        lettered = [item for part in _lettered_items(text) for item in _bare_lettered_items(part)]
        clauses = [n for item in lettered for c in _att_clauses(item) for n in _noted_then_decided(c)]
        suffix = " + att-sats" if len(clauses) > len(lettered) else " + delpunkt" if len(lettered) > 1 else ""
        found += [
            Decision(text=c, status=DecisionStatus.OVERLAMNAD if onward else _status(c),
                     rule=rule + suffix, reservations=reservations, vote=vote)
            for c in clauses
        ]
    return tuple(found)


# "Styrelsen noterade informationen och beslutade att begära besked": a note, then an act of its own
# ("Styrelsen beslutade att begära besked")
_NOTED_THEN = re.compile(
    r"^(?P<noted>(?P<organ>" + vocabulary.ORGAN + r")\s+(?:noterar|noterade|tar del av|tog del av|antecknar|antecknade)\b[^.;]*?)"
    r"[\s,]+(?:och|samt)\s+(?P<act>(?:beslutar|beslutade|beslöt)\s+att\s.*)$",
    re.IGNORECASE,
)


def _noted_then_decided(text: str) -> list[str]:
    match = _NOTED_THEN.match(text)
    return [match.group("noted"), f"{match.group('organ')} {match.group('act')}"] if match else [text]


def _with_title(text: str, title: str) -> str:
    """A one-word outcome alone under its item ("Motion om cykelställ" / "Bifalls.") decides the item:
    "Motion om cykelställ: Bifalls."."""
    if not _TERSE.match(text) or not title.strip():
        return text
    return f"{title.strip().rstrip('.:')}: {text}"


# "Sara Lind (V) reserverar sig", "Mot beslutet reserverar sig Per Ny (SD) och Eva Ås (SD)",
# "Reservation: Sara Lind (V)", "Reservationer anmäls av Sara Lind (V)": who, with the party.
_RESERVATION = re.compile(r"[^.\n]*\breserv(?:erar|erade|ation\w*)\b[^.\n]*", re.IGNORECASE)
_RESERVER = re.compile(r"(?:[A-ZÅÄÖÉ]\.\s*)?[A-ZÅÄÖÉ][\wåäöéü-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü-]+){1,2}(?:\s*\([^()]{1,12}\))?")
_PARTY_GROUP = re.compile(r"\(\s*(" + vocabulary.PARTY + r")\s*\)|\b(" + vocabulary.PARTY + r")-(?:gruppen|ledamöterna|ledamoten)\b")
# "7 ja, 4 nej, 2 avstår", "7 ja-röster mot 4 nej-röster", "med 7 röster mot 4"
_VOTE = re.compile(
    r"(\d+)\s*ja(?:-?röster)?\s*(?:,|och|mot)?\s*(\d+)\s*nej(?:-?röster)?"
    r"(?:\s*(?:,|och|samt)?\s*(\d+)\s*(?:avstår|avstod|avstående|nedlagda|ledamöter avstår))?"
    r"|med\s+(\d+)\s+röster\s+mot\s+(\d+)"
    # "12 röster för, 3 emot", "20 för och 2 emot, 1 avstår": associations count for and against
    r"|(\d+)\s*(?:röster\s+)?för\s*(?:,|och)?\s*(\d+)\s*(?:röster\s+)?(?:emot|mot)\b"
    r"(?:\s*(?:,|och|samt)?\s*(\d+)\s*(?:avstår|avstod|avstående|nedlagda|blanka))?",
    re.IGNORECASE,
)


def _reservations(text: str) -> tuple[str, ...]:
    """Who reserved themselves against the section's decision, as written; a party when no name is."""
    found: list[str] = []
    for clause in _RESERVATION.findall(text):
        if re.search(r"\bingen\s+reserv|\butan\s+reserv", clause, re.IGNORECASE):
            continue
        names = [m.group(0).strip() for m in _RESERVER.finditer(clause) if _name_tokens_ok(_PAREN.sub("", m.group(0)).strip())]
        if not names:
            names = [f"({vocabulary.party_of(g1 or g2)})" for g1, g2 in _PARTY_GROUP.findall(clause)]
        found += [n for n in names if n not in found]
    return tuple(found)


def _vote(text: str) -> str | None:
    match = _VOTE.search(text)
    if not match:
        return None
    yes, no, abstain, yes2, no2, yes3, no3, abstain3 = match.groups()
    if yes2:
        return f"{yes2} röster mot {no2}"
    if yes3:
        yes, no, abstain = yes3, no3, abstain3
    return f"{yes} ja, {no} nej" + (f", {abstain} avstår" if abstain else "")


# ---------------------------------------------------------------- persons

# ("§§ 11- del av 34": from item 11 to part of item 34)
_NOTE = re.compile(r",?\s*§§?\s*\d+(?:\s*[-–]\s*(?:\d+|del\s+av\s+\d+)?)?(?:\s*,\s*\d+)*")
_PAREN = re.compile(r"\(([^()]*)\)")
# A handle or nickname in lower case ("lisab", "kalle_j", "ante.b"); organisations are capitalised.
_HANDLE = re.compile(r"[a-zåäö][a-zåäö0-9_.-]*")
_HANDLE_BEFORE_NAME = re.compile(r"^\s*[a-zåäö][a-zåäö0-9_.-]*\s*\(([^()]+)\)(.*)$")
# "tjänstgör för", "(tjänstgörande) ersättare för", and "ersätter" with or without "för" ("Maria Vik (M) ersätter Per Ny (M)")
_SERVES_FOR = re.compile(r"\b(tjänstgör(?:ande)? för|(?:tjänstgörande )?ersättare för|ersätter(?: för)?)(?=\s)", re.IGNORECASE)
_NAME_RUN = re.compile(r"[A-ZÅÄÖÉÜ][\wåäöéü'-]*(?:\s+[A-ZÅÄÖÉÜ][\wåäöéü'-]*){1,3}")
# "Per Holm (M) (ers Eva Ek (M))", "Per Holm (ers. Eva Ek (M))": who serves in whose place, in parentheses
_SERVES_IN_PARENTHESES = re.compile(
    r"\(\s*(?:(?:tjg\.?\s+|tjänstgörande\s+)?(?:ers\.?|ersättare)(?:\s+för)?|ersätter|tjg\.?\s+för|tjänstgör\s+för|"
    r"i\s+stället\s+för)\s+"
    r"(?P<absent>[A-ZÅÄÖÉÜ][\wåäöéü'-]*(?:\s+[A-ZÅÄÖÉÜ][\wåäöéü'-]*){1,3}(?:\s*\([^()]{1,12}\))?)\s*\)",
    re.IGNORECASE)


def _served_written_out(text: str) -> str:
    """ "Per Holm (M) (ers Eva Ek (M))" as the attendance lists write it out: "Per Holm (M) tjänstgör
    för Eva Ek (M)"."""
    return _SERVES_IN_PARENTHESES.sub(lambda m: " tjänstgör för " + m.group("absent"), text)


_NAME_PARTICLES = ("von", "af", "van", "de", "der", "du")


def _name_tokens_ok(name: str) -> bool:
    tokens = name.split()
    if common_nouns_only(tokens):
        return False  # "Service Inköp, Service Fastighet": units, no persons
    return 2 <= len(tokens) <= 4 and all(
        is_name_token(t)
        or (i > 0 and t[:1].isupper() and t.isalpha() and not is_role_word(t) and not is_organisation_word(t)
            and not (t.isupper() and len(t) <= 3))  # "YHA", "KS": an acronym is no part of a name
        or (0 < i < len(tokens) - 1 and t in _NAME_PARTICLES)  # "Kerstin von Braun"
        for i, t in enumerate(tokens)
    ) and is_name_token(tokens[0])


def _parse_entry(entry: str, default_role: str | None) -> Person | None:
    """One attendance entry: "Gunilla Berglund, ordförande (Avesta kommun)", "Anna Lindqvist (S)",
    "Ordförande Eva Strand", "Carl-Göran Svensson (C), ordförande", "Ordförande, Albin Otterhäll".

    Comma parts after the name are the role when they are a lower-case title ("ordförande",
    "förtroendevald revisor", "verksamhetsledare Samverkansteam Granåsen" = role + organisation) and
    the organisation when they are a name ("Granåsens kommun", "Region Västermark",
    "Försäkringskassan", corpus/ 05-16 and 09-19: "Åsa Grönwall (M), Granåsens kommun"). A parenthesis
    holds the party, the organisation, or a title: "(Älvby kommun, kommunstyrelsens ordförande)",
    "(antecknare)" (corpus/ 2024-04-18); a title there is used only when none is written outside.
    """
    if (aliased := _HANDLE_BEFORE_NAME.match(entry)) and _name_tokens_ok(aliased.group(1).strip()):
        entry = aliased.group(1) + aliased.group(2)
    entry = _without_document_headings(entry)
    party = organisation = paren_role = None
    for inner in _PAREN.findall(entry):
        inner = inner.strip()
        if vocabulary.party_of(inner):
            party = party or vocabulary.party_of(inner)
        elif vocabulary.is_title_acronym(inner):
            paren_role = paren_role or inner  # "Eva Lund (MAS)": a title, no party
        elif are_initials_of(inner, entry.split("(")[0]):
            continue  # "Eva Ek (EE)": the initials an attendance list adds, no organisation
        elif inner.lower() in ("adjungerad", "adjungerade", "ersättare", "suppleant", "revisor"):
            paren_role = paren_role or inner.lower()  # "Sara Ny (adjungerad)": how she takes part
        elif _HANDLE.fullmatch(inner) and not (is_role_word(inner) or vocabulary.is_role_abbreviation(inner)):
            continue  # "Lisa Berg (lisab)": a user name beside the name, no organisation
        elif re.fullmatch(r"[-–—]", inner):
            continue  # "Gun Ek (-)": a member who left her party, no party and no organisation
        elif inner and not re.search(r"\d|§|\bbilaga|\bse\b", inner, re.IGNORECASE):
            pieces = [p.strip() for p in inner.split(",") if p.strip() and not _PRESENCE_NOTE.match(p.strip())]
            titles = [p for p in pieces if any(is_role_word(w) or vocabulary.is_role_abbreviation(w) for w in p.split())]
            paren_role = paren_role or (titles[0] if titles else None)
            others = ", ".join(p for p in pieces if p not in titles)
            organisation = organisation or others or None
    entry = _PAREN.sub(" ", entry)
    entry = _NOTE.sub(" ", entry).strip(" ,;.")
    entry = _TRAILING_AND.sub("", entry)  # "Per Ny, och" / "Eva Ek": the list goes on, "och" is no title
    # "Anna Ek, S, ordförande", "Lisa Holm S", "Per Ny – M": a party in capitals without parentheses
    if (bare := _BARE_PARTY.search(entry)) and _looks_like_name(entry[:bare.start()].strip(" ,–-")):
        party = party or vocabulary.party_of(bare.group(1))
        entry = entry[:bare.start()] + entry[bare.end():]
    # "Name, hus 3", "Name, lgh 1102": a BRF member's house or flat, no title; "Name – från punkt 4",
    # "Name, till kl. 20": when the person came or left, no title
    parts = [p.strip() for p in entry.split(",") if p.strip() and not _ADDRESS_PART.fullmatch(p.strip())
             and not _PRESENCE_NOTE.match(p.strip())]
    if not parts:
        return None
    name = None
    role_parts: list[str] = []
    for part in parts:
        words = part.split()
        if name is None:
            glued = words[len(_without_glued_label(words)):]
            words = words[:len(words) - len(glued)]
            if glued and all(is_role_word(w) for w in glued):
                role_parts.append(" ".join(glued).lower())  # "Björn Ek<TAB>Ordförande": the title column
            # leading title words: "Ordförande Eva Strand", "vice ordförande Nina Jones"
            k = _leading_title(words)
            candidate = " ".join(words[k:])
            if _name_tokens_ok(candidate) or (split := _name_then_title(words[k:])):
                name = candidate if _name_tokens_ok(candidate) else split[0]
                if k:
                    role_parts.append(" ".join(words[:k]))
                if not _name_tokens_ok(candidate):
                    role_parts.append(split[1])
                continue
            if k == len(words) or (not role_parts and len(words) <= 3 and not _part_has_name(part)):
                role_parts.append(part)
                continue
            return None
        role_parts.append(part)
    if name is None:
        return None
    role = None
    organisations: list[str] = []
    for written in role_parts:
        if role is None and vocabulary.is_title_acronym(written):
            role = written  # "Eva Lund, MAS", "Per Holm, tf. MAS"
            continue
        if _organisation_word(written):
            organisations.append(written)  # "Lena Ek, vårdförbundet": an organisation in lower case
            continue
        if role is None and _JOINED_TITLE.fullmatch(written) and is_role_word(written.split()[-1]):
            role = written.lower()  # "HR & Kommunikationschef": one title of two fields, no organisation
            continue
        if not _is_title(written):
            if _organisation_phrase(written):
                organisations.append(written)
            continue
        if role is not None:
            continue
        words = written.split()
        k = 0
        while k < len(words) and (words[k][:1].islower() or k == 0 or is_role_word(words[k])):
            k += 1
        # "verksamhetsledare för samverkansteamen" (corpus/ 09-19): the title ends before the preposition
        end = next((i for i in range(1, k) if words[i] in ("för", "vid", "hos", "på", "i")), k)
        role = " ".join(words[:end])
        if (rest := " ".join(words[k:]).strip(" ,")) and rest[:1].isupper() and _organisation_phrase(rest, after_title=True):
            organisations.append(rest)
    role = canonical_role(role) or canonical_role(paren_role) or default_role
    # "Per Ek (KD), vice ordförande Ek (KD)": a neighbouring column repeats the surname, no organisation
    organisations = [o for o in organisations if o not in name.split()]
    return Person(name=name, role=role, organisation=organisation or ", ".join(organisations) or None, party=party)


_TRAILING_AND = re.compile(r"(?:\s*,)?\s+(?:och|samt)$")
_BARE_PARTY = re.compile(r"(?:\s*,\s*|\s+[–-]\s+|\s+)(" + "|".join(PARTIES + vocabulary.HISTORICAL_PARTIES) + r")(?=\s*(?:,|$))")
_ADDRESS_PART = re.compile(r"(?i)(?:hus|lgh|lägenhet|nr|port|trappa|uppgång)\.?\s*\d+[a-z]?")
_PRESENCE_NOTE = re.compile(
    r"(?i)(?:(?:från|fr\.\s?o\.\s?m\.?|till|t\.\s?o\.\s?m\.?|efter|före|under|ej|ej närvarande)\s+(?:och med\s+)?"
    r"(?:punkt|p\.|§|kl\.?|klockan|\d)|(?:anslöt|lämnade|gick|kom)\b|del av mötet\b|delvis\b|(?:på\s+)?distans$|"
    # "Lasse Norén (anm förhinder)", "(sjuk)": why someone is absent
    r"(?:anm(?:\.|äl[dt]a?)?\s+)?förhinder$|sjuk$|"
    # "…, Ove Alm (S), samtliga §§ 1-12": the whole list was there for all items, no title
    r"(?:samtliga|alla|hela\s+mötet)(?:\s+(?:paragrafer|ärenden|punkter))?$|"
    # "Emma Ek (M), §§ 11- del av 34": the items she was there for
    r"§§?\s*\d)"
)


def _without_glued_label(words: list[str]) -> list[str]:
    """ "Simon Ek Paragrafer": the label of the next column glued to a name by the text layer."""
    while len(words) > 2 and words[-1][:1].isupper() and (is_organisation_word(words[-1]) or is_role_word(words[-1])
                                                           or _document_heading(words[-1])):
        words = words[:-1]
    return words


_DOCUMENT_NOUN = re.compile(r"(?i).*(?:protokoll|protokollet|kallelse|utdrag|sammanträde|dagordning|föredragningslista|ärendelista|ärendeförteckning)")


def _without_document_headings(entry: str) -> str:
    """ "Per Holm (M), SAMMANTRÄDESPROTOKOLL": the page heading a text layer puts on an entry's line."""
    return re.sub(r"[,\s]*\b[A-ZÅÄÖ]{4,}\b", lambda m: "" if _document_heading(m.group(0).strip(", \t")) else m.group(0), entry)


def _document_heading(word: str) -> bool:
    """ "SAMMANTRÄDESPROTOKOLL", "PROTOKOLLSUTDRAG": a page heading in capitals beside a name, no surname."""
    return word.isupper() and len(word) > 3 and bool(_DOCUMENT_NOUN.fullmatch(word))


def _organisation_word(part: str) -> bool:
    """A lower-case word that is an organisation's name: "vårdförbundet", "kommunal", "försäkringskassan"."""
    word = part.strip()
    capital = word[:1].upper() + word[1:]
    return (word[:1].islower() and " " not in word and not is_role_word(word)
            and (capital in vocabulary.UNIONS or capital.lower().endswith(_ORGANISATION_ENDINGS)))


_ORGANISATION_ENDINGS = ("förbundet", "förbund", "kassan", "förmedlingen", "verket", "myndigheten", "kommun", "regionen")


# Verbs of attendance lists ("Maria Vik ersätter Peter", "Per Ny lämnar mötet § 5"): a phrase with one is
# a sentence, never the name of an organisation
_ATTENDANCE_VERB = re.compile(
    r"\b(?:ersätter|ersatte|tjänstgör|tjänstgjorde|deltar|deltog|närvarar|närvarade|lämnar|lämnade|anländer|"
    r"anlände|ansluter|anslöt|avviker|avvek|går|gick|kommer|kom|är|var|har|hade)\b"
)


def _organisation_phrase(text: str, after_title: bool = False) -> bool:
    """Whether text beside a person can be their organisation: a noun phrase ("Region Dalarna",
    "Granåsens kommun"; after a title also "Vuxenpsykiatri Region Dalarna"), not a name the run did
    not split off nor words of a neighbouring column that make a sentence ("Maria Vik ersätter Peter")."""
    if _COMPANY_FORM.search(text):
        return True  # "Norrby Fastigheter AB", "Ekby Bygg HB": a company, whatever its words look like
    named = _name_tokens_ok(text) if after_title else _looks_like_name(text)
    return not named and not _ATTENDANCE_VERB.search(text)


# the legal form a company's or association's name carries
_COMPANY_FORM = re.compile(r"(?:^|\s)(?:AB|HB|KB|Aktiebolag|Handelsbolag|Kommanditbolag|[Ee]k\.\s?för\.?|Brf|BRF)(?=\s|$)")


def _leading_title(words: list[str]) -> int:
    """How many of the words are a title before a name: "Ordförande", "vice ordförande", and a
    compound title written with a hyphen ("Säkerhets- och beredskapschef Jonas Wik"), a title shortened
    before a name ("vice ordf. Eva Ek", "sekr Per Holm")."""
    k = 0
    while k < len(words):
        if is_role_word(words[k]) or words[k].lower() in ("vice", "digital", "digitalt"):
            k += 1
        elif words[k][:1].islower() and vocabulary.is_role_abbreviation(words[k]) and k + 1 < len(words):
            k += 1
        elif (k + 2 < len(words) and re.fullmatch(r"[A-ZÅÄÖa-zåäö]+-", words[k]) and words[k + 1] in ("och", "eller")
              and is_role_word(words[k + 2])):
            k += 3
        else:
            break
    return k


_ORDINAL = re.compile(r"^(?:\d[:-][ae]|förste|första|andre|andra|tredje)$")


def _name_then_title(words: list[str]) -> tuple[str, str] | None:
    """ "Anna Ek ordförande", "Per Ny 1:e vice ordförande" (a party in parentheses taken out before):
    the name and the title written after it without a comma, or None."""
    for n in (3, 2):
        title = words[n:]
        if (len(words) > n and _name_tokens_ok(" ".join(words[:n]))
                and any(is_role_word(w) or vocabulary.is_role_abbreviation(w) for w in title)
                and all(w[:1].islower() or _ORDINAL.match(w) for w in title)):
            return " ".join(words[:n]), " ".join(title)
    return None


def _looks_like_name(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and is_name_token(words[0]) and (words[1][:1].isupper() or words[1] in _NAME_PARTICLES)


_JOINED_TITLE = re.compile(r"[\wåäöÅÄÖ-]+\s*&\s*[\wåäöÅÄÖ-]+")


def _is_title(part: str) -> bool:
    """A role title ("ledamot", "vice ordförande", "Förbundschef", "socialnämndens ordförande")
    rather than an organisation ("Granåsens kommun", "Försäkringskassan", "Samverkansteam Älvby")."""
    words = part.split()
    # a capitalised word before the title makes it a name ("Punkt Vad Föredragande", a table heading)
    return bool(words) and (words[0][:1].islower() or _leading_title(words) > 0
                            or any(is_role_word(w) for w in words) and not words[0][:1].isupper())


def _split_run(text: str) -> list[str]:
    """Split the persons of one attendance line into entries.

    Several persons may run together on one line (004: "Gunilla Berglund, ordförande (Avesta kommun)
    Per-Inge Nyberg, ledamot (Region Dalarna) … § 27-34 Carina Gustavsson, ledamot"): a name that
    follows a closing parenthesis, a "§ N" note, or a lower-case title and is followed by a comma
    starts a new entry. Then comma parts are grouped: a part that holds a name (after optional
    title words, "vice ordförande Nina Jones") starts a new entry once the current one has a name;
    other parts (titles, organisations) belong to the current entry.
    """
    text = re.sub(r"\s*(?:…|\.\.\.)\s*$", "", _served_written_out(text))  # "…, Lisa Sund (C) …": the list's trailing ellipsis
    text = _PAREN.sub(lambda m: "(" + m.group(1).replace(",", "\u0001").replace(" och ", " \u0002 ") + ")", text)
    text = _SHARED_TITLE.sub(_share_title, text)
    text = re.sub(r"\s+och\s+(?=[A-ZÅÄÖ])", ", ", text)
    # "Kim Dahl samt Sara Ny (adjungerad)": one more person; "… kommun, samt Region Dalarna" goes on
    text = re.sub(r"\s+samt\s+(?=([A-ZÅÄÖ][a-zåäö]+)\s+[A-ZÅÄÖ])",
                  lambda m: ", " if is_name_token(m.group(1)) else m.group(0), text)
    # "förbundschef Henrik Wallmark och förbundssekreterare Lena Forsgren" (corpus/ 2024-04-18)
    text = re.sub(
        # not the "och" inside "säkerhets- och beredskapschef", but the one before it
        r"(?<!-)\s+och\s+(?=(?:vice\s+)?([a-zåäö][\wåäö-]*)(?:\s+och\s+([a-zåäö]+))?\s+[A-ZÅÄÖ])",
        lambda m: ", " if is_role_word(m.group(2) or m.group(1)) else m.group(0),
        text,
    ).replace("\u0002", "och")
    name = r"[A-ZÅÄÖÉ][\wåäöéü-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü-]+){1,2}"
    # "Eva Ek (KD) ordförande Per Holm (C)": a title after the party is its person's, before the next name
    text = re.sub(r"(?<=\))\s+((?:\d[:-]e\s+)?(?:vice\s+)?[a-zåäö][\wåäö-]*)\s+(?=" + name + ")",
                  lambda m: f" {m.group(1)}\n" if is_role_word(m.group(1).split()[-1]) else m.group(0), text)
    text = re.sub(r"(?<=\))\s+(?=" + name + ")", "\n", text)
    # "Erik Sten (M) Lund (M)" (columns joined): a lone surname with its party is no part of the name before
    text = re.sub(r"(?<=\))\s+(?=[A-ZÅÄÖÉ][a-zåäöé]+\s*\([^()]*\))", "\n", text)
    text = re.sub(r"(§\s*\d+(?:\s*[-–]\s*\d+)?)\s+(?=" + name + ")", r"\1\n", text)
    if not _leading_title(text.split()):  # "Name, title" layout; "Title Name, title Name" needs no split
        # "… ordförande Maria Vik ersätter Peter": a name that serves for someone starts an entry too
        text = re.sub(r"(?<![\wåäöÅÄÖ-])(?!(?:för|ersätter|tjänstgör)\b)([a-zåäö][\wåäö-]*)\s+(?=" + name + r"(?:\s*\([^()]*\))?\s*(?:,|ersätter\b|tjänstgör\b|för\s+[A-ZÅÄÖ]))",
                      _split_if_name, text)
    entries: list[str] = []
    for chunk in (c.strip() for c in re.split(r"[;\n]", text)):
        current: list[str] = []
        has_name = False
        for part in (q for p in chunk.split(",") for q in _two_names(p.strip())):
            if not part:
                continue
            part_has_name = _part_has_name(part)
            if current and has_name and part_has_name:
                entries.append(", ".join(current))
                current, has_name = [], False
            current.append(part)
            has_name = has_name or part_has_name
        if current:
            entries.append(", ".join(current))
    return [e.replace("\u0001", ",").strip(" ,") for e in entries if e.strip(" ,")]


_PERSON_NAME = r"[A-ZÅÄÖÉ][\wåäöéü-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü-]+){1,2}"
# "Sofia Rask, Jonatan Bäckström och Malin Torstensson, verksamhetsledare …" (corpus/ 09-19)
_SHARED_TITLE = re.compile(
    rf"((?:{_PERSON_NAME},\s+)*{_PERSON_NAME})\s+och\s+({_PERSON_NAME}),\s+([a-zåäö][^,()§]*?)(?=\s*(?:[,§(]|$))"
)


def _share_title(match: re.Match) -> str:
    """Give each name of "A, B och C, titel" the title written once after the last."""
    names = [n.strip() for n in match.group(1).split(",")] + [match.group(2)]
    if not all(_name_tokens_ok(n) for n in names) or not any(is_role_word(w) for w in match.group(3).split()):
        return match.group(0)
    return ", ".join(f"{name}, {match.group(3)}" for name in names)


def _split_if_name(match: re.Match) -> str:
    following = match.string[match.end() :]
    first = following.split()[0] if following.split() else ""
    return match.group(1) + "\n" if is_name_token(first) else match.group(0)


def _two_names(part: str) -> list[str]:
    """ "Patrik Ek Nils Berg": two names of a signature or attendance row joined by one space, never
    one person of four words (both halves must open with a name the dictionary knows)."""
    words = part.split()
    if (len(words) == 4 and _name_tokens_ok(part) and not set(words) & set(_NAME_PARTICLES)
            and is_proper_noun(words[0]) and is_proper_noun(words[2])):
        return [" ".join(words[:2]), " ".join(words[2:])]
    return [part]


def _part_has_name(part: str) -> bool:
    part = _SERVES_FOR.split(part, maxsplit=1)[0]  # "Maria Vik (M) ersätter Per Berg (M)" names Maria Vik
    words = _without_glued_label(_NOTE.sub(" ", _PAREN.sub(" ", part)).strip(" .;").split())
    k = _leading_title(words)
    return _name_tokens_ok(" ".join(words[k:])) or _name_then_title(words[k:]) is not None


def _is_name_list(text: str) -> bool:
    parts = [p.strip() for p in _PAREN.sub("", text).split(",") if p.strip()]
    return len(parts) >= 2 and all(_name_tokens_ok(p) for p in parts)


_SIGNATURE_RULE = re.compile(r"\s*[._]{4,}\s*")

# Election and nomination lists write the party before the name: "(MP) Jonas Berg", "(KD) Eva Lund,
# ordförande", "Ordförande (S) Anna Ek", "(s) Anna Ek". A lower-case letter ("(c) Anna Ek föreslår …")
# may be the third item of a lettered list: a party only before a name that ends its entry.
_PARTY_FIRST = re.compile(
    r"\(\s*(" + vocabulary.PARTY + r")\s*\)[ \t]+([A-ZÅÄÖÉ][\wåäöéü-]+(?: [A-ZÅÄÖÉ][\wåäöéü-]+){1,2})"
)


def _party_after_name(text: str) -> str:
    """ "(MP) Jonas Berg" written as "Jonas Berg (MP)", the order every other rule reads. Not when a
    name stands right before the parenthesis ("Anna Ek (S) Per Ny": the party is Anna Ek's)."""
    def move(match: re.Match) -> str:
        written = match.group(1)
        before = match.string[max(0, match.start() - 80):match.start()]
        previous = before.split()[-1] if before.split() else ""
        if re.search(r"\S[ ]?\Z", before) and is_name_token(previous):
            return match.group(0)
        words = match.group(2).split()
        name = next((" ".join(words[:n]) for n in (3, 2) if len(words) >= n and _name_tokens_ok(" ".join(words[:n]))), None)
        if name is None:
            return match.group(0)
        rest = " ".join(words[len(name.split()):])
        after = match.string[match.end():match.end() + 3]
        if written.islower() and len(written) == 1 and (rest or not re.match(r"\s*(?:$|\n|,|\t|  )", after)):
            return match.group(0)
        return f"{name} ({vocabulary.party_of(written)})" + (" " + rest if rest else "")
    return _PARTY_FIRST.sub(move, text)



# The term of office beside a name in an election table ("Eva Ek   Nyval 2 år", "Lisa Berg | Vald till
# 2027"): what the meeting decided about the person, never part of the name or an organisation
_TERM_OF_OFFICE = re.compile(
    r"(?:\s*,\s*|\s+[–-]\s+|\s+)(?i:(?:ny|om|fyllnads|åter)val|(?:ny|om|in)?vald|kvarstår|mandattid)\b"
    r"[^,]*?(?:\d\s*år|\b(?:19|20)\d\d)\b[^,]*$"
    # "Eva Ek   2 år, nyval", "Per Holm   1 år kvar", "Lisa Berg, 2 år": the years first
    r"|(?:\s*,\s*|\s{2,}|\t+)\d\s*år\b(?:\s*,?\s*(?i:nyval|omval|fyllnadsval|kvar|återstår|mandattid))?\s*$"
    # the column's header: "Ordinarie ledamöter   Mandattid"
    r"|(?:\s{2,}|\t+)(?i:mandattid|mandatperiod|mandat|invald till|vald till|period)\s*$"
)

_HARD_BREAK = re.compile(r"\s*\\$")
# A Markdown heading that labels attendance ("## Närvarande" above a list) when the document's items
# are § paragraphs, so the heading was no item of segment's: the label it stands for
_MARKDOWN_LABEL = re.compile(r"^#{1,6}\s*(?P<label>[^#].*?)\s*#*\s*$")


def _markdown_label(line: str) -> str:
    match = _MARKDOWN_LABEL.match(line)
    if match and vocabulary.ATTENDANCE_HEADINGS.match(match.group("label")):
        return vocabulary.attendance_label(match.group("label"))  # as segment reads it over numbered items
    return line
# A label in bold at the start of a Markdown line: "**Närvarande:**", "__Deltagare__:"
_BOLD_LABEL = re.compile(r"^(\*\*|__)([^*_]{2,40}?)\1")
# The right-hand label of a signature box on the name's row ("Eva Ek   Paragrafer § 1-11"): no title
_SIGNATURE_BOX_LABEL = re.compile(r"(?i)\s+(?:paragrafer|paragraf|§§?)\s*(?:§\s*)?\d+(?:\s*[-–,]\s*\d+)*\s*$")
# Labels in the plural head a list below them, never a caption under a signature above them
_LIST_LABELS = frozenset({"ledamöter", "ordinarie ledamöter", "styrelseledamöter", "suppleanter", "revisorer",
                          "revisorssuppleanter"})


# A participant list of one person a line with how to reach them: "Eva Ek, Norrby, 070-123 45 67",
# "Per Holm, Ekby, per@example.se": a phone number or an e-mail address as a comma part
_CONTACT_PART = re.compile(r"(?:\+46|0)\s*\d{1,4}(?:[\s/-]*\d){5,9}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _without_contacts(line: str, contact_list: bool) -> str:
    """A row of a contact list without its phone number, e-mail address and home town ("Eva Ek,
    Norrby, 070-123 45 67" → "Eva Ek"): the town is a short capitalised part beside them (or in
    another row of the same list), never the person's organisation; a lower-case title and a part
    with an organisation word ("Brf Eken") stay."""
    if not contact_list:
        return line
    parts = [p.strip() for p in line.split(",")]
    kept = parts[:1]
    for part in parts[1:]:
        words = part.split()
        if _CONTACT_PART.fullmatch(part) or not words:
            continue
        if len(words) <= 2 and all(w[:1].isupper() and w.isalpha() and not is_organisation_word(w) and not is_role_word(w)
                                   for w in words):
            continue  # the home town
        kept.append(part)
    return ", ".join(kept)


# the mark of an attendance list's item ("- Eva Ek", "• Per Holm")
_ATTENDANCE_BULLET = re.compile(r"^[-•*]\s+")


def _attendance_persons(front: list[tuple[int, str]]) -> list[Person]:
    """Persons of the labelled attendance and signature blocks.

    PDF text layers wrap a run-on block ("Beslutande Ingegerd Halvarsson, ordförande (Älvby kommun)
    Torbjörn Näslund, vice" / "ordförande (Region Västermark) …", corpus/ 01-25 and 09-19): a line is
    the previous one going on when that ended in a comma, or when it starts with a parenthesis, a
    "§" note, a lower-case word, or a lone surname ("Vikström, ledamot …" after "… Katarina").
    Signature blocks: "Sekreterare ........" above the name (corpus/ PDFs, "Underskrifter
    Sekreterare" on one line), or the title as a caption under the name ("Ingegerd Halvarsson" /
    "Ordförande", corpus/ kallelse).
    """
    persons: list[Person] = []
    # a Markdown hard break ("Närvarande:\\" over a bullet list) ends the label, it is no entry
    joined = _join_double_names(_join_hyphenated(_unfold_columns(_join_served_surnames(_join_broken_labels(
        _split_run_on_labels(front))))))
    raw_lines = [_SIGNATURE_BOX_LABEL.sub("", _HARD_BREAK.sub("", _BOLD_LABEL.sub(r"\2", re.sub(r"^\+\s+", "- ", _markdown_label(line.strip())))))
                 for _, line in joined]
    indents = [len(line) - len(line.lstrip()) for _, line in joined]
    rows = _table_rows([_party_after_name(_NICKNAME.sub(r"\1 ", _spelled_out(_SIGNATURE_RULE.sub(" ", line).strip())))
                        for line in raw_lines])
    lines = [_TERM_OF_OFFICE.sub("", _TITLE_DASH.sub(", ", _dash_list(_name_columns(row)))) for row in rows]
    i = 0
    while i < len(lines):
        if _is_role_row(raw_lines[i]):
            i += 2  # a row of signature roles and its row of names: see _signature_rows
            continue
        match = vocabulary.ATTENDANCE_LABEL.match(lines[i])
        if not match and (bullet := _ATTENDANCE_BULLET.match(lines[i])) and i + 1 < len(lines) \
                and (inner := vocabulary.ATTENDANCE_LABEL.match(lines[i][bullet.end():])) and not inner.group("rest").strip() \
                and _looks_like_person_line(_ATTENDANCE_BULLET.sub("", lines[i + 1])):
            match = inner  # "- Övriga" over "- Lisa Sund": a nested list's label (Markdown loses the nesting)
        if match and not match.group("rest").strip() and i > 0 and _breaks_off(lines[i - 1]):
            match = None  # "… utses till valberedningens" / "ordförande": the end of a sentence
        if not match:
            persons += _role_label_persons(lines[i])
            i += 1
            continue
        rest = match.group("rest").strip()
        below = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
        start = i if rest else below
        prose, end = _wrapped_prose_attendance(lines, start, rest) if start is not None else (None, i)
        if prose:
            role = vocabulary.label_role(match.group("label"))
            persons += [replace(p, role=p.role or role) for p in prose]
            i = end
            continue
        if rest and not (any(_names_a_person(part) for _, part in _inline_organisations(rest))
                         or rest.endswith(",") or _label_chain(rest)):
            i += 1  # "Beslutande: se bilaga 1", "Sekreterare: vakant": the lines below are not its list
            continue
        inner = vocabulary.ATTENDANCE_LABEL.match(match.group("rest"))
        if inner and not inner.group("rest"):
            match = inner  # "Underskrifter Sekreterare": the inner label names the role
        label = match.group("label").lower()
        default_role = vocabulary.label_role(label)
        if (
            not match.group("rest") and default_role and label not in _LIST_LABELS and i > 0 and raw_lines[i] == lines[i]
            and not lines[i].endswith(":") and _name_tokens_ok(lines[i - 1]) and len(lines[i - 1].split()) <= 3
            and not (i + 1 < len(lines) and not lines[i + 1] and raw_lines[i + 1])  # a rule to sign on follows
            # "Lisa Holm" / "Kim Dahl" / "Protokollförare" / "Eva Lund": the end of a list, then a label over a name
            and not (i > 1 and _looks_like_person_line(lines[i - 2]) and i + 1 < len(lines) and _name_tokens_ok(lines[i + 1]))
            # "Revisor" / "Ingrid Hed" / "Revisorssuppleant" / "Bo Kvist": a label over each name, no caption
            and not (i > 1 and _bare_label(lines[i - 2]) and i + 1 < len(lines) and _name_tokens_ok(lines[i + 1]))
        ):
            persons.append(Person(lines[i - 1], default_role))  # a caption under a signature
            i += 1
            continue
        body = [match.group("rest")] if match.group("rest") else []
        j = i + 1
        if not body and label in ("sekreterare", "ordförande", "justerande"):
            # "Sekreterare" / "Kommunkansliet," / "Avesta" / "Maria Hellgren" (seed 004): the signer's
            # name may come after the unit
            ahead = next((k for k in range(j, min(j + 6, len(lines))) if vocabulary.ATTENDANCE_LABEL.match(lines[k]) or _name_tokens_ok(lines[k])), None)
            if ahead is not None and not vocabulary.ATTENDANCE_LABEL.match(lines[ahead]):
                body, j = [lines[ahead]], ahead + 1
        # following lines belong to the block while they read as persons (one per line, list items)
        organisation_of: dict[int, str] = {}  # body line → the organisation heading above it
        organisation = None
        while j < len(lines):
            line = _ATTENDANCE_BULLET.sub("", lines[j])
            if not line:
                # the right column of a two-column head goes on below a blank line, at the same indent
                goes_on = (j + 1 < len(lines) and 0 < indents[j - 1] == indents[j + 1]
                           and _looks_like_person_line(lines[j + 1]) and not vocabulary.ATTENDANCE_LABEL.match(lines[j + 1]))
                # a run-on list carried over a blank line: the next line goes on with names in its shape
                goes_on = goes_on or bool(
                    body and j + 1 < len(lines) and bool(_ATTENDANCE_BULLET.match(lines[j - 1])) == bool(_ATTENDANCE_BULLET.match(lines[j + 1]))
                    and _list_goes_on(body[-1], _ATTENDANCE_BULLET.sub("", lines[j + 1]), len(body)))
                if body and not goes_on:
                    break
                j += 1
                continue
            if body and lines[j] == line and _title_goes_on(body[-1], line):
                body[-1] += " " + line  # "Per Holm (M), 1:e vice" / "ordförande": one title
                j += 1
                continue
            if vocabulary.ATTENDANCE_LABEL.match(line) or _beside_role_row(raw_lines, j):
                break  # a row of names over a row of roles is paired by _signature_rows
            if body and lines[j] == line and _unit_of_title(body[-1], line):
                body[-1] = _join_unit(body[-1], line)
            elif body and lines[j] == line and (_wrapped(body[-1], line) or _surname_goes_on(body[-1], line)
                                                or _served_goes_on(body[-1], line)):
                body[-1] += " " + line
            elif _looks_like_person_line(line) or ((lines[j] != line or _SURNAME_INITIAL.match(line)) and _first_name_entries(line)):
                body.append(line)
                if organisation:
                    organisation_of[len(body) - 1] = organisation
            elif (heading := _ORGANISATION_HEADING.fullmatch(line)) and not _looks_like_person_line(heading.group(1)):
                organisation = heading.group(1)  # "Region Dalarna:" over its members
            elif not (j + 1 < len(lines) and _looks_like_person_line(_ATTENDANCE_BULLET.sub("", lines[j + 1]))):
                break
            # a line that is no person ("Storgatan 4, Byn") between persons is skipped, not an end
            j += 1
        # one row in two with a phone number or e-mail address: a contact list, the towns beside the names too
        contact_list = bool(body) and 2 * sum(any(_CONTACT_PART.fullmatch(p.strip()) for p in b.split(",")[1:])
                                                  for b in body) >= len(body)
        for k, whole in enumerate(body):
            for inline, line in _inline_organisations(_without_contacts(whole, contact_list)):
                first_names = _first_name_entries(line)
                for entry in first_names or _split_run(line):
                    found = _parse_entry_with_service(entry, default_role)
                    if not found and first_names:
                        found = [_first_name_person(entry, default_role)]
                    persons += [replace(p, organisation=p.organisation or inline or organisation_of.get(k)) for p in found]
        i = max(j, i + 1)
    return persons


# Attendance written as prose, each sentence the names of one organisation: "Eva Ek och Per Holm från
# Hyresgästföreningen. Lisa Sund från Bostadsbolaget AB. Ola Berg (ordförande) och Siv Ahl från Styrelsen."
# the organisation named, or a definite noun for it ("från föreningen", "från hyresgästföreningen")
_FROM_ORGANISATION = re.compile(r"^(?P<names>[A-ZÅÄÖÉ].*?)\s+från\s+(?P<org>[A-ZÅÄÖ][^()]*?|[a-zåäö]{3,}(?:n|et))\s*$")
_PROSE_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZÅÄÖÉ])")
_PROSE_NAMES = re.compile(r"\s*,\s*(?=[A-ZÅÄÖÉ])|\s+(?:och|samt)\s+(?=[A-ZÅÄÖÉ])")


_PROSE_LINES = 6


def _wrapped_prose_attendance(lines: list[str], start: int, rest: str) -> tuple[list[Person] | None, int]:
    """The prose attendance that begins on line `start` (after its label when `rest` holds the label
    line's text), carried over as many lines as still read as prose, and the index after its last line."""
    texts = [rest if rest else lines[start]]
    best: tuple[list[Person] | None, int] = (None, start + 1)
    for end in range(start + 1, min(start + 1 + _PROSE_LINES, len(lines) + 1)):
        if end > start + 1:
            if not lines[end - 1].strip():
                break
            texts.append(lines[end - 1].strip())
        if (found := _prose_attendance(" ".join(texts))) is not None:
            best = (found, end)
    return best


def _prose_attendance(text: str) -> list[Person] | None:
    """The persons of an attendance written as sentences, each name with the organisation of its own
    "från X" (the names before it, back to the sentence's start); None unless every sentence reads so."""
    sentences = [s.strip().rstrip(".;").strip() for s in _PROSE_SENTENCE.split(text.strip()) if s.strip()]
    if not sentences or " från " not in text:
        return None
    persons: list[Person] = []
    for sentence in sentences:
        if not (match := _FROM_ORGANISATION.match(sentence)):
            return None
        found = [_parse_entry(entry, None) for entry in _PROSE_NAMES.split(match.group("names"))]
        if not found or not all(found):
            return None
        persons += [replace(p, organisation=p.organisation or match.group("org")) for p in found]
    return persons


# "Polisen: Rikard Ek, Räddningstjänsten: Lina Berg": an organisation named before its members inside one line
_INLINE_ORGANISATION = re.compile(r"(?:^|(?<=,)|(?<=;))\s*([A-ZÅÄÖ][\wåäöÅÄÖ&.-]*(?:\s+[\wåäöÅÄÖ&.-]+){0,3})\s*:\s+(?=[A-ZÅÄÖ])")


def _inline_organisations(line: str) -> list[tuple[str | None, str]]:
    """An attendance line as (organisation, its part): the organisations written inline before
    their members, or the whole line with none. A label that is a name, a title or an attendance
    label is no organisation."""
    marks = [m for m in _INLINE_ORGANISATION.finditer(line)
             if not (_looks_like_person_line(m.group(1)) or is_role_word(m.group(1).split()[-1])
                     or vocabulary.ATTENDANCE_LABEL.fullmatch(m.group(1)))]
    if not marks:
        return [(None, line)]
    parts = [(None, line[:marks[0].start()])] if line[:marks[0].start()].strip(" ,;") else []
    for mark, following in zip(marks, [*marks[1:], None]):
        parts.append((mark.group(1), line[mark.end():following.start() if following else len(line)].strip(" ,;")))
    return parts


# Labels of signature rows ("Ordförande  Justerare"), paired by _signature_rows: never attendance columns
_SIGNATURE_LABELS = frozenset({"ordförande", "sekreterare", "justerare", "justerande", "justeras", "vid protokollet",
                               "underskrifter", "underskrift", "utses att justera"})
# A heading over sub-labels ("Beslutande  Ledamöter  Tjänstgörande ersättare"): the sub-labels give the roles
_HEAD_LABELS = frozenset({"beslutande", "ej beslutande", "närvarande", "övriga närvarande", "övriga deltagande", "övriga deltagare",
                          "övriga", "deltagare", "kallade"})
# A cell of a line laid out in columns: text up to a tab or a gap of two spaces or more
_COLUMN_CELL = re.compile(r"(?:(?!\t| {2})[^\n])+")


def _label_chain(text: str) -> list[str] | None:
    """The labels of a text that is nothing but attendance labels ("Beslutande Ledamöter"), or None."""
    labels: list[str] = []
    rest = text.strip()
    while rest:
        match = vocabulary.ATTENDANCE_LABEL.match(rest)
        if not match or match.group("rest").strip() == rest:
            return None
        labels.append(" ".join(match.group("label").lower().split()))
        rest = match.group("rest").strip().lstrip(":").strip()
    return labels or None


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().strip()) for m in _COLUMN_CELL.finditer(line) if m.group().strip()]


def _bare_label(line: str) -> bool:
    return bool((match := vocabulary.ATTENDANCE_LABEL.match(line)) and not match.group("rest").strip())


# A label written inside a line, "… Anne Ek (SD) Ersättare: Lars Ny (S) …"
# "… Ersättare: Lars Ny (S) …", or without a colon after a party: "… Per Holm (C) Ersättare Lars Ny (S) …"
_INLINE_LABEL = re.compile(
    r"(?<=\s)[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+){0,2}:(?=\s)|"
    r"(?<=\)\s)[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+){0,2}(?=\s+[A-ZÅÄÖÉ][a-zåäöé]+\s+[A-ZÅÄÖÉ])"
)


def _split_run_on_labels(front: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An attendance that lost its line breaks (a PDF's text exported as one line: "Närvarande:
    Beslutande: Eva Ek (KD) ordförande Per Holm (C) … Ersättare: Lars Ny (S) … Övriga: …") broken
    before each label again, so that each list is read under its own label."""
    out: list[tuple[int, str]] = []
    for page, line in front:
        cuts = [m.start() for m in _INLINE_LABEL.finditer(line) if _is_label(m.group(0))]
        starts_labelled = bool((first := vocabulary.ATTENDANCE_LABEL.match(line.strip())) and ":" in line[:first.start("rest")])
        if len(cuts) + starts_labelled < 2:
            out.append((page, line))
            continue
        bounds = [0, *cuts, len(line)]
        out += [(page, line[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]
    return out


def _is_label(text: str) -> bool:
    match = vocabulary.ATTENDANCE_LABEL.fullmatch(text)
    return bool(match) and match.group("label").lower() == text.rstrip(":").lower()


def _join_broken_labels(front: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A label the left column broke over two lines made whole: "Tjänstgörande   Eva Ås (C)" /
    "ersättare" reads "Tjänstgörande ersättare   Eva Ås (C)"."""
    out = list(front)
    for k in range(len(out) - 1):
        cells, below = _cells(out[k][1]), _cells(out[k + 1][1])
        if len(cells) < 2 or not below or cells[0][0] != 0 or below[0][0] != 0 or " " in cells[0][1] + below[0][1]:
            continue
        label = f"{cells[0][1]} {below[0][1]}"
        if (match := vocabulary.ATTENDANCE_LABEL.fullmatch(label)) and match.group("label").lower() == label.lower():
            out[k] = (out[k][0], label + "  " + out[k][1][len(cells[0][1]):].lstrip())
            # the names beside the label's second half stay in their column
            out[k + 1] = (out[k + 1][0], " " * len(below[0][1]) + out[k + 1][1][len(below[0][1]):])
    return out


def _own_column(columns: list[tuple[str, list[str], int]]) -> bool:
    """Whether the first label of a head has a column of its own beside the others: next to another
    head ("Beslutande  Övriga närvarande"), or beside "Tjänstgörande ersättare" alone (the deciders
    are never all substitutes: "Beslutande  Tjänstgörande ersättare" are two columns)."""
    others = [label for label, _, _ in columns[1:]]
    return others[0] in _HEAD_LABELS or (columns[0][0] == "beslutande" and others == ["tjänstgörande ersättare"])


def _label_columns(line: str) -> list[tuple[str, list[str], int]] | None:
    """The columns of an attendance head laid out side by side, as (label, cells written beside it,
    offset): "Beslutande  Ledamöter  Tjänstgörande ersättare" (a head over sub-labels: the sub-labels
    are the columns), "Övriga närvarande  Ersättare", "Beslutande  Anna Ek (S)  Övriga närvarande
    Oscar Ek, miljö- och". None for a line with fewer than two labels, or with a signature label."""
    columns: list[tuple[str, list[str], int]] = []
    labels = 0
    if any(_TABLE_HEADER.match(cell) and not vocabulary.ATTENDANCE_LABEL.match(cell) for _, cell in _cells(line)):
        return None  # the header of a table ("Ledamöter  Parti  Närvarande  Ja  Nej"): see _table_row
    for offset, cell in _cells(line):
        chain = _label_chain(cell)
        match = vocabulary.ATTENDANCE_LABEL.match(cell)
        if chain:
            columns += [(label, [], offset) for label in chain]
            labels += len(chain)
        elif match and _looks_like_person_line(match.group("rest")) and not _looks_like_person_line(cell):
            columns.append((" ".join(match.group("label").lower().split()), [match.group("rest").strip()], offset))
            labels += 1
        elif columns:
            columns[-1][1].append(cell)
        else:
            return None
    if labels < 2 or any(label in _SIGNATURE_LABELS for label, _, _ in columns):
        return None
    while len(columns) > 1 and columns[0][0] in _HEAD_LABELS and not columns[0][1] and not _own_column(columns):
        columns.pop(0)  # the head over its sub-labels
    return columns


def _unfinished_entry(text: str) -> bool:
    """Whether an attendance entry breaks off: after a comma, "och", "vice", a hyphen, or the first
    name of the member someone serves for ("Per Ny (M) för Maria")."""
    text = text.rstrip()
    return (text.endswith((",", "-")) or bool(re.search(r"\b(?:och|vice)$", text))
            or bool(re.search(r"\bför\s+[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?$", text)))


def _unfold_columns(front: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An attendance head in columns flattened to text, read one column after the other.

    Kommun protocols set their attendance side by side: "Beslutande  Ledamöter  Tjänstgörande
    ersättare" over rows such as "Anna Ek (S), ordförande  Per Ny (M) för Maria" / "Erik Sten (M)
    Lund (M)". A row's cells go to the columns in order; a row of one cell goes to the column whose
    entry broke off ("… för Maria" / "Lund (M)"), else to the column it is indented under, else to
    the first. Each column comes out as "Label:" over its lines, so every person gets the role of
    the sub-label they stand under."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(front):
        page, line = front[i]
        columns = _label_columns(line)
        if not columns:
            out.append(front[i])
            i += 1
            continue
        streams = [list(cells) for _, cells, _ in columns]
        i += 1
        chosen = None  # the column the last row of one cell went to by what it says
        # the head ends with its page: the next page opens with its own header
        while i < len(front) and front[i][1].strip() and front[i][0] == page:
            cells = _cells(front[i][1])
            if vocabulary.ATTENDANCE_LABEL.match(cells[0][1]) and not _looks_like_person_line(cells[0][1]):
                break
            if len(cells) == 1:
                open_ = [k for k, stream in enumerate(streams) if stream and _unfinished_entry(stream[-1])]
                # "Eva Ek, enhetschef" / "Fastighet administration": the unit of a staff title in its column
                units = [k for k, stream in enumerate(streams) if stream and _unit_of_title(stream[-1], cells[0][1])]
                nearest = min(range(len(columns)), key=lambda k: abs(columns[k][2] - cells[0][0]))
                if len(open_) == 1 or len(units) == 1:
                    chosen = open_[0] if len(open_) == 1 else units[0]
                elif cells[0][0] > 0 or chosen is None:
                    chosen = None  # a shorter column ended: the rows left flush go on in the one chosen last
                streams[nearest if chosen is None else chosen].append(cells[0][1])
            else:
                for k, (_, cell) in enumerate(cells):
                    streams[min(k, len(streams) - 1)].append(cell)
            i += 1
        for (label, _, _), stream in zip(columns, streams):
            out += [(page, label[:1].upper() + label[1:] + ":"), *((page, cell) for cell in stream)]
        out.append((page, ""))
    return out


# "Anna Ek – ordförande", "Per Ny - kassör": a dash between a name and its title reads as a comma
_TITLE_DASH = re.compile(r"(?<=[\wåäö)])\s+[–—-]\s+(?=(?:vice\s+)?[a-zåäö])")
# "Eva Lind (EL) – Per Holm (PH) – Kim Sand (KS)": full names joined by dashes are a list
_NAME_DASH = re.compile(r"(?<=[\wåäö)])\s+[–—-]\s+(?=[A-ZÅÄÖÉ][\wåäöéü-]+\s+[A-ZÅÄÖÉ][\wåäöéü-])")


# Titles shortened with a dot inside: "tj.g ersättare", "tjg. ersättare", "avd.chef", "avd. chef"
_SHORTENED_TITLE = [
    (re.compile(r"\btj\.?g\.?(?=\s+ersättare\b)"), "tjänstgörande"),
    (re.compile(r"\bavd\.\s?(?=[a-zåäö]*chef\b)"), "avdelnings"),
]


# A title in the plural over the names after it: "ledamöterna Rolf Ek, Aina Holm och Gösta Ny"
_PLURAL_TITLES = {"ledamöterna": "ledamot", "ersättarna": "ersättare", "revisorerna": "revisor",
                  "suppleanterna": "suppleant", "justerarna": "justerare"}
_LISTED_NAME = r"[A-ZÅÄÖÉ][\wåäöéü-]+(?:\s+(?:(?:von|af|de)\s+)?[A-ZÅÄÖÉ][\wåäöéü-]+){1,2}"
_PLURAL_TITLE_LIST = re.compile(
    r"\b(?P<title>" + "|".join(_PLURAL_TITLES) + r")\s+(?P<names>" + _LISTED_NAME + r"(?:\s*,\s*" + _LISTED_NAME
    # the last name may be broken after its given name at the line's end ("… och Gösta" / "Nyberg.")
    + r")*\s+(?:och|samt)\s+(?:" + _LISTED_NAME + r"|[A-ZÅÄÖÉ][\wåäöéü-]+$))", re.IGNORECASE)


def _spelled_out(line: str) -> str:
    for pattern, word in _SHORTENED_TITLE:
        line = pattern.sub(word, line)
    return _PLURAL_TITLE_LIST.sub(lambda m: ", ".join(
        f"{_PLURAL_TITLES[m.group('title').lower()]} {name}"
        for name in re.split(r"\s*,\s*|\s+(?:och|samt)\s+", m.group("names"))), line)


def _dash_list(line: str) -> str:
    """Dashes between two or more full names become commas; one dash may set off an organisation."""
    return _NAME_DASH.sub(", ", line) if len(_NAME_DASH.findall(line)) >= 2 else line


def _names_a_person(text: str) -> bool:
    """Whether the text after a label names someone ("Kerstin von Braun (L)", "Kalle, Sara")."""
    return _looks_like_person_line(text) or bool(_first_name_entries(text)) or any(
        _parse_entry_with_service(entry, None) for entry in _split_run(text))


# "Mötesordförande: Jonas Wik", "Kassör: Eva Ås", "Protokollförare: Per Ny", "Föreningens kassör: Eva
# Ås", "Mötets ordförande: Kim Dahl", "Beredande tjänsteperson: Nora Ek": any title as a label, an
# organ's genitive or a participle before it
# An association's election list writes the term of office beside the title: "Ordförande (1 år): Eva
# Ek", "Kassör (nyval 2 år): Per Ny", "Ledamot, två år: Ali Hassan"
_LABEL_TERM = (
    r"(?:\s*\(\s*(?i:(?:(?:ny|om|fyllnads)val\s*,?\s*)?(?:\d|ett|två|tre|fyra)\s*år(?:\s+kvar)?|(?:ny|om|fyllnads)val)\s*\)"
    r"|\s*,\s*(?i:(?:\d|ett|två|tre|fyra)\s*år))?"
)
_ROLE_LABEL = re.compile(
    r"^(?:(?P<of>[\wåäöÅÄÖ]+s)\s+|(?P<how>[A-ZÅÄÖa-zåäö]+(?:ande|ende))\s+)?"
    r"(?P<title>(?:vice\s+)?(?:[\wåäöÅÄÖ]+-\s+(?:och|eller)\s+)?[\wåäöÅÄÖ-]+)" + _LABEL_TERM + r"\s*:\s*(?P<rest>\S.*)$")


# "Valberedningen: Eva Ek (sammankallande), Jonny Ström", "Arbetsgruppen: …": the members of a body
_BODY_LABEL = re.compile(
    r"^(?i:[a-zåäö]*(?:beredningen|gruppen|styrelsen|kommittén|utskottet|rådet|presidiet))\s*:\s*(?P<rest>\S.*)$")


def _body_label_persons(line: str) -> list[Person]:
    """The members listed after a body's name, when every entry is a person (no role: the body is
    no title)."""
    if not (match := _BODY_LABEL.match(line)):
        return []
    entries = _split_run(match.group("rest").strip(" ."))
    found = [_parse_entry(entry, None) for entry in entries]
    return [p for p in found if p] if entries and all(found) else []


# The next "Title:" of a line that holds several ("Mötesordförande: Eva Ek Mötessekreterare: Per Ny")
_NEXT_TITLE_LABEL = re.compile(r"\s+(?=[A-ZÅÄÖ][a-zåäö-]+:\s)")


def _role_label_persons(line: str) -> list[Person]:
    if body := _body_label_persons(line):
        return body
    pieces = _NEXT_TITLE_LABEL.split(line)
    if len(pieces) > 1 and all(_ROLE_LABEL.match(p) for p in pieces):
        return [person for piece in pieces for person in _one_role_label(piece)]
    return _one_role_label(line)


def _one_role_label(line: str) -> list[Person]:
    match = _ROLE_LABEL.match(line)
    if not match or not is_role_word(match.group("title").split()[-1]) or (match.group("of") and not _ORGAN_GENITIVE.match(match.group("of"))):
        return []
    role = canonical_role(match.group("title"))
    if match.group("of") and match.group("of").lower() in ("mötets", "sammanträdets") and role in ("ordförande", "sekreterare"):
        role = "mötes" + role  # "Mötets ordförande" is the meeting's chair, not the board's
    return [p for entry in _split_run(match.group("rest")) for p in _parse_entry_with_service(entry, role)]


# The organ whose title it is, in the genitive: "Mötets", "Föreningens", "Styrelsens", "Sektionens"
_ORGAN_GENITIVE = re.compile(r"(?i)^(?:[\wåäö]+(?:ets|ens|ans|ns|ts)|kommunens|regionens)$")


def _join_hyphenated(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with a word hyphenated over the break made one ("- Britt-Marie Sjö-" / "lund, ledamot")."""
    joined: list[tuple[int, str]] = []
    for page, line in lines:
        # not "Individ-" / "och familjeomsorg": a compound's first half keeps its hyphen
        if (joined and re.search(r"[a-zåäöé]-$", joined[-1][1].rstrip()) and re.match(r"\s*[a-zåäöé]", line)
                and not re.match(r"\s*(?:och|eller)\b", line)):
            joined[-1] = (joined[-1][0], joined[-1][1].rstrip()[:-1] + line.strip())
        else:
            joined.append((page, line))
    return joined


_GIVEN_NAME_BROKEN = re.compile(r"(?:^|[\s,;:])([A-ZÅÄÖÉ][a-zåäöé]+)-$")
_GIVEN_NAME_GOES_ON = re.compile(r"\s*([A-ZÅÄÖÉ][a-zåäöé]+)\b")


# Two columns read row by row: "Per Ek (M), ordförande    Eva Lund (M) ersätter Jenny" / "Bo Ås (KD),
# 1:e vice ordförande    Holm (M)": the surname of the member served for ends the next row
_SERVES_GIVEN_AT_END = re.compile(r"\bersätter\s+(?P<given>[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)\s*$")
_LONE_SURNAME_AT_END = re.compile(r"^(?P<head>.*?)\s+(?P<tail>(?P<surname>[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)"
                                  r"\s*\((?P<party>[^()]{1,12})\))\s*$")


def _join_served_surnames(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The surname and party of a member served for, which ends the row below in a two-column head,
    moved up to its given name ("… ersätter Jenny" / "…, 1:e vice ordförande Holm (M)")."""
    out = list(lines)
    for k in range(1, len(out)):
        given = _SERVES_GIVEN_AT_END.search(out[k - 1][1])
        tail = _LONE_SURNAME_AT_END.match(out[k][1])
        if not (given and tail and is_name_token(given.group("given")) and is_name_token(tail.group("surname"))
                and vocabulary.party_of(tail.group("party"))):
            continue
        before = tail.group("head").split()[-1:]
        if before and before[0][:1].isupper() and is_name_token(before[0]):
            continue  # "… Eva Holm (M)": the surname ends a full name of this row
        out[k - 1] = (out[k - 1][0], out[k - 1][1].rstrip() + " " + tail.group("tail"))
        out[k] = (out[k][0], tail.group("head").rstrip())
    return out


def _join_double_names(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A double given name broken at its hyphen ("…, Anna-" / "Karin Holm, …") made one again."""
    joined: list[tuple[int, str]] = []
    for page, line in lines:
        before = _GIVEN_NAME_BROKEN.search(joined[-1][1].rstrip()) if joined else None
        after = _GIVEN_NAME_GOES_ON.match(line)
        if before and after and is_name_token(before.group(1)) and is_name_token(after.group(1)):
            joined[-1] = (joined[-1][0], joined[-1][1].rstrip() + line.strip())
        else:
            joined.append((page, line))
    return joined


def _name_columns(line: str) -> str:
    """A row of names in columns ("Bo Sten        Lisa Örn") as the list "Bo Sten, Lisa Örn"."""
    cells = [c for c in re.split(r"\t+|\s{2,}", line.strip()) if c]
    return ", ".join(cells) if len(cells) >= 2 and all(_name_tokens_ok(c) for c in cells) else line


# An organisation's name alone over the persons it sends: "Region Dalarna:", "Försäkringskassan:"
_ORGANISATION_HEADING = re.compile(r"([A-ZÅÄÖ][\wåäöÅÄÖ&.-]*(?:\s+[\wåäöÅÄÖ&.-]+){0,4})\s*:")


def _first_names_ok(singles: list[str]) -> bool:
    """Whether single words listed together are first names: each one may be by its shape, and
    at least half of them are given names the dictionary knows (the evidence the rest lack)."""
    return bool(singles) and all(could_be_given_name(w) for w in singles) and 2 * sum(map(is_proper_noun, singles)) >= len(singles)


def _first_name_entries(line: str) -> list[str] | None:
    """The entries of a line that lists people by first name, as associations do ("Kalle, Sara,
    Jonas (kalle_j) och Mia Holm"), or None. Every part must be a name: one word that reads as a
    first name, or a full name. What is written is kept; no surname is invented."""
    parts = [p.strip(" .;") for p in re.split(r",|\s+och\s+", line) if p.strip(" .;")]
    bare = [_PAREN.sub(" ", p).strip() for p in parts]
    # "Eva E", "Per H.": a first name with the initial of the surname, kept as written (the dot is
    # stripped with the part's ends)
    initialled = [b for b in bare if _SURNAME_INITIAL.fullmatch(b)]
    singles = [b for b in bare if len(b.split()) == 1] + [b.split()[0] for b in initialled]
    if not _first_names_ok(singles) or not all(len(b.split()) == 1 or b in initialled or _name_tokens_ok(b) for b in bare):
        return None
    return parts


# A first name and the initial of the surname: "Eva E", "Per H"
_SURNAME_INITIAL = re.compile(r"[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?\s+[A-ZÅÄÖÉ]")


# "Deltar i denna del gör:", "Ansvariga:", "Arbetsgruppen består av:" over a bullet list of who takes part
_PARTICIPANTS_LEAD = re.compile(
    r"(?i)\b(?:deltar|deltog|deltagare|deltagande|medverkar|medverkande|närvarande|ansvarig[a]?|ingår|"
    r"består\s+av|arbetsgrupp(?:en)?|ansvarsgrupp(?:en)?)\b[^:]*:\s*\\?$")
_BULLET_ITEM = re.compile(r"^\s*[-•*+]\s+(?P<item>\S.*?)\s*\\?$")


# An action item and its owner at the end: "- Boka lokal (Hanna)", "- Ta fram kalkyl (Eva, Per)", "- Boka
# buss. Ansvarig: Karin Sjö", "- Beställa fika (ansvarig: Olle Berg)", "- Skicka kallelse – ansv. Per Ny"
_OWNER_LABEL = r"(?i:ansvarig|ansv\.?)\s*:?\s*"
_ACTION_OWNER = re.compile(
    r"^\s*(?:[-•*+]|\d{1,2}[.)])\s+\S.*(?:\((?:" + _OWNER_LABEL + r")?(?P<names>[^()]{2,60})\)"
    r"|(?:[.,;]|\s[–-])\s*" + _OWNER_LABEL + r"(?P<labelled>[^()]{2,60}?)"
    # "- [x] Skicka inbjudan – Olle Berg": a full name alone after a dash
    r"|\s[–-]\s+(?P<dashed>[A-ZÅÄÖ][\wåäöéÅÄÖÉ-]+(?:\s+[A-ZÅÄÖ][\wåäöéÅÄÖÉ-]+){1,2}))\s*\.?$")


def _action_owners(lines: list[str], first_names: set[str]) -> list[Person]:
    """The owners of a list's action items: first names (a given name the dictionary knows, or the
    first name of someone named in full) or full names; "(Göteborg)", "(Vision)", "(2 st)" are nobody."""
    persons: list[Person] = []
    for line in lines:
        if not (match := _ACTION_OWNER.match(line)):
            continue
        if match.group("dashed"):
            # a given name first: "– Ekonomi Syd" is a unit, a genitive ("– Folkets Hus") a place
            dashed, first = match.group("dashed"), match.group("dashed").split()[0]
            given = is_proper_noun(first) or could_be_given_name(first) and not first.endswith("s")
            persons += [Person(dashed)] if _name_tokens_ok(dashed) and given else []
            continue
        names = [n.strip() for n in re.split(r",|/|\s+och\s+", match.group("names") or match.group("labelled")) if n.strip()]
        if names and all(_name_tokens_ok(n) or (" " not in n and could_be_given_name(n) and (is_proper_noun(n) or n in first_names))
                         for n in names):
            persons += [Person(n) for n in names]
    return persons


def _participant_bullets(lines: list[str]) -> list[Person]:
    """The persons of a bullet list under a lead that says they take part ("Deltar i denna del
    gör:" / "- *Anna*" / "- Jens" / "- Eva/Tobias"): first names or full names, as written."""
    persons: list[Person] = []
    for i, line in enumerate(lines):
        if not _PARTICIPANTS_LEAD.search(line):
            continue
        items: list[str] = []
        for below in lines[i + 1:i + 1 + _LIST_LINES]:
            if not below and not items:
                continue  # Markdown sets a blank line between the lead and its list
            if not (match := _BULLET_ITEM.match(below)):
                break
            items += [w.strip(" *_.,;") for w in match.group("item").split("/")]
        singles = [w for w in items if len(w.split()) == 1]
        if len(items) >= 2 and all(len(w.split()) == 1 or _name_tokens_ok(w) for w in items) and (
                not singles or _first_names_ok(singles)):
            persons += [Person(w) for w in items]
    return persons


def _first_name_person(entry: str, default_role: str | None) -> Person:
    party = next((vocabulary.party_of(p) for p in _PAREN.findall(entry) if vocabulary.party_of(p)), None)
    return Person(_PAREN.sub(" ", entry).strip(), default_role, None, party)


_TABLE_HEADER = re.compile(
    r"^(?:namn|beslutande|parti|nomineringsgrupp|roll|funktion|uppdrag|titel|befattning|organisation|kommun|närvaro|§|kommentar|ledamöter|ledamot|"
    r"(?:ej )?tjänstgörande ersättare|ersättare|närvarande|ja|nej|avstår|frånvarande)$",
    re.IGNORECASE,
)
# The marks of a voting or attendance list ("Anna Ek  S  X  X"): no organisation, no title
_VOTE_MARK = re.compile(r"(?i)^(?:x|ja|nej|avstår|-|–)$")


def _table_rows(lines: list[str]) -> list[str]:
    """Each line as _table_row reads it, knowing the header above it: under "Namn<TAB>Nomineringsgrupp
    <TAB>Uppdrag" a row of as many cells has its party in that column, whatever the group is called."""
    out: list[str] = []
    party_column, width = None, 0
    for line in lines:
        cells = _table_cells(line)
        if cells and all(_TABLE_HEADER.match(c) or not c for c in cells):
            party_column = next((k for k, c in enumerate(cells) if k and c.lower() in ("parti", "nomineringsgrupp")), None)
            width = len(cells)
            out.append(_table_row(line))
            continue
        if len(cells) != width:
            party_column = None
        out.append(_table_row(line, party_column))
    return out


def _table_cells(line: str) -> list[str]:
    """The cells of a row written with bars or tabs, or [] for a line of text."""
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [c.strip() for c in line.strip().split("\t")] if "\t" in line else []


def _table_row(line: str, party_column: int | None = None) -> str:
    """An attendance table row "Sara Lind | V | ledamot" (or "| Sara Lind | V | ledamot |") read as the
    entry "Sara Lind (V), ledamot"; its header row ("Namn | Parti | Roll") and a Markdown rule
    ("|---|---|") are no persons and read as nothing. Under a header's party column
    (`party_column`) a group the party list lacks is read as a local party when it is an
    abbreviation ("POSK") and left out when it is a name ("Borgerligt alternativ")."""
    if party_column is not None:
        cells = _table_cells(line)
        group = cells[party_column]
        party = vocabulary.party_of(group) or (group if vocabulary.is_local_party(group, True) else None)
        others = [c for k, c in enumerate(cells[1:], 1) if c and k != party_column and not _VOTE_MARK.match(c)]
        return ", ".join([cells[0] + (f" ({party})" if party else ""), *others])
    if "|" in line:
        cells = _table_cells(line)
    elif "\t" in line:  # a table the text layer gave with tabs: "Per Ny<TAB>M<TAB>Ola Berg (M)"
        cells = _table_cells(line)
        if not (all(_TABLE_HEADER.match(c) for c in cells if c) or any(vocabulary.is_party(c) for c in cells[1:])):
            return line
    elif re.search(r"\S {2,}\S", line):
        # columns set apart by spaces, as a voting or attendance list: "Per Ny  M  X  X" under
        # "Ledamöter  Parti  Ja  Nej"; only with a party column (in capitals) or that header
        cells = [c.strip() for c in re.split(r" {2,}", line.strip())]
        header = all(_TABLE_HEADER.match(c) for c in cells) and any(c.lower() == "parti" for c in cells)
        if not (header or any(c in PARTIES + vocabulary.HISTORICAL_PARTIES for c in cells[1:])):
            return line
    else:
        return line
    if all(re.fullmatch(r":?-{3,}:?", c) or _TABLE_HEADER.match(c) or not c for c in cells):
        # a header whose first column is a label ("Ersättare<TAB>Parti") labels the rows below it;
        # "Namn | Organisation | Roll" heads a list of participants with no label above it
        if vocabulary.ATTENDANCE_LABEL.match(cells[0]):
            return cells[0] + ":"
        described = {c.lower() for c in cells[1:]} & {"organisation", "roll", "parti", "funktion", "uppdrag", "nomineringsgrupp"}
        return "Deltagare:" if cells[0].lower() == "namn" and described else ""
    name, rest = cells[0], [c for c in cells[1:] if c]
    parties = [c for c in rest if vocabulary.is_party(c) or vocabulary.is_local_party(c, True)]
    others = [c for c in rest if c not in parties and not _VOTE_MARK.match(c)]
    return ", ".join([name + "".join(f" ({vocabulary.party_of(p) or p})" for p in parties[:1]), *others])


# "Vid pennan: Eva Ek", "Antecknat av Per Holm": who kept the notes signs them too
_SIGNATURE_START = re.compile(r"^(?:underskrifter|signaturer|vid protokollet|" + vocabulary.NOTE_TAKER + r"|antecknare\s*:|justeras\s*(?::|$)|justerandes sign\w*|sekreterare\s*[._]{4,}|ordförande\s*[._]{4,})", re.IGNORECASE)
_SIGNATURE_ROLE_WORDS = (
    r"(?:(?:vice |mötes)?(?:ordförande|sekreterare|justerare|justerande|justeras|protokolljusterare|justeringsperson"
    r"|justeringsman|rösträknare)|vid protokollet)"
)
_SIGNATURE_ROLE = re.compile(rf"^{_SIGNATURE_ROLE_WORDS}$", re.IGNORECASE)
_SIGNATURE_ROLES_ROW = re.compile(rf"^(?:{_SIGNATURE_ROLE_WORDS}\s*)+$", re.IGNORECASE)
_SIGNATURE_LINES = 16
_CELLS = re.compile(r"\s*[._]{4,}\s*|\t+|\s{2,}")


_CELL_BREAK = re.compile(r"(?<=\S)[ ]*\t+[ ]*(?=\S)")


def _signature_page(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The signature block at the end of the last item ("Underskrifter", "Sekreterare ......"):
    the minutes end there, so its names are the signers, not text of that item."""
    start = next((k for k, (_, line) in enumerate(lines) if _SIGNATURE_START.match(line.strip())), None)
    # a signature block is a few lines; what follows it (appendices, bilagor) is not signed names
    return lines[start:start + _SIGNATURE_LINES] if start is not None else []


def _role_cells(line: str) -> list[str]:
    """The roles of a signature row ("Ordförande ...... Justerande", "Ordförande Justerande"), or []."""
    cells = [c for c in _CELLS.split(line.strip()) if c]
    if len(cells) < 2 and _SIGNATURE_ROLES_ROW.match(line.strip()):
        # a text layer that joined the columns with one space: "Vid protokollet Justeras"
        cells = re.findall(_SIGNATURE_ROLE_WORDS, line, re.IGNORECASE)
    return cells if len(cells) >= 2 and all(_SIGNATURE_ROLE.match(c) for c in cells) else []


def _is_role_row(line: str) -> bool:
    return bool(_role_cells(line))


def _name_cells(line: str, count: int) -> list[str]:
    """The `count` names of a row of signatures, split at wide gaps or, when the columns are joined
    by one space, as first name + surname pairs; [] when the row cannot be split that surely."""
    cells = [c for c in _CELLS.split(line.strip()) if c]
    if len(cells) != count:
        words = line.split()
        cells = [" ".join(words[k:k + 2]) for k in range(0, len(words), 2)] if len(words) == 2 * count else []
    return cells if all(_name_tokens_ok(c) for c in cells) else []


def _signer_role(written: str) -> str | None:
    return vocabulary.label_role(written) or canonical_role(written)


def _beside_role_row(lines: list[str], index: int) -> bool:
    """Whether lines[index] is a row of names with a row of roles next to it, above or below
    (rules of underscores between them do not count)."""
    def filled(k: int) -> bool:
        return bool(_SIGNATURE_RULE.sub("", lines[k]).strip())

    above = next((k for k in range(index - 1, max(index - 3, -1), -1) if filled(k)), None)
    below = next((k for k in range(index + 1, min(index + 3, len(lines))) if filled(k)), None)
    return any(k is not None and _signers(lines[k], lines[index]) for k in (above, below))


def _signers(role_row: str, name_row: str) -> list[tuple[str, str]]:
    """The (name, role) pairs of a row of names under or over a row of roles; the last column may
    hold two who adjust ("Vid protokollet  Justeras" / "Sara Holm  Ola Ström  Britt Vik")."""
    roles = _role_cells(role_row)
    if not roles:
        return []
    names = _name_cells(name_row, len(roles))
    if not names and _signer_role(roles[-1]) == "justerare":
        names = _name_cells(name_row, len(roles) + 1)
        roles = roles + roles[-1:] if names else roles
    return list(zip(names, roles))


def _signature_rows(lines: list[tuple[int, str]]) -> list[Person]:
    """Signature blocks laid out in columns: a row of roles ("Ordförande ...... Justerande ......")
    above or below a row of names ("Anna Ek     Olle Strand"), paired by column."""
    rows = [line.strip() for _, line in lines if _SIGNATURE_RULE.sub("", line).strip()]
    persons: list[Person] = []
    for above, below in zip(rows, rows[1:]):
        for role_row, name_row in ((above, below), (below, above)):
            persons += [Person(name, _signer_role(role)) for name, role in _signers(role_row, name_row)]
    return persons


# The box of a kommun protocol's first page that records where the protocol is kept and when it
# is posted ("ANSLAG/BEVIS", "Protokollets förvaring", "Förvaringsplats"): a name there signs it.
_NOTICE_BOX = re.compile(r"^(?:anslag|bevis|anslag\s*/\s*bevis|protokollets förvaring|förvaringsplats\b.*)\s*:?$", re.IGNORECASE)
_NOTICE_LINES = 24


def _label_cell_row(line: str) -> bool:
    """"Organ<TAB>Ungdomsfullmäktige", "Sammanträdesplats<TAB>Kommunhuset": a header table's label (a
    common noun, or a compound of a time, place or date) and its value, no name."""
    cells = line.strip().split("\t")
    label = cells[0].strip()
    return len(cells) == 2 and len(label.split()) == 1 \
        and (is_common_noun(label) or label.lower().endswith(("tid", "plats", "datum")))


_COLUMN_GAP = re.compile(r"\t+|\s{3,}")
_INITIALS = re.compile(r"^([A-ZÅÄÖ]{2,4})\.?$")


def _initials(name: str) -> str:
    """ "Gustav Dahl" GD, "Bengt-Åke Löfgren" BÅL."""
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part[:1].isupper())


def _roles_by_initials(front: list[tuple[int, str]], persons: list[Person]) -> list[Person]:
    """A label's person written by initials, as minutes shorten the names they list in full
    ("Närvarande: Gustav Dahl (GD) – …" and "Protokollförare: GD."): the one person with them."""
    found = []
    for _, line in front:
        match = vocabulary.ATTENDANCE_LABEL.match(line.strip())
        initials = _INITIALS.match(match.group("rest").strip()) if match else None
        role = vocabulary.label_role(match.group("label")) if initials else None
        holders = {p.name for p in persons if " " in p.name and _initials(p.name) == initials.group(1)} if role else set()
        if len(holders) == 1:
            found.append(Person(holders.pop(), role))
    return found


def _bare_name_persons(front: list[tuple[int, str]]) -> list[Person]:
    """Header lines that are nothing but a name, when there are at least three (a participant list
    whose label the reader could not keep, e.g. Typst "#deltagere(...)"), or inside the notice box."""
    # cells apart: "Nummer          Sammanträdesdatum" is a table's head, not one name
    lines = [cell for _, line in front if not _label_cell_row(line) for cell in _COLUMN_GAP.split(line.strip())]
    names = [line for line in lines if _name_tokens_ok(line)]
    if len(names) >= 3:
        return [Person(name=name) for name in names]
    box = next((k for k, line in enumerate(lines) if _NOTICE_BOX.match(line)), None)
    boxed = lines[box + 1:box + 1 + _NOTICE_LINES] if box is not None else []
    return [Person(name=line) for line in boxed if _name_tokens_ok(line)]


_MEMBER_FUNCTIONS = frozenset({"ordförande", "vice ordförande", "ledamot", "ersättare", "tjänstgörande ersättare",
                               "suppleant", "justerare", "sekreterare", "revisor", "adjungerad"})


def _unit_of_title(previous: str, line: str) -> bool:
    """Whether `line` is the unit a staff title broke onto ("Per Holm, verksamhetschef" / "Hemtjänst
    Väst § 6"): it follows a staff title in lower case (not a member's function) and is a bare phrase
    (no comma, no parenthesis) that starts with a common noun, no given name the dictionary knows."""
    tail = _PAREN.sub(" ", previous).split(",")[-1].split()
    first = line.split()[0].rstrip("-")  # "Individ- och familjeomsorg"
    return (len(previous.split(",")) > 1 and bool(tail) and tail[0][:1].islower() and is_role_word(tail[-1])
            and canonical_role(" ".join(tail)) not in _MEMBER_FUNCTIONS and not re.search(r"[,()]", line)
            and len(line.partition("§")[0].split()) <= 3  # "Beslut Rubrik Ärende Sida": a table's heading
            and first[:1].isupper() and not is_proper_noun(first) and swedish_nlp.is_common_word(first)
            and not _DOCUMENT_NOUN.fullmatch(line.strip()))  # "Ärendelista" opening the next page


def _join_unit(previous: str, line: str) -> str:
    """ "Per Holm, verksamhetschef (Hemtjänst Väst) § 6": the unit as the organisation of the title."""
    unit, mark, note = line.partition("§")
    return f"{previous} ({unit.strip()}){' ' + mark + note if mark else ''}"


# The first word of a table's head or a protocol's furniture, never the rest of an attendance entry
_TABLE_HEAD = re.compile(r"^(?:Punkt|Paragraf|Ärende|Bilaga|Datum|Plats|Tid|Protokoll|Dagordning|Sida)\b")


def _wrapped(previous: str, line: str) -> bool:
    """Whether `line` continues the attendance line `previous` (see _attendance_persons)."""
    previous = previous.rstrip()
    if _TABLE_HEAD.match(line):
        return False  # "…, Jens Nilsson," / "Punkt Vad Föredragande": the head of the table below, no title
    if previous.endswith((",", "&")) or line[:1] in "(§&":
        return True  # "Eva Lund, HR &" / "Kommunikationschef", "chef Vård" / "& Omsorg": a title broken over two lines
    if previous.count("(") > previous.count(")") and line.count(")") > line.count("("):
        return True  # "Per Holm (M) (ers Eva" / "Ek (M))": a parenthesis closed on the next line
    if re.search(r"\s(?:och|samt)$", previous) and _name_list_parts(previous[:-4]) and _name_list_parts(line):
        return True  # "Eva Ek, Per Holm och" / "Lisa Sund": the last name of a list
    if _TITLE_OPENING.search(previous) and line[:1].islower() and is_role_word(line.split()[0].rstrip(",")):
        return True  # "Eva Lund, 1:e" / "socialsekreterare, Vård &": the title goes on with its unit
    if _unit_of_title(previous, line):
        return True
    first = line.split()[0]
    if (_unfinished_entry(previous) and re.search(r"\bför\s+\S+$", previous)
            and re.match(r"[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?\s*(?:[,(]|$)", line) and is_name_token(first.rstrip(","))):
        return True  # "Per Ny (M) för Maria" / "Lund (M)": the surname of the member served for
    last = previous.split()[-1] if previous.split() else ""
    # an entry broken after "vice", inside "(Granåsens", or after a capitalised word goes on in lower
    # case; after a complete "Ingrid Tönsgård, ledamot" a lower-case line is something else
    unfinished = last in ("vice", "och") or previous.count("(") > previous.count(")") or last[:1].isupper()
    if line[:1].islower() and len(first) > 1 and unfinished and not _looks_like_person_line(line):
        return True
    lone_surname = first.endswith(",") and is_name_token(first[:-1]) and is_name_token(last)
    # one word alone ends a first name ("…, Ylva" / "Selander"), not a complete name ("…, Marianne
    # Nikitidis Claesson" / "Punk", a table heading broken by the text layer)
    waiting = len(_PAREN.sub(" ", previous).split(",")[-1].split()) == 1
    return lone_surname or (len(line.split()) == 1 and is_name_token(first) and last[-1:].isalpha() and waiting)


# The first half of a title broken over two lines: "1:e vice" / "ordförande", "biträdande" / "rektor"
_TITLE_OPENING = re.compile(
    r"(?i),\s*(?:(?:\d:[ae]|förste|första|andre|andra|tredje)(?:\s+(?:vice|biträdande))?|"
    r"vice|biträdande|ställföreträdande|tillförordnad|tf\.?|t\.f\.)$"
)


def _title_goes_on(previous: str, line: str) -> bool:
    """Whether `line` ends the title `previous` broke off ("Per Holm (M), 1:e vice" / "ordförande"):
    the line is nothing but lower-case title words, so it is no label of a list of its own."""
    words = line.split()
    return (bool(_TITLE_OPENING.search(previous.rstrip())) and 0 < len(words) <= 3
            and all(w[:1].islower() for w in words) and is_role_word(words[-1]))


def _surname_goes_on(previous: str, line: str) -> bool:
    """ "…, ordförande, Per" / "Holm (M), Lisa Berg (C)": a given name ends the line and its surname,
    with the party, opens the next one; or the surname alone ends the list ("…, Aina Ek och Gösta" /
    "Nyberg.", "…, ledamot Gösta" / "Nyberg")."""
    last = _PAREN.sub(" ", previous).split(",")[-1].split()
    first = re.match(r"([A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)\s*\(", line)
    if first is None and len(last) >= 2 and (last[-2] in ("och", "samt") or last[-2].islower()):
        first = re.fullmatch(r"([A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)[.,]?", line.strip())
        last = last[-1:]
    return (previous.rstrip()[-1:].isalpha() and len(last) == 1 and is_name_token(last[0])
            and first is not None and is_name_token(first.group(1)))


_SERVES_AT_END = re.compile(r"\b(?:tjänstgör(?:ande)? för|(?:tjänstgörande )?ersättare för|ersätter(?: för)?)\s*,?$",
                            re.IGNORECASE)


def _served_goes_on(previous: str, line: str) -> bool:
    """ "Eva Ek (M) ersätter" / "Per Holm (M)": the member served for, on the next line."""
    return bool(_SERVES_AT_END.search(previous)) and _looks_like_person_line(line)


def _name_list_parts(line: str) -> list[str] | None:
    """The names of a line that is nothing but names ("Eva Ek (S), Per Holm (M) och Lisa Sund (C)"),
    or None."""
    text = re.sub(r"\s+(?:och|samt)$", "", _PAREN.sub(" ", line).strip(" ,."))  # "… Åke Ny samt" / "Eva Ek.": goes on
    parts = [_without_trailing_title(p.strip()) for p in re.split(r",|\s+(?:och|samt)\s+", text) if p.strip()]
    return parts if parts and all(_name_tokens_ok(p) and swedish_nlp.is_given_name(p.split()[0]) for p in parts) else None


def _without_trailing_title(part: str) -> str:
    """ "Per Ek ordf.", "Eva Ek kassör": the name of a list entry with its title after it."""
    words = part.split()
    while len(words) > 2 and (is_role_word(words[-1].rstrip(".")) or vocabulary.is_role_abbreviation(words[-1])):
        words.pop()
    return " ".join(words)


def _list_goes_on(previous: str, line: str, lines_before: int = 1) -> bool:
    """Whether `line`, after a break, goes on with the list `previous` ends: both are nothing but
    names, the previous line holds several (or ends in a comma) or is one of a list of one name a
    line, and they are written alike (each name with its party in parentheses, or none; the caller
    compares list marks)."""
    before, after = _name_list_parts(previous), _name_list_parts(line)
    return (before is not None and after is not None
            and (len(before) >= 2 or previous.rstrip().endswith(",") or (lines_before >= 2 and len(after) == 1))
            and ("(" in previous) == ("(" in line) and not vocabulary.ATTENDANCE_LABEL.match(line))


def _looks_like_person_line(line: str) -> bool:
    line = _ATTENDANCE_BULLET.sub("", line)
    if (aliased := _HANDLE_BEFORE_NAME.match(line)):
        line = aliased.group(1) + aliased.group(2)  # "kalle (Karl Svensson)"
    words = line.split()
    k = 0
    while k < len(words) and (is_role_word(words[k].strip(",")) or words[k].lower() in ("vice",)
                              or words[k][:1].islower() and vocabulary.is_role_abbreviation(words[k].strip(","))):
        k += 1  # "Ordförande Eva Ek", "vice ordf. Per Holm"
    rest = " ".join(words[k:]).lstrip(", ")
    match = _NAME_RUN.match(rest)
    return bool(match and _name_tokens_ok(re.split(r"\s*[,(]", match.group(0))[0]) or match and _name_tokens_ok(" ".join(match.group(0).split()[:2])))


def _parse_entry_with_service(entry: str, default_role: str | None) -> list[Person]:
    """One entry, or two when someone serves for an absent member: "Tommy Nilsson (S) tjänstgör
    för Lars Johansson (S)" (Borrby), "Olle Berg (M) ersättare för Eva Strand (M)" (the role then
    says for whom). "Per Ny, ersättare för Region Dalarna" names an organisation: one entry."""
    parts = _SERVES_FOR.split(entry, maxsplit=1)
    if len(parts) != 3 and default_role and default_role.endswith("ersättare"):
        # under "Tjänstgörande ersättare" the label says the rest: "Per Ny (M) för Maria Lund (M)"
        bare = re.split(r"\s+för\s+(?=[A-ZÅÄÖÉ])", entry, maxsplit=1)
        parts = [bare[0], "ersättare", bare[1]] if len(bare) == 2 else parts
    absent = _parse_entry(parts[2], None) if len(parts) == 3 else None
    if absent is None:
        person = _parse_entry(entry, default_role)
        if person is None and len(parts) == 3 and (serving := _parse_entry(parts[0], None)):
            # "Maria Vik ersätter Peter" (the rest in a neighbouring column): she serves, for whom is unread
            return [Person(serving.name, "tjänstgörande ersättare", serving.organisation, serving.party)]
        return [person] if person else []
    serving = _parse_entry(parts[0], "tjänstgörande ersättare")
    role = f"ersättare för {absent.name}" if parts[1].lower().startswith("ersätt") else "tjänstgörande ersättare"
    out = [Person(serving.name, role, serving.organisation, serving.party)] if serving else []
    # the one served for is an ordinary member ("ledamot") absent from this meeting
    return out + [Person(absent.name, "ledamot", absent.organisation, absent.party)]


# Functions for one meeting only; a standing role (ledamot, kassör, ordförande) written elsewhere wins.
_MEETING_FUNCTIONS = frozenset({"justerare", "rösträknare", "mötesordförande", "mötessekreterare", "protokollförare"})


def _combine(full: Person, other: Person) -> Person:
    """One record of two for the same person: the first's name, the member role over a meeting
    function (justerare, rösträknare, mötesordförande), and whatever organisation and party either one knows."""
    role = full.role
    standing = other.role and other.role not in _MEETING_FUNCTIONS and re.fullmatch(r"[a-zåäöé -]+", other.role)
    # "mötessekreterare" in the text says more than the "sekreterare" of a "Vid protokollet" label
    narrower = full.rule == "underskrifter" and other.role and role and other.role.endswith(role)
    # "Till styrelse väljs Eva Ek, Per Holm …" then "Till ordförande valdes Eva Ek": a board member
    # elected in a list holds the post the document gives her
    board_list = full.rule == "löptext: val" and role in ("ledamot", "styrelseledamot") and standing and other.role not in (
        "ledamot", "styrelseledamot", "suppleant", "ersättare")
    if other.role and (role is None or (role in _MEETING_FUNCTIONS and standing) or narrower or board_list):
        role = other.role
    return Person(
        name=full.name,
        role=role,
        organisation=full.organisation or other.organisation,
        party=full.party or other.party,
        rule=full.rule,
    )


_INITIAL = re.compile(r"^[A-ZÅÄÖÉÜ]\.$")


def _short_form(name: str) -> bool:
    """ "Ek" or "A. Ek": a name written shorter than a person's full name."""
    tokens = name.split()
    return len(tokens) == 1 or all(_INITIAL.match(t) for t in tokens[:-1])


def _same_person(short: str, full: str) -> bool:
    """Whether the short form can be the full name: same surname and initials that fit the first
    names ("A. Ek" / "Anna Ek"); a lone word may also be the first name ("Anna" / "Anna Lund")."""
    s_tokens, f_tokens = short.split(), full.split()
    if len(s_tokens) == 1:
        return s_tokens[0] in (f_tokens[0], f_tokens[-1])
    initials = [t[0] for t in s_tokens[:-1]]
    return (
        s_tokens[-1] == f_tokens[-1] and len(initials) <= len(f_tokens) - 1
        and all(first.startswith(i) for i, first in zip(initials, f_tokens))
    )


def _first_name_fits(short: Person, full: Person) -> bool:
    """Whether a lone first name ("Karin") may be the one full name that starts with it ("Karin
    Holm"): a first name is shared by many, so only when nothing written beside it says otherwise:
    no other organisation ("LIFs ordförande Karin"), and no other role unless the full name is one
    of the meeting's attendance list (the lone name then most likely means that member)."""
    return short.organisation in (None, full.organisation) and (
        short.role is None or full.role is None or short.role == full.role or full.rule == "närvaroblock"
    )


def _resolve_short_forms(persons: list[Person]) -> list[Person]:
    """"A. Ek", "ordförande Ek" and "Ek (S)" are the one "Anna Ek" of the document when she is the
    only person they can be; with both "Anna Ek" and "Per Ek" present a bare "Ek" stays a record of
    its own, and so does a short form whose party contradicts the full name's. Initials are resolved
    before lone names, so "Ek" may join "A. Ek" when no fuller name is written."""
    people = list(persons)
    for lone in (False, True):
        for short in [p for p in people if _short_form(p.name) and (len(p.name.split()) == 1) == lone]:
            candidates = [
                p for p in people
                if p is not short and (len(p.name.split()) > 1 if lone else not _short_form(p.name))
                and _same_person(short.name, p.name)
                and not (short.party and p.party and short.party != p.party)
                and (not lone or short.name != p.name.split()[0] or _first_name_fits(short, p))
            ]
            if len(candidates) != 1:
                continue
            target = candidates[0]
            people[people.index(target)] = _combine(target, short)
            people.remove(short)
    return people


def _name_key(name: str) -> str:
    """One spelling for a name written in several: "Inga-Lill Bjartén", "Ingalill Bjartén" and
    "Inga-Lill Bjarten" are one person (double names with or without hyphen, an accent left out:
    "Škorić" / "Skoric"); å, ä and ö are letters of their own, never accents."""
    return "".join(_without_accent(c) for c in name.lower().replace("-", ""))


def _without_accent(char: str) -> str:
    if char in "åäö":
        return char
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _nicknames_resolved(persons: list[Person], text: str) -> list[Person]:
    """Each person named by a nickname the document explains, under the name it explains."""
    aliases = _nickname_aliases(text)
    return [replace(p, name=aliases[p.name]) if p.name in aliases else p for p in persons]


def _merge_persons(persons: list[Person]) -> tuple[Person, ...]:
    merged: dict[str, Person] = {}
    political = any(p.party in PARTIES for p in persons)
    keys = {_name_key(p.name) for p in persons}
    for person in persons:
        if (key := _name_key(person.name)).endswith("s") and key[:-1] in keys:
            person = replace(person, name=person.name[:-1])  # "Anders Peterssons (S) yrkande" is Anders Petersson
        if person.party is None and person.organisation and is_local_party(person.organisation, political):
            person = Person(person.name, person.role, None, person.organisation, person.rule)  # "Eva Ås (SPI)"
        key = _name_key(person.name)
        old = merged.get(key)
        merged[key] = person if old is None else _combine(old, person)
    people = _without_joined_pairs(list(merged.values()))
    people = _without_name_variants(_without_misspellings(people))
    return tuple(_without_surname_fragments(_resolve_short_forms(people)))



def _without_joined_pairs(persons: list[Person]) -> list[Person]:
    """A "name" of four words that is two persons of the document written side by side ("Per Ek
    Nils Berg" under "Justerande", the signature columns joined by one space): each half keeps its
    own record, the joined one goes. Only when both halves are named on their own elsewhere."""
    names = {_name_key(p.name) for p in persons}
    kept = []
    for person in persons:
        words = person.name.split()
        halves = (" ".join(words[:2]), " ".join(words[2:]))
        if len(words) == 4 and all(_name_key(half) in names for half in halves):
            continue
        kept.append(person)
    return kept


def _misspelt(word: str, other: str) -> bool:
    """Whether two surnames are one written with a slip: two neighbouring letters swapped
    ("Sliwa" / "Silwa") or one letter left out inside the word ("Bergstöm" / "Bergström"). A letter
    changed ("Berg" / "Borg") or left out at the end ("Lind" / "Linde") makes another name."""
    if min(len(word), len(other)) < 5 or word == other:
        return False
    if len(word) == len(other):
        diff = [k for k in range(len(word)) if word[k] != other[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]] and word[diff[1]] == other[diff[0]]
    short, long = sorted((word, other), key=len)
    return len(long) == len(short) + 1 and any(long[:k] + long[k + 1:] == short for k in range(1, len(long) - 1))


def _without_misspellings(persons: list[Person]) -> list[Person]:
    """One person for a name the protocol spells two ways (same first names, a slip in the surname)."""
    people = list(persons)
    for person in list(people):
        if person not in people:
            continue
        words = person.name.split()
        match = next((p for p in people if p is not person and len(p.name.split()) == len(words) >= 2
                      and p.name.split()[:-1] == words[:-1] and _misspelt(p.name.split()[-1], words[-1])), None)
        if match is not None:  # the first found (attendance, signatures) keeps its spelling
            people[people.index(person)] = _combine(person, match)
            people.remove(match)
    return people


def _name_words(name: str) -> list[str]:
    return re.split(r"[\s-]+", _name_key(name.replace("-", " ")))


def _variant_of(short: list[str], full: list[str]) -> bool:
    """Whether the words of one name are a shorter writing of another's, one word less: the same first name and
    the surname ("Eva Ek" / "Eva Lotta Ek"), or the first part of a double surname ("Eva Möller" /
    "Eva Möller Ek")."""
    if len(short) < 2 or len(full) != len(short) + 1 or short[0] != full[0]:
        return False  # "Per Ek Eva Holm" (two names run together) has more words than one name's variant
    rest = iter(full[1:])
    in_order = all(word in rest for word in short[1:])
    return in_order and (short[-1] == full[-1] or short == full[:len(short)])


def _without_name_variants(persons: list[Person]) -> list[Person]:
    """One record for a person written two ways in one document: "Eva Möller Ek" and "Eva Möller-Ek",
    "Eva Ek" and "Eva Lotta Ek", "Eva Möller" and "Eva Möller Ek"; only when no other person of
    the document can be meant, and never across two parties."""
    people = list(persons)
    order = {p.name: i for i, p in enumerate(persons)}
    for short in sorted(persons, key=lambda p: len(_name_words(p.name))):
        words = _name_words(short.name)
        # the same words ("Möller-Ek" / "Möller Ek") join the one written first
        candidates = [p for p in people if p is not short and not (short.party and p.party and short.party != p.party)
                      and (_variant_of(words, _name_words(p.name))
                           or _name_words(p.name) == words and order[p.name] < order[short.name])]
        if short not in people or len(candidates) != 1:
            continue
        target = candidates[0]
        people[people.index(target)] = _combine(target, short)
        people.remove(short)
    return people


def _without_surname_fragments(persons: list[Person]) -> list[Person]:
    """A surname alone with a party ("Lund (M)") that is nobody's short form, in a protocol whose
    attendance writes its politicians in full: the end of a name broken over a line or column
    ("… för Maria" / "Lund (M)"), not a person of its own."""
    listed = any(p.rule == "närvaroblock" and p.party and " " in p.name for p in persons)
    return [p for p in persons if not (listed and p.rule == "löptext: namn (parti)" and " " not in p.name)]


# "Val av protokolljusterare", "Val av revisorer", "Val till kassör": the one function a § elects to
_ELECTION_TITLE = re.compile(
    r"^(?:val|omval|nyval)\s+(?:av|till)\s+(?:\w+\s+)??([a-zåäö-]+)\s*(?:[,(]|för\b|tillika\b|(?:och|samt)\s+rösträknare\b|$)",
    re.IGNORECASE)


# A lettered sub-heading that names the function elected below it: "b. Mötessekreterare",
# "c. Justeringsperson tillika rösträknare"
_FUNCTION_HEADING = re.compile(r"^(?:[a-z]\s*[.)]|\d{1,2}\s*[.)])?\s*((?:vice\s+)?[A-ZÅÄÖa-zåäö-]+)(?:\s+tillika\s+[a-zåäö-]+)?\s*:?$")


_TO_ADJUST = re.compile(r"(?i)^val\s+av\b.*\batt\b.*\bjustera\b")


def _elected_function(name: str, sections: list[RawSection]) -> str | None:
    """The function of the § that elects `name` without saying to what ("§ 4 Val av
    protokolljusterare" / "Årsmötet beslutade att välja Karin Holm och Per Ny"), or of the
    sub-heading right above the election ("b. Mötessekreterare" / "Mötet väljer Robin Ek"); None
    when neither names a single function."""
    for raw in sections:
        lines = [line.strip() for _, line in raw.lines if line.strip()]
        for above, line in zip(lines, lines[1:]):
            if name in line and (match := _FUNCTION_HEADING.match(above)) and is_role_word(match.group(1).split()[-1]):
                return canonical_role(match.group(1))
        if name in raw.text and (function := _title_function(raw.title)):
            return function
        if name in raw.text and _TO_ADJUST.match(raw.title.strip()):
            return "justerare"  # "Val av två personer att jämte ordföranden justera protokollet"
    return None


def _title_function(title: str) -> str | None:
    """The one function an item's heading elects to ("Val av två justerare tillika rösträknare"), or None."""
    if not (match := _ELECTION_TITLE.match(title.strip())):
        return None
    word = match.group(1).lower()
    forms = (word, word.removesuffix("er"), word.removesuffix("ar"), word.removesuffix("män") + "man")
    return next((canonical_role(f) for f in forms if is_role_word(f)), None)


# ---------------------------------------------------------------- running text and name lists

# A name broken over a line: hyphenated ("Ander-" / "sson", "Anna-" / "Karin"), a surname on the next
# line after the first name of a list ("… och Margareta" / "Tönsgård, tillstyrkte"), or a
# parenthesis going on ("(ordinarie, politiker" / "Tomelilla kommun)").
_HYPHEN_BREAK = re.compile(r"\b([A-ZÅÄÖÉ][a-zåäöé]+)-[ \t]*\n[ \t]*(?=([a-zåäöé]+|[A-ZÅÄÖÉ][a-zåäöé]+)\b)")
_NAME_BREAK = re.compile(
    r"((?:\boch|\bsamt|\bav|,|;)[ \t]+[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)[ \t]*\n[ \t]*"
    r"(?=[A-ZÅÄÖÉ][a-zåäöé]+(?:[ \t]+[A-ZÅÄÖÉ][a-zåäöé]+)?(?:[ \t]*[,.(]|[ \t]+[a-zåäö0-9]))"
)


# "…, med Tord Lindholm" / "som ersättare.": the function of a name at a line's end on the next line
_FUNCTION_BREAK = re.compile(
    r"(\b[A-ZÅÄÖÉ][a-zåäöé]+)[ \t]*\n[ \t]*(?=(?:som|till)[ \t]+(?:ny[ \t]+)?[a-zåäö]+[ \t]*[.,;]?[ \t]*$)", re.MULTILINE)


# "Per Ny (M) för Maria" / "Lund (M)": the surname of the member served for, alone on the next line
_SERVED_NAME_BREAK = re.compile(
    r"(\bför[ \t]+[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)[ \t]*\n[ \t]*(?=[A-ZÅÄÖÉ][a-zåäöé]+[ \t]*(?:[,.(]|$))",
    re.MULTILINE,
)


# 'Jonas "Jonte" Sand', "Eva 'Evi' Ek": a nickname in quotes between the first name and the surname
_NICKNAME = re.compile(r"(\b[A-ZÅÄÖÉ][a-zåäöé]+)[ \t]+[\"“”„'‘’][^\"“”„'‘’\n]{1,20}[\"“”'‘’][ \t]+(?=[A-ZÅÄÖÉ][a-zåäöé])")


# The parts of such a name: first name, nickname, surname
_NICKNAMED = re.compile(r"\b([A-ZÅÄÖÉ][a-zåäöé]+)[ \t]+[\"“”„'‘’]([A-ZÅÄÖÉ][a-zåäöé]+)[\"“”'‘’][ \t]+"
                        r"([A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?)\b")


def _nickname_aliases(text: str) -> dict[str, str]:
    """Names that a nickname written in quotes makes one person: 'Ingrid "Sassa" Ek' is also "Sassa
    Ek" and "Ingrid Sassa Ek" elsewhere in the document, all recorded as "Ingrid Ek"."""
    aliases = {}
    found = _NICKNAMED.findall(text)
    for first, nick, surname in found:
        aliases[f"{nick} {surname}"] = aliases[f"{first} {nick} {surname}"] = f"{first} {surname}"
        # "Styrelsen väljer Bullen som mötesordförande" after 'Karl "Bullen" Ek': the nickname alone
        # is that person when no one else in the document goes by it (a noun such as "Bullen" is
        # read as a name only where it stands as one)
        if len({f"{f} {s}" for f, n, s in found if n == nick}) == 1:
            aliases[nick] = f"{first} {surname}"
    return aliases


def _join_hyphen(match: re.Match) -> str:
    return match.group(1) + ("-" if match.group(2)[:1].isupper() else "")


def _running_text(pages: list[str]) -> str:
    """The pages as running text for the mention rules, names broken over lines made whole."""
    text = _HYPHEN_BREAK.sub(_join_hyphen, "\n".join(pages))
    text = _NICKNAME.sub(r"\1 ", text)
    text = _NAME_BREAK.sub(r"\1 ", text)
    text = _SERVED_NAME_BREAK.sub(r"\1 ", text)
    text = swedish_nlp.join_broken_names(text)  # "Kassören Eva" / "Holm redogjorde …"
    text = _FUNCTION_BREAK.sub(r"\1 ", text)
    text = re.sub(r"[ \t]*\n[ \t]*(?=(?:och|samt)\s+[A-ZÅÄÖÉ])", " ", text)  # "…, B nr 55" / "och C nr 149"
    # "… valdes Sara Lind (Kommunal) och" / "Mikael Ek (Vision).": an enumeration going on
    text = re.sub(r"(?:(?<=\soch)|(?<=\ssamt))[ \t]*\n[ \t]*(?=[A-ZÅÄÖÉ][a-zåäöé]+[ \t]+[A-ZÅÄÖÉ])", " ", text)
    return re.sub(r"\([^()\n]{1,60}\n[^()\n]{1,60}\)", lambda m: m.group(0).replace("\n", " "), text)


def _words_untabbed(text: str) -> str:
    """Lines whose text layer put a tab between every word ("Mikael\tZachrisson,\tsom\ttidigare")
    as the prose they are: no cell of a table holds one word each over five columns and more."""
    def untab(line: str) -> str:
        cells = line.split("\t")
        # (the first cell may hold a bullet or a speaker's label: "● Gunnar:")
        return line.replace("\t", " ") if len(cells) >= 5 and all(" " not in c.strip() for c in cells[1:]) else line
    return "\n".join(untab(line) for line in text.split("\n"))


def _mention_supported(mention, listed: list[str], named: list[str], sections: list[RawSection]) -> bool:
    """Mentions that need the document's other evidence: a user name after a title ("kassör
    stellanl") must be listed as a person (attendance, roll call); one name alone before a passive
    election ("Erik väljs till justerare") must be the first name of a person the document names
    in full anywhere, or a name the dictionary knows; one elected without a function must stand in
    a § that elects ("Val av kassör")."""
    if mention.rule == swedish_nlp.MENTION_RULES["PERSON_TITLED_HANDLE"]:
        return mention.name in listed
    if mention.rule == swedish_nlp.MENTION_RULES["PERSON_ELECTED_PLAIN"]:
        return any(mention.name in raw.text and _ELECTION.search(raw.title) for raw in sections)
    if mention.rule == swedish_nlp.MENTION_RULES["PERSON_FIRST_ELECTED"]:
        return is_proper_noun(mention.name) or any(k.split()[0] == mention.name and " " in k for k in named)
    return True


# A roll call: "Röstlängd: …", "11 närvarande …: nsg, stellanl, kaj", "Närvarolista" as a § title
_ROLL_CALL = re.compile(r"\b(?:röstlängd\w*|närvarande|närvarolista|närvaro|deltagare|upprop|kandidater|nominerade)\b", re.IGNORECASE)
_ROLL_ITEM = re.compile(r"[A-ZÅÄÖÉ]?[a-zåäöé][a-zåäöé0-9_.-]*")
# "Samt katy från punkt 8": one more person after a roll call
_ROLL_MORE = re.compile(r"^samt\s+([A-ZÅÄÖÉ]?[a-zåäöé][a-zåäöé0-9_.-]*)\b", re.IGNORECASE)
# "Mötet väljer följande till ledamöter:", "Till revisorer valdes:" over a list of names
_ELECTION_LEAD = re.compile(
    r"\b(?:väljer|valde|valdes|väljs|omvaldes|utsåg|utsågs|utses)\b.*?\b(?:till|som)\s+(?:ordinarie\s+|nya?\s+)?((?:vice\s+)?[a-zåäö-]+)\s*:$"
    r"|^till\s+(?:ordinarie\s+|nya?\s+)?((?:vice\s+)?[a-zåäö-]+)\b.{0,60}?\s(?:valdes|omvaldes|väljs|utsågs|utses)\s*:$",
    re.IGNORECASE,
)
# "Beslutet expedieras till:", "Beslutet skickas till", "Sändlista": who receives the decision
_DISTRIBUTION = re.compile(r"^(?:beslutet\s+)?(?:expedieras|skickas|sänds|delges)(?:\s+till)?\s*:?$|^sändlista\s*:?$", re.IGNORECASE)
# A table of members by first name: "Jens: 0 h", "Pösse: 2 h" (hours, tasks, votes)
_LIST_LINES = 12  # a list of the elected or of receivers is a few lines, not the rest of the item
_KEYED_LINE = re.compile(r"^([A-ZÅÄÖÉ][a-zåäöé]+)\s*:\s*(\S.{0,30})$")


def _listed_persons(front: list[tuple[int, str]], sections: list[RawSection], found: list[Person]) -> list[Person]:
    """Persons of the lists inside the items: a roll call of user names or first names (also in the
    heading, "Närvarande: nsg, kaj, blgl"), the names under an election lead-in or a distribution
    list, and a table keyed by members' first names."""
    # in the heading the attendance block reads names; a roll call there adds the user names
    persons = [p for p in _roll_call([line.strip() for _, line in front], False) if p.name[:1].islower()]
    persons += _participant_bullets([line.strip() for _, line in front])
    first_names = {p.name.split()[0] for p in found if len(p.name.split()) > 1}
    for raw in sections:
        lines = [line.strip() for _, line in raw.lines]
        persons += _roll_call(lines, bool(_ROLL_CALL.search(raw.title)))
        persons += [p for line in lines for p in _role_label_persons(line)]  # "Sökande: Per Ny" in a §
        persons += _names_under_lead(lines)
        persons += _participant_bullets(lines)
        persons += _action_owners(lines, first_names)
        persons += _keyed_names(lines, first_names)
    return persons


_LINE_NAME = _PERSON_NAME.replace(r"\s+", r"[ \t]+")  # a name within one line
# A member of a BRF or samfällighet written with the flat or house: "Eva Ek, lgh 12", "Per Holm (lgh 1102)"
_FLAT = r"(?i:lgh|lägenhet|lägenhetsnr|hus|fastighet)\.?\s*(?:nr\.?\s*)?\d+[a-zA-Z]?\b"
_FLAT_MEMBER = re.compile(rf"(?P<name>{_LINE_NAME})\s*(?:,\s*|\(\s*)" + _FLAT)
# "Som justerare valdes", "Till justerare och rösträknare valdes", "valdes till suppleanter", "Revisorer:"
_FLAT_FUNCTION = re.compile(
    r"(?i)\b(?:som|till)\s+(?P<role>(?:vice\s+)?[a-zåäö-]+)\b(?:\s+(?:och|tillika)\s+[a-zåäö-]+)?\s+"
    r"(?:valdes|väljs|omvaldes|utsågs|utses|föreslogs|föreslås)\b"
    r"|\b(?:valdes|väljs|omvaldes|utsågs|utses)\s+(?:till|som)\s+(?P<after>(?:vice\s+)?[a-zåäö-]+)"
    r"|^(?P<label>[A-ZÅÄÖa-zåäö-]+)\s*:"
)


def _flat_list_role(line: str, title: str) -> str | None:
    """The function a list of members with their flats is elected to: from the sentence or label of
    its line, else from the item's heading ("§ 3 Val av justerare tillika rösträknare")."""
    if (match := _FLAT_FUNCTION.search(line)) and is_role_word(word := next(g for g in match.groups() if g)):
        return canonical_role(word)
    return _title_function(title)


def _flat_members(sections: list[RawSection]) -> list[Person]:
    """Members named with their flat in an item ("Eva Ek, lgh 12; Per Holm, lgh 3" under "Val av
    justerare", "Som rösträknare valdes Eva Ek, lgh 12 och Per Holm, lgh 3"): each one a person, with
    the function the line or heading elects them to. The flat number makes the name a member's."""
    persons: list[Person] = []
    for raw in sections:
        carried = None  # "Suppleanter: Eva Ek, lgh 12;" / "Per Holm, lgh 3.": a list that goes on below
        for _, line in raw.lines:
            line = line.strip()
            role = None
            for match in _FLAT_MEMBER.finditer(line):
                words = match.group("name").split()
                name = " ".join(words[_leading_title(words):])  # "Justerare Eva Ek, lgh 3"
                if _name_tokens_ok(name):
                    role = role or _flat_list_role(line, raw.title) or carried
                    persons.append(Person(name, role))
            carried = role if line.endswith(";") else None
    return persons


_LIST_JOINS = re.compile(r"\s*[,;]\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+")


def _names_under_election_heading(sections: list[RawSection]) -> list[Person]:
    """A line of nothing but names under a heading that elects to one function ("§ 3 Val av två
    rösträknare" / "Eva Ek och Per Holm"): each name with that function."""
    persons: list[Person] = []
    for raw in sections:
        if not (role := _title_function(raw.title)):
            continue
        for _, line in raw.lines[:_LIST_LINES]:
            names = [n.strip(" .") for n in _LIST_JOINS.split(line.strip().rstrip("."))]
            if all(_name_tokens_ok(n) for n in names):
                persons += [Person(n, role) for n in names]
    return persons


# "Eva Ek som ombud med fullmakt för Per Holm", "Eva Ek, lgh 3, ombud för Per Holm", "Eva Ek med
# fullmakt från Per Holm": the proxy votes for a member who is not there; both are persons
_PROXY = re.compile(
    rf"(?P<proxy>{_LINE_NAME})(?:\s*,?\s*\(?{_FLAT}\)?)?\s*,?\s+(?:som\s+|är\s+)?"
    rf"(?:ombud(?:\s+med\s+fullmakt)?|med\s+fullmakt)\s+(?:för|från)\s+(?P<member>{_LINE_NAME})"
)


def _proxies(text: str) -> list[Person]:
    persons: list[Person] = []
    for match in _PROXY.finditer(text):
        words = match.group("proxy").split()
        proxy, member = " ".join(words[_leading_title(words):]), match.group("member")
        if _name_tokens_ok(proxy) and _name_tokens_ok(member):
            persons += [Person(proxy, "ombud"), Person(member)]
    return persons


def _roll_items(text: str) -> list[str] | None:
    """The persons of a comma list of single words (user names, first names) or full names; None
    unless most are no dictionary word ("styrelse, revisorer" is no roll call)."""
    parts = [p.strip().strip(" .;") for p in re.split(r",|\s+och\s+", text) if p.strip().strip(" .;")]
    if len(parts) < 2 or not all(_ROLL_ITEM.fullmatch(p) or _name_tokens_ok(p) for p in parts):
        return None
    if any(is_role_word(p) or vocabulary.is_role_abbreviation(p) for p in parts):
        return None  # "ordf, sekr, kassör": functions, not who filled them
    singles = [p for p in parts if " " not in p]
    unknown = [p for p in singles if p[:1].isupper() and is_name_token(p) or not swedish_nlp.is_common_word(p)]
    return parts if not singles or len(unknown) * 2 > len(singles) else None


def _roll_call(lines: list[str], titled: bool) -> list[Person]:
    persons: list[Person] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        head, colon, rest = line.partition(":")
        if not ((colon and (titled or _ROLL_CALL.search(head))) or (titled and not colon and _roll_items(line))):
            i += 1
            continue
        text = rest if colon else line
        while i + 1 < len(lines) and lines[i + 1] and (text.rstrip().endswith(",") or _roll_items(lines[i + 1])):
            i += 1
            text += " " + lines[i]
        items = _roll_items(text) or []
        persons += [Person(item) for item in items]
        if items and i + 1 < len(lines) and (more := _ROLL_MORE.match(lines[i + 1])):
            persons.append(Person(more.group(1)))
        i += 1
    return persons


# The header of a table of officials or nominations: "Funktion  Namn  E-post", "Uppdrag | Namn"
_FUNCTION_HEADER = re.compile(r"(?i)^(?:funktion|uppdrag|roll|post|befattning|titel|förtroendeuppdrag|ansvar\w*)$")
_NAME_HEADER = re.compile(r"(?i)^(?:namn|ledamot|person|kandidat|förslag)$")
_TABLE_CELLS = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_ORGANISATION_HEADER = re.compile(
    r"(?i)^(?:organisation|förening|förvaltning|myndighet|sektion|kommun|företag|arbetsgivare|enhet|avdelning|förbund)$")


def _row_cells(line: str) -> list[str]:
    return [c.strip() for c in _TABLE_CELLS.split(line.strip().strip("|")) if c.strip()]


def _function_cell(cell: str) -> bool:
    words = cell.split()
    return bool(words) and len(words) <= 4 and (is_role_word(words[-1].strip(":")) or vocabulary.is_title_acronym(cell))


def _function_and_unit(cell: str) -> tuple[str | None, str | None]:
    """A table's function cell as title and unit: "Ordförande DRust" is the chair of the committee
    DRust, "Kassör D6" the treasurer of D6; "Vice ordförande", "Valberedningen" are the title alone."""
    words = cell.split()
    last = max((k for k, w in enumerate(words) if is_role_word(w.strip(":"))), default=None)
    rest = words[last + 1:] if last is not None else []
    if rest and all(w[:1].isupper() or w[:1].isdigit() for w in rest):
        return canonical_role(" ".join(words[:last + 1])), " ".join(rest)
    return canonical_role(cell), None


def _function_rows(lines: list[str]) -> list[Person]:
    """Tables that give a function first, then a name, then maybe a user name or an address:
    "Funktion  Namn  E-post" / "Kassör  Per Holm  perhol", "Uppdrag  Namn" / "Ordförande  Anna Ek".
    Under such a header every row's function is the role (also "Valberedningen"); without one, a
    run of two or more rows whose first cell is a title. A name cell that is no full name (a
    committee, a Greek letter, "Vakant") is nobody."""
    persons: list[Person] = []
    columns: tuple[int, int] | None = None
    organisation_column: int | None = None  # "Namn  Organisation  Roll": where each one comes from
    run: list[tuple[str, str, str | None]] = []

    def flush() -> None:
        nonlocal run
        if len(run) >= 2 or columns:
            for function, names, organisation in run:
                for name in (n.strip() for n in re.split(r",|\s+och\s+", _PAREN.sub(" ", names))):
                    if not _name_tokens_ok(name) and _HANDLE.fullmatch(name.split()[-1]):
                        name = name.rsplit(None, 1)[0]  # "Eva Ek evaek": the user name the column beside holds
                    if _name_tokens_ok(name):
                        party = next((vocabulary.party_of(p) for p in _PAREN.findall(names) if vocabulary.party_of(p)), None)
                        role, unit = _function_and_unit(function)
                        persons.append(Person(name, role, organisation or unit, party))
        run = []

    for line in lines:
        cells = _row_cells(line)
        heads = [k for k, c in enumerate(cells) if _FUNCTION_HEADER.match(c)], [k for k, c in enumerate(cells) if _NAME_HEADER.match(c)]
        if heads[0] and heads[1]:
            flush()
            columns = (heads[0][0], heads[1][0])
            organisation_column = next((k for k, c in enumerate(cells) if _ORGANISATION_HEADER.match(c)), None)
            continue
        if columns:
            if len(cells) > max(columns):
                has_organisation = organisation_column is not None and organisation_column < len(cells)
                run.append((cells[columns[0]], cells[columns[1]], cells[organisation_column] if has_organisation else None))
                continue
            flush()  # the table ends
            columns = None
        if len(cells) >= 2 and _function_cell(cells[0]) and _name_tokens_ok(_PAREN.sub(" ", cells[1]).split(",")[0].strip()):
            run.append((cells[0], cells[1], None))
            continue
        flush()
    flush()
    return persons


# A delegation table's column of who decided: "Ärende | Beslutsfattare | Datum" / "… | Eva Ek EC Ekonomi | …"
_DECIDER_HEADER = re.compile(r"(?i)^(?:beslutsfattare|delegat|delegat/beslutsfattare|beslutad av|fattat av)$")


def _leading_name(cell: str) -> str | None:
    """The full name a cell starts with, before a title or unit written beside it ("Eva Ek EC
    Ekonomi", "Per Holm HR-chef", "Lisa Berg, enhetschef"): two or three name words, or None."""
    words = []
    for word in _PAREN.sub(" ", cell).replace(",", " , ").split():
        if word == "," or word.isupper() or not is_name_token(word) or len(words) == 3:
            break
        words.append(word)
    name = " ".join(words)
    return name if len(words) >= 2 and _name_tokens_ok(name) else None


def _decider_rows(lines: list[str]) -> list[Person]:
    """The persons of a delegation table's "Beslutsfattare" column, one per row until the table ends."""
    persons: list[Person] = []
    column = None
    for line in lines:
        cells = _row_cells(line)
        if (header := next((k for k, c in enumerate(cells) if _DECIDER_HEADER.match(c)), None)) is not None:
            column = header
            continue
        if column is None or all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
            continue
        if len(cells) <= column:
            column = None  # the table ends
            continue
        if name := _leading_name(cells[column]):
            # a title beside the name is the role ("Per Holm HR-chef"); a unit's short form is left out
            rest = cells[column][len(name):].strip(" ,")
            written = _parse_entry(f"{name}, {rest}", None) if rest else None
            persons.append(Person(name, written.role if written else None))
    return persons


# A § that elects or nominates: its lists ("Ledamöter" / "(MP) Jonas Berg") read as attendance blocks
_ELECTION = re.compile(r"\b(?:val|omval|nyval|fyllnadsval|nominering\w*|förslag på ledamöter)\b", re.IGNORECASE)


# A § that lists members: an election, or the attendance and votes ("Närvaro- och omröstningslista")
_LISTING = re.compile(_ELECTION.pattern + r"|närvaro|omröstning|votering|röstlängd|konstituer\w*", re.IGNORECASE)

# "OMVAL 2 ÅR Eva Ek, omval 2 år (2022-2023) Ledamot – sekreterare", "Styrelse 2022 Per Holm
# Dirigent/Körledare": a row of a board's table whose post, capitalised, ends the line
_POST_LAST = re.compile(r"\s(?P<role>[A-ZÅÄÖ][a-zåäö]+)(?:\s*[–/-]\s*[\wåäö. ]{1,30}?)?\s*$")
_NAME_PAIR = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\b")


def _posts_last(lines: list[tuple[int, str]]) -> list[Person]:
    """The persons of a listing § whose rows end with the post: one full name before it, no other."""
    persons = []
    for _, line in lines:
        if not (post := _POST_LAST.search(line)) or not is_role_word(post.group("role")):
            continue
        names = [n for n in _NAME_PAIR.findall(line[:post.start()]) if all(is_name_token(w) for w in n.split())]
        if len(names) == 1:
            persons.append(Person(names[0], canonical_role(post.group("role"))))
    return persons


def _election_lists(lines: list[tuple[int, str]], title: str = "") -> list[Person]:
    """The lists of an election § under their labels ("Ledamöter" / "(MP) Jonas Berg" / "Ersättare" /
    …), read as attendance blocks; the sentences before the first label are the mention rules' part."""
    # a bare label, or labels side by side over their columns ("Ordinarie  Ersättare"); not the last
    # word of a heading broken over lines ("… utses till valberedningens" / "ordförande")
    start = next((k for k, (_, line) in enumerate(lines)
                  if (((m := vocabulary.ATTENDANCE_LABEL.match(_table_row(line.strip()))) and not m.group("rest").strip())
                      or (_label_columns(line) and _label_chain(line.strip())))
                  and not _breaks_off(lines[k - 1][1] if k else title)), None)
    return _attendance_persons(lines[start:]) if start is not None else []


_BREAKS_OFF = re.compile(r"(?:\b(?:till|av|för|som|i|och|samt)|[a-zåäö]{3,}s)\s*$")


def _breaks_off(line: str) -> bool:
    """Whether a line stops in the middle of a phrase: after a preposition, "och", or a genitive
    waiting for its noun ("valberedningens")."""
    return bool(_BREAKS_OFF.search(line.strip())) and not _bare_label(line.strip())


# A dash between a name and its title in a list of the elected: "Eva Ek – ordförande, 1 år"
_DASHED_TITLE = re.compile(r"(?<=[a-zåäöé)])\s+[–-]\s+(?=(?:vice\s+)?([a-zåäö-]+)\b)")


def _names_under_lead(lines: list[str]) -> list[Person]:
    """Names listed one per line under an election lead-in (with its function) or under a
    distribution list ("Beslutet expedieras till:" / "Anna Ek, fastighetsägare")."""
    persons: list[Person] = []
    for i, line in enumerate(lines):
        election = _ELECTION_LEAD.search(line)
        # "Följande valdes:", "Årsmötet valde:": a lead-in that names no function, each line its own
        listed = (lead := _ELECTION_LIST_LEAD.match(line.strip())) and not _NOT_ELECTED_YET.search(lead.group("lead"))
        if not (election or listed or _DISTRIBUTION.match(line)):
            continue
        role = None
        if election:
            function = election.group(1) or election.group(2)
            role = canonical_role(function) if is_role_word(function.split()[-1]) else None
        for item in lines[i + 1:i + 1 + _LIST_LINES]:
            item = _TERM_OF_OFFICE.sub("", re.sub(r"^[-•*\u2022]\s*", "", item))
            # "Eva Ek – ordförande" is "Eva Ek, ordförande"
            item = _DASHED_TITLE.sub(lambda m: ", " if is_role_word(m.group(1)) else m.group(0), item)
            if not item or _DISTRIBUTION.match(item):
                break
            person = _parse_entry(item, role) if _looks_like_person_line(item) else None
            if person is None and (election or listed):
                break  # the list of the elected ends at its first line that is no name
            if person is not None:
                persons.append(person)
    return persons


def _keyed_names(lines: list[str], first_names: set[str]) -> list[Person]:
    """A run of three or more "Name: value" lines, most of whose names are the first names of
    persons named in full: every name of the run is a person (nicknames included, "Pösse")."""
    persons: list[Person] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if (match := _KEYED_LINE.match(line)) and is_name_token(match.group(1)):
            run.append(match.group(1))
            continue
        if len(run) >= 3 and sum(name in first_names for name in run) * 2 > len(run):
            persons += [Person(name) for name in run]
        run = []
    return persons


# ---------------------------------------------------------------- assembly


def _ruled(persons: list[Person], rule: str) -> list[Person]:
    """The persons with the short name of the rule that found them (`arkiv show --explain`)."""
    return [replace(p, rule=rule) for p in persons]



# A document with no headings at all (a board's report in prose: "Styrelsen bestämde att …. Eva Ek
# valdes till …") is one unnumbered section when its text decides, so that its decisions are kept
# (its paragraphs stay outside it, see parse_document); one that decides nothing (a letter) stays
# without sections.
WHOLE_BODY_TITLE = "Hela dokumentet"


def _whole_body(front: list[tuple[int, str]], proposals_only: bool) -> list[RawSection]:
    body = [(page, line) for page, line in front if line.strip()]
    if proposals_only or not body:
        return []
    raw = RawSection(number=None, title=WHOLE_BODY_TITLE, page=body[0][0], lines=list(front))
    return [raw] if _decisions(_without_appendix(raw), formal=False) else []


def parse_document(pages: list[str], *, filename: str = "", running_text_persons: bool = True) -> ParsedDocument:
    """Structure of one cleaned document (see the module docstring for the rules).

    `running_text_persons=False` leaves out the persons that only running text names: their rules
    need spaCy, whose import costs seconds, and a kallelse read for a brief needs no persons."""
    pages = pages_given_names_first(pages)  # "[X] Ek Eva" in an attendance list is Eva Ek
    seg = segment(pages)
    header = _header_lines(seg, pages)
    title = _title(header, seg, filename)
    place, time = _place_and_time(header)

    # a kallelse only proposes ("Förslag till beslut: Styrelsen antar …", corpus/ 2024-12-12)
    proposals_only = _doc_type(title, header, filename, False) is DocType.KALLELSE
    raws = seg.sections or _whole_body(seg.front, proposals_only)
    decided = [_without_appendix(_without_decision_index(without_earlier_treatments(raw))) for raw in raws]
    formal = _uses_blocks(decided)
    sections = tuple(
        Section(
            number=raw.number,
            title=raw.title,
            page=raw.page,
            text=raw.text,
            dnr=case_refs(raw),
            decisions=() if proposals_only else _decisions(lines, formal),
        )
        for raw, lines in zip(raws, decided)
    )

    persons = (
        _ruled(_attendance_persons(seg.front), "närvaroblock") + _ruled(_bare_name_persons(seg.front), "namnrader")
        + _ruled(_signature_rows(seg.front), "underskriftsrader")
    )
    if not persons and seg.sections:
        # attendance lists printed on a later page (Borrby page 2 precedes § 66, so this is rare)
        first = seg.sections[0]
        # a heading broken before its last word ("… till valberedningens" / "ordförande") is no label
        lines = first.lines[1:] if _breaks_off(first.title) else first.lines
        persons = _ruled(_attendance_persons(lines), "närvaroblock")
    if seg.sections:
        tail = _signature_page(seg.sections[-1].lines)
        # rows of roles over rows of names need no label above them ("Mötesordförande Mötessekreterare")
        rows = tail or seg.sections[-1].lines[-_SIGNATURE_LINES:]
        persons += _ruled(_attendance_persons(tail), "underskrifter") + _ruled(_signature_rows(rows), "underskriftsrader")
    # a table row's cells ("Ordförande<TAB>Frans Skarman") read as the phrase a person would write
    text = _party_after_name(_CELL_BREAK.sub(", ", _words_untabbed(_running_text(pages))))
    persons += _ruled(_listed_persons(seg.front, seg.sections, persons), "namnlista")
    persons += _ruled([p for raw in seg.sections if _LISTING.search(raw.title) for p in _election_lists(raw.lines, raw.title)],
                      "vallista")
    persons += _ruled([p for raw in seg.sections if _LISTING.search(raw.title) for p in _posts_last(raw.lines)],
                      "post sist på raden")
    persons += _ruled([p for block in [seg.front, *(raw.lines for raw in seg.sections)]
                       for p in _function_rows([line for _, line in block])], "funktionstabell")
    persons += _ruled([p for raw in seg.sections for p in _decider_rows([line for _, line in raw.lines])],
                      "delegationstabell")
    persons += _ruled(_roles_by_initials(seg.front, persons), "initialer")
    known = [p.name for p in persons]
    mentions = swedish_nlp.person_mentions(text) if running_text_persons else []
    named = known + [m.name for m in mentions]
    for mention in mentions:
        # "Nominera Inga-Lill Bjartén (S)": a sentence-initial word swallowed before a known name
        # (only a full known name: "A. Ek" is no "Ek" with a word swallowed)
        name = next((k for k in known if mention.name != k and " " in k and mention.name.endswith(" " + k)), mention.name)
        if not _mention_supported(mention, known, named, seg.sections):
            continue
        if " " not in name and name[:1].isupper() and is_common_noun(name) and not any(k.split()[-1] == name for k in known if " " in k):
            continue  # "verksamhetschef Måltid", "Ordförande Delta": a unit after a title, unless a surname here
        elected = mention.rule in ("val", "val utan funktion")
        role = mention.role or (_elected_function(name, seg.sections) if elected else None)
        persons.append(Person(name, role, mention.organisation, mention.party, rule=f"löptext: {mention.rule}"))
        known.append(name)
    # members named with their flats, and proxies (BRF and samfällighet stämmor)
    persons += _ruled(_flat_members(seg.sections), "lägenhetslista") + _ruled(_proxies(text), "ombud")
    persons += _ruled(_names_under_election_heading(seg.sections), "vald under rubrik")
    # the text of a document without headings stays outside any section, paragraph by paragraph, as
    # search finds text outside §; its whole-text section only holds the decisions
    paragraphs = paragraphs_of(seg.front, None)
    for raw in seg.sections:
        paragraphs += paragraphs_of(raw.lines, raw.number or raw.title)
    return ParsedDocument(
        title=title,
        doc_type=_doc_type(title, header, filename, any(s.decisions for s in sections)),
        body=_body(header, title),
        date=_meeting_date(header, title, filename),
        place=place,
        time=time,
        sections=sections,
        persons=_merge_persons(_nicknames_resolved(persons, "\n".join(pages))),
        paragraphs=tuple(paragraphs),
    )
