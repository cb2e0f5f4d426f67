"""A state whose conduct a speaker calls a danger is not the speaker's: the dateline of that state gives
them none, and a denial that it is one keeps the dateline."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: (p.country, p.basis) for p in index.people}


LEAD = "HANOI, June 3 (Delta Wire) — Vietnam protested to Laos on Monday over a dam on the Mekong.\n\n"


def test_speech_conduct_called_a_threat_is_not_the_speakers(nlp, resources):
    text = LEAD + "Energy Minister Phonsavan Keo said Vietnam's dredging was a threat to Laos's fisheries."
    assert _people(nlp, resources, text)["Phonsavan Keo"][0] != "VNM"


def test_speech_conduct_said_to_endanger_is_not_the_speakers(nlp, resources):
    text = LEAD + "Energy Minister Phonsavan Keo said Vietnam's dredging endangered the river's fisheries."
    assert _people(nlp, resources, text)["Phonsavan Keo"][0] != "VNM"


def test_speech_conduct_called_no_threat_keeps_the_dateline(nlp, resources):
    text = LEAD + "Energy Minister Phonsavan Keo said Vietnam's dredging was no threat to anyone."
    assert _people(nlp, resources, text)["Phonsavan Keo"] == ("VNM", "dateline")
