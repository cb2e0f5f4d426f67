"""Whose side a person is on: the evidence the text gives for a person's country, never proximity.

A country counts for a person only when the words say it belongs to them: a nationality on the name or
its title ("the Iranian foreign minister", "China's envoy"), a state or institution the title is *of*,
*for* or *at* ("spokesperson for the State Department", "minister of defence of Chile", "Kremlin
spokesman"), or an appositive that says so. A country merely nearby ("in Moscow, Xi said", "the
ambassador to China", "analysts in Syria") says nothing about the person. Context that speaks for the
whole article (a dateline in a capital, a government's own release) is applied later, in
``bilat.nlp.context``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from bilat.models import ActorRef
from bilat.nlp.bodies import in_regional_adjective
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import span_text

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

# Dependencies that keep a word inside the noun phrase it modifies ("Iranian", "China's", "Kremlin").
MODIFIERS = {"amod", "compound", "poss", "nmod", "flat", "appos", "npadvmod"}
# Prepositions that make a state or institution the one a title belongs to: "minister of X",
# "spokesperson for X", "an official at X". "to", "in", "with" name whom the office deals with or where
# it sits: "the ambassador to China" is not Chinese.
BELONGING = {"of", "for", "at"}
MAX_STEPS = 8
REPRESENTS = "represent"
PLACE_WORDS = {"based", "-based", "born"}
# Heads of a state's missions abroad: "the Embassy in Lima", "the High Commission in Accra".
MISSION_HEADS = {"embassy", "consulate", "commission", "mission", "legation"}
# A state's posts and offices a plain noun names: "deputy chief of mission at the Chinese embassy".
STATE_POSTS = {"embassy", "consulate", "mission", "ministry", "delegation", "legation"}


@dataclass(frozen=True)
class Affiliation:
    """A country for a person, with what says so: nationality, institution, office, earlier, dateline,
    publisher, counterpart. ``sector`` is the institution's when it says more than the title ("the army's
    spokesman" speaks for the military). No country, with basis ``international``: the words make them an
    official of an international body ("a deputy secretary-general of ASEAN"), who acts for no state."""

    country: str | None
    basis: str
    sector: str | None = None


# An official of an organisation of states ("the UN refugee agency's representative", "IOM spokesman X",
# "the mission's deputy head"): they act for no state, so no dateline or paragraph may give them one.
INTERNATIONAL = Affiliation("", "international", "IGO")


def attached(
    token: Token,
    anchors: set[int],
    blocked: AbstractSet[int],
    linkable: Callable[[Token], bool] | None = None,
    via_for: bool = True,
) -> bool:
    """Whether ``token`` modifies one of ``anchors`` through modifiers and belonging prepositions only,
    without passing through another person (``blocked``: "Putin's spokesman" is not Putin). With
    ``linkable``, a preposition counts only on a word that can own a country (a title, a name, an
    institution): "the child of Chinese immigrants" is not Chinese. ``via_for`` False: "for" does not
    make a state the person's ("envoy for Syria")."""
    current = previous = token
    for _ in range(MAX_STEPS):
        if current.i in anchors:
            return True
        if current.i in blocked and current is not token:
            return False
        if current is not token and any(t.i in blocked for t in current.subtree):
            return False  # a title that heads another person's name is that person's
        if current.head.lower_ in PLACE_WORDS:
            return False  # "a Germany-based centre" says where it sits, not whose it is
        if current.dep_ == "pobj":
            preposition = current.head.lower_
            if preposition not in BELONGING:
                return False
            part_of_name = current.i == token.head.i and token.dep_ == "compound"  # "North Korea"
            if preposition == "for" and not via_for and (current is token or part_of_name):
                return False
        elif current.dep_ == "prep":
            if current.lower_ not in BELONGING:
                return False
            # A plain noun describing the person owns an institution ("founder of the Syrian Center"),
            # not people ("the daughter of Lebanese merchants").
            owns = current.head.i in anchors and (
                previous.pos_ == "PROPN" or bool(previous.ent_type_) or previous.lower_ in STATE_POSTS
            )
            if linkable is not None and not linkable(current.head) and not owns:
                return False
        elif current.dep_ in {"dobj", "acl"} and REPRESENTS in {current.lemma_, current.head.lemma_}:
            pass  # "a delegation representing Japanese companies" speaks for them
        elif current.dep_ not in MODIFIERS:
            return False
        if current.head.i == current.i:
            return False
        previous, current = current, current.head
    return False


# Nouns a nationality names a portfolio on: "director for Japanese affairs", "head of Chinese relations".
PORTFOLIO_NOUNS = {"affairs", "relations"}
# Nouns of expertise a nationality names the subject of: "a North Korean expert" studies North Korea; "a
# China watcher" watches it. Who they are is said elsewhere, if at all.
STUDY_NOUNS = {"expert", "experts", "specialist", "specialists", "watcher", "watchers"}


def _modifies(token: Token, nouns: set[str]) -> bool:
    """The word (or the name of several words it ends: "North Korean") is a modifier of one of ``nouns``."""
    while token.head.i != token.i and token.ent_type_ and token.head.ent_type_ == token.ent_type_:
        token = token.head
    return token.dep_ in {"amod", "compound"} and token.head.lower_ in nouns


# Home bodies of a government, which sit where their state governs: "the Department of Foreign Affairs
# in Port Moresby" is Papua New Guinea's whichever state the words first seemed to give it. A mission
# ("the embassy in Lima") sits abroad, so its place says nothing of its state.
HOME_BODY_WORDS = {
    "ministry",
    "department",
    "government",
    "presidency",
    "cabinet",
    "parliament",
    "directorate",
}


def _seat_elsewhere(token: Token, ref: ActorRef, refs: dict[int, ActorRef]) -> str | None:
    """The state a home body is placed in by "in <a place of another state>" on its own words, where
    that state is not the one the body was read as."""
    words = {w.lower() for w in ref.name.split()}
    if not words & HOME_BODY_WORDS:
        return None
    span = [t for t in token.doc[max(0, token.i - 6) : token.i + 7] if refs.get(t.i) is ref]
    for word in span:
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                seat = refs.get(place.i)
                if seat is not None and seat.kind == "state" and seat.country and seat.country != ref.country:
                    return seat.country
    return None


def phrase_affiliation(
    tokens: list[Token],
    anchors: set[int],
    refs: dict[int, ActorRef],
    blocked: set[int],
    linkable: Callable[[Token], bool] | None = None,
    kind: str = "official",
) -> Affiliation | None:
    """The country the words attached to a name or title give it. A nationality on the title itself
    ("Iranian", "China's") outranks an institution ("of the Kremlin"), which outranks a state the title
    is of ("Minister of Foreign Affairs of Chile"); two countries at the same rank leave the person
    without one rather than pick. ``kind``: an official, a commentator or a person with no title. A
    commentator takes only a nationality word or a possessive, on them or on their employer ("director
    of the Syrian Center"): "an Iran analyst" studies Iran, "a White House correspondent" reports on
    it. A person with no title also takes an institution ("a former State Department official")."""
    ranks: list[dict[str, str | None]] = [{}, {}, {}]
    international = False
    for token in tokens:
        ref = refs.get(token.i)
        if ref is None or ref.kind not in {"state", "organisation"}:
            continue
        if not attached(token, anchors, blocked, linkable, via_for=ref.kind != "state"):
            continue
        if token.head.lower_ in PORTFOLIO_NOUNS and token.dep_ in {"amod", "compound"}:
            continue  # "a director-general for Japanese affairs": the portfolio, not a nationality
        if kind == "commentator" and _modifies(token, STUDY_NOUNS):
            continue
        if ref.sector == "IGO" and ref.country is None:
            # "the UN special envoy for Syria" acts for the UN; "the US deputy UN ambassador" for the US.
            international = True
        if not ref.country:
            continue
        if ref.kind == "organisation":
            rank = 1
            seat = _seat_elsewhere(token, ref, refs)
            if seat is not None:
                ranks[rank].setdefault(seat, ref.sector)
                continue
        elif token.dep_ == "pobj" or token.head.dep_ == "pobj":
            rank = 2
        else:
            rank = 0
        nationality_word = token.ent_type_ == "NORP" or token.dep_ == "poss"
        if kind == "commentator" and not nationality_word:
            continue
        if kind == "untitled" and not nationality_word and ref.kind == "state":
            continue  # "the Japan chair at a think tank": a country's name may be a subject of study
        ranks[rank].setdefault(ref.country, ref.sector)
    if international:
        ranks = ranks[:1]  # only a nationality on the title itself says a state sent them
        if not ranks[0]:
            return INTERNATIONAL
    for rank, found in enumerate(ranks):
        if len(found) == 1:
            country, sector = next(iter(found.items()))
            return Affiliation(country, "institution" if rank == 1 else "nationality", sector)
        if found:
            return None
    return None


def international_title(left: list[Token], refs: dict[int, ActorRef], titles: AbstractSet[str]) -> bool:
    """Whether the title written right before a name is an office of an international body ("the
    Executive Secretary of SADC, Dr X", "a commissioner of the African Union, X"), however the parser
    attached the name: the body is the object of "of" on a title word of that phrase."""
    for token in left:
        ref = refs.get(token.i)
        if ref is None or ref.sector != "IGO" or ref.country is not None or token.dep_ != "pobj":
            continue
        preposition, office = token.head, token.head.head
        if preposition.lower_ in {"of", "at"} and office.lower_ in titles and office in left:
            return True
    return False


def region_of(ent: Span, gazetteer: Gazetteer) -> str | None:
    # Cut from the document's text: ``Span.text`` joins every token of the span at each call.
    text = re.sub(r"^the\s+", "", span_text(ent).strip(), flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return text if text in gazetteer.regions else None


def _longest_state_name(ent: Span, gazetteer: Gazetteer) -> str | None:
    """The state a name's own words name, the longest name first: "the Royal Papua New Guinea
    Constabulary" is Papua New Guinea's, not Guinea's."""
    words = [t.text for t in ent]
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            iso3 = gazetteer.demonyms.get(phrase) or gazetteer.names.get(phrase)
            if size == 1 and iso3 and in_regional_adjective(ent[start]):
                continue  # "the Central American Court" is no US court
            if iso3:
                return iso3
    return None


def institution_country(ent: Span, index: ActorIndex) -> str | None:
    """The country of "the Azerbaijani Defense Ministry", "Ministry of Foreign Affairs of Georgia" or
    "the Ministry of Trade in Accra": a country inside the name, attached to it, or the
    capital it sits in; never one merely nearby."""
    gazetteer = index.gazetteer
    if gazetteer is not None and (iso3 := _longest_state_name(ent, gazetteer)):
        return iso3
    anchors = {t.i for t in ent}
    # "the High Commission in Colombo": a mission sits in the other state's capital, so the capital it is
    # in says nothing of whose it is.
    mission = ent.root.lower_ in MISSION_HEADS
    for t in ent.root.subtree:
        ref = index.by_token.get(t.i)
        if ref is None or ref.kind != "state" or t.i in anchors:
            continue
        if attached(t, anchors, set()) and not (mission and t.head.lower_ == "in"):
            return ref.country
        in_capital = gazetteer is not None and t.text in gazetteer.capitals and t.head.lower_ == "in"
        in_capital = in_capital and not mission
        if in_capital and t.dep_ == "pobj" and t.head.head.i in anchors:
            return ref.country
    doc = ent.doc
    if gazetteer is not None and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "in" and not mission:
        # "the Ministry of Trade in Accra", however the parser attached the place.
        place = doc[ent.end + 1]
        ref = index.by_token.get(place.i)
        if place.text in gazetteer.capitals and ref is not None and ref.kind == "state":
            return ref.country
    if ent.start >= 2 and doc[ent.start - 1].lower_ in {"'s", "’s"}:
        # "the Permanent Secretary in Zambia's Ministry of Energy", however the parser hung the possessive.
        ref = index.by_token.get(doc[ent.start - 2].i)
        if ref is not None and ref.kind == "state" and doc[ent.start - 2].ent_type_ == "GPE":
            return ref.country
    for t in ent.root.lefts:
        ref = index.by_token.get(t.i)
        if ref is not None and ref.kind == "state" and t.dep_ in {"amod", "compound", "poss", "nmod"}:
            return ref.country
    return None
