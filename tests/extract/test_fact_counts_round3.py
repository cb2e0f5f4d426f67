"""Counts and sums the fourth round reads: "a million" and "half a million", a figure a verb sets a
numbered noun at, a count compared with another, the year so far, restructured debt, re-exports, a sum
of what a verb pays, boats held, a community that works abroad (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-06-12"):
    document = Document(id="r3", source_uri="mem", text=text, published=published)
    return pipeline.analyze(document).facts


def _seen(pipeline, text: str, published: str = "2024-06-12"):
    return [(f.kind, f.value, f.period_start, f.period_end) for f in _facts(pipeline, text, published)]


def test_a_million_and_half_a_million_are_numbers(pipeline):
    text = "More than a million Georgians hold Russian passports. Half a million Afghans live in Tajikistan."
    values = [(f.kind, f.value) for f in _facts(pipeline, text)]
    assert values == [("population", 1e6), ("population", 5e5)]


def test_a_quarter_of_a_million_is_no_million(pipeline):
    text = "The minister said the canal left the farms of a quarter of a million Uzbeks without water."
    assert [f.value for f in _facts(pipeline, text)] == []


def test_the_number_a_verb_sets_is_the_numbered_nouns(pipeline):
    text = "Armenia's border service put the number of Azerbaijani troops near the village at about 3,000."
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [("troops", 3000.0)]


def test_a_number_aimed_at_is_no_count(pipeline):
    text = "The Kenyan government aims to raise the number of its police officers in Haiti to 2,500 by 2026."
    assert _facts(pipeline, text) == []


def test_boats_numbered_so_far_this_year_and_the_same_period_before(pipeline):
    text = (
        "The arrests bring to 33 the number of Vietnamese fishing boats seized by the Indonesian navy so far "
        "this year, against 12 in the same period of 2023."
    )
    assert _seen(pipeline, text, "2024-09-20") == [
        ("detained", 33.0, "2024-01", "2024-09"),
        ("detained", 12.0, "2023-01", "2023-09"),
    ]


def test_a_count_compared_with_takes_its_kind_and_its_own_year(pipeline):
    text = "Greek police arrested 410 Turkish smugglers in 2023, up from 260 in 2022."
    assert _seen(pipeline, text) == [
        ("detained", 410.0, "2023-01", "2023-12"),
        ("detained", 260.0, "2022-01", "2022-12"),
    ]


def test_a_sum_before_an_event_has_no_span_and_is_left_out(pipeline):
    text = (
        "Moroccan exports to Algeria were worth about 400 million USD in 2023, down from almost 1 "
        "billion USD before the first closure in 2021."
    )
    assert _seen(pipeline, text) == [("exports", 4e8, "2023-01", "2023-12")]


def test_restructured_debt_is_debt_over_the_years_it_falls_due(pipeline):
    text = (
        "Under the accord, Beijing will restructure about 600 million USD of Cambodian debt. About 90 "
        "million USD of principal that falls due in 2025 and 2026 will be rescheduled."
    )
    assert _seen(pipeline, text) == [
        ("debt", 6e8, None, None),
        ("debt", 9e7, "2025-01", "2026-12"),
    ]


def test_re_exports_are_no_exports_and_trade_made_of_them_is_trade(pipeline):
    text = (
        "Re-exports from Dubai to Iran reached 9 billion USD in 2022, the ministry said. Trade between the "
        "UAE and Iran was about 16 billion USD in 2022, most of it re-exports."
    )
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [
        ("re_exports", 9e9),
        ("trade_turnover", 1.6e10),
    ]


def test_a_sum_of_what_is_paid_is_a_payment(pipeline):
    text = "Egypt's oil ministry said it had paid Cyprus's gas company an advance of about 40 million USD."
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [("payment", 4e7)]


def test_boats_held_since_a_year_are_detained_from_then(pipeline):
    text = "At least four Tunisian boats have been held in Malta since 2022."
    assert _seen(pipeline, text, "2024-06-12") == [("detained", 4.0, "2022-01", "2024-06")]


def test_a_contract_frozen_is_no_sanction(pipeline):
    text = "Chile said the port contract, worth about 80 million USD, would be frozen until Peru answered."
    assert [f.kind for f in _facts(pipeline, text)] == []


def test_people_who_work_in_a_country_are_a_community_those_who_worked_a_season_are_not(pipeline):
    text = (
        "Officials estimate that more than 2 million Bangladeshis work in Saudi Arabia. More than 3,000 "
        "Tongans worked in Australia last season under the seasonal worker scheme."
    )
    assert [(f.kind, f.value) for f in _facts(pipeline, text)][:1] == [("population", 2e6)]
    assert ("population", 3000.0) not in [(f.kind, f.value) for f in _facts(pipeline, text)]
