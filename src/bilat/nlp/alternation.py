"""A list of words as one regular expression that tries them longest first, written as a tree of their
shared openings: ``trie_alternation(["us$", "usd", "u"])`` is ``u(?:s(?:\\$|d)|)``.

Python's ``re`` tries the branches of ``a|b|c`` one by one at every position the scan reaches: a list of
two hundred currency names cost two hundred failed tests at every letter of the text. As a tree, one test
of the next character rules out every word that does not go on with it.

The matches are those of ``"|".join(sorted(words, key=len, reverse=True))`` (escaped): the words that can
match at one position are all openings of the same text, so each is an opening of the next longer one,
and both forms try them in the same order, longest first (a node's longer continuations come before the
word ending at it), backtracking to the next shorter one when what follows fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_END = ""  # the key marking that a word ends at a node


def trie_alternation(words: Iterable[str]) -> str:
    """The words (literal text, escaped here) as one group-free alternation, longest match first."""
    return trie_of_atoms([re.escape(char) for char in word] for word in words)


def trie_of_atoms(sequences: Iterable[Sequence[str]]) -> str:
    """Sequences of regular-expression atoms (``a``, ``\\s+``, ``\\b``) as one alternation of their
    concatenations, written as a tree of their shared openings: it matches what ``"|".join(...)`` of
    them matches, and among words of plain characters tries the longest first (see above)."""
    root: dict = {}
    for sequence in sequences:
        node = root
        for atom in sequence:
            node = node.setdefault(atom, {})
        node[_END] = {}
    if not root:
        return "(?!)"  # no words: nothing matches, as an empty alternation would not compile to
    return _node(root)


def _node(node: dict) -> str:
    branches = [atom + _tail(child) for atom, child in sorted(node.items()) if atom != _END]
    if _END in node:
        branches.append("")  # the word ending here, tried after every longer one
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _tail(child: dict) -> str:
    if list(child) == [_END]:
        return ""
    return _node(child)
