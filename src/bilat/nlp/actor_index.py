"""``ActorIndex``: the actors a document names, by token. ``ActorIndex.resolve`` maps the head of a subject
or object to the actor it denotes ("Macron", "France", "Paris said", "the ambassador", "he"), so the event
coder never looks at names itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from bilat.models import Actor, ActorRef, Mention
from bilat.nlp.actor_words import (
    BODIES,
    COLLECTIVE,
    HOME_BODIES,
    JOINT_WORDS,
    MILITARY_WORDS,
    MINISTRY,
    PRONOUNS,
    REPORTING_VERBS,
    SHARED_BODY_HEADS,
)
from bilat.nlp.affiliation import Affiliation, attached
from bilat.nlp.body_owners import SEATED_POSTS
from bilat.nlp.context import home_official
from bilat.nlp.countries import Gazetteer, Group, Title
from bilat.nlp.doctext import doc_text
from bilat.nlp.leaders import Leaders
from bilat.nlp.led import leading_state
from bilat.nlp.noun_phrases import bare_body, noun_phrase, other_plurals, plural_body
from bilat.nlp.organisation_agents import organisation_agent
from bilat.nlp.people import Person, actor_id, longest_title
from bilat.nlp.person_names import holder_after_title
from bilat.nlp.posted_missions import owning_state, posted_place


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
        if country is None and lower in HOME_BODIES and bare_body(token):
            return self._body_named_before(token)
        group = self._group_of(token)
        if group is not None and token.pos_ in {"NOUN", "PROPN"}:
            # "Syrian rebels", "a Tunisian court": of the country, but not the state itself. Only a
            # nationality on the noun says whose they are: "insurgents in Qatar" are not Qatar's.
            country = self.nationality_of(token)
            if country is None:
                return None
            name = noun_phrase(token)
            kind = "organisation" if group.state else "group"
            return ActorRef(
                name=name,
                country=country,
                sector=group.sector,
                kind=kind,
                actor_id=actor_id(kind, name, country),
            )
        if country and token.pos_ in {"NOUN", "PROPN"}:
            name = noun_phrase(token)  # read once: it walks the noun's modifiers
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
        if token.lower_ == "they" and other_plurals(before):
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
            plural = plural_body(subject) and not (
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
            if earlier.lower_ != head or earlier.pos_ not in {"NOUN", "PROPN"} or bare_body(earlier):
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
        name = noun_phrase(token)
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
        name = noun_phrase(token)
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
