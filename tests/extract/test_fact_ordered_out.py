"""People a state orders to leave are expelled; troops ordered out stay troops (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _facts(pipeline, text: str) -> list[tuple[str, float]]:
    document = Document(id="oo", source_uri="mem", text=text, published="2024-09-12")
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUITO — Ecuador ordered two Bolivian diplomats to leave the country within 48 hours on Tuesday.",
            [("deported", 2.0)],
        ),
        ("TALLINN — Estonia told 14 Belarusian diplomats to leave within a week.", [("deported", 14.0)]),
        ("Niamey ordered the 1,500 Belgian soldiers to leave by the end of the year.", [("troops", 1500.0)]),
        ("Peru urged Chile to tell its nine diplomats to leave.", []),
    ],
)
def test_fact_ordered_out_is_an_expulsion(pipeline, text: str, expected: list) -> None:
    assert _facts(pipeline, text) == expected
