"""Names the model tagged as persons' that name no person: groups and places a noun or a last word marks,
craft ("the trawler Santa Ana") and words in capitals on a dateline or a letterhead.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from bilat.nlp.actor_words import GROUP_HEADS, GROUP_NOUNS, PLACE_HEADS
from bilat.nlp.doctext import doc_text
from bilat.nlp.name_spans import NOT_NAME_WORDS


def not_a_person(ent: Span) -> bool:
    """ "the street gang Tren de Aragua", "the Ahrar Brigades", "Whitsun Reef": a name the model read as a
    person's that the noun before it or its own last word says is a group or a place, or one in capitals
    on a letterhead or at a dateline."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in GROUP_NOUNS or ent[-1].lower_ in GROUP_HEADS | PLACE_HEADS or _capitals_line(ent):
        return True
    if all(t.lower_.rstrip(".") in NOT_NAME_WORDS or t.is_punct for t in ent):
        return True  # "Brig" of "Brig. Gen. X" tagged alone: a rank, no one's name
    return _vessel_name(ent)


# Craft a name is given to ("the trawler Santa Ana", "the tanker 'Marlin'"): their names are no people's.
VESSEL_NOUNS = {
    "trawler",
    "vessel",
    "ship",
    "boat",
    "tanker",
    "ferry",
    "yacht",
    "freighter",
    "frigate",
    "destroyer",
    "corvette",
    "cutter",
    "dhow",
    "barge",
    "tugboat",
    "seiner",
    "longliner",
    "schooner",
}


# "the Vigo-registered X", "a Panama-flagged X": only a craft is registered under a flag.
FLAG_WORDS = {"registered", "flagged"}


def _vessel_name(ent: Span) -> bool:
    """ "the trawler "Santa Maria"", "the Vigo-registered Santa Maria": a name right after a vessel noun or
    a flag's "-registered" (quotes aside) is the craft's; and "Vigo-registered" itself is no name."""
    doc = ent.doc
    if any(t.lower_ in FLAG_WORDS and t.i > ent.start and doc[t.i - 1].text in {"-", "‐"} for t in ent):
        return True
    i = ent.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i < 0:
        return False
    flagged = doc[i].lower_ in FLAG_WORDS and i > 0 and doc[i - 1].text in {"-", "‐"}
    return doc[i].lower_ in VESSEL_NOUNS or flagged


def _capitals_line(ent: Span) -> bool:
    """ "LILONGWE, Aug 12 —", "PRIME MINISTER'S OFFICE": a name in capitals on a line written in capitals
    (a dateline's place, a letterhead) that the model read as a person's; names in the text are not."""
    words = [t for t in ent if t.is_alpha]
    if not words or not all(t.is_upper and len(t) > 1 for t in words):
        return False
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    letters = [c for c in re.sub(r"\([^)]*\)", "", line.split("—")[0]) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
