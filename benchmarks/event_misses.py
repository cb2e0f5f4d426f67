"""Why the event coder missed a sentence: the first stage at which every verb of the sentence fell out.

Used by ``events_public.py --diagnose``. Stages, in the order a verb passes them:

    no coding verb     no verb has a line of bilat's own or a dictionary reading that codes an event
                       (not in either dictionary, a null code, or a weak reading ``trusted`` refuses)
    no actor           a coding verb, but no party resolved on its subject side (the gazetteers, or a
                       verb whose subject the parse does not give: a participle, a passive with no agent)
    parties refused    dictionary readings with parties, all refused by ``real_parties`` (no country,
                       a person without an office, one state on both sides)
    filtered later     candidates, but the event coder kept none (dating, attribution, modality)
    wrong code         an event, of another type than the gold's
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from bilat.extract.choice import choose
from bilat.extract.dictionary import fallback_pattern, load_lexicon, real_parties
from bilat.extract.pair import main_dyad
from bilat.extract.patterns import load_patterns
from bilat.extract.verb_candidates import verb_candidates
from bilat.nlp.parsed import Parsed
from bilat.pipeline import Pipeline

STAGES = ("no coding verb", "no actor", "parties refused", "filtered later", "wrong code")


def _own_pattern(token: Token, parsed: Parsed, pipeline: Pipeline):
    patterns = pipeline.resources.load("events.patterns", load_patterns)
    lemma = token.lemma_.lower()
    return choose(patterns.verbs[lemma], token) if lemma in patterns.verbs else None


def stage(parsed: Parsed, pipeline: Pipeline, coded: bool) -> str:
    """The stage a sentence's verbs fell out at (see the module's docstring)."""
    if coded:
        return "wrong code"
    lexicon = load_lexicon(pipeline.resources)
    dyad = main_dyad(parsed)
    reached = "no coding verb"
    for token in parsed.doc:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        own = _own_pattern(token, parsed, pipeline)
        pattern = own or fallback_pattern(token, lexicon.verbs)
        if pattern is None or pattern.code.startswith("01"):
            continue
        # The coder's own candidate search: a benchmark may look inside the module it measures.
        candidates = list(verb_candidates(token, pattern, parsed, dyad))
        if not candidates:
            reached = max(reached, "no actor", key=STAGES.index)
        elif own is None and not any(real_parties(c.source, c.target) for c in candidates):
            reached = max(reached, "parties refused", key=STAGES.index)
        else:
            return "filtered later"
    return reached


def report(stages: Counter, name: str) -> None:
    total = sum(stages.values())
    print(f"  {name} misses by stage ({total}):")
    for label in STAGES:
        print(f"    {label:16} {stages[label]:4}")
