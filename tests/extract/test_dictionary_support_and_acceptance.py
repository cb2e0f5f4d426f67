"""Two codebook distinctions in reading verbs: a support verb whose object carries the act ("took
steps", "has taken measures") is no act of the verb's own dictionary code, and what is accepted says what
accepting is (a plan for ending a dispute, mediation, demands). Every sentence is our own writing."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_support_verb_is_not_a_seizure(code):
    events = code("Ghana took steps on Monday to improve relations with Togo.")
    assert not any(e.root == "17" for e in events)
    assert any(e.root == "05" and e.target is not None and e.target.country == "TGO" for e in events)
    events = code(
        "The Kenyan government has taken measures against Ugandan traders, officials said on Monday."
    )
    assert not any(e.cameo == "171" for e in events)


def test_taking_a_town_is_still_coded(code):
    events = code("Nigerian troops took the town from Cameroonian rebels on Monday.")
    assert ("192", "NGA", "CMR") in _brief(events)


def test_what_is_accepted_decides_the_code(code):
    assert ("037", "LVA", "LTU") in _brief(
        code("Latvia on Monday accepted a Lithuanian proposal for ending the fishing dispute.")
    )
    assert ("038", "ARM", "RUS") in _brief(
        code("Armenia accepted Russian mediation in the border dispute on Tuesday.")
    )
    assert ("080", "RWA", "UGA") in _brief(
        code("Rwanda accepted Ugandan demands for a new border commission on Monday.")
    )


def test_an_indictment_is_an_accusation(code):
    events = code("A Kenyan court indicted two Ugandan officials for fraud on Monday.")
    assert ("112", "KEN", "UGA") in _brief(events)
    assert not any(e.root == "17" for e in events)


def test_forcing_a_mission_out_is_an_expulsion(code):
    # The particle split from its verb by the object ("forced … out of") is still the phrasal verb.
    assert ("166", "KEN", "UGA") in _brief(
        code("Nairobi forced the Ugandan trade mission out of the country on Monday.")
    )
    assert ("166", "KEN", "UGA") in _brief(code("Kenya forced out the Ugandan trade mission on Monday."))
