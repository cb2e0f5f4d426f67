"""The state whose act an official announces: "Guatemala released the soldiers … ¶ The release was announced
by Foreign Minister X". A state's own act is made public by its own officials, so "the release" an
official announces, the noun of a verb a state was the subject of earlier in the story, is that state's,
and so is the official. Only the definite noun of the very verb counts ("the release" after "released"),
only one state may have done it, and only a state of the story's pair."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.doctext import with_lemma

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

ANNOUNCING = {"announce", "confirm"}


def announcers_of_acts(
    doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None, state_at: Callable[[Token], str | None]
) -> set[int]:
    """Affiliates each official who announces a state's earlier act with that state; returns their
    ``id``, for which the dateline is then no evidence."""
    placed: set[int] = set()
    if dyad is None:
        return placed
    for verb in with_lemma(doc, ANNOUNCING):
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive:
            acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        else:
            acts = [c for c in verb.children if c.dep_ == "dobj"]
            agents = [c for c in verb.children if c.dep_ == "nsubj"]
        for act in acts:
            if act.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in act.children):
                continue
            states = _makers(doc, act, state_at)
            if len(states) != 1 or not states <= set(dyad):
                continue
            for agent in agents:
                person = index.person_at.get(agent.i)
                if person is None or person.title is None or not person.title.state_actor:
                    continue
                person.affiliate(Affiliation(next(iter(states)), "announced"))
                placed.add(id(person))
    return placed


def _makers(doc: Doc, act: Token, state_at: Callable[[Token], str | None]) -> set[str]:
    """The states that were, before ``act``, the subject of the verb ``act`` is the noun of."""
    states: set[str] = set()
    for verb in doc[: act.i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != act.lemma_.lower():
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            state = state_at(subject)
            if state is not None:
                states.add(state)
    return states
