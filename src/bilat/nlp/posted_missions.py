"""A state's mission abroad is named with the city it is posted in ("its embassy in Quito", "the
consulate in Tumbes"): that place is where it sits, never whose it is."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.models import ActorRef

# The nouns of a state's posts abroad.
MISSIONS = {"embassy", "embassies", "consulate", "consulates", "consulate-general", "legation", "mission"}


def posted_place(word: Token, head: Token) -> bool:
    """Whether ``word`` is the place a mission (``head``) that acts is posted in: "its embassy in Quito
    delivered a note", "the mission at Geneva said". A mission acted on is another matter: "opened an
    embassy in Quito", "a defence attache at its embassy in Quito" concern the state it is in."""
    return (
        head.dep_ in {"nsubj", "nsubjpass"}
        and head.lower_ in MISSIONS
        and word.dep_ == "pobj"
        and word.head.lower_ in {"in", "at"}
        and word.head.head.i == head.i
    )


def owning_state(mission: Token, by_token: dict[int, ActorRef]) -> str | None:
    """ "Peru asked the WTO for talks, and its embassy in Quito delivered a note": "its" on a mission that
    acts stands for the state that is the last subject before it in its sentence."""
    if (
        mission.lower_ not in MISSIONS
        or mission.dep_ not in {"nsubj", "nsubjpass"}
        or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in mission.children)
    ):
        return None
    subjects = [t for t in mission.sent if t.i < mission.i and t.dep_ in {"nsubj", "nsubjpass"}]
    ref = by_token.get(subjects[-1].i) if subjects else None
    return ref.country if ref is not None and ref.kind == "state" else None
