"""The one Dnr grammar (arkiv.swedish.dnr) that ingest and the query parser share (issue 10)."""

import pytest

from arkiv.ingest.extract import parse_document
from arkiv.schema import normalise_dnr
from arkiv.search.query import parse_query
from arkiv.swedish.dnr import find, same_case


@pytest.mark.parametrize(
    ("written", "key", "display"),
    [
        ("Dnr Ks 2024/12", "KS-2024-12", "KS 2024/12"),
        ("Dnr KS/2024:78", "KS-2024-78", "KS 2024/78"),
        ("Dnr VN-2024-00029", "VN-2024-29", "VN 2024/29"),
        ("KS.2024.123", "KS-2024-123", "KS 2024/123"),
        ("2024/KS 0041", "KS-2024-41", "KS 2024/41"),
        ("ABC 2024 000123 456", "ABC-2024-123-456", "ABC 2024/123-456"),
        ("Dnr 2023-000123", "2023-123", "2023/123"),
        ("Diarienummer 123/2024", "2024-123", "2024/123"),
        ("DNR:KU/2007.9", "KU-2007-9", "KU 2007/9"),
        ("Dnr: ABCDE/20014197", "ABCDE-2001-4197", "ABCDE 2001/4197"),  # five letters, year and number run together
        ("Diarienummer 2025–00014", "2025-14", "2025/14"),  # en dash
        ("KS 2024–12", "KS-2024-12", "KS 2024/12"),
        ("KS KF/2026:6", "KF-2026-6", "KF 2026/6"),  # the register before the series
        ("Dnr BUN KS 2024/12", "KS-2024-12", "KS 2024/12"),
    ],
)
def test_every_spelling_has_one_key_and_display(written, key, display):
    [found] = find(f"Ärendet har {written} i diariet.")
    assert (found.dnr.key, found.dnr.display) == (key, display)
    assert normalise_dnr(written) == key


@pytest.mark.parametrize(
    "text",
    [
        "Budgeten för 2025. Beslut 2024-03-13.",
        "Enligt lag (2003:1210) och SFS 2010:800, förordning (EU) 2016/679 och BFS 2020:5.",
        "Läsåret 2024/25 börjar i augusti.",
        "Dnr 2024-05-06",  # a date, even after the label
        "Sammanträdet 12/2024",
        "DNS 2017/2018 är föreningens driftår.",  # an acronym and an operating year range
        "Budget IT 2023/24 och KS 2024–2025.",
        "Se ABCDE/20014197 i bilagan.",  # run-together digits need the Dnr label
    ],
)
def test_citations_dates_and_years_are_no_case(text):
    assert list(find(text)) == []


def test_dnr_on_the_heading_line_and_in_mixed_case():
    """GIVEN "§ 13 Dnr VN-2024-00029" on one line and "Dnr Ks 2024/12", "Dnr KS/2024:78" in the text
    THEN each section has its case."""
    page = (
        "§ 13 Dnr VN-2024-00029 Val av ombud\n\nText.\n\n"
        "§ 14 Budget\n\nDnr Ks 2024/12\n\nText.\n\n§ 15 Taxor\n\nDnr KS/2024:78\n\nText.\n"
    )
    sections = parse_document([page]).sections
    assert [[r.key for r in s.dnr] for s in sections] == [["VN-2024-29"], ["KS-2024-12"], ["KS-2024-78"]]
    assert sections[0].title == "Val av ombud"


def test_query_uses_the_same_grammar():
    assert parse_query("beslut om 2024/KS 0041").dnr_keys == ("KS-2024-41",)
    assert parse_query("Dnr Ks 2024/12 budget").dnr_keys == ("KS-2024-12",)
    query = parse_query("ärende VN-2024-00029 och ks2024-7")
    assert query.dnr_keys == ("VN-2024-29", "KS-2024-7") and query.topic == "ärende och"
    assert parse_query("budget 2025 2026").dnr_keys == ()
    assert parse_query("DNS 2017/2018").dnr_keys == ()
    assert parse_query("Diarienummer 2025–00014").dnr_keys == ("2025-14",)
    assert parse_query("dnr ABCDE/20014197").dnr_keys == ("ABCDE-2001-4197",)


def test_cases_compare_by_series_only_when_both_have_one():
    assert same_case("KS-2024-12", "2024-12") and same_case("KS-2024-12", "KS-2024-12")
    assert not same_case("KS-2024-12", "BUN-2024-12") and not same_case("KS-2024-12", "KS-2024-13")


def test_dnr_label_at_a_heading_without_spaces():
    """GIVEN "DNR:KU/2007.9" on a § heading line THEN the section has its case and a clean title."""
    page = "§ 1 Öppnande\n\nMötet öppnas.\n\n§ 2 DNR:KU/2007.9 Budget\n\nText.\n\n§ 3 Avslut\n\nText.\n"
    sections = parse_document([page]).sections
    assert [[r.key for r in s.dnr] for s in sections] == [[], ["KU-2007-9"], []]
    assert sections[1].title == "Budget"


def test_a_register_before_the_series_is_kept_as_written_but_a_word_is_no_register():
    [found] = find("KF § 18      KS KF/2026:6")
    assert (found.text, found.dnr.key) == ("KS KF/2026:6", "KF-2026-6")
    [found] = find("BESLUT KF/2026:6")
    assert (found.text, found.dnr.key) == ("KF/2026:6", "KF-2026-6")
