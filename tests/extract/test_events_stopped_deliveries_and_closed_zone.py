"""Lessening acts news words with a thing as the verb's object: deliveries stopped, a fishing zone closed, an
accord ended; and a clause counted "a day after" a dated saying. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_stopped_gas_deliveries_to_a_state(code):
    events = code("Kazakhstan stopped gas deliveries to Kyrgyzstan's southern regions on Monday.")
    assert ("16", "KAZ", "KGZ") in _brief(events)


def test_closed_fishing_zone_to_another_states_vessels(code):
    events = code(
        "Denmark has closed its fishing zone to Polish trawlers, the Danish fisheries agency said on Tuesday."
    )
    assert ("16", "DNK", "POL") in _brief(events)


def test_ended_an_accord_with_a_state(code):
    events = code("Niger ended its military cooperation agreement with Belgium on Thursday.")
    assert ("16", "NER", "BEL") in _brief(events)


def test_a_day_after_clause_hung_on_the_saying_is_the_day_before(code):
    events = code(
        "Uruguay will appeal to the trade body, its ministers said on Wednesday, a day after Argentina "
        "announced new duties on Uruguayan wool.",
        published="2023-05-10",
    )
    duties = [e for e in events if e.root == "16" and e.source.country == "ARG"]
    assert duties and duties[0].target.country == "URY"
    assert duties[0].date == "2023-05-09"
