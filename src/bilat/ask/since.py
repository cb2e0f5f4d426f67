"""Since when: the date a state of things began, read only after "since" in a sentence that tells it.

"Since which year has X recognised Y?" told "X still recognises Y, which it has done since 1971". The
records date the news that tells the state of things, not when it began: they never answer this form.
"""

from __future__ import annotations

import re
from typing import Any

from bilat.ask.question import MONTHS, Question, content_words, date_words, stem
from bilat.models import Answer

SINCE = re.compile(
    rf"\bsince\s+(?:(?P<month>{'|'.join(MONTHS)})\s+)?(?P<year>(?:1[89]|20)\d\d)\b(?!\s*[-–%])"
)
# "Since which year …": a wording the records were never asked; its answer must be a beginning told.
SINCE_YEAR = re.compile(r"^\s*since\s+(?:what|which)\s+year\b", re.I)
LIGHT = {"be", "have", "do"}
SURE = 0.75  # share of the question's words a sentence must hold when the act is "be" or "have"
TRIED = 4  # best candidates read


def since_answer(asker: Any, question: Question) -> Answer | None:
    """For "since when" alone: the one date after "since" in the best sentence that tells the question's
    act (candidates of the asker's retrieval whose sources it owns). The records date the news."""
    if question.form is None or question.form.name != "since_when":
        return None
    candidates = [
        c for c in asker.retriever.candidates(question) if asker._names_owned(question, c.doc_id, c.sentence)
    ]
    synonyms: dict[str, str] = asker.synonyms
    act = question.act or question.verb
    for candidate in candidates[:TRIED]:
        found = list(SINCE.finditer(candidate.text))
        if len(found) != 1:
            continue  # none, or two beginnings of which the question's is not known
        if act and act not in LIGHT:
            held = {synonyms.get(w, w) for w in content_words(candidate.text)}
            if synonyms.get(stem(act), stem(act)) not in held:
                continue  # "since 2004" of another act of the sentence
        elif candidate.coverage < SURE:
            continue
        month = found[0].group("month")
        value = found[0].group("year") + (f"-{MONTHS.index(month) + 1:02d}" if month else "")
        return Answer(
            question=question.text,
            answer=date_words(value),
            value=value,
            kind="date",
            citations=[candidate.citation()],
            evidence="text",
            confidence=round(min(0.9, 0.35 + 0.4 * candidate.coverage), 2),
        )
    return None


def since_told(question: Question, found: Answer) -> bool:
    """A "since which year" answer holds only when its sentence tells a beginning with "since"."""
    if not SINCE_YEAR.match(question.text):
        return True
    return any(re.search(r"\bsince\b", c.evidence, re.I) for c in found.citations[:1])
