"""The state a word or a place stands for in the index: a state's name or nationality, a state's agent,
a capital, a city or a region of the place table, and the dateline's state for a body named without one.
"""

from __future__ import annotations

import re
from functools import partial

from spacy.tokens import Span, Token

from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.body_acts import acts_on_state, body_acts, cited_by_state, place_of_act


def state_at(index: ActorIndex, t: Token) -> str | None:
    """The state a token names, when the index holds it as a state."""
    ref = index.by_token.get(t.i)
    return ref.country if ref is not None and ref.kind == "state" else None


def dateline_body_state(ent: Span, index: ActorIndex, home: str) -> str | None:
    """The dateline's state for a body named without its state, unless what the body does says it is the
    other side's (``bilat.nlp.body_acts``): where it acts, whose act cites it; a body acting on the home
    state's own people, with nothing else to say whose it is, gets no state rather than a wrong one."""
    nationality = partial(_named_state, index)
    acts = body_acts(ent)
    place = place_of_act(acts, partial(located_state, index))
    if place is not None:
        return place
    cited = cited_by_state(ent, partial(agent_state, index))
    if cited is not None:
        return cited
    return None if acts_on_state(acts, home, nationality) else home


def home_firm_state(index: ActorIndex, name: Span) -> str | None:
    """The state of a firm a common noun describes with no nationality ("according to the operator
    Transgazco"): in a story datelined in a capital or a government's own release, the home state's, unless
    what it does says otherwise (``dateline_body_state``); a dateline in another city says nothing."""
    context = index.context
    if context is None or context.basis not in {"dateline", "publisher"}:
        return None
    return dateline_body_state(name, index, context.country)


def agent_state(index: ActorIndex, token: Token) -> str | None:
    """The state of a subject that is a state or a state's body ("Ugandan police"), not people of it."""
    ref = index.resolve(token)
    if ref is None or ref.kind not in {"state", "organisation"}:
        return None
    # "9,000 Bolivians were deported": a plural demonym names a state's people, not the state.
    return None if ref.kind == "state" and token.tag_ in {"NNS", "NNPS"} else ref.country


def _named_state(index: ActorIndex, token: Token) -> str | None:
    """The state a word's nationality names ("a Norwegian citizen", "Ugandan police")."""
    return index.nationality_of(token) or state_at(index, token)


def city_state_of(index: ActorIndex, name: str) -> str | None:
    """The state a city is in: a capital by the gazetteer, another city by the place table."""
    gazetteer = index.gazetteer
    capital = gazetteer.capitals.get(name) if gazetteer is not None else None
    return capital or (index.place_state(name) if index.place_state is not None else None)


def state_of_region(index: ActorIndex, name: str) -> str | None:
    """The state a region or city is in by the place table; a state's own name is no region of it."""
    if index.gazetteer is not None and index.gazetteer.country_of(name):
        return None
    return index.place_state(name) if index.place_state is not None else None


def located_state(index: ActorIndex, place: Span) -> str | None:
    """The state a place is in: a state or its capital by the gazetteer, another city by the place table."""
    name = re.sub(r"^the\s+", "", place.text, flags=re.I)
    in_gazetteer = index.gazetteer.country_of(name) if index.gazetteer is not None else None
    return in_gazetteer or (index.place_state(name) if index.place_state is not None else None)
