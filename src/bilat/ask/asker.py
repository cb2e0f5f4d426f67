"""Questions answered from the store, records first, then the text, citing the evidence.

question → parse (form, verb, actors, dates) → records (events, facts, office holders) → when they are
silent, retrieval of candidate sentences → a typed answer from the best one that holds it → citations.
When neither answers, the answer says that the store does not say: a wrong answer is worse than none.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Token

from bilat.ask import (
    antecedent,
    converse,
    date_answers,
    day_fit,
    doing,
    figure_answers,
    listed,
    ordinals,
    pairs,
    period,
    person_answers,
    places,
    quoted,
    reasons,
    thing_answers,
    typed,
)
from bilat.ask.age import age_answer
from bilat.ask.figure_fit import counts_other_state
from bilat.ask.question import (
    Question,
    content_words,
    date_words,
    load_forms,
    load_phrases,
    load_roles,
    load_synonym_groups,
    load_synonyms,
    parse_question,
    phrase_acts,
    stem,
)
from bilat.ask.records import RecordAnswers
from bilat.ask.retrieve import Candidate, Retriever, load_kinds, load_references
from bilat.extract.patterns import load_patterns
from bilat.models import Answer, Citation, Quantity, Timex
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.timex import tag_timexes
from bilat.resources import Resources
from bilat.store import Store

# "How much did Iran's oil minister say …": the one whose word a figure question asks for.
SAID_BY = re.compile(r"^\s*(?:how\s+(?:much|many)|what)\b.*?\b(?:did|does|do)\s+(.+?)\s+say\b", re.I)
LEAD_SENTENCES = 4  # headline, standfirst and first sentences: where an article dates its news
NEWS_WINDOW_DAYS = 7  # the lead's day is the news day when it is this close before publication
# Sentences before and after the act's that may name an office holder it leaves unnamed.
OFFICE_BEFORE, OFFICE_AFTER = 2, 8
TRIED = 8  # candidate sentences parsed for a typed answer before abstaining
UNKNOWN = "The store does not say."
# "When and where will …", "Where and when did …": two questions in one.
TWO_ASKED = re.compile(r"^\s*(when|where)\s+and\s+(when|where)\b", re.I)


# "…, according to the Horn Gazette?": the outlet or body whose account the question asks for.
# "according to the Dutch foreign ministry": the body's own noun, written in lower case, ends its name
# ("Nigerien officials", "the government" are the state's voices, named by its word alone).
ACCORDING_TO = re.compile(
    r"\b(?i:according\s+to\s+(?:the\s+)?)((?:[A-Z][\w'-]*\s?)+"
    r"(?:(?:[a-z][\w'-]*\s+){0,2}?(?:ministry|navy|army|police|military"
    r"|spokes(?:man|woman|person)|agency|embassy|office|coast\s+guard|service|directorate|secretariat"
    r"|company|committee|commission|bureau|administration|authority|department)\b)?)"
)
# The same nouns ending a source's name: a body that speaks in the article, not the outlet that wrote it.
BODY = re.compile(
    r"\b(?:ministry|navy|army|police|military|spokes(?:man|woman|person)|agency|embassy|office|guard|service"
    r"|directorate|secretariat|company|committee|commission|bureau|administration|authority|department)\s*$",
    re.I,
)


# "… according to Belarusian officials cited by the Harbour Courier?": the outlet that cited them is the
# source whose article holds the account; the officials' people word alone names no article.
CITED_BY = re.compile(r"\b(?i:(?:cited|quoted|reported)\s+by\s+(?:the\s+)?)((?:[A-Z][\w'-]*\s?)+)")


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


# A sentence that opens with a body's pronoun and a verb of saying: "It said in a statement that …".
SAYS_ON = re.compile(r"^\s*(?:It|They)\s+(?:also\s+)?(?:said|says|added|stated|reported|announced)\b")


# "according to Kuwait's Public Authority for Civil Information": a body with an owner and a proper name
# of its own, which an article that cites it writes in the same words.
OWNED_SOURCE = re.compile(
    r"\b(?i:according\s+to\s+)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+"
    r"([A-Z][\w'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'-]*)*)"
)
# The words of such a name that say whose body it is no more than "the ministry" does.
GENERIC_NAME_WORDS = frozenset(
    [
        "of",
        "for",
        "and",
        "on",
        "the",
        "ministry",
        "department",
        "office",
        "authority",
        "agency",
        "bureau",
        "service",
        "national",
        "state",
        "federal",
        "general",
        "public",
    ]
)


def owned_source_words(text: str) -> list[str]:
    """The distinctive words of a source the question names with its owner and a proper name ("Kuwait's
    Public Authority for Civil Information": civil, information); empty for none, or for a body named by
    common nouns ("Turkey's interior ministry"), which an article may word otherwise."""
    match = OWNED_SOURCE.search(text)
    if match is None:
        return []
    return [w for w in match.group(1).lower().split() if w not in GENERIC_NAME_WORDS]


def _named_source(text: str) -> str | None:
    """The source's name; None for one with an owner ("according to Peru's health ministry", "Peru's
    Department of Labour"), which an article may well write otherwise ("the Peruvian ministry")."""
    match = CITED_BY.search(text) or ACCORDING_TO.search(text)
    name = match.group(1).strip() if match else None
    return None if not name or "'s" in name or "’s" in name else name


def _names_source(text: str, source: str, countries: Collection[str] = ()) -> bool:
    """The article names the source: its words in order, a few words apart at most ("Defence Minister
    Varga" is written "Defence Minister Ilona Varga"). A country's name or people's word in it
    ("the Kyrgyz Economy Minister") says whose the source is, which the article may say elsewhere."""
    words = [w for w in source.split() if w not in countries] or source.split()
    gap = r"\W+(?:[\w'’.-]+\W+){0,3}?"
    if re.search(r"\b" + gap.join(map(re.escape, words)) + r"\b", text, re.I) is not None:
        return True
    # "the foreign ministry" is as often written "the Ministry of Foreign Affairs".
    portfolio = re.search(r"(\w+)\s+ministry\s*$", source, re.I)
    return portfolio is not None and (
        re.search(rf"\bministry\s+of\s+(?:the\s+)?{re.escape(portfolio.group(1))}\b", text, re.I) is not None
    )


def _is_outlet(outlet: str | None, source: str) -> bool:
    """ "According to the Harbour Gazette, …": the source is the outlet that published the article,
    which its text need not name (the outlet is read from the byline or the page, not the story)."""
    if not outlet:
        return False
    plain = re.sub(r"^\s*the\s+", "", source, flags=re.I).strip().lower()
    return bool(plain) and plain == re.sub(r"^\s*the\s+", "", outlet, flags=re.I).strip().lower()


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


# "Where did the fourth session take place?": an occasion that takes place is held, which the store's
# verbs and the place reader know ("will be held in Bujumbura"). Not "when": a held thing's sentence
# often dates another occasion ("will hold a naval drill, the first since 2011").
TAKE_PLACE = re.compile(r"^\s*(where)\s+(did|does|do|will)\s+(.+?)\s+take\s+place\b", re.I)
HELD_AS = {"did": "was", "does": "is", "do": "are"}


def as_held(text: str) -> str:
    """The question with "take place" asked as "be held" ("Where was the session held?")."""
    match = TAKE_PLACE.match(text)
    if match is None:
        return text
    wh, aux, occasion = match.group(1), match.group(2).lower(), match.group(3)
    asked = f"{wh} will {occasion} be held" if aux == "will" else f"{wh} {HELD_AS[aux]} {occasion} held"
    return asked + text[match.end() :]


# "N'DJAMENA, March 13 (Sahel Wire) — ", "RIGA — ": a dateline, a city in capitals before the dash.
DATELINE = re.compile(r"^\s*[A-Z][A-Z'’. -]+(?:,[^—–\n]{0,60}?)?\s+[—–-]+\s+")


def _dateline_only(name: str, text: str) -> bool:
    """The name is written in the sentence only in its dateline ("KATHMANDU, Jan 15 (Wire) — "): the
    city the report was filed from, never a person nor where or what the act was."""
    dateline = DATELINE.match(text)
    if dateline is None:
        return False
    pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
    return pattern.search(text, dateline.end()) is None and pattern.search(text[: dateline.end()]) is not None


# "What kind of investigation did X demand?": the kind is what the sentence says of the thing ("a full
# and joint investigation"), which "which investigation" asks for.
KIND_OF = re.compile(r"^\s*what\s+(?:kinds?|types?|sorts?)\s+of\s+(?=[a-z])", re.I)


# "What is the name of the freighter whose crew was arrested?": the name of a thing a relative clause
# picks out, which "which freighter's crew was arrested" asks for.
NAME_OF = re.compile(
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:the|a|an)\s+(?P<thing>[^,?]+?)\s+"
    r"(?P<relative>whose|that|which)\s+(?P<rest>[^?]+)",
    re.I,
)

# "What is the name of the trawler boarded by X?": a participle that describes the thing, asked as
# "which trawler was boarded by X"; the preposition after it says it is not the thing's own word.
NAME_OF_PARTICIPLE = re.compile(
    r"^\s*what\s+(?:is|was)\s+the\s+name\s+of\s+(?:the|a|an)\s+(?P<thing>[^,?]+?)\s+"
    r"(?P<part>[a-z]+(?:ed|en))\s+(?P<rest>(?:by|in|at|off|near|on|to|from|into|after)\b[^?]*)",
    re.I,
)

ASKS_NAME = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\b", re.I)


def _is_name(answer: str) -> bool:
    """The answer reads as a proper name ("the Aurora", "MV Sea Lark"), not a description of the thing
    ("a fishing boat seized off the coast"): capitalised from its first word, and short."""
    words = re.sub(r"^(?i:the)\s+", "", answer.strip()).split()
    # "Maltese-registered trawler": a kind noun last, the thing described by its flag, not named.
    return (
        bool(words)
        and len(words) <= 6
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and not words[-1].islower()
    )


def _unknown(text: str) -> Answer:
    return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)


SPAN_ASKED = re.compile(r"^\s*(?:within|for|in)\s+how\s+many\s+(?:hours|days|weeks|months|years)\b", re.I)
BY_HOW_MUCH = re.compile(r"\bby\s+how\s+much\b", re.I)
# A change told by its size: "rose by 11 percent", "cut charges by a fifth", "fell by 2 billion euros".
CHANGE_BY = re.compile(
    r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
    r"(?P<size>\d[\d.,]*\s*(?:per\s*cent|percent|%|percentage\s+points?)"
    r"|(?:a|one)[\s-](?:third|quarter|fifth|half|tenth)"
    r"|\d[\d.,]*\s*(?:million|billion|trillion)?\s*(?:[A-Z]{3}|dollars|euros|pounds|yuan|rupees|tonnes)\b)"
)
PERCENT = re.compile(r"\d\s*(?:per\s*cent|percent|%)|percentage\s+point", re.I)


def _as_told(found: Answer) -> Answer:
    """ "gave 40,000 rand, roughly 2,100 USD": a sum the article converts is answered as told, with
    the conversion after it; the conversion alone reads as another sum."""
    number = re.search(r"\d[\d.,]*", found.answer)
    if number is None or not found.citations or not re.search(r"\b[A-Z]{3}\b|[$€£]", found.answer):
        return found  # only a sum of money is converted
    told = re.search(
        r"(\d[\d.,]*(?:\s+(?:million|billion))?\s+[A-Za-z]+),\s+(?:about|some|around|roughly|approximately|or)\s+"
        + re.escape(number.group(0)),
        found.citations[0].evidence,
    )
    if told is None:
        return found
    return found.model_copy(update={"answer": f"{told.group(1)} ({found.answer})"})


def _by_change(found: Answer) -> Answer:
    """ "By how much did trade rise?" asks the size of the change ("rose by 11 percent"), not the level it
    reached ("to 23 billion euros"): a share answers; else the figure the evidence gives after "by";
    else nothing."""
    if PERCENT.search(found.answer):
        return found
    evidence = found.citations[0].evidence if found.citations else ""
    told = CHANGE_BY.search(evidence)
    if told is None:
        return _unknown(found.question)
    return found.model_copy(update={"answer": told["size"], "value": told["size"]})


def as_which(text: str) -> str:
    """The question with "what kind of" asked as "which" ("Which investigation did X demand?"), and
    "what is the name of the ship that …" as "which ship …"."""
    named = NAME_OF.match(text)
    if named is not None:
        whose = "'s" if named["relative"].lower() == "whose" else ""
        return f"Which {named['thing']}{whose} {named['rest']}{text[named.end() :]}"
    described = NAME_OF_PARTICIPLE.match(text)
    if described is not None:
        thing, rest = described["thing"], described["rest"]
        return f"Which {thing} was {described['part']} {rest}{text[described.end() :]}"
    return KIND_OF.sub("Which ", text, count=1)


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
        if question.asked_country is None and question.kind == "role" and question.match is not None:
            # "Who is France's foreign minister?": the office holder asked for is that state's; the
            # article may name the other state's holder of the office beside its "French counterpart".
            owner = (question.match.groupdict().get("owner") or "").strip()
            question.asked_country = self.gazetteer.country_of(owner) if owner else None
        return question

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

    def _other_body_says(self, question: Question, evidence: str) -> bool:
        """ "How much did Iran's oil minister say Iran owed?" is not answered by "Turkmengaz said … owed
        it 1.6 billion": the question names whose word it asks for (a state's office or body), and the
        sentence gives the word of another body, named as the subject of its verb of saying."""
        said = SAID_BY.search(question.text)
        if said is None or not re.search(r"['’]s\s", said.group(1)):
            return False
        asked = content_words(said.group(1))
        sayers = [
            t
            for t in self.nlp(evidence)
            if t.dep_ == "nsubj" and t.head.lemma_ in places.REPORTING and t.pos_ == "PROPN"
        ]
        return bool(sayers) and all(
            t.ent_type_ == "ORG" and not asked & content_words(" ".join(w.text for w in t.subtree))
            for t in sayers
        )

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

    def _source_tells(self, sentence: str, source: str) -> bool:
        """A body the question names beyond its country ("the Dutch foreign ministry") gives the figure
        of a sentence that names it: the sentence of another speaker in the same article ("the navy
        spokesman said 16 were held") tells the other side's figure."""
        if BODY.search(source) is None:
            # "according to Chad": a state, whose account any of its voices may give; "according to the
            # Harbour Gazette": the outlet, whose article is its account.
            return True
        # "The security service said 42 …" for "according to the State Security Service": a body
        # named again by the last words of its name.
        again = r"\b(?i:the)\s+" + r"\s+".join(map(re.escape, source.lower().split()[-2:])) + r"\b"
        return (
            _names_source(sentence, source, self.country_words)
            or re.search(again, sentence, re.I) is not None
        )

    def _source_before(self, candidate: Candidate, source: str) -> bool:
        """ "The Qatari ministry told another story. It said nine were held": a sentence whose
        "it" or "they" says something goes on with the source the sentence before (in its paragraph)
        names."""
        if SAYS_ON.match(candidate.text) is None:
            return False
        sentences = {s.index: s for s in self.store.sentences(candidate.doc_id)}
        here, before = sentences.get(candidate.sentence), sentences.get(candidate.sentence - 1)
        if here is None or before is None or before.paragraph != here.paragraph:
            return False
        return BODY.search(source) is not None and _names_source(before.text, source, self.country_words)

    def _cites_source(self, answer: Answer, source: str) -> bool:
        """An answer cites a document of the source the question names ("according to the X")."""
        for citation in answer.citations[:1]:
            document = self.store.document(citation.doc_id)
            if document is not None and (
                _is_outlet(document.outlet, source)
                or (
                    _names_source(document.text, source, self.country_words)
                    and self._source_tells(citation.evidence, source)
                )
            ):
                return True
        return False

    def _names_owned(self, question: Question, doc_id: str, index: int) -> bool:
        """The sentence, or its paragraph, names the owned source the question names (or it names none):
        another article's figure, or another speaker's, may well differ from that body's."""
        words = owned_source_words(question.text)
        if not words:
            return True
        sentences = self.store.sentences(doc_id)
        here = next((s for s in sentences if s.index == index), None)
        if here is None:
            return False
        told = " ".join(s.text for s in sentences if s.paragraph == here.paragraph).lower()
        return all(re.search(rf"\b{re.escape(w)}\b", told) for w in words)

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
        if question.kind == "date" and question.context:
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
            if found is None:
                undated.add((candidate.doc_id, candidate.sentence))
            elif candidate in other and not self._news_occasion(question, candidate, found[0], undated):
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
                    citations=[
                        Citation(
                            doc_id=candidate.doc_id,
                            source_uri=candidate.document.source_uri,
                            evidence=candidate.text,
                            start=candidate.start,
                            end=candidate.end,
                            sentence=candidate.sentence,
                        ),
                        *self._naming(candidate),
                    ],
                    evidence="text",
                    confidence=round(min(0.9, 0.35 + 0.4 * candidate.coverage + 0.15 * candidate.named), 2),
                )
        return None

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

    def _naming(self, candidate: Candidate) -> list[Citation]:
        """The sentence that names the person the answering sentence calls by office only."""
        if candidate.named_in is None:
            return []
        for s in self.store.sentences(candidate.doc_id):
            if s.index == candidate.named_in:
                uri = candidate.document.source_uri
                return [
                    Citation(
                        doc_id=candidate.doc_id,
                        source_uri=uri,
                        evidence=s.text,
                        start=s.start,
                        end=s.end,
                        sentence=s.index,
                    )
                ]
        return []

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
        if len(found) != 1:
            return []
        name, index = next(iter(found.items()))
        candidate.named_in = index
        return [name]

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
            asked = self._asked_day(question)
            if asked is None:
                return figure_answers.figure(sentence, quantities, question, act, self.retriever.kinds)
            # "How many … on Sunday": a figure of a clause dated to another time counts another act.
            fitting = day_fit.on_asked_day(sentence, timexes, quantities, asked)
            other = [q for q in quantities if q not in fitting]
            found = figure_answers.figure(sentence, quantities, question, act, self.retriever.kinds, other)
            return None if found is not None and found[0] in {f"{q.value:g}" for q in other} else found
        return None
