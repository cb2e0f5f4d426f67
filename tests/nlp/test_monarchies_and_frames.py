"""A kingdom has no president; a capital the tagger calls a common noun still frames its clause; a
visitor's host outranks the paragraph's carried state."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.antecedents import hosts_met_on_visits


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_president_in_a_story_datelined_in_a_kingdom_is_the_republics(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, March 4 (Fjord Wire) — Norway and Chile signed a salmon accord on Tuesday.\n\n"
        "Trade Minister Kari Lunde said the deal would help exporters.\n\n"
        "President Tomas Riquelme said on Wednesday that he had asked Prime Minister Erik Dahl to "
        "visit soon.",
    )
    assert people["Tomas Riquelme"].country == "CHL"
    assert people["Kari Lunde"].country == "NOR"


def test_president_in_a_kingdoms_story_with_a_third_state_keeps_none(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, March 4 (Fjord Wire) — Norway and Chile signed a salmon accord on Tuesday.\n\n"
        "President Tomas Riquelme said on Wednesday that Peru should join the talks.",
    )
    assert people["Tomas Riquelme"].country is None


def test_a_capital_at_the_head_of_a_joined_clause_frames_the_minister(nlp, resources):
    people = _people(
        nlp,
        resources,
        "In March Madrid let a rebel leader enter a Spanish clinic. Rabat condemned the decision in very "
        'harsh words, and Foreign Minister Karim Tazi warned that Spain would "pay a price" for it.',
    )
    assert people["Karim Tazi"].country == "MAR"


def test_the_visitors_host_outranks_the_paragraph_carried_over(nlp, resources):
    doc = nlp(
        "Chilean President Ana Rojas ended a state visit to Norway on Saturday.\n\n"
        "On Friday, Rojas met Prime Minister Erik Dahl."
    )
    index = recognize_actors(doc, resources)
    dahl = next(p for p in index.people if p.name == "Erik Dahl")
    # As if the paragraph before had carried the visitor's state over to him.
    dahl.country, dahl.basis = "CHL", "paragraph"
    hosts_met_on_visits(doc, index)
    assert (dahl.country, dahl.basis) == ("NOR", "host")


def test_envoy_sent_from_a_state_in_apposition(nlp, resources):
    people = _people(
        nlp,
        resources,
        "In May a shell killed a farmer near the border. A special envoy from Peru, Luis Quispe, visited "
        "Quito in early June and met the army's leader.",
    )
    assert people["Luis Quispe"].country == "PER"


def test_home_official_posted_in_a_city_is_its_states_but_not_an_envoy(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Peru closed a border crossing with Bolivia on Monday.\n\n"
        "A government spokesman in Cochabamba, Colonel Mario Flores, said the closure was illegal. "
        "The ambassador in Lima, Jorge Paz, said nothing.",
    )
    assert people["Mario Flores"].country == "BOL"
    assert people["Jorge Paz"].country is None
