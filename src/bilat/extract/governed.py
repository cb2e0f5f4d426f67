"""Acts named inside another act: "threatened to break relations", "demanded the withdrawal of troops",
"urged B to attack", "accused B of spying", "the suspension of aid to B". CAMEO codes the governing act
(the threat, the demand, the appeal, the accusation, the reduction), not the act it names, which has not
happened, is only alleged, or stops. A threat takes its kind from the act it names ("threatened to attack"
is a threat of force, 138).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

# Roots whose act names another act as its content: appeal, demand, disapprove/accuse, threaten, and
# reducing relations ("the suspension of aid", "cut off talks": the aid or talks stop, they do not happen).
# A refusal is coded from its content by the event coder's own rule ("refused to withdraw" is 12x).
# Yielding (08) undoes the act it names: "revoked the sanctions", "withdrew its decision to expel B's envoy".
GOVERNING_ROOTS = {"02", "08", "10", "11", "13", "16"}
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "pcomp"}
DENYING = {"deny", "refute", "dispute"}
# An unspecified threat (130) of an act of these roots is the threat of that kind of act.
THREAT_OF = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}


def _governor(token: Token) -> Token | None:
    """The word whose content ``token`` is: its head, through one preposition ("accused B of spying")."""
    if _object_infinitive(token):
        # "withdrew its decision to expel B's envoy": the act the verb's object announces.
        return token.head.head
    if token.dep_ not in CONTENT_DEPS:
        return None
    head = token.head
    if head.dep_ == "prep" and token.dep_ in {"pobj", "pcomp"}:
        head = head.head
    return head if head is not token else None


def _governors(token: Token, depth: int = 4) -> list[Token]:
    """The chain of words whose content ``token`` is, nearest first: "demanded that B cancel plans to sell
    arms" makes the sale the content of the cancelling and, through it, of the demand."""
    chain: list[Token] = []
    current = _governor(token)
    while current is not None and len(chain) < depth and current not in chain:
        chain.append(current)
        current = _governor(current)
    return chain


def _object_infinitive(token: Token) -> bool:
    """An infinitive describing a verb's direct object ("its decision to expel", "the order to close")."""
    return (
        token.dep_ == "acl"
        and token.head.dep_ in {"dobj", "obj"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


# Verbs that judge a deed already done: what they take as a noun object happened ("condemned Russia's seizure
# of the boat"), unlike an accusation's content ("accused Russia of seizing"), which is only alleged.
DEPLORING = {"condemn", "protest", "denounce", "deplore", "decry", "criticise", "criticize", "regret"}
# Words that make the deed one not done yet, or not known to be done.
NOT_DONE = {
    "planned",
    "proposed",
    "threatened",
    "possible",
    "alleged",
    "intended",
    "potential",
    "expected",
    "any",
}


# Nouns of asking for an act: the act an infinitive after them names is asked for, not done ("rejected a
# Dutch demand to free the crew"). Not an invitation or offer: one accepted is a stated intent ("accepted an
# invitation to visit B" is the visit planned).
REQUEST_NOUNS = {"demand", "request", "call", "appeal", "plea", "ultimatum"}


def _requested_act(token: Token) -> bool:
    """ "a demand to free the crew": the infinitive is the content of a noun of asking."""
    return (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in REQUEST_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _deplored_deed(trigger: Token, governor: Token) -> bool:
    """ "condemned Russia's seizure of a fishing boat", "protested the detention of its citizens by B": a
    noun of a deed, object of a verb that judges it, with its doer in its own phrase; it happened."""
    if governor.lemma_.lower() not in DEPLORING or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    if any(c.lower_ in NOT_DONE for c in trigger.children):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
        for c in trigger.children
    )


def drop_governed(candidates: Iterable[Any], governing_words: frozenset[int] = frozenset()) -> list[Any]:
    """Event candidates (with ``trigger`` token and ``code``) without those whose trigger is the content
    of a governing act with an addressee; an unspecified threat takes the kind of its content. A governing
    act that names no addressee of its own ("threatened to break off relations with Congo") takes the
    one its content names. ``governing_words``: tokens the patterns code as governing acts even when no
    event came of them ("the government demanded that Rwanda withdraw" with the government unknown): their
    content did not happen either."""
    items = list(candidates)
    # "denied that Ghana was targeting Nigerians": what is denied is not told as having happened.
    items = [c for c in items if (g := _governor(c.trigger)) is None or g.lemma_.lower() not in DENYING]
    items = [c for c in items if not _requested_act(c.trigger)]
    items = [
        c
        for c in items
        if (g := _governor(c.trigger)) is None
        or g.i not in governing_words
        or any(o.trigger.i == g.i for o in items)
    ]
    governors = {c.trigger.i for c in items if c.code[:2] in GOVERNING_ROOTS}
    content_target: dict[int, Any] = {}
    for candidate in items:
        governor = _governor(candidate.trigger)
        if governor is not None and governor.i in governors and candidate.target is not None:
            content_target.setdefault(governor.i, candidate.target)
    addressed = {c.trigger.i for c in items if c.code[:2] in GOVERNING_ROOTS and c.target is not None}
    governing = addressed | set(content_target)
    threat_kind: dict[int, str] = {}
    kept = []
    for candidate in items:
        governor = _governor(candidate.trigger)
        if (
            governor is not None
            and governor.i in governing
            and not _deplored_deed(candidate.trigger, governor)
        ):
            if candidate.code[:2] in THREAT_OF:
                threat_kind.setdefault(governor.i, THREAT_OF[candidate.code[:2]])
            continue
        if candidate.trigger.dep_ != "ccomp" and any(
            g.i in addressed for g in _governors(candidate.trigger)[1:]
        ):
            # Content of content of an addressed demand, appeal or threat ("demanded that B cancel plans
            # to sell arms"): it has not happened. A finite clause inside it is told as a fact ("demanded
            # that B explain why it closed the border": the closing happened).
            continue
        if (
            candidate.code[:2] in GOVERNING_ROOTS
            and candidate.target is None
            and candidate.trigger.i not in addressed
            and candidate.trigger.i in content_target
        ):
            candidate = replace(candidate, target=content_target[candidate.trigger.i])
        kept.append(candidate)
    return [
        replace(c, code=threat_kind[c.trigger.i]) if c.code == "130" and c.trigger.i in threat_kind else c
        for c in kept
    ]
