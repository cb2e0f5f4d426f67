"""The body "its" stands for in a title phrase: "the Growers' Union said, and its chairman, X said",
"The Migration Institute said … Its director, X, said". Who holds a body's office is of the body's state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bilat.models import ActorRef
from bilat.nlp.affiliation import INTERNATIONAL, Affiliation
from bilat.nlp.countries import Gazetteer


def its_body(phrase: list[Token], gazetteer: Gazetteer, by_token: dict[int, ActorRef]) -> Affiliation | None:
    """The country of the named body that "its" on the title of a name's phrase refers back to: the last
    subject before it in its sentence; with none there, the subject of the sentence before, in the same
    paragraph. Never a state ("Peru and its envoy"): a state's official is the nationality rules'
    business."""
    its = next(
        (t for t in phrase if t.lower_ == "its" and t.dep_ == "poss" and t.head.lower_ in gazetteer.titles),
        None,
    )
    if its is None:
        return None
    sentence = its.sent
    # The body "its" refers back to is the last subject before it ("the Assembly said, and its chairman"),
    # or, opening a sentence, the subject of the sentence before ("The Institute said … Its director").
    subjects = [t for t in sentence if t.i < its.i and t.dep_ in {"nsubj", "nsubjpass"}]
    before: Span | None = None
    if not subjects and sentence.start > 0:
        before = its.doc[sentence.start - 1].sent
        if "\n" in its.doc.text[before.end_char : sentence.start_char] and its.i != sentence.start:
            # A new paragraph: "its" is not read across it, unless it opens the paragraph ("The Agency
            # seized three boats. ¶ Its director, X, said …"), when nothing but the last subject is there.
            return None
        subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head == before.root]
        if subjects and by_token.get(subjects[-1].i) is None and subjects[-1].is_lower:
            # "The Maritime Agency seized three boats, the agency said": the noun that repeats the body's
            # head is no other antecedent; the named body among the sentence's subjects is, when it is
            # the one there and no state is one.
            reported = _named_subjects(before, by_token)
            if reported and reported[0].name.split()[-1].lower() == subjects[-1].lower_:
                return Affiliation(reported[0].country or "", "institution", reported[0].sector)
    if not subjects or (by_token.get(subjects[-1].i) is None and subjects[-1].pos_ in {"NOUN", "PROPN"}):
        # "The two researchers work for the University of Ruritania. Its rector, X": a subject that is no
        # named body leaves the one named body of a state the sentence before names, when it is the only
        # actor there.
        if before is not None and its.i == sentence.start:
            only = _only_body(before, by_token)
            if only is not None:
                return Affiliation(only.country or "", "institution", only.sector)
        return None
    # Only a named body of a state: an unknown one, a state ("Peru and its envoy") or a pronoun is none.
    ref = by_token.get(subjects[-1].i)
    if ref is not None and ref.kind == "organisation" and ref.sector == "IGO" and not ref.country:
        return INTERNATIONAL  # "The UN mission said … Its deputy head, X": the mission's, of no state
    if ref is None or ref.kind != "organisation" or not ref.country:
        return None
    return Affiliation(ref.country, "institution", ref.sector)


def _named_subjects(sentence: Span, by_token: dict[int, ActorRef]) -> list[ActorRef]:
    """The one named body of a state the subjects of a sentence name, or nothing when a state or two
    bodies are among them."""
    refs = [r for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and (r := by_token.get(t.i)) is not None]
    if any(r.kind != "organisation" or not r.country for r in refs):
        return []
    return refs[:1] if len({r.name for r in refs}) == 1 else []


def _only_body(sentence: Span, by_token: dict[int, ActorRef]) -> ActorRef | None:
    """The one named body of a state a sentence names, when it names no other actor (no state, person
    or second body) that "its" could stand for."""
    refs = {id(r): r for t in sentence if (r := by_token.get(t.i)) is not None}
    if len(refs) != 1:
        return None
    ref = next(iter(refs.values()))
    return ref if ref.kind == "organisation" and ref.country else None
