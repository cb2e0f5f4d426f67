"""Questions answered from the store, with the evidence cited — offline and deterministic.

The question's form (resources/ask/questions.txt) says what kind of answer it wants; its verb, through the
event patterns, says which CAMEO codes to look at; its names and countries say whose records. Candidate
records are ranked by how many of the question's words their evidence shares, then by date precision.
When nothing in the store supports an answer, the answer says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language

from bilat.extract.events import INTENT, INTENT_ROOTS
from bilat.extract.facts import load_kinds
from bilat.extract.patterns import load_patterns
from bilat.models import Actor, Answer, Citation, Event, Fact
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.timex import tag_timexes
from bilat.resources import ResourceError, Resources, read_lines
from bilat.store import Store

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "to",
    "and",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "what",
    "when",
    "who",
    "whom",
    "which",
    "how",
    "since",
    "its",
    "their",
    "his",
    "her",
    "will",
    "would",
    "has",
    "have",
    "had",
    "between",
    "with",
    "for",
    "on",
    "at",
    "by",
    "first",
    "much",
    "many",
    "large",
}


@dataclass(frozen=True)
class Form:
    name: str
    regex: re.Pattern[str]
    kind: str


def load_synonyms(resources: Resources) -> dict[str, str]:
    """Each word's group head, so synonyms compare equal."""
    table: dict[str, str] = {}
    for _, line in read_lines(resources.path("ask/synonyms.txt")):
        words = [_stem(w.strip()) for w in line.split(",") if w.strip()]
        for word in words:
            table[word] = words[0]
    return table


def load_forms(resources: Resources) -> list[Form]:
    forms = []
    for n, line in read_lines(resources.path("ask/questions.txt")):
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) != 3 or fields[2] not in {"date", "person", "role", "figure", "thing", "place"}:
            raise ResourceError(
                f"ask/questions.txt:{n}: expected 'form | regex | date|person|role|figure|thing|place'"
            )
        try:
            forms.append(Form(fields[0], re.compile(fields[1], re.I), fields[2]))
        except re.error as error:
            raise ResourceError(f"ask/questions.txt:{n}: bad regular expression: {error}") from None
    return forms


@dataclass
class Question:
    text: str
    form: Form | None
    match: re.Match[str] | None
    words: set[str]
    verb: str | None
    root: str | None
    countries: set[str] = field(default_factory=set)
    people: list[Actor] = field(default_factory=list)
    subject_country: str | None = None  # "When did Azerbaijan open …": the doer asked about
    objects: set[str] = field(default_factory=set)  # stems of what the verb acts on ("embassy")
    object_set: frozenset[str] = frozenset()  # words the verb's pattern treats alike (embassy, mission …)


def _stem(word: str) -> str:
    """A crude stem, enough to meet "opened" with "open" and "meetings" with "meet"."""
    word = word.lower()
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2}


def date_words(value: str) -> str:
    """ "2023-03" → "March 2023 (2023-03)": the date as people write it and as ISO."""
    parts = value.split("-")
    if len(parts) == 2 and parts[1].isdigit():
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]} ({value})"
    if len(parts) == 3 and parts[2][:2].isdigit():
        return f"{MONTHS[int(parts[1]) - 1]} {int(parts[2][:2])}, {parts[0]} ({value})"
    return value


def money_words(value: float, unit: str, original_value: float | None, original_unit: str | None) -> str:
    amount, currency = (original_value, original_unit) if original_value is not None else (value, unit)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(amount) >= size:
            text = f"{amount / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        text = f"{amount:g}"
    if currency == "USD":
        return f"${text}"
    if currency == "people":
        return f"{text} people ({amount:.0f})"
    return f"{text} {currency}"


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
        self.handlers: dict[str, Callable[[Question], Answer | None]] = {
            "date": self._date,
            "person": self._person,
            "role": self._role,
            "figure": self._figure,
            "thing": self._thing,
            "place": self._place,
        }

    # --- understanding the question ---------------------------------------------------------------------

    def parse(self, text: str) -> Question:
        form, match = next(((f, m) for f in self.forms if (m := f.regex.search(text))), (None, None))
        doc = self.nlp(text)
        verbs = [t for t in doc if t.pos_ == "VERB" or (t.dep_ == "ROOT" and t.pos_ == "AUX")]
        verb = verbs[0].lemma_.lower() if verbs else None
        nouns = {t.lemma_.lower() for t in doc if t.pos_ in {"NOUN", "PROPN"}} | {t.lower_ for t in doc}
        root, object_set = None, frozenset()
        for pattern in self.patterns.verbs.get(verb or "", []):
            if pattern.objects is None or pattern.objects & nouns:
                root, object_set = pattern.code[:2], pattern.objects or frozenset()
                break
        if root and any(t.lower_ in {"will", "'ll"} and t.dep_ == "aux" for t in doc):
            # "Where will Peru open a consulate?": an intention, coded as the intent (03x) like the text's.
            root = INTENT.get(root, f"{root}0")[:2] if root not in INTENT_ROOTS else root
        objects = {
            _stem(t.text)
            for v in verbs[:1]
            for t in v.children
            if t.dep_ in {"dobj", "nsubjpass", "attr"} and t.pos_ == "NOUN"
        }
        question = Question(
            text, form, match, _words(text), verb, root, objects=objects, object_set=object_set
        )
        for ent in doc.ents:
            if ent.ent_id_ and ent.ent_id_ != "-" and ent.label_ in {"GPE", "NORP"}:
                question.countries.add(ent.ent_id_)
                if ent.root.dep_ == "nsubj" and ent.root.head.pos_ in {"VERB", "AUX"}:
                    question.subject_country = ent.ent_id_
        words = set(re.findall(r"[A-Z][a-z]+", text))
        for actor in self.store.actors(kind="person"):
            names = {actor.name, *actor.aliases}
            if any(n.split()[-1] in words for n in names):
                question.people.append(actor)
        return question

    # --- answering -----------------------------------------------------------------------------------

    def answer(self, text: str) -> Answer:
        question = self.parse(text)
        if question.form is not None:
            found = self.handlers[question.form.kind](question)
            if found is not None:
                return found
        return Answer(question=text, answer="The store does not say.", kind="unknown", known=False)

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

    def _object_match(self, event: Event, question: Question) -> int:
        """2: the event is about the thing asked about (same word or a synonym); 1: about a thing of the
        same kind for the verb's pattern (an office where an embassy was asked); 0: neither."""
        if not question.objects:
            return 1
        what = (event.what or "").lower().split()
        same = {self.synonyms.get(w, w) for w in question.objects}
        if same & {self.synonyms.get(_stem(w), _stem(w)) for w in what}:
            return 2
        return 1 if question.object_set & set(what) else 0

    def _ranked_events(self, question: Question) -> list[tuple[float, Event]]:
        """Events that fit the question, best first: about the thing asked, the act asked, most precisely
        dated (the most precise report wins, as in reconciliation), then sharing most of the question's
        words."""
        ranked = []
        for event in self.store.events():
            if question.root and event.root != question.root:
                continue
            if not self._involves(event, question):
                continue
            if question.subject_country and event.source.country != question.subject_country:
                continue
            own = _words(" ".join(filter(None, [event.what, event.trigger])))
            context = _words(event.evidence)
            score = 2.0 * len(question.words & own) + len(question.words & context)
            same_act = bool(
                question.verb and event.trigger and _stem(event.trigger.lower()) == _stem(question.verb)
            )
            score += 2 * same_act
            precision = {"day": 3, "month": 2, "year": 1}.get(event.date_precision, 0)
            # The act asked about ("established") outranks a more precisely dated other act of the code.
            ranked.append((self._object_match(event, question), same_act, precision, score, event))
        ranked.sort(key=lambda item: item[:4], reverse=True)
        # An event about another thing than the one asked ("praised the withdrawal" for "when did they sign
        # the deal") answers nothing: better the sentences, or no answer, than a wrong date.
        return [(score, event) for match, _, _, score, event in ranked if match or not question.objects]

    def _cite(self, doc_id: str, evidence: str, start: int = 0, end: int = 0) -> Citation:
        document = self.store.document(doc_id)
        return Citation(
            doc_id=doc_id,
            source_uri=document.source_uri if document else None,
            evidence=evidence,
            start=start,
            end=end,
        )

    def _date(self, question: Question) -> Answer | None:
        dated = [(s, e) for s, e in self._ranked_events(question) if e.date]
        if dated:
            best = dated[0][1]
            words = date_words(best.date)
            return Answer(
                question=question.text,
                answer=words,
                value=best.date,
                kind="date",
                citations=[self._cite(best.doc_id, best.evidence, best.start, best.end)],
            )
        return self._date_from_sentences(question)

    def _date_from_sentences(self, question: Question) -> Answer | None:
        hits = self.store.search(" ".join(sorted(question.words)), limit=5, prefixes=True)
        if not hits and question.countries:
            # The sentence may name a country by its capital or people ("in New Delhi"): search without
            # the country words, then keep only sentences that still name every country asked about.
            names = {_stem(w) for iso3 in question.countries for w in self._country_words(iso3)}
            rest = question.words - names
            if len(rest) >= 2:
                hits = [
                    h
                    for h in self.store.search(" ".join(sorted(rest)), limit=10, prefixes=True)
                    if all(self._names_country(h.text, iso3) for iso3 in question.countries)
                ]
        for hit in hits:
            document = self.store.document(hit.doc_id)
            for timex in tag_timexes(hit.text, document.published if document else None, self.resources):
                if timex.type == "DATE" and re.match(r"^\d{4}", timex.value):
                    return Answer(
                        question=question.text,
                        answer=date_words(timex.value),
                        value=timex.value,
                        kind="date",
                        citations=[self._cite(hit.doc_id, hit.text)],
                    )
        return None

    def _names_of(self, iso3: str) -> list[str]:
        """A country's names, peoples and capitals ("India", "Indian", "New Delhi")."""
        tables = (self.gazetteer.names, self.gazetteer.demonyms, self.gazetteer.capitals)
        return [name for table in tables for name, code in table.items() if code == iso3]

    def _country_words(self, iso3: str) -> set[str]:
        return {w.lower() for name in self._names_of(iso3) for w in name.split()}

    def _names_country(self, text: str, iso3: str) -> bool:
        return any(re.search(rf"\b{re.escape(name)}\b", text) for name in self._names_of(iso3))

    def _person(self, question: Question) -> Answer | None:
        ranked = self._ranked_events(question)
        if not ranked:
            return None
        top = ranked[0][0]
        asked = {n for p in question.people for n in [p.name, *p.aliases]}
        names: list[str] = []
        citations: list[Citation] = []
        for score, event in ranked[:6]:
            # "Whom did X meet": everyone they met in the store, the best-matching reports first.
            if score < top - 3:
                break
            for party in [event.source, event.target]:
                if party and party.kind == "person" and party.name not in asked and party.name not in names:
                    names.append(party.name)
                    citations.append(self._cite(event.doc_id, event.evidence, event.start, event.end))
        if not names:
            return None
        return Answer(
            question=question.text,
            answer=" and ".join(names),
            value="; ".join(names),
            kind="person",
            citations=citations,
        )

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
                                citations=[self._cite(doc_id, sentence.text, sentence.start, sentence.end)],
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
        counted = _words(
            re.split(r"\b(?:did|do|does|were|was|are|is|have|has)\b", lowered[8:], maxsplit=1)[0]
        )
        for fact in self.store.facts():
            if kind and fact.kind != kind:
                continue
            if counting and (fact.unit in {"USD", "percent", "years"} or not counted & _words(fact.evidence)):
                continue
            if question.countries and not question.countries <= set(fact.parties):
                continue
            if (
                period is not None
                and (period.begin or period.value) != fact.period_start
                and period.value[:4] != (fact.period_start or "")[:4]
            ):
                continue
            score = len(question.words & _words(" ".join(filter(None, [fact.subject, fact.evidence]))))
            if best is None or score > best[0]:
                best = (score, fact)
        if best is None:
            return None
        fact = best[1]
        amount = money_words(fact.value, fact.unit, fact.original_value, fact.original_unit)
        if fact.approx:
            amount = f"{fact.approx} {amount}"
        if fact.period_text:
            amount += f" ({fact.period_text})"
        return Answer(
            question=question.text,
            answer=amount,
            value=f"{fact.value:g}",
            kind="figure",
            citations=[self._cite(fact.doc_id, fact.evidence, fact.start, fact.end)],
        )

    def _place(self, question: Question) -> Answer | None:
        """Where the best matching event happens or is to happen."""
        for _, event in self._ranked_events(question):
            if event.place:
                return Answer(
                    question=question.text,
                    answer=event.place,
                    value=event.place,
                    kind="place",
                    citations=[self._cite(event.doc_id, event.evidence, event.start, event.end)],
                )
        return None

    def _thing(self, question: Question) -> Answer | None:
        if not question.verb:
            return None
        for hit in self.store.search(" ".join(sorted(question.words)), limit=5, prefixes=True):
            doc = self.nlp(hit.text)
            for token in doc:
                if token.lemma_.lower() == question.verb:
                    objects = [c for c in token.children if c.dep_ in {"dobj", "obj", "attr"}]
                    if objects and objects[0].pos_ == "PRON":
                        # "accusing it of providing support": the thing is what "of" names, not "it".
                        objects = [
                            o
                            for c in token.children
                            if c.dep_ == "prep" and c.lower_ in {"of", "for", "with"}
                            for o in c.children
                            if o.dep_ in {"pobj", "pcomp"}
                        ]
                    if objects:
                        # The thing itself, without where or when: "a farm (in the region)".
                        cut = {
                            t.i
                            for c in objects[0].children
                            if c.dep_ in {"prep", "relcl", "acl"}
                            for t in c.subtree
                        }
                        value = " ".join(t.text for t in objects[0].subtree if t.i not in cut)
                        return Answer(
                            question=question.text,
                            answer=value,
                            value=value,
                            kind="thing",
                            citations=[self._cite(hit.doc_id, hit.text)],
                        )
        return None
