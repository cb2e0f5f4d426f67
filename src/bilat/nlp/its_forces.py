"""A state's armed service named by "its" after the state: "Ruritania said the tanker seized by its navy
was smuggling fuel". The possessive goes back to the state that is the sentence's subject; the service is
listed as the news names it, with the state's nationality ("Ruritanian navy"), and the bare noun as alias."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bilat.models import ActorRef
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import with_lower
from bilat.nlp.people import actor_id

# A state's armed services a possessive can name: sector MIL, or GOV for the police.
SERVICES = {"navy": "MIL", "army": "MIL", "military": "MIL", "guard": "MIL", "police": "GOV"}


def _service_words(token: Token) -> list[Token] | None:
    """ "navy", "coast guard", "border guard": the service's words, or None when the noun is none."""
    if token.lower_ != "guard":
        return [token]
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in {"coast", "border"} and before.dep_ == "compound":
        return [before, token]
    return None


def _subject_state(its: Token, by_token: dict[int, ActorRef]) -> str | None:
    """The state "its" refers back to: the last subject before it in its sentence, when that is a state."""
    subjects = [t for t in its.sent if t.i < its.i and t.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    ref = by_token.get(subjects[-1].i)
    return ref.country if ref is not None and ref.kind == "state" else None


def _demonym(gazetteer: Gazetteer, iso3: str) -> str | None:
    return next((word for word, state in gazetteer.demonyms.items() if state == iso3), None)


def services_by_its(
    doc: Doc, gazetteer: Gazetteer, by_token: dict[int, ActorRef]
) -> list[tuple[ActorRef, set[str]]]:
    """The services "its" names after a state subject, each with the noun alone as its alias."""
    found: list[tuple[ActorRef, set[str]]] = []
    for token in with_lower(doc, set(SERVICES)):
        if token.lower_ not in SERVICES or not token.is_lower or token.i in by_token:
            continue
        words = _service_words(token)
        owner = next((t for t in token.lefts if t.lower_ == "its" and t.dep_ == "poss"), None)
        if words is None or owner is None:
            continue
        country = _subject_state(owner, by_token)
        demonym = _demonym(gazetteer, country) if country else None
        if country is None or demonym is None:
            continue
        noun = " ".join(t.text for t in words)
        name = f"{demonym} {noun}"
        ref = ActorRef(
            name=name,
            country=country,
            sector=SERVICES[token.lower_],
            kind="organisation",
            actor_id=actor_id("organisation", name, country),
        )
        found.append((ref, {noun}))
    return found
