"""Recall of people whose country a definite title, an office shared by a few states, or a firm's name
read as a person's gives (invented sentences)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_counterpart_of_the_visiting_minister_is_the_hosts(nlp, resources):
    text = (
        "Oman and Yemen reopen crossing\n\n"
        "MUSCAT, March 4 (Wire) — Oman and Yemen agreed on Monday to reopen their main border crossing.\n\n"
        "Sultan Haitham received Yemen's Foreign Minister Ahmed Saleh Bamatraf at the palace. "
        "The visiting minister later held talks with his counterpart, Khalid Nasser Albusaidi, on trade."
    )
    people = _people(nlp, resources, text)
    assert people["Ahmed Saleh Bamatraf"].country == "YEM"
    assert people["Khalid Nasser Albusaidi"].country == "OMN", people["Khalid Nasser Albusaidi"].basis


def test_two_ministers_before_leave_the_counterpart_unknown(nlp, resources):
    text = (
        "Yemen's Foreign Minister Ahmed Saleh Bamatraf and Oman's Trade Minister Qais Yousef Hamdan met "
        "traders on Monday. The minister later held talks with his counterpart, Khalid Nasser Albusaidi."
    )
    people = _people(nlp, resources, text)
    assert people["Khalid Nasser Albusaidi"].basis != "counterpart"


def test_chancellor_is_of_the_one_chancellery_state_in_the_story(nlp, resources):
    text = (
        "Ghana and Germany sign energy pact\n\n"
        "Ghana and Germany signed an energy partnership on Tuesday, Ghana's government said. "
        "President Kojo Appiah-Danquah and Chancellor Ulrich Hartmannsberger attended the signing, which "
        "Germany will fund. Ghana welcomed the deal and Germany praised it."
    )
    assert _people(nlp, resources, text)["Ulrich Hartmannsberger"].country == "DEU"


def test_chancellor_of_a_story_on_both_chancellery_states_is_unknown(nlp, resources):
    text = (
        "Germany and Austria argue over border checks. Austria said Germany was wrong, and Germany "
        "rejected what Austria said. Chancellor Ulrich Hartmannsberger spoke on Tuesday."
    )
    # Other evidence (the paragraph's frame) may still speak; the office alone does not.
    assert _people(nlp, resources, text)["Ulrich Hartmannsberger"].basis != "office"


def test_chancellor_of_the_exchequer_is_british(nlp, resources):
    text = (
        "Britain and Germany agree on bonds. Germany said Britain would join, and Britain agreed. "
        "Chancellor of the Exchequer Margaret Pellingham welcomed the accord."
    )
    assert _people(nlp, resources, text)["Margaret Pellingham"].country == "GBR"


def test_national_firm_read_as_a_name_gives_its_head_a_country(nlp, resources):
    text = (
        "Qatar and Iraq disagree over a gas field. The chief executive of the National Iraqi Gas "
        "Company, Haidar Salim Jabbouri, said on Sunday that Iraq would defend its rights."
    )
    index = recognize_actors(nlp(text), resources)
    names = {p.name for p in index.people}
    assert not any("Company" in name for name in names)
    people = {p.name: p for p in index.people}
    assert people["Haidar Salim Jabbouri"].country == "IRQ"


def test_federal_minister_is_of_the_one_federation_in_the_story(nlp, resources):
    text = (
        "Ghana and Germany sign a migration accord. Ghana said Germany would open routes, and Germany "
        "confirmed it. The accord was signed by Federal Minister of Labour Konrad Wiesenthaler."
    )
    assert _people(nlp, resources, text)["Konrad Wiesenthaler"].country == "DEU"


def test_federal_minister_of_a_story_on_two_federations_is_not_the_offices(nlp, resources):
    text = (
        "Germany and Austria sign a migration accord. Austria said Germany would open routes, and Germany "
        "confirmed it. The accord was signed by Federal Minister of Labour Konrad Wiesenthaler."
    )
    assert _people(nlp, resources, text)["Konrad Wiesenthaler"].basis != "office"
