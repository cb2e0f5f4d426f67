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
    "RIGA, July 4 (Baltic Desk) — Latvia demanded on Wednesday the release of a Latvian citizen who was "
    "detained by the Belarusian KGB last week."
)


def test_a_demand_for_the_release_of_ones_own_people_is_aimed_at_their_holder(code):
    assert ("10", "LVA", "BLR", "2024-07-03") in _brief(code(RELEASE, published="2024-07-04"))


TOLD = (
    "PORT MORESBY, June 3 (Pacific Wire) — Foreign Minister Peter Kila of Papua New Guinea told "
    "Indonesia's ambassador, Agus Salim, on Monday that the villagers were farmers and demanded their "
    "immediate return. Australia, Japan and the United States have urged calm."
)


def test_a_demand_joined_to_what_was_told_is_made_to_the_one_told(code):
    events = _brief(code(TOLD, published="2025-06-03"))
    assert any(e[:3] == ("10", "PNG", "IDN") for e in events)


QUOTED = (
    "TALLINN, June 5 (Baltic Desk) — Estonia summoned Latvia's ambassador on Wednesday over the detention "
    'of two Estonian fishermen. Foreign Minister Maarja Kask said the men had done nothing wrong. "We '
    'demand their immediate release," she told parliament on Wednesday afternoon.'
)


def test_we_in_a_quote_is_the_side_of_the_one_who_says_it(code):
    events = _brief(code(QUOTED, published="2024-06-05"))
    assert ("10", "EST", "LVA", "2024-06-05") in events


JOINED = (
    "VIENTIANE, March 7 (Mekong Desk) — Foreign Minister Somsack Vongsa of Laos told Thailand's "
    "ambassador, Anan Prasert, that the new fee broke the 2019 agreement and demanded that the trucks be "
    "let through, the foreign ministry said."
)


def test_a_demand_joined_to_her_telling_is_hers(code):
    events = _brief(code(JOINED, published="2024-03-07"))
    assert any(e[:3] == ("10", "LAO", "THA") for e in events)


ACCENTED = (
    "BOGOTÁ, Aug 9 (Ridge Wire) — Colombia summoned Ecuador's ambassador on Tuesday over a shooting at "
    "the border."
)


def test_a_dateline_in_accented_capitals_is_not_the_acts_day(code):
    # 9 August 2023 was a Wednesday: "on Tuesday" is the 8th, the dateline only the report's day.
    events = _brief(code(ACCENTED, published="2023-08-09"))
    assert ("11", "COL", "ECU", "2023-08-08") in events


# The outlet's name ("Danube Desk") is read as a party with no country: not whom the demand is made of.
PLACE = (
    "BUCHAREST, March 20 (Danube Desk) — Romania demanded on Wednesday the immediate reopening of the "
    "Danube bridge at Calafat, which Bulgarian police closed on Tuesday."
)


def test_a_demand_about_a_thing_of_no_country_is_made_of_the_side_that_holds_it(code):
    events = _brief(code(PLACE, published="2024-03-20"))
    assert ("10", "ROU", "BGR", "2024-03-20") in events
