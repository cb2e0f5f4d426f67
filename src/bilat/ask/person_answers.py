"""Answers that are people: the person (or office holder) a sentence names as doing or undergoing the asked
act, the office holders it leaves unnamed, and the titles that mark them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from bilat.ask.question import (
    Question,
    unhyphened,
)
from bilat.ask.source_names import DATELINE
from bilat.ask.typed import TITLE_WORDS, _named, _side, _verbless_clause

HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "H.E.", "Sir", "Dame", "Lord", "Lady"}


def _has_title(ent: Span, offices: tuple[str, ...], article: str) -> bool:
    """The person holds one of the offices asked about: the sentence says so, or the article did when it
    first named them ("Foreign Minister Mevlut Cavusoglu", later "Cavusoglu")."""
    start = ent.start
    while start > 0 and ent.doc[start - 1].text in HONORIFICS:
        start -= 1
    # "the Deputy High Commissioner in New Delhi, Mr. X": an office and its post in apposition.
    reach = 8 if start > 0 and ent.doc[start - 1].text == "," else 5
    before = ent.doc[max(0, start - reach) : ent.start].text.lower()
    around = list(_appos_office(ent).subtree) if ent.root.dep_ == "appos" else []
    if not around and start >= 2 and ent.doc[start - 1].text == ",":
        # "paid a call on the Vice President of X, Y": a name the parser hangs on the verb
        # names the noun phrase that ends right before its comma, however long its "of" phrases.
        around = [t for t in _phrase_before(ent.doc[start - 2]).subtree if t.i < start]
    around_text = " ".join(t.lower_ for t in around)
    # "X, ambassador to Lenna, said": an office after the name is in apposition to it only up to the
    # next verb ("Minister Y, summoned the ambassador" is someone else's office).
    following = []
    for token in ent.doc[ent.end : ent.end + 4]:
        if token.pos_ in {"VERB", "AUX"}:
            break
        following.append(token.text)
    after = " ".join(following).lower()
    last = re.escape(ent.text.split()[-1])
    for office in offices:
        # "deputy minister" is said "Deputy Foreign Minister": an office's words in order, a word or two
        # of its portfolio between them.
        said = re.compile(r"\b" + r"(?:\s+[\w'’-]+){0,2}?\s+".join(map(re.escape, office.split())) + r"\b")
        if said.search(before) or said.search(around_text) or (after.startswith(",") and said.search(after)):
            return True
        if re.search(rf"{said.pattern}(?:\s+[A-Z][\w'’.-]*){{0,4}}\s+{last}\b", article, re.I):
            return True
        # "Serbia's minister for European integration, Nikola X": the office with its portfolio in words
        # of its own, then the name in apposition.
        portfolio = r"\s+(?:for|of)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+(?-i:[A-Z][\w'’.-]*\s+){0,3}"
        if re.search(rf"{said.pattern}{portfolio}{last}\b", article, re.I):
            return True
    return False


def _phrase_before(token: Token) -> Token:
    """The noun whose phrase ends with ``token``: up through "of" phrases ("the Vice President of the
    Republic of X" from "X"), no further than a noun."""
    while (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.head.pos_ in {"NOUN", "PROPN"}
        and token.head.head.i < token.i
    ):
        token = token.head.head
    return token


def _appos_office(ent: Span) -> Token:
    """The noun phrase a name in apposition names: "the Ambassador of Ruritania in Lenna, Ivo Marek" is
    parsed with the name hung on the post's place ("Lenna"); the office is the phrase that place is in."""
    office = ent.root.head
    while office.dep_ in {"pobj", "prep"} and office.head.i != office.i:
        office = office.head
    return office


def person(
    sentence: Doc,
    question: Question,
    act: Token | None,
    article: str = "",
    known: frozenset[str] = frozenset(),
    roles: dict[str, tuple[str, ...]] | None = None,
) -> list[str]:
    """The people the question asks for: not those it names, on the asked side of its act, holding the
    office it names. ``known``: surnames of the people in the store, which the model may tag otherwise."""
    people = [
        e
        for e in sentence.ents
        # A body the model tags by a word some person of the store bears ("the Minister of Finance") is
        # no person: no one is called "the" and their surname.
        if (
            e.label_ == "PERSON"
            or (e.label_ in {"ORG", "GPE"} and e.text.split()[-1] in known and e[0].lower_ != "the")
        )
        and not (e.ent_id_ and e.ent_id_ != "-")
        and not _named(e.text, question)
    ]
    if question.asked_country:
        # "Which Jordanian minister …" told "Iraq's oil minister, A, and Jordan's energy minister, B".
        people = [
            e for e in people if question.asked_country in (_office_states(e) or {question.asked_country})
        ]
    if question.title:
        offices = (roles or {}).get(question.title, (question.title,))
        people = [e for e in people if _has_title(e, offices, article)]
        # An office has one holder: the nearest to the act, or the first named.
        people = sorted(people, key=lambda e: abs(e.root.i - act.i) if act is not None else e.start)[:1]
    elif act is None:
        return []
    if act is not None and question.kind == "person":
        wanted = "subject" if question.wh_subject else "object"
        people = [e for e in people if _side(e.root, act) == wanted]
    # "Modi's special envoy, Ravi Menon, spoke …": the envoy acted, not the one whose envoy he is.
    people = [e for e in people if e.root.dep_ != "poss"] or people
    return list(dict.fromkeys(_without_title(e) for e in people))


def _office_states(ent: Span) -> set[str]:
    """The states the office written with a name says it is of: "Jordan's energy minister, X" (the name
    in apposition, or taken by the parser for a conjunct) or "Iraqi Oil Minister X" (a title right before
    it). Empty when it says none."""
    doc = ent.doc
    office = None
    if ent.root.dep_ == "appos":
        office = ent.root.head
    elif ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].pos_ in {"NOUN", "PROPN"}:
        office = doc[ent.start - 2]
    if office is not None:
        # "Chile's ambassador in Lima, X": the parser may hang the name on the post's place; the office
        # is the noun phrase the place belongs to.
        while office.dep_ in {"pobj", "prep"} and office.head.i != office.i:
            office = office.head
        words = [t for t in office.subtree if t.i < ent.start]
    else:
        words = []
        for token in reversed(doc[max(0, ent.start - 6) : ent.start]):
            if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "DET", "CCONJ", "PRON"}:
                break
            words.append(token)
    return {t.ent_id_ for t in words if t.ent_type_ in {"GPE", "NORP"} and t.ent_id_ and t.ent_id_ != "-"}


def unnamed_office(
    sentence: Doc, question: Question, act: Token, titles: Collection[str], phrased: bool = False
) -> tuple[str, str | None] | None:
    """The office (and its state) of the act's asked party when the sentence names it by office alone
    ("summoned Venezuela's ambassador", "declared a Belgian diplomat persona non grata")."""
    wanted = "subject" if question.wh_subject else "object"
    if act.pos_ != "VERB":
        return None
    arguments = [
        t
        for t in act.subtree
        if t.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}
        and (
            t.head.i == act.i
            or (t.dep_ == "pobj" and t.head.head.i == act.i and t.head.dep_ == "agent")
            or _small_clause_subject(t, act)
            or _particle_object(t, act, question, phrased)
        )
        and (_side(t, act) == wanted or _particle_object(t, act, question, phrased))
    ]
    # "DAMASCUS, July 2 (Wire) — X's foreign minister demanded …", parsed with the dateline's city as a
    # second subject: the dateline names no party of the act (its outlet may read as a person's name).
    dateline = DATELINE.match(sentence.text)
    for argument in arguments:
        if dateline is not None and argument.idx < dateline.end():
            continue
        if any(t.ent_type_ == "PERSON" for t in argument.subtree):
            return None  # named already
        first = min(t.i for t in argument.subtree)
        while first >= 2 and sentence[first - 1].text == "-" and not sentence[first - 2].whitespace_:
            first -= 2  # "vice-president", which the parser may split into three arguments
        # "a Belgian diplomat persona non grata": the office may be a word inside the argument.
        for token in (t for t in argument.subtree if t.pos_ in {"NOUN", "PROPN", "X"}):
            text = unhyphened(sentence[first : token.i + 1].text.lower())
            office = max((t for t in titles if re.search(rf"\b{re.escape(t)}$", text)), key=len, default=None)
            if office is None:
                continue
            states = {t.ent_id_ for t in sentence[first : token.i + 1] if t.ent_id_ and t.ent_id_ != "-"}
            return office, (states.pop() if len(states) == 1 else None)
    return None


def unnamed_holders(sentence: Doc, offices: tuple[str, ...]) -> int:
    """How many holders of the offices the sentence tells without a name ("declared a Spanish diplomat
    persona non grata, a day after Madrid summoned its ambassador": two). With more than one, "the
    ambassador, X" in a later sentence may be either of them."""
    count = 0
    for token in sentence:
        if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ == "PERSON":
            continue
        text = unhyphened(sentence[max(0, token.i - 3) : token.i + 1].text.lower())
        if not any(re.search(rf"\b{re.escape(o)}$", text) for o in offices):
            continue
        named = any(t.ent_type_ == "PERSON" for t in (*token.subtree, token.head))
        count += not named
    return count


def _particle_object(token: Token, act: Token, question: Question, phrased: bool = False) -> bool:
    """ "called in a senior Chinese diplomat", parsed with "in" as a preposition: the object of the
    particle right after the act, when the question writes the act with the same particle ("call in")
    or the phrase the two make is another way to write the question's act (``phrased``: "summon" told
    "called in"); it is acted upon. Only when the question asks for the one acted upon."""
    particle = token.head
    return (
        not question.wh_subject
        and token.dep_ == "pobj"
        and particle.i == act.i + 1
        and particle.head.i == act.i
        and (
            phrased
            or re.search(
                rf"\b{re.escape(act.lemma_.lower())}\w*\s+{re.escape(particle.lower_)}\b", question.text, re.I
            )
            is not None
        )
    )


def _small_clause_subject(token: Token, act: Token) -> bool:
    """ "declared a counsellor at the embassy persona non grata": the parser makes the one declared the
    subject of a verbless clause ("persona") the act takes."""
    return token.dep_ == "nsubj" and _verbless_clause(token.head, act)


def titled_people(
    sentence: Doc, question: Question, offices: tuple[str, ...], country: str | None, after: bool = False
) -> list[str]:
    """The people a sentence names, in apposition, as the one holding an office told before ("the
    ambassador, Rosa Quintero", "the first secretary of the Danish embassy, Mette Krog"): "the"
    refers back; "Foreign Minister X" introduces someone new. Of the given state when it says whose.
    ``after``: the sentence follows the one that told the office unnamed, where a name with the
    office as its title ("Ambassador Rosa Quintero was handed a note") names that same holder."""
    people = []
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or _named(ent.text, question):
            continue
        if after and ent.root.dep_ != "appos":
            # Told again as acted upon ("Ambassador Rosa Quintero was handed a note"), or as the doer
            # for a question about the doer; a titled name in another role ("the minister later met
            # consul Juhani Koski") introduces someone who may be another holder of the office.
            side = "nsubj" if question.wh_subject else "nsubjpass"
            if (ent.root.dep_ == side or _told_to(ent, question)) and (
                _titled_as(ent, offices, country) or _office_after(ent, offices, country)
            ):
                people.append(_without_title(ent))
            continue
        if ent.root.dep_ != "appos":
            continue
        head = ent.root.head
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "The former vice-president, Anselmo Quiroga": a hyphened office the parser splits.
            if _the_office_before(ent, offices):
                people.append(_without_title(ent))
            continue
        words = unhyphened(" ".join(t.lower_ for t in head.subtree if t.i < ent.start))
        if not any(re.search(rf"\b{re.escape(o)}\b", words) for o in offices):
            continue
        said = {t.ent_id_ for t in head.subtree if t.i < ent.start and t.ent_id_ and t.ent_id_ != "-"}
        if country is not None and said and country not in said:
            continue
        people.append(_without_title(ent))
    return people


# Verbs by which an office holder who was summoned or received is then told something ("the minister
# told Ambassador X that …", "handed Ambassador X a note"): the one told is the one acted upon.
TOLD = frozenset({"tell", "inform", "hand", "give", "notify", "remind", "brief"})


def _told_to(ent: Span, question: Question) -> bool:
    """The name is the one told something, for a question about the one acted upon."""
    return (
        not question.wh_subject
        and ent.root.dep_ in {"dobj", "dative"}
        and ent.root.head.pos_ == "VERB"
        and ent.root.head.lemma_.lower() in TOLD
    )


def _office_after(ent: Span, offices: tuple[str, ...], country: str | None) -> bool:
    """The name is followed by one of the offices in apposition ("Zhou Lan, deputy chief of mission at
    the Chinese embassy, had been told …"), of the given state when the office says whose."""
    for office in (c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end):
        words = list(office.subtree)
        text = unhyphened(" ".join(t.lower_ for t in words))
        if not any(re.search(rf"^{re.escape(o)}\b", text) for o in offices):
            continue
        said = {t.ent_id_ for t in words if t.ent_id_ and t.ent_id_ != "-"}
        if country is None or not said or country in said:
            return True
    return False


def _the_office_before(ent: Span, offices: tuple[str, ...]) -> bool:
    """ "the former vice-president, X": "the", a word or two, the office and a comma right before."""
    window = unhyphened(ent.doc[max(0, ent.start - 8) : ent.start].text.lower())
    return any(
        re.search(rf"(?:^|[^\w])the\s+(?:[\w'’]+\s+){{0,2}}?{re.escape(o)}\s*,\s*$", window) for o in offices
    )


def _titled_as(ent: Span, offices: tuple[str, ...], country: str | None) -> bool:
    """The name is written with one of the offices as its title, right before it or taken into the
    entity ("deputy chief of mission Zhou Lan", "Ambassador Rosa Quintero"), of the given state when
    the title says whose."""
    inside = []
    for token in ent:
        if token.lower_ not in TITLE_WORDS and not any(token.lower_ in o.split() for o in offices):
            break
        inside.append(token)
    end = ent.start
    while end > 0 and ent.doc[end - 1].text in HONORIFICS:
        end -= 1  # "Ambassador Sir Giles Harrow": the title comes before the honorific
    start = max(0, end - 6)
    words = [*sentence_words(ent.doc[start:end]), *(t.lower_ for t in inside)]
    text = unhyphened(" ".join(words))
    if not any(re.search(rf"(?:^|\s){re.escape(o)}$", text) for o in offices):
        return False
    said = {t.ent_id_ for t in ent.doc[start : ent.start] if t.ent_id_ and t.ent_id_ != "-"}
    return country is None or not said or country in said


def sentence_words(span: Span) -> list[str]:
    """The span's words in lower case, from its last punctuation on: a title is right before a name."""
    words: list[str] = []
    for token in span:
        words = [] if token.is_punct and token.text not in {"'", "’", "-"} else [*words, token.lower_]
    return words


def _without_title(ent: Span) -> str:
    """ "Minister Rustem Umerov" → "Rustem Umerov": the model sometimes takes the title into the name."""
    words = ent.text.split()
    while len(words) > 2 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)
