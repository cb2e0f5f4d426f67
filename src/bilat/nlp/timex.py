"""PLACEHOLDER (owner: time helper) — TIMEX3 tagging and normalisation."""

from __future__ import annotations

from bilat.models import Sentence, Timex
from bilat.resources import Resources


def tag_timexes(
    text: str, dct: str | None, resources: Resources, sentences: list[Sentence] | None = None
) -> list[Timex]:
    return []
