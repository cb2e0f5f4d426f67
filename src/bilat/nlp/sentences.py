"""PLACEHOLDER (owner: nlp/actors helper) — sentences of a parsed doc as records."""

from __future__ import annotations

from spacy.tokens import Doc

from bilat.models import Sentence


def sentences_of(doc: Doc) -> list[Sentence]:
    return [
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text) for i, s in enumerate(doc.sents)
    ]
