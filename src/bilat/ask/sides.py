"""Which side of a coded event the asked person is on ("who received X": the host, "whom did X receive":
the guest, "who was received by X": the guest), so that a record answers with the party on the asked side
and only when the question's named party is on the other."""

from __future__ import annotations

from bilat.ask.question import Question, stem
from bilat.models import ActorRef, Event

# Acts told alike from either side: "X met Y" is "Y met X", so the asked one may be either party.
SYMMETRIC = frozenset({"040", "041", "044", "046"})
# A visit told from the host's side (043) or the guest's (042): the verbs that ask for each, so that
# "who received X" is answered by "X visited Y" with Y, the host, on the other side of the record.
HOSTING = frozenset(stem(v) for v in ("receive", "host", "welcome", "greet"))
VISITING = frozenset(stem(v) for v in ("visit", "travel", "tour"))
VISIT_CODES = {"043": HOSTING, "042": VISITING}
# Verbs that ask for either party of the act: one meets, talks with or negotiates with the other.
MEETING = frozenset(stem(v) for v in ("meet", "talk", "confer", "consult", "negotiate", "speak"))


def sides(event: Event, question: Question) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """(the parties on the asked side, the parties on the named side) of the event; both sides for an
    act told alike from either; None when the record cannot say which side the asked one is on."""
    parties = [p for p in (event.source, event.target) if p is not None]
    verb = stem(question.act or question.verb or "")
    if event.cameo in SYMMETRIC or verb in MEETING:
        # "Whom did X meet" is answered by "Y received X" as by "X received Y": either side met the other.
        return parties, parties
    trigger = stem(event.trigger or "")
    # The trigger as written ("told") meets the question's verb as written or as its lemma ("tell").
    written = {stem(w) for w in (question.act, question.act_word, question.verb) if w}
    if event.target is None:
        # One party only: it did the act, and answers only who did it.
        return ([event.source], []) if question.wh_subject and trigger in written else None
    forward: bool | None = None
    if trigger in written:
        forward = True
    elif event.cameo in VISIT_CODES and verb:
        if verb in VISIT_CODES[event.cameo]:
            forward = True
        elif any(verb in verbs for code, verbs in VISIT_CODES.items() if code != event.cameo):
            forward = False  # "who received X" answered by "X visited Y": the host is the target
    if forward is None:
        return None
    # The asked one does the act ("who received X") or undergoes it ("whom did X receive", "who was
    # received by X"); a record told from the other side swaps them.
    doer = question.wh_subject == forward
    source, target = [event.source], [event.target]
    return (source, target) if doer else (target, source)


def named_side_fits(named: list[ActorRef], question: Question) -> bool:
    """The question's named party is on the named side: its people by name or surname, the state of a
    doer it describes by office ("Paraguay's environment minister"), else its states."""
    if question.people:
        wanted = {n for p in question.people for n in [p.name, *p.aliases] if n}
        surnames = {n.split()[-1] for n in wanted}
        return any(p.name in wanted or p.name.split()[-1] in surnames for p in named)
    countries = {p.country for p in named}
    if question.doer_country and not question.wh_subject:
        return question.doer_country in countries
    asked = {question.asked_country} if question.asked_country else set()
    other = question.countries - asked
    # One of the states the question names is on the named side ("who warned that Russia would …" names
    # the warned state and, in its clause, the warner's own).
    return not other or bool(other & countries)
