"""The benchmarks' scorer (benchmarks/seeds_score.py): the calendar period each date value covers."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import seeds_score


def test_periods_of_every_precision():
    assert seeds_score.period("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert seeds_score.period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert seeds_score.period("2021-07-15") == (date(2021, 7, 15), date(2021, 7, 15))
    assert seeds_score.period("2025-W45") == (date(2025, 11, 3), date(2025, 11, 9))
    assert seeds_score.period("2021-Q3") == (date(2021, 7, 1), date(2021, 9, 30))
    assert seeds_score.period("2022-H1") == (date(2022, 1, 1), date(2022, 6, 30))
    assert [seeds_score.precision(v) for v in ("2025-W45", "2021-Q3", "2021-07", None)] == [
        "week",
        "quarter",
        "month",
        "unknown",
    ]


def test_a_week_matches_a_day_only_when_inside_its_tolerance():
    # "last week" told on Thursday 2025-11-13: the gold's day a week back, give or take three days.
    assert seeds_score._date_matches("2025-W45", "2025-11-06", 3)
    assert not seeds_score._date_matches("2025-W45", "2025-11-06", 0)
    assert seeds_score._date_matches("2025-W45", "2025-11", 0)  # a week inside its month


def test_a_conflict_within_one_article_is_found_by_two_of_its_values():
    from bilat.models import Claim, Conflict

    def claim(doc: str, value: str) -> Claim:
        return Claim(attribute="x", value=value, doc_id=doc, evidence="…")

    gold = {"conflicts": [{"id": "C1", "what": "one article's two counts", "docs": ["a.txt"]}]}
    files = {"a": "a.txt", "b": "b.txt"}
    within = Conflict(id="1", attribute="x", claims=[claim("a", "16 people"), claim("a", "9 people")])
    assert seeds_score.score_conflicts([within], files, gold) == (1, [])
    # One value from the article and another from elsewhere is not the article's own disagreement.
    across = Conflict(id="2", attribute="x", claims=[claim("a", "16 people"), claim("b", "9 people")])
    assert seeds_score.score_conflicts([across], files, gold)[0] == 0


def test_a_fact_period_matches_the_same_calendar_days_however_written():
    from bilat.models import Fact

    def fact(start: str | None, end: str | None) -> Fact:
        return Fact(
            id="f",
            doc_id="d",
            kind="exports",
            value=1.0,
            unit="USD",
            period_start=start,
            period_end=end,
            evidence="…",
            start=0,
            end=1,
        )

    assert seeds_score._period_agrees(fact("2022-01", "2022-12"), ["2022", "2022"])
    assert seeds_score._period_agrees(fact("2022", "2022"), ["2022-01", "2022-12"])
    assert seeds_score._period_agrees(fact("2023-07", "2024-06"), ["2023-07", "2024-06"])
    assert not seeds_score._period_agrees(fact("2022-01", "2022-11"), ["2022", "2022"])
    assert not seeds_score._period_agrees(fact(None, None), ["2022", "2022"])
    assert seeds_score._period_agrees(fact(None, None), None)


def test_direction_is_judged_against_the_gold_half_of_a_pair_that_agrees():
    from bilat.models import ActorRef, Event

    # Gold holds both halves of a visit on one day: the visit (AAA→BBB) and its reception (BBB→AAA).
    gold = {
        "documents": [{"file": "v.txt"}],
        "events": [
            {
                "id": "R",
                "doc": "v.txt",
                "date": "2030-05-07",
                "source": "BBB",
                "target": "AAA",
                "cameo_root": ["04"],
            },
            {
                "id": "V",
                "doc": "v.txt",
                "date": "2030-05-07",
                "source": "AAA",
                "target": "BBB",
                "cameo_root": ["04"],
            },
        ],
    }
    visit = Event(
        id="e",
        doc_id="v",
        source=ActorRef(name="Aland", country="AAA"),
        target=ActorRef(name="Bland", country="BBB"),
        cameo="042",
        root="04",
        quad=1,
        goldstein=1.9,
        date="2030-05-07",
        evidence="…",
        start=0,
        end=1,
    )
    score = seeds_score.score_events([visit], {"v": "v.txt"}, gold)
    assert (score.matched_pairs, score.direction_right, score.wrong_direction) == (1, 1, [])


def test_a_sum_the_gold_keeps_in_its_own_currency_is_compared_in_that_currency():
    from bilat.models import Fact

    euros = Fact(
        id="f",
        doc_id="d",
        kind="aid",
        value=108.0e6,
        unit="USD",
        original_value=100.0e6,
        original_unit="EUR",
        evidence="…",
        start=0,
        end=1,
    )
    in_euros = {"doc": "a.txt", "kind": "aid", "value": 100.0e6, "unit": "EUR", "period": None}
    in_dollars = {"doc": "a.txt", "kind": "aid", "value": 108.0e6, "unit": "USD", "period": None}
    assert seeds_score.fact_matches(euros, in_euros, "a.txt")
    assert seeds_score.fact_matches(euros, in_dollars, "a.txt")
    assert not seeds_score.fact_matches(euros, {**in_euros, "unit": "GBP"}, "a.txt")


def test_kind_names_in_the_plural_and_refugees_as_a_community():
    # "losses" and "loss" are one kind, strict or not.
    assert seeds_score.kind_agrees("loss", "losses")
    assert seeds_score.kind_agrees("loss", "losses", strict=True)
    # A gold community is matched by refugees only when kinds need not be equal.
    assert seeds_score.kind_agrees("refugees", "population")
    assert not seeds_score.kind_agrees("refugees", "population", strict=True)
    assert not seeds_score.kind_agrees("troops", "population")
    assert not seeds_score.kind_agrees("population", "refugees")
