"""People placed by what an earlier sentence said: an ambassador named bare right after their embassy
spoke, one of a group named with a nationality; a visitor who meets the host in its capital."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_the_ambassador_after_the_embassy_statement_is_the_embassys_state(nlp, resources):
    text = (
        "Chile protests Canadian duties\n\n"
        "SANTIAGO — Chile protested on Monday against new Canadian duties on its copper.\n\n"
        "The Canadian embassy said in a statement that the duties followed the trade rules. The "
        "ambassador, Graham Whitlock, met Ms Soto on Tuesday."
    )
    people = _people(nlp, resources, text)
    assert people["Graham Whitlock"].country == "CAN"


def test_an_ambassador_after_a_state_subject_gets_nothing_from_this_rule(nlp, resources):
    text = (
        "Chile protests Canadian duties\n\n"
        "SANTIAGO — Chile protested on Monday against new Canadian duties on its copper.\n\n"
        "The trade ministry said the duties broke the rules. The ambassador, Graham Whitlock, was "
        "summoned on Tuesday."
    )
    people = _people(nlp, resources, text)
    assert people["Graham Whitlock"].country != "CHL"


def test_one_of_a_group_named_with_a_nationality_is_of_it(nlp, resources):
    text = (
        "Fiji refuses visas\n\n"
        "WELLINGTON — Fiji has refused visas to four New Zealand senators who planned a visit.\n\n"
        "One of the senators, Labour senator Moana Tipene, said she would raise it in the chamber."
    )
    people = _people(nlp, resources, text)
    assert people["Moana Tipene"].country == "NZL"


def test_who_meets_the_host_in_its_capital_is_the_datelines_visitor(nlp, resources):
    text = (
        "Kenya and Oman agree on fuel credit\n\n"
        "NAIROBI, May 3 (Rift Daily) — Oman agreed on Tuesday to extend a fuel credit to Kenya.\n\n"
        "The deal came after Energy Minister Wanjiku Njoroge met Oman's Minister of Oil, Salim Al-Harthi, "
        "in Muscat."
    )
    people = _people(nlp, resources, text)
    assert people["Wanjiku Njoroge"].country == "KEN"
