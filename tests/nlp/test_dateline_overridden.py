"""Where a datelined story's unmarked official is the other state's: an envoy of the dateline's state told
off, and a pronoun that goes on to announce the other state's acts."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_who_tells_the_home_states_ambassador_is_not_the_datelines(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, March 4 (Ridge Wire) — Chile summoned Peru's ambassador in Santiago on Monday over a fishing "
        "dispute.\n\nForeign Minister Camila Rojas told Ambassador Julio Quispe that the seizure of two "
        "trawlers was unacceptable.",
    )
    assert people["Camila Rojas"] == "CHL"


def test_a_pronoun_announcing_the_other_states_acts_undoes_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, July 8 (Gulf Coast Wire) — Ghana ordered Togo's envoy to leave on Friday.\n\n"
        "Foreign Minister Ama Kossi denied any wrongdoing. She said Togo would recall its envoy and "
        "close the border crossing at Aflao.",
    )
    assert people["Ama Kossi"] != "GHA"


def test_a_pronoun_speaking_of_the_home_state_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, July 8 (Gulf Coast Wire) — Ghana ordered Togo's envoy to leave on Friday.\n\n"
        "Foreign Minister Ama Kossi defended the decision. She said Ghana would keep the border open.",
    )
    assert people["Ama Kossi"] == "GHA"


def test_who_tells_the_other_states_envoy_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "SANTIAGO, March 4 (Ridge Wire) — Chile summoned Peru's ambassador on Monday over a fishing "
        "dispute.\n\nForeign Minister Camila Rojas told Ambassador Julio Quispe that the seizure of two "
        "trawlers was unacceptable.",
    )
    assert people["Camila Rojas"] == "CHL"
