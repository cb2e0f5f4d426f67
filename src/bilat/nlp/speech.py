"""The state an official speaks for, read from what they say a state will do.

Officials announce their own state's will in the third person: "President Ruiz said Peru 'will not hand
over a single person'", "the spokesman said Lima was ready for talks", "Peru agreed to lease the port,
Minister Soto told reporters". The same words about the other side are a threat or a prophecy: "warned
that Quito would pay a heavy price", "said Quito would have to withdraw". So only a state's own will,
wish, commitment or readiness counts, with that state as the active subject, and never a consequence it
is told it will suffer; a warning of one says the person is *not* of the state warned.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

# Verbs by which a person reports words: the clause they govern is what the person says.
SPEAKING = {
    "say",
    "tell",
    "add",
    "announce",
    "confirm",
    "insist",
    "stress",
    "reiterate",
    "state",
    "declare",
    "assure",
    "warn",
    "vow",
    "pledge",
    "promise",
    "explain",
    "note",
    "write",
}
# Auxiliaries of an intention: "said Peru will not yield", "said Lima would appeal".
INTENT = {"will", "would", "shall", "'ll", "wo"}
# A state's wish, expectation, commitment or refusal, as the verb of the clause: "said Peru wanted …".
WILLING = {
    "want",
    "wish",
    "hope",
    "seek",
    "intend",
    "expect",
    "agree",
    "offer",
    "promise",
    "pledge",
    "refuse",
    "decline",
    "plan",
}
# "said Peru was ready for talks", "China stands ready to help".
READY = {"ready", "willing", "prepared", "determined"}
# What a state is told it will undergo, whoever it is: "warned that Quito would pay a heavy price",
# "the neighbour would see a stern reply", "would face consequences". A warning, not a will.
CONSEQUENCES = {
    "pay",
    "regret",
    "suffer",
    "face",
    "bear",
    "witness",
    "feel",
    "answer",
    "lose",
    "get",
    "receive",
    "see",
    "learn",
    "meet",
}
# Modals of what another must do: "said Quito should withdraw", "would have to withdraw".
OBLIGED = {"should", "must", "ought"}
WARNING = {"warn", "threaten", "caution"}
# Verbs by which an official answers a charge against a state: "denied that Lima had misled anyone". A
# state's officials deny what it is accused of; the other side makes the charge, it does not deny it.
DENYING = {"deny"}


def _own_verb(token: Token, titles: Container[str] = ()) -> Token | None:
    """The verb whose subject the name is ("Minister X said …", "X defended …, saying …"), through its
    title words, or of a relative clause on it ("X, who told reporters …"). ``titles``: title words, for
    a name the parser hung on its own title's portfolio ("Minister of Trade Ana Ruiz said")."""
    node = token
    while node.dep_ in {"compound", "flat", "appos", "amod"} and node.head.i != node.i:
        node = node.head
    if _name_in_portfolio(token, node, titles):
        node = node.head.head
    if node.dep_ == "nsubj" and node.head.pos_ in {"VERB", "AUX"}:
        return node.head
    return _relative_verb(node)


def _name_in_portfolio(token: Token, node: Token, titles: Container[str]) -> bool:
    """ "Deputy Minister of Trade Ana Ruiz said …" parsed with the name as the object of "of": the title
    the portfolio belongs to is the name's, when the word right before the name is a portfolio's and not a
    title of its own ("the spokesman of Minister X" is the spokesman's)."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in {"of", "for"} or prep.head.lower_ not in titles:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None  # ``token``: the name's first word
    return before is not None and before.pos_ == "PROPN" and before.lower_ not in titles and prep.i < before.i


# What may stand between a name and the relative clause on it that the parser hung elsewhere: "met Vice
# Premier X on Tuesday, who told him …".
BETWEEN_NAME_AND_WHO = {"on", "in", "at", ","}


def _relative_verb(node: Token) -> Token | None:
    for clause in (c for c in node.children if c.dep_ == "relcl"):
        if any(s.dep_ == "nsubj" and s.lower_ == "who" for s in clause.children):
            return clause
    # "X on Tuesday, who told him": a date between the name and "who".
    i = node.i + 1
    doc = node.doc
    while (
        i < len(doc)
        and i < node.sent.end
        and (doc[i].lower_ in BETWEEN_NAME_AND_WHO or doc[i].ent_type_ == "DATE")
    ):
        i += 1
    if i < len(doc) and doc[i].lower_ == "who" and doc[i].dep_ == "nsubj" and doc[i].head.dep_ == "relcl":
        return doc[i].head
    return None


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a person's verb of speech reports: its complement ("said that Peru would …"), that of a
    participle or a second verb of speech joined to their act ("defended the raid, saying Peru would …",
    "urged calm and said Peru wanted …"), and the clause their report is set inside when it comes first
    ("Peru will appeal, the minister said")."""
    acts = [verb]
    acts += [
        c
        for c in verb.children
        if (c.dep_ == "advcl" and c.tag_ == "VBG")
        or (c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ == "nsubj" for s in c.children))
    ]
    acts = [a for a in acts if a.lemma_.lower() in SPEAKING]
    clauses = [c for act in acts for c in act.children if c.dep_ == "ccomp"]
    # "said the boat would come in May and that Lima was ready …": a second "that" clause joined to the first.
    clauses += [
        c
        for clause in clauses
        for c in clause.children
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and any(m.dep_ == "mark" for m in c.children)
    ]
    head = verb.head
    inside = verb.dep_ in {"ccomp", "parataxis"} and head.i < verb.i and head.pos_ in {"VERB", "AUX"}
    if verb.lemma_.lower() in SPEAKING and inside:
        clauses.append(verb.head)
    return clauses


def _willed(clause: Token) -> bool:
    """Whether a clause states its subject's own will: an intention, a wish or commitment, a readiness."""
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if aux & OBLIGED or clause.lemma_.lower() in CONSEQUENCES | {"have", "need"}:
        return False
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if aux & INTENT or clause.lemma_.lower() in WILLING:
        return True
    return any(c.dep_ == "acomp" and c.lower_ in READY for c in clause.children)


def _warned_of(clause: Token, speech: Token) -> bool:
    """Whether a clause is a consequence the speaker warns of ("warned that Quito would pay")."""
    if clause.lemma_.lower() in CONSEQUENCES:
        return True
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return passive and speech.lemma_.lower() in WARNING


def _denied_states(act: Token, state_at: Callable[[Token], str | None]) -> set[str]:
    """ "X denied that Lima had misled its partner", "X defended the raid, denying that Peru had …": the
    states the person's denial clears, named by their own name or a body of theirs as the active subject of
    the clause denied. Not a people ("denied that Peruvians had been singled out"): what is denied of
    them may be done by the other side."""
    acts = [act, *(c for c in act.children if c.dep_ in {"advcl", "conj"} and c.pos_ == "VERB")]
    # "called the visitors buyers at an auction, and denied that Oslo had …": a past-tense verb the
    # parser joined to the reported clause, with no subject or auxiliary of its own, is the speaker's.
    acts += [
        c
        for clause in act.children
        if clause.dep_ == "ccomp"
        for c in clause.children
        if c.dep_ == "conj"
        and c.tag_ == "VBD"
        and not any(s.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for s in c.children)
    ]
    found: set[str] = set()
    for denial in (a for a in acts if a.lemma_.lower() in DENYING):
        for clause in (c for c in denial.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.ent_type_ != "NORP"]
            found |= {s for s in (state_at(t) for t in subjects) if s is not None}
    return found


# Verbs by which one side presses another to act: "urged Lima to guarantee …", "pressed Quito to …".
URGING = {"urge", "press", "implore"}
# Subjects that name the speaker's own side without naming a state: "the government", "we".
OWN_SIDE = {"government", "we"}


def _urged_by_own_side(clause: Token, state_at: Callable[[Token], str | None]) -> bool:
    """Whether a reported clause says the speaker's own side, unnamed, urged someone: "the government
    had urged …", "we urge …"; a named or possessed subject ("Peru's government") may be either side."""
    if clause.lemma_.lower() not in URGING:
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and (
        subjects[0].lower_ in OWN_SIDE
        and state_at(subjects[0]) is None
        and not any(c.dep_ in {"poss", "amod", "compound"} for c in subjects[0].children)
    )


def _object_states(clause: Token, state_at: Callable[[Token], str | None]) -> set[str]:
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return {s for s in (state_at(t) for t in objects) if s is not None}


# What a speaker calls a danger: "said Peru's drills were a threat to Chile's security", "said the
# deployment by Peru endangered the region". No official calls their own state's conduct a danger.
THREAT_NOUNS = {"threat", "danger", "menace"}
THREAT_VERBS = {"threaten", "endanger", "jeopardize", "jeopardise"}


def _called_a_threat(clause: Token) -> bool:
    """Whether a reported clause, not negated, calls its subject a threat or says it endangers something."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # "said Peru was no threat to anyone", "would not endanger"
    if clause.lemma_.lower() in THREAT_VERBS:
        return True
    return clause.lemma_.lower() == "be" and any(
        c.dep_ == "attr"
        and c.lemma_.lower() in THREAT_NOUNS
        and not any(d.dep_ == "neg" or d.lower_ == "no" for d in c.children)
        for c in clause.children
    )


def _conduct_states(clause: Token, state_at: Callable[[Token], str | None]) -> set[str]:
    """The states a clause's subject names: the state itself or a body of it ("Peru", "Peru's navy"), or
    the state whose conduct it is ("Peru's drills")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return {s for s in (state_at(t) for t in [*subjects, *owners]) if s is not None}


def _subject_states(clause: Token, state_at: Callable[[Token], str | None], passive: bool) -> set[str]:
    deps = {"nsubj", "nsubjpass"} if passive else {"nsubj"}
    subjects = [c for c in clause.children if c.dep_ in deps]
    return {s for s in (state_at(t) for t in subjects) if s is not None}


def spoken_states(
    doc: Doc, index: ActorIndex, state_at: Callable[[Token], str | None]
) -> tuple[dict[int, str], dict[int, set[str]]]:
    """By ``id`` of each person: the one state whose will they announce (at any mention by name; two
    states say nothing), and the states they warn of a consequence, which are not theirs."""
    own: dict[int, set[str]] = {}
    warned: dict[int, set[str]] = {}
    for i, person in sorted(index.person_at.items()):
        token = doc[i]
        if i > 0 and index.person_at.get(i - 1) is person:
            continue  # one mention, read at its first word
        act = _own_verb(token, index.gazetteer.titles if index.gazetteer is not None else ())
        if act is None:
            continue
        own.setdefault(id(person), set()).update(_denied_states(act, state_at))
        for clause in _reported_clauses(act):
            speech = clause.head if clause.head.lemma_.lower() in SPEAKING else act
            if _warned_of(clause, speech):
                warned.setdefault(id(person), set()).update(_subject_states(clause, state_at, True))
            elif _willed(clause):
                own.setdefault(id(person), set()).update(_subject_states(clause, state_at, False))
            if _called_a_threat(clause):
                # "said Peru's drills were a threat to Chile's security": the state whose conduct they call
                # a danger is the other side.
                warned.setdefault(id(person), set()).update(_conduct_states(clause, state_at))
            if _urged_by_own_side(clause, state_at):
                # "said the government had urged Lima to …": the state their side presses is the other.
                warned.setdefault(id(person), set()).update(_object_states(clause, state_at))
    found = {key: next(iter(states)) for key, states in own.items() if len(states) == 1}
    for key, states in warned.items():
        if found.get(key) in states:
            del found[key]
    return found, warned
