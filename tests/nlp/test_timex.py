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
        ("Trade grew over the past decade.", "2020-01-01", "the past decade", "DURATION", "P1DE"),
        ("The plant was built in the mid-1980s.", "2020-01-01", "the mid-1980s", "DATE", "198"),
        ("He spoke on Friday afternoon.", "2013-03-25", "Friday afternoon", "TIME", "2013-03-22TAF"),
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
        ("The rally starts at 8 PM on Sunday night.", "2013-03-22", "Sunday night", "TIME", "2013-03-17TNI"),
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


def test_timex_same_day_skips_a_month_named_in_between(resources):
    found = tag_timexes(
        "The vote was on 12 March 2021. Prices had risen since January. The same day, protests began.",
        "2021-03-20",
        resources,
    )
    assert found[-1].value == "2021-03-12"


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


def test_timex_later_is_the_date_it_leads_to(resources):
    found = tag_timexes(
        "The envoy arrived on 3 May 2021. Two days later, the accord was signed.", "2021-05-20", resources
    )
    later = found[-1]
    assert (later.text, later.type, later.value) == ("Two days later", "DATE", "2021-05-05")


def test_timex_earlier_takes_the_period_under_discussion(resources):
    text = "Exports rose in the third quarter to 4 billion euros, up from 3 billion euros a year earlier. "
    text += (
        "The team won gold in 2021 and silver four years earlier. It met on Saturday and again a week later."
    )
    values = {t.text: (t.type, t.value) for t in tag_timexes(text, "2021-11-03", resources)}
    assert values["a year earlier"] == ("DATE", "2020-Q3")
    assert values["four years earlier"] == ("DATE", "2017")
    assert values["a week later"] == ("DATE", "2021-11-06")


def test_timex_earlier_than_usual_is_a_measure(resources):
    text = "The river froze on 2 December 2020, about a month earlier than usual."
    values = {t.text: (t.type, t.value) for t in tag_timexes(text, "2021-01-03", resources)}
    assert values["about a month"] == ("DURATION", "P1M")


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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "plan" the noun tells no tense: the criticism was made on the past Tuesday.
        ("Uruguay's senate criticised the plan in a resolution on Tuesday.", "2025-03-11"),
        ("The opposition rejected their plan at a rally on Tuesday.", "2025-03-11"),
        # A plan to do something still looks ahead.
        ("Chile announced a plan to hold a referendum on Tuesday.", "2025-03-18"),
    ],
)
def test_timex_plan_as_a_noun_is_no_future(resources, text, value):
    (tuesday,) = tag_timexes(text, "2025-03-13", resources)
    assert tuesday.value == value


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


def test_timex_the_same_afternoon_is_the_day_named_before(resources):
    found = tag_timexes(
        "Guards stopped the convoy on Thursday. The same afternoon, the embassy protested.",
        "2025-02-26",
        resources,
    )
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Thursday", "DATE", "2025-02-20"),
        ("The same afternoon", "TIME", "2025-02-20TAF"),
    ]


def test_timex_of_that_year_takes_the_year_named_before(resources):
    found = tag_timexes(
        "Chile recognised Peru in 1995 and opened an embassy on May 4 of that year.", "2020-01-01", resources
    )
    assert [t.value for t in found] == ["1995", "1995-05-04"]


# Beyond diplomatic news: reporting periods, seasons, zones, short years, references back, vague references
# and rates. Each sentence is our own; the value is what TIMEX3 writes for it against the article date.
@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        (
            "Orders slowed in the third quarter of this year.",
            "2021-11-02",
            "the third quarter of this year",
            "DATE",
            "2021-Q3",
        ),
        (
            "The mill lost money in the final quarter of 2009.",
            "2010-02-01",
            "the final quarter of 2009",
            "DATE",
            "2009-Q4",
        ),
        (
            "The brewer posted third-quarter earnings on Tuesday.",
            "2019-10-24",
            "third-quarter",
            "DATE",
            "2019-Q3",
        ),
        ("Margins thinned in the last quarter.", "2019-10-24", "the last quarter", "DATE", "2019-Q3"),
        ("Bookings should recover next quarter.", "2019-10-24", "next quarter", "DATE", "2020-Q1"),
        (
            "Freight volumes fell in the fourth quarter.",
            "2010-02-01",
            "the fourth quarter",
            "DATE",
            "2009-Q4",
        ),
        ("Q2 2018 deliveries set a record.", "2018-08-01", "Q2 2018", "DATE", "2018-Q2"),
        (
            "Sales doubled in the first half of 2020.",
            "2021-02-20",
            "the first half of 2020",
            "DATE",
            "2020-H1",
        ),
        ("The grocer's first-half profit slipped.", "2023-08-10", "first-half", "DATE", "2023-H1"),
        ("The utility expects a surplus in fiscal 2024.", "2023-05-10", "fiscal 2024", "DATE", "2024"),
        ("The refinery should restart by mid-2011.", "2010-03-12", "mid-2011", "DATE", "2011"),
        ("Sowing starts in spring.", "2022-01-12", "spring", "DATE", "2022-SP"),
        ("Ferries return this autumn.", "2022-03-12", "this autumn", "DATE", "2022-FA"),
        ("Summer 2019 was the driest on the island.", "2021-04-01", "Summer 2019", "DATE", "2019-SU"),
        (
            "The cyclone crossed the coast at 18:00 UTC.",
            "2017-09-07",
            "18:00 UTC",
            "TIME",
            "2017-09-07T18:00Z",
        ),
        ("The all-clear came at 0800 UTC.", "2018-08-06", "0800 UTC", "TIME", "2018-08-06T08:00Z"),
        ("The bell rang at 4 p.m. EST.", "2021-07-20", "4 p.m. EST", "TIME", "2021-07-20T16:00-05"),
        ("The final starts at 7.45pm.", "2021-07-20", "7.45pm", "TIME", "2021-07-20T19:45"),
        ("The club last won the cup in '82.", "2022-06-01", "'82", "DATE", "1982"),
        ("The survey of 1957-58 mapped the glacier.", "2013-03-22", "58", "DATE", "1958"),
        ("Copper prices have eased recently.", "2021-07-20", "recently", "DATE", "PAST_REF"),
        ("Rents have soared in recent years.", "2021-07-20", "recent years", "DATE", "PAST_REF"),
        ("Rates may stay low in the near term.", "2021-07-20", "the near term", "DATE", "FUTURE_REF"),
        ("Dividends are paid annually.", "2021-07-20", "annually", "SET", "P1Y"),
        ("The trust pays quarterly dividends.", "2021-07-20", "quarterly", "SET", "P3M"),
        ("Coupons are paid every quarter.", "2021-07-20", "every quarter", "SET", "P3M"),
        ("It was the steepest single-day fall.", "2021-07-20", "single-day", "DURATION", "P1D"),
    ],
)
def test_timex_values_of_other_genres(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


def test_timex_zone_in_brackets_is_written(resources):
    found = tag_timexes("The tremor struck at 6:40 p.m. (GMT +8) on Sunday.", "2018-08-06", resources)
    assert (found[0].text, found[0].value) == ("6:40 p.m. (GMT +8) on Sunday", "2018-08-05T18:40+08")
    found = tag_timexes("The tremor struck at 6:40 p.m. (GMT +8).", "2018-08-06", resources)
    assert (found[0].text, found[0].value) == ("6:40 p.m.", "2018-08-06T18:40+08")


def test_timex_references_back_take_the_last_day_named(resources):
    text = "The river crested on Monday. Later in the day a levee gave way, and shares fell for a second "
    text += "straight day."
    values = {t.text: t.value for t in tag_timexes(text, "2021-07-21", resources)}
    assert values == {"Monday": "2021-07-19", "the day": "2021-07-19", "a second straight day": "2021-07-19"}


def test_timex_same_period_last_year_is_the_period_named_before(resources):
    text = "Sales rose in the third quarter, against a loss in the same period last year."
    values = {t.text: t.value for t in tag_timexes(text, "2019-10-24", resources)}
    assert values["the same period last year"] == "2018-Q3"


def test_timex_quarter_of_a_game_is_no_calendar_quarter(resources):
    text = "The visitors scored 12 points in the third quarter to take the lead."
    assert [t.text for t in tag_timexes(text, "2019-10-24", resources)] == []


def test_timex_reporting_periods_have_month_bounds(resources):
    (q,) = tag_timexes("Output grew in the second quarter of 2015.", "2015-09-01", resources)
    (h,) = tag_timexes("Output grew in the second half of 2015.", "2016-03-01", resources)
    (w,) = tag_timexes("Heating bills peaked in winter 2018.", "2019-03-01", resources)
    assert (q.begin, q.end_value) == ("2015-04", "2015-06")
    assert (h.begin, h.end_value) == ("2015-07", "2015-12")
    assert (w.begin, w.end_value) == ("2018-12", "2019-02")


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        ("Storms are forecast for the weekend.", "2017-09-07", "the weekend", "DATE", "2017-W36-WE"),
        ("Crowds packed the beaches last weekend.", "2010-08-06", "last weekend", "DATE", "2010-W30-WE"),
        ("The shops stay shut on Sundays.", "2010-08-06", "Sundays", "SET", "XXXX-WXX-7"),
        ("Sales jumped over Christmas.", "2020-01-10", "Christmas", "DATE", "2019-12-25"),
        ("Stores expect a rush at Thanksgiving.", "2018-11-02", "Thanksgiving", "DATE", "2018-11-22"),
        ("A 79-year-old farmer was rescued.", "2010-08-06", "79-year-old", "DURATION", "P79Y"),
        (
            "The final lasted four hours and six minutes.",
            "2009-09-14",
            "four hours and six minutes",
            "DURATION",
            "PT4H6M",
        ),
        ("Repairs will take a year and a half.", "2023-03-08", "a year and a half", "DURATION", "P18M"),
        ("She won the marathon in 2:19:42.", "2022-06-27", "2:19:42", "DURATION", "PT2H19M42S"),
        (
            "The strike runs until 2359 GMT Friday.",
            "2019-12-05",
            "2359 GMT Friday",
            "TIME",
            "2019-12-06T23:59Z",
        ),
        (
            "The quake struck at 1940 GMT Wednesday.",
            "2017-09-07",
            "1940 GMT Wednesday",
            "TIME",
            "2017-09-06T19:40Z",
        ),
        ("Rain fell overnight.", "2021-07-15", "overnight", "TIME", "2021-07-14TNI"),
        ("Rescuers set out at dawn.", "2021-07-15", "dawn", "TIME", "2021-07-15TMO"),
        ("The storm made landfall midday Monday.", "2012-10-29", "midday Monday", "TIME", "2012-10-29T12:00"),
        (
            "Revenue fell in the January-March quarter.",
            "2016-04-26",
            "the January-March quarter",
            "DATE",
            "2016-Q1",
        ),
        ("Snow was scarce in the autumn.", "2009-02-11", "the autumn", "DATE", "2008-FA"),
        ("Flu cases peaked by the end of the year.", "2013-03-22", "the end of the year", "DATE", "2012"),
        (
            "Customs officers have seized 40 boats since the start of the year.",
            "2013-05-22",
            "the start of the year",
            "DATE",
            "2013",
        ),
        ("The club last won the title a decade ago.", "2015-12-01", "a decade ago", "DATE", "2005"),
        ("Tickets go on sale each season.", "2015-12-01", "each season", "SET", "P1Y"),
    ],
)
def test_timex_values_of_other_genres_after_the_blind_run(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


def test_timex_a_clock_with_seconds_and_a_zone_stays_a_clock(resources):
    found = tag_timexes("The launch window opened at 14:03 UTC.", "2014-03-20", resources)
    assert [(t.text, t.type) for t in found] == [("14:03 UTC", "TIME")]


def test_timex_adjectival_annual_is_no_recurrence(resources):
    assert tag_timexes("The brewer posted its first annual loss.", "2021-07-20", resources) == []


# The second blind run (issue 14): extents keep their bounds and approximators, decades count in their own
# unit, and the direction a date points to follows "since", "expect" and the clause's own verb.
@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        (
            "The mine stayed shut for more than six years.",
            "2020-01-01",
            "more than six years",
            "DURATION",
            "P6Y",
        ),
        ("Repairs could take up to three weeks.", "2020-01-01", "up to three weeks", "DURATION", "P3W"),
        ("The ferry left at around 6 a.m.", "2020-03-02", "around 6 a.m.", "TIME", "2020-03-02T06:00"),
        ("The plant opened nearly 40 years ago.", "2020-03-02", "nearly 40 years ago", "DATE", "1980"),
        ("The mayor resigned late last year.", "2020-03-02", "late last year", "DATE", "2019"),
        (
            "Sales rose 9 percent in the six months to March.",
            "2020-05-02",
            "the six months",
            "DURATION",
            "P6M",
        ),
        ("It was the wettest spring in a decade.", "2020-06-02", "a decade", "DURATION", "P1DE"),
        ("The dam has stood for over a century.", "2020-06-02", "over a century", "DURATION", "P1CE"),
        (
            "Readings have been higher than expected since February.",
            "2016-04-26",
            "February",
            "DATE",
            "2016-02",
        ),
        ("Analysts expect the bank to hold rates until March.", "2013-10-30", "March", "DATE", "2014-03"),
        ("The tower is expected to reopen on Monday.", "2010-08-06", "Monday", "DATE", "2010-08-09"),
        (
            "The ferry sank near the port at 3:10 a.m. local time (1910 GMT Sunday) in heavy seas.",
            "2017-09-05",
            "1910 GMT Sunday",
            "TIME",
            "2017-09-03T19:10Z",
        ),
        ("Shares rose 2 percent by 1130 GMT.", "2009-02-11", "1130 GMT", "TIME", "2009-02-11T11:30Z"),
        (
            "The festival said the pilot scheme is to run through July.",
            "2013-03-18",
            "July",
            "DATE",
            "2013-07",
        ),
        ("The pilot scheme ran until July.", "2013-03-18", "July", "DATE", "2012-07"),
    ],
)
def test_timex_extents_and_directions_of_the_second_blind_run(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        ("The mine ships 40,000 tonnes a day.", "2020-01-01", "a day", "SET", "P1D"),
        ("The airport handles 9 million travellers a year.", "2020-01-01", "a year", "SET", "P1Y"),
        ("The task takes a day.", "2020-01-01", "a day", "DURATION", "P1D"),
        ("The comet returns every 76 years.", "2020-01-01", "every 76 years", "SET", "P76Y"),
        ("Trams run every few minutes.", "2020-01-01", "every few minutes", "SET", "PTXM"),
        ("The board meets twice a year.", "2020-01-01", "twice a year", "SET", "P1Y"),
        ("Such a flood comes once a century.", "2020-01-01", "once a century", "SET", "P100Y"),
        ("The refit could take between 10 and 14 months.", "2020-01-01", "10", "DURATION", "P10M"),
        (
            "Output fell in 2015 after a record the previous year.",
            "2020-01-01",
            "the previous year",
            "DATE",
            "2014",
        ),
    ],
)
def test_timex_rates_ranges_and_years_back(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


def test_timex_bare_season_or_month_takes_the_year_its_sentence_names(resources):
    text = (
        "Harvests in 2019 suffered from a wet spring and a cold winter. Last year brought rain in the autumn."
    )
    values = {t.text: t.value for t in tag_timexes(text, "2024-06-10", resources)}
    assert values["spring"] == "2019-SP"
    assert values["winter"] == "2018-WI"
    assert values["the autumn"] == "2023-FA"


def test_timex_bare_month_in_a_future_clause_keeps_its_direction(resources):
    text = "The race, first run in 1975, will move to early May from next year."
    values = {t.text: t.value for t in tag_timexes(text, "2022-06-27", resources)}
    assert values["early May"] == "2023-05"


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        ("Fog lifted on Sunday morning.", "2021-07-15", "Sunday morning", "TIME", "2021-07-11TMO"),
        ("The market reopens tonight.", "2021-07-15", "tonight", "TIME", "2021-07-15TNI"),
        (
            "Sea levels may rise sharply by the end of the century.",
            "2025-06-10",
            "the end of the century",
            "DATE",
            "20",
        ),
        ("Probes will land in the autumn of 2027.", "2025-06-10", "the autumn of 2027", "DATE", "2027-FA"),
        (
            "Most losses came in the final three months of the year.",
            "2009-02-11",
            "the final three months of the year",
            "DATE",
            "2008-Q4",
        ),
        ("Orders in the first half rose 8 percent.", "2011-07-28", "the first half", "DATE", "2011-H1"),
        ("Residents have waited years for a bypass.", "2023-03-08", "years", "DURATION", "PXY"),
        ("Officials said at present the road is shut.", "2023-03-08", "present", "DATE", "PRESENT_REF"),
        ("The pact shapes the future of the port.", "2023-03-08", "the future", "DATE", "FUTURE_REF"),
        ("The minister will soon visit Lima.", "2023-03-08", "soon", "DATE", "FUTURE_REF"),
        ("Stocks were cash-rich at the end of March.", "2016-04-26", "March", "DATE", "2016-03"),
        ("August was the wettest month in Leeds.", "2010-09-06", "August", "DATE", "2010-08"),
        ("Cases rose in the week ending Oct. 6.", "2018-10-20", "the week ending Oct. 6", "DATE", "2018-W40"),
        (
            "The firm will report results for the year to June on Sept. 3.",
            "2019-08-05",
            "June",
            "DATE",
            "2019-06",
        ),
        (
            "The firm will report results for the year to June on Sept. 3.",
            "2019-08-05",
            "the year",
            "DURATION",
            "P1Y",
        ),
        ("The brewer raised its forecast for the year.", "2011-07-28", "the year", "DATE", "2011"),
        ("The 0615 ferry left at about 0640.", "2011-01-24", "about 0640", "TIME", "2011-01-24T06:40"),
        ("The 0615 ferry left late.", "2011-01-24", "0615", "TIME", "2011-01-24T06:15"),
        ("Doors close at 9 p.m. tonight.", "2010-08-06", "9 p.m. tonight", "TIME", "2010-08-06T21:00"),
        (
            "The hearing opens at 10 a.m. April 4.",
            "2023-03-08",
            "10 a.m. April 4",
            "TIME",
            "2023-04-04T10:00",
        ),
        (
            "I queued from 5 o'clock this morning.",
            "2019-12-05",
            "5 o'clock this morning",
            "TIME",
            "2019-12-05T05:00",
        ),
        ("Drivers should allow an extra hour.", "2019-12-05", "an extra hour", "DURATION", "PT1H"),
    ],
)
def test_timex_genre_conventions_of_the_second_blind_run(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Bets rose as recently as June.",
        "Members present voted.",
        "Call as soon as you can.",
    ],
)
def test_timex_words_that_are_no_vague_reference(resources, text):
    assert [t.value for t in tag_timexes(text, "2019-12-05", resources) if t.value.endswith("_REF")] == []


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        ("Snowfall usually peaks between January and March.", "2018-11-27", "January", "DATE", "XXXX-01"),
        ("Snowfall usually peaks between January and March.", "2018-11-27", "March", "DATE", "XXXX-03"),
        ("Sales would normally slow in mid-December.", "2018-11-27", "mid-December", "DATE", "2018-12"),
        ("The generals warned in May of a new offensive.", "2025-09-14", "May", "DATE", "2025-05"),
        ("The fort was taken in 1856.", "2025-09-14", "1856", "DATE", "1856"),
        ("The two men face decades in jail.", "2025-09-14", "decades", "DURATION", "PXDE"),
        ("Years ago, the valley was farmland.", "2025-09-14", "Years ago", "DATE", "PAST_REF"),
        ("Floods hit the delta in previous years.", "2025-09-14", "previous years", "DATE", "PAST_REF"),
        ("She skipped the monthlong trial.", "2025-09-14", "monthlong", "DURATION", "P1M"),
        (
            "The mayor forecast a surplus for the year to be reported in spring.",
            "2011-07-28",
            "the year",
            "DATE",
            "2011",
        ),
    ],
)
def test_timex_habits_and_vague_pasts(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


def test_timex_the_day_after_counts_from_the_day_named(resources):
    found = tag_timexes("The raid on March 3 was reported online the day after.", "2025-03-11", resources)
    assert [(t.text, t.value) for t in found] == [("March 3", "2025-03-03"), ("the day after", "2025-03-04")]


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        (
            "The carmaker is due to post third-quarter earnings.",
            "2013-10-30",
            "third-quarter",
            "DATE",
            "2013-Q3",
        ),
        ("The council meets again in November.", "2019-08-01", "November", "DATE", "2019-11"),
        ("The ski lifts open on Jan. 2.", "2015-12-01", "Jan. 2", "DATE", "2016-01-02"),
        ("More walkouts could follow in February.", "2019-12-05", "February", "DATE", "2020-02"),
        ("In February, sales fell sharply.", "2019-12-05", "February", "DATE", "2019-02"),
        (
            "The regulator could act as early as the end of the year, its chair said.",
            "2020-05-12",
            "the end of the year",
            "DATE",
            "2020",
        ),
        ("The race came just over a week before the vote.", "2020-05-12", "a week", "DURATION", "P1W"),
    ],
)
def test_timex_directions_of_results_plans_and_the_turn_of_the_year(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rates will stay high for at least the next 18 months.", "at least the next 18 months"),
        ("It was the bloodiest war of the 19th century.", "19th century"),
        ("Tariffs rose over the past year.", "the past year"),
    ],
)
def test_timex_extent_of_bounds_and_ordinal_centuries(resources, text, span):
    assert span in [t.text for t in tag_timexes(text, "2020-01-01", resources)]


@pytest.mark.parametrize(
    "text",
    [
        "Soon after the vote, protests began.",
        "The future president spoke.",
        "The city declares a day of mourning.",
    ],
)
def test_timex_no_future_or_rate_where_none_is_meant(resources, text):
    found = tag_timexes(text, "2020-01-01", resources)
    assert [t for t in found if t.value == "FUTURE_REF" or t.type == "SET"] == []


def test_timex_the_day_before_an_undated_event_is_a_day_of_the_year_named(resources):
    text = "The hiker vanished in August 2019. The day before the search began, rain fell."
    found = tag_timexes(text, "2021-03-22", resources)
    assert [(t.text, t.value) for t in found] == [("August 2019", "2019-08"), ("The day", "2019-XX-XX")]


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        (
            "The chain lost money in the fiscal second quarter.",
            "2024-11-20",
            "the fiscal second quarter",
            "DATE",
            "2024-Q2",
        ),
        (
            "The curfew will start at midnight on Friday.",
            "2024-11-20",
            "midnight on Friday",
            "TIME",
            "2024-11-22T24:00",
        ),
        (
            "Looting began on the evening of June 2.",
            "2024-11-20",
            "the evening of June 2",
            "TIME",
            "2024-06-02TEV",
        ),
    ],
)
def test_timex_fiscal_quarters_and_parts_of_named_days(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        ("The jury sat for five hours over two days.", "2024-11-21", "two days", "DURATION", "P2D"),
        ("It was the driest summer in over a century.", "2024-11-21", "over a century", "DURATION", "P1CE"),
        ("The show runs until the end of March.", "2024-11-21", "March", "DATE", "2025-03"),
        ("Coupons are paid semi-annually.", "2024-11-21", "semi-annually", "SET", "P6M"),
    ],
)
def test_timex_over_as_more_than_runs_to_and_half_yearly(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value"),
    [
        (
            "Looters struck in the early hours of Sunday.",
            "2024-11-21",
            "the early hours of Sunday",
            "TIME",
            "2024-11-17TMO",
        ),
        (
            "He won in three hours, 12 minutes and 5 seconds.",
            "2024-11-21",
            "three hours, 12 minutes and 5 seconds",
            "DURATION",
            "PT3H12M5S",
        ),
        ("The cold snap should last until at least Tuesday.", "2024-11-21", "Tuesday", "DATE", "2024-11-26"),
        (
            "The bridge stays shut for the foreseeable future.",
            "2024-11-21",
            "the foreseeable future",
            "DATE",
            "FUTURE_REF",
        ),
    ],
)
def test_timex_parts_of_named_days_race_times_and_open_ends(resources, text, dct, span, kind, value):
    found = tag_timexes(text, dct, resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


def test_timex_a_year_named_in_an_aside_does_not_date_a_later_month(resources):
    found = tag_timexes("The lease, signed in 2015, expires in June.", "2024-03-01", resources)
    assert [t.value for t in found if t.text == "June"] != ["2015-06"]


def test_timex_a_later_month_with_no_past_wording_is_still_to_come(resources):
    found = tag_timexes("The lease expires in June.", "2024-03-01", resources)
    assert [t.value for t in found if t.text == "June"] == ["2024-06"]


def test_timex_past_wording_after_an_abbreviation_still_counts(resources):
    found = tag_timexes("More recently, in October, U.S. forces carried out raids.", "2025-03-14", resources)
    assert [t.value for t in found if t.text == "October"] == ["2024-10"]


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("The drill took half an hour.", "half an hour", "DURATION", "PT30M"),
        ("A half-hour delay followed.", "half-hour", "DURATION", "PT30M"),
        ("Ferries sail every half hour.", "every half hour", "SET", "PT30M"),
        ("The vote is due in a fortnight.", "a fortnight", "DURATION", "P2W"),
        ("Bins are emptied every other week.", "every other week", "SET", "P2W"),
        ("Rents rose 4 percent in the year to May.", "the year", "DURATION", "P1Y"),
    ],
)
def test_timex_halves_fortnights_and_every_other(resources, text, span, kind, value):
    found = tag_timexes(text, "2024-05-10", resources)
    assert [(t.text, t.type, t.value) for t in found if t.text == span] == [(span, kind, value)]


def test_timex_the_following_unit_is_the_one_after_the_last_named(resources):
    text = "The border closed in April 2023. The following month, the two ministers met in Lusaka."
    found = {t.text: (t.type, t.value) for t in tag_timexes(text, "2024-06-10", resources)}
    assert found["The following month"] == ("DATE", "2023-05")
    text = "The border closed on March 3. Trade will shrink over the following month."
    found = {t.text: (t.type, t.value) for t in tag_timexes(text, "2024-06-10", resources)}
    assert found["the following month"] == ("DURATION", "P1M")
