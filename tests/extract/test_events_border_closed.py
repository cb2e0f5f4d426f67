"""A border or crossing closed with no neighbour named is shut against the state across it, in a story
about two states; a port or the airspace faces everyone. Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "Laos protests to Cambodia over stranded lorries\n\n"
    "VIENTIANE — Laos summoned Cambodia's ambassador on Monday over hundreds of lorries stranded at the "
    "frontier, the Lao foreign ministry said.\n\n"
)


def _pairs(events):
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_named_crossing_closed_faces_the_other_side(code):
    events = code(
        STORY + "Cambodia also closed the Trapeang Kriel crossing on Tuesday, its interior ministry said.\n"
    )
    assert ("17", "KHM", "LAO", "2023-05-09") in _pairs(events)


def test_borders_closed_face_the_other_side(code):
    events = code(STORY + "Cambodia closed its borders on Tuesday.\n")
    assert ("17", "KHM", "LAO", "2023-05-09") in _pairs(events)


def test_airspace_closed_faces_nobody_assumed(code):
    events = code(STORY + "Cambodia closed its airspace on Tuesday.\n")
    assert not {p for p in _pairs(events) if p[0] == "17" and p[2] == "LAO"}


def test_protests_shutting_a_crossing_are_not_a_state_closing_it(code):
    events = code(STORY + "Angry Laos protests shut the Trapeang Kriel crossing on Tuesday.\n")
    assert not {p for p in _pairs(events) if p[0] == "17" and p[1] == "LAO" and p[2] == "KHM"}


def test_checkpoint_closed_faces_the_other_side(code):
    # A checkpoint is a crossing on the border as much as a "crossing" is.
    events = code(STORY + "Cambodia closed the Phnom Den border checkpoint to traders on Tuesday.\n")
    assert ("17", "KHM", "LAO", "2023-05-09") in _pairs(events)
