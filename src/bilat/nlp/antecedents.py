"""Titles that point back to what the article said before: whose office a possessive pronoun names, and
the earlier mention of an office without a name.

"Canada's prime minister, Ana Ruiz, spoke first. Hours later her foreign minister, Luis Vera, …": an
aide or minister of an official serves that official's state. "Quito recalled its ambassador …" then
"the ambassador, Pablo Soto, …": the state that owns the office, written once without the name, is the
named office holder's. Both are evidence from the words, so they outrank what speaks only for the whole
article (a dateline); a person whose own words gave a country keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.context import capital_of_place
from bilat.nlp.countries import Gazetteer, Title
from bilat.nlp.courtesy_gender import PRONOUN_GENDER, courtesy_gender, paragraph_start
from bilat.nlp.doctext import doc_text, positions, with_lemma, with_lower
from bilat.nlp.people import find_person, longest_title

if TYPE_CHECKING:
    from bilat.models import ActorRef
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

PERSONAL = {"his", "her"}
COLLECTIVE_OWNERS = {"its", "their"}  # a state, a body or a force: "its spokesman", "their commander"
WORD_EVIDENCE = {"nationality", "institution", "office", "principal", "ministry", "earlier", "seat"}
# A basis that stronger evidence replaces: what speaks only for the whole article, or the paragraph a
# paragraph continues (weaker than a dateline).
YIELDING = {None, "dateline", "publisher", "paragraph"}


def _first_mentions(index: ActorIndex) -> dict[int, int]:
    first: dict[int, int] = {}
    for i, person in index.person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    return first


def _title_nouns(doc: Doc, at: int, index: ActorIndex) -> list[Token]:
    """The nouns a name's title is written on: compounds before it ("his Foreign Minister Ana Soto") and
    the phrase the name is in apposition to ("her foreign minister, Ana Soto")."""
    root = doc[at]
    while root.head.i in index.person_at and root.head.i != root.i and root.head.i < root.i + 4:
        if index.person_at[root.head.i] is not index.person_at[at]:
            break
        root = root.head
    nouns = [root]
    if root.dep_ == "appos" and root.head.i < at:
        nouns.append(root.head)
    return nouns


# Nouns of a relation across the two sides: "his counterpart, X" holds the office for the other side, "his
# host, President X" receives him there; neither is of his state.
OTHER_SIDE_NOUNS = {"counterpart", "host", "hostess", "guest", "visitor", "interlocutor"}


def _owner_pronoun(nouns: list[Token]) -> Token | None:
    for noun in nouns:
        if noun.lemma_ in OTHER_SIDE_NOUNS:
            continue
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ in PERSONAL | COLLECTIVE_OWNERS:
                return child
    return None


def _principal_before(doc: Doc, at: int, index: ActorIndex, exclude: Person) -> str | None:
    """The state of the state official whom "his" or "her" at ``at`` refers to: in the nearest sentence
    naming one before it, the subject of its clause over an official named only in passing ("Minister Ana
    Ruiz turned down Vera's offer. Her deputy, X, …" is Ruiz's deputy). Officials of different states
    none of whom is such a subject leave the pronoun unresolved rather than pick the last named."""
    named: dict[int, tuple[Person, Token]] = {}
    sentence_start = None
    # A surname named in full before, which the model tagged as something else here ("Ergin said …").
    mentions = {i: p for i, p in index.person_at.items() if i < at}
    for token in doc[:at]:
        untagged = token.i not in mentions and token.pos_ == "PROPN" and token.i not in index.by_token
        if untagged and token.dep_ in {"nsubj", "nsubjpass"}:
            known = find_person(index.people, token.text)
            if known is not None:
                mentions[token.i] = known
    for i in sorted(mentions, reverse=True):
        person = mentions[i]
        if person is exclude or person.title is None or not person.title.state_actor:
            continue
        if sentence_start is not None and i < sentence_start:
            break  # only the nearest sentence that names an official
        sentence_start = doc[i].sent.start
        named.setdefault(id(person), (person, doc[i]))
    if not named:
        return None
    gender = PRONOUN_GENDER.get(doc[at].lower_)
    if gender is not None:
        # "Ms Ruiz said … The envoy, X, was told …, her spokesman said": one the story calls by the other
        # gender's courtesy word is not whom the pronoun stands for.
        named = {k: v for k, v in named.items() if courtesy_gender(doc, index, v[0]) in {None, gender}}
        if not named:
            return None
    countries = {person.country for person, _ in named.values()}
    if len(countries) == 1:
        country = next(iter(countries))
    else:
        subjects = {person.country for person, token in named.values() if _names_subject(token, index)}
        country = next(iter(subjects)) if len(subjects) == 1 else None
    if (
        country is not None
        and gender is not None
        and _agreeing_elsewhere(doc, at, index, named, gender, country)
    ):
        return None
    return country


def _agreeing_elsewhere(
    doc: Doc, at: int, index: ActorIndex, named: dict[int, tuple[Person, Token]], gender: str, country: str
) -> bool:
    """Whether, where no nearest candidate is known to be of the pronoun's gender, an official the
    paragraph named before is, and serves another state: nearness alone does not outweigh that."""
    if any(courtesy_gender(doc, index, person) == gender for person, _ in named.values()):
        return False
    start = paragraph_start(doc, at)
    for i in range(start, at):
        person = index.person_at.get(i)
        if person is None or id(person) in named or person.title is None or not person.title.state_actor:
            continue
        if person.country not in {None, country} and courtesy_gender(doc, index, person) == gender:
            return True
    return False


def _names_subject(token: Token, index: ActorIndex) -> bool:
    """Whether the name ``token`` is in is the subject of its clause ("Minister Ana Ruiz rejected …"),
    not a possessor or an object ("turned down Vera's offer")."""
    person = index.person_at.get(token.i)
    if person is None:
        return token.dep_ in {"nsubj", "nsubjpass"}  # a surname the model did not tag
    root = token
    while root.head.i != root.i and index.person_at.get(root.head.i) is person:
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"}


def clause_subject_state(pronoun: Token, index: ActorIndex) -> str | None:
    """ "Quito recalled its ambassador": "its" is the clause's subject, a state or its government."""
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    verb = _subject_bearer(verb)
    # "its High Commission had sought …": the noun "its" is on is no antecedent of its own "its".
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != pronoun.head.i):
        ref = index.resolve(subject)
        if ref is not None and ref.kind in {"state", "organisation"} and ref.country:
            if _other_state_between(verb, pronoun, ref.country, index):
                return None
            return ref.country
    owned = any(pronoun in c.subtree for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    if owned and verb.dep_ in {"conj", "ccomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "Chad asked for their return, and its prime minister warned …", "Lima said its envoy would
        # …": "its" is the subject of the clause this one is joined to or reported by.
        for subject in (c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}):
            ref = index.resolve(subject)
            if ref is not None and ref.kind in {"state", "organisation"} and ref.country:
                return ref.country
    if owned and verb.lemma_.lower() in REPORTING_VERBS:
        # "Chile will reopen the pass, its interior minister said": "its" is the subject of the words its
        # owner reports, written before them.
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i):
            states = {
                ref.country
                for subject in clause.children
                if subject.dep_ in {"nsubj", "nsubjpass"}
                and (ref := index.resolve(subject)) is not None
                and ref.kind == "state"
                and ref.country
            }
            if len(states) == 1:
                return states.pop()
    return None


# Verbs that report an owner's words after them ("…, its foreign minister said").
REPORTING_VERBS = {"say", "tell", "announce", "add", "state"}


def _other_state_between(verb: Token, pronoun: Token, subject: str, index: ActorIndex) -> bool:
    """ "Indonesia protested to Vanuatu over its prime minister's remarks": another state the clause names
    after its subject and before "its", as the party it deals with, may be the one "its" stands for, so the
    subject says nothing; a place ("will shut its embassy in Oslo, its foreign minister said") does not."""
    between = (
        index.by_token.get(t.i)
        for t in verb.subtree
        if verb.i < t.i < pronoun.i and (t.dep_ in {"dobj", "dative"} or t.head.lower_ in ADDRESSED)
    )
    return any(r is not None and r.kind == "state" and r.country not in {None, subject} for r in between)


# Prepositions naming the party a clause deals with: "protested to Y", "lodged a protest with Y".
ADDRESSED = {"with", "to", "against"}


# Verbs that share the subject of the verb they hang on: "responded by recalling its envoy", "moved to
# recall its envoy", "retaliated, expelling its consul".
SHARED_SUBJECT = {"pcomp", "xcomp", "advcl"}


def _subject_bearer(verb: Token) -> Token:
    """The verb whose subject is also ``verb``'s: a participle or infinitive with no subject of its own
    takes the subject of the clause it depends on ("Peru responded by recalling its ambassador")."""
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or verb.dep_ not in SHARED_SUBJECT:
            return verb
        head = verb.head
        if head.pos_ == "ADP":  # "by recalling": the preposition hangs on the verb
            head = head.head
        if head.pos_ not in {"VERB", "AUX"} or head is verb:
            return verb
        verb = head
    return verb


def _opens_clause(pronoun: Token, name: Token) -> bool:
    """Whether the owner pronoun's phrase is its clause's subject: the person it titles speaks, and
    nothing in the clause before them can be what "its" refers to."""
    subject = next((a for a in [name, *name.ancestors] if a.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.left_edge.i <= pronoun.i and pronoun.i == subject.left_edge.i


def _previous_subject_state(doc: Doc, token: Token, index: ActorIndex) -> str | None:
    sentence = token.sent
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if "\n" in doc_text(doc)[before.end_char : sentence.start_char]:
        return None  # a new paragraph
    countries = set()
    for subject in (c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        ref = index.resolve(subject)
        if ref is not None and ref.kind in {"state", "organisation", "group"} and ref.country:
            countries.add(ref.country)
    return countries.pop() if len(countries) == 1 else None


def pronoun_principals(doc: Doc, index: ActorIndex) -> None:
    """ "her foreign minister, Luis Vera": the official's state is that of the official "her" names;
    "its ambassador, Pablo Soto": that of the state the clause is about."""
    first = _first_mentions(index)
    for person in index.people:
        if person.basis not in YIELDING or id(person) not in first:
            continue
        if person.title is None or not person.title.state_actor:
            continue
        at = first[id(person)]
        pronoun = _owner_pronoun(_title_nouns(doc, at, index))
        if pronoun is None:
            continue
        if pronoun.lower_ in COLLECTIVE_OWNERS:
            country = clause_subject_state(pronoun, index)
            if country is None and pronoun.i < doc[at].i and _opens_clause(pronoun, doc[at]):
                # "The Algerian foreign ministry hit back. Its spokesman, X, said …": the subject of the
                # sentence before, in the same paragraph.
                country = _previous_subject_state(doc, pronoun, index)
        else:
            country = _principal_before(doc, pronoun.i, index, person)
        if country is not None:
            person.country, person.basis = country, "principal"


@dataclass
class Office:
    at: int
    role: str
    country: str
    visiting: bool = False  # "a state visit by Uganda's president": the office of a visitor


def unnamed_offices(doc: Doc, index: ActorIndex) -> list[Office]:
    """Offices named without a person: "the Turkish ambassador", "Ethiopia's ambassador", "its
    ambassador", with the state the words give them."""
    gazetteer = index.gazetteer
    if gazetteer is None:
        return []
    found = []
    heads = {phrase.split()[-1] for phrase in gazetteer.titles}
    # Only a title or the last word of one ("the Ugandan high commissioner") can name an office.
    for token in with_lower(doc, heads | set(gazetteer.titles)):
        if token.i in index.person_at or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.i in index.person_at for c in token.children if c.dep_ in {"appos", "compound", "flat"}):
            continue  # "the ambassador, Pablo Soto": the named person's own title
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.dep_ in {"compound", "appos"} or (following is not None and following.pos_ == "PROPN"):
            continue  # a title written on a name ("Chilean President Ana Ruiz"), tagged or not
        # "acting chargé d'affaires": the parser may hang a title's first word on its last as an nmod.
        words = [t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}] + [token.lower_]
        title = longest_title(words, gazetteer)
        if title is None:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if owner is not None and _summoned_abroad(token):
            owner = None  # "Madrid summoned its ambassador": the envoy of the state the story spoke of
        country = (
            index.nationality_of(token)
            or (clause_subject_state(owner, index) if owner is not None else None)
            or _state_of(token, index)
        )
        if country:
            visiting = _on_a_visit(token) or _speaks_abroad(token, country, gazetteer)
            found.append(Office(token.i, title.role, country, visiting))
    return found


def _summoned_abroad(office: Token) -> bool:
    """ "Madrid summoned its ambassador": a state calls in another's envoy, so "its" there is the state the
    story spoke of before, not the summoner; calling one's own envoy home ("summoned its ambassador home
    for consultations", "called back") keeps the summoner's."""
    verb = office.head
    if office.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() != "summon" and not (verb.lemma_.lower() == "call" and _called_in(verb)):
        return False
    return not any(t.lower_ in {"home", "back", "consultations", "consultation"} for t in verb.subtree)


def _state_of(token: Token, index: ActorIndex) -> str | None:
    """ "the ambassador of the Republic of Congo": the one state an office is "of"."""
    states = {
        ref.country
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in prep.children
        if place.dep_ == "pobj" and (ref := index.by_token.get(place.i)) is not None and ref.kind == "state"
    }
    return states.pop() if len(states) == 1 else None


def _on_a_visit(token: Token) -> bool:
    """Whether an office names who pays a visit: "a state visit by Uganda's president", "the Ugandan
    president's visit", "a visit, the first by a Ugandan president", or whom a host welcomes ("Kenya
    welcomed Uganda's president")."""
    if token.dep_ == "poss" and token.head.lemma_.lower() in TRIPS:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in HOSTING:
        return True
    if token.dep_ == "nsubj" and (
        token.head.lemma_.lower() in TRIPS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in TRIPS for c in token.head.children)
    ):
        return True  # "the Ugandan president visited …", "… made the first visit to Nairobi"
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by":
        return False
    if prep.head.lemma_.lower() in TRIPS:
        return True
    # "a visit, the first by a Ugandan president": the ordinal stands for the sentence's visit.
    ordinal = prep.head.ent_type_ == "ORDINAL" or prep.head.lower_ in {"first", "last"}
    return ordinal and any(t.lemma_.lower() in TRIPS for t in token.sent)


def _speaks_abroad(token: Token, country: str, gazetteer: Gazetteer) -> bool:
    """ "…, its defence minister said in Kyiv": an office that speaks in another state's capital is
    there on a visit, so the host who receives a visitor that day does not hold it."""
    if token.dep_ != "nsubj":
        return False
    for prep in (c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            capital = capital_of_place(place, gazetteer)
            if capital is not None and capital != country:
                return True
    return False


# Verbs by which a host takes in a guest: "was welcomed by President X", "President X received …".
HOSTING = {"receive", "host", "welcome", "greet"}


def _hosts_at(token: Token) -> bool:
    """Whether the name at ``token`` is the host of a reception: the subject of "received" or the agent
    of "was welcomed by"."""
    node = token
    while node.dep_ in {"compound", "flat", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "nsubj":
        return node.head.lemma_.lower() in HOSTING
    prep = node.head
    if node.dep_ == "pobj" and prep.dep_ == "agent" and prep.head.lemma_.lower() in HOSTING:
        return True
    return _set_beside_host(token)


# Courtesy words written between a title and the name set beside it: "the Secretary, Mr. X".
COURTESY = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "dame", "sir"}


def _set_beside_host(token: Token) -> bool:
    """ "was received by the Secretary for Trade, Mr. X", where the parser did not hang the name
    on the title: the title phrase right before the comma is the agent of the reception."""
    doc, i = token.doc, token.i - 1
    while i > token.sent.start and doc[i].lower_ in COURTESY:
        i -= 1
    if i <= token.sent.start or doc[i].text != ",":
        return False
    node = doc[i - 1]
    while node.dep_ != "pobj" or node.head.dep_ != "agent":
        if node.head.i == node.i or node.head.i > i:
            return False
        node = node.head
    return node.head.head.lemma_.lower() in HOSTING


# Words for one state's head of mission: "summoned the South African high commissioner … told the envoy,
# Ana Soto, …", "the Lithuanian chargé d'affaires … the diplomat, Ana Soto".
HEAD_OF_MISSION = {"Ambassador", "Envoy", "Diplomat"}


def _office_family(role: str) -> str:
    return "Ambassador" if role in HEAD_OF_MISSION else role


def earlier_offices(doc: Doc, index: ActorIndex) -> None:
    """A named office holder with no country takes the state of the same office named before without a
    name, when the article names that office for one state only and no one else holding it for that state
    is named, before or after ("Afghanistan's acting foreign minister … Foreign Minister X received the
    Afghan delegation, led by Acting Foreign Minister Y": the unnamed office is Y's, not X's)."""
    offices = unnamed_offices(doc, index)
    if not offices:
        return
    first = _first_mentions(index)
    for person in index.people:
        if person.country is not None or person.title is None or id(person) not in first:
            continue
        if not person.title.state_actor:
            continue  # "the Iranian-American journalist": a nationality of origin, not an office's state
        at = first[id(person)]
        role = _office_family(person.title.role)
        # "a state visit by Uganda's president … was welcomed by President X": the host is not the visitor.
        hosting = _hosts_at(doc[at])
        earlier = {
            o.country
            for o in offices
            if _office_family(o.role) == role and o.at < at and not (hosting and o.visiting)
        }
        if len(earlier) > 1:
            # "recalled its ambassador and expelled Iran's chargé d'affaires … the chargé, X": the very
            # office, where its family holds several states' heads of mission, says whose.
            earlier = {
                o.country
                for o in offices
                if o.role == person.title.role and o.at < at and not (hosting and o.visiting)
            }
        if len(earlier) != 1:
            continue
        country = next(iter(earlier))
        held_by_another = any(
            other is not person
            and other.country == country
            and other.title is not None
            and _office_family(other.title.role) == role
            and id(other) in first
            for other in index.people
        )
        if not held_by_another:
            person.affiliate(Affiliation(country, "earlier"))


def _person_of(token: Token, index: ActorIndex) -> Person | None:
    """The person a phrase names: by name, or by the name in apposition to its title."""
    if token.i in index.person_at:
        return index.person_at[token.i]
    if token.pos_ == "PROPN" and token.i not in index.by_token and token.dep_ != "compound":
        # A surname named in full before, which the model tagged as something else here ("Choi met").
        known = find_person(index.people, token.text)
        if known is not None:
            return known
    return next(
        (index.person_at[c.i] for c in token.children if c.dep_ == "appos" and c.i in index.person_at), None
    )


def _partners(verb: Token) -> list[Token]:
    """Whom a verb's subject meets, calls or talks with: its object, or the object of "with" or "to"."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    # "held talks with X", "had a phone call with X": the exchange named as the verb's object.
    exchanges = [c for c in found if c.lemma_.lower() in EXCHANGE_NOUNS]
    for prep in (c for head in (verb, *exchanges) for c in head.children):
        if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


# Nouns of an exchange between two parties, held or had with the other: "held talks with …".
EXCHANGE_NOUNS = {
    "talk",
    "talks",
    "meeting",
    "call",
    "conversation",
    "discussion",
    "negotiation",
    "consultation",
}


def third_state_in(sentence: Span, index: ActorIndex, dyad: tuple[str, str]) -> bool:
    """Whether a sentence names a state outside the story's pair: its officials may be that state's."""
    return any(
        (ref := index.by_token.get(t.i)) is not None and ref.country and ref.country not in dyad
        for t in sentence
    )


def counterparts(one: Person, other: Person, dyad: tuple[str, str]) -> None:
    """Two parties to one act, one of them placed by evidence in a state of the pair: an official of
    the other whose state was only guessed (or not found) is the other state's counterpart."""
    for known, unknown in ((one, other), (other, one)):
        if known.basis in YIELDING or known.country not in dyad or unknown.basis not in YIELDING:
            continue
        if unknown.title is not None and unknown.title.state_actor:
            unknown.country = dyad[1] if known.country == dyad[0] else dyad[0]
            unknown.basis = "counterpart"


def same_office_partners(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    """ "Foreign Minister Luis Vera spoke by phone with Secretary of State Ana Ruiz": two holders of the
    same office dealing with each other hold it for different states, so in a story about two states
    the one whose state the words leave unsaid (or only the dateline gives) is the other state's."""
    if dyad is None:
        return
    for i in positions(doc, DEP, doc.vocab.strings["nsubj"]):
        subject = doc[i]
        one = _person_of(subject, index)
        if one is None:
            continue
        if third_state_in(subject.sent, index, dyad):
            continue
        for partner in _partners(subject.head):
            other = _person_of(partner, index)
            if other is None or other is one or one.title is None or other.title is None:
                continue
            if one.title.role != other.title.role or not one.title.state_actor:
                continue
            for known, unknown in ((one, other), (other, one)):
                if known.basis in YIELDING or known.country not in dyad or unknown.basis not in YIELDING:
                    continue
                unknown.country = dyad[1] if known.country == dyad[0] else dyad[0]
                unknown.basis = "counterpart"


def parties_between(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    """ "a phone call between Haile and President Amanuel Bekele", "talks between Ruiz and Soto": in a story
    about two states, the two named as the parties of one exchange are on its two sides, so one whose
    state the words leave unsaid (or only the dateline gives) takes the other's opposite."""
    if dyad is None:
        return
    for between in with_lower(doc, {"between"}):
        if between.dep_ != "prep":
            continue
        if third_state_in(between.sent, index, dyad):
            continue
        first = next((c for c in between.children if c.dep_ == "pobj"), None)
        second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
        if second is None:
            continue
        one, other = _person_of(first, index), _person_of(second, index)
        if one is None or other is None or one is other:
            continue
        guessed = {"dateline", "publisher", "framing"}
        if one.country == other.country and one.basis in guessed and other.basis in guessed:
            # One state cannot be both parties': which one is its own the words do not say.
            one.country = one.basis = other.country = other.basis = None
            continue
        counterparts(one, other, dyad)


# Exchanges with a partner named after "with": "spoke by phone with", "met with", "held talks with".
EXCHANGE_VERBS = {"speak", "talk", "meet", "confer", "hold"}
# Acts that press a state named as their object: "and pressed Lima to …".
PRESSING = {"urge", "press", "ask", "call", "implore", "warn", "tell"}


def partners_pressed(doc: Doc, index: ActorIndex) -> None:
    """ "Prime Minister Ana Ruiz talked with President Luis Vera and pressed Lima to free the crew": the
    partner of an exchange whose other party, in the same breath, presses a state speaks for that state.
    Only a partner whose country nothing but the article as a whole gave."""
    for verb in with_lemma(doc, EXCHANGE_VERBS):
        if verb.pos_ != "VERB":
            continue
        partners = [
            o
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        pressing = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.lemma_.lower() in PRESSING
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        ]
        states = set()
        for act in pressing:
            for obj in (c for c in act.children if c.dep_ == "dobj"):
                ref = index.by_token.get(obj.i)
                if ref is not None and ref.kind == "state" and ref.country:
                    states.add(ref.country)
        if len(states) != 1:
            continue
        state = next(iter(states))
        for partner in partners:
            person = _person_of(partner, index)
            if person is None or person.basis not in YIELDING:
                continue
            if person.title is not None and person.title.state_actor:
                person.country, person.basis = state, "partner"


def summoned_envoys(doc: Doc, index: ActorIndex, home: str | None, dyad: tuple[str, str] | None) -> None:
    """ "Ambassador Oleg Petrov was summoned to the ministry": a state summons another's envoy, so in a
    story about two states the envoy summoned by one (named, or the story's home state when unnamed) is
    the other's."""
    if dyad is None:
        return
    for verb in _calling_verbs(doc, {"summon"}):
        if third_state_in(verb.sent, index, dyad):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        summoners = by if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        refs = [index.resolve(t) for t in summoners]
        countries = {r.country for r in refs if r is not None and r.country}
        summoner = next(iter(countries)) if len(countries) == 1 else (home if not summoners else None)
        if summoner not in dyad:
            continue
        _accredit(_called(verb, passive), summoner, index, dyad)


def _accredit(envoys: list[Token], host: str, index: ActorIndex, dyad: tuple[str, str]) -> None:
    """Envoys of no country yet, called in or told by one state of the pair, are the other state's."""
    for envoy in envoys:
        person = _envoy_person(envoy, index)
        if person is None or person.country is not None or person.title is None:
            continue
        if person.title.role in HEAD_OF_MISSION:
            person.country = dyad[1] if host == dyad[0] else dyad[0]
            person.basis = "summoned"


def envoys_told(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    """ "Permanent Secretary X told Ambassador Y that …", "Minister X received Ambassador Y": an envoy
    whom a named official of one state of the pair calls in or tells is accredited to that state, so
    is the other's. Run once the officials have their countries."""
    if dyad is None:
        return
    for verb in _calling_verbs(doc, CALLING_IN | TELLING):
        if third_state_in(verb.sent, index, dyad):
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            continue
        callers = [p for c in verb.children if c.dep_ == "nsubj" and (p := _person_of(c, index)) is not None]
        countries = {p.country for p in callers if p.title is not None and p.title.state_actor}
        if len(countries) != 1 or not countries <= set(dyad):
            continue
        _accredit(_called(verb, False), next(iter(countries)), index, dyad)


def envoys_called_to_ministries(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    """ "Envoy X, called to the foreign ministry in Oslo", "… was summoned to the ministry in
    Lima": an envoy called in or told at a ministry seated in one state of the pair is accredited to it,
    so is the other's."""
    if dyad is None:
        return
    for verb in _calling_verbs(doc, CALLING_IN | TELLING):
        if not any(c.dep_ == "auxpass" for c in verb.children) or third_state_in(verb.sent, index, dyad):
            continue
        host = _ministry_seat(verb, index)
        if host in dyad:
            _accredit(_called(verb, True), host, index, dyad)


def _ministry_seat(verb: Token, index: ActorIndex) -> str | None:
    """The state of the place a ministry the verb's "at" or "to" names is in ("at the foreign ministry in
    Stockholm")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "to"}):
        for ministry in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "ministry"):
            for seat in (c for c in ministry.children if c.dep_ == "prep" and c.lower_ == "in"):
                for place in (c for c in seat.children if c.dep_ == "pobj"):
                    ref = index.by_token.get(place.i)
                    if ref is not None and ref.kind == "state" and place.ent_type_ == "GPE":
                        return ref.country
    return None


MEETING_VERBS = {"meet", "receive", "host", "welcome", "greet", "talk", "hold"}
# Verbs by which a state's official calls in another state's envoy.
CALLING_IN = {"summon", "receive"}
# "told Ambassador X that …": telling says less than calling in, so it places the teller only where the
# dateline would make them the envoy's compatriot, which an envoy's host cannot be.
TELLING = {"tell"}
# Verbs of calling in an envoy, which only a state's official does: "summoned", "called in".
SUMMONING = {"summon", "call"}


def _called_in(verb: Token) -> bool:
    """ "called in the ambassador", "was called in": "call" with its particle, not "called for talks"."""
    return any(c.lower_ == "in" and c.dep_ in {"prt", "prep"} for c in verb.children)


def _calling_verbs(doc: Doc, lemmas: set[str]) -> list[Token]:
    """The verbs of ``lemmas`` in the text, and "call in" with them whenever they hold "summon"."""
    wanted = lemmas | {"call"} if "summon" in lemmas else lemmas
    return [
        verb
        for verb in with_lemma(doc, wanted)
        if verb.pos_ == "VERB" and (verb.lemma_.lower() != "call" or _called_in(verb))
    ]


def _called(verb: Token, passive: bool) -> list[Token]:
    """Whom a verb calls in, receives or tells: its object, or its passive subject; "called in the
    ambassador" may be parsed with the envoy as the object of "in"."""
    if passive:
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    found = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "call":
        found += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
    return found


def _envoy_person(token: Token, index: ActorIndex) -> Person | None:
    """The person an envoy's phrase names: as ``_person_of``, or the name set off by a comma right after
    the whole title phrase ("the Ambassador of the Republic of Peru, H.E. Ana Ruiz,"), which the parser
    may hang elsewhere."""
    person = _person_of(token, index)
    if person is not None:
        return person
    end = max(t.i for t in token.subtree) + 1
    doc = token.doc
    if end + 1 < len(doc) and doc[end].text == "," and end + 1 in index.person_at:
        return index.person_at[end + 1]
    return None


def envoy_callers(doc: Doc, index: ActorIndex) -> set[int]:
    """By ``id``, each person who calls in, receives or tells an envoy ("Secretary X told Ambassador Y
    that …"): the envoy's host, whose state a paragraph that has just turned to the envoy's state does
    not give."""
    found: set[int] = set()
    for verb in _calling_verbs(doc, CALLING_IN | TELLING):
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        callers = by if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        envoys = [_envoy_person(c, index) for c in _called(verb, passive)]
        if not any(e is not None and e.title is not None and e.title.role in HEAD_OF_MISSION for e in envoys):
            continue
        found |= {id(p) for c in callers if (p := _person_of(c, index)) is not None}
    return found


def officials_receiving_envoys(
    doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None, home: str | None = None
) -> set[int]:
    """ "Ambassador Ana Ruiz was received at the ministry by Undersecretary Luis Vera", "Secretary Luis
    Vera summoned Ambassador Ana Ruiz": who calls in an envoy whose state the text gives is, in a story
    about two states, the other state's official, whatever the dateline. Returns the ``id`` of each
    person so placed."""
    placed: set[int] = set()
    if dyad is None:
        return placed
    for verb in _calling_verbs(doc, CALLING_IN | TELLING):
        if third_state_in(verb.sent, index, dyad):
            continue
        telling = verb.lemma_.lower() in TELLING
        summoning = verb.lemma_.lower() in SUMMONING
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        # "received at the ministry by Undersecretary X": the parser may hang the agent on the place.
        places = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        agents = [c for p in places for c in p.children if c.lower_ == "by"]
        by += [o for c in agents for o in c.children if o.dep_ == "pobj"]
        callers = by if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        envoys = _called(verb, passive)
        states = set()
        for envoy in envoys:
            person = _envoy_person(envoy, index)
            if person is None or person.title is None or person.title.role not in HEAD_OF_MISSION:
                continue
            states |= {person.country} if person.country in dyad else set()
        if len(states) != 1:
            continue
        (theirs,) = states
        if telling and theirs != home:
            continue  # "Minister X told Ambassador Y", Y of the other state: the dateline may stand
        for caller in callers:
            person = _person_of(caller, index)
            # Who summons or calls in an envoy acts for a state, whatever their title ("the Executive
            # Director of the Ministry"); receiving one is done by others too.
            official = (
                person is not None and person.title is not None and (person.title.state_actor or summoning)
            )
            if person is None or person.country is not None or not official:
                continue
            person.country, person.basis = (dyad[1] if theirs == dyad[0] else dyad[0]), "host"
            if person.title is not None and not person.title.state_actor:
                # Calling in an envoy is the state's act: its caller acts for the state, as an official.
                person.title = Title(person.title.phrase, person.title.role, "GOV", True)
            placed.add(id(person))
    return placed


def _visits(doc: Doc, index: ActorIndex) -> dict[int, str]:
    """Visitors with a country and where they went, by ``id`` of the person."""
    return {
        id(person): state
        for person, state, _ in _visitors(doc, index)
        if state is not None and person.country and person.country != state
    }


def visiting_states(doc: Doc, index: ActorIndex, host: str) -> set[str]:
    """The states of the visitors the text tells of coming to ``host`` (or to a place it leaves unnamed)."""
    return {
        person.country
        for person, state, _ in _visitors(doc, index)
        if person.country and person.country != host and state in {None, host}
    }


def visitors_from_abroad(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    """ "Foreign Minister Ana Ruiz announced the aid during a visit to Port Moresby": an official visiting
    one state of the story's pair comes from the other, whatever the dateline says."""
    if dyad is None:
        return
    for person, state, sentence in _visitors(doc, index):
        if state is None:
            continue
        if third_state_in(sentence, index, dyad):
            continue  # "a visit to Fiji with the Tongan premier": whose visit it is the sentence leaves open
        if person.country is None and state in dyad and person.title is not None and person.title.state_actor:
            person.country, person.basis = (dyad[1] if state == dyad[0] else dyad[0]), "visitor"


def visitors_of_unnamed_places(doc: Doc, index: ActorIndex) -> set[int]:
    """ "The agreement was signed in Thimphu during a visit by Foreign Minister X": a visitor whose visit
    names no place went to where the story is, so the dateline's state is not theirs. By ``id``."""
    return {id(person) for person, state, _ in _visitors(doc, index) if state is None}


def _visitors(doc: Doc, index: ActorIndex) -> list[tuple[Person, str | None, Span]]:
    """Visitors and the state they went to: "President Ana Ruiz ended a state visit to Chile", "Ruiz's
    visit to Chile", "a visit by Ruiz to Santiago"; None for a visit that names no place ("a visit by
    Ruiz")."""
    found: list[tuple[Person, str | None, Span]] = []
    for noun in with_lemma(doc, {"visit"}):
        if noun.pos_ != "NOUN":
            continue
        places = [
            p
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        ref = index.by_token.get(places[0].i) if places else _place_of_sentence(noun.sent, index)
        if places and (ref is None or ref.kind != "state" or not ref.country):
            continue
        visitors = [c for c in noun.children if c.dep_ == "poss"]
        visitors += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
        if noun.dep_ in {"dobj", "pobj"}:
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            if not visitors:
                # "said on Thursday at the end of a two-day visit to Honiara": up the phrase to its verb.
                for _ in range(2):
                    if verb.pos_ in {"VERB", "AUX"} or verb.dep_ != "pobj":
                        break
                    verb = verb.head.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.lemma_.lower() in HOSTING:
                # "President X hosted the Emirati president for a state visit to Ankara": the host's guest
                # is the visitor, not the host.
                subjects = [c for c in verb.children if c.dep_ == "dobj"]
            # "Foreign Minister X, who is on a visit to China": the relative pronoun stands for the name.
            visitors += [
                _relative_antecedent(s, verb, index) if s.lower_ == "who" and verb.dep_ == "relcl" else s
                for s in subjects
            ]
            if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
                # "invited him to pay a visit to Chile": the one invited is the visitor.
                visitors += [c for c in verb.head.children if c.dep_ == "dobj"]
        for visitor in visitors:
            person = _person_of(visitor, index) or _pronoun_person(visitor, index)
            if person is not None:
                found.append((person, ref.country if ref is not None else None, noun.sent))
    return found + _invited(doc, index)


def _invited(doc: Doc, index: ActorIndex) -> list[tuple[Person, str | None, Span]]:
    """ "X invited Prime Minister Y to Oslo", "Y was invited to Oslo", "X invited Y to visit Oslo": one
    invited to a state's place is a guest there, a visitor from elsewhere as much as one on a visit."""
    found: list[tuple[Person, str | None, Span]] = []
    for verb in with_lemma(doc, {"invite"}):
        if verb.pos_ != "VERB":
            continue
        guests = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
        # "invited Y to visit Oslo": the place is the object of the visit.
        places += [
            p for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "visit" for p in c.children
        ]
        states = {
            ref.country
            for p in places
            if p.dep_ in {"pobj", "dobj"}
            and (ref := index.by_token.get(p.i)) is not None
            and ref.kind == "state"
            and ref.country
        }
        if len(states) != 1:
            continue  # no place of a state, or more than one: nothing says where the guest goes
        for guest in guests:
            person = _person_of(guest, index) or _pronoun_person(guest, index)
            if person is not None:
                found.append((person, next(iter(states)), verb.sent))
    return found


def _relative_antecedent(who: Token, clause: Token, index: ActorIndex) -> Token:
    """The name "who" stands for: the name right before it ("signed by Minister X and Kuwait's Deputy
    Minister Y, who arrived on Sunday" is Y's arrival, however the parser hung the clause), else the word
    the clause hangs on."""
    before = who.i - 1
    if before >= 0 and who.doc[before].text == ",":
        before -= 1
    if before >= who.sent.start and before in index.person_at:
        return who.doc[before]
    return clause.head


def _place_of_sentence(sentence: Span, index: ActorIndex) -> ActorRef | None:
    """ "signed in Thimphu during a visit by X": the one state a sentence places its acts in ("in …"),
    where a visit that names no place went."""
    found = {
        ref.country: ref
        for t in sentence
        if t.dep_ == "pobj"
        and t.head.lower_ == "in"
        and (ref := index.by_token.get(t.i)) is not None
        and ref.kind == "state"
        and ref.country
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _pronoun_person(token: Token, index: ActorIndex) -> Person | None:
    """ "… a message to President Soto and invited him to visit": "him" or "her" is the person named last
    before it in its sentence."""
    if token.lower_ not in {"him", "her"}:
        return None
    for i in range(token.i - 1, token.sent.start - 1, -1):
        if i in index.person_at:
            return index.person_at[i]
    return None


def hosts_met_on_visits(doc: Doc, index: ActorIndex) -> None:
    """ "Ruiz ended a state visit to Chile … Ruiz met Prime Minister Pablo Soto": an official the visitor
    meets, or is received by, on a visit to a state is that state's when the words say nothing else."""
    visits = _visits(doc, index)
    if not visits:
        return
    for verb in with_lemma(doc, MEETING_VERBS):
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for subject in subjects:
            visitor = _person_of(subject, index)
            if visitor is None or id(visitor) not in visits:
                continue
            hosts = (
                [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                if passive
                else _partners(verb)
            )
            for host in hosts:
                person = _person_of(host, index)
                if person is None or person is visitor or person.basis not in YIELDING:
                    continue
                if person.title is not None and person.title.state_actor:
                    person.country, person.basis = visits[id(visitor)], "host"


# Prepositions that set a meeting within a visit: "during the visit she met …", "on the trip he met …".
WITHIN = {"during", "on", "in"}
TRIPS = {"visit", "trip", "tour"}


def hosts_met_during_visits(doc: Doc, index: ActorIndex) -> None:
    """ "The minister visited Nuku'alofa on Wednesday. During the visit she met Prime Minister X": an
    official met "during the visit" by a visitor from elsewhere is of the state visited — the visit's own
    destination, or that of the visit the article named last before it — when nothing else says."""
    for verb in with_lemma(doc, MEETING_VERBS):
        if verb.pos_ != "VERB":
            continue
        trip = next(
            (
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in WITHIN
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in TRIPS
            ),
            None,
        )
        if trip is None:
            continue
        place = _destination(trip, index) or _last_destination(doc, trip, index)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if place is None or len(subjects) != 1:
            continue
        subject = subjects[0]
        visitor = _person_of(subject, index)
        if visitor is None and subject.lower_ in {"he", "she"}:
            # "she": the official named last before it (a titled person, not a place the model misread).
            titled = [(i, p) for i, p in index.person_at.items() if i < subject.i and p.title is not None]
            visitor = max(titled, key=lambda pair: pair[0])[1] if titled else None
        if visitor is None or visitor.country is None or visitor.country == place:
            continue  # only a visitor known to come from elsewhere makes the people met the hosts
        partners = _partners(verb)
        partners += [c for p in partners for c in p.children if c.dep_ == "conj"]
        for host in partners:
            person = _person_of(host, index)
            if person is None or person is visitor or person.basis not in YIELDING:
                continue
            if person.title is not None and person.title.state_actor:
                person.country, person.basis = place, "host"


def _destination(noun: Token, index: ActorIndex) -> str | None:
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
        for place in (p for p in prep.children if p.dep_ == "pobj"):
            ref = index.by_token.get(place.i)
            if ref is not None and ref.kind == "state" and ref.country:
                return ref.country
    return None


def _last_destination(doc: Doc, trip: Token, index: ActorIndex) -> str | None:
    """The destination of the nearest visit named before a definite "the visit"."""
    if not any(c.lower_ == "the" for c in trip.children):
        return None
    for earlier in reversed(doc[: trip.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in TRIPS:
            return _destination(earlier, index)
    return None
