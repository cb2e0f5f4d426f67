"""PLACEHOLDER (owner: nlp/actors helper) — actors recognised in a parsed doc."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bilat.models import Actor, ActorRef, Mention
from bilat.resources import Resources


@dataclass
class ActorIndex:
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    def resolve(self, item: Token | Span) -> ActorRef | None:
        return None


def recognize_actors(doc: Doc, resources: Resources) -> ActorIndex:
    return ActorIndex()
