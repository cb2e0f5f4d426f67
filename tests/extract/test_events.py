"""The event coder on sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_events_host_receives_guest(code):
    events = code(
        "French President Emmanuel Macron received German Chancellor Olaf Scholz in Paris on Monday."
    )
    (event,) = [e for e in events if e.cameo == "043"]
    assert (event.source.name, event.target.name) == ("Emmanuel Macron", "Olaf Scholz")
    assert (event.source.country, event.target.country) == ("FRA", "DEU")
    assert (event.date, event.date_precision, event.date_text) == ("2023-05-08", "day", "Monday")
    assert (event.quad, event.goldstein, event.plover, event.mode) == (1, 2.8, "CONSULT", "visit")
    assert event.evidence.startswith("French President") and event.place == "Paris"


def test_events_visit_to_a_country(code):
    events = code("Indian Prime Minister Narendra Modi visited Japan last week.")
    assert ("042", "IND", "JPN") in _brief(events)


def test_events_coordinated_subjects_are_two_events(code):
    events = code(
        "Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson met "
        "Estonian Prime Minister Kaja Kallas in Tallinn."
    )
    assert {(e.source.name, e.target.name) for e in events if e.root == "04"} == {
        ("Alexander Stubb", "Kaja Kallas"),
        ("Ulf Kristersson", "Kaja Kallas"),
    }


def test_events_symmetric_meeting_of_coordinated_states(code):
    events = code("Kenya and Uganda held talks on the railway on Tuesday.")
    assert ("040", "KEN", "UGA") in _brief(events)


def test_events_opening_an_embassy_in_a_city(code):
    events = code("Brazil opened its embassy in Hanoi in April this year.")
    (event,) = events
    assert (event.cameo, event.source.country, event.target.country, event.date) == (
        "050",
        "BRA",
        "VNM",
        "2023-04",
    )


def test_events_passive_with_agent(code):
    events = code("Humanitarian aid was provided to Sudan by Egypt in 2020.")
    assert ("073", "EGY", "SDN") in _brief(events) or ("070", "EGY", "SDN") in _brief(events)


def test_events_between_two_governments(code):
    events = code("Diplomatic relations were established between the governments of Peru and Chile in 1990.")
    (event,) = events
    assert (event.cameo, event.date) == ("050", "1990")
    assert {event.source.country, event.target.country} == {"PER", "CHL"}


def test_events_planned_act_is_an_intent(code):
    events = code("Japan will build a hospital in Cambodia.")
    (event,) = events
    assert (event.cameo, event.modality, event.source.country, event.target.country) == (
        "031",
        "planned",
        "JPN",
        "KHM",
    )


def test_events_negation(code):
    events = code("Serbia did not recognize Kosovo in 2008.")
    (event,) = events
    assert (event.cameo, event.modality) == ("054", "negated")


def test_events_reported_speech_keeps_the_speaker(code):
    events = code("Polish ambassador Jan Nowak said on Friday that Poland supported Ukraine in 2022.")
    support = [e for e in events if e.cameo == "051"]
    assert support and support[0].attributed_to == "Jan Nowak"
    assert (support[0].source.country, support[0].target.country) == ("POL", "UKR")


def test_events_commentator_is_not_a_state_actor(code):
    events = code("French political scientist Marc Dubois visited Algeria in 2019.")
    assert not [e for e in events if e.root == "04"]


def test_events_need_a_source(code):
    assert code("The embassy was opened in 2001.") == []


def test_events_undated_reference_to_an_opening_is_not_reported(code):
    text = (
        "One. Two. Three. Four. The minister stressed the importance of the opening of the "
        "Spanish embassy in Lima."
    )
    assert not [e for e in code(text) if e.cameo == "050"]


def test_events_background_is_historical(code):
    events = code("One. Two. Three. Four. Spain has had an embassy in Lima since 1998.")
    (event,) = events
    assert (event.date, event.modality) == ("1998", "historical")


def test_events_refusing_a_meeting_is_a_rejection(code):
    events = code(
        "Portuguese President Marcelo Rebelo de Sousa refused to meet Angolan President Joao Lourenco."
    )
    assert ("125", "PRT", "AGO") in _brief(events)


def test_events_willingness_is_an_intent(code):
    events = code("Kenya is willing to send troops to Haiti.")
    assert [(e.root, e.modality) for e in events if e.target] == [("03", "planned")]


def test_events_phrasal_verbs(code):
    events = code("Canada pulled out its troops from Mali on Friday.")
    assert ("087", "CAN", "MLI") in _brief(events)


def test_events_indirect_object_is_the_recipient(code):
    assert ("070", "NOR", "GHA") in _brief(code("Norway gave Ghana a loan for new clinics last week."))


def test_events_reported_pronoun_subject_is_the_reporter(code):
    events = code("Portugal said on Monday it would withdraw its frigates from Libya.")
    assert ("035", "PRT", "LBY") in _brief(events)


def test_events_statements_are_no_plover_event(code):
    events = code("Portugal said on Monday that talks with Morocco were going well.")
    assert all(e.plover is None for e in events if e.root == "01")


def test_events_three_states_meeting_give_every_pair(code):
    events = code("Chile, Peru and Bolivia met in Lima on Monday.")
    assert {("040", "CHL", "PER"), ("040", "CHL", "BOL"), ("040", "PER", "BOL")} <= _brief(events)


def test_events_list_parsed_as_apposition_is_still_a_list(code):
    pairs = {
        frozenset((s, t))
        for c, s, t in _brief(code("The UK, Norway, and Iceland met yesterday."))
        if c == "040"
    }
    assert pairs == {frozenset(p) for p in (("GBR", "NOR"), ("GBR", "ISL"), ("NOR", "ISL"))}


def test_events_group_of_a_country_is_not_the_state(code):
    (event,) = [
        e for e in code("Malian rebels attacked Nigerien soldiers near the border.") if e.root == "19"
    ]
    assert (event.source.name, event.source.country, event.source.sector, event.source.kind) == (
        "Malian rebels",
        "MLI",
        "REB",
        "group",
    )
    assert (event.target.country, event.target.sector, event.target.kind) == ("NER", "MIL", "organisation")


def test_events_intent_to_attack_is_a_threat_not_cooperation(code):
    assert ("138", "SRB", "XKX") in _brief(code("Serbia said on Monday it will attack Kosovo."))


def test_events_refusal_ahead_is_a_rejection(code):
    briefs = _brief(code("Norway said it would not give aid to Ghana, the ministry announced on Monday."))
    assert ("121", "NOR", "GHA") in briefs and not any(c.startswith("07") for c, _, _ in briefs)


def test_events_maintained_embassy_is_dated_by_since(code):
    (event,) = [e for e in code("Chile has maintained an embassy in Lima since 1994.") if e.root == "05"]
    assert (event.source.country, event.target.country, event.date) == ("CHL", "PER", "1994")


def test_events_first_country_to_recognise(code):
    (event,) = [
        e for e in code("Chile was the first country to recognise Peru, on May 3, 1822.") if e.root == "05"
    ]
    assert (event.cameo, event.source.country, event.target.country, event.date) == (
        "054",
        "CHL",
        "PER",
        "1822-05-03",
    )


def test_events_relations_established_without_parties_are_the_articles_pair(code):
    text = "Chile and Peru are close partners. Diplomatic relations were established on May 3, 1990."
    assert any(e.root == "05" and e.date == "1990-05-03" for e in code(text))


def test_events_state_without_a_date_is_no_event(code):
    assert not [e for e in code("Chile has an embassy in Lima.") if e.root == "05"]
    assert [e.date for e in code("Chile has operated a consulate general in Lima since 2011.")] == ["2011"]


def test_events_participle_after_a_comma_takes_the_noun_before(code):
    text = "Chile and Peru celebrate 35 years of diplomatic ties, established on May 3, 1990."
    assert any(e.cameo == "050" and e.date == "1990-05-03" for e in code(text))


def test_events_collective_of_two_countries_is_the_pair(code):
    text = (
        "Chile and Peru are partners. In March, the aviation authorities of the two countries agreed to add "
        "flights."
    )
    assert {frozenset((e.source.country, e.target.country)) for e in code(text) if e.root == "03"} == {
        frozenset(("CHL", "PER"))
    }


def test_events_dateline_is_not_the_subject_and_two_nationalities_are_a_pair(code):
    text = (
        "LIMA, May 3 — Chilean and Peruvian companies signed nine agreements at a forum in Lima on Tuesday."
    )
    assert any(
        e.cameo == "057" and {e.source.country, e.target.country} == {"CHL", "PER"} for e in code(text)
    )


def test_events_agreements_signed_with_nobody_named_need_a_date(code):
    dated = "Chile and Peru are partners. The agreements signed on Tuesday cover fishing."
    undated = "Chile and Peru are partners. Among the agreements signed is one on fishing."
    assert any(e.cameo == "057" for e in code(dated))
    assert not any(e.cameo == "057" for e in code(undated))


def test_events_recalled_envoy_names_the_host_by_to_or_in(code):
    events = code(
        "Chile recalled its ambassador to Peru for consultations on Monday. "
        "Peru withdrew its envoy in Santiago with immediate effect."
    )
    assert {("161", "CHL", "PER"), ("161", "PER", "CHL")} <= _brief(events)


def test_events_recalling_a_memory_is_no_withdrawal(code):
    events = code("The Chilean minister recalled the visit of the Peruvian president to Santiago.")
    assert not [e for e in events if e.root == "16"]


def test_events_step_promised_on_a_condition_is_a_threat(code):
    events = code(
        "Chilean Foreign Minister Jorge Ruiz said on Monday that if Peru did not reconsider, "
        "Chile would review its fishing permits."
    )
    assert ("130", "CHL", "PER") in _brief(events)


def test_events_cooperation_promised_on_a_condition_is_no_threat(code):
    events = code(
        '"If the talks succeed, we will sign a new trade agreement with Peru," '
        "Chilean Foreign Minister Jorge Ruiz said on Monday."
    )
    assert not [e for e in events if e.root == "13"]


def test_events_ordering_a_foreign_diplomat_out_is_an_expulsion(code):
    events = code("Chile ordered a senior Peruvian diplomat to leave the country within five days.")
    assert ("166", "CHL", "PER") in _brief(events)


def test_relation_object_names_its_parties(code):
    # The relation is the object: its parties are the coordinated subjects, or the subject and "with".
    for text in (
        "Peru and Chile deepened their ties on Monday.",
        "Peru upgraded relations with Chile on Monday.",
    ):
        assert {(e.root, e.source.country, e.target.country if e.target else None) for e in code(text)} == {
            ("05", "PER", "CHL")
        }
    assert not code("Peru improved its roads on Monday.")
