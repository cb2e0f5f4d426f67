"""A count asked "since" a day: only a count whose own clause runs from that day answers.

"How many traders had been deported since 6 May?" is not answered by "officials said 40 traders had
been deported": a count with no beginning of its own may be of another span, another source's figure
told beside the one asked. Nor by a count "since April", which runs from another day.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.ask.question import MONTHS, Question

ASKED_SINCE = re.compile(r"\bsince\b", re.I)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def _since_words(text: str) -> tuple[set[str], set[str], set[str]]:
    """The years, months and days written in ``text``."""
    years = set(YEAR.findall(text))
    months = {m for m in MONTHS if re.search(rf"\b{m}\b", text)}
    days = {d.lstrip("0") for d in DAY.findall(YEAR.sub(" ", text))}
    return years, months, days


def _clause(token: Token) -> Token:
    """The verb whose clause holds the token (the sentence's root when none)."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def since_fits(question: Question, sentence: Doc, words: str) -> bool:
    """Whether the count ``words`` in ``sentence`` may answer a question asked "since" a day: the
    count's clause has a "since" of its own, and its year, month and day, where it writes them, are
    the question's. True for a question without "since"."""
    asked = ASKED_SINCE.search(question.text)
    if asked is None:
        return True
    starts = [m.start() for m in re.finditer(re.escape(words), sentence.text)]
    if not starts:
        return True  # the answer reworded: nothing to hold it to
    # The words may be written twice ("900 engineers …, and 35 engineers have …"): any telling may count.
    return any(_fits_at(question, sentence, at, len(words), asked.end()) for at in starts)


def _fits_at(question: Question, sentence: Doc, at: int, length: int, after: int) -> bool:
    """Whether the count written at ``at`` has a "since" of its own, of the question's day."""
    token = sentence.char_span(at, at + length, alignment_mode="expand")
    if token is None or not len(token):
        return True
    clause = _clause(token.root)
    # The parser hangs "since" on the counted thing's own words at times ("ships linked to the trade
    # since January"), or opens a clause with it ("since a caravan forced its way in on Friday").
    since = [t for t in clause.subtree if t.lower_ == "since"]
    if not since:
        return False
    told = " ".join(t.text for s in since for t in (s.head if s.dep_ == "mark" else s).subtree)
    # The question's since phrase ends at its clause ("since the start of 2022, by late June").
    asked_years, asked_months, asked_days = _since_words(re.split(r"[,;?]", question.text[after:])[0])
    years, months, days = _since_words(told)
    return all(
        not (mine and theirs) or mine & theirs
        for mine, theirs in ((asked_years, years), (asked_months, months), (asked_days, days))
    )
