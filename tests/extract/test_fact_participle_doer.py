"""A participle with no subject of its own is done by the subject of the clause it hangs on: its figure
is between that subject's state and the one the participle names (sentences written for the tests)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str):
    document = Document(id="pd", source_uri="mem", text=text, published="2023-05-02")
    return [(f.kind, f.value, sorted(f.parties)) for f in pipeline.analyze(document).facts]


def test_the_participles_doer_is_the_subject_of_the_verb_it_describes(pipeline):
    text = "Qatar has become Pakistan's main supplier, selling Pakistan 3 million tonnes of gas in 2022."
    assert _facts(pipeline, text) == [("exports", 3e6, ["PAK", "QAT"])]
