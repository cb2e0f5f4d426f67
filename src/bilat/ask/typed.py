"""The answer of the type a question wants, taken from one sentence: a person (or office holder), a
place, a date (the sentence's time expressions, already resolved against its article's date at their
precision), a number with its unit, or the noun phrase a verb acts on. ``None`` when the sentence holds
no such answer: the caller then tries the next sentence or abstains.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date as date_type
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from bilat.ask import day_fit
from bilat.ask.figure_fit import counts_sources, of_asked_flow, of_asked_topic, of_asked_year
from bilat.ask.question import (
    Phrase,
    Question,
    asked_part,
    content_words,
    date_words,
    money_words,
    phrase_acts,
    stem,
    unhyphened,
)
from bilat.ask.totals import asks_total, prefer_totals
from bilat.models import Quantity, Timex
from bilat.nlp.quantities import WORD_NUMBERS

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
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in node.children):
            return False
        if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False  # "agreed to hold", "plans to open": what they set out to do is still to come
        if node.tag_ == "VBD":
            return True
        if node.head.i == node.i or node.head.pos_ not in {"VERB", "AUX"}:
            return False
        node = node.head
    return False


def _side(token: Token, act: Token) -> str:
    """Whether ``token`` is on the doer's side of ``act`` or on the side acted upon."""
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


def doers(act: Token) -> list[Token]:
    """The subjects of an act: its own, or for a noun, an infinitive or a second verb the clause's
    ("Norway held talks", "prompting France to recall", "arrived and met")."""
    node = act
    for _ in range(6):
        own = [c for c in node.children if c.dep_ in {"nsubj", "agent"}]
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
    for argument in arguments:
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
            # "The former vice-president, Jorge Valverde": a hyphened office the parser splits.
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


def is_calendar(timex: Timex) -> bool:
    """A date on the calendar ("2021-05", "1993"), not a duration, a set or "now"."""
    return timex.type == "DATE" and bool(re.match(r"^\d{4}", timex.value))


# "a day after Chile expelled …", "two days later": a span counted from another event, which the
# tagger resolves from the article's date; it says nothing of when the act happened.
EVENT_RELATIVE = re.compile(r"\b(?:after|before|later|earlier|afterwards)$", re.I)
# Links from an act up to a clause that tells it and whose date is the act's too: "announced on Monday
# that it had expelled", "decided on Monday to expel", "met and signed".
TELLING = {"ccomp", "xcomp", "conj"}


def date(
    timexes: list[Timex],
    question: Question,
    act_at: int | None,
    act: Token | None = None,
    other_verb: bool = False,
) -> Timex | None:
    """The sentence's calendar date nearest its act (``act_at``: the act's character offset in it).
    With the act's token, a date that belongs to another act is left out ("India on Tuesday ordered
    …, a day after Chile expelled …": Tuesday is not when Chile expelled)."""
    dates = [t for t in map(on_day, timexes) if is_calendar(t) and not EVENT_RELATIVE.search(t.text.strip())]
    if not dates:
        return None
    # A year the question itself names is the setting, not the answer ("when in 2019 did …").
    dates = [t for t in dates if t.value[:4] not in question.years or len(t.value) > 4] or dates
    if act is not None:
        dates = [t for t in dates if _dates_act(act.doc, t, act)]
        if not dates:
            return None
    if act_at is None:
        # No word of the sentence tells the act: its one date may be another act's ("the decision to
        # close the borders in August 2019" for "when did Nigeria reopen them"), unless it tells another
        # act the question names ("speak by phone to prepare the visit": "prepared during a call").
        asked = question.act or question.verb
        if asked and asked not in {"be", "have", "do"} and not other_verb:
            return None
        return dates[0] if len(dates) == 1 else None
    return min(dates, key=lambda t: abs(t.start - act_at))


# "By what date must X leave?", "By when …": the question asks for a deadline, which a sentence gives
# after "by", "before" or "until" ("must leave by September 15"), not for the day the news was told.
# "To which year has X been delayed?", "Until when …": the date something is moved to or lasts until,
# told after "to", "until" or "till" ("delayed to 2027", "postponed until March").
# "From what date will X suspend …": the date a span starts, told after "from", "starting" or "as of"
# ("banned from 1 November"), not the day the news was told ("announced on Monday").
ASKED_DEADLINE = re.compile(
    r"^\s*(?:(by|before|until|to|from)\s+(?:what|which)\s+(?:date|day|month|year|time)\b"
    r"|(by|until|from)\s+when\b)",
    re.I,
)
DEADLINE_WORD = {
    "by": re.compile(
        r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", re.I
    ),
    "to": re.compile(r"\b(?:to|until|till)\s+(?:the\s+end\s+of\s+)?$", re.I),
}
DEADLINE_WORD["from"] = re.compile(
    r"\b(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+(?:of|from)|effective(?:\s+from)?"
    r"|with\s+effect\s+from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?$",
    re.I,
)
DEADLINE_WORD["before"] = DEADLINE_WORD["by"]
DEADLINE_WORD["until"] = DEADLINE_WORD["to"]


def asks_deadline(question: Question) -> bool:
    return ASKED_DEADLINE.match(question.text) is not None


def deadlines(text: str, timexes: list[Timex], question: Question) -> list[Timex]:
    """The sentence's dates that close a span as the question asks ("by September 15", "no later than 1
    May" for "by what date"; "delayed to 2027" for "to which year")."""
    match = ASKED_DEADLINE.match(question.text)
    if match is None:
        return []
    bound = DEADLINE_WORD[(match.group(1) or match.group(2)).lower()]
    return [t for t in timexes if bound.search(text[: t.start])]


# Prepositions whose gerund completes the act it hangs on ("banned from landing", "exempted from paying"),
# unlike "after" or "before", which tell another act.
ACT_OF_PREP = {"from"}


def deadline_of(sentence: Doc, timex: Timex, act: Token) -> bool:
    """The deadline is the act's, or that of a clause the act tells ("agreed that troops will leave by
    …", "asked the guards to leave by …"): the way from the date up to the act passes through verbs of
    such clauses only, no clause that explains or follows it ("after the troops left by …")."""
    span = sentence.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span.root
    for _ in range(12):
        if node.i == act.i:
            return True
        if node.head.i == node.i:
            return False
        if node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.lower_ in ACT_OF_PREP:
            # "banned from landing fish from 1 November", parsed with the date on "landing": what the
            # act bars or spares is told with it, and so is the date its span starts.
            node = node.head
            continue
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in TELLING:
            # "have until August 15 to leave", "gave X until Thursday to let Y return": the span is
            # that of the acts the verb's clauses tell.
            return _tells_down(node, act) or _dates_act(sentence, timex, act)
        node = node.head
    return False


def _present_perfect(act: Token) -> bool:
    """The act is told with "has" or "have" ("has summoned"), or is joined to a verb that is ("has closed
    … and summoned")."""
    node = act
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in node.children):
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _tells_down(verb: Token, act: Token) -> bool:
    """The act is the verb's or hangs below it through clauses that tell it ("to allow … to return")."""
    node = act
    for _ in range(6):
        if node.i == verb.i:
            return True
        if node.dep_ not in TELLING or node.head.i == node.i:
            return False
        node = node.head
    return False


def on_day(timex: Timex) -> Timex:
    """ "Sunday morning" (2020-11-29TMO) dates an act to its day."""
    if timex.type == "TIME" and re.match(r"^\d{4}-\d{2}-\d{2}T", timex.value):
        return timex.model_copy(update={"type": "DATE", "value": timex.value[:10]})
    return timex


# "a day after", "two weeks before": the span that separates an act from the act of the clause it hangs
# on, in days.
SPAN_DAYS = {"day": 1, "week": 7}


def counted_date(timexes: list[Timex], act: Token) -> Timex | None:
    """ "India on Tuesday ordered …, a day after Canada expelled …": the act told as a counted span
    before or after the act of its governing clause, which the sentence dates to a day; None otherwise."""
    if act.dep_ == "advcl":
        link = next((c for c in act.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
        span_holder, governor = act, act.head
    elif act.dep_ == "pcomp" and act.head.lower_ in {"after", "before"}:
        link, span_holder, governor = act.head, act.head, act.head.head
    else:
        return None
    counted = next((c for c in span_holder.children if c.dep_ == "npadvmod" and c.lemma_ in SPAN_DAYS), None)
    if link is None or counted is None or governor.pos_ not in {"VERB", "AUX"}:
        return None
    count = next(
        (
            1 if c.lower_ in {"a", "an", "one"} else WORD_NUMBERS.get(c.lower_) or int(c.text)
            for c in counted.children
            if c.dep_ in {"det", "nummod"}
            and (c.lower_ in {"a", "an", "one"} or c.lower_ in WORD_NUMBERS or c.text.isdigit())
        ),
        None,
    )
    if not count:
        return None
    sentence = act.doc
    days: list[Timex] = []
    for timex in map(on_day, timexes):
        span = sentence.char_span(timex.start, timex.end, alignment_mode="expand")
        if (
            span is None
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value)
            or EVENT_RELATIVE.search(timex.text.strip())
            or counted.i in {t.i for t in span}
        ):
            continue
        verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        # The governing act's date, or its infinitive's ("ordered … to leave … on Wednesday").
        if verb is not None and (
            verb.i == governor.i or (verb.dep_ == "xcomp" and verb.head.i == governor.i)
        ):
            days.append(timex)
    if len({t.value for t in days}) != 1:
        return None
    timex = days[0]
    shift = timedelta(days=SPAN_DAYS[counted.lemma_] * int(count))
    day = date_type.fromisoformat(timex.value) + (-shift if link.lower_ == "after" else shift)
    return timex.model_copy(update={"value": day.isoformat()})


def told_relative(timexes: list[Timex]) -> bool:
    """The sentence dates something by another event ("a day after Chile expelled")."""
    return any(EVENT_RELATIVE.search(t.text.strip()) for t in timexes)


def _dates_act(sentence: Doc, timex: Timex, act: Token) -> bool:
    """The date is the act's: the first verb above it is the act, or a verb that tells the act
    (reports, decides or is joined to it), or none (a headline); not a clause the act only follows
    or explains ("a day after Chile expelled", "when troops shelled")."""
    span = sentence.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    if act.pos_ == "AUX" and act.dep_ in {"aux", "auxpass"}:
        act = act.head  # "has been closed since 1994": the verb the auxiliary serves
    node = span.root
    governor = None
    for _ in range(10):
        if node.i == act.i:
            return True
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            governor = node
            break
    if governor is None or governor.i == act.i:
        return True
    if (
        governor.lemma_ in {"have", "be"}
        and governor.i < act.i
        and governor.head.i == act.head.i
        and not any(c.dep_ in {"dobj", "attr", "acomp"} for c in governor.children)
    ):
        # "had earlier, on 30 June, received a deposit", parsed with "had" as a verb of its own that
        # the date hangs on: an auxiliary with no object of its own is the act's, split off by the parser.
        return True
    if governor.lemma_ in {"say", "tell"} and _present_perfect(act):
        # "Chad has closed the border and summoned the envoy, the government said on Wednesday": what
        # has been done was done before the day it is told; that day does not date it.
        return False
    step = act
    for _ in range(6):
        if step.i == governor.i:
            return True
        if step.dep_ not in TELLING and not (
            step.pos_ == "NOUN" and step.dep_ in {"dobj", "nsubj", "nsubjpass"}
        ):
            return False
        if step.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in step.children):
            return False  # "ordered on Wednesday to leave": the leaving is still to come
        if step.head.i == step.i:
            return False
        step = step.head
    return False


# Units of the measures a "how far", "how long" or "how much <stuff>" question asks for, by dimension.
UNITS = {
    "distance": r"(?:nautical\s+miles?|kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)",
    "duration": r"(?:hours?|days?|weeks?|months?|years?)",
    "amount": r"(?:tonnes?|tons?|barrels?|cubic\s+met(?:re|er)s?|litres?|liters?|megawatts?|MW"
    r"|gigawatts?|GW|(?:kilo|mega|giga|tera)watt[\s-]hours?|[kMGT]Wh|kilograms?|kg)",
}
# "How far …", "How long …": the dimension asked for, by the words that ask.
ASKED_DIMENSION = {"far": "distance", "deep": "distance", "wide": "distance", "long": "duration"}
MEASURE_NUMBER = (
    r"(?:\d[\d,]*(?:\.\d+)?|"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
    # "21 billion cubic metres": a scale word between the number and its unit.
    + r")(?:\s+(?:thousand|million|billion|trillion))?"
)


def measure(
    sentence: Doc, dimension: str, act: Token | None, of: str | None = None
) -> tuple[str, str] | None:
    """ "two kilometres", "48 hours", "50,000 tonnes of wheat": a number with a unit of the dimension
    asked for; with ``of``, only a measure of that stuff (stemmed). Of several, the one the act's own
    clause holds; else the only one; else none (a guess among several is no answer)."""
    pattern = re.compile(
        rf"\b(?:(?:about|some|nearly|almost|around|more\s+than|up\s+to|at\s+least)\s+)?"
        # "tonnes of Ugandan sugar": the stuff's noun may follow a word or two that qualify it.
        rf"{MEASURE_NUMBER}(?:\s+|-)(?:{UNITS[dimension]})\b(?:\s+of\s+((?:[a-z-]+\s+){{0,2}}[a-z]+))?",
        re.I,
    )
    found, bare = [], []
    for match in pattern.finditer(sentence.text):
        if of is not None and match.group(1) is None:
            # "the bulk of Chile's lithium heads west: about 90,000 tonnes left by sea …": a measure of no
            # stuff, in a sentence that named the stuff before it.
            if of in {stem(w) for w in re.findall(r"[a-z]+", sentence.text[: match.start()].lower())}:
                bare.append((match.group(0), match.start()))
            continue
        if of is not None and of not in {stem(w) for w in match.group(1).split()}:
            continue
        words = match.group(0)
        if of is not None:
            words = re.sub(r"\s+of\s*$", "", words[: match.start(1) - match.start()])  # "50 tonnes"
        found.append((words, match.start()))
    # A measure of the stuff told with "of" comes first; one the sentence leaves bare answers alone.
    found = found or bare
    own = [f for f in found if _governed_by(sentence, f[1], act)]
    chosen = own or found
    if len({w.lower() for w, _ in chosen}) != 1:
        return None
    words = chosen[0][0]
    return words, words


# "how much wheat did …", "how much Algerian gas did …": the stuff is the last word before the verb;
# "how much Russian gas reached …": before the stuff's own verb, in the past tense.
ASKED_STUFF = re.compile(
    r"\s*how\s+much\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:did|do|does|was|were|is|are|has|have|had|will|[a-z]{2,}ed)\b"
)


def _asked_stuff(lowered: str) -> str | None:
    """ "how much wheat did …" → "wheat": a stuff measured, not a currency ("how much money")."""
    stuff = ASKED_STUFF.match(lowered)
    return stuff.group(1) if stuff is not None and not CURRENCY.search(stuff.group(1)) else None


def asks_measure(question: Question) -> bool:
    """ "How far …", "How long …", "How much wheat …": a distance, a duration or an amount of a stuff,
    which no record (a sum of money or a count) gives."""
    lowered = asked_part(question.text).lower()
    if re.match(r"\s*how\s+(far|deep|wide|long)\b", lowered):
        return True
    return _asked_stuff(lowered) is not None


def asked_stuff(question: Question) -> str | None:
    """ "How much drinking water …" → "water": the stuff whose amount is asked, if any."""
    return _asked_stuff(asked_part(question.text).lower())


def asks_dimension(question: Question) -> bool:
    """ "How far …", "How long …": a distance or a duration, never a sum or a count."""
    return re.match(r"\s*how\s+(far|deep|wide|long)\b", asked_part(question.text).lower()) is not None


def _measured(sentence: Doc, question: Question, act: Token | None) -> tuple[str, str] | bool | None:
    """The measure a "how far/long" or "how much <stuff>" question asks for; False when the question
    asks for no measure (a count or a sum)."""
    lowered = asked_part(question.text).lower()
    asked = re.match(r"\s*how\s+(far|deep|wide|long)\b", lowered)
    if asked is not None and asked.group(1) == "long":
        # "How long were they given …" asks a duration, "how long is the canal …" a length: the
        # sentence's one measure of either answers; one of each leaves it open.
        spans = [measure(sentence, d, act) for d in ("duration", "distance")]
        told = [s for s in spans if s is not None]
        return told[0] if len(told) == 1 else None
    if asked is not None:
        return measure(sentence, ASKED_DIMENSION[asked.group(1)], act)
    stuff = _asked_stuff(lowered)
    if stuff is not None:
        # "How much wheat …": tonnes of it when the sentence says so; else the sum it is worth.
        return measure(sentence, "amount", act, of=stem(stuff)) or False
    return False


def figure(
    sentence: Doc,
    quantities: list[Quantity],
    question: Question,
    act: Token | None = None,
    kinds: dict[str, frozenset[str]] | None = None,
    excluded: Collection[Quantity] = (),
) -> tuple[str, str] | None:
    """(value, words) of a number with its unit: things counted for "how many", money for "how much".
    Of several, the one the act itself counts ("53 soldiers have been killed", not "2,400 soldiers are
    deployed" in the same sentence) when the sentence tells the act. ``excluded``: figures that answer
    no such question (told of another day), read only for what the others count."""
    measured = _measured(sentence, question, act)
    if measured is not False:
        return measured or None
    lowered = asked_part(question.text).lower()
    counting = lowered.lstrip().startswith("how many") and not re.search(
        r"\b(?:dollars?|euros?|money|usd)\b", lowered
    )
    things = re.split(
        r"\b(?:did|do|does|were|was|are|is|have|has|had|will|would)\b", lowered[8:], maxsplit=1
    )[0]
    counted = content_words(things)
    # The noun counted ("boats" of "Chinese fishing boats"): a number of other things that share only
    # a modifier with it ("three Chinese trawlers") counts something else.
    heads = set(question.counted)
    if heads & PEOPLE:
        counted |= PEOPLE  # "how many Nigerians": counted as people
    if counting and act is not None and PARTITIVE.match(lowered):
        # "How many of the traders were freed?" told "eight of the twelve were freed": the part the
        # act counts, whatever words the whole is written in.
        part = _part_told(act)
        if part is not None:
            return part
    # "How many tankers did X ask Y to remove?" told "asked Y to remove 12 named vessels": the general
    # word a report uses for the things counted, but only for a number the act itself governs.
    general = {k for h in heads for k in (kinds or {}).get(h, ())} if counting else set()
    fitting = []
    for quantity in (q for q in quantities if q not in excluded):
        # "By how much did X cut …": a change, which a share may measure ("by 15 percent").
        change = quantity.unit == "percent" and re.match(r"\s*by\s+how\s+much\b", question.text, re.I)
        if (
            quantity.unit in {"years", "percent"}
            and "percent" not in lowered
            and "%" not in lowered
            and not change
        ):
            continue
        if counting:
            if quantity.unit in MONEY or counts_sources(sentence, quantity, question.verb):
                continue
            after = sentence.char_span(quantity.start, len(sentence.text), alignment_mode="expand")
            near = content_words(" ".join(t.text for t in after[:5])) if after is not None else set()
            # "3.6 million registered Syrian refugees": the quantity's own words hold what it counts.
            near |= content_words(quantity.text)
            # "312 Egyptians …, and 140 of them were deported": the part counts what the whole counts.
            near |= content_words(day_fit.group_words(sentence.text, quantity, quantities))
            if general & near and not heads & near and _governed_by(sentence, quantity.start, act):
                fitting.append(quantity)
                continue
            if counted and not counted & near:
                continue
            if heads and not heads & near and not (heads & PEOPLE and quantity.unit == "people"):
                continue
        elif quantity.unit not in MONEY and not change and re.search(HOW_MUCH, lowered):
            # "How much …", "What did X say the bridge would cost?", "How large is the loan?": a sum of
            # money, not a count nor a load ("420,000 tonnes" is no port's size).
            continue
        fitting.append(quantity)
    # "fell to 61 million last year from 180 million in 2021", "exports … while imports …": the figure
    # of the asked flow, then of the asked year (the other flow's may be the only one told with it).
    fitting = of_asked_flow(sentence.text, fitting, question.words)
    fitting = of_asked_topic(sentence.text, fitting, question.text)
    fitting = of_asked_year(sentence.text, fitting, question.years)
    if not counting:
        # "How large is the deposit …" told "signed a $300 million loan and pledged a $250 million
        # deposit": the sum of the thing the question names, before a sum of another thing.
        named = [q for q in fitting if _sum_of(sentence, q) & question.words]
        fitting = named or fitting
    if asks_total(question.text):
        # "How much … in total?": the figure told as the whole, never a sum "a further" added to it.
        fitting = prefer_totals(sentence, fitting)
    own = [q for q in fitting if _governed_by(sentence, q.start, act)]
    for quantity in own or fitting:
        if quantity.unit in MONEY:
            words = money_words(
                quantity.value, quantity.unit, quantity.original_value, quantity.original_unit
            )
            words = f"{quantity.approx} {words}" if quantity.approx else words
            # The sum as the sentence writes it ("5,000 euros"), then bilat's reading of it.
            written = quantity.text.strip()
            return f"{quantity.value:g}", f"{written} ({words})" if written and written != words else words
        if (part := _part_of_quantity(sentence, quantity)) is not None:
            # "granted only 60 of the 700 requests": the act counts the part, not the whole.
            return part.text.replace(",", ""), _counted_phrase(sentence, part.idx, part.text)
        return f"{quantity.value:g}", _counted_phrase(sentence, quantity.start, quantity.text)
    if not counting:
        return None
    found = _counted_number(sentence, counted, act, heads) or _number_of(sentence, counted, heads)
    if found is not None and any(
        f"{q.value:g}" == found[0] for q in quantities if counts_sources(sentence, q, question.verb)
    ):
        return None  # "…, two diplomats said": the number counts who told it
    return found


# Figure questions that ask for a sum when they ask for no measure (see _measured).
HOW_MUCH = r"\bhow\s+much\b|^\s*what\b|^\s*how\s+(?:large|big)\b"
# "How many of the traders …", "how many of them …": a part of a group the article told before.
PARTITIVE = re.compile(r"\s*how\s+many\s+of\s+(?:the|them|those|these|their)\b")


def _part_told(act: Token) -> tuple[str, str] | None:
    """ "eight of the twelve were freed", "freed nine of them": the number that is the act's own subject
    or object and counts a part "of" a whole (a number, a pronoun or a noun); None when there is none,
    or several."""
    found = []
    for token in act.children:
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        written = WORD_NUMBERS.get(token.lower_) or token.text.replace(",", "")
        if not re.fullmatch(r"\d+", str(written)) or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(o.dep_ == "pobj" for o in of.children):
            found.append((str(written), " ".join(t.text for t in token.subtree)))
    return found[0] if len(found) == 1 else None


def _sum_of(sentence: Doc, quantity: Quantity) -> set[str]:
    """The stem of the noun a sum is of: the noun right after it ("a $250 million deposit") or the one
    it follows with "of" ("a deposit of $250 million"); empty when it names none."""
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    for token in sentence[span.end : span.end + 3]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return {stem(token.text)}
        if token.pos_ not in {"ADJ", "NUM", "SYM", "PUNCT"} or token.text in {",", ";"}:
            break
    before = sentence[span.start - 2 : span.start] if span.start >= 2 else None
    if before is not None and before[1].lower_ == "of" and before[0].pos_ == "NOUN":
        return {stem(before[0].text)}
    return set()


def _number_of(sentence: Doc, counted: set[str], heads: set[str]) -> tuple[str, str] | None:
    """ "The seizures bring to 41 the number of boats detained", "the number of migrants rose to 600":
    the one figure "to" or "at" names in a sentence that gives the number of the things asked about."""
    for token in sentence:
        if token.lower_ != "number":
            continue
        things = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if not things:
            continue
        noun = things[0]
        phrase = [t for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun]
        said = content_words(" ".join(t.text for t in phrase))
        if (counted and not counted & said) or (heads and not heads & (said | PEOPLE)):
            continue
        figures = [
            t
            for t in sentence
            if t.like_num
            and t.dep_ == "pobj"
            and t.head.lower_ in {"to", "at"}
            and t.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY"}
        ]
        if len(figures) == 1:
            written = WORD_NUMBERS.get(figures[0].lower_) or figures[0].text.replace(",", "")
            if re.fullmatch(r"\d+", str(written)):
                return str(written), f"{figures[0].text} {sentence[phrase[0].i : noun.i + 1].text}"
    return None


# Verbs that grant a span of time for an act: "was given 15 days to explain", "allowed 48 hours to leave".
GRANTING = frozenset({"give", "grant", "allow"})


def _granted_for(sentence: Doc, start: int, act: Token) -> bool:
    """ "had been given 15 days to explain the incursion": the span granted is the act's own time,
    though the granting verb governs the number and the act is its purpose clause."""
    if act.dep_ not in {"advcl", "xcomp"} or act.head.lemma_ not in GRANTING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return False
    return _governed_by(sentence, start, act.head)


def _governed_by(sentence: Doc, start: int, act: Token | None) -> bool:
    """The number at character ``start`` belongs to the act's own clause: the first verb above it is
    the act."""
    if act is None:
        return False
    span = sentence.char_span(start, min(start + 1, len(sentence.text)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span[0]
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node.i == act.i
        if node.i == act.i:
            return True
    return False


def _counted_number(
    sentence: Doc, counted: set[str], act: Token | None = None, heads: set[str] | None = None
) -> tuple[str, str] | None:
    """ "42 Chilean truck drivers": a number written in figures that counts the things asked about."""
    found = []
    for token in sentence:
        written = WORD_NUMBERS.get(token.lower_) or token.text.replace(",", "")
        if token.dep_ != "nummod" or not re.fullmatch(r"\d+", str(written)):
            continue
        if token.ent_type_ in {"DATE", "TIME", "PERCENT"}:
            continue  # "July 27" is a day, not 27 things
        if token.ent_type_ == "MONEY" and CURRENCY.search(_entity_text(token)):
            continue  # money, not things (the model also calls "three accords" money)
        noun = token.head
        # The things counted are the noun the number modifies, with its own modifiers ("K2 tanks").
        phrase = [t for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun]
        said = content_words(" ".join(t.text for t in phrase))
        if (counted and not counted & said) or (heads and not heads & (said | PEOPLE)):
            continue
        part = _part_of(noun)
        if part is not None:
            # "granted only 60 of the 700 requests": the act counts the part, not the whole.
            token, written = part, part.text.replace(",", "")
        found.append((str(written), token))
    own = [(w, t) for w, t in found if _governed_by(sentence, t.idx, act)]
    for written, token in own or found:
        return written, _counted_phrase(sentence, token.idx, token.text)
    return None


def _part_of_quantity(sentence: Doc, quantity: Quantity) -> Token | None:
    """The part a count of things is the whole of ("60" of "60 of the 700 requests"), or None."""
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    number = next((t for t in span if t.like_num), None) if span is not None else None
    if number is None or number.dep_ != "nummod":
        return None
    return _part_of(number.head)


def _part_of(noun: Token) -> Token | None:
    """The number that counts a part of the things ("60" of "60 of the 700 requests"), or None."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    part = of.head
    return part if part.like_num and re.fullmatch(r"[\d,]+", part.text) else None


def _name_span(name: Token) -> Span:
    """The proper name a token ends: its entity, or the name and the compounds before it."""
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if ent is not None:
        return ent
    first = min([name.i, *(t.i for c in name.lefts if c.dep_ == "compound" for t in c.subtree)])
    return name.doc[first : name.i + 1]


def _entity_text(token: Token) -> str:
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)


def _counted_phrase(sentence: Doc, start: int, written: str) -> str:
    """ "180 K2 tanks": the number with the things it counts, as the sentence writes them."""
    for chunk in sentence.noun_chunks:
        if chunk.start_char <= start < chunk.end_char:
            return sentence.text[start : chunk.end_char]
    return written


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
        objects = [
            o
            for c in act.children
            if c.dep_ == "prep" and c.lower_ in {"of", "for", "with"}
            for o in c.children
            if o.dep_ in {"pobj", "pcomp"}
        ] or kind  # "What bond did X pay?" told "paid a bond of 40,000 pounds": the kind asked is no party
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


def when_words(timex: Timex) -> str:
    return date_words(timex.value)


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


# "For how many days …": a span of time counted in a unit the time expressions give as a duration.
ASKED_SPAN = re.compile(r"\bhow\s+many\s+(hours|days|weeks|months|years)\b", re.I)
DURATION_UNIT = {"hours": "H", "days": "D", "weeks": "W", "months": "M", "years": "Y"}


def duration(
    sentence: Doc, timexes: list[Timex], question: Question, act: Token | None
) -> tuple[str, str] | None:
    """ "For how many days did X suspend imports?" told "suspended imports … for 90 days": the one
    duration in the unit asked for that the act's own clause gives ("P90D"); None for a sentence that
    gives none, or several."""
    asked = ASKED_SPAN.search(asked_part(question.text))
    if asked is None or act is None:
        return None
    unit = DURATION_UNIT[asked.group(1).lower()]
    told = [
        (m.group(1), t)
        for t in timexes
        if (m := re.fullmatch(rf"PT?(\d+(?:\.\d+)?){unit}", t.value))
        and (_governed_by(sentence, t.start, act) or _granted_for(sentence, t.start, act))
    ]
    if len({n for n, _ in told}) != 1:
        return None
    number, timex = told[0]
    return number, timex.text.strip()
