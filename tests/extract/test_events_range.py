"""Verb patterns beyond diplomacy: the codebook's yield, reject, threaten, sanction and assault roots."""

from __future__ import annotations

import pytest


def _brief(events):
    return {(e.cameo, e.plover, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia withdrew its troops from Moldova.", ("087", "RETREAT", "RUS", "MDA")),
        ("Israel launched airstrikes on Syria overnight.", ("190", "ASSAULT", "ISR", "SYR")),
        ("Egypt issued an ultimatum to Ethiopia over the dam.", ("130", "THREATEN", "EGY", "ETH")),
        ("Japan extradited the suspect to South Korea.", ("063", "COOPERATE", "JPN", "KOR")),
        ("Canada halted trade talks with India.", ("164", "SANCTION", "CAN", "IND")),
        ("Argentina closed its embassy in Caracas.", ("161", "SANCTION", "ARG", "VEN")),
        ("Ghana deplored Nigeria's decision to close the border.", ("111", "ACCUSE", "GHA", "NGA")),
    ],
)
def test_events_range_codes_beyond_diplomacy(code, text, expected):
    assert expected in _brief(code(text))


def test_events_range_lifting_sanctions_is_a_concession(code):
    events = code("Norway lifted sanctions on Belarus on Friday.")
    assert ("081", "CONCEDE", "NOR", "BLR") in _brief(events)
    (event,) = events
    assert (event.quad, event.goldstein) == (2, 5.0)


def test_events_range_negated_withdrawal(code):
    (event,) = code("Russia did not withdraw its troops from Moldova.")
    assert (event.cameo, event.modality) == ("087", "negated")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow announced the withdrawal of Russian troops from Moldova.", ("087", "RETREAT", "RUS", "MDA")),
        ("Israel's airstrikes on Lebanon continued on Sunday.", ("195", "ASSAULT", "ISR", "LBN")),
        ("Cooperation between Kenya and Ethiopia has grown.", ("060", "COOPERATE", "KEN", "ETH")),
    ],
)
def test_events_range_nominal_events(code, text, expected):
    assert expected in _brief(code(text))


def test_events_range_nominal_event_long_ago_is_historical(code):
    events = code("The invasion of Kuwait by Iraq began in 1990.")
    assert [(e.cameo, e.source.country, e.target.country, e.modality) for e in events] == [
        ("192", "IRQ", "KWT", "historical")
    ]
