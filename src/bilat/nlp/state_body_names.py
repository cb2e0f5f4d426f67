"""Bodies' names: the name a reader lists, the sector a name says (business, military, government), the
federations whose offices are "Federal …", and the words that make a named body or office a state's ("the
General Directorate of Migration", "the Office of the President").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from bilat.nlp.actor_words import BUSINESS, MILITARY_WORDS, STATE_BODY_HEADS
from bilat.nlp.bodies import FIGURE_BODY_WORDS, FOREIGN_BODY_SECTORS
from bilat.nlp.countries import Gazetteer
from bilat.resources import Resources, read_lines


def load_federations(resources: Resources) -> set[str]:
    return {code for _, code in read_lines(resources.path("actors/federations.txt"))}


def listed_name(text: str) -> str:
    """A body's name as a reader would list it: without its article, nor the possessive the model may tag
    with it ("the Royal Constabulary's training college")."""
    return re.sub(r"['’]s$", "", re.sub(r"^the\s+", "", text.strip(), flags=re.I))


def body_sector(name: str) -> str:
    lower = name.lower()
    if re.match(r"(the\s+)?(front|movement)\s+(for|of)\b", lower):
        return "REB"  # "the Front for Unity and Renewal in Niger": an armed movement named for its cause
    if any(w in lower for w in MILITARY_WORDS):
        return "MIL"
    if re.search(r"\b(police|gendarmerie|constabulary)\b", lower):
        return "COP"
    if re.search(r"\bcourt\b", lower):
        return "JUD"
    if re.search(r"\b(assembly|parliament|senate|congress)\b", lower):
        return "LEG"  # "the People's National Assembly": a state's house of representatives
    return "BUS" if BUSINESS.search(name) else "GOV"


# Heads of a body's name written before what it does: "the General Directorate of Migration", "the State
# Committee for National Security"; a committee or council only with a word that makes it a state's.
NAMED_BODY_HEADS = {
    "directorate",
    "administration",
    "department",
    "bureau",
    "service",
    "agency",
    "command",
}


STATE_WORDS = {"state", "national", "federal"}


# Words that rank a council over a state's others: "the High Security Council", "the Supreme Council".
RANKED_WORDS = {"high", "supreme"}


# Offices whose own office is a body of their state: "the Office of the President".
HEADS_OF_GOVERNMENT = {"president", "prime minister", "vice president", "premier", "chancellor"}


# Duties only a state performs, which make an authority or an office named by them a state's: "the Border
# Management Authority", "the Immigration Office".
# "the Fisheries Protection Authority": a body set up to protect a public good holds a state's powers. (A
# regulator is left out: the story is as often the fined foreign firm's side's, datelined at home.)
STATE_DUTIES = {"border", "immigration", "revenue", "prosecution", "protection"}


STATE_FIRM_HEADS = {"institute", "office", "board", "corporation", "company", "commission", "authority"}


# "the Board of Investment", "the Investment Promotion Authority": a board or an authority that admits and
# counts foreign investment is a state's; an "Investment Company" or "Corporation" is as often a private firm.
PROMOTION_DUTIES = {"investment", "investments"}


PROMOTION_HEADS = {"board", "authority", "commission", "office"}


def office_named(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name the model read as a body's is an office's: a title before its "of" or "for"
    ("Minister of Trade, Industry and Energy"), and no state body's head word ("Office of the President")."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    cut = next((n for n, w in enumerate(words) if w in {"of", "for"}), len(words))
    return cut > 0 and " ".join(words[:cut]) in gazetteer.titles and not state_body_name(ent)


def state_body_name(ent: Span) -> bool:
    """Whether a name is a state body's: its last word ("the Border Police", "the State Security Service"),
    or the word before its "of" or "for" ("the General Directorate of Migration"), names one; a committee
    or a council must say it is the state's ("the State Committee for …", "the National Security
    Council")."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if not words:
        return False
    if words == ["court"]:
        return False  # "the Court" alone is most often the short name of a court named before it
    cut = next((n for n, w in enumerate(words) if w in {"of", "for"}), len(words))
    head = words[cut - 1] if cut > 0 else words[-1]
    if words[-1] in STATE_BODY_HEADS or head in NAMED_BODY_HEADS or words[0] in FOREIGN_BODY_SECTORS:
        return True  # a Spanish, Portuguese or French name puts its head first ("the Guardia Civil")
    if head in {"committee", "council", "commission"} and words[0] in STATE_WORDS:
        return True
    # "the People's National Assembly", "the Supreme National Security Council": a council or a house whose
    # name says it is the nation's, wherever the word stands before its head.
    if head in {"council", "assembly"} and STATE_WORDS & set(words[: cut - 1]):
        return True
    # "the High Security Council", "the Supreme Council": a council set over the state's others; a "High
    # Commission" is another state's mission, so only a council.
    if head == "council" and words[0] in RANKED_WORDS:
        return True
    # An office named for a head of government or state ("Office of the President") is that state's.
    if head == "office" and " ".join(w for w in words[cut + 1 :] if w != "the") in HEADS_OF_GOVERNMENT:
        return True
    # "the National Statistical Institute", "the National Oil Corporation", "the Customs Office": an
    # office or a firm the state's word or the figures it keeps make a state's.
    duties = FIGURE_BODY_WORDS | STATE_DUTIES
    if head in PROMOTION_HEADS and PROMOTION_DUTIES & set(words):
        return True
    return head in STATE_FIRM_HEADS and (words[0] in STATE_WORDS or bool(duties & set(words)))
