"""A wish to act, with the wisher as the actor ("wants to help B", "seeks to attack B"), is coded as the
intent, as CAMEO codes a stated intention; a wish that another party act is not. Sentences are our own."""

from __future__ import annotations


def _codes(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_wish_to_help_is_intent_to_aid(code):
    found = _codes(code("Norway wants to help Chad on Tuesday."))
    assert ("033", "NOR", "TCD") in found
    assert not any(c[:2] == "07" for c, _, _ in found)


def test_wish_to_attack_is_a_threat_of_force(code):
    found = _codes(code("Armenia wants to attack Azerbaijan on Tuesday."))
    assert ("138", "ARM", "AZE") in found
    assert not any(c[:2] == "19" for c, _, _ in found)


def test_wish_that_another_state_acts_is_no_intent_of_it(code):
    # "wants Peru to attack": the attack is Peru's, and Peru states no intent.
    found = _codes(code("Bolivia wants Peru to attack Chile on Tuesday."))
    assert not any(c == "138" and source == "PER" for c, source, _ in found)


def test_refused_commitment_is_a_rejection(code):
    events = code("The Peruvian government refused on Monday to commit to any assistance to Chile.")
    assert {e.root for e in events if e.source.country == "PER"} == {"12"}


def test_refused_condemnation_is_no_condemnation(code):
    events = code("Peru refused on Monday to condemn Chile.")
    assert "11" not in {e.root for e in events}


def test_failed_agreement_is_no_agreement(code):
    events = code("Peru and Chile failed on Monday to reach agreement on the border.")
    assert not {e.root for e in events} & {"03", "05", "06"}
