"""The sources a question names ("according to the Horn Gazette", "cited by …") and whether an
article's outlet or a body in it is that source.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# "…, according to the Horn Gazette?": the outlet or body whose account the question asks for.
# "according to the Dutch foreign ministry": the body's own noun, written in lower case, ends its name
# ("Nigerien officials", "the government" are the state's voices, named by its word alone).
ACCORDING_TO = re.compile(
    r"\b(?i:according\s+to\s+(?:the\s+)?)((?:[A-Z][\w'-]*\s?)+"
    r"(?:(?:[a-z][\w'-]*\s+){0,2}?(?:ministry|navy|army|police|military"
    r"|spokes(?:man|woman|person)|agency|embassy|office|coast\s+guard|service|directorate|secretariat"
    r"|company|committee|commission|bureau|administration|authority|department)\b)?)"
)
# The same nouns ending a source's name: a body that speaks in the article, not the outlet that wrote it.
BODY = re.compile(
    r"\b(?:ministry|navy|army|police|military|spokes(?:man|woman|person)|agency|embassy|office|guard|service"
    r"|directorate|secretariat|company|committee|commission|bureau|administration|authority|department)\s*$",
    re.I,
)


# "… according to Belarusian officials cited by the Harbour Courier?": the outlet that cited them is the
# source whose article holds the account; the officials' people word alone names no article.
CITED_BY = re.compile(r"\b(?i:(?:cited|quoted|reported)\s+by\s+(?:the\s+)?)((?:[A-Z][\w'-]*\s?)+)")


# A sentence that opens with a body's pronoun and a verb of saying: "It said in a statement that …".
# "It said …", "Its spokesman, X, said …": the body the sentence before named goes on speaking, itself or by
# its spokesperson.
SAYS_ON = re.compile(
    r"^\s*(?:(?:It|They)\s+(?:also\s+)?|(?:Its|Their)\s+spokes(?:man|woman|person)\b[^.;]{0,60}?\b)"
    r"(?:said|says|added|stated|reported|announced)\b"
)


# "according to Ruritania's Bureau of Civil Registry Records": a body with an owner and a proper name
# of its own, which an article that cites it writes in the same words.
OWNED_SOURCE = re.compile(
    r"\b(?i:according\s+to\s+)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+"
    r"([A-Z][\w'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'-]*)*)"
)
# The words of such a name that say whose body it is no more than "the ministry" does.
GENERIC_NAME_WORDS = frozenset(
    [
        "of",
        "for",
        "and",
        "on",
        "the",
        "ministry",
        "department",
        "office",
        "authority",
        "agency",
        "bureau",
        "service",
        "national",
        "state",
        "federal",
        "general",
        "public",
    ]
)


def owned_source_words(text: str) -> list[str]:
    """The distinctive words of a source the question names with its owner and a proper name ("Kuwait's
    Public Authority for Civil Information": civil, information); empty for none, or for a body named by
    common nouns ("Turkey's interior ministry"), which an article may word otherwise."""
    match = OWNED_SOURCE.search(text)
    if match is None:
        return []
    return [w for w in match.group(1).lower().split() if w not in GENERIC_NAME_WORDS]


def _named_source(text: str) -> str | None:
    """The source's name; None for one with an owner ("according to Peru's health ministry", "Peru's
    Department of Labour"), which an article may well write otherwise ("the Peruvian ministry")."""
    match = CITED_BY.search(text) or ACCORDING_TO.search(text)
    name = match.group(1).strip() if match else None
    return None if not name or "'s" in name or "’s" in name else name


def _names_source(text: str, source: str, countries: Collection[str] = ()) -> bool:
    """The article names the source: its words in order, a few words apart at most ("Defence Minister
    Varga" is written "Defence Minister Ilona Varga"). A country's name or people's word in it
    ("the Kyrgyz Economy Minister") says whose the source is, which the article may say elsewhere."""
    words = [w for w in source.split() if w not in countries] or source.split()
    gap = r"\W+(?:[\w'’.-]+\W+){0,3}?"
    if re.search(r"\b" + gap.join(map(re.escape, words)) + r"\b", text, re.I) is not None:
        return True
    # "the foreign ministry" is as often written "the Ministry of Foreign Affairs".
    portfolio = re.search(r"(\w+)\s+ministry\s*$", source, re.I)
    return portfolio is not None and (
        re.search(rf"\bministry\s+of\s+(?:the\s+)?{re.escape(portfolio.group(1))}\b", text, re.I) is not None
    )


def _is_outlet(outlet: str | None, source: str) -> bool:
    """ "According to the Harbour Gazette, …": the source is the outlet that published the article,
    which its text need not name (the outlet is read from the byline or the page, not the story)."""
    if not outlet:
        return False
    plain = re.sub(r"^\s*the\s+", "", source, flags=re.I).strip().lower()
    return bool(plain) and plain == re.sub(r"^\s*the\s+", "", outlet, flags=re.I).strip().lower()


# "N'DJAMENA, March 13 (Sahel Wire) — ", "RIGA — ": a dateline, a city in capitals before the dash.
DATELINE = re.compile(r"^\s*[A-Z][A-Z'’. -]+(?:,[^—–\n]{0,60}?)?\s+[—–-]+\s+")


def _dateline_only(name: str, text: str) -> bool:
    """The name is written in the sentence only in its dateline ("KATHMANDU, Jan 15 (Wire) — "): the
    city the report was filed from, never a person nor where or what the act was."""
    dateline = DATELINE.match(text)
    if dateline is None:
        return False
    pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
    return pattern.search(text, dateline.end()) is None and pattern.search(text[: dateline.end()]) is not None
