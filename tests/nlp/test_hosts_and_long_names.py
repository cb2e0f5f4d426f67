"""A host named beside the title of a reception's agent, a visitor welcomed, a portfolio the parser made
the name's object, and a state's longest name inside a body's (``bilat.nlp.antecedents``,
``bilat.nlp.speech``, ``bilat.nlp.affiliation``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.bodies import federal_body_state


def _index(nlp, resources, text):
    return recognize_actors(nlp(text), resources)


def test_hosts_the_secretary_who_receives_a_welcomed_minister_is_the_hosts(nlp, resources):
    index = _index(
        nlp,
        resources,
        "MEDIA RELEASE\n\nGovernment of Papua New Guinea\n\n"
        "Papua New Guinea welcomed Fiji's Minister of Foreign Affairs to Lae on Monday for a "
        "three-day visit, the first by a Fijian foreign minister since 2015.\n\n"
        "The Minister was received at the parliament by the Secretary for Foreign Affairs, Mr. Tomas "
        "Wanpis, and held talks on fisheries.",
    )
    people = {p.name: p.country for p in index.people}
    assert people["Tomas Wanpis"] == "PNG"


def test_speech_a_name_parsed_as_its_portfolios_object_announces_its_states_will(nlp, resources):
    index = _index(
        nlp,
        resources,
        "DURBAN, June 3 (Coast Wire) — Namibia protested after South Africa closed a border post.\n\n"
        "Deputy Minister of International Relations Thandi Mokoena said on Tuesday that Pretoria would "
        'not "take risks" with its staff.',
    )
    people = {p.name: (p.country, p.basis) for p in index.people}
    assert people["Thandi Mokoena"] == ("ZAF", "speech")


def test_institution_country_the_longest_state_name_in_a_body_wins(nlp, resources):
    index = _index(
        nlp,
        resources,
        "Australia will train officers of the Royal Papua New Guinea Constabulary at a college near Lae.",
    )
    bodies = {a.name: a for a in index.actors if a.kind == "organisation"}
    constabulary = next(a for name, a in bodies.items() if "Constabulary" in name)
    assert constabulary.country == "PNG"
    assert constabulary.sector == "COP"
    assert not any(a.country == "GIN" for a in index.actors)


def test_federal_body_is_the_pairs_one_federation(nlp, resources):
    index = _index(
        nlp,
        resources,
        "Austria summoned Hungary's ambassador on Monday after two Hungarian drivers were arrested.\n\n"
        "The Federal Criminal Office said the two men had smuggled migrants across the border. Hungary "
        "called the arrests unjust, and Austria rejected the complaint.",
    )
    bodies = {a.name: a.country for a in index.actors if a.kind == "organisation"}
    assert bodies["Federal Criminal Office"] == "AUT"


def test_federal_body_two_federations_say_nothing(nlp):
    doc = nlp("The Federal Criminal Office said the two men had smuggled cattle.")
    body = doc[0:4]
    assert federal_body_state(body, ("BRA", "ARG"), {"BRA", "ARG"}) is None
    assert federal_body_state(body, ("BRA", "PRY"), {"BRA", "ARG"}) == "BRA"
    assert federal_body_state(doc[1:4], None, {"BRA"}) is None


def test_home_body_an_authority_named_by_a_border_duty_is_the_datelines(nlp, resources):
    index = _index(
        nlp,
        resources,
        "NAIROBI, March 4 (East Wire) — Kenya closed the Namanga crossing with Tanzania on Monday.\n\n"
        "The Border Control Authority said the post would stay shut until further notice.",
    )
    bodies = {a.name: a.country for a in index.actors if a.kind == "organisation"}
    assert bodies["Border Control Authority"] == "KEN"


def test_group_a_central_bank_with_its_state_is_the_states_body(nlp, resources):
    index = _index(
        nlp,
        resources,
        "Exports rose by a fifth last year, according to Bolivia's central bank.",
    )
    bodies = {a.name: (a.country, a.sector) for a in index.actors if a.kind == "organisation"}
    assert bodies["Bolivia's central bank"] == ("BOL", "GOV")
