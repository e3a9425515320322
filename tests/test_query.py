"""Query understanding: what a typed query asks for besides its words."""

import pytest

from arkiv.schema import DecisionStatus
from arkiv.search.query import parse_query


@pytest.mark.parametrize(
    "text, date_from, date_to",
    [
        ("vad ska behandlas på sammanträdet den 12 december 2024", "2024-12-12", "2024-12-12"),
        ("protokollet från den 3:e maj 2024", "2024-05-03", "2024-05-03"),
        ("beslut 2024-09-18", "2024-09-18", "2024-09-18"),
        ("beslut i maj 2024", "2024-05-01", "2024-05-31"),
        ("protokoll 31 februari 2024", "2024-02-01", "2024-02-29"),  # no such day: the month
        ("budget under 2023", "2023-01-01", "2023-12-31"),
        ("äskande för 2025", None, None),  # a bare year only boosts
    ],
)
def test_dates_in_the_query_become_filters(text, date_from, date_to):
    query = parse_query(text)
    assert (query.date_from, query.date_to) == (date_from, date_to)


def test_a_date_is_removed_from_the_words_to_match():
    query = parse_query("vad ska behandlas på sammanträdet den 12 december 2024")
    assert query.topic == "vad ska behandlas på sammanträdet"


def test_bare_year_is_a_hint():
    assert parse_query("äskande för 2025").year_hint == 2025


def test_decision_verb_sets_intent_and_status():
    query = parse_query("vilka beslut bordlades om äskanden")
    assert query.decision_intent and query.status is DecisionStatus.BORDLAGD
    assert "äskanden" in query.topic and "bordlades" in query.topic  # a word to match, not a filter
    assert query.names_decisions


def test_the_subject_is_the_question_without_its_status_word():
    """What a status word's boost is gated on (ranking.boost): the rest of the question."""
    query = parse_query("offerten för sandlådorna som Bordlades")
    assert query.subject == "offerten för sandlådorna som"
    assert query.decision_intent and not query.names_decisions  # a status word alone
    assert parse_query("eget kapital").subject == "eget kapital"


@pytest.mark.parametrize(
    ("text", "status"),
    [("ärenden som avskrevs 2024", DecisionStatus.AVSKRIVEN), ("besvarade motioner", DecisionStatus.BESVARAD),
     ("ärenden överlämnade till fullmäktige", DecisionStatus.OVERLAMNAD)],
)
def test_new_statuses_are_understood(text, status):
    assert parse_query(text).status is status


@pytest.mark.parametrize("text", ["yrkade någon på återremiss av lokalfrågan",
                                  "föreslog någon bordläggning av detaljplanen",
                                  "vad hände med äskandet efter att det bordlagts"])
def test_a_status_after_a_motion_verb_or_efter_is_background_not_the_outcome_asked_for(text):
    """The status word stays a word to match, but implies no status or decisions to boost."""
    query = parse_query(text)
    assert query.status is None and not query.decision_intent
    assert query.topic == text


def test_a_status_asked_for_is_still_understood_beside_a_motion_elsewhere():
    query = parse_query("vilka ärenden bordlades efter yrkande")
    assert query.status is DecisionStatus.BORDLAGD
