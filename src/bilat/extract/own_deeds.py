"""A claim of one's own deed: "Iran claimed that it had downed the drone" is Iran claiming responsibility
(CAMEO 015), not an allegation against whom the deed was done to. The dictionary reads a claim verb as an
allegation (its "allege" block, 110); that reading holds only when the claimed deed is another's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from bilat.models import ActorRef

# The claim verbs of the dictionary's allegation block: they report a deed as done, by whomever.
CLAIM_VERBS = {"claim", "aver", "avow"}
CLAIMED_RESPONSIBILITY = "015"
# Pronouns that may stand for the claimant itself ("Russia claimed that it …", "… that they had …"), and
# its possessives ("… that its navy had …").
SELF_PRONOUNS = {"it", "they", "we"}
SELF_POSSESSIVES = {"its", "their", "our"}


def _deed(verb: Token) -> Token | None:
    """The active clause the claim reports ("claimed that it had attacked"): a passive one tells what
    was done to its subject ("claimed that it had been attacked"), no deed of it."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children):
            return None
        return clause
    return None


def claims_own_deed(verb: Token, source: ActorRef, resolve: Callable[[Token], ActorRef | None]) -> bool:
    """Whether a claim verb reports a deed of the claimant's own side: the reported clause's subject is
    the claimant, one of its own state, or a pronoun that resolves to no other side."""
    if verb.lemma_.lower() not in CLAIM_VERBS or source.country is None:
        return False
    deed = _deed(verb)
    if deed is None:
        return False
    subjects = [c for c in deed.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    doer = resolve(subject)
    if doer is None:
        owners = [c.lower_ for c in subject.children if c.dep_ == "poss"]
        return subject.lower_ in SELF_PRONOUNS or (len(owners) == 1 and owners[0] in SELF_POSSESSIVES)
    return doer.actor_id == source.actor_id or doer.country == source.country
