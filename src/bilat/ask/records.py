"""Answers from the records: coded events, quantitative facts and office holders.

The question's verb, through the event patterns, says which CAMEO codes to look at; its names and
countries say whose records. Candidate records are ranked by how well they fit, then by date precision.
Each answer cites the record's evidence sentence; ``None`` when no record answers.
"""

from __future__ import annotations

import re

from bilat.ask import figure_answers
from bilat.ask.figure_answers import UNITS
from bilat.ask.figure_fit import words_after
from bilat.ask.grounding import Grounding
from bilat.ask.places import REPORTING
from bilat.ask.question import Question, content_words, date_words, money_words, stem
from bilat.ask.sides import named_side_fits, sides
from bilat.ask.typed import PEOPLE
from bilat.extract.facts import load_kinds
from bilat.models import Actor, Answer, Citation, Event, Fact
from bilat.nlp.countries import Gazetteer
from bilat.nlp.number_words import WORD_NUMBERS
from bilat.nlp.timex import tag_timexes
from bilat.resources import Resources
from bilat.store import Store

# The units of an amount of a stuff ("tonnes", "cubic metres"): what "how much" asks besides a sum.
AMOUNT_UNIT = re.compile(UNITS["amount"], re.I)
# Units that say how a figure is measured, not what it counts.
STANDARD_UNITS = frozenset({"USD", "people", "percent", "years", "count"})
NUMBER_STEMS = frozenset(stem(w) for w in WORD_NUMBERS)
PRECISION = {"day": 3, "month": 2, "year": 1}
MIN_SHARED_WORDS = 2  # a figure question no fact kind names shares this many words with its answer's sentence
PLACED_ENOUGH = 12  # events checked for the place a question names: more than any answer cites


class RecordAnswers:
    """The record-based answer for each kind of question, over one store."""

    def __init__(
        self, store: Store, resources: Resources, gazetteer: Gazetteer, synonyms: dict[str, str]
    ) -> None:
        self.store = store
        self.resources = resources
        self.gazetteer = gazetteer
        self.synonyms = synonyms
        self.grounding = Grounding(gazetteer.country_of, self._names, self._office_words())

    def answer(self, question: Question) -> Answer | None:
        handler = {
            "date": self._date,
            "person": self._person,
            "role": self._role,
            "figure": self._figure,
            "place": self._place,
        }.get(question.kind or "")
        if question.strangers and question.kind in {"date", "person", "place"}:
            return None  # no record is about a person the store does not know: only the text can say
        found = handler(question) if handler else None
        if found is None or not self.grounded(question, found):
            return None
        found.evidence = "record"
        return found

    def grounded(self, question: Question, found: Answer) -> bool:
        """The cited article names every state, place and named thing of the question: a record of the
        same kind from an article about others ("how many were repatriated in Kasai" answered by a
        count of herders detained elsewhere) answers another question."""
        for citation in found.citations[:1]:
            document = self.store.document(citation.doc_id)
            if document is None or not self.grounding.names_all(question.text, document.text):
                return False
        return True

    def cite(self, doc_id: str, evidence: str, start: int = 0, end: int = 0, sentence: int | None = None):
        document = self.store.document(doc_id)
        return Citation(
            doc_id=doc_id,
            source_uri=document.source_uri if document else None,
            evidence=evidence,
            start=start,
            end=end,
            sentence=sentence,
        )

    def _cite_event(self, event: Event | Fact) -> Citation:
        return self.cite(event.doc_id, event.evidence, event.start, event.end, event.sentence)

    # --- events -----------------------------------------------------------------------------------------

    def _involves(self, event: Event, question: Question) -> bool:
        parties = [event.source] + ([event.target] if event.target else [])
        countries = {p.country for p in parties}
        if not question.countries <= countries:
            return False
        for person in question.people:
            names = {person.name, *person.aliases}
            if not any(p.name in names or p.name.split()[-1] == person.name.split()[-1] for p in parties):
                return False
        return True

    def _about(self, event: Event, question: Question) -> bool:
        """The event's sentence holds most of the question's words ("the Guyanese gold miners detained"
        is not answered by any detention)."""
        words = {self.synonyms.get(w, w) for w in question.words}
        held = {self.synonyms.get(w, w) for w in content_words(event.evidence)}
        return len(words & held) * 2 >= len(words)

    def _mentions_topic(self, event: Event, question: Question) -> bool:
        """The event's sentence holds one of the question's own words besides its parties and its act,
        when it has any."""
        named = content_words(" ".join(n for c in question.countries for n in self._names(c)))
        named |= {stem(w) for p in question.people for n in [p.name, *p.aliases] for w in n.split()}
        named |= content_words(" ".join([*question.names, *question.places]))  # "in Nur-Sultan": where
        act = {stem(v) for v in (question.verb, question.act) if v}
        topic = {self.synonyms.get(w, w) for w in question.words - named - act}
        if not topic:
            return True
        held = {self.synonyms.get(w, w) for w in content_words(f"{event.evidence} {event.what or ''}")}
        return bool(topic & held)

    def _object_match(self, event: Event, question: Question) -> int:
        """2: the event is about the thing asked about (same word or a synonym); 1: about a thing of the
        same kind for the verb's pattern (an office where an embassy was asked); 0: neither."""
        if not question.objects:
            return 1
        what = (event.what or "").lower().split()
        same = {self.synonyms.get(w, w) for w in question.objects}
        if same & {self.synonyms.get(stem(w), stem(w)) for w in what}:
            return 2
        return 1 if question.object_set & set(what) else 0

    def ranked_events(self, question: Question) -> list[tuple[float, Event]]:
        """Events that fit the question, best first: about the thing asked, the act asked, most precisely
        dated (the most precise report wins, as in reconciliation), then sharing most of the question's
        words."""
        ranked = []
        places: dict[str, set[str]] = {}  # per document: the places its events happen in
        # Only events of the asked act and actors can answer: let the store filter what it can.
        code = question.root if question.root else None
        # Let the store keep only the asked countries' events: on a large store most are others'.
        countries = sorted(question.countries)
        between = (countries[0], countries[1]) if len(countries) == 2 else None
        actor = countries[0] if len(countries) == 1 else None
        if actor is None and between is None and question.people:
            # By surname, as reports name people after the first mention (a 3-letter one reads as a code).
            surname = question.people[0].name.split()[-1]
            actor = surname if len(surname) != 3 else None
        period = self.asked_period(question)
        for event in self.store.events(code=code, between=between, actor=actor):
            if question.root and event.root != question.root:
                continue
            if period and not self._in_period(event, period):
                continue  # "summoned in April 2022": a summons of another time is another story's
            if not self._involves(event, question):
                continue
            if not question.countries and not question.people and not self._about(event, question):
                continue  # a question that names no party the store knows: only its words say whose act
            if not self._mentions_topic(event, question):
                continue  # "the truck drivers detained" is not answered by fishermen detained
            if question.subject_country and event.source.country != question.subject_country:
                continue
            own = content_words(" ".join(filter(None, [event.what, event.trigger])))
            context = content_words(event.evidence)
            score = 2.0 * len(question.words & own) + len(question.words & context)
            same_act = bool(
                question.verb and event.trigger and stem(event.trigger.lower()) == stem(question.verb)
            )
            score += 2 * same_act
            precision = PRECISION.get(event.date_precision, 0)
            # The act asked about ("established") outranks a more precisely dated other act of the code.
            ranked.append((self._object_match(event, question), same_act, precision, score, event))
        ranked.sort(key=lambda item: item[:4], reverse=True)
        # An event about another thing than the one asked ("praised the withdrawal" for "when did they sign
        # the deal") answers nothing: better the sentences, or no answer, than a wrong date.
        fitting = [(score, event) for match, _, _, score, event in ranked if match or not question.objects]
        if not question.places:
            return fitting
        # Where each event happened is read lazily, best first: answers use the first few.
        placed = []
        for score, event in fitting:
            if self._placed(event, question, places):
                placed.append((score, event))
                if len(placed) == PLACED_ENOUGH:
                    break
        return placed

    def asked_period(self, question: Question) -> str | None:
        """The year or month the question sets its act in, written with its year ("in April 2022",
        "in 2019"); None when it names none, or a month without a year."""
        if not question.years:
            return None
        for timex in tag_timexes(question.text, None, self.resources):
            # "the 1998 agreement", "the 2012 ruling": a year that names a thing sets no period.
            named = re.search(r"\bthe\s+$", question.text[: timex.start], re.I)
            if timex.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d{2})?", timex.value) and not named:
                return timex.value
        return None

    def _in_period(self, event: Event, period: str) -> bool:
        """The event is dated inside the period, or at a coarser precision that holds it; an undated one
        when its article was published inside it (the news of the day)."""
        if event.date:
            return event.date.startswith(period) or period.startswith(event.date)
        document = self.store.document(event.doc_id)
        return bool(document and document.published and document.published.startswith(period))

    def _placed(self, event: Event, question: Question, places: dict[str, set[str]]) -> bool:
        """The event happens where the question asks ("whom did X meet in Oslo"): its place, else its
        sentence, else the places of its article's other events do not say otherwise."""
        asked = {p.lower() for p in question.places}
        asked |= {
            n.lower() for p in question.places if (c := self.gazetteer.names.get(p)) for n in self._names(c)
        }
        if event.place:
            return event.place.lower() in asked or self.gazetteer.country_of(event.place) in {
                self.gazetteer.country_of(p) for p in question.places if self.gazetteer.names.get(p)
            }
        if any(re.search(rf"\b{re.escape(a)}\b", event.evidence.lower()) for a in asked):
            return True
        if any(
            re.search(rf"\b{re.escape(a)}\b", s.text.lower()) and self.tells_act(question, s.text)
            for s in self.store.sentences(event.doc_id)
            for a in asked
        ):
            # "When were the protocols signed in Zurich?": another sentence of the article tells the act
            # there; the record's sentence, which does not name the place, tells another occasion.
            return False
        if event.doc_id not in places:
            places[event.doc_id] = {
                e.place.lower() for e in self.store.events(doc_id=event.doc_id) if e.place
            }
        return not places[event.doc_id] or bool(places[event.doc_id] & asked)

    def _article_names(self, doc_id: str, places: list[str]) -> bool:
        """The article names every place (a country by any of its names): one that does not tells of
        something that happened elsewhere."""
        if not places:
            return True
        document = self.store.document(doc_id)
        # "the Rusumo-Kirehe crossing" is written "Rusumo–Kirehe" too: any dash joins the two names.
        text = DASHES.sub("-", document.text if document is not None else "")
        for place in places:
            iso3 = self.gazetteer.names.get(place)
            names = self._names(iso3) if iso3 else [DASHES.sub("-", re.sub(r"^(?i:the)\s+", "", place))]
            if not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
                return False
        return True

    def _names(self, iso3: str) -> list[str]:
        tables = (self.gazetteer.names, self.gazetteer.demonyms, self.gazetteer.capitals)
        return [name for table in tables for name, code in table.items() if code == iso3]

    def _date(self, question: Question) -> Answer | None:
        acted = self._acted(question)
        dated = [e for _, e in acted if e.date and not self._dates_other_act(e, question)]
        if not dated:
            return None
        best = dated[0]
        if self._other_parties_differ(best, [e for _, e in acted], question):
            return None
        return Answer(
            question=question.text,
            answer=date_words(best.date or ""),
            value=best.date,
            kind="date",
            citations=[self._cite_event(best)],
            confidence=round(max(best.confidence, 0.6), 2),
        )

    def _other_parties_differ(self, best: Event, fitting: list[Event], question: Question) -> bool:
        """ "When did Nigeria close its borders?" names one state; the best record closes them to
        Niger, an article of the store closes them to Benin: two stories, and the question does not say
        which. The record then answers no better than a guess; the text may tell them apart."""
        if len(question.countries) != 1 or question.people:
            return False

        def other(event: Event) -> str | None:
            parties = [event.source, event.target]
            found = {p.country for p in parties if p is not None and p.country} - question.countries
            return found.pop() if len(found) == 1 else None

        mine = other(best)
        if mine is None:
            return False
        return any(e.doc_id != best.doc_id and other(e) not in {None, mine} for e in fitting)

    def _dates_other_act(self, event: Event, question: Question) -> bool:
        """The event acts on another thing than the one asked, which its sentence names too ("in March it
        suspended talks, and in June it suspended an agreement" for "when did it suspend the agreement"):
        the sentence tells two acts, and the record dates the other one."""
        if not question.objects or not event.what:
            return False
        same = {self.synonyms.get(w, w) for w in question.objects}
        # What the act is on: the words before a preposition ("talks on a peace treaty" is talks).
        head = re.split(r"\b(?:on|of|with|for|to|in|about|over|from|at|by)\b", event.what.lower())[0]
        if same & {self.synonyms.get(w, w) for w in content_words(head)}:
            return False
        return bool(same & {self.synonyms.get(w, w) for w in content_words(event.evidence)})

    def tells_act(self, question: Question, evidence: str) -> bool:
        """The evidence tells the act asked about (or a synonym), when the question names one."""
        act = question.act or question.verb
        if not act or act in {"be", "have", "do"}:
            return True
        held = {self.synonyms.get(w, w) for w in content_words(evidence)}
        return bool({stem(act), self.synonyms.get(stem(act), stem(act))} & held)

    def _acted(self, question: Question) -> list[tuple[float, Event]]:
        """Ranked events of the act asked: of its CAMEO root, or triggered by its very verb when no
        pattern codes it ("whom did Kenya summon" is not answered by everyone Kenya met)."""
        ranked = self.ranked_events(question)
        if question.root or not question.verb or question.verb in {"be", "have", "do"}:
            return ranked
        return [(s, e) for s, e in ranked if e.trigger and stem(e.trigger) == stem(question.verb)]

    def _person(self, question: Question) -> Answer | None:
        if (
            not question.wh_subject
            and question.act not in {None, question.verb}
            and question.verb not in {None, *REPORTING, "be", "have", "do"}
        ):
            # "Whom did X urge Jakarta to release?": the urging's record holds the urger and the urged,
            # not whom the act it urges is done to; only a sentence that tells that act can say.
            return None
        ranked = self._acted(question)
        if not ranked:
            return None
        # The bar is set by the best record with a person besides the asked: a better-matching one whose
        # other party is a state (a visit "to the capital by X") must not raise it above the reports of whom
        # X met.
        top: float | None = None
        asked = {n for p in question.people for n in [p.name, *p.aliases]}
        names: list[str] = []
        citations: list[Citation] = []
        confidence = 0.0
        for score, event in ranked[:6]:
            # "Whom did X meet": everyone they met in the store, the best-matching reports first.
            if top is not None and score < top - 3:
                break
            if top is None and any(
                p is not None and p.kind == "person" and p.name not in asked
                for p in (event.source, event.target)
            ):
                top = score
            split = sides(event, question)
            if split is None:
                continue  # the record does not say which side the asked one is on: the text may
            answering, named = split
            if not named_side_fits(named, question):
                continue  # "whom did X receive" is not answered by a record where X was received
            for party in answering:
                if question.title and (not party or question.title not in (party.role or "").lower()):
                    continue  # "which minister": only those the record gives that office
                if party is not None and _is_described_doer(party, question):
                    continue  # "Whom did Peru's minister urge": the minister did the urging
                if (
                    party
                    and party.kind == "person"
                    and self._has_proper_name(party.name)
                    and party.name not in asked
                    and party.name not in names
                ):
                    names.append(party.name)
                    citations.append(self._cite_event(event))
                    confidence = max(confidence, event.confidence)
        if not names:
            return None
        return Answer(
            question=question.text,
            answer=" and ".join(names),
            value="; ".join(names),
            kind="person",
            citations=citations,
            confidence=round(max(confidence, 0.6), 2),
        )

    def _counts_asked(self, question: Question, fact: Fact) -> bool:
        """The fact counts the noun the question counts, when both say what they count: the sentence
        may name the asked noun ("3 boats and their 27 crew members") beside the one its figure counts."""
        counted = {self.synonyms.get(w, w) for w in question.counted}
        if fact.unit == "people" and counted <= {stem("people")}:
            return True  # "how many Cubans": people, whom the fact counts by any noun
        if fact.unit == "people" and not fact.subject and counted and not counted & PEOPLE:
            # "How many boats from X …" is not answered by "11 fishermen from X": the words the number is
            # written with say what it counts.
            told = {
                self.synonyms.get(stem(w), stem(w))
                for words in words_after(fact.evidence, f"{fact.value:g}")
                for w in words
            }
            if told and not counted & told:
                return False
        noun = fact.subject or (fact.unit if fact.unit not in STANDARD_UNITS else "")
        # "fishermen from Dhofar and their three boats": the noun counted is the phrase's head, before what
        # qualifies it or is joined to it.
        noun = re.split(r"\s*(?:\b(?:from|of|and|with|in|on|at|for|to|who|which|that)\b|,)", noun)[0]
        # "wounded eleven": a number word the extractor took for the noun says nothing of what it counts.
        held = {self.synonyms.get(w, w) for w in content_words(noun) if w not in NUMBER_STEMS}
        return not counted or not held or bool(counted & held)

    def _has_proper_name(self, name: str) -> bool:
        """ "Venezuela's ambassador" or "the Hungarian prime minister" is an office, not an answer to
        "who": a person's name has a word that is neither a state's nor an office's."""
        office_words = self._office_words()
        words = re.findall(r"[^\W\d_][\w'’.-]*", name.replace("'s", "").replace("’s", ""))
        i = 0
        while i < len(words):
            # "Burkina Faso's ambassador": a state's name of several words names no one.
            state = next(
                (j for j in range(len(words), i, -1) if self.gazetteer.country_of(" ".join(words[i:j]))), None
            )
            if state is not None:
                i = state
                continue
            if words[i][0].isupper() and words[i].lower() not in office_words:
                return True
            i += 1
        return False

    def _office_words(self) -> frozenset[str]:
        if not hasattr(self, "_offices"):
            self._offices = frozenset(w for title in self.gazetteer.titles for w in title.lower().split())
        return self._offices

    def _place(self, question: Question) -> Answer | None:
        """Where the best matching event happens or is to happen."""
        if not question.root and (question.verb or "be") in {"be", "have", "do"}:
            return None  # no act to look for: any event of the parties would do, which answers nothing
        acted = [e for _, e in self._acted(question)]
        for event in acted:
            if event.place and self._other_parties_differ(event, acted, question):
                return None
            # "Where did X arrive" is not answered by where X met someone: the record's sentence must
            # tell the act asked about, not only another act of its code.
            if event.place and self.tells_act(question, event.evidence):
                return Answer(
                    question=question.text,
                    answer=event.place,
                    value=event.place,
                    kind="place",
                    citations=[self._cite_event(event)],
                    confidence=round(max(event.confidence, 0.6), 2),
                )
        return None

    # --- actors and facts -------------------------------------------------------------------------------

    def _role(self, question: Question) -> Answer | None:
        groups = question.match.groupdict() if question.match else {}
        role_words = (groups.get("role") or "").lower().strip()
        title = self.gazetteer.titles.get(role_words) or self.gazetteer.titles.get(
            role_words.split()[-1] if role_words else ""
        )
        owner = self.gazetteer.country_of((groups.get("owner") or "").strip())
        if title is None:
            return None
        for actor in self.store.actors(kind="person"):
            if actor.role == title.role and (owner is None or actor.country == owner):
                for doc_id in self.store.actor_documents(actor.id):
                    for sentence in self.store.sentences(doc_id):
                        if actor.name.split()[-1] in sentence.text:
                            return Answer(
                                question=question.text,
                                answer=actor.name,
                                value=actor.name,
                                kind="person",
                                citations=[
                                    self.cite(
                                        doc_id, sentence.text, sentence.start, sentence.end, sentence.index
                                    )
                                ],
                                confidence=0.8,
                            )
        return None

    def _figure(self, question: Question) -> Answer | None:
        rules = self.resources.load("facts.kinds", load_kinds)
        kind = next((r.kind for r in rules if r.kind != "count" and r.cue.search(question.text)), None)
        period = next((t for t in tag_timexes(question.text, None, self.resources) if t.type == "DATE"), None)
        best: tuple[float, Fact] | None = None
        # "How many tanks": a number of things, never a sum of money or a share.
        lowered = question.text.lower()
        counting = lowered.lstrip().startswith("how many") and not re.search(
            r"\b(?:dollars?|euros?|manats?|pounds|money|usd|\$)", lowered
        )
        # The things counted: "how many K2 tanks did …" → the words before the verb.
        counted = content_words(
            re.split(r"\b(?:did|do|does|were|was|are|is|have|has)\b", lowered[8:], maxsplit=1)[0]
        )
        countries = sorted(question.countries)
        between = (countries[0], countries[1]) if len(countries) == 2 else None
        # The question's own words, without the states it names and the words of any figure question: a
        # fact answers only when its sentence is about them ("the line of credit for the railway" is not
        # the trade figure of the same two states).
        generic = {stem(w) for w in ("how", "much", "many", "large", "big", "worth", "total", "amount")}
        named = content_words(" ".join(n for c in question.countries for n in self._names(c)))
        distinctive = question.words - named - generic
        shares = "percent" in lowered or "share" in lowered or "%" in lowered
        asks_amount = re.match(r"\s*how\s+much\b", lowered) is not None
        asked_stuff = figure_answers.asked_stuff(question)
        for fact in self.store.facts(kind=kind, between=between):
            if fact.unit == "percent" and not shares:
                continue  # "how much" asks for an amount, not a share
            if asks_amount and fact.unit != "USD" and not AMOUNT_UNIT.fullmatch(fact.unit or ""):
                # "how much will X lend", "how much maize": a sum or a stuff's amount, never a count of
                # people or of things ("27 trucks loaded with maize").
                continue
            if kind is None and len(distinctive & content_words(fact.evidence)) < MIN_SHARED_WORDS:
                continue
            if counting and (
                fact.unit in {"USD", "percent", "years"} or not counted & content_words(fact.evidence)
            ):
                continue
            if asked_stuff and stem(asked_stuff) not in content_words(fact.evidence):
                continue  # "how much drinking water will the plant produce" is not the plant's loan
            if counting and not self._counts_asked(question, fact):
                continue  # "how many crew members" is not answered by the number of boats they were on
            if counting and not self.tells_act(question, fact.evidence):
                continue  # "how many were rescued" is not answered by how many died
            if counting and not self.tells_act(question, _figure_clause(fact)):
                continue  # "killed two and wounded eleven": the two are not the wounded asked about
            if question.countries and not question.countries <= set(fact.parties):
                continue
            if not self._article_names(fact.doc_id, question.places):
                continue  # "how many were detained in the Gulf of Riga": a count told of elsewhere
            if (
                period is not None
                and (period.begin or period.value) != fact.period_start
                and period.value[:4] != (fact.period_start or "")[:4]
            ):
                continue
            if period is not None and _other_month(period.value, fact.period_start):
                continue  # "how many in August" is not answered by a count "since January"
            score = len(question.words & content_words(" ".join(filter(None, [fact.subject, fact.evidence]))))
            if best is None or score > best[0]:
                best = (score, fact)
        if best is None:
            return None
        fact = best[1]
        amount = money_words(fact.value, fact.unit, fact.original_value, fact.original_unit)
        if fact.approx:
            amount = f"{fact.approx} {amount}"
        if fact.unit == "USD" and fact.original_unit not in {None, "USD"}:
            # "2.9 billion dirhams": the sum in dollars too, which readers compare across stories.
            amount += f" ({money_words(fact.value, fact.unit, None, None)})"
        if fact.period_text:
            amount += f" ({fact.period_text})"
        return Answer(
            question=question.text,
            answer=amount,
            value=f"{fact.value:g}",
            kind="figure",
            citations=[self._cite_event(fact)],
            confidence=0.8,
        )


DASHES = re.compile(r"[\u2010-\u2015-]")


def _is_described_doer(party: Actor, question: Question) -> bool:
    """The party is the one the question's subject names by office and state ("Peru's defence minister")."""
    role = (party.role or "").lower()
    return bool(
        role
        and question.doer_country
        and party.country == question.doer_country
        and re.search(rf"\b{re.escape(role)}\b", question.doer_office)
    )


def _other_month(asked: str, start: str | None) -> bool:
    """The question asks about one month ("in August 2024") and the figure's period begins in another
    ("since January this year"): a total over other months, not the month's."""
    month = re.fullmatch(r"\d{4}-\d{2}", asked)
    return month is not None and start is not None and len(start) >= 7 and start[:7] != asked


CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def _figure_clause(fact: Fact) -> str:
    """The part of the fact's sentence between the clause breaks around its figure ("wounded eleven" in
    "killed two civilians and wounded eleven"); the whole sentence when the figure is not written there as
    a plain number or a number word."""
    if fact.value != int(fact.value):
        return fact.evidence
    value = int(fact.value)
    words = [w for w, n in WORD_NUMBERS.items() if n == value and len(w) > 1]
    written = "|".join([re.escape(f"{value:,}"), str(value), *words])
    spots = list(re.finditer(rf"(?<![\w.,])(?:{written})(?![\w]|[.,]\d)", fact.evidence, re.IGNORECASE))
    if len(spots) != 1:
        return fact.evidence  # not found, or found twice: no clause to prefer
    at = spots[0]
    breaks = list(CLAUSE_BREAK.finditer(fact.evidence))
    begin = max((b.end() for b in breaks if b.end() <= at.start()), default=0)
    end = min((b.start() for b in breaks if b.start() >= at.end()), default=len(fact.evidence))
    return fact.evidence[begin:end]
