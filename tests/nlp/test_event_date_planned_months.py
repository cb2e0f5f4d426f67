"""A month in an intention's own clause is when the plan is to be carried out, not when it was agreed; a
past act takes no date after the story; a gerund naming what an agreement is about takes none of its own.
Texts written for these tests."""

from __future__ import annotations

from bilat.models import Document


def _dates(pipeline, text: str, published: str, trigger: str) -> set[str | None]:
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published=published)).events
    return {e.date for e in events if e.trigger == trigger}


def test_a_yearless_month_of_a_planned_meeting_does_not_date_the_plan(pipeline):
    text = (
        "Chile and Peru agree on fisheries\n\n"
        "LIMA, Sept 14, 2022 — Chile and Peru signed a fisheries accord on Wednesday.\n\n"
        "The two governments agreed to hold a first session of their water commission in Arica in January."
    )
    dates = _dates(pipeline, text, "2022-09-14", "hold")
    assert dates and "2022-01" not in dates


def test_a_past_agreement_is_not_dated_by_the_month_of_what_it_plans(pipeline):
    text = (
        "Chile and Peru agree on fisheries\n\n"
        "LIMA, April 14, 2026 — Chile and Peru signed a fisheries accord on Tuesday.\n\n"
        "The two leaders also agreed to resume direct flights to Arica and to hold annual ministerial talks, "
        "the first in Tacna in September."
    )
    dates = _dates(pipeline, text, "2026-04-14", "agreed")
    assert dates and "2026-09" not in dates


def test_an_agreement_on_a_gerund_is_dated_by_its_year(pipeline):
    text = (
        "Chile and Peru sign fisheries pact\n\n"
        "LIMA, May 14, 2024 — Chile and Peru signed a fisheries agreement on Tuesday.\n\n"
        "Lima and Santiago signed an accord on sharing customs data in 2011 and opened direct flights "
        "between Lima and Santiago in 2019."
    )
    assert "2011" in _dates(pipeline, text, "2024-05-14", "signed")


def test_a_past_act_keeps_the_week_before_the_story(pipeline):
    # A week's code ("2024-W06") is not compared character-wise with the story's day.
    text = (
        "Chile and Peru at odds over fishing\n\n"
        "LIMA, Feb 14, 2024 — Peru protested to Chile on Tuesday over the seizure of two trawlers.\n\n"
        "Chile summoned Peru's ambassador last week over the dispute."
    )
    assert _dates(pipeline, text, "2024-02-14", "summoned") == {"2024-W06"}
