"""Ethnic groups named by a nationality word ("ethnic Albanians"): a people, not its kin state."""

from __future__ import annotations

from spacy.tokens import Span

# "ethnic Albanians in Macedonia", "ethnic-Russian separatists": the word says the people is meant, who
# may live in any state; their kin state did not act, so the name is no state actor.
ETHNIC_WORDS = {"ethnic", "ethnically"}


def ethnic_group(ent: Span) -> bool:
    """A nationality entity written as an ethnic group: "ethnic" inside it or just before it."""
    if ent.label_ != "NORP":
        return False
    if any(t.lower_ in ETHNIC_WORDS for t in ent):
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "-" and ent.start > 1:
        before = ent.doc[ent.start - 2]  # "ethnic-Albanian"
    return before is not None and before.lower_ in ETHNIC_WORDS
