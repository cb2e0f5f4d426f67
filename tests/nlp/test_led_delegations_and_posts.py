"""A person's country from the delegation they are said to lead in a passive clause, and from the post at
an embassy the parser set their name beside the embassy's city (``bilat.nlp.people``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2024-03-07"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_who_a_passive_clause_says_led_a_marked_delegation_is_of_its_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The talks on the river border opened in Vientiane on Monday. The Cambodian delegation was led by "
        "the Minister for Water Resources, Sok Chanthy.",
    )
    assert people["Sok Chanthy"] == ("KHM", "institution")


def test_a_post_at_a_marked_embassy_named_beside_its_city_is_the_embassys_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The Serbian foreign ministry summoned an attache at the Croatian embassy in Belgrade, Ivan Horvat, "
        "on Monday.",
    )
    assert people["Ivan Horvat"][0] == "HRV"
