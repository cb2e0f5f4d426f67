"""Time expressions: spans, types and TIMEX3 values against the article date."""

from __future__ import annotations

import pytest

from bilat.nlp.timex import tag_timexes


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        ("The stamp read 21/06/2022 at the top.", "2022-06-21", "21/06/2022", "DATE", "2022-06-21"),
        ("The aid convoy arrived on 14/08/2023.", "2023-08-20", "14/08/2023", "DATE", "2023-08-14"),
        ("Prices are now rising.", "2020-01-01", "now", "DATE", "PRESENT_REF"),
        ("Trade grew over the past decade.", "2020-01-01", "the past decade", "DURATION", "P10Y"),
        ("The plant was built in the mid-1980s.", "2020-01-01", "the mid-1980s", "DATE", "198"),
        ("He spoke on Friday afternoon.", "2013-03-25", "Friday afternoon", "DATE", "2013-03-22TAF"),
        ("The talks will resume in July.", "2013-12-05", "July", "DATE", "2014-07"),
        ("The treaty is due to be ratified in May.", "2013-03-22", "May", "DATE", "2013-05"),
        ("The treaty was ratified in May.", "2013-03-22", "May", "DATE", "2012-05"),
        (
            "The law took effect a day after the vote on 4 June 2019.",
            "2019-07-01",
            "a day after",
            "DATE",
            "2019-06-05",
        ),
        ("The leaders met a day after the vote.", "2013-03-25", "a day after", "DATE", "XXXX-XX-XX"),
        ("Filed 5 May 2019 10:15 from Oslo.", "2019-05-06", "5 May 2019 10:15", "TIME", "2019-05-05T10:15"),
        ("The note is dated 2 February 2020.", "2020-02-03", "2 February 2020", "DATE", "2020-02-02"),
        ("The delegation will land on Friday.", "2024-01-09", "Friday", "DATE", "2024-01-12"),
        ("Ministers gather every Monday.", "2024-01-09", "every Monday", "SET", "XXXX-WXX-1"),
        ("Patrols go out every evening.", "2024-01-09", "every evening", "SET", "XXXX-XX-XXTEV"),
        ("The border post shut six weeks ago.", "2024-01-11", "six weeks ago", "DATE", "2023-W48"),
        ("The pipeline opens at the end of 2025.", "2024-05-01", "the end of 2025", "DATE", "2025"),
        ("Railways spread across the region in the 1800s.", "2020-01-01", "the 1800s", "DATE", "18"),
        ("Relations thawed in the '70s.", "2020-01-01", "the '70s", "DATE", "197"),
        ("Tariffs rose over the past year.", "2020-01-01", "the past year", "DURATION", "P1Y"),
        ("The treaty was signed on May 9th in Moscow.", "2020-05-11", "May 9th", "DATE", "2020-05-09"),
        ("The envoys met on Tuesday.", "2024-01-11", "Tuesday", "DATE", "2024-01-09"),
        ("Trade fell sharply last week.", "2024-01-11", "last week", "DATE", "2024-W01"),
        ("The consulate opened in June this year.", "2022-09-01", "June this year", "DATE", "2022-06"),
        ("In October, the two sides agreed a truce.", "2021-12-20", "October", "DATE", "2021-10"),
        ("In November, talks may resume.", "2021-03-02", "November", "DATE", "2021-11"),
        ("In November, talks broke down.", "2021-03-02", "November", "DATE", "2020-11"),
        (
            "Exports doubled in the first six months of 2018.",
            "2018-09-01",
            "the first six months of 2018",
            "DATE",
            "2018",
        ),
        ("Ties were frozen in the late 1990s.", "2020-01-01", "the late 1990s", "DATE", "199"),
        ("Tensions grew in recent weeks.", "2020-01-01", "recent weeks", "DURATION", "PXW"),
        ("The office was closed last May.", "2013-03-21", "last May", "DATE", "2012-05"),
        ("The rally starts at 8 PM on Sunday night.", "2013-03-22", "Sunday night", "DATE", "2013-03-17TNI"),
        ("They have been allies for 25 years.", "2020-01-01", "25 years", "DURATION", "P25Y"),
        (
            "After a forty-year period of rivalry, they reconciled.",
            "2020-01-01",
            "forty-year period",
            "DURATION",
            "P40Y",
        ),
        ("The summit is held every year.", "2020-01-01", "every year", "SET", "P1Y"),
        ("Peace came after the Six-Day War ended.", "2020-01-01", "the Six-Day War", "DATE", "1967"),
    ],
)
def test_timex_values(resources, text, dct, span, kind, value):
    found = {(t.text, t.type, t.value) for t in tag_timexes(text, dct, resources)}
    assert (span, kind, value) in found


def test_timex_periods_have_bounds(resources):
    (timex,) = tag_timexes("Revenue rose in the first ten months of 2019.", "2019-12-01", resources)
    assert (timex.begin, timex.end_value) == ("2019-01", "2019-10")


def test_timex_same_day_is_anaphoric(resources):
    found = tag_timexes(
        "The vote was on 12 March 2021. The same day, protests began.", "2021-03-20", resources
    )
    assert [t.value for t in found] == ["2021-03-12", "2021-03-12"]


def test_timex_range_gives_both_ends_the_bounds(resources):
    found = tag_timexes("Talks ran from March to June 2022 in Vienna.", "2022-09-01", resources)
    assert [(t.value, t.begin, t.end_value) for t in found] == [
        ("2022-03", "2022-03", "2022-06"),
        ("2022-06", "2022-03", "2022-06"),
    ]


def test_timex_year_range(resources):
    found = tag_timexes("Exports grew from 2019 to 2021.", "2022-01-01", resources)
    assert [(t.value, t.begin, t.end_value) for t in found] == [
        ("2019", "2019", "2021"),
        ("2021", "2019", "2021"),
    ]


def test_timex_clock_takes_the_day_next_to_it(resources):
    found = tag_timexes("The polls close at 9 p.m. on 4 July 2024.", "2024-07-01", resources)
    assert "2024-07-04T21:00" in [t.value for t in found]


def test_timex_later_is_a_duration_bounded_from_the_last_date(resources):
    found = tag_timexes(
        "The envoy arrived on 3 May 2021. Two days later, the accord was signed.", "2021-05-20", resources
    )
    later = found[-1]
    assert (later.type, later.value, later.begin) == ("DURATION", "P2D", "2021-05-05")


def test_timex_later_without_a_day_before_it_is_not_guessed(resources):
    (later,) = tag_timexes("Three days later, the ceasefire collapsed.", "2021-05-20", resources)
    assert (later.value, later.begin, later.end_value) == ("P3D", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "It marks the 25th anniversary of the treaty.",
        "He came 30th in the race.",
        "It cost $645.9 million.",
        "The font is 16 px wide.",
        "About 2600 people attended.",
    ],
)
def test_timex_non_dates_are_not_dates(resources, text):
    assert [t for t in tag_timexes(text, "2022-01-01", resources) if t.type == "DATE"] == []


def test_timex_without_article_date_stays_underspecified(resources):
    (timex,) = tag_timexes("The minister arrived on March 3.", None, resources)
    assert timex.value == "XXXX-03-03"


def test_timex_future_clause_far_from_the_weekday(resources):
    text = "The envoy said that Kenya will host a summit in Nairobi with Uganda and Tanzania on Friday."
    (friday,) = tag_timexes(text, "2025-03-13", resources)
    assert friday.value == "2025-03-14"


def test_timex_part_of_day_belongs_to_the_day_named_before(resources):
    found = tag_timexes(
        "The envoy landed on Monday morning. In the evening, the president received him.",
        "2025-02-26",
        resources,
    )
    assert [(t.text, t.value) for t in found] == [
        ("Monday morning", "2025-02-24TMO"),
        ("the evening", "2025-02-24TEV"),
    ]


def test_timex_of_that_year_takes_the_year_named_before(resources):
    found = tag_timexes(
        "Chile recognised Peru in 1995 and opened an embassy on May 4 of that year.", "2020-01-01", resources
    )
    assert [t.value for t in found] == ["1995", "1995-05-04"]
