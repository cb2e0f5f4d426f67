"""The act told from its other party's side: "Who received X?" answered by "X called on Y" (Y received
X), and "Whom did Y receive?" by "X called on Y". The converse phrase's doer is the one the question's
act is done to, so the side of the one asked for is swapped."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from bilat.ask.question import Phrase, Question, phrase_acts, stem


def converse_acts(sentence: Doc, question: Question, converses: list[Phrase]) -> list[Token]:
    """The sentence's verbs that tell the question's act seen from its other party."""
    verb = question.act or question.verb
    if question.kind != "person" or not verb:
        return []
    starts = {at for at, v in phrase_acts(sentence.text, converses) if v == stem(verb)}
    return [t for t in sentence if t.idx in starts and t.pos_ == "VERB"]


def swapped(question: Question) -> Question:
    """The question with its asked side swapped, for a converse act: its doer (a person or state the
    question names as the subject) is no check on the converse act's subject, which is the other party."""
    return dataclasses.replace(
        question, wh_subject=not question.wh_subject, subject_country=None, doers=[], act=None, act_word=None
    )
