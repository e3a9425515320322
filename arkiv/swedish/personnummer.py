"""Swedish personal identity numbers (personnummer, samordningsnummer) in running text, and masking.

A number is YYMMDD or YYYYMMDD, then "-", "+" (100 years or older) or nothing, then three digits
and a Luhn check digit. The date must exist; a samordningsnummer adds 60 to the day. Published
protocols must not show them (a röstlängd lists members with theirs), so every page, snippet and
API answer shows "YYMMDD-XXXX" instead: the birth date as written, the four last digits hidden.

What is not a personnummer: organisation numbers (the month digits are 20 or more: "802400-1234"),
case numbers ("KS 2024/0123"), phone numbers (labelled "tel", "mobil" …, or grouped "070-123 45 67"),
amounts ("1 234 567 kr"), longer digit runs (OCR numbers, account numbers) and numbers whose check
digit or date is wrong.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date

# A run of exactly 10 or 12 digits (with one separator before the last four), not part of a longer
# number, a word, a Dnr ("KS/…", "2024/…"), a decimal or a grouped number ("1.850101…", "…-12").
_CANDIDATE = re.compile(
    r"(?<![\w/+-])(?<!\d[.,])"
    r"(?:(?P<century>18|19|20)(?=\d{6}[-+]?\d{4}(?!\d)))?"
    r"(?P<date>\d{6})(?P<sep>[-+]?)(?P<tail>\d{4})"
    r"(?![\w/])(?![-.,:+]\d)"
)
# Labels that make a number something else: a phone number or a case number.
_NOT_PERSONAL = re.compile(
    r"(?:\b(?:tel|telefon|telefonnummer|tfn|mobil|mobilnummer|mobilnr|fax|dnr|diarienummer|diarienr)"
    r"\b\.?\s*:?\s*)$", re.IGNORECASE)
# An amount: "8501011234 kr", "8501011234:-"
_AMOUNT_AFTER = re.compile(r"\s*(?:kr\b|kronor\b|sek\b|:-)", re.IGNORECASE)

MASK_TAIL = "XXXX"


@dataclasses.dataclass(frozen=True)
class Found:
    start: int
    end: int
    birth: str  # YYMMDD as written (a samordningsnummer keeps its day + 60)

    @property
    def masked(self) -> str:
        return f"{self.birth}-{MASK_TAIL}"


def find(text: str) -> Iterator[Found]:
    """The personnummer and samordningsnummer in `text`, in order."""
    for match in _CANDIDATE.finditer(text):
        century, birth, tail = match.group("century"), match.group("date"), match.group("tail")
        if not _luhn_ok(birth + tail) or not _real_date(century, birth):
            continue
        if _NOT_PERSONAL.search(text[max(0, match.start() - 30):match.start()]):
            continue
        if _AMOUNT_AFTER.match(text, match.end()):
            continue
        yield Found(match.start(), match.end(), birth)


def contains(text: str) -> bool:
    return next(find(text), None) is not None


def mask(text: str) -> str:
    """`text` with every personnummer shown as "YYMMDD-XXXX"."""
    return mask_with_spans(text, ())[0]


def mask_with_spans(text: str, spans) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`text` masked, and character spans into it (a snippet's highlights) moved to match."""
    found = list(find(text))
    if not found:
        return text, tuple(spans)
    parts, at = [], 0
    for item in found:
        parts.append(text[at:item.start])
        parts.append(item.masked)
        at = item.end
    parts.append(text[at:])

    def moved(offset: int) -> int:
        shift = 0
        for item in found:
            if offset <= item.start:
                break
            if offset < item.end:  # inside a masked number: keep it within the mask
                return item.start + shift + min(offset - item.start, len(item.masked))
            shift += len(item.masked) - (item.end - item.start)
        return offset + shift

    return "".join(parts), tuple((moved(a), moved(b)) for a, b in spans)


def mask_value(value):
    """Every string inside `value` masked: str, Markup-like str subclasses, lists, tuples, dicts and
    dataclasses (a `Hit` keeps its highlights on the masked snippet)."""
    if isinstance(value, str):
        masked = mask(value)
        if masked == value:
            return value
        return masked if type(value) is str else type(value)(masked)  # Markup stays Markup
    if isinstance(value, dict):
        return {key: mask_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_value(item) for item in value]
    if isinstance(value, tuple):
        return tuple(mask_value(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _mask_dataclass(value)
    return value


def _mask_dataclass(value):
    changes = {}
    names = {field.name for field in dataclasses.fields(value) if field.init}
    if {"snippet", "highlights"} <= names:
        changes["snippet"], changes["highlights"] = mask_with_spans(value.snippet, value.highlights)
    for name in names - changes.keys():
        item = getattr(value, name)
        masked = mask_value(item)
        if masked is not item and masked != item:
            changes[name] = masked
    return dataclasses.replace(value, **changes) if changes else value


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(digits):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return total % 10 == 0


def _real_date(century: str | None, birth: str) -> bool:
    yy, month, day = int(birth[:2]), int(birth[2:4]), int(birth[4:6])
    if day > 60:  # samordningsnummer
        day -= 60
    years = [int(century) * 100 + yy] if century else [1900 + yy, 2000 + yy]
    for year in years:
        try:
            born = date(year, month, day)
        except ValueError:
            continue
        if born <= date.today():
            return True
    return False
