"""The asker's reading of when: the day a question asks of, the news day of an article's lead, the
occasion a sentence dates and the finer date another sentence gives.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from bilat.ask import (
    date_answers,
    day_fit,
    period,
)
from bilat.ask.question import (
    Question,
    content_words,
    stem,
)
from bilat.ask.retrieve import Candidate
from bilat.models import Citation, Quantity, Timex
from bilat.nlp.timex import tag_timexes

LEAD_SENTENCES = 4  # headline, standfirst and first sentences: where an article dates its news
NEWS_WINDOW_DAYS = 7  # the lead's day is the news day when it is this close before publication


# "before the April 2021 expulsion", "before its 2019 visit": a date the question sets as a bound.
BEFORE = re.compile(r"\bbefore\s+(?:the|its|their|his|her)?\s*$", re.I)


class DateChecks:
    """The Asker's reading of when (a mixin: it uses the Asker's store, records and parser)."""

    def _asked_before(self, question: Question) -> str | None:
        """The period the question asks a date before ("When did X expel a diplomat before the April
        2021 expulsion?" → 2021-04); None when it sets no such bound."""
        if question.kind != "date":
            return None
        for timex in tag_timexes(question.text, None, self.resources):
            if (
                timex.type == "DATE"
                and BEFORE.search(question.text[: timex.start])
                and re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", timex.value)
            ):
                return timex.value
        return None

    def _not_before(self, value: str, bound: str | None) -> bool:
        """The date answers no question that asks for one before the bound: it shares a day with the
        bound's period, or comes after it."""
        if bound is None:
            return False
        told, limit = period.bounds(value), period.bounds(bound)
        return told is None or limit is None or told[1] >= limit[0]

    def _other_occasion(self, question: Question, cited: Citation | Candidate) -> bool:
        """ "When did X recall its envoy after the airport incident?" is not dated by "X first recalled its
        envoy in March 2022" when another sentence of the article tells the recall with the circumstance
        the question names: the act was done more than once, and the question asks for that occasion."""
        if question.kind != "date" or not question.context:
            return False
        if (question.act or question.verb) in {None, "be", "have", "do"}:
            return False

        def circumstance(text: str) -> bool:
            return bool(question.context & content_words(text))

        if circumstance(cited.evidence if isinstance(cited, Citation) else cited.text):
            return False
        own = cited.sentence
        return any(
            s.index != own and circumstance(s.text) and self.records.tells_act(question, s.text)
            for s in self.store.sentences(cited.doc_id)
        )

    def _news_occasion(
        self, question: Question, candidate: Candidate, day: str, undated: set[tuple[str, int]]
    ) -> bool:
        """ "N'DJAMENA — Chad has summoned the Libyan envoy after rebels attacked …", then "The ministry
        summoned the envoy on Tuesday": when only the lead tells the act with the circumstance, and leaves
        it undated, a later sentence that dates the act to the days just before publication tells the
        article's news, the same occasion; an earlier date ("first summoned in 2022") is another."""
        published = candidate.document.published
        if not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return False
        if (
            not timedelta(0)
            <= date.fromisoformat(published[:10]) - date.fromisoformat(day)
            <= timedelta(days=NEWS_WINDOW_DAYS)
        ):
            return False
        telling = [
            s
            for s in self.store.sentences(candidate.doc_id)
            if s.index != candidate.sentence
            and question.context & content_words(s.text)
            and self.records.tells_act(question, s.text)
        ]
        # Each was read, and dates no telling of the act (its dates are the circumstance's, or none).
        return bool(telling) and all(
            s.index < LEAD_SENTENCES and (candidate.doc_id, s.index) in undated for s in telling
        )

    def _in_period(self, candidate: Candidate, asked: str, question: Question) -> bool:
        timexes, _ = self._annotations(candidate)
        if date_answers.asks_deadline(question):
            # "extended the contract until the end of 2030": the span's bound is not when the act was done.
            bounds = date_answers.deadlines(candidate.text, timexes, question)
            timexes = [t for t in timexes if t not in bounds]
        published = candidate.document.published
        return period.sentence_in_period(candidate.text, timexes, asked, published, question.future)

    def _finer_date(
        self, question: Question, candidate: Candidate, found: tuple[str, str], others: list[Candidate]
    ) -> tuple[Candidate, tuple[str, str]]:
        value = found[0]
        if not re.fullmatch(r"\d{4}(?:-\d{2})?", value):
            return candidate, found
        for other in others:
            if other.doc_id != candidate.doc_id:
                continue
            finer = self._typed(question, other)
            if finer is not None and finer[0].startswith(value + "-") and len(finer[0]) > len(value):
                return other, finer
        return candidate, found

    def _asked_day(self, question: Question) -> day_fit.AskedDay | None:
        """The day the question sets its act on, read once per question."""
        if question.text not in self._days:
            self._days = {
                question.text: day_fit.asked_day(
                    question.text, tag_timexes(question.text, None, self.resources)
                )
            }
        return self._days[question.text]

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

    def _scene_date(self, candidate: Candidate) -> Timex | None:
        """The date the paragraph set just before an undated sentence ("The crisis came in May 2021,
        when … . Madrid summoned …, and Morocco responded by recalling her"): the scene's date."""
        _, timexes, _ = self.store.annotations(candidate.doc_id)
        sentences = {s.index: s for s in self.store.sentences(candidate.doc_id)}
        before, here = sentences.get(candidate.sentence - 1), sentences.get(candidate.sentence)
        if before is None or here is None or before.paragraph != here.paragraph:
            return None
        dates = [t for t in timexes if before.start <= t.start < before.end and date_answers.is_calendar(t)]
        return dates[-1] if dates else None

    def _news_day(self, candidate: Candidate, act: Token) -> Timex | None:
        """The news day, for an undated act told in the past tense that belongs to the occasion the
        article's lead dates to a day ("hosted … today" in the lead, then "when the meeting ended,
        the envoys initialled …"): the sentence names, with "the", a thing the lead names."""
        if act.tag_ != "VBD" or not candidate.document.published:
            return None
        _, timexes, _ = self.store.annotations(candidate.doc_id)
        sentences = self.store.sentences(candidate.doc_id)[:LEAD_SENTENCES]
        lead_end = sentences[-1].end if sentences else 0
        published = date.fromisoformat(candidate.document.published[:10])
        days = [
            t
            for t in timexes
            if t.start < lead_end
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)
            and timedelta(0) <= published - date.fromisoformat(t.value) <= timedelta(days=NEWS_WINDOW_DAYS)
        ]
        if not days:
            return None
        lead = {stem(t.text) for s in sentences for t in self.nlp.make_doc(s.text) if t.is_alpha}
        sentence = act.doc
        occasions = {
            stem(t.text)
            for t in sentence
            if t.pos_ == "NOUN" and any(c.lower_ in {"the", "this", "that"} for c in t.children)
        }
        return days[0] if occasions & lead else None
