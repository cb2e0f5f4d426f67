"""A speech act told by its own words: "Who accused India of targeting civilians?" told by '"India is
deliberately targeting civilians," she told a briefing', and "Which minister rejected X?" by '"We reject
this decision," Minister Y said'. The speaker of a quotation that says the act does the act: the
question's doer is the subject of the reporting verb outside the quotation marks."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bilat.ask.places import REPORTING
from bilat.ask.question import Question, stem

# Acts whose quoted words name the accused and what they did ("X is targeting civilians").
ACCUSING = frozenset(stem(v) for v in ("accuse", "blame"))
FIRST_PERSON = frozenset({"we", "i"})
QUOTE = re.compile(r"[\"“]([^\"”]{8,})[\"”]")


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def _tells_act(verb: Token, question: Question, synonyms: dict[str, str]) -> bool:
    """The quoted verb says the question's act: the act itself in the first person ("we reject"), or,
    for an accusation, what the accused did, with the accused (a state the question names, not the
    asked one's) as its subject."""
    act = stem(question.act or question.verb or "")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    said = stem(verb.lemma_)
    if synonyms.get(said, said) == synonyms.get(act, act):
        return any(s.lower_ in FIRST_PERSON for s in subjects)
    if act not in ACCUSING or said == act or said not in question.words:
        return False
    accused = question.countries - {question.asked_country}
    return any(t.ent_id_ in accused for s in subjects for t in s.subtree)


def speaker_verb(sentence: Doc, question: Question, synonyms: dict[str, str]) -> Token | None:
    """The reporting verb ("said", "told") outside the quotation whose quoted words tell the question's
    act; None when no quotation tells it or the sentence reports it by more than one verb."""
    if question.kind != "person" or not question.wh_subject or not (question.act or question.verb):
        return None
    spans = [(m.start(1), m.end(1)) for m in QUOTE.finditer(sentence.text)]
    if not spans:
        return None
    if not any(
        _inside(t, spans) and t.pos_ == "VERB" and _tells_act(t, question, synonyms) for t in sentence
    ):
        return None
    reporting = [
        t
        for t in sentence
        if not _inside(t, spans)
        and t.pos_ == "VERB"
        and t.lemma_ in REPORTING
        and any(c.dep_ == "nsubj" and not _inside(c, spans) for c in t.children)
    ]
    return reporting[0] if len(reporting) == 1 else None


def pronoun_speaker(verb: Token) -> bool:
    """The reporting verb's subject is a he or she ('"…," she told a briefing')."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in verb.children)


def speaker(doc: Doc) -> Span | None:
    """The person who speaks in a sentence reported by its main verb ("Spokesperson X said …"): the
    subject of a root reporting verb, when it is a person's name. A he or she who speaks in the next
    sentence of the paragraph goes on quoting the same speaker, whoever the reported words mention."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_ not in REPORTING:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next(
        (
            e
            for e in doc.ents
            if e.label_ == "PERSON" and e.start <= subject.i < e.end and e.root.pos_ == "PROPN"
        ),
        None,
    )
