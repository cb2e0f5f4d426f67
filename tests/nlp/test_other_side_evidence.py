"""Evidence that a person is the other side's, read before the dateline: a paragraph turned to the other
state, a commitment of the other state announced, a visit to where the story is, a name the model read
as a body's in apposition to an envoy's title."""

from __future__ import annotations

import pytest

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_a_ministry_after_the_paragraph_turned_to_the_other_state_is_not_the_one_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, June 3 (Coastline Wire) — Ghana's foreign ministry summoned Togo's ambassador on Monday "
        "over the seizure of a fishing canoe.\n\n"
        "Togo rejected the protest. The foreign ministry's spokeswoman, Afi Amegah, said on Tuesday that "
        "the seizure was lawful and accused Accra of inventing a crisis.",
    )
    assert people["Afi Amegah"] == "TGO"


def test_a_ministry_named_before_still_speaks_when_the_paragraph_turned_to_no_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, June 3 (Coastline Wire) — Ghana's foreign ministry summoned Togo's ambassador on Monday "
        "over the seizure of a fishing canoe.\n\n"
        "The meeting lasted an hour. Foreign ministry spokeswoman Ama Boateng said the canoe had been "
        "fishing in Ghanaian waters.",
    )
    assert people["Ama Boateng"] == "GHA"


def test_an_official_announcing_the_other_states_agreement_is_of_that_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LUSAKA, May 4 (Copper Wire) — Malawi and Zambia signed four agreements on Tuesday. Malawi also "
        "agreed to lease Zambia land at the port of Monkey Bay, Transport Minister Peter Phiri told "
        "reporters.",
    )
    assert people["Peter Phiri"] == "MWI"  # the state whose commitment they announce


def test_an_official_announcing_the_home_states_agreement_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LUSAKA, May 4 (Copper Wire) — Malawi and Zambia signed four agreements on Tuesday. Zambia also "
        "agreed to build a road to the border, Transport Minister Peter Phiri told reporters.",
    )
    assert people["Peter Phiri"] == "ZMB"


def test_an_official_saying_the_other_state_is_ready_for_talks_is_of_that_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "DOHA, May 4 (Gulf Line) — Qatar protested to Bahrain over the detention of its fishermen.\n\n"
        "Spokesman Khalid Nasser said on Monday that Bahrain was ready for talks on the sea border.",
    )
    assert people["Khalid Nasser"] == "BHR"  # the state whose readiness they announce


def test_a_visitor_whose_visit_names_no_place_came_to_where_the_story_is(nlp, resources):
    people = _people(
        nlp,
        resources,
        "THIMPHU, May 4 (Himal Wire) — Bhutan and India signed a power agreement on Tuesday. The agreement "
        "was signed in Thimphu during a two-day visit by Foreign Minister Ravi Menon.",
    )
    assert people["Ravi Menon"] == "IND"


def test_a_visit_named_with_no_place_in_no_place_keeps_its_visitor_from_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "THIMPHU, May 4 (Himal Wire) — Bhutan and India signed a power agreement on Tuesday during a visit "
        "by Foreign Minister Ravi Menon.",
    )
    assert people["Ravi Menon"] != "BTN"


def test_a_name_read_as_a_body_in_apposition_to_an_envoys_title_is_a_person(nlp, resources):
    text = (
        "SANTIAGO, May 4 (Ridge Wire) — Chile recalled its ambassador in Buenos Aires, Carolina "
        "Echeverría, for consultations on Friday, the foreign ministry in Santiago said."
    )
    doc = nlp(text)
    # The model tags it ORG; the title rule of the pipeline (a name after "ambassador in <capital>,") may
    # already have made it a person.
    assert any(e.text == "Carolina Echeverría" and e.label_ in {"ORG", "PERSON"} for e in doc.ents)
    index = recognize_actors(doc, resources)
    people = {p.name: p.country for p in index.people}
    assert people["Carolina Echeverría"] == "CHL"
    assert not any(a.kind == "organisation" and a.name == "Carolina Echeverría" for a in index.actors)


@pytest.mark.parametrize(
    "dateline, state",
    [("BOGOTÁ, May 4 (Ridge Wire) —", "COL"), ("Asunción, May 4 —", "PRY"), ("SAN JOSÉ —", "CRI")],
)
def test_an_accented_dateline_is_read(nlp, resources, dateline, state):
    index = recognize_actors(
        nlp(f"{dateline} The government protested over the closure of a bridge."), resources
    )
    assert index.context is not None and index.context.basis == "dateline"
    assert index.context.country == state


def test_a_clause_of_the_other_state_before_a_colon_frames_the_official_after_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ASUNCION, May 8 (Chaco Wire) — Paraguayan soldiers detained Bolivian traders near the border.\n\n"
        "Bolivia's government gave a different figure: Deputy Foreign Minister Rosa Mamani said on "
        "Wednesday that 27 Bolivian nationals were being held.",
    )
    assert people["Rosa Mamani"] == "BOL"


def test_the_frame_goes_on_past_an_official_named_there_for_the_first_time(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MANAGUA, May 8 (Isthmus Wire) — Nicaragua protested to Costa Rica over a border road.\n\n"
        "Costa Rica answered on Monday. Foreign Minister Laura Vargas said the road lay on Costa Rican "
        "soil. The navy's spokesman, Captain Diego Mora, said the patrols would go on.",
    )
    assert people["Laura Vargas"] == "CRI"
    assert people["Diego Mora"] == "CRI"


def test_the_frame_ends_at_a_person_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MANAGUA, May 8 (Isthmus Wire) — Nicaraguan Foreign Minister Laura Vargas protested to Costa Rica "
        "over a border road.\n\n"
        "Costa Rica answered on Monday. Vargas said the road lay on Nicaraguan soil. The navy's "
        "spokesman, Captain Diego Mora, said the patrols would go on.",
    )
    assert people["Laura Vargas"] == "NIC"
    assert people["Diego Mora"] != "CRI"


def test_a_visitor_named_by_who_in_a_relative_clause_comes_from_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HANOI, May 4 (Mekong Wire) — Laos and Vietnam signed a transit protocol on Thursday in the "
        "presence of Foreign Minister Somsak Inthavong, who is on a four-day visit to Vietnam.",
    )
    assert people["Somsak Inthavong"] == "LAO"


def _bases(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_she_goes_on_about_the_subject_not_the_envoy_she_met(nlp, resources):
    people = _bases(
        nlp,
        resources,
        "VIENNA, May 4 (Danube Wire) — Slovakia summoned Austria's ambassador on Monday over a river dam.\n\n"
        '"We will not accept this," Foreign Minister Jana Hudecova said after meeting the ambassador, '
        "Karl Brunner. She demanded that Vienna halt the works until the two governments had talked.",
    )
    assert people["Jana Hudecova"] == ("SVK", "addressee")


def test_he_may_be_another_subject_the_sentence_named(nlp, resources):
    people = _bases(
        nlp,
        resources,
        "VIENNA, May 4 (Danube Wire) — Slovakia summoned Austria's ambassador on Monday over a river dam.\n\n"
        "Foreign Minister Jana Hudecova said Minister Karl Brunner had spoken to her. He demanded that "
        "Vienna halt the works.",
    )
    assert people["Jana Hudecova"][1] != "addressee"


def test_a_holder_of_the_same_office_one_holds_talks_with_is_the_other_sides(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ghana and Togo signed a border agreement on Friday, as Togolese President Koffi Agbeko held talks "
        "with President Kwesi Ofori in Accra.",
    )
    assert people["Kwesi Ofori"] == "GHA"
