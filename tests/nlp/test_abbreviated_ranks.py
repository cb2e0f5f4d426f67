"""Ranks abbreviated before a name ("Maj. Gen.", "Brig. Gen.") and a plural title ("Foreign Ministers") are
no part of the person's name, and a rank the model tagged alone is no person."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_abbreviated_ranks_are_left_out_of_the_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "AMMAN, June 2 — The patrol came under fire near the crossing, army spokesman Maj. Gen. Omar "
        "al-Haddadin said.",
    )
    assert "Omar al-Haddadin" in people
    assert not any(name.startswith(("Gen", "Maj")) for name in people)


def test_a_rank_tagged_alone_is_no_person(nlp, resources):
    people = _people(
        nlp,
        resources,
        "AMMAN, June 2 — The patrol came under fire near the crossing, Brig. Gen. Omar al-Haddadin said.",
    )
    assert "Brig" not in people


def test_a_plural_title_is_no_part_of_the_first_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Foreign Ministers Vusal Hasanov and Ali Bagheri spoke by telephone on Monday.",
    )
    assert "Vusal Hasanov" in people
    assert not any(name.startswith("Ministers") for name in people)
