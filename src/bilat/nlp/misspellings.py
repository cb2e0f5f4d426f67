"""A state's name misspelled in the text ("Ethopia", "Phillippines"), read as the state."""

from __future__ import annotations

from spacy.attrs import ENT_IOB, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span

from bilat.nlp.countries import Gazetteer
from bilat.nlp.phoenix import place_state
from bilat.resources import Resources

OUTSIDE = 2  # spaCy's ENT_IOB for "O" (0 is no tag, 1 "I", 3 "B")


def misspelled_state(text: str, gazetteer: Gazetteer, resources: Resources) -> str | None:
    """A place name the gazetteer does not know that the Phoenix country records list among a state's
    words, and that is a slip of a letter or two from one of that state's own names or nationality words.
    Both are needed: the records also list the state's cities and provinces (which are not the state), and
    a near spelling alone could be another place's real name."""
    words = text.strip()
    if len(words) < 5 or not words.replace(" ", "").isalpha():
        return None
    if words.isupper():
        return None  # a headline in capitals ("NAMIBIA CONDEMNS …"): no slip of the pen; read as it is
    iso3 = place_state(words, resources)
    if iso3 is None:
        return None
    allowed = 1 if len(words) < 10 else 2
    lowered = words.lower()
    own = [n for table in (gazetteer.names, gazetteer.demonyms) for n, c in table.items() if c == iso3]
    if any(_distance(lowered, name.lower(), allowed) <= allowed for name in own):
        return iso3
    return None


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance (insertions, deletions, substitutions), cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def tag_misspelled_states(doc: Doc, gazetteer: Gazetteer, resources: Resources) -> None:
    """A capitalised proper noun the model left untagged ("Ethopia has agreed …") that is a misspelled
    state's name (``misspelled_state``): tagged as the place it is, so that it is read like the state."""
    # The two tags are read for the whole document at once: only its untagged proper nouns become tokens.
    tags = doc.to_array([ENT_IOB, POS]).tolist()
    found = [
        Span(doc, t.i, t.i + 1, label="GPE")
        for t in (doc[i] for i, (iob, pos) in enumerate(tags) if iob == OUTSIDE and pos == PROPN)
        if t.text[:1].isupper() and misspelled_state(t.text, gazetteer, resources)
    ]
    if found:
        doc.ents = [*doc.ents, *found]
