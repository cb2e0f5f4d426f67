"""People the asker finds around a sentence: the office holder it leaves unnamed, the one a pronoun
stands for, the speaker before a quote, and those of the asked country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bilat.ask import (
    antecedent,
    person_answers,
    quoted,
    typed,
)
from bilat.ask.question import (
    Question,
    stem,
)
from bilat.ask.retrieve import Candidate

# Sentences before and after the act's that may name an office holder it leaves unnamed.
OFFICE_BEFORE, OFFICE_AFTER = 2, 8


class OfficeHolders:
    """The people the Asker finds around a sentence (a mixin: it uses the Asker's store and resources)."""

    def _of_asked_country(self, question: Question, people: list[str]) -> list[str]:
        """ "Which Malian spokesman …" is not answered by a spokesman the store knows as another state's
        (the sentence may name him by office alone, "Foreign ministry spokesman X"): a person of
        another country is a wrong answer, whatever their title."""
        if question.asked_country is None or not people:
            return people
        countries: dict[str, set[str]] = {}
        for actor in self.store.actors():
            if actor.kind == "person" and actor.country:
                for name in {actor.name, *actor.aliases}:
                    countries.setdefault(name, set()).add(actor.country)
        return [p for p in people if question.asked_country in countries.get(p, {question.asked_country})]

    def _pronoun_holder(
        self, question: Question, candidate: Candidate, sentence: Doc, act: Token
    ) -> list[str]:
        """ "Foreign Minister X arrived on Monday. On Tuesday she met Y": the one person a he or she on
        the asked side stands for, when the article gives them the office asked about."""
        said = antecedent.pronouns(sentence, question, act)
        if len(said) != 1 or question.title is None:
            return []
        sentences = self.store.sentences(candidate.doc_id)
        here = next((s for s in sentences if s.index == candidate.sentence), None)
        if here is None:
            return []
        before = [s for s in sentences if s.paragraph == here.paragraph and s.index < here.index]
        offices = self.roles.get(question.title, (question.title,))
        found = antecedent.stands_for(
            said[0], sentence, before, self.nlp, question, offices, candidate.document.text, self.office_words
        )
        if found is None:
            return []
        name, index = found
        if index is not None:
            candidate.named_in = index
        return [name]

    def _office_holder(
        self, question: Question, candidate: Candidate, sentence: Doc, act: Token
    ) -> list[str]:
        """ "Chile summoned Peru's ambassador …" and, a sentence later, "the ambassador, Rosa
        Quintero, was handed a note": the one person the article's nearby sentences name with the office
        the act's asked party holds. None when they name none or several."""
        # "called in Washington's chargé" for "summon": the phrase the act opens writes the question's act.
        phrased = any(
            p.verb == stem(question.act or "") and m.start() == act.idx
            for p in self.phrases
            for m in p.regex.finditer(sentence.text)
        )
        office = person_answers.unnamed_office(sentence, question, act, self.offices, phrased)
        if office is None:
            return []
        words, country = office
        if question.asked_country is not None:
            # "Which Bulgarian ambassador was recalled?": the office told of another state's holder
            # answers nothing; told of no state ("recalled its ambassador"), the holder named nearby
            # must not be of another ("the Turkish ambassador, X").
            if country is not None and country != question.asked_country:
                return []
            country = question.asked_country
        offices = tuple(
            dict.fromkeys([words, *self.roles.get(words, ()), *self.roles.get(question.title or "", ())])
        )
        if person_answers.unnamed_holders(sentence, offices) > 1:
            return []  # "the ambassador, X" a sentence later may be the other holder the sentence tells
        found: dict[str, int] = {}
        for other in self.store.sentences(candidate.doc_id):
            if (
                other.index == candidate.sentence
                or not -OFFICE_BEFORE <= other.index - candidate.sentence <= OFFICE_AFTER
            ):
                continue
            after = other.index > candidate.sentence
            for name in person_answers.titled_people(self.nlp(other.text), question, offices, country, after):
                found.setdefault(name, other.index)
        # "Deputy Foreign Minister X", a sentence later, of the other state: the store knows whose they are.
        kept = set(self._of_asked_country(question, list(found)))
        found = {name: index for name, index in found.items() if name in kept}
        if len(found) != 1:
            return []
        name, index = next(iter(found.items()))
        candidate.named_in = index
        return [name]

    def _speaker_before(self, question: Question, candidate: Candidate) -> tuple[str, str] | None:
        """ "Spokesperson X said … . '…,' she told a briefing": the speaker the sentence before (in the
        same paragraph) reports, when the article gives them the office asked about and of the state."""
        sentences = {s.index: s for s in self.store.sentences(candidate.doc_id)}
        here, before = sentences.get(candidate.sentence), sentences.get(candidate.sentence - 1)
        if here is None or before is None or before.paragraph != here.paragraph:
            return None
        ent = quoted.speaker(self.nlp(before.text))
        if ent is None or typed._named(ent.text, question):
            return None
        if question.title is not None:
            offices = self.roles.get(question.title, (question.title,))
            if not person_answers._has_title(ent, offices, candidate.document.text):
                return None
        if question.asked_country and question.asked_country not in (
            person_answers._office_states(ent) or {question.asked_country}
        ):
            return None
        people = self._of_asked_country(question, [person_answers._without_title(ent)])
        if not people:
            return None
        candidate.named_in = before.index
        return people[0], people[0]
