"""Acts done by speaking and measures announced, on news written the way wire stories are: the side an
accusation, denial or judgement is aimed at, the day it was said, tariffs, announced measures, official
protests. Every sentence is our own writing; the article date is Wednesday 2023-05-10."""

from __future__ import annotations

from bilat import api


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_annotate_prints_expulsion_and_accusation_with_both_countries_and_date(resources):
    analysis = api.annotate(
        "Chile expelled two Argentine diplomats on Tuesday, accusing them of spying.",
        published="2024-03-13",
        resources=resources,
    )
    assert _brief(analysis.events) == {
        ("166", "CHL", "ARG", "2024-03-12"),
        ("112", "CHL", "ARG", "2024-03-12"),
    }
    assert {e.date_basis for e in analysis.events} == {"text"}


def test_annotate_takes_a_long_one_line_text_as_text_not_as_a_path(resources):
    # A sentence longer than the longest file name the OS allows once raised OSError from Path.exists.
    sentence = (
        "Chile expelled two Argentine diplomats on Tuesday, accusing them of spying on the port of "
        "Valparaiso, the naval base beside it, the shipyards along the bay and the radar station on the "
        "hills above the city, which the Chilean navy has run since the nineteen-seventies."
    )
    assert len(sentence.encode()) > 255
    analysis = api.annotate(sentence, published="2024-03-13", resources=resources)
    assert ("166", "CHL", "ARG", "2024-03-12") in _brief(analysis.events)


def test_denial_is_aimed_at_the_state_its_words_name(code):
    events = code(
        "Chile and Peru traded charges over the border this week.\n"
        "On Tuesday, Chilean foreign ministry spokesman Pablo Rojas denied that Chilean aircraft had entered "
        "Peruvian airspace."
    )
    assert ("120", "CHL", "PER", "2023-05-09") in _brief(events)


def test_rejection_naming_nobody_is_aimed_at_the_articles_other_state(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "Peru accused Chile of overfishing on Monday. The Chilean ministry on Tuesday rejected the "
        "allegations as absurd."
    )
    assert ("120", "CHL", "PER", "2023-05-09") in _brief(events)


def test_rejection_is_not_aimed_at_the_partner_when_a_third_state_is_named(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "The Chilean ministry on Tuesday rejected the report, which Bolivia had praised."
    )
    assert not [e for e in events if e.root == "12" and e.target is not None and e.target.country == "PER"]


def test_accusation_is_dated_by_the_speech_not_by_what_it_is_about(code):
    events = code(
        "Chile and Peru are at odds over the border.\n"
        "Peru's foreign minister Ana Torres said on Monday that the talks had failed.\n"
        "She accused the Chilean army of occupying Peruvian farmland since 2019."
    )
    assert ("112", "PER", "CHL", "2023-05-08") in _brief(events)
    assert not [e for e in events if e.date == "2019"]


def test_a_date_in_the_speech_setting_dates_the_speech_act(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "Speaking in Lima on Tuesday, Peruvian trade minister Ana Torres accused Chile of dumping salmon."
    )
    assert ("112", "PER", "CHL", "2023-05-09") in _brief(events)


def test_a_dateline_is_the_reports_day_not_the_events(code):
    events = code(
        "LIMA, May 10 (Ridge Wire) — Peru on Tuesday summoned the Chilean ambassador over the incident."
    )
    assert ("111", "PER", "CHL", "2023-05-09") in _brief(events)


def test_tariffs_are_aimed_at_the_state_of_the_goods(code):
    assert ("163", "PER", "CHL", "2023-05-08") in _brief(
        code("Peru imposed tariffs of 30 percent on Chilean wine on Monday.")
    )
    assert ("163", "PER", "CHL", "2023-05-10") in _brief(
        code("Peru slaps 30 percent duties on Chilean wine.")
    )


def test_a_measure_announced_on_no_condition_is_the_measure(code):
    events = code(
        "Peru will impose duties of 30 percent on Chilean wine from Friday, the ministry announced."
    )
    (duties,) = [e for e in events if e.target is not None]
    assert (duties.cameo, duties.source.country, duties.target.country) == ("163", "PER", "CHL")
    assert duties.modality == "planned"


def test_a_measure_held_out_on_a_condition_is_a_threat(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "Peru would expel the Chilean ambassador if the trawlers were not released, the minister said."
    )
    assert [e.root for e in events if e.target is not None and e.root != "01"] == ["13"]


def test_calling_the_other_sides_act_groundless_is_disapproval(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        'On Tuesday, Peruvian foreign minister Ana Torres called the Chilean decision "groundless".'
    )
    assert _brief(events) == {("111", "PER", "CHL", "2023-05-09")}


def test_a_government_protests_officially_and_its_citizens_demonstrate(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "Peru on Tuesday protested against the seizure of its trawler by Chile. Hundreds of Peruvian "
        "fishermen protested against Chile outside its embassy on Tuesday."
    )
    assert sorted(e.root for e in events if e.target is not None) == ["11", "14"]


def test_the_act_a_demand_names_did_not_happen_even_when_the_demander_is_unknown(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "The spokesman said on Tuesday the government demanded that Chile withdraw its warships from "
        "Peruvian waters."
    )
    assert not [e for e in events if e.root == "08"]


def test_speaking_with_a_counterpart_is_a_consultation(code):
    events = code(
        "Chile and Peru are at odds over fishing.\n"
        "Peruvian foreign minister Ana Torres spoke with her Chilean counterpart on Tuesday."
    )
    assert ("040", "PER", "CHL", "2023-05-09") in _brief(events)
