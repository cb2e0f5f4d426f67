"""Questions answered from the store, records first, then the text, citing the evidence.

question → parse (form, verb, actors, dates) → records (events, facts, office holders) → when they are
silent, retrieval of candidate sentences → a typed answer from the best one that holds it → citations.
When neither answers, the answer says that the store does not say: a wrong answer is worse than none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language

from bilat.ask import (
    date_answers,
    day_fit,
    figure_answers,
    listed,
    period,
)
from bilat.ask.age import age_answer
from bilat.ask.bare_kind import names_nothing
from bilat.ask.date_checks import DateChecks
from bilat.ask.figure_fit import counts_other_state
from bilat.ask.figure_wording import BY_HOW_MUCH, SPAN_ASKED, _as_told, _by_change
from bilat.ask.holder_checks import OfficeHolders
from bilat.ask.question import (
    Question,
    load_forms,
    load_phrases,
    load_roles,
    load_synonym_groups,
    load_synonyms,
    parse_question,
    stem,
)
from bilat.ask.records import RecordAnswers
from bilat.ask.retrieve import Candidate, Retriever, load_kinds, load_references
from bilat.ask.rewording import (
    ASKS_NAME,
    TWO_ASKED,
    _is_name,
    as_held,
    as_which,
)
from bilat.ask.since import since_answer, since_told
from bilat.ask.since_counts import since_fits
from bilat.ask.source_checks import SourceChecks
from bilat.ask.source_names import (
    _is_outlet,
    _named_source,
    _names_source,
)
from bilat.ask.typed_reading import COUNTING, TypedReading
from bilat.ask.unknown import UNKNOWN, _unknown
from bilat.extract.patterns import load_patterns
from bilat.models import Answer
from bilat.nlp.countries import load_gazetteer
from bilat.resources import Resources
from bilat.store import Store

TRIED = 8  # candidate sentences parsed for a typed answer before abstaining


def within(day: str, span: str) -> bool:
    """The calendar day (YYYY-MM-DD) falls inside the year, month or ISO week (YYYY-Www) the span names."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return False
    week = re.fullmatch(r"(\d{4})-W(\d{2})", span)
    if week is not None:
        try:
            first = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return False
        return first <= date.fromisoformat(day) <= first + timedelta(days=6)
    return bool(re.fullmatch(r"\d{4}(?:-\d{2})?", span)) and day.startswith(span + "-")


class Asker(SourceChecks, DateChecks, OfficeHolders, TypedReading):
    """Answers questions over one store; holds the parser and resources so many questions are cheap."""

    def __init__(self, store: Store, resources: Resources, nlp: Language) -> None:
        self.store = store
        self.resources = resources
        self.nlp = nlp
        self.forms = resources.load("ask.forms", load_forms)
        self.gazetteer = resources.load("actors.gazetteer", load_gazetteer)
        self.patterns = resources.load("events.patterns", load_patterns)
        self.synonyms = resources.load("ask.synonyms", load_synonyms)
        self.roles = resources.load("ask.roles", load_roles)
        # Every office a person may be named by: the actors' titles and the offices that hold a role.
        self.offices = frozenset({*self.gazetteer.titles, *(o for held in self.roles.values() for o in held)})
        # The last word of each office ("minister", "envoy"): a word that names someone by office.
        self.office_words = frozenset(o.split()[-1] for o in self.offices if o.split())
        groups = resources.load("ask.synonym_groups", load_synonym_groups)
        self.records = RecordAnswers(store, resources, self.gazetteer, self.synonyms)
        references = resources.load("ask.references", load_references)
        self.surnames: frozenset[str] = frozenset()
        self.phrases = resources.load("ask.phrases", load_phrases)
        # "X called on Y" for "who received X": found by retrieval as the act, read with the sides swapped.
        self.converses = resources.load("ask.converses", lambda r: load_phrases(r, "ask/converses.txt"))
        kinds = resources.load("ask.kinds", load_kinds)
        self.retriever = Retriever(
            store,
            self.gazetteer,
            self.synonyms,
            groups,
            references,
            [*self.phrases, *self.converses],
            kinds,
            self.converses,
            self.roles,
        )
        # Names of countries and peoples: a place only where the act goes ("travel to Canada").
        self.country_words = frozenset({*self.gazetteer.names, *self.gazetteer.demonyms})
        # The ordinals the question gives its nouns ("the fourth session"), keyed by the question's text.
        self._series: dict[str, dict[str, set[str]]] = {}
        self._days: dict[str, day_fit.AskedDay | None] = {}
        # The "which" form of the name question being answered ("What is the name of the ferry …"):
        # its thing must then be a name, not a description.
        self._name_asked: set[str] = set()
        # The word whose clause holds the act when the act is another's ("demand that X sign"), keyed by the
        # question's text.
        self._others: dict[str, str | None] = {}

    def parse(self, text: str) -> Question:
        actors = self.store.actors()
        people = [a for a in actors if a.kind == "person"]
        # Surnames of the store's people: the model tags some of them as organisations in a sentence.
        self.surnames = frozenset(n.split()[-1] for a in people for n in [a.name, *a.aliases] if n)
        question = parse_question(text, self.nlp, self.forms, self.patterns, self.gazetteer, people, actors)
        # Read here, with the question's parse: the candidate sentences are parsed afterwards.
        self._others = {question.text: self._governing(question)}
        if question.title is None and question.form is not None and question.form.name == "which_person":
            # "Which embassy counsellor …": an office the roles know though the actors' titles do not.
            asked = question.match.group(0).lower() if question.match is not None else ""
            held = [o for o in self.offices if re.search(rf"\b{re.escape(o)}\b", asked)]
            question.title = max(held, key=len) if held else None
        if (
            question.asked_country is None
            and question.kind == "person"
            and question.title
            and question.act == "be"
        ):
            # "Who is the Burkinabe ambassador in Accra?": the state named right before the office.
            question.asked_country = self._state_before(text, question.title)
        if question.asked_country is None and question.kind == "role" and question.match is not None:
            # "Who is France's foreign minister?": the office holder asked for is that state's; the
            # article may name the other state's holder of the office beside its "French counterpart".
            owner = (question.match.groupdict().get("owner") or "").strip()
            question.asked_country = self.gazetteer.country_of(owner) if owner else None
        return question

    def _state_before(self, text: str, office: str) -> str | None:
        """The state whose name or people's word is written right before the office ("the Burkinabe
        ambassador", "Burkina Faso's ambassador"), or None."""
        found = re.search(rf"((?:[\w'’-]+\s+){{1,2}}){re.escape(office)}\b", text, re.I)
        if found is None:
            return None
        words = re.sub(r"['’]s\s*$", "", found.group(1).strip()).split()
        for size in (2, 1):
            state = self._state_of(" ".join(words[-size:])) if len(words) >= size else None
            if state:
                return state
        return None

    def answer(self, text: str) -> Answer:
        if ASKS_NAME.match(text):
            # "What is the name of the trawler …" asks for a name: "a Danish-flagged trawler fishing for
            # capelin" describes the thing without naming it. Asked as "which trawler …" first.
            self._name_asked = {as_which(text)}
            for asked in dict.fromkeys([as_which(text), text]):
                found = self._answer(asked)
                if found.known and _is_name(found.answer):
                    return found.model_copy(update={"question": text})
            return _unknown(text)
        if as_which(text) != text:
            found = self._answer(as_which(text))
            return found.model_copy(update={"question": text})
        found = self._answer(text)
        asked = as_held(text)
        if found.known or asked == text:
            return found
        # The article may tell the occasion "held" where the question says "take place".
        held = self._answer(asked)
        return held.model_copy(update={"question": text}) if held.known else found

    def _answer(self, text: str) -> Answer:
        found = self._answer_any(text)
        if found.known and found.kind == "person" and self._names_place(found.value or found.answer):
            # "Who is X's interior minister?" answered "NOUAKCHOTT", a dateline's capital: no person.
            return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)
        question = self.parse(text) if found.known and found.kind == "figure" and found.citations else None
        if question is not None and question.counted_country and found.value:
            evidence = found.citations[0].evidence
            if counts_other_state(evidence, found.value, question.counted_country, self._state_of):
                # "How many Syrian soldiers were killed?" told "killing one Iraqi soldier": another state's.
                return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)
        if question is not None and self._other_body_says(question, found.citations[0].evidence):
            return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)
        if question is not None and BY_HOW_MUCH.search(text):
            return _by_change(found)
        return _as_told(found) if question is not None else found

    def _own(self, question: Question) -> frozenset[str]:
        """The names of the state the question asks the thing of ("Which Chadian ministry" → Chad)."""
        code = question.asked_country
        return frozenset(self.retriever.country_names(code)) if code else frozenset()

    def _names_place(self, answer: str) -> bool:
        """The answer is a state's, a people's or a capital's name, however cased ("NOUAKCHOTT")."""
        name = answer.strip()
        return any(self.gazetteer.country_of(n) for n in {name, name.title()})

    def _state_of(self, words: str) -> str | None:
        """The state a country's or a people's name names ("Ghanaian"); not a capital's ("Po")."""
        return self.gazetteer.names.get(words) or self.gazetteer.demonyms.get(words)

    def _answer_any(self, text: str) -> Answer:
        if (aged := age_answer(self.store, text, self.records.cite)) is not None:
            return aged
        both = TWO_ASKED.match(text)
        if both is not None:
            return self._both(text, both)
        question = self.parse(text)
        if question.kind == "figure" and figure_answers.asks_measure(question):
            # "How much wheat …", "How far …": a sentence that measures it, before a record's sum of
            # money, which answers another question ("how much aid").
            told = self.from_text(question, _named_source(question.text))
            if told is not None:
                return told
            if figure_answers.asks_dimension(question):
                # "How far …", "How long …": a distance or a duration, which no record (a sum of money
                # or a count) gives; a record here answers another question.
                return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)
        if question.kind == "figure" and SPAN_ASKED.match(text):
            # "Within how many days …": a span of the asked unit, which the text gives with the act; a
            # record's count ("2,000 people") answers another question.
            return self.from_text(question) or _unknown(text)
        if (began := since_answer(self, question)) is not None:
            return began  # a sentence that tells the act "since" a date gives its beginning
        if question.form is not None and question.form.name == "which_two":
            # A record places an act in one place; the pair of ends is told only in the text.
            return self.from_text(question) or Answer(
                question=text, answer=UNKNOWN, kind="unknown", known=False
            )
        if question.kind == "date" and date_answers.asks_deadline(question):
            # "By what date …": the records date the news that a deadline was set, not the deadline.
            return self.from_text(question) or Answer(
                question=text, answer=UNKNOWN, kind="unknown", known=False
            )
        if question.kind is not None:
            found = self.records.answer(question)
            if found is not None and question.kind == "date" and not self._record_tells_act(question, found):
                # The record codes another act of the sentence ("will impose duties from Tuesday, the
                # ministry announced on Monday" for "when did China announce …"): a sentence that
                # tells the asked act itself dates it better.
                told = self.from_text(question)
                if told is not None and self.records.tells_act(question, told.citations[0].evidence):
                    return told
                if not self.records.tells_act(question, found.citations[0].evidence):
                    found = None  # nor does the record sentence tell the asked act: it dates another
            if found is not None and self._other_occasion(question, found.citations[0]):
                found = None
            if found is not None and self._not_before(found.value or "", self._asked_before(question)):
                found = None  # "before the April 2021 expulsion": the record dates that one, or a later
            if found is not None and self._other_in_series(question, found.citations[0].evidence):
                # "Where is the 26th round to be held?" is not answered by the record of "the 25th
                # round was held in X", nor of a meeting its sentence tells without the round: the
                # text may tell where the asked one is to be.
                found = None
            if (
                found is not None
                and question.kind == "date"
                and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.value or "")
            ):
                # A record dated by the week, month or year of its own sentence ("closed last week") is
                # bettered by a sentence of the same article that tells the act on a day inside that span
                # ("the closure of the crossings on January 14").
                told = self.from_text(question)
                if (
                    told is not None
                    and within(told.value or "", found.value or "")
                    and {c.doc_id for c in told.citations} & {c.doc_id for c in found.citations}
                    and self.records.tells_act(question, told.citations[0].evidence)
                ):
                    return told
            if found is not None and question.kind == "date" and question.future:
                # "From what date will X suspend …": a record dates the news that it will; a sentence
                # that tells the act to come may say when it will be done ("will suspend … from August 1").
                told = self.from_text(question)
                if (
                    told is not None
                    and told.value != found.value
                    and self.records.tells_act(question, told.citations[0].evidence)
                ):
                    return told
            if found is not None and question.kind == "figure" and not COUNTING.match(question.text):
                # "signed a $300 million loan and pledged a $150 million deposit": the record may hold
                # the sentence's other sum; the text reading picks the sum of the thing the question names.
                told = self.from_text(question)
                if (
                    told is not None
                    and told.value != found.value
                    and told.citations[0].evidence == found.citations[0].evidence
                ):
                    return told
            source = _named_source(question.text)
            if found is not None and source and not self._cites_source(found, source):
                found = None  # another outlet's figure: the one the question names may differ
            cited = found.citations[0] if found is not None and found.citations else None
            if cited is not None and not self._names_owned(question, cited.doc_id, cited.sentence or 0):
                found = None
            found = found or self.from_text(question, source)
            if found is not None and not since_told(question, found):
                return _unknown(text)  # "Since which year …" answered by the date of another act
            if found is not None:
                return found
        return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)

    def _both(self, text: str, both: re.Match[str]) -> Answer:
        """ "When and where will the exercise take place?": two questions, answered only when both are;
        one half of the answer alone would be taken for the whole."""
        rest = text[both.end() :]
        parts = [self.answer(f"{word.capitalize()}{rest}") for word in (both.group(1), both.group(2))]
        if not all(p.known for p in parts):
            return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)
        first, second = parts
        return first.model_copy(
            update={
                "question": text,
                "answer": f"{first.answer}; {second.answer}",
                "value": f"{first.value}; {second.value}",
                "citations": [*first.citations, *(c for c in second.citations if c not in first.citations)],
                "confidence": min(first.confidence or 0.0, second.confidence or 0.0),
            }
        )

    def _record_tells_act(self, question: Question, answer: Answer) -> bool:
        """The record that answered was triggered by the question's act (or a synonym)."""
        act = question.act or question.verb
        if not act or act in {"be", "have", "do"} or answer.value is None:
            return True
        cited = answer.citations[0]
        events = [
            e
            for e in self.store.events(doc_id=cited.doc_id)
            if e.date == answer.value and e.evidence == cited.evidence
        ]
        asked = {stem(act), self.synonyms.get(stem(act), stem(act))}
        return any(e.trigger and self.synonyms.get(stem(e.trigger), stem(e.trigger)) in asked for e in events)

    # --- the text, when the records are silent -------------------------------------------------------------

    def from_text(self, question: Question, source: str | None = None) -> Answer | None:
        candidates = [
            c
            for c in self.retriever.candidates(question)
            if self._names_owned(question, c.doc_id, c.sentence)
        ]
        if source:
            candidates = [
                c
                for c in candidates
                if _is_outlet(c.document.outlet, source)
                or (
                    _names_source(c.document.text, source, self.country_words)
                    and (self._source_tells(c.text, source) or self._source_before(c, source))
                )
            ]
        asked_period = self.records.asked_period(question)
        if asked_period is not None:
            # "What did X demand in April 2021?": a sentence dated to another period tells another act.
            candidates = [c for c in candidates if self._in_period(c, asked_period, question)]
        other: list[Candidate] = []
        before = self._asked_before(question)
        # "before the April 2021 expulsion" names the bound, not the occasion the act was done on.
        if question.kind == "date" and question.context and before is None:
            other = [c for c in candidates if self._other_occasion(question, c)]
            candidates = [c for c in candidates if c not in other]
        # A sentence set aside as another occasion is tried last, and answers only when it dates the act
        # to the news days of an article whose lead alone tells it with the circumstance (_news_occasion).
        tried = candidates[:TRIED] + other[: max(0, TRIED - len(candidates))]
        undated: set[tuple[str, int]] = set()  # sentences read that date no telling of the act
        wanted = listed.asked(self.nlp(question.text)) if question.kind in {"place", "thing"} else None
        for i, candidate in enumerate(tried):
            found = self._typed(question, candidate)
            if found is not None and wanted is not None:
                # "Which three crossings …", "which terminals …": all the names the sentence lists.
                names = listed.fit(self.nlp(candidate.text), found[1], wanted)
                found = ("; ".join(names), listed.joined(names)) if names else None
            if found is not None and names_nothing(question, found[1]):
                found = None  # "four entities" for "which entity": the kind counted, none named
            if found is None:
                undated.add((candidate.doc_id, candidate.sentence))
            elif candidate in other and not self._news_occasion(question, candidate, found[0], undated):
                continue
            if (
                found is not None
                and question.kind == "figure"
                and question.counted_country
                and counts_other_state(candidate.text, found[0], question.counted_country, self._state_of)
            ):
                # "How many Russian diplomats …" told "would expel two Moldovan diplomats in response":
                # the other side's count; a later sentence may count the side asked about.
                continue
            if (
                found is not None
                and question.kind == "date"
                and asked_period is not None
                and not date_answers.asks_deadline(question)
                and period.overlaps(found[0], asked_period) is False
            ):
                # A date outside the period the question names dates another act; not so the end or
                # start of a span, which the period's act sets ("extended in January until 2030").
                continue
            if (
                found is not None
                and question.kind == "figure"
                and not since_fits(question, self.nlp(candidate.text), found[1])
            ):
                continue  # "how many … since 6 May" told a count of no such span, or of another
            if found is not None and self._not_before(found[0], before):
                continue  # "When did X expel a diplomat before the April 2021 expulsion?": not that one
            if found is not None:
                if question.kind == "date":
                    # "signed earlier this month" dates the act to a month; a later sentence of the
                    # same article that tells it on a day of that month ("signed on August 14") is
                    # the same act told more precisely.
                    candidate, found = self._finer_date(question, candidate, found, tried[i + 1 :])
                value, words = found
                return Answer(
                    question=question.text,
                    answer=words,
                    value=value,
                    kind="person" if question.kind == "role" else question.kind,
                    citations=[candidate.citation(), *self._naming(candidate)],
                    evidence="text",
                    confidence=round(min(0.9, 0.35 + 0.4 * candidate.coverage + 0.15 * candidate.named), 2),
                )
        return None
