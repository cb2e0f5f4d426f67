"""The person a "he" or "she" on the asked side of the act stands for: "Foreign Minister X arrived on
Monday. On Tuesday he met Y" answers "Which minister met Y?" with X. The one named most recently before
the pronoun in its paragraph, and only when the article gives them the office asked about; when the last
person named holds another office, nobody (an earlier holder would be a guess over someone else)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from bilat.ask import person_answers, typed
from bilat.ask.question import Question
from bilat.models import Sentence

PERSONAL = frozenset({"he", "she", "him", "her"})


def pronouns(sentence: Doc, question: Question, act: Token) -> list[Token]:
    """The he or she (him or her) on the asked side of the act; not a possessive "her"."""
    wanted = "subject" if question.wh_subject else "object"
    return [
        t
        for t in sentence
        if t.lower_ in PERSONAL and t.dep_ != "poss" and t.pos_ == "PRON" and typed._side(t, act) == wanted
    ]


def _people(doc: Doc | Span, question: Question) -> list[Span]:
    return [
        e
        for e in doc.ents
        if e.label_ == "PERSON" and not (e.ent_id_ and e.ent_id_ != "-") and e.root.pos_ == "PROPN"
    ]


QUIET = frozenset({"GPE", "NORP", "LOC", "FAC", "DATE", "TIME"})


def _clear(tokens: list[Token], office_words: frozenset[str]) -> bool:
    """No one else between the name and the pronoun: no other proper name than a place's, people's or
    date's (a name the model did not tag as a person's may be the one meant), and no office word ("the
    envoy also attended" introduces someone the pronoun may stand for)."""
    return not any(
        (t.pos_ == "PROPN" and t.ent_type_ not in QUIET) or t.lower_ in office_words for t in tokens
    )


def stands_for(
    pronoun: Token,
    sentence: Doc,
    before: list[Sentence],
    parse: Callable[[str], Doc],
    question: Question,
    offices: tuple[str, ...],
    article: str,
    office_words: frozenset[str] = frozenset(),
) -> tuple[str, int | None] | None:
    """(name, index of the sentence that names them) of the person the pronoun stands for, or None.
    ``before``: the sentences of the pronoun's paragraph before its own, in order."""
    ahead = [e for e in _people(sentence, question) if e.end <= pronoun.i]
    between: list[Token] = list(sentence[ahead[-1].end if ahead else 0 : pronoun.i])
    found: tuple[Span, int | None] | None = (ahead[-1], None) if ahead else None
    for told in reversed(before):
        if found is not None:
            break
        doc = parse(told.text)
        people = _people(doc, question)
        found = (people[-1], told.index) if people else None
        between = list(doc[people[-1].end :] if people else doc) + between
    if found is None or not _clear(between, office_words):
        return None
    ent, index = found
    if typed._named(ent.text, question) or not person_answers._has_title(ent, offices, article):
        return None  # the last one named is the question's own party, or holds another office
    if question.asked_country and question.asked_country not in (
        person_answers._office_states(ent) or {question.asked_country}
    ):
        return None
    return person_answers._without_title(ent), index
