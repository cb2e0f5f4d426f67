"""Signings and meetings by both sides' people, a guest of no named country, a threat by the state that
answers, and figures or spans that are not acts. Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "Norway and Chile sign salmon pact\n\n"
    "OSLO — Norway and Chile signed a salmon research agreement on Monday, the two governments said.\n\n"
)


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def _pairs(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_the_two_men_who_sign_are_both_sides(code):
    events = code(STORY + "The two men also signed a memorandum on port inspections on Tuesday.\n")
    assert {("05", "NOR", "CHL", "2023-05-09"), ("05", "CHL", "NOR", "2023-05-09")} & _brief(events)


def test_the_two_chairmen_sign_on_their_day(code):
    events = code(STORY + "On Wednesday the two chairmen signed a protocol on a new ferry line.\n")
    assert {("05", "NOR", "CHL", "2023-05-10"), ("05", "CHL", "NOR", "2023-05-10")} & _brief(events)


def test_envoys_of_the_two_countries_named_by_name_meet(code):
    events = code(
        STORY + "On Tuesday the two special envoys, Per Holm and Ambassador Ana Rojas, met "
        "at the port and signed a protocol on fishing licences.\n"
    )
    roots = {(r, d) for r, s, t, d in _brief(events) if {s, t} == {"NOR", "CHL"}}
    assert ("04", "2023-05-09") in roots
    assert ("05", "2023-05-09") in roots


def test_agreement_signed_participle_is_between_the_pair(code):
    events = code(
        STORY + "Chile will buy 40 patrol boats from Norway under a contract signed in Oslo on Tuesday.\n"
    )
    assert {("05", "NOR", "CHL", "2023-05-09"), ("05", "CHL", "NOR", "2023-05-09")} & _brief(events)


def test_guest_of_no_named_country_is_the_other_side(code):
    events = code(STORY + "Rojas was received in Oslo by Foreign Minister Eirik Dahl on Tuesday.\n")
    assert ("04", "NOR", "CHL") in _pairs(events)
    assert ("04", "NOR", None) not in _pairs(events)


def test_guest_who_urges_after_being_received(code):
    events = code(
        STORY + "Chilean Foreign Minister Rosa Pinto was received by the Norwegian prime minister the next "
        "day, and urged Norway to lift its duties on wine.\n"
    )
    assert ("02", "CHL", "NOR", "2023-05-09") in _brief(events)


def test_spokesman_of_no_country_says_his_state_will_respond(code):
    events = code(STORY + 'On Tuesday spokesman Lars Berg said Oslo would respond "in kind".\n')
    assert ("13", "NOR", "CHL") in _pairs(events)


def test_trade_volume_and_tourist_figures_are_no_events(code):
    events = code(
        STORY + "Last year the value of Norway's sales to Chile came to roughly 2.3 billion USD. Chile "
        "received 3.2 million tonnes of Norwegian feed during 2022. Some 80,000 Chilean citizens "
        "visited Norway last year.\n"
    )
    assert {r for r, *_ in _brief(events)} <= {"05"}


def test_acts_counted_over_years_are_no_events(code):
    events = code(
        STORY + "The two nations fought four trade disputes between 1990 and 2005. Norway has hosted several "
        "Chilean scientists since 2019.\n"
    )
    assert {r for r, *_ in _brief(events)} <= {"05"}


def test_bare_security_forces_of_the_host_arrest_the_other_sides_people(code):
    events = code(STORY + "Security forces arrested four Chileans in Bergen on Tuesday.\n")
    assert ("17", "NOR", "CHL", "2023-05-09") in _brief(events)


def test_coordinated_participles_share_their_date(code):
    events = code(
        STORY + "The Chilean government replied in a statement on Tuesday, accusing Norway of "
        '"meddling" and rejecting its demands as "a provocation".\n'
    )
    assert ("12", "CHL", "NOR", "2023-05-09") in _brief(events)


def test_guests_of_a_named_body_are_not_the_other_side(code):
    events = code(STORY + "Norway will host NATO leaders in Oslo next month.\n")
    assert not {r for r, s, t, _ in _brief(events) if r in {"03", "04"} and t == "CHL"}


def test_a_demand_after_a_reported_passive_keeps_the_reports_day(code):
    events = code(
        STORY + "Chile confirmed on Tuesday that a Chilean sailor had been detained in Bergen last week and "
        "demanded consular access to him.\n"
    )
    demands = {d for r, s, t, d in _brief(events) if r == "10" and s == "CHL"}
    assert demands and all(d == "2023-05-09" for d in demands)
