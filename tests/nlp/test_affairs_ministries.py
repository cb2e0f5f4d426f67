"""A ministry of "X affairs" is of its own portfolio: an unmarked "external affairs ministry" is not the
other state's "land affairs ministry" named before. Sentences written for these tests."""

from __future__ import annotations

from bilat.models import Document

STORY = """India rejects Nepal's new map

NEW DELHI — India on Monday rejected a new map published by Nepal, calling it an attempt to redraw the border.

Nepal's land affairs ministry had published the map a day earlier, giving Nepali names to 12 villages in the \
district, which Kathmandu calls Limpiyadhura.

"Maps drawn in a ministry will not change the facts on the ground," the external affairs ministry's \
spokesman, Rohan Mehta, said at a briefing in New Delhi. He said India had conveyed its objection to \
Kathmandu."""


def _countries(pipeline, text: str) -> dict[str, str | None]:
    result = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2025-03-13"))
    return {a.name: a.country for a in result.actors if a.kind == "person"}


def test_another_portfolios_affairs_ministry_gives_no_state(pipeline):
    assert _countries(pipeline, STORY)["Rohan Mehta"] == "IND"


def test_the_same_ministry_named_again_keeps_its_state(pipeline):
    text = (
        "Nepal's land affairs ministry published a new map on Sunday. The land affairs ministry's "
        "spokesman, Hari Adhikari, said the villages were Nepali."
    )
    assert _countries(pipeline, text)["Hari Adhikari"] == "NPL"
