"""An unmarked ministry's official after both sides' ministries of that portfolio were named: the one a
paragraph back is only the nearer, so it does not make the official its own; one side's alone does."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors

OPENING = "June 3 (Delta Wire) — Norway and Iceland quarrelled on Monday over a seized trawler."
NORWAY = "The Norwegian foreign ministry said the trawler had been fishing illegally."
SPOKESMAN = "Foreign ministry spokesman Gunnar Helgason said on Tuesday that the crew would be charged."


def _person(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    person = next(p for p in index.people if p.name == "Gunnar Helgason")
    return person.country, person.basis


def test_ministries_both_sides_named_before_say_nothing(nlp, resources):
    text = f"{OPENING}\n\n{NORWAY} Iceland's foreign ministry called the seizure piracy.\n\n{SPOKESMAN}"
    assert _person(nlp, resources, text)[1] != "ministry"


def test_ministries_one_side_named_before_gives_its_state(nlp, resources):
    text = f"{OPENING}\n\n{NORWAY}\n\n{SPOKESMAN}"
    assert _person(nlp, resources, text) == ("NOR", "ministry")
