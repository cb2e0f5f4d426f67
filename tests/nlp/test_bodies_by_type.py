"""Bodies read by the kind of body they are: a secretariat or a government named after its state, a
department cited for one state's trade, a firm described before its name, an armed front named for its
state, a council whose state the text writes on its lower-case name, an American-style department, a
national office in lower case."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors if a.kind == "organisation"}


def _named(found, name):
    return [a for a in found.values() if a.name == name or name in a.aliases]


def test_a_secretariat_after_its_state(nlp, resources):
    text = "Peru's fish exports rose 4 percent, according to Chile's Fisheries Secretariat, last year."
    found = _organisations(nlp, resources, text)
    (secretariat,) = _named(found, "Fisheries Secretariat")
    assert secretariat.country == "CHL"


def test_a_government_named_for_what_it_unites(nlp, resources):
    found = _organisations(
        nlp, resources, "Sudan's Government of National Accord rejected the charges made by Egypt on Monday."
    )
    (government,) = _named(found, "Government of National Accord")
    assert government.country == "SDN"


def test_a_department_cited_for_one_states_imports(nlp, resources):
    text = (
        "Nepal's imports from India came to 2 billion USD in 2021, according to the Department of "
        "Excise and Customs."
    )
    found = _organisations(nlp, resources, text)
    (department,) = _named(found, "Department of Excise and Customs")
    assert department.country == "NPL"


def test_a_firm_described_with_its_state(nlp, resources):
    text = "The two leaders watched as Norway's state power operator Nordkraftnet signed the contract."
    found = _organisations(nlp, resources, text)
    (firm,) = _named(found, "Nordkraftnet")
    assert firm.country == "NOR"
    assert firm.sector == "BUS"


def test_a_firm_described_without_a_state_is_no_actor(nlp, resources):
    text = "The regulator fined the utility Ostravel 3 million EUR on Friday."
    found = _organisations(nlp, resources, text)
    assert not _named(found, "Ostravel")


def test_an_armed_front_named_for_its_state(nlp, resources):
    text = "The gunmen, from the Front for Justice and Renewal in Niger (FJRN), crossed the border on Sunday."
    found = _organisations(nlp, resources, text)
    (front,) = _named(found, "Front for Justice and Renewal in Niger")
    assert front.country == "NER"


def test_a_council_whose_state_the_text_writes_on_its_common_name(nlp, resources):
    text = (
        "Chile urged the National Electoral Council to release the tally by district. "
        "Bolivia's electoral council declared the count closed on Monday."
    )
    found = _organisations(nlp, resources, text)
    (council,) = _named(found, "National Electoral Council")
    assert council.country == "BOL"


def test_a_council_two_states_claim_gets_neither(nlp, resources):
    text = (
        "Chile urged the National Electoral Council to release the tally by district. "
        "Bolivia's electoral council and Peru's electoral council both declared the count closed."
    )
    found = _organisations(nlp, resources, text)
    countries = {a.country for a in _named(found, "National Electoral Council")}
    assert not countries & {"BOL", "PER"}


def test_an_american_style_department_in_a_story_with_the_united_states(nlp, resources):
    text = (
        "The United States imposed sanctions on Cuba on Friday. The Justice Department charged two Cuban "
        "officials, and Cuba called the charges absurd. The United States said Cuba had been warned."
    )
    found = _organisations(nlp, resources, text)
    (department,) = _named(found, "Justice Department")
    assert department.country == "USA"


def test_a_national_office_in_lower_case_is_the_datelines_state(nlp, resources):
    text = (
        "ASUNCION — Paraguay expelled two Bolivian diplomats on Monday. About 9,000 Bolivians live in "
        "Paraguay, according to the national migration office."
    )
    found = _organisations(nlp, resources, text)
    (office,) = _named(found, "national migration office")
    assert office.country == "PRY"


def test_a_name_in_apposition_to_a_noun_whose_possessor_a_state_owns(nlp, resources):
    text = "Hungary's biggest growers' association, the Union of Orchard Growers, says prices have halved."
    found = _organisations(nlp, resources, text)
    (union,) = _named(found, "Union of Orchard Growers")
    assert union.country == "HUN"


def test_a_force_a_states_body_puts_to_work_is_that_states(nlp, resources):
    text = "On Friday Peru's Interior Ministry put the Gendarmerie on alert in the highland border towns."
    found = _organisations(nlp, resources, text)
    (force,) = _named(found, "Gendarmerie")
    assert force.country == "PER"


def test_a_person_in_apposition_to_a_firms_officer_is_no_body(nlp, resources):
    text = "The Danish ferry operator's chief executive, Karin Lykkegaard, warned that fares would rise."
    found = _organisations(nlp, resources, text)
    assert not _named(found, "Karin Lykkegaard")


def test_a_secretariat_tagged_whole_after_its_state_keeps_its_whole_name(nlp, resources):
    text = "Exports rose 5 percent, according to Portugal's Secretariat of State for Industry, on Monday."
    found = _organisations(nlp, resources, text)
    (secretariat,) = _named(found, "Secretariat of State for Industry")
    assert secretariat.country == "PRT"
