"""A state's bodies named by a common noun: a lower-case portfolio after a nationality's ministry, and a
defence force."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _bodies(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors if a.kind == "organisation"}


def test_a_ministry_with_its_portfolio_in_lower_case_is_named_by_it(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "Exports reached 30 million USD last year, according to the Thai ministry of commerce and industry.",
    )
    assert bodies["Thai ministry of commerce and industry"].country == "THA"


def test_a_defence_force_with_a_possessive_is_the_state_military(nlp, resources):
    bodies = _bodies(nlp, resources, "Zambia's defence force said its patrol had arrested two men.")
    body = bodies["Zambia's defence force"]
    assert body.country == "ZMB"
    assert body.sector == "MIL"
