"""A lower-case ministry the model tagged as a name, read as an untagged one (``bilat.nlp.actors``), and
associations, federations and confederations named after a nationality (``bilat.nlp.bodies``). Invented
sentences."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text, published="2025-05-06"):
    index = recognize_actors(nlp(text), resources, published)
    return {(a.name, a.country) for a in index.actors if a.kind == "organisation"}


def test_a_datelined_lower_case_ministry_is_the_home_states(nlp, resources):
    text = (
        "LJUBLJANA, 6 May 2025 (Alpine Desk) — A Slovenian court fined the skipper of an Austrian barge on "
        "Tuesday.\n\nThe barge Donau Star, from Linz, was stopped by a river patrol late on Sunday near "
        "the town of Ptuj and towed to Maribor with its four crew, the interior ministry said."
    )
    assert ("interior ministry", "SVN") in _organisations(nlp, resources, text)


def test_a_lower_case_ministry_named_before_with_another_state_gets_none(nlp, resources):
    text = (
        "LJUBLJANA, 6 May 2025 (Alpine Desk) — The Austrian interior ministry protested on Monday against "
        "the seizure of a barge near Ptuj.\n\nThe barge was towed to Maribor with its four crew, the "
        "interior ministry said."
    )
    bodies = _organisations(nlp, resources, text)
    assert ("interior ministry", "SVN") not in bodies


def test_a_ministry_without_a_dateline_gets_no_state_from_this_rule(nlp, resources):
    text = (
        "Slovenia and Austria traded protests over a seized barge.\n\nThe barge was towed to Maribor with "
        "its four crew, the interior ministry said."
    )
    bodies = _organisations(nlp, resources, text)
    assert ("interior ministry", "SVN") not in bodies and ("interior ministry", "AUT") not in bodies


def test_a_ministry_that_reports_the_other_states_act_is_not_the_datelines(nlp, resources):
    text = (
        "OSLO, 4 May 2025 (Fjord Wire) — Denmark on Sunday summoned the Norwegian ambassador for the second "
        "time in a week, the foreign ministry said."
    )
    assert ("foreign ministry", "NOR") not in _organisations(nlp, resources, text)


def test_a_ministry_that_summons_in_the_passive_is_not_the_datelines(nlp, resources):
    text = (
        "OSLO, 4 May 2025 (Fjord Wire) — Denmark on Monday cancelled a visit by Norway's trade minister.\n\n"
        "Ambassador Per Lunde was summoned by the foreign ministry on Monday evening."
    )
    assert ("foreign ministry", "NOR") not in _organisations(nlp, resources, text)


def test_a_confederation_named_after_a_nationality_is_its_states(nlp, resources):
    text = "The orders are worth about 40 million euros, according to the Danish Confederation of Employers."
    assert ("Danish Confederation of Employers", "DNK") in _organisations(nlp, resources, text)


def test_an_association_named_after_a_nationality_is_its_states(nlp, resources):
    text = "The talks ended on Friday without a deal, according to the Estonian Association of Shipowners."
    assert ("Estonian Association of Shipowners", "EST") in _organisations(nlp, resources, text)


def test_letters_after_a_nationality_name_that_states_service(nlp, resources):
    text = "The lorry driver was detained last week by officers of the Moldovan SIS at the border crossing."
    bodies = _organisations(nlp, resources, text)
    assert ("Moldovan SIS", "MDA") in bodies


def test_letters_that_qualify_another_noun_are_no_service(nlp, resources):
    text = "The Moldovan UN envoy said on Monday that the talks would resume in Geneva."
    bodies = _organisations(nlp, resources, text)
    assert not any(name.endswith("UN") for name, _ in bodies)
