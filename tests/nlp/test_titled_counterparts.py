"""A counterpart named with a rank before the name holds the office for the story's other state."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.context import named_counterparts


def test_ranked_counterpart_is_the_other_side(nlp, resources):
    text = (
        "Kenya and Tanzania spar over frontier shooting\n\n"
        "NAIROBI, May 3 (Wire) — Tanzania accused Kenya of firing across the frontier on Friday.\n\n"
        "Army Commander General Otieno Barasa travelled to Dodoma the next day to meet his counterpart, "
        "General Juma Mfinanga, about the patrols."
    )
    index = recognize_actors(nlp(text), resources)
    people = {p.name: p for p in index.people}
    assert people["Otieno Barasa"].country == "KEN"
    assert people["Juma Mfinanga"].country == "TZA", people["Juma Mfinanga"].basis


def test_titled_name_after_counterpart_is_found(nlp, resources):
    doc = nlp("Minister Kofi Mensah spoke with his counterpart, Foreign Minister Ama Owusu, by phone.")
    index = recognize_actors(doc, resources)
    names = {p.name for p in index.people if id(p) in named_counterparts(doc, index.person_at)}
    assert names == {"Ama Owusu"}


def test_official_accusing_other_nationals_is_not_the_datelines(nlp, resources):
    text = (
        "Spain and Portugal quarrel over river sand dredging\n\n"
        "LISBON, June 9 (Wire) — Portugal protested to Spain on Monday over dredging in the Minho river.\n\n"
        "Environment Minister Carlos Ibarrola dismissed the complaint on Tuesday and accused Portuguese "
        "barges of dredging without licences."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Carlos Ibarrola"].country != "PRT"
