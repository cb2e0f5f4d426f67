"""PLACEHOLDER (owner: facts helper) — claims about attributes (for conflicts)."""

from __future__ import annotations

from bilat.models import Claim, Event, Fact
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources


def extract_claims(parsed: Parsed, events: list[Event], facts: list[Fact], resources: Resources) -> list[Claim]:
    return []
