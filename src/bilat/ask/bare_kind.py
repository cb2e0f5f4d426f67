"""An answer that only counts or points at the kind the question asks for names nothing of that kind.

"Which state-owned entity was sanctioned?" is not answered by "four entities" from "sanctioned four
entities, among them …": the words are the question's own noun with a number, not the entity's name.
"""

from __future__ import annotations

import re

from bilat.ask.question import Question, content_words

# Words that count or point at things without naming them.
COUNTING = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozen",
        "dozens",
        "several",
        "some",
        "many",
        "few",
        "both",
        "all",
        "other",
        "others",
        "various",
        "numerous",
        "more",
        "most",
    ]
)


def names_nothing(question: Question, answer: str) -> bool:
    """A "which thing" answer whose words are only numbers, counting words and the question's own words
    for the kind it asks for."""
    if question.kind != "thing" or question.form is None or not question.form.name.startswith("which"):
        return False
    if re.search(r"\d|\b[^\W\d_]*[A-Z]", answer):
        return False  # "J-10 fighters", "the Hoshi Maru": a type's or a thing's name
    words = re.findall(r"[^\W\d_]+", answer.lower())
    rest = content_words(" ".join(w for w in words if w not in COUNTING))
    return bool(question.asked_words) and rest <= question.asked_words
