"""Spans of quarters, of years to a date and of the next fiscal year; parts of a group counted before; people
sanctioned; capacities and staff that are no facts (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.extract.fiscal import FiscalStart, fiscal_spans
from bilat.models import Document


def _facts(
    pipeline, text: str, published: str = "2025-02-14"
) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="q", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_four_quarters_are_a_year_to_their_month():
    spans = fiscal_spans("worth 90 million in the four quarters to the end of March", "2024-08-01", None)
    assert [(s.first, s.last) for s in spans] == [("2023-04", "2024-03")]


def test_two_quarters_are_six_months():
    spans = fiscal_spans("in the two quarters to September 2023", None, None)
    assert [(s.first, s.last) for s in spans] == [("2023-04", "2023-09")]


def test_years_to_the_middle_of_a_year():
    spans = fiscal_spans("over the four years to mid-2028", None, None)
    assert [(s.first, s.last) for s in spans] == [("2024-07", "2028-06")]


def test_years_to_a_bare_year_end_in_december():
    spans = fiscal_spans("in the two years to 2026", None, None)
    assert [(s.first, s.last) for s in spans] == [("2025-01", "2026-12")]


def test_next_fiscal_year_follows_the_one_the_article_is_in():
    april = FiscalStart(4)
    spans = fiscal_spans("by 8 million next financial year", "2025-02-14", april)
    assert [(s.first, s.last) for s in spans] == [("2025-04", "2026-03")]
    spans = fiscal_spans("in the current fiscal year", "2025-06-01", april)
    assert [(s.first, s.last) for s in spans] == [("2025-04", "2026-03")]


def test_a_split_year_is_fiscal_only_beside_a_fiscal_year():
    april = FiscalStart(4)
    named = fiscal_spans("next financial year, to 30 million in 2026-27", "2025-02-14", april)
    assert ("2026-04", "2027-03") in [(s.first, s.last) for s in named]
    assert fiscal_spans("to 30 million in 2026-27", "2025-02-14", april) == []


def test_quarters_of_trade_in_pounds(pipeline):
    text = (
        "Bilateral trade between Ireland and Britain was worth roughly 730 million GBP over the four "
        "quarters to the end of June."
    )
    facts = _facts(pipeline, text, published="2024-11-05")
    assert [(k, start, end) for k, _, start, end in facts] == [("trade_turnover", "2023-07", "2024-06")]


def test_aid_cut_next_financial_year(pipeline):
    text = "London plans to reduce aid to Malawi by 12 million GBP next financial year, officials said."
    assert [(k, start, end) for k, _, start, end in _facts(pipeline, text)] == [("aid", "2025-04", "2026-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ugandan police arrested 15 Kenyan fishermen on Lake Victoria. Ugandan police released nine "
            "of them on Friday; six remain in custody in Jinja.",
            [("detained", 15.0), ("released", 9.0), ("detained", 6.0)],
        ),
        (
            "Peru detained 14 Chilean fishermen off Arica on Monday. On Thursday six of the fourteen were "
            "freed and flown home.",
            [("detained", 14.0), ("released", 6.0)],
        ),
    ],
)
def test_parts_of_a_group_counted_before(pipeline, text, expected):
    assert [(k, v) for k, v, _, _ in _facts(pipeline, text)] == expected


def test_a_bare_number_more_than_the_group_is_no_part(pipeline):
    text = "Ugandan police arrested 15 Kenyan fishermen on Lake Victoria. Officials said 40 had been warned."
    assert [(k, v) for k, v, _, _ in _facts(pipeline, text)] == [("detained", 15.0)]


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed sanctions on seven Belarusian officials on Monday.",
        "On Friday the Treasury froze the assets of seven Nicaraguan officials.",
        "Canada sanctioned seven Russian officials over the poisoning.",
    ],
)
def test_people_sanctioned(pipeline, text):
    assert [(k, v) for k, v, _, _ in _facts(pipeline, text)] == [("sanctioned", 7.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Manila's main airport handles some 45 million passengers a year, Philippine officials said.",
        "The German shipyard said some 700 employees in Kiel worked on the Norwegian frigates.",
    ],
)
def test_capacities_and_staff_are_no_facts(pipeline, text):
    assert _facts(pipeline, text) == []


def test_staff_expelled_are_still_counted(pipeline):
    text = "Rwanda expelled 30 employees of the Burundian embassy on Monday."
    assert [(k, v) for k, v, _, _ in _facts(pipeline, text)] == [("deported", 30.0)]


def test_people_who_remain_in_a_country_are_a_community(pipeline):
    text = (
        "More than 2 million Venezuelans have crossed into Colombia since 2019; about 800,000 remain in "
        "the country, officials said."
    )
    assert ("population", 800000.0) in [(k, v) for k, v, _, _ in _facts(pipeline, text)]


def test_a_number_read_as_an_elided_count_is_not_read_twice(pipeline):
    text = "Chad's army said 31 rebels had been killed near the border with Libya and 12 captured."
    document = Document(id="d", source_uri="mem", text=text, published="2025-02-14")
    starts = [q.start for q in pipeline.analyze(document).quantities]
    assert len(starts) == len(set(starts)) >= 2


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Trade between Chile and Bolivia was worth barely 40 million USD in 2019, according to customs, "
            "down from more than 90 million USD a decade earlier.",
            "2009",
        ),
        (
            "Exports from Peru to Ecuador reached 1.2 billion USD in 2022, up from 90 million USD two years "
            "earlier.",
            "2020",
        ),
    ],
)
def test_a_base_years_back(pipeline, text, year):
    assert (9e7, f"{year}-01", f"{year}-12") in [(v, s, e) for _, v, s, e in _facts(pipeline, text)]


def test_what_some_of_a_count_are_is_no_count_of_its_own(pipeline):
    text = "Since March, 1,200 persons, of whom 300 are Guinean nationals, have been expelled from Mali."
    document = Document(id="w", source_uri="mem", text=text, published="2025-02-14")
    assert [q.value for q in pipeline.analyze(document).quantities if q.unit == "people"] == [1200.0]


def test_named_people_who_stay_are_no_community(pipeline):
    text = "About 60 Japanese engineers would stay in the country until the end of the year, officials said."
    assert ("population", 60.0) not in [(k, v) for k, v, _, _ in _facts(pipeline, text)]
