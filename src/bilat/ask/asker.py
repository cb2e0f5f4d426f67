"""Questions answered from the store, records first, then the text, citing the evidence.

question → parse (form, verb, actors, dates) → records (events, facts, office holders) → when they are
silent, retrieval of candidate sentences → a typed answer from the best one that holds it → citations.
When neither answers, the answer says that the store does not say: a wrong answer is worse than none.
"""

from __future__ import annotations

from spacy.language import Language

from bilat.ask import typed
from bilat.ask.question import (
    Question,
    date_words,
    load_forms,
    load_synonym_groups,
    load_synonyms,
    parse_question,
)
from bilat.ask.records import RecordAnswers
from bilat.ask.retrieve import Candidate, Retriever, load_references
from bilat.extract.patterns import load_patterns
from bilat.models import Answer, Citation, Quantity, Timex
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.timex import tag_timexes
from bilat.resources import Resources
from bilat.store import Store

TRIED = 8  # candidate sentences parsed for a typed answer before abstaining
UNKNOWN = "The store does not say."


class Asker:
    """Answers questions over one store; holds the parser and resources so many questions are cheap."""

    def __init__(self, store: Store, resources: Resources, nlp: Language) -> None:
        self.store = store
        self.resources = resources
        self.nlp = nlp
        self.forms = resources.load("ask.forms", load_forms)
        self.gazetteer = resources.load("actors.gazetteer", load_gazetteer)
        self.patterns = resources.load("events.patterns", load_patterns)
        self.synonyms = resources.load("ask.synonyms", load_synonyms)
        groups = resources.load("ask.synonym_groups", load_synonym_groups)
        self.records = RecordAnswers(store, resources, self.gazetteer, self.synonyms)
        references = resources.load("ask.references", load_references)
        self.retriever = Retriever(store, self.gazetteer, self.synonyms, groups, references)
        # Names that are countries or peoples, never the place an act happens in ("in Australia").
        self.country_words = frozenset({*self.gazetteer.names, *self.gazetteer.demonyms})

    def parse(self, text: str) -> Question:
        people = self.store.actors(kind="person")
        return parse_question(text, self.nlp, self.forms, self.patterns, self.gazetteer, people)

    def answer(self, text: str) -> Answer:
        question = self.parse(text)
        if question.kind is not None:
            found = self.records.answer(question) or self.from_text(question)
            if found is not None:
                return found
        return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)

    # --- the text, when the records are silent -------------------------------------------------------------

    def from_text(self, question: Question) -> Answer | None:
        for candidate in self.retriever.candidates(question)[:TRIED]:
            found = self._typed(question, candidate)
            if found is not None:
                value, words = found
                return Answer(
                    question=question.text,
                    answer=words,
                    value=value,
                    kind="person" if question.kind == "role" else question.kind,
                    citations=[
                        Citation(
                            doc_id=candidate.doc_id,
                            source_uri=candidate.document.source_uri,
                            evidence=candidate.text,
                            start=candidate.start,
                            end=candidate.end,
                            sentence=candidate.sentence,
                        )
                    ],
                    evidence="text",
                    confidence=round(min(0.9, 0.35 + 0.4 * candidate.coverage + 0.15 * candidate.named), 2),
                )
        return None

    def _annotations(self, candidate: Candidate) -> tuple[list[Timex], list[Quantity]]:
        """The sentence's time expressions and quantities as analysed with its article (offsets made
        relative to the sentence)."""
        _, timexes, quantities = self.store.annotations(candidate.doc_id)
        if not timexes:
            # A store written without annotations: resolve the sentence alone against the article date.
            timexes = [
                t.model_copy(update={"start": t.start + candidate.start, "end": t.end + candidate.start})
                for t in tag_timexes(candidate.text, candidate.document.published, self.resources)
            ]

        def inside(item: Timex | Quantity) -> bool:
            return candidate.start <= item.start and item.end <= candidate.end

        shift = {"start": lambda x: x.start - candidate.start, "end": lambda x: x.end - candidate.start}
        return (
            [t.model_copy(update={k: f(t) for k, f in shift.items()}) for t in timexes if inside(t)],
            [q.model_copy(update={k: f(q) for k, f in shift.items()}) for q in quantities if inside(q)],
        )

    def _typed(self, question: Question, candidate: Candidate) -> tuple[str, str] | None:
        """(value, answer words) of the question's type in the candidate sentence, or None."""
        sentence = self.nlp(candidate.text)
        act = typed.anchor(sentence, question, self.synonyms)
        if question.kind in {"person", "role"}:
            people = typed.person(sentence, question, act)
            return ("; ".join(people), " and ".join(people)) if people else None
        if question.kind == "place":
            where = typed.place(sentence, question, act, self.country_words)
            return (where, where) if where else None
        if question.kind == "thing":
            what = typed.thing(sentence, question, act)
            return (what, what) if what else None
        timexes, quantities = self._annotations(candidate)
        if question.kind == "date":
            when = typed.date(timexes, question, act.idx if act is not None else None)
            return (when.value, date_words(when.value)) if when else None
        if question.kind == "figure":
            return typed.figure(sentence, quantities, question)
        return None
