"""Modality (asserted, negated, planned, hoped, hypothetical) and attribution of reported speech."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.models import Modality
from bilat.nlp.parsed import Parsed

PLAN_VERBS = {
    "plan",
    "intend",
    "aim",
    "prepare",
    "agree",
    "decide",
    "expect",
    "schedule",
    "set",
    "willing",
    "ready",
    "prepared",
    "committed",
    "determined",
    "pledge",
    "promise",
    "vow",
    "offer",
    "invite",
    "invitation",
}
REFUSE_VERBS = {"refuse", "decline", "reject"}
HOPE_VERBS = {"hope", "wish", "want", "seek", "desire", "aspire"}
HOPE_NOUNS = {"hope", "wish", "desire", "aspiration"}
HYPOTHETICAL = {"would", "could", "might", "may", "should"}
SPEECH_VERBS = {
    "say",
    "state",
    "tell",
    "note",
    "stress",
    "emphasize",
    "emphasise",
    "underline",
    "declare",
    "announce",
    "add",
    "remark",
    "claim",
    "insist",
    "point",
    "highlight",
    "recall",
    "explain",
    "report",
    "express",
    # Saying again what was said before is a statement of the day too.
    "reiterate",
    "reaffirm",
    "repeat",
}


def modality_of(trigger: Token, stative: bool = False) -> str:
    children = list(trigger.children)
    if any(c.dep_ == "neg" for c in children):
        return Modality.NEGATED
    auxes = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"will", "shall", "'ll"} or _going_to(trigger) or _future_in_past(trigger, auxes):
        return Modality.PLANNED
    if auxes & HYPOTHETICAL or any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children):
        return Modality.HYPOTHETICAL
    for ancestor in _governors(trigger):
        lemma = ancestor.lemma_.lower()
        if lemma in HOPE_VERBS or lemma in HOPE_NOUNS:
            return Modality.HOPED
        if lemma in PLAN_VERBS:
            return Modality.PLANNED
        if any(c.dep_ == "neg" for c in ancestor.children) and ancestor.dep_ != "ccomp":
            return Modality.NEGATED
    return Modality.ASSERTED


def _future_in_past(trigger: Token, auxes: set[str]) -> bool:
    """ "Syria said it would withdraw": "would" under a reporting verb is the reported "will"."""
    return (
        "would" in auxes
        and trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in trigger.children)
    )


def _going_to(trigger: Token) -> bool:
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and head.lemma_ == "go"
        and any(c.lower_ == "be" or c.lemma_ == "be" for c in head.children)
    )


SETTING_PREPOSITIONS = {"during", "in", "at", "after", "by", "via", "over", "through"}


def _governors(trigger: Token, depth: int = 3) -> list[Token]:
    """The verbs and nouns a trigger depends on, up to its clause's governing verb."""
    out, current = [], trigger
    for _ in range(depth):
        if current.dep_ not in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "nsubj"}:
            break
        if current.dep_ == "pobj" and current.head.lower_ in SETTING_PREPOSITIONS:
            break  # "the visit was prepared during a phone call": the call is where, not what is planned
        current = current.head
        out.append(current)
    return out


def refused_ahead(trigger: Token) -> bool:
    """ "will not provide", "would not give": a negated future is a refusal."""
    children = list(trigger.children)
    auxes = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    return any(c.dep_ == "neg" for c in children) and bool(auxes & {"will", "would", "shall", "wo", "'ll"})


def refused(trigger: Token) -> bool:
    """ "refused to meet": the event is the one turned down."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in REFUSE_VERBS


def attribution(trigger: Token, parsed: Parsed) -> str | None:
    """Who reports the event: the subject of the speech verb whose complement holds the trigger."""
    current = trigger
    for _ in range(6):
        if current.head.i == current.i:
            return None
        if current.dep_ in {"ccomp", "parataxis"} and current.head.lemma_.lower() in SPEECH_VERBS:
            speaker = [c for c in current.head.children if c.dep_ == "nsubj"]
            if speaker:
                ref = parsed.actors.resolve(speaker[0])
                return ref.name if ref else speaker[0].text
            return None
        current = current.head
    return None


CONDITIONS = {"if", "unless"}


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def condition_clauses(clause: Token) -> list[Token]:
    """The "if …" and "unless …" clauses a clause is promised on."""
    return [c for c in clause.children if c.dep_ == "advcl" and _conditional(c)]


def in_condition(trigger: Token) -> bool:
    """ "If Serbia recognises Kosovo, …": the act in a condition has not happened."""
    return _conditional(trigger)


def conditional_consequence(trigger: Token) -> bool:
    """ "we will cut the gas supply if they close the border", "Armenia would expel the ambassador if…":
    an act promised on a condition, which CAMEO codes as a threat (or a promise) when it is stated."""
    return any(c.dep_ == "advcl" and _conditional(c) for c in trigger.children)
