"""Whether a name read as a person's is one, and the named person an office written as a title stands for.

A person actor needs a personal name. The model may tag a place as a person ("ships bound for Gdynia",
"aid groups in Tigray"); a title the event's words hang on may be followed by its holder's name, which
the parser attached elsewhere ("Chile's Deputy Minister of Mining Tomás Reyes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from bilat.nlp.doctext import doc_ents
from bilat.nlp.people import Person, clean_name, find_person, title_words

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

# Verbs only a person takes as its subject: a place named so is a person's name after all ("Lobito said").
PERSONAL_VERBS = {
    "say",
    "tell",
    "add",
    "meet",
    "speak",
    "urge",
    "insist",
    "deny",
    "warn",
    "write",
    "ask",
    "reply",
    "resign",
    "explain",
    "argue",
    "sign",
}
# Words before a name that make it a person's: honorifics.
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister"}


def place_not_person(ent: Span, index: ActorIndex) -> bool:
    """ "a skipper from Rotterdam", "groups in Kasai": a name the model read as a person's that the
    gazetteer or the place table knows as a place, and that the text nowhere treats as a person's (no
    title or honorific before it, never the subject of a verb only people take, not the surname of a
    person named before), is the place's."""
    gazetteer = index.gazetteer
    if gazetteer is None:
        return False
    name = clean_name(ent)
    known = gazetteer.country_of(name) or gazetteer.regions.get(name)
    if not known and index.place_state is not None:
        known = index.place_state(name)
    if not known:
        return False
    if find_person(index.people, name) is not None:
        return False  # "Lima" after "Ana Lima": a person named in full before
    mentions = [e for e in doc_ents(ent.doc) if e.label_ == "PERSON" and clean_name(e) == name]
    return not any(_personal(m, gazetteer.titles) for m in [ent, *mentions])


def _personal(mention: Span, titles: dict) -> bool:
    doc = mention.doc
    before = doc[mention.start - 1].lower_.rstrip(".") if mention.start > 0 else ""
    if before in titles or before in HONORIFIC_WORDS:
        return True
    root = mention.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in PERSONAL_VERBS:
        return True
    # "Rosario, the minister," / "the minister, Rosario,": in apposition to a title.
    heads = [root.head] if root.dep_ == "appos" else []
    heads += [c for c in root.children if c.dep_ == "appos"]
    return any(h.lower_ in titles for h in heads)


# Words that may stand between a title and its holder's name: "Minister of State for Trade, X",
# "High Commissioner to Tonga, X".
LINKING_WORDS = {"of", "for", "to", "and", "&", ",", "the"}
REACH = 10  # tokens after the title searched for its holder


def holder_after_title(token: Token, index: ActorIndex, portfolios: set[str]) -> Person | None:
    """ "Chile's Deputy Minister of Mining Tomás Reyes", "Kenya's Minister of State for Trade,
    Joyce Atieno": the person named right after a title, across its portfolio words, the state it is
    to or of, and commas, with nothing else between. None when a verb or any other word comes first."""
    gazetteer = index.gazetteer
    if gazetteer is None:
        return None
    words = title_words(gazetteer.titles)
    portfolio = False  # whether "of" or "for" opened the title's portfolio
    for i in range(token.i + 1, min(token.sent.end, token.i + 1 + REACH)):
        t = token.doc[i]
        if i in index.person_at:
            return index.person_at[i]
        if i > token.i + 1 and t.lower_ in gazetteer.titles and token.doc[i - 1].lower_ in LINKING_WORDS:
            return None  # "the Minister for Infrastructure and Foreign Minister X": another office's holder
        ref = index.by_token.get(i)
        state = ref is not None and ref.kind == "state"
        # "Minister of Transport and Logistics, X": the portfolio's capitalised words, not a body's name.
        named = portfolio and t.is_title and t.pos_ == "PROPN" and ref is None and not t.ent_type_
        if not (t.lower_ in LINKING_WORDS or t.lower_ in portfolios or t.lower_ in words or state or named):
            return None
        portfolio = portfolio or t.lower_ in {"of", "for"}
    return None
