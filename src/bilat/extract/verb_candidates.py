"""Candidate events of a verb: one pattern applied to the verb's clause, its parties resolved and
guarded (verb_guards.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from bilat.extract.addressee import AIMED_ROOTS, NAMED_ONLY_ROOTS, addressed_act, aimed_at
from bilat.extract.arguments import (
    clause_subject,
    conjuncts,
    prep_objects,
    told_addressee,
)
from bilat.extract.candidate import Candidate
from bilat.extract.choice import FORCE_POSTURE, at_border, border_shut, described_noun
from bilat.extract.clause_parts import direct_objects, place_of, refined
from bilat.extract.modality import (
    conditional_consequence,
)
from bilat.extract.pair import bilateral_pair
from bilat.extract.parties import (
    RELATION_NOUNS,
    group_targets,
    named_pair,
    relation_parties,
    resolve_all,
    resolve_one,
    sponsors,
    targets_of,
)
from bilat.extract.patterns import Pattern
from bilat.extract.recoding import (
    OFFICIAL_FORM,
    official,
)
from bilat.extract.venue import venue_host
from bilat.extract.verb_guards import (
    ADDRESSED_ROOTS,
    GUEST_CODES,
    SECURITY_BODIES,
    bare_body,
    both_sides,
    dyad_partner,
    guest_named,
    guest_told_again,
    holds_unnamed,
    host_of,
    hosted,
    is_crowd,
    is_stance,
    mission_in_unknown_place,
    of_no_side,
    own_people_freed,
    own_side_warned,
    reciprocal,
    reciprocal_candidates,
    seat_of,
    unnamed_agent,
)
from bilat.models import ActorRef
from bilat.nlp.parsed import Parsed

DOCUMENT_NOUNS = {"note", "letter", "statement", "communique", "communiqué", "memorandum", "declaration"}


def verb_candidates(
    verb: Token, pattern: Pattern, parsed: Parsed, dyad, aim: bool = True
) -> Iterator[Candidate]:
    if pattern.target_from == ("dyad",):
        parties = relation_parties(verb, parsed, dyad)
        if len(parties) == 2:
            yield Candidate(verb, pattern, parties[0], parties[1], pattern.code, place_of(verb, parsed))
        return
    if _expected_to_happen(verb, pattern):
        return
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    stance = passive and is_stance(verb)
    # "fishermen detained by the coast guard", "citizens detained in Havana": a participle describing
    # the people an act of the host state is done to is a passive, whatever the clause's subject.
    participle = "host" in pattern.options and described_noun(verb) is not None
    passive = (passive and not stance) or participle
    subject_tokens = (prep_objects([verb], "by") or sponsors(verb)) if passive else clause_subject(verb)
    if stance:
        subject_tokens = [s for c in verb.children if c.dep_ == "nsubjpass" for s in conjuncts(c)]
    seat = None if passive else seat_of(verb, subject_tokens, parsed)
    sources = [seat] if seat is not None else resolve_all(subject_tokens, parsed)
    if not sources:
        # "Guyana's note demands that …", "a statement from Rabat accused …": the document's sender.
        documents = [t for t in subject_tokens if t.lemma_.lower() in DOCUMENT_NOUNS]
        senders = [c for d in documents for c in d.children if c.dep_ == "poss"]
        sources = resolve_all(
            senders + prep_objects(documents, "from") + prep_objects(documents, "of"), parsed
        )
    if reciprocal(verb):
        yield from reciprocal_candidates(verb, pattern, parsed, dyad, sources, subject_tokens)
        return
    inferred = False
    relation_subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in RELATION_NOUNS]
    named_party = prep_objects([verb], "by") or prep_objects([verb], "with")
    # "an agreement would be signed next week", "is to be held": a plan, not the pair's act.
    planned = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)
    if "sym" in pattern.options and pattern.objects and not named_party and not planned:
        # "Four agreements were signed on Monday", "an accord and a memorandum were also signed": what the
        # pattern is about as a passive's subject, nobody named, is the pair's act like the participle below.
        relation_subjects += [
            c
            for s in verb.children
            if s.dep_ == "nsubjpass"
            for c in conjuncts(s)
            if c.lower_ in pattern.objects
        ]
    # A participle describing what the pattern is about, with nobody named ("the agreements signed on
    # Wednesday", "the documents signed at the meeting"): in a story about two states, between them.
    described = None if prep_objects([verb], "by") else described_noun(verb)
    if described is not None and pattern.objects and described.lower_ in pattern.objects:
        relation_subjects.append(described)
    # Only when no parties are named ("relations were established between A and B" names them).
    passive_relations = bool(relation_subjects) and not prep_objects([verb, *relation_subjects], "between")
    if passive_relations and described is not None and not prep_objects([verb], "with"):
        # "under an agreement signed on Monday": the participle has no subject; the main clause's ("Italy
        # will lend …"), which the climb finds, is not who signed.
        sources = []
    named = {s.country for s in sources if s.country}
    if (
        (not sources or (both_sides(subject_tokens) and len(named) < 2 and dyad and named <= set(dyad)))
        and dyad
        and "sym" in pattern.options
        and (both_sides(subject_tokens) or passive_relations)
    ):
        # "The envoys of the two countries, A and B, met": named people with one country or none are
        # still both sides.
        # "the two countries established relations", "diplomatic relations were established": the pair.
        host = venue_host(verb, parsed.actors.gazetteer, dyad) if pattern.code.startswith("04") else None
        first, second = dyad[::-1] if host == dyad[1] else dyad
        sources = [parsed.actors.state_ref(first), parsed.actors.state_ref(second)]
        inferred = not both_sides(subject_tokens)
    countries = {s.country for s in sources}
    if "sym" in pattern.options and dyad and len(countries) == 1 and countries <= set(dyad):
        # "A and his Iraqi counterpart, B, spoke by phone", A named without a country: the counterpart's
        # counterpart is the article's other state.
        counterparts = [t for t in subject_tokens if t.lemma_.lower() == "counterpart" and t.dep_ == "conj"]
        if counterparts:
            other = dyad[1] if sources[0].country == dyad[0] else dyad[0]
            sources = [parsed.actors.state_ref(other), sources[0]]
    sides = {s.country for s in sources if s.country}
    unplaced = [s for s in sources if s.country is None and s.kind == "person"]
    if (
        "sym" in pattern.options
        and pattern.code.startswith("05")
        and len(sources) == 2
        and len(unplaced) == 1
        and len(sides) == 1
        and bilateral_pair(parsed, dyad)
        and sides <= set(dyad)
    ):
        # "Minister X and Ghana's ports minister Y signed a letter of intent", X given no country: in a
        # story about two states alone, who signs an agreement with one side's official is the other's.
        # (Only a signing: two people who meet may well be of one side, or of neither state.)
        placed = next(s for s in sources if s.country)
        other = dyad[1] if placed.country == dyad[0] else dyad[0]
        sources = [parsed.actors.state_ref(other), placed]
    if len(sources) == 1 and len(subject_tokens) == 1:
        # "Hungarian and Romanian officials agreed": one noun, two countries.
        pair = named_pair(subject_tokens[0], parsed)
        if len(pair) >= 2:
            sources = pair
    objects = direct_objects(verb)
    own = frozenset(s.country for s in sources if s.country)
    targets = targets_of(verb, pattern, parsed, objects, own if len(own) == 1 else frozenset())
    if targets and (
        {t.actor_id for t in targets} <= {s.actor_id for s in sources}
        or own_side_warned(pattern, targets, own)
    ):
        # "the army warned that it would respond": the doer named again is no addressee; the addressee
        # rules below find the side the act is aimed at.
        targets = []
    # "14 fishermen had been arrested on Monday" after "Malawian fishermen": whose they are is told
    # before; like parties taken from the article, such an event needs a date of its own to count.
    regrouped = False
    if not targets and "obj" in pattern.target_from:
        targets = group_targets(verb, objects, own, parsed)
        regrouped = bool(targets)
    if not targets and participle:
        targets = resolve_all([described_noun(verb)], parsed)
    crowd = is_crowd(subject_tokens)
    if "crowd" in pattern.options and not crowd:
        return  # "gather" is a protest only when a crowd gathers
    if not sources and targets and dyad and (unnamed_agent(verb, pattern, passive) or crowd):
        # "the Greek envoy was summoned to the ministry", "hundreds protested outside the
        # Swedish consulate": the state that hosts the envoy or mission, the article's other state.
        sources = host_of(targets[0], dyad, parsed)
    if (
        not sources
        and targets
        and (
            (pattern.code[:2] in ADDRESSED_ROOTS and bare_body(subject_tokens))
            or ("host" in pattern.options and bare_body(subject_tokens, SECURITY_BODIES))
        )
        and bilateral_pair(parsed, dyad)
    ):
        # "The ministry accused Rabat of …" in a story about Algeria and Morocco: a government body the
        # sentence gives no country, addressing one side of the pair, speaks for the other.
        sources = host_of(targets[0], dyad, parsed)
    if targets and sources and bilateral_pair(parsed, dyad) and hosted(pattern, sources):
        # "the department of international relations summoned Rwanda's envoy", "Prime Minister X, named
        # with no country, received China's vice-minister": in a story about two states alone, who hosts
        # the other side's envoy or guest, or visits the other side, is of the first.
        sources = host_of(targets[0], dyad, parsed) or sources
    if (
        pattern.code in GUEST_CODES
        and len(sources) == 1
        and (all(of_no_side(t) for t in targets) or guest_told_again(verb, passive, targets, sources[0]))
        and bilateral_pair(parsed, dyad)
        and (targets or guest_named(verb, passive))
    ):
        # "X was received by Foreign Minister Y", the guest named with no country of his own (or "the
        # delegation of X"): in a story about two states alone, the host's guest is of the other state.
        targets = host_of(sources[0], dyad, parsed) or targets
    if not targets and passive:
        pair = [
            r for subject in verb.children if subject.dep_ == "nsubjpass" for r in named_pair(subject, parsed)
        ]
        if len(pair) >= 2:
            if not sources:
                sources, targets = pair[:1], pair[1:2]
            else:
                targets = [p for p in pair if p.country != sources[0].country][:1]
    if not targets and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "recognised X and established relations": coordinated verbs share their target.
        targets = resolve_all(direct_objects(verb.head), parsed)
    between = resolve_all(prep_objects([verb, *objects], "between"), parsed)
    if not sources and len(between) >= 2:
        sources, targets = between[:1], between[1:2]
    if not targets and "sym" in pattern.options and len(sources) >= 2:
        # "France, Germany and Italy met": every pair of them met.
        place = place_of(verb, parsed)
        for i, first in enumerate(sources):
            for second in sources[i + 1 :]:
                yield Candidate(verb, pattern, first, second, pattern.code, place, inferred=inferred)
        return
    if not targets and "speech" in pattern.options and dyad:
        targets = dyad_partner(verb, sources, dyad, parsed)
    if targets and pattern.code[:2] == "10" and all(of_no_side(t) for t in targets):
        # "demanded the reopening of the Bou Chebka crossing": a place or person of no country is what
        # the demand is about, not whom it is made of; the addressee rules find the side. (A body of
        # states, "criticised the Organisation of …", is a party in its own right.)
        targets = []
    # "will open a consulate in Stavanger": a city the gazetteers do not place is still abroad for the
    # state opening its mission there; the addressee rules give the pair's other side (and nobody when the
    # sentence names a third state).
    mission_abroad = not targets and mission_in_unknown_place(verb, pattern, objects)
    if targets and own and own_people_freed(pattern, objects, targets, own):
        # "demanded the release of a Polish citizen detained by …": aimed at who holds them.
        targets = []
    if not targets and pattern.code[:2] in AIMED_ROOTS:
        # "told the ambassador that … and demanded their return": said to the one told.
        targets = [r for r in resolve_all(told_addressee(verb), parsed) if r.country not in own]
    # A government's protest is an official complaint (114), aimed like the other complaints (11x).
    official_protest = pattern.code[:2] in OFFICIAL_FORM and len(sources) == 1 and official(verb, sources[0])
    aimed_act = pattern.code[:2] in AIMED_ROOTS or conditional_consequence(verb) or official_protest
    # Forces put on alert or massed at a border face the state across it (the one named, or the pair's other).
    aimed_act = aimed_act or (pattern.code[:2] == FORCE_POSTURE and at_border(verb)) or mission_abroad
    # A border or crossing closed or reopened, named with no neighbour ("closed the Dakola crossing until
    # further notice"), is shut against the state across it: the one named, or the pair's other side.
    aimed_act = aimed_act or border_shut(verb, pattern, objects)
    held = holds_unnamed(pattern, objects, parsed)
    # "expect the first projects to be announced": the one told or expected to act is the addressee, and
    # only it; an object that is no party is no demand of another side.
    object_only = pattern.objects == frozenset({"to:*"})
    if (
        aim
        and not object_only
        and not targets
        and len(sources) == 1
        and (aimed_act or held or pattern.code[:2] in NAMED_ONLY_ROOTS)
        and addressed_act(verb, sources[0])
    ):
        # "denied that its aircraft entered Sudanese airspace": the side the act is aimed at.
        aimed = aimed_at(
            verb,
            sources[0],
            bilateral_pair(parsed, dyad),
            lambda t: resolve_one(t, parsed),
            parsed.actors.state_ref,
            aimed_act or held,
        )
        targets = [aimed] if aimed is not None else []
    if not targets and own:
        # Aimed at nobody but the source's own state ("… demanded that Beijing remove them", with the
        # speaker taken for Beijing's): kept, so the event is dropped rather than recorded as one-sided.
        targets = targets_of(verb, pattern, parsed, objects)
    if _pair_acts_on_third(pattern, subject_tokens, sources, targets, dyad):
        # "the two ministers condemned Chinese manoeuvres", "both leaders accused Algeria": the pair of the
        # story acts together on a third state, each side for itself.
        sources = [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    code = refined(pattern, objects)
    place = place_of(verb, parsed)
    what = objects[0] if objects else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    for source in sources:
        if not targets:
            if pattern.options & {"speech", "alone"}:
                yield Candidate(verb, pattern, source, None, code, place, what)
            continue
        for target in targets:
            # A participle's act is background to the sentence's own ("demanded the release of fishermen
            # detained …"): it counts only with a date of its own, like parties taken from the article (the
            # story's pair standing for a participle's unnamed doers: "deals reached with B").
            yield Candidate(
                verb, pattern, source, target, code, place, what, inferred=participle or regrouped or inferred
            )


def _pair_acts_on_third(
    pattern: Pattern, subjects: list[Token], sources: list[ActorRef], targets, dyad
) -> bool:
    """The subject is the story's pair ("the two leaders", "both governments"), at most one side of it
    resolved, and every target a state outside the pair."""
    if "sym" in pattern.options or not dyad or not targets or not both_sides(subjects):
        return False
    sides = {s.country for s in sources if s.country}
    return len(sides) < 2 and sides <= set(dyad) and all(t.country and t.country not in dyad for t in targets)


def _expected_to_happen(verb: Token, pattern: Pattern) -> bool:
    """ "expected the remaining loans with X to be signed": a passive infinitive tells a thing expected to
    happen, not a party expected to act, whatever party its words name."""
    if pattern.objects != frozenset({"to:*"}):
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children
    )
