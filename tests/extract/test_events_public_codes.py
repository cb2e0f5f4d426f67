"""Codes the CAMEO codebook gives acts that bilat's lines had coded under a neighbouring code: a blockade
lifted (military de-escalation, not an administrative sanction), peacekeepers withdrawn (a reduction of
relations), roads blocked by a crowd or by police, strikes staged or called off, fighters who surrender,
a state investigating its own people, and a verb form the tagger mislemmatises ("staged" → "stag").
Sentences written for these tests."""

from __future__ import annotations

from bilat.extract.dictionary import regular_lemma
from bilat.models import Document


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_lifting_a_blockade_is_military_deescalation(code):
    events = code("The Turkish navy lifted its blockade on Cypriot ports on Friday.")
    assert ("087", "TUR", "CYP") in _brief(events)
    assert not any(e.cameo == "081" for e in events)


def test_lifting_sanctions_stays_an_eased_sanction(code):
    events = code("Norway lifted its sanctions on Belarus on Monday.")
    assert ("08", "NOR", "BLR") in {(e.root, e.source.country, e.target.country) for e in events if e.target}
    assert not any(e.cameo == "087" for e in events)


def test_a_state_of_emergency_lifted_at_home_is_a_one_sided_concession(code):
    events = code("Peru's government on Sunday lifted the state of emergency in the southern provinces.")
    assert ("081", "PER", None) in _brief(events)


def test_withdrawing_peacekeepers_reduces_relations(code):
    events = code("Ghana withdrew its peacekeepers from Liberia on Tuesday.")
    assert ("166", "GHA", "LBR") in _brief(events)
    assert not any(e.root == "08" for e in events)


def test_threatening_to_withdraw_peacekeepers_is_a_threat(code):
    events = code(
        "Ghana said it would withdraw its peacekeeping force from Liberia unless the fighting ends."
    )
    assert any(e.root == "13" and e.source.country == "GHA" and e.target for e in events)
    assert not any(e.root == "03" for e in events)


def test_withdrawing_troops_stays_deescalation(code):
    events = code("Canada withdrew its troops from Afghanistan on Monday.")
    assert ("087", "CAN", "AFG") in _brief(events)


def test_a_crowd_blocking_roads_at_home_is_dissent(code):
    events = code("Thousands of Kenyan protesters blocked roads in Nairobi on Tuesday.")
    assert ("144", "KEN", None) in _brief(events)


def test_police_blocking_a_road_restrict_movement(code):
    events = code("Hungarian police blocked the road to the border crossing on Monday.")
    assert ("191", "HUN", None) in _brief(events)
    assert not any(e.root == "14" for e in events)


def test_staged_is_read_as_stage_for_bilats_own_lines(code, pipeline):
    document = Document(id="t", source_uri="mem", text="Chilean miners staged a hunger strike on Sunday.")
    staged = next(t for t in pipeline.parse(document).doc if t.lower_ == "staged")
    assert regular_lemma(staged, {"stage": []}) == "stage"
    events = code("Chilean miners staged a hunger strike on Sunday.")
    assert ("142", "CHL", None) in _brief(events)


def test_a_strike_staged_is_a_strike(code):
    events = code("Bolivian truck drivers staged a strike against the government on Monday.")
    assert any(e.cameo == "143" and e.source.country == "BOL" for e in events)


def test_calling_off_a_strike_eases_dissent(code):
    events = code("Zambian miners called off their strike on Thursday.")
    assert ("082", "ZMB", None) in _brief(events)


def test_fighters_who_surrender_retreat(code):
    events = code("Two hundred Congolese rebels surrendered to the army on Monday.")
    assert ("087", "COD", None) in _brief(events)


def test_a_state_investigating_its_own_soldiers_is_a_one_sided_investigation(code):
    events = code("Mexico is investigating alleged abuses by Mexican soldiers on Monday.")
    assert ("090", "MEX", None) in _brief(events)


def test_an_invasion_mounted_is_force(code):
    events = code("Turkey on Monday mounted its long-planned invasion of northern Iraq.")
    assert ("190", "TUR", "IRQ") in _brief(events)


def test_air_links_suspended_reduce_relations(code):
    assert ("160", "NOR", "BLR") in _brief(code("Norway suspended air links with Belarus on Monday."))
    announced = code("Norway on Monday announced a suspension of air links with Belarus.")
    assert ("160", "NOR", "BLR") in _brief(announced)


def test_refusing_to_meet_demands_is_declining_to_yield(code):
    events = code(
        "The Kenyan government said it would not meet the kidnappers' demands to free prisoners in Somalia."
    )
    assert ("124", "KEN", "SOM") in _brief(events)
    assert not any(e.cameo == "125" for e in events)


def test_police_preventing_a_demonstration_coerce(code):
    events = code(
        "Greek police prevented a demonstration by Albanian students near the parliament on Monday."
    )
    assert ("172", "GRC", "ALB") in _brief(events)
    assert not any(e.root == "12" for e in events)


def test_aid_handed_over_by_the_measure_is_aid(code):
    events = code("Swiss doctors handed over 700 kg of medicine to Iraq's health ministry on Monday.")
    assert ("070", "CHE", "IRQ") in _brief(events)
    assert not any(e.cameo == "084" for e in events)


def test_receiving_a_team_of_inspectors_allows_involvement(code):
    events = code("The Georgian foreign minister received a team of inspectors on Monday.")
    assert ("086", "GEO", None) in _brief(events)
    assert not any(e.root == "04" for e in events)
