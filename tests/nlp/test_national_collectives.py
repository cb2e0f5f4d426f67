"""A collective noun ("leaders", "parties") with one state's nationality is that state's; without one, or
with two, it stays collective and names no actor. Every sentence is our own writing."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _subject(nlp, resources, text):
    doc = nlp(text)
    index = recognize_actors(doc, resources)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    return index.resolve(subject)


def test_national_leaders_are_their_state(nlp, resources):
    ref = _subject(nlp, resources, "Chilean leaders rejected the proposal from Bolivia.")
    assert ref is not None and ref.country == "CHL"


def test_bare_or_two_nationalities_leaders_stay_collective(nlp, resources):
    assert _subject(nlp, resources, "The two leaders rejected the proposal on Friday.") is None
    assert _subject(nlp, resources, "Chilean and Peruvian leaders rejected the proposal.") is None


def test_group_word_before_leaders_needs_the_groups_table(nlp, resources):
    # "opposition leaders" is a phrase of the groups table (OPP); "tribal leaders" is none, and no state's.
    ref = _subject(nlp, resources, "Chilean opposition leaders rejected the proposal.")
    assert ref is not None and (ref.country, ref.sector) == ("CHL", "OPP")
    assert _subject(nlp, resources, "Chilean tribal leaders rejected the proposal.") is None
