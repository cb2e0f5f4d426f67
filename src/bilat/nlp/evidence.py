"""The country of each person an article names, from the evidence in the order the words give it.

A person's own words decide first (a nationality, an institution, a title of a state: ``bilat.nlp.people``);
then the office-holder tables at the article's date; then what the sentence or paragraph says (a capital
opening the sentence or the paragraph, a reception in a capital, a weekly briefing held there, the state
the paragraph has just made its subject, the ministry of their portfolio named with its state, a
counterpart's nationality, the same office named before without a name, a visit to one side, the state
whose will they announce, the state they act upon); then what speaks for the whole article (a dateline in
a capital, a government's own release or letterhead), which yields to a possessive's principal ("her
foreign minister"); last, what the story's pair of states implies (an envoy summoned, a counterpart, a
host, a holder of the same office on the other side, the other party of an exchange). When nothing
speaks, the person has no country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.announced_acts import announcers_of_acts
from bilat.nlp.antecedents import (
    earlier_offices,
    envoy_callers,
    envoys_called_to_ministries,
    envoys_told,
    hosts_met_during_visits,
    hosts_met_on_visits,
    officials_receiving_envoys,
    parties_between,
    partners_pressed,
    pronoun_principals,
    same_office_partners,
    summoned_envoys,
    third_state_in,
    visitors_from_abroad,
    visitors_of_unnamed_places,
)
from bilat.nlp.body_voices import body_officials, spokespeople_in_capitals
from bilat.nlp.companions import companions
from bilat.nlp.context import (
    apply_article_context,
    carried_state,
    carried_states,
    counterparts_of,
    framing_state,
    framing_states,
    guests_of_receptions,
    home_official,
    hosts_in_capitals,
    hosts_of_visitors,
    judges_framed_act,
    named_counterparts,
    paragraph_seats,
    seat_of_speakers,
    unmarked_counterparts,
)
from bilat.nlp.countries import Title
from bilat.nlp.dateline_reach import call_partners, placed_abroad, seat_abroad
from bilat.nlp.delegation_ties import (
    delegation_leaders,
    officials_of_shared_bodies,
    organs_of_international_bodies,
    possessor_principals,
    travelling_companions,
)
from bilat.nlp.earlier_mentions import embassy_heads, members_of_named_groups
from bilat.nlp.frame_limits import acted_upon, reported_by_other_side
from bilat.nlp.leaders import Leaders, titled_holder
from bilat.nlp.ministries import SINGLE_HOLDER, ministry_officials, second_holders
from bilat.nlp.people import Person
from bilat.nlp.post_owners import body_post, voiced_by_international
from bilat.nlp.remarks import authors_of_remarks
from bilat.nlp.side_phrases import named_sides, posted_envoys
from bilat.nlp.sides import read_sides
from bilat.nlp.signatories import signatories, two_sided
from bilat.nlp.speech import spoken_states
from bilat.nlp.turned_back import turned_back_by
from bilat.nlp.visiting_side import amid_visitors
from bilat.resources import Resources, read_lines

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex


def assign_countries(doc: Doc, index: ActorIndex, resources: Resources, dyad: tuple[str, str] | None) -> None:
    """``dyad``: the two states the article is about, for what only the pair implies."""

    def third(sentence: Span) -> bool:
        # A sentence naming a state outside the pair may be about that state's officials.
        return dyad is not None and third_state_in(sentence, index, dyad)

    _office_holders(index, index.leaders, index.published)
    # "for the Slovak side, State Secretary X": the side the words name is theirs.
    named_sides(doc, index)
    # A sentence opening in a capital ("In Addis Ababa, the spokesman …") is nearer than the dateline.
    seat_of_speakers(doc, index.person_at, index.gazetteer)
    # "Foreign ministry spokesman X said in Beijing": a spokesperson briefs from their own capital.
    spokespeople_in_capitals(doc, index)
    hosts_in_capitals(doc, index.person_at, index.gazetteer, dyad, third)
    framing = framing_states(doc, index.person_at, lambda t: subject_state(index, t))
    # "Russia's foreign ministry said … Spokeswoman X said", "The Italian foreign ministry said …
    # Undersecretary X said": the body goes on speaking through its officials even where the tagger called the
    # lower-case body a proper noun, as where it called it a common one.
    # An official of a portfolio of their own ("Finance Minister X" after "the defence ministry said") is
    # the ministry rules' business.
    voiced = framing_states(doc, index.person_at, lambda t: subject_state(index, t, lower_bodies=True))
    portfolios = resources.load("actors.portfolios", _portfolios)
    for person in index.people:
        if id(person) not in voiced or person.title is None:
            continue
        if not _has_portfolio(person.title, portfolios, dyad):
            framing.setdefault(id(person), voiced[id(person)])
    home = index.context.country if index.context else None
    # "Congolese authorities shut the crossing. Permanent Secretary X told Ambassador Y …": the envoy's
    # host is not of the state the paragraph turned to, which may be the envoy's own.
    for key in envoy_callers(doc, index):
        if framing.get(key, home) != home:
            del framing[key]
    for person in index.people:
        if id(person) in framing and _judges_framed_act(doc, index, person):
            # "Britain said it would cut aid. Spokesman X called the decision 'punishment'": no frame.
            del framing[id(person)]
    for person in index.people:
        if id(person) in framing and home_official(person.title):
            framed = framing[id(person)]
            if (
                framed != home
                and _names_state(doc, index, person, home)
                and not _names_state(doc, index, person, framed)
            ):
                continue  # "China imposed duties. The trade minister said Australia would appeal."
            marked = _marked_subject_state(doc, index, person)
            if marked is not None and marked != framed:
                continue  # "Peru struck Ecuador. Ecuadorean radio quoted an official, X, as saying …"
            person.affiliate(Affiliation(framed, "framing"))
    # The ministry they act for outranks the dateline, which speaks only for the article as a whole.
    ministry_officials(doc, index, resources.load("actors.portfolios", _portfolios))
    # "Peruvian police held … ¶ Police spokesman X": the body their title names, named with its state.
    body_officials(doc, index)
    abroad = {key for key, state in framing.items() if state != home}
    # "his Danish counterpart, Lars Ekdahl" says whose each is before an earlier office or the dateline.
    counterparts_of(doc, index.person_at, index.nationality_of, dyad, third)
    earlier_offices(doc, index)
    # "protested against remarks by a senior Algerian official … The remarks were made by Minister X".
    authors_of_remarks(doc, index)
    visitors_from_abroad(doc, index, dyad)
    # "President Ruiz said Peru 'will not yield'": the state whose will an official announces is theirs;
    # the state they warn of what it will suffer is not.
    spoken, warned = spoken_states(doc, index, lambda t: subject_state(index, t))
    for person in index.people:
        state = spoken.get(id(person))
        if state is None or person.title is None or not person.title.state_actor:
            continue
        if dyad is not None and state not in dyad:
            continue  # a third state's will, reported by either side
        if person.country is None or (person.basis == "framing" and person.country != state):
            person.country, person.basis = state, "speech"
    # "The Treasury announced it. President Y said Washington had rejected a request by Minister X": the
    # frame gave X the state of the paragraph before; Y's words show Y of the other side, X may be either's.
    unframed = reported_by_other_side(doc, index, framing, spoken)
    for person in index.people:
        if person.basis == "framing" and id(person) in unframed:
            person.country = person.basis = None
            abroad.discard(id(person))  # the dateline may speak for them again
    # Where they flew in from, and the home state they act upon, speak before the dateline.
    # "Minister X rejected that account": the state whose words were reported last is not theirs.
    not_home = read_sides(doc, index, home, dyad, third, lambda t: _answered_state(doc, index, t))
    not_home |= {key for key, states in warned.items() if home in states}
    # "Ambassador X was received by Undersecretary Y": who calls in the other state's envoy is not its.
    not_home |= officials_receiving_envoys(doc, index, dyad, home)
    not_home |= visitors_of_unnamed_places(doc, index)
    guests_of_receptions(doc, index.person_at, index.gazetteer, home, dyad, third, index.nationality_of)
    # A paragraph opening in a capital is a dateline nearer than the article's.
    seats = paragraph_seats(doc, index.person_at, index.gazetteer)
    for person in index.people:
        if id(person) in seats and id(person) not in not_home and home_official(person.title):
            person.affiliate(Affiliation(seats[id(person)], "seat"))
    # "Peru called in Ecuador's envoy over insults aimed at President Tello" datelined in Quito: a sentence
    # whose subject is another state than the dateline's may name either side's officials.
    elsewhere = {id(p) for p in index.people if _other_state_acts(doc, index, p, home)}
    # "President Ruiz said Peru 'will not yield'" datelined in Quito: not the dateline's official.
    elsewhere |= {id(p) for p in index.people if _speaks_of_other_state(doc, index, p, home)}
    # "The XDF's commander, Colonel X": an employer named but not known says more than the dateline.
    elsewhere |= {id(p) for p in index.people if _unknown_employer(doc, index, p)}
    # "Guatemala released the soldiers … The release was announced by Foreign Minister X": that state's.
    elsewhere |= announcers_of_acts(doc, index, dyad, lambda t: subject_state(index, t))
    # "Minister X was refused entry by the Latvian border guard" datelined in Riga: not Latvia's.
    elsewhere |= turned_back_by(doc, index, home)
    # "General Okello flew in for talks with his counterpart, General Deng": the two hold the same office
    # for different states, so the dateline cannot make both its own; the pair decides after it.
    if dyad is not None:
        elsewhere |= named_counterparts(doc, index.person_at)
    # "a spokesman in Phnom Penh", "the minister said in Oslo": set in another state's city, not the
    # dateline's.
    away, seated_abroad = placed_abroad(doc, index, index.context.country if index.context else None)
    elsewhere |= away
    elsewhere |= call_partners(doc, index)
    # "Minister X, accompanied by Undersecretary Y", "the Zambian delegation included Y": X's side.
    companions(doc, index)
    # "Y, who accompanied X", "X led the Jamaican team", "a spokesman for the CARICOM secretariat": the
    # person's own words tie them to a side, or to none, before the dateline guesses.
    _own_ties(doc, index)
    organs_of_international_bodies(doc, index, resources)
    # A visit to the dateline's capital: who speaks amid the visitors' own words may be either side's.
    datelined = index.context is not None and index.context.basis == "dateline"
    elsewhere |= amid_visitors(doc, index, home if datelined else None)
    elsewhere |= officials_of_shared_bodies(doc, index)
    apply_article_context(index.people, index.context, abroad | not_home | elsewhere)
    if index.context is None or index.context.basis == "city":
        # No dateline or publisher speaks for the article: the paragraph a person's paragraph continues does.
        carried = carried_states(doc, index.person_at, lambda t: subject_state(index, t))
        sided = two_sided(doc, index)
        upon = acted_upon(doc, index)
        for person in index.people:
            if id(person) in sided:
                continue  # a host and their guest, two signatories: the frame cannot say which is whose
            if id(person) in upon:
                continue  # "It also barred General X from entry": what the state did to them, not theirs
            if id(person) in carried and id(person) not in not_home and home_official(person.title):
                person.affiliate(Affiliation(carried[id(person)], "paragraph"))
    summoned_envoys(doc, index, home, dyad)
    envoys_told(doc, index, dyad)
    envoys_called_to_ministries(doc, index, dyad)
    # "her foreign minister": the principal's state, which may itself come from the dateline.
    pronoun_principals(doc, index)
    possessor_principals(doc, index)
    _own_ties(doc, index)  # again: a principal's state may have been found since
    hosts_of_visitors(doc, index.person_at, dyad, index.nationality_of)
    same_office_partners(doc, index, dyad)
    parties_between(doc, index, dyad)
    # "signed by Trade Minister X and the Danish Minister of Industry, Y": the two parties' signatories.
    signatories(doc, index, dyad)
    partners_pressed(doc, index)
    hosts_met_on_visits(doc, index)
    hosts_met_during_visits(doc, index)
    unmarked_counterparts(doc, index.person_at, dyad, third)
    # "The US embassy said … The ambassador, X, met …": the embassy that just spoke is X's.
    embassy_heads(doc, index)
    # "Three Ruritanian senators … One of the senators, X, said": X is one of them.
    members_of_named_groups(doc, index)
    # "the High Commissioner in London, X" in a story datelined in Abuja: Nigeria's envoy abroad.
    posted_envoys(doc, index, dyad)
    seat_abroad(index.people, seated_abroad, lambda person: person.country is None)
    # Before the article-wide guesses of two holders of one office are undone: a holder the dateline
    # placed, doubted only afterwards, is no second holder whose state evidence leaves unsaid.
    second_holders(index.people, dyad)
    _one_holder_per_office(index.people)
    _no_such_office(doc, index, resources.load("actors.monarchies", _monarchies), dyad, third)
    for person in index.people:
        # An organisation of states' official keeps no state the article's frame or pair lent them; only
        # their own words (a nationality, an office-holder table, a fuller mention) give them one.
        if person.international and person.basis not in {"nationality", "office", "earlier"}:
            person.country = person.basis = None
    # "The European Commission said … Spokeswoman X said": the organisation speaks through X, so the
    # capital its paragraph opens in or the dateline does not make X that state's official.
    for key in voiced_by_international(doc, index):
        person = next((p for p in index.people if id(p) == key), None)
        if person is not None and person.basis in ARTICLE_WIDE_BASES | INFERRED_BASES:
            person.country = person.basis = None


def _own_ties(doc: Doc, index: ActorIndex) -> None:
    travelling_companions(doc, index)
    delegation_leaders(doc, index)


# A state's own bodies named by a common noun: "Peru's cabinet voted …" makes Peru the subject.
# Its embassy speaks for it too ("Myanmar's embassy said …"), but an embassy's seat is its host's capital.
STATE_BODY_NOUNS = {
    "government",
    "authorities",
    "ministry",
    "presidency",
    "cabinet",
    "administration",
    "embassy",
}


# A state's answer made the subject of a sentence: "Jakarta's response was sharp. A military spokesman,
# X, accused …" goes on with that state's side. So does its telling of what happened: "Tehran's account was
# different. The spokesman, X, denied …".
RESPONSES = {"response", "reaction", "reply", "answer", "retort", "retaliation", "account", "version"}


def subject_state(index: ActorIndex, token: Token, lower_bodies: bool = False) -> str | None:
    """The state a subject word stands for: the state itself ("Peru", "Lima"), a named body of its
    government or forces, or a body of the state its nationality marks ("Peru's government", "the
    Dominican authorities"). ``lower_bodies``: also such a body written in lower case that the tagger
    called a proper noun ("Russia's foreign ministry"), which is what a spokesperson speaks for."""
    ref = index.by_token.get(token.i)
    if ref is not None and ref.kind == "state":
        # The state's own name ("Peru", "Lima", which the tagger may call a common noun at the head of a
        # sentence), not a noun a nationality was read into ("Anti-French sentiment").
        return ref.country if token.pos_ == "PROPN" or token.ent_type_ == "GPE" else None
    if ref is not None and ref.kind == "organisation" and ref.sector in {"GOV", "MIL"}:
        return ref.country
    common = token.pos_ == "NOUN" or (lower_bodies and token.is_lower)
    if common and token.lower_ in STATE_BODY_NOUNS | RESPONSES:
        return index.nationality_of(token) or _seated_in(index, token)
    return None


def _seated_in(index: ActorIndex, token: Token) -> str | None:
    """ "the government in Quito", "the authorities in Lima": a state's body named by its seat; "the
    account from Quito", "the response from Lima": a state's answer named by where it came from."""
    if token.lower_ == "embassy":
        return None  # "the embassy in Lima" is another state's
    places = {"in", "from"} if token.lower_ in RESPONSES else {"in"}
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in places):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            ref = index.by_token.get(place.i)
            capital = index.gazetteer is not None and place.text in index.gazetteer.capitals
            if ref is not None and ref.kind == "state" and (capital or place.ent_type_ == "GPE"):
                return ref.country
    return None


# The words an answer refers back to and the verbs that make them: "rejected the protest" answers the
# state that protested or lodged a protest note.
ANSWERED_FAMILIES = {
    "protest": {"protest"},
    "accusation": {"accusation", "accuse"},
    "allegation": {"allegation", "allege"},
    "charge": {"charge", "accuse", "accusation"},
    "claim": {"claim"},
    "complaint": {"complaint", "complain"},
    "demand": {"demand"},
    "criticism": {"criticism", "criticise", "criticize"},
}


def _answered_state(doc: Doc, index: ActorIndex, token: Token) -> str | None:
    """The state whose words an official's "rejected the protest" answers: the state that made the
    nearest earlier protest (a definite noun refers back to one named before), else the subject of the
    paragraph so far, or of the paragraph before when its own names none."""
    state_at = lambda t: subject_state(index, t)  # noqa: E731
    return (
        _maker_of_answered(doc, index, token)
        or framing_state(doc, token, state_at)
        or carried_state(doc, token, state_at)
    )


def _maker_of_answered(doc: Doc, index: ActorIndex, token: Token) -> str | None:
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    rejected = [c for c in verb.children if c.dep_ == "dobj"]
    family = next(
        (ANSWERED_FAMILIES[c.lemma_.lower()] for c in rejected if c.lemma_.lower() in ANSWERED_FAMILIES), None
    )
    if family is None:
        return None
    for earlier in reversed(doc[: token.sent.start]):
        if earlier.lemma_.lower() not in family:
            continue
        owner = index.nationality_of(earlier)
        if owner is not None:
            return owner
        node = earlier
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
        # "Estonia expelled a diplomat and summoned the chargé, accusing Minsk of …": a verb with no
        # subject of its own shares that of the clause it hangs on.
        while not _has_subject(node) and node.dep_ in SHARED_SUBJECT and node.head.i != node.i:
            node = node.head
        # "SARAJEVO — Bosnia handed Croatia a protest note": the parser may make the state an apposition
        # of the dateline's place.
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
        states = {s for c in subjects if (s := subject_state(index, c))}
        if len(states) > 1:
            return None
        if states:
            return next(iter(states))
    return None


# Clauses whose verb takes the subject of the verb they hang on: "…, accusing X", "… and summoned Y".
SHARED_SUBJECT = {"advcl", "conj", "xcomp"}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _judges_framed_act(doc: Doc, index: ActorIndex, person: Person) -> bool:
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    return first is not None and judges_framed_act(doc, doc[first], lambda t: subject_state(index, t))


def _other_state_acts(doc: Doc, index: ActorIndex, person: Person, home: str | None) -> bool:
    """Whether the sentence that first names ``person`` has a state other than ``home`` as the subject
    of its main clause."""
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    if home is None or first is None:
        return False
    root = doc[first].sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    states = {subject_state(index, t) for t in subjects} - {None}
    # "HANOI — Vietnam and South Korea signed …": the dateline's own state among the subjects still acts.
    if states - {home} and home not in states:
        return True
    marked = _marked_subject_state(doc, index, person)
    return marked is not None and marked != home


def _marked_subject_state(doc: Doc, index: ActorIndex, person: Person) -> str | None:
    """ "Iranian state television quoted a provincial official, X, as saying …": the nationality on a
    common-noun subject of the main clause of the sentence that first names ``person``. Such a subject
    reports the words of its own side, whoever it quotes, so the dateline's or the paragraph's state is
    no evidence for a person named there when it differs."""
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    if first is None:
        return None
    root = doc[first].sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    states = {index.nationality_of(t) for t in subjects if t.pos_ == "NOUN" and t.i not in index.person_at}
    states.discard(None)
    return next(iter(states)) if len(states) == 1 else None


# Auxiliaries of an intention: "said Peru will not hand her over", "said Lima would appeal".
INTENT = {"will", "would", "shall", "'ll"}
# Verbs by which officials state their own state's wishes: "said Peru wanted good relations".
WANTING = {"want", "wish", "hope", "seek", "intend"}
# Verbs and predicates by which officials commit their own state: "said Peru had agreed to lease the port",
# "said Peru was ready for talks". Whoever says so may speak for either side, so the dateline says nothing.
COMMITTING = {"agree", "offer", "promise", "pledge", "refuse", "decline"}
READY = {"ready", "willing", "prepared"}


def _speaks_of_other_state(doc: Doc, index: ActorIndex, person: Person, home: str | None) -> bool:
    """ "President Ana Ruiz said Peru 'will not hand over a single person'" datelined in Quito: officials
    announce their own state's intentions in the third person, so a state other than the dateline's that
    the person says will or would act makes the dateline no evidence (nor is it theirs for sure: "warned
    Russia would pay" threatens the other side); so does a wish ("said Peru wanted …"), a commitment or a
    readiness ("Peru agreed to lease the port, Minister X told reporters", "said Peru was ready for
    talks"). An accusation in the past ("said Peru had violated …") says nothing either way."""
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    if home is None or first is None:
        return False
    token = doc[first]
    while token.dep_ in {"compound", "flat", "appos", "amod"} and token.head.i != token.i:
        token = token.head
    subjects = [token] if token.dep_ == "nsubj" else []
    if (pronoun := _next_sentence_pronoun(doc, index, person)) is not None:
        subjects.append(pronoun)  # "Minister X denied it. She warned that Peru would …"
    return any(_says_other_state_will(index, subject, home) for subject in subjects)


# Pronouns by which the next sentence goes on with the one person just named.
PERSONAL_SUBJECTS = {"he", "she"}


def _next_sentence_pronoun(doc: Doc, index: ActorIndex, person: Person) -> Token | None:
    """The subject "he" or "she" of the sentence right after the one first naming ``person``, when that
    sentence names no one else and the next one follows in the same paragraph."""
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    if first is None:
        return None
    sentence = doc[first].sent
    if any(p is not person for i, p in index.person_at.items() if sentence.start <= i < sentence.end):
        return None
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    if "\n" in doc.text[sentence.end_char : following.start_char] or following.text.startswith("\n"):
        return None  # a new paragraph
    subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ in PERSONAL_SUBJECTS else None


def _says_other_state_will(index: ActorIndex, token: Token, home: str) -> bool:
    """Whether the subject ``token`` says a state other than ``home`` will act, wants, commits or is
    ready (see ``_speaks_of_other_state``)."""
    verb = token.head
    # "stood by the envoy, saying Peru would never give in": the participle is theirs too, and so is a verb
    # joined to theirs with no subject of its own ("urged calm and said Peru wanted …").
    acts = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    acts += [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ == "nsubj" for s in c.children)
    ]
    for clause in (c for act in acts for c in act.children if c.dep_ == "ccomp"):
        intent = any(c.dep_ == "aux" and c.lower_ in INTENT for c in clause.children)
        intent = intent or clause.lemma_.lower() in WANTING | COMMITTING
        intent = intent or any(c.dep_ == "acomp" and c.lower_ in READY for c in clause.children)
        if not intent:
            continue
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            state = subject_state(index, subject)
            if state is not None and state != home:
                return True
    return False


def _unknown_employer(doc: Doc, index: ActorIndex, person: Person) -> bool:
    """Whether the title first written with ``person`` is owned by an organisation the text names but
    bilat cannot place ("The XDF's commander, Colonel X"): their own words name whom they serve, so the
    dateline, which speaks only for the article, is no evidence for them. Only an acronym: a province
    or a service the model tags as an organisation ("Tyrol's governor", "the navy's spokesman") is the
    dateline state's as often as not."""
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    if first is None:
        return False
    root = doc[first]
    while root.dep_ in {"compound", "flat"} and root.head.i != root.i and root.head.i in index.person_at:
        root = root.head
    nouns = [root, *([root.head] if root.dep_ == "appos" and root.head.i < root.i else [])]
    return any(
        c.dep_ == "poss" and _acronym(c) and c.i not in index.by_token and c.i not in index.person_at
        for noun in nouns
        for c in noun.children
    )


def _acronym(token: Token) -> bool:
    return token.pos_ == "PROPN" and len(token.text) > 2 and token.text.isupper() and token.text.isalpha()


def _names_state(doc: Doc, index: ActorIndex, person: Person, iso3: str | None) -> bool:
    """Whether the sentence that first names ``person`` also names the state ``iso3``; a place where
    others are ("claims by officials in Aden") names where, not the state."""
    first = min((i for i, p in index.person_at.items() if p is person), default=None)
    if iso3 is None or first is None:
        return False
    return any(
        (ref := index.by_token.get(t.i)) is not None
        and ref.country == iso3
        and not (t.dep_ == "pobj" and t.head.lower_ in {"in", "at"})
        for t in doc[first].sent
    )


def _monarchies(resources: Resources) -> set[str]:
    return {code for _, code in read_lines(resources.path("actors/monarchies.txt"))}


# Offices a monarchy does not have: its head of state is the monarch.
PRESIDENCIES = {"President", "Vice President"}
# What the story around a person implies rather than their own words: the paragraph's state, a side in a
# reception or a visit.
INFERRED_BASES = {"framing", "host", "guest", "visitor"}


def _no_such_office(
    doc: Doc,
    index: ActorIndex,
    monarchies: set[str],
    dyad: tuple[str, str] | None,
    third: Callable[[Span], bool],
) -> None:
    """ "President Ana Ruiz said …" in a story datelined in Ottawa: a kingdom or a realm has no president,
    so what the article or the story around them implies (a dateline, a publisher, the paragraph's seat or
    state, a side in a reception) is no evidence for a president; their own words or the office tables
    still are. In a story about a monarchy and a republic, such a president is the republic's, unless the
    sentence that names them names a third state."""
    republics = [c for c in dyad or () if c not in monarchies]
    first = {}
    for i, person in sorted(index.person_at.items(), reverse=True):
        first[id(person)] = i
    for person in index.people:
        if person.title is None or person.title.role not in PRESIDENCIES:
            continue
        if person.country not in monarchies or person.basis not in ARTICLE_WIDE_BASES | INFERRED_BASES:
            continue
        if body_post(doc, index, person):
            continue  # "JICA's president, X": a body's president, which a kingdom's bodies may have
        person.country, person.basis, person.sector = None, None, None
        at = first.get(id(person))
        if len(republics) == 1 and at is not None and not third(doc[at].sent):
            person.country, person.basis = republics[0], "office"


def _has_portfolio(title: Title, portfolios: set[str], dyad: tuple[str, str] | None = None) -> bool:
    """Whether the office names a portfolio ("Finance Minister"), not only a rank ("Undersecretary"). A
    title whose portfolio is one state's usage ("Secretary of State" is the foreign minister in the United
    States) names only a rank in a story about two other states, where it is a junior minister's."""
    if title.pair_country and dyad is not None and not set(title.pair_country) & set(dyad):
        return False
    return bool(portfolios & {w.lower() for w in (title.role or "").split()})


def _portfolios(resources: Resources) -> set[str]:
    return {word for _, word in read_lines(resources.path("actors/portfolios.txt"))}


def _office_holders(index: ActorIndex, leaders: Leaders, published: str | None) -> None:
    """People the text names without a title or country: known office holders on the article's date.
    Looked up by the fullest name the text gives, so a namesake named in full once ("the publisher Anna
    Putin", then "Putin") is not the office holder."""
    for person in index.people:
        if person.title is not None and person.country is not None:
            continue
        term = leaders.holder(person.name, published)
        if term is None and person.title is not None:
            term = titled_holder(leaders, person.name, person.title.phrase, person.title.role, published)
        if term is None:
            continue
        if person.country is not None and person.country != term.country:
            continue  # the words say this is someone else's national: a namesake, not the office holder
        if person.title is None:
            person.title = Title(term.role.lower(), term.role, term.sector, True)
        if person.country is None and term.country is not None:
            person.country, person.basis = term.country, "office"
        if len(term.name.split()) > len(person.name.split()):
            person.aliases.add(person.name)
            person.name = term.name


# Offices one person holds in a state at a time, and the evidence that speaks for the article as a whole
# rather than for the person.
ARTICLE_WIDE_BASES = {"dateline", "publisher", "seat", "paragraph"}


def _one_holder_per_office(people: list[Person]) -> None:
    """ "President Ana Ruiz said …" and "President Luis Vera hit back …" datelined in Lima: a state has one
    president, so two people given the same single-holder office and state cannot both be right. What the
    article as a whole implies (a dateline, a publisher, the paragraph's seat) is then no evidence for
    either: they keep no country unless their own words or the office tables gave one."""
    holders: dict[tuple[str, str, str], list[Person]] = {}
    for person in people:
        if person.country is None or person.title is None or person.title.role not in SINGLE_HOLDER:
            continue
        key = (person.title.role, person.title.phrase, person.country)
        holders.setdefault(key, []).append(person)
    for group in holders.values():
        if len(group) < 2:
            continue
        for person in group:
            if person.basis in ARTICLE_WIDE_BASES:
                person.country, person.basis, person.sector = None, None, None
