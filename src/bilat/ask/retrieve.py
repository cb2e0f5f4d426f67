"""Candidate sentences for a question no record answers: full-text search (SQLite FTS5 or PostgreSQL)
with the question's content words and their synonyms, then ranked by how many of them each sentence
holds, boosted by the actors, countries and years the question names.

A sentence is a candidate only when its document names every actor the question names and the sentence
itself names at least one of them: an answer about other parties is a wrong answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bilat.ask.places import asked_kind
from bilat.ask.question import (
    LIGHT_VERBS,
    MONTHS,
    STOP,
    Phrase,
    Question,
    content_words,
    phrase_acts,
    stem,
)
from bilat.models import Citation, Document, SearchHit, Sentence
from bilat.nlp.countries import Gazetteer
from bilat.resources import ResourceError, Resources, read_lines
from bilat.store import Store

QUOTED = re.compile(r"^\s*[\"“‘']")
FUTURE = re.compile(r"\b(?:will|would|shall|plans?\s+to|planned\s+to|is\s+to|are\s+to|intends?\s+to)\b", re.I)
PRONOUN = re.compile(r"^\s*(?:He|She)\b")
THING_PRONOUN = re.compile(r"^\s*(?:It|Its|They|Their)\b")
# "He demanded …", "'We demand …,' she said": a sentence whose doer is a person told by pronoun.
PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
PRONOUN_REACH = 3  # sentences back in which the pronoun's person must have been named
# "remain in the province": a place told again by its kind, after the sentence before named it.
PLACE_AGAIN = re.compile(
    r"\bthe\s+(?:province|region|state|district|city|town|village|island|islands|territory|county|port|area)\b"
)
# "What did Spain's Secretary of State for Trade demand …": what follows the inverted auxiliary.
INVERTED = re.compile(
    r"^\s*(?:what|which\s+\w+|whom?|how\s+(?:much|many)(?:\s+\w+)?)\s+(?:did|does|do|will|would)\s+([^?]+)",
    re.I,
)
# "called it", "signed it": a verb's object "it", inside the sentence (an opening "It" is a subject).
OBJECT_IT = re.compile(r"(?<=[a-z]\s)it\b(?!\s+(?:is|was|will|would|has|had|said)\b)")
REPORTING = frozenset({"say", "tell", "claim", "report"})  # verbs that report another act
SEARCHED = 60  # sentences the full-text index returns; the ranking here picks among them
LEAD_SENTENCES = 3  # headline, dateline and first sentence: where an article sets its news
HEADER_REACH = 6  # … or, after header lines, up to the body's first sentence within these lines
BODY_WORDS = 12  # a sentence of at least so many words is the body's, no header's or headline's
MIN_COVERAGE = 0.5  # share of the question's content words a sentence must hold (synonyms count)
# A sentence that opens on a thing already told ("The two men", "These vessels"), not a name.
DEFINITE_OPENING = re.compile(r"^(?:The|These|Those|Both)\s+(?:two\s+|three\s+|four\s+)?[a-z]+\b(?!\s+[A-Z])")
# "20 million EUR", "$5 million": a sum of money, which a sentence tells without the word "money".
SUM = re.compile(
    r"[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s+(?:(?:thousand|million|billion|trillion)\s+)?"
    r"(?:(?-i:[A-Z]{3})\b|dollars?\b|euros?\b|pounds?\b|yen\b|yuan\b|roubles?\b|rupees?\b|francs?\b)",
    re.I,
)
MONEY_WORD = stem("money")
# "… at Khafji in the Kuwait-Saudi Neutral Zone halted?": the phrase that places a named place.
LOCATED_IN = re.compile(
    r"(?:\s+(?:field|fields|port|base|crossing|island|islands|mine|plant|terminal|dam|airport|camp))?"
    r"\s+(?:in|on|off|near)\s+the\s+((?:[A-Z][\w'’-]*\s?)+?)(?=\s+(?:[a-z]+\b)|\s*[?,]|$)"
)
ANTECEDENT_WORDS = 3  # the question's words a sentence must hold for "they" after it to stand for its own
CONTEXT_COVERAGE = 0.75  # … when only the sentence before names the question's actors


def _base(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


# Each plain letter → its accented forms in the Latin ranges ("a" → "àáâãäåā…"), upper and lower case.
ACCENTED: dict[str, str] = {}
for _code in range(0xC0, 0x250):
    _char = chr(_code)
    _plain = _base(_char).lower()
    if len(_plain) == 1 and _plain.isascii() and _plain.isalpha():
        ACCENTED[_plain] = ACCENTED.get(_plain, "") + _char


def unaccented(name: str) -> str:
    """A pattern for a name written with or without its accents ("Tánaiste", "Tanaiste"): reports and
    questions write foreign names both ways."""
    parts = []
    for char in name:
        plain = _base(char)
        forms = ACCENTED.get(plain.lower()) if len(plain) == 1 else None
        parts.append(f"[{re.escape(plain)}{forms}]" if forms else re.escape(char))
    return "".join(parts)


def load_kinds(resources: Resources) -> dict[str, frozenset[str]]:
    """Each particular word's general words, stemmed: "trawler" → {"vessel", "boat"}."""
    general: dict[str, set[str]] = {}
    for n, line in read_lines(resources.path("ask/kinds.txt")):
        head, sep, rest = line.partition(":")
        if not sep or not head.strip():
            raise ResourceError(f"ask/kinds.txt:{n}: expected 'general word: particular, words'")
        for word in (w.strip() for w in rest.split(",")):
            if word:
                general.setdefault(stem(word.split()[-1]), set()).add(stem(head.strip()))
    return {word: frozenset(heads) for word, heads in general.items()}


def load_references(resources: Resources) -> list[re.Pattern[str]]:
    """Patterns of words that name both parties of a story ("the two governments")."""
    patterns = []
    for n, line in read_lines(resources.path("ask/references.txt")):
        try:
            patterns.append(re.compile(line, re.I))
        except re.error as error:
            raise ResourceError(f"ask/references.txt:{n}: bad regular expression: {error}") from None
    return patterns


@dataclass
class Candidate:
    """A sentence that may answer, with where it is and how well it fits."""

    doc_id: str
    sentence: int
    text: str
    start: int
    end: int
    document: Document
    coverage: float  # share of the question's content words it holds
    named: float  # share of the question's actors the sentence itself names
    score: float
    named_in: int | None = (
        None  # another sentence of the article that names the person the act leaves unnamed
    )

    def citation(self) -> Citation:
        return Citation(
            doc_id=self.doc_id,
            source_uri=self.document.source_uri,
            evidence=self.text,
            start=self.start,
            end=self.end,
            sentence=self.sentence,
        )


class Retriever:
    def __init__(
        self,
        store: Store,
        gazetteer: Gazetteer,
        synonyms: dict[str, str],
        groups: dict[str, list[str]],
        references: list[re.Pattern[str]],
        phrases: list[Phrase] | None = None,
        kinds: dict[str, frozenset[str]] | None = None,
        converses: list[Phrase] | None = None,
        roles: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.references = references
        self.roles = roles or {}
        self.kinds = kinds or {}
        self.phrases = phrases or []
        self.converses = converses or []
        self._title_words: frozenset[str] = frozenset()
        # "The two countries" names the question's pair only in a sentence that names no third country.
        self._countries: tuple[re.Pattern[str], dict[str, str]] | None = None
        self._people: dict[str, str] = {}  # surname → the one country of the store's people so called
        self._surnames: frozenset[str] | None = None  # the last names of every person the store knows
        self.store = store
        self.gazetteer = gazetteer
        self.synonyms = synonyms
        self.groups = groups

    # --- names of the question's actors ---------------------------------------------------------------

    def country_names(self, iso3: str) -> list[str]:
        """A country's names, peoples and capitals ("India", "Indian", "New Delhi")."""
        tables = (self.gazetteer.names, self.gazetteer.demonyms, self.gazetteer.capitals)
        return [name for table in tables for name, code in table.items() if code == iso3]

    def actor_patterns(self, question: Question) -> list[re.Pattern[str]]:
        """One pattern per actor the question names: a country by any of its names, a person or place by
        its last word (reports name people by surname after the first mention)."""
        patterns = []
        for iso3 in sorted(question.countries):
            names = sorted(self.country_names(iso3), key=len, reverse=True)
            if names:
                patterns.append(re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"))
        for last in dict.fromkeys(name.split()[-1] for name in question.names):
            if re.fullmatch(r"[A-Z]{2,5}", last):
                # "UN", "AU": the article may spell the body out ("the United Nations").
                spelled = r"\s+(?:of\s+)?".join(f"{c}[a-z]+" for c in last)
                patterns.append(re.compile(rf"\b{last}\b|\b{spelled}\b"))
                continue
            patterns.append(re.compile(rf"\b{unaccented(last)}\b", re.I))
        return patterns

    def countries_in(self, text: str) -> set[str]:
        """The countries a text names by name or people ("Egyptian", "Turkey")."""
        if self._countries is None:
            table = {**self.gazetteer.names, **self.gazetteer.demonyms}
            names = sorted(table, key=len, reverse=True)
            self._countries = (re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), table)
        pattern, table = self._countries
        return {table[m] for m in pattern.findall(text)}

    def _people_countries(self) -> dict[str, str]:
        """The store's people by surname, with their country: only surnames of one country's people."""
        found: dict[str, set[str | None]] = {}
        for actor in self.store.actors():
            if actor.kind != "person":
                continue
            for name in {actor.name, *actor.aliases}:
                if len(name.split()) >= 2 and name.split()[-1][:1].isupper():
                    found.setdefault(name.split()[-1], set()).add(actor.country)
        return {last: next(iter(c)) for last, c in found.items() if len(c) == 1 and None not in c}

    def _by_their_people(self, question: Question, text: str, patterns: list[re.Pattern[str]]) -> list[bool]:
        """ "Haddadi … signed 14 accords with her": a sentence that names a country's person by
        surname (one the store knows of that country alone) names the country, pattern by pattern."""
        named = {c for w in re.findall(r"\b[A-Z][\w'’-]+", text) if (c := self._people.get(w))}
        return [iso3 in named for iso3 in sorted(question.countries)] + [False] * (
            len(patterns) - len(question.countries)
        )

    def _lead_names(self, doc_id: str, places: list[str]) -> bool:
        """The article's headline and first sentences name every place."""
        sentences = self.store.sentences(doc_id)
        # A press release's header lines ("PRESS RELEASE", the issuing ministry) may come before the
        # headline: the lead runs on to the first sentence of the body, a long one, within a few lines.
        body = next(
            (i for i, s in enumerate(sentences[:HEADER_REACH]) if len(s.text.split()) >= BODY_WORDS), 0
        )
        lead = " ".join(s.text for s in sentences[: max(LEAD_SENTENCES, body + 1)])
        # A dateline writes its city in capitals ("YEREVAN, Feb 23 —"): the name in capitals counts.
        return all(
            self._names_place(lead, place) or self._names_place(lead, place.upper()) for place in places
        )

    def _place_again(self, hit: SearchHit, place: str) -> bool:
        """ "… the regional force in Cabo Delgado. Some 2,500 soldiers remain in the province …": a
        sentence that tells a place again by its kind with "the", right after the sentence before it in
        the same paragraph named the place (and no other place of the kind is named in between)."""
        if not PLACE_AGAIN.search(hit.text):
            return False
        before = self._sentence_before(hit)
        if before is None:
            return False
        return self._names_place(before.text, place)

    def _sentence_before(self, hit: SearchHit) -> Sentence | None:
        """The sentence just before the hit's, when both are of one paragraph."""
        sentences = {s.index: s for s in self.store.sentences(hit.doc_id)}
        here, before = sentences.get(hit.sentence), sentences.get(hit.sentence - 1)
        if here is None or before is None or before.paragraph != here.paragraph:
            return None
        return before

    def _names_place(self, text: str, place: str) -> bool:
        """The sentence names the place: a city by its name, a country by any of its names."""
        iso3 = self.gazetteer.names.get(place)
        names = self.country_names(iso3) if iso3 else [place]
        return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)

    def _topic(self, question: Question) -> set[str]:
        """The question's content stems, without the words that only name its actors."""
        named = {stem(w) for n in question.names for w in n.split()}
        for iso3 in question.countries:
            named |= {stem(w) for name in self.country_names(iso3) for w in name.split()}
        named |= {stem(v) for v in LIGHT_VERBS}  # "hold talks": the talks are the topic, not holding
        # "summon in January": a month dates the act, which a sentence may date otherwise ("on Monday").
        named |= {stem(m) for m in MONTHS}
        kind = asked_kind(question)
        if question.form is not None and question.form.name == "which_place" and kind is not None:
            # "Near which town …": the sentence names the town, not the word "town".
            named.add(kind)
        return {self.synonyms.get(w, w) for w in question.words - named}

    def _core(self, question: Question, topic: set[str]) -> tuple[set[str], set[str]]:
        """The topic split into the words a sentence must hold and the words it may hold: those of the
        question's circumstances ("after shells landed …") and of its source; the words of the office
        a "Which official …" question asks for, which the sentence may name by another title."""
        source = {self.synonyms.get(stem(w), stem(w)) for w in question.source} - topic
        context = {self.synonyms.get(w, w) for w in question.context}
        optional = set(context)
        if question.form is not None and question.form.name == "which_person" and question.match:
            optional |= {self.synonyms.get(w, w) for w in content_words(question.match.group(0))}
        if question.form is not None and question.form.name == "which_subject":
            optional |= {self.synonyms.get(w, w) for w in question.asked_words}  # "which patrol ship"
        if question.form is not None and question.form.name == "which_two":
            # "Between which two ports will the ferry agreed in June run?": the sentence that names the
            # ends may tell the thing ("a ferry between A and B") without the verbs of its going.
            verbs = {question.verb, question.act, *re.findall(r"(\w+)\W*$", question.text)}
            optional |= {self.synonyms.get(stem(v), stem(v)) for v in verbs if v}
        if question.verb in REPORTING and question.act not in {None, question.verb}:
            # "Where did the envoy say drones had been recovered?": the sentence may report the act
            # with "told" or "according to" as well as with "said".
            optional.add(self.synonyms.get(stem(question.verb), stem(question.verb)))
        if len(topic - optional) < 2 and context & topic and len(topic - context) >= 2:
            # "Which Ruritanian envoy did X summon after Ruritania expelled its consul?": with the asked
            # office's words too, only the act would be left; the circumstances alone are optional, and
            # the office's words stay needed with the act's.
            optional = context
        if len(topic - optional) < 2:
            return topic, source  # too few words left to find the act by: all of them are needed
        described = self._described(question) & (topic - optional)
        if described and topic - optional - described:
            # "When was German aid worker X arrested?": the sentence must name X (see _fit), who may be
            # described otherwise there ("X, an employee of a charity"); the act's words suffice.
            optional |= described
        return topic - optional, source | (topic & optional)

    def _described(self, question: Question) -> set[str]:
        """The words that describe a person the question names, written right before the name ("German
        aid worker Lena Vogt" → aid, worker), back to the first function word."""
        found: set[str] = set()
        # "When did X meet aid worker Y?": the act's verb is no word of the description.
        verbs = {stem(v) for v in (question.verb, question.act) if v}
        for name in [*question.persons, *question.appositive]:
            at = question.text.find(name)
            if at <= 0:
                continue
            for word in reversed(re.findall(r"[\w'’-]+", question.text[:at])):
                if word.lower() in STOP or stem(word) in verbs:
                    break
                found.add(self.synonyms.get(stem(word), stem(word)))
        for name in question.names:
            # "oil production at Khafji in the Kuwait-Saudi Neutral Zone": where the named place lies,
            # which a sentence that names the place need not say again.
            at = question.text.find(name)
            placed = LOCATED_IN.match(question.text[at + len(name) :]) if at >= 0 else None
            if placed is not None:
                found |= {self.synonyms.get(w, w) for w in content_words(placed.group(1))}
        return found

    # --- retrieval --------------------------------------------------------------------------------------

    def query(self, question: Question) -> str:
        words = []
        for word in question.plain:
            words.extend(self.groups.get(word.lower(), [word]))
        asked = {stem(w) for w in question.plain} | {stem(v) for v in (question.act, question.verb) if v}
        for phrase in self.phrases:
            if phrase.verb in asked:
                words.extend(phrase.words)  # "summon": the article may say "called in"
        for name in question.names:
            words.extend(name.split())
        for iso3 in sorted(question.countries):
            display = self.gazetteer.country_name(iso3)
            words.extend(display.split() if display else [])
        words.extend(sorted(question.years))
        words.extend(question.source)
        return " ".join(w for w in dict.fromkeys(words) if re.fullmatch(r"[\w-]+", w))

    def candidates(self, question: Question) -> list[Candidate]:
        """Sentences that may answer, best first."""
        query = self.query(question)
        if not query:
            return []
        hits = self.store.search(query, limit=SEARCHED, any_word=True)
        topic = self._topic(question)
        patterns = self.actor_patterns(question)
        self._people = self._people_countries() if question.countries else {}
        documents: dict[str, Document | None] = {}
        seen: set[str] = set()
        found = []
        for rank, hit in enumerate(hits):
            if hit.text in seen:
                continue  # the same sentence in another copy of a story adds nothing
            seen.add(hit.text)
            candidate = self._fit(question, hit, documents, topic, patterns, rank)
            if candidate is not None:
                found.append(candidate)
        found.sort(key=lambda c: -c.score)
        return found

    def _told_of(self, question: Question, hit: SearchHit) -> bool:
        """ "He is to travel to Canada": a sentence that opens with he or she is about the person the
        question names when the sentences before it, back to the last not about "he", name them."""
        if not question.names or not PRONOUN.match(hit.text):
            return False
        sentences = {s.index: s.text for s in self.store.sentences(hit.doc_id)}
        for index in range(hit.sentence - 1, max(-1, hit.sentence - 4), -1):
            before = sentences.get(index, "")
            if any(re.search(rf"\b{re.escape(n.split()[-1])}\b", before) for n in question.names):
                return True
            if not PRONOUN.match(before):
                return False
        return False

    def _told_again(self, question: Question, text: str, patterns: list[re.Pattern[str]]) -> list[bool]:
        """ "Who rejected the Hungarian prime minister's ceasefire idea?" told "X rejected the idea": the
        thing the question names by its state, called again with "the" and its noun alone (the article,
        which must name the state, has said whose it is). Which of the patterns count as named; [] for
        none."""
        told = {
            iso3
            for iso3, nouns in question.told_again.items()
            if any(re.search(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b", text) for noun in nouns)
        }
        if not told:
            return []
        names = " ".join(n for iso3 in told for n in self.country_names(iso3))
        return [bool(p.search(names)) for p in patterns]

    def _antecedent(self, question: Question, hit: SearchHit) -> str | None:
        """ "The trawler, the Santa Rita, was boarded … . It was taken to Port Vale": a sentence that
        opens with it, its, they or their goes on about the thing the sentence before it (in the same
        paragraph) names; that sentence, when it names a thing the question names. "They" and "their"
        may stand for people, so not for a name the question gives a person; "it" and "its" never do,
        which makes a name the model took for a person's a thing's (a vessel's, say)."""
        opening = THING_PRONOUN.match(hit.text)
        if opening is None:
            return None
        plural = opening.group(0).strip() in {"They", "Their"}
        things = [n for n in question.names if n.split() and not (plural and n in question.persons)]
        if not things and not (plural and question.kind in {"place", "date"}):
            return None
        before = self._sentence_before(hit)
        if before is None:
            return None
        if not things:
            # "The army said the soldiers had been detained … . They were handed over at the Kessel
            # crossing": "they" goes on about the ones the sentence before tells of, when it holds the
            # question's words besides its act (the pronoun's sentence must tell the act itself).
            shared = (question.words - {stem(question.act or "")}) & content_words(before.text)
            return before.text if len(shared) >= ANTECEDENT_WORDS else None
        named = any(re.search(rf"\b{re.escape(n.split()[-1])}\b", before.text) for n in things)
        return before.text if named else None

    def _object_before(self, hit: SearchHit, objects: set[str]) -> bool:
        """ "A transit agreement was signed on Tuesday. The minister called it 'a door to the sea'": a
        sentence that acts on "it" goes on about the thing the sentence before it (in the same
        paragraph) names, when that is the thing the question asks about."""
        if not OBJECT_IT.search(hit.text):
            return False
        before = self._sentence_before(hit)
        if before is None:
            return False
        return bool(objects & {self.synonyms.get(w, w) for w in content_words(before.text)})

    def _office_of_pronoun(self, hit: SearchHit) -> set[str]:
        """ "Foreign Minister X said … . He said Y had …": a sentence that opens with he or she tells
        of the office holder the sentence before named (in the same paragraph); the office's words
        count as the sentence's own."""
        if not PRONOUN.match(hit.text):
            return set()
        before = self._sentence_before(hit)
        if before is None:
            return set()
        lowered = before.text.lower()
        offices = [t for t in self.gazetteer.titles if re.search(rf"\b{re.escape(t)}\b", lowered)]
        return {self.synonyms.get(w, w) for t in offices for w in content_words(t)}

    def _doer_words(self, question: Question) -> set[str]:
        """The words of the office the question gives its doer ("Spain's Secretary of State for Trade"
        → secretary, state, trade), without the names of its state or person."""
        office = question.doer_office or self._inverted_subject(question)
        if not office:
            return set()
        named = {stem(w) for n in question.names for w in n.split()}
        for iso3 in question.countries:
            named |= {stem(w) for name in self.country_names(iso3) for w in name.split()}
        return {self.synonyms.get(w, w) for w in content_words(office) - named}

    @staticmethod
    def _inverted_subject(question: Question) -> str:
        """ "What did Spain's Secretary of State for Trade demand that …": the words between the
        inverted auxiliary and the verb, read off the surface where the parser misread the question
        (it takes "demand" or "urge" for a noun): up to the first plain word that is the question's
        verb or is followed by a name, "that" or "to"."""
        match = INVERTED.match(question.text)
        if match is None:
            return ""
        words = match.group(1).split()
        verbs = {stem(v) for v in (question.verb, question.act) if v}
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else ""
            plain = word.isalpha() and word.islower() and word not in STOP
            if plain and (stem(word) in verbs or following[:1].isupper() or following in {"that", "to"}):
                return " ".join(words[:i]) if i else ""
        return ""

    def _pronoun_doer(self, question: Question, hit: SearchHit) -> set[str]:
        """ "Secretary of State for Trade X said … . 'We demand that …,' she said": a sentence told by a
        he or she whose person the sentences just before name (by surname) is told by the person the
        article named with the office the question gives its doer; the office's words then count as the
        sentence's own. Nothing when the person last named was never given that office."""
        doer = self._doer_words(question)
        if not doer or not PERSON_PRONOUN.search(hit.text):
            return set()
        if self._surnames is None:
            self._surnames = frozenset(
                n.split()[-1]
                for a in self.store.actors()
                if a.kind == "person"
                for n in [a.name, *a.aliases]
                if n and len(n.split()) >= 2
            )
        sentences = [s for s in self.store.sentences(hit.doc_id) if s.index < hit.sentence]
        for before in sorted(sentences, key=lambda s: -s.index)[:PRONOUN_REACH]:
            named = {w for w in re.findall(r"\b[A-Z][\w'’-]+", before.text) if w in self._surnames}
            if not named:
                continue
            # The pronoun stands for a person the nearest sentence naming people names: one of them must
            # be the one the article gives the doer's office.
            for told in sentences:
                words = {self.synonyms.get(w, w) for w in content_words(told.text)}
                if doer <= words and any(re.search(rf"\b{re.escape(n)}\b", told.text) for n in named):
                    return doer
            return set()
        return set()

    def _names_body(self, question: Question, text: str) -> bool:
        """The sentence names, with "the", the body the question makes its doer ("the Turkish-Russian
        economic working group" as "the working group"): its last two words, neither a state's name."""
        words = re.findall(r"[a-z]+", question.doer_office)
        if len(words) < 3 or words[0] != "the":
            return False
        body = words[-2:]
        states = (self.gazetteer.names, self.gazetteer.demonyms)
        if any(w in STOP or any(w.capitalize() in named for named in states) for w in body):
            return False
        return re.search(rf"\bthe\s+{body[0]}\s+{body[1]}\b", text, re.I) is not None

    def _names_source(self, question: Question, text: str) -> bool:
        """The sentence names the source the question asks for, every word of it."""
        said = {stem(w) for w in re.findall(r"[\w'’-]+", text)}
        return bool(question.source) and all(stem(w) in said for w in question.source)

    def _paragraph_names(
        self, hit: SearchHit, patterns: list[re.Pattern[str]], question: Question | None = None
    ) -> bool:
        """The sentence before, in the same paragraph, names an actor the question asks about, or the
        question's two states together ("The two heads of state held talks …")."""
        sentences = {s.index: s for s in self.store.sentences(hit.doc_id)}
        here, before = sentences.get(hit.sentence), sentences.get(hit.sentence - 1)
        if here is None or before is None:
            return False
        # "The two men, …, were taken ashore at …" opening a paragraph: "the" refers back to the people
        # or things the paragraph before named with their country.
        if before.paragraph != here.paragraph and not DEFINITE_OPENING.match(here.text):
            return False
        if any(p.search(before.text) for p in patterns):
            return True
        return (
            question is not None
            and len(question.countries) >= 2
            and any(r.search(before.text) for r in self.references)
            and self.countries_in(before.text) <= question.countries
        )

    def _converse_told(self, text: str) -> bool:
        """The sentence tells an act from its other party's side ("X called on Y")."""
        return any(p.regex.search(text) for p in self.converses)

    def _offices_named(self, text: str, article: str) -> set[str]:
        """Stems of the office words the article writes before the names of people this sentence names
        ("the Minister for Foreign Affairs, Ana Ruiz", "foreign minister Ana Ruiz" for "Ruiz"): only words
        of the gazetteer's titles, so no other word of those sentences counts."""
        if not self._title_words:
            self._title_words = frozenset(w for t in self.gazetteer.titles for w in content_words(t))
        found: set[str] = set()
        for surname in set(re.findall(r"\b[A-Z][a-z][\w'’-]+\b", text)):
            before = rf"([^.;:!?]{{0,80}}?)(?:[,\s]+[A-Z][\w'’.-]*){{0,3}}\s+{re.escape(surname)}\b"
            for match in re.finditer(before, article):
                words = re.findall(r"[A-Za-z]+", match.group(1))[-8:]
                found |= {stem(w) for w in words} & self._title_words
        return found

    def _document(self, doc_id: str, documents: dict[str, Document | None]) -> Document | None:
        if doc_id not in documents:
            documents[doc_id] = self.store.document(doc_id)
        return documents[doc_id]

    def _fit(
        self,
        question: Question,
        hit: SearchHit,
        documents: dict[str, Document | None],
        topic: set[str],
        patterns: list[re.Pattern[str]],
        rank: int,
    ) -> Candidate | None:
        in_sentence = [bool(p.search(hit.text)) for p in patterns]
        if (
            len(question.countries) >= 2
            and any(r.search(hit.text) for r in self.references)
            and self.countries_in(hit.text) <= question.countries
        ):
            # "The two governments signed …" names the article's two countries.
            in_sentence = [True] * len(patterns)
        if patterns and not any(in_sentence) and self._people:
            in_sentence = self._by_their_people(question, hit.text, patterns)
        if patterns and not any(in_sentence) and self._told_of(question, hit):
            in_sentence = [not p.pattern.startswith(r"\b(?:") for p in patterns]  # the people, not countries
        if patterns and not any(in_sentence):
            in_sentence = self._told_again(question, hit.text, patterns) or in_sentence
        antecedent = self._antecedent(question, hit) if patterns and not any(in_sentence) else None
        if antecedent is not None:
            in_sentence = [bool(p.search(antecedent)) for p in patterns]
        body = bool(patterns) and not any(in_sentence) and self._names_body(question, hit.text)
        if body:
            # "Where will the Turkish-Russian working group meet?" told "The working group will meet in
            # …": the body the question names by its states, told again by its own words with "the".
            in_sentence = [True] * len(patterns)
        by_context = False
        if patterns and not any(in_sentence) and self._names_source(question, hit.text):
            # "According to Cameroon's minister, how many Nigerians …" told "Cameroon's minister said 38
            # people …": the source's sentence gives its account of the act the question asks about.
            in_sentence = [False] * len(patterns)
            by_context = True
        elif patterns and not any(in_sentence) and self._paragraph_names(hit, patterns, question):
            # "X's defence minister went further, warning that the air force would …": a sentence that
            # goes on about the actors the one before it named, in the same paragraph; it must then
            # hold nearly all the question's words.
            by_context = True
        elif patterns and not any(in_sentence):
            return None  # the sentence names none of the actors asked about
        if (
            question.persons
            and not any(
                re.search(rf"\b{re.escape(n.split()[-1])}\b", hit.text)
                # "the Venezuelan National Guard", which the model takes for a person, told again as
                # "the guard": no person is called "the" and their surname.
                or re.search(rf"\bthe\s+{re.escape(n.split()[-1])}\b", hit.text, re.I)
                for n in question.persons
                if n.split()
            )
            and not self._told_of(question, hit)
            and antecedent is None
        ):
            # "Where is the farmer X held?": a sentence about the farmers, or the country, in general
            # ("farmers held on the border") may tell of others; the person asked about must be in it.
            return None
        held = {self.synonyms.get(w, w) for w in content_words(hit.text)}
        held |= {self.synonyms.get(v, v) for _, v in phrase_acts(hit.text, self.phrases)}
        held |= self._office_of_pronoun(hit)
        held |= self._pronoun_doer(question, hit)
        if SUM.search(hit.text):
            held.add(MONEY_WORD)  # "how much money did X pledge" told "X pledged 20 million EUR"
        if body:
            held |= {self.synonyms.get(w, w) for w in content_words(question.doer_office)}
        if antecedent is not None:
            # The pronoun's sentence must tell the act itself; what it is about the sentence before says.
            act = question.act or question.verb
            if not act or self.synonyms.get(stem(act), stem(act)) not in held:
                return None
            held |= {self.synonyms.get(w, w) for w in content_words(antecedent)}
        core, optional = self._core(question, topic)
        if core - held and self._converse_told(hit.text):
            # "Who received X's foreign minister?" told "Y called on Z": the visitor is named, and the
            # article gave their office when it first named them.
            document = self._document(hit.doc_id, documents)
            held |= self._offices_named(hit.text, document.text if document else "")
        coverage = len(core & held) / len(core) if core else 1.0
        if optional and core:
            # "…, according to the ombudsman's office", "… after shells landed": a sentence that names
            # the source or the circumstances counts their words with the act's; one that does not is
            # measured on the act's alone.
            coverage = max(coverage, len((core | optional) & held) / len(core | optional))
        if coverage < (CONTEXT_COVERAGE if by_context else MIN_COVERAGE):
            return None
        # A country the question names as a party ("open an office in Namibia") is in the article already;
        # the sentence may name the place within it ("in Port Kessel").
        unplaced = [
            place
            for place in question.places
            if self.gazetteer.names.get(place) not in question.countries
            and not self._names_place(hit.text, place)
            and not self._place_again(hit, place)
        ]
        if unplaced and question.kind != "place" and not self._lead_names(hit.doc_id, unplaced):
            # "whom did X meet in Washington": a meeting elsewhere is not the one asked; unless the
            # article's headline and lead set its news there ("YEREVAN — …"), and a later sentence
            # tells the act without naming the place again.
            return None
        objects = {self.synonyms.get(o, o) for o in question.objects}
        # "the six trawlers" told again as "the vessels": the general word stands for the particular.
        objects |= {k for o in question.objects for k in self.kinds.get(o, ())}
        if question.title and stem(question.title.split()[-1]) in question.objects:
            # "Which envoy was called in?" told "High Commissioner X was called in": an office that
            # holds the asked role names the one asked for.
            for office in self.roles.get(question.title, ()):
                words = {self.synonyms.get(w, w) for w in content_words(office)}
                if words and words <= held:
                    objects |= words
        if question.objects and not objects & held and not self._object_before(hit, objects):
            return None  # the thing asked about ("its ambassador") is not what the sentence is about
        # Every actor asked about must be in the article (read only for sentences that got this far).
        document = self._document(hit.doc_id, documents)
        if document is None or not all(p.search(document.text) for p in patterns):
            return None
        if unplaced and not all(
            # A dateline writes its city in capitals ("OSLO, May 3 -"): the name in capitals counts.
            self._names_place(document.text, place) or self._names_place(document.text, place.upper())
            for place in unplaced
        ):
            # "Near which village in Kestrel province …": the sentence names the finer place it asks
            # for ("near the village of Oranmore"), the article the region around it; not elsewhere.
            return None
        named = sum(in_sentence) / len(patterns) if patterns else 1.0
        years = sum(y in hit.text for y in question.years)
        start = document.text.find(hit.text)
        # Someone's words in quotation marks are an opinion more often than a report of what happened.
        quoted = 0.5 * bool(QUOTED.match(hit.text))
        # "Where will X open …": a sentence of what is to come answers before one of what was done.
        future = 0.5 * bool(question.future and FUTURE.search(hit.text))
        # A sentence that names the place the question sets the act in comes before one that leaves it
        # to the article.
        elsewhere = 0.5 * bool(unplaced)
        score = 3.0 * coverage + named + 0.5 * years - quoted + future - elsewhere - 0.01 * rank
        return Candidate(
            doc_id=hit.doc_id,
            sentence=hit.sentence,
            text=hit.text,
            start=max(start, 0),
            end=max(start, 0) + len(hit.text),
            document=document,
            coverage=coverage,
            named=named,
            score=score,
        )
