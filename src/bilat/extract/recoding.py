"""How an act's CAMEO code follows from how it is told and who does it: a stated intention is coded as
the intent, a refusal as the rejection, a measure announced on no condition as the measure, a
government's protest as an official complaint. Tables here, applied by the event coder.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilat.extract.arguments import clause_subject
from bilat.extract.modality import HOPE_VERBS, SPEECH_VERBS, conditional_consequence
from bilat.models import ActorRef

INTENT_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
# A stated intention is coded as the intent: to cooperate (03x) for cooperative acts, a threat (13x) for
# conflictual ones ("will attack Iraq" is a threat of force, never an intent to cooperate). An act with no
# intent code of its own ("will investigate") keeps its code, marked planned.
INTENT = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}
# Acts done by speaking (appeals, demands, disapproval, rejection, threats): done when said.
SPEECH_ACTS = {"02", "10", "11", "12", "13"}
# Refusing an act ("refused to meet", "will not provide aid") is coded as the rejection of that act.
REFUSAL = {"04": "125", "06": "121", "07": "121", "08": "124"}
# Intents that a refusal still turns into a rejection: "refused to commit to assistance", "will not agree
# to the plan" reject cooperation. Refusing to demand, accuse or threaten is no rejection of anybody.
REFUSED_INTENTS = {"03"}
# "failed to reach agreement", "failed to meet": the act the verb names did not happen.
FAILING_VERBS = {"fail"}


def refusable(root: str) -> bool:
    """A refused act of this root is coded as the rejection (see REFUSAL)."""
    return root not in INTENT_ROOTS or root in REFUSED_INTENTS


def failed(trigger: Token) -> bool:
    """The act is what its subject failed to do ("failed to reach agreement on the offices")."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in FAILING_VERBS


# CAMEO's dissent (14x) is civilians' collective action; a government that "protests" complains officially.
OFFICIAL_FORM = {"14": "114"}
OFFICIAL_SECTORS = {"GOV", "MIL", "LEG"}


# A road or crossing blocked by police or troops is a restriction of movement (191), not civilians'
# obstruction of passage (144).
SECURITY_FORM = {"144": "191"}
SECURITY_SECTORS = {"COP", "MIL"}


OFFICIAL_NOUNS = {"government", "ministry", "embassy", "authorities", "cabinet", "administration", "office"}


def official(trigger: Token, source: ActorRef) -> bool:
    """The act is a government's: a state named as such ("Peru protested"), an official, or an office —
    not people who merely carry a nationality ("Peruvian fishermen protested")."""
    if source.kind == "person":
        return source.sector in OFFICIAL_SECTORS
    subjects = clause_subject(trigger)
    return bool(subjects) and all(
        s.ent_type_ in {"GPE", "ORG"} or s.lemma_.lower() in OFFICIAL_NOUNS for s in subjects
    )


# Measures a government announces and then takes (reducing relations, coercion): "will expel", "will impose".
DECIDED_ROOTS = {"16", "17"}


def decided(trigger: Token) -> bool:
    """The plain future of a decision ("will impose"), not a possibility ("could", "might") or a
    condition's consequence ("would expel them if …")."""
    auxes = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    # "Slovakia said it would expel three diplomats": "would" under a reporting verb is the reported "will".
    reported = "would" in auxes and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in SPEECH_VERBS
    return bool(auxes & {"will", "shall", "'ll"} or reported) and not conditional_consequence(trigger)


def wished(trigger: Token) -> bool:
    """An act its own subject wants or seeks to do ("Norway wants to help Chad", "seeks to deepen ties
    with B"): CAMEO codes the wish as the intent (03x, or a threat for force), not the act. Only the
    infinitive that shares the wishing verb's subject: "wants Peru to attack" is no intent of Peru's."""
    return (
        trigger.dep_ == "xcomp"
        and trigger.head.lemma_.lower() in HOPE_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    )
