"""Non-governmental organisations of the converted Phoenix tables ("Oxfam", coded NGO…) are actors of no
state; the bare word "NGO" names the kind, not one of them. Every sentence is our own writing."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.phoenix import organisation


def test_a_listed_ngo_is_an_organisation_of_no_state(resources):
    found = organisation("Oxfam", resources)
    assert found is not None
    assert (found.country, found.sector) == (None, "NGO")
    assert organisation("NGO", resources) is None


def test_an_ngo_accuses_a_state(pipeline):
    document = Document(
        id="t", source_uri="mem", text="Oxfam on Monday accused Peru of blocking aid.", published="2023-05-10"
    )
    events = pipeline.analyze(document).events
    assert any(
        e.source.sector == "NGO" and e.source.country is None and e.target.country == "PER"
        for e in events
        if e.target
    )
