from __future__ import annotations

import pytest

from bilat.models import Document


@pytest.fixture
def code(pipeline):
    """Events of a text written for the test, as (cameo, source country, target country, date, modality)."""

    def run(text: str, published: str | None = "2023-05-10"):
        document = Document(id="t", source_uri="mem", text=text, published=published)
        return pipeline.analyze(document).events

    return run
