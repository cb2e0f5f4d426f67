"""Actors in a parsed document: people with titles, countries and sectors; states; institutions.

``recognize_actors`` mends the entities the model cut or labelled wrong (``bilat.nlp.name_spans``,
``bilat.nlp.titled_names``), reads them once and builds an ``ActorIndex`` (``bilat.nlp.actor_index``), whose
``resolve`` maps the head of a subject or object to the actor it denotes ("Macron", "France", "Paris said",
"the ambassador", "he"), so the event coder never looks at names itself. Whose a body is comes from its
listed institution (``bilat.nlp.institution_names``), its words (``bilat.nlp.body_states``) or, for one
named by a common noun, ``bilat.nlp.noun_bodies``.
"""

from __future__ import annotations

import re
from functools import partial

from spacy.tokens import Doc, Span, Token

from bilat.models import Actor, ActorRef, Mention
from bilat.nlp.actor_index import ActorIndex
from bilat.nlp.actor_words import BUSINESS, MINISTRY
from bilat.nlp.affiliation import MISSION_HEADS, institution_country, region_of
from bilat.nlp.bodies import (
    american_department_state,
    bodies_of_craft,
    described_firms,
    federal_body_state,
    figure_source_state,
    named_bodies,
)
from bilat.nlp.body_names import repair_body_names
from bilat.nlp.body_owners import its_owner, summoner_state
from bilat.nlp.body_states import (
    appositive_country,
    commanded_by,
    demonym_in_name,
    home_body,
    home_department,
    own_ministry,
    owner_named_elsewhere,
    same_body_named_before,
    state_owned_in_place,
    state_tail,
    unmarked_lower_ministry,
)
from bilat.nlp.context import article_affiliation, letterhead_body, opening_seat
from bilat.nlp.countries import Gazetteer, Institution, load_gazetteer
from bilat.nlp.doctext import doc_ents
from bilat.nlp.ethnic import ethnic_group
from bilat.nlp.evidence import assign_countries
from bilat.nlp.facilities import named_works
from bilat.nlp.firm_appositions import firms_described_after
from bilat.nlp.home_bodies import pair_missions, regional_governments
from bilat.nlp.institution_names import (
    acronyms_defined,
    international_part,
    named_before_as_others,
    of_other_state,
    other_states_namesake,
    unowned_bodies_owned_elsewhere,
)
from bilat.nlp.its_forces import services_by_its
from bilat.nlp.leaders import load_leaders
from bilat.nlp.mentions import country_pair, entity_country, sentence_numbers
from bilat.nlp.misspellings import tag_misspelled_states
from bilat.nlp.name_spans import (
    names_cut_short,
    names_read_as_places,
    portfolio_words,
    regions_cut_short,
    regions_named_as_units,
)
from bilat.nlp.not_people import not_a_person
from bilat.nlp.noun_bodies import (
    bare_ministries,
    bare_national_offices,
    government_or_body,
    home_body_names,
    state_bodies_by_nationality,
)
from bilat.nlp.noun_phrases import noun_phrase
from bilat.nlp.people import actor_id, add_person
from bilat.nlp.person_names import place_not_person
from bilat.nlp.phoenix import firm_home, organisation, place_state
from bilat.nlp.pipeline import ORG_HEADS
from bilat.nlp.place_bodies import (
    agency_names_read_as_places,
    agency_owner,
    bodies_described_in_city,
    cited_agency_state,
    city_bodies,
    city_named_body_state,
    units_of_bodies,
)
from bilat.nlp.ships import load_ship_prefixes, named_ships
from bilat.nlp.state_body_names import (
    body_sector,
    listed_name,
    load_federations,
    office_named,
    state_body_name,
)
from bilat.nlp.titled_names import (
    names_tagged_as_bodies,
    surnames_tagged_otherwise,
    titled_name,
    untagged_titled_names,
)
from bilat.nlp.word_states import agent_state, city_state_of, home_firm_state, located_state, state_of_region
from bilat.resources import Resources


def _lower_owned(ent: Span, index: ActorIndex) -> bool:
    """ "India's commerce ministry" tagged without its state: a lower-case name a nationality marks."""
    return all(t.is_lower for t in ent if t.is_alpha) and index.nationality_of(ent.root) is not None


def recognize_actors(
    doc: Doc, resources: Resources, published: str | None = None, outlet: str | None = None
) -> ActorIndex:
    """``published``: the article's date, which says who held an office ("Obama" in 2014 is the US
    president; in 2020 a former one, who acts for no state). ``outlet``: the publisher, which speaks
    for its government when it is one of its institutions."""
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    leaders = resources.load("actors.leaders", load_leaders)
    index = ActorIndex(gazetteer=gazetteer, leaders=leaders, published=published)
    index.place_state = lambda name: place_state(name, resources)
    index.federations = resources.load("actors.federations", load_federations)
    index.context = article_affiliation(doc, gazetteer, outlet, index.place_state)
    portfolios = resources.load("actors.portfolios", portfolio_words)
    names_read_as_places(doc, gazetteer, portfolios)
    names_tagged_as_bodies(doc, gazetteer)
    agency_names_read_as_places(
        doc, lambda name: bool(gazetteer.country_of(name) or (index.place_state and index.place_state(name)))
    )
    regions_cut_short(doc, gazetteer)
    regions_named_as_units(doc, gazetteer)
    tag_misspelled_states(doc, gazetteer, resources)
    index.portfolios = portfolios
    names_cut_short(doc, gazetteer, portfolios)
    state_words = {
        t.i
        for e in doc_ents(doc)
        if e.label_ in {"GPE", "NORP"} and entity_country(e, gazetteer, resources)
        for t in e
    }
    repair_body_names(doc, gazetteer, portfolios, state_words)
    sentence_of = sentence_numbers(doc)
    states: dict[str, int] = {}
    organisations: dict[tuple[str, str | None], tuple[str, int]] = {}
    # Names the text gives a known institution other than its own ("the South African Police Service").
    written: dict[tuple[str, str | None], set[str]] = {}
    for ent in doc_ents(doc):
        country = entity_country(ent, gazetteer, resources)
        index.mentions.append(
            Mention(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                sentence=sentence_of[ent.start],
                country=country,
            )
        )
        if ent.label_ in {"GPE", "NORP"} and country and not ethnic_group(ent):
            # "ethnic Albanians" (ethnic_group): a people, not the state of Albania; the mention still
            # counts for the story's pair (their kin state is a party to the story, not to the act).
            ref = index.state_ref(country)
            states[country] = states.get(country, 0) + 1
            for t in ent:
                index.by_token[t.i] = ref
        elif ent.label_ in {"GPE", "ORG", "LOC"} and region_of(ent, gazetteer):
            # "Ontario", "the Kurdistan Region": its own government, on its state's side.
            name = region_of(ent, gazetteer) or ""
            iso3 = gazetteer.regions[name]
            region = ActorRef(
                name=name,
                country=iso3,
                sector="LOC",
                kind="organisation",
                actor_id=actor_id("region", name, iso3),
            )
            for t in ent:
                index.by_token[t.i] = region
    title_heads = {phrase.split()[-1] for phrase in gazetteer.titles}
    pair = country_pair(index.mentions)
    seen: dict[str, str] = {}  # institution name → the country an earlier mention gave it
    others: list[Span] = []  # named bodies neither an institution nor a ministry, read after the bodies
    for ent in doc_ents(doc):
        if ent.label_ == "ORG":
            # bilat's own institutions first; then the Phoenix organisations and armed groups.
            institution = (
                gazetteer.institutions.get(ent.text)
                or organisation(ent.text, resources)
                or _organ_of_international(ent, gazetteer, resources)
            )
            if institution is not None and (organ := _organ_after(institution, doc, ent.end)) is not None:
                # "the ECOWAS Commission": the organisation's organ, named on after its name.
                institution = Institution(organ, None, "IGO", "organisation")
            if institution is not None and of_other_state(ent, index, institution.country):
                institution = None  # "the Royal Navy of Oman": not the listed one of the same name
            if institution is not None and named_before_as_others(ent, index, institution.country):
                institution = None  # "Chile's external affairs ministry … the external affairs ministry"
            org_country = institution.country if institution else institution_country(ent, index)
            if institution is not None and (owner := other_states_namesake(ent, index, institution.country)):
                # "the Peruvian Congress": another state's body of the same name as a listed one.
                name = re.sub(r"^the\s+", "", doc[owner.start : ent.end].text, flags=re.I)
                ref = ActorRef(
                    name=name,
                    country=index.by_token[owner.start].country,
                    sector=institution.sector,
                    kind="organisation",
                    actor_id=actor_id("organisation", name, index.by_token[owner.start].country),
                )
                key = (name, ref.country)
                organisations[key] = (ref.sector, organisations.get(key, (ref.sector, 0))[1] + 1)
                for t in ent:
                    index.by_token[t.i] = ref
                continue
            if institution is None and not MINISTRY.search(ent.text):
                others.append(ent)
                continue
            if institution is None:
                # "the Ministry of Foreign Affairs", named in full before, is the same ministry.
                # "the Chief Spokesperson of the Ministry of Trade": the ministry's name.
                key_name = ent.text[MINISTRY.search(ent.text).start() :].strip()
                if MINISTRY.fullmatch(key_name):
                    # "the defence ministry" after "the foreign ministry": its portfolio tells it apart
                    # ("the Japanese Foreign Ministry … the Foreign Ministry" is one ministry).
                    key_name = (
                        " ".join(
                            t.text for t in ent if t.lower_ != "the" and not gazetteer.country_of(t.text)
                        )
                        or key_name
                    )
                org_country = (
                    org_country
                    or seen.get(key_name)
                    or american_department_state(ent, pair)
                    # "the Federal Department of Foreign Affairs" of the one federation of the pair.
                    or federal_body_state(ent, pair, resources.load("actors.federations", load_federations))
                    # "according to the Customs and Excise Department", cited for one state's exports.
                    or figure_source_state(ent, index.nationality_of, partial(_state_named, index))
                    # "In Nairobi, the Ministry of Trade said …": the capital the sentence opens in.
                    or opening_seat(ent.root, gazetteer)
                    or its_owner(ent, index)
                    or own_ministry(ent, index)
                    or summoner_state(ent, index, pair)
                    or home_department(ent, index)
                    or unmarked_lower_ministry(ent, index)
                )
                if org_country:
                    seen[key_name] = org_country
            sector = institution.sector if institution else body_sector(ent.text)
            # "the Danish Ministry of …" is named without its article, as the reader would list it.
            name = institution.name if institution else listed_name(ent.text)
            owned = noun_phrase(ent.root)
            if institution is None and org_country and _lower_owned(ent, index) and owned != name:
                # "according to India's commerce ministry": named with its state, as an untagged one is.
                written.setdefault((owned, org_country), set()).add(name)
                name = owned
            ref = ActorRef(
                name=name,
                country=org_country,
                sector=sector,
                kind="organisation",
                actor_id=actor_id("organisation", name, org_country),
            )
            key = (name, org_country)
            if institution is not None:
                written.setdefault(key, set()).add(re.sub(r"^the\s+", "", ent.text, flags=re.I))
            organisations[key] = (sector, organisations.get(key, (sector, 0))[1] + 1)
            for t in ent:
                index.by_token[t.i] = ref
    for ship in named_ships(doc, resources.load("actors.ship_prefixes", load_ship_prefixes)):
        # "HMS Dauntless": a vessel of its navy's state, whatever label the model gave the name.
        if any(i in index.by_token for i in range(ship.start, ship.end)):
            continue
        ref = ActorRef(
            name=ship.name,
            country=ship.country,
            sector="MIL",
            kind="organisation",
            actor_id=actor_id("organisation", ship.name, ship.country),
        )
        key = (ship.name, ship.country)
        organisations[key] = ("MIL", organisations.get(key, ("MIL", 0))[1] + 1)
        for i in range(ship.start, ship.end):
            index.by_token[i] = ref
    states_at = {i: ref.country for i, ref in index.by_token.items() if ref.kind == "state" and ref.country}
    for body in named_bodies(doc, gazetteer, states_at):
        known = (index.by_token.get(i) for i in range(body.start, body.core_end))
        if any(r is not None and r.kind == "organisation" for r in known):
            continue  # already an institution or a ministry
        ref = ActorRef(
            name=body.name,
            country=body.country,
            sector=body.sector,
            kind="organisation",
            actor_id=actor_id("organisation", body.name, body.country),
        )
        key = (body.name, body.country)
        organisations[key] = (body.sector, organisations.get(key, (body.sector, 0))[1] + 1)
        if (own := re.split(r"['’]s ", body.name, maxsplit=1)[1:]) and own[0]:
            # "Kenya's State Revenue Committee" is also named without its state.
            written.setdefault(key, set()).add(own[0])
        if body.bare:
            written.setdefault(key, set()).add(body.bare)
        for i in range(body.start, body.core_end):
            index.by_token[i] = ref
    for firm in [
        *described_firms(doc, states_at, index.nationality_of, partial(home_firm_state, index)),
        *firms_described_after(doc, states_at, index.nationality_of),
        *named_works(doc, states_at, index.nationality_of),
    ]:
        if any(i in index.by_token for i in range(firm.start, firm.end)):
            continue  # already a state, an institution or a body
        ref = ActorRef(
            name=firm.name,
            country=firm.country,
            sector=firm.sector,
            kind="organisation",
            actor_id=actor_id("organisation", firm.name, firm.country),
        )
        key = (firm.name, firm.country)
        organisations[key] = (firm.sector, organisations.get(key, (firm.sector, 0))[1] + 1)
        for i in range(firm.start, firm.end):
            index.by_token[i] = ref
    federations = resources.load("actors.federations", load_federations)
    for ent in others:
        # Any other named body is a state's only when its words say so: "the Egyptian Export Development
        # Bank", "Export-Import Bank of China", "Chile's development agency, CORFO". A body read in full
        # above ("the Permanent Mission of Somalia to the United Nations") keeps its fuller name.
        if any((r := index.by_token.get(t.i)) is not None and r.kind == "organisation" for t in ent):
            continue
        if gazetteer.country_of(" ".join(w.capitalize() for w in ent.text.split())):
            continue  # "ASUNCION, May 9 —": a dateline's place the model read as an organisation
        if titled_name(ent, gazetteer, title_heads):
            continue  # a person's name after their title, read below
        if office_named(ent, gazetteer):
            continue  # "Chile's Minister of Mining, Energy and Industry X": an office, not a body
        if international_part(ent, gazetteer, resources):
            continue  # "UNHCR Kenya": an international body's office in a country is not that state's
        org_country = (
            institution_country(ent, index)
            or demonym_in_name(ent, gazetteer)
            or appositive_country(ent, index)
            # "its High Commission in Colombo": a mission is of the state "its" stands for.
            # "Ruritania said its Eximbank would …": a state's bank is the state's too.
            or (its_owner(ent, index) if _owned_by_its(ent) else None)
            or figure_source_state(ent, index.nationality_of, partial(_state_named, index))
            or owner_named_elsewhere(ent, index)
            or same_body_named_before(ent, index)
            or commanded_by(ent, index)
            or federal_body_state(ent, pair, federations)
            or home_body(ent, index)
            or state_owned_in_place(ent, index)
            or city_named_body_state(ent, partial(located_state, index))
            or agency_owner(ent, partial(government_or_body, index))
            or cited_agency_state(ent, lambda t: agent_state(index, t) or index.nationality_of(t))
        )
        if org_country is None and (firm := firm_home(ent.text, resources, gazetteer.display)) is not None:
            # "to buy 50 Boeing jets": a multinational the tables know, listed with its home state only (it
            # acts for its business, not its state, so its words are left to the readers of events).
            key = (listed_name(ent.text), firm[0])
            organisations[key] = (firm[1], organisations.get(key, (firm[1], 0))[1] + 1)
            continue
        if org_country is None or org_country == _mission_seat(ent, gazetteer):
            continue  # "the High Commission in Islamabad" is never Pakistan's
        name, sector = listed_name(ent.text), body_sector(ent.text)
        if (acronym := _described_acronym(ent)) is not None:
            # "the national statistics office ONS": the letters are the name, the words describe it.
            written.setdefault((acronym, org_country), set()).add(name)
            name = acronym
        owned = noun_phrase(ent.root)
        if all(t.is_lower for t in ent if t.is_alpha) and owned != name and index.nationality_of(ent.root):
            # "Sri Lanka's navy": a common noun the model tagged is named as the text names it, with its
            # state, as an untagged one is (``state_bodies_by_nationality``); the noun alone is an alias.
            written.setdefault((owned, org_country), set()).add(name)
            name = owned
        if (tail := state_tail(ent, index, org_country)) is not None:
            # "the National Statistics Office of Georgia": the name goes on to its state.
            written.setdefault((f"{name} {tail.text}", org_country), set()).add(name)
            name = f"{name} {tail.text}"
        ref = ActorRef(
            name=name,
            country=org_country,
            sector=sector,
            kind="organisation",
            actor_id=actor_id("organisation", name, org_country),
        )
        key = (name, org_country)
        organisations[key] = (sector, organisations.get(key, (sector, 0))[1] + 1)
        for t in ent:
            index.by_token[t.i] = ref
    acronyms_defined(doc, index, written)
    unowned_bodies_owned_elsewhere(index, organisations, written)
    for ent in doc_ents(doc):
        # "X Party", "X Movement": the model read an organisation's name as a person's.
        named_org = ent.end < len(doc) and doc[ent.end].lower_ in ORG_HEADS
        # "the Somali Military Command", "Air Force Chief": an office or a body, not a person's name.
        named_org = named_org or ent[-1].lower_ in ORG_HEADS or ent[-1].lower_ in title_heads
        # "Rwanda Defence Force", which the model may split into a place and a person.
        named_org = named_org or any(
            (ref := index.by_token.get(t.i)) is not None and ref.kind == "organisation" for t in ent
        )
        # "an Al-Shabaab attack": an armed group or organisation the tables know by this very name.
        named_org = named_org or (ent.label_ == "PERSON" and organisation(ent.text, resources) is not None)
        person_named = ent.label_ == "PERSON" or titled_name(ent, gazetteer, title_heads)
        if person_named and not named_org and not not_a_person(ent) and not place_not_person(ent, index):
            add_person(index, ent, gazetteer)
    untagged_titled_names(doc, index, gazetteer, portfolios)
    surnames_tagged_otherwise(doc, index, gazetteer)
    # A region's government is known before people's countries are read: "The Kharkiv regional
    # administration said … Its head, X, said" is of the region's state.
    region_state = partial(state_of_region, index)
    regional = regional_governments(
        doc, lambda p: gazetteer.regions.get(p) or region_state(p), gazetteer.regions.get
    )
    for span, country in regional:
        ref = ActorRef(
            name=span.text,
            country=country,
            sector="LOC",
            kind="organisation",
            actor_id=actor_id("organisation", span.text, country),
        )
        for t in span:
            index.by_token.setdefault(t.i, ref)
    assign_countries(doc, index, resources, country_pair(index.mentions))
    groups: dict[tuple[str, str | None], tuple[str, int]] = {}  # "Chadian rebels", "Bolivian farmers"
    for body, aliases in [
        *state_bodies_by_nationality(doc, index),
        *services_by_its(doc, gazetteer, index.by_token),
    ]:
        key = (body.name, body.country)
        table = groups if body.kind == "group" else organisations
        table[key] = (body.sector or "GOV", table.get(key, (body.sector, 0))[1] + 1)
        written.setdefault(key, set()).update(aliases)
    for body in [*bare_ministries(doc, index, portfolios), *bare_national_offices(doc, index)]:
        key = (body.name, body.country)
        organisations[key] = ("GOV", organisations.get(key, ("GOV", 0))[1] + 1)
    for name, country, sector in home_body_names(doc, index):
        if not any(known.lower() == name.lower() for known, _ in organisations):
            organisations[(name, country)] = (sector, 1)
    for name, country in ((span.text, country) for span, country in regional):
        if not any(known.lower() == name.lower() for known, _ in organisations):
            organisations[(name, country)] = ("LOC", 1)
    city_state = partial(city_state_of, index)
    for name, country in pair_missions(doc, country_pair(index.mentions), city_state):
        if not any(known.lower() == name.lower() for known, _ in organisations):
            organisations[(name, country)] = ("GOV", 1)
    located = partial(located_state, index)
    for body in [
        *city_bodies(doc, located),
        *bodies_described_in_city(doc, located),
        *units_of_bodies(doc, index.by_token),
    ]:
        # Listed as actors only: their words are left to the readers of events as they were.
        if not any(name.lower() == body.name.lower() for name, _ in organisations):
            organisations[(body.name, body.country)] = (body.sector or "GOV", 1)
    issuer = letterhead_body(doc, gazetteer)
    if issuer is not None and not any(name.lower() == issuer[0].lower() for name, _ in organisations):
        # The body whose letterhead heads the release is the one that issues it.
        organisations[issuer] = ("GOV", 1)
    for craft in bodies_of_craft(doc, gazetteer, index.nationality_of):
        key = (craft.name, craft.country)
        organisations[key] = (craft.sector, organisations.get(key, (craft.sector, 0))[1] + 1)
        written.setdefault(key, set()).add(craft.bare)
    for person in index.people:
        ref = person.ref()
        index.actors.append(
            Actor(
                id=ref.actor_id or "",
                name=person.name,
                aliases=sorted(person.aliases - {person.name}),
                kind="person",
                country=person.country,
                role=ref.role,
                sector=ref.sector,
                mentions=person.mentions,
            )
        )
    for iso3, count in states.items():
        ref = index.state_ref(iso3)
        index.actors.append(
            Actor(
                id=ref.actor_id or "", name=ref.name, kind="state", country=iso3, sector="GOV", mentions=count
            )
        )
    # A nationality's group is listed as the text names it, whether or not an event names it.
    for kind, table in (("organisation", organisations), ("group", groups)):
        for (name, country), (sector, count) in table.items():
            index.actors.append(
                Actor(
                    id=actor_id(kind, name, country),
                    name=name,
                    aliases=sorted(written.get((name, country), set()) - {name}),
                    kind=kind,
                    country=country,
                    sector=sector,
                    mentions=count,
                )
            )
    return index


def _owned_by_its(ent: Span) -> bool:
    """A named body "its" may give a state: a state body's name, a mission, or a bank or company."""
    return bool(state_body_name(ent) or ent.root.lower_ in MISSION_HEADS or BUSINESS.search(ent.text))


def _mission_seat(ent: Span, gazetteer: Gazetteer) -> str | None:
    """The state of the capital a mission is "in" ("the Embassy in Lima"), or None."""
    doc = ent.doc
    if ent.root.lower_ not in MISSION_HEADS or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in":
        return None
    return gazetteer.capitals.get(doc[ent.end + 1].text)


def _state_named(index: ActorIndex, token: Token) -> str | None:
    """The state a word names itself ("Ruritania exported …"), or None."""
    ref = index.by_token.get(token.i)
    return ref.country if ref is not None and ref.kind == "state" else None


def _described_acronym(ent: Span) -> str | None:
    """The letters that end a body's name written as a lower-case description ("the national statistics
    institute INE"), or None."""
    words = [t for t in ent if t.lower_ != "the"]
    last = words[-1] if words else None
    if last is None or len(words) < 2 or not (last.is_upper and last.is_alpha and len(last) >= 2):
        return None
    return last.text if all(t.is_lower for t in words[:-1]) else None


# Organs of an organisation of states, named after it: "the ECOWAS Commission", "the SADC Secretariat".
ORGANS = {"commission", "secretariat", "council", "parliament", "court"}


def _organ_of_international(ent: Span, gazetteer: Gazetteer, resources: Resources) -> Institution | None:
    """An organ named by its organisation of states ("the ECOWAS Commission") is an organisation of no
    state, as the organisation is."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in ORGANS:
        return None
    owner = " ".join(t.text for t in words[:-1])
    known = gazetteer.institutions.get(owner) or organisation(owner, resources)
    if known is None or known.sector != "IGO" or known.country is not None:
        return None
    return Institution(" ".join(t.text for t in words), None, "IGO", "organisation")


def _organ_after(institution: Institution, doc: Doc, end: int) -> str | None:
    """The name of an organisation of states' organ when its word follows the organisation's name."""
    organ = doc[end] if end < len(doc) else None
    if organ is None or institution.sector != "IGO" or institution.country is not None:
        return None
    return f"{institution.name} {organ.text}" if organ.lower_ in ORGANS and not organ.ent_type_ else None
