"""A candidate event: a trigger read with one pattern, its two parties and its code, before the
event record is made (event_record.py)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from bilat.extract.patterns import Pattern
from bilat.models import ActorRef


@dataclass(frozen=True)
class Candidate:
    trigger: Token
    pattern: Pattern
    source: ActorRef
    target: ActorRef | None
    code: str
    place: str | None = None
    what: Token | None = None  # the object the event is about ("embassy"), which may carry its own date
    inferred: bool = False  # the parties are the article's pair, not named in the sentence
