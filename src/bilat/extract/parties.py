"""Sources and targets: the tokens of a trigger's clause resolved to actors (groups, pairs, described
states, antecedents of pronouns and counted groups)."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.extract.arguments import (
    antecedent,
    clause_subject,
    complement_objects,
    conjuncts,
    prep_objects,
)
from bilat.extract.clause_parts import direct_objects
from bilat.extract.dictionary import (
    measured,
)
from bilat.extract.pair import bilateral_pair, main_dyad
from bilat.extract.patterns import Pattern
from bilat.extract.possessor import FORCE_ROOTS, possessor_side
from bilat.models import ActorRef
from bilat.nlp.doctext import cached, sentence_of, with_lemma
from bilat.nlp.parsed import Parsed

COLLECTIVE_HEADS = {
    "ministers",
    "officials",
    "authorities",
    "delegations",
    "representatives",
    "heads",
    "government",
    "governments",
    "leaders",
    "leadership",
    "people",
    "peoples",
    "countries",
    "states",
    "ministries",
    "presidents",
    "sides",
}
SPONSOR_NOUNS = {"initiative", "invitation", "auspices", "organization", "organisation", "support"}


def resolve_one(token: Token, parsed: Parsed) -> ActorRef | None:
    refs = resolve_all([token], parsed)
    return refs[0] if refs else None


BORDER_NOUNS = {"border", "frontier", "boundary"}


def _resolved(token: Token, parsed: Parsed) -> ActorRef | None:
    """``parsed.actors.resolve(token)``, kept per token for the document: the actor index is complete
    before the events are coded and no event rule changes it, and each verb's subjects and objects are
    resolved again for every pattern, judgement and threat tried on it (11,572 readings of the 89 VOA
    stories' tokens)."""
    if not cached(parsed.doc):
        return parsed.actors.resolve(token)
    kept = parsed.cache.setdefault(_RESOLVED, {})
    if token.i not in kept:
        kept[token.i] = parsed.actors.resolve(token)
    return kept[token.i]


_RESOLVED = "resolved_actors"


def _expand_collective(tokens: list[Token]) -> list[Token]:
    """ "the governments of A and B" stands for A and B."""
    out: list[Token] = []
    for token in tokens:
        members = prep_objects([token], "of") if token.lower_ in COLLECTIVE_HEADS else []
        out.extend(members or [token])
    return out


def named_pair(noun: Token, parsed: Parsed) -> list[ActorRef]:
    """Countries named in an event noun's own name: "US-China talks", "the Azerbaijan-Israel forum"."""
    tokens = [
        t
        for t in noun.subtree
        if (t.i != noun.i and t.dep_ in {"compound", "amod", "nmod", "appos"})
        or (t.head.dep_ == "appos" and t.dep_ in {"compound", "amod"})
        # "Uzbek and Turkish companies": the second nationality is a conjunct of the first.
        or (t.dep_ == "conj" and t.head.dep_ in {"amod", "compound", "nmod"} and t.head.head == noun)
    ]
    refs = [r for r in resolve_all(tokens, parsed) if r.kind == "state"]
    return refs if len(refs) >= 2 else []


def sponsors(verb: Token) -> list[Token]:
    """ "held on the initiative of X", "at the invitation of X": who made the event happen."""
    nouns = [
        o
        for o in prep_objects([verb], "on")
        + prep_objects([verb], "at")
        + prep_objects([verb], "with")
        + prep_objects([verb], "under")
        if o.lower_ in SPONSOR_NOUNS
    ]
    return prep_objects(nouns, "of")


def resolve_all(tokens: list[Token], parsed: Parsed) -> list[ActorRef]:
    refs = []
    for token in _expand_collective(tokens):
        ref = _resolved(antecedent(token), parsed)
        if ref is None:
            # "Hundreds of UN troops withdrew", "kidnapped dozens of Filipino peacekeepers": a count that
            # is no actor stands for what it counts.
            counted = [r for o in measured(token) if (r := _resolved(o, parsed)) is not None]
            ref = counted[0] if len(counted) == 1 else None
        if ref and all(ref.actor_id != r.actor_id for r in refs):
            refs.append(ref)
    return refs


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def _antecedent(subject: Token) -> Token:
    """ "Benali, who was received by his counterpart": a relative clause's pronoun stands for the noun the
    clause describes."""
    verb = subject.head
    # Only with the agent named ("who was received by B"): the act's two sides are both in the clause. A
    # bare passive ("traders who were arrested on Tuesday") is left to the rules for unnamed agents.
    agent = any(c.dep_ == "agent" for c in verb.children)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.i != verb.i and agent:
        return verb.head
    return subject


def targets_of(
    verb: Token, pattern: Pattern, parsed: Parsed, extra: list[Token], own: frozenset[str] = frozenset()
) -> list[ActorRef]:
    """The first slot that names a party of another side than ``own`` (the sources' countries): "called
    off a trip to Lima by Chile's trade minister" is aimed at Chile, not at Peru's capital."""
    own_side: list[ActorRef] = []
    for slot in pattern.target_from:
        if slot == "obj":
            # A passive's subject is the object, also beside a second object ("was handed a note").
            tokens = direct_objects(verb) + [_antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"]
        elif slot == "between":
            tokens = prep_objects([verb, *extra], "between")
        elif slot == "comp":
            tokens = complement_objects([verb, *extra])
        elif slot == "front":
            # "in front of the embassy"
            fronts = [t for t in prep_objects([verb, *extra], "in") if t.lower_ == "front"]
            tokens = prep_objects(fronts, "of")
        elif slot == "that":
            # "demanded that Iraq withdraw": the subject of the clause the verb governs. A passive's
            # subject is who the act is done to ("demanded that the mayor be freed"), not the addressee:
            # of a side's own people, the act is aimed at the other side (found by the addressee rules).
            tokens = [
                s
                for c in verb.children
                if c.dep_ in {"ccomp", "xcomp"}
                for s in c.children
                if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and _foreign(s, own, parsed))
            ]
        else:
            # "with the support of X" names a sponsor, not a counterpart; "tariffs of 30 percent on X":
            # the object's measure may carry the preposition.
            anchors = [verb, *extra, *prep_objects(extra, "of")]
            # "the crossings on the border with Norway were closed": the passive's subject, and the
            # border or line it lies on, carry the preposition.
            patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
            anchors += patients + prep_objects(patients, "on") + prep_objects(patients, "along")
            tokens = [t for t in prep_objects(anchors, slot) if t.lower_ not in SPONSOR_NOUNS]
            # "to the border with B": the state across it.
            across = [prep_objects([t], "with") if t.lemma_.lower() in BORDER_NOUNS else [t] for t in tokens]
            tokens = [o for group in across for o in group] or tokens
        found = resolve_all(tokens, parsed) or resolve_all(
            [a for t in tokens if (a := counted_antecedent(t)) is not None], parsed
        )
        found = found or _described_partner(tokens, own, parsed)
        if pattern.code[:2] in FORCE_ROOTS:
            # "said Ethiopian forces had shelled its positions": the reporter's positions.
            found = found or possessor_side(tokens, own, lambda t: resolve_one(t, parsed))
        refs = [r for r in found if r.country is None or r.country not in own]
        if refs:
            return refs
        # A domestic actor of the source's side ("Afghan officials accused the Taliban"), not its own
        # state named through what is its ("the Moroccan shepherds", "Iraqi airspace").
        own_side = own_side or [r for r in found if r.kind != "state"]
    # Only a domestic party named: kept, so the event is dropped as one side acting on itself rather
    # than aimed at a side the sentence does not name.
    return own_side


# "accused the Gulf state of …", "the neighbouring country": a state described, not named.
DESCRIBED_STATES = {"state", "country", "nation", "kingdom", "emirate", "republic"}
NOT_DESCRIPTIONS = {"own", "same", "whole", "entire", "other", "third", "member", "nation"}


def _described_partner(tokens: list[Token], own: frozenset[str], parsed: Parsed) -> list[ActorRef]:
    """ "Algeria … accused the Gulf state of financing …": in an article about two states alone, a
    definite described state that is the object of one side's act is the other side."""
    pair = bilateral_pair(parsed, main_dyad(parsed))
    if not pair or len(own) != 1 or not own <= set(pair):
        return []
    for token in tokens:
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
        if (
            token.lemma_.lower() in DESCRIBED_STATES
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and modifiers
            and not any(m.lower_ in NOT_DESCRIPTIONS for m in modifiers)
        ):
            other = pair[1] if pair[0] in own else pair[0]
            ref = parsed.actors.state_ref(other)
            return [ref] if ref is not None else []
    return []


RELATION_NOUNS = {"relations", "relationship", "ties", "relation"}
ANTECEDENT_REACH = 4  # sentences back in which "the six" finds "six Moroccan shepherds"


def counted_antecedent(token: Token) -> Token | None:
    """The group a definite count stands for: "arrested the six", "detained the two men", "the 117 had
    been arrested" — the last group of that many named a few sentences before ("six Moroccan shepherds",
    "five of its nationals")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    number = token if token.like_num else next((c for c in token.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    doc = token.doc
    first = token.sent.start
    for _ in range(ANTECEDENT_REACH):
        first = doc[first - 1].sent.start if first > 0 else 0
    for earlier in reversed(doc[first : number.i]):
        if earlier.lower_ != number.lower_ or earlier.head == token:
            continue
        if earlier.dep_ == "nummod" and earlier.head.pos_ in {"NOUN", "PROPN"}:
            return _owner(earlier.head)
        members = [c for p in earlier.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
        if members:
            return _owner(members[0])
    return None


def group_targets(verb: Token, objects: list[Token], own: frozenset[str], parsed: Parsed) -> list[ActorRef]:
    """The object (or a passive's subject) as the group named before with its nationality."""
    patients = [
        p for t in objects + [c for c in verb.children if c.dep_ == "nsubjpass"] for p in members_of(t)
    ]
    groups = [a for t in patients if (a := _group_antecedent(t)) is not None]
    # "Nine of them", the group the pronoun stands for told with its nationality ("14 Zambian drivers").
    counted = objects + [c for c in verb.children if c.dep_ == "nsubjpass"]
    pronouns = [
        c for t in counted for p in t.children if p.lower_ == "of" for c in p.children if c.lower_ == "them"
    ]
    groups += [g for t in pronouns if (g := _counted_pronoun_group(t)) is not None and _whose(g)]
    return [r for r in resolve_all(groups, parsed) if r.country is not None and r.country not in own]


NATIONALITY_ENTITIES = {"NORP", "GPE"}
PARTITIVE_WORDS = {"some", "several", "most", "all", "many", "rest", "others"}


def members_of(token: Token) -> list[Token]:
    """ "Five of the fishermen were released", "the rest of the detainees": the group a part is taken
    from stands for it; any other noun stands for itself."""
    if not (token.like_num or token.lower_ in PARTITIVE_WORDS):
        return [token]
    members = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    members = [_counted_pronoun_group(m) or m for m in members]
    return members or [token]


# The slots a group "them" stands for is named in: the doer or the one done to, not a place or a part.
GROUP_SLOTS = {"dobj", "nsubj", "nsubjpass", "appos", "conj"}


def _counted_pronoun_group(token: Token) -> Token | None:
    """ "Nine of them were released" after "police accused the drivers of using their nets": the last
    plural noun a few sentences before that was a clause's subject or object (not "the tanks of their
    lorries") and is a group told with its nationality, there or before ("14 Zambian drivers")."""
    if token.lower_ != "them":
        return None
    doc = token.doc
    first = sentence_of(token).start
    for _ in range(ANTECEDENT_REACH):
        first = sentence_of(doc[first - 1]).start if first > 0 else 0
    for earlier in reversed(doc[first : token.i]):
        if earlier.tag_ != "NNS" or earlier.pos_ != "NOUN" or earlier.dep_ not in GROUP_SLOTS:
            continue
        if _whose(earlier) or _group_antecedent(earlier) is not None:
            return earlier
    return None


def _group_antecedent(token: Token) -> Token | None:
    """The group a plural noun with no nationality of its own stands for: "14 fishermen from the lake
    port had been arrested", "the boats were towed" after "Malawian fishermen", "three Guyanese fishing
    boats". The last mention of the same noun a few sentences before that names whose they are (a
    nationality or a country on the noun) is the same group; a noun with a name of its own is not."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or _whose(token):
        return None
    doc = token.doc
    first = sentence_of(token).start
    for _ in range(ANTECEDENT_REACH):
        first = sentence_of(doc[first - 1]).start if first > 0 else 0
    # Only the words of the same lemma are visited, found from the document's index of lemmas.
    same = [t for t in with_lemma(doc, {token.lemma_.lower()}) if first <= t.i < token.i]
    for earlier in reversed(same):
        if earlier.lemma_ == token.lemma_ and earlier.pos_ == "NOUN" and _whose(earlier):
            return earlier
    return None


def _whose(noun: Token) -> bool:
    """The noun says whose it is: "Malawian fishermen", "Iceland's sailors", "fishermen of Iceland"."""
    owners = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.ent_type_ in NATIONALITY_ENTITIES for o in owners)


def _owner(group: Token) -> Token:
    """ "five of its nationals": the state whose people they are, the subject of the clause saying so."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in group.children):
        return group
    verb = next((a for a in group.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subjects = clause_subject(verb) if verb is not None else []
    return subjects[0] if subjects else group


def _foreign(token: Token, own: frozenset[str], parsed: Parsed) -> bool:
    """The token names a party of another side than ``own`` ("that Ethiopian troops be withdrawn")."""
    ref = resolve_one(token, parsed)
    return ref is not None and ref.country is not None and ref.country not in own


def relation_parties(verb: Token, parsed: Parsed, dyad) -> list[ActorRef]:
    """The two parties of "relations between A and B improved"; for "the relationship" or "bilateral
    ties" with no parties named, the article's two countries."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATION_NOUNS]
    if not subjects:
        return _relation_object_parties(verb, parsed)
    subject = subjects[0]
    named = resolve_all(prep_objects([subject], "between") + prep_objects([subject], "with"), parsed)
    named += [
        r
        for r in resolve_all([c for c in subject.children if c.dep_ in {"amod", "compound", "nmod"}], parsed)
        if r.kind == "state"
    ]
    if len(named) >= 2:
        return named[:2]
    if dyad and not named:
        return [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    return []


# What a relation verb's object may be for its subjects to be the relation's parties.
RELATION_OBJECTS = RELATION_NOUNS | {"partnership", "cooperation"}


def _relation_object_parties(verb: Token, parsed: Parsed) -> list[ActorRef]:
    """ "Peru and Chile deepened their ties", "Peru upgraded relations with Chile": the relation is the
    object, its parties the subjects and whom the relation is with. Only states: a relation is theirs."""
    objects = [o for o in direct_objects(verb) if {o.lemma_.lower(), o.lower_} & RELATION_OBJECTS]
    if not objects:
        return []
    subjects = [c for s in clause_subject(verb) for c in conjuncts(s)]
    parties = resolve_all(list(dict.fromkeys(subjects)), parsed) + resolve_all(
        prep_objects(objects, "with") + prep_objects(objects, "between"), parsed
    )
    states = [p for p in parties if p.kind == "state"]
    return states[:2] if len(states) >= 2 and states[0].country != states[1].country else []
