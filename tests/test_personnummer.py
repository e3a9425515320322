"""Personnummer and samordningsnummer in running text (issue 14): found with their check digit and
date, masked as YYMMDD-XXXX, and the many numbers in meeting documents that are none."""

from dataclasses import dataclass

import pytest

from arkiv.swedish.personnummer import contains, find, mask, mask_value, mask_with_spans


def with_check(nine: str) -> str:
    """Nine digits (YYMMDDNNN) plus their Luhn check digit."""
    total = 0
    for position, char in enumerate(nine):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return nine + str((10 - total % 10) % 10)


def test_the_check_digit_helper_agrees_with_a_known_number():
    assert with_check("811228987") == "8112289874"  # Skatteverket's example


@pytest.mark.parametrize(("text", "masked"), [
    ("Anna Ek 811228-9874 röstade", "Anna Ek 811228-XXXX röstade"),
    ("Anna Ek 19811228-9874 röstade", "Anna Ek 811228-XXXX röstade"),
    ("Anna Ek 8112289874 röstade", "Anna Ek 811228-XXXX röstade"),
    ("Anna Ek 198112289874 röstade", "Anna Ek 811228-XXXX röstade"),
    ("Karl Berg 121212+1212, hedersledamot", "Karl Berg 121212-XXXX, hedersledamot"),  # 100 years or older
    ("samordningsnummer 701063-2391.", "samordningsnummer 701063-XXXX."),  # day 3 + 60
    ("(pnr: 670919-9530)", "(pnr: 670919-XXXX)"),
    ("Personnummer:670919-9530", "Personnummer:670919-XXXX"),
    ("| 3 | Eva Lind | 670919-9530 | närvarande |", "| 3 | Eva Lind | 670919-XXXX | närvarande |"),
    ("811228-9874\n670919-9530", "811228-XXXX\n670919-XXXX"),
    ("född 20000229-" + with_check("000229123")[-4:], "född 000229-XXXX"),  # a leap day
])
def test_personnummer_are_found_and_masked(text, masked):
    assert contains(text)
    assert mask(text) == masked


@pytest.mark.parametrize("text", [
    "Dnr KS 2024/0123 behandlades",
    "KS 2024/1234567",
    "Dnr 8112289874",  # labelled as a case number
    "Organisationsnummer 802400-" + with_check("802400123")[-4:],  # month 24: an organisation
    "org.nr 556677-" + with_check("556677889")[-4:],
    "Ring 070-123 45 67 eller 08-123 456 78",
    "tel 8112289874",  # labelled as a phone number
    "mobil: 8112289874",
    "Telefon " + with_check("070123456"),  # 2007-01-23 with a valid check digit, but a phone
    "+468112289874",
    "Budgeten är 1 234 567 kr och 8112289874 kr",
    "8112289874:-",
    "Belopp 1234567,50 kronor",
    "811228-9875",  # wrong check digit
    "8112289875",
    "811232-" + with_check("811232123")[-4:],  # 32 December
    "810229-" + with_check("810229123")[-4:],  # 1981 and 2081 are no leap years (1881/1981/2081 not 12-digit)
    "19810229" + with_check("810229123")[-4:],
    "811328-" + with_check("811328123")[-4:],  # month 13
    "811292-" + with_check("811292123")[-4:],  # day 92 (32 + 60)
    "OCR 48112289874",  # eleven digits
    "Faktura 8112289874123",
    "Bankgiro 5050-1055, plusgiro 12 34 56-7",
    "IBAN SE45 5000 0000 0583 9825 7466",
    "Sammanträdet 2024-05-16 kl. 09.00-12.00",
    "20240516-20240620",
    "§ 811228-9874-2",  # part of a longer code
    "811228-9874/24",
    "ref abc8112289874",
    "1.8112289874",
    "Fil 811228-9874.5",
    "29991231" + with_check("991231123")[-4:],  # the future
])
def test_numbers_that_are_no_personnummer_stay(text):
    assert not contains(text), list(find(text))
    assert mask(text) == text


def test_highlight_spans_follow_the_masked_text():
    text = "Ledamot 198112289874 och budget"
    masked, spans = mask_with_spans(text, [(0, 7), (8, 16), (16, 20), (25, 31)])
    assert masked == "Ledamot 811228-XXXX och budget"
    assert [masked[a:b] for a, b in spans][0] == "Ledamot"
    assert [masked[a:b] for a, b in spans][-1] == "budget"
    assert all(0 <= a <= b <= len(masked) for a, b in spans)
    assert "1234" not in "".join(masked[a:b] for a, b in spans)


@dataclass(frozen=True)
class Row:
    snippet: str
    highlights: tuple
    persons: tuple
    page: int


def test_mask_value_reaches_nested_records_and_dataclasses():
    record = {"a": ["x 811228-9874"], "b": ("670919-9530",), "n": 3, "none": None}
    assert mask_value(record) == {"a": ["x 811228-XXXX"], "b": ("670919-XXXX",), "n": 3, "none": None}
    row = Row("Ek 8112289874 budget", ((14, 20),), ("Anna 670919-9530",), 2)
    masked = mask_value(row)
    assert masked.snippet == "Ek 811228-XXXX budget"
    assert masked.snippet[slice(*masked.highlights[0])] == "budget"
    assert masked.persons == ("Anna 670919-XXXX",) and masked.page == 2
    assert mask_value(Row("inget", (), (), 1)) == Row("inget", (), (), 1)
