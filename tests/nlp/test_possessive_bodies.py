"""A state's office named after its state's possessive or name, which the model may read as a person."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _bodies(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: (a.country, a.aliases) for a in index.actors if a.kind == "organisation"}


def test_an_office_after_a_possessive_state_is_that_states(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "Mongolia's State Border Committee said on Friday that 900 lorries were waiting at the crossing.",
    )
    country, aliases = bodies["Mongolia's State Border Committee"]
    assert country == "MNG"
    assert "State Border Committee" in aliases


def test_a_bureau_of_a_field_keeps_its_full_name(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "Coffee exports fell by a fifth, according to the Kenya Bureau of Statistics.",
    )
    assert bodies.get("Kenya Bureau of Statistics", (None,))[0] == "KEN"


def test_a_committee_with_no_state_written_before_it_is_nobodys(nlp, resources):
    bodies = _bodies(nlp, resources, "The Organising Committee said the games would go ahead in Lima.")
    assert "Organising Committee" not in bodies
