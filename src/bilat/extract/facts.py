"""PLACEHOLDER (owner: facts helper) — quantitative facts."""

from __future__ import annotations

from bilat.models import Fact
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources


def extract_facts(parsed: Parsed, resources: Resources) -> list[Fact]:
    return []
