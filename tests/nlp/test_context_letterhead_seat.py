"""A release under a ministry's letterhead with its capital on the next line speaks for that capital's
state (``bilat.nlp.context.letterhead_country``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_context_letterhead_with_its_capital_below(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ministry of Foreign Affairs\nNairobi\n\nPRESS RELEASE\n\n"
        "Visit of the Foreign Minister of the Republic of Ghana to Kenya\n\n"
        "Foreign Minister Ama Mensah of Ghana is on an official visit to Kenya.\n\n"
        "Cabinet Secretary for Trade Peter Wanjiru received the visiting minister on Monday.",
    )
    assert people["Peter Wanjiru"] == "KEN"
    assert people["Ama Mensah"] == "GHA"


def test_context_capital_not_under_a_body_line_is_no_letterhead(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Weekend Review\nNairobi\n\n"
        "Cabinet Secretary for Trade Peter Wanjiru received the minister on Monday.",
    )
    assert people.get("Peter Wanjiru") is None
