"""Signings by "the two" after a host and a guest are named, and agreements signed with nobody named, in
a story about two states. Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "Portugal and Ghana deepen port ties\n\n"
    "LISBON — Portugal and Ghana held talks on port investment on Monday, the Portuguese government said.\n\n"
)


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_the_two_after_host_and_guest_sign(code):
    events = code(
        STORY + "Ghana's ports minister Kofi Asante was received on Tuesday by his Portuguese counterpart, "
        "Rui Matos, and the two signed a memorandum on dredging.\n"
    )
    assert {("05", "PRT", "GHA", "2023-05-09"), ("05", "GHA", "PRT", "2023-05-09")} & _brief(events)


def test_agreements_signed_with_nobody_named_are_the_pairs(code):
    events = code(STORY + "Three agreements on shipping and customs were signed on Tuesday.\n")
    assert {("05", "PRT", "GHA", "2023-05-09"), ("05", "GHA", "PRT", "2023-05-09")} & _brief(events)


def test_agreement_signed_with_a_third_state_is_not_the_pairs(code):
    events = code(STORY + "A similar agreement was signed with Brazil on Tuesday.\n")
    assert not {e for e in _brief(events) if e[0] == "05" and e[3] == "2023-05-09"}


def test_the_two_counted_before_are_one_side(code):
    events = code(
        STORY + "Two Ghanaian dock workers were honoured in Lisbon on Tuesday. The two signed a "
        "petition on Tuesday.\n"
    )
    assert not {e for e in _brief(events) if e[0] == "05" and e[3] == "2023-05-09"}


def test_agreement_to_be_signed_is_a_plan_not_a_signing(code):
    events = code(STORY + "A formal agreement on dredging would be signed in Accra next week.\n")
    assert not {e for e in _brief(events) if e[0] == "05" and e[3] != "2023-05-08"}


def test_statement_of_partnership_signed_by_the_two_ministers(code):
    events = code(
        STORY + "On Tuesday the two foreign ministers signed a Statement of Partnership for 2024-2027.\n"
    )
    assert {("05", "PRT", "GHA", "2023-05-09"), ("05", "GHA", "PRT", "2023-05-09")} & _brief(events)


def test_cosignatory_of_one_sides_minister_is_the_other_side(code):
    events = code(
        STORY + "Rui Matos and Ghana's ports minister Kofi Asante signed a letter of intent on a new "
        "terminal on Tuesday.\n"
    )
    assert {("05", "PRT", "GHA", "2023-05-09"), ("05", "GHA", "PRT", "2023-05-09")} & _brief(events)


def test_meeting_with_one_sides_official_does_not_place_the_other(code):
    events = code(STORY + "Rui Matos and Ghana's ports minister Kofi Asante met in Porto on Tuesday.\n")
    assert not {
        e for e in _brief(events) if e[0] == "04" and {e[1], e[2]} == {"PRT", "GHA"} and e[3] == "2023-05-09"
    }
