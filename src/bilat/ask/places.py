"""Where a sentence says its act happened: the object of a locative preposition in the act's own
clause ("at the presidential palace in Port Verde", "outside the village of Dorn", "at the Kessel
crossing"), never a dateline, a capital standing for its government or a place in a relative clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bilat.ask.question import Question, stem
from bilat.ask.typed import PLACE_LABELS, TITLE_WORDS, _named, doers

# Prepositions that say where something is or happens; "from" says where it started, "by" who did it.
LOCATIVE = {"in", "at", "near", "outside", "inside", "to", "into", "on", "off", "across", "around", "along"}
# Prepositions that say where only when the question asks with them: "from" where something started,
# "over" what was flown or passed over ("over the sea"; "a row over Gaza" places nothing). A question
# that asks with one is answered only by a place the sentence gives with it.
# "for" where something was bound ("heading for X"; "a grant for the port" binds nothing asked with it).
ONLY_ASKED = {"from", "over", "for"}
ASKED_PREPOSITIONS = LOCATIVE | ONLY_ASKED | {"through", "via"}
# Edges that lead from a place to the act without leaving the act's clause.
PHRASE_EDGES = {"pobj", "prep", "compound", "appos", "amod", "nmod", "npadvmod", "poss", "conj", "cc"}
PHRASE_EDGES |= {"dobj", "iobj", "dative", "nsubj", "nsubjpass", "attr", "oprd", "pcomp"}
# Verbs that report an act told in the clause they take: where they were said is not where it happened.
REPORTING = frozenset({"say", "tell", "announce", "report", "claim", "state", "add"})
# How many prepositions may stand between the act and a place: "received at the palace in Port Verde"
# (two); "on his trip since the outbreak of fighting in Khartoum" (four) places something else.
MAX_PLACE_DEPTH = 3
# Entities that say when: a place answer is never one of them ("on Thursday morning").
TIME_LABELS = {"DATE", "TIME"}
# Kinds of place smaller than a province: a province, state or region never answers "which city".
SMALLER_PLACES = frozenset(
    stem(w)
    for w in ("city", "town", "village", "port", "harbour", "crossing", "island", "checkpoint", "post")
)
KIND_DEPTH = 3  # further still for a place of the kind the question names ("which village")
# Kinds of place a text names by a name of their own, often beside the town they lie near: "its
# border crossing near Kessel" names the town, not the crossing, so such a kind is answered only by
# a place the text calls one ("the Dorn crossing", "the crossing of Dorn", "the crossing at Dorn").
NAMED_KINDS = frozenset(stem(w) for w in ("crossing", "checkpoint", "post", "point", "gate", "bridge"))
# Prepositions that give the name of the place noun they hang on; any other ("near", "outside")
# locates it beside another place.
NAMING_PREPOSITIONS = {"of", "at"}


def place(sentence: Doc, question: Question, act: Token | None, countries: frozenset[str]) -> str | None:
    """The place named in the sentence that the question does not already name, where its act happens:
    the object of a locative preposition ("at the presidential palace in Port Verde", "outside the
    village of Dorn", "at the Kessel crossing") in the act's own clause, nearest the act. A place named
    otherwise is not where the act happened: a dateline ("WARSAW —"), a capital standing for its
    government ("demanding that Quito halt"), or a place in a relative clause ("the palace, where they
    discussed the war in Gaza"). A country only where the act goes or happens ("travel to Canada"), and
    never one the question asks about."""
    if act is None:
        return None
    holder = act
    # A thing the question names standing in for its act ("Under the Memorandum, … will set up a
    # centre at …") is placed only by its own phrase: the verb it hangs on is another act.
    named_act = {stem(v) for v in (question.act, question.verb) if v} | set(question.act_nouns)
    stand_in = act.pos_ in {"NOUN", "PROPN"} and not {stem(act.text), stem(act.lemma_)} & named_act
    if act.pos_ == "NOUN" and not stand_in:
        # A noun act ("a visit to Quetta for a security meeting") is placed by the phrase it hangs on.
        holder = act.head
        while holder.pos_ == "ADP" and holder.head.i != holder.i:
            holder = holder.head
    asked_noun = _asked_place_noun(question)
    asked_prep = asked_preposition(question)
    found: list[tuple[tuple[float, ...], str]] = []
    for token in sentence:
        if stand_in and token.i not in {t.i for t in act.subtree}:
            continue
        prep = _locative(token, asked_prep)
        asked_here = asked_noun is not None and token.pos_ == "NOUN" and stem(token.text) == asked_noun
        if prep is None and not asked_here:
            continue
        if asked_prep in ONLY_ASKED and (prep is None or prep.lower_ != asked_prep):
            # "Which province were the fishermen from?" is not answered by where they were seized
            # ("off the coast of X"): where something came from, or passed over, is told so.
            continue
        named = _place_name(token, countries, question)
        if named is None:
            continue
        words, at = named
        start = prep if prep is not None else token
        if _other_party_phrase(start, holder, question) or _gapped_other(start, question):
            continue  # "Belgian officers work at X and Dutch officers at Y": Y is where the Dutch do
        # "Which port …" answered by "the port of Kessel would be opened": the place noun asked for
        # names the place wherever it stands.
        depth = _depth(at, prep, holder) if prep is not None else _depth(at, token, holder)
        # The question's own preposition and noun ("Near which village") say which place is meant; a
        # place of the kind asked for ("outside the village of Dorn") may lie deeper in the sentence.
        kind = asked_noun is not None and asked_noun in {stem(w) for w in [*words.split(), token.text]}
        if asked_noun in NAMED_KINDS and not kind and not _names_kind(prep, asked_noun):
            continue  # "which crossing" told "its crossing near Kessel": Kessel is a town
        if depth is None or depth > MAX_PLACE_DEPTH + (KIND_DEPTH if kind else 0):
            continue
        fits = kind + (prep is not None and prep.lower_ == asked_prep)
        found.append(((-fits, depth, abs(at.i - act.i)), words))
    return min(found)[1] if found else None


def _names_kind(prep: Token | None, asked_noun: str) -> bool:
    """The place is the name of a place of the asked kind: the object of "at" or "of" hanging on the
    kind's noun ("the crossing at Dorn")."""
    return (
        prep is not None
        and prep.lower_ in NAMING_PREPOSITIONS
        and prep.head.pos_ == "NOUN"
        and stem(prep.head.text) == asked_noun
    )


def _locative(token: Token, asked_prep: str = "") -> Token | None:
    """The locative preposition whose object ``token`` is, or names part of: the parser sometimes hangs
    a place on the next noun ("a warehouse in Ilo and lower port fees"). ``asked_prep``: the question's
    own preposition ("From which base …"), which says where as well."""
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return None  # a word of a longer name ("Al" of "Al-Salam Palace"): the name is the place
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and ent.root.i != token.i:
        return None
    node = token
    # Not through "compound": "the Almaty region" is the region's name, which the noun gives whole.
    while node.dep_ in {"nmod", "conj"} and node.head.i != node.i and node.ent_type_:
        node = node.head
    if node.dep_ == "pobj" and (
        node.head.lower_ in LOCATIVE or (node.head.lower_ == asked_prep and asked_prep in ONLY_ASKED)
    ):
        if node.head.lower_ == "to" and node.head.head.lower_ in {"according", "owing", "due"}:
            return None  # "according to Vietnam's fisheries directorate": a source, not a place
        return node.head
    return None


def asked_preposition(question: Question) -> str:
    """The preposition the question asks the place with: its first word ("Off which state …") or, for a
    "which" place, its last ("Which province were they from?"); "" when none."""
    words = re.findall(r"[a-z]+", question.text.lower())
    if words and words[0] in ASKED_PREPOSITIONS:
        return words[0]
    which_place = question.form is not None and question.form.name == "which_place"
    return words[-1] if which_place and words and words[-1] in ASKED_PREPOSITIONS else ""


def _asked_place_noun(question: Question) -> str | None:
    """ "Near which village …" → the stem of "village": the kind of place asked for."""
    if question.form is None or question.form.name != "which_place" or question.match is None:
        return None
    # The form's match ends with the kind ("In which Andean province"): a word before it says whose.
    words = re.findall(r"[a-z]+", question.match.group(0).lower())
    return stem(words[-1]) if words else None


def _place_name(token: Token, countries: frozenset[str], question: Question) -> tuple[str, Token] | None:
    """The place a locative preposition's object names, as the answer words and the token they hang on:
    a place entity, a proper name the model does not know ("in Agalega"), a proper name given to a
    place noun ("the Kessel crossing", "the Almaty region", "the village of Dorn")."""
    sentence = token.doc
    ent = next((e for e in sentence.ents if e.start <= token.i < e.end), None)
    if token.ent_type_ in TIME_LABELS:
        return None  # "on Thursday morning" says when, not where
    # "at the Kessel crossing", its noun tagged a verb's -ing form: the object of a preposition is a noun.
    if token.pos_ == "NOUN" or (token.pos_ == "VERB" and token.dep_ == "pobj" and token.tag_ == "VBG"):
        # "Sattahip naval base": the model may tag the name a noun, yet a place entity.
        # "the Adre border crossing": the name may modify a noun that modifies the place noun.
        lefts = [*token.lefts]
        lefts += [g for c in lefts if c.dep_ == "compound" and c.pos_ == "NOUN" for g in c.lefts]
        names = [
            c
            for c in lefts
            if (c.dep_ == "compound" and c.pos_ == "PROPN")
            or (c.dep_ in {"compound", "nmod"} and c.ent_type_ in PLACE_LABELS)
            # "At which crossing …" told "at the Oesilo crossing", its name tagged an adjective: a
            # capitalised word before the very noun asked for names it.
            or (
                c.dep_ in {"amod", "compound", "nmod"}
                and c.text[:1].isupper()
                and c.i > 0
                and stem(token.text) == _asked_place_noun(question)
            )
        ]
        if any(c.ent_type_ in TIME_LABELS for c in names):
            return None
        if names and all(c.text in countries for c in names):
            return None  # "a Ugandan fishing camp": whose the place is, not its name
        if names:
            first = min(t.i for c in names for t in c.subtree)
            words = sentence[first : token.i + 1].text
            return (words, token) if not _named(words, question) and words not in countries else None
        of = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        # "the port of Rotterdam", its name taken for a person's: a place noun's "of" names a place.
        place_noun = stem(token.text) in SMALLER_PLACES or stem(token.text) == _asked_place_noun(question)
        if of and of[0].pos_ == "PROPN" and (of[0].ent_type_ != "PERSON" or place_noun):
            # "the village of Dorn"; "at the invitation of President X" names a person, not a place.
            return _place_name(of[0], countries, question)
        return None
    if token.pos_ != "PROPN":
        return None
    if ent is not None and ent.label_ in PLACE_LABELS:
        words = ent.text.removeprefix("the ")
        going = token.head.lower_ in {"to", "in", "at"}
        if words in countries and (not going or ent.ent_id_ in question.countries):
            return None
        return (words, token) if not _named(words, question) else None
    if ent is not None and ent.label_ not in {"PERSON", "ORG"}:
        return None
    # The model takes some place names for people ("at Villa Monteiro"); only where "in", "at" or "near"
    # say so is such a name a place.
    person_ok = token.head.lower_ in {"in", "at", "near"}
    if token.text in countries or (ent is not None and ent.label_ == "PERSON" and not person_ok):
        return None
    # The proper name's words, up to a title or a person the parser ran into it ("in Port Verde
    # Lieutenant General Tomas Rivas").
    run = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    words_run = []
    for word in run:
        if (
            word.lower_ in TITLE_WORDS
            or word.lower_ in {"lieutenant", "general", "colonel", "major"}
            # A person's name starts there; a place the model took for a person ("in Victoria
            # Falls") runs on inside its one entity.
            or (word.ent_type_ == "PERSON" and word.ent_iob_ == "B" and words_run)
        ):
            break
        words_run.append(word)
    if not words_run:
        return None
    end = words_run[-1].i + 1
    if ent is not None and ent.label_ == "ORG" and words_run[-1].i == token.i:
        # "the International Court of Justice": the body's name runs on past "of" to its end.
        tail = sentence[end : ent.end]
        if len(tail) and tail[0].lower_ == "of" and all(t.pos_ == "PROPN" or t.lower_ == "of" for t in tail):
            end = ent.end
    words = sentence[_hyphenated_start(words_run[0]) : end].text
    return (words, token) if not _named(words, question) else None


HYPHENS = {"-", "\u2010", "\u2011"}


def _hyphenated_start(first: Token) -> int:
    """Where a proper name begins that a hyphen joins to the words before ("Drobeta-Turnu Severin",
    "Baden-Baden"): the parser may hang its first part on the second, out of the name's run."""
    doc, start = first.doc, first.i
    while (
        start >= 2
        and doc[start - 1].text in HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].text[:1].isupper()
    ):
        start -= 2
    return start


def _other_party_phrase(start: Token, holder: Token, question: Question) -> bool:
    """The place hangs on a noun of another state's people or bodies on its way up to the act ("the port
    of X and Dutch officers at Y" for a question about Belgian officers): a state the question names
    none of."""
    if not question.countries:
        return False
    ancestors = {holder.i, *(t.i for t in holder.ancestors)}
    node = start
    for _ in range(12):
        if node.i in ancestors or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and any(
            c.dep_ in {"amod", "compound", "poss"}
            and c.ent_type_ in {"NORP", "GPE"}
            and c.ent_id_ not in {"", "-", *question.countries}
            for c in node.lefts
        ):
            return True
    return False


def _gapped_other(prep: Token, question: Question) -> bool:
    """ "… at the port of X and Czech guards at Y": a clause with its verb left out, whose place follows
    another state's people ("and" or "while", the people's word, their noun, then the preposition).
    The parser hangs such a place anywhere; the words in a row say whose it is."""
    if not question.countries or prep.i < 3:
        return False
    before = prep.doc[max(0, prep.i - 4) : prep.i]
    joined = [t for t in before if t.lower_ in {"and", "while", "whereas"}]
    if not joined or any(t.pos_ in {"VERB", "AUX"} for t in before if t.i > joined[-1].i):
        return False
    return any(
        t.i > joined[-1].i
        and t.ent_type_ in {"NORP", "GPE"}
        and t.ent_id_ not in {"", "-", *question.countries}
        for t in before
    )


def _depth(place: Token, prep: Token, holder: Token) -> int | None:
    """The prepositions between the act (``holder``) and a place, plus two for every clause crossed;
    None when the place is in a relative clause the act is not in, or not in the act's sentence part."""
    ancestors = {t.i: n for n, t in enumerate([holder, *holder.ancestors])}
    depth, node = 0, prep
    while node.i not in ancestors:
        if node.dep_ == "prep":
            depth += 1
        elif node.dep_ == "relcl":
            return None
        elif node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and node.head.pos_ in {"VERB", "AUX"}:
            # "returned the Cubans …, and officials met in Washington": another act. A "verb" joined to
            # a noun is a noun the parser mistagged ("carrying parts and drones off X").
            depth += 2
        elif node.dep_ == "acl" and node.tag_ == "VBN":
            depth += 1  # "returned 56 Cubans intercepted at sea to the port": often the act's own phrase
        elif node.dep_ not in PHRASE_EDGES:
            depth += 2  # a clause of its own ("when troops shelled positions outside …")
        if node.head.i == node.i:
            return None
        node = node.head
    # Up from the act to where the place's phrase hangs: a verb joined to the act ("arrived in Baku and
    # met", "fell near Rutba, wounding") happens where it does; a clause that governs the act less so.
    climb, step = 0, holder
    while step.i != node.i:
        if step.dep_ == "ccomp" and step.head.lemma_ in REPORTING:
            # "told a news conference in Lenna that soldiers had set up a post near Dorn": Lenna is
            # where the telling happened.
            return None
        joined = step.dep_ in {"conj", "xcomp"} or (step.dep_ == "advcl" and step.tag_ == "VBG")
        climb += 1 if joined or step.dep_ in PHRASE_EDGES else 2
        step = step.head
    return depth + climb


def asked_kind(question: Question) -> str | None:
    """The stem of the kind of thing or place a "which" question asks for ("At which checkpoint …" →
    checkp, "Which patrol ship did …" → ship)."""
    if question.form is None or question.match is None:
        return None
    if question.form.name == "which_place":
        return _asked_place_noun(question)
    if question.form.name == "which_subject":
        return question.asked_noun
    noun = question.match.groupdict().get("noun") if question.form.name == "which_thing" else None
    return stem(noun.split()[-1]) if noun else None


def kind_name(
    sentence: Doc,
    question: Question,
    act: Token | None,
    countries: frozenset[str],
    kinds: dict[str, frozenset[str]] | None = None,
    own: frozenset[str] = frozenset(),
) -> str | None:
    """The proper name the sentence gives a thing of the kind asked for: "the Coral Point marine terminal",
    "the province of Kestrel Vale", "the outpost at Tarso Hill", "the patrol ship Aurora", or, by a
    general word for the kind (``kinds``), "the vessel, the Aurora". Only in the act's reach when the
    sentence tells the act by a verb; None when no name, or several. ``own``: the names of the state the
    question asks the thing of ("Chad" for "Which Chadian ministry")."""
    kind = asked_kind(question)
    if kind is None:
        return None
    words = {kind, *(kinds or {}).get(kind, ())}
    # "Which Russian aircraft entered …" told "two Russian Su-24 bombers entered …": a particular kind
    # of the general thing asked for, named by its own noun.
    words |= {word for word, general in (kinds or {}).items() if kind in general}
    # "Which fighter jets …" told "two J-10 fighters": a word of the asked phrase that names a kind of
    # thing itself (one the kinds list as particular) names the thing as well.
    words |= {w for w in question.asked_words if w in (kinds or {}) and w != kind}
    reach: set[int] | None = None
    if act is not None and act.pos_ == "VERB" and act.lemma_ not in {"be", "have"}:
        top = act.head if act.dep_ in {"conj", "xcomp"} else act
        reach = {t.i for t in top.subtree}
        if act.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in act.children):
            # "by three patrol boats, which shadowed it": the noun the relative clause hangs on did the act.
            reach.add(act.head.i)
    # "Which patrol boat ordered …" told "the crew of HMS Vigilant ordered …": a vessel's crew doing the
    # act names the vessel after "of".
    vessel = stem("vessel")
    crewed = kind == vessel or vessel in (kinds or {}).get(kind, ())
    doing = act.head if act is not None and act.dep_ in {"conj", "xcomp"} else act
    # The asked phrase gives the thing's state ("Which Russian aircraft"), not so "Which city", which a
    # people's word may place ("the Peruvian city of Tumbes").
    owned = bool(question.asked_words & {stem(w) for w in countries})
    found = []
    for token in sentence:
        by_crew = (
            crewed
            and doing is not None
            and token.head.i == doing.i
            and token.dep_ == "nsubj"
            and stem(token.text) == stem("crew")
        )
        other_state = any(
            c.text in countries and c.text not in question.text and c.text not in own for c in token.lefts
        )
        if (
            token.is_lower
            and stem(token.text) in PORTFOLIO_BODIES
            and stem(token.text) in words
            and not other_state
        ):
            # "Iraq's transport ministry said … and demanded": a body named by its portfolio, when it
            # is the one that does the act (which _portfolio checks: the act's reach may leave it out).
            portfolio = _portfolio(token, act, countries)
            if portfolio:
                found.append(portfolio)
                continue
        # "announced by its Ministry of Agricultural Development": the kind word heads a body's own name.
        body = _body_named(token) if token.pos_ == "PROPN" and stem(token.text) in words else None
        if (
            (token.pos_ != "NOUN" and body is None)
            or (stem(token.text) not in words and not by_crew)
            or (reach is not None and token.i not in reach)
        ):
            continue
        if owned and any(
            c.dep_ in {"amod", "compound", "poss"}
            and c.text in countries
            and c.text not in question.text
            and c.text not in own
            for c in token.lefts
        ):
            continue  # "Which Russian aircraft …": "two Swedish fighters" are another state's
        # "an island of the Socotra archipelago, Abd al-Kuri": a name the question gives is where the
        # thing lies, not its own name; another the noun is given may be.
        names = [body] if body is not None else _kind_token_names(token)
        # "the port of X and Czech guards at Y": Y, parsed as the port's, is where the other state's are.
        names = [n for n in names if not (n.start > 0 and _gapped_other(n.doc[n.start - 1], question))]
        named = next((n for n in names if not _named_besides(n.text, question, kind)), None)
        if named is None or named.label_ in TIME_LABELS:
            continue
        text = re.sub(r"^(?i:the)\s+", "", named.text)  # the entity may take in "the"
        if DESIGNATION.search(text):
            # "two Belarusian Yak-130 bombers", the model's entity taking in the people's word: whose
            # the thing is comes before the designation that names it.
            rest = text.split()
            while rest and rest[0] in countries:
                rest = rest[1:]
            text = " ".join(rest)
        if not text[:1].isupper() and not text[:1].isdigit():
            continue  # "two navy frigates", "navy" taken for a proper noun: a name is written capitalised
        if any(w in countries for w in (text, *text.split())):
            continue  # "the Chilean outpost": whose it is, not its name
        if text.split()[0].split("-")[0] in countries or text.split()[-1].islower():
            continue  # "a Faroese-registered ferry": its flag and its kind, no name
        found.append(text)
    return found[0] if len(set(found)) == 1 else None


def _named_besides(text: str, question: Question, kind: str) -> bool:
    """The question names the text, leaving out the asked phrase itself ("Chadian ministry", which
    the model may take for a name): "Ministry of X" is then no name the question already gives."""
    lowered = text.lower()
    others = [n for n in question.names if n.split() and stem(n.split()[-1].lower()) != kind]
    return any(n.split()[-1].lower() in lowered for n in others) or lowered in question.text.lower()


# Bodies a state names by their portfolio ("the transport ministry", "its interior ministry").
PORTFOLIO_BODIES = frozenset(stem(w) for w in ("ministry", "department"))


def _portfolio(body: Token, act: Token | None, countries: frozenset[str]) -> str | None:
    """ "Iraq's transport ministry" → "transport ministry": the body's lower-case portfolio words and
    its noun, when it is the subject of the act (or of the verb the act is joined to)."""
    if act is None or act.pos_ != "VERB" or body.dep_ != "nsubj":
        return None
    # "X's ministry said the ship had been … and demanded": the parser may join the act to the reported
    # clause's verb; the body is then the subject up the chain of joined and reported verbs.
    verb = act
    while verb.i != body.head.i and verb.dep_ in {"conj", "ccomp"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.i != body.head.i:
        return None
    words = [
        c
        for c in body.lefts
        if c.dep_ in {"compound", "amod"} and c.is_lower and c.text not in countries and c.pos_ != "VERB"
    ]
    return " ".join(t.text for t in [*words, body]) if words else None


def _body_named(word: Token) -> Span | None:
    """The organisation's name a kind word opens ("Ministry" of "the Ministry of Agricultural
    Development"), when it is the model's organisation entity."""
    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    if ent is None or ent.label_ != "ORG":
        return None
    start = ent.start + (ent[0].lower_ == "the")
    return ent if start == word.i and len(ent) > start - ent.start + 1 else None


def _kind_token_names(noun: Token) -> list[Span]:
    """The name given to a noun of a kind: its proper-noun compounds ("the Stara Brda
    checkpoint"), the proper name "of" or "at" hangs on it ("the port of Novi Brod"), or one in
    apposition ("the patrol ship Aurora"); every one the sentence gives, in that order."""
    sentence = noun.doc
    # "two J-10 fighters", "MiG-29 jets": a model's designation (letters, a hyphen, a number), which
    # the parser may take for an adjective or a number, names the kind too.
    compounds = [
        c
        for c in noun.lefts
        if (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (
            c.dep_ in {"compound", "amod", "nummod"}
            and (c.ent_type_ == "PRODUCT" or DESIGNATION.fullmatch(c.text) is not None)
        )
    ]
    if compounds:
        first = min(t.i for c in compounds for t in c.subtree)
        last = max(c.i for c in compounds)
        # "from Ha Tinh province", parsed with "Ha" apart: the name is the whole entity it begins.
        ent = next((e for e in sentence.ents if e.start < first < e.end <= last + 1), None)
        return [sentence[ent.start if ent is not None else first : last + 1]]
    found: list[Span] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "at"}:
            objects = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if objects:
                found.append(_name_of(objects[0]))
        if child.dep_ == "prep" and child.lower_ == "in" and noun.lower_ in SEATED:
            # "the embassy in Canberra": a mission is named by the city it sits in.
            objects = [o for o in child.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
            if objects:
                found.append(_name_of(objects[0]))
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > noun.i:
            found.append(_name_of(child))
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        # "on Monte Verde, a ridge that faces the lake": the name the noun is set beside.
        found.append(_name_of(noun.head))
    return found


def _name_of(name: Token):
    """The whole proper name a token heads: its entity, or it and its proper-noun compounds."""
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if ent is not None and ent.root.i == name.i:
        return ent
    first = min(
        [name.i, *(t.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree)]
    )
    return name.doc[first : name.i + 1]


RELATIVE = {"which", "that", "who"}
# Bodies named by the city they sit in ("the embassy in Canberra", "the consulate in Jeddah").
SEATED = frozenset({"embassy", "consulate", "mission", "office", "legation", "delegation"})
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2}")


def doing_country(sentence: Doc, question: Question, act: Token | None) -> str | None:
    """ "Which country agreed to …?" told "through Brazil, which agreed to …": the country that does
    the act, which the question does not name; through a relative pronoun to the name it stands for."""
    if act is None or act.pos_ != "VERB":
        return None
    found = []
    for doer in doers(act):
        if doer.lower_ in RELATIVE and doer.head.dep_ == "relcl":
            doer = doer.head.head
        for token in [doer, *doer.conjuncts]:
            if (
                token.ent_type_ == "GPE"
                and token.ent_id_ not in {"", "-"}
                and token.ent_id_ not in question.countries
            ):
                found.append(_name_of(token).text)
    return found[0] if len(set(found)) == 1 else None


def located(sentence: Doc, question: Question, countries: frozenset[str]) -> str | None:
    """ "Where is the committee's headquarters?" told "… the committee, whose headquarters is in
    Kidal", "Where is Egypt's factory …" told "an Egyptian military factory in Shubra", "Where was the
    session held?" told "met in Dodoma for the session": the one
    place the sentence sets the asked thing in, by a locative phrase on the noun or on the "is" it is
    the subject of. None when it names none or several."""
    if question.located is None:
        return None
    found = set()
    for noun in sentence:
        if noun.pos_ != "NOUN" or stem(noun.text) != question.located:
            continue
        holders = [noun]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            holders.append(noun.head)
        done_for = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "near"}:
                    continue
                for obj in prep.children:
                    named = _place_name(obj, countries, question) if obj.dep_ == "pobj" else None
                    if named is not None:
                        found.add(named[0])
        if done_for is not None and done_for.pos_ == "VERB":
            # "received her counterpart in Dodoma for the fourth session": the act done for the
            # occasion is done where it takes place.
            for obj in _act_places(done_for, noun):
                named = _place_name(obj, countries, question)
                if named is not None:
                    found.add(named[0])
    return found.pop() if len(found) == 1 else None


def _act_places(verb: Token, occasion: Token) -> list[Token]:
    """Objects of "in"/"at" in the verb's own clause: on the verb, or on its objects and their
    appositions (the parser often hangs "in Dodoma" on the last name before it), never inside another
    clause or the occasion's own phrase."""
    inside = {t.i for t in occasion.subtree}
    found = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"} or prep.i in inside:
            continue
        node = prep.head
        while node.i != verb.i and node.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"dobj", "appos", "conj"}:
            node = node.head
        if node.i == verb.i:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found
