"""The reasons given for an act: "closed the crossing for security reasons", "because of repairs".

"What reasons did X give for closing the crossing?" told "the crossing had been closed for 'technical
inspection and security reasons'": the phrase the act's verb takes after "for" when it names reasons or
grounds (not "closed for two days", nor "closed for freight"), or after "because of", "due to" or "citing".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.ask.question import stem

ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:reasons?|grounds?)\s+(?:did|does|do|has|have|had)\s+.+?\s+"
    r"(?:give|gave|given|cite|cited)\s+(?:for|to\s+justify)\s+(\w+ing)\b",
    re.I,
)
# Words that say the "for" phrase gives a reason ("for security reasons", "on health grounds").
REASON_NOUNS = frozenset({"reason", "ground", "motive"})
# Verbs and prepositions that always lead to a reason.
CAUSE_MARKS = re.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|citing)\s+", re.I)


def asked(text: str) -> str | None:
    """The stem of the act a "what reasons did X give for doing Y" question asks about; None for any other."""
    match = ASKED.match(text)
    return stem(match.group(1).lower()) if match else None


def _phrase(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return doc[first : last + 1].text.strip(" \"'“”,.")


def reason(sentence: Doc, act: str) -> str | None:
    """The reasons the sentence gives for the act (a verb whose stem is ``act``), or None."""
    for verb in sentence:
        if verb.pos_ != "VERB" or act not in {stem(verb.lemma_.lower()), stem(verb.lower_)}:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "on"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                phrase = list(obj.subtree)
                if any(t.lemma_.lower() in REASON_NOUNS for t in phrase):
                    return _phrase(phrase)
        after = sentence.text[verb.idx :]
        cause = CAUSE_MARKS.search(after)
        if cause is not None:
            start = verb.idx + cause.end()
            span = sentence.char_span(start, start + 1, alignment_mode="expand")
            if span is not None and len(span):
                head = span[0]
                while head.dep_ in {"compound", "amod", "det"} and head.head.i != head.i:
                    head = head.head
                if any(a.i == verb.i for a in head.ancestors):  # the act's own cause, not another's
                    return _phrase(list(head.subtree))
    return None


def why(sentence: Doc, act: Token | None) -> str | None:
    """ "Why did X close the crossing?": the cause or purpose the sentence gives the act itself, a
    "because" clause ("because it was filed late"), a cause after "because of", "due to" or "citing", a
    reason "for" ("for security reasons"), or an infinitive of purpose set off from it ("…, to cut
    their dependence on gas"); None when it gives none. Only the act's own: a reason given for another
    act of the sentence answers another question."""
    if act is None or act.pos_ not in {"VERB", "AUX"}:
        return None
    for clause in act.children:
        if clause.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "because" in marks:
            return _phrase([t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
        if not marks and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            before = sentence[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
            if before is not None and (before.text == "," or before.lower_ == "order"):
                return _phrase(list(clause.subtree))
    told = reason(sentence, stem(act.lemma_.lower()))
    return told
