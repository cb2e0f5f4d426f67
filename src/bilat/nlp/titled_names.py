"""People's names the model tagged otherwise or not at all: names after a title or an honorific, names
tagged as bodies, later mentions of a surname tagged as something else, and whether an entity is a name
written after its title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.actor_words import GROUP_HEADS, PLACE_HEADS
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_ents, with_lower
from bilat.nlp.people import add_person, find_person, title_word
from bilat.nlp.pipeline import ORG_HEADS

HONORIFIC_PAIRS = {("his", "excellency"), ("her", "excellency")}


def untagged_titled_names(
    doc: Doc, index: ActorIndex, gazetteer: Gazetteer, portfolios: set[str] = frozenset()
) -> None:
    """ "President Nalishebo received …", "Her Excellency Ruth Nalishebo, President of …": capitalised words
    the model left untagged right after a person's title or an honorific are a person's name; the person
    named so before when the surname is theirs, else a new one read with its title like any other."""
    # Only the words after a title's, a portfolio's or an honorific's last word or a comma can open a name
    # (the first test below): those are found from the word index, with no object for every other token.
    openers = {*gazetteer.titles, *portfolios, *(second for _, second in HONORIFIC_PAIRS), ","}
    i = 1
    for candidate in sorted({t.i + 1 for t in with_lower(doc, openers)}):
        if candidate < i or candidate >= len(doc):
            continue  # inside the name read last
        i = candidate
        token, before = doc[i], doc[i - 1]
        honorific = i >= 2 and (doc[i - 2].lower_, before.lower_) in HONORIFIC_PAIRS
        titled = before.lower_ in gazetteer.titles and before.is_title
        titled = titled or _portfolio_title_ends(doc, i, gazetteer, portfolios)
        if not (titled or honorific or before.text == ",") or not _untagged_name_word(token, gazetteer):
            continue
        end = i
        while end + 1 < len(doc) and end - i < 3 and _untagged_name_word(doc[end + 1], gazetteer):
            end += 1
        if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
            i = end + 1
            continue  # runs on into a tagged name or a body's: not a bare name
        if before.text == "," and not _in_apposition_to_title(doc[i : end + 1], gazetteer):
            i = end + 1
            continue
        if all(doc[k].lower_ in portfolios for k in range(i, end + 1)):
            i = end + 1
            continue  # "the Secretary Finance, Mr. X": the office's portfolio, not a name
        # The person named so before when the surname is theirs (``add_person`` finds them), else a new one.
        add_person(index, Span(doc, i, end + 1, label="PERSON"), gazetteer)
        i = end + 1


def _portfolio_title_ends(doc: Doc, i: int, gazetteer: Gazetteer, portfolios: set[str]) -> bool:
    """ "Minister of Overseas Affairs Tomas Verhoeven": the words before ``i`` are a title, "of" or "for",
    and the capitalised words of its portfolio."""
    if doc[i].lower_ in portfolios:
        return False  # still the portfolio's words
    j = i - 1
    while j > 0 and (
        (doc[j].is_title and doc[j].lower_ in portfolios) or (doc[j].lower_ in {"and", "&"} and j < i - 1)
    ):
        j -= 1
    if j == i - 1 or j < 1 or doc[j].lower_ not in {"of", "for"}:
        return False
    title = doc[j - 1]
    return title.is_title and title.lower_ in gazetteer.titles


def _in_apposition_to_title(words: Span, gazetteer: Gazetteer) -> bool:
    """ "Peru's Minister for Infrastructure, Tevita Lomu, …": two to four capitalised words set off by
    commas in apposition to a person's title phrase (the title itself, or the portfolio it is for or of)."""
    doc = words.doc
    closed = words.end == len(doc) or doc[words.end].text in {",", ".", ";"} or doc[words.end].is_space
    if len(words) < 2 or not closed:
        return False
    last = words[-1]
    if last.dep_ != "appos" or last.head.i >= words.start:
        return False
    node = last.head
    for _ in range(3):  # "Minister for Infrastructure": the title over its portfolio's preposition
        if title_word(node, gazetteer):
            return True
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            return False
        node = node.head
    return title_word(node, gazetteer)


def names_tagged_as_bodies(doc: Doc, gazetteer: Gazetteer) -> None:
    """ "Peru's Minister of Ports, Julia Montero Vega, …": two to four capitalised name words the model
    tagged as an organisation, set off by commas in apposition to a person's title, are a person's
    name: no body's head word, title or place among them."""
    ents: list[Span] = []
    changed = False
    for ent in doc_ents(doc):
        parts = _place_then_name(ent) if ent.label_ == "ORG" else [ent]
        if _name_tagged_as_body(parts[-1], gazetteer):
            ents += [*parts[:-1], Span(doc, parts[-1].start, parts[-1].end, label="PERSON")]
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents


def _name_tagged_as_body(ent: Span, gazetteer: Gazetteer) -> bool:
    doc = ent.doc
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or gazetteer.institutions.get(ent.text):
        return False
    if not all(_body_free_name_word(t, gazetteer) for t in ent):
        return False
    # "Peru's Minister of Ports, Julia Montero Vega": parsed as joined to the title itself.
    joined = ent[-1].dep_ == "conj" and ent[-1].head.i < ent.start and title_word(ent[-1].head, gazetteer)
    closed = ent.end == len(doc) or doc[ent.end].text in {",", ".", ";"}
    return _in_apposition_to_title(ent, gazetteer) or (joined and closed and doc[ent.start - 1].text == ",")


def _place_then_name(ent: Span) -> list[Span]:
    """ "consul general in Cebu, Rudi Hartono Wibisono": the model may tag the post's place and the name
    after its comma as one body. After "in", the capitalised words before the comma are the place and
    those after it a name (kept only when that name passes the test of ``_name_tagged_as_body``)."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "in":
        return [ent]
    place, rest = doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
    if not 1 <= len(place) <= 3 or not 2 <= len(rest) <= 4:
        return [ent]
    if not all(t.is_title and t.pos_ == "PROPN" for t in [*place, *rest]):
        return [ent]
    return [Span(doc, place.start, place.end, label="GPE"), Span(doc, rest.start, rest.end, label="ORG")]


def _body_free_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.lower_ not in gazetteer.titles
        and token.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS
        and gazetteer.country_of(token.text) is None
    )


# Labels the model may give a later mention of a person's name ("Tomasz said", read as a company).
NOT_PERSON_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "NORP"}  # "Han" read as a people


HYPHENS = {"-", "‑"}


def surnames_tagged_otherwise(doc: Doc, index: ActorIndex, gazetteer: Gazetteer) -> None:
    """A later, shorter mention of a person named in full before, which the model tagged as an
    organisation or a thing, is that person: else their acts there have no actor. Only a name no
    institution, body or state claimed, and only after the full name."""
    first_at: dict[int, int] = {}
    for i, person in sorted(index.person_at.items()):
        first_at.setdefault(id(person), i)
    for ent in doc_ents(doc):
        if ent.label_ not in NOT_PERSON_LABELS or gazetteer.country_of(ent.text) is not None:
            continue
        if any(t.i in index.by_token or t.i in index.person_at for t in ent):
            continue
        # "Al-Enezi", "Ould-Salem": the hyphen inside a surname is no word of it.
        if not all(t.pos_ == "PROPN" and t.is_title for t in ent if t.text not in HYPHENS):
            continue
        person = find_person(index.people, ent.text)
        if person is None or len(person.name.split()) < 2:
            continue
        if first_at.get(id(person), ent.start) >= ent.start:
            continue  # a name the text has not yet given in full
        person.aliases.add(ent.text)
        person.mentions += 1
        for t in ent:
            index.person_at[t.i] = person


def _untagged_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.ent_type_
        and token.lower_ not in gazetteer.titles
        and token.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS
        and gazetteer.country_of(token.text) is None
    )


def titled_name(ent: Span, gazetteer: Gazetteer, title_heads: set[str]) -> bool:
    """ "spokesperson Claire Dupont", "President Amanuel Bekele" that the model read as an organisation:
    two to four capitalised words right after a person's title or in apposition to it, none of them a
    body's, a place's or a country's word."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1].lower_
    # "its ambassador in Lima, Ana Soto, …": a name set off in apposition to a title phrase.
    apposed = before == "," and _in_apposition_to_title(ent, gazetteer)
    if before not in gazetteer.titles and before not in title_heads and not apposed:
        return False
    if gazetteer.institutions.get(ent.text) is not None:
        return False
    return all(
        t.pos_ == "PROPN"
        and t.is_title
        and t.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS | title_heads
        and gazetteer.country_of(t.text) is None
        for t in ent
    )
