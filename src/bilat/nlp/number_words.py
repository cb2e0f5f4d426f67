"""How numbers are written: number words, scales and approximations, the patterns that read a number,
and the value of what they read."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.nlp.alternation import trie_alternation

SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}


WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "several": None,
    "dozens": None,
    "hundreds": None,
}


APPROX = {
    "almost": "almost",
    "nearly": "almost",
    "close to": "almost",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "over": "over",
    "more than": "over",
    "above": "over",
    "at least": "over",
    "exceeding": "over",
    # "no more than 300 trucks" bounds the figure from above; the match starting leftmost wins over
    # "more than" inside it.
    "no more than": "under",
    "not more than": "under",
    "at most": "under",
    "no fewer than": "over",
    "no less than": "over",
    "up to": "under",
    "under": "under",
    "less than": "under",
    "below": "under",
    "fewer than": "under",
}


TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen")


NUMBER_WORDS = (*(f"{t}-{u}" for t in TENS for u in UNITS), *UNITS, *TEENS, "nineteen", *TENS)


NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    # Number words stand alone: "ten" in "often" or "tens" is none; "thirty-two" is one number (tried
    # before "thirty": longest first, as a tree of the words' openings, ``bilat.nlp.alternation``).
    r"|\b" + trie_alternation(NUMBER_WORDS) + r"\b"
    # "more than a million Moldovans", "half a million refugees": "a" is a number only before its scale,
    # and not as a part of it ("a quarter of a million people").
    r"|\b(?<!of\s)(?:half\s+a|a)(?=\s+(?:hundred|thousand|million|billion|trillion)\b))"
)


SCALE = r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|mln|bln|bn|tn)\b|(?P<short>[mbk])\b)?"


# As a tree of the words' openings (``bilat.nlp.alternation``): the same matches, longest word first.
APPROX_RE = r"(?:(?P<approx>" + trie_alternation(APPROX) + r")\s+)?"


NUMBER_FIRSTS = "0123456789otfsenha"  # what a number in NUMBER opens with: a digit or a number word's letter


def _opening_with(words: list[str], pattern: str, flags: re.RegexFlag) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters a match of it can open with (an optional word of
    ``words``, else the number): the engine tries the long alternations only where a match can begin,
    not at every character of the text (the money pattern took 2% of the build). Matches are the same."""
    firsts = {w[0] for w in words if w} | set(NUMBER_FIRSTS)
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" + pattern, flags)


def _number(text: str) -> float | None:
    text = text.lower()
    if re.fullmatch(r"half\s+a", text):
        return 0.5
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    tens, _, units = text.partition("-")
    if units and WORD_NUMBERS.get(tens) and WORD_NUMBERS.get(units):
        return WORD_NUMBERS[tens] + WORD_NUMBERS[units]  # "thirty-two"
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None  # a token that only looks like a number ("million" alone, "twenty-odd"): no figure


def _scale(match: re.Match[str]) -> float:
    word = (match.groupdict().get("scale") or match.groupdict().get("short") or "").lower()
    return SCALES.get(word, 1.0)


SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}


def _token_figure(token: Token) -> tuple[float, int, int] | None:
    """The figure a number token opens or closes, with its character span: "four" is 4, "1.2 million" and
    "a million" are read whole whichever of their tokens the parse calls the number. A scale word with no
    number before it ("millions") is no figure."""
    doc = token.doc
    if token.lower_ in SCALE_WORDS:
        before = doc[token.i - 1] if token.i > 0 else None
        number = _number(before.text) if before is not None else None
        if before is None or number is None:
            return None
        return number * SCALES[token.lower_], before.idx, token.idx + len(token)
    number = _number(token.text)
    if number is None:
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in SCALE_WORDS:
        return number * SCALES[after.lower_], token.idx, after.idx + len(after)
    return number, token.idx, token.idx + len(token)


def _looks_like_year(number: str, match: re.Match[str]) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", number)) and not match.group("scale")
