"""How old a named person is: news writes a person's age in commas right after their name ("Jonas Berg,
34, who worked for …") or as "the 34-year-old" after it. Only a name the question gives is looked for;
a person named by description alone ("the detained engineer") is left to the other readings.
"""

from __future__ import annotations

import re

from bilat.models import Answer, SearchHit
from bilat.store import Store

# "How old is Jonas Berg?", "How old was the aid worker Jonas Berg when …": the name is the last
# capitalised words before the end or a clause.
AGE_QUESTION = re.compile(r"^\s*how\s+old\s+(?:is|was)\s+(?P<who>[^?]+?)\s*(?:\bwhen\b[^?]*)?\?*\s*$", re.I)
NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+\s*$")
SEARCHED = 20  # sentences that name the person, read for an age


def asked_name(question: str) -> str | None:
    """The name whose age a "how old" question asks, when it ends on one."""
    asked = AGE_QUESTION.match(question)
    if asked is None:
        return None
    name = NAME.search(asked.group("who"))
    return name.group(0).strip() if name else None


def told_age(text: str, name: str) -> str | None:
    """ "Jonas Berg, 34, …" → "34"; the surname alone after a first mention ("Berg, 34,") too."""
    surname = re.escape(name.split()[-1])
    found = re.search(rf"\b{surname},\s+(\d{{1,3}}),", text)
    return found.group(1) if found and 0 < int(found.group(1)) < 120 else None


def age_answer(store: Store, question: str, cite) -> Answer | None:
    """The age the store's sentences give the person the question names; None when none or several."""
    name = asked_name(question)
    if name is None:
        return None
    hits: list[SearchHit] = store.search(name, limit=SEARCHED, any_word=False)
    ages = [(hit, age) for hit in hits if (age := told_age(hit.text, name))]
    if len({age for _, age in ages}) != 1:
        return None  # none, or two ages (two people of one surname): no answer
    hit, age = ages[0]
    return Answer(
        question=question,
        answer=f"{age} years old",
        value=age,
        kind="figure",
        citations=[cite(hit.doc_id, hit.text, sentence=hit.sentence)],
        evidence="text",
        confidence=0.8,
    )
