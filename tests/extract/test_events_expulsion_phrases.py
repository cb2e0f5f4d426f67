"""Wire phrasings of expulsions and exchanges of accusations or fire. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_declared_diplomats_persona_non_grata(code):
    events = code("Estonia declared two Russian diplomats persona non grata on Monday.")
    assert ("166", "EST", "RUS") in _brief(events)


def test_declared_embassy_staff_persona_non_grata_and_ordered_out(code):
    events = code(
        "Estonia and Russia argued on Monday. On Sunday the Russian foreign ministry declared 12 employees "
        "of the Estonian embassy persona non grata and ordered them to leave by Tuesday."
    )
    assert ("166", "RUS", "EST") in _brief(events)


def test_traded_accusations_is_criticism_not_trade(code):
    roots = {e.root for e in code("Brazil traded barbs with Argentina on Monday over the tariff.")}
    assert "11" in roots and "06" not in roots


def test_traded_fire_is_a_clash(code):
    events = code("Indian and Pakistani troops traded fire across the Line of Control on Tuesday.")
    assert {e.root for e in events} >= {"19"}


def test_agreeing_to_a_ceasefire_is_de_escalation(code):
    events = code("Armenia and Azerbaijan agreed to a ceasefire late on Monday after two days of fighting.")
    assert ("087", "ARM", "AZE") in _brief(events) or ("087", "AZE", "ARM") in _brief(events)


def test_agreeing_to_a_proposal_stays_intent(code):
    events = code("Armenia agreed to the proposal of Azerbaijan on Monday.")
    assert {e.root for e in events if e.root != "01"} == {"03"}


def test_reported_would_of_a_decision_is_the_measure(code):
    events = code("Latvia said on Monday it would expel three Russian diplomats in solidarity.")
    assert ("166", "LVA", "RUS") in _brief(events)


def test_reported_would_on_a_condition_stays_a_threat(code):
    events = code("Latvia said on Monday it would expel three Russian diplomats if Moscow did not apologise.")
    roots = {e.root for e in events if e.target is not None}
    assert "13" in roots and "16" not in roots
