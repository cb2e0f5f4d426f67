"""Goods passing through another state's port or land are counted by volume, electricity bought by
its kWh, and a bare sum compared with an earlier one "five years earlier" keeps its currency and its year
(sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _facts(pipeline, text: str, published: str) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="tv", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # What goods passing through a port came to, and the base it is compared with.
        (
            "Chadian freight passing through Douala climbed to about 900,000 tonnes in 2022 from 600,000 "
            "tonnes in 2021, the port authority said.",
            "2023-04-02",
            [("count", 9e5, "2022-01", "2022-12"), ("count", 6e5, "2021-01", "2021-12")],
        ),
        # Goods that moved through a neighbour's territory.
        (
            "Some 3.4 million tonnes of Moldovan grain moved through Romanian territory between March and "
            "June, the ministry said.",
            "2024-07-10",
            [("count", 3.4e6, "2024-03", "2024-06")],
        ),
    ],
)
def test_fact_transit_volumes_are_counted(pipeline, text: str, published: str, expected: list) -> None:
    assert _facts(pipeline, text, published) == expected


def test_fact_transit_volume_only_intended_is_none(pipeline) -> None:
    text = "Chad hopes to move 300,000 tonnes of cargo a year through Douala by 2030, the minister said."
    assert _facts(pipeline, text, "2024-07-10") == []


def test_fact_elided_sum_years_earlier_keeps_currency_and_year(pipeline) -> None:
    text = (
        "Danish exports to Peru dropped to about 140 million EUR in 2023, the statistics office reported, "
        "down from 210 million three years earlier."
    )
    found = _facts(pipeline, text, "2024-03-01")
    assert [(k, p) for k, _, p, _ in found] == [("exports", "2023-01"), ("exports", "2020-01")]


def test_fact_electricity_bought_is_a_volume_of_trade(pipeline) -> None:
    text = "Armenia imported 420 million kWh of Georgian electricity last year, the regulator said."
    assert _facts(pipeline, text, "2024-02-01") == [("imports", 4.2e8, "2023-01", "2023-12")]


def test_fact_electricity_produced_is_no_fact(pipeline) -> None:
    assert _facts(pipeline, "The new dam will produce 900 GWh a year.", "2024-02-01") == []
