"""'its ambassador' in a participle with no subject of its own: the state of the clause it hangs on."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_its_envoy_recalled_by_a_participle_is_the_subject_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ghana retaliated on Monday by withdrawing its ambassador, Kofi Mensah, from Lome.",
    )
    assert people["Kofi Mensah"] == "GHA"


def test_its_envoy_after_a_to_infinitive_is_the_subject_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ghana decided on Monday to withdraw its ambassador, Kofi Mensah, from Lome.",
    )
    assert people["Kofi Mensah"] == "GHA"
