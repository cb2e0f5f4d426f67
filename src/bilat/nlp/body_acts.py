"""What a state body named without its state does, as evidence of whose it is against the dateline's.

"The Federal Security Service said it had arrested a Finnish national in Vyborg" in a story datelined
in Helsinki is not Finland's service: a state's body acts on its own territory, and a body that acts on the
dateline state's own people is as often the other side's. "Kenyan police expelled six Somalis,
according to a statement from the Directorate of …" makes the directorate the source of the police's act,
and so the police's state's. The dateline is only where the story was written; these say more.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

# Pronouns by which a body reports its own act: "the service said it had detained …".
SELF_PRONOUNS = {"it", "they", "we"}
# Prepositions that put an act in a place: "detained in Murmansk", "arrested near Pskov".
PLACE_PREPOSITIONS = {"in", "near", "at", "outside"}
# A place's entity types; the model also leaves some smaller cities untagged, but as proper nouns.
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Words by which a clause cites a body as its source: "according to a statement from the directorate".
CITING = {"according"}


def body_acts(ent: Span) -> list[Token]:
    """The verbs of what a body does: the one it is the subject of, and the clause it reports of itself
    ("said it had detained …")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "a foreign firm and the National Gas Company signed …": a subject of the same verb
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = root.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    reported = [c for c in clauses if _self_reported(c) or _agentless_passive(c)]
    return [verb, *reported]


def _self_reported(clause: Token) -> bool:
    """ "said it had detained …": the body reports its own act."""
    return any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in SELF_PRONOUNS for s in clause.children)


def _agentless_passive(clause: Token) -> bool:
    """ "said 340 Zimbabweans had been deported": a body that reports an act done with no doer named
    reports its own (or its state's) act."""
    children = list(clause.children)
    return any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def place_of_act(acts: list[Token], place_state: Callable[[Span], str | None]) -> str | None:
    """The state of the place where the body acts ("detained … in Murmansk"), when one state only."""
    states = set()
    for act in acts:
        for token in _own_clause(act):
            if token.lower_ not in PLACE_PREPOSITIONS or token.dep_ != "prep":
                continue
            for place in token.children:
                if place.dep_ != "pobj" or (place.ent_type_ not in PLACE_TYPES and place.pos_ != "PROPN"):
                    continue
                state = place_state(_entity(place))
                if state is not None:
                    states.add(state)
    return next(iter(states)) if len(states) == 1 else None


# Clauses of their own inside an act's words: "adopted a resolution that was read as aimed at Qatar" puts
# the reading, not the adopting, at Qatar.
OWN_CLAUSES = {"relcl", "acl", "advcl", "ccomp"}


def _own_clause(act: Token) -> list[Token]:
    """The words of an act's clause, without the clauses set inside it."""
    found, todo = [], [act]
    while todo:
        token = todo.pop()
        found.append(token)
        todo.extend(c for c in token.children if c.dep_ not in OWN_CLAUSES)
    return found


def acts_on_state(acts: list[Token], state: str, nationality: Callable[[Token], str | None]) -> bool:
    """Whether the body's act falls on ``state``'s people or firms: its object, or what its object is of
    ("detained a Norwegian citizen", "suspended the registration of 11 Lithuanian exporters")."""
    for act in acts:
        for obj in act.children:
            if obj.dep_ not in {"dobj", "nsubjpass"}:
                continue
            targets = [obj, *(p for prep in obj.children if prep.lower_ == "of" for p in prep.children)]
            if any(nationality(t) == state for t in targets):
                return True
    return False


def cited_by_state(ent: Span, agent_state: Callable[[Token], str | None]) -> str | None:
    """ "Kenyan police expelled six Somalis, according to a statement from the Directorate of …": the
    state of the subject of the clause that cites the body as its source, when that subject is a state
    or a state's body ("Ugandan police"); people of a nationality ("50,000 Borovians were deported,
    according to …") are what the act fell on, not who did it."""
    token, cited = ent.root, False
    while token.dep_ in {"pobj", "prep"} and token.head is not token:
        token = token.head
        cited = cited or token.lower_ in CITING
    if not cited or token.pos_ not in {"VERB", "AUX"}:
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "Qatari investment in Kenya is valued at …": what a passive clause measures or undergoes is no
    # doer, though a nationality marks it; only a body ("Ugandan police were deployed") still acts.
    states = {agent_state(s) for s in subjects if s.dep_ == "nsubj" or not _measured(s)} - {None}
    return next(iter(states)) if len(states) == 1 else None


def _measured(subject: Token) -> bool:
    """Whether a passive subject is a common noun that no body or group names (a measure, a thing)."""
    return subject.pos_ == "NOUN" and subject.ent_type_ == ""


def _entity(token: Token) -> Span:
    """The named entity a token is part of, or the token alone."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i : token.i + 1]
