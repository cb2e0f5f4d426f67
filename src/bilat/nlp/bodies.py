"""Named bodies of a state: "the Chile Defence Force", "the Permanent Mission of Peru to the United
Nations", "the Government of the Republic of Ghana".

A state's own body (a mission, an embassy, an army, a government) named with its state is an organisation
of that state that speaks and acts for it. The statistical model often splits such a name ("Chile" a
place, "Defence Force" a person) or tags it whole as an organisation it knows nothing of; the body's head
word and the state written in its name say what it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_ents, with_lower

# Head words of a state's bodies that are not ministries (those are found by their own rule), with
# their sector.
BODY_SECTORS = {
    "government": "GOV",
    "mission": "GOV",
    "embassy": "GOV",
    "consulate": "GOV",
    "delegation": "GOV",
    "presidency": "GOV",
    "army": "MIL",
    "force": "MIL",
    "forces": "MIL",
    "navy": "MIL",
    "guard": "MIL",
    "command": "MIL",
    "police": "COP",
    "gendarmerie": "COP",
    "service": "GOV",  # "the South African Police Service", "the Norwegian Security Service"
    "agency": "GOV",  # "the Japan International Cooperation Agency"
    "authority": "GOV",
    "fund": "BUS",  # "the Kuwait Fund for Arab Economic Development", a state's lender
    "bank": "BUS",
    # Offices of a state's administration, which the model often reads as a person's name ("Kenya's State
    # Revenue Committee"); only with the state written right before them (``_split_body``).
    "committee": "GOV",
    "bureau": "GOV",
    "department": "GOV",
    "directorate": "GOV",
    "secretariat": "GOV",  # "Chile's Energy Secretariat": a ministry's office under a secretary of state
}
# Heads of the names of a state's firms, offices and societies, read only when the model split the name
# after the state's name or nationality ("Ethiopian" + "Electric Power", "Lao" + "Ministry of …"): written
# right after the state, they make the body its own. Tagged whole, such a name is read by the ordinary rule
# for organisations, which keeps an international body's office in a country ("the UN Office in Kenya")
# from the state.
SPLIT_BODY_SECTORS = {
    "ministry": "GOV",  # "the Lao Ministry of Industry and Commerce"
    "institute": "GOV",  # "the Kenya Institute for Public Policy Research"
    "power": "BUS",  # "Kenya Power", "Ethiopian Electric Power": state utilities
    "airlines": "BUS",
    "airways": "BUS",
    "railway": "BUS",
    "railways": "BUS",
    "corporation": "BUS",
    "company": "BUS",
    "chamber": "BUS",  # "the Jordan Chamber of Industry"
    "office": "GOV",  # "the Czech Statistical Office"
    "administration": "GOV",  # "the Ruritanian Maritime Safety Administration"
    "crescent": "NGO",  # "the Tunisian Red Crescent"
    "cross": "NGO",
    "forum": "NGO",  # "the Tunisian Forum for Economic and Social Rights"
    "confederation": "BUS",  # "the Danish Confederation of Employers": a state's industry or employers
    "association": "NGO",  # "the Estonian Association of Shipowners"
    "federation": "NGO",  # "the Latvian Federation of Trade Unions"
}
# Heads whose name goes on after "of" or "for": "the Fund for Development", "the Bureau of Statistics".
NAME_TAIL_HEADS = {
    "secretariat",
    "government",  # "Libya's Government of National Accord": a government named for what it unites
    "fund",
    "agency",
    "authority",
    "committee",
    "bureau",
    "department",
    "directorate",
    "ministry",
    "institute",
    "chamber",
    "forum",
    "confederation",
    "association",
    "federation",
}
# Words that join two capitalised words inside a name's tail: "Ministry of Industry and Commerce".
TAIL_JOINS = {"and", "&"}
POSSESSIVE = {"'s", "’s"}
# "the Kuwaiti Fund for Development", "the Korea Agency for Cooperation": the name goes on after the head.
NAME_GOES_ON = {"for", "of"}
MAX_NAME_WORDS = 4  # capitalised words between a state's name and the body's head ("Rwanda Defence Force")
MAX_TAIL_WORDS = 6  # words after the head's "of" or "for" ("for Economic and Social Rights")
# A mission's full name goes on to the organisation it is accredited to: "… to the United Nations".
ACCREDITED = {"mission", "delegation"}
HYPHENS = {"-", "–"}  # "the Lao-China Railway Company": a name joining two states


# Head words of a state's bodies named in Spanish, Portuguese or French, written first ("the Guardia Civil",
# "the Superintendencia Nacional de Migraciones", "the Instituto Nacional de Estatística").
FOREIGN_BODY_SECTORS = {
    "superintendencia": "GOV",
    "ministerio": "GOV",
    "ministério": "GOV",
    "ministère": "GOV",
    "secretaría": "GOV",
    "dirección": "GOV",
    "direção": "GOV",
    "instituto": "GOV",
    "servicio": "GOV",
    "serviço": "GOV",
    "agencia": "GOV",
    "agência": "GOV",
    "agence": "GOV",
    "autoridad": "GOV",
    "guardia": "MIL",
    "armada": "MIL",
    "ejército": "MIL",
    "exército": "MIL",
    "fuerzas": "MIL",
    "forças": "MIL",
    "policía": "COP",
    "polícia": "COP",
    "gendarmería": "COP",
}
# Small words inside such names: "de Migraciones", "do Brasil", "de la Nación".
FOREIGN_NAME_JOINS = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "da",
    "do",
    "das",
    "dos",
    "des",
    "du",
    "et",
    "y",
    "e",
}
MAX_FOREIGN_WORDS = 8


def foreign_body_end(doc: Doc, start: int, country_of: dict[int, str]) -> int | None:
    """Where a body's name in Spanish, Portuguese or French that begins at ``start`` ends: its capitalised
    words and the small words between them ("Superintendencia Nacional de Migraciones"); None when no
    such name begins there."""
    if start >= len(doc) or not doc[start].is_title or doc[start].lower_ not in FOREIGN_BODY_SECTORS:
        return None
    end = start + 1
    while end < len(doc) and end - start < MAX_FOREIGN_WORDS and end not in country_of:
        joined = doc[end].lower_ in FOREIGN_NAME_JOINS and end + 1 < len(doc) and doc[end + 1].is_title
        if not (doc[end].is_title or joined) or doc[end].is_sent_start:
            break
        end += 1 + joined
    return end


# Adjectives of a region built on a state's nationality word: "the Central American Court of Justice",
# "the Inter-American Development Bank" are no bodies of the United States.
REGIONAL_ADJECTIVES = {
    "central american",
    "latin american",
    "south american",
    "north american",
    "pan-american",
    "inter-american",
}


def in_regional_adjective(token: Token) -> bool:
    """Whether the nationality word ends a region's adjective ("Central American", "Inter-American")."""
    doc = token.doc
    before = [doc[token.i - 1].lower_] if token.i >= 1 else []
    if token.i >= 2 and doc[token.i - 1].text in HYPHENS:
        before.append(f"{doc[token.i - 2].lower_}-")
    return any(f"{w} {token.lower_}".replace("- ", "-") in REGIONAL_ADJECTIVES for w in before)


def states_named(ent: Span, gazetteer: Gazetteer) -> set[str]:
    """The states a name's own words name, each read at its longest: "the Bank of Papua New Guinea" names
    Papua New Guinea alone, not Guinea too."""
    found: set[str] = set()
    i = ent.start
    while i < ent.end:
        for size in range(min(4, ent.end - i), 0, -1):
            phrase = ent.doc[i : i + size].text
            iso3 = gazetteer.names.get(phrase) or gazetteer.demonyms.get(phrase)
            if iso3 and not (size == 1 and in_regional_adjective(ent.doc[i])):
                found.add(iso3)
                i += size
                break
        else:
            i += 1
    return found


@dataclass(frozen=True)
class Body:
    start: int  # token span in the document
    end: int
    core_end: int  # where the body's own name ends, before what a mission is accredited to
    name: str
    country: str
    sector: str
    bare: str | None = None  # the name without its state's word ("Guardia Civil" of "Spanish Guardia Civil")


def _sector(head: str, gazetteer: Gazetteer, split: bool = False) -> str | None:
    # Only the body words themselves: the groups file's agent nouns ("deputy", "officer") name people.
    return BODY_SECTORS.get(head) or (SPLIT_BODY_SECTORS.get(head) if split else None)


def _name(doc: Doc, start: int, end: int, head: str) -> tuple[str, int]:
    """The body's name as written, without a leading article; a mission's with what it is accredited to
    ("Mission of Peru to the United Nations")."""
    if doc[start].lower_ == "the":
        start += 1
    if head in ACCREDITED and end < len(doc) and doc[end].lower_ == "to":
        org = next((e for e in doc_ents(doc) if e.start in {end + 1, end + 2} and e.label_ == "ORG"), None)
        if org is not None:
            end = org.end
    return doc[start:end].text, end


def named_bodies(doc: Doc, gazetteer: Gazetteer, country_of: dict[int, str]) -> list[Body]:
    """``country_of``: the state each token of a country's name stands for."""
    found: list[Body] = []
    for ent in doc_ents(doc):
        if ent.label_ == "ORG":
            body = _tagged_body(ent, gazetteer, country_of) or _body_of_state(ent, gazetteer, country_of)
            if body is not None:
                found.append(body)
        elif ent.label_ in {"GPE", "NORP"} and ent.start in country_of:
            body = _split_body(ent, gazetteer, country_of)
            if body is not None:
                found.append(body)
    return found


def _tagged_body(ent: Span, gazetteer: Gazetteer, country_of: dict[int, str]) -> Body | None:
    """ "the Permanent Mission of Somalia", tagged whole: its head is a body and its name holds a state."""
    sector = _sector(ent.root.lower_, gazetteer)
    if sector is None:
        return None
    countries = {country_of[t.i] for t in ent if t.i in country_of}
    countries |= states_named(ent, gazetteer)
    if len(countries) != 1:
        return None
    name, end = _name(ent.doc, ent.start, ent.end, ent.root.lower_)
    return Body(ent.start, end, ent.end, name, next(iter(countries)), sector)


def _body_of_state(ent: Span, gazetteer: Gazetteer, country_of: dict[int, str]) -> Body | None:
    """ "the Royal Navy" + "of" + "Oman": a body tagged without the state its name goes on to name."""
    doc = ent.doc
    sector = _sector(ent.root.lower_, gazetteer)
    if sector is None or ent.root.i != ent.end - 1 or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    state = next((e for e in doc_ents(doc) if e.start == ent.end + 1 and e.start in country_of), None)
    if state is None or any(country_of.get(t.i) != country_of[state.start] for t in state):
        return None
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    return Body(ent.start, state.end, state.end, doc[start : state.end].text, country_of[state.start], sector)


def _list_goes_on(doc: Doc, comma: int, country_of: dict[int, str]) -> bool:
    """ "Bureau of Manpower, Employment and Training": a comma inside a name's tail, where capitalised
    words and commas run on to a last "and" before a capitalised word; a comma before anything else ends
    the name ("the Bureau of Statistics, Ruritania's …")."""
    for i in range(comma + 1, min(len(doc), comma + MAX_TAIL_WORDS)):
        token = doc[i]
        if i in country_of:
            return False
        if token.lower_ in TAIL_JOINS:
            return i + 1 < len(doc) and doc[i + 1].is_title and i + 1 not in country_of
        if not (token.is_title or token.text == ","):
            return False
    return False


def _split_body(ent: Span, gazetteer: Gazetteer, country_of: dict[int, str]) -> Body | None:
    """ "Rwanda" + "Defence Force": a state's name followed by capitalised words ending in a body; also
    after the possessive ("Kenya's State Revenue Committee", "Peru's Department of Customs")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text in HYPHENS:
        return None  # "the Tanzania-Zambia Railway", "the Lao-China Railway Company": two states' joint body
    begin = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_ in POSSESSIVE else ent.end
    acronym = _state_acronym(ent, begin, gazetteer)
    if acronym is not None:
        # "officers of the Belarusian KGB": a state's service known by its letters alone.
        return Body(
            ent.start, begin + 1, begin + 1, f"{ent.text} {acronym}", country_of[ent.start], "GOV", acronym
        )
    foreign_end = foreign_body_end(doc, begin, country_of)
    if foreign_end is not None:
        # "the Spanish Guardia Civil", "Peru's Superintendencia Nacional de Migraciones".
        name, _ = _name(doc, ent.start, foreign_end, "")
        sector = FOREIGN_BODY_SECTORS[doc[begin].lower_]
        bare = doc[begin:foreign_end].text
        return Body(ent.start, foreign_end, foreign_end, name, country_of[ent.start], sector, bare)
    last = first = None
    for i in range(begin, min(len(doc), begin + MAX_NAME_WORDS)):
        token = doc[i]
        if token.lower_ in POSSESSIVE and i > begin and doc[i - 1].lower_ == "people":
            continue  # "Vietnam People's Navy", "the Lao People's Army": the people's own force
        if not token.is_title or i in country_of or token.is_sent_start:
            break
        if _sector(token.lower_, gazetteer, split=True) is not None:
            last = i
            first = first if first is not None else i
    if last is None or first is None:
        return None
    head = doc[last].lower_
    after = doc[last + 1] if last + 1 < len(doc) else None
    if head in SPLIT_BODY_SECTORS and after is not None and after.is_title and not after.is_sent_start:
        return None  # "India's Power Secretary": the word heads a longer name, here an office
    if last + 2 < len(doc) and doc[last + 1].lower_ in NAME_GOES_ON and head in NAME_TAIL_HEADS:
        # "Fund for Development", "Agency for International Cooperation": capitalised words after "for".
        tail = last + 2
        while tail < len(doc) and tail not in country_of and tail - last <= MAX_TAIL_WORDS:
            joined = doc[tail].lower_ in TAIL_JOINS and tail + 1 < len(doc) and doc[tail + 1].is_title
            listed = doc[tail].text == "," and _list_goes_on(doc, tail, country_of)
            if not (doc[tail].is_title or ((joined or listed) and tail > last + 2)):
                break
            tail += 1
        while tail > last + 2 and not doc[tail - 1].is_title:
            tail -= 1  # a list cut short by the word limit ends on its last capitalised word
        if tail > last + 2:
            last = tail - 1
    # "Spain's Secretariat of State for Trade": the model tagged the body's own name, longer than read here.
    tagged = next(
        (e for e in doc_ents(doc) if e.label_ == "ORG" and e.start == begin and e.end > last + 1), None
    )
    if tagged is not None and (head in SPLIT_BODY_SECTORS or head in NAME_TAIL_HEADS):
        last = tagged.end - 1
    name, end = _name(doc, ent.start, last + 1, head)
    # "Police Service": the first body word says what it is, a last "Service" only ends the name.
    sector = _sector(doc[first].lower_, gazetteer, split=True) or "GOV"
    return Body(ent.start, end, last + 1, name, country_of[ent.start], sector)


def _state_acronym(ent: Span, at: int, gazetteer: Gazetteer) -> str | None:
    """ "the Belarusian KGB", "Russia's FSB": letters the model left untagged, written right after a state's
    nationality or possessive and heading the phrase it opens, name that state's service. Letters that
    qualify a noun after them ("the Russian UN envoy") or name a state or a known organisation are not."""
    doc = ent.doc
    if at >= len(doc):
        return None
    token = doc[at]
    text = token.text
    if (
        not (2 <= len(text) <= 6 and text.isalpha() and text.isupper())
        or token.ent_type_
        or token.pos_ != "PROPN"
    ):
        return None
    if gazetteer.country_of(text) or text in gazetteer.institutions or token.dep_ == "compound":
        return None
    if ent.root.head.i != token.i:
        return None  # the nationality must be said of the letters themselves
    return text


# Words that make a body a source of a state's figures: "the National Institute of Statistics", "the Central
# Reserve Bank", "the General Administration of Customs".
FIGURE_BODY_WORDS = {"statistics", "statistical", "census", "customs", "bank"}
# The measures a trade figure counts, whose state a nationality or possessive marks ("Tunisian exports").
TRADE_MEASURES = {"export", "import", "shipment", "sale", "purchase"}


def figure_source_state(
    ent: Span,
    nationality_of: Callable[[Token], str | None],
    state_of: Callable[[Token], str | None] | None = None,
) -> str | None:
    """ "Tunisian exports to Libya were worth …, according to the National Institute of Statistics": a
    statistics office, named without its state, cited for one state's exports or imports is that state's,
    which counts its own trade. Two states' measures in the sentence ("Chilean exports and Peruvian
    imports") say nothing."""
    if not any(t.lower_ in FIGURE_BODY_WORDS or t.lower_ == "ministry" for t in ent):
        return None
    head = ent.root.head
    if not (ent.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"):
        return None
    measures = (t for t in ent.sent if t.lemma_.lower() in TRADE_MEASURES and t.pos_ == "NOUN")
    states = {state for t in measures if (state := nationality_of(t)) is not None}
    # "Ruritania exported 2 million tonnes …, according to the ministry of mines": the state that
    # trades is the subject of the verb.
    traders = (
        c
        for t in ent.sent
        if t.lemma_.lower() in TRADE_MEASURES and t.pos_ == "VERB"
        for c in t.children
        if c.dep_ == "nsubj"
    )
    if state_of is not None:
        states |= {state for t in traders if (state := state_of(t)) is not None}
    return next(iter(states)) if len(states) == 1 else None


# Craft a state's forces sail or fly, named with the force before them: "a Libyan coast guard patrol boat",
# "an Iranian navy vessel", "Russian air force jets".
CRAFT = {
    "boat",
    "boats",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "cutter",
    "cutters",
    "aircraft",
    "plane",
    "planes",
    "jet",
    "jets",
    "helicopter",
    "helicopters",
    "drone",
    "drones",
}


STATE_LABELS = {"NORP", "GPE"}


@dataclass(frozen=True)
class CraftBody:
    name: str  # "Libyan coast guard", as the text names the force
    bare: str  # "coast guard"
    country: str
    sector: str


def bodies_of_craft(
    doc: Doc, gazetteer: Gazetteer, nationality_of: Callable[[Token], str | None]
) -> list[CraftBody]:
    """ "stopped by a Tunisian coast guard patrol boat": the boat is the coast guard's, and the coast guard is
    the actor the story names. The force is one of the state's own groups written in the compounds before
    the craft, and its state the nationality on the craft or on the force."""
    found: list[CraftBody] = []
    for token in with_lower(doc, CRAFT):  # the craft words alone, from the word index
        if token.lower_ not in CRAFT or token.pos_ != "NOUN":
            continue
        before = doc[token.left_edge.i : token.i]
        words = [t for t in before if t.dep_ == "compound" and t.ent_type_ not in STATE_LABELS]
        group, phrase = None, ""
        for size in (3, 2, 1):  # the longest group phrase: "coast guard" before "guard"
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                candidate = " ".join(t.lower_ for t in run)
                if run[-1].i - run[0].i == size - 1 and (g := gazetteer.groups.get(candidate)) and g.state:
                    group, phrase = g, " ".join(t.text for t in run)
                    head = run[-1]
                    break
            if group is not None:
                break
        if group is None:
            continue
        country = nationality_of(token) or nationality_of(head)
        # The state's words, written right before the force: "Libyan", "China's".
        state = next(
            (e for e in doc_ents(doc) if e.label_ in STATE_LABELS and e.end in {run[0].i, run[0].i - 1}), None
        )
        if country is None or state is None:
            continue
        name = f"{doc[state.start : run[0].i].text} {phrase}"
        found.append(CraftBody(name, phrase, country, group.sector))
    return found


def federal_body_state(ent: Span, pair: tuple[str, str] | None, federations: set[str]) -> str | None:
    """ "The Federal Prosecutor's Office said …" in a story about Germany and Turkey: a body that names
    itself federal, and no state, is the one federation of the story's pair. Two federations, or none,
    say nothing."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if pair is None or not words or words[0] != "federal":
        return None
    federal = [iso3 for iso3 in pair if iso3 in federations]
    return federal[0] if len(federal) == 1 else None


# Portfolios of the United States' executive departments, which American usage names before the word
# "Department" ("the Treasury Department", "the Justice Department"); other states say "Ministry of …" or
# "Department of/for …".
US_DEPARTMENTS = {
    "treasury",
    "justice",
    "commerce",
    "defense",
    "energy",
    "labor",
    "agriculture",
    "interior",
    "transportation",
    "education",
}


def american_department_state(ent: Span, pair: tuple[str, str] | None) -> str | None:
    """ "The Treasury Department froze the assets …" in a story whose pair holds the United States: a
    department named in the American way, with no state, is the United States'."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if pair is None or "USA" not in pair or len(words) != 2 or words[1] != "department":
        return None
    return "USA" if words[0] in US_DEPARTMENTS else None


# Common nouns that describe a firm, written before its name: "the Spanish utility Iberdrola", "Norway's
# state oil company Equinor", "the state grid operator Elering".
FIRM_NOUNS = {
    "company",
    "firm",
    "utility",
    "operator",
    "producer",
    "carrier",
    "airline",
    "conglomerate",
    "monopoly",
    "shipbuilder",
    "miner",
    "lender",
    "insurer",
    "manufacturer",
}
MAX_FIRM_WORDS = 3
# Entity labels a firm's name may wrongly get; a place, a people or a date is no firm's name.
FIRM_NAME_LABELS = {"", "ORG", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART"}


@dataclass(frozen=True)
class DescribedFirm:
    start: int
    end: int
    name: str
    country: str
    sector: str = "BUS"


def described_firms(
    doc: Doc,
    country_of: dict[int, str],
    nationality_of: Callable[[Token], str | None],
    home_state: Callable[[Span], str | None] | None = None,
) -> list[DescribedFirm]:
    """ "Bulgaria's state gas operator Transgazco", "the Spanish utility Iberluz": capitalised words right
    after a common noun describing a firm are the firm's name, and the nationality on the noun (or on the
    name, however the parser hung it) is its state. Only one to three capitalised words, no state's name,
    ended by a word that is no part of a name. The name may follow a comma, as an apposition that the
    sentence's end or another comma closes ("the gas system operator, Grid-Net."), and join its words by
    hyphens. A firm described with no nationality ("according to the operator Transgazco") is
    ``home_state``'s: the home side's firm, which news leaves unmarked as it does the home side's
    officials."""
    found: list[DescribedFirm] = []
    for token in with_lower(doc, FIRM_NOUNS | OFFICE_NOUNS):  # the nouns alone, from the word index
        if token.lower_ not in FIRM_NOUNS | OFFICE_NOUNS or not token.is_lower or token.pos_ != "NOUN":
            continue
        office = token.lower_ in OFFICE_NOUNS
        if office and not _office_described(token):
            continue
        appositive = token.i + 1 < len(doc) and doc[token.i + 1].text == ","
        start = end = token.i + 1 + appositive
        while end < len(doc) and end - start < MAX_FIRM_WORDS + 1:
            word = doc[end]
            if word.text in HYPHENS and end > start and _joins_words(word):
                end += 1
                continue
            if not (word.is_title or word.is_upper) or not word.is_alpha or end in country_of:
                break
            if word.ent_type_ not in FIRM_NAME_LABELS or word.is_sent_start:
                break
            end += 1
        if end == start or end - start > MAX_FIRM_WORDS:
            continue
        if appositive and (end >= len(doc) or doc[end].text not in {",", ".", ";"}):
            continue  # "the operator, Grid-Net said": only a name closed as an apposition is one
        if end < len(doc) and doc[end].text in {"'s", "’s"}:
            continue  # "the company Chairman's …": the words own something, they are no name given here
        name = doc[start:end]
        # "Klai-Terminal": one hyphenated word, which the model may read as a person's name.
        one_word = not any(t.whitespace_ for t in name[:-1])
        if len(name) > 1 and not one_word and any(t.ent_type_ == "PERSON" for t in name):
            continue  # "the firm Ana Ruiz founded": a person's name, not the firm's
        country = nationality_of(token) or nationality_of(name.root)
        if country is None and home_state is not None and not _described_more(token):
            country = home_state(name)
        if country is None:
            continue
        found.append(DescribedFirm(start, end, name.text, country, "GOV" if office else "BUS"))
    return found


# Nouns describing a state's office by what it does, before its name: "the statistics office CBS", "the
# energy regulator E-Control".
OFFICE_NOUNS = {"office", "regulator"}
# What makes an office no state's: "the press office", "the news office".
UNOFFICIAL_WORDS = {"news", "press", "media", "law", "family", "regional", "international", "european"}


def _office_described(noun: Token) -> bool:
    """Whether an office's noun says what it does in a lower-case word before it, and nothing says it is a
    press or a private office."""
    lefts = [t for t in noun.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    return bool(lefts) and all(t.is_lower and t.lower_ not in UNOFFICIAL_WORDS for t in lefts)


def _joins_words(hyphen: Token) -> bool:
    """A hyphen written inside a name between two words, with no space ("Grid-Net")."""
    doc = hyphen.doc
    after = doc[hyphen.i + 1] if hyphen.i + 1 < len(doc) else None
    joined = not doc[hyphen.i - 1].whitespace_ and not hyphen.whitespace_
    return joined and after is not None and after.is_alpha


def _described_more(noun: Token) -> bool:
    """Whether the firm's noun carries words that may say whose it is without a nationality ("the operator
    of the pipeline", "a Gulf carrier"): capitalised words or a possessor before it, anything after it."""
    lefts = [t for t in noun.lefts if t.dep_ in {"compound", "amod", "poss", "nmod"}]
    return any(t.is_title or t.is_upper or t.dep_ == "poss" for t in lefts) or any(
        t.dep_ == "prep" for t in noun.rights
    )
