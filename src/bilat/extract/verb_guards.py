"""Tests a verb's candidate passes or fails: who holds or frees whom, stances, missions, reciprocal
acts, crowds and bare bodies, hosts and guests, the pair's two sides."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from bilat.extract.arguments import (
    prep_objects,
)
from bilat.extract.candidate import Candidate
from bilat.extract.choice import GUEST_NOUNS
from bilat.extract.clause_parts import direct_objects, place_of, refined
from bilat.extract.dictionary import (
    measured,
    quoted,
)
from bilat.extract.pair import DYAD_WORDS
from bilat.extract.parties import counted_antecedent, resolve_all, resolve_one
from bilat.extract.patterns import Pattern
from bilat.models import ActorRef
from bilat.nlp.parsed import Parsed
from bilat.nlp.retold_date import RETELLING

# The words that make a statement one about the pair ("the two countries", "bilateral ties").
PAIR_WORDS = DYAD_WORDS | {"bilateral", "relations", "ties"}


# Holding people or boats, or setting them free: "the navy seized two fishing boats", "released four of
# the men". In a story about two states alone, whom one side's government holds or frees, named with no
# country, is the other side's (aimed_at still refuses when the sentence names a third state).
HOLDING_CODES = {"084", "171", "173"}


# Participles that are a stance of their subject, not an act done to it: "Chile is opposed to the plan".
STANCE_PARTICIPLES = {"oppose"}


def is_stance(verb: Token) -> bool:
    """ "X is opposed to Y": the adjectival passive's subject holds the stance, "to" names what it is
    against; a passive with its agent ("was opposed by Y") stays a passive."""
    return (
        verb.lemma_.lower() in STANCE_PARTICIPLES
        and bool(prep_objects([verb], "to"))
        and not prep_objects([verb], "by")
    )


def holds_unnamed(pattern: Pattern, objects: list[Token], parsed: Parsed) -> bool:
    return (
        pattern.code[:3] in HOLDING_CODES
        and bool(objects)
        and all(o.pos_ in {"NOUN", "NUM"} for o in objects)
        and not resolve_all(objects, parsed)
    )


def own_side_warned(pattern: Pattern, targets: list[ActorRef], own: frozenset[str]) -> bool:
    """ "the minister warned that Icelandic forces would respond": a threat whose clause names the
    speaker's own state's forces or government as the doer is aimed at the other side, not at them. Only
    for threats (13): a demand or an accusation of one's own side's body stays unrecorded."""
    return (
        pattern.code[:2] == "13"
        and len(own) == 1
        and all(t.country is not None and t.country in own for t in targets)
    )


INCIDENT_FORCE = {"15", "18", "19"}


def with_seizure(trigger: Token) -> bool:
    """Whether a verb is coordinated with a taking of people or craft ("fired … and detained …")."""
    partners = [*trigger.conjuncts]
    return any(p.pos_ == "VERB" and p.lemma_.lower() in RETELLING for p in partners)


# A state's own missions abroad: wherever one is opened or kept, it is in another state.
MISSION_NOUNS = {"embassy", "consulate", "consulate-general", "consulates", "embassies"}


def mission_in_unknown_place(verb: Token, pattern: Pattern, objects: list[Token]) -> bool:
    return (
        "place" in pattern.options
        and any(o.lemma_.lower() in MISSION_NOUNS or o.lower_ in MISSION_NOUNS for o in objects)
        and any(p.ent_type_ in {"GPE", "LOC"} for p in prep_objects([verb, *objects], "in"))
    )


def of_no_side(ref: ActorRef) -> bool:
    return ref.country is None and ref.kind in {"place", "person"}


# What a side asks for its own people held by another: their release, return or freedom.
FREEING_NOUNS = {"release", "return", "freedom", "repatriation", "liberation", "handover"}


def own_people_freed(
    pattern: Pattern, objects: list[Token], targets: list[ActorRef], own: frozenset[str]
) -> bool:
    """A demand or appeal for the release of the speaker's own people ("demanded the release of two
    Latvian drivers", "demanded their immediate return") names them, not the side asked: that is the
    side holding them, which the addressee rules find."""
    return (
        pattern.code[:2] in {"10", "02"}
        and all(t.country in own and t.kind != "state" for t in targets)
        and any(o.lemma_.lower() in FREEING_NOUNS for o in objects)
    )


RECIPROCALS = {("each", "other"), ("one", "another")}
RECIPROCAL_DEPS = {"det", "amod", "nummod"}


def reciprocal(verb: Token) -> bool:
    """ "expelled each other's diplomats", "accused one another of …", "met with each other": the act's
    other party is the subject's other member."""
    objects = direct_objects(verb)
    slots = [*objects, *(c for o in objects for c in o.children if c.dep_ == "poss")]
    slots += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        (c.lower_, t.lower_) in RECIPROCALS for t in slots for c in t.children if c.dep_ in RECIPROCAL_DEPS
    )


def reciprocal_candidates(
    verb: Token,
    pattern: Pattern,
    parsed: Parsed,
    dyad,
    sources: list[ActorRef],
    subject_tokens: list[Token],
) -> Iterator[Candidate]:
    """Each side of a reciprocal act did it to the other: "A and B summoned each other's envoys" is A
    summoning B's and B summoning A's; "the two countries" are the article's pair."""
    sides = {s.country: s for s in sources if s.country}
    inferred = False
    if len(sides) < 2 and dyad and both_sides(subject_tokens):
        sides = {c: parsed.actors.state_ref(c) for c in dyad}
        inferred = True
    if len(sides) != 2:
        return
    first, second = sides.values()
    code = refined(pattern, direct_objects(verb))
    place = place_of(verb, parsed)
    for source, target in ((first, second), (second, first)):
        yield Candidate(verb, pattern, source, target, code, place, inferred=inferred)


CROWD_NOUNS = {
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "crowd",
    "crowds",
    "people",
    "hundreds",
    "thousands",
    "dozens",
    "supporters",
    "activists",
    "relatives",
}


def is_crowd(subjects: list[Token]) -> bool:
    """A crowd that no side sends ("about 200 demonstrators", "several hundred people"): its protest at a
    foreign mission is the host country's people's protest against the mission's state. A count says
    whom it counts: "hundreds of troops" are troops, not a crowd."""
    return any(
        s.lower_ in CROWD_NOUNS and all(o.lower_ in CROWD_NOUNS for o in measured(s)) for s in subjects
    )


ADDRESSED_ROOTS = {"02", "10", "11", "12", "13"}
GOVERNMENT_BODIES = {"ministry", "government", "authorities", "presidency", "cabinet", "office"}


# Who arrests, detains or expels foreigners for the state they serve ("police arrested 14 Rwandans").
SECURITY_BODIES = GOVERNMENT_BODIES | {
    "police",
    "soldiers",
    "troops",
    "guards",
    "guard",
    "navy",
    "officials",
    # "security forces arrested five …", "migration officers detained …"
    "forces",
    "officers",
    "agents",
    "army",
    "coastguard",
}


def bare_body(subjects: list[Token], bodies: set[str] = GOVERNMENT_BODIES) -> bool:
    """ "the ministry", "the foreign ministry": a government body with no country or name of its own."""
    return len(subjects) == 1 and (
        subjects[0].lower_ in bodies
        and not any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for c in subjects[0].children)
        and not prep_objects(subjects, "of")
    )


# Who speaks or acts for a government without naming it: "the foreign ministry", "the spokesperson".
SEAT_BODIES = GOVERNMENT_BODIES | {"spokesperson", "spokesman", "spokeswoman", "spokespeople"}


def seat_of(verb: Token, subjects: list[Token], parsed: Parsed) -> ActorRef | None:
    """The state of the capital a government body with no country of its own speaks from: "the
    government spokesperson in Baghdad rejected …", "In Rabat, the foreign ministry said …". News
    names a government by its seat; the dateline or the outlet does not say whose body it is."""
    if not subjects or subjects[0].lower_ not in SEAT_BODIES:
        return None
    subject = subjects[0]
    if any(s.pos_ != "PROPN" for s in subjects[1:]):
        return None  # only the body and the name of who speaks for it ("…, Captain X,")
    if any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for c in subject.children):
        return None  # "Iraq's ministry", "the Iraqi spokesperson": the country is named
    # "the spokesman of the government in Ouagadougou": the body spoken for, which no country names.
    bodies = [b for b in prep_objects([subject], "of") if b.lower_ in GOVERNMENT_BODIES]
    if prep_objects([subject], "for") or len(bodies) != len(prep_objects([subject], "of")):
        return None  # "the spokesperson of the mission", "the spokesman for the army": another body
    if any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for b in bodies for c in b.children):
        return None
    # A setting told before the subject holds for the verbs coordinated with the first ("… and accused").
    clause = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    fronted = [p for p in prep_objects(clause, "in") if p.i < subject.i]
    places = prep_objects([subject, *bodies], "in") + fronted
    if len(places) != 1 or places[0].ent_type_ != "GPE":
        return None
    place = resolve_one(places[0], parsed)
    if place is None or place.country is None:
        return None
    return parsed.actors.state_ref(place.country)


VISITS = {"042", "043"}  # a visit to a state, a guest received


def hosted(pattern: Pattern, sources: list[ActorRef]) -> bool:
    """A host's act (a summons, a reception) or a visit, by parties none of which has a country."""
    return ("host" in pattern.options or pattern.code in VISITS) and all(s.country is None for s in sources)


GUEST_CODES = {"043"}  # a guest received: the host's visitor


def guest_named(verb: Token, passive: bool) -> bool:
    """Whether the one received is a person or a delegation ("received X", "X's delegation was
    received"), not goods ("received a shipment of gas") nor a place."""
    deps = {"nsubjpass"} if passive else {"dobj"}
    guests = [c for c in verb.children if c.dep_ in deps]
    # "hosted NATO leaders", "received the Chinese delegation": a guest some body or country owns is that
    # one's, not the other side's for want of a name.
    owned = any(
        c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ not in {"", "PERSON"}
        for g in guests
        for c in g.children
    )
    return not owned and any(
        g.ent_type_ == "PERSON"
        or g.lemma_.lower() in GUEST_NOUNS
        or g.lower_ in GUEST_NOUNS
        or any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in g.children)
        for g in guests
    )


def guest_told_again(verb: Token, passive: bool, targets: list[ActorRef], host: ActorRef) -> bool:
    """ "The minister was received by President X on Friday": a guest named again by a bare "the" and a
    title, taken by the resolver for the host's own official, is the visitor the story is about (a host
    receiving one of his own ministers names him, or says "his")."""
    if not targets or not host.country or any(t.country != host.country for t in targets):
        return False
    deps = {"nsubjpass"} if passive else {"dobj"}
    guests = [c for c in verb.children if c.dep_ in deps]
    return len(guests) == 1 and (
        guests[0].pos_ == "NOUN"
        and guests[0].lemma_.lower() in GUEST_NOUNS
        and [c.lower_ for c in guests[0].children] == ["the"]
    )


def unnamed_agent(verb: Token, pattern: Pattern, passive: bool) -> bool:
    """ "The ambassador was summoned", with nobody named: only the state hosting the envoy summons him."""
    return "host" in pattern.options and passive and not prep_objects([verb], "by")


def host_of(target: ActorRef, dyad: tuple[str, str], parsed: Parsed) -> list[ActorRef]:
    if target.country not in dyad:
        return []
    return [parsed.actors.state_ref(dyad[1] if target.country == dyad[0] else dyad[0])]


# "the two ministers", "both envoys", "the two men": people standing for the pair's two sides.
BOTH_SIDES_PEOPLE = {
    "governments",
    "leaders",
    "presidents",
    "ministers",
    "men",
    "women",
    "envoys",
    "chairmen",
    "chairs",
    "co-chairs",
    "delegations",
    "heads",
}


def both_sides(tokens: list[Token]) -> bool:
    """ "the two countries", "both sides", "the two governments", "the authorities of the two countries"."""
    # "the heads of the two countries' security committees": through "of" and a possessive.
    owned = prep_objects(tokens, "of")
    owners = [c for t in [*tokens, *owned] for c in t.children if c.dep_ == "poss"]
    return any(
        t.lower_ in DYAD_WORDS | BOTH_SIDES_PEOPLE and any(c.lower_ in {"two", "both"} for c in t.children)
        for t in [*tokens, *owned, *owners]
    ) or any(_bare_pair(t) for t in tokens)


def _bare_pair(token: Token) -> bool:
    """ "X was received by Y, and the two signed …", "both agreed": a pronoun-like "the two" or "both"
    with no noun of its own stands for the pair just named, unless a group of two was counted before
    ("two Kenyan soldiers … the two were released")."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "prep" for c in token.children):
        return False
    if token.lower_ == "both":
        return token.pos_ == "PRON"
    return token.lower_ == "two" and token.pos_ == "NUM" and counted_antecedent(token) is None


def dyad_partner(verb: Token, sources: list[ActorRef], dyad, parsed: Parsed) -> list[ActorRef]:
    """A statement about "the two countries" or about the partner addresses the article's other state."""
    # Words of names do not count: "the United States" is not "the two states".
    words = {t.lower_ for t in verb.subtree if t.lower_ in PAIR_WORDS and not t.ent_type_ and not quoted(t)}
    if not words:
        return []
    if _both_sides_report(verb):
        return []
    partners = []
    for source in sources:
        if source.country in dyad:
            other = dyad[1] if source.country == dyad[0] else dyad[0]
            partners.append(parsed.actors.state_ref(other))
    return partners[:1]


def _both_sides_report(verb: Token) -> bool:
    """ "said both states would together apply to the fund", "said the two countries' leaders would talk":
    the saying reports what both sides do together; it is told to no one of them."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and both_sides([subject]):
                return True
    return False
