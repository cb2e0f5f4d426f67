"""Claims of when a state opened a mission abroad: "India opened its embassy in Yerevan in 1999",
"Turkey has operated a consulate general in Samarkand since 2019", "Kazakhstan has had an embassy in
Seoul since 1996". Two reports of one mission's opening that give different years are a conflict.

A mission kept "since" a year was opened that year as far as the sentence tells. A mission that "will
open" is an intent, and a reopening is another event: neither is claimed.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.models import Claim, Sentence
from bilat.nlp.parsed import Parsed

MISSIONS = {"embassy": "embassy", "consulate": "consulate", "consulate-general": "consulate"}
OPENING = {"open"}
KEEPING = {"have", "maintain", "operate", "keep", "run"}
FUTURE = {"will", "would", "shall", "to", "plan", "plans"}


def _mission(noun: Token) -> str | None:
    """ "an embassy", "a consulate general" (parsed as a compound on "general"), "a consulate-general"."""
    if noun.lower_ in MISSIONS:
        return MISSIONS[noun.lower_]
    if noun.lower_ == "general" and any(c.lower_ == "consulate" for c in noun.children):
        return "consulate"
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a coordinated verb shares its head's; "which" stands for what it qualifies."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in {"WDT", "WP"} and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ != "conj":
            return None
        current = current.head
    return None


def _year(parsed: Parsed, prep: Token) -> str | None:
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        for timex in parsed.timexes:
            if timex.type == "DATE" and timex.start <= pobj.idx < timex.end:
                found = re.match(r"\d{4}", timex.value)
                return found.group() if found else None
    return None


def mission_claims(parsed: Parsed, sentence: Sentence) -> list[Claim]:
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None or not re.search(r"\b(?:embass|consulate)", sentence.text, re.I):
        return []
    claims = []
    for verb in span:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in {"VERB", "AUX"} or lemma not in OPENING | KEEPING:
            continue
        if any(c.lower_ in FUTURE for c in verb.children) or verb.tag_ in {"VB", "VBG"}:
            continue  # "will open", "plans to open", "is opening": not done yet
        if lemma in KEEPING and any(c.dep_ in {"acomp", "oprd", "xcomp", "ccomp"} for c in verb.children):
            continue  # "has kept its embassy in Kyiv open since 2022" tells it stayed, not when it opened
        missions = [(c, m) for c in verb.children if c.dep_ == "dobj" and (m := _mission(c))]
        if not missions:
            continue
        noun, kind = missions[0]
        wanted = "since" if lemma in KEEPING else "in"
        years = [y for p in verb.children if p.lower_ in {wanted, "on"} and (y := _year(parsed, p))]
        places = [
            pobj
            for p in [*noun.children, *verb.children]
            if p.lower_ == "in"
            for pobj in p.children
            if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE"
        ]
        subject = _subject(verb)
        ref = parsed.actors.resolve(subject) if subject is not None else None
        if not years or not places or ref is None or ref.kind != "state" or not ref.country:
            continue
        city = " ".join(t.text for t in places[0].subtree).lower()
        how = f"{verb.text} {'since' if wanted == 'since' else 'in'} {years[0]}"
        claims.append(
            Claim(
                attribute=f"mission_opened:{ref.country}:{kind}:{city}",
                value=years[0],
                doc_id=parsed.document.id,
                source_uri=parsed.document.source_uri,
                evidence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                derived_from=how,
            )
        )
    return claims
