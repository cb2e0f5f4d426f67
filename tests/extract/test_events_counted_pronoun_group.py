""" "Nine of them were released": the pronoun stands for the group named before with its nationality.
Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "Benin protests to Togo over detained herders\n\n"
    "COTONOU — Benin summoned Togo's ambassador on Monday over the detention of 15 Beninese herders by "
    "Togolese gendarmes on Saturday. "
)


def _brief(events):
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_part_of_them_released_is_the_group_named_before(code):
    events = code(
        STORY + "Togolese police accused the herders on Sunday of grazing cattle on protected land. "
        "Eight of them were released on Tuesday with no charge, the ministry said.\n"
    )
    assert ("08", "TGO", "BEN", "2023-05-09") in _brief(events)


def test_them_with_no_group_told_before_is_nobody(code):
    events = code(STORY + "Officials said they were smugglers. Eight of them were released on Tuesday.\n")
    assert not {b for b in _brief(events) if b[0] == "08"}
