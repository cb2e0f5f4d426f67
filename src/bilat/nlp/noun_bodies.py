"""State bodies named by common nouns: a nationality's body or group ("the Pakistani army", "Chadian
rebels"), a bare ministry or national office ("the interior ministry", "the national migration office"),
and the home state's own bodies named without their state.
"""

from __future__ import annotations

from functools import partial

from spacy.attrs import ENT_TYPE, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from bilat.models import ActorRef
from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.body_owners import SEATED_POSTS, post_seat
from bilat.nlp.body_states import reports_other_state
from bilat.nlp.context import framing_state, opening_seat
from bilat.nlp.doctext import with_lower
from bilat.nlp.home_bodies import bare_home_bodies
from bilat.nlp.noun_phrases import bare_body
from bilat.nlp.people import actor_id
from bilat.nlp.word_states import dateline_body_state, state_at


def state_bodies_by_nationality(doc: Doc, index: ActorIndex) -> list[tuple[ActorRef, set[str]]]:
    """A state's bodies named by a common noun and its nationality ("the Omani coast guard", "Chile's
    foreign ministry", "Uzbek border troops"), and its people's groups ("Chadian rebels", "Bolivian
    farmers", kind "group"): actors of that state, kept as the text names them, and under the noun alone
    ("coast guard") as an alias. Only a nationality on the noun says whose they are."""
    found: list[tuple[ActorRef, set[str]]] = []
    # Only the untagged nouns are visited, found from one array: no object for every other token.
    rows = doc.to_array([POS, ENT_TYPE]).tolist()
    nouns = [i for i, (pos, ent_type) in enumerate(rows) if pos in {NOUN, PROPN} and not ent_type]
    for token in (doc[i] for i in nouns):
        if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ or token.i in index.by_token:
            continue  # a named body is read with the entities
        if token.i in index.person_at:
            continue
        if (ministry := _ministry_on_noun(token, index)) is not None:
            found.append(ministry)
            continue
        if token.dep_ == "compound" or (
            index.nationality_of(token) is None and index._post_of_state(token) is None
        ):
            continue  # "coast guard ships" are the ships; the head noun is read on its own
        ref = index.resolve(token)
        if ref is None or ref.kind not in {"organisation", "group"} or not ref.country:
            continue
        if ref.kind == "group" and (ref := _group_as_named(token, ref, index)) is None:
            continue
        state_words = {t.i for t in token.lefts if index.by_token.get(t.i) is not None} | {
            t.i for t in token.lefts if t.dep_ == "case" or t.lower_ in {"'s", "’s"}
        }
        kept = [
            t
            for t in token.lefts
            if t.dep_ in {"compound", "amod"} and t.i not in state_words and not t.ent_type_
        ]
        bare = " ".join(t.text for t in [*kept, token])
        if token.text in MINISTRY_NOUNS and not kept and (portfolio := _lower_portfolio(token)) is not None:
            # "the Lao ministry of industry and commerce": its portfolio, in lower case after it, names it.
            body = _government_body(f"{ref.name} of {portfolio}", ref.country)
            found.append((body, {f"{token.text} of {portfolio}"}))
            continue
        seat = post_seat(token) or _seat_after_owner(token)
        seated = {f"{ref.name} in {seat}"} if seat is not None else set()
        found.append((ref, ({bare} | seated) - {ref.name}))
    return found


def _group_as_named(token: Token, ref: ActorRef, index: ActorIndex) -> ActorRef | None:
    """A nationality's group as a list names it: from its nationality on ("Polish citizens", not "an
    estimated 740,000 Polish citizens"); none when its words give two states ("Saudi-Egyptian investors":
    both sides' own) or it is a place ("Turkish villages")."""
    if token.lemma_.lower() in PLACE_GROUPS:
        return None
    words = [t for t in token.doc[token.left_edge.i : token.i] if t.dep_ != "punct"]
    marked = [t for t in words if (r := index.by_token.get(t.i)) is not None and r.kind == "state"]
    if not marked or len({index.by_token[t.i].country for t in marked}) > 1:
        return None
    start = marked[0].i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1  # "North Korean": the whole nationality
    doc = token.doc
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_ + doc[start - 1].whitespace_
    ):
        start -= 2  # "ni-Vanuatu": a prefix joined by a hyphen is part of it
    name = doc[start : token.i + 1].text
    if name == ref.name:
        return ref
    return ActorRef(
        name=name,
        country=ref.country,
        sector=ref.sector,
        kind="group",
        actor_id=actor_id("group", name, ref.country),
    )


# Nouns the agent tables list that name where people live, not who acts.
PLACE_GROUPS = {"village", "town", "city", "community"}


def _seat_after_owner(token: Token) -> str | None:
    """ "the embassy of Niger in Abuja": the city after the state the post is of."""
    if token.lower_ not in SEATED_POSTS:
        return None
    of = next((t for t in token.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    owners = [t for t in of.children if t.dep_ == "pobj"] if of is not None else []
    for head in [token, *owners]:
        for prep in (t for t in head.rights if t.dep_ == "prep" and t.lower_ == "in"):
            place = next((t for t in prep.children if t.dep_ == "pobj"), None)
            ent = next((e for e in token.doc.ents if place is not None and e.root.i == place.i), None)
            if ent is not None and ent.label_ in {"GPE", "LOC"}:
                return ent.text
    return None


def _ministry_on_noun(token: Token, index: ActorIndex) -> tuple[ActorRef, set[str]] | None:
    """ "Italian interior ministry figures show …": the parser hangs the nationality on the noun the
    ministry qualifies; the ministry, written right after the nationality and its portfolio, is the
    state's. Named as the text names it, and by its portfolio alone."""
    if token.lower_ != "ministry" or token.dep_ != "compound" or token.head.i <= token.i:
        return None
    marks = [t for t in token.head.lefts if t.i < token.i and index.by_token.get(t.i) is not None]
    if len(marks) != 1 or index.nationality_of(token.head) is None:
        return None
    mark = marks[0]
    ref = index.by_token[mark.i]
    words = token.doc[mark.i + 1 : token.i + 1]
    if ref.kind != "state" or not ref.country or not all(t.is_lower and t.is_alpha for t in words):
        return None
    start = mark.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1  # "North Korean", "Sri Lankan": the whole nationality
    name = token.doc[start : token.i + 1].text
    return _government_body(name, ref.country), {words.text} - {name}


# Lower-case nouns of a state's ministries: "the interior ministry", "the economy secretariat".
MINISTRY_NOUNS = {"ministry", "secretariat"}


def bare_ministries(doc: Doc, index: ActorIndex, portfolios: set[str]) -> list[ActorRef]:
    """ "according to the interior ministry", with no state in its words: the ministry of the same
    portfolio named before with one state; else the state the paragraph has made its subject; else, in
    a story datelined in a capital or a government's own release, the home state's (news leaves the home
    side's nationality unsaid). Named as the text names it, without its article. "The economy secretariat"
    (a Latin American state's ministry, its "secretaría") is read so when its words are a portfolio's: an
    organisation's secretariat ("the treaty secretariat") is none."""
    found: list[ActorRef] = []
    named: dict[str, set[str]] = {}  # portfolio words → states whose ministry of them was named
    for token in with_lower(doc, set(MINISTRY_NOUNS)):  # the words alone, from the word index
        if token.text not in MINISTRY_NOUNS or token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_:
            continue
        words = " ".join(t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"} and not t.ent_type_)
        full = [t for t in doc[token.left_edge.i : token.i] if t.lower_ != "the"]
        if words and all(
            t.is_lower and t.is_alpha and not t.ent_type_ and t.dep_ in {"compound", "amod"} for t in full
        ):
            # "the foreign affairs ministry": "foreign" hangs on "affairs", and is part of the portfolio.
            words = " ".join(t.lower_ for t in full)
        if token.text == "secretariat" and not (words and set(words.split()) <= portfolios):
            continue
        ref = index.by_token.get(token.i)
        if ref is not None:
            continue
        country = index.nationality_of(token)
        if country is not None:
            named.setdefault(words, set()).add(country)
            continue
        if not words and (portfolio := _lower_portfolio_after(token)) is not None:
            # "the ministry of livestock and fisheries", in lower case: read as "the fisheries ministry".
            words, name = portfolio, f"{token.text} of {portfolio}"
        else:
            name = f"{words} {token.text}"
            if not bare_body(token):
                words = ""  # not a bare ministry: only "its" below may still say whose
        if token.i in index.person_at:
            continue
        reporter = _reporting_its(token, index)
        if reporter is not None and name.strip() != token.text:
            found.append(_government_body(name, reporter))
            continue
        if not words:
            continue
        earlier = named.get(words, set())
        if len(earlier) > 1:
            continue
        country = (
            next(iter(earlier), None)
            or (opening_seat(token, index.gazetteer) if index.gazetteer is not None else None)
            or framing_state(doc, token, partial(state_at, index))
        )
        context = index.context
        if country is None and context is not None and context.basis in {"dateline", "publisher"}:
            country = None if reports_other_state(token, index, context.country) else context.country
        if country is not None:
            found.append(_government_body(name, country))
    return found


def _lower_portfolio_after(token: Token) -> str | None:
    """ "the ministry of livestock and fisheries": the portfolio written in lower case after "of" on a
    ministry with nothing else on it; None for any other shape (a named ministry is read as an entity)."""
    if token.text != "ministry" or [t.lower_ for t in token.lefts] != ["the"]:
        return None
    return _lower_portfolio(token)


def _lower_portfolio(token: Token) -> str | None:
    """The lower-case portfolio after a ministry's "of" ("… of livestock and fisheries"), if that is all
    that follows it."""
    rights = [t for t in token.rights if t.dep_ != "punct"]
    if len(rights) != 1 or rights[0].dep_ != "prep" or rights[0].lower_ != "of":
        return None
    words = list(rights[0].subtree)[1:]
    if not words or not all((t.is_lower and t.is_alpha) for t in words) or words[0].lower_ == "the":
        return None
    return " ".join(t.text for t in words)


def _reporting_its(token: Token, index: ActorIndex) -> str | None:
    """ "Kuwait has suspended the visas, its interior ministry said": "its" on the body that reports a
    clause stands for that clause's subject, when the subject is one state."""
    if not any(t.lower_ == "its" and t.dep_ == "poss" for t in token.lefts) or token.dep_ != "nsubj":
        return None
    verb = token.head
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
    if len(reported) != 1:
        return None
    # The subject nearest its verb: a dateline's place the parser may hang on the verb too is not it.
    subjects = [s for s in reported[0].lefts if s.dep_ in {"nsubj", "nsubjpass"}]
    ref = index.by_token.get(subjects[-1].i) if subjects else None
    return ref.country if ref is not None and ref.kind == "state" else None


def government_or_body(index: ActorIndex, token: Token) -> ActorRef | None:
    """What a word stands for; "the government" with no state in its words, in a story datelined in a
    capital or a government's own release, is the home state's (as ``bare_national_offices`` reads)."""
    ref = index.resolve(token)
    context = index.context
    home = context.country if context is not None and context.basis in {"dateline", "publisher"} else None
    if ref is None and token.lower_ == "government" and home:
        return index.state_ref(home)
    return ref


def _government_body(name: str, country: str) -> ActorRef:
    return ActorRef(
        name=name,
        country=country,
        sector="GOV",
        kind="organisation",
        actor_id=actor_id("organisation", name, country),
    )


# Heads of the offices a state names by what they do, written in lower case with "national" before them:
# "the national migration office", "the national statistics agency".
NATIONAL_OFFICE_HEADS = {
    "office",
    "agency",
    "institute",
    "service",
    "authority",
    "bureau",
    "directorate",
    "council",
    "commission",
    "board",
}


def bare_national_offices(doc: Doc, index: ActorIndex) -> list[ActorRef]:
    """ "according to the national migration office": a state's office written in lower case after
    "national", with no state in its words, is read as a body named so in capitals would be
    (``home_body``): the state the paragraph has made its subject, else in a story datelined in a
    capital or a government's own release the home state's, unless what it does says it is the other
    side's. Named as the text names it."""
    found: list[ActorRef] = []
    for token in with_lower(doc, NATIONAL_OFFICE_HEADS):  # the heads alone, from the word index
        if token.lower_ not in NATIONAL_OFFICE_HEADS or not token.is_lower or token.ent_type_:
            continue
        if token.i in index.by_token or token.i in index.person_at or not bare_body(token):
            continue
        # "national" may hang on the word after it ("national migration"): the phrase's words as written.
        words = [t for t in token.doc[token.left_edge.i : token.i] if t.lower_ != "the"]
        if not words or words[0].lower_ != "national" or not all(t.is_lower and t.is_alpha for t in words):
            continue
        phrase = doc[words[0].i : token.i + 1]
        country = framing_state(doc, token, partial(state_at, index))
        context = index.context
        if country is None and context is not None and context.basis in {"dateline", "publisher"}:
            country = dateline_body_state(phrase, index, context.country)
        if country is not None:
            found.append(_government_body(phrase.text, country))
    return found


def home_body_names(doc: Doc, index: ActorIndex) -> list[tuple[str, str, str]]:
    """ "the statistics agency said", "the border guard said": the home state's bodies named by their task
    (``bilat.nlp.home_bodies``), by the state the paragraph has made its subject, else the dateline's."""

    def named_before(phrase: Span) -> set[str | None]:
        words = phrase.text.lower()
        countries: set[str | None] = set()
        for earlier in with_lower(doc, {phrase.root.lower_}):
            if earlier.i >= phrase.root.i or earlier.pos_ not in {"NOUN", "PROPN"}:
                continue
            ref = index.by_token.get(earlier.i) or index.resolve(earlier)
            if ref is not None and ref.kind in {"organisation", "group"} and words in ref.name.lower():
                countries.add(ref.country)
        return countries

    def home_state(phrase: Span) -> str | None:
        country = framing_state(doc, phrase.root, partial(state_at, index))
        context = index.context
        if country is None and context is not None and context.basis in {"dateline", "publisher"}:
            country = dateline_body_state(phrase, index, context.country)
        return country

    return bare_home_bodies(
        doc,
        lambda t: t.i in index.by_token or t.i in index.person_at,
        bare_body,
        named_before,
        home_state,
    )
