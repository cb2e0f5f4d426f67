"""PLACEHOLDER (owner: events helper) — the CAMEO/PLOVER event coder."""

from __future__ import annotations

from bilat.models import Event
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources


def code_events(parsed: Parsed, resources: Resources) -> list[Event]:
    return []
