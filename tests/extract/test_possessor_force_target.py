"""An act of force on what "its" owns is aimed at the side a subject above the act's clause names.
Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_possessor_force_target_is_the_reporter(code):
    events = code(
        "Chad's army said on Monday that Sudanese troops had shelled its positions near Adre overnight."
    )
    assert ("19", "SDN", "TCD") in _brief(events)


def test_possessor_force_target_own_positions_stay_unaimed(code):
    events = code("Sudanese troops shelled their own positions by mistake on Monday, the army said.")
    assert not any(e.target and e.target.country == "TCD" for e in events)


def test_possessor_force_target_act_only_asked_for(nlp):
    from bilat.extract.possessor import possessor_side

    doc = nlp("Chad asked the envoy to make sure that Sudanese officers seize its cargo.")
    cargo = next(t for t in doc if t.lower_ == "cargo")
    side = possessor_side([cargo], frozenset({"SDN"}), lambda t: "Chad" if t.lower_ == "chad" else None)
    assert side == []
