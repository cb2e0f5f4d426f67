"""'X said that … and denied that …': the denial is the reporter's even when the parser joins it to the
reported clause; what is denied is not coded as done. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


TEXT = (
    "LAGOS — Nigeria protested to Ghana on Tuesday. Ghana's information minister, Kojo Antwi, said in "
    "Accra on Wednesday that the shop closures were strictly about enforcement of the law and denied that "
    "Ghana was targeting Nigerians."
)


def test_the_denial_is_the_ministers(code):
    assert ("12", "GHA", "NGA") in _brief(code(TEXT, published="2020-08-27"))


def test_what_is_denied_is_not_coded_as_done(code):
    events = code(TEXT, published="2020-08-27")
    assert not any(e.root in {"17", "18", "19"} for e in events)


def test_a_named_state_of_the_reported_clause_keeps_its_act(code):
    events = code(
        "BELGRADE — Foreign Minister Nikola Stankovic said Serbia was revoking the measure and urged "
        "Montenegro to reconsider its own step.",
        published="2020-11-29",
    )
    assert ("02", "SRB", "MNE") in _brief(events)
