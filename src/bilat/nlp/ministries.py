"""The ministry an unmarked official speaks or acts for, when the article names it with its state.

"China's Ministry of Commerce announced duties … Commerce Minister Li Wei said", "The Chilean defence
ministry said … Defence Minister Ana Soto said", "the ministry said … A ministry spokeswoman, Ana Soto,
said": the official of a portfolio is the one of the ministry of that portfolio the story has just named,
and the ministry's state is theirs. This is evidence of the institution they act for, so it outranks
what speaks only for the whole article (a dateline): a story datelined in Baghdad quoting the Turkish
defence ministry and then its minister is quoting a Turkish official.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.context import home_official
from bilat.nlp.doctext import with_lower

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

MINISTRY_NOUNS = {"ministry", "department"}
OFFICE_WORDS = {"minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "ministry", "department"}
TITLE_REACH = 6  # words before a name searched for its office
# Words of a portfolio that do not tell one ministry from another ("Home Affairs", "Foreign Affairs").
GENERIC = {"affairs", "national", "state", "public", "international", "relations", "cooperation"}
# One portfolio under its spellings.
SAME = {
    "defense": "defence",
    "labor": "labour",
    "transportation": "transport",
    "economic": "economy",
    "economics": "economy",
    "finances": "finance",
    "industries": "industry",
    "investments": "investment",
    "emergencies": "emergency",
    "technologies": "technology",
    "sport": "sports",
    "internal": "interior",
    "home": "interior",
    "external": "foreign",
}
# Of those, the other names of a portfolio, not its spellings: a state calls its ministry by one of them, so
# "the external affairs ministry" after "Malaysia's foreign ministry" is another state's.
OTHER_NAMES = {"internal", "home", "external"}


@dataclass
class Ministry:
    at: int  # token index of its mention
    portfolio: frozenset[str]
    country: str | None
    marked: bool = True  # its state comes from its own words, not from a ministry named before
    source: int = -1  # token index of the mention its state comes from: its own, or the one named before
    named: frozenset[str] = frozenset()  # the portfolio's words as written, at the mention ``source`` is


def _portfolio(words: list[str], portfolios: frozenset[str] | set[str]) -> frozenset[str]:
    found = {SAME.get(w, w) for w in words if w in portfolios or w in SAME}
    return frozenset(found - GENERIC)


def _named(words: list[str]) -> frozenset[str]:
    """The words a portfolio is written with that tell its other names apart ("external" from "foreign")."""
    return frozenset(w for w in words if (w in SAME and SAME[w] in OTHER_NAMES_OF) or w in OTHER_NAMES_OF)


# The portfolios that have other names, under the name SAME gives them.
OTHER_NAMES_OF = {SAME[w] for w in OTHER_NAMES}


def _renamed(title: list[str], ministry: Ministry) -> bool:
    """The official's title calls the ministry by another name than the ministry named before: "external
    affairs ministry spokesman" after "Malaysia's foreign ministry"."""
    own = _named(title)
    return bool(own and ministry.named and (own ^ ministry.named) & OTHER_NAMES)


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def ministries_of(doc: Doc, index: ActorIndex, portfolios: set[str]) -> list[Ministry]:
    """Every ministry the article names, in order, with its state: its own words ("the Turkish defence
    ministry", "Ministry of Commerce in Beijing"), or, unmarked ("the ministry"), the last one named of
    the same portfolio."""
    found: list[Ministry] = []
    for token in with_lower(doc, MINISTRY_NOUNS):
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        words = [t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"}]
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
            words += [t.lower_ for t in prep.subtree]
        ref = index.by_token.get(token.i)
        country = ref.country if ref is not None and ref.kind == "organisation" else None
        country = country or index.nationality_of(token) or _seat(token, index)
        portfolio = _portfolio(words, portfolios) | _affairs_of(token)
        marked = country is not None
        earlier = None
        if country is None:
            earlier = next(
                (
                    m
                    for m in reversed(found)
                    if _compatible(m.portfolio, portfolio) and _same_kind(doc[m.at], token)
                ),
                None,
            )
            country = earlier.country if earlier is not None else None
            # "Algeria's defence ministry said … The ministry accused Rabat": still the defence ministry.
            portfolio = portfolio or (earlier.portfolio if earlier is not None else portfolio)
        if country is None and earlier is None and portfolio and not portfolio & SHARED_PORTFOLIOS:
            # "Iraq's oil minister said … A spokesman for the oil ministry said": the ministry of the
            # minister of that portfolio the story named before, when only one state's was named.
            country = _ministers_state(doc, index, token.i, portfolio, portfolios)
        source = token.i if marked or earlier is None else earlier.source
        named = _named(words) if marked or earlier is None else earlier.named
        found.append(Ministry(token.i, portfolio, country, marked, source, named))
    return found


# Portfolios whose ministries both sides of a diplomatic story have, the home side's often unmarked: a
# minister of the other side named before says nothing of whose "the foreign ministry" is.
SHARED_PORTFOLIOS = {"foreign"}


def _ministers_state(
    doc: Doc, index: ActorIndex, at: int, portfolio: frozenset[str], portfolios: set[str]
) -> str | None:
    states = set()
    for i, person in index.person_at.items():
        if i >= at or person.country is None or not home_official(person.title):
            continue
        words = _office_words(doc, i, index.person_at)
        own = _portfolio(words, portfolios)
        if "minister" in words and own and own & portfolio:
            states.add(person.country)
    return next(iter(states)) if len(states) == 1 else None


def _same_kind(earlier: Token, later: Token) -> bool:
    """Whether a later unmarked mention may be the ministry named before: "the ministry" after "Turkey's
    foreign ministry" is, but a name written in full with another head ("the Federal Department of
    Foreign Affairs" after "Turkey's foreign ministry") is another state's body, not the one named before."""
    return later.is_lower or later.lower_ == earlier.lower_


def _affairs_of(ministry: Token) -> frozenset[str]:
    """ "the civil affairs ministry", "the religious affairs ministry": whatever the affairs are, they
    name a portfolio of its own, so the ministry is not one named before under another portfolio (the
    "external affairs ministry" after "China's civil affairs ministry" is not China's)."""
    found: set[str] = set()
    for affairs in (c for c in ministry.lefts if c.dep_ == "compound" and c.lower_ == "affairs"):
        found |= {
            SAME.get(t.lower_, t.lower_)
            for t in affairs.lefts
            if t.dep_ in {"amod", "compound"} and t.is_alpha and t.text.islower()
        }
    return frozenset(found - GENERIC)


def _seat(token: Token, index: ActorIndex) -> str | None:
    """ "the Ministry of Commerce in Beijing": the capital it sits in."""
    gazetteer = index.gazetteer
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if gazetteer is not None and place.text in gazetteer.capitals:
                return gazetteer.capitals[place.text]
    return None


def _office_words(doc: Doc, at: int, person_at: dict[int, Person]) -> list[str]:
    """The words of the office written with a name: right before it ("Defence Minister Ana Soto"), as
    the phrase the name is in apposition to ("A ministry spokeswoman, Ana Soto") or the one in apposition
    to it ("Ana Soto, a ministry spokeswoman")."""
    start = at
    while start > 0 and doc[start - 1].i in person_at and person_at[doc[start - 1].i] is person_at[at]:
        start -= 1
    words: list[str] = []
    for t in reversed(doc[max(doc[start].sent.start, start - TITLE_REACH) : start]):
        if t.pos_ in {"VERB", "AUX", "PUNCT"} or t.dep_ == "det":
            break
        words.insert(0, t.lower_)
    root = doc[at]
    while root.head.i in person_at and root.head.i != root.i:  # spaCy makes a new Token per access
        root = root.head
    if root.dep_ == "appos" and root.head.i < start:
        words += [t.lower_ for t in root.head.subtree if t.i < start and not t.is_punct]
    # "Ana Soto, a ministry spokeswoman, said": the phrase set after the name in apposition to it.
    for phrase in (c for c in root.children if c.dep_ == "appos" and c.i > at and c.i not in person_at):
        words += [t.lower_ for t in phrase.subtree if not t.is_punct and t.dep_ != "det"]
    return words


# The head of a ministry's proper name written into an official's title: "Foreign Office spokeswoman",
# "Foreign Ministry spokesman", "State Department official".
BODY_NAMES = {"Office", "Ministry", "Department"}


def _named_body(doc: Doc, at: int, person_at: dict[int, Person]) -> str | None:
    """The head of the body whose proper name the title right before a name is written with, lower-cased
    ("Foreign Office spokeswoman X" → "office"); None for a title with no such name ("ministry
    spokeswoman X", "Defence Minister X")."""
    start = at
    while start > 0 and doc[start - 1].i in person_at and person_at[doc[start - 1].i] is person_at[at]:
        start -= 1
    for t in reversed(doc[max(doc[start].sent.start, start - TITLE_REACH) : start]):
        if t.pos_ in {"VERB", "AUX", "PUNCT"} or t.dep_ == "det":
            break
        if t.text in BODY_NAMES and t.i > doc[start].sent.start and doc[t.i - 1].text[:1].isupper():
            return t.lower_
    return None


def ministry_officials(doc: Doc, index: ActorIndex, portfolios: set[str]) -> None:
    """Unmarked home officials of a ministry's portfolio take the state of the ministry of that portfolio
    last named before them."""
    ministries = ministries_of(doc, index, portfolios)
    if not ministries:
        return
    first_at: dict[int, int] = {}
    for i, person in index.person_at.items():
        first_at[id(person)] = min(first_at.get(id(person), i), i)
    for person in index.people:
        if person.country is not None or not home_official(person.title) or id(person) not in first_at:
            continue
        at = first_at[id(person)]
        words = _office_words(doc, at, index.person_at)
        if not OFFICE_WORDS & set(words):
            continue
        portfolio = _portfolio(words, portfolios)
        names_ministry = bool(MINISTRY_NOUNS & set(words))
        if not portfolio and not names_ministry:
            # "Minister Ana Soto": no portfolio to tie her to one ministry; but "the Russian foreign
            # ministry said …, spokeswoman X told reporters": the ministry the sentence reports speaks
            # through the spokesperson who reports it.
            spoken = _reporting_spokesperson(doc, at, ministries, words)
            if spoken is not None:
                person.affiliate(Affiliation(spoken, "ministry"))
            continue
        before = [m for m in ministries if m.at < at and _compatible(m.portfolio, portfolio)]
        body = _named_body(doc, at, index.person_at)
        if body is not None:
            # "Foreign Office spokeswoman X" after "the State Department announced": the body her title
            # names in full is her own, not a ministry of another name the story named before.
            before = [m for m in before if doc[m.at].lower_ == body]
        if portfolio:
            # A state's body named by its own name and no portfolio ("the State Department") is not the
            # ministry of an official titled by the portfolio alone ("the permanent secretary of foreign
            # affairs"), which another state's may be.
            before = [m for m in before if m.portfolio] or [m for m in before if not _proper_body(doc, m)]
        if before and names_ministry and _renamed(words, before[-1]):
            continue  # another state's ministry of the portfolio, called by its other name
        if not before or before[-1].country is None:
            reporting = _reporting_ministry(doc, at, ministries, portfolio)
            if reporting is not None:
                person.affiliate(Affiliation(reporting, "ministry"))
            continue
        if _addresses_envoy_of(doc, at, index, before[-1].country):
            continue  # "Foreign Minister X said she had asked the Chilean ambassador …": not Chile's
        if _held_by_another(index.people, person, before[-1].country):
            continue  # "Somalia's Foreign Minister X said … ¶ The foreign minister, Y, denied": not Somalia's
        if not before[-1].marked and _paragraph_break(doc, before[-1].at, at):
            continue  # a ministry the story left unmarked paragraphs ago says nothing of who this is
        taken = before[-1].source
        if (
            not before[-1].marked
            and _paragraph_break(doc, taken, at)
            and _turned_away(doc, index, at, before[-1])
        ):
            # "Kuwait's foreign ministry said … ¶ Iran rejected that. Foreign ministry spokesman X said": a
            # paragraph that made another state its subject speaks of that state's own ministry.
            continue
        if (
            before[-1].marked
            and _paragraph_break(doc, before[-1].at, at)
            and any(not m.marked and m.country is None for m in before[:-1])
        ):
            # "The foreign ministry said … ¶ … the foreign ministry in Moscow said … ¶ Foreign Minister X
            # said": the story named its own unmarked ministry of that portfolio too, so another state's
            # ministry a paragraph before says nothing of whose minister this is.
            continue
        if len({m.country for m in before if m.country}) > 1 and _paragraph_break(doc, taken, at):
            # "The Dutch foreign ministry said … ¶ Nigeria's foreign ministry … ¶ Foreign ministry spokesman
            # X said": both sides' ministries of the portfolio named before, the one a paragraph back is
            # only the nearest, not theirs.
            continue
        if _paragraph_breaks(doc, before[-1].at, at) > 1:
            # "… was summoned by the foreign ministry in Moscow. ¶ Baku had summoned … ¶ Foreign
            # Minister X told parliament": a ministry the story named a paragraph or more before the last
            # is not the one it has just named.
            continue
        person.affiliate(Affiliation(before[-1].country, "ministry"))


# Offices a state gives one person at a time.
SINGLE_HOLDER = {"President", "Prime Minister", "Foreign Minister", "Minister of Defense", "Chancellor"}


ENVOY_WORDS = {"ambassador", "envoy", "chargé", "charge", "commissioner"}


def _addresses_envoy_of(doc: Doc, at: int, index: ActorIndex, state: str | None) -> bool:
    """Whether the sentence naming an official at ``at`` goes on to name an envoy of ``state`` by that
    state's nationality: an official dealing with a state's envoy is of the other side."""
    sentence = doc[at].sent
    return state is not None and any(
        t.i > at and t.lower_ in ENVOY_WORDS and index.nationality_of(t) == state for t in sentence
    )


def _proper_body(doc: Doc, ministry: Ministry) -> bool:
    """ "the State Department", "the Foreign Office": a ministry named by a capitalised name of its own."""
    token = doc[ministry.at]
    return token.is_title and any(c.dep_ == "compound" and c.is_title for c in token.lefts)


def _held_by_another(people: list[Person], person: Person, state: str | None) -> bool:
    """Whether someone else already holds the person's single-holder office for ``state``: a state has
    one foreign minister, so a second one named after the first is the other state's."""
    role = person.title.role if person.title is not None else None
    return role in SINGLE_HOLDER and any(
        other is not person and other.country == state and other.title.role == role
        for other in people
        if other.title is not None
    )


# What only the article as a whole implies: no evidence that a holder holds the office for that state.
GUESSED = {None, "dateline", "publisher", "paragraph", "seat"}


def second_holders(people: list[Person], dyad: tuple[str, str] | None) -> None:
    """ "Somalia's Foreign Minister X said … ¶ The foreign minister, Y, denied": in a story about two
    states, a second holder of a single-holder office that evidence gives one of them holds it for the
    other. Only a holder left with no country, whose name shares no word with the first's."""
    if dyad is None:
        return
    for person in people:
        if person.country is not None or person.title is None or person.title.role not in SINGLE_HOLDER:
            continue
        held = {
            other.country
            for other in people
            if other is not person
            and other.country in dyad
            and other.basis not in GUESSED
            and other.title is not None
            and other.title.role == person.title.role
            and not set(other.name.split()) & set(person.name.split())
        }
        if len(held) == 1:
            person.country, person.basis = (dyad[1] if held == {dyad[0]} else dyad[0]), "counterpart"


REPORTING = {"say", "announce", "report", "state"}


def _reporting_ministry(
    doc: Doc, at: int, ministries: list[Ministry], portfolio: frozenset[str]
) -> str | None:
    """ "Deputy Foreign Minister X handed the envoy a note, the Russian foreign ministry said": a ministry
    that reports, in the same sentence, what an official of its portfolio did or said reports on its own
    official. Only a ministry whose state its own words give, and only when nothing named before says more."""
    person = doc[at]
    for ministry in ministries:
        token = doc[ministry.at]
        if not ministry.marked or ministry.country is None or token.sent != person.sent or ministry.at < at:
            continue
        if not portfolio or not _compatible(ministry.portfolio, portfolio):
            continue
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING:
            continue
        path = [person, *person.ancestors]
        reported = next((n for n, t in enumerate(path) if t.i == verb.i), None)
        if reported and path[reported - 1].dep_ == "ccomp":
            return ministry.country
    return None


SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _reporting_spokesperson(doc: Doc, at: int, ministries: list[Ministry], words: list[str]) -> str | None:
    """ "The Russian foreign ministry said it would respond, spokeswoman X told reporters": a spokesperson
    whose report, in the same sentence, is what a ministry marked with its state says."""
    if not SPOKESPEOPLE & set(words):
        return None
    person = doc[at]
    while person.dep_ in {"compound", "flat"} and person.head.i > person.i:
        person = person.head  # the name's last word carries its clause
    states = set()
    for ministry in ministries:
        token = doc[ministry.at]
        if not ministry.marked or ministry.country is None or token.sent != person.sent:
            continue
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING:
            continue
        own = person.head if person.dep_ == "nsubj" else None
        if own is None or own.lemma_.lower() not in REPORTING | {"tell"}:
            continue
        if (verb.head.i == own.i and verb.dep_ == "ccomp") or (own.head.i == verb.i and own.dep_ == "ccomp"):
            states.add(ministry.country)
    return states.pop() if len(states) == 1 else None


def _turned_away(doc: Doc, index: ActorIndex, at: int, ministry: Ministry) -> bool:
    """Whether the paragraph of token ``at`` makes, before it, a state other than the ministry's the
    subject of a sentence: the story has turned to the other side since the ministry was named."""
    start = at
    while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space:
        start -= 1
    for sentence in {doc[i].sent.start: doc[i].sent for i in range(start, at)}.values():
        for subject in (c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            # "Tehran's account was different.": a state's own answer made the subject turns to it too.
            for token in [subject, *(c for c in subject.children if c.dep_ == "poss")]:
                ref = index.by_token.get(token.i)
                if ref is not None and ref.kind == "state" and ref.country not in {None, ministry.country}:
                    return True
    return False


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return "\n" in doc[start:end].text


def _paragraph_breaks(doc: Doc, start: int, end: int) -> int:
    """How many paragraph breaks lie between two tokens (blank lines or single line breaks alike)."""
    text = doc[start:end].text
    return len([part for part in text.split("\n")[1:] if part.strip()])
