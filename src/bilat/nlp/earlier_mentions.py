"""People named by what an earlier sentence said of their group or post. An ambassador named bare right
after their embassy spoke: "The Ruritanian embassy said it was ready to help. The ambassador, X, met the
minister." The embassy's sentence says whose ambassador "the ambassador" is, as "its ambassador" would;
the title alone names no state, nor does "Ambassador X" opening the next sentence. One of a group the
story named with a nationality: "Three Ruritanian senators were refused visas. … One of the senators, X,
said …"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.context import paragraph_before
from bilat.nlp.doctext import sentence_of

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

HEADS = {"ambassador", "envoy"}


def embassy_heads(doc: Doc, index: ActorIndex) -> None:
    """Gives "the ambassador, X" (no state in the title's words) the state of the embassy that is the
    subject of the sentence right before, in the same paragraph, unless X already has one."""
    for start, person, root in _unplaced_names(doc, index):
        title = root.head
        if root.dep_ != "appos" or title.i >= start or not _bare_title(title):
            # "Ambassador X met …" right after the embassy spoke: the title written before the name, bare
            # (no state, no place, no article), says as much as "the ambassador, X".
            title = _title_before(doc, start)
            if title is None:
                continue
        before = paragraph_before(doc, sentence_of(title))
        state = _embassy_subject_state(before[0].root, index) if before else None
        if state is not None:
            person.affiliate(Affiliation(state, "framing"))


def _bare_title(title: Token) -> bool:
    """ "the ambassador": the title with only its article."""
    before = [t.lower_ for t in title.children if t.dep_ != "punct" and t.i < title.i]
    return title.lower_ in HEADS and before == ["the"]


def _title_before(doc: Doc, start: int) -> Token | None:
    """The capitalised title opening the sentence right before a name ("Ambassador X …"), alone."""
    if start == 0:
        return None
    title = doc[start - 1]
    if title.lower_ not in HEADS or not title.text[0].isupper() or title.i != title.sent.start:
        return None
    return title


def _embassy_subject_state(verb: Token, index: ActorIndex) -> str | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "embassy"]
    states = {index.nationality_of(s) for s in subjects} - {None}
    return next(iter(states)) if len(states) == 1 else None


def members_of_named_groups(doc: Doc, index: ActorIndex) -> None:
    """Gives "one of the senators, X" the nationality the story wrote earlier on the same plural noun
    ("three Ruritanian senators"), when it wrote only one, unless X already has a state."""
    for start, person, root in _unplaced_names(doc, index):
        one = root.head
        if root.dep_ != "appos" or one.lower_ != "one" or one.i >= start:
            continue
        of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is None or [t.lower_ for t in group.lefts] != ["the"]:
            continue
        states = {index.nationality_of(t) for t in doc[: group.i] if t.lower_ == group.lower_} - {None}
        if len(states) == 1:
            person.affiliate(Affiliation(next(iter(states)), "framing"))


def _unplaced_names(doc: Doc, index: ActorIndex) -> Iterator[tuple[int, Person, Token]]:
    """Each name of a person with no state yet: its first token, the person and the name's syntactic root."""
    starts = sorted(i for i, p in index.person_at.items() if index.person_at.get(i - 1) is not p)
    for start in starts:
        person = index.person_at[start]
        if person.country is not None:
            continue
        root = doc[start]
        while root.head.i != root.i and index.person_at.get(root.head.i) is person:
            root = root.head
        yield start, person, root
