"""The in-process hand-off from *understand* to *extract*.

``Parsed`` carries the spaCy ``Doc`` next to the records found in it. It never leaves the process: the
stages after *extract* see only the pydantic records of ``bilat.models``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.models import Document, Mention, Quantity, Sentence, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from bilat.nlp.actor_index import ActorIndex


@dataclass
class Parsed:
    document: Document
    doc: Doc
    sentences: list[Sentence]
    timexes: list[Timex]
    actors: ActorIndex
    quantities: list[Quantity] = field(default_factory=list)
    # Document-level findings computed once and shared by the extractors (anniversaries, news day).
    cache: dict = field(default_factory=dict)

    @property
    def entities(self) -> list[Mention]:
        return self.actors.mentions

    def timexes_in(self, start: int, end: int) -> list[Timex]:
        # Timexes are in text order: a bisect keeps this cheap on a long text with many of them.
        if "timex_starts" not in self.cache:
            self.cache["timex_starts"] = [t.start for t in self.timexes]
        first = bisect_left(self.cache["timex_starts"], start)
        last = bisect_right(self.cache["timex_starts"], end)
        return [t for t in self.timexes[first:last] if t.end <= end]

    def sentence_at(self, char: int) -> Sentence:
        """The sentence holding character offset ``char`` (the last one starting at or before it)."""
        if "sentence_starts" not in self.cache:
            self.cache["sentence_starts"] = [s.start for s in self.sentences]
        return self.sentences[max(bisect_right(self.cache["sentence_starts"], char) - 1, 0)]
