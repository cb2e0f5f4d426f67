"""Listed institutions and the names they go by: another state's body of a listed name ("the Peruvian
Congress"), a name used before for another state's body, acronyms the text defines, a body named bare
that one state's was named in full, and an international body's office in a country.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from bilat.models import ActorRef
from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_ents, with_lower
from bilat.nlp.people import actor_id
from bilat.nlp.phoenix import organisation
from bilat.resources import Resources


def other_states_namesake(ent: Span, index: ActorIndex, listed: str | None) -> Span | None:
    """ "the Peruvian Congress", "Brazil's Congress": a listed institution's name ("Congress", the US one)
    written right after another state's name or nationality names that state's own body. Returns the
    state's words."""
    doc = ent.doc
    before = ent.start - 2 if ent.start >= 2 and doc[ent.start - 1].lower_ in {"'s", "’s"} else ent.start - 1
    if before < 0 or listed is None:
        return None
    ref = index.by_token.get(before)
    if ref is None or ref.kind != "state" or ref.country in {None, listed}:
        return None
    return next((e for e in doc_ents(doc) if e.start <= before < e.end), None)


def named_before_as_others(ent: Span, index: ActorIndex, country: str | None) -> bool:
    """A listed body's common-noun name ("the external affairs ministry") that the article gave, earlier,
    to another state's body ("Chile's external affairs ministry"): the same words are that body again."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if not words or not all(t.is_lower for t in ent):
        return False
    core = " ".join(words)
    earlier = {id(ref): ref for i, ref in index.by_token.items() if i < ent.start}.values()
    return any(
        ref.kind == "organisation" and ref.country not in {None, country} and ref.name.lower().endswith(core)
        for ref in earlier
    )


def of_other_state(ent: Span, index: ActorIndex, listed: str | None) -> bool:
    """ "the Royal Navy of Oman": a listed institution's name followed by "of" and another state."""
    doc = ent.doc
    if listed is None or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return False
    ref = index.by_token.get(ent.end + 1)
    return ref is not None and ref.kind == "state" and ref.country not in {None, listed}


def acronyms_defined(doc: Doc, index: ActorIndex, written: dict[tuple[str, str | None], set[str]]) -> None:
    """ "the Liberia Maritime Authority (LMA) … the LMA said": an acronym in brackets right after a state's
    body whose initials it follows is that body's other name, here and wherever the text uses it later."""
    # Only the opening brackets are visited (found from the word index): no object per token.
    closing = {t.i for t in with_lower(doc, {")"})}
    for i in (t.i for t in with_lower(doc, {"("})):
        if not 1 <= i < len(doc) - 2 or doc[i].text != "(" or i + 2 not in closing:
            continue
        acronym, ref = doc[i + 1], index.by_token.get(i - 1)
        if ref is None or ref.kind != "organisation" or ref.country is None:
            continue
        if not (acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 7):
            continue
        if not _initials_follow(acronym.text, ref.name):
            continue
        written.setdefault((ref.name, ref.country), set()).add(acronym.text)
        for later in doc[i + 1 :]:
            known = index.by_token.get(later.i)
            if later.text == acronym.text and (known is None or known.country is None):
                index.by_token[later.i] = ref


def _initials_follow(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are, in order, the initials of the name's capitalised words."""
    initials = [w[0] for w in re.findall(r"[A-Z][\w'’-]*", name)]
    letters = iter(initials)
    return len(initials) >= 2 and all(any(c == i for i in letters) for c in acronym)


def unowned_bodies_owned_elsewhere(
    index: ActorIndex,
    organisations: dict[tuple[str, str | None], tuple[str, int]],
    written: dict[tuple[str, str | None], set[str]],
) -> None:
    """ "The State Security Department said … ¶ Lithuania's State Security Department said …": a body
    named without its state where the same article names it, by the same name, with one state is that
    state's; named with two, it stays unowned."""
    owners: dict[str, dict[str, str]] = {}  # name or alias → state → the owned body's name
    for key in organisations:
        name, country = key
        if country is not None:
            for spelling in {name, *written.get(key, set())}:
                owners.setdefault(spelling, {})[country] = name
    for (name, country), (_sector, count) in list(organisations.items()):
        if country is not None or len(owners.get(name, {})) != 1:
            continue
        ((owner, owned_name),) = owners[name].items()
        del organisations[(name, None)]
        kept_sector, kept = organisations[(owned_name, owner)]
        organisations[(owned_name, owner)] = (kept_sector, kept + count)
        written.setdefault((owned_name, owner), set()).add(name)
        ref = ActorRef(
            name=owned_name,
            country=owner,
            sector=kept_sector,
            kind="organisation",
            actor_id=actor_id("organisation", owned_name, owner),
        )
        for i, known in list(index.by_token.items()):
            if known.kind == "organisation" and known.name == name and known.country is None:
                index.by_token[i] = ref


def international_part(ent: Span, gazetteer: Gazetteer, resources: Resources) -> bool:
    for t in ent:
        if not t.is_upper and not t.is_title:
            continue
        known = gazetteer.institutions.get(t.text) or organisation(t.text, resources)
        if known is not None and known.sector == "IGO":
            return True
    return False
