"""Titles that point back: a possessive pronoun's principal, an office named before without a name, and
two holders of the same office dealing with each other."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2023-05-04"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: p for p in index.people}


def test_antecedents_her_minister_serves_her_state_not_the_datelines(nlp, resources):
    text = (
        "LIMA, May 4 (Wire) — Peru expelled a Chilean diplomat on Thursday.\n\n"
        "Chile's president, Ana Ruiz, called the step unjustified. Hours later her foreign minister, "
        "Luis Vera, announced the expulsion of a Peruvian diplomat."
    )
    people = _people(nlp, resources, text)
    assert (people["Luis Vera"].country, people["Luis Vera"].basis) == ("CHL", "principal")


def test_antecedents_its_ambassador_is_the_clause_subjects(nlp, resources):
    text = (
        "The Government of the Republic of Ghana has recalled its Ambassador to Togo, "
        "Ambassador Kwame Mensah, for consultations."
    )
    people = _people(nlp, resources, text)
    assert people["Kwame Mensah"].country == "GHA"


def test_antecedents_an_office_named_before_without_a_name(nlp, resources):
    text = (
        "Peru summoned the Chilean ambassador on Tuesday over the incident. "
        "The ministry said Ambassador Pablo Soto had been handed a note."
    )
    people = _people(nlp, resources, text)
    assert people["Pablo Soto"].country == "CHL"


def test_antecedents_two_states_offices_named_before_leave_the_name_without_one(nlp, resources):
    text = (
        "Peru summoned the Chilean ambassador, and Chile summoned the Peruvian ambassador. "
        "Ambassador Pablo Soto declined to comment."
    )
    people = _people(nlp, resources, text)
    assert people["Pablo Soto"].country is None


def test_antecedents_holders_of_the_same_office_act_for_different_states(nlp, resources):
    text = (
        "LIMA, May 4 (Wire) — Peru and Chile agreed to reopen the border.\n\n"
        "Peruvian Foreign Minister Rosa Quispe spoke by phone with Foreign Minister Ana Ruiz on "
        "Wednesday, the ministry said."
    )
    people = _people(nlp, resources, text)
    assert people["Ana Ruiz"].country == "CHL"


def test_antecedents_officials_met_on_a_visit_are_the_hosts(nlp, resources):
    text = (
        "Chilean President Carlos Mendez ended a three-day state visit to Peru on Saturday.\n\n"
        "On Friday, Mendez met Prime Minister Pablo Soto. "
        "The Chilean minister is to be received tomorrow by President Luis Vera."
    )
    people = _people(nlp, resources, text)
    assert (people["Pablo Soto"].country, people["Pablo Soto"].basis) == ("PER", "host")
    assert people["Luis Vera"].country == "PER"  # the host of a guest named by title and nationality


def test_antecedents_a_group_or_a_place_read_as_a_name_is_not_a_person(nlp, resources):
    text = (
        "Officials said the men belonged to the Chilean street gang Los Halcones del Sur. "
        "Boats swarmed Mariposa Reef on Monday."
    )
    people = _people(nlp, resources, text)
    assert not [name for name in people if "Halcones" in name or "Reef" in name]


def test_antecedents_congo_alone_is_the_democratic_republic(nlp, resources):
    doc = nlp("Congo expelled the envoy, and the Democratic Republic of the Congo closed the border.")
    countries = {e.text: e.ent_id_ for e in doc.ents}
    assert countries["Congo"] == "COD"
    assert countries["Democratic Republic of the Congo"] == "COD"


def test_antecedents_a_third_state_in_the_sentence_stops_the_pair_inference(nlp, resources):
    text = (
        "Peru and Chile have quarrelled over fishing for years.\n\n"
        "The United States has voiced concern, with National Security Adviser John Miller speaking by "
        "phone Sunday with Chilean counterpart Roberto Alvarez, according to the White House."
    )
    people = _people(nlp, resources, text)
    assert people["John Miller"].country is None
