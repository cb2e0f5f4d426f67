"""Where "the two countries" met: the host of a meeting in one side's capital is the side it starts from
("the two presidents met in Lusaka": Zambia hosted Angola), as CAMEO codes a host's act (043). Only
meetings (04): where an agreement was signed says nothing of who offered it."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.nlp.countries import Gazetteer


def venue_host(verb: Token, gazetteer: Gazetteer | None, dyad: tuple[str, str]) -> str | None:
    """The state of the pair whose capital the act took place in ("met in Lusaka", "was held in Rabat"),
    or None when the verb names no such place."""
    if gazetteer is None:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            words = [t.text for t in place.lefts if t.dep_ == "compound"] + [place.text]
            host = gazetteer.capitals.get(" ".join(words))
            if host in dyad:
                return host
    return None
