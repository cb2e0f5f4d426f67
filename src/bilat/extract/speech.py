"""Reported speech that judges or makes demands of another side: the speaker's disapproval of the side
their words condemn, or demand of the side they say must act.

"'They have been cheating us for years,' the minister said", "the president called Iran a rogue state",
"the ministry said Japan was a threat to peace": each is the speaker's side criticising the side named
(CAMEO 11x), dated by the speech. The judging words are data (resources/events/judgements.txt); the act a
speaker merely reports ("said Russia attacked") stays the reported act, coded by the verb patterns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from bilat.extract.arguments import conjuncts
from bilat.extract.codebook import Code, load_codebook
from bilat.extract.modality import SPEECH_VERBS
from bilat.models import ActorRef
from bilat.resources import ResourceError, Resources, read_lines

NAMING_VERBS = {"call", "brand", "label", "describe", "denounce"}
# What the other side said of the speaker's: judging it ("called the accusations absurd") rejects it.
CHARGES = {"accusation", "allegation", "claim", "charge", "assertion", "report"}
REJECTION = "120"


@dataclass(frozen=True)
class Judgements:
    verbs: dict[str, str]  # verb lemma → CAMEO code
    nouns: dict[str, str]  # noun or two-word noun phrase → CAMEO code
    modals: dict[str, str]  # modal of obligation → CAMEO code (a demand)
    adjectives: dict[str, str]  # a judging adjective a thing is called ("groundless") → CAMEO code


@dataclass(frozen=True)
class Judged:
    speech: Token  # the speech verb: the act is dated and placed by it
    source: ActorRef
    target: ActorRef
    code: str


def load_judgements(resources: Resources) -> Judgements:
    codes: dict[str, Code] = resources.load("events.codebook", load_codebook)
    kinds: dict[str, dict[str, str]] = {"verb": {}, "noun": {}, "modal": {}, "adjective": {}}
    for n, line in read_lines(resources.path("events/judgements.txt")):
        fields = [f.strip() for f in line.split("|")]
        where = f"events/judgements.txt:{n}"
        if len(fields) != 3 or fields[1] not in kinds:
            raise ResourceError(f"{where}: expected 'word | verb|noun|modal|adjective | CAMEO code'")
        if fields[2] not in codes or fields[2][:2] not in {"10", "11"}:
            raise ResourceError(
                f"{where}: {fields[2]!r} is not a CAMEO demand or disapproval code (10x, 11x)"
            )
        kinds[fields[1]][fields[0].lower()] = fields[2]
    return Judgements(kinds["verb"], kinds["noun"], kinds["modal"], kinds["adjective"])


# Verbs whose own code already says the speaker's stance towards the thing they are about.
STANCE_VERBS = {
    "reject",
    "dismiss",
    "deny",
    "refute",
    "denounce",
    "condemn",
    "criticise",
    "criticize",
    "decry",
    "protest",
}
FREE_RELATIVES = {"what", "whatever"}


def _framed_object(naming: Token) -> bool:
    """ "rejected what she called 'baseless threats' from Oslo": a naming clause that is the object of a
    verb of stance is the speaker's words for the thing rejected or condemned. The stance verb is the
    act (a rejection, a condemnation); the name given inside it is not a second event."""
    governor = naming.head
    return (
        naming.dep_ in {"ccomp", "dobj", "pcomp", "xcomp"}
        and governor.lemma_.lower() in STANCE_VERBS
        and any(c.lower_ in FREE_RELATIVES for c in naming.children)
    )


def _name_code(name: Token, judgements: Judgements) -> str | None:
    """The code of what a thing is called: a judging noun ("economic blackmail") or adjective, alone or
    coordinated ("expected and groundless")."""
    for word in (name, *name.conjuncts):
        if word.pos_ == "ADJ" or word.tag_ == "VBN":
            code = judgements.adjectives.get(word.lower_)
        else:
            code = _noun_code(word, judgements)
        if code:
            return code
    return None


def _noun_code(noun: Token, judgements: Judgements) -> str | None:
    modifiers = [c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}]
    for modifier in modifiers:
        code = judgements.nouns.get(f"{modifier} {noun.lower_}")
        if code:
            return code
    return judgements.nouns.get(noun.lower_) or judgements.nouns.get(noun.lemma_.lower())


def _clause_judgement(clause: Token, judgements: Judgements) -> tuple[list[Token], str] | None:
    """Who a reported clause condemns and how: "X has been cheating Y" (a judging verb), "X is a
    rogue state" (a judging noun after a copula)."""
    subjects = [s for c in clause.children if c.dep_ == "nsubj" for s in conjuncts(c)]
    if not subjects:
        return None
    code = judgements.verbs.get(clause.lemma_.lower())
    modals = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    code = code or next((judgements.modals[m] for m in modals if m in judgements.modals), None)
    if code is None and clause.lemma_ == "be":
        attrs = [c for c in clause.children if c.dep_ == "attr"]
        code = next((c for c in (_noun_code(a, judgements) for a in attrs) if c), None)
        # "Rome was incapable of managing migration": a judging adjective said of a side.
        adjectives = [c for c in clause.children if c.dep_ == "acomp"]
        code = code or next(
            (judgements.adjectives[a.lower_] for a in adjectives if a.lower_ in judgements.adjectives), None
        )
    if code is None:
        # "Mexico had committed an unfriendly act", "Rabat is waging a campaign of lies": a side said to
        # do a thing the speaker's words judge.
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        code = next((c for c in (_noun_code(o, judgements) for o in objects) if c), None)
    return (subjects, code) if code else None


def _charges_judged(clause: Token, subjects: list[Token]) -> bool:
    """ "the accusations were absurd": a copula clause whose subject is what the other side charged."""
    return clause.lemma_ == "be" and any(s.lemma_.lower() in CHARGES for s in subjects)


def _charged_by(
    charges: list[Token],
    verb: Token,
    source: ActorRef,
    resolve: Callable[[Token], ActorRef | None],
    aimed: Callable[[Token, ActorRef], ActorRef | None] | None,
    partner: Callable[[ActorRef], ActorRef | None] | None,
) -> ActorRef | None:
    """Who made the charges a speaker rejects: their owner ("Sofia's accusations", "the Czech claims"),
    else the side the speech is aimed at, else the article's other state ("the accusations" of a
    two-state story are the other side's, even when the answer names a third: "on orders from Brussels")."""
    owners = [c for s in charges for c in s.children if c.dep_ in {"poss", "amod", "compound"}]
    for owner in owners:
        found = resolve(owner)
        if found is not None and found.country not in {None, source.country}:
            return found
    for pick in (aimed(verb, source) if aimed else None, partner(source) if partner else None):
        if pick is not None and pick.country not in {None, source.country}:
            return pick
    return None


def reported_judgements(
    doc_tokens: list[Token],
    resolve: Callable[[Token], ActorRef | None],
    resources: Resources,
    aimed: Callable[[Token, ActorRef], ActorRef | None] | None = None,
    partner: Callable[[ActorRef], ActorRef | None] | None = None,
) -> Iterator[Judged]:
    """``aimed``: the side a naming verb's act is aimed at when the thing named belongs to no named side
    ("called the decision groundless"; see bilat.extract.addressee). ``partner``: the other state of a
    two-state article, for charges rejected with no side named."""
    judgements = resources.load("events.judgements", load_judgements)
    for verb in doc_tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in SPEECH_VERBS and lemma not in NAMING_VERBS):
            continue
        speakers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not speakers and verb.dep_ == "acl" and verb.tag_ == "VBD":
            speakers = [verb.head]  # "The minister called X …" misread as a reduced relative clause
        source = resolve(speakers[0]) if speakers else None
        if source is None or source.country is None:
            continue
        found: list[tuple[list[Token], str]] = []
        for clause in (c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}):
            judged = _clause_judgement(clause, judgements)
            if judged and _charges_judged(clause, judged[0]):
                # "said the accusations were absurd": the charges the other side made, rejected.
                target = _charged_by(judged[0], verb, source, resolve, aimed, partner)
                if target is not None:
                    yield Judged(verb, source, target, REJECTION)
                continue
            if judged:
                found.append(judged)
        if lemma in NAMING_VERBS and _framed_object(verb):
            continue
        if lemma in NAMING_VERBS:
            # "called Iran a rogue state": the object and the name given to it.
            named = [
                c
                for c in verb.children
                if c.dep_ in {"dobj", "ccomp"} or (c.dep_ == "oprd" and c.pos_ == "PROPN")
            ]
            names = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"} and c not in named]
            # "called the decision "groundless"", which the parser may hang on the object.
            names += [
                g for n in named for g in n.children if g.dep_ in {"attr", "appos", "oprd", "acl", "amod"}
            ]
            code = next((c for c in (_name_code(n, judgements) for n in names) if c), None)
            if named and code and named[0].lemma_.lower() in CHARGES:
                # "called the accusations baseless": a rejection of the charges, not a criticism.
                target = _charged_by([named[0]], verb, source, resolve, aimed, partner)
                if target is not None:
                    yield Judged(verb, source, target, REJECTION)
                continue
            if named and code:
                if resolve(named[0]) is None and aimed is not None:
                    # "called the tariff threat economic blackmail": the side the thing belongs to.
                    target = aimed(verb, source)
                    if target is not None:
                        yield Judged(verb, source, target, code)
                        continue
                found.append(([named[0]], code))
        for subjects, code in found:
            for subject in subjects:
                target = resolve(subject)
                if target is None or target.country is None or target.country == source.country:
                    continue
                yield Judged(verb, source, target, code)
