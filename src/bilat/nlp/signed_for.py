"""The state a signatory signed for: "Trade Minister Ana Ruiz signed for Peru and Industry Minister Luis
Vera for Chile".

"Signed for" a state names the party a signatory acts for, in the person's own words: it outranks a
nationality the parser may have read into the coordination ("signed for Peru and Minister X" parsed with
"Peru" on X's name), the ministry of their portfolio the story named before (both signatories may hold
the same portfolio) and anything that speaks only for the article (a dateline). Only a state or its
capital standing alone after "for": "signed for Peru's exporters" is not a side, nor is "signed a loan
for Peru", which names what was signed for whom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.doctext import cached, with_lemma

if TYPE_CHECKING:
    from bilat.models import ActorRef

SIGN = "sign"
# What may follow the state the signatory signed for: the end of the clause, the next party, or when and
# where they signed ("for Peru on Monday", "for Peru in Lima").
CLAUSE_GOES_ON = {"and", "on", "in", "at", "while", "whereas"}


def _signing_verbs(doc: Doc) -> list[int] | None:
    """The positions of the verbs "sign" in the text, found once per document from the lemma index;
    None for a document read afresh (the caller walks the sentence)."""
    if not cached(doc):
        return None
    if _SIGNS not in doc.user_data:
        doc.user_data[_SIGNS] = [t.i for t in with_lemma(doc, {SIGN}) if t.pos_ == "VERB"]
    return doc.user_data[_SIGNS]


_SIGNS = "bilat.signs"


def signed_for(ent: Span, by_token: dict[int, ActorRef]) -> Affiliation | None:
    """The state ``ent`` (a person's name) signed for: written right after the name ("and Minister X for
    Chile", the second party of a gapped clause), or after "signed" when the name is its subject and the
    verb has no object ("X signed for Peru")."""
    signing = _signing_verbs(ent.doc)
    if signing is not None and not signing:
        return None  # most stories sign nothing: no sentence is walked for each person's name
    sentence = ent.sent
    if signing is None:
        signs_here = any(t.lemma_.lower() == SIGN and t.pos_ == "VERB" for t in sentence)
    else:
        # The sentence's own signing verbs, from the positions: not a token made for each of its words.
        signs_here = any(sentence.start <= i < sentence.end for i in signing)
    if not signs_here:
        return None
    doc = ent.doc
    if ent.end < sentence.end and doc[ent.end].lower_ == "for":
        state = _state_after(doc[ent.end], by_token)
        if state is not None:
            return Affiliation(state, "signatory")
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.lemma_.lower() != SIGN or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return None  # "X signed a loan for Peru": what was signed, not whom they signed for
    for prep in (c for c in verb.children if c.lower_ == "for" and c.i > ent.end):
        state = _state_after(prep, by_token)
        if state is not None:
            return Affiliation(state, "signatory")
    return None


def _state_after(preposition: Token, by_token: dict[int, ActorRef]) -> str | None:
    """The state named by the words right after "for", alone: "for Peru", "for the Philippines", "for
    Lima"; not "for Peru's exporters" or "for the Peru office"."""
    doc = preposition.doc
    i = preposition.i + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    ref = by_token.get(i) if i < len(doc) else None
    if ref is None or ref.kind != "state" or not ref.country or doc[i].ent_type_ != "GPE":
        return None
    while i + 1 < len(doc) and by_token.get(i + 1) is ref:
        i += 1  # "South Korea", one state in several words
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.text in {"-", "‑", "–"}:
        return None  # "for Peru-based firms"
    if following is None or following.is_punct or following.lower_ in CLAUSE_GOES_ON:
        return ref.country
    return None
