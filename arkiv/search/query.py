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

from arkiv.schema import DecisionStatus
from arkiv.swedish import dnr, vocabulary

MONTHS = {**vocabulary.MONTHS, **vocabulary.MONTH_ABBREVIATIONS}

DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH_YEAR = re.compile(r"\b(?:den\s+)?(\d{1,2})(?::[ae])?\s+(" + _MONTH_NAMES + r")\.?\s+(\d{4})\b", re.I)
MONTH_YEAR = re.compile(r"\b(?:i\s+|under\s+)?(" + _MONTH_NAMES + r")\.?\s+(\d{4})\b", re.I)
YEAR_WITH_PREPOSITION = re.compile(r"\b(?:i|under|år|året|från|sedan)\s+((?:19|20)\d{2})\b", re.I)
BARE_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# A status word after a motion verb or "efter" names an event the question refers to, not the
# outcome it asks for: "yrkade någon på återremiss av …" asks who moved it, "vad hände med
# äskandet efter att det bordlagts" what was decided later. Such a word boosts no status.
STATUS_AS_BACKGROUND = re.compile(r"\b(?:yrka\w*|föresl(?:å|og)\w*|efter)\b[^.?!]{0,40}$", re.I)
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
    names_decisions: bool = False  # the words ask for decisions ("vilka beslut …"), not a status alone
    status_word: str | None = None  # the word that named the status ("bordlades"), as typed

    @property
    def subject(self) -> str:
        """The topic without its status word: what the question is about ("offerten för
        sandlådorna" in "offerten för sandlådorna som bordlades")."""
        if not self.status_word:
            return self.topic
        return " ".join(re.sub(re.escape(self.status_word), " ", self.topic, flags=re.I).split())


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


def parse_query(text: str) -> Query:
    topic = text
    query = Query(text=text, topic=text)

    # "KS 2024/123", "ks2024-123", "Dnr SDSF 2024 000025 790", "2024/191": the grammar ingest uses
    found = list(dnr.find(topic, dnr.Context.QUERY))
    for case in found[::-1]:
        topic = _remove(topic, (case.start, case.end))
    query = replace(query, dnr_keys=tuple(case.dnr.key for case in found))

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
    for pattern, status in vocabulary.QUERY_STATUS_WORDS:
        if (match := pattern.search(topic)) and STATUS_AS_BACKGROUND.search(topic[: match.start()]):
            break
        if match:
            query = replace(query, status=status, decision_intent=True, status_word=match.group(0))
            if status is DecisionStatus.NOTERAD:
                topic = _remove(topic, match.span())
            break
    if match := vocabulary.QUERY_DECISION_WORDS.search(topic):
        query = replace(query, decision_intent=True, names_decisions=True)
        topic = _remove(topic, match.span())

    return replace(query, topic=" ".join(topic.split()))
