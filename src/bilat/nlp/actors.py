"""Actors in a parsed document: people with titles, countries and sectors; states; institutions.

``recognize_actors`` reads the entities once and builds an ``ActorIndex``; ``ActorIndex.resolve`` maps the
head of a subject or object to the actor it denotes ("Macron", "France", "Paris said", "the ambassador",
"he"), so the event coder never looks at names itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from spacy.attrs import ENT_TYPE, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from bilat.models import Actor, ActorRef, Mention
from bilat.nlp.affiliation import Affiliation, attached, institution_country, region_of
from bilat.nlp.bodies import (
    FIGURE_BODY_WORDS,
    FOREIGN_BODY_SECTORS,
    american_department_state,
    bodies_of_craft,
    described_firms,
    federal_body_state,
    figure_source_state,
    named_bodies,
)
from bilat.nlp.body_acts import acts_on_state, body_acts, cited_by_state, place_of_act
from bilat.nlp.body_names import repair_body_names
from bilat.nlp.body_owners import SEATED_POSTS, its_owner, post_seat
from bilat.nlp.context import (
    article_affiliation,
    carried_state,
    framing_state,
    home_official,
    letterhead_body,
    opening_seat,
)
from bilat.nlp.countries import Gazetteer, Group, Title, load_gazetteer
from bilat.nlp.doctext import doc_ents, doc_sentences, doc_text, span_text, with_lower
from bilat.nlp.ethnic import ethnic_group
from bilat.nlp.evidence import assign_countries
from bilat.nlp.home_bodies import bare_home_bodies, pair_missions, regional_governments
from bilat.nlp.its_forces import services_by_its
from bilat.nlp.leaders import Leaders, load_leaders
from bilat.nlp.led import leading_state
from bilat.nlp.misspellings import misspelled_state, tag_misspelled_states
from bilat.nlp.organisation_agents import organisation_agent
from bilat.nlp.people import Person, actor_id, add_person, find_person, longest_title, title_word
from bilat.nlp.person_names import holder_after_title, place_not_person
from bilat.nlp.phoenix import organisation, place_state
from bilat.nlp.pipeline import ORG_HEADS
from bilat.nlp.place_bodies import (
    agency_names_read_as_places,
    agency_owner,
    bodies_described_in_city,
    cited_agency_state,
    city_bodies,
    city_named_body_state,
    units_of_bodies,
)
from bilat.nlp.posted_missions import owning_state, posted_place
from bilat.resources import Resources, read_lines

MINISTRY = re.compile(r"\b(ministry|ministries|department)\b", re.IGNORECASE)
# Named bodies that trade rather than govern: a state's bank or company speaks for its business sector.
# "Eximbank": a bank's word may end a compound name.
BUSINESS = re.compile(r"\b(\w*bank|company|corporation|airlines?|group|holdings?|fund)\b", re.IGNORECASE)
MILITARY_WORDS = ("defense", "defence", "military", "army", "armed forces", "navy", "naval")
COLLECTIVE = {"countries", "sides", "states", "nations", "parties", "governments", "leaders"}
PRONOUNS = {"he", "she", "him", "her"}
# Verbs by which a sentence reports what someone else said: "…, the ministry said".
REPORTING_VERBS = {"say", "report", "add", "announce", "state"}
# A state's own bodies named by a bare common noun ("the ministry said", "the government denied").
HOME_BODIES = {"government", "ministry", "presidency", "cabinet"}
# Bodies of a state named by a common noun with its nationality ("the Pakistani army's press wing", "the
# Iranian mission"): an organisation of that state, which speaks for it.
BODIES = {
    "government",
    "side",
    "authorities",
    "army",
    "wing",
    "office",
    "mission",
    "embassy",
    "consulate",
    "delegation",
    "cabinet",
    "presidency",
    "command",
    # "according to Lebanese customs", "Iran's customs administration": sources of a state's figures.
    "customs",
    "administration",
    # "Kyrgyzstan's border service", "the Bosnian statistics agency", "Peru's migration authority": a
    # state's office named by what it does.
    "service",
    "agency",
    "authority",
    "bureau",
    # "according to Armenia's statistical committee", "India's election commission".
    "committee",
    "commission",
}


# Last words of the names of a state's own bodies ("the Federal Security Service", "the Joint Chiefs of
# Staff"); councils and committees are as often international ("the Arctic Council") and are left out.
STATE_BODY_HEADS = {
    "service",
    "administration",
    "staff",
    "directorate",
    "police",
    "guard",
    "command",
    "agency",
    "constabulary",
    "gendarmerie",
    # "the High Court", "Harbourtown District Court": a court is a state's; an international one says so
    # (``BEYOND_STATES``) or is listed.
    "court",
}
# Bodies two states may share, and the words that say they do.
SHARED_BODY_HEADS = {"committee", "commission"}
JOINT_WORDS = {"joint", "intergovernmental", "bilateral", "mixed", "binational", "bi-national"}
# Words that make a body's name international or regional rather than one state's, or a news outlet's.
BEYOND_STATES = {
    "news",
    "press",
    "media",
    "broadcasting",
    "international",
    "european",
    "world",
    "global",
    "regional",
    "african",
    "asian",
    "arab",
    "islamic",
}
# Nouns that introduce a group's name ("the gang X") and last words of groups' and places' names.
GROUP_NOUNS = {"gang", "group", "militia", "cartel", "faction", "network", "movement", "organisation"}
GROUP_HEADS = {"brigade", "brigades", "battalion", "battalions", "front", "army", "movement", "group"}
PLACE_HEADS = {"reef", "shoal", "island", "islands", "strait", "sea", "bay", "river", "lake", "mountains"}


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
    context: Affiliation | None = None  # the article's dateline or publisher, for unmarked officials
    place_state: Callable[[str], str | None] | None = None  # the state a city or province is in
    portfolios: set[str] = field(default_factory=set)  # words of ministers' portfolios ("Transport")
    federations: set[str] = field(default_factory=set)  # states whose offices are "Federal …"

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
        if lower in {"it", "they"} and token.dep_ in {"nsubj", "nsubjpass"}:
            return self._collective_antecedent(token)
        if self.nationality_of(token) is None:
            # "UN peacekeepers", "EU foreign ministers": an organisation of no country they act for.
            body = organisation_agent(token, self.by_token, self._state_group)
            if body is not None:
                return body
        if lower in COLLECTIVE and not self._one_nationality(token):
            return None
        title = self._title_of_phrase(token)
        if title is not None:
            return self._titled(token, title, self._country_in_phrase(token, person=True))
        country = owning_state(token, self.by_token) or self._country_in_phrase(token)
        if country is None and lower in HOME_BODIES and _bare(token):
            return self._body_named_before(token)
        group = self._group_of(token)
        if group is not None and token.pos_ in {"NOUN", "PROPN"}:
            # "Syrian rebels", "a Tunisian court": of the country, but not the state itself. Only a
            # nationality on the noun says whose they are: "insurgents in Qatar" are not Qatar's.
            country = self.nationality_of(token)
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
            name = _phrase(token)  # read once: it walks the noun's modifiers
            if (owner := self._post_of_state(token)) is not None:
                name = f"{name} of {owner}"  # "the embassy of Niger", named as the text names it
            sector = "MIL" if any(w in name.lower() for w in MILITARY_WORDS) else "GOV"
            if MINISTRY.search(token.text) or (token.lower_ in BODIES and not self._shared_body(token)):
                return ActorRef(
                    name=name,
                    country=country,
                    sector=sector,
                    kind="organisation",
                    actor_id=actor_id("organisation", name, country),
                )
            return self.state_ref(country)
        return None

    def _post_of_state(self, token: Token) -> str | None:
        """ "the embassy of Niger in Abuja": the state's words after "of" on a mission's noun, when the
        noun has no nationality of its own."""
        if token.lower_ not in SEATED_POSTS or self.nationality_of(token) is not None:
            return None
        prep = next((t for t in token.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
        state = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
        ref = self.by_token.get(state.i) if state is not None else None
        if ref is None or ref.kind != "state":
            return None
        return next((e.text for e in token.doc.ents if e.start <= state.i < e.end), state.text)

    def _collective_antecedent(self, token: Token) -> ActorRef | None:
        """ "It" as a subject: the state or body that is the subject of the clause it is reported in
        ("Peru said it would …") or, failing one, of the sentence before in the same paragraph ("The
        ministry summoned the envoy. It demanded …"). Only one such subject is evidence; none, no actor."""
        # "Peru said it would …": up the reported clauses to the verb that reports them, never through a
        # noun ("rejected Lima's charge that it hosts …" is the other side's claim).
        clause = token.head
        while clause.dep_ in {"ccomp", "conj"} and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head
            found = self._subject_bodies(clause, token)
            if found:
                return found[0] if len(found) == 1 else None
        if clause.i != token.head.i:
            return None  # a reported clause whose reporter is no state or body
        sentence = token.sent
        if sentence.start == 0:
            return None
        doc = token.doc
        before = doc[sentence.start - 1].sent
        words = [t for t in before if not t.is_space]
        if not words or "\n" in doc_text(doc)[words[-1].idx : sentence.start_char]:
            return None  # a new paragraph
        found = self._subject_bodies(before.root, token)
        if token.lower_ == "they" and _other_plurals(before):
            return None  # "Police arrested two fishermen. They …": either may be meant
        return found[0] if len(found) == 1 else None

    def _subject_bodies(self, verb: Token, pronoun: Token) -> list[ActorRef]:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != pronoun.i]
        subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
        refs = {}
        for subject in subjects:
            if subject.lower_ in {"it", "they"}:
                continue
            ref = self.resolve(subject)
            # "the United States said it": a state is one, whatever its name's number.
            plural = _plural(subject) and not (
                ref is not None and ref.kind == "state" and subject.pos_ == "PROPN"
            )
            if plural != (pronoun.lower_ == "they"):
                continue
            if ref is not None and ref.kind in {"state", "organisation"} and ref.country:
                refs[ref.actor_id] = ref
        return list(refs.values())

    def _body_named_before(self, token: Token) -> ActorRef | None:
        """ "the ministry", "the government" with no nationality: the body of that kind named before with
        its state ("Kenya's foreign ministry … The ministry said"), when only one state's was; else, in an
        article datelined in a state or released by its institution, that state's own (news leaves the
        home side's nationality unsaid)."""
        head = token.lower_
        countries: dict[str, ActorRef] = {}
        for earlier in token.doc[: token.i]:
            if earlier.lower_ != head or earlier.pos_ not in {"NOUN", "PROPN"} or _bare(earlier):
                continue
            ref = self.resolve(earlier)
            if ref is not None and ref.kind in {"state", "organisation"} and ref.country:
                countries[ref.country] = ref
        if len(countries) == 1:
            return next(iter(countries.values()))
        if countries or self.context is None:
            return None
        if head == "government":
            return self.state_ref(self.context.country)
        name = _phrase(token)
        return ActorRef(
            name=name,
            country=self.context.country,
            sector="GOV",
            kind="organisation",
            actor_id=actor_id("organisation", name, self.context.country),
        )

    def _shared_body(self, token: Token) -> bool:
        """ "the Uzbek-Turkish intergovernmental commission", "the joint committee": a commission or a
        committee two states share, or one their words call joint, is neither's own body."""
        if token.lower_ not in SHARED_BODY_HEADS:
            return False
        before = [t for t in token.subtree if t.i < token.i]
        states = {
            r.country for t in before if (r := self.by_token.get(t.i)) is not None and r.kind == "state"
        }
        return len(states) > 1 or any(t.lower_ in JOINT_WORDS for t in before)

    def _one_nationality(self, token: Token) -> bool:
        """ "Palestinian leaders", "Kenyan parties": a collective noun of one state's nationality is that
        state's; "the two leaders", "Greek and Turkish leaders" stay collective, and so does a phrase with
        another word before the noun ("Kenyan tribal leaders") unless the groups table names it
        ("Kenyan opposition leaders")."""
        lefts = list(token.lefts)
        if any(c.dep_ == "conj" for t in lefts for c in t.children):
            return False
        words = [t for t in lefts if t.dep_ in {"compound", "amod", "nmod"} and not t.ent_type_]
        if words and self._group_of(token) is None:
            return False
        return self.nationality_of(token) is not None

    def nationality_of(self, token: Token) -> str | None:
        led = leading_state(token, self.by_token)
        if led is not None:
            return led  # "Vietnamese-led forces"
        marks = [
            (t, ref)
            for t in token.lefts
            if (ref := self.by_token.get(t.i))
            and ref.kind in {"state", "organisation"}
            and t.dep_ in {"amod", "compound", "poss", "nmod"}
        ]
        if not marks:
            # "Argentine border police": the parser may hang the nationality on the noun's own modifier.
            marks = [
                (t, ref)
                for c in token.lefts
                if c.dep_ == "compound" and c.is_lower and not c.ent_type_ and c.i == token.i - 1
                for t in c.lefts
                if (ref := self.by_token.get(t.i))
                and ref.kind == "state"
                and t.dep_ in {"amod", "compound"}
                and self.by_token.get(c.i - 1) is ref  # the nationality written right before it
            ]
        if not marks:
            return None
        first, last = marks[0][0], marks[-1][0]
        between = token.doc[first.i + 1 : last.i]
        listed = any(t.pos_ in {"CCONJ", "PUNCT", "NUM"} for t in between)  # "Argentine and British troops"
        if (
            marks[0][1].country != marks[-1][1].country
            and not listed
            and all(t.dep_ != "poss" for t, _ in marks)
        ):
            # "Dutch summon Chinese envoy": a headline the parser read as one phrase; the nationality
            # written right before the noun is its own. (A possessor is the owner: "Kenya's Chinese-built …".)
            return marks[-1][1].country
        return marks[0][1].country

    def _state_group(self, token: Token) -> bool:
        group = self._group_of(token)
        return group is not None and group.state

    def _group_of(self, token: Token) -> Group | None:
        if self.gazetteer is None:
            return None
        groups = self.gazetteer.groups
        compound = " ".join(t.lower_ for t in token.lefts if t.dep_ == "compound" and not t.ent_type_)
        # "Paraguay's central bank": a group noun whose modifier is part of its name.
        words = [t for t in token.lefts if t.dep_ in {"compound", "amod"} and not t.ent_type_]
        modified = " ".join(t.lower_ for t in words)
        return (
            (groups.get(f"{modified} {token.lower_}") if modified else None)
            or groups.get(f"{compound} {token.lower_}".strip())
            or groups.get(token.lower_)
            or groups.get(token.lemma_.lower())
        )

    def state_ref(self, iso3: str) -> ActorRef:
        name = self.gazetteer.country_name(iso3) if self.gazetteer else iso3
        return ActorRef(
            name=name, country=iso3, sector="GOV", kind="state", actor_id=actor_id("state", name, iso3)
        )

    def _last_person_before(self, token: Token) -> ActorRef | None:
        """ "he", "she": as the subject of a sentence, the person the sentence before was about (its
        subject: "Secretary Ana Ruiz told Ambassador Vera … She handed him a note"); else the person
        named last before it."""
        if token.dep_ in {"nsubj", "nsubjpass"} and token.sent.start > 0:
            before = token.doc[token.sent.start - 1].sent
            subject = self._person_subject(before.root)
            if subject is None and before.root.lemma_.lower() in REPORTING_VERBS:
                # "Minister Ana Ruiz told Ambassador Vera that …, the ministry said. He demanded …": the
                # sentence was about the person its report names as the speaker, not its reporter.
                reported = [c for c in before.root.children if c.dep_ in {"ccomp", "parataxis"}]
                people = [p for p in (self._person_subject(c) for c in reported) if p is not None]
                subject = people[0] if len(people) == 1 else None
            if (
                subject is not None
                and "\n" not in doc_text(token.doc)[before.end_char : token.sent.start_char]
            ):
                return subject.ref()
        best = None
        for i, person in self.person_at.items():
            if i < token.i and (best is None or i > best[0]):
                best = (i, person)
        return best[1].ref() if best else None

    def _person_subject(self, verb: Token) -> Person | None:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.i in self.person_at:
            return self.person_at[subject.i]
        # "Permanent Secretary Ana Ruiz told …": the name may hang on the title, or the title on it.
        return next((self.person_at[c.i] for c in subject.children if c.i in self.person_at), None)

    def _title_of_phrase(self, token: Token) -> Title | None:
        if self.gazetteer is None:
            return None
        # "the official news agency", "a presidential decree": an adjective on a common noun that is no
        # office is not a title; on an office's word ("the chief negotiator") it is part of one.
        office = token.pos_ != "NOUN" or token.lower_ in self.gazetteer.titles
        words = [
            t.lower_
            for t in token.subtree
            if (t.i <= token.i and t.dep_ in {"compound", "amod"} and (office or t.pos_ != "ADJ"))
            or t == token
        ]
        return longest_title(words, self.gazetteer)

    def _country_in_phrase(self, token: Token, person: bool = False) -> str | None:
        """The country a phrase names. For a person's title (``person``), only what the words give
        them: a nationality or an institution they belong to ("the Iranian envoy", "a spokesperson of
        the Kremlin"); a country named as a place or a partner ("the ambassador to China", "analysts in
        Syria") is not theirs. For a thing or an act ("action against Russia", "activities in Israel")
        the country it concerns."""
        blocked = self.person_at.keys()  # a view: no set is built at each of the many calls
        for t in token.subtree:
            ref = self.by_token.get(t.i)
            if ref is None or ref.kind not in {"state", "organisation"}:
                continue
            if posted_place(t, token):
                continue  # "its embassy in Quito": where a mission sits is not whose it is
            if not person and (t.i == token.i or t.dep_ in {"amod", "compound", "poss", "pobj", "nmod"}):
                return ref.country
            if person and ref.country and (t.i == token.i or attached(t, {token.i}, blocked)):
                return ref.country
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
        holder = holder_after_title(token, self, self.portfolios) if token.pos_ == "PROPN" else None
        if holder is not None and (country is None or holder.country == country):
            # "Chile's Deputy Minister of Mining Tomás Reyes", the name attached elsewhere: its holder.
            return holder.ref()
        name = _phrase(token)
        if (
            country is None
            and self.context is not None
            and self.context.basis != "city"
            and home_official(title)
        ):
            # "the defence minister" in a story datelined in a capital acts for that state.
            country = self.context.country
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


# Collective nouns that take "they": "the police said they …".
PLURAL_BODIES = {"police", "authorities", "military", "forces"}


def _plural(token: Token) -> bool:
    """ "they" stands for a plural body ("Peruvian officials", "the police"), "it" for a singular one."""
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in PLURAL_BODIES


def _other_plurals(sentence: Span) -> bool:
    """Whether a sentence names plural things besides its subject, which "they" could stand for."""
    subjects = {w.i for s in sentence if s.dep_ in {"nsubj", "nsubjpass"} for w in s.subtree}
    return any(_plural(t) and t.pos_ in {"NOUN", "PROPN"} and t.i not in subjects for t in sentence)


def _bare(token: Token) -> bool:
    """ "the ministry", "the foreign ministry": a definite body with no owner or other name on it."""
    lefts = list(token.lefts)
    # Nothing after the noun either: "the ministry there", "the ministry in Lima", "the ministry, which …"
    # name or describe a particular one; but a source cited "according to the economy ministry, of which
    # …" is the one named, whatever clause the parser hangs on it.
    rights = list(token.rights)
    if rights and not (_cited(token) and all(t.dep_ in {"punct", "relcl"} for t in rights)):
        return False
    # The parser may hang the article on the portfolio word ("the" → "economy" → "secretariat").
    before = token.doc[token.left_edge.i : token.i]
    return (any(t.lower_ == "the" for t in lefts) or (len(before) > 1 and before[0].lower_ == "the")) and all(
        t.lower_ == "the" or (t.dep_ in {"compound", "amod"} and not t.ent_type_) for t in [*lefts, *before]
    )


def _cited(token: Token) -> bool:
    """Whether a noun is the source "according to" cites."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def _lower_owned(ent: Span, index: ActorIndex) -> bool:
    """ "India's commerce ministry" tagged without its state: a lower-case name a nationality marks."""
    return all(t.is_lower for t in ent if t.is_alpha) and index.nationality_of(ent.root) is not None


def _phrase(token: Token) -> str:
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    start = min([token.i, *[t.left_edge.i for t in left]])
    words = [t for t in token.doc[start : token.i + 1] if t.pos_ != "DET"]
    # As written: "Pakistan's army", not "Pakistan 's army".
    return "".join(t.text_with_ws for t in words).strip()


def recognize_actors(
    doc: Doc, resources: Resources, published: str | None = None, outlet: str | None = None
) -> ActorIndex:
    """``published``: the article's date, which says who held an office ("Obama" in 2014 is the US
    president; in 2020 a former one, who acts for no state). ``outlet``: the publisher, which speaks
    for its government when it is one of its institutions."""
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    leaders = resources.load("actors.leaders", load_leaders)
    index = ActorIndex(gazetteer=gazetteer, leaders=leaders, published=published)
    index.place_state = lambda name: place_state(name, resources)
    index.federations = resources.load("actors.federations", _federations)
    index.context = article_affiliation(doc, gazetteer, outlet, index.place_state)
    portfolios = resources.load("actors.portfolios", portfolio_words)
    _names_read_as_places(doc, gazetteer, portfolios)
    _names_tagged_as_bodies(doc, gazetteer)
    agency_names_read_as_places(
        doc, lambda name: bool(gazetteer.country_of(name) or (index.place_state and index.place_state(name)))
    )
    _regions_cut_short(doc, gazetteer)
    tag_misspelled_states(doc, gazetteer, resources)
    index.portfolios = portfolios
    _names_cut_short(doc, gazetteer, portfolios)
    state_words = {
        t.i
        for e in doc_ents(doc)
        if e.label_ in {"GPE", "NORP"} and _entity_country(e, gazetteer, resources)
        for t in e
    }
    repair_body_names(doc, gazetteer, portfolios, state_words)
    sentence_of = _sentence_numbers(doc)
    states: dict[str, int] = {}
    organisations: dict[tuple[str, str | None], tuple[str, int]] = {}
    # Names the text gives a known institution other than its own ("the South African Police Service").
    written: dict[tuple[str, str | None], set[str]] = {}
    for ent in doc_ents(doc):
        country = _entity_country(ent, gazetteer, resources)
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
        if ent.label_ in {"GPE", "NORP"} and country and not ethnic_group(ent):
            # "ethnic Albanians" (ethnic_group): a people, not the state of Albania; the mention still
            # counts for the story's pair (their kin state is a party to the story, not to the act).
            ref = index.state_ref(country)
            states[country] = states.get(country, 0) + 1
            for t in ent:
                index.by_token[t.i] = ref
        elif ent.label_ in {"GPE", "ORG", "LOC"} and region_of(ent, gazetteer):
            # "Ontario", "the Kurdistan Region": its own government, on its state's side.
            name = region_of(ent, gazetteer) or ""
            iso3 = gazetteer.regions[name]
            region = ActorRef(
                name=name,
                country=iso3,
                sector="LOC",
                kind="organisation",
                actor_id=actor_id("region", name, iso3),
            )
            for t in ent:
                index.by_token[t.i] = region
    title_heads = {phrase.split()[-1] for phrase in gazetteer.titles}
    pair = country_pair(index.mentions)
    seen: dict[str, str] = {}  # institution name → the country an earlier mention gave it
    others: list[Span] = []  # named bodies neither an institution nor a ministry, read after the bodies
    for ent in doc_ents(doc):
        if ent.label_ == "ORG":
            # bilat's own institutions first; then the Phoenix organisations and armed groups.
            institution = gazetteer.institutions.get(ent.text) or organisation(ent.text, resources)
            if institution is not None and _of_other_state(ent, index, institution.country):
                institution = None  # "the Royal Navy of Oman": not the listed one of the same name
            if institution is not None and _named_before_as_others(ent, index, institution.country):
                institution = None  # "Chile's external affairs ministry … the external affairs ministry"
            org_country = institution.country if institution else institution_country(ent, index)
            if institution is not None and (owner := _other_states_namesake(ent, index, institution.country)):
                # "the Peruvian Congress": another state's body of the same name as a listed one.
                name = re.sub(r"^the\s+", "", doc[owner.start : ent.end].text, flags=re.I)
                ref = ActorRef(
                    name=name,
                    country=index.by_token[owner.start].country,
                    sector=institution.sector,
                    kind="organisation",
                    actor_id=actor_id("organisation", name, index.by_token[owner.start].country),
                )
                key = (name, ref.country)
                organisations[key] = (ref.sector, organisations.get(key, (ref.sector, 0))[1] + 1)
                for t in ent:
                    index.by_token[t.i] = ref
                continue
            if institution is None and not MINISTRY.search(ent.text):
                others.append(ent)
                continue
            if institution is None:
                # "the Ministry of Foreign Affairs", named in full before, is the same ministry.
                # "the Chief Spokesperson of the Ministry of Trade": the ministry's name.
                key_name = ent.text[MINISTRY.search(ent.text).start() :].strip()
                org_country = (
                    org_country
                    or seen.get(key_name)
                    or american_department_state(ent, pair)
                    # "the Federal Department of Foreign Affairs" of the one federation of the pair.
                    or federal_body_state(ent, pair, resources.load("actors.federations", _federations))
                    # "In Nairobi, the Ministry of Trade said …": the capital the sentence opens in.
                    or opening_seat(ent.root, gazetteer)
                    or its_owner(ent, index)
                    or _own_ministry(ent, index)
                    # "according to the Customs and Excise Department", cited for one state's exports.
                    or figure_source_state(ent, index.nationality_of)
                    or _home_department(ent, index)
                    or _unmarked_lower_ministry(ent, index)
                )
                if org_country:
                    seen[key_name] = org_country
            sector = institution.sector if institution else _body_sector(ent.text)
            # "the Danish Ministry of …" is named without its article, as the reader would list it.
            name = institution.name if institution else _listed_name(ent.text)
            owned = _phrase(ent.root)
            if institution is None and org_country and _lower_owned(ent, index) and owned != name:
                # "according to India's commerce ministry": named with its state, as an untagged one is.
                written.setdefault((owned, org_country), set()).add(name)
                name = owned
            ref = ActorRef(
                name=name,
                country=org_country,
                sector=sector,
                kind="organisation",
                actor_id=actor_id("organisation", name, org_country),
            )
            key = (name, org_country)
            if institution is not None:
                written.setdefault(key, set()).add(re.sub(r"^the\s+", "", ent.text, flags=re.I))
            organisations[key] = (sector, organisations.get(key, (sector, 0))[1] + 1)
            for t in ent:
                index.by_token[t.i] = ref
    states_at = {i: ref.country for i, ref in index.by_token.items() if ref.kind == "state" and ref.country}
    for body in named_bodies(doc, gazetteer, states_at):
        known = (index.by_token.get(i) for i in range(body.start, body.core_end))
        if any(r is not None and r.kind == "organisation" for r in known):
            continue  # already an institution or a ministry
        ref = ActorRef(
            name=body.name,
            country=body.country,
            sector=body.sector,
            kind="organisation",
            actor_id=actor_id("organisation", body.name, body.country),
        )
        key = (body.name, body.country)
        organisations[key] = (body.sector, organisations.get(key, (body.sector, 0))[1] + 1)
        if (own := re.split(r"['’]s ", body.name, maxsplit=1)[1:]) and own[0]:
            # "Kenya's State Revenue Committee" is also named without its state.
            written.setdefault(key, set()).add(own[0])
        if body.bare:
            written.setdefault(key, set()).add(body.bare)
        for i in range(body.start, body.core_end):
            index.by_token[i] = ref
    for firm in described_firms(doc, states_at, index.nationality_of, partial(_home_firm_state, index)):
        if any(i in index.by_token for i in range(firm.start, firm.end)):
            continue  # already a state, an institution or a body
        ref = ActorRef(
            name=firm.name,
            country=firm.country,
            sector=firm.sector,
            kind="organisation",
            actor_id=actor_id("organisation", firm.name, firm.country),
        )
        key = (firm.name, firm.country)
        organisations[key] = (firm.sector, organisations.get(key, (firm.sector, 0))[1] + 1)
        for i in range(firm.start, firm.end):
            index.by_token[i] = ref
    federations = resources.load("actors.federations", _federations)
    for ent in others:
        # Any other named body is a state's only when its words say so: "the Egyptian Export Development
        # Bank", "Export-Import Bank of China", "Chile's development agency, CORFO". A body read in full
        # above ("the Permanent Mission of Somalia to the United Nations") keeps its fuller name.
        if any((r := index.by_token.get(t.i)) is not None and r.kind == "organisation" for t in ent):
            continue
        if gazetteer.country_of(" ".join(w.capitalize() for w in ent.text.split())):
            continue  # "ASUNCION, May 9 —": a dateline's place the model read as an organisation
        if _titled_name(ent, gazetteer, title_heads):
            continue  # a person's name after their title, read below
        if _office_named(ent, gazetteer):
            continue  # "Chile's Minister of Mining, Energy and Industry X": an office, not a body
        if _international_part(ent, gazetteer, resources):
            continue  # "UNHCR Kenya": an international body's office in a country is not that state's
        org_country = (
            institution_country(ent, index)
            or _demonym_in_name(ent, gazetteer)
            or _appositive_country(ent, index)
            or (its_owner(ent, index) if _state_body_name(ent) else None)
            or figure_source_state(ent, index.nationality_of)
            or _owner_named_elsewhere(ent, index)
            or _commanded_by(ent, index)
            or federal_body_state(ent, pair, federations)
            or _home_body(ent, index)
            or _state_owned_in_place(ent, index)
            or city_named_body_state(ent, partial(_place_state, index))
            or agency_owner(ent, partial(_government_or_body, index))
            or cited_agency_state(ent, lambda t: _agent_state(index, t) or index.nationality_of(t))
        )
        if org_country is None:
            continue
        name, sector = _listed_name(ent.text), _body_sector(ent.text)
        owned = _phrase(ent.root)
        if all(t.is_lower for t in ent if t.is_alpha) and owned != name and index.nationality_of(ent.root):
            # "Sri Lanka's navy": a common noun the model tagged is named as the text names it, with its
            # state, as an untagged one is (``_state_bodies_by_nationality``); the noun alone is an alias.
            written.setdefault((owned, org_country), set()).add(name)
            name = owned
        if (tail := _state_tail(ent, index, org_country)) is not None:
            # "the National Statistics Office of Georgia": the name goes on to its state.
            written.setdefault((f"{name} {tail.text}", org_country), set()).add(name)
            name = f"{name} {tail.text}"
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
    _acronyms_defined(doc, index, written)
    _unowned_bodies_owned_elsewhere(index, organisations, written)
    for ent in doc_ents(doc):
        # "X Party", "X Movement": the model read an organisation's name as a person's.
        named_org = ent.end < len(doc) and doc[ent.end].lower_ in ORG_HEADS
        # "the Somali Military Command", "Air Force Chief": an office or a body, not a person's name.
        named_org = named_org or ent[-1].lower_ in ORG_HEADS or ent[-1].lower_ in title_heads
        # "Rwanda Defence Force", which the model may split into a place and a person.
        named_org = named_org or any(
            (ref := index.by_token.get(t.i)) is not None and ref.kind == "organisation" for t in ent
        )
        # "an Al-Shabaab attack": an armed group or organisation the tables know by this very name.
        named_org = named_org or (ent.label_ == "PERSON" and organisation(ent.text, resources) is not None)
        person_named = ent.label_ == "PERSON" or _titled_name(ent, gazetteer, title_heads)
        if person_named and not named_org and not _not_a_person(ent) and not place_not_person(ent, index):
            add_person(index, ent, gazetteer)
    _untagged_titled_names(doc, index, gazetteer, portfolios)
    _surnames_tagged_otherwise(doc, index, gazetteer)
    assign_countries(doc, index, resources, country_pair(index.mentions))
    groups: dict[tuple[str, str | None], tuple[str, int]] = {}  # "Chadian rebels", "Bolivian farmers"
    for body, aliases in [
        *_state_bodies_by_nationality(doc, index),
        *services_by_its(doc, gazetteer, index.by_token),
    ]:
        key = (body.name, body.country)
        table = groups if body.kind == "group" else organisations
        table[key] = (body.sector or "GOV", table.get(key, (body.sector, 0))[1] + 1)
        written.setdefault(key, set()).update(aliases)
    for body in [*_bare_ministries(doc, index, portfolios), *_bare_national_offices(doc, index)]:
        key = (body.name, body.country)
        organisations[key] = ("GOV", organisations.get(key, ("GOV", 0))[1] + 1)
    for name, country, sector in _home_bodies(doc, index):
        if not any(known.lower() == name.lower() for known, _ in organisations):
            organisations[(name, country)] = (sector, 1)
    region_state = partial(_region_state, index)
    for name, country in regional_governments(doc, lambda p: gazetteer.regions.get(p) or region_state(p)):
        if not any(known.lower() == name.lower() for known, _ in organisations):
            organisations[(name, country)] = ("LOC", 1)
    city_state = partial(_city_state_of, index)
    for name, country in pair_missions(doc, country_pair(index.mentions), city_state):
        if not any(known.lower() == name.lower() for known, _ in organisations):
            organisations[(name, country)] = ("GOV", 1)
    located = partial(_place_state, index)
    for body in [
        *city_bodies(doc, located),
        *bodies_described_in_city(doc, located),
        *units_of_bodies(doc, index.by_token),
    ]:
        # Listed as actors only: their words are left to the readers of events as they were.
        if not any(name.lower() == body.name.lower() for name, _ in organisations):
            organisations[(body.name, body.country)] = (body.sector or "GOV", 1)
    issuer = letterhead_body(doc, gazetteer)
    if issuer is not None and not any(name.lower() == issuer[0].lower() for name, _ in organisations):
        # The body whose letterhead heads the release is the one that issues it.
        organisations[issuer] = ("GOV", 1)
    for craft in bodies_of_craft(doc, gazetteer, index.nationality_of):
        key = (craft.name, craft.country)
        organisations[key] = (craft.sector, organisations.get(key, (craft.sector, 0))[1] + 1)
        written.setdefault(key, set()).add(craft.bare)
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
                aliases=sorted(written.get((name, country), set()) - {name}),
                kind="organisation",
                country=country,
                sector=sector,
                mentions=count,
            )
        )
    for (name, country), (sector, count) in groups.items():
        # A nationality's group is listed as the text names it, whether or not an event names it.
        index.actors.append(
            Actor(
                id=actor_id("group", name, country),
                name=name,
                aliases=sorted(written.get((name, country), set()) - {name}),
                kind="group",
                country=country,
                sector=sector,
                mentions=count,
            )
        )
    return index


def _other_states_namesake(ent: Span, index: ActorIndex, listed: str | None) -> Span | None:
    """ "the Peruvian Congress", "Brazil's Congress": a listed institution's name ("Congress", the US one)
    written right after another state's name or nationality names that state's own body. Returns the
    state's words."""
    doc = ent.doc
    before = ent.start - 2 if ent.start >= 2 and doc[ent.start - 1].lower_ in {"'s", "’s"} else ent.start - 1
    if before < 0 or listed is None:
        return None
    ref = index.by_token.get(before)
    if ref is None or ref.kind != "state" or ref.country in {None, listed}:
        return None
    return next((e for e in doc_ents(doc) if e.start <= before < e.end), None)


def _named_before_as_others(ent: Span, index: ActorIndex, country: str | None) -> bool:
    """A listed body's common-noun name ("the external affairs ministry") that the article gave, earlier,
    to another state's body ("Chile's external affairs ministry"): the same words are that body again."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if not words or not all(t.is_lower for t in ent):
        return False
    core = " ".join(words)
    earlier = {id(ref): ref for i, ref in index.by_token.items() if i < ent.start}.values()
    return any(
        ref.kind == "organisation" and ref.country not in {None, country} and ref.name.lower().endswith(core)
        for ref in earlier
    )


def _of_other_state(ent: Span, index: ActorIndex, listed: str | None) -> bool:
    """ "the Royal Navy of Oman": a listed institution's name followed by "of" and another state."""
    doc = ent.doc
    if listed is None or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return False
    ref = index.by_token.get(ent.end + 1)
    return ref is not None and ref.kind == "state" and ref.country not in {None, listed}


def _acronyms_defined(doc: Doc, index: ActorIndex, written: dict[tuple[str, str | None], set[str]]) -> None:
    """ "the Liberia Maritime Authority (LMA) … the LMA said": an acronym in brackets right after a state's
    body whose initials it follows is that body's other name, here and wherever the text uses it later."""
    # Only the opening brackets are visited (found from the word index): no object per token.
    closing = {t.i for t in with_lower(doc, {")"})}
    for i in (t.i for t in with_lower(doc, {"("})):
        if not 1 <= i < len(doc) - 2 or doc[i].text != "(" or i + 2 not in closing:
            continue
        acronym, ref = doc[i + 1], index.by_token.get(i - 1)
        if ref is None or ref.kind != "organisation" or ref.country is None:
            continue
        if not (acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 7):
            continue
        if not _initials_follow(acronym.text, ref.name):
            continue
        written.setdefault((ref.name, ref.country), set()).add(acronym.text)
        for later in doc[i + 1 :]:
            known = index.by_token.get(later.i)
            if later.text == acronym.text and (known is None or known.country is None):
                index.by_token[later.i] = ref


def _initials_follow(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are, in order, the initials of the name's capitalised words."""
    initials = [w[0] for w in re.findall(r"[A-Z][\w'’-]*", name)]
    letters = iter(initials)
    return len(initials) >= 2 and all(any(c == i for i in letters) for c in acronym)


def _unowned_bodies_owned_elsewhere(
    index: ActorIndex,
    organisations: dict[tuple[str, str | None], tuple[str, int]],
    written: dict[tuple[str, str | None], set[str]],
) -> None:
    """ "The State Security Department said … ¶ Lithuania's State Security Department said …": a body
    named without its state where the same article names it, by the same name, with one state is that
    state's; named with two, it stays unowned."""
    owners: dict[str, dict[str, str]] = {}  # name or alias → state → the owned body's name
    for key in organisations:
        name, country = key
        if country is not None:
            for spelling in {name, *written.get(key, set())}:
                owners.setdefault(spelling, {})[country] = name
    for (name, country), (_sector, count) in list(organisations.items()):
        if country is not None or len(owners.get(name, {})) != 1:
            continue
        ((owner, owned_name),) = owners[name].items()
        del organisations[(name, None)]
        kept_sector, kept = organisations[(owned_name, owner)]
        organisations[(owned_name, owner)] = (kept_sector, kept + count)
        written.setdefault((owned_name, owner), set()).add(name)
        ref = ActorRef(
            name=owned_name,
            country=owner,
            sector=kept_sector,
            kind="organisation",
            actor_id=actor_id("organisation", owned_name, owner),
        )
        for i, known in list(index.by_token.items()):
            if known.kind == "organisation" and known.name == name and known.country is None:
                index.by_token[i] = ref


def _state_bodies_by_nationality(doc: Doc, index: ActorIndex) -> list[tuple[ActorRef, set[str]]]:
    """A state's bodies named by a common noun and its nationality ("the Omani coast guard", "Chile's
    foreign ministry", "Uzbek border troops"), and its people's groups ("Chadian rebels", "Bolivian
    farmers", kind "group"): actors of that state, kept as the text names them, and under the noun alone
    ("coast guard") as an alias. Only a nationality on the noun says whose they are."""
    found: list[tuple[ActorRef, set[str]]] = []
    # Only the untagged nouns are visited, found from one array: no object for every other token.
    rows = doc.to_array([POS, ENT_TYPE]).tolist()
    nouns = [i for i, (pos, ent_type) in enumerate(rows) if pos in {NOUN, PROPN} and not ent_type]
    for token in (doc[i] for i in nouns):
        if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ or token.i in index.by_token:
            continue  # a named body is read with the entities
        if token.i in index.person_at:
            continue
        if (ministry := _ministry_on_noun(token, index)) is not None:
            found.append(ministry)
            continue
        if token.dep_ == "compound" or (
            index.nationality_of(token) is None and index._post_of_state(token) is None
        ):
            continue  # "coast guard ships" are the ships; the head noun is read on its own
        ref = index.resolve(token)
        if ref is None or ref.kind not in {"organisation", "group"} or not ref.country:
            continue
        if ref.kind == "group" and (ref := _group_as_named(token, ref, index)) is None:
            continue
        state_words = {t.i for t in token.lefts if index.by_token.get(t.i) is not None} | {
            t.i for t in token.lefts if t.dep_ == "case" or t.lower_ in {"'s", "’s"}
        }
        kept = [
            t
            for t in token.lefts
            if t.dep_ in {"compound", "amod"} and t.i not in state_words and not t.ent_type_
        ]
        bare = " ".join(t.text for t in [*kept, token])
        seat = post_seat(token) or _seat_after_owner(token)
        seated = {f"{ref.name} in {seat}"} if seat is not None else set()
        found.append((ref, ({bare} | seated) - {ref.name}))
    return found


def _group_as_named(token: Token, ref: ActorRef, index: ActorIndex) -> ActorRef | None:
    """A nationality's group as a list names it: from its nationality on ("Polish citizens", not "an
    estimated 740,000 Polish citizens"); none when its words give two states ("Saudi-Egyptian investors":
    both sides' own) or it is a place ("Turkish villages")."""
    if token.lemma_.lower() in PLACE_GROUPS:
        return None
    words = [t for t in token.doc[token.left_edge.i : token.i] if t.dep_ != "punct"]
    marked = [t for t in words if (r := index.by_token.get(t.i)) is not None and r.kind == "state"]
    if not marked or len({index.by_token[t.i].country for t in marked}) > 1:
        return None
    start = marked[0].i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1  # "North Korean": the whole nationality
    doc = token.doc
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_ + doc[start - 1].whitespace_
    ):
        start -= 2  # "ni-Vanuatu": a prefix joined by a hyphen is part of it
    name = doc[start : token.i + 1].text
    if name == ref.name:
        return ref
    return ActorRef(
        name=name,
        country=ref.country,
        sector=ref.sector,
        kind="group",
        actor_id=actor_id("group", name, ref.country),
    )


# Nouns the agent tables list that name where people live, not who acts.
PLACE_GROUPS = {"village", "town", "city", "community"}


def _seat_after_owner(token: Token) -> str | None:
    """ "the embassy of Niger in Abuja": the city after the state the post is of."""
    if token.lower_ not in SEATED_POSTS:
        return None
    of = next((t for t in token.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    owners = [t for t in of.children if t.dep_ == "pobj"] if of is not None else []
    for head in [token, *owners]:
        for prep in (t for t in head.rights if t.dep_ == "prep" and t.lower_ == "in"):
            place = next((t for t in prep.children if t.dep_ == "pobj"), None)
            ent = next((e for e in token.doc.ents if place is not None and e.root.i == place.i), None)
            if ent is not None and ent.label_ in {"GPE", "LOC"}:
                return ent.text
    return None


def _ministry_on_noun(token: Token, index: ActorIndex) -> tuple[ActorRef, set[str]] | None:
    """ "Italian interior ministry figures show …": the parser hangs the nationality on the noun the
    ministry qualifies; the ministry, written right after the nationality and its portfolio, is the
    state's. Named as the text names it, and by its portfolio alone."""
    if token.lower_ != "ministry" or token.dep_ != "compound" or token.head.i <= token.i:
        return None
    marks = [t for t in token.head.lefts if t.i < token.i and index.by_token.get(t.i) is not None]
    if len(marks) != 1 or index.nationality_of(token.head) is None:
        return None
    mark = marks[0]
    ref = index.by_token[mark.i]
    words = token.doc[mark.i + 1 : token.i + 1]
    if ref.kind != "state" or not ref.country or not all(t.is_lower and t.is_alpha for t in words):
        return None
    start = mark.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1  # "North Korean", "Sri Lankan": the whole nationality
    name = token.doc[start : token.i + 1].text
    return _government_body(name, ref.country), {words.text} - {name}


# Lower-case nouns of a state's ministries: "the interior ministry", "the economy secretariat".
MINISTRY_NOUNS = {"ministry", "secretariat"}


def _bare_ministries(doc: Doc, index: ActorIndex, portfolios: set[str]) -> list[ActorRef]:
    """ "according to the interior ministry", with no state in its words: the ministry of the same
    portfolio named before with one state; else the state the paragraph has made its subject; else, in
    a story datelined in a capital or a government's own release, the home state's (news leaves the home
    side's nationality unsaid). Named as the text names it, without its article. "The economy secretariat"
    (a Latin American state's ministry, its "secretaría") is read so when its words are a portfolio's: an
    organisation's secretariat ("the treaty secretariat") is none."""
    found: list[ActorRef] = []
    named: dict[str, set[str]] = {}  # portfolio words → states whose ministry of them was named
    for token in with_lower(doc, set(MINISTRY_NOUNS)):  # the words alone, from the word index
        if token.text not in MINISTRY_NOUNS or token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_:
            continue
        words = " ".join(t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"} and not t.ent_type_)
        full = [t for t in doc[token.left_edge.i : token.i] if t.lower_ != "the"]
        if words and all(
            t.is_lower and t.is_alpha and not t.ent_type_ and t.dep_ in {"compound", "amod"} for t in full
        ):
            # "the foreign affairs ministry": "foreign" hangs on "affairs", and is part of the portfolio.
            words = " ".join(t.lower_ for t in full)
        if token.text == "secretariat" and not (words and set(words.split()) <= portfolios):
            continue
        ref = index.by_token.get(token.i)
        if ref is not None:
            continue
        country = index.nationality_of(token)
        if country is not None:
            named.setdefault(words, set()).add(country)
            continue
        if not words and (portfolio := _lower_portfolio_after(token)) is not None:
            # "the ministry of livestock and fisheries", in lower case: read as "the fisheries ministry".
            words, name = portfolio, f"{token.text} of {portfolio}"
        else:
            name = f"{words} {token.text}"
            if not _bare(token):
                words = ""  # not a bare ministry: only "its" below may still say whose
        if token.i in index.person_at:
            continue
        reporter = _reporting_its(token, index)
        if reporter is not None and name.strip() != token.text:
            found.append(_government_body(name, reporter))
            continue
        if not words:
            continue
        earlier = named.get(words, set())
        if len(earlier) > 1:
            continue
        country = (
            next(iter(earlier), None)
            or (opening_seat(token, index.gazetteer) if index.gazetteer is not None else None)
            or framing_state(doc, token, partial(_state_at, index))
        )
        context = index.context
        if country is None and context is not None and context.basis in {"dateline", "publisher"}:
            country = None if _reports_other_state(token, index, context.country) else context.country
        if country is not None:
            found.append(_government_body(name, country))
    return found


def _lower_portfolio_after(token: Token) -> str | None:
    """ "the ministry of livestock and fisheries": the portfolio written in lower case after "of" on a
    ministry with nothing else on it; None for any other shape (a named ministry is read as an entity)."""
    if token.text != "ministry" or [t.lower_ for t in token.lefts] != ["the"]:
        return None
    rights = [t for t in token.rights if t.dep_ != "punct"]
    if len(rights) != 1 or rights[0].dep_ != "prep" or rights[0].lower_ != "of":
        return None
    words = list(rights[0].subtree)[1:]
    if not words or not all((t.is_lower and t.is_alpha) for t in words) or words[0].lower_ == "the":
        return None
    return " ".join(t.text for t in words)


def _reporting_its(token: Token, index: ActorIndex) -> str | None:
    """ "Kuwait has suspended the visas, its interior ministry said": "its" on the body that reports a
    clause stands for that clause's subject, when the subject is one state."""
    if not any(t.lower_ == "its" and t.dep_ == "poss" for t in token.lefts) or token.dep_ != "nsubj":
        return None
    verb = token.head
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
    if len(reported) != 1:
        return None
    # The subject nearest its verb: a dateline's place the parser may hang on the verb too is not it.
    subjects = [s for s in reported[0].lefts if s.dep_ in {"nsubj", "nsubjpass"}]
    ref = index.by_token.get(subjects[-1].i) if subjects else None
    return ref.country if ref is not None and ref.kind == "state" else None


def _government_or_body(index: ActorIndex, token: Token) -> ActorRef | None:
    """What a word stands for; "the government" with no state in its words, in a story datelined in a
    capital or a government's own release, is the home state's (as ``_bare_national_offices`` reads)."""
    ref = index.resolve(token)
    context = index.context
    home = context.country if context is not None and context.basis in {"dateline", "publisher"} else None
    if ref is None and token.lower_ == "government" and home:
        return index.state_ref(home)
    return ref


def _government_body(name: str, country: str) -> ActorRef:
    return ActorRef(
        name=name,
        country=country,
        sector="GOV",
        kind="organisation",
        actor_id=actor_id("organisation", name, country),
    )


# Heads of the offices a state names by what they do, written in lower case with "national" before them:
# "the national migration office", "the national statistics agency".
NATIONAL_OFFICE_HEADS = {
    "office",
    "agency",
    "institute",
    "service",
    "authority",
    "bureau",
    "directorate",
    "council",
    "commission",
    "board",
}


def _bare_national_offices(doc: Doc, index: ActorIndex) -> list[ActorRef]:
    """ "according to the national migration office": a state's office written in lower case after
    "national", with no state in its words, is read as a body named so in capitals would be
    (``_home_body``): the state the paragraph has made its subject, else in a story datelined in a
    capital or a government's own release the home state's, unless what it does says it is the other
    side's. Named as the text names it."""
    found: list[ActorRef] = []
    for token in with_lower(doc, NATIONAL_OFFICE_HEADS):  # the heads alone, from the word index
        if token.lower_ not in NATIONAL_OFFICE_HEADS or not token.is_lower or token.ent_type_:
            continue
        if token.i in index.by_token or token.i in index.person_at or not _bare(token):
            continue
        # "national" may hang on the word after it ("national migration"): the phrase's words as written.
        words = [t for t in token.doc[token.left_edge.i : token.i] if t.lower_ != "the"]
        if not words or words[0].lower_ != "national" or not all(t.is_lower and t.is_alpha for t in words):
            continue
        phrase = doc[words[0].i : token.i + 1]
        country = framing_state(doc, token, partial(_state_at, index))
        context = index.context
        if country is None and context is not None and context.basis in {"dateline", "publisher"}:
            country = _dateline_body_state(phrase, index, context.country)
        if country is not None:
            found.append(_government_body(phrase.text, country))
    return found


def _home_bodies(doc: Doc, index: ActorIndex) -> list[tuple[str, str, str]]:
    """ "the statistics agency said", "the border guard said": the home state's bodies named by their task
    (``bilat.nlp.home_bodies``), by the state the paragraph has made its subject, else the dateline's."""

    def named_before(phrase: Span) -> set[str | None]:
        words = phrase.text.lower()
        countries: set[str | None] = set()
        for earlier in with_lower(doc, {phrase.root.lower_}):
            if earlier.i >= phrase.root.i or earlier.pos_ not in {"NOUN", "PROPN"}:
                continue
            ref = index.by_token.get(earlier.i) or index.resolve(earlier)
            if ref is not None and ref.kind in {"organisation", "group"} and words in ref.name.lower():
                countries.add(ref.country)
        return countries

    def home_state(phrase: Span) -> str | None:
        country = framing_state(doc, phrase.root, partial(_state_at, index))
        context = index.context
        if country is None and context is not None and context.basis in {"dateline", "publisher"}:
            country = _dateline_body_state(phrase, index, context.country)
        return country

    return bare_home_bodies(
        doc,
        lambda t: t.i in index.by_token or t.i in index.person_at,
        _bare,
        named_before,
        home_state,
    )


def _federations(resources: Resources) -> set[str]:
    return {code for _, code in read_lines(resources.path("actors/federations.txt"))}


def _listed_name(text: str) -> str:
    """A body's name as a reader would list it: without its article, nor the possessive the model may tag
    with it ("the Royal Constabulary's training college")."""
    return re.sub(r"['’]s$", "", re.sub(r"^the\s+", "", text.strip(), flags=re.I))


def _body_sector(name: str) -> str:
    lower = name.lower()
    if re.match(r"(the\s+)?(front|movement)\s+(for|of)\b", lower):
        return "REB"  # "the Front for Unity and Renewal in Niger": an armed movement named for its cause
    if any(w in lower for w in MILITARY_WORDS):
        return "MIL"
    if re.search(r"\b(police|gendarmerie|constabulary)\b", lower):
        return "COP"
    if re.search(r"\bcourt\b", lower):
        return "JUD"
    if re.search(r"\b(assembly|parliament|senate|congress)\b", lower):
        return "LEG"  # "the People's National Assembly": a state's house of representatives
    return "BUS" if BUSINESS.search(name) else "GOV"


def _state_tail(ent: Span, index: ActorIndex, country: str) -> Span | None:
    """ "of Georgia" after "the National Statistics Office": the words that end a body's name with the
    state it is of, when that state is the one the body was given."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    state = next((e for e in doc_ents(doc) if e.start in {ent.end + 1, ent.end + 2}), None)
    if state is None or (state.start == ent.end + 2 and doc[ent.end + 1].lower_ != "the"):
        return None
    refs = [index.by_token.get(t.i) for t in state]
    if not all(r is not None and r.kind == "state" and r.country == country for r in refs):
        return None
    return doc[ent.end : state.end]


# Words a body's name may carry that its common-noun mention leaves out: "the National Electoral Council" is
# "the electoral council" with a nationality.
NAME_ONLY_WORDS = {"the", "national", "federal", "central", "state", "supreme"}


def _owner_named_elsewhere(ent: Span, index: ActorIndex) -> str | None:
    """ "… urged the National Electoral Council to release the tally … ¶ Venezuela's electoral
    council declared …": a body named without its state is the state's whose nationality the same article
    writes on the same words in lower case ("electoral council"); two states' such bodies say nothing."""
    words = [t.lower_ for t in ent if t.lower_ not in NAME_ONLY_WORDS]
    if len(words) < 2 or not all(t.is_title or t.lower_ in NAME_ONLY_WORDS for t in ent):
        return None
    doc = ent.doc
    owners = set()
    for token in with_lower(doc, {words[-1]}):  # the last word's uses alone, from the word index
        if token.lower_ != words[-1] or not token.is_lower or token.i in range(ent.start, ent.end):
            continue
        start = token.i - len(words) + 1
        if start < 0 or [t.lower_ for t in doc[start : token.i + 1]] != words:
            continue
        if not all(t.is_lower for t in doc[start : token.i + 1]):
            continue
        country = index.nationality_of(token)
        if country is not None:
            owners.add(country)
    return next(iter(owners)) if len(owners) == 1 else None


# Acts by which a state's body puts its own force to work: "put the Gendarmerie on alert", "deployed the
# Coast Guard".
COMMANDING = {"place", "deploy", "dispatch", "mobilise", "mobilize", "put"}
FORCE_WORDS = {"police", "gendarmerie", "constabulary", "guard", "army", "navy", "forces"}


def _commanded_by(ent: Span, index: ActorIndex) -> str | None:
    """ "Chile's defence ministry put the Gendarmerie on alert": a force named without its
    state, put to work by one state or its body, is that state's."""
    root = ent.root
    if root.lower_ not in FORCE_WORDS or root.dep_ != "dobj" or root.head.lemma_.lower() not in COMMANDING:
        return None
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    refs = [index.resolve(s) for s in subjects]
    states = {r.country for r in refs if r is not None and r.kind in {"state", "organisation"} and r.country}
    return next(iter(states)) if len(states) == 1 else None


# Nouns of the bodies a trade or a profession forms: "the farmers' association", "the hauliers' union".
SOCIETIES = {"association", "union", "federation", "confederation", "chamber", "league", "council", "society"}


def _appositive_country(ent: Span, index: ActorIndex) -> str | None:
    """ "Chile's development agency, CORFO": a name in apposition to a noun a nationality marks, or whose
    possessor one marks ("Chile's farmers' union, the …")."""
    root = ent.root
    if root.dep_ != "appos" or root.head.i in range(ent.start, ent.end):
        return None
    head = root.head
    # "Poland's biggest growers' union, the Federation of …": the state may own the noun's possessor;
    # only for a society's noun ("the firm's chief executive, Ana Ruiz" is a person).
    owners = [t for t in head.lefts if t.dep_ == "poss" and t.pos_ == "NOUN" and head.lower_ in SOCIETIES]
    return index.nationality_of(head) or next((c for t in owners if (c := index.nationality_of(t))), None)


def _demonym_in_name(ent: Span, gazetteer: Gazetteer) -> str | None:
    """ "the South African Police Service": a nationality or state of more than one word in the name."""
    words = [t.text for t in ent]
    for size in (3, 2):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            iso3 = gazetteer.demonyms.get(phrase) or gazetteer.names.get(phrase)
            if iso3:
                return iso3
    return None


# Heads of a body's name written before what it does: "the General Directorate of Migration", "the State
# Committee for National Security"; a committee or council only with a word that makes it a state's.
NAMED_BODY_HEADS = {
    "directorate",
    "administration",
    "department",
    "bureau",
    "service",
    "agency",
    "command",
}
STATE_WORDS = {"state", "national", "federal"}
# Words that rank a council over a state's others: "the High Security Council", "the Supreme Council".
RANKED_WORDS = {"high", "supreme"}
# Offices whose own office is a body of their state: "the Office of the President".
HEADS_OF_GOVERNMENT = {"president", "prime minister", "vice president", "premier", "chancellor"}
# Duties only a state performs, which make an authority or an office named by them a state's: "the Border
# Management Authority", "the Immigration Office".
# "the Fisheries Protection Authority": a body set up to protect a public good holds a state's powers. (A
# regulator is left out: the story is as often the fined foreign firm's side's, datelined at home.)
STATE_DUTIES = {"border", "immigration", "revenue", "prosecution", "protection"}
STATE_FIRM_HEADS = {"institute", "office", "board", "corporation", "company", "commission", "authority"}
# "the Board of Investment", "the Investment Promotion Authority": a board or an authority that admits and
# counts foreign investment is a state's; an "Investment Company" or "Corporation" is as often a private firm.
PROMOTION_DUTIES = {"investment", "investments"}
PROMOTION_HEADS = {"board", "authority", "commission", "office"}


def _office_named(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name the model read as a body's is an office's: a title before its "of" or "for"
    ("Minister of Trade, Industry and Energy"), and no state body's head word ("Office of the President")."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    cut = next((n for n, w in enumerate(words) if w in {"of", "for"}), len(words))
    return cut > 0 and " ".join(words[:cut]) in gazetteer.titles and not _state_body_name(ent)


def _state_body_name(ent: Span) -> bool:
    """Whether a name is a state body's: its last word ("the Border Police", "the State Security Service"),
    or the word before its "of" or "for" ("the General Directorate of Migration"), names one; a committee
    or a council must say it is the state's ("the State Committee for …", "the National Security
    Council")."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if not words:
        return False
    if words == ["court"]:
        return False  # "the Court" alone is most often the short name of a court named before it
    cut = next((n for n, w in enumerate(words) if w in {"of", "for"}), len(words))
    head = words[cut - 1] if cut > 0 else words[-1]
    if words[-1] in STATE_BODY_HEADS or head in NAMED_BODY_HEADS or words[0] in FOREIGN_BODY_SECTORS:
        return True  # a Spanish, Portuguese or French name puts its head first ("the Guardia Civil")
    if head in {"committee", "council", "commission"} and words[0] in STATE_WORDS:
        return True
    # "the People's National Assembly", "the Supreme National Security Council": a council or a house whose
    # name says it is the nation's, wherever the word stands before its head.
    if head in {"council", "assembly"} and STATE_WORDS & set(words[: cut - 1]):
        return True
    # "the High Security Council", "the Supreme Council": a council set over the state's others; a "High
    # Commission" is another state's mission, so only a council.
    if head == "council" and words[0] in RANKED_WORDS:
        return True
    # An office named for a head of government or state ("Office of the President") is that state's.
    if head == "office" and " ".join(w for w in words[cut + 1 :] if w != "the") in HEADS_OF_GOVERNMENT:
        return True
    # "the National Statistical Institute", "the National Oil Corporation", "the Customs Office": an
    # office or a firm the state's word or the figures it keeps make a state's.
    duties = FIGURE_BODY_WORDS | STATE_DUTIES
    if head in PROMOTION_HEADS and PROMOTION_DUTIES & set(words):
        return True
    return head in STATE_FIRM_HEADS and (words[0] in STATE_WORDS or bool(duties & set(words)))


def _own_ministry(ent: Span, index: ActorIndex) -> str | None:
    """ "The Ministry of Manpower said …" with no state in its words: in a government's own release (or
    its outlet's story) its own ministry; else the state the paragraph has just made its subject ("China
    protested. The Ministry of Commerce said …"). A dateline alone says where the story was written,
    and a ministry quoted there for a figure is as often the other side's: no evidence."""
    # "the Ministry of Foreign and European Affairs": a portfolio's words after the head say nothing of whose.
    # Only a name: "the department of international relations" written in lower case is a description.
    head = next((t.i for t in ent if MINISTRY.fullmatch(t.text) and not t.is_lower), ent.end)
    if any(t.lower_ in BEYOND_STATES for t in ent.doc[ent.start : head]):
        return None

    framed = framing_state(ent.doc, ent.root, partial(_state_at, index))
    if framed is not None:
        return framed
    context = index.context
    return context.country if context is not None and context.basis == "publisher" else None


def _unmarked_lower_ministry(ent: Span, index: ActorIndex) -> str | None:
    """ "…, the interior ministry said." tagged as a name by the model: a ministry written in lower case
    with no state, owner or place on it is read as the untagged one is (``_bare_ministries``): in a story
    datelined in a capital or a government's own release, the home state's, unless a ministry of the same
    portfolio was named before with another state. A name in capitals ("the Ministry of Trade") stays
    with ``_own_ministry``: such a name is as often the other side's, quoted for a figure."""
    words = [t for t in ent if t.lower_ != "the"]
    context = index.context
    if context is None or context.basis not in {"dateline", "publisher"} or not words:
        return None
    if words[-1].lower_ != "ministry" or not all(t.is_lower and t.is_alpha for t in words):
        return None
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent[0].lower_ != "the" and (before is None or before.lower_ != "the"):
        return None  # "a ministry", "its ministry": not the one a reader knows without its state
    if ent.root.dep_ != "nsubj":
        return None  # "summoned by the foreign ministry": only a ministry that speaks or acts is read so
    if list(words[-1].rights) or (ent.end < len(doc) and doc[ent.end].lower_ in {"in", "of", "'s", "’s"}):
        return None  # "the foreign ministry in Tehran", "the ministry's": a particular one, read elsewhere
    portfolio = [t.lower_ for t in words[:-1]]
    if not portfolio:
        return None  # "the ministry" alone: the short name of one named before, read elsewhere
    for token in doc[: ent.start]:
        lefts = [t.lower_ for t in token.lefts if t.is_lower and t.is_alpha and t.lower_ != "the"]
        if token.lower_ != "ministry" or lefts[-len(portfolio) :] != portfolio:
            continue
        other = index.nationality_of(token) or (
            ref.country if (ref := index.by_token.get(token.i)) is not None else None
        )
        if other is not None and other != context.country:
            return None  # "the Italian foreign ministry … the foreign ministry said": perhaps Italy's again
    if _reports_other_state(ent.root, index, context.country):
        return None
    # "Ambassador X was summoned by the foreign ministry" in a story datelined in the ambassador's capital:
    # what the ministry does says it is the other side's, as for any body named without its state.
    return _dateline_body_state(ent, index, context.country)


def _reports_other_state(token: Token, index: ActorIndex, home: str) -> bool:
    """ "STOCKHOLM — Turkey summoned the Swedish ambassador, the foreign ministry said": a ministry that
    reports another state's act is as likely that state's as the dateline's."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
        clauses.append(verb.head)  # "Turkey summoned the envoy, the ministry said": parsed the other way
    for clause in clauses:
        subjects = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]
        # "STOCKHOLM — Turkey summoned …": the parser may make the dateline's place the subject.
        subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
        for subject in subjects:
            ref = index.by_token.get(subject.i)
            if ref is not None and ref.kind == "state" and ref.country != home:
                return True
    return False


def _home_department(ent: Span, index: ActorIndex) -> str | None:
    """ "The Civil Protection Department said …", "according to the Department of Overseas Labour": a
    department, unlike a ministry, is as often a state's office or service as its ministry, and is read as
    any state body named without its state (``_home_body``): the dateline's, unless what it does says it is
    the other side's ("the Department of Home Affairs deported 340 Zimbabweans" in a Harare story)."""
    if not any(t.lower_ == "department" for t in ent) or any(t.lower_ == "ministry" for t in ent):
        return None
    if [t.lower_ for t in ent if t.lower_ != "the"] == ["department"]:
        return None  # "Department spokesman X": the word alone names no office of the dateline's state
    return _home_body(ent, index)


def _state_at(index: ActorIndex, t: Token) -> str | None:
    """The state a token names, when the index holds it as a state."""
    ref = index.by_token.get(t.i)
    return ref.country if ref is not None and ref.kind == "state" else None


def _home_body(ent: Span, index: ActorIndex) -> str | None:
    """ "The State Security Service said …" in a story datelined in Tbilisi: a state body named without
    its state is the home side's, as an unmarked official is (``bilat.nlp.context``)."""
    if not _state_body_name(ent) or any(t.lower_ in BEYOND_STATES for t in ent):
        return None
    if ent[-1].lower_ == "court" and not _court_acts(ent):
        return None  # "challenge the deal in the Constitutional Court": a party goes to its own state's court

    # "In Pretoria, the National Prosecuting Authority said …": the capital its sentence opens in.
    seat = opening_seat(ent.root, index.gazetteer) if index.gazetteer is not None else None
    if seat is not None:
        return seat
    # "China protested. Hours later the General Administration of Customs said …": the state the
    # paragraph has just made its subject, as for an unmarked official, before the dateline's.
    framed = framing_state(ent.doc, ent.root, partial(_state_at, index))
    if framed is not None:
        return framed
    if index.context is None:
        # No dateline speaks: "Armenia protested … ¶ The National Security Service said …" is Armenia's.
        return carried_state(ent.doc, ent.root, partial(_state_at, index))
    return _dateline_body_state(ent, index, index.context.country)


# Words that make a firm a state's own: "the state-owned X", "state-run X".
STATE_OWNED = {"owned", "run", "controlled"}


def _state_owned_in_place(ent: Span, index: ActorIndex) -> str | None:
    """ "the state-owned Rawalpindi Engineering Works": a state's firm named for one of its places is the
    state's where that place is (a firm named for a place alone may be anyone's, a club of states
    named for a city too)."""
    marks = [t for t in ent.root.lefts if t.dep_ == "amod" and t.lower_ in STATE_OWNED]
    if not any(c.lower_ == "state" for t in marks for c in t.children):
        return None
    first = next((t for t in ent if t.lower_ != "the"), None)
    if first is None or not first.is_title or first.i == ent.root.i:
        return None
    return _place_state(index, ent.doc[first.i : first.i + 1])


def _court_acts(ent: Span) -> bool:
    """Whether a court acts in its sentence ("the High Court ruled", "a High Court judge lifted the
    injunction", "fined by the District Court") rather than being where another goes to law: only then
    does the dateline's state speak for it."""
    root = ent.root
    if root.dep_ == "compound":
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _dateline_body_state(ent: Span, index: ActorIndex, home: str) -> str | None:
    """The dateline's state for a body named without its state, unless what the body does says it is the
    other side's (``bilat.nlp.body_acts``): where it acts, whose act cites it; a body acting on the home
    state's own people, with nothing else to say whose it is, gets no state rather than a wrong one."""
    nationality = partial(_named_state, index)
    acts = body_acts(ent)
    place = place_of_act(acts, partial(_place_state, index))
    if place is not None:
        return place
    cited = cited_by_state(ent, partial(_agent_state, index))
    if cited is not None:
        return cited
    return None if acts_on_state(acts, home, nationality) else home


def _home_firm_state(index: ActorIndex, name: Span) -> str | None:
    """The state of a firm a common noun describes with no nationality ("according to the operator
    Transgazco"): in a story datelined in a capital or a government's own release, the home state's, unless
    what it does says otherwise (``_dateline_body_state``); a dateline in another city says nothing."""
    context = index.context
    if context is None or context.basis not in {"dateline", "publisher"}:
        return None
    return _dateline_body_state(name, index, context.country)


def _agent_state(index: ActorIndex, token: Token) -> str | None:
    """The state of a subject that is a state or a state's body ("Ugandan police"), not people of it."""
    ref = index.resolve(token)
    if ref is None or ref.kind not in {"state", "organisation"}:
        return None
    # "9,000 Bolivians were deported": a plural demonym names a state's people, not the state.
    return None if ref.kind == "state" and token.tag_ in {"NNS", "NNPS"} else ref.country


def _named_state(index: ActorIndex, token: Token) -> str | None:
    """The state a word's nationality names ("a Norwegian citizen", "Ugandan police")."""
    return index.nationality_of(token) or _state_at(index, token)


def _city_state_of(index: ActorIndex, name: str) -> str | None:
    """The state a city is in: a capital by the gazetteer, another city by the place table."""
    gazetteer = index.gazetteer
    capital = gazetteer.capitals.get(name) if gazetteer is not None else None
    return capital or (index.place_state(name) if index.place_state is not None else None)


def _region_state(index: ActorIndex, name: str) -> str | None:
    """The state a region or city is in by the place table; a state's own name is no region of it."""
    if index.gazetteer is not None and index.gazetteer.country_of(name):
        return None
    return index.place_state(name) if index.place_state is not None else None


def _place_state(index: ActorIndex, place: Span) -> str | None:
    """The state a place is in: a state or its capital by the gazetteer, another city by the place table."""
    name = re.sub(r"^the\s+", "", place.text, flags=re.I)
    in_gazetteer = index.gazetteer.country_of(name) if index.gazetteer is not None else None
    return in_gazetteer or (index.place_state(name) if index.place_state is not None else None)


HONORIFIC_PAIRS = {("his", "excellency"), ("her", "excellency")}


def _untagged_titled_names(
    doc: Doc, index: ActorIndex, gazetteer: Gazetteer, portfolios: set[str] = frozenset()
) -> None:
    """ "President Mwansa received …", "Her Excellency Chanda Mwansa, President of …": capitalised words
    the model left untagged right after a person's title or an honorific are a person's name; the person
    named so before when the surname is theirs, else a new one read with its title like any other."""
    # Only the words after a title's, a portfolio's or an honorific's last word or a comma can open a name
    # (the first test below): those are found from the word index, with no object for every other token.
    openers = {*gazetteer.titles, *portfolios, *(second for _, second in HONORIFIC_PAIRS), ","}
    i = 1
    for candidate in sorted({t.i + 1 for t in with_lower(doc, openers)}):
        if candidate < i or candidate >= len(doc):
            continue  # inside the name read last
        i = candidate
        token, before = doc[i], doc[i - 1]
        honorific = i >= 2 and (doc[i - 2].lower_, before.lower_) in HONORIFIC_PAIRS
        titled = before.lower_ in gazetteer.titles and before.is_title
        titled = titled or _portfolio_title_ends(doc, i, gazetteer, portfolios)
        if not (titled or honorific or before.text == ",") or not _untagged_name_word(token, gazetteer):
            continue
        end = i
        while end + 1 < len(doc) and end - i < 3 and _untagged_name_word(doc[end + 1], gazetteer):
            end += 1
        if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
            i = end + 1
            continue  # runs on into a tagged name or a body's: not a bare name
        if before.text == "," and not _in_apposition_to_title(doc[i : end + 1], gazetteer):
            i = end + 1
            continue
        if all(doc[k].lower_ in portfolios for k in range(i, end + 1)):
            i = end + 1
            continue  # "the Secretary Finance, Mr. X": the office's portfolio, not a name
        # The person named so before when the surname is theirs (``add_person`` finds them), else a new one.
        add_person(index, Span(doc, i, end + 1, label="PERSON"), gazetteer)
        i = end + 1


def _portfolio_title_ends(doc: Doc, i: int, gazetteer: Gazetteer, portfolios: set[str]) -> bool:
    """ "Minister of Overseas Affairs Tomas Verhoeven": the words before ``i`` are a title, "of" or "for",
    and the capitalised words of its portfolio."""
    if doc[i].lower_ in portfolios:
        return False  # still the portfolio's words
    j = i - 1
    while j > 0 and (
        (doc[j].is_title and doc[j].lower_ in portfolios) or (doc[j].lower_ in {"and", "&"} and j < i - 1)
    ):
        j -= 1
    if j == i - 1 or j < 1 or doc[j].lower_ not in {"of", "for"}:
        return False
    title = doc[j - 1]
    return title.is_title and title.lower_ in gazetteer.titles


def _in_apposition_to_title(words: Span, gazetteer: Gazetteer) -> bool:
    """ "Peru's Minister for Infrastructure, Tevita Lomu, …": two to four capitalised words set off by
    commas in apposition to a person's title phrase (the title itself, or the portfolio it is for or of)."""
    doc = words.doc
    closed = words.end == len(doc) or doc[words.end].text in {",", ".", ";"} or doc[words.end].is_space
    if len(words) < 2 or not closed:
        return False
    last = words[-1]
    if last.dep_ != "appos" or last.head.i >= words.start:
        return False
    node = last.head
    for _ in range(3):  # "Minister for Infrastructure": the title over its portfolio's preposition
        if title_word(node, gazetteer):
            return True
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            return False
        node = node.head
    return title_word(node, gazetteer)


def _names_tagged_as_bodies(doc: Doc, gazetteer: Gazetteer) -> None:
    """ "Peru's Minister of Ports, Julia Montero Vega, …": two to four capitalised name words the model
    tagged as an organisation, set off by commas in apposition to a person's title, are a person's
    name: no body's head word, title or place among them."""
    ents: list[Span] = []
    changed = False
    for ent in doc_ents(doc):
        parts = _place_then_name(ent) if ent.label_ == "ORG" else [ent]
        if _name_tagged_as_body(parts[-1], gazetteer):
            ents += [*parts[:-1], Span(doc, parts[-1].start, parts[-1].end, label="PERSON")]
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents


def _name_tagged_as_body(ent: Span, gazetteer: Gazetteer) -> bool:
    doc = ent.doc
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or gazetteer.institutions.get(ent.text):
        return False
    if not all(_body_free_name_word(t, gazetteer) for t in ent):
        return False
    # "Peru's Minister of Ports, Julia Montero Vega": parsed as joined to the title itself.
    joined = ent[-1].dep_ == "conj" and ent[-1].head.i < ent.start and title_word(ent[-1].head, gazetteer)
    closed = ent.end == len(doc) or doc[ent.end].text in {",", ".", ";"}
    return _in_apposition_to_title(ent, gazetteer) or (joined and closed and doc[ent.start - 1].text == ",")


def _place_then_name(ent: Span) -> list[Span]:
    """ "consul general in Cebu, Rudi Hartono Wibisono": the model may tag the post's place and the name
    after its comma as one body. After "in", the capitalised words before the comma are the place and
    those after it a name (kept only when that name passes the test of ``_name_tagged_as_body``)."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "in":
        return [ent]
    place, rest = doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
    if not 1 <= len(place) <= 3 or not 2 <= len(rest) <= 4:
        return [ent]
    if not all(t.is_title and t.pos_ == "PROPN" for t in [*place, *rest]):
        return [ent]
    return [Span(doc, place.start, place.end, label="GPE"), Span(doc, rest.start, rest.end, label="ORG")]


def _body_free_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.lower_ not in gazetteer.titles
        and token.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS
        and gazetteer.country_of(token.text) is None
    )


# Labels the model may give a later mention of a person's name ("Tomasz said", read as a company).
NOT_PERSON_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "NORP"}  # "Han" read as a people


HYPHENS = {"-", "‑"}


def _surnames_tagged_otherwise(doc: Doc, index: ActorIndex, gazetteer: Gazetteer) -> None:
    """A later, shorter mention of a person named in full before, which the model tagged as an
    organisation or a thing, is that person: else their acts there have no actor. Only a name no
    institution, body or state claimed, and only after the full name."""
    first_at: dict[int, int] = {}
    for i, person in sorted(index.person_at.items()):
        first_at.setdefault(id(person), i)
    for ent in doc_ents(doc):
        if ent.label_ not in NOT_PERSON_LABELS or gazetteer.country_of(ent.text) is not None:
            continue
        if any(t.i in index.by_token or t.i in index.person_at for t in ent):
            continue
        # "Al-Enezi", "Ould-Salem": the hyphen inside a surname is no word of it.
        if not all(t.pos_ == "PROPN" and t.is_title for t in ent if t.text not in HYPHENS):
            continue
        person = find_person(index.people, ent.text)
        if person is None or len(person.name.split()) < 2:
            continue
        if first_at.get(id(person), ent.start) >= ent.start:
            continue  # a name the text has not yet given in full
        person.aliases.add(ent.text)
        person.mentions += 1
        for t in ent:
            index.person_at[t.i] = person


def _untagged_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.ent_type_
        and token.lower_ not in gazetteer.titles
        and token.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS
        and gazetteer.country_of(token.text) is None
    )


def _names_read_as_places(doc: Doc, gazetteer: Gazetteer, portfolios: set[str] = frozenset()) -> None:
    """ "President Lucas Ferreira", "Minister Georgia Brown": a first name the model read as a place,
    between a person's title and a capitalised surname it left untagged, is a person's name. So is one set
    off by commas after a title phrase ("the deputy minister for mines, Georgia Brown Ellis, said"), when
    no table knows it as a place."""
    ents = list(doc_ents(doc))
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
            continue
        after_comma = doc[ent.start - 1].text == "," and _title_phrase_ends(
            doc, ent.start - 2, gazetteer, portfolios
        )
        if doc[ent.start - 1].lower_ not in gazetteer.titles and not after_comma:
            continue
        # After a comma the rest of the name may be tagged as a person's on its own ("Marta" + "Ruiz Soto").
        rest = {"", "PERSON"} if after_comma else {""}
        end = ent.end
        while (
            end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ in rest
        ):
            end += 1
        if end == ent.end:
            continue
        if after_comma and (
            gazetteer.country_of(ent.text) is not None
            or ent.text in gazetteer.capitals
            or end >= len(doc)
            or doc[end].text != ","
            or end - ent.start > 4
        ):
            continue  # a known place, or a name not closed by its comma: not a name set beside a title
        ents[n] = Span(doc, ent.start, end, label="PERSON")
        changed = True
    if changed:
        # The surname tagged on its own is now part of the name.
        doc.ents = filter_spans(ents)  # the longer span wins


def _title_phrase_ends(doc: Doc, at: int, gazetteer: Gazetteer, portfolios: set[str]) -> bool:
    """Whether token ``at`` ends a title phrase: a title's word ("the foreign minister"), or the last word
    of the portfolio a title is for or of ("the secretary general for fisheries")."""
    if at < 1:
        return False
    if doc[at].lower_ in gazetteer.titles:
        return True
    j = at
    while j > 0 and (doc[j].lower_ in portfolios or doc[j].lower_ in {"and", "the"}) and at - j < 4:
        j -= 1
    return j < at and doc[j].lower_ in {"of", "for"} and j > 0 and doc[j - 1].lower_ in gazetteer.titles


def _regions_cut_short(doc: Doc, gazetteer: Gazetteer) -> None:
    """ "British Columbia's premier", "New South Wales": a region's name the model cut at a nationality
    word ("British") is the region's, which acts for its state, not a nationality of another state."""
    ents = list(doc_ents(doc))
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ not in {"NORP", "GPE"}:
            continue
        for end in range(min(len(doc), ent.end + 3), ent.end, -1):
            words = doc[ent.start : end]
            if span_text(words) not in gazetteer.regions:
                continue
            if any(t.ent_type_ and t.i >= ent.end for t in words):
                break  # the words after are another name the model read
            ents[n] = Span(doc, ent.start, end, label="GPE")
            changed = True
            break
    if changed:
        doc.ents = ents


# Words written before a name that are no part of it: honorifics and ranks the titles table lacks.
NOT_NAME_WORDS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "excellency",
    "hon",
    "honourable",
    "honorable",
    "major",
    "captain",
    "colonel",
    "lieutenant",
    "brigadier",
    "admiral",
    "rear",
    "commodore",
    "marshal",
    "sergeant",
    "corporal",
    "field",
    "air",
    "chief",
    # ranks as news abbreviates them before a name ("Maj. Gen.", "Lt. Col.", "Brig."): the full stop is
    # stripped before the word is looked up
    "gen",
    "maj",
    "brig",
    "lt",
    "col",
    "capt",
    "cmdr",
    "cdr",
    "adm",
    "sgt",
    "cpl",
    # police and other services' ranks, and religious or royal honorifics
    "inspector",
    "superintendent",
    "constable",
    "detective",
    "commissioner",
    "officer",
    "warrant",
    "private",
    "sheikh",
    "emir",
    "prince",
    "princess",
    "imam",
    "bishop",
    "father",
    "reverend",
    "rev",
}


def portfolio_words(resources: Resources) -> set[str]:
    """The words that name a minister's portfolio ("Transport", "Fisheries"): never a name's."""
    return {word for _, word in read_lines(resources.path("actors/portfolios.txt"))}


def _names_cut_short(doc: Doc, gazetteer: Gazetteer, portfolios: set[str]) -> None:
    """ "Major General Zaw Lin Oo", "Jean-Pierre Martel": a person's name the model tagged without its
    first word (or the first half of a hyphenated first name), or without the last word its words are
    compounds of, gets it back when that word is a capitalised part of the same name phrase the model
    left untagged and no title, rank, honorific, portfolio, state or body's word."""
    ents = list(doc_ents(doc))
    changed = False
    taken = {t.i for e in ents for t in e}
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        start = ent.start
        while start > 0:
            before = doc[start - 1]
            hyphen = before.text in {"-", "‐"} and start >= 2
            if hyphen and _name_word(doc[start - 2], gazetteer, taken, portfolios):
                if doc[start - 2].idx + len(doc[start - 2].text) == before.idx == doc[start].idx - 1:
                    start -= 2  # "Jean-Pierre", written without spaces
                    continue
                break
            compound = before.dep_ in {"compound", "flat"} and before.head.i in range(ent.start, ent.end)
            if (
                compound
                and _name_word(before, gazetteer, taken, portfolios)
                and not _in_portfolio(before, gazetteer)
            ):
                start -= 1
                continue
            break
        end = ent.end
        # "Amadou Ndongo Essomba" tagged without its last word, which the name's words are compounds of.
        compound = end < len(doc) and ent.root.dep_ == "compound" and ent.root.head.i == end
        if compound and _name_word(doc[end], gazetteer, taken, portfolios):
            end += 1
        if (start, end) != (ent.start, ent.end):
            ents[n] = Span(doc, start, end, label="PERSON")
            changed = True
    # "Amadou Ndongo" and "Essomba" tagged as two names with nothing between them: one name.
    merged: list[Span] = []
    for ent in ents:
        last = merged[-1] if merged else None
        adjacent = last is not None and last.end == ent.start and doc[last.end - 1].whitespace_ == " "
        # Only words of a name: "Excellency Mr." the model tagged apart is an honorific, not a first name.
        named = last is not None and all(_plain_name_word(t, gazetteer) for t in [*last, *ent])
        # "Presidential Advisor" + "Mesut Casin": a title phrase the model tagged as a name is no first name.
        named = named and last is not None and not _opens_with_title(last, gazetteer)
        if last is not None and adjacent and named and last.label_ == ent.label_ == "PERSON":
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
            continue
        if last is not None and adjacent and _particle_cut(last, ent, gazetteer):
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
            continue
        merged.append(ent)
    ents = merged
    if changed:
        doc.ents = ents


def _in_portfolio(token: Token, gazetteer: Gazetteer) -> bool:
    """ "Minister for the Indo-Pacific", "Secretary of State for Migration": a capitalised word in the run
    right after a title's "for" names the office's portfolio, not its holder's first name."""
    doc, i = token.doc, token.i
    while i > 0 and (doc[i].is_title or doc[i].text in {"-", "‐"} or doc[i].lower_ in {"the", "and"}):
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    title = doc[i - 1]
    if title.lower_ == "state" and i >= 3 and doc[i - 2].lower_ == "of":
        title = doc[i - 3]  # "Secretary of State for"
    return title.is_title and title_word(title, gazetteer)


# Lower-case particles inside Portuguese, Spanish, Dutch, German and Arabic names ("Maria da Silva").
NAME_PARTICLES = {"da", "das", "de", "del", "della", "di", "do", "dos", "van", "von", "der", "bin", "ibn"}


def _particle_cut(person: Span, rest: Span, gazetteer: Gazetteer) -> bool:
    """ "Ermelinda da" + "Costa Belo": a name the model ended at its particle, the rest read as a place or
    another entity. The rest belongs to the name when it is only capitalised name words and no known place
    ("Costa" is no country; "Costa Rica" would be)."""
    return (
        person.label_ == "PERSON"
        and person[-1].lower_ in NAME_PARTICLES
        and person[-1].is_lower
        and len(rest) <= 3
        and rest.label_ in {"PERSON", "GPE", "LOC", "ORG", "NORP"}
        and all(_plain_name_word(t, gazetteer) and t.pos_ == "PROPN" for t in rest)
        and gazetteer.country_of(rest.text) is None
        and not any(gazetteer.country_of(t.text) for t in rest)
        and rest.text not in gazetteer.institutions
    )


def _opens_with_title(span: Span, gazetteer: Gazetteer) -> bool:
    words = [t.lower_ for t in span]
    return any(" ".join(words[:k]) in gazetteer.titles for k in range(2, len(words) + 1))


def _plain_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    word = token.lower_.rstrip(".")
    return token.is_alpha and token.is_title and word not in NOT_NAME_WORDS and word not in gazetteer.titles


def _name_word(token: Token, gazetteer: Gazetteer, taken: set[int], portfolios: set[str]) -> bool:
    return (
        token.lower_ not in portfolios
        and token.pos_ == "PROPN"
        and token.is_title
        and token.i not in taken
        and not token.ent_type_
        and token.lower_ not in gazetteer.titles
        and not (token.lower_.endswith("s") and token.lower_[:-1] in gazetteer.titles)  # "Foreign Ministers"
        and token.lower_.rstrip(".") not in NOT_NAME_WORDS
        and token.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS
        and gazetteer.country_of(token.text) is None
        and not any(token.lower_ in phrase.split() for phrase in gazetteer.titles)
    )


def _international_part(ent: Span, gazetteer: Gazetteer, resources: Resources) -> bool:
    for t in ent:
        if not t.is_upper and not t.is_title:
            continue
        known = gazetteer.institutions.get(t.text) or organisation(t.text, resources)
        if known is not None and known.sector == "IGO":
            return True
    return False


def _titled_name(ent: Span, gazetteer: Gazetteer, title_heads: set[str]) -> bool:
    """ "spokesperson Claire Dupont", "President Amanuel Bekele" that the model read as an organisation:
    two to four capitalised words right after a person's title or in apposition to it, none of them a
    body's, a place's or a country's word."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1].lower_
    # "its ambassador in Lima, Ana Soto, …": a name set off in apposition to a title phrase.
    apposed = before == "," and _in_apposition_to_title(ent, gazetteer)
    if before not in gazetteer.titles and before not in title_heads and not apposed:
        return False
    if gazetteer.institutions.get(ent.text) is not None:
        return False
    return all(
        t.pos_ == "PROPN"
        and t.is_title
        and t.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS | title_heads
        and gazetteer.country_of(t.text) is None
        for t in ent
    )


def _not_a_person(ent: Span) -> bool:
    """ "the street gang Tren de Aragua", "the Ahrar Brigades", "Whitsun Reef": a name the model read as a
    person's that the noun before it or its own last word says is a group or a place, or one in capitals
    on a letterhead or at a dateline."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in GROUP_NOUNS or ent[-1].lower_ in GROUP_HEADS | PLACE_HEADS or _capitals_line(ent):
        return True
    if all(t.lower_.rstrip(".") in NOT_NAME_WORDS or t.is_punct for t in ent):
        return True  # "Brig" of "Brig. Gen. X" tagged alone: a rank, no one's name
    return _vessel_name(ent)


# Craft a name is given to ("the trawler Santa Ana", "the tanker 'Marlin'"): their names are no people's.
VESSEL_NOUNS = {
    "trawler",
    "vessel",
    "ship",
    "boat",
    "tanker",
    "ferry",
    "yacht",
    "freighter",
    "frigate",
    "destroyer",
    "corvette",
    "cutter",
    "dhow",
    "barge",
    "tugboat",
    "seiner",
    "longliner",
    "schooner",
}
# "the Vigo-registered X", "a Panama-flagged X": only a craft is registered under a flag.
FLAG_WORDS = {"registered", "flagged"}


def _vessel_name(ent: Span) -> bool:
    """ "the trawler "Santa Maria"", "the Vigo-registered Santa Maria": a name right after a vessel noun or
    a flag's "-registered" (quotes aside) is the craft's; and "Vigo-registered" itself is no name."""
    doc = ent.doc
    if any(t.lower_ in FLAG_WORDS and t.i > ent.start and doc[t.i - 1].text in {"-", "‐"} for t in ent):
        return True
    i = ent.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i < 0:
        return False
    flagged = doc[i].lower_ in FLAG_WORDS and i > 0 and doc[i - 1].text in {"-", "‐"}
    return doc[i].lower_ in VESSEL_NOUNS or flagged


def _capitals_line(ent: Span) -> bool:
    """ "LILONGWE, Aug 12 —", "PRIME MINISTER'S OFFICE": a name in capitals on a line written in capitals
    (a dateline's place, a letterhead) that the model read as a person's; names in the text are not."""
    words = [t for t in ent if t.is_alpha]
    if not words or not all(t.is_upper and len(t) > 1 for t in words):
        return False
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    letters = [c for c in re.sub(r"\([^)]*\)", "", line.split("—")[0]) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers, current = [0] * len(doc), -1
    for sent in doc_sentences(doc):
        if span_text(sent).strip():
            current += 1
        numbers[sent.start : sent.end] = [max(current, 0)] * (sent.end - sent.start)  # no token objects
    return numbers


def _entity_country(ent: Span, gazetteer: Gazetteer, resources: Resources | None = None) -> str | None:
    if region_of(ent, gazetteer):
        return None  # "British Columbia": a region, whatever id its first word's nationality left on it
    if ent.ent_id_ and ent.ent_id_ != "-":
        return ent.ent_id_
    if ent.label_ in {"GPE", "NORP"}:
        known = gazetteer.country_of(ent.text)
        if known is None and ent.label_ == "GPE" and resources is not None:
            return misspelled_state(ent.text, gazetteer, resources)  # "Ethopia"
        return known
    return None


def country_pair(mentions: list[Mention]) -> tuple[str, str] | None:
    """The two countries an article is about: the two most mentioned (a bilateral story's pair)."""
    top = Counter(m.country for m in mentions if m.country and m.label in {"GPE", "NORP"}).most_common(2)
    return (top[0][0], top[1][0]) if len(top) == 2 else None
