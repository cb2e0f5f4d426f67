"""Aid told as a year's total ("assistance came to 40 million USD last year") or as money still to be given
this year is measured over that year; aid pledged in a year is dated by it (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _aid(pipeline, text: str, published: str = "2024-03-05"):
    document = Document(id="ay", source_uri="mem", text=text, published=published)
    facts = pipeline.analyze(document).facts
    return [(f.value, f.period_start, f.period_end) for f in facts if f.kind == "aid"]


def test_aid_that_amounted_to_a_sum_last_year_is_that_years_total(pipeline):
    text = "Finnish development assistance to Laos came to about 40 million USD last year, officials said."
    assert _aid(pipeline, text) == [(4e7, "2023-01", "2023-12")]


def test_aid_that_totalled_a_sum_in_a_year(pipeline):
    text = "Finnish aid to Laos totalled 35 million euros in 2022."
    assert [(start, end) for _, start, end in _aid(pipeline, text)] == [("2022-01", "2022-12")]


def test_aid_still_to_be_provided_this_year_is_this_years(pipeline):
    text = (
        "Finland will provide Laos with 25 million USD for clinics and schools this year, its minister said."
    )
    assert _aid(pipeline, text) == [(2.5e7, "2024-01", "2024-12")]


def test_aid_pledged_in_a_year_stays_dated_by_it(pipeline):
    text = "Finland pledged about 25 million USD in aid to Laos in 2022."
    assert _aid(pipeline, text) == [(2.5e7, None, None)]


def test_aid_to_be_given_in_a_month_has_no_period(pipeline):
    text = "Finland will give Laos 25 million USD in March."
    assert _aid(pipeline, text) == [(2.5e7, None, None)]


def test_a_headline_sum_the_body_dates_is_the_bodys(pipeline):
    text = (
        "Finland pledges 25 million USD for Laos clinics\n\n"
        "Finland will provide Laos with 25 million USD for clinics and schools this year, its minister said."
    )
    assert _aid(pipeline, text) == [(2.5e7, "2024-01", "2024-12")]
