"""The side an act done by speaking is aimed at, when the words name no addressee.

"Ethiopia's spokesman denied that its aircraft had entered Sudanese airspace", "the ministry rejected
the allegations", "Kenya will take every measure necessary if the sale proceeds": a denial, a rejection,
an accusation, a demand or a threat is always aimed at someone. When the verb's own slots name nobody,
the side is the one other state the act's words name ("Sudanese airspace"); when they name none, the
article's other state, provided the sentence names no third state that could be meant instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from bilat.models import ActorRef

# Acts done by speaking that always have an addressee: appeals are left out, since "urged restraint"
# is often addressed to everyone.
AIMED_ROOTS = {"10", "11", "12", "13"}
# Measures ("will impose duties on Australian barley") are aimed at the state their words name, but the
# article's other state is not assumed for them: a story's measure may concern anyone.
# So is aid ("a line of credit for water projects in Nepal", "budget support to help Laos pay its debts").
NAMED_ONLY_ROOTS = {"07", "16", "17"}
NAME_TYPES = {"GPE", "NORP", "ORG", "PERSON"}


def aimed_at(
    trigger: Token,
    source: ActorRef,
    dyad: tuple[str, str] | None,
    resolve: Callable[[Token], ActorRef | None],
    state: Callable[[str], ActorRef],
    assume_partner: bool = True,
) -> ActorRef | None:
    """The state ``source``'s act at ``trigger`` is aimed at, or None when the text leaves it open."""
    if source.country is None:
        return None
    subjects = {t.i for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    named = _countries([t for t in trigger.subtree if t.i not in subjects], resolve) - {source.country}
    if len(named) == 1:
        return state(next(iter(named)))
    if named or not assume_partner or not dyad or source.country not in dyad:
        return None
    partner = dyad[1] if source.country == dyad[0] else dyad[0]
    # Another state named anywhere in the sentence may be the one meant: then nobody is assumed.
    others = _countries(list(trigger.sent), resolve) - {source.country, partner}
    return None if others else state(partner)


BILATERAL_SHARE = 0.6  # of the article's country mentions, the two main countries' share
THIRD_RATIO = 0.5  # the third country's mentions, at most this fraction of the second's


def bilateral(mentions: list) -> bool:
    """The article is about two states (so an act of one with nobody named is aimed at the other): its
    two main countries hold most country mentions and no third comes close."""
    counts = Counter(m.country for m in mentions if m.country and m.label in {"GPE", "NORP"}).most_common()
    if len(counts) < 2:
        return False
    total = sum(n for _, n in counts)
    third = counts[2][1] if len(counts) > 2 else 0
    return (counts[0][1] + counts[1][1]) / total >= BILATERAL_SHARE and third <= THIRD_RATIO * counts[1][1]


def addressed_act(trigger: Token, source: ActorRef) -> bool:
    """An act a side's government takes towards another, with something it is about: not a court's
    order, an activist's charge or "refused to comment" (which is aimed at nobody)."""
    if source.kind != "state" and source.sector not in {"GOV", "MIL"}:
        return False
    passive_like = trigger.tag_ == "VBN" and trigger.head.lemma_.lower() in {"be", "stand", "remain", "get"}
    if (
        passive_like
        or trigger.dep_ in {"acomp", "oprd"}
        or any(c.dep_ in {"auxpass", "nsubjpass"} for c in trigger.children)
    ):
        return False  # "stand accused of", "was accused by": the subject is the one accused
    contents = [c for c in trigger.children if c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "oprd"}]
    # "declined to respond" speaks to nobody; "warned that it would respond", a clause with its own
    # subject, is a threat like any other.
    return bool(contents) and not any(
        c.lemma_.lower() in NO_COMMENT and not any(g.dep_ == "nsubj" for g in c.children) for c in contents
    )


# What a side declines when it only declines to speak: no act aimed at anyone.
NO_COMMENT = {"comment", "respond", "answer", "elaborate", "confirm", "say", "speak", "discuss", "reply"}


def _countries(tokens: list[Token], resolve: Callable[[Token], ActorRef | None]) -> set[str]:
    found = set()
    for token in tokens:
        if token.ent_type_ not in NAME_TYPES:
            continue
        ref = resolve(token)
        # A place ("Guantanamo Bay", "the port of Mersin") is where, not who.
        if ref is not None and ref.country is not None and ref.kind != "place":
            found.add(ref.country)
    return found
