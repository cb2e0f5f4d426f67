"""Whose a named body is when no listed institution says: its state's name after it, an owner named
elsewhere, the state body commanding it, a nationality in its name or its apposition, a ministry or a body
of the article's home state, a state-owned firm in a place.
"""

from __future__ import annotations

import re
from functools import partial

from spacy.tokens import Span, Token

from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.actor_words import BEYOND_STATES, MINISTRY
from bilat.nlp.context import carried_state, framing_state, opening_seat
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_ents, with_lower
from bilat.nlp.state_body_names import state_body_name
from bilat.nlp.word_states import dateline_body_state, located_state, state_at


def state_tail(ent: Span, index: ActorIndex, country: str) -> Span | None:
    """ "of Georgia" after "the National Statistics Office": the words that end a body's name with the
    state it is of, when that state is the one the body was given."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    state = next((e for e in doc_ents(doc) if e.start in {ent.end + 1, ent.end + 2}), None)
    if state is None or (state.start == ent.end + 2 and doc[ent.end + 1].lower_ != "the"):
        return None
    refs = [index.by_token.get(t.i) for t in state]
    if not all(r is not None and r.kind == "state" and r.country == country for r in refs):
        return None
    return doc[ent.end : state.end]


# Words a body's name may carry that its common-noun mention leaves out: "the National Electoral Council" is
# "the electoral council" with a nationality.
NAME_ONLY_WORDS = {"the", "national", "federal", "central", "state", "supreme"}


def owner_named_elsewhere(ent: Span, index: ActorIndex) -> str | None:
    """ "… urged the National Electoral Council to release the tally … ¶ Venezuela's electoral
    council declared …": a body named without its state is the state's whose nationality the same article
    writes on the same words in lower case ("electoral council"); two states' such bodies say nothing."""
    words = [t.lower_ for t in ent if t.lower_ not in NAME_ONLY_WORDS]
    if len(words) < 2 or not all(t.is_title or t.lower_ in NAME_ONLY_WORDS for t in ent):
        return None
    doc = ent.doc
    owners = set()
    for token in with_lower(doc, {words[-1]}):  # the last word's uses alone, from the word index
        if token.lower_ != words[-1] or not token.is_lower or token.i in range(ent.start, ent.end):
            continue
        start = token.i - len(words) + 1
        if start < 0 or [t.lower_ for t in doc[start : token.i + 1]] != words:
            continue
        if not all(t.is_lower for t in doc[start : token.i + 1]):
            continue
        country = index.nationality_of(token)
        if country is not None:
            owners.add(country)
    return next(iter(owners)) if len(owners) == 1 else None


def same_body_named_before(ent: Span, index: ActorIndex) -> str | None:
    """ "Taiwan's coast guard administration announced drills … ¶ The coast guard administration rejected
    the protest": a body named again without its state, in the words it was named with before with its
    state, is that state's (two states' bodies of those words say nothing)."""
    doc = ent.doc
    definite = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    words = " ".join(t.lower_ for t in ent if t.lower_ != "the")
    if not definite or len(words.split()) < 2:
        return None  # "the ministry", "the council": a bare head may be any body's
    # The same words with the state's possessive before them, not a longer name they end ("Ministry of
    # Foreign Affairs" is no earlier naming of "Foreign Affairs").
    owners = {
        ref.country
        for i, ref in index.by_token.items()
        if i < ent.start
        and ref.kind == "organisation"
        and ref.country
        and re.fullmatch(rf"(?:.+['’]s )?{re.escape(words)}", ref.name.lower())
    }
    return next(iter(owners)) if len(owners) == 1 else None


# Acts by which a state's body puts its own force to work: "put the Gendarmerie on alert", "deployed the
# Coast Guard".
COMMANDING = {"place", "deploy", "dispatch", "mobilise", "mobilize", "put"}


FORCE_WORDS = {"police", "gendarmerie", "constabulary", "guard", "army", "navy", "forces"}


def commanded_by(ent: Span, index: ActorIndex) -> str | None:
    """ "Chile's defence ministry put the Gendarmerie on alert": a force named without its
    state, put to work by one state or its body, is that state's."""
    root = ent.root
    if root.lower_ not in FORCE_WORDS or root.dep_ != "dobj" or root.head.lemma_.lower() not in COMMANDING:
        return None
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    refs = [index.resolve(s) for s in subjects]
    states = {r.country for r in refs if r is not None and r.kind in {"state", "organisation"} and r.country}
    return next(iter(states)) if len(states) == 1 else None


# Nouns of the bodies a trade or a profession forms: "the farmers' association", "the hauliers' union".
SOCIETIES = {"association", "union", "federation", "confederation", "chamber", "league", "council", "society"}


def appositive_country(ent: Span, index: ActorIndex) -> str | None:
    """ "Chile's development agency, CORFO": a name in apposition to a noun a nationality marks, or whose
    possessor one marks ("Chile's farmers' union, the …")."""
    root = ent.root
    if root.dep_ != "appos" or root.head.i in range(ent.start, ent.end):
        return None
    head = root.head
    # "Poland's biggest growers' union, the Federation of …": the state may own the noun's possessor;
    # only for a society's noun ("the firm's chief executive, Ana Ruiz" is a person).
    owners = [t for t in head.lefts if t.dep_ == "poss" and t.pos_ == "NOUN" and head.lower_ in SOCIETIES]
    return index.nationality_of(head) or next((c for t in owners if (c := index.nationality_of(t))), None)


def demonym_in_name(ent: Span, gazetteer: Gazetteer) -> str | None:
    """ "the South African Police Service": a nationality or state of more than one word in the name."""
    words = [t.text for t in ent]
    for size in (3, 2):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            iso3 = gazetteer.demonyms.get(phrase) or gazetteer.names.get(phrase)
            if iso3:
                return iso3
    return None


def own_ministry(ent: Span, index: ActorIndex) -> str | None:
    """ "The Ministry of Manpower said …" with no state in its words: in a government's own release (or
    its outlet's story) its own ministry; else the state the paragraph has just made its subject ("China
    protested. The Ministry of Commerce said …"). A dateline alone says where the story was written,
    and a ministry quoted there for a figure is as often the other side's: no evidence."""
    # "the Ministry of Foreign and European Affairs": a portfolio's words after the head say nothing of whose.
    # Only a name: "the department of international relations" written in lower case is a description.
    head = next((t.i for t in ent if MINISTRY.fullmatch(t.text) and not t.is_lower), ent.end)
    if any(t.lower_ in BEYOND_STATES for t in ent.doc[ent.start : head]):
        return None

    framed = framing_state(ent.doc, ent.root, partial(state_at, index))
    if framed is not None:
        return framed
    context = index.context
    return context.country if context is not None and context.basis == "publisher" else None


def unmarked_lower_ministry(ent: Span, index: ActorIndex) -> str | None:
    """ "…, the interior ministry said." tagged as a name by the model: a ministry written in lower case
    with no state, owner or place on it is read as the untagged one is (``bare_ministries``): in a story
    datelined in a capital or a government's own release, the home state's, unless a ministry of the same
    portfolio was named before with another state. A name in capitals ("the Ministry of Trade") stays
    with ``own_ministry``: such a name is as often the other side's, quoted for a figure."""
    words = [t for t in ent if t.lower_ != "the"]
    context = index.context
    if context is None or context.basis not in {"dateline", "publisher"} or not words:
        return None
    if words[-1].lower_ != "ministry" or not all(t.is_lower and t.is_alpha for t in words):
        return None
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent[0].lower_ != "the" and (before is None or before.lower_ != "the"):
        return None  # "a ministry", "its ministry": not the one a reader knows without its state
    if ent.root.dep_ != "nsubj":
        return None  # "summoned by the foreign ministry": only a ministry that speaks or acts is read so
    if list(words[-1].rights) or (ent.end < len(doc) and doc[ent.end].lower_ in {"in", "of", "'s", "’s"}):
        return None  # "the foreign ministry in Tehran", "the ministry's": a particular one, read elsewhere
    portfolio = [t.lower_ for t in words[:-1]]
    if not portfolio:
        return None  # "the ministry" alone: the short name of one named before, read elsewhere
    for token in doc[: ent.start]:
        lefts = [t.lower_ for t in token.lefts if t.is_lower and t.is_alpha and t.lower_ != "the"]
        if token.lower_ != "ministry" or lefts[-len(portfolio) :] != portfolio:
            continue
        other = index.nationality_of(token) or (
            ref.country if (ref := index.by_token.get(token.i)) is not None else None
        )
        if other is not None and other != context.country:
            return None  # "the Italian foreign ministry … the foreign ministry said": perhaps Italy's again
    if reports_other_state(ent.root, index, context.country):
        return None
    # "Ambassador X was summoned by the foreign ministry" in a story datelined in the ambassador's capital:
    # what the ministry does says it is the other side's, as for any body named without its state.
    return dateline_body_state(ent, index, context.country)


def reports_other_state(token: Token, index: ActorIndex, home: str) -> bool:
    """ "STOCKHOLM — Turkey summoned the Swedish ambassador, the foreign ministry said": a ministry that
    reports another state's act is as likely that state's as the dateline's."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
        clauses.append(verb.head)  # "Turkey summoned the envoy, the ministry said": parsed the other way
    for clause in clauses:
        subjects = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]
        # "STOCKHOLM — Turkey summoned …": the parser may make the dateline's place the subject.
        subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
        for subject in subjects:
            ref = index.by_token.get(subject.i)
            if ref is not None and ref.kind == "state" and ref.country != home:
                return True
    return False


def home_department(ent: Span, index: ActorIndex) -> str | None:
    """ "The Civil Protection Department said …", "according to the Department of Overseas Labour": a
    department, unlike a ministry, is as often a state's office or service as its ministry, and is read as
    any state body named without its state (``home_body``): the dateline's, unless what it does says it is
    the other side's ("the Department of Home Affairs deported 340 Zimbabweans" in a Harare story)."""
    if not any(t.lower_ == "department" for t in ent) or any(t.lower_ == "ministry" for t in ent):
        return None
    if [t.lower_ for t in ent if t.lower_ != "the"] == ["department"]:
        return None  # "Department spokesman X": the word alone names no office of the dateline's state
    return home_body(ent, index)


def home_body(ent: Span, index: ActorIndex) -> str | None:
    """ "The State Security Service said …" in a story datelined in Tbilisi: a state body named without
    its state is the home side's, as an unmarked official is (``bilat.nlp.context``)."""
    if not state_body_name(ent) or any(t.lower_ in BEYOND_STATES for t in ent):
        return None
    if ent[-1].lower_ == "court" and not _court_acts(ent):
        return None  # "challenge the deal in the Constitutional Court": a party goes to its own state's court

    # "In Pretoria, the National Prosecuting Authority said …": the capital its sentence opens in.
    seat = opening_seat(ent.root, index.gazetteer) if index.gazetteer is not None else None
    if seat is not None:
        return seat
    # "Egypt protested. Later that day the Federal Customs Service said …": the state the
    # paragraph has just made its subject, as for an unmarked official, before the dateline's.
    framed = framing_state(ent.doc, ent.root, partial(state_at, index))
    if framed is not None:
        return framed
    if index.context is None:
        # No dateline speaks: "Armenia protested … ¶ The National Security Service said …" is Armenia's.
        return carried_state(ent.doc, ent.root, partial(state_at, index))
    return dateline_body_state(ent, index, index.context.country)


# Words that make a firm a state's own: "the state-owned X", "state-run X".
STATE_OWNED = {"owned", "run", "controlled"}


def state_owned_in_place(ent: Span, index: ActorIndex) -> str | None:
    """ "the state-owned Rawalpindi Engineering Works": a state's firm named for one of its places is the
    state's where that place is (a firm named for a place alone may be anyone's, a club of states
    named for a city too)."""
    marks = [t for t in ent.root.lefts if t.dep_ == "amod" and t.lower_ in STATE_OWNED]
    if not any(c.lower_ == "state" for t in marks for c in t.children):
        return None
    first = next((t for t in ent if t.lower_ != "the"), None)
    if first is None or not first.is_title or first.i == ent.root.i:
        return None
    return located_state(index, ent.doc[first.i : first.i + 1])


def _court_acts(ent: Span) -> bool:
    """Whether a court acts in its sentence ("the High Court ruled", "a High Court judge lifted the
    injunction", "fined by the District Court") rather than being where another goes to law: only then
    does the dateline's state speak for it."""
    root = ent.root
    if root.dep_ == "compound":
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"
