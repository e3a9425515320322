"""Query understanding: what the user asks for besides words.

"vilka beslut bordlades om äskanden" → decisions first, status bordlagd, topic "bordlades om äskanden".
What the words imply (status, dates) only boosts; ranking.Filters (the user's options) filter.
"beslut i maj 2024" → date range 2024-05-01..2024-05-31, "den 12 december 2024" → that day.
"KS 2024/123", "ks2024-123" → case key.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from arkiv.schema import DecisionStatus, normalise_dnr

MONTHS = {
    name: i
    for i, names in enumerate(
        [(), ("januari", "jan"), ("februari", "feb"), ("mars", "mar"), ("april", "apr"), ("maj",),
         ("juni", "jun"), ("juli", "jul"), ("augusti", "aug"), ("september", "sep", "sept"),
         ("oktober", "okt"), ("november", "nov"), ("december", "dec")]
    )
    for name in names
}

# A verb form in the query that names what happened to a matter.
STATUS_WORDS = [
    (re.compile(r"\bbordla(des|gda|gd|gt|gts|ggning\w*|gts)?\b|\bbordlägg\w*", re.I), DecisionStatus.BORDLAGD),
    (re.compile(r"\båterremitt\w*|\båterremiss\w*", re.I), DecisionStatus.ATERREMITTERAD),
    (re.compile(r"\bavslo(gs|g)\b|\bavslag(en|na|et)?\b|\bavslagits\b|\bavslås\b", re.I), DecisionStatus.AVSLAGEN),
    (re.compile(r"\bnoterade?s?\b|\blades till handlingarna\b", re.I), DecisionStatus.NOTERAD),
]
DECISION_WORDS = re.compile(
    r"\bbeslut(et|en|ade|ades|at|ats|ar|s)?\b|\bbesluta(de|des|t)?\b|\bbeslöt\b|\bfattade(s)?\b", re.I
)
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH_YEAR = re.compile(r"\b(?:den\s+)?(\d{1,2})(?::[ae])?\s+(" + _MONTH_NAMES + r")\.?\s+(\d{4})\b", re.I)
MONTH_YEAR = re.compile(r"\b(?:i\s+|under\s+)?(" + _MONTH_NAMES + r")\.?\s+(\d{4})\b", re.I)
YEAR_WITH_PREPOSITION = re.compile(r"\b(?:i|under|år|året|från|sedan)\s+((?:19|20)\d{2})\b", re.I)
BARE_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# "KS 2024/123", "ks2024-123", "Dnr SDSF 2024 000025 790", "Dnr 2023-000123", "BUN 2022.118", "2024/191"
DNR = re.compile(
    r"(?:\bdnr[\s.:]*)?\b([A-ZÅÄÖ]{1,8}[\s.:-]*)?((?:19|20)\d{2})\s*[/.:\s-]\s*(\d{1,6})(?:\s+(\d{1,4})\b)?",
    re.I,
)
SECTION = re.compile(r"(?:§\s*|\bparagraf\s+)(\d+(?:\.\d+)?)", re.I)


@dataclass(frozen=True)
class Query:
    text: str  # as typed
    topic: str  # the words left for lexical matching, filters and intent words removed
    dnr_keys: tuple[str, ...] = ()
    section: str | None = None  # "§ 31"
    date_from: str | None = None  # YYYY-MM-DD inclusive
    date_to: str | None = None
    year_hint: int | None = None  # a bare year: boosts, does not filter ("äskande för 2025")
    decision_intent: bool = False
    status: DecisionStatus | None = None


def _month_range(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


def _day(match: re.Match) -> str | None:
    """"12 december 2024" as 2024-12-12, or None for a day the month does not have."""
    year, month, day = int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _remove(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " + text[span[1]:]


def _looks_like_case_number(match: re.Match) -> bool:
    """"KS 2024/123", "Dnr 2023-000123", "SDSF 2024 000028", "ks2024-123", "nsf-2024-7" are case
    numbers; "2024 15", "maj 2024 3" or "budget 2025 2026" are not."""
    written = match.group(0)
    series = (match.group(1) or "").strip(" .:-")
    if series.lower() in MONTHS:
        return False
    if "/" in written or written.lower().startswith("dnr"):
        return True
    if not series:
        return False
    attached = not match.group(1).endswith(" ")  # "ks2024-123", "NSF.2024.12"
    return series.isupper() or attached


def parse_query(text: str) -> Query:
    topic = text
    query = Query(text=text, topic=text)

    dnr_keys = []
    for match in list(DNR.finditer(topic))[::-1]:
        if DATE_ISO.fullmatch(match.group(0).strip()):
            continue
        if not _looks_like_case_number(match):
            continue
        dnr_keys.append(normalise_dnr(match.group(0)))
        topic = _remove(topic, match.span())
    query = replace(query, dnr_keys=tuple(dnr_keys[::-1]))

    if match := SECTION.search(topic):
        query = replace(query, section=f"§ {match.group(1)}")
        topic = _remove(topic, match.span())

    if match := DATE_ISO.search(topic):
        day = match.group(0)
        query = replace(query, date_from=day, date_to=day)
        topic = _remove(topic, match.span())
    elif (match := DAY_MONTH_YEAR.search(topic)) and (day := _day(match)):
        query = replace(query, date_from=day, date_to=day)
        topic = _remove(topic, match.span())
    elif match := MONTH_YEAR.search(topic):
        start, end = _month_range(int(match.group(2)), MONTHS[match.group(1).lower()])
        query = replace(query, date_from=start, date_to=end)
        topic = _remove(topic, match.span())
    elif match := YEAR_WITH_PREPOSITION.search(topic):
        year = match.group(1)
        query = replace(query, date_from=f"{year}-01-01", date_to=f"{year}-12-31")
        topic = _remove(topic, match.span())
    elif match := BARE_YEAR.search(topic):
        query = replace(query, year_hint=int(match.group(1)))

    # The status word stays among the words to match: "bordlades" finds "Ärendet bordläggs" and a
    # proposal to table, which a status filter on decisions alone would lose (issue 12). Except
    # "noterade": most decisions note something, so the word matches everywhere (bench/retrieval:
    # keeping it cost "noterade styrelsen delårsbokslutet" half its nDCG).
    for pattern, status in STATUS_WORDS:
        if match := pattern.search(topic):
            query = replace(query, status=status, decision_intent=True)
            if status is DecisionStatus.NOTERAD:
                topic = _remove(topic, match.span())
            break
    if match := DECISION_WORDS.search(topic):
        query = replace(query, decision_intent=True)
        topic = _remove(topic, match.span())

    return replace(query, topic=" ".join(topic.split()))
