"""A question set in a year or month is answered from a sentence of that period: an article that tells
two demands, one in its background years before, answers each question with its own."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.period import overlaps, sentence_in_period
from bilat.models import Timex

ARTICLES = {
    "a_demand.txt": (
        " date 2024-03-14\n\n"
        "Latvia presses Lithuania over river dam\n\n"
        "RIGA — Latvia's foreign minister Petra Lindqvist demanded on Tuesday that Lithuania "
        "halt the filling of the Korva dam.\n\n"
        "In May 2019 Lindqvist demanded that Lithuania release the hydrological survey of the basin.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_period_overlaps_at_any_precision():
    assert overlaps("2021-04-13", "2021-04")
    assert overlaps("2021", "2021-04")
    assert overlaps("2021-W15", "2021-04")
    assert overlaps("2019-05", "2021") is False
    assert overlaps("P3Y", "2021") is None


def test_period_sentence_with_a_written_year_elsewhere_is_out():
    text = "In May 2019 she asked for the survey."
    may = Timex(text="May 2019", start=3, end=11, type="DATE", value="2019-05")
    assert not sentence_in_period(text, [may], "2024", "2024-03-14", future=False)
    assert sentence_in_period(text, [may], "2019", "2024-03-14", future=False)


def test_period_a_day_of_the_news_week_dates_the_sentence():
    text = "She asked on Tuesday for the survey."
    tuesday = Timex(text="Tuesday", start=13, end=20, type="DATE", value="2024-03-12")
    assert not sentence_in_period(text, [tuesday], "2019", "2024-03-14", future=False)
    march = Timex(text="March", start=13, end=18, type="DATE", value="2011-03")
    assert sentence_in_period(text, [march], "2024", "2024-03-14", future=False)  # may be misplaced


def test_period_since_reaches_to_the_article_day():
    text = "Troops have been posted there since 2011."
    since = Timex(text="2011", start=36, end=40, type="DATE", value="2011")
    assert sentence_in_period(text, [since], "2023-06", "2024-01-10", future=False)


def test_period_an_undated_sentence_of_an_older_article_is_out():
    assert not sentence_in_period("She asked for the survey.", [], "2024", "2021-05-02", future=False)
    assert sentence_in_period("She will ask for the survey.", [], "2024", "2021-05-02", future=True)


def test_period_each_demand_answers_its_own_year(asker):
    then = asker.answer("What did Latvia's foreign minister Lindqvist demand that Lithuania release in 2019?")
    assert then.known and "survey" in then.answer, then
    now = asker.answer("What did Latvia's foreign minister Lindqvist demand that Lithuania halt in 2024?")
    assert now.known and "dam" in now.answer, now
    never = asker.answer(
        "What did Latvia's foreign minister Lindqvist demand that Lithuania release in 2016?"
    )
    assert not never.known, never


def test_last_year_is_a_firm_date_outside_the_asked_month():
    told = Timex(text="last year", start=30, end=39, type="DATE", value="2023", sentence=0)
    text = "The ministry closed the office last year."
    assert not sentence_in_period(text, [told], "2024-11", "2024-11-07", False)
