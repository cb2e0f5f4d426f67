"""Which of a sentence's several figures fit the year and the direction of trade a question asks about.

"Exports fell to 61 million last year from 180 million in 2021": each figure is told with its own year,
written right after it; "how much … in 2021" asks for the second. "Exports to X were worth 2.4 billion,
while imports from X came to 21 billion": each figure is told of its own flow, named in the words that lead
to it; "how much were imports …" asks for the second. A sentence of one figure, or of figures told with no
year or flow of their own, is left as it is.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from bilat.ask.question import stem
from bilat.models import Quantity
from bilat.nlp.number_words import WORD_NUMBERS

# "in 2021", "for 2023", "during 2019": the year written right after a figure, before the next figure.
OWN_YEAR = re.compile(r"^[^\d;]{0,12}?\b(?:in|for|during)\s+((?:19|20)\d{2})\b")
# Flows that are each other's reverse: a figure of one does not answer a question of the other.
OPPOSITE_FLOWS = {stem("exports"): stem("imports"), stem("imports"): stem("exports")}


def own_year(text: str, quantity: Quantity, following: int) -> str | None:
    """The year written right after the figure, up to the next figure's start (``following``)."""
    found = OWN_YEAR.match(text[quantity.end : following])
    return found.group(1) if found else None


def of_asked_year(text: str, quantities: list[Quantity], years: set[str]) -> list[Quantity]:
    """The figures the question's year fits: told with that year when any is; else those not told with
    another year. Unchanged when the question names no year or no figure is told with its own."""
    if not years or len(quantities) < 2:
        return quantities
    ordered = sorted(quantities, key=lambda q: q.start)
    ends = [q.start for q in ordered[1:]] + [len(text)]
    told = {id(q): own_year(text, q, end) for q, end in zip(ordered, ends, strict=True)}
    if not any(told.values()):
        return quantities
    same = [q for q in quantities if told[id(q)] in years]
    return same or [q for q in quantities if told[id(q)] is None]


def of_asked_flow(text: str, quantities: list[Quantity], words: set[str]) -> list[Quantity]:
    """Without the figures whose leading words name only the reverse of the flow the question asks
    about ("imports" asked, "exports … were worth 2.4 billion" told)."""
    asked = {w for w in words if w in OPPOSITE_FLOWS}
    if len(asked) != 1 or len(quantities) < 2:
        return quantities
    reverse = OPPOSITE_FLOWS[next(iter(asked))]
    ordered = sorted(quantities, key=lambda q: q.start)
    starts = [0] + [q.end for q in ordered[:-1]]
    kept = []
    for quantity, start in zip(ordered, starts, strict=True):
        leading = {stem(w) for w in re.findall(r"[a-z]+", text[start : quantity.start].lower())}
        if reverse in leading and not asked & leading:
            continue
        kept.append(quantity)
    return kept if kept else quantities


def counts_other_state(evidence: str, value: str, country: str, state_of) -> bool:
    """ "How many Burkinabe traders …" is not answered by "27 Ghanaian traders", nor "how many Syrian
    soldiers were killed" by "killing one Iraqi soldier": the words right after the number (as digits or
    as a word) name another state's people, and none of its occurrences names the asked state's.
    ``state_of`` reads a country name or a people's name ("Ghanaian") as its state, else None."""
    told: list[set[str]] = []
    for words in words_after(evidence, value):
        # "Burkina Faso": a state's name may take two words.
        spans = [*words, *(" ".join(words[i : i + 2]) for i in range(len(words) - 1))]
        told.append({s for s in map(state_of, spans) if s})
    return bool(told) and all(states and country not in states for states in told)


# The verbs that credit a source ("two diplomats said", "three officials confirmed").
CREDITING = frozenset({"say", "tell", "confirm", "report", "add", "state", "claim"})


def counts_sources(sentence: Doc, quantity: Quantity, asked_verb: str | None) -> bool:
    """ "…, two diplomats said": the number counts who told it, the subject of a verb of saying, which
    answers no question about another act ("how many diplomats did X expel")."""
    if asked_verb in CREDITING:
        return False
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    number = span[-1]
    noun = number.head if number.dep_ in {"nummod", "quantmod"} else number
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in CREDITING


def words_after(evidence: str, value: str, count: int = 3) -> list[list[str]]:
    """The words right after each occurrence of the number (as digits or as a word) in the evidence:
    "11 fishermen from Dhofar" → [["fishermen", "from", "Dhofar"]]."""
    try:
        number = float(value)
    except ValueError:
        return []
    written = [f"{number:,.0f}", f"{number:.0f}"] if number == int(number) else [f"{number:g}"]
    written += [w for w, n in WORD_NUMBERS.items() if n == number]
    pattern = re.compile(
        rf"\b(?:{'|'.join(re.escape(w) for w in written)})\b((?:\s+[\w'’-]+){{1,{count}}})", re.I
    )
    return [found.group(1).split() for found in pattern.finditer(evidence)]


# Where a sentence joins two clauses that may each tell a figure: ", and", ", while", "; ".
CLAUSE_JOINT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")
# Words of any figure question, which say nothing of what it asks about.
FIGURE_WORDS = frozenset(
    stem(w) for w in ("how", "much", "many", "large", "big", "worth", "total", "amount", "value", "come")
)


def of_asked_topic(text: str, quantities: list[Quantity], question_text: str) -> list[Quantity]:
    """ "Trade reached 9.2 billion last year, and X was the largest investor in 2023, with 6.8 billion
    in new capital": each clause's figure is of what that clause speaks of; "how much was trade" asks
    for the figure of the clause that holds the question's own (lower-case) words. Unchanged when the
    figures share a clause, or the clauses hold the question's words alike."""
    if len(quantities) < 2:
        return quantities
    asked = {stem(w) for w in re.findall(r"\b[a-z][a-z-]+\b", question_text[1:])} - FIGURE_WORDS
    bounds = [0, *(m.end() for m in CLAUSE_JOINT.finditer(text)), len(text) + 1]
    clauses = list(itertools.pairwise(bounds))

    def clause_of(quantity: Quantity) -> tuple[int, int]:
        return next(c for c in clauses if c[0] <= quantity.start < c[1])

    if len({clause_of(q) for q in quantities}) < 2:
        return quantities
    shared = {
        id(q): asked & {stem(w) for w in re.findall(r"[a-z]+", text[slice(*clause_of(q))].lower())}
        for q in quantities
    }
    most = max(len(s) for s in shared.values())
    kept = [q for q in quantities if len(shared[id(q)]) == most]
    return kept if most else quantities
