"""Another source's figure for a count the story has just told: "The hauliers' association said about 900
lorries were stuck at the border. The border agency put the number at roughly 350."

"Put the number at" names no thing of its own: it gives another value for the figure the sentence before
(or earlier in the same sentence) told, in the same paragraph. The retold figure takes that figure's kind,
unit, parties and period, and is attributed to the subject of "put", so the two reports are set side by
side (``bilat.reconcile.conflicts``), never merged.
"""

from __future__ import annotations

import hashlib
import re

from bilat.models import Fact, Sentence
from bilat.nlp.number_words import WORD_NUMBERS
from bilat.nlp.parsed import Parsed

# "put the number at", "estimated the figure at", "placed the toll at about": the verb, the word for the
# figure told before, "at", and the new value.
PUT_AT = re.compile(
    r"\b(?P<verb>put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+"
    r"(?:the|that|this|its|their)\s+(?:number|figure|total|count|tally|toll)\s+at\s+"
    r"(?:(?P<approx>about|roughly|some|around|nearly|almost|only|just|fewer\s+than|less\s+than|more\s+than)\s+)?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?:\s+(?P<scale>thousand|million|billion))?\b",
    re.IGNORECASE,
)
APPROX = {"about": "about", "roughly": "about", "some": "about", "around": "about", "nearly": "almost"}
APPROX |= {"almost": "almost", "more than": "over", "fewer than": "under", "less than": "under"}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
NUMBER = re.compile(r"\b\d[\d,.]*\b")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
NOT_COUNTS = {"USD", "EUR", "GBP", "percent", "years"}


def _value(match: re.Match[str]) -> float | None:
    number = match["number"].lower()
    if number[0].isdigit():
        value = float(number.replace(",", ""))
    elif number in WORD_NUMBERS:
        value = float(WORD_NUMBERS[number])
    else:
        return None
    return value * SCALE.get((match["scale"] or "").lower(), 1.0)


def _told_before(facts: list[Fact], parsed: Parsed, sentence: Sentence, at: int) -> Fact | None:
    """The figure "the number" stands for: one told in the sentence itself or the one before, in the same
    paragraph; None when there are several (which one is meant is a guess)."""
    told = [
        f
        for f in facts
        if f.sentence in {sentence.index, sentence.index - 1}
        and parsed.sentences[f.sentence].paragraph == sentence.paragraph
    ]
    if len({(f.kind, f.value, f.unit) for f in told}) != 1:
        return None
    # "900 lorries and 40 buses were stranded": the model may read one figure of two; with another number
    # in the telling, which one "the number" retells is a guess.
    before = parsed.sentences[sentence.index - 1].text if sentence.index > 0 else ""
    telling = before if told[0].sentence < sentence.index else sentence.text[: at - sentence.start]
    numbers = [n for n in NUMBER.findall(telling) if not YEAR.fullmatch(n)]
    return told[0] if len(numbers) <= 1 else None


def _putter(parsed: Parsed, verb_at: int) -> str | None:
    """The subject of "put": who gives the new value ("the border agency")."""
    span = parsed.doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    subjects = [c for c in span[0].children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    return " ".join(t.text for t in subjects[0].subtree).strip() or None


def figures_put_at(parsed: Parsed, facts: list[Fact]) -> list[Fact]:
    """The figures that "put the number at" another value than the count told just before."""
    retold = []
    for sentence in parsed.sentences:
        for match in PUT_AT.finditer(sentence.text):
            value = _value(match)
            at = sentence.start + match.start()
            before = _told_before(facts, parsed, sentence, at)
            # "put the number at 350" counts what the count before counted; sums and shares are left alone
            # (their currencies and bases would have to agree too).
            if value is None or before is None or before.value == value or before.unit in NOT_COUNTS:
                continue
            key = f"{parsed.document.id}|{at}|{before.kind}|put"
            retold.append(
                before.model_copy(
                    update={
                        "id": hashlib.sha1(key.encode()).hexdigest()[:16],
                        "value": value,
                        "approx": APPROX.get(" ".join((match["approx"] or "").lower().split())),
                        "original_value": None,
                        "original_unit": None,
                        "attributed_to": _putter(parsed, sentence.start + match.start("verb")),
                        "evidence": sentence.text,
                        "start": sentence.start,
                        "end": sentence.end,
                        "sentence": sentence.index,
                    }
                )
            )
    return retold
