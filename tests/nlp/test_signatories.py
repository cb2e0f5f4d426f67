"""The two people a text says signed an accord sign for the story's two states (``bilat.nlp.signatories``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2024-03-07"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_the_unmarked_signatory_signs_for_the_other_state_of_the_pair(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Norway and Denmark agreed on Monday to build a power cable under the Skagerrak.\n\n"
        "The agreement was signed in Oslo on Monday by Trade Minister Erik Lunde and the Danish Minister "
        "of Industry, Mette Holm, who was on a visit to Norway.",
    )
    assert people["Mette Holm"][0] == "DNK"
    assert people["Erik Lunde"] == ("NOR", "counterpart")


def test_a_third_state_named_in_the_sentence_leaves_the_signatory_unplaced(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Norway and Denmark agreed on Monday to build a power cable under the Skagerrak.\n\n"
        "The agreement was signed in Stockholm on Monday by Trade Minister Erik Lunde and the Danish "
        "Minister of Industry, Mette Holm.",
    )
    assert people["Erik Lunde"][1] != "counterpart"
