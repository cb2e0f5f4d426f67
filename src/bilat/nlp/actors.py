"""Actors in a parsed document: people with titles, countries and sectors; states; institutions.

``recognize_actors`` reads the entities once and builds an ``ActorIndex``; ``ActorIndex.resolve`` maps the
head of a subject or object to the actor it denotes ("Macron", "France", "Paris said", "the ambassador",
"he"), so the event coder never looks at names itself.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bilat.models import Actor, ActorRef, Mention
from bilat.nlp.countries import Gazetteer, Group, Title, load_gazetteer
from bilat.nlp.leaders import Leaders, load_leaders
from bilat.nlp.phoenix import organisation
from bilat.nlp.pipeline import ORG_HEADS
from bilat.resources import Resources

WINDOW = 25  # tokens left of a name searched for its title and country
MINISTRY = re.compile(r"\b(ministry|ministries|department)\b", re.IGNORECASE)
MILITARY_WORDS = ("defense", "defence", "military", "army", "armed forces")
COLLECTIVE = {"countries", "sides", "states", "nations", "parties", "governments", "leaders"}
PRONOUNS = {"he", "she", "him", "her"}


def actor_id(kind: str, name: str, country: str | None) -> str:
    return hashlib.sha1(f"{kind}|{name}|{country or ''}".encode()).hexdigest()[:12]


@dataclass
class Person:
    name: str
    country: str | None = None
    title: Title | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0

    def ref(self) -> ActorRef:
        return ActorRef(
            name=self.name,
            country=self.country,
            sector=self.title.sector if self.title else None,
            kind="person",
            role=self.title.role if self.title else None,
            actor_id=actor_id("person", self.name, self.country),
        )

    @property
    def state_actor(self) -> bool:
        return self.title is None or self.title.state_actor


@dataclass
class ActorIndex:
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    gazetteer: Gazetteer | None = None
    people: list[Person] = field(default_factory=list)
    by_token: dict[int, ActorRef] = field(default_factory=dict)  # token index → actor of its entity
    person_at: dict[int, Person] = field(default_factory=dict)
    leaders: Leaders | None = None
    published: str | None = None

    def resolve(self, item: Token | Span) -> ActorRef | None:
        token = item.root if isinstance(item, Span) else item
        if token.i in self.person_at:
            return self.person_at[token.i].ref()
        if token.i in self.by_token:
            return self.by_token[token.i]
        # A name inside the phrase: "the ambassador Kenji Sato" may have "ambassador" as its head.
        for child in token.children:
            if child.dep_ in {"compound", "appos", "flat"} and child.i in self.person_at:
                return self.person_at[child.i].ref()
        lower = token.lower_
        if lower in PRONOUNS:
            return self._last_person_before(token)
        if lower in COLLECTIVE:
            return None
        title = self._title_of_phrase(token)
        country = self._country_in_phrase(token)
        if title is not None:
            return self._titled(token, title, country)
        group = self._group_of(token)
        if group is not None and token.pos_ in {"NOUN", "PROPN"}:
            # "Syrian rebels", "a Tunisian court": of the country, but not the state itself. Only a
            # nationality on the noun says whose they are: "insurgents in Qatar" are not Qatar's.
            country = self._nationality_of(token)
            if country is None:
                return None
            name = _phrase(token)
            kind = "organisation" if group.state else "group"
            return ActorRef(
                name=name,
                country=country,
                sector=group.sector,
                kind=kind,
                actor_id=actor_id(kind, name, country),
            )
        if country and token.pos_ in {"NOUN", "PROPN"}:
            sector = "MIL" if any(w in _phrase(token).lower() for w in MILITARY_WORDS) else "GOV"
            if MINISTRY.search(token.text) or token.lower_ in {"government", "side", "authorities", "army"}:
                name = _phrase(token)
                return ActorRef(
                    name=name,
                    country=country,
                    sector=sector,
                    kind="organisation",
                    actor_id=actor_id("organisation", name, country),
                )
            return self.state_ref(country)
        return None

    def _nationality_of(self, token: Token) -> str | None:
        for t in token.lefts:
            ref = self.by_token.get(t.i)
            if (
                ref
                and ref.kind in {"state", "organisation"}
                and t.dep_ in {"amod", "compound", "poss", "nmod"}
            ):
                return ref.country
        return None

    def _group_of(self, token: Token) -> Group | None:
        if self.gazetteer is None:
            return None
        groups = self.gazetteer.groups
        compound = " ".join(t.lower_ for t in token.lefts if t.dep_ == "compound" and not t.ent_type_)
        return (
            groups.get(f"{compound} {token.lower_}".strip())
            or groups.get(token.lower_)
            or groups.get(token.lemma_.lower())
        )

    def state_ref(self, iso3: str) -> ActorRef:
        name = self.gazetteer.country_name(iso3) if self.gazetteer else iso3
        return ActorRef(
            name=name, country=iso3, sector="GOV", kind="state", actor_id=actor_id("state", name, iso3)
        )

    def _last_person_before(self, token: Token) -> ActorRef | None:
        best = None
        for i, person in self.person_at.items():
            if i < token.i and (best is None or i > best[0]):
                best = (i, person)
        return best[1].ref() if best else None

    def _title_of_phrase(self, token: Token) -> Title | None:
        if self.gazetteer is None:
            return None
        words = [
            t.lower_
            for t in token.subtree
            if (t.i <= token.i and t.dep_ in {"compound", "amod"}) or t == token
        ]
        return longest_title(words, self.gazetteer)

    def _country_in_phrase(self, token: Token) -> str | None:
        for t in token.subtree:
            known = t.i in self.by_token and self.by_token[t.i].kind in {"state", "organisation"}
            if known and (t.i == token.i or t.dep_ in {"amod", "compound", "poss", "pobj", "nmod"}):
                return self.by_token[t.i].country
        return None

    def _titled(self, token: Token, title: Title, country: str | None) -> ActorRef:
        """ "the ambassador", "Azerbaijani Foreign Minister": the person last named before with that title."""
        last_seen: dict[int, int] = {}
        for i, person in self.person_at.items():
            if i < token.i:
                last_seen[id(person)] = max(last_seen.get(id(person), -1), i)
        for person in sorted(self.people, key=lambda p: -last_seen.get(id(p), -1)):
            if id(person) not in last_seen:
                continue
            if (
                person.title
                and person.title.role == title.role
                and (country is None or person.country == country)
            ):
                return person.ref()
        name = _phrase(token)
        if token.pos_ == "PROPN" and self.gazetteer is not None:
            # "President Kassym-Jomart Tokayev" the model did not tag: the words after the title are a name.
            start = token.i
            while (
                start > 0
                and token.doc[start - 1].dep_ in {"compound", "punct"}
                and token.doc[start - 1].i < token.i
            ):
                if token.doc[start - 1].lower_ in self.gazetteer.titles:
                    break
                start -= 1
            name = token.doc[start : token.i + 1].text
            term = self.leaders.holder(name, self.published) if self.leaders else None
            if term is not None:
                name, country = term.name, country or term.country
        return ActorRef(
            name=name,
            country=country,
            sector=title.sector,
            kind="person",
            role=title.role,
            actor_id=actor_id("person", name, country),
        )


def _phrase(token: Token) -> str:
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    start = min([token.i, *[t.left_edge.i for t in left]])
    words = [t.text for t in token.doc[start : token.i + 1] if t.pos_ != "DET"]
    return " ".join(words)


def longest_title(words: list[str], gazetteer: Gazetteer) -> Title | None:
    best: Title | None = None
    best_end = -1
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            title = gazetteer.titles.get(phrase)
            # The title nearest the name wins; between equally near ones, the longer.
            if title and start + size - 1 > best_end:
                best, best_end = title, start + size - 1
    return best


def recognize_actors(doc: Doc, resources: Resources, published: str | None = None) -> ActorIndex:
    """``published``: the article's date, which says who held an office ("Obama" in 2014 is the US
    president; in 2020 a former one, who acts for no state)."""
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    leaders = resources.load("actors.leaders", load_leaders)
    index = ActorIndex(gazetteer=gazetteer, leaders=leaders, published=published)
    sentence_of = _sentence_numbers(doc)
    states: dict[str, int] = {}
    organisations: dict[tuple[str, str | None], tuple[str, int]] = {}
    for ent in doc.ents:
        country = _entity_country(ent, gazetteer)
        index.mentions.append(
            Mention(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                sentence=sentence_of[ent.start],
                country=country,
            )
        )
        if ent.label_ in {"GPE", "NORP"} and country:
            ref = index.state_ref(country)
            states[country] = states.get(country, 0) + 1
            for t in ent:
                index.by_token[t.i] = ref
        elif ent.label_ == "ORG":
            # bilat's own institutions first; then the Phoenix organisations and armed groups.
            institution = gazetteer.institutions.get(ent.text) or organisation(ent.text, resources)
            if institution is None and not MINISTRY.search(ent.text):
                continue
            org_country = institution.country if institution else _country_near(ent, gazetteer)
            sector = (
                institution.sector
                if institution
                else ("MIL" if any(w in ent.text.lower() for w in MILITARY_WORDS) else "GOV")
            )
            name = institution.name if institution else ent.text
            ref = ActorRef(
                name=name,
                country=org_country,
                sector=sector,
                kind="organisation",
                actor_id=actor_id("organisation", name, org_country),
            )
            key = (name, org_country)
            organisations[key] = (sector, organisations.get(key, (sector, 0))[1] + 1)
            for t in ent:
                index.by_token[t.i] = ref
    for ent in doc.ents:
        # "X Party", "X Movement": the model read an organisation's name as a person's.
        named_org = ent.end < len(doc) and doc[ent.end].lower_ in ORG_HEADS
        if ent.label_ == "PERSON" and not named_org:
            _add_person(index, ent, gazetteer)
    _office_holders(index, leaders, published)
    _hosts_of_counterparts(index, sentence_of)
    for person in index.people:
        ref = person.ref()
        index.actors.append(
            Actor(
                id=ref.actor_id or "",
                name=person.name,
                aliases=sorted(person.aliases - {person.name}),
                kind="person",
                country=person.country,
                role=ref.role,
                sector=ref.sector,
                mentions=person.mentions,
            )
        )
    for iso3, count in states.items():
        ref = index.state_ref(iso3)
        index.actors.append(
            Actor(
                id=ref.actor_id or "", name=ref.name, kind="state", country=iso3, sector="GOV", mentions=count
            )
        )
    for (name, country), (sector, count) in organisations.items():
        index.actors.append(
            Actor(
                id=actor_id("organisation", name, country),
                name=name,
                kind="organisation",
                country=country,
                sector=sector,
                mentions=count,
            )
        )
    return index


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers, current = [0] * len(doc), -1
    for sent in doc.sents:
        if sent.text.strip():
            current += 1
        for t in sent:
            numbers[t.i] = max(current, 0)
    return numbers


def _entity_country(ent: Span, gazetteer: Gazetteer) -> str | None:
    if ent.ent_id_ and ent.ent_id_ != "-":
        return ent.ent_id_
    if ent.label_ in {"GPE", "NORP"}:
        return gazetteer.country_of(ent.text)
    return None


def _country_near(ent: Span, gazetteer: Gazetteer) -> str | None:
    """The country of "the Azerbaijani Defense Ministry" or "Ministry of Foreign Affairs of Georgia"."""
    for t in [*ent, *ent.root.subtree]:
        iso3 = gazetteer.demonyms.get(t.text) or gazetteer.names.get(t.text)
        if iso3:
            return iso3
    for t in ent.root.lefts:
        iso3 = gazetteer.demonyms.get(t.text) or gazetteer.names.get(t.text)
        if iso3:
            return iso3
    return None


def _clean_name(ent: Span) -> str:
    name = ent.text.strip()
    name = re.sub(r"['’]s$", "", name)
    name = re.sub(r"\s*-\s*", "-", name)  # "Kassym - Jomart" as tokenised
    return re.sub(r"\s+", " ", name)


def _add_person(index: ActorIndex, ent: Span, gazetteer: Gazetteer) -> None:
    name = _clean_name(ent)
    title, country = _title_and_country(ent, index, gazetteer)
    words = name.split()
    if len(words) > 2 and words[0].lower() in gazetteer.titles:
        # "President Kassym-Jomart Tokayev" tagged whole: the office is the title, not part of the name.
        title = title or gazetteer.titles[words[0].lower()]
        name = " ".join(words[1:])
    person = _find_person(index, name)
    if person is None:
        person = Person(name=name)
        index.people.append(person)
    person.aliases.add(name)
    person.mentions += 1
    if len(name.split()) > len(person.name.split()):
        person.name = name
    person.title = person.title or title
    person.country = person.country or country
    for t in ent:
        index.person_at[t.i] = person


def country_pair(mentions: list[Mention]) -> tuple[str, str] | None:
    """The two countries an article is about: the two most mentioned (a bilateral story's pair)."""
    top = Counter(m.country for m in mentions if m.country and m.label in {"GPE", "NORP"}).most_common(2)
    return (top[0][0], top[1][0]) if len(top) == 2 else None


def _hosts_of_counterparts(index: ActorIndex, sentence_of: list[int]) -> None:
    """An official with a title but no country ("President Jan Novak received South Korea's minister"):
    in a story about two states, the official who meets only the other state's people is this state's.
    News names the foreign side's nationality and leaves the home side's unsaid."""
    dyad = country_pair(index.mentions)
    if dyad is None:
        return
    sentences_of: dict[int, set[int]] = {}
    for i, person in index.person_at.items():
        sentences_of.setdefault(id(person), set()).add(sentence_of[i])
    for person in index.people:
        if person.country is not None or person.title is None or not person.title.state_actor:
            continue
        mine = sentences_of.get(id(person), set())
        met = {
            other.country
            for other in index.people
            if other is not person and other.country and sentences_of.get(id(other), set()) & mine
        }
        if len(met) == 1 and next(iter(met)) in dyad:
            person.country = dyad[1] if next(iter(met)) == dyad[0] else dyad[0]


def _office_holders(index: ActorIndex, leaders: Leaders, published: str | None) -> None:
    """People the text names without a title or country: known office holders on the article's date.
    Looked up by the fullest name the text gives, so a namesake named in full once ("the publisher Anna
    Putin", then "Putin") is not the office holder."""
    for person in index.people:
        if person.title is not None and person.country is not None:
            continue
        term = leaders.holder(person.name, published)
        if term is None:
            continue
        if person.title is None:
            # The office decides the country; a country guessed from places nearby ("in Nairobi, Obama
            # said") yields to it.
            person.title = Title(term.role.lower(), term.role, term.sector, True)
            person.country = term.country
        else:
            person.country = person.country or term.country
        if len(term.name.split()) > len(person.name.split()):
            person.aliases.add(person.name)
            person.name = term.name


def _find_person(index: ActorIndex, name: str) -> Person | None:
    """The same person under a shorter or initialled name ("Scholz", "O. Scholz"); never a mere namesake
    whose first name differs."""
    parts = name.replace(".", ". ").split()
    surname = parts[-1]
    if len(parts) == 1:
        # "Lee" after "Lee Min-jun": the family name may come first; one person bearing it, not two.
        bearers = [p for p in index.people if len(p.name.split()) > 1 and name in p.name.split()]
        if len(bearers) == 1:
            return bearers[0]
    for person in index.people:
        known = person.name.split()
        if 1 < len(parts) < len(known) and known[-len(parts) :] == parts:
            return person  # "Rivas Soto" after "Tomas Rivas Soto"
        if known[-1] != surname:
            continue
        if len(parts) == 1 or len(known) == 1:
            return person
        first, known_first = parts[0].rstrip("."), known[0]
        if first == known_first or (len(first) == 1 and known_first.startswith(first)):
            return person
    return None


def _title_and_country(ent: Span, index: ActorIndex, gazetteer: Gazetteer) -> tuple[Title | None, str | None]:
    doc = ent.doc
    start = ent.start
    left: list[Token] = []
    i = start - 1
    while i >= max(ent.sent.start, start - WINDOW):
        t = doc[i]
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound", "acl"}:
            break
        left.insert(0, t)
        i -= 1
    words = [t.lower_ for t in left if not t.is_punct]
    title = longest_title(words, gazetteer)
    # Appositive after the name: "Arif Ahmadov, the Georgian ambassador, said".
    if title is None:
        for t in ent.root.children:
            if t.dep_ == "appos":
                title = longest_title([w.lower_ for w in t.subtree], gazetteer)
                if title:
                    left = list(t.subtree)
                    break
    country = _title_country(left, index, gazetteer)
    return title, country


def _title_country(left: list[Token], index: ActorIndex, gazetteer: Gazetteer) -> str | None:
    """A nationality right before the title, an institution or country it belongs to ("of the Milli
    Majlis", "of Azerbaijan"), else the nearest country named in the phrase."""
    if not left:
        return None
    refs = [(t, index.by_token.get(t.i)) for t in left]
    for t, ref in refs:
        # "US commander in Iraq": a nationality on the title itself decides, whatever places follow.
        if (
            ref
            and ref.kind == "state"
            and t.dep_ in {"amod", "compound", "nmod"}
            and t.head.lower_ in gazetteer.titles
        ):
            return ref.country
    for t, ref in refs:
        if ref and ref.kind == "organisation" and ref.country and t.head.lower_ == "of":
            return ref.country
    for t, ref in refs:
        if ref and ref.kind == "state" and t.head.lower_ == "of" and t.head.head.lower_ in gazetteer.titles:
            return ref.country
    for _t, ref in refs:
        if ref and ref.kind == "organisation" and ref.country:
            return ref.country
    for _t, ref in reversed(refs):
        if ref and ref.country and ref.kind in {"state", "organisation"}:
            return ref.country
    return None
