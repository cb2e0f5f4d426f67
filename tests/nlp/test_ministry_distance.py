"""The ministry an official acts for is the one the story has just named, not one named paragraphs ago."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_a_ministry_two_paragraphs_back_does_not_claim_the_homes_minister(nlp, resources):
    people = _people(
        nlp,
        resources,
        "TBILISI, March 4 (Kura Wire) — Georgia detained six Armenian lorry drivers on Monday.\n\n"
        "Georgia's envoy was summoned by the foreign ministry in Yerevan on Tuesday.\n\n"
        "Tbilisi had expelled an Armenian consul on Friday after a dispute over the crossing.\n\n"
        "Foreign Minister Nino Beridze told parliament that the drivers had forged their permits.",
    )
    assert people["Nino Beridze"] == "GEO"


def test_a_ministry_in_the_paragraph_before_still_speaks(nlp, resources):
    people = _people(
        nlp,
        resources,
        "TBILISI, March 4 (Kura Wire) — Georgia detained six Armenian lorry drivers on Monday.\n\n"
        "The Armenian foreign ministry protested on Tuesday.\n\n"
        "Foreign Minister Ani Hakobyan said the drivers had valid permits.",
    )
    assert people["Ani Hakobyan"] == "ARM"
