"""The people, units and craft of an organisation of no country: "UN peacekeepers", "European Union foreign
ministers", "Red Cross officials", "NATO warplanes".

A nationality names whose a group is ("Syrian rebels"); an organisation of states (or a non-governmental
one) in the same place names whom they act for, and it has no country to give. PETRARCH codes such a phrase
as the organisation itself with the agent's role (IGOUNO + MIL): here it resolves to the organisation's own
actor, so its acts are the organisation's. Only nouns that name people or units acting for a body count:
"a UN report" or "a NATO summit" is no actor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from bilat.models import ActorRef

# Lemmas of nouns that name the people or craft an organisation acts through; groups of a state's
# forces ("troops", "peacekeepers") are told by the groups table instead.
AGENT_LEMMAS = frozenset(
    {
        "official",
        "minister",
        "inspector",
        "monitor",
        "observer",
        "diplomat",
        "negotiator",
        "mediator",
        "envoy",
        "delegate",
        "delegation",
        "representative",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "helicopter",
        "warplane",
        "aircraft",
        "jet",
    }
)
MODIFIER_DEPS = {"compound", "nmod", "poss"}


def organisation_agent(
    token: Token, by_token: dict[int, ActorRef], state_group: Callable[[Token], bool]
) -> ActorRef | None:
    """The organisation of no country a common noun of agents is modified by ("UN peacekeepers"), or
    None. ``state_group`` tells a noun of a state's forces by the groups table ("troops")."""
    if token.pos_ != "NOUN":
        return None
    if token.lemma_.lower() not in AGENT_LEMMAS and not state_group(token):
        return None
    bodies = {
        ref.actor_id: ref
        for child in token.lefts
        if child.dep_ in MODIFIER_DEPS
        and (ref := by_token.get(child.i)) is not None
        and ref.kind == "organisation"
        and ref.country is None
    }
    # "UN and EU monitors": two bodies, no one actor.
    if len(bodies) != 1 or any(c.dep_ == "conj" for t in token.lefts for c in t.children):
        return None
    return next(iter(bodies.values()))
