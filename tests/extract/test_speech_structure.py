"""Sentence structure of reported acts: a subject the parser made the sentence's root, a reciprocal
object ("each other's envoys"), and the name a speaker gives to the thing rejected. Sentences written
for these tests."""

from __future__ import annotations

from bilat.extract.arguments import clause_subject


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


# The parser makes "spokesman" the root and "rejected" a reduced relative clause hanging on it.
APPOSED = (
    "OSLO, May 9 (Nordic Wire) — Norway protested to Sweden on Tuesday. Sweden's foreign ministry "
    'spokesman, Erik Lund, rejected on Wednesday what he called "threats" from Oslo.'
)
APPOSED_SENTENCE = (
    'Sweden\'s foreign ministry spokesman, Erik Lund, rejected on Wednesday what he called "threats".'
)


def test_the_root_noun_is_the_subject_of_its_predicate(pipeline):
    doc = pipeline.nlp(APPOSED_SENTENCE)
    verb = next(t for t in doc if t.lower_ == "rejected")
    assert verb.dep_ == "acl"  # the misparse this rule is for
    assert clause_subject(verb)[0].lower_ == "spokesman"


def test_a_root_subject_with_an_apposition_rejects(code):
    assert ("12", "SWE", "NOR", "2024-05-08") in _brief(code(APPOSED, published="2024-05-09"))


def test_the_name_given_to_the_thing_rejected_is_not_a_second_act(code):
    events = [e for e in code(APPOSED, published="2024-05-09") if e.source.country == "SWE"]
    assert {e.root for e in events if e.target is not None} == {"12"}


RECIPROCAL = (
    "ACCRA, March 5 (Coast Wire) — Ghana and Togo summoned each other's ambassadors on Tuesday over a "
    "shooting at the border. It was the second time: in June 2022 the two countries had expelled each "
    "other's diplomats over a trade quarrel."
)


def test_each_other_is_each_side_acting_on_the_other(code):
    events = _brief(code(RECIPROCAL, published="2024-03-05"))
    assert ("11", "GHA", "TGO", "2024-03-05") in events
    assert ("11", "TGO", "GHA", "2024-03-05") in events


def test_the_two_countries_are_the_articles_pair(code):
    events = _brief(code(RECIPROCAL, published="2024-03-05"))
    assert ("16", "GHA", "TGO", "2022-06") in events
    assert ("16", "TGO", "GHA", "2022-06") in events


RELEASE = (
    "RIGA, July 4 (Baltic Desk) — Latvia summoned Belarus's charge d'affaires on Wednesday and demanded "
    "the release of a Latvian driver who was detained by the Belarusian border guard last week."
)


def test_a_demand_for_the_release_of_ones_own_people_is_aimed_at_their_holder(code):
    assert ("10", "LVA", "BLR", "2024-07-03") in _brief(code(RELEASE, published="2024-07-04"))


TOLD = (
    "PORT MORESBY, June 3 (Pacific Wire) — Foreign Minister Peter Kila of Papua New Guinea told "
    "Indonesia's ambassador, Agus Salim, on Monday that the villagers were farmers and demanded their "
    "immediate return."
)


def test_a_demand_joined_to_what_was_told_is_made_to_the_one_told(code):
    events = _brief(code(TOLD, published="2025-06-03"))
    assert any(e[:3] == ("10", "PNG", "IDN") for e in events)
