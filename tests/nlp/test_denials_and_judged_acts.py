"""A person's side from a denial, a judgement of the act a paragraph told of a state, and a number of a
nationality's people acted upon (``bilat.nlp.speech``, ``bilat.nlp.context``, ``bilat.nlp.sides``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2024-03-07"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_a_state_an_official_clears_of_a_charge_is_theirs(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, March 7 (Fjord Wire) — Norway recalled its ambassador from Wellington on Friday over the "
        "cancelled frigate order.\n\n"
        "Trade Minister Aroha Tane denied on Saturday that Wellington had deceived its partner.",
    )
    assert people["Aroha Tane"] == ("NZL", "speech")


def test_a_denial_about_a_peoples_treatment_names_no_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, March 7 (Fjord Wire) — Norway recalled its ambassador from Wellington on Friday.\n\n"
        "Trade Minister Aroha Tane denied on Saturday that New Zealanders had been singled out.",
    )
    assert people["Aroha Tane"][1] != "speech"


def test_who_judges_the_act_a_paragraph_told_of_a_state_is_not_framed_by_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, March 7 (Volta Wire) — Ghana summoned Canada's high commissioner on Tuesday.\n\n"
        "Canada said in May that it would halve its grants to Ghana next year. Government spokesman "
        'Kojo Mensah called the decision "a slap in the face".',
    )
    assert people["Kojo Mensah"] == ("GHA", "dateline")


def test_a_state_answering_an_act_still_frames_its_spokesperson(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, March 7 (Volta Wire) — Ghana expelled two Canadian diplomats on Tuesday.\n\n"
        'Ottawa did not wait long. Spokeswoman Claire Dubois called the expulsions "a hostile act".',
    )
    assert people["Claire Dubois"][0] == "CAN"


def test_a_number_of_a_nationalitys_people_acted_upon_is_not_their_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, March 7 (Volta Wire) — Ghana summoned Togo's ambassador on Monday.\n\n"
        "Foreign Minister Ama Owusu told Ambassador Koffi Agbeko that Togolese police had rounded up and "
        "deported 300 Ghanaians since March 1.",
    )
    assert people["Ama Owusu"][0] != "TGO"


def test_a_denial_the_parser_joined_to_the_reported_clause_is_the_speakers(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, March 7 (Fjord Wire) — Norway recalled its ambassador from Wellington on Friday.\n\n"
        'Trade Minister Aroha Tane called the visitors "buyers at a wool auction, no more", '
        "and denied that Wellington had changed its position on the treaty.",
    )
    assert people["Aroha Tane"] == ("NZL", "speech")


def test_an_envoy_recalled_is_recalled_by_their_own_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, March 7 (Fjord Wire) — Norway recalled its ambassador from Wellington on Friday.\n\n"
        "Wellington answered within hours. Trade Minister Aroha Tane said the decision was regrettable. "
        "She also recalled New Zealand's ambassador in Oslo, Mere Ngata, for consultations.",
    )
    assert people["Aroha Tane"][0] == "NZL"
