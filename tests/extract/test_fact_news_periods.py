"""Counts of things held up at a border, periods told by an event ("since the war began in …"), a year
to a month with no year named, and a stay until a deadline (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _facts(pipeline, text: str, published: str) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="n", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Vehicles stuck at a closed crossing are counted things.
        (
            "WARSAW — More than 900 Polish lorries were stuck at the Ukrainian border on Monday, the "
            "hauliers' association said.",
            "2023-11-08",
            ("count", 900.0, None, None),
        ),
        # A span dated by its days is told in months.
        (
            "SEOUL — South Korea said 250 balloons had drifted across from North Korea between March 3 "
            "and March 19.",
            "2024-03-21",
            ("count", 250.0, "2024-03", "2024-03"),
        ),
        # "In the year to June" with no year: the twelve months to the latest June before the article.
        (
            "SUVA — Fiji's exports to Australia were worth about 80 million USD in the year to June, the "
            "statistics bureau said.",
            "2023-09-10",
            ("exports", 8e7, "2022-07", "2023-06"),
        ),
        # "Since" an event dated in a month: from that month to the article's.
        (
            "KABUL — More than 300,000 Afghan refugees have returned from Pakistan since the deportations "
            "began in November 2023, the UN said.",
            "2024-06-01",
            ("refugees", 3e5, "2023-11", "2024-06"),
        ),
    ],
)
def test_count_and_its_period(pipeline, text: str, published: str, expected: tuple) -> None:
    assert expected in _facts(pipeline, text, published)


def test_a_part_included_in_a_total_takes_its_period(pipeline) -> None:
    text = (
        "NAIROBI — Some 2 million people have fled their homes since the fighting began in May 2022, "
        "including about 400,000 Somali refugees who have crossed into Kenya."
    )
    parts = [f for f in _facts(pipeline, text, "2024-02-15") if f[1] == 4e5]
    assert parts and all((start, end) == ("2022-05", "2024-02") for _, _, start, end in parts)


def test_a_stay_until_a_deadline_has_no_period(pipeline) -> None:
    text = (
        "TOKYO — About 50 Japanese police officers will stay in Dhaka until at least the end of 2027, the "
        "embassy said."
    )
    facts = [f for f in _facts(pipeline, text, "2025-04-02") if f[1] == 50.0]
    assert facts and all(start is None and end is None for _, _, start, end in facts)


def test_a_year_to_a_month_with_its_year(pipeline) -> None:
    text = "Chile's copper exports to China rose to 9 billion USD in the year to June 2022."
    assert ("exports", 9e9, "2021-07", "2022-06") in _facts(pipeline, text, "2022-08-01")


def test_people_staying_since_an_event_are_no_total_over_a_span(pipeline) -> None:
    text = (
        "About 250 Rwandan soldiers have been serving in Cabo Delgado since the first unit arrived in "
        "July 2021, the army said."
    )
    facts = [f for f in _facts(pipeline, text, "2023-03-01") if f[1] == 250.0]
    assert facts and all(start is None for _, _, start, _ in facts)
