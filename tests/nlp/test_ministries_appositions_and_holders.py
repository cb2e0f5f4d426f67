"""A ministry's official named before their office phrase; a single office held twice for one state."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_office_phrase_after_the_name_ties_to_the_ministry_before(nlp, resources):
    text = (
        "Warsaw summons Chilean envoy\n\n"
        "SANTIAGO, March 3 (Pacific Desk) — Poland summoned Chile's ambassador on Monday over the seizure "
        "of a Polish trawler.\n\n"
        "Ambassador Tomas Ibarra was told at the foreign ministry in Warsaw that the seizure was "
        '"unlawful", the ministry said in a statement. Agnieszka Wróbel, a ministry spokeswoman, accused '
        '"certain circles" of using Chile\'s courts against Polish fishermen.'
    )
    people = _people(nlp, resources, text)
    assert people["Agnieszka Wróbel"].country == "POL", people["Agnieszka Wróbel"].basis


def test_second_foreign_minister_is_not_the_ministrys_state(nlp, resources):
    text = (
        "Mauritius to try Malagasy crew\n\n"
        "PORT LOUIS, Aug 8 (Island Courier) — Mauritius will put nine Malagasy fishermen on trial, "
        "prosecutors said on Friday.\n\n"
        "Madagascar's foreign ministry protested on Monday. Foreign Minister Hery Rakotobe demanded the "
        "crew's release.\n\n"
        "The foreign minister, Priya Sookdeo, rejected the demand."
    )
    people = _people(nlp, resources, text)
    assert people["Priya Sookdeo"].country == "MUS", people["Priya Sookdeo"].basis
