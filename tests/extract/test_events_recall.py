"""Wider recall of the event coder: acts whose agent is left unnamed or is a crowd, and verbs of general
wire vocabulary. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_summoned_envoy_with_no_agent_is_summoned_by_the_host(code):
    events = code(
        "Chile accused Peru of spying on its navy on Tuesday. "
        "The Peruvian ambassador was summoned to the foreign ministry in Santiago on Tuesday."
    )
    assert ("11", "CHL", "PER") in _brief(events)


def test_summoned_high_commissioner_is_not_a_meeting(code):
    events = code(
        "Ghana summoned the Nigerian high commissioner on Monday over the closure of shops in Accra, "
        "a week after Nigeria raised duties on Ghanaian cocoa."
    )
    brief = _brief(events)
    assert ("11", "GHA", "NGA") in brief
    assert ("04", "GHA", "NGA") not in brief


def test_called_in_envoy(code):
    events = code(
        "Relations between Sweden and Iran soured this week. "
        "The Swedish chargé d'affaires was called in on Wednesday over the arrest of an Iranian cleric."
    )
    assert ("11", "IRN", "SWE") in _brief(events)


def test_crowd_outside_an_embassy_protests_against_its_state(code):
    events = code(
        "Kenya and Tanzania traded accusations over the border on Friday. "
        "About 300 demonstrators gathered outside the Tanzanian embassy in Nairobi on Friday."
    )
    assert ("14", "KEN", "TZA") in _brief(events)


def test_crowd_in_front_of_a_consulate(code):
    events = code(
        "Greece protested to Turkey on Sunday about a drilling ship. "
        "Hundreds of people protested in front of the Turkish consulate in Thessaloniki on Sunday."
    )
    assert ("14", "GRC", "TZA") not in _brief(events)
    assert ("14", "GRC", "TUR") in _brief(events)


def test_officials_gathering_is_no_protest(code):
    events = code(
        "Greek and Turkish officials gathered at the Turkish embassy in Athens on Sunday for a reception."
    )
    assert not any(e.root == "14" for e in events)


def test_ordering_embassy_staff_to_leave_is_an_expulsion(code):
    events = code("Poland ordered four employees of the Belarusian embassy to leave the country on Monday.")
    assert ("16", "POL", "BLR") in _brief(events)


def test_declaring_an_ambassador_persona_non_grata_is_an_expulsion(code):
    events = code("Ecuador declared Colombia's ambassador, Luis Herrera, persona non grata on Monday.")
    assert ("16", "ECU", "COL") in _brief(events)


def test_people_detained_by_a_state_in_a_participle(code):
    events = code(
        "Vietnam asked on Tuesday that Vietnamese sailors detained by the Philippine navy in April be "
        "returned home."
    )
    assert ("17", "PHL", "VNM") in _brief(events)


def test_participle_without_a_date_of_its_own_is_background(code):
    events = code(
        "Israel demanded on Tuesday that Turkey free two Israeli citizens detained in Istanbul for spying."
    )
    brief = _brief(events)
    assert ("10", "ISR", "TUR") in brief
    assert ("17", "TUR", "ISR") not in brief


def test_citizens_detained_with_no_agent_named_are_detained_by_the_host(code):
    events = code(
        "Relations between Japan and China are tense. Two Japanese engineers were detained in Beijing "
        "on Monday on suspicion of espionage."
    )
    assert ("17", "CHN", "JPN") in _brief(events)


def test_conditional_step_in_the_passive_is_a_threat(code):
    events = code(
        'Estonia and Russia quarrelled over the border on Monday. "If these flights continue, we will be '
        'forced to close our airspace," Estonian Foreign Minister Kristjan Tamm said on Monday.'
    )
    assert ("13", "EST", "RUS") in _brief(events)


def test_conditional_step_of_a_verb_with_a_cooperative_reading_is_a_threat(code):
    events = code(
        'Chile and Bolivia argued over water rights on Friday. "If the diversion goes on, we will have no '
        'choice but to go to The Hague," Chilean Foreign Minister Pablo Rojas said on Friday.'
    )
    assert ("13", "CHL", "BOL") in _brief(events)


def test_consequence_for_the_side_a_condition_names_is_a_threat_to_it(code):
    events = code(
        "Chinese Foreign Minister Wang Wei said on Monday that if Japan does not withdraw its coast "
        "guard, it will pay a heavy price."
    )
    assert ("13", "CHN", "JPN") in _brief(events)


def test_welcoming_a_named_guest_is_hosting(code):
    events = code(
        "Irish Foreign Minister Sean Byrne welcomed Canadian Foreign Minister Anne Leblanc to Dublin today."
    )
    assert ("04", "IRL", "CAN") in _brief(events)


def test_welcoming_a_decision_is_approval(code):
    events = code("Ireland welcomed Canada's decision to reopen its consulate in Cork on Monday.")
    assert not any(e.root == "04" for e in events)


def test_suspending_trade_is_a_sanction(code):
    events = code("Kenya suspended imports of poultry from Uganda on Thursday.")
    assert ("16", "KEN", "UGA") in _brief(events)


def test_calling_off_a_visit_reduces_relations(code):
    events = code("Morocco called off a visit by the Spanish foreign minister to Rabat on Sunday.")
    assert ("16", "MAR", "ESP") in _brief(events)


def test_side_said_to_commit_a_judged_act_is_criticised(code):
    events = code(
        "Hungarian Foreign Minister Peter Kovacs said on Monday that Slovakia had committed a hostile act "
        "by closing the bridge."
    )
    assert ("11", "HUN", "SVK") in _brief(events)


def test_judging_adjective_said_of_a_side_is_criticism(code):
    events = code(
        "Greek Prime Minister Nikos Andreou said on Friday that Turkey was incapable of keeping its promises."
    )
    assert ("11", "GRC", "TUR") in _brief(events)


def test_neutral_adjective_said_of_a_side_is_no_criticism(code):
    events = code("Greek Prime Minister Nikos Andreou said on Friday that Turkey was ready for talks.")
    assert not any(e.root == "11" for e in events)


def test_target_is_the_first_party_of_another_side(code):
    events = code("Egypt on Sunday called off a visit to Cairo by Ethiopia's foreign minister.")
    assert ("16", "EGY", "ETH") in _brief(events)


def test_crowd_burning_a_flag_is_a_violent_protest_of_the_host(code):
    events = code(
        "Armenia and Azerbaijan traded accusations on Monday. Hundreds of demonstrators marched through "
        "Yerevan on Monday, burning Azerbaijani flags."
    )
    assert ("14", "ARM", "AZE") in _brief(events)


def test_relative_pronoun_object_stands_for_its_noun(code):
    events = code(
        "Moldovan winemakers still suffer from the sanctions on Moldova that Russia imposed in March 2022."
    )
    assert ("16", "RUS", "MDA") in _brief(events)


def test_surtax_is_a_sanction(code):
    events = code("India imposed a 20 percent surtax on Chinese steel on Monday.")
    assert ("16", "IND", "CHN") in _brief(events)


def test_deadline_to_leave_given_to_an_envoy_is_an_expulsion(code):
    events = code("Chad gave the Sudanese ambassador 48 hours to leave the country on Friday.")
    brief = _brief(events)
    assert ("16", "TCD", "SDN") in brief
    assert not any(root == "13" for root, _, _ in brief)


def test_asking_an_envoy_to_explain_is_no_expulsion(code):
    events = code("Chad asked the Sudanese ambassador to explain the shelling on Friday.")
    assert not any(e.root == "16" for e in events)


def test_anything_done_by_telephone_is_a_call(code):
    events = code(
        "The Thai and Lao foreign ministers agreed the agenda of the summit by telephone on Monday."
    )
    assert ("04", "THA", "LAO") in _brief(events)


def test_by_telephone_hung_on_the_object(code):
    events = code(
        "Thai Foreign Minister Somchai Wong and his Lao counterpart Phet Sone settled the programme of the "
        "visit by telephone on Monday."
    )
    assert ("04", "THA", "LAO") in _brief(events)


def test_closing_the_border_with_a_state(code):
    events = code("Benin closed its border with Niger on Wednesday.")
    assert ("17", "BEN", "NER") in _brief(events)


def test_document_speaks_for_its_sender(code):
    events = code("Guatemala's note demanded on Tuesday that Belize withdraw its soldiers from the river.")
    assert ("10", "GTM", "BLZ") in _brief(events)


def test_ban_on_goods_of_a_state(code):
    events = code("Egypt's ban on imports of Sudanese cattle took effect on Monday.")
    assert ("16", "EGY", "SDN") in _brief(events)


def test_accepting_an_invitation_to_visit_is_an_intent_to_meet(code):
    events = code("Kenyan President William Ruto on Monday accepted an invitation to visit Ethiopia in June.")
    (accepted,) = [e for e in events if e.trigger == "accepted"]
    assert (accepted.cameo, accepted.source.country, accepted.target.country) == ("036", "KEN", "ETH")


def test_closing_another_state_s_mission_is_aimed_at_it(code):
    events = code("Lithuania closed the Russian consulate in Klaipeda on Friday.")
    assert ("16", "LTU", "RUS") in _brief(events)


def test_closing_one_s_own_embassy_abroad_is_aimed_at_the_host(code):
    events = code("Canada closed its embassy in Tehran on Friday.")
    assert ("16", "CAN", "IRN") in _brief(events)


def test_bare_ministry_addressing_one_side_speaks_for_the_other(code):
    events = code(
        "Armenia and Azerbaijan traded fire on the border on Monday. Armenia said Azerbaijan had shelled "
        "its villages. The ministry accused Baku on Tuesday of preparing a new offensive."
    )
    assert ("11", "ARM", "AZE") in _brief(events)


def test_ministry_of_a_named_state_is_not_reassigned(code):
    events = code(
        "Armenia and Azerbaijan traded fire on the border on Monday. The Iranian ministry urged Baku on "
        "Tuesday to show restraint."
    )
    assert ("02", "ARM", "AZE") not in _brief(events)


def test_bare_police_arresting_the_other_side_s_nationals_act_for_the_host(code):
    events = code(
        "Relations between Burundi and Rwanda have worsened this month. Police arrested 14 Rwandan "
        "nationals in Bujumbura on Wednesday."
    )
    assert ("17", "BDI", "RWA") in _brief(events)


def test_ships_entering_another_state_s_waters_show_force(code):
    events = code("Four Chinese coast guard ships entered Japanese territorial waters on Thursday.")
    assert ("15", "CHN", "JPN") in _brief(events)


def test_refugees_entering_a_country_are_no_show_of_force(code):
    events = code("Hundreds of Afghan refugees entered Pakistan on Monday.")
    assert not any(e.root == "15" for e in events)


def test_accusing_a_domestic_actor_is_not_aimed_at_the_partner(code):
    events = code(
        "The United States and Afghanistan discussed security on Monday. Afghan officials accused the "
        "Taliban on Sunday of plotting the attack on the school."
    )
    assert ("11", "AFG", "USA") not in _brief(events)


def test_demand_about_one_s_own_nationals_is_aimed_at_the_partner(code):
    events = code(
        "Morocco and Algeria quarrelled over the border on Thursday. Moroccan government spokesman Youssef "
        "Alami on Thursday demanded the immediate release of the Moroccan shepherds."
    )
    assert ("10", "MAR", "DZA") in _brief(events)


def test_demand_aimed_only_at_the_speakers_own_state_is_no_one_sided_event(code):
    events = code("Chinese Foreign Minister Wang Wei demanded on Monday that Beijing's critics be silenced.")
    assert not any(e.root == "10" and e.target is None for e in events)
