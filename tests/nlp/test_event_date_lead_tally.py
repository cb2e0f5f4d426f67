"""A lead clause counting acts over a period opened by "since" is no act of the news day. Text written for
this test."""

from __future__ import annotations

from bilat.models import Document


def test_lead_tally_since_an_operation_began_is_not_the_news_day(pipeline):
    text = (
        "Laos protests as Thailand deports hundreds of Laotian workers\n\n"
        "Mekong Herald\n\n"
        "By Somchai Vong\n\n"
        "VIENTIANE — Laos accused Thailand on Monday of mistreating its migrant workers.\n\n"
        "Labour Minister Khamla Sisouk said about 900 Laotians had been expelled since Thai police began "
        "an operation against illegal workers on May 2."
    )
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2024-05-21")).events
    expelled = [e for e in events if e.trigger == "expelled"]
    assert all(e.date != "2024-05-20" for e in expelled)
