"""A state's common abbreviation names the state ("the USA", like "the UK"): the model often tags it as an
organisation. Sentences written for these tests."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.actors import recognize_actors


def test_usa_names_the_united_states(nlp, resources):
    doc = nlp("The USA and Ghana signed a customs accord on Tuesday.")
    index = recognize_actors(doc, resources)
    usa = next(t for t in doc if t.text == "USA")
    ref = index.resolve(usa)
    assert ref is not None and (ref.kind, ref.country) == ("state", "USA")


def test_an_act_of_the_usa_is_the_united_states_act(pipeline):
    text = "The USA sent humanitarian aid to Haiti on Monday."
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2023-05-10")).events
    assert any(e.source.country == "USA" and e.target and e.target.country == "HTI" for e in events)
