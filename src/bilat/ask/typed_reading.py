"""The asker's typed reading of a candidate sentence: the acts it holds for the question, and the
answer of the asked type taken at the best of them.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Token

from bilat.ask import (
    converse,
    date_answers,
    day_fit,
    doing,
    figure_answers,
    ordinals,
    pairs,
    person_answers,
    places,
    quoted,
    reasons,
    thing_answers,
    typed,
)
from bilat.ask.question import (
    Question,
    content_words,
    date_words,
    phrase_acts,
    stem,
)
from bilat.ask.retrieve import Candidate
from bilat.ask.rewording import (
    _is_name,
)
from bilat.ask.source_names import (
    DATELINE,
    _dateline_only,
)
from bilat.ask.typed import MONEY


def _tells_circumstance(sentence: Doc, question: Question) -> bool:
    """The sentence's verb is one of the question's circumstance clause ("after X recalled …"), not its
    act: the people it names did or underwent that other act."""
    asked = question.act or question.verb
    if not question.context or not asked or asked in {"be", "have", "do"}:
        return False
    return any(t.pos_ == "VERB" and stem(t.lemma_) in question.context for t in sentence)


COUNTING = re.compile(r"\s*how\s+many\b", re.I)


def _tells_other_verb(sentence: Doc, question: Question) -> bool:
    """The sentence has a verb of the question that is not its act ("the men detained" for "how many of
    the men detained were freed"), when the question has an act of its own."""
    asked = question.act or question.verb
    if not asked or asked in {"be", "have", "do"}:
        return False
    others = question.words - {stem(asked)}
    return any(t.pos_ == "VERB" and stem(t.lemma_) in others for t in sentence)


class TypedReading:
    """The Asker's typed reading of a sentence (a mixin: it uses the Asker's parser and resources)."""

    def _typed(self, question: Question, candidate: Candidate) -> tuple[str, str] | None:
        """(value, answer words) of the question's type in the candidate sentence, or None."""
        if not self._tells_main_verb(question, candidate.text):
            return None
        sentence = self.nlp(candidate.text)
        if question.text not in self._series:
            self._series = {question.text: ordinals.ordinals(self.nlp(question.text))}
        if ordinals.other_in_series(self._series[question.text], sentence):
            return None  # "the fifth session" for a question about the fourth: another occasion
        acts = typed.anchors(sentence, question, self.synonyms, self.phrases)
        if question.kind == "person" and question.act == "be" and question.title and question.asked_country:
            acts = []  # "Who is the Burkinabe ambassador in Accra?": an office of a state, no act to anchor
        # "What did X say it would not receive?" is not answered by a sentence that tells no receiving:
        # what the reporting verb takes there is the whole clause of another act.
        reported = question.kind == "thing" and question.verb in places.REPORTING
        if (
            not acts
            and not reported
            and question.act
            and question.verb not in {None, question.act, "be", "do", "have"}
        ):
            # "What did X propose to hold?" told "X proposed a meeting of the two cabinets": what the
            # main verb acts on names the thing when the sentence lacks the last verb; "From what date
            # will X resume placing workers" told "will resume the placement of workers from …".
            acts = typed.anchors(
                sentence, dataclasses.replace(question, act=None), self.synonyms, self.phrases
            )
        if not acts and question.form is not None and question.form.name == "which_thing":
            # "Which rebel group did X accuse Y of sheltering?" told as "until Y stops sheltering the
            # … rebels": another verb of the question holds the thing asked for.
            acts = [t for t in sentence if t.pos_ == "VERB" and stem(t.lemma_) in question.words]
        if not acts and question.kind == "person":
            for act in converse.converse_acts(sentence, question, self.converses):
                # "Who received X?" told "X called on Vice President Y": the one called on received.
                found = self._typed_at(converse.swapped(question), candidate, sentence, act)
                if found is not None:
                    return found
        if not acts and question.kind in {"person", "figure"} and _tells_circumstance(sentence, question):
            # "Whom did Tunisia summon after Morocco recalled its ambassador?" is not answered by a
            # sentence that tells a recall and no summons: the one it names was recalled. Nor "how many
            # of the traders detained were freed" by a sentence that counts the detained and frees none.
            return None
        if not acts and COUNTING.match(question.text) and _tells_other_verb(sentence, question):
            # "How many of the men detained were freed?" is not answered by a sentence that counts the
            # men detained and frees none: its number counts the other verb's.
            return None
        found = self._typed_acts(question, candidate, sentence, acts)
        if found is None and question.kind == "place":
            # "In which town are the men detained … to appear before a magistrate?" told "were detained …
            # and would appear before a magistrate in X": the place is of the question's other verb,
            # joined to its act in the sentence.
            for verb in self._joined_verbs(question, sentence, acts):
                found = self._typed_at(question, candidate, sentence, verb)
                if found is not None:
                    break
        if (
            found is None
            and question.kind == "person"
            and question.wh_subject
            and question.act
            and question.verb not in {None, question.act, "be", "do", "have"}
        ):
            # "Which minister said X would be excluded …" told "Minister Y said X would be excluded":
            # the one asked for did the question's first verb (said), not the act it reports.
            plain = dataclasses.replace(question, act=None, act_word=None)
            acts = typed.anchors(sentence, plain, self.synonyms, self.phrases)
            found = self._typed_acts(plain, candidate, sentence, acts)
        if found is None and not acts:
            speaking = quoted.speaker_verb(sentence, question, self.synonyms)
            if speaking is not None:
                # '"We reject this," Minister X said' for "Who rejected …": the speaker did the act.
                plain = dataclasses.replace(question, act=None, act_word=None, subject_country=None)
                found = self._typed_at(plain, candidate, sentence, speaking)
                if found is None and quoted.pronoun_speaker(speaking):
                    found = self._speaker_before(question, candidate)
        return found

    def _joined_verbs(self, question: Question, sentence: Doc, acts: list[Token]) -> list[Token]:
        """The sentence's verbs of the question's other words that are joined to a telling of its act
        (a verb of the same coordination, or one the act governs or is governed by)."""
        told = {a.i for a in acts}
        asked = {stem(question.act or ""), stem(question.verb or "")}
        return [
            v
            for v in sentence
            if v.pos_ == "VERB"
            and v.i not in told
            and stem(v.lemma_) in question.words - asked
            and v.lemma_.lower() not in places.REPORTING
            and any(v.head.i == a.i or a.head.i == v.i or a in v.conjuncts for a in acts)
        ]

    def _other_in_series(self, question: Question, evidence: str) -> bool:
        """The sentence names the thing the question numbers ("the fourth session") only with another
        ordinal ("the fifth session", "the next session"), or does not name it at all: it tells another
        occasion of the series, or another thing."""
        if question.text not in self._series:
            self._series = {question.text: ordinals.ordinals(self.nlp(question.text))}
        asked = self._series[question.text]
        if not asked:
            return False
        if not asked.keys() & {stem(w) for w in re.findall(r"[\w-]+", evidence)}:
            return True  # the numbered thing is not named: the sentence tells another occasion
        return ordinals.other_in_series(asked, self.nlp(evidence))

    def _tells_main_verb(self, question: Question, text: str) -> bool:
        """ "What did Egypt demand that Addis Ababa sign?" is not answered by a sentence that tells of a
        signing and no demand ("the two ministers signed the agreement"): the act is another's than the
        doer's the question names, and a sentence without the demand may tell another story's signing."""
        governing = self._others.get(question.text)
        if governing is None:
            return True
        asked = {governing, self.synonyms.get(governing, governing)}
        held = {self.synonyms.get(w, w) for w in content_words(text)}
        held |= {self.synonyms.get(v, v) for _, v in phrase_acts(text, self.phrases)}
        return bool(asked & held)

    def _governing(self, question: Question) -> str | None:
        """The stem of the word whose clause holds the question's act when that act is another's than
        its doer's: "demand that Addis Ababa sign" (the act has its own subject), "urge Beirut to take
        back" (the verb's object acts). None for "agree to lend", "threaten to suspend" (the doer's own
        act, which an article may tell alone) and for a verb that only reports the act ("said")."""
        act = question.act or question.verb
        found = None
        wh = {"what", "which", "who", "whom", "much", "many", "how"}
        for token in self.nlp(question.text) if act and act not in {"be", "have", "do"} else []:
            head = token.head
            if token.pos_ != "VERB" or stem(token.lemma_) != stem(act) or head.i == token.i:
                continue
            if token.dep_ not in {"xcomp", "ccomp"} or head.pos_ not in {"VERB", "NOUN"}:
                continue
            if head.lemma_.lower() in {"be", "have", "do", *places.REPORTING}:
                continue  # "did Colombia recall", parsed as the auxiliary's clause; "said X would …"
            # A "that" clause has a subject of its own, which the model may attach otherwise.
            own_subject = any(
                (c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in wh)
                or (c.dep_ == "mark" and c.lower_ == "that")
                for c in token.children
            )
            controlled = any(c.dep_ == "dobj" and c.lower_ not in wh for c in head.children)
            if own_subject or controlled:
                found = stem(head.lemma_)
        return found

    def _typed_acts(
        self, question: Question, candidate: Candidate, sentence: Doc, acts: list[Token]
    ) -> tuple[str, str] | None:
        if question.kind in {"person", "role", "place", "thing"} and len(acts) > 1:
            # The act told twice ("X summoned A; later B was summoned"): the first that answers.
            for act in acts:
                found = self._typed_at(question, candidate, sentence, act)
                if found is not None:
                    return found
            return None
        if len(acts) > 1 and question.subject_country:
            # "Flights resumed afterwards, and India resumed visas in July": the telling whose doer is
            # the state asked about, before another's (a stable sort keeps the sentence's order).
            acts = sorted(acts, key=lambda act: not typed.done_by(act, question.subject_country))
        if len(acts) > 1 and question.objects:
            # "In March Russia suspended talks, and in June it suspended an agreement": the telling that
            # acts on the thing asked about comes first, though its doer is a pronoun.
            acts = sorted(acts, key=lambda act: not self._acts_on(act, question))
        return self._typed_at(question, candidate, sentence, acts[0] if acts else None)

    def _other_state_place(self, question: Question, where: str) -> bool:
        """ "Which Vietnamese province …" is not answered by a place the gazetteer knows as another
        state's (a province, a capital, the state itself)."""
        if question.asked_country is None:
            return False
        found = self.gazetteer.regions.get(where) or self.gazetteer.capitals.get(where)
        return found is not None and found != question.asked_country

    def _region_for_smaller(self, question: Question, where: str) -> bool:
        """ "In which city …" is not answered by a province ("in Tatarstan"): a place of a smaller kind
        (a city, port, crossing, island) is never a region the gazetteer lists."""
        kind = places.asked_kind(question)
        return kind in places.SMALLER_PLACES and where.removeprefix("the ") in self.gazetteer.regions

    def _main_verbs(self, question: Question, sentence: Doc) -> list[Token]:
        """The tellings of the question's first verb when it governs its act ("resume placing workers"):
        "will resume the placement of workers from 1 August" sets the date on the resuming."""
        if not question.act or question.verb in {None, question.act, "be", "do", "have", *places.REPORTING}:
            return []
        plain = dataclasses.replace(question, act=None)
        return [v for v in typed.anchors(sentence, plain, self.synonyms, self.phrases) if v.pos_ == "VERB"]

    def _acts_on(self, act: Token, question: Question) -> bool:
        """The act's object (or passive subject) is the thing the question asks about, or a synonym."""
        same = {self.synonyms.get(w, w) for w in question.objects}
        told = {stem(c.text) for c in act.children if c.dep_ in {"dobj", "nsubjpass", "attr"}}
        return bool(same & {self.synonyms.get(w, w) for w in told})

    def _typed_at(
        self, question: Question, candidate: Candidate, sentence, act: Token | None
    ) -> tuple[str, str] | None:
        """(value, answer words) of the question's type for one telling of its act in the sentence."""
        if act is not None and (
            (question.future and typed.done_before(act))
            or typed.other_doer(act, question)
            or typed.only_wanted(act, question)
        ):
            return None
        if question.kind in {"person", "role"}:
            people = person_answers.person(
                sentence, question, act, candidate.document.text, self.surnames, self.roles
            )
            if not people and act is not None and question.kind == "person":
                people = self._office_holder(question, candidate, sentence, act)
            if not people and act is not None and question.kind == "person" and question.title:
                people = self._pronoun_holder(question, candidate, sentence, act)
            people = [
                p for p in self._of_asked_country(question, people) if not _dateline_only(p, candidate.text)
            ]
            if not people and question.kind == "person" and question.form is not None:
                # "Whom did X urge Y to release?" told "… release the minors": the group, unnamed.
                told = (
                    thing_answers.group(sentence, question, act, self.offices)
                    if question.form.name == "who"
                    else None
                )
                people = [told] if told else []
            return ("; ".join(people), " and ".join(people)) if people else None
        if question.form is not None and question.form.name == "which_two":
            ends = pairs.pair(sentence, question, self.country_words)
            return (ends, ends) if ends else None
        if question.kind == "place":
            where = places.place(sentence, question, act, self.country_words)
            # "In which province …" told "in the northern province of Kestrel Vale", a name the model
            # may take for a person's: the name the sentence gives a place of the kind asked for.
            where = where or places.kind_name(
                sentence, question, act, self.country_words, self.retriever.kinds
            )
            # "Where is Egypt's military factory …": where the sentence sets the thing itself.
            where = where or places.located(sentence, question, self.country_words)
            if where and (
                _dateline_only(where, candidate.text)
                or self._other_state_place(question, where)
                or self._region_for_smaller(question, where)
            ):
                return None
            return (where, where) if where else None
        if question.form is not None and question.form.name == "which_subject":
            # "Which country agreed …", "Which patrol ship intercepted …": who or what did the act.
            if question.asked_noun == stem("country"):
                what = places.doing_country(sentence, question, act)
            else:
                what = places.kind_name(
                    sentence, question, act, self.country_words, self.retriever.kinds, self._own(question)
                )
            return (what, what) if what else None
        if question.kind == "thing" and question.form is not None and question.form.name == "which_thing":
            what = thing_answers.which_thing(sentence, question, act)
            if what and question.text in self._name_asked and not _is_name(what):
                what = None  # "a Faroese-registered ferry" describes the thing a name question asks for
            what = what or places.kind_name(
                sentence, question, act, self.country_words, self.retriever.kinds, self._own(question)
            )
            return (what, what) if what else None
        if question.kind == "thing" and question.form is not None and question.form.name == "why":
            what = reasons.why(sentence, act)
            return (what, what) if what else None
        if question.kind == "thing" and (reasoned := reasons.asked(question.text)) is not None:
            # "What reasons did X give for closing Y?": the reasons the telling of the act gives.
            what = reasons.reason(sentence, reasoned)
            return (what, what) if what else None
        if question.kind == "thing" and (told := doing.asked(question.text)) is not None:
            # "What were X doing when Y …": the "as" or "while" clause of the sentence telling Y.
            what = doing.doing(sentence, *told)
            return (what, what) if what else None
        if question.kind == "thing":
            what = thing_answers.thing(sentence, question, act)
            if what and DATELINE.match(what):
                return None  # a clause that takes in the dateline is the whole report, not a thing
            return (what, what) if what else None
        timexes, quantities = self._annotations(candidate)
        dateline = DATELINE.match(candidate.text)
        if dateline is not None:
            # "N'DJAMENA, March 13 (Wire) — Chad has summoned …": the dateline dates the report, not the act.
            timexes = [t for t in timexes if t.start >= dateline.end()]
        if question.kind == "date" and date_answers.asks_deadline(question):
            # A deadline is the date the sentence sets after "by" or "until", never the news day.
            dates = [
                t
                for t in map(date_answers.on_day, date_answers.deadlines(candidate.text, timexes, question))
                if date_answers.is_calendar(t)
            ]
            if act is not None:
                dates = [t for t in dates if date_answers.deadline_of(sentence, t, act)] or [
                    t
                    for t in dates
                    if any(
                        date_answers.deadline_of(sentence, t, v) for v in self._main_verbs(question, sentence)
                    )
                ]
            when = dates[0] if len({t.value for t in dates}) == 1 else None
            return (when.value, date_words(when.value)) if when else None
        if question.kind == "date":
            other_verb = any(t.pos_ == "VERB" and stem(t.lemma_) in question.words for t in sentence)
            when = date_answers.date(timexes, question, act.idx if act is not None else None, act, other_verb)
            if when is None and act is not None:
                when = date_answers.counted_date(timexes, act)
            if when is None and (
                date_answers.told_relative(timexes) or any(date_answers.is_calendar(t) for t in timexes)
            ):
                return None  # the sentence's dates are other acts': the paragraph's or the lead's are too
            if when is None and act is not None and (when := self._scene_date(candidate)) is not None:
                # A date read from the sentence before is less sure than the sentence's own.
                candidate.coverage *= 0.8
            if when is None and act is not None and (when := self._news_day(candidate, act)) is not None:
                candidate.coverage *= 0.7
            return (when.value, date_words(when.value)) if when else None
        if question.kind == "figure":
            # "For how many days …": a duration, which the time expressions hold, not the quantities.
            spanned = date_answers.duration(sentence, timexes, question, act)
            if spanned:
                return spanned
            if (span := date_answers.ASKED_SPAN.search(question.text)) is not None:
                # "Over how many years is the loan to be repaid?", "within how many days …": a span in the
                # unit asked, never the sum of the loan nor "300 metres".
                unit = span.group(1).lower().rstrip("s")
                quantities = [
                    q
                    for q in quantities
                    if q.unit not in MONEY and re.search(rf"\b{unit}s?\b", f"{q.unit} {q.text}", re.I)
                ]
            asked = self._asked_day(question)
            if asked is None:
                return figure_answers.figure(sentence, quantities, question, act, self.retriever.kinds)
            # "How many … on Sunday": a figure of a clause dated to another time counts another act.
            fitting = day_fit.on_asked_day(sentence, timexes, quantities, asked)
            other = [q for q in quantities if q not in fitting]
            found = figure_answers.figure(sentence, quantities, question, act, self.retriever.kinds, other)
            return None if found is not None and found[0] in {f"{q.value:g}" for q in other} else found
        return None
