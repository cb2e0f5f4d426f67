"""Questions asked again in the words the store tells them in: two questions in one, "take place" as
"held", "what kind of" and "what is the name of" as "which".
"""

from __future__ import annotations

import re

# "When and where will …", "Where and when did …": two questions in one.
TWO_ASKED = re.compile(r"^\s*(when|where)\s+and\s+(when|where)\b", re.I)


# "Where did the fourth session take place?": an occasion that takes place is held, which the store's
# verbs and the place reader know ("will be held in Bujumbura"). Not "when": a held thing's sentence
# often dates another occasion ("will hold a naval drill, the first since 2011").
TAKE_PLACE = re.compile(r"^\s*(where)\s+(did|does|do|will)\s+(.+?)\s+take\s+place\b", re.I)
HELD_AS = {"did": "was", "does": "is", "do": "are"}


def as_held(text: str) -> str:
    """The question with "take place" asked as "be held" ("Where was the session held?")."""
    match = TAKE_PLACE.match(text)
    if match is None:
        return text
    wh, aux, occasion = match.group(1), match.group(2).lower(), match.group(3)
    asked = f"{wh} will {occasion} be held" if aux == "will" else f"{wh} {HELD_AS[aux]} {occasion} held"
    return asked + text[match.end() :]


# "What kind of investigation did X demand?": the kind is what the sentence says of the thing ("a full
# and joint investigation"), which "which investigation" asks for.
KIND_OF = re.compile(r"^\s*what\s+(?:kinds?|types?|sorts?)\s+of\s+(?=[a-z])", re.I)


# "What is the name of the freighter whose crew was arrested?": the name of a thing a relative clause
# picks out, which "which freighter's crew was arrested" asks for.
NAME_OF = re.compile(
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:the|a|an)\s+(?P<thing>[^,?]+?)\s+"
    r"(?P<relative>whose|that|which)\s+(?P<rest>[^?]+)",
    re.I,
)

# "What is the name of the trawler boarded by X?": a participle that describes the thing, asked as
# "which trawler was boarded by X"; the preposition after it says it is not the thing's own word.
NAME_OF_PARTICIPLE = re.compile(
    r"^\s*what\s+(?:is|was)\s+the\s+name\s+of\s+(?:the|a|an)\s+(?P<thing>[^,?]+?)\s+"
    r"(?P<part>[a-z]+(?:ed|en))\s+(?P<rest>(?:by|in|at|off|near|on|to|from|into|after)\b[^?]*)",
    re.I,
)

ASKS_NAME = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\b", re.I)


def _is_name(answer: str) -> bool:
    """The answer reads as a proper name ("the Aurora", "MV Sea Lark"), not a description of the thing
    ("a fishing boat seized off the coast"): capitalised from its first word, and short."""
    words = re.sub(r"^(?i:the)\s+", "", answer.strip()).split()
    # "Maltese-registered trawler": a kind noun last, the thing described by its flag, not named.
    return (
        bool(words)
        and len(words) <= 6
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and not words[-1].islower()
    )


def as_which(text: str) -> str:
    """The question with "what kind of" asked as "which" ("Which investigation did X demand?"), and
    "what is the name of the ship that …" as "which ship …"."""
    named = NAME_OF.match(text)
    if named is not None:
        whose = "'s" if named["relative"].lower() == "whose" else ""
        return f"Which {named['thing']}{whose} {named['rest']}{text[named.end() :]}"
    described = NAME_OF_PARTICIPLE.match(text)
    if described is not None:
        thing, rest = described["thing"], described["rest"]
        return f"Which {thing} was {described['part']} {rest}{text[described.end() :]}"
    return KIND_OF.sub("Which ", text, count=1)
