"""The parties of acts told without a name: "it" standing for a state or body, a bare "the ministry" or
"the government", and a dateline in a state's city other than its capital."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.context import dateline_country
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.phoenix import place_state


def _subject_of(nlp, resources, text, verb):
    doc = nlp(text)
    index = recognize_actors(doc, resources, "2024-03-07")
    token = next(t for t in doc if t.lower_ == verb)
    subject = next(c for c in token.children if c.dep_ == "nsubj")
    return index.resolve(subject)


def test_parties_it_is_the_body_that_was_the_subject_before(nlp, resources):
    text = (
        "Bolivia's foreign ministry summoned the Chilean ambassador on Monday. "
        "It demanded an explanation for the arrest of two truck drivers."
    )
    ref = _subject_of(nlp, resources, text, "demanded")
    assert ref is not None and (ref.country, ref.kind) == ("BOL", "organisation")


def test_parties_it_in_a_new_paragraph_has_no_antecedent(nlp, resources):
    text = (
        "Bolivia's foreign ministry summoned the Chilean ambassador on Monday.\n\n"
        "It demanded an explanation for the arrest of two truck drivers."
    )
    assert _subject_of(nlp, resources, text, "demanded") is None


def test_parties_it_after_two_states_is_nobody(nlp, resources):
    text = "Bolivia and Chile traded accusations on Monday. It demanded an explanation for the arrests."
    assert _subject_of(nlp, resources, text, "demanded") is None


def test_parties_the_ministry_is_the_one_named_before(nlp, resources):
    text = (
        "Paraguay's defence ministry accused Bolivia of moving troops to the border. "
        "The ministry warned that it would respond."
    )
    ref = _subject_of(nlp, resources, text, "warned")
    assert ref is not None and ref.country == "PRY"


def test_parties_the_ministry_of_two_states_is_nobody(nlp, resources):
    text = (
        "Paraguay's defence ministry and Bolivia's defence ministry met on Monday. "
        "The ministry warned that it would respond."
    )
    assert _subject_of(nlp, resources, text, "warned") is None


def test_parties_the_government_without_a_dateline_is_nobody(nlp, resources):
    text = "The government accused its neighbour of sheltering smugglers."
    assert _subject_of(nlp, resources, text, "accused") is None


def test_parties_the_government_of_a_datelined_story_is_that_states(nlp, resources):
    text = "ASUNCION, March 7 (Wire) — The government accused Bolivia of sheltering smugglers."
    ref = _subject_of(nlp, resources, text, "accused")
    assert ref is not None and (ref.country, ref.kind) == ("PRY", "state")


def test_parties_a_dateline_in_a_city_other_than_the_capital(nlp, resources):
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)

    def state_of(name):
        return place_state(name, resources)

    assert dateline_country(nlp("KARACHI, March 7 (Wire) — Trade resumed."), gazetteer, state_of) == "PAK"
    assert dateline_country(nlp("MOMBASA, Kenya, March 7 — Trade resumed."), gazetteer, state_of) == "KEN"
    # A city that seats international bodies says nothing of whose officials speak there.
    assert dateline_country(nlp("GENEVA, March 7 (Wire) — Talks resumed."), gazetteer, state_of) is None


def test_parties_it_in_a_reported_clause_is_the_reporting_state(nlp, resources):
    ref = _subject_of(
        nlp, resources, "Uruguay said on Monday that it rejected the Argentine proposal.", "rejected"
    )
    assert ref is not None and ref.country == "URY"


def test_parties_the_ministry_there_is_not_a_bare_ministry(nlp, resources):
    text = "QUITO, March 7 (Wire) — Troops fired across the border. The ministry there denied the report."
    assert _subject_of(nlp, resources, text, "denied") is None


def test_parties_a_variant_demonym_names_the_state(nlp, resources):
    ref = _subject_of(
        nlp, resources, "The Ecuadorean government accused Peru of sheltering smugglers.", "accused"
    )
    assert ref is not None and ref.country == "ECU"


def test_parties_two_titled_names_keep_their_own_nationalities(nlp, resources):
    text = (
        "Uruguayan Trade Minister Ana Ruiz and Paraguayan Trade Minister Luis Vera signed a customs "
        "agreement on Thursday."
    )
    index = recognize_actors(nlp(text), resources, "2024-03-07")
    countries = {p.name: p.country for p in index.people}
    assert countries == {"Ana Ruiz": "URY", "Luis Vera": "PRY"}


def test_parties_they_are_the_plural_body_before(nlp, resources):
    text = "Bolivian customs officials closed the crossing on Monday. They accused Chile of delaying trucks."
    ref = _subject_of(nlp, resources, text, "accused")
    assert ref is not None and ref.country == "BOL"


def test_parties_they_after_another_plural_is_nobody(nlp, resources):
    text = (
        "Peruvian police detained two Chilean fishermen on Monday. They accused Chile of ignoring the ruling."
    )
    assert _subject_of(nlp, resources, text, "accused") is None


def test_parties_it_for_a_state_with_a_plural_name(nlp, resources):
    ref = _subject_of(
        nlp, resources, "The Philippines said on Monday it would summon the Chinese envoy.", "summon"
    )
    assert ref is not None and ref.country == "PHL"


def test_parties_a_state_body_takes_the_state_the_paragraph_turned_to(nlp, resources):
    text = (
        "ASUNCION, March 7 (Wire) — Paraguay expelled two Bolivian diplomats on Monday.\n\n"
        "Bolivia answered within hours. The Border Security Service said it had detained a Paraguayan "
        "citizen near the crossing."
    )
    index = recognize_actors(nlp(text), resources, "2024-03-07")
    countries = {a.name: a.country for a in index.actors}
    assert countries.get("Border Security Service") == "BOL"
