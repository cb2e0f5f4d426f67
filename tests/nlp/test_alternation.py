"""Word lists as trees of their openings match what the plain alternations matched, and the patterns built
on them (money, numbers, the dictionary's discards) still read our own sentences."""

from __future__ import annotations

import random
import re

import pytest

from bilat.extract.dictionary import _discard_pattern
from bilat.models import Document
from bilat.nlp.alternation import trie_alternation, trie_of_atoms

# Words that open one another ("us", "us$", "usd"), symbols, spaces and one word alone.
WORDS = ["u", "us", "us$", "usd", "us dollars", "euro", "euros", "eur", "£", "nine", "nineteen", "x"]


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("tail", ["", r"\b", r"\s?\d+", r"(?=\s)"])
def test_trie_matches_as_the_longest_first_alternation(tail):
    # The same spans and the same group text, with what follows the words deciding (backtracking).
    rng = random.Random(7)
    pieces = [*WORDS, " ", "5", "10", "s", "d", "ollars", "-", "Euros", "US$"]
    texts = ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(400)]
    plain = re.compile(f"(?P<w>{_plain(WORDS)}){tail}", re.I)
    tree = re.compile(f"(?P<w>{trie_alternation(WORDS)}){tail}", re.I)
    for text in texts:
        assert [(m.span(), m.group("w")) for m in plain.finditer(text)] == [
            (m.span(), m.group("w")) for m in tree.finditer(text)
        ], text


def test_trie_of_no_words_matches_nothing():
    assert re.search(trie_alternation([]), "anything") is None


def test_atoms_keep_spaces_and_word_ends():
    # "cease fire" with any run of spaces, to a word's end; "arm" as a word's opening.
    pattern = re.compile(r"\b" + trie_of_atoms([["c", "e", r"\s+", "f", r"\b"], ["a", "r", "m"]]))
    assert pattern.search("a ce   f today")
    assert not pattern.search("a ce fx today")
    assert pattern.search("the armies")
    assert not pattern.search("the farm")


def test_discard_phrases_match_as_before():
    items = [("world cup", False), ("goal", True), ("golf", False), ("gold medal", True)]
    old = re.compile(
        "|".join(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + (r"\b" if whole else "") for p, whole in items)
    )
    new = _discard_pattern(items)
    for text in [
        "the world  cups begin",
        "a goalkeeper saved it",
        "the goal stood",
        "golfers met",
        "minigolf",
        "two gold medals",
        "the gold medal went home",
        "nothing to see",
    ]:
        assert bool(old.search(text)) == bool(new.search(text)), text


def test_money_and_number_words_on_the_pipeline(pipeline):
    document = Document(
        id="q",
        source_uri="mem",
        text="Norway pledged more than 250 million euros to the fund, and thirty-two soldiers arrived in "
        "the port, twenty of whom were injured on the way.",
        published="2024-04-18",
    )
    found = pipeline.analyze(document).quantities
    money = [q for q in found if q.unit == "USD"]
    assert [(q.original_unit, q.original_value, q.approx) for q in money] == [("EUR", 250e6, "over")]
    people = [(q.text, q.value) for q in found if q.unit == "people"]
    assert ("thirty-two soldiers", 32.0) in people
    assert ("twenty", 20.0) in people
