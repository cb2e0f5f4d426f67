"""Receiving a guest: told in a passive relative clause, or with a surname the model read as a people.
Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_guest_received_in_a_passive_relative_clause(code):
    events = code(
        "Algerian Foreign Minister Karim Benali, who was received by Tunisian Foreign Minister Leila "
        "Gharbi on Sunday, praised the ties between the two countries."
    )
    assert ("04", "TUN", "DZA") in _brief(events)


def test_surname_read_as_a_people_is_the_person_named_before(code):
    events = code(
        "Chinese Vice Premier Han Wei arrived in Vientiane on Monday. Lao Prime Minister Khamphan Vong "
        "received Han at the Prime Minister's Office on Tuesday."
    )
    assert ("04", "LAO", "CHN") in _brief(events)


def test_the_minister_received_is_the_visitor_not_the_hosts_own(code):
    # "The minister" names the visitor again; the resolver alone would give the host's country.
    events = code(
        "Uganda's Foreign Minister Okello Abwoli began a visit to Kenya on Monday, the Kenyan foreign "
        "ministry said. On Tuesday the minister was received by President Daniel Kemboi at State House."
    )
    assert ("04", "KEN", "UGA") in _brief(events)
