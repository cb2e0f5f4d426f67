"""Candidate events of a noun trigger ("the opening of the embassy", "talks between A and B")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from bilat.extract.arguments import (
    clause_subject,
    conjuncts,
    prep_objects,
)
from bilat.extract.candidate import Candidate
from bilat.extract.clause_parts import place_of, refined
from bilat.extract.pair import DYAD_WORDS, main_dyad
from bilat.extract.parties import resolve_all
from bilat.extract.patterns import Pattern
from bilat.extract.verb_guards import both_sides
from bilat.models import ActorRef
from bilat.nlp.date_attachment import agented_act_before
from bilat.nlp.parsed import Parsed


def noun_objects(noun: Token, pattern: Pattern) -> list[Token]:
    if pattern.objects is None:
        return []
    # "the opening of offices in 2021, and the Embassy in 2023": the second object may be coordinated
    # with the trigger itself (the repeated noun is left out).
    candidates = [o for obj in _of_phrase(noun) for o in conjuncts(obj)]
    candidates += [c for c in noun.conjuncts if c.i > noun.i]
    return [o for o in candidates if o.lemma_.lower() in pattern.objects or o.lower_ in pattern.objects]


def _of_phrase(noun: Token) -> list[Token]:
    """What an act noun is of, also after its agent: "the closure by Eritrea of its border", where the
    parser hangs "of" on the agent. Only after a country's name, which has no "of" of its own ("a visit
    by a minister of Bolivia": the minister's)."""
    agents = [t for t in prep_objects([noun], "by") if t.ent_type_ == "GPE"]
    return prep_objects([noun], "of") or prep_objects(agents, "of")


def _noun_slot(slot: str, noun: Token, obj: Token | None, parsed: Parsed) -> list[ActorRef]:
    anchors = [noun] + ([obj] if obj is not None else [])
    if slot == "poss":
        tokens = [c for a in anchors for c in a.children if c.dep_ == "poss"]
    elif slot == "mod":
        tokens = [c for a in anchors for c in a.children if c.dep_ in {"amod", "compound"} and c.ent_type_]
    elif slot == "ctx":
        tokens = clause_subject(noun)
    elif slot == "of" and obj is not None:
        tokens = prep_objects([obj], "of")
    elif slot == "of":
        tokens = _of_phrase(noun)
        return resolve_all(tokens, parsed) or resolve_all(prep_objects(tokens, "of"), parsed)
    elif slot == "by" and _record_of_a_kind(noun):
        return []
    else:
        tokens = prep_objects(anchors, slot)
        # "a ban on imports of Kenyan milk": the goods name the side the measure is aimed at.
        return resolve_all(tokens, parsed) or resolve_all(prep_objects(tokens, "of"), parsed)
    return resolve_all(tokens, parsed)


RECORD_WORDS = {"first", "last"}


def _record_of_a_kind(noun: Token) -> bool:
    """ "the last visit by an Estonian head of state", "the first visit by a minister of B since
    2015": a record kept for a kind of visitor (the agent is indefinite) tells how rare such acts are, not
    the act the story reports."""
    agents = prep_objects([noun], "by")
    return any(c.lower_ in RECORD_WORDS for c in noun.children) and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for a in agents for c in a.children
    )


def _between_parties(noun: Token, obj: Token | None, parsed: Parsed) -> list[ActorRef]:
    """The two sides of "a phone call between A and B": the parser may hang "between" on the verb whose
    object the noun is ("followed a phone call last week between A and B"); "between the presidents of
    both countries" names the article's pair."""
    tokens = prep_objects([noun, *([obj] if obj is not None else [])], "between")
    if not tokens and noun.dep_ == "dobj":
        tokens = prep_objects([noun.head], "between")
    pair = resolve_all(tokens, parsed)
    dyad = main_dyad(parsed)
    # People of both sides ("the presidents of both countries"), not the countries as such: "cooperation
    # between the two countries" is how relations are described, not an act.
    people = [t for t in tokens if t.lower_ not in DYAD_WORDS]
    if len(pair) < 2 and dyad and people and both_sides(people):
        pair = [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    elif len(pair) < 2 and dyad and tokens and _dated_itself(noun):
        # "the 1987 fisheries treaty between the two countries": a text of the pair's, dated by its own
        # year, is an agreement both signed then (undated, it only describes relations).
        pair = [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    return pair


SIGNED = {"sign", "conclude", "ratify"}


def _dated_itself(noun: Token) -> bool:
    """The noun carries its own date: a year or day on it ("the 2008 friendship treaty") or in the
    participle telling when it was signed ("the agreement, signed in April 2006")."""
    if any(c.ent_type_ == "DATE" and c.dep_ in {"compound", "nummod", "amod", "nmod"} for c in noun.children):
        return True
    # The parser may hang the participle on the parties: "between the two countries, signed in 2006".
    parties = [o for p in noun.children if p.lower_ == "between" for o in p.children if o.dep_ == "pobj"]
    clauses = [c for n in (noun, *parties) for c in n.children if c.dep_ in {"acl", "relcl"}]
    signed = [c for c in clauses if c.lemma_.lower() in SIGNED]
    return any(t.ent_type_ == "DATE" for c in signed for t in c.subtree)


def _dated_elsewhere(noun: Token) -> bool:
    """An act told as the object of another word ("protested against the detention of Malawian fishermen
    by Tanzanian police on Wednesday", "conveyed concern over Russia's seizure of the boat") is an earlier
    act the sentence reacts to: the sentence's date is the reaction's, so the act needs a date of its own
    in its phrase ("the detention of the fishermen on Monday")."""
    if noun.dep_ not in {"dobj", "pobj", "obj"}:
        return False
    # Its own date hangs on the noun or on what it is of ("the detention of the men on Monday"); a date
    # deeper in the phrase is another thing's ("… on the river, the latest clash in a long-running row").
    anchors = [noun, *_of_phrase(noun)]
    dates = [c for a in anchors for c in a.children if c.dep_ in {"npadvmod", "tmod"}]
    preps = [p for a in anchors for p in a.children if p.dep_ == "prep"]
    dates += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # "protested the detention of X by Y on Monday": the day the parser hung on the verb just after the
    # act told with its own agent is the act's.
    following = [p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1]
    dates += [
        o for p in following for o in p.children if agented_act_before(o.doc[p.i + 1 : o.i + 1]) is noun
    ]
    return not any(t.ent_type_ == "DATE" for t in dates)


def noun_candidates(noun: Token, obj: Token | None, pattern: Pattern, parsed: Parsed) -> Iterator[Candidate]:
    if "own" in pattern.options and _dated_elsewhere(noun):
        return
    if "dated" in pattern.options and not _dated_itself(noun):
        return  # "the treaty between them": relations described, not a signing told
    if "between" in pattern.source_from:
        pair = _between_parties(noun, obj, parsed)
        if len(pair) >= 2:
            yield Candidate(noun, pattern, pair[0], pair[1], pattern.code, place_of(noun, parsed))
            return
    sources: list[ActorRef] = []
    for slot in pattern.source_from:
        sources = _noun_slot(slot, noun, obj, parsed)
        if sources:
            break
    targets: list[ActorRef] = []
    for slot in pattern.target_from:
        targets = _noun_slot(slot, noun, obj, parsed)
        if targets:
            break
    code = refined(pattern, [noun])
    for source in sources[:1]:
        for target in targets:
            yield Candidate(noun, pattern, source, target, code, place_of(noun, parsed), obj)
