"""Whether an article is about what a question names: its states, places, bodies and other named things.

A record (an event, a fact) answers by its kind ("a count", "a date", "a place"); another article's
record of the same kind is a wrong answer, worse than none. A record answers only from an article that
names everything the question names: each state by any of its names, its people or capital, and each
other name by its own words ("the Royal Thai Navy" by "Royal" and "Navy"), in any order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bilat.text import folded

# Capitalised words that name no thing: the question's own words, months and days, and the article.
PLAIN = frozenset(
    re.findall(
        r"\w+",
        """according after at before by during for from how in of on since the to until what when where which
        who whom whose why will would did does do is are was were has have had january february march april
        may june july august september october november december monday tuesday wednesday thursday friday
        saturday sunday""",
    )
)
NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def named_things(text: str) -> list[list[str]]:
    """The names the question writes (runs of capitalised words), each as its words without possessives,
    leaving out the words that name nothing (the question's first word, months, "The")."""
    names = []
    for match in NAME.finditer(text):
        # "Tanzania-Burundi", "January-September": each part of a joined name is a word of its own.
        parts = re.split(r"\s+|[\u2010-\u2015-]", match.group(0))
        words = [re.sub(r"['’]s$|[.'’]+$", "", w) for w in parts]
        words = [w for w in words if w and w.lower() not in PLAIN]
        if words:
            names.append(words)
    return names


class Grounding:
    """Checks articles against the names of a question. ``country_of`` maps a country's name, demonym or
    capital to its code; ``names_of`` gives all the names of a code; ``offices`` are words of titles
    ("Minister", "Navy" is not one), which an article may write otherwise ("the foreign minister")."""

    def __init__(
        self,
        country_of: Callable[[str], str | None],
        names_of: Callable[[str], list[str]],
        offices: Iterable[str],
    ) -> None:
        self.country_of = country_of
        self.names_of = names_of
        self.offices = frozenset(w.lower() for w in offices)

    def needs(self, text: str) -> list[list[str]]:
        """What an article must name to answer the question: per named thing, alternatives (any one
        will do) that must each be found. A state gives its names; another name, each of its words."""
        needs: list[list[str]] = []
        for words in named_things(text):
            whole = " ".join(words)
            code = self.country_of(whole)
            if code:
                needs.append(self.names_of(code) or [whole])
                continue
            for word in words:
                code = self.country_of(word)
                if code:
                    needs.append(self.names_of(code) or [word])
                elif word.lower() not in self.offices and len(word) > 2:
                    needs.append([word])
        return needs

    def names_all(self, text: str, article: str) -> bool:
        """The article names every thing the question names."""
        plain = folded(article)
        for alternatives in self.needs(text):
            if not any(re.search(rf"\b{re.escape(folded(a))}\b", plain) for a in alternatives):
                return False
        return True
