"""The actor and event rules visit only the words that can start what they look for (from the word index
or one array of attributes): the records are those of a walk over every token."""

from __future__ import annotations

from bilat.extract.events import TRIGGER_POS, _trigger_words
from bilat.models import Document
from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.parsed import Parsed
from bilat.pipeline import Pipeline

# Invented text with the words the scans look for: a body's acronym in brackets, a title before a bare
# name, an honorific, a lower-case national office, a bare ministry, a force's capitalised name, a firm
# described by a noun and a state's craft.
TEXT = (
    "TARVIK, March 3 — The Norvian Maritime Authority (NMA) said on Monday that the NMA had seized a "
    "trawler. President Kalvo Remsky met Foreign Minister Ilse Varga of Estonia, and His Excellency "
    "Dario Pell thanked them.\n"
    "According to the national migration office, the interior ministry will review the cases. Officers of "
    "the Frontier Guard stopped two lorries near the border. The Polish energy firm Baltrex signed a deal "
    "with a Latvian coast guard patrol boat crew."
)


def _document(text: str) -> Document:
    return Document(
        id="scan-test",
        source_uri="test://scans",
        outlet="test",
        title="Scans",
        text=text,
        published="2024-03-03",
    )


def test_the_trigger_words_are_every_verb_auxiliary_and_noun_in_order(nlp):
    doc = nlp(TEXT)
    parsed = Parsed(document=_document(TEXT), doc=doc, sentences=[], timexes=[], actors=ActorIndex())
    wanted = [t.i for t in doc if t.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}]
    assert len(TRIGGER_POS) == 4
    assert [t.i for t in _trigger_words(parsed)] == wanted
    assert wanted  # the text has verbs and nouns: the comparison says something


def test_the_indexed_scans_find_what_a_walk_over_every_token_finds(resources, pipeline):
    document = _document(TEXT)
    indexed = pipeline.analyze(document)
    walked = Pipeline(resources, cache_readings=False).analyze(document)
    assert indexed.model_dump(mode="json") == walked.model_dump(mode="json")
    assert indexed.actors  # the text names actors: the comparison says something
