"""People named in a document: their names, titles and the country the words give them.

One ``Person`` per individual however often named ("Olaf Scholz", "Scholz", "O. Scholz"). A person's
country comes from evidence only (``bilat.nlp.affiliation``); the first mention that gives one wins,
so an earlier fuller mention ("Iranian Foreign Minister Abbas Araghchi") speaks for a later bare one.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from bilat.models import ActorRef
from bilat.nlp.affiliation import (
    INTERNATIONAL,
    STATE_POSTS,
    Affiliation,
    international_title,
    phrase_affiliation,
)
from bilat.nlp.countries import Gazetteer, Title
from bilat.nlp.doctext import doc_ents
from bilat.nlp.home_town import fishing_master, home_town
from bilat.nlp.its_body import its_body
from bilat.nlp.signed_for import signed_for

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

WINDOW = 25  # tokens left of a name searched for its title
HONORIFICS = {"ambassador"}  # a title kept for life, written before a name that holds another office
LEAD_VERBS = {"head", "lead", "run", "chair", "command", "represent", "manage"}


def actor_id(kind: str, name: str, country: str | None) -> str:
    return hashlib.sha1(f"{kind}|{name}|{country or ''}".encode()).hexdigest()[:12]


@dataclass
class Person:
    name: str
    country: str | None = None
    title: Title | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    basis: str | None = None  # what gave the country: nationality, institution, office, dateline…
    sector: str | None = None  # the institution's sector when it says more than the title's
    international: bool = False  # an official of an organisation of states, who acts for none

    def ref(self) -> ActorRef:
        return ActorRef(
            name=self.name,
            country=self.country,
            sector=self.sector or (self.title.sector if self.title else None),
            kind="person",
            role=self.title.role if self.title else None,
            actor_id=actor_id("person", self.name, self.country),
        )

    @property
    def state_actor(self) -> bool:
        return self.title is None or self.title.state_actor

    def affiliate(self, affiliation: Affiliation | None) -> None:
        """Take a country unless one is already known: the first evidence wins."""
        if affiliation is None or self.country is not None or self.international:
            return
        if affiliation.basis == "international":
            self.international, self.sector = True, affiliation.sector
            return
        self.country, self.basis = affiliation.country, affiliation.basis
        if affiliation.sector and affiliation.sector not in {"GOV", "IGO"}:
            # "the army's spokesman", "Quebec's premier": the body they speak for decides the sector.
            self.sector = affiliation.sector


# Words that make an office its deputy's: "Vice Minister of Foreign Affairs", "deputy foreign minister".
DEPUTY_WORDS = {"deputy", "vice", "assistant", "under", "junior"}
POSSESSIVE = {"'s", "’s"}


def longest_title(words: list[str], gazetteer: Gazetteer) -> Title | None:
    best: Title | None = None
    best_end = best_start = -1
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            title = gazetteer.titles.get(phrase)
            if start + size < len(words) and words[start + size] in POSSESSIVE:
                continue  # "the Prime Minister's adviser X": the possessor's office, not X's
            # The title nearest the name wins; between equally near ones, the longer.
            if title and start + size - 1 > best_end:
                best, best_end, best_start = title, start + size - 1, start
    if best is not None and best_start > 0 and words[best_start - 1] in DEPUTY_WORDS:
        # "the Vice Minister of Foreign Affairs" is not the minister: a deputy office of its own, which
        # the minister's namesake rules (one holder, the same office on the other side) do not join.
        deputy = f"{words[best_start - 1]} {best.phrase}"
        known = gazetteer.titles.get(deputy)
        return known or Title(
            deputy, f"Deputy {best.role}", best.sector, best.state_actor, pair_country=best.pair_country
        )
    if best is not None and best.pair_country and best_end < len(words) - 1:
        # "Secretary of State for Trade X": a portfolio after it makes it another state's junior office.
        # Nor is it the foreign minister's: a junior office of its own, which the "foreign minister" named
        # before without a name must not lend its state to.
        # "Chancellor of the Exchequer X" likewise is no German or Austrian chancellor.
        role = "Secretary of State" if best.phrase == "secretary of state" else best.role
        best = Title(best.phrase, role, best.sector, best.state_actor, best.country)
    return best


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def title_words(titles: dict) -> frozenset[str]:
    # The words of all titles, read once per gazetteer: "vice", "minister", "affaires".
    key = id(titles)
    if key not in _TITLE_WORDS:
        _TITLE_WORDS[key] = frozenset(w for phrase in titles for w in phrase.split()) | DEPUTY_WORDS
    return _TITLE_WORDS[key]


# Words of names written with the office: not a personal name ("Libya's charge d'affaires").
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def has_personal_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a person's name has a word that is neither an office's, a state's nor a nationality's:
    "Vice President", "the defence minister" or "Knesset deputy" name an office, not its holder."""
    office = title_words(gazetteer.titles)
    for word in NAME_WORD.findall(name.replace("'s", "").replace("’s", "")):
        if not word[0].isupper() or gazetteer.country_of(word) is not None:
            continue
        if word.lower().rstrip(".") not in office and word.lower() not in HONORIFIC_WORDS:
            return True
    return False


# Honorifics the model may tag alone as a name ("the Minister, Hon." + "Ana Vaka"): no personal name.
HONORIFIC_WORDS = {
    "hon.",
    "hon",
    "rt.",
    "rt",
    "excellency",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "mme.",
    "mme",
}


# Honorifics the model may tag with a name ("H.E. Ana Vaka", "Hon. Ana Vaka"): not part of it.
# "Ms Ana Vaka", "Mr. Ana Vaka": a courtesy title the model tagged with the name is no part of it either.
HONORIFIC_PREFIX = re.compile(
    r"^(?:H\.\s?E\.|Hon\.|Rt\.?\s+Hon\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|Ms\.?|Mme\.?)"
    r"\s+(?=\S+\s+\S)"  # only before a name of two words or more
)


def clean_name(ent: Span) -> str:
    name = HONORIFIC_PREFIX.sub("", ent.text.strip())
    name = re.sub(r"['’]s$", "", name)
    name = re.sub(r"\s*-\s*", "-", name)  # "Kassym - Jomart" as tokenised
    return re.sub(r"\s+", " ", name)


def add_person(index: ActorIndex, ent: Span, gazetteer: Gazetteer) -> None:
    name = clean_name(ent)
    title, affiliation = title_and_affiliation(ent, index, gazetteer)
    words = name.split()
    # "Crown Prince Salman bin Hamad", "Rear Admiral Somchai Pattanakul" tagged from the title's second
    # word: the word before the name and the name's first make the title.
    split = f"{ent.doc[ent.start - 1].lower_} {words[0].lower()}" if ent.start > 0 and words else ""
    if len(words) > 2 and split in gazetteer.titles:
        title = title or gazetteer.titles[split]
        name = " ".join(words[1:])
    else:
        for size in (3, 2, 1):
            opening = " ".join(words[:size]).lower()
            if len(words) > size + 1 and opening in gazetteer.titles:
                # "President Kassym-Jomart Tokayev", "Crown Prince X bin Y" tagged whole: the office is the
                # title, not part of the name.
                title = title or gazetteer.titles[opening]
                name = " ".join(words[size:])
                break
    person = find_person(index.people, name)
    if person is None and not has_personal_name(name, gazetteer):
        return  # "Bangladesh's Deputy High Commissioner": an office's words, no holder's name
    if person is None:
        person = Person(name=name)
        index.people.append(person)
    person.aliases.add(name)
    person.mentions += 1
    if len(name.split()) > len(person.name.split()):
        person.name = name
    person.title = person.title or title
    person.affiliate(affiliation)
    for t in ent:
        index.person_at[t.i] = person


def find_person(people: list[Person], name: str) -> Person | None:
    """The same person under a shorter or initialled name ("Scholz", "O. Scholz"); never a mere namesake
    whose first name differs."""
    parts = name.replace(".", ". ").split()
    surname = _bare_surname(parts[-1])
    if len(parts) == 1:
        # "Lee" after "Lee Min-jun": the family name may come first; one person bearing it, not two.
        bearers = [
            p
            for p in people
            if len(p.name.split()) > 1 and surname in {_bare_surname(w) for w in p.name.split()}
        ]
        if len(bearers) == 1:
            return bearers[0]
    for person in people:
        known = [*person.name.split()[:-1], _bare_surname(person.name.split()[-1])]
        if 1 < len(parts) < len(known) and known[-len(parts) :] == [*parts[:-1], surname]:
            return person  # "Rivas Soto" after "Tomas Rivas Soto"
        if known[-1] != surname:
            continue
        if len(parts) == 1 or len(known) == 1:
            return person
        first, known_first = parts[0].rstrip("."), known[0]
        if first == known_first or (len(first) == 1 and known_first.startswith(first)):
            return person
    return None


# Articles written onto Arabic surnames, which news drops on later mentions ("al-Sayegh", then "Sayegh").
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)[-‑]", re.IGNORECASE)


def _bare_surname(word: str) -> str:
    """A surname without its Arabic article: "al-Sayegh" and "Sayegh" are one name."""
    return ARTICLE_PREFIX.sub("", word) or word


def _left_phrase(ent: Span) -> list[Token]:
    """The words before a name back to the verb of its clause: where its title is written."""
    doc, left = ent.doc, []
    i = ent.start - 1
    while i >= max(ent.sent.start, ent.start - WINDOW):
        t = doc[i]
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound", "acl"}:
            break
        if t.lower_ == "and" and i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON":
            # "signed by Jordan's planning minister, Lina Haddad, and the head of the Saudi fund, X": the
            # title and country before the other name are that person's.
            break
        left.insert(0, t)
        i -= 1
    return left


def title_and_affiliation(
    ent: Span, index: ActorIndex, gazetteer: Gazetteer
) -> tuple[Title | None, Affiliation | None]:
    """The title written with a name and the country its words give: before the name ("Iranian Foreign
    Minister Abbas Araghchi", "energy consultant X"), or in apposition after it ("Arif Ahmadov, the
    Georgian ambassador") or before it ("a spokesperson for Iran's mission, Omid Karimi")."""
    anchors = {t.i for t in ent}
    blocked = {t.i for e in doc_ents(ent.doc) if e.label_ == "PERSON" and e != ent for t in e}
    left = _left_phrase(ent)
    phrase = list(left)
    title = longest_title([t.lower_ for t in left if not t.is_punct], gazetteer)
    root = ent.root
    # The nouns that describe the person directly ("Kremlin spokesman", "a French national"): what
    # modifies them is said of the person.
    anchors |= {t.i for t in root.lefts if t.dep_ in {"compound", "nmod"} and t.pos_ == "NOUN"}
    # "the spokesperson for Pakistan's ministry, Ambassador Shafqat Ali Khan", which the parser may
    # read as a conjunct.
    after_title = root.dep_ == "conj" and root.head.lower_ in gazetteer.titles
    # "the Ambassador of Peru to Chile, Mr. Pablo Soto" may be parsed with the name in apposition to
    # the last country: a state is not a title, and the words before the name say whose they are.
    head_ref = index.by_token.get(root.head.i)
    to_state = head_ref is not None and head_ref.kind == "state"
    posted = _title_over_place(root.head, gazetteer) if root.dep_ == "appos" else None
    # "Jordan's planning minister, Lina Haddad, and the head of the Saudi fund, X" parsed with both names
    # in apposition to the first title: that title is the nearer name's.
    # The cheap tests first: an entity's root is found by a walk over its tokens.
    taken = any(
        e.label_ == "PERSON"
        and root.head.i < e.start < ent.start
        and e.root.dep_ == "appos"
        and e.root.head.i == root.head.i
        for e in doc_ents(ent.doc)
    )
    if posted is not None and posted.i < ent.start:
        # "Peru's ambassador in Santiago, Ana Ruiz", "the border commander in Tacna province, General X",
        # parsed with the name in apposition to the post's place: the title the place belongs to is the
        # one the name is set beside.
        anchors.add(posted.i)
        phrase = [t for t in posted.subtree if t.i < ent.start]
        title = title or longest_title([w.lower_ for w in phrase], gazetteer)
    elif (root.dep_ == "appos" or after_title) and root.head.i < ent.start and not to_state and not taken:
        # The name is in apposition to the title phrase before it.
        anchors.add(root.head.i)
        phrase = [t for t in root.head.subtree if t.i not in anchors or t.i == root.head.i]
        title = title or longest_title([w.lower_ for w in root.head.subtree if w.i < ent.start], gazetteer)
    elif root.dep_ == "appos" and to_state and not taken:
        # "…, and the Minister of Foreign Relations of Peru, X", parsed with X in apposition to Peru: the
        # office that state hangs on is X's, so the state is too.
        office = _office_of_state(root.head, gazetteer)
        if office is not None:
            anchors.add(office.i)
    elif taken:
        # "…, Omar Nasser, and the head of the Qatari development bank, X": the title the other name took
        # is not X's; X's is the noun phrase written right before X, whose head owns what is attached to it.
        inside = {t.i for t in left}
        noun = next((t for t in left if t.pos_ == "NOUN" and t.head.i not in inside), None)
        if noun is not None:
            anchors.add(noun.i)
    elif root.dep_ == "conj" and root.head.i in blocked and left and left[-1].text == ",":
        # "signed by the Minister of Lands, Mr X, and the Minister of Water of Ruritania, Ms Y", parsed
        # with Y a conjunct of X: the title phrase set right before Y, with its comma, is Y's.
        inside = {t.i for t in left}
        office = next((t for t in left if t.lower_ in gazetteer.titles and t.head.i not in inside), None)
        if office is not None:
            anchors.add(office.i)
    of_states: set[str | None] = set()
    for t in root.children:
        if t.dep_ == "prep" and t.lower_ == "of" and t.i > root.i:
            # "Foreign Minister Kenji Sato of Japan": the state written after the name is theirs. An
            # employer there ("X of the Dutch think tank Y") is the commentator rules' business.
            states = [c for c in t.children if c.dep_ == "pobj" and _is_state(index.by_token.get(c.i))]
            if states:
                phrase += list(t.subtree)
                of_states |= {index.by_token[c.i].country for c in states}
        if t.dep_ == "relcl" and t.lemma_.lower() in LEAD_VERBS:
            # "Robyn Mercer, who heads Australia's mission": what they head is theirs.
            for obj in (c for c in t.children if c.dep_ == "dobj"):
                anchors.add(obj.i)
                phrase += list(obj.subtree)
            # "who manages the port for the Ports Authority", "who represents Puno in Peru's Congress":
            # the body they do it for, or sit in, is theirs too; a bare place ("in Lima") is not.
            for prep in (c for o in [t, *t.children] for c in o.children if c.dep_ == "prep"):
                if prep.lower_ not in {"for", "in"} or prep.head.dep_ not in {"relcl", "dobj"}:
                    continue
                for body in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}):
                    ref = index.by_token.get(body.i)
                    owned = any(c.dep_ == "poss" for c in body.children)
                    if (ref is not None and ref.kind == "organisation") or owned:
                        anchors.add(body.i)
                        phrase += list(body.subtree)
        if t.dep_ == "appos" and t.i > root.i:
            found = longest_title([w.lower_ for w in t.subtree], gazetteer)
            if found or t.pos_ == "NOUN":
                title = title or found
                anchors.add(t.i)
                phrase += list(t.subtree)
            if found:
                break

    title = _office_behind_honorific(ent, left, root, title, gazetteer)

    def linkable(token: Token) -> bool:
        # A word that can own a country: a title, a name, an institution, a body of the state.
        return (
            token.lower_ in gazetteer.titles
            or token.pos_ == "PROPN"
            or bool(token.ent_type_)
            or token.lower_ in gazetteer.groups
        )

    state_actor = title is not None and title.state_actor
    kind = "untitled" if title is None else ("official" if state_actor else "commentator")
    affiliation = phrase_affiliation(phrase, anchors, index.by_token, blocked, linkable, kind)
    if affiliation is not None and affiliation.basis == "nationality" and state_actor:
        # "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Vera": the parser may hang
        # the second name on the first; the nationality written right before its own title is nearer.
        adjacent = _written_before(ent, index, gazetteer)
        if adjacent is not None and adjacent.country != affiliation.country:
            affiliation = adjacent
    if affiliation is not None and affiliation.basis == "nationality" and len(of_states) == 1:
        # "Jamaica's Prime Minister A and President B of Colombia": the parser may hang the first title's
        # possessive on B too; the state written right after B's name is B's own.
        of_state = next(iter(of_states))
        if of_state is not None and of_state != affiliation.country:
            affiliation = Affiliation(of_state, "nationality")
    international = title is not None and international_title(left, index.by_token, gazetteer.titles)
    if affiliation is None and international:
        affiliation = INTERNATIONAL
    if affiliation is None and state_actor:
        affiliation = (
            _written_before(ent, index, gazetteer)
            or _office_of(left, index, gazetteer)
            or _principal(phrase, anchors, index)
            or _body_named_before(phrase, anchors, index)
            or _body_in_capital(phrase, anchors, gazetteer)
            or _led_body(root, index)
            or _post_in_city([*left, *phrase], title, index)
        )
    if affiliation is None and title is not None and title.country:
        # "the Taoiseach, X": an office only one state has says whose its holder is.
        affiliation = Affiliation(title.country, "office")
    paired = set(title.pair_country) & _story_pair(index) if title is not None else set()
    if affiliation is None and len(paired) == 1:
        # "Secretary of State X" in a story on the United States and another state; "Chancellor X" in one
        # on Germany or on Austria (not on both).
        affiliation = Affiliation(paired.pop(), "office")
    if affiliation is None and title is not None and title.state_actor and _federal_title(ent):
        # "Federal Minister of the Interior X" in a story on Kenya and Germany: the one federation of the
        # story's pair (as for "Federal …" bodies); two federations, or none, say nothing.
        federal = index.federations & _story_pair(index)
        if len(federal) == 1:
            affiliation = Affiliation(federal.pop(), "office")
    if affiliation is None and title is not None and not title.state_actor:
        affiliation = _employer(phrase, gazetteer, index.place_state)
    if affiliation is None and title is not None:
        affiliation = _whose_body(ent, index, gazetteer) or its_body(phrase, gazetteer, index.by_token)
    if affiliation is None and title is None:
        # "X, a retired teacher from Rzeszow": a private person's town is their state's. "Its skipper, X" in
        # a story on a Chilean trawler: a fishing boat's master sails under its flag.
        affiliation = home_town(ent, gazetteer, index.place_state)
        affiliation = affiliation or fishing_master(ent, index.nationality_of)
    # "… signed for Peru and Industry Minister X for Chile": the party they signed for outranks what the
    # parser read into the coordination, and any later evidence.
    affiliation = signed_for(ent, index.by_token) or affiliation
    if title is not None and title.state_actor and _former(ent, phrase, gazetteer):
        # "the former vice-president, X": no longer in office, so no state's acts; an exile or an
        # opposition figure as often as not, whom the dateline or the paragraph's state does not claim.
        # What their own words say ("former US Deputy Secretary of State X") still counts.
        title = Title(title.phrase, title.role, title.sector, False)
    return title, affiliation


# Lower-case words a title and its portfolio may be joined by: "Federal Minister of the Interior".
TITLE_JOINS = {"of", "the", "for", "and", "&"}


def _federal_title(ent: Span) -> bool:
    """Whether the capitalised title written right before the name opens with "Federal" ("Federal
    Minister of the Interior X", "Federal Chancellor X"); another name before it ends the title."""
    doc = ent.doc
    i = ent.start - 1
    while i >= ent.sent.start and doc[i].ent_type_ != "PERSON":
        t = doc[i]
        if t.lower_ == "federal" and t.is_title:
            return True
        if not (t.is_title or t.lower_ in TITLE_JOINS):
            return False
        i -= 1
    return False


def _story_pair(index: ActorIndex) -> set[str]:
    """The two states the story names most (``bilat.nlp.mentions.country_pair``), from the mentions read
    before any person."""
    named = Counter(m.country for m in index.mentions if m.country and m.label in {"GPE", "NORP"})
    top = named.most_common(2)
    return {state for state, _ in top} if len(top) == 2 else set()


def _whose_body(ent: Span, index: ActorIndex, gazetteer: Gazetteer) -> Affiliation | None:
    """ "the Hauliers Association of Ruritania, whose chairman X said": the body "whose" refers back to,
    written right before it, is the one the title right after it belongs to."""
    i = ent.start - 1
    while i > ent.sent.start and (ent.doc[i].lower_ in gazetteer.titles or ent.doc[i].lower_ in DEPUTY_WORDS):
        i -= 1
    if i == ent.start - 1 or ent.doc[i].lower_ != "whose":
        return None
    before = i - 1 if i > 0 and ent.doc[i - 1].text == "," else i
    ref = index.by_token.get(before - 1) if before > 0 else None
    if ref is None or ref.kind != "organisation" or not ref.country:
        return None
    return Affiliation(ref.country, "institution", ref.sector)


def _title_over_place(place: Token, gazetteer: Gazetteer) -> Token | None:
    """ "ambassador in Santiago", "envoy to Chile": the title word a place's preposition hangs on."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in {"in", "to", "at"} or prep.head.i == prep.i:
        return None
    title = prep.head
    if title.lower_ in STATE_POSTS and title.dep_ == "pobj" and title.head.lower_ in {"at", "of"}:
        # "a counsellor at the Peruvian embassy in Quito, X": the post the embassy is named with.
        holder = title.head.head
        return holder if holder.pos_ == "NOUN" and holder.i != title.head.i else None
    return title if title_word(title, gazetteer) else None


def _office_of_state(state: Token, gazetteer: Gazetteer) -> Token | None:
    """ "Minister of Peru", "Minister of Foreign Relations of Peru": the title a state's "of" hangs on,
    through one portfolio at most."""
    node = state
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.i == node.head.i:
            return None
        node = node.head.head
        if title_word(node, gazetteer):
            return node
    return None


# Posts a name is set beside ("the firm's chief executive, Ana Vaka") that are not in the titles table: a
# title there would make the holder a commentator whom only a named employer places, where the words
# around the name place them now ("the Ruritania Trade Board chief executive X").
UNLISTED_POSTS = {"chief executive", "chief executive officer", "managing director"}


def title_word(node: Token, gazetteer: Gazetteer) -> bool:
    """ "minister", and the last word of a title of several words ("high commissioner", "consul
    general", "chief executive") with the words the parse hangs on it before it."""
    if node.lower_ in gazetteer.titles:
        return True
    start = node.i
    # "a deputy national security adviser": "national" hangs on "security", not on "adviser"; a modifier
    # of a word already taken is part of the title too.
    while (
        start > 0
        and start <= node.doc[start - 1].head.i <= node.i
        and node.doc[start - 1].dep_ in {"amod", "compound"}
    ):
        start -= 1
    phrases = {" ".join(t.lower_ for t in node.doc[k : node.i + 1]) for k in range(start, node.i)}
    return any(phrase in gazetteer.titles or phrase in UNLISTED_POSTS for phrase in phrases)


FORMER = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile"}


def _former(ent: Span, phrase: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether the title written with the name is qualified as a past one ("former President X", "the
    ex-minister, X", "X, a former ambassador"): "former" on a title word of the name's own phrase, with
    no other name between."""
    names = {t.i for e in doc_ents(ent.doc) if e.label_ == "PERSON" and e != ent for t in e}
    title_words = {w for title in gazetteer.titles for w in title.split()}
    # "The former vice-president, X", however the parser cut the hyphenated title: the unbroken run of
    # title words, articles and punctuation right before the name.
    i = ent.start - 1
    while i >= ent.sent.start:
        word = ent.doc[i].lower_
        if word in FORMER:
            return True
        if not (ent.doc[i].is_punct or word in title_words or word in {"the", "a", "an"}):
            break
        i -= 1
    for t in phrase:
        word = t.lower_
        if word not in FORMER and not (word.startswith("ex-") and word[3:] in title_words):
            continue
        between = range(t.i + 1, ent.start) if t.i < ent.start else range(ent.end, t.i)
        if any(i in names for i in between):
            continue
        if word.startswith("ex-") or t.head.lower_ in title_words or t.doc[t.i + 1].lower_ in title_words:
            return True
    return False


# Bodies a title is *of* that sit in their state's capital: "the spokesman of the ruling council in Bamako".
SEATED_BODIES = {"council", "government", "junta", "authorities", "ministry", "presidency", "administration"}


def _body_in_capital(phrase: list[Token], anchors: set[int], gazetteer: Gazetteer) -> Affiliation | None:
    """ "Colonel Garba, the spokesman of the ruling council in Bamako": a title of a state body that the
    words place in a capital speaks for that capital's state. Only a body the title is of: "the envoy in
    Lima" says where an envoy serves, not whose."""
    for place in phrase:
        iso3 = gazetteer.capitals.get(place.text)
        prep = place.head
        if iso3 is None or place.dep_ != "pobj" or prep.lower_ != "in":
            continue
        body = prep.head
        if body.lower_ not in SEATED_BODIES or body.dep_ != "pobj" or body.head.lower_ != "of":
            continue
        holder = body.head.head
        # "the spokesperson of the interim government in Bamako, Colonel X", which the parser may
        # hang on the capital: the title the body is of, in the name's own phrase, is theirs.
        if holder.i in anchors or holder.lower_ in gazetteer.titles:
            return Affiliation(iso3, "institution")
    return None


# Posts held abroad ("the envoy in Lima" serves in Lima for another state), and a bare "official", which
# news places wherever foreign officials are quoted ("a Western official in Kabul").
POSTED_ABROAD = {"Ambassador", "Envoy", "Special Envoy", "Consul", "Consul General", "Diplomat", "Official"}


def _post_in_city(words: list[Token], title: Title | None, index: ActorIndex) -> Affiliation | None:
    """ "a military spokesman in Kisumu, Colonel X", "a government spokesman in Port Sudan": a home
    official's post placed in a city of a state (its capital or another city ``place_state`` knows) is
    that state's. Never a diplomat's post: "the envoy in Lima" serves there for another state."""
    gazetteer = index.gazetteer
    # A deputy's office is the post's too: "the Deputy High Commissioner in New Delhi" serves there.
    if title is None or title.role.removeprefix("Deputy ") in POSTED_ABROAD or gazetteer is None:
        return None
    for place in words:
        prep = place.head
        if place.dep_ != "pobj" or prep.lower_ != "in" or not title_word(prep.head, gazetteer):
            continue
        name = " ".join(t.text for t in [*(c for c in place.lefts if c.dep_ == "compound"), place])
        iso3 = gazetteer.capitals.get(name)
        if iso3 is None and index.place_state is not None and place.pos_ == "PROPN":
            iso3 = index.place_state(name)
        if iso3 and not _other_nationality(prep.head, iso3, index):
            return Affiliation(iso3, "seat")
    return None


def _other_nationality(title: Token, iso3: str, index: ActorIndex) -> bool:
    """Whether a state other than ``iso3`` is written on the title ("Bangladesh's trade counsellor in New
    Delhi"), however the parser hung it: the nationality says whose they are, the city only where they
    serve."""
    start = title.left_edge.i
    for t in title.doc[start : title.i]:
        ref = index.by_token.get(t.i)
        if ref is not None and ref.kind == "state" and ref.country and ref.country != iso3:
            return True
    return False


def _led_body(root: Token, index: ActorIndex) -> Affiliation | None:
    """ "the Afghan delegation, led by Acting Foreign Minister X": who leads a body that a nationality
    marks is of its state."""
    if root.dep_ == "appos":
        root = root.head  # "was led by the Minister of Trade, X": the title set beside the name
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in {"agent", "prep"}:
        return None
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "conj" and verb.head.lemma_.lower() in LEAD_VERBS:
        # "… was led by Foreign Minister X, and the Nepali delegation by Foreign Secretary Y": the verb
        # left out of the second clause is the first's, and the body before "by" is the one led.
        country = index.nationality_of(verb)
        return Affiliation(country, "institution") if country else None
    if verb.lemma_.lower() not in LEAD_VERBS:
        return None
    if verb.dep_ in {"acl", "relcl"}:
        body = verb.head
        if body.ent_type_ == "GPE" and body.dep_ == "pobj" and body.head.lower_ in {"in", "at"}:
            # "received the Danish delegation in Rabat, led by X", parsed with "led" on the place: what
            # is led is the body placed there (the object of the verb, or the noun the place is on).
            holder = body.head.head
            placed = (
                holder
                if holder.pos_ == "NOUN"
                else next((c for c in holder.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            )
            if placed is None:
                return None
            body = placed
    else:
        # "The Bhutanese delegation was led by Foreign Minister X": the body is the passive's subject.
        body = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if body is None:
            return None
    country = index.nationality_of(body)
    return Affiliation(country, "institution") if country else None


def _is_state(ref: ActorRef | None) -> bool:
    return ref is not None and ref.kind == "state"


def _office_behind_honorific(
    ent: Span, left: list[Token], root: Token, title: Title | None, gazetteer: Gazetteer
) -> Title | None:
    """ "The Cabinet Secretary for Foreign Affairs, Ambassador Ana Soto", "Ambassador Ana Soto, the
    Official Spokesperson of the Ministry": a former envoy keeps "Ambassador" as an honorific; the office
    in apposition is the one they hold."""
    if not left or left[-1].lower_ not in HONORIFICS or title is None or title.phrase not in HONORIFICS:
        return title
    before = [w.lower_ for w in root.head.subtree if w.i < left[-1].i] if root.dep_ == "appos" else []
    after = [w.lower_ for t in root.children if t.dep_ == "appos" and t.i > root.i for w in t.subtree]
    return longest_title(before, gazetteer) or longest_title(after, gazetteer) or title


def _principal(phrase: list[Token], anchors: set[int], index: ActorIndex) -> Affiliation | None:
    """ "the premier's chief of staff Ana Rivas", "Putin's spokesman": an official's aide serves the
    state their principal acts for."""
    for t in phrase:
        if t.dep_ not in {"poss", "nmod"} or t.head.i not in anchors or t.pos_ != "PROPN":
            continue
        # The model may not tag the principal's surname as a person here: the one named before.
        principal = index.person_at.get(t.i) or find_person(index.people, t.text)
        if principal is None:
            continue
        if principal.country and principal.title is not None and principal.title.state_actor:
            return Affiliation(principal.country, "principal")
    return None


def _body_named_before(phrase: list[Token], anchors: set[int], index: ActorIndex) -> Affiliation | None:
    """ "a spokesperson for the trade representative, X" after "the Office of the Ruritanian Trade
    Representative said": the short name a title is *for* or *of* takes back the body named before in
    full, when one state's body only ends with those words."""
    for t in phrase:
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ not in {"for", "of"}:
            continue
        if prep.head.i not in anchors and t.i not in anchors:
            continue  # the parser may set the name beside the body word itself
        if t.i in index.by_token or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        words = " ".join(w.lower_ for w in [*(c for c in t.lefts if c.dep_ == "compound"), t])
        if " " not in words:
            continue  # "the ministry" alone: the ministry rules' business
        states = {
            ref.country
            for i, ref in index.by_token.items()
            if i < t.i and ref.kind == "organisation" and ref.country and ref.name.lower().endswith(words)
        }
        if len(states) == 1:
            return Affiliation(states.pop(), "institution")
    return None


def _office_of(left: list[Token], index: ActorIndex, gazetteer: Gazetteer) -> Affiliation | None:
    """ "Member of the Storting, chair of the trade caucus … Ola Berntsen", "a special envoy from Peru,
    Luis Quispe": an institution, or a nationality on what the title is *of* (or sent *from*), in the
    title phrase the parser broke up. The one written nearest the name wins."""
    for t in reversed(left):
        ref = index.by_token.get(t.i)
        if ref is None or not ref.country or ref.kind not in {"state", "organisation"}:
            continue
        owner = t if t.dep_ == "pobj" else t.head
        if t is not owner and (t.dep_ not in {"amod", "poss"} or ref.kind != "state" or owner.dep_ != "pobj"):
            continue
        preposition = owner.head
        if preposition.lower_ in {"of", "from"} and preposition.head.lower_ in gazetteer.titles:
            if ref.kind == "organisation":
                return Affiliation(ref.country, "institution", ref.sector)
            # "the Ambassador of Peru", "the Ambassador of the Republic of Peru".
            return Affiliation(ref.country, "nationality")
    return None


# Words that make a name after "of" the institution's own state: "the University of X", "the Bank of X".
OWNED_BY_STATE = {"university", "bank", "academy", "institute", "college", "council", "chamber", "school"}


# Common nouns for a news outlet, which a capital written before them places: "a Moscow newspaper".
OUTLET_NOUNS = {
    "channel",
    "television",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "radio",
    "station",
    "broadcaster",
    "magazine",
    "website",
    "portal",
}


def _employer(
    phrase: list[Token], gazetteer: Gazetteer, place_state: Callable[[str], str | None] | None = None
) -> Affiliation | None:
    """A commentator's employer, named in their title phrase: "a researcher at the Madrid Institute",
    "a professor at Mohammed V University in Rabat", "director of the Syrian Center", "a lecturer at the
    University of Ghana", "an analyst at a research centre in Kumasi". A capital, a city or a nationality
    in its name, the state a university or bank is "of", or the place it is in, is the employer's
    country; a country's name elsewhere is not ("an Iran studies centre" studies Iran)."""

    def city(word: str) -> str | None:
        return gazetteer.capitals.get(word) or (place_state(word) if place_state is not None else None)

    for t in phrase:
        # "the Madrid Institute", which the model may not tag as a whole; "a Tirana television channel".
        named = t.head.pos_ == "PROPN" or t.head.lower_ in OUTLET_NOUNS
        if t.dep_ == "compound" and named and t.text in gazetteer.capitals:
            return Affiliation(gazetteer.capitals[t.text], "institution")
    ids = {t.i for t in phrase}
    doc = phrase[0].doc if phrase else None
    for ent in doc_ents(doc) if doc is not None else []:
        if ent.label_ != "ORG" or ent.start not in ids:
            continue
        words = [t.text for t in ent]
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "in":
            words.append(doc[ent.end + 1].text)
        for word in words:
            iso3 = gazetteer.capitals.get(word) or gazetteer.demonyms.get(word)
            if iso3:
                return Affiliation(iso3, "institution")
        lower = [t.lower_ for t in ent]
        for n, word in enumerate(lower[:-1]):
            # "the University of Ghana", "the University of Kumasi": the state it belongs to or the city
            # it is in, named after "of".
            if word in OWNED_BY_STATE and lower[n + 1] == "of":
                rest = " ".join(t.text for t in ent[n + 2 :]).removeprefix("the ")
                iso3 = gazetteer.names.get(rest) or city(rest)
                if iso3:
                    return Affiliation(iso3, "institution")
        if len(words) > len(ent) and (iso3 := city(words[-1])):
            return Affiliation(iso3, "institution")  # "Mohammed V University in Kenitra"
        return None
    for t in phrase:
        # "an analyst at a private research centre in Kumasi": where the unnamed employer is.
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.dep_ == "pobj" and t.head.head.i in ids:
            name = " ".join(w.text for w in [*(c for c in t.lefts if c.dep_ == "compound"), t])
            if t.pos_ == "PROPN" and (iso3 := city(name)):
                return Affiliation(iso3, "institution")
    return None


def _written_before(ent: Span, index: ActorIndex, gazetteer: Gazetteer) -> Affiliation | None:
    """ "Peru's Minister of Energy, Mines and Water Lee Min-jun", which the parser may not attach: a
    nationality written right before an unbroken run of title and portfolio words that ends at the name."""
    title_words = {w for phrase in gazetteer.titles for w in phrase.split()}
    heads = {phrase.split()[-1] for phrase in gazetteer.titles}
    i, seen_title = ent.start - 1, False
    while i >= ent.sent.start:
        t = ent.doc[i]
        before = ent.doc[i - 1] if i > ent.sent.start else None
        ends_title = before is not None and (before.lower_ in heads or before.lower_ in index.portfolios)
        if t.text == "," and before is not None and before.is_lower and not ends_title:
            # "… with Slovakia's cabinet, Prime Minister X said": a common noun before the comma that ends
            # no title or portfolio ("cabinet", of "cabinet secretary") closes another phrase, not X's title.
            return None
        ref = index.by_token.get(t.i)
        if ref is not None:
            nationality = t.ent_type_ == "NORP" or (
                i + 1 < len(t.doc) and t.doc[i + 1].lower_ in {"'s", "’s"}
            )
            if seen_title and nationality and ref.kind == "state" and ref.country:
                return Affiliation(ref.country, "nationality")
            return None
        if t.lower_ in title_words:
            seen_title = True
        elif not (
            t.lower_ in {"of", "for", "and", "&", ",", "the", "'s", "’s"}
            or (t.pos_ == "PROPN" and t.ent_type_ != "PERSON")
        ):
            return None
        i -= 1
    return None
