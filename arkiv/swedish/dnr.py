"""The Dnr grammar: case numbers (diarienummer, ärendenummer, "Vår beteckning") in every spelling.

One case is written "KS 2024/123", "Ks 2024/0123", "KS/2024:123", "KS.2024.123", "KS-2024-00123",
"Dnr 2024/123" (no series), "2024/KS 0041" (series after the year), "Dnr 123/2024" (number first)
or, by case-management systems, "SDSF 2024 000123 456" and, in Finland, "NKBY/130/12.03.00/2023"
(series, number, archive class, year). Ingest (arkiv.ingest.extract) and the
query parser (arkiv.search.query) both find case numbers with `find`; what differs is only how
much evidence an unlabelled match needs (`Context`).

A case is compared by (series if both have one, year, number without leading zeros), see
`same_case`; `Dnr.key` ("KS-2024-123", "2024-123", "SDSF-2024-123-456") is the stored matching key
and `Dnr.display` the canonical form shown to users ("KS 2024/123").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

_LABEL = r"(?P<label>\b(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr|(?:vår|er) beteckning)\b\.?[ \t]*:?[ \t]*)"
_LETTERS = r"[A-ZÅÄÖa-zåäö]"
# "/", ".", ":", a hyphen or an en dash ("Diarienummer 2025–00014"), or spaces
_SEP = r"(?:[ \t]*[/.:\u2010-\u2013-][ \t]*|[ \t]+)"
# An id of a case-management system ("000123 456") carries a second group after a long number.
_NUMBER = r"(?P<{n}>\d{{1,7}})(?:(?<=\d{{5}})(?:[ \t]+|-)(?P<{e}>\d{{1,4}}))?(?![\d])(?![/.:-]\d)"

_GRAMMAR = re.compile(
    _LABEL + "?"
    + r"(?:"
    # series (optional) + year + number: "KS 2024/123", "VN-2024-00029", "Dnr 2024-000123"; the
    # register may stand before the series, in capitals: "KS KF/2026:6" (the series is KF)
    + r"(?:(?:(?P<register>(?<![\wåäöÅÄÖ])(?-i:[A-ZÅÄÖ]{2,4}))[ \t]+(?=(?-i:[A-ZÅÄÖ]{1,8})(?:[ \t]*[/.:\u2010-\u2013-]|[ \t]+(?:19|20)\d\d)))?"
    + r"(?P<series>(?<![\wåäöÅÄÖ])" + _LETTERS + r"{1,8})(?P<ssep>[ \t]*[/.:\u2010-\u2013-][ \t]*|[ \t]+|)|(?<![\w/.:-]))"
    + r"(?P<year>(?:19|20)\d\d)" + _SEP + _NUMBER.format(n="number", e="extra")
    # year + series + number: "2024/KS 0041"
    + r"|(?<![\d/.:-])(?P<year2>(?:19|20)\d\d)[ \t]*/[ \t]*(?P<series2>" + _LETTERS + r"{1,8})[ \t]*[-.]?[ \t]*(?P<number2>\d{1,7})(?!\d)"
    # series + year and number run together: "Dnr: ABCDE/20014197" (labelled only, see _accepted)
    + r"|(?P<series4>(?<![\wåäöÅÄÖ])" + _LETTERS + r"{1,8})[ \t]*/[ \t]*(?P<year4>(?:19|20)\d\d)(?P<number4>\d{3,6})(?![\d/.:-])"
    # number + year: "123/2024" (labelled only, see _accepted)
    + r"|(?<![\d/.:-])(?P<number3>\d{1,7})[ \t]*/[ \t]*(?P<year3>(?:19|20)\d\d)(?![\d/.:-])"
    # series / number / archive class / year, a Finnish case number: "NKBY/130/12.03.00/2023" (the
    # class, a heading of the archive plan, is no part of the case's identity)
    + r"|(?P<series5>(?<![\wåäöÅÄÖ])(?-i:[A-ZÅÄÖ]{2,8}))/(?P<number5>\d{1,7})/\d{1,2}(?:\.\d{1,2}){1,3}/"
    + r"(?P<year5>(?:19|20)\d\d)(?![\d/.:-])"
    # a state authority's class, number and year: "dnr 512-4471-2023" (labelled only, see _accepted;
    # the class, a heading of the archive plan, is no part of the case's identity)
    + r"|(?<![\d/.:-])\d{3}-(?P<number6>\d{1,7})-(?P<year6>(?:19|20)\d\d)(?![\d/.:-])"
    + r")",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])$")
# Official print series and statutes ("SFS 2003:1210", "SOU 2023:45", "prop. 2023/24:1",
# "förordning (EU) 2016/679", and every författningssamling "BFS 2020:5", "AFS 2001:1") are
# citations, not case numbers.
_NOT_SERIES = frozenset({"SFS", "SOU", "DS", "PROP", "SKR", "BET", "RSKR", "EU", "EG", "EEG", "EES", "NJA", "HFD", "RÅ", "AD", "MÖD", "KAMMARRÄTTEN"})
_MONTHS = frozenset(
    "januari februari mars april maj juni juli augusti september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec".split()
)


class Context(Enum):
    """How a case number was written around: in a document's text or in a typed query."""

    TEXT = "text"  # unlabelled only with an upper-case series: "KS 2024/123", "VN-2024-00029"
    QUERY = "query"  # also "ks2024-123", "nsf-2024-7" and a bare "2024/191"


@dataclass(frozen=True)
class Dnr:
    series: str | None  # upper-case letters: "KS", "SDSF"
    year: int
    number: int
    extra: int | None = None  # second group of a case-management id: "SDSF 2024 000123 456"

    @property
    def key(self) -> str:
        parts = ([self.series] if self.series else []) + [str(self.year), str(self.number)]
        return "-".join(parts + ([str(self.extra)] if self.extra is not None else []))

    @property
    def display(self) -> str:
        core = f"{self.year}/{self.number}" + (f"-{self.extra}" if self.extra is not None else "")
        return f"{self.series} {core}" if self.series else core


@dataclass(frozen=True)
class Found:
    dnr: Dnr
    text: str  # as written, label included: "Dnr: KS 2024/12"
    label: str  # "Dnr: ", or "" when unlabelled
    start: int
    end: int

    @property
    def core(self) -> str:
        """The case number without its label: "KS 2024/12"."""
        return self.text[len(self.label) :].strip() if self.label else self.text


def _dnr(match: re.Match) -> Dnr:
    if match.group("year2"):
        return Dnr(match.group("series2").upper(), int(match.group("year2")), int(match.group("number2")))
    if match.group("year3"):
        return Dnr(None, int(match.group("year3")), int(match.group("number3")))
    if match.group("year4"):
        return Dnr(match.group("series4").upper(), int(match.group("year4")), int(match.group("number4")))
    if match.group("year5"):
        return Dnr(match.group("series5"), int(match.group("year5")), int(match.group("number5")))
    if match.group("year6"):
        return Dnr(None, int(match.group("year6")), int(match.group("number6")))
    series = match.group("series")
    extra = match.group("extra")
    return Dnr(series.upper() if series else None, int(match.group("year")), int(match.group("number")),
               int(extra) if extra else None)


def _accepted(match: re.Match, context: Context) -> bool:
    labelled = bool(match.group("label"))
    core = match.group(0)[len(match.group("label") or "") :]
    series = match.group("series") or match.group("series2") or match.group("series4") or match.group("series5") or ""
    if series.upper() in _NOT_SERIES or series.upper().endswith("FS") or series.lower() in _MONTHS:
        return False
    if _ISO_DATE.match(core.strip()):
        return False
    if labelled:
        return True
    if match.group("year3"):
        return False  # "12/2024" is as often a month as a case
    if match.group("year6"):
        return context is Context.QUERY  # in running text "031-4471-2023" may be a phone number
    if match.group("year4"):
        return context is Context.QUERY and series.isupper()
    if _year_range(match):
        return False  # "DNS 2017/2018", "IT 2023/24": an acronym and an operating year, no case
    if match.group("year2"):
        return series.isupper() or context is Context.QUERY
    if not series:
        return context is Context.QUERY and "/" in core
    if series.isupper() and len(series) >= 2:
        return True
    # "ks2024-123", "nsf-2024-7": a lower-case series only when joined to the year, and only in a
    # query ("budget 2025 2026" is no case)
    return context is Context.QUERY and not match.group("ssep").isspace()


def _year_range(match: re.Match) -> bool:
    """Whether year and number read as a span of years: "2017/2018", "2017-18"."""
    if not match.group("year"):
        return False
    year, number = match.group("year"), match.group("number")
    return (len(number) == 4 and 0 < int(number) - int(year) <= 1) or (
        len(number) == 2 and int(number) == (int(year) + 1) % 100)


def find(text: str, context: Context = Context.TEXT) -> Iterator[Found]:
    """Case numbers in `text`, in order, as written and parsed."""
    position = 0
    while (match := _GRAMMAR.search(text, position)) is not None:
        if _accepted(match, context):
            label = match.group("label") or ""
            yield Found(_dnr(match), match.group(0).strip(), label, match.start(), match.end())
            position = match.end()
            continue
        # retry just after the series word: "maj 2024/12", "SFS 2003:1210" leave the numbers, which
        # are then judged on their own
        series_end = match.end("series") if match.group("series") else -1
        position = series_end if series_end > match.start() else match.start() + 1


def parse(text: str) -> Dnr | None:
    """The case number that is the whole of `text` ("Dnr KS 2024/0123", "ks2024-123"), or None."""
    stripped = text.strip()
    match = _GRAMMAR.fullmatch(stripped)
    if match is None or not _accepted(match, Context.QUERY):
        return None
    return _dnr(match)


def same_case(a: str, b: str) -> bool:
    """Whether two keys name one case: series compared only when both have one."""
    ka, kb = _key_parts(a), _key_parts(b)
    if ka is None or kb is None:
        return a == b
    (sa, rest_a), (sb, rest_b) = ka, kb
    return rest_a == rest_b and (sa is None or sb is None or sa == sb)


def without_series(key: str) -> str:
    """The key of the same case written without its series: "KS-2024-12" -> "2024-12"."""
    parts = _key_parts(key)
    return "-".join(parts[1]) if parts and parts[0] else key


def _key_parts(key: str) -> tuple[str | None, tuple[str, ...]] | None:
    parts = key.split("-")
    if parts and parts[0].isalpha():
        return parts[0], tuple(parts[1:])
    return (None, tuple(parts)) if parts and parts[0].isdigit() else None
