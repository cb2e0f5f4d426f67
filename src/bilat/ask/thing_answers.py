"""Answers that are bodies and things: the noun phrase a verb acts on, an act promised or denied, a thing
of the asked kind, and a group of people named by what they are.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.ask.figure_answers import _name_span
from bilat.ask.question import (
    Question,
    content_words,
    stem,
)
from bilat.ask.typed import CIRCUMSTANCE, PRONOUNS, _is_asked

# "What did X say it would do if …": the question asks for an act to come, told with "would" or "will".
WOULD_DO = re.compile(r"\b(?:would|will|'ll)\s+do\b(?:\s+(if|unless)\b(.*))?", re.I)
CONDITION = {"if", "unless"}


def promised(sentence: Doc, question: Question, act: Token | None) -> str | None:
    """ "What did X say it would do if Y was not freed?" told "she said San José would take the case
    to the court if Y was not freed": the act to come that the act reports (a verb with "would" or
    "will"), with its condition when the question names one; None when the sentence tells none."""
    asked = WOULD_DO.search(question.text)
    if asked is None or act is None:
        return None
    reach = {t.i for t in (act.head.subtree if act.dep_ in {"advcl", "conj"} else act.subtree)}
    asked_if = content_words(asked.group(2) or "")
    found = []
    for verb in sentence:
        if verb.i not in reach or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ == "do":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in verb.children):
            continue
        conditions = [
            c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in CONDITION for m in c.children)
        ]
        if asked.group(1):
            # The condition the question names must be the one the sentence gives ("if Y was not freed").
            said = {w for c in conditions for w in content_words(" ".join(t.text for t in c.subtree))}
            if not asked_if or len(asked_if & said) < max(1, len(asked_if) // 2):
                continue
        cut = {
            t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "mark", "advcl"} for t in c.subtree
        }
        cut |= {c.i for c in verb.children if c.dep_ in {"aux", "punct"}}
        kept = [t for t in verb.subtree if t.i not in cut]
        if kept:
            words = sentence[kept[0].i : kept[-1].i + 1].text.strip(" ,.;:\"“”'")
            found.append(words)
    return found[0] if len(found) == 1 else None


# "What did X say it would not receive?", "What has X never accepted?": the question asks of an act denied.
NEGATION = r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:be|been|have|yet|always|ever)\s+)?"


def asks_denied(question: Question) -> bool:
    """The question's own act is denied ("would not receive"); not one of its clauses ("if Y did not
    improve")."""
    word = question.act_word
    if not word:
        return False
    return re.search(NEGATION + re.escape(word) + r"\b", question.text, re.I) is not None


def _negated(act: Token) -> bool:
    """The act is told denied ("would not be received", "never accepted")."""
    return any(c.dep_ == "neg" for c in act.children)


def thing(sentence: Doc, question: Question, act: Token | None) -> str | None:
    """What the act is done to: its object ("urged restraint"), or what it says should happen ("urged
    both sides to resume talks"), or the clause it reports ("announced that …")."""
    if act is None:
        return None
    if WOULD_DO.search(question.text):
        return promised(sentence, question, act)
    if act.pos_ == "VERB" and _negated(act) != asks_denied(question):
        # "What did X say it would not receive?" is not answered by what it said it would receive.
        return None
    if question.stranded:
        # "What was X charged with?" told "charged with espionage": what the same preposition names.
        named = [
            o
            for c in act.children
            if c.dep_ == "prep" and c.lower_ == question.stranded
            for o in c.children
            if o.dep_ in {"pobj", "pcomp"}
        ]
        return _phrase(sentence, named[:1], question) if named else None
    if act.pos_ == "NOUN":
        # "Lima's purchase of Korea's patrol boats": what "of" names.
        objects = [o for c in act.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        return _phrase(sentence, objects[:1], question) if objects else None
    if act.pos_ == "VERB" and act.dep_ == "compound" and act.head.pos_ == "NOUN" and act.i + 1 == act.head.i:
        # "ordered its banks to stop processing payments", parsed with "processing" as a modifier of
        # "payments": the noun it is hung on is what it acts on.
        value = _phrase(sentence, [act.head], question)
        return value.removeprefix(act.text).strip() or None if value else None
    if act.pos_ != "VERB":
        return None
    objects = [c for c in act.children if c.dep_ in {"dobj", "obj", "attr"}]
    clauses = [c for c in act.children if c.dep_ in {"xcomp", "ccomp"}]
    if objects and (objects[0].pos_ == "PRON" or (_is_asked(objects[0], question) and not clauses)):
        # "accusing it of providing support", "praised Ethiopia for its support": the thing is what
        # "of" or "for" names, not the party the question already names.
        kind = [o for o in objects[:1] if stem(o.text) == question.asked_noun]
        # "What quota will X set?" told "would set its quota for next year at 127,000 tonnes": the
        # figure "at" gives is the kind asked; a time ("for next year") is when, never the thing.
        figure = [o for o in _prep_objects(act, {"at"}) if _is_figure(o)] if kind else []
        objects = (
            figure
            or [o for o in _prep_objects(act, {"of", "for", "with"}) if o.ent_type_ not in {"DATE", "TIME"}]
            or kind
        )  # "What bond did X pay?" told "posted a bond of 25,000 euros": the kind asked is no party
    if clauses and objects and _is_asked(objects[0], question):
        # "What did X urge Chile to do?": the one urged is asked already; what they should do is not.
        objects = []
    if not objects and not clauses and any(c.dep_ == "auxpass" for c in act.children):
        # "said a trade delegation would not be received" for "what would X not receive": the passive
        # subject is what the act is done to.
        objects = [
            c
            for c in act.children
            if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"} and not _is_asked(c, question)
        ]
    if not objects and not clauses and act.dep_ in {"ccomp", "xcomp"}:
        # "urged Israel to let more trucks cross the bridge": what the act's object already names,
        # the thing asked for is the doer of the act the urging wants ("what … let cross").
        objects = [
            c for c in act.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _is_asked(c, question)
        ]
    if not objects and not clauses:
        return None
    return _phrase(sentence, objects[:1] + clauses[:1], question, drop_to=not objects)


def _prep_objects(act: Token, words: set[str]) -> list[Token]:
    """The objects of the act's prepositions of ``words`` ("accused it of providing support")."""
    return [
        o
        for c in act.children
        if c.dep_ == "prep" and c.lower_ in words
        for o in c.children
        if o.dep_ in {"pobj", "pcomp"}
    ]


def _is_figure(token: Token) -> bool:
    """The noun counts or measures something by a number ("127,000 tonnes", "8 percent")."""
    return token.like_num or any(c.dep_ == "nummod" for c in token.children)


def which_thing(sentence: Doc, question: Question, act: Token | None) -> str | None:
    """ "Which talks did X pull out of?" → "the fisheries talks": the noun phrase in the act's reach
    that names the kind asked for and says more than the question does."""
    noun = question.match.groupdict().get("noun") if question.match is not None else None
    if act is None or not noun:
        return None
    kinds = {stem(w) for w in noun.split()}
    reach = {t.i for t in (act.head.subtree if act.dep_ == "conj" else act.subtree)}
    asked = content_words(question.text)
    found = []
    for chunk in sentence.noun_chunks:
        # The kind is named by a common noun of the phrase: "Ethiopia's ambassador" does not name
        # "Chilean consulates", nor "Peruvian police" a "former Peruvian vice-president".
        if chunk.root.i not in reach or not kinds & {stem(t.text) for t in chunk if t.pos_ == "NOUN"}:
            continue
        named = _names_after(chunk.root)
        if named is not None and not content_words(named) & asked:
            # "only the northern checkpoint at Kessel Ford", "consulates in Tarvo and Lenna": the
            # proper names the phrase is placed at say which ones.
            found.append((abs(chunk.root.i - act.i), named))
            continue
        words = [t for t in chunk if t.dep_ not in {"det", "poss", "case"} and t.pos_ not in {"PRON", "PART"}]
        if not words or not content_words(" ".join(t.text for t in words)) - asked:
            continue  # "rebels" alone says no more than "which rebel group"
        found.append((abs(chunk.root.i - act.i), sentence[words[0].i : words[-1].i + 1].text))
    return min(found)[1] if found else None


def _names_after(noun: Token) -> str | None:
    """The proper names a locative "at" or "in" hangs on the noun, with their conjuncts ("Tarvo and
    Lenna"); None when it has none, or when they are a country or people, not the thing's own name.
    The parser often hangs the place on the noun "of" follows ("the closure of consulates in X")."""
    holders = [noun.children]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(c for c in noun.head.head.children if c.i > noun.i)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "will close the consulate in Kessel", the parser hanging "in Kessel" on the verb: the phrase
        # right after the object places the object.
        end = max(t.i for t in noun.subtree)
        holders.append(c for c in noun.head.children if c.i == end + 1)
    for prep in (c for children in holders for c in children):
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "in"}:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if not objects or objects[0].pos_ != "PROPN":
            continue
        names = [objects[0], *(c for c in objects[0].conjuncts if c.pos_ == "PROPN")]
        if any(t.ent_type_ in {"PERSON", "NORP"} for t in names):
            return None
        if objects[0].ent_type_ == "GPE" and objects[0].ent_id_ not in {"", "-"}:
            return None  # a country ("the embassy in Quito" names a city; "in France" no single thing)
        spans = [_name_span(n) for n in names]
        return noun.doc[spans[0].start : spans[-1].end].text
    return None


def _phrase(sentence: Doc, heads: list[Token], question: Question, drop_to: bool = False) -> str | None:
    """The words of ``heads``' subtrees, without where, when and relative clauses ("a farm (in the
    region)"), and without the infinitive's "to" when ``drop_to``."""
    kept: set[int] = set()
    for head in heads:
        cut = {
            t.i
            for c in head.children
            if (c.dep_ in {"relcl", "acl", "advcl"} and not _purpose(c))
            or (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE)
            for t in c.subtree
        }
        kept |= {t.i for t in head.subtree if t.i not in cut and t.dep_ != "mark"}
        if drop_to:
            kept -= {t.i for t in head.children if t.dep_ == "aux" and t.lower_ == "to"}
            # "demanded that Germany end the checks" for "what did X demand that Germany do": the one
            # the question names as the clause's doer is no part of what is to be done.
            kept -= {
                t.i for c in head.children if c.dep_ == "nsubj" and _is_asked(c, question) for t in c.subtree
            }
    tokens = [sentence[i] for i in sorted(kept)]
    if not tokens:
        return None
    value = sentence[tokens[0].i : tokens[-1].i + 1].text.strip(" ,.;:\"“”'")
    if value.count('"') % 2:
        value = value.replace('"', "")  # a quotation cut in two: its one mark left inside means nothing
    # An answer that only repeats the question's words, give or take pronouns ("London call them off"
    # for "what did X demand that London call off"), is no answer.
    if not value or value.lower() in question.text.lower():
        return None
    return value if content_words(value) - content_words(question.text) - PRONOUNS else None


def _purpose(clause: Token) -> bool:
    """An infinitive that says what for ("let them go back to recover their belongings"): part of what
    is to be done, unlike a clause of when or where ("when the talks end")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def group(sentence: Doc, question: Question, act: Token | None, offices: frozenset[str]) -> str | None:
    """ "Whom did X urge Y to release?" told "urged Y to release the minors": a group of people the act is
    done to, which the sentence names by what they are, not by their names. Only a plural common noun
    in the object's place: one person, a pronoun or an office ("the ambassadors") is no such answer."""
    if act is None or act.pos_ != "VERB" or question.wh_subject or question.title:
        return None
    objects = [c for c in act.children if c.dep_ == "dobj" and c.tag_ == "NNS" and not c.ent_type_]
    if len(objects) != 1 or _is_asked(objects[0], question):
        return None
    noun = objects[0]
    if noun.lemma_.lower() in offices or noun.lower_ in offices or stem(noun.text) in question.words:
        return None
    words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.is_lower and c.is_alpha]
    first = min([noun.i, *(w.i for w in words)])
    return sentence[first : noun.i + 1].text
