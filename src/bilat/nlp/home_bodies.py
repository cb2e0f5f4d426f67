"""A state's office or service named by what it does, in lower case and with no state in its words: "the
statistics agency said", "the investment board warned", "the border guard said". News leaves the home
side's nationality unsaid, so in a story datelined in a capital or a government's own release such a body is
the home state's, unless the text named the same body before with another state ("the Chinese coast guard …
the coast guard") or what it does says it is the other side's (the caller's ``home_state``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from bilat.nlp.doctext import with_lower

# Heads of the public bodies a state names by their task ("the revenue authority", "the investment
# promotion commission", "the border police"). "national …" bodies are read by the caller's own rule.
HEADS = {
    "agency",
    "authority",
    "board",
    "bureau",
    "commission",
    "council",
    "directorate",
    "forces",
    "gendarmerie",
    "guard",
    "inspectorate",
    "institute",
    "navy",
    "office",
    "police",
    "service",
}
# Words that make such a noun no state body, or not the home state's alone: "the news agency", "the joint
# commission", "the UN-run refugee agency", "the aid agency", "the local council", "the security council" (the
# UN's, unless "national"), "the rating agency".
NOT_STATE = {
    "advertising",
    "aid",
    "bilateral",
    "charity",
    "city",
    "consulting",
    "credit",
    "district",
    "election",
    "electoral",
    "european",
    "humanitarian",
    "international",
    "joint",
    "local",
    "mixed",
    "municipal",
    "news",
    "private",
    "provincial",
    "rating",
    "regional",
    "relief",
    "security",
    "shipping",
    "student",
    "town",
    "travel",
    "tripartite",
    "village",
    "world",
}
# The few a single word names as a state's service (only with a modifier for the others: "the office" or
# "the board" alone names no body of a state).
POLICE_SERVICES = {
    "coast",
    "border",
    "customs",
    "immigration",
    "revenue",
    "tax",
    "statistics",
    "statistical",
    "armed",
}
SERVICES = {"guard", "police", "service", "forces"}
# A service a state has one of, so the bare noun alone names it: "the navy said".
SOLE_SERVICES = {"navy"}
SECTORS = {"forces": "MIL", "guard": "MIL", "navy": "MIL", "police": "COP", "gendarmerie": "COP"}


POSSESSIVE = {"'s", "’s"}


def _office_of_an_officer(token: Token) -> bool:
    """ "the ombudsman's office", "the prosecutor's office", "the attorney general's office": an office
    named by the officer who heads it, in lower case, with nothing after it."""
    lefts = list(token.lefts)
    if token.lower_ != "office" or list(token.rights) or len(lefts) != 1:
        return False
    officer = lefts[0]
    # The officer's own title may take a word before it ("attorney general", "auditor general").
    # ... or a word that says which of its kind ("the public prosecutor's office").
    described = {"compound", "amod"}
    words = [t.lower_ for t in officer.children if not (t.dep_ in described and t.is_lower and t.is_alpha)]
    # The parser may read "general" of "attorney general" as an adjective.
    return (
        officer.dep_ == "poss"
        and officer.is_lower
        and officer.pos_ in {"NOUN", "ADJ"}
        and words in (["the", "'s"], ["the", "’s"])
    )


def _sole_service_entity(token: Token) -> bool:
    """ "The navy said": the model may tag the article and the bare noun as an organisation, which names
    no body of its own."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return (
        token.lower_ in SOLE_SERVICES
        and ent is not None
        and [t.lower_ for t in ent if t.i != token.i] in ([], ["the"])
    )


def bare_home_bodies(
    doc: Doc,
    known: Callable[[Token], bool],
    bare: Callable[[Token], bool],
    named_before: Callable[[Span], set[str | None]],
    home_state: Callable[[Span], str | None],
) -> list[tuple[str, str, str]]:
    """(name as written, state, sector) of each such body. ``known``: whether a word is already an actor's;
    ``bare``: whether a noun is definite with no owner on it; ``named_before``: the states of the bodies
    named earlier by the same words; ``home_state``: the dateline's state for the phrase, or None."""
    found: list[tuple[str, str, str]] = []
    for token in with_lower(doc, HEADS):
        if token.lower_ not in HEADS or not token.is_lower or known(token):
            continue
        if token.ent_type_ and not _sole_service_entity(token):
            continue
        if token.dep_ == "compound" or not (bare(token) or _office_of_an_officer(token)):
            continue  # "the coast guard spokesman": the person, read elsewhere
        words = [t for t in doc[token.left_edge.i : token.i] if t.lower_ != "the"]
        if not words and token.lower_ in SOLE_SERVICES and doc[token.left_edge.i].lower_ == "the":
            words = [token]  # "the navy": the noun alone
        if not words or not all((t.is_lower and t.is_alpha) or t.lower_ in POSSESSIVE for t in words):
            continue
        lowered = {t.lower_ for t in words}
        if words[0].lower_ == "national" or lowered & NOT_STATE:
            continue
        if len(words) == 1 and token.lower_ in SERVICES and not lowered & POLICE_SERVICES:
            continue  # "the secret service", "the riot police" are read with the groups
        phrase = doc[words[0].i : token.i + 1]
        earlier = named_before(phrase)
        if earlier:
            continue  # named before with a state: that body again, read there
        country = home_state(phrase)
        if country is not None:
            found.append((phrase.text, country, SECTORS.get(token.lower_, "GOV")))
    return found


# The words that make a government a region's own: "the Kano state government", "the Amhara regional
# government", "the Mendoza provincial government".
REGIONAL = {"state", "provincial", "province", "regional", "region", "county", "prefectural", "departmental"}
GOVERNMENTS = {"government", "administration", "authorities", "council", "committee"}
# What may stand between the region's word and the government's: "the Kharkiv Regional Military
# Administration", "the provincial People's Committee" (Vietnam's and China's provinces' governments).
BETWEEN = {"military", "people", "'s", "’s"}
# A region's own body by one word after its name: "the Aswan governorate".
REGION_BODIES = {"governorate"}


def _region_before(doc: Doc, end: int) -> int | None:
    """Where the capitalised words of a region's name that end at ``end`` begin, or None when none do."""
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        if doc[start - 1].lower_ == "the":
            break  # "The Kano state government" opening a sentence
        start -= 1
    return start if start < end else None


def regional_governments(
    doc: Doc, region_state: Callable[[str], str | None], listed_region: Callable[[str], str | None]
) -> list[tuple[Span, str]]:
    """(name as written, state) of each government of a region named with its region's word ("the Kano
    state government", "the regional government of Puno", "the Aswan governorate"), or of a region the
    region table lists, with no such word ("the Tamil Nadu government"): its state is the one the place
    tables place it in; an unknown region, none. ``listed_region``: the region table alone, so that a
    city's government ("the Kabul government") is never read as a region's."""
    found: list[tuple[Span, str]] = []
    for token in with_lower(doc, GOVERNMENTS | REGION_BODIES):
        if token.lower_ in REGION_BODIES:
            start = _region_before(doc, token.i)
            if start is not None and (country := region_state(doc[start : token.i].text)) is not None:
                found.append((doc[start : token.i + 1], country))
            continue
        if token.lower_ not in GOVERNMENTS or token.i < 2:
            continue
        word = token.i - 1
        while word > token.i - 3 and doc[word].lower_ in BETWEEN:
            word -= 1
        if doc[word].lower_ in REGIONAL:
            of_place = _region_after(doc, token.i)
            if of_place is not None:
                # "the regional government of Puno"
                place = doc[token.i + 2 : of_place].text
                if (country := region_state(place)) is not None:
                    found.append((doc[word:of_place], country))
                continue
            start = _region_before(doc, word)
            if start is not None and (country := region_state(doc[start:word].text)) is not None:
                found.append((doc[start : token.i + 1], country))
            continue
        start = _region_before(doc, token.i) if token.lower_ == "government" else None
        if start is not None and (country := listed_region(doc[start : token.i].text)) is not None:
            found.append((doc[start : token.i + 1], country))
    return found


def _region_after(doc: Doc, token: int) -> int | None:
    """The end of a place's capitalised name after "of" right after the government's noun, or None."""
    if token + 2 >= len(doc) or doc[token + 1].lower_ != "of":
        return None
    end = token + 2
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
        end += 1
    return end if end > token + 2 else None


def _seat(token: Token) -> str | None:
    """ "the embassy in Nouakchott": the place the model tagged right after "in" on the post's noun."""
    prep = next((t for t in token.rights if t.dep_ == "prep" and t.i == token.i + 1), None)
    if prep is None or prep.lower_ != "in":
        return None
    place = next((t for t in prep.children if t.dep_ == "pobj"), None)
    ent = next((e for e in token.doc.ents if place is not None and e.root.i == place.i), None)
    return ent.text if ent is not None and ent.label_ in {"GPE", "LOC"} else None


def pair_missions(
    doc: Doc, pair: tuple[str, str] | None, city_state: Callable[[str], str | None]
) -> list[tuple[str, str]]:
    """(name as written, state) of a mission named by its city alone ("the embassy in Nouakchott", "the
    high commission in Accra") in a story about two states: a mission sits in the other state's city, so
    one in a city of one side is the other side's."""
    found: list[tuple[str, str]] = []
    if pair is None:
        return found
    for token in with_lower(doc, {"embassy", "consulate", "commission"}):
        words = [t.lower_ for t in doc[token.left_edge.i : token.i]]
        if token.lower_ == "commission" and words != ["the", "high"]:
            continue
        if token.lower_ != "commission" and words != ["the"]:
            continue
        city = _seat(token)
        state = city_state(city) if city is not None else None
        if state in pair:
            other = pair[1] if state == pair[0] else pair[0]
            found.append((f"{doc[token.left_edge.i + 1 : token.i + 1].text} in {city}", other))
    return found
