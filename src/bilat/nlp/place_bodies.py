"""Bodies the text places in a city: "the Tallinn port authority", "the Ravel Institute, a Lisbon think
tank". A city's port authority or a think tank said to be of a city acts from that city's state; the
place table (``place_state``) says which. Only a city or capital placed right on the body's words counts:
the state a sentence is about says nothing of whose a cited body is."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from bilat.models import ActorRef
from bilat.nlp.doctext import doc_ents
from bilat.nlp.people import actor_id

# Lower-case heads of a body a city names, with their sectors: "the Lome port authority", "the Basra city
# council", "Kunming customs" (the state's customs office there).
CITY_BODY_HEADS = {
    "authority": "GOV",
    "council": "GOV",
    "municipality": "GOV",
    "administration": "GOV",
    "customs": "GOV",
}
# Heads of the description that says what a named body is ("a Kyiv think tank", "an Oslo research group").
DESCRIBED_HEADS = {
    "tank",
    "institute",
    "organisation",
    "organization",
    "group",
    "charity",
    "foundation",
    "university",
    "centre",
    "center",
    "agency",
    "monitor",
}


def _body(name: str, country: str, sector: str) -> ActorRef:
    return ActorRef(
        name=name,
        country=country,
        sector=sector,
        kind="organisation",
        actor_id=actor_id("organisation", name, country),
    )


def _city_state(place: Span, state_of: Callable[[Span], str | None]) -> str | None:
    """The state of a city or capital (a state's own name is read elsewhere, as its nationality)."""
    # The model may tag a city before a body's words as the body itself ("the Durban port authority").
    if place.label_ not in {"GPE", "ORG", "NORP"}:
        return None
    return state_of(place)


def city_bodies(doc: Doc, state_of: Callable[[Span], str | None]) -> list[ActorRef]:
    """ "the Lome port authority": a city's name right before lower-case words ending in a body's head."""
    found: list[ActorRef] = []
    for ent in doc_ents(doc):
        if ent.label_ not in {"GPE", "ORG", "NORP"} or ent.end >= len(doc):
            continue
        words = []
        for token in doc[ent.end : min(ent.end + 3, len(doc))]:
            if not (token.is_lower and token.is_alpha and token.pos_ == "NOUN"):
                break
            words.append(token)
            if token.lower_ in CITY_BODY_HEADS:
                break
        if not words or words[-1].lower_ not in CITY_BODY_HEADS:
            continue
        country = _city_state(ent, state_of)
        if country is not None:
            name = f"{ent.text.removeprefix('the ')} {' '.join(t.text for t in words)}"
            found.append(_body(name, country, CITY_BODY_HEADS[words[-1].lower_]))
    return found


def bodies_described_in_city(doc: Doc, state_of: Callable[[Span], str | None]) -> list[ActorRef]:
    """ "the Centre for X, a Kyiv think tank": a named body followed by ", a <city> <what it is>"."""
    found: list[ActorRef] = []
    for ent, place in pairwise(doc_ents(doc)):
        if ent.label_ != "ORG" or place.label_ != "GPE":
            continue
        between = doc[ent.end : place.start]
        if [t.lower_ for t in between] not in (
            [",", "a"],
            [",", "an"],
        ):
            continue
        words = []
        for token in doc[place.end : min(place.end + 3, len(doc))]:
            if not (token.is_lower and token.is_alpha):
                break
            words.append(token)
        if not words or words[-1].lower_ not in DESCRIBED_HEADS:
            continue
        country = _city_state(place, state_of)
        if country is not None:
            name = ent.text.removeprefix("the ").removeprefix("The ")
            found.append(_body(name, country, "NGO" if words[-1].lower_ == "tank" else "GOV"))
    return found


# Lower-case nouns that say the short name beside them is an agency's: "the aid agency Sida", "the statistics
# office, Istat", "the government's Viginum agency".
AGENCY_NOUNS = {
    "agency",
    "secretariat",
    "office",
    "institute",
    "service",
    "directorate",
    "bureau",
    "authority",
}


def agency_names_read_as_places(doc: Doc, known_place: Callable[[str], bool]) -> None:
    """Relabels as an organisation a one-word name the model read as a place though no table knows it as
    one, when a lower-case agency noun stands right before it (with or without a comma) or right after it,
    or when the name is a bank's ("Eximbank")."""
    spans = []
    changed = False
    for ent in doc_ents(doc):
        if ent.label_ == "GPE" and len(ent) == 1 and not known_place(ent.text):
            at = ent.start
            before = [t for t in doc[max(0, at - 2) : at] if t.text != ","]
            after = doc[ent.end] if ent.end < len(doc) else None
            agency_before = bool(before) and before[-1].is_lower and before[-1].lower_ in AGENCY_NOUNS
            agency_after = after is not None and after.is_lower and after.lower_ in AGENCY_NOUNS
            # "its Devbank would extend a loan": a bank's word ending the name says it is a body.
            banked = ent.text.lower().endswith("bank") and ent.text.isalpha()
            if agency_before or agency_after or banked:
                ent = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        spans.append(ent)
    if changed:
        doc.ents = spans


# "X, a unit of Y": the words that make a named body part of another.
PART_NOUNS = {"unit", "subsidiary", "arm", "division", "affiliate"}


def units_of_bodies(doc: Doc, by_token: dict[int, ActorRef]) -> list[ActorRef]:
    """ "the Ruritanian-Freedonian Holding Company, a unit of the State Fund": a named body the text makes
    part of a state's body is that state's; its name is the capitalised words before the comma."""
    found: list[ActorRef] = []
    for comma in (t for t in doc if t.text == ","):
        words = doc[comma.i + 1 : comma.i + 5]
        if len(words) < 4 or words[0].lower_ not in {"a", "an"} or words[1].lower_ not in PART_NOUNS:
            continue
        if words[2].lower_ != "of":
            continue
        start = words[3].i + (1 if words[3].lower_ == "the" else 0)
        owner = by_token.get(start) if start < len(doc) else None
        if owner is None or owner.kind != "organisation" or not owner.country:
            continue
        first = comma.i
        while first > 0 and doc[first - 1].lower_ != "the" and _name_word(doc[first - 1]):
            first -= 1
        name = doc[first : comma.i].text
        if first == comma.i or len(name) < 3 or by_token.get(comma.i - 1) is not None:
            continue  # nothing named there, or a body already read
        found.append(_body(name, owner.country, owner.sector or "BUS"))
    return found


def _name_word(token: Token) -> bool:
    """A word of a body's capitalised name ("Saudi-Egyptian": the hyphen too)."""
    return token.is_title or token.is_upper or token.text in {"-", "‑"}


def agency_owner(ent: Span, resolve: Callable[[Token], ActorRef | None]) -> str | None:
    """ "the government's Viginum agency", "Brazil's Secex office": the state whose possessive marks the
    agency noun right after the name (a government word resolved to its state by ``resolve``)."""
    if ent.end >= len(ent.doc):
        return None
    noun = ent.doc[ent.end]
    if not (noun.is_lower and noun.lower_ in AGENCY_NOUNS):
        return None
    owners = [t for t in noun.lefts if t.dep_ == "poss" and t.i < ent.start]
    refs = [ref for t in owners if (ref := resolve(t)) is not None and ref.kind in {"state", "organisation"}]
    return next((ref.country for ref in refs if ref.country), None)


def _agency_beside(ent: Span) -> bool:
    """A lower-case agency noun right before the name (a comma between allowed) or right after it."""
    doc = ent.doc
    before = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.text != ","]
    after = doc[ent.end] if ent.end < len(doc) else None
    if before and before[-1].is_lower and before[-1].lower_ in AGENCY_NOUNS:
        return True
    return after is not None and after.is_lower and after.lower_ in AGENCY_NOUNS


def cited_agency_state(ent: Span, subject_state: Callable[[Token], str | None]) -> str | None:
    """ "Freedonian aid to X came to 5 million euros, according to the aid agency Fra": an agency, named
    beside its noun, cited for a figure whose sentence has a state (or a state's noun) as its subject
    counts its own state's figure. ``subject_state`` reads the subject's state."""
    if not _agency_beside(ent):
        return None
    cited = ent.root if ent.root.dep_ != "appos" else ent.root.head
    head = cited.head
    if not (cited.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"):
        return None
    root = ent.root.sent.root
    subjects = [t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [c for t in subjects for c in t.conjuncts]  # "Peru and Norway traded": two states, none
    states = {state for t in subjects if (state := subject_state(t)) is not None}
    return next(iter(states)) if len(states) == 1 else None


# Capitalised heads of a body a city's name opens: "the Dubai Chamber", "the Lviv Chamber of Commerce".
CITY_NAMED_HEADS = {"chamber", "municipality"}


def city_named_body_state(ent: Span, state_of: Callable[[Span], str | None]) -> str | None:
    """ "according to the Dubai Chamber": a chamber of commerce or a municipality whose name opens with a
    city is a body of the state that city is in (a state's own name there is read as its nationality)."""
    words = [t for t in ent if t.lower_ != "the"]
    cut = next((n for n, t in enumerate(words) if t.lower_ in {"of", "for"}), len(words))
    if cut < 2 or words[cut - 1].lower_ not in CITY_NAMED_HEADS or not words[0].is_title:
        return None
    return state_of(ent.doc[words[0].i : words[0].i + 1])
