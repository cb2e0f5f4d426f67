"""A ministry called by another name of its portfolio ("external affairs" after "foreign") is another
state's: its spokesman is not the first ministry's. Sentences written for these tests."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors

LEAD = (
    "Chile summons Bolivian envoy over gas curbs\n\n"
    "Chile's {first} ministry summoned Bolivia's ambassador on Wednesday over the new gas export curbs.\n\n"
)


def _country(nlp, resources, first, text):
    index = recognize_actors(nlp(LEAD.format(first=first) + text), resources)
    return {p.name: p.country for p in index.people}["Pedro Mamani"]


def test_the_other_name_is_not_the_first_ministrys(nlp, resources):
    text = "On Thursday the external affairs ministry spokesman, Pedro Mamani, denied the curbs were unfair."
    assert _country(nlp, resources, "foreign", text) != "CHL"


def test_the_same_name_is_the_first_ministrys(nlp, resources):
    text = "On Thursday the external affairs ministry spokesman, Pedro Mamani, said the talks would go on."
    assert _country(nlp, resources, "external affairs", text) == "CHL"
    text = "On Thursday the foreign ministry spokesman, Pedro Mamani, said the talks would go on."
    assert _country(nlp, resources, "foreign", text) == "CHL"
