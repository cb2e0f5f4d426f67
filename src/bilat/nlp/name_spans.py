"""Entity spans the model cut wrong, mended before actors are read: first names read as places, regions
cut at a nationality word, names cut short of a word or at a particle; and the words of ministers'
portfolios, which are never a name's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from bilat.nlp.actor_words import GROUP_HEADS, PLACE_HEADS
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_ents, span_text
from bilat.nlp.people import title_word
from bilat.nlp.pipeline import ORG_HEADS
from bilat.resources import Resources, read_lines


def names_read_as_places(doc: Doc, gazetteer: Gazetteer, portfolios: set[str] = frozenset()) -> None:
    """ "President Lucas Ferreira", "Minister Georgia Brown": a first name the model read as a place,
    between a person's title and a capitalised surname it left untagged, is a person's name. So is one set
    off by commas after a title phrase ("the deputy minister for mines, Georgia Brown Ellis, said"), when
    no table knows it as a place."""
    ents = list(doc_ents(doc))
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
            continue
        after_comma = doc[ent.start - 1].text == "," and _title_phrase_ends(
            doc, ent.start - 2, gazetteer, portfolios
        )
        if doc[ent.start - 1].lower_ not in gazetteer.titles and not after_comma:
            continue
        # After a comma the rest of the name may be tagged as a person's on its own ("Marta" + "Ruiz Soto").
        rest = {"", "PERSON"} if after_comma else {""}
        end = ent.end
        while (
            end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ in rest
        ):
            end += 1
        if end == ent.end:
            continue
        if after_comma and (
            gazetteer.country_of(ent.text) is not None
            or ent.text in gazetteer.capitals
            or end >= len(doc)
            or doc[end].text != ","
            or end - ent.start > 4
        ):
            continue  # a known place, or a name not closed by its comma: not a name set beside a title
        ents[n] = Span(doc, ent.start, end, label="PERSON")
        changed = True
    if changed:
        # The surname tagged on its own is now part of the name.
        doc.ents = filter_spans(ents)  # the longer span wins


def _title_phrase_ends(doc: Doc, at: int, gazetteer: Gazetteer, portfolios: set[str]) -> bool:
    """Whether token ``at`` ends a title phrase: a title's word ("the foreign minister"), or the last word
    of the portfolio a title is for or of ("the secretary general for fisheries")."""
    if at < 1:
        return False
    if doc[at].lower_ in gazetteer.titles:
        return True
    j = at
    while j > 0 and (doc[j].lower_ in portfolios or doc[j].lower_ in {"and", "the"}) and at - j < 4:
        j -= 1
    return j < at and doc[j].lower_ in {"of", "for"} and j > 0 and doc[j - 1].lower_ in gazetteer.titles


def regions_cut_short(doc: Doc, gazetteer: Gazetteer) -> None:
    """ "British Columbia's premier", "New South Wales": a region's name the model cut at a nationality
    word ("British") is the region's, which acts for its state, not a nationality of another state."""
    ents = list(doc_ents(doc))
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ not in {"NORP", "GPE"}:
            continue
        for end in range(min(len(doc), ent.end + 3), ent.end, -1):
            words = doc[ent.start : end]
            if span_text(words) not in gazetteer.regions:
                continue
            if any(t.ent_type_ and t.i >= ent.end for t in words):
                break  # the words after are another name the model read
            ents[n] = Span(doc, ent.start, end, label="GPE")
            changed = True
            break
    if changed:
        doc.ents = ents


# Words that say the name before them is a federal unit's: "Johor state", "Punjab province".
UNIT_WORDS = {"state", "province", "region", "territory", "oblast", "governorate", "prefecture"}


def regions_named_as_units(doc: Doc, gazetteer: Gazetteer) -> None:
    """ "the chief minister of Johor state": a region's name the model left untagged, followed by the word
    of its kind of unit, is the region's (an untagged name alone may be a person's or a firm's)."""
    ents = list(doc_ents(doc))
    taken = {t.i for e in ents for t in e}
    added = False
    for unit in (t for t in doc if t.lower_ in UNIT_WORDS and t.i > 0):
        for start in range(max(0, unit.i - 3), unit.i):
            words = doc[start : unit.i]
            if any(t.i in taken for t in words) or not all(t.is_title for t in words):
                continue
            if span_text(words) in gazetteer.regions:
                ents.append(Span(doc, start, unit.i, label="GPE"))
                taken |= {t.i for t in words}
                added = True
                break
    if added:
        doc.ents = sorted(ents, key=lambda e: e.start)


# Words written before a name that are no part of it: honorifics and ranks the titles table lacks.
NOT_NAME_WORDS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "excellency",
    "hon",
    "honourable",
    "honorable",
    "major",
    "captain",
    "colonel",
    "lieutenant",
    "brigadier",
    "admiral",
    "rear",
    "commodore",
    "marshal",
    "sergeant",
    "corporal",
    "field",
    "air",
    "chief",
    # ranks as news abbreviates them before a name ("Maj. Gen.", "Lt. Col.", "Brig."): the full stop is
    # stripped before the word is looked up
    "gen",
    "maj",
    "brig",
    "lt",
    "col",
    "capt",
    "cmdr",
    "cdr",
    "adm",
    "sgt",
    "cpl",
    # police and other services' ranks, and religious or royal honorifics
    "inspector",
    "superintendent",
    "constable",
    "detective",
    "commissioner",
    "officer",
    "warrant",
    "private",
    "sheikh",
    "emir",
    "prince",
    "princess",
    "imam",
    "bishop",
    "father",
    "reverend",
    "rev",
}


def portfolio_words(resources: Resources) -> set[str]:
    """The words that name a minister's portfolio ("Transport", "Fisheries"): never a name's."""
    return {word for _, word in read_lines(resources.path("actors/portfolios.txt"))}


def names_cut_short(doc: Doc, gazetteer: Gazetteer, portfolios: set[str]) -> None:
    """ "Major General Zaw Lin Oo", "Jean-Pierre Martel": a person's name the model tagged without its
    first word (or the first half of a hyphenated first name), or without the last word its words are
    compounds of, gets it back when that word is a capitalised part of the same name phrase the model
    left untagged and no title, rank, honorific, portfolio, state or body's word."""
    ents = list(doc_ents(doc))
    changed = False
    taken = {t.i for e in ents for t in e}
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        start = ent.start
        while start > 0:
            before = doc[start - 1]
            hyphen = before.text in {"-", "‐"} and start >= 2
            if hyphen and _name_word(doc[start - 2], gazetteer, taken, portfolios):
                if doc[start - 2].idx + len(doc[start - 2].text) == before.idx == doc[start].idx - 1:
                    start -= 2  # "Jean-Pierre", written without spaces
                    continue
                break
            compound = before.dep_ in {"compound", "flat"} and before.head.i in range(ent.start, ent.end)
            if (
                compound
                and _name_word(before, gazetteer, taken, portfolios)
                and not _in_portfolio(before, gazetteer)
            ):
                start -= 1
                continue
            break
        end = ent.end
        # "Jean-Paul Ekani Atangana" tagged without its last word, which the name's words are compounds of.
        compound = end < len(doc) and ent.root.dep_ == "compound" and ent.root.head.i == end
        if compound and _name_word(doc[end], gazetteer, taken, portfolios):
            end += 1
        if (start, end) != (ent.start, ent.end):
            ents[n] = Span(doc, start, end, label="PERSON")
            changed = True
    # "Amadou Ndongo" and "Essomba" tagged as two names with nothing between them: one name.
    merged: list[Span] = []
    for ent in ents:
        last = merged[-1] if merged else None
        adjacent = last is not None and last.end == ent.start and doc[last.end - 1].whitespace_ == " "
        # Only words of a name: "Excellency Mr." the model tagged apart is an honorific, not a first name.
        named = last is not None and all(_plain_name_word(t, gazetteer) for t in [*last, *ent])
        # "Presidential Advisor" + "Mesut Casin": a title phrase the model tagged as a name is no first name.
        named = named and last is not None and not _opens_with_title(last, gazetteer)
        if last is not None and adjacent and named and last.label_ == ent.label_ == "PERSON":
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
            continue
        if last is not None and adjacent and _particle_cut(last, ent, gazetteer):
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
            continue
        merged.append(ent)
    ents = merged
    if changed:
        doc.ents = ents


def _in_portfolio(token: Token, gazetteer: Gazetteer) -> bool:
    """ "Minister for the Indo-Pacific", "Secretary of State for Migration": a capitalised word in the run
    right after a title's "for" names the office's portfolio, not its holder's first name."""
    doc, i = token.doc, token.i
    while i > 0 and (doc[i].is_title or doc[i].text in {"-", "‐"} or doc[i].lower_ in {"the", "and"}):
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    title = doc[i - 1]
    if title.lower_ == "state" and i >= 3 and doc[i - 2].lower_ == "of":
        title = doc[i - 3]  # "Secretary of State for"
    return title.is_title and title_word(title, gazetteer)


# Lower-case particles inside Portuguese, Spanish, Dutch, German and Arabic names ("Maria da Silva").
NAME_PARTICLES = {"da", "das", "de", "del", "della", "di", "do", "dos", "van", "von", "der", "bin", "ibn"}


def _particle_cut(person: Span, rest: Span, gazetteer: Gazetteer) -> bool:
    """ "Luisa da" + "Silva Ramos": a name the model ended at its particle, the rest read as a place or
    another entity. The rest belongs to the name when it is only capitalised name words and no known place
    ("Costa" is no country; "Costa Rica" would be)."""
    return (
        person.label_ == "PERSON"
        and person[-1].lower_ in NAME_PARTICLES
        and person[-1].is_lower
        and len(rest) <= 3
        and rest.label_ in {"PERSON", "GPE", "LOC", "ORG", "NORP"}
        and all(_plain_name_word(t, gazetteer) and t.pos_ == "PROPN" for t in rest)
        and gazetteer.country_of(rest.text) is None
        and not any(gazetteer.country_of(t.text) for t in rest)
        and rest.text not in gazetteer.institutions
    )


def _opens_with_title(span: Span, gazetteer: Gazetteer) -> bool:
    words = [t.lower_ for t in span]
    return any(" ".join(words[:k]) in gazetteer.titles for k in range(2, len(words) + 1))


def _plain_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    word = token.lower_.rstrip(".")
    return token.is_alpha and token.is_title and word not in NOT_NAME_WORDS and word not in gazetteer.titles


def _name_word(token: Token, gazetteer: Gazetteer, taken: set[int], portfolios: set[str]) -> bool:
    return (
        token.lower_ not in portfolios
        and token.pos_ == "PROPN"
        and token.is_title
        and token.i not in taken
        and not token.ent_type_
        and token.lower_ not in gazetteer.titles
        and not (token.lower_.endswith("s") and token.lower_[:-1] in gazetteer.titles)  # "Foreign Ministers"
        and token.lower_.rstrip(".") not in NOT_NAME_WORDS
        and token.lower_ not in ORG_HEADS | GROUP_HEADS | PLACE_HEADS
        and gazetteer.country_of(token.text) is None
        and not any(token.lower_ in phrase.split() for phrase in gazetteer.titles)
    )
