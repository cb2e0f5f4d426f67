"""Periods that are not calendar years, spans opened by "since", and a trade total's parts (sentences of
our own)."""

from __future__ import annotations

import pytest

from bilat.extract.fiscal import FiscalStart, fiscal_spans
from bilat.models import Document


def _facts(
    pipeline, text: str, published: str = "2024-09-20"
) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="p", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The end month stated decides the year.
        (
            "Exports from Kenya to Rwanda reached 410 million USD in the 2021-22 fiscal year, "
            "which ended in June.",
            ("exports", 4.1e8, "2021-07", "2022-06"),
        ),
        (
            "Trade between Chile and Peru came to 3.1 billion USD in the fiscal year that ended "
            "in September 2023.",
            ("trade_turnover", 3.1e9, "2022-10", "2023-09"),
        ),
        (
            "Two-way trade between Canada and Chile was 4.4 billion USD in the year to March 2024.",
            ("trade_turnover", 4.4e9, "2023-04", "2024-03"),
        ),
        # No end month: the fiscal year of the sentence's first country (India's runs April to March).
        (
            "India gave Bhutan aid worth 600 million USD in the 2022-23 financial year.",
            ("aid", 6e8, "2022-04", "2023-03"),
        ),
        # Months counted from the year's start, or back from a month.
        (
            "Trade between Laos and Vietnam amounted to 1.2 billion USD in the first seven "
            "months of this year.",
            ("trade_turnover", 1.2e9, "2024-01", "2024-07"),
        ),
        (
            "Uzbek exports to Kazakhstan rose to 90 million USD in the four months to August.",
            ("exports", 9e7, "2024-05", "2024-08"),
        ),
    ],
)
def test_fact_periods_that_are_not_calendar_years(pipeline, text, expected):
    assert expected in _facts(pipeline, text)


def test_fact_periods_three_months_to_a_later_month_are_last_years():
    (span,) = fiscal_spans("in the three months to November", "2024-03-02", None)
    assert (span.first, span.last) == ("2023-09", "2023-11")


def test_fact_periods_many_fiscal_years_are_no_single_one():
    assert fiscal_spans("over the 2019-2024 fiscal years", "2024-03-02", FiscalStart(7)) == []


def test_fact_periods_since_a_day_months_ago_runs_to_the_article(pipeline):
    text = "More than 40,000 refugees have reached Chad from Sudan since 12 May, the UN said."
    assert _facts(pipeline, text) == [("refugees", 40000.0, "2024-05", "2024-09")]


def test_fact_periods_since_a_weekday_dates_no_span(pipeline):
    text = "More than 300 Haitians have been deported from the Dominican Republic since Monday."
    assert _facts(pipeline, text) == [("deported", 300.0, None, None)]


def test_fact_periods_a_part_of_a_total_shares_its_period_in_one_sentence(pipeline):
    text = (
        "Trade between Chile and Bolivia came to about 1.4 billion USD in 2023, and Chilean exports "
        "made up roughly 900 million USD of that total."
    )
    assert ("exports", 9e8, "2023-01", "2023-12") in _facts(pipeline, text)


def test_fact_periods_how_long_another_verb_has_held_is_no_date(pipeline):
    text = (
        "Chad has been a haven since the war began in April 2023 and hosts nearly 600,000 Sudanese refugees."
    )
    assert ("refugees", 600000.0, None, None) in _facts(pipeline, text)


def test_fact_periods_a_verb_shared_by_both_figures_dates_both(pipeline):
    text = "Trade between Peru and Chile rose 5 percent in 2023 and reached 6 billion USD."
    assert ("trade_turnover", 6e9, "2023-01", "2023-12") in _facts(pipeline, text)


def test_fact_periods_a_part_is_what_its_whole_is(pipeline):
    text = "Officials said 12 of the 40 sailors detained had been questioned."
    assert ("detained", 12.0, None, None) in _facts(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "billion last year" ends in "on" but compares with nothing.
        (
            "Bilateral trade between Ghana and Togo stood at 3.2 billion USD last year.",
            ("trade_turnover", 3.2e9, "2023-01", "2023-12"),
        ),
        # A span of months with no year: the latest one not after the article (2024-09-20).
        (
            "Trade between Iran and Oman reached 1.3 billion USD in January-October.",
            ("trade_turnover", 1.3e9, "2023-01", "2023-10"),
        ),
        (
            "Pakistan imported goods worth 2 billion USD from China in FY2022-23.",
            ("imports", 2e9, "2022-07", "2023-06"),
        ),
    ],
)
def test_fact_periods_more_ways_of_writing_them(pipeline, text, expected):
    assert expected in _facts(pipeline, text)


def test_fact_periods_a_death_toll_counts_casualties(pipeline):
    text = "The death toll from the clashes on the border rose to 38, officials said."
    assert _facts(pipeline, text) == [("casualties", 38.0, None, None)]


def test_fact_periods_a_comparison_base_a_year_earlier_is_the_year_before(pipeline):
    text = "Trade between Oman and Iran was 2.4 billion USD in 2022, up from 1.9 billion USD a year before."
    facts = _facts(pipeline, text)
    assert ("trade_turnover", 2.4e9, "2022-01", "2022-12") in facts
    assert ("trade_turnover", 1.9e9, "2021-01", "2021-12") in facts


def test_fact_periods_many_deals_told_as_a_years_total_are_that_years(pipeline):
    total = "In 2023 alone, Egypt signed contracts for French warships worth more than 4 billion USD."
    dated = "Last year, Egypt signed contracts for French warships worth 4 billion USD."
    assert _facts(pipeline, total) == [("arms_deal", 4e9, "2023-01", "2023-12")]
    assert _facts(pipeline, dated) == [("arms_deal", 4e9, None, None)]


def test_fact_periods_two_nationalities_share_one_noun_and_its_verb(pipeline):
    text = "Border clashes in March 2021 killed 14 Kyrgyz and 9 Tajik soldiers."
    facts = _facts(pipeline, text)
    assert ("casualties", 14.0, "2021-03", "2021-03") in facts
    assert ("casualties", 9.0, "2021-03", "2021-03") in facts


def test_fact_periods_a_fiscal_year_named_before_its_years(pipeline):
    text = "India gave Nepal aid worth 200 million USD in the financial year 2022-23."
    assert ("aid", 2e8, "2022-04", "2023-03") in _facts(pipeline, text)


def test_fact_periods_a_fiscal_year_whose_end_month_has_no_year_is_the_latest(pipeline):
    text = "Bangladesh's exports to India came to 2 billion USD in the fiscal year that ended in June."
    assert ("exports", 2e9, "2023-07", "2024-06") in _facts(pipeline, text)


def test_fact_periods_over_the_same_period_is_the_period_named_before(pipeline):
    text = (
        "Remittances from Qatar to Nepal reached 1.1 billion USD in the fiscal year that ended in "
        "July 2023. Bilateral trade was worth about 400 million USD over the same period."
    )
    # Nepal's fiscal year begins in July, so one that ends in July runs mid-July to mid-July.
    assert ("trade_turnover", 4e8, "2022-07", "2023-07") in _facts(pipeline, text)


def test_fact_periods_the_same_period_of_a_year_compares(pipeline):
    text = "Trade between Peru and Chile rose 8 percent over the same period of last year."
    assert all(f[2] is None for f in _facts(pipeline, text))


def test_fact_periods_people_released_are_not_dated_by_when_they_were_taken(pipeline):
    text = "Oman released nine Yemeni sailors who had been held since March for entering its waters."
    assert _facts(pipeline, text) == [("released", 9.0, None, None)]


def test_fact_periods_refugees_are_dated_by_when_they_fled(pipeline):
    text = "Uganda hosts 30,000 Congolese refugees who have fled since January."
    assert _facts(pipeline, text) == [("refugees", 30000.0, "2024-01", "2024-09")]


def test_fact_periods_troops_are_counted_at_a_time_not_over_a_period(pipeline):
    text = "Britain pulled about 900 troops out of Mali in 2022."
    assert _facts(pipeline, text) == [("troops", 900.0, None, None)]


def test_fact_periods_a_deadline_is_no_period_of_people_still_to_be_sent(pipeline):
    text = "Rwanda will send 400 more police officers to the Central African Republic by March."
    assert _facts(pipeline, text) == [("count", 400.0, None, None)]


def test_fact_periods_people_a_week_are_a_pace_not_a_count(pipeline):
    text = "The government said it would expel up to 5,000 Malian migrants a week."
    assert _facts(pipeline, text) == []


def test_fact_periods_earlier_this_month_dates_an_arrest_but_spans_nothing(pipeline):
    text = "Earlier this month the Gambian navy arrested 30 Senegalese fishermen off Gunjur."
    assert _facts(pipeline, text) == [("detained", 30.0, None, None)]


def test_fact_periods_last_month_is_a_span_of_people_sent_back(pipeline):
    text = "More than 2,000 Afghans were sent back from Iran last month."
    assert _facts(pipeline, text) == [("deported", 2000.0, "2024-08", "2024-08")]
