"""Reported speech, participles and passives: who acts on whom, and when, in sentences written for the
tests."""

from __future__ import annotations

import shutil

import pytest

from bilat.extract.speech import load_judgements
from bilat.resources import DEFAULT_ROOT, ResourceError, load_resources


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_speech_accusing_after_the_main_verb_is_the_subjects_accusation(code):
    events = code("Norway expelled two Russian diplomats on Tuesday, accusing them of spying.")
    brief = _brief(events)
    assert ("166", "NOR", "RUS", "2023-05-09") in brief
    assert ("112", "NOR", "RUS", "2023-05-09") in brief


def test_speech_quoted_judgement_is_the_speakers_disapproval(code):
    events = code('"Chile has been cheating Peru for decades," the Peruvian president said on Monday.')
    assert ("111", "PER", "CHL", "2023-05-08") in _brief(events)
    assert not any(e.source.country == "CHL" for e in events)


def test_speech_naming_a_rogue_state(code):
    events = code("The Kenyan foreign minister called Eritrea a rogue state on Sunday.")
    assert ("111", "KEN", "ERI", "2023-05-07") in _brief(events)


def test_speech_own_act_said_is_dated_by_the_saying(code):
    events = code("The Japanese foreign ministry said on Monday that it rejected the Chinese proposal.")
    assert ("120", "JPN", "CHN", "2023-05-08") in _brief(events)


def test_speech_someone_elses_act_is_not_dated_by_the_saying(code):
    events = code("Austria's chancellor said on Monday that Serbia had been threatening Kosovo for years.")
    assert not any(e.root == "13" and e.date == "2023-05-08" for e in events)


def test_speech_passive_names_the_actor_after_by(code):
    events = code("The Turkish ambassador was expelled by Germany on Monday.")
    assert ("166", "DEU", "TUR", "2023-05-08") in _brief(events)


def test_speech_judgement_with_a_code_outside_11x_names_file_and_line(tmp_path):
    root = tmp_path / "resources"
    shutil.copytree(DEFAULT_ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (root / "events/judgements.txt").open("a", encoding="utf-8") as handle:
        handle.write("scoundrel | noun | 043\n")
    with pytest.raises(ResourceError, match=r"events/judgements.txt:\d+: '043' is not"):
        load_judgements(load_resources(root))


def test_speech_conditional_is_a_threat_and_its_condition_no_event(code):
    events = code(
        "Chile would expel the Bolivian ambassador if Bolivia closed the border, the Chilean president said "
        "on Monday. If Peru recognises the rebels, Ecuador will impose sanctions on Peru."
    )
    brief = {(e.root, e.source.country, e.target.country if e.target else None) for e in events}
    assert ("13", "CHL", "BOL") in brief and ("13", "ECU", "PER") in brief
    assert not any(e.root == "16" for e in events)
    assert not any(e.source.country in {"BOL", "PER"} for e in events)


def test_speech_must_in_the_speakers_words_is_a_demand(code):
    events = code("Ecuador's foreign minister said on Monday that Peru must withdraw its troops.")
    assert ("100", "ECU", "PER", "2023-05-08") in _brief(events)


def test_judging_the_other_side_s_accusations_rejects_them(code):
    events = code(
        'Bolivian Foreign Minister Ana Quispe on Thursday called the Chilean accusations "baseless".'
    )
    brief = {(e.root, e.source.country, e.target.country if e.target else None) for e in events}
    assert ("12", "BOL", "CHL") in brief
    assert ("11", "BOL", "CHL") not in brief
