"""PLACEHOLDER (owner: facts helper) — quantities (money, counts, percentages)."""

from __future__ import annotations

from bilat.models import Quantity
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources


def find_quantities(parsed: Parsed, resources: Resources) -> list[Quantity]:
    return []
