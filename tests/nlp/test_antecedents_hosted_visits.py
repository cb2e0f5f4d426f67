"""The host of a visit is not the visitor: the guest of "hosted" is."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_host_of_a_state_visit_is_not_the_visitor(nlp, resources):
    text = (
        "Qatar pledges investment in Greece\n\n"
        "ATHENS, May 6 — Qatar pledged on Monday to invest in Greek ports, as Prime Minister Nikos "
        "Vlachos hosted the Qatari emir, Sheikh Hamad bin Nasser Al Kuwari, for a state visit to Athens."
    )
    people = _people(nlp, resources, text)
    assert people["Nikos Vlachos"].country in {None, "GRC"}, people["Nikos Vlachos"].basis
