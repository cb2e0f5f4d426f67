"""Codes of acts that ordinary news tells in words the seed lines did not cover: suspending a mission,
undoing one's own measure, aid announced or extended, a guest welcomed, water cannon and ramming,
a deal declared void. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def _roots(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_suspending_an_embassys_operations_reduces_relations(code):
    events = code("Norway will suspend the operations of its embassy in Minsk from May 1, the ministry said.")
    assert ("16", "NOR", "BLR") in _roots(events)
    assert not any(e.root in {"03", "08"} for e in events)


def test_suspending_a_mission(code):
    events = code("Chile suspended its diplomatic mission in Caracas on Tuesday.")
    assert ("16", "CHL", "VEN") in _roots(events)


def test_withdrawing_a_decision_to_expel_is_yielding_not_expelling(code):
    events = code("Peru on Monday withdrew its decision to expel the Bolivian ambassador.")
    roots = _roots(events)
    assert ("08", "PER", "BOL") in roots
    assert not any(e.root == "16" for e in events)


def test_reversing_an_expulsion(code):
    events = code("Ghana reversed the expulsion of two Togolese diplomats on Monday.")
    assert ("08", "GHA", "TGO") in _roots(events)


def test_line_of_credit_announced_for_a_state_is_aid(code):
    events = code("India on Monday announced a line of credit of 200 million dollars for Nepal.")
    assert ("07", "IND", "NPL") in _roots(events)


def test_budget_support_extended_to_help_a_state(code):
    events = code("Japan extended 30 million USD in budget support on Monday to help Laos pay its debts.")
    assert ("07", "JPN", "LAO") in _roots(events)


def test_welcoming_a_counterpart_is_hosting_a_visit(code):
    events = code(
        "Senegalese President Macky Sall welcomed his Kenyan counterpart, William Ruto, "
        "at the palace on Monday."
    )
    assert ("043", "SEN", "KEN") in _brief(events)


def test_welcoming_a_decision_stays_approval(code):
    events = code("Senegal's government welcomed the decision of Kenya on Monday.")
    assert not any(e.cameo == "043" for e in events)


def test_water_cannon_fired_at_a_boat_is_unconventional_force(code):
    events = code("Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday.")
    assert ("18", "CHN", "PHL") in _roots(events)


def test_ramming_a_boat(code):
    events = code("A Vietnamese navy vessel rammed a Chinese fishing boat on Monday.")
    assert ("18", "VNM", "CHN") in _roots(events)


def test_a_deal_declared_null_and_void_is_rejected(code):
    events = code("Guyana declared the agreement with Venezuela null and void on Monday.")
    assert ("12", "GUY", "VEN") in _roots(events)


def test_a_gunboat_blocking_the_other_sides_patrol_is_coercion(code):
    events = code(
        "Ghana protested after a Togolese navy gunboat blocked a Ghanaian patrol on the Volta on Tuesday."
    )
    assert ("17", "TGO", "GHA") in _roots(events)


def test_blocking_the_other_sides_goods(code):
    events = code("Benin blocked the loading of Nigerien oil at its port in May.")
    assert ("16", "BEN", "NER") in _roots(events)


def test_a_court_blocking_a_plan_is_no_event(code):
    assert not code("The High Court blocked the plan in January.")


def test_a_protocol_signed_by_the_heads_of_the_two_countries_committees(code):
    events = code(
        "Tajikistan and Kyrgyzstan exchanged fire on the border this week. A ceasefire protocol was signed "
        "on Friday evening by the heads of the two countries' security committees.",
        published="2024-03-10",
    )
    pairs = {frozenset({e.source.country, e.target.country}) for e in events if e.root == "05" and e.target}
    assert frozenset({"TJK", "KGZ"}) in pairs


def test_protesting_to_a_state_is_an_official_complaint(code):
    events = code("MANILA — The Philippines protested to China on Monday over the incident.")
    assert ("114", "PHL", "CHN") in _brief(events)


def test_a_protest_lodged_with_a_state(code):
    assert ("114", "BLZ", "GTM") in _brief(code("Belize lodged a formal protest with Guatemala on Monday."))


def test_a_protest_note_handed_to_an_envoy_with_no_agent_is_the_hosts(code):
    events = code(
        "BISHKEK — Kyrgyzstan accused Tajikistan of aggression on Friday. "
        "Tajikistan's ambassador was handed a note of protest on Thursday."
    )
    assert ("114", "KGZ", "TJK") in _brief(events)


def test_a_pronoun_in_an_adverbial_clause_is_the_main_subject(code):
    events = code(
        "BELMOPAN — Belize summoned Guatemala's ambassador on Tuesday, after it lodged a formal protest "
        "with Guatemala over the patrol."
    )
    assert ("114", "BLZ", "GTM") in _brief(events)


def test_crossings_closed_with_nobody_named_are_closed_by_the_other_side(code):
    events = code(
        "Finland accused Russia of sending migrants to the border on Sunday. "
        "All crossings on the border with Russia were closed on Monday."
    )
    assert ("172", "FIN", "RUS") in _brief(events)


def test_a_border_closed_by_a_named_state_keeps_its_agent(code):
    events = code(
        "Finland accused Russia of sending migrants on Sunday. "
        "The border with Finland was closed by Russia on Monday."
    )
    assert ("172", "RUS", "FIN") in _brief(events)


def test_troops_sent_to_the_border_with_a_state_are_a_show_of_force(code):
    events = code("India deployed troops to the border with China on Monday.")
    brief = _brief(events)
    assert ("154", "IND", "CHN") in brief
    assert not any(e.root == "07" for e in events)


def test_police_sent_to_a_state_are_peacekeeping_not_an_invasion(code):
    events = code("Kenya sent 600 more police officers to Haiti on Monday.")
    roots = _roots(events)
    assert ("07", "KEN", "HTI") in roots
    assert not any(e.root in {"19", "15"} for e in events)


def test_aircraft_landing_with_weapons_deliver_them(code):
    events = code(
        "MOGADISHU — Two Egyptian military transport aircraft landed in Mogadishu on Tuesday "
        "carrying weapons."
    )
    roots = _roots(events)
    assert ("07", "EGY", "SOM") in roots
    assert not any(e.root == "04" for e in events)


def test_arms_arriving_are_delivered(code):
    events = code("Egyptian arms arrived in Mogadishu on Tuesday.")
    assert ("072", "EGY", "SOM") in _brief(events)


def test_a_minister_arriving_still_visits(code):
    events = code("The Egyptian foreign minister arrived in Mogadishu on Tuesday.")
    assert ("042", "EGY", "SOM") in _brief(events)


def test_telling_a_state_to_act_is_a_demand(code):
    events = code("Palau told China on Thursday to withdraw its survey ship.")
    brief = _brief(events)
    assert ("100", "PLW", "CHN") in brief
    assert not any(e.root == "08" for e in events)  # the withdrawal is demanded, not done


def test_telling_a_state_something_stays_a_statement(code):
    events = code("Chile told Peru on Monday that the talks would resume in May.")
    assert not any(e.root == "10" for e in events)
