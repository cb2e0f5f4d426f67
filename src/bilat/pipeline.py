"""One document through understand and extract: ``Pipeline(resources).analyze(document)``.

Each stage is a function of its input plus read-only resources, so a document can be analysed in any
process (a pool, a Dask worker) and the results merged later by ``bilat.reconcile``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bilat.extract.claims import extract_claims
from bilat.extract.events import code_events
from bilat.extract.facts import extract_facts
from bilat.models import Actor, Analysis, Document, Event
from bilat.nlp.actors import recognize_actors
from bilat.nlp.parsed import Parsed
from bilat.nlp.pipeline import build_nlp
from bilat.nlp.quantities import find_quantities
from bilat.nlp.sentences import sentences_of
from bilat.nlp.timex import tag_timexes
from bilat.resources import Resources, load_resources


class Pipeline:
    def __init__(self, resources: Resources | None = None) -> None:
        self.resources = resources or load_resources()
        self.nlp = build_nlp(self.resources)

    def parse(self, document: Document) -> Parsed:
        doc = self.nlp(document.text)
        sentences = sentences_of(doc)
        timexes = tag_timexes(document.text, document.published, self.resources, sentences)
        actors = recognize_actors(doc, self.resources, document.published, document.outlet)
        parsed = Parsed(document=document, doc=doc, sentences=sentences, timexes=timexes, actors=actors)
        parsed.quantities = find_quantities(parsed, self.resources)
        return parsed

    def analyze(self, document: Document) -> Analysis:
        parsed = self.parse(document)
        events = code_events(parsed, self.resources)
        facts = extract_facts(parsed, self.resources)
        claims = extract_claims(parsed, events, facts, self.resources)
        return Analysis(
            document=document,
            sentences=parsed.sentences,
            entities=parsed.entities,
            timexes=parsed.timexes,
            quantities=parsed.quantities,
            actors=_with_event_actors(parsed.actors.actors, events),
            events=events,
            facts=facts,
            claims=claims,
        )

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        for document in documents:
            yield self.analyze(document)


def _with_event_actors(actors: list[Actor], events: list[Event]) -> list[Actor]:
    """The document's actors plus those only an event names ("Malian rebels", "the Armenian army"), so
    every actor an event points to is listed."""
    known = {a.id for a in actors}
    out = list(actors)
    for event in events:
        for ref in (event.source, event.target):
            if ref is None or not ref.actor_id or ref.actor_id in known:
                continue
            known.add(ref.actor_id)
            out.append(
                Actor(
                    id=ref.actor_id,
                    name=ref.name,
                    kind=ref.kind,
                    country=ref.country,
                    role=ref.role,
                    sector=ref.sector,
                    mentions=1,
                )
            )
    return out
