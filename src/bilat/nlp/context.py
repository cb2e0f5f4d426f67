"""Country evidence that speaks for a whole article, used for officials its sentences leave unmarked.

News names the foreign side's nationality and leaves the home side's unsaid: "the defence minister" in
a story datelined in Warsaw is Poland's; "the spokesperson" in a release the Kremlin published is
Russia's; "Foreign Minister Ibarra received his Greek counterpart" is the other side of a Greek story.
These apply only to office holders with no country from their own words or the office tables, and never
to a diplomat (an ambassador in a capital is usually a foreign one) or to a commentator.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.countries import Gazetteer, Title
from bilat.nlp.doctext import (
    cached,
    doc_sentences,
    doc_text,
    sentence_index,
    sentence_of,
    span_text,
    with_lemma,
)

if TYPE_CHECKING:
    from bilat.nlp.people import Person

DATELINE_ZONE = 3  # lines at the top of an article that may open with the dateline
# A masthead, a date line, a section and a headline may come before the story: below the zone, a dateline
# is looked for down to the story's first paragraph (the first line this long), never inside the story.
HEADER_LINES = 8
LEAD_LENGTH = 150
# "HANOI, Aug 24 (Agency) —", "KYIV, Ukraine —", "Warsaw, March 3 -": a place in capitals, or a place
# followed by a month: a headline that opens with a capital's name is not a dateline.
CAPS_PLACE = re.compile(r"^\s*(?P<place>[A-Z][A-Z.'’\- ]{2,30}?)\s*(?:,|—|–|--|\s-\s|\()")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Warsaw, March 3 -", and the day-first form of government releases: "Algiers, 30 July 2024".
DATED_PLACE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,2}),\s+"
    rf"(?:{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b)"
)
# "KISUMU, Kenya, May 4 —": the state named after a dateline's city.
STATE_AFTER = re.compile(r"\s*,\s*(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*(?:,|—|–|--|\s-\s|\()")
# Cities that seat international bodies: a story datelined there is most often about those bodies.
INTERNATIONAL_SEATS = {"Geneva", "New York", "United Nations", "The Hague", "Strasbourg"}
# What a person's country rests on when only the article as a whole gave it (or nothing did).
ARTICLE_WIDE = {None, "dateline", "publisher"}
# Officials whose post is abroad or whose words are not a state's: the dateline does not make them its own.
ABROAD_ROLES = {"Ambassador", "Envoy", "Special Envoy", "Consul", "Consul General", "Diplomat"}


def dateline_country(
    doc: Doc, gazetteer: Gazetteer, place_state: Callable[[str], str | None] | None = None
) -> str | None:
    """The state the article is datelined in, if it opens with a dateline: in its capital, or in another
    of its cities ("KISUMU, Kenya —", "PESHAWAR, May 4 —"), which ``place_state`` finds; a city that seats
    international bodies ("GENEVA") says nothing of whose officials speak."""
    for line in _dateline_lines(doc):
        # "ASUNCIÓN, Aug 9 —", "Bogotá, May 3 -": read the letters without their accents, which the
        # patterns and the gazetteer's plain spellings ("Asuncion") share; the place keeps its own.
        plain = unaccented(line)
        match = CAPS_PLACE.match(plain) or DATED_PLACE.match(plain)
        if match is None:
            continue
        for place in dict.fromkeys([line[match.start("place") : match.end("place")], match.group("place")]):
            iso3 = _datelined_state(place.strip(" -"), line[match.end("place") :], gazetteer, place_state)
            if iso3:
                return iso3
    return None


def _dateline_lines(doc: Doc) -> list[str]:
    """The lines a dateline may open: the first ``DATELINE_ZONE``, and below them the header lines down to
    the story's first paragraph, which a dateline opens ("Outlet ¶ Updated: … ¶ Headline ¶ KATHMANDU — …")."""
    lines = [line for line in doc_text(doc).splitlines() if line.strip()][:HEADER_LINES]
    kept = lines[:DATELINE_ZONE]
    if any(len(line) >= LEAD_LENGTH for line in kept):
        return kept
    for line in lines[DATELINE_ZONE:]:
        kept.append(line)
        if len(line) >= LEAD_LENGTH:
            break
    return kept


def unaccented(text: str) -> str:
    """``text`` with each letter's accents dropped, one character for one ("É" → "E"), so that offsets
    into it are offsets into ``text``."""
    # Only the letters outside ASCII can carry accents: a walk over every letter cost 2% of the build.
    return NON_ASCII.sub(lambda m: unicodedata.normalize("NFD", m.group())[0], text)


NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _datelined_state(
    place: str, rest: str, gazetteer: Gazetteer, place_state: Callable[[str], str | None] | None
) -> str | None:
    title_cased = " ".join(w.capitalize() for w in place.split())
    iso3 = (
        gazetteer.capitals.get(title_cased)
        or gazetteer.capitals.get(place)
        or _capital_any_case(place, gazetteer)
    )
    if iso3:
        return iso3
    if place_state is None or title_cased in INTERNATIONAL_SEATS:
        return None
    # "KISUMU, Kenya, May 4": the state named after the city; else the city's own state.
    named = STATE_AFTER.match(rest)
    iso3 = gazetteer.names.get(named.group("state")) if named else None
    return iso3 or place_state(title_cased)


def _capital_any_case(place: str, gazetteer: Gazetteer) -> str | None:
    """ "DAR ES SALAAM", "PORT-AU-PRINCE": a capital whose name is not simply title-cased."""
    wanted = place.lower()
    return next((iso3 for name, iso3 in gazetteer.capitals.items() if name.lower() == wanted), None)


def publisher_country(outlet: str | None, gazetteer: Gazetteer) -> str | None:
    """A government's own release: the outlet is one of its institutions ("the Kremlin", "the State
    Department")."""
    if not outlet:
        return None
    institution = gazetteer.institutions.get(outlet.strip()) or gazetteer.institutions.get(
        re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)
    )
    if institution is None or institution.sector == "IGO":
        return None
    return institution.country


def home_official(title: Title | None) -> bool:
    return title is not None and title.state_actor and title.role not in ABROAD_ROLES


# A release's own heading; a headline merely about a statement ("Kenya rejects Somalia's statement") is not.
RELEASE = re.compile(
    r"\b(press\s+(statement|release)|communiqu[eé]|readout)\b|^\s*statement\b", re.IGNORECASE
)


def release_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """A government's own release that names no outlet: headed as a statement or a communiqué, and opening
    with the state or its government as the subject ("The Government of the Republic of Ghana has today
    recalled …")."""
    lines = [line for line in doc_text(doc).splitlines() if line.strip()][: DATELINE_ZONE + 1]
    heading = next((n for n, line in enumerate(lines[:DATELINE_ZONE]) if RELEASE.search(line)), None)
    if heading is None or heading + 1 >= len(lines):
        return None
    body = doc_text(doc).find(lines[heading + 1])
    sentence = next((s for s in doc_sentences(doc) if s.start_char >= body), None) if body >= 0 else None
    if sentence is None:
        return None
    for subject in (c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        found = {gazetteer.names.get(t.text) or gazetteer.demonyms.get(t.text) for t in subject.subtree}
        found.discard(None)
        if len(found) == 1:
            return found.pop()
    return None


# A government's letterhead: "PRESIDENCY OF THE REPUBLIC OF GHANA", "Ministry of Foreign Affairs of
# the Republic of Ghana", "Embassy of Japan": a state body of a state named in full, alone on its line.
LETTERHEAD = re.compile(
    r"^\s*(?:the\s+)?(?:presidency|ministry|embassy|government|office|cabinet|high commission)\b"
    r"[\w\s,'’&-]*?\bof\s+(?:the\s+)?(?P<state>[\w\s'’-]+?)\s*$",
    re.IGNORECASE,
)


# A state body's name alone on a letterhead's line, its state's formal name alone on the line next to it:
# "PRIME MINISTER'S OFFICE / KINGDOM OF TONGA", "Republic of Fiji / Ministry of Foreign Affairs — Press
# Office".
BODY_LINE = re.compile(
    r"^\s*(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:presidency|ministry|embassy|government|office|cabinet|"
    r"high commission|chancellery|chancellor)\b[\w\s,'’&—–-]*$",
    re.IGNORECASE,
)
# The formal name in English, or in the state's own Romance language, which releases of Latin America,
# Lusophone and francophone states keep on their letterhead ("República Democrática de Timor-Leste",
# "République du Sénégal"): the name after "of"/"de"/"du" is then looked up as the state's.
FORMAL_STATE = re.compile(
    r"^\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:republic|kingdom|state|states|federation|sultanate|emirate|"
    r"principality|commonwealth|rep[uú]blica|r[eé]publique|reino|royaume)(?:\s+[\w'’-]+)?\s+"
    r"(?:of|de|du|da|do|del)\s+[\w\s'’-]+$",
    re.IGNORECASE,
)


def letterhead_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """A release under a state body's letterhead at the top of the article speaks for that state."""
    found = _letterhead(doc, gazetteer)
    return found[0] if found else None


def letterhead_body(doc: Doc, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The state body whose own line heads a release, named as a reader would list it, with its state:
    "PRESS AND INFORMATION OFFICE" under "REPUBLIC OF CYPRUS" is Cyprus's Press and Information Office."""
    found = _letterhead(doc, gazetteer)
    if found is None or found[1] is None:
        return None
    line = re.split(r"\s+[—–-]\s+", found[1].strip())[0]
    head, _, tail = line.partition(",")
    if tail and FORMAL_STATE.match(tail):
        line = head  # "Ministry of Foreign Affairs, Republic of Fiji": the body, without its state
    line = re.sub(r"^(?:issued\s+by\s+)?(?:the\s+)?", "", line, flags=re.IGNORECASE).strip(" ,")
    if line.isupper():
        line = " ".join(w.lower() if w.lower() in SMALL_WORDS else w.capitalize() for w in line.split())
    return (line, found[0]) if line else None


SMALL_WORDS = {"of", "and", "for", "the", "on", "in"}


def _letterhead(doc: Doc, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The state a letterhead names, and the line of its body when the body has a line of its own."""
    names = {name.lower(): iso3 for name, iso3 in gazetteer.names.items()}
    lines = [line for line in doc_text(doc).splitlines() if line.strip()][:DATELINE_ZONE]
    for n, line in enumerate(lines):
        states = []
        if (match := LETTERHEAD.match(line)) is not None:
            states.append(match.group("state"))
        body = BODY_LINE.match(line) is not None
        if body:
            beside = [lines[m] for m in (n - 1, n + 1) if 0 <= m < len(lines)]
            states += [b for b in beside if FORMAL_STATE.match(b)]
            # "Ministry of Foreign Affairs / Islamabad / PRESS RELEASE": the body's seat alone on the next
            # line, under a release's heading, names its state as a formal name would.
            seat = lines[n + 1].strip() if n + 1 < len(lines) else ""
            if seat and any(RELEASE.search(other) for other in lines) and _capital_any_case(seat, gazetteer):
                return _capital_any_case(seat, gazetteer) or "", line
        for state in states:
            iso3 = _state_named(state.strip().lower().removeprefix("the "), names)
            if iso3:
                return iso3, line if body and not RELEASE.search(line) else None
    return None


def _state_named(state: str, names: dict[str, str]) -> str | None:
    """The state a formal name names: "republic of the sudan", "kingdom of tonga"; the name may itself
    hold an "of"."""
    while state:
        if state in names:
            return names[state]
        rest = FORMAL_OF.split(state, maxsplit=1)
        state = rest[1].removeprefix("the ") if len(rest) > 1 else ""
    return None


FORMAL_OF = re.compile(r"\s(?:of|de|du|da|do|del)\s")


def article_affiliation(
    doc: Doc,
    gazetteer: Gazetteer,
    outlet: str | None,
    place_state: Callable[[str], str | None] | None = None,
) -> Affiliation | None:
    published_by = publisher_country(outlet, gazetteer) or letterhead_country(doc, gazetteer)
    if published_by:
        return Affiliation(published_by, "publisher")
    datelined = dateline_country(doc, gazetteer)
    if datelined:
        return Affiliation(datelined, "dateline")
    # A city other than the capital, often near a border, is as often where the other side's officials
    # speak: it speaks for the home state's bodies ("the government said"), not for its people.
    in_city = dateline_country(doc, gazetteer, place_state) if place_state is not None else None
    if in_city:
        return Affiliation(in_city, "city")
    released = release_country(doc, gazetteer)
    return Affiliation(released, "publisher") if released else None


def apply_article_context(
    people: list[Person], context: Affiliation | None, framed_abroad: set[int] = frozenset()
) -> None:
    """Unmarked home officials of a datelined story or an official release act for its state, unless
    the story has just turned to another state ("Moscow did not wait long. The spokeswoman …")."""
    if context is None or context.basis == "city":
        return
    for person in people:
        if person.country is None and article_official(person.title) and id(person) not in framed_abroad:
            person.affiliate(context)


# Offices a dateline or a publisher cannot give a side. A legislator speaks for a party or a house, and
# the other side's lawmakers are quoted from home as often ("Senator X, who sponsored the bill, said …"
# datelined in the other capital); a bare "official" names no office of either government.
NO_ARTICLE_SIDE_SECTORS = {"LEG"}
NO_ARTICLE_SIDE_ROLES = {"Official"}


def article_official(title: Title | None) -> bool:
    """A home official whose office the article as a whole (its dateline, its publisher) may place."""
    return (
        home_official(title)
        and title is not None
        and title.sector not in NO_ARTICLE_SIDE_SECTORS
        and title.role not in NO_ARTICLE_SIDE_ROLES
    )


def framing_states(
    doc: Doc, person_at: dict[int, Person], state_at: Callable[[Token], str | None]
) -> dict[int, str]:
    """The state a paragraph has just made its subject, for the people it then names ("Moscow did not
    wait long. The spokeswoman …", "Lima protested, and Foreign Minister Rivas warned …"): by ``id`` of
    each person first named in the sentence right after one whose subject is a state (same paragraph),
    or in a clause joined to a clause whose subject is a state."""
    return _at_first_mention(doc, person_at, lambda token: framing_state(doc, token, state_at))


def _at_first_mention(doc: Doc, person_at: dict, state_of: Callable[[Token], str | None]) -> dict[int, str]:
    """``state_of`` each person's first mention, by ``id`` of the person, where it gives one."""
    found: dict[int, str] = {}
    seen: set[int] = set()
    for i, person in sorted(person_at.items()):
        if id(person) in seen:
            continue
        seen.add(id(person))
        state = state_of(doc[i])
        if state is not None:
            found[id(person)] = state
    return found


def framing_state(doc: Doc, token: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """The state the paragraph has made its subject, for a word first named after it (see
    ``framing_states``)."""
    return (
        _joined_clause_state(token, state_at)
        or _announced_act_state(token, state_at)
        or _colon_clause_state(token, state_at)
        or _earlier_sentence_state(doc, token, state_at)
    )


def _colon_clause_state(token: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """ "Peru's government gave another figure: Deputy Minister X said …": a clause whose subject is a
    state, set before the name and closed by a colon, is the frame the rest of the sentence fills in (the
    parser may hang it on the name's verb as if it were the words reported)."""
    if token.dep_ != "nsubj":
        token = next((a for a in token.ancestors if a.dep_ == "nsubj"), token)
    if token.dep_ != "nsubj":
        return None
    verb = token.head
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i):
        between = token.doc[clause.right_edge.i + 1 : token.left_edge.i]
        if not any(t.text == ":" for t in between):
            continue
        states = _subject_states(clause, state_at)
        if len(states) == 1:
            return next(iter(states))
    return None


# Verbs by which an official makes their own government's act public.
ANNOUNCING = {"announce", "confirm"}


def _announced_act_state(token: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """ "Chile will close its consulate in La Paz, government spokesman Ana Ruiz announced": who announces
    a state's act speaks for that state. Only announcing: "said" reports the other side's acts as often."""
    if token.dep_ != "nsubj":
        token = next((a for a in token.ancestors if a.dep_ == "nsubj"), token)
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ANNOUNCING:
        return None
    acts = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        acts.append(verb.head)  # the parser may hang the announcing clause on the act announced
    states = {s for act in acts for s in _subject_states(act, state_at)}
    return next(iter(states)) if len(states) == 1 else None


# Nouns by which a sentence refers back to a state's act, and verbs that judge it: "Britain said it would
# cut its aid. Government spokesman X called the decision 'punishment'".
ACT_NOUNS = {"decision", "move", "step", "measure", "measures", "cut", "cuts", "announcement", "ban", "plan"}
JUDGING = {"call", "describe", "condemn", "criticise", "criticize", "denounce", "deplore", "slam", "welcome"}
# Main verbs and subjects of a sentence in which a state answers another's act: "Moscow did not wait long.
# The spokeswoman called the expulsions …" goes on with Moscow's answer.
REACTING = {"react", "respond", "reply", "answer", "retaliate", "wait", "hit", "retort"}
REACTIONS = {"response", "reaction", "reply", "answer", "retort", "retaliation"}


def judges_framed_act(doc: Doc, token: Token, state_at: Callable[[Token], str | None]) -> bool:
    """Whether the person named at ``token`` judges the act the paragraph has just told of a state ("Britain
    said it would cut its aid. Government spokesman X called the decision 'punishment'"): the state that
    acted is then no frame for them, whose words are as often the other side's answer. A sentence in which
    the state itself answers ("Moscow did not wait long", "Lima's response came within hours") still
    frames who speaks next."""
    node = token
    while node.dep_ in {"compound", "flat", "appos", "amod"} and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "nsubj" or verb.lemma_.lower() not in JUDGING:
        return False
    judged = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.lemma_.lower() in ACT_NOUNS
        and any(d.lower_ in {"the", "this", "that"} for d in c.children)
        and not any(d.dep_ in {"poss", "amod", "compound", "prep"} for d in c.children)
    ]
    if not judged:
        return False
    for before in _paragraph_before(doc, sentence_of(token)):
        if _subject_states(before.root, state_at):
            subjects = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            answered = any(s.lemma_.lower() in REACTIONS for s in subjects)
            return before.root.lemma_.lower() not in REACTING and not answered
    return False


def _subject_states(verb: Token, state_at: Callable[[Token], str | None]) -> set[str]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]  # "Peru and Chile agreed"
    return {s for s in (state_at(t) for t in subjects) if s is not None}


def _joined_clause_state(token: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """ "Lima protested, and Foreign Minister Rivas warned": the name is the subject of a clause
    conjoined with one whose subject is a state."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        token = next((a for a in token.ancestors if a.dep_ in {"nsubj", "nsubjpass"}), token)
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj":
        return None
    states = _subject_states(verb.head, state_at)
    return next(iter(states)) if len(states) == 1 else None


def _earlier_sentence_state(doc: Doc, token: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """ "Quito dismissed the complaint. Its navy, the ministry added, had obeyed the law. Defence Minister
    Rivas promised more patrols":
    the state last made the subject of a sentence earlier in the same paragraph. A sentence whose subject
    is no state leaves the frame as it was; one with two states' subjects ends it (either may be meant)."""
    for before in _paragraph_before(doc, sentence_of(token)):
        states = _subject_states(before.root, state_at)
        if states:
            return next(iter(states)) if len(states) == 1 else None
        subjects = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or not all(_continues(s) or _new_unmarked_name(s, state_at) for s in subjects):
            return None  # a sentence about someone or something else ends the frame
    return None


def _new_unmarked_name(subject: Token, state_at: Callable[[Token], str | None]) -> bool:
    """ "Nicaragua answered. Foreign Minister X said … The navy's spokesman said …": a person the story
    names here for the first time, with no state in their words, speaks for the state the paragraph is
    about, so the frame goes on past them; a name met before may be anyone's."""
    if subject.ent_type_ != "PERSON" or subject.ent_iob_ == "":
        return False
    if any(state_at(t) for t in subject.subtree):
        return False
    earlier = span_text(subject.doc[: sentence_of(subject).start])
    return not any(t.text in earlier for t in subject.subtree if t.ent_type_ == "PERSON" and t.is_title)


# Subjects of a sentence that go on speaking for the state the paragraph opened with: "Quito dismissed the
# complaint. The ministry added … Defence Minister X promised …".
CONTINUING = {"ministry", "government", "authorities", "presidency", "it", "they", "he", "she", "statement"}


def _continues(subject: Token) -> bool:
    """A subject that goes on speaking for the state a paragraph opened with: its ministry or government
    named bare, a pronoun, or a body it owns ("its navy")."""
    owned = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject.children)
    return subject.lower_ in CONTINUING or owned


def _paragraph_before(doc: Doc, sentence: Span) -> tuple[Span, ...]:
    """The sentences of ``sentence``'s paragraph before it, nearest first."""
    n = sentence_index(doc, sentence.start)
    if not cached(doc):
        return _sentences_before(doc, n)
    # The framing rules ask it for each person's sentence: each sentence's is made once per document.
    kept = doc.user_data.setdefault(_PARAGRAPH_BEFORE, {})
    if n not in kept:
        kept[n] = _sentences_before(doc, n)
    return kept[n]


paragraph_before = _paragraph_before  # for the rules of other modules that read a paragraph back

_PARAGRAPH_BEFORE = "bilat.paragraph_before"


def _sentences_before(doc: Doc, n: int) -> tuple[Span, ...]:
    found: list[Span] = []
    sentences = doc_sentences(doc)
    sentence = sentences[n]
    while n > 0:
        before = sentences[n - 1]
        text = span_text(before).strip()
        if not text:
            sentence, n = before, n - 1
            continue
        if _paragraph_starts(doc, before, sentence) or "\n" in text:
            break
        found.append(before)
        sentence, n = before, n - 1
    return tuple(found)


def carried_states(
    doc: Doc, person_at: dict[int, Person], state_at: Callable[[Token], str | None]
) -> dict[int, str]:
    """ "Peru's cabinet voted to expel the consul. ¶ The vote came after a long night of talks led by
    Prime Minister Tello.": a paragraph that names no state before a person continues the one before it,
    whose last sentence with a state as the subject of its clauses frames it. By ``id`` of each person
    first named there. Weaker than a dateline: the caller applies it only where none speaks."""
    return _at_first_mention(doc, person_at, lambda token: carried_state(doc, token, state_at))


def carried_state(doc: Doc, token: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """The state framing the paragraph before ``token``'s, when its own names none before it (see
    ``carried_states``)."""
    paragraph = [sentence_of(token), *_paragraph_before(doc, sentence_of(token))]
    opening = paragraph[-1]
    if any(state_at(t) for t in doc[opening.start : token.i]):
        return None  # the paragraph names a state of its own before the person
    sentences = [s for s in doc_sentences(doc) if s.end <= opening.start and span_text(s).strip()]
    if not sentences:
        return None
    previous = [sentences[-1], *_paragraph_before(doc, sentences[-1])]
    for sentence in previous:  # nearest first
        # Only the main clause: "… a day after Lima said it would …" names a state the sentence is not about.
        states = _subject_states(sentence.root, state_at)
        if states:
            return next(iter(states)) if len(states) == 1 else None
    return None


def counterparts_of(
    doc: Doc,
    person_at: dict[int, Person],
    nationality_of: Callable[[Token], str | None],
    dyad: tuple[str, str] | None,
    third_state: Callable[[Span], bool] | None = None,
) -> None:
    """ "Foreign Minister Farouk received his Greek counterpart": the official whose counterpart is
    Greek is, in a story about Greece and one other state, that other state's. The word says the two
    hold the same office for different states; the pair says which."""
    if dyad is None:
        return
    for token in with_lemma(doc, {"counterpart"}):
        if token.pos_ != "NOUN":
            continue
        theirs = nationality_of(token)
        named = _named_after(token, person_at)
        if theirs is not None and named is not None and named.country is None:
            # "his Danish counterpart, Lars Ekdahl": the nationality is the named person's own.
            named.country, named.basis = theirs, "nationality"
        if theirs not in dyad or (third_state is not None and third_state(token.sent)):
            continue  # a sentence naming a third state may be about that state's official
        # "a call between President Ruto and his Ugandan counterpart": the name it is joined to;
        # "Kaya said the trip by his Swedish counterpart …": the person "his" refers back to.
        owners = [token.head] if token.dep_ == "conj" else _possessor(token, person_at, named)
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        others = [
            t
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "agent"} and c != token
            for t in [c, *[g for g in c.children if g.dep_ == "pobj"]]
        ]
        for other in owners or others:
            person = person_at.get(other.i)
            if person is not None and person.country is None and home_official(person.title):
                person.country = dyad[1] if theirs == dyad[0] else dyad[0]
                person.basis = "counterpart"


def unmarked_counterparts(
    doc: Doc,
    person_at: dict[int, Person],
    dyad: tuple[str, str] | None,
    third_state: Callable[[Span], bool] | None = None,
) -> None:
    """ "Sayegh held talks with his counterpart, Omid Karimi": a counterpart holds the same office
    for the other state, so in a story about two states, once the one "his" refers to has a country of
    the pair, the named counterpart is the other's (and the other way round). Run after the other
    evidence, which may have given the owner a country."""
    if dyad is None:
        return
    for token in with_lemma(doc, {"counterpart"}):
        if token.pos_ != "NOUN" or (third_state is not None and third_state(token.sent)):
            continue
        named = _named_after(token, person_at)
        owners = [person_at[t.i] for t in _possessor(token, person_at, named)]
        if named is not None and not owners:
            # "The visiting minister … held talks with his counterpart, X": "his" is the subject's, a
            # title standing for the one last named with it.
            owners = _titled_subject_owner(token, person_at, named)
        if named is None or not owners:
            continue
        owner = owners[0]
        for known, unknown in ((owner, named), (named, owner)):
            if known.country in dyad and unknown.country is None:
                unknown.country = dyad[1] if known.country == dyad[0] else dyad[0]
                unknown.basis = "counterpart"


TITLE_WORDS_BEFORE_NAME = 3


def named_counterparts(doc: Doc, person_at: dict[int, Person]) -> set[int]:
    """By ``id``, each person named as another named person's counterpart ("talks with his counterpart,
    Ana Ruiz"): the same office for the other state."""
    found: set[int] = set()
    for token in with_lemma(doc, {"counterpart"}):
        named = _named_after(token, person_at) if token.pos_ == "NOUN" else None
        if named is not None and _possessor(token, person_at, named):
            found.add(id(named))
    return found


def _named_after(token: Token, person_at: dict[int, Person]) -> Person | None:
    """The person named right after a title, with or without a comma ("his counterpart, Ana Ruiz"),
    however the parser attached the name."""
    at = token.i + 1
    while at < len(token.doc) and token.doc[at].is_punct and token.doc[at].text in {",", "—", "–"}:
        at += 1
    # "his counterpart, General Ana Ruiz": a capitalised rank or title may stand before the name.
    for skip in range(TITLE_WORDS_BEFORE_NAME + 1):
        word = at + skip
        if word >= len(token.doc) or word in person_at:
            return person_at.get(word)
        if not token.doc[word].is_title or token.doc[word].ent_type_ not in {"", "PERSON"}:
            return None
    return None


def _possessor(token: Token, person_at: dict[int, Person], named: Person | None) -> list[Token]:
    """The name "his"/"her" on ``token`` refers back to: the last person named before it in the sentence."""
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children):
        return []
    before = [
        token.doc[i] for i in range(token.sent.start, token.i) if i in person_at and person_at[i] is not named
    ]
    return before[-1:]


def _titled_subject_owner(token: Token, person_at: dict[int, Person], named: Person) -> list[Person]:
    """The person "his"/"her" on ``token`` refers to when the clause's subject is a definite title with
    no name ("The visiting minister held talks with his counterpart"): the one person named with that
    title word in this or the paragraph's sentence before. Two such people, or none, give nobody."""
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children):
        return []
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if len(subjects) != 1 or not any(d.lower_ == "the" for d in subjects[0].children if d.dep_ == "det"):
        return []
    word = subjects[0].lower_
    before = _sentences_before(token.doc, sentence_index(token.doc, token.sent.start))
    first = before[0].start if before else token.sent.start
    holders = {
        id(person): person
        for i, person in person_at.items()
        if first <= i < subjects[0].i
        and person is not named
        and person.title is not None
        and person.title.state_actor
        and word in person.title.phrase.lower().split()
    }
    return list(holders.values()) if len(holders) == 1 else []


HOST_VERBS = {"receive", "host", "welcome", "greet"}


def hosts_of_visitors(
    doc: Doc,
    person_at: dict[int, Person],
    dyad: tuple[str, str] | None,
    nationality_of: Callable[[Token], str | None] | None = None,
) -> None:
    """ "President Jan Wolski received South Korean Defence Minister Kang": in a story about two states,
    an official who hosts the other state's visitor is the host state's. The act says so, not the
    sentence's other names: meeting, calling or signing with someone says nothing of either side."""
    if dyad is None:
        return
    for verb in with_lemma(doc, HOST_VERBS):
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        # "The minister is to be received by …": the subject of the verb the clause completes.
        has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        holder = verb.head if verb.dep_ == "xcomp" and not has_subject else verb
        hosts = (
            [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if passive
            else [c for c in holder.children if c.dep_ == "nsubj"]
        )
        guests = [
            g
            for c in (holder.children if passive else verb.children)
            if c.dep_ in ({"nsubjpass", "nsubj"} if passive else {"dobj"})
            # "South Korea's Minister of Defense, Kang Sung-min": the name in apposition to the title.
            for g in [c, *(a for a in c.children if a.dep_ == "appos")]
        ]
        # A guest named by name, or by a title with a nationality ("the Greek minister").
        countries = {person_at[g.i].country if g.i in person_at else None for g in guests}
        if nationality_of is not None:
            countries |= {nationality_of(g) for g in guests if g.i not in person_at}
        countries &= set(dyad)
        if len(countries) != 1:
            continue
        guest_country = next(iter(countries))
        for host in hosts:
            person = person_at.get(host.i)
            # The act outranks what speaks only for the whole article (a dateline, a publisher).
            if person is not None and person.basis in ARTICLE_WIDE and home_official(person.title):
                person.country = dyad[1] if guest_country == dyad[0] else dyad[0]
                person.basis = "host"


SPEAKING = {"speak", "talk", "address"}


def _opening_capital(sentence: Span, gazetteer: Gazetteer) -> tuple[Token, str] | None:
    """ "In Nairobi, …", "Speaking in Ottawa, …": the capital a sentence opens in, framing its main verb."""
    verb = sentence.root
    opening = sentence[0]
    prep = None
    if opening.lower_ == "in" and opening.dep_ == "prep" and opening.head == verb:
        prep = opening
    elif opening.lemma_.lower() in SPEAKING and opening.dep_ == "advcl" and opening.head == verb:
        prep = next((c for c in opening.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if prep is None:
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None:
        return None
    words = [t for t in place.lefts if t.dep_ == "compound"] + [place]  # "Buenos Aires"
    iso3 = gazetteer.capitals.get(" ".join(t.text for t in words))
    return (place, iso3) if iso3 else None


def opening_seat(token: Token, gazetteer: Gazetteer) -> str | None:
    """ "In Pretoria, the Department of Home Affairs said …": the state of the capital a sentence opens in,
    for a body that is the subject of the verb the place frames (as ``seat_of_speakers`` reads it for an
    official). A capital named anywhere else in the sentence ("protested in Pretoria") says nothing."""
    sentence = sentence_of(token)
    opening = _opening_capital(sentence, gazetteer)
    if opening is None or token.i <= opening[0].i:
        return None
    subjects = [c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > opening[0].i]
    # "In Seoul, the ministry said the Fisheries Institute was …": the subject of what the framed body says.
    reported = (c for c in sentence.root.children if c.dep_ == "ccomp")
    subjects += [c for clause in reported for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not any(s.left_edge.i <= token.i <= s.right_edge.i and s.i >= token.i for s in subjects):
        return None  # only the subject's own head word or the words of its name before it
    return opening[1]


def _paragraph_starts(doc: Doc, before: Span, sentence: Span) -> bool:
    """Whether a line break separates ``sentence`` from the one ``before`` it (the parser may keep the
    break at the end of the sentence before)."""
    return "\n" in doc_text(doc)[before.start_char : sentence.start_char][len(span_text(before).rstrip()) :]


def paragraph_seats(doc: Doc, person_at: dict[int, Person], gazetteer: Gazetteer) -> dict[int, str]:
    """ "In Paris, the foreign minister said … Armed Forces Minister Ana Roy warned the same day …": a
    paragraph that opens in a capital is datelined there, nearer than the article's dateline. By ``id``,
    each person first named in such a paragraph after its opening sentence."""
    first: dict[int, int] = {}
    for i, person in person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    found: dict[int, str] = {}
    sentences = [s for s in doc_sentences(doc) if span_text(s).strip()]
    for n, sentence in enumerate(sentences):
        opening = _opening_capital(sentence, gazetteer)
        if opening is None or (n > 0 and not _paragraph_starts(doc, sentences[n - 1], sentence)):
            continue  # only a paragraph's first sentence datelines it
        end = len(doc)
        for before, later in zip(sentences[n:], sentences[n + 1 :], strict=False):
            if _paragraph_starts(doc, before, later) or "\n" in span_text(later).strip():
                end = later.start
                break
        for person_id, at in first.items():
            if sentence.end <= at < end:
                found[person_id] = opening[1]
    return found


def seat_of_speakers(doc: Doc, person_at: dict[int, Person], gazetteer: Gazetteer) -> None:
    """ "In Nairobi, the foreign ministry spokesman denied …", "Speaking in Ottawa, the trade minister
    said …": a sentence that opens in a capital is a dateline for its own paragraph,
    and an unmarked home official who speaks there speaks for that capital's state. The place must open
    the sentence and frame its main verb; a capital merely named ("met in Moscow") says nothing."""
    for sentence in doc_sentences(doc):
        opening = _opening_capital(sentence, gazetteer)
        if opening is None:
            continue
        place, iso3 = opening
        verb = sentence.root
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > place.i]
        if not subjects:
            # The parser may read the words before the verb as a list with the place ("In Lima, Energy,
            # Mines and Transport Minister Quispe said"): the names there are its subject.
            subjects = [t for t in doc[place.i + 1 : verb.i] if t.i in person_at]
        for subject in subjects:
            for token in [
                subject,
                *(a for a in subject.children if a.dep_ == "appos"),
                *_portfolio_names(subject, person_at),
                *_name_after_title(subject, person_at, gazetteer),
            ]:
                person = person_at.get(token.i)
                if person is not None and person.country is None and home_official(person.title):
                    person.country = iso3
                    person.basis = "seat"
    _speaking_in(doc, person_at, gazetteer)
    _home_briefings(doc, person_at, gazetteer)


def _name_after_title(title: Token, person_at: dict[int, Person], gazetteer: Gazetteer) -> list[Token]:
    """ "spokesman Brigadier General X rejected …" parsed with the title as the subject and the name
    hung under it: the name written right after the subject's title is the subject."""
    after = title.i + 1
    if title.lower_ not in gazetteer.titles or after >= len(title.doc) or after not in person_at:
        return []
    return (
        [title.doc[after]]
        if title.doc[after].head.i == title.i or title.doc[after].head.head.i == title.i
        else []
    )


def _portfolio_names(title: Token, person_at: dict[int, Person]) -> list[Token]:
    """ "Minister for the Indo-Pacific X", parsed with the name as the object of the title's "for": the
    name, when the word right before it is the portfolio's (not a title's: "the aide of Minister X")."""
    found = []
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.i in person_at):
            first = name.i
            while first > 0 and person_at.get(first - 1) is person_at[name.i]:
                first -= 1
            before = title.doc[first - 1]
            if first - 1 > prep.i and before.pos_ == "PROPN" and before.is_title:
                found.append(name)
    return found


BRIEFINGS = {"briefing", "conference"}
REGULAR = {"weekly", "daily", "regular"}


def _home_briefings(doc: Doc, person_at: dict[int, Person], gazetteer: Gazetteer) -> None:
    """ "… he told his weekly news conference in Tehran": a spokesperson's regular briefing is held at
    home, so its capital is theirs. "he" or "she" is the person last named in the paragraph."""
    for noun in with_lemma(doc, BRIEFINGS):
        if not any(c.lower_ in REGULAR for c in noun.children):
            continue
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        if verb is None or verb.pos_ != "VERB":
            continue
        preps = [c for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "in"]
        places = [
            " ".join(t.text for t in [*(t for t in p.lefts if t.dep_ == "compound"), p])
            for prep in preps
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        iso3 = next((gazetteer.capitals[p] for p in places if p in gazetteer.capitals), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if iso3 is None or subject is None:
            continue
        person = person_at.get(subject.i)
        if person is None and subject.lower_ in {"he", "she"}:
            person = _last_named_in_paragraph(doc, subject, person_at)
        if person is not None and person.country is None and home_official(person.title):
            person.country, person.basis = iso3, "seat"


def _last_named_in_paragraph(doc: Doc, token: Token, person_at: dict[int, Person]) -> Person | None:
    for i in range(token.i - 1, -1, -1):
        if "\n" in doc[i].text:
            return None
        if i in person_at:
            return person_at[i]
    return None


def _speaking_in(doc: Doc, person_at: dict[int, Person], gazetteer: Gazetteer) -> None:
    """ "Prime Minister X, speaking in Kyiv on Wednesday, urged …": the capital they speak in, said of
    them where the sentence names them."""
    for speaking in (t for t in with_lemma(doc, SPEAKING) if t.tag_ == "VBG"):
        prep = next((c for c in speaking.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if place is None:
            continue
        name = " ".join(t.text for t in [*(t for t in place.lefts if t.dep_ == "compound"), place])
        iso3 = gazetteer.capitals.get(name)
        if iso3 is None:
            continue
        if speaking.dep_ in {"acl", "appos"}:
            named = [speaking.head]  # hangs on the name itself
        elif speaking.dep_ == "advcl":
            named = [c for c in speaking.head.children if c.dep_ == "nsubj"]
        else:
            continue
        for token in named:
            person = person_at.get(token.i)
            if person is not None and person.country is None and home_official(person.title):
                person.country, person.basis = iso3, "seat"


def _capital_of_reception(verb: Token, gazetteer: Gazetteer) -> str | None:
    """The state whose capital a reception takes place in: "received … in Suva", "welcomed … at the
    presidential palace in La Paz". Only a place the verb itself is framed by, not one a name merely
    carries ("the envoy in Lima")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # "at the palace in La Paz", "welcomed … to Parliament House in Canberra".
    preps += [
        p
        for at in preps
        if at.lower_ in {"at", "to"}
        for o in at.children
        if o.dep_ == "pobj"
        for p in o.children
    ]
    for prep in (p for p in preps if p.dep_ == "prep" and p.lower_ == "in"):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        iso3 = capital_of_place(place, gazetteer)
        if iso3:
            return iso3
    return None


def capital_of_place(place: Token, gazetteer: Gazetteer) -> str | None:
    """The state whose capital a place word names with its compounds ("Kuala" "Lumpur")."""
    name = " ".join(t.text for t in [*(t for t in place.lefts if t.dep_ == "compound"), place])
    return gazetteer.capitals.get(name)


def hosts_in_capitals(
    doc: Doc,
    person_at: dict[int, Person],
    gazetteer: Gazetteer,
    dyad: tuple[str, str] | None,
    third_state: Callable[[Span], bool] | None = None,
) -> None:
    """ "Foreign Minister Lind was received by Prime Minister Vaka in Suva": an official who receives a
    guest in a capital receives them for its state; in a story about that state and one other, the
    official they receive comes from the other."""
    for verb in with_lemma(doc, HOST_VERBS):
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        host_heads = by if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        guest_heads = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        # "received by Prime Minister Vaka in Suva", "welcomed Minister Sari … to Parliament House in
        # Canberra": the parser may hang the place on a name.
        places = (_capital_of_reception(t, gazetteer) for t in [verb, *host_heads, *guest_heads])
        iso3 = next(filter(None, places), None)
        if iso3 is None:
            continue
        # "Minister A and Minister B welcomed Minister C and Minister D": every name on each side.
        hosts, guests = _named_in(host_heads, person_at), _named_in(guest_heads, person_at)
        for person in hosts:
            if person.country is None and home_official(person.title):
                person.country, person.basis = iso3, "seat"
        if dyad is None or iso3 not in dyad or (third_state is not None and third_state(verb.sent)):
            continue
        if not hosts:
            continue  # the host must be a named official for the guest to be the other side's
        for person in guests:
            if person.country is None and home_official(person.title) and all(person is not h for h in hosts):
                person.country, person.basis = (dyad[1] if iso3 == dyad[0] else dyad[0]), "host"


def _named_in(heads: list[Token], person_at: dict[int, Person]) -> list[Person]:
    """The people named in the phrases ``heads`` head, outside any clause of their own."""
    found: list[Person] = []
    for head in heads:
        for token in head.subtree:
            inside_clause = any(
                a.dep_ in {"relcl", "acl", "advcl", "ccomp"}
                for a in token.ancestors
                if a.i != head.i and head in a.ancestors
            )
            person = person_at.get(token.i)
            if person is not None and not inside_clause and all(person is not f for f in found):
                found.append(person)
    return found


def guests_of_receptions(
    doc: Doc,
    person_at: dict[int, Person],
    gazetteer: Gazetteer,
    home: str | None,
    dyad: tuple[str, str] | None,
    third_state: Callable[[Span], bool] | None = None,
    nationality_of: Callable[[Token], str | None] | None = None,
) -> set[int]:
    """ "President Tavares was received with military honours by his host": a guest received in a story
    datelined in one state of the pair is a visitor from the other, not the dateline's own official;
    a host whose words give their state ("received by Iran's president") makes the guest the other side's,
    whichever that is. The ``id`` of each such guest; a reception placed in a capital is
    ``hosts_in_capitals``' business."""
    found: set[int] = set()
    if home is None or dyad is None or home not in dyad:
        return found
    for verb in with_lemma(doc, HOST_VERBS):
        if verb.pos_ != "VERB":
            continue
        if third_state is not None and third_state(verb.sent):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if any(_capital_of_reception(t, gazetteer) for t in [verb, *by]):
            continue
        guests = [
            _relative_antecedent(c) for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")
        ]
        guests += [a for g in guests for a in g.children if a.dep_ == "appos"]
        hosts = by if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        host_states = {_state_of_host(h, person_at, nationality_of) for h in hosts} - {None}
        host_state = next(iter(host_states)) if len(host_states) == 1 else None
        if host_state is not None and host_state not in dyad:
            continue  # a third state's host says nothing of the pair
        visitor_state = dyad[1] if (host_state or home) == dyad[0] else dyad[0]
        if host_state is None and _capital_near(doc, verb.sent, visitor_state, gazetteer):
            # "… signed a deal in Tripoli. Prime Minister X, who was received by her counterpart …":
            # the reception took place in the visitor's supposed capital, so the dateline says nothing.
            continue
        for guest in guests:
            person = person_at.get(guest.i)
            if person is not None and person.country is None and home_official(person.title):
                person.country, person.basis = visitor_state, "guest"
                found.add(id(person))
    return found


def _capital_near(doc: Doc, sentence: Span, iso3: str, gazetteer: Gazetteer) -> bool:
    """Whether ``sentence``, or the one before it in its paragraph, places an act in the capital of
    ``iso3`` ("signed a deal in Tripoli"; "an invitation to visit Tripoli" places nothing)."""
    spans = [sentence, *_paragraph_before(doc, sentence)[:1]]
    for span in spans:
        for token in span:
            if token.dep_ != "pobj" or token.head.lower_ != "in":
                continue
            words = [t.text for t in [*(c for c in token.lefts if c.dep_ == "compound"), token]]
            if gazetteer.capitals.get(" ".join(words)) == iso3 or gazetteer.capitals.get(token.text) == iso3:
                return True
    return False


RELATIVES = {"who", "whom", "that", "which"}


def _relative_antecedent(token: Token) -> Token:
    """ "a visit by Vice Premier X, who was received by …": a relative pronoun stands for the noun its
    clause describes."""
    if token.lower_ in RELATIVES and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _state_of_host(
    host: Token, person_at: dict[int, Person], nationality_of: Callable[[Token], str | None] | None
) -> str | None:
    """The state a host's own words give: a named person's country, or a nationality on a title ("Iran's
    president")."""
    person = person_at.get(host.i)
    if person is not None:
        return person.country if person.basis not in ARTICLE_WIDE else None
    return nationality_of(host) if nationality_of is not None else None
