"""A side warning that it will answer the other side's step threatens that side: the doer named again in
its own warning is no addressee, and a clause with its own subject is no declined comment. Sentences
written for these tests."""

from __future__ import annotations

SHELLING = "Icelandic troops shelled a Norwegian village near the border on Monday, Norway said. "


def _threats(events):
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.root == "13"}


def test_an_army_warning_it_will_respond_threatens_the_other_side(code):
    text = (
        SHELLING + 'The Norwegian army warned on Wednesday that it would "respond firmly to any provocation".'
    )
    assert ("NOR", "ISL") in _threats(code(text, published="2024-03-15"))


def test_declining_to_respond_is_no_threat(code):
    text = SHELLING + "The Norwegian army declined to respond on Wednesday."
    assert _threats(code(text, published="2024-03-15")) == set()
