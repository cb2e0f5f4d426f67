"""A subject "he" or "she" goes on with the person the sentence before was about, not the last one named."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _subject_of_second_sentence(nlp, resources, text):
    doc = nlp(text)
    index = recognize_actors(doc, resources, "2024-03-07")
    pronoun = next(t for t in doc if t.lower_ in {"he", "she"} and t.dep_ == "nsubj")
    return index.resolve(pronoun)


def test_she_continues_the_subject_of_the_sentence_before(nlp, resources):
    text = (
        "Permanent Secretary Adaeze Obi told Ambassador Luis Ferreira that the men had been beaten. "
        "She handed him a note of protest."
    )
    ref = _subject_of_second_sentence(nlp, resources, text)
    assert ref is not None and ref.name == "Adaeze Obi"


def test_with_no_person_subject_before_the_last_person_named_stands(nlp, resources):
    text = "The note was handed to Ambassador Luis Ferreira on Monday. He said he would pass it on."
    ref = _subject_of_second_sentence(nlp, resources, text)
    assert ref is not None and ref.name == "Luis Ferreira"
