"""Coercive acts told as nouns, with their actors in the noun's own phrase: closing a border, seizing a
boat, detaining people. An act named as another word's object needs a date of its own. Sentences written
for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_a_states_closure_of_its_border_with_another(code):
    events = code("Niger's closure of its border with Benin on Tuesday stranded hundreds of lorries.")
    assert ("172", "NER", "BEN", "2023-05-09") in _brief(events)


def test_the_agent_before_what_is_closed(code):
    events = code("The closure by Niger of its border with Benin on Tuesday hurt traders in Malanville.")
    assert ("172", "NER", "BEN", "2023-05-09") in _brief(events)


def test_seizure_of_a_boat_by_a_coast_guard(code):
    events = code(
        "The seizure of the Chilean trawler Santa Marta by the Peruvian coast guard on Sunday drew a "
        "protest from Santiago."
    )
    assert ("171", "PER", "CHL", "2023-05-07") in _brief(events)


def test_detention_of_fishermen(code):
    events = code("India's detention of twelve Sri Lankan fishermen on Saturday strained relations.")
    assert ("173", "IND", "LKA", "2023-05-06") in _brief(events)


def test_a_detention_protested_takes_no_date_from_the_protest(code):
    """The sentence's date is the protest's; the detention happened before it, on a day not told here."""
    events = code(
        "Kenya summoned Uganda's high commissioner on Monday to protest against the detention of Kenyan "
        "fishermen by Ugandan police on Lake Victoria."
    )
    assert not any(e.cameo == "173" for e in events)


def test_a_closure_called_for_is_no_closure(code):
    events = code("Kenya called for the closure of the border with Somalia on Monday.")
    assert not any(e.root == "17" for e in events)


def test_of_after_a_person_agent_is_the_persons(code):
    """ "by a defence minister of Ecuador": the "of" is the minister's title, not what the visit is of."""
    events = code("It was the first visit to Peru by a defence minister of Ecuador since 2015.")
    assert not any(e.date == "2015" for e in events)


def test_visit_by_names_its_visitor(code):
    """ "a visit to Lima by Bolivia's foreign minister in March": the agent after "by" is the visitor."""
    events = code("The dispute began after a visit to Lima by Bolivia's foreign minister in March.")
    assert any(e.root == "04" and e.source.country == "BOL" and e.target.country == "PER" for e in events)


def test_a_visit_named_for_later_is_no_visit(code):
    """Told on 10 May, "preparations for a visit … next month" name a visit still to come."""
    events = code("Officials began preparations for a visit to Quito by Chile's trade minister next month.")
    assert not any(e.root == "04" for e in events)


def test_expected_to_with_an_infinitive_tagged_adjective_is_a_demand(code):
    # The tagger reads "clear" as an adjective here; the infinitive still says what B is asked to do.
    events = code("Rula Venn said Kenya expected Somalia to clear explosives from the border farms.")
    assert any(e.root == "10" and e.source.country == "KEN" and e.target.country == "SOM" for e in events)


def test_a_treaty_of_the_pair_dated_by_its_year_is_a_signing(code):
    events = code(
        "Laos protests to Cambodia over stranded lorries\n\n"
        "VIENTIANE — Laos summoned Cambodia's ambassador on Monday over lorries stranded at the frontier.\n\n"
        "The lorries were parked in a zone covered by the 1998 transit treaty between the two countries.\n"
    )
    assert any(e.root == "05" and e.date == "1998" for e in events)


def test_a_treaty_without_a_date_is_no_signing(code):
    events = code(
        "Laos protests to Cambodia over stranded lorries\n\n"
        "VIENTIANE — Laos summoned Cambodia's ambassador on Monday over lorries stranded at the frontier.\n\n"
        "The minister said the transit treaty between the two countries was not respected.\n"
    )
    assert not any(e.root == "05" for e in events)


def test_an_agreement_signed_in_a_participle_is_dated_by_it(code):
    # The parser hangs "signed in May 2004" on "countries"; it still dates the agreement.
    events = code(
        "Laos protests to Cambodia over stranded lorries\n\n"
        "VIENTIANE — Laos summoned Cambodia's ambassador on Monday over lorries stranded at the frontier.\n\n"
        "The transit agreement between the two countries, signed in May 2004, took effect in March 2006.\n"
    )
    assert any(e.root == "05" and e.date == "2004-05" for e in events)
    assert not any(e.root == "05" and e.date == "2006-03" for e in events)


def test_the_last_visit_by_a_kind_of_visitor_is_a_record(code):
    """ "the last visit by a Bolivian head of state": a record for a kind of visitor, not the story's act."""
    events = code("The last visit to Lima by a Bolivian head of state was in June 2019.")
    assert not any(e.root == "04" for e in events)


def test_a_treaty_named_with_its_year_under_a_plan_is_still_signed_then(code):
    # "agreed to modernise the 1998 treaty": the plan is about the treaty; its signing was in 1998.
    events = code(
        "Laos protests to Cambodia over stranded lorries\n\n"
        "VIENTIANE — Laos summoned Cambodia's ambassador on Monday over lorries stranded at the frontier.\n\n"
        "In January the two leaders agreed to revise the 1998 transit treaty between the two countries.\n"
    )
    assert any(e.cameo.startswith("05") and e.date == "1998" for e in events)
