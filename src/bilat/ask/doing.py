"""What people were doing when something happened to them: the "as" or "while" clause of the telling.

"What were the farmers doing when the guards opened fire?" told "guards fired across the frontier as the
men watered their sheep": the clause the sentence joins to the act with "as" or "while", whose subject is
the people asked about (or a plain word for people), says what they were doing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.ask.question import content_words, stem

DOING = re.compile(r"^\s*what\s+(?:was|were)\s+(.+?)\s+doing\s+(?:when|as|while)\s+(.+?)\s*\?*\s*$", re.I)
# Plain words for people, with which an article calls again the ones it named ("the men").
PEOPLE_WORDS = frozenset(
    stem(w) for w in ("men", "women", "people", "villagers", "workers", "children", "crew", "group")
)
MARKS = frozenset({"as", "while"})


def asked(text: str) -> tuple[set[str], set[str]] | None:
    """(the words of the people asked about, the words of what happened) of a "what were X doing
    when Y" question; None for any other."""
    match = DOING.match(text)
    if match is None:
        return None
    return content_words(match.group(1)), content_words(match.group(2))


def _phrase(verb: Token) -> str:
    """The clause of the verb without its "as" or "while"."""
    tokens = [t for t in verb.subtree if not (t.dep_ == "mark" and t.head.i == verb.i)]
    return verb.doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,.") if tokens else ""


def doing(sentence: Doc, who: set[str], happened: set[str]) -> str | None:
    """The "as" or "while" clause of a verb of what happened whose subject is the people asked about."""
    for verb in sentence:
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in MARKS for c in verb.children):
            continue
        act = verb.head
        if stem(act.lemma_) not in happened and stem(act.text.lower()) not in happened:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        doers = {stem(c.lemma_) for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}}
        if not subjects or subjects[0].pos_ == "PRON":
            continue  # "as they retreated": whose "they" is may be the doers'
        said = {stem(subjects[0].lemma_), stem(subjects[0].text.lower())}
        if said & doers or not said & (who | PEOPLE_WORDS):
            continue
        return _phrase(verb) or None
    return None
