"""A day told in the lead's past perfect ("said its guards had shot two men on Sunday") is the earlier act's,
not the news day; an intention stated in a paragraph that names the day of its saying takes that day. Texts
written for these tests."""

from __future__ import annotations

from bilat.models import Document


def _dates(pipeline, text: str, published: str, trigger: str) -> set[str | None]:
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published=published)).events
    return {e.date for e in events if e.trigger == trigger}


def test_a_pluperfect_day_in_the_lead_is_not_the_news_day(pipeline):
    text = (
        "Kyrgyzstan has demanded an explanation from Tajikistan over a shooting at the border.\n\n"
        "Tajikistan's border service said that its guards had shot two Kyrgyz herders on Sunday night near "
        "Batken. Kyrgyzstan also condemned Tajikistan over the deaths."
    )
    assert _dates(pipeline, text, "2024-05-09", "demanded") == {"2024-05-09"}


def test_an_intention_told_after_a_dated_saying_takes_that_day(pipeline):
    text = (
        "Peru and Bolivia traded accusations over the lake.\n\n"
        "Bolivia's foreign minister rejected the complaint on Tuesday. He said Bolivia was ready to hold "
        "talks with Peru on the lake."
    )
    assert _dates(pipeline, text, "2024-05-09", "talks") | _dates(pipeline, text, "2024-05-09", "hold") == {
        "2024-05-07"
    }


def test_a_demand_about_a_days_incident_is_not_dated_by_that_day(pipeline):
    text = (
        "Chile summoned Peru's ambassador on Tuesday over a raid on a fishing camp.\n\n"
        "Deputy Foreign Minister Ana Ruiz handed Ambassador Luis Soto a protest note and demanded an inquiry "
        "into Saturday's raid."
    )
    assert _dates(pipeline, text, "2024-05-09", "demanded") == {"2024-05-07"}


def test_a_demand_told_in_the_past_progressive_is_made_on_the_news_day(pipeline):
    text = (
        "Armenia protested to Georgia on Monday over the closure of a border crossing.\n\n"
        "The ministry said Armenia was demanding that the crossing be reopened within a week."
    )
    assert _dates(pipeline, text, "2024-05-08", "demanding") == {"2024-05-06"}
