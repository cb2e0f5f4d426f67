"""A reception the story places abroad, and a visitor's office named before the host: neither gives the
host's or the guest's state by proximity."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_receptions_abroad_a_guest_received_in_the_other_capital_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MADRID, March 3 (Iberia Wire) — Spain will send Morocco two coast guard cutters, Interior Minister "
        "Pablo Serrano said on Tuesday.\n\n"
        "The two governments signed a fisheries accord in Rabat on Friday. Prime Minister Lucia Ortega, who "
        "was received by her counterpart Driss Alaoui at his office the same day, praised the accord.",
    )
    assert people["Lucia Ortega"] == ("ESP", "dateline")
    assert people["Driss Alaoui"][0] == "MAR"


def test_receptions_abroad_a_guest_received_at_home_is_the_other_sides(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MADRID, March 3 (Iberia Wire) — Spain and Morocco signed a fisheries accord on Friday.\n\n"
        "Prime Minister Driss Alaoui was received by his host at the Moncloa palace, where the two leaders "
        "praised the accord.",
    )
    assert people["Driss Alaoui"] == ("MAR", "guest")


def test_receptions_abroad_an_invitation_to_the_other_capital_places_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MADRID, March 3 (Iberia Wire) — Spain and Morocco signed a fisheries accord on Friday.\n\n"
        "Prime Minister Driss Alaoui was received by his host at the Moncloa palace and extended an "
        "invitation to visit Rabat in the spring.",
    )
    assert people["Driss Alaoui"] == ("MAR", "guest")


def test_receptions_abroad_the_host_is_not_the_visitor_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA — Ghana will buy 20,000 tonnes of rice from Togo a year under an agreement signed on "
        "Tuesday, during a two-day state visit by Togo's president.\n\n"
        "The visitor, who arrived in Accra on Monday, was welcomed at the Jubilee House by President Ama "
        "Owusu with a 21-gun salute.",
    )
    assert people["Ama Owusu"] == ("GHA", "dateline")


def test_receptions_abroad_an_office_named_before_still_speaks_for_its_holder(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA — Ghana will buy rice from Togo under an agreement signed on Tuesday, during a two-day visit "
        "by Togo's foreign minister.\n\n"
        "Foreign Minister Kodjo Amegah said the accord would help farmers on both sides.",
    )
    assert people["Kodjo Amegah"] == ("TGO", "earlier")


def test_receptions_abroad_who_tells_an_envoy_is_not_of_the_state_the_paragraph_turned_to(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LUSAKA — Zambia protested to Malawi on Monday over the closure of a border post.\n\n"
        "Malawian authorities shut the crossing to Zambian lorries on Saturday. Permanent Secretary Chola "
        "Mumba told Ambassador Grace Banda that the measure breached regional trade rules.",
    )
    assert people["Chola Mumba"] == ("ZMB", "dateline")
    assert people["Grace Banda"] == ("MWI", "summoned")
