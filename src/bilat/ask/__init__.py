"""Questions: parse the question, answer from the records, else retrieve sentences and take a typed
answer from them, and cite the evidence. Called by the CLI, ``bilat.api`` and the web app."""

from __future__ import annotations

from bilat.ask.asker import UNKNOWN, Asker
from bilat.ask.question import date_words, load_forms, load_synonyms, money_words
from bilat.resources import Resources
from bilat.store import Store


def open_asker(store: Store, resources: Resources) -> Asker:
    """An asker over an open store, with the pinned spaCy pipeline loaded (seconds; reuse it)."""
    from bilat.nlp.pipeline import build_nlp

    return Asker(store, resources, build_nlp(resources))


__all__ = ["UNKNOWN", "Asker", "date_words", "load_forms", "load_synonyms", "money_words", "open_asker"]
