"""One document through understand and extract: ``Pipeline(resources).analyze(document)``.

Each stage is a function of its input plus read-only resources, so a document can be analysed in any
process (a pool, a Dask worker) and the results merged later by ``bilat.reconcile``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from bilat.extract.claims import extract_claims
from bilat.extract.events import code_events
from bilat.extract.facts import extract_facts
from bilat.models import Actor, Analysis, Document, Event, IngestError
from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.actors import recognize_actors
from bilat.nlp.chunks import CHUNK_CHARS, parse
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import uncached
from bilat.nlp.parsed import Parsed
from bilat.nlp.people import has_personal_name
from bilat.nlp.pipeline import build_nlp
from bilat.nlp.quantities import find_quantities
from bilat.nlp.sentences import sentences_of
from bilat.nlp.timex import tag_timexes
from bilat.resources import Resources, load_resources

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH = 16  # documents per nlp.pipe batch: the models' matrix work is done for the batch at once

T = TypeVar("T")

# Analysed once when a pipeline is built, so that the resources the stages load on first use are loaded.
WARM_UP = Document(
    id="bilat-warm-up",
    source_uri="bilat:warm-up",
    text="France and Germany signed a trade agreement in Paris on Monday, the French foreign ministry said.",
    published="2024-01-08",
)


class Pipeline:
    def __init__(self, resources: Resources | None = None, cache_readings: bool = True) -> None:
        self.resources = resources or load_resources()
        self.nlp = build_nlp(self.resources)
        # Whether the stages read a document's text, sentences and word indexes once (``bilat.nlp.doctext``)
        # or afresh at each call: off only to show that the kept readings change no result.
        self.cache_readings = cache_readings
        self._settle()

    def _settle(self) -> None:
        """The model and the resources, loaded, moved out of the cyclic collector's view: they live as
        long as the pipeline, and each full collection walked all their objects again (0.15 s CPU each,
        eight per pass over the 89 VOA stories, 5% of the analysis). The stages load most of their
        resources on first use, so a short text of our own is analysed first. Reference counting still
        frees what the pipeline drops; only a cycle among the frozen objects would stay."""
        self.analyze_or_fail(WARM_UP)
        gc.collect()
        gc.freeze()

    def parse(self, document: Document) -> Parsed:
        # A long text is parsed in pieces cut at paragraph breaks (bounded memory, offsets kept).
        return self._parsed(document, parse(self.nlp, document.text))

    def _parsed(self, document: Document, doc: Doc) -> Parsed:
        if not self.cache_readings:
            uncached(doc)
        # The sentences are every later stage's frame: if they break, the document fails as a whole.
        sentences = sentences_of(doc)
        warnings: list[str] = []
        timexes = _guarded(
            "time expressions",
            lambda: tag_timexes(document.text, document.published, self.resources, sentences),
            list,
            warnings,
        )
        actors = _guarded(
            "actors",
            lambda: recognize_actors(doc, self.resources, document.published, document.outlet),
            ActorIndex,
            warnings,
        )
        parsed = Parsed(document=document, doc=doc, sentences=sentences, timexes=timexes, actors=actors)
        parsed.quantities = _guarded(
            "quantities", lambda: find_quantities(parsed, self.resources), list, warnings
        )
        parsed.cache["warnings"] = warnings
        return parsed

    def analyze(self, document: Document) -> Analysis:
        return self._analysis(self.parse(document))

    def analyze_or_fail(self, document: Document) -> Analysis | IngestError:
        """``analyze``, or one error naming the document when analysis breaks on it: a build goes on
        with the next document whatever this one holds."""
        try:
            return self.analyze(document)
        except Exception as error:
            return _failure(document, error)

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[Analysis | IngestError]:
        """Like ``analyze_or_fail`` on each, with spaCy batching the short documents (``nlp.pipe``); a
        long one is parsed in pieces. ``documents`` is a bounded chunk: the runners cut the stream."""
        with _fewer_collections():
            yield from self._analyze_many(list(documents))

    def _analyze_many(self, documents: list[Document]) -> Iterator[Analysis | IngestError]:
        short = [d.text for d in documents if len(d.text) <= CHUNK_CHARS]
        try:
            docs = iter(list(self.nlp.pipe(short, batch_size=BATCH)))
        except Exception:
            # One text breaks the batch: each document alone, so only that one fails.
            yield from (self.analyze_or_fail(d) for d in documents)
            return
        for document in documents:
            try:
                doc = next(docs) if len(document.text) <= CHUNK_CHARS else parse(self.nlp, document.text)
                yield self._analysis(self._parsed(document, doc))
            except Exception as error:
                yield _failure(document, error)

    def _analysis(self, parsed: Parsed) -> Analysis:
        """The records of each stage; a stage that breaks on this document costs only its own records
        (and those built on them), named in ``warnings``, so one odd sentence never loses a story."""
        document = parsed.document
        warnings: list[str] = parsed.cache.get("warnings", [])
        events = _guarded("events", lambda: code_events(parsed, self.resources), list, warnings)
        facts = _guarded("facts", lambda: extract_facts(parsed, self.resources), list, warnings)
        claims = _guarded(
            "claims", lambda: extract_claims(parsed, events, facts, self.resources), list, warnings
        )
        return Analysis(
            document=document,
            sentences=parsed.sentences,
            entities=parsed.entities,
            timexes=parsed.timexes,
            quantities=parsed.quantities,
            actors=_with_event_actors(parsed.actors.actors, events, parsed.actors.gazetteer),
            events=events,
            facts=facts,
            claims=claims,
            warnings=warnings,
        )


# Container objects allocated (net) before the collector scans its youngest generation while a batch is
# analysed; Python's default is 700. The analysis makes and drops tokens, spans and records by the
# hundred thousand: at 700 the collector ran about 600 times per pass over the 89 VOA stories (0.3 s CPU),
# at 20,000 about ten times (0.06 s), for 2% more peak memory (477 -> 486 MB).
YOUNG_OBJECTS = 20_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The collector's youngest threshold raised to ``YOUNG_OBJECTS`` (never lowered) while a batch's
    analyses are made, then set back when the batch ends or its generator is closed."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], YOUNG_OBJECTS), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _guarded(stage: str, run: Callable[[], T], empty: Callable[[], T], warnings: list[str]) -> T:
    try:
        return run()
    except Exception as error:
        warnings.append(f"{stage} skipped: {_reason(error)}")
        return empty()


def _reason(error: Exception) -> str:
    first = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {first}"[:240]


def _failure(document: Document, error: Exception) -> IngestError:
    return IngestError(source_uri=document.source_uri, message=f"cannot analyse: {_reason(error)}")


def _with_event_actors(
    actors: list[Actor], events: list[Event], gazetteer: Gazetteer | None = None
) -> list[Actor]:
    """The document's actors plus those only an event names ("Malian rebels", "the Armenian army"), so
    every actor an event points to is listed. An unnamed official ("Libya's charge d'affaires", "the
    defence minister") stays on its events, with its office and country, but is not listed as a person:
    a person actor needs a personal name, or the office's word would be taken for one."""
    known = {a.id for a in actors}
    out = list(actors)
    for event in events:
        for ref in (event.source, event.target):
            if ref is None or not ref.actor_id or ref.actor_id in known:
                continue
            if ref.kind == "person" and gazetteer is not None and not has_personal_name(ref.name, gazetteer):
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
