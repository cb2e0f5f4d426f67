"""The story's pair named as a group acts on a third state for both sides; an exchange of fire is mutual;
an offer to help states act is aimed at them. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None) for e in events}


def test_the_two_leaders_accuse_a_third_state(code):
    events = code(
        "The president of Chad met the president of Cameroon in Yaoundé on Monday. In a joint statement, "
        "the two leaders accused Nigeria of harbouring smugglers."
    )
    brief = _brief(events)
    assert ("11", "TCD", "NGA") in brief and ("11", "CMR", "NGA") in brief


def test_soldiers_of_two_states_exchange_fire(code):
    events = code("Eritrean and Ethiopian soldiers exchanged fire near Zalambessa on Sunday.")
    assert {("19", "ERI", "ETH"), ("19", "ETH", "ERI")} & _brief(events)


def test_an_offer_to_help_two_states_settle_a_dispute(code):
    events = code("Qatar offered on Sunday to help Sudan and Chad settle their border dispute.")
    brief = _brief(events)
    assert ("03", "QAT", "SDN") in brief and ("03", "QAT", "TCD") in brief


def test_a_pact_or_framework_signed_is_an_agreement(code):
    events = code(
        "Chile summoned the ambassador of Bolivia on Monday. The two governments signed a cooperation "
        "framework in June 2021."
    )
    assert ("05", "CHL", "BOL") in _brief(events) or ("05", "BOL", "CHL") in _brief(events)
