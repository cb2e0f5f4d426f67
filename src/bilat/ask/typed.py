"""The ground every typed answer stands on: the act a question asks about, found in one sentence, and
who does it or undergoes it. The answers of each type are taken from there: a person or office holder
(person_answers), a place (places), a date or span (date_answers), a number with its unit
(figure_answers), or the noun phrase a verb acts on (thing_answers). ``None`` when the sentence holds no
such answer: the caller then tries the next sentence or abstains.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.ask.question import (
    Phrase,
    Question,
    phrase_acts,
    stem,
)

SUBJECT_SIDE = {"nsubj", "agent", "csubj"}
OWNER = {"compound", "amod", "poss", "nmod"}
TITLE_WORDS = {"minister", "president", "prime", "foreign", "defense", "defence", "ambassador", "secretary"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MONEY = {"USD", "EUR", "GBP", "AZN", "ILS", "RUB", "TRY", "CNY", "JPY", "INR", "UAH", "GEL", "KZT", "CHF"}
CURRENCY = re.compile(
    r"[$€£¥]|(?-i:\b[A-Z]{3}\b)|dollar|euro|pound|yen|yuan|rouble|ruble|rupee|lira|manat|franc|won\b", re.I
)
PRONOUNS = {
    "them",
    "they",
    "him",
    "her",
    "she",
    "it",
    "its",
    "you",
    "their",
    "our",
    "ours",
    "hers",
    "himself",
}
# Nouns that count people of any kind: "how many people" is answered by "12 fishermen".
PEOPLE = {stem(w) for w in ("people", "persons", "person", "individuals")}
# Prepositions that say where or when, not what: "built a farm (in the region)".
CIRCUMSTANCE = {"in", "at", "on", "during", "after", "before", "since", "from", "by", "near", "amid"}


def anchor(sentence: Doc, question: Question, synonyms: dict[str, str]) -> Token | None:
    """The sentence's word for the question's act: its verb, or a synonym ("held talks" for "meet"), or
    the noun a light verb's act is named by ("talks" for "hold talks")."""
    found = anchors(sentence, question, synonyms)
    return found[0] if found else None


def anchors(
    sentence: Doc, question: Question, synonyms: dict[str, str], phrases: list[Phrase] | None = None
) -> list[Token]:
    """Every word of the sentence for the question's act, the verbs first ("Lithuania summoned the
    charge d'affaires; hours later the ambassador was summoned": either may be the one asked about).
    ``phrases``: other words for acts ("was called in" for "summon"), whose first word is the act."""
    verb = question.act or question.verb
    if not verb:
        return []
    asked = {stem(verb), synonyms.get(stem(verb), stem(verb))}
    if question.act_word and verb == question.act:
        asked.add(stem(question.act_word))
    phrased = {at for at, v in phrase_acts(sentence.text, phrases or []) if synonyms.get(v, v) in asked}
    nouns = {synonyms.get(n, n) for n in question.act_nouns}
    verbs, found = [], None
    for token in sentence:
        if token.pos_ not in {"VERB", "NOUN"} and not (token.pos_ == "AUX" and verb in {"be", "have"}):
            continue
        own = synonyms.get(stem(token.lemma_), stem(token.lemma_))
        # A phrase told by a noun ("a spokesman for" for "spoke for") holds a person, not a date or sum.
        by_noun = token.pos_ == "NOUN" and question.kind in {"person", "role"}
        if (
            own in asked
            or stem(token.text) in asked
            or ((token.pos_ == "VERB" or by_noun) and token.idx in phrased)
        ):
            verbs.append(token)
        elif found is None and own in nouns:
            # "a telephone call" for "speak by telephone": the noun the act's word modifies names the act.
            found = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
    if verbs:
        return verbs
    if found is None and question.kind == "place":
        # "Where did X attend a security meeting?" told as "a visit … for a security meeting": the
        # thing asked about stands for the act when the verb is not there.
        things = {synonyms.get(o, o) for o in question.objects}
        found = next((t for t in sentence if synonyms.get(stem(t.text), stem(t.text)) in things), None)
    return [found] if found is not None else []


def other_doer(act: Token, question: Question) -> bool:
    """The sentence's act is done by another country than the one the question asks about ("prompting
    France to recall its ambassador" for "when did Turkey recall …")."""
    if question.doers and act.pos_ in {"VERB", "AUX"}:
        # "Where was X received by President Widjaja?" is not answered by "Rahmawati received X": the
        # sentence's doer is a person, and not the one the question names.
        people = [t for d in doers(act) for t in d.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        asked = {w.lower() for n in question.doers for w in n.split()}
        if people and not any(t.lower_ in asked for t in people):
            return True
    if not question.subject_country:
        return False
    if act.dep_ == "conj" and act.head.dep_ == "xcomp" and act.head.pos_ == "VERB":
        act = act.head  # "urged Y to halt the raids and to let them return": both are what Y is urged to do
    if (
        act.dep_ == "xcomp"
        and question.verb not in {None, question.act}
        and stem(act.head.lemma_) == stem(question.verb or "")
        and any(c.dep_ == "dobj" for c in act.head.children)
    ):
        # "By what date did X ask Y's guards to leave?" told "X asked Y's guards to leave by …": the
        # guards leave, X asks; the country asked about does the governing verb, not the act.
        act = act.head
    # The subject word itself and the words that say whose it is ("Egyptian President X", "France's"),
    # not everything said about it.
    words = [t for d in doers(act) for t in [d, *(c for c in d.children if c.dep_ in OWNER)]]
    named = {t.ent_id_ for t in words if t.ent_id_ and t.ent_id_ != "-" and t.ent_type_}
    return bool(named) and question.subject_country not in named


def done_by(act: Token, country: str) -> bool:
    """The act's subject names the country ("India resumed", "Indian officials resumed")."""
    return any(t.ent_id_ == country for d in doers(act) for t in d.subtree)


# Verbs whose object or clause is an act someone wants done, which the sentence does not tell as done:
# "demanded the release of 12 traders", "called for the withdrawal", "urged Y to free them".
WANTING = frozenset({"demand", "urge", "call", "seek", "ask", "request", "press", "appeal", "want", "insist"})


def only_wanted(act: Token, question: Question) -> bool:
    """The act is told as one someone demands or urges, not as done ("demanded the release of 12
    traders" for "how many traders were freed"), unless the question asks about that demand itself
    ("what did X demand", "whom did X urge Y to release")."""
    asked = {stem(w) for w in question.words} | {stem(question.verb or "")}
    node = act
    if act.pos_ == "NOUN" and act.dep_ == "pobj" and act.head.lower_ in {"for", "on"}:
        node = act.head  # "called for the release", "insisted on the withdrawal"
    elif not (
        (act.pos_ == "NOUN" and act.dep_ == "dobj") or (act.pos_ == "VERB" and act.dep_ in {"xcomp", "ccomp"})
    ):
        return False
    wanting = node.head
    if wanting.i == node.i or wanting.pos_ != "VERB" or wanting.lemma_.lower() not in WANTING:
        return False
    return stem(wanting.lemma_) not in asked


def done_before(act: Token) -> bool:
    """The act is told as done ("helped Mauritius build"), not as to come ("will cooperate in building"):
    no answer to a question about what will be done."""
    node = act
    if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.head.pos_ in {"VERB", "AUX"}:
        # "was reached at a meeting in Arusha": a noun act is told done or to come by the verb it is in.
        node = node.head.head
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in node.children):
            return False
        if node.dep_ in {"xcomp", "advcl"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        ):
            # "agreed to hold", "plans to open", "signed a loan to build": what they set out to do, or
            # what the act is for, is still to come
            return False
        if node.tag_ == "VBD":
            return True
        if node.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in node.children):
            return True  # "was reached", "were signed": a passive told in the past
        if node.head.i == node.i or node.head.pos_ not in {"VERB", "AUX"}:
            return False
        node = node.head
    return False


def _side(token: Token, act: Token) -> str:
    """Whether ``token`` is on the doer's side of ``act`` or on the side acted upon."""
    if _after_bare_agent(token, act):
        return "subject"
    if token.i in {t.i for t in act.subtree} and token.i != act.i:
        node, by, clause, below = token, False, False, token
        while node.head.i != act.i and node.head.i != node.i:
            below, node = node, node.head
            by = by or (node.lower_ == "by" and node.dep_ in {"prep", "agent"})
            clause = clause or (node.pos_ in {"VERB", "AUX"} and node.dep_ in {"advcl", "relcl", "ccomp"})
        if below.dep_ == "nsubj" and below.head.i == node.i and _verbless_clause(node, act):
            # "declared X's ambassador, Y, persona non grata": the one declared is acted upon.
            return "object"
        # "was summoned to the ministry by the Secretary General": the parser often hangs a passive's
        # "by" on the nearest noun; in a passive clause any "by" phrase off the subject names the doer.
        if node.dep_ == "conj" and node.pos_ in {"NOUN", "PROPN"} and node.head.i == act.i:
            # "signed by A's minister, X, and B's minister, Y": the parser may hang the second noun on
            # the verb as its conjunct; a noun coordinates with the argument before it, not the verb.
            before = [
                c for c in act.children if c.i < node.i and c.dep_ not in {"punct", "cc", "aux", "auxpass"}
            ]
            last = [t for t in before[-1].subtree if not t.is_punct] if before else []
            if last:
                return _side(last[-1], act)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in act.children)
        if by and passive and node.dep_ not in {"nsubjpass", "nsubj"}:
            return "subject"
        if node.dep_ in SUBJECT_SIDE:
            return "subject"
        # "summoned the ambassador after farmers broke open wagons at the Kessel crossing": someone in a
        # clause of another act is neither side of this one.
        return "other" if clause else "object"
    # Outside the act: its doer only when in the subject of the clause it belongs to ("X held talks with
    # Y", "X arrived and met Y"); anyone else in the sentence ("an ally of Erdogan, who …") is neither.
    return "subject" if any(token.i in {t.i for t in d.subtree} for d in doers(act)) else "other"


def _after_bare_agent(token: Token, act: Token) -> bool:
    """ "A delegation led by Deputy Prime Minister X arrived …": the parser may leave the act's "by"
    without its object and make the name the next verb's subject; the name right after "by" (titles and
    all) is then the act's doer."""
    for by in act.children:
        if by.dep_ == "agent" and not list(by.children) and token.i > by.i:
            return all(t.pos_ == "PROPN" for t in by.doc[by.i + 1 : token.i + 1])
    return False


def doers(act: Token) -> list[Token]:
    """The subjects of an act: its own, or for a noun, an infinitive or a second verb the clause's
    ("Norway held talks", "prompting France to recall", "arrived and met")."""
    node = act
    for _ in range(6):
        own = [c for c in node.children if c.dep_ in {"nsubj", "agent"}]
        if own and node.dep_ == "relcl" and all(c.lower_ in {"who", "that"} for c in own):
            # "… and Deputy Prime Minister X, who led a delegation": the name right before "who" led it,
            # not the whole coordination the parser may hang the clause on.
            before = node.left_edge.i - 1
            while before >= 0 and node.doc[before].is_punct:
                before -= 1
            near = node.doc[before] if before >= 0 else None
            return [near if near is not None and near.pos_ in {"PROPN", "NOUN"} else node.head]
        if own:
            return own
        if (
            node.dep_ == "conj"
            and node.head.dep_ == "ccomp"
            and any(c.dep_ == "ccomp" for c in node.children)
        ):
            # "X said that A was B and denied that C": the parser hangs the second saying on the first's
            # clause; a verb that takes a clause of its own is said by the one who said the first.
            node = node.head.head
            continue
        if node.dep_ == "xcomp":
            controller = [c for c in node.head.children if c.dep_ == "dobj"]  # "prompting France to …"
            if controller:
                return controller
        # "X told reporters, accusing Y of …": a participle's clause without a subject of its own is
        # done by the clause it hangs on.
        participle = (
            node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in node.children)
        )
        if node.head.i == node.i or (
            node.pos_ == "VERB" and node.dep_ not in {"conj", "xcomp", "pcomp"} and not participle
        ):
            return []
        node = node.head
    return []


def _named(text: str, question: Question) -> bool:
    lowered = text.lower()
    return any(n.split()[-1].lower() in lowered for n in question.names) or lowered in question.text.lower()


def _is_asked(token: Token, question: Question) -> bool:
    """The token names a party the question names ("Chile", "Ferreyra")."""
    return _named(token.text, question) or (bool(token.ent_id_) and token.ent_id_ in question.countries)


def _verbless_clause(clause: Token, act: Token) -> bool:
    """The act's clause has no verb of its own ("declared X persona non grata", "named X envoy"): a
    noun or adjective, or a bare word the model tags as a verb but that has no tense, auxiliary or "to"
    (a verb of its own would be "declared that X was …")."""
    if clause.head.i != act.i or clause.dep_ not in {"ccomp", "xcomp", "oprd"}:
        return False
    if clause.pos_ in {"NOUN", "ADJ", "PROPN"}:
        return True
    return (
        act.pos_ == "VERB"
        and clause.tag_ == "VB"
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)
        and any(c.dep_ in {"dobj", "attr", "acomp"} and c.pos_ in {"NOUN", "ADJ"} for c in clause.children)
    )
