"""One actor per person, office or state however it is spelled; namesakes stay apart.

Two people are the same when their countries agree (or one is unknown), their surnames are equal, and
their first names agree: equal, one missing or an initial ("R. Mammadov"), or a transliteration variant
("Isaac"/"Ishak": same first letter, at most two edits apart). Anything else is kept apart: a wrong
merge is worse than a missed one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bilat.models import Actor


@dataclass
class ActorResolution:
    canonical: dict[str, str] = field(default_factory=dict)  # actor id → canonical actor id
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical id → every name seen


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def name_parts(name: str) -> list[str]:
    """The words of a name, an initial's full stop kept; a part that is only punctuation ("Mr.. Ruiz",
    ". Ruiz") is no word and is dropped."""
    return [part for part in name.replace(".", ". ").split() if part.strip(".")]


def person_key(name: str) -> str:
    """Two spellings of one person share this key (the surname): only actors with one key are compared."""
    parts = name_parts(name)
    return parts[-1].lower() if parts else name.strip().lower()


def actor_key(actor: Actor) -> str:
    """The partition an actor is resolved in: a person by surname, a state by country, any other by its
    kind, country and name. Actors with different keys are never the same, so resolving each key's
    actors alone gives the result of resolving the whole store."""
    if actor.kind == "person":
        return f"person:{person_key(actor.name)}"
    if actor.kind == "state":
        return f"state:{actor.country or ''}"
    return f"{actor.kind}:{actor.country or ''}:{actor.name.lower()}"


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    if len(a) == 1 or len(b) == 1:
        return True
    first_a, first_b = a[0].rstrip(".").lower(), b[0].rstrip(".").lower()
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a[0] == first_b[0] and edit_distance(first_a, first_b) <= 2


def same_person(a: Actor, b: Actor) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    names_a, names_b = name_parts(a.name), name_parts(b.name)
    if not names_a or not names_b:
        return a.name.strip().lower() == b.name.strip().lower()
    return names_a[-1].lower() == names_b[-1].lower() and _first_names_agree(names_a, names_b)


def _rank(actor: Actor) -> tuple:
    return (actor.country is not None, len(name_parts(actor.name)), actor.mentions, actor.name, actor.id)


def resolve_actors(actors: list[Actor]) -> ActorResolution:
    resolution = ActorResolution()
    groups: list[list[Actor]] = []
    for actor in sorted(actors, key=_rank, reverse=True):
        if actor.kind == "person":
            home = next((g for g in groups if g[0].kind == "person" and same_person(g[0], actor)), None)
        else:
            home = next(
                (
                    g
                    for g in groups
                    if g[0].kind == actor.kind
                    and g[0].country == actor.country
                    and (actor.kind == "state" or g[0].name.lower() == actor.name.lower())
                ),
                None,
            )
        if home is None:
            groups.append([actor])
        else:
            home.append(actor)
    for group in groups:
        head = group[0]
        names = sorted({n for a in group for n in [a.name, *a.aliases]} - {head.name})
        for member in group:
            resolution.canonical[member.id] = head.id
        resolution.aliases[head.id] = names
    return resolution
