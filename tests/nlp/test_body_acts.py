"""A state body named without its state: what it does outweighs the dateline (``bilat.nlp.body_acts``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _bodies(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}


def test_a_body_acting_in_the_other_states_city_is_that_states(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "OSLO, May 2 (Fjord Wire) — Norway expelled two Russian diplomats.\n\n"
        "The Federal Migration Directorate said it had arrested a Norwegian engineer in Pskov.",
    )
    assert bodies.get("Federal Migration Directorate") == "RUS"


def test_a_body_cited_for_the_other_states_police_act_is_that_states(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "KIGALI — Rwanda accused Uganda of detaining its citizens.\n\n"
        "On Friday, Ugandan police in Mbarara deported six Rwandans, according to a statement from the "
        "Directorate of Immigration Control.",
    )
    assert bodies.get("Directorate of Immigration Control") == "UGA"


def test_a_body_acting_on_the_home_states_people_gets_no_state_from_the_dateline(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "VILNIUS — Lithuania expelled a Chinese diplomat.\n\n"
        "Later the State Customs Administration said it had suspended the licences of 11 Lithuanian "
        "grain traders.",
    )
    assert bodies.get("State Customs Administration") is None
    unmarked = _bodies(
        nlp,
        resources,
        "VILNIUS — Lithuania expelled a Chinese diplomat.\n\n"
        "Later the State Customs Administration said it had suspended the licences of 11 grain traders.",
    )
    assert unmarked.get("State Customs Administration") == "LTU"


def test_a_body_cited_for_a_count_of_people_stays_the_datelines(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Peru deported 300 migrants on Friday.\n\n"
        "Nearly 9,000 Bolivians were deported this year, according to the General Directorate of "
        "Immigration.",
    )
    assert bodies.get("General Directorate of Immigration") == "PER"


def test_a_body_acting_in_a_home_city_stays_the_datelines(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "MOSCOW, May 2 (Volga Wire) — Russia expelled two Norwegian diplomats.\n\n"
        "The Federal Migration Directorate said it had arrested a Norwegian engineer in Pskov.",
    )
    assert bodies.get("Federal Migration Directorate") == "RUS"
