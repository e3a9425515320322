"""The metric of bench/extraction_accuracy.py, pinned on tiny hand-written gold/predicted pairs."""

import importlib.util
import sys

import pytest

from arkiv.schema import normalise_dnr

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("extraction_accuracy", ROOT / "bench" / "extraction_accuracy.py")
acc = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = acc  # dataclasses look their module up while the class is built
_spec.loader.exec_module(acc)


@pytest.mark.parametrize("number, key", [("§ 12", "12"), ("§12", "12"), ("12.", "12"), ("12", "12"),
                                         ("10 a.", "10a"), ("§ 07", "7")])
def test_section_numbers_as_written_share_one_key(number, key):
    assert acc.section_key(number, "Titel") == key


def test_sections_match_by_number_or_by_title_when_unnumbered():
    gold = [{"number": "§ 1", "title": "Mötets öppnande"}, {"number": "§ 2", "title": "Val av justerare"},
            {"number": None, "title": "Övriga frågor"}]
    predicted = [{"number": "§1", "title": "Mötets öppnande"}, {"number": "§ 3", "title": "Val av justerare"},
                 {"number": None, "title": "Övriga frågor."}]
    score = acc.score_sections(gold, predicted)
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert score.f1 == pytest.approx(2 / 3)
    assert score.misses == ["§ 2 Val av justerare"] and score.false_positives == ["§ 3 Val av justerare"]


def test_decisions_match_by_section_and_text_prefix_and_status_is_scored_on_matches():
    sections = [{"number": "§ 4", "title": "Budget"}, {"number": "§ 5", "title": "Motion"}]
    gold = [
        {"section": "§ 4", "text": "Styrelsen beslutar att anta budgeten för 2025.", "status": "beslutad"},
        {"section": "§ 4", "text": "Informationen läggs till handlingarna.", "status": ["noterad", "beslutad"]},
        {"section": "§ 5", "text": "Motionen avslås.", "status": "avslagen"},
    ]
    predicted = [
        # an introductory word before the gold text still matches
        {"number": "§ 4", "title": "Budget", "text": "Beslut: Styrelsen beslutar att anta budgeten för 2025 och",
         "status": "beslutad"},
        {"number": "§ 4", "title": "Budget", "text": "Informationen läggs till handlingarna.", "status": "beslutad"},
        # right text in the wrong section: a miss and a false positive
        {"number": "§ 6", "title": "Övrigt", "text": "Motionen avslås.", "status": "återremitterad"},
    ]
    score, status = acc.score_decisions(gold, predicted, sections)
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert (status.right, status.total) == (2, 2)


def test_a_decision_sharing_too_few_words_is_not_a_match():
    sections = [{"number": "3", "title": "Val"}]
    gold = [{"section": "3", "text": "Mötet valde Anna Ek till ordförande för mötet.", "status": "beslutad"}]
    predicted = [{"number": "3", "title": "Val", "text": "Mötet valde att ajournera sig.", "status": "beslutad"}]
    score, status = acc.score_decisions(gold, predicted, sections)
    assert (score.tp, score.fp, score.fn) == (0, 1, 1) and status.total == 0


def test_decisions_in_unnumbered_sections_are_keyed_by_title():
    sections = [{"number": None, "title": "Val av ordförande"}]
    gold = [{"section": "Val av ordförande", "text": "Mötet väljer Anna Ek till ordförande.", "status": "beslutad"}]
    predicted = [{"number": None, "title": "Val av ordförande", "text": "Mötet väljer Anna Ek till ordförande.",
                  "status": "bordlagd"}]
    score, status = acc.score_decisions(gold, predicted, sections)
    assert score.tp == 1 and (status.right, status.total) == (0, 1)


def test_dnr_compare_in_canonical_form_as_a_set():
    predicted = ["Dnr KS 2024/0123", "KS 2024/123", "BN 2022/1"]
    score = acc.score_dnr(["KS 2024/123", "Dnr 2023/7"], predicted, normalise_dnr)
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert score.misses == ["Dnr 2023/7"] and score.false_positives == ["BN 2022/1"]


def test_persons_short_forms_match_only_as_aliases_and_a_second_record_is_false():
    gold = [{"name": "Anna Ek", "role": "ordförande", "organisation": None, "party": "S"},
            {"name": "Karl Svensson", "aliases": ["kalle"], "role": [None, "ledamot"], "organisation": None,
             "party": None}]
    predicted = [{"name": "A. Ek", "role": "ordförande", "organisation": None, "party": "S"},
                 {"name": "Kalle", "role": None, "organisation": None, "party": None},
                 {"name": "karl  svensson", "role": "ledamot", "organisation": None, "party": None}]
    score, attributes = acc.score_persons(gold, predicted)
    assert (score.tp, score.fp, score.fn) == (1, 2, 1)
    assert score.misses == ["Anna Ek (ordförande, S)"]
    assert (attributes["role"].right, attributes["role"].total) == (1, 1)


@pytest.mark.parametrize("gold, predicted, ok", [
    ("ersättare", "ersättare för Per Ny (S)", True),
    (["tjänstgörande ersättare", "ersättare"], "Ersättare", True),
    ("ordförande", "vice ordförande", False),
    ("vice ordförande", "ordförande", False),
    (None, None, True),
    (None, "ledamot", False),
    ([None, "ledamot"], None, True),
    ("Region Dalarna", "region  dalarna", True),
])
def test_role_and_organisation_values_match_equal_or_as_the_start_of_a_longer_value(gold, predicted, ok):
    assert acc.value_matches(gold, predicted) is ok


def test_nothing_expected_and_nothing_found_has_no_f1():
    assert acc.Score().f1 is None
    assert acc.Score(fp=2).f1 == 0.0
