"""A figure whose subject is owned by "its" is about the state the sentence before is about (sentences of
our own)."""

from __future__ import annotations

from bilat.extract.facts import figures
from bilat.models import Document

OPENING = (
    "Burkina Faso closed its border with Ghana on Monday, Ghana's foreign ministry said. Burkina Faso "
    "accused Ghana of sheltering rebels.\n\n"
)


def _parties(pipeline, text: str) -> dict[float, list[str]]:
    document = Document(id="o", source_uri="mem", text=text, published="2024-05-02")
    return {f.value: f.parties for f in figures(pipeline.parse(document), pipeline.resources)}


def test_its_trade_is_the_trade_of_the_state_the_sentence_before_is_about(pipeline):
    text = OPENING + (
        "Ghana has lost other markets as well. Its trade with Togo fell to about 1.2 billion USD in 2023, "
        "officials in Accra said.\n"
    )
    assert _parties(pipeline, text)[1.2e9] == ["GHA", "TGO"]


def test_its_in_a_new_paragraph_names_no_one_before_it(pipeline):
    text = OPENING + (
        "Ghana has lost other markets as well.\n\nIts trade with Togo fell to about 1.2 billion USD in "
        "2023, officials in Accra said.\n"
    )
    assert "GHA" not in _parties(pipeline, text)[1.2e9]
