"""Countries, their names, demonyms and capitals; titles; institutions — loaded from resources/actors/."""

from __future__ import annotations

from dataclasses import dataclass, field

import pycountry

from bilat.resources import ResourceError, Resources, read_lines

SECTORS = {
    "GOV",
    "MIL",
    "LEG",
    "JUD",
    "DIP",
    "BUS",
    "MED",
    "NGO",
    "EDU",
    "REB",
    "CVL",
    "IGO",
    "OPP",
    "COP",
    "LAB",
    "REL",
    "LOC",
}


@dataclass(frozen=True)
class Title:
    phrase: str
    role: str
    sector: str
    state_actor: bool
    country: str | None = None  # the one state whose office it is ("taoiseach"), when only one has it
    # The state whose office a title bare of any portfolio is when the story is about that state: "Secretary
    # of State X" in a story on the United States, where other states' secretaries of state are junior
    # ministers written with their portfolio ("Secretary of State for Trade X") or their state.
    # Several states may share such an office ("Chancellor": Germany's and Austria's): the one of them the
    # story is about, when it is about only one.
    pair_country: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A kind of actor named by a common noun ("rebels", "a court"): its sector, and whether it is part of
    the state."""

    sector: str
    state: bool


@dataclass(frozen=True)
class Institution:
    name: str
    country: str | None
    sector: str
    kind: str


@dataclass
class Gazetteer:
    names: dict[str, str] = field(default_factory=dict)  # country name → ISO3
    demonyms: dict[str, str] = field(default_factory=dict)  # nationality adjective or plural → ISO3
    capitals: dict[str, str] = field(default_factory=dict)  # capital city → ISO3
    display: dict[str, str] = field(default_factory=dict)  # ISO3 → name to show
    titles: dict[str, Title] = field(default_factory=dict)  # lower-case phrase → title
    institutions: dict[str, Institution] = field(default_factory=dict)  # name or alias → institution
    groups: dict[str, Group] = field(default_factory=dict)  # lower-case noun → group ("rebels")
    regions: dict[str, str] = field(default_factory=dict)  # province or state → ISO3 of its country

    def country_of(self, text: str) -> str | None:
        text = text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        return self.names.get(text) or self.demonyms.get(text) or self.capitals.get(text)

    def country_name(self, iso3: str | None) -> str:
        return self.display.get(iso3 or "", iso3 or "")


def _plurals(demonym: str) -> list[str]:
    # "Azerbaijanis", "Israelis", "Germans"; "Chinese"/"French"/"Swiss" have no -s plural.
    if demonym.endswith(("i", "n", "k")) and not demonym.endswith(("ese", "ch", "sh")):
        return [demonym + "s"]
    return []


# How an apostrophe in a place's name may be typed: "Nuku'alofa", "Nuku’alofa", and with the Polynesian
# glottal stop letter, "Nukuʻalofa".
APOSTROPHES = ("’", "ʻ")


def apostrophe_spellings(name: str) -> set[str]:
    """A name as listed and as written with each other apostrophe."""
    return {name, *(name.replace("'", mark) for mark in APOSTROPHES)}


def load_gazetteer(resources: Resources) -> Gazetteer:
    gazetteer = Gazetteer()
    for country in pycountry.countries:
        iso3 = country.alpha_3
        common = getattr(country, "common_name", None)
        gazetteer.display[iso3] = common or country.name
        for name in (country.name, getattr(country, "official_name", None), common):
            if name:
                gazetteer.names[name] = iso3
    path = resources.path("actors/countries.txt")
    for n, line in read_lines(path):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 4 or len(fields[0]) != 3 or not fields[0].isupper():
            raise ResourceError(f"actors/countries.txt:{n}: expected 'ISO3 | names | demonyms | capital'")
        iso3, names, demonyms, capitals = fields
        if iso3 not in gazetteer.display and iso3 != "XKX":
            raise ResourceError(f"actors/countries.txt:{n}: unknown ISO3 code {iso3}")
        first = names.split(",")[0].strip()
        if first:
            gazetteer.display[iso3] = first
        for name in filter(None, (x.strip() for x in names.split(","))):
            for spelling in apostrophe_spellings(name):
                gazetteer.names[spelling] = iso3
        for demonym in filter(None, (x.strip() for x in demonyms.split(","))):
            gazetteer.demonyms[demonym] = iso3
            for plural in _plurals(demonym):
                gazetteer.demonyms[plural] = iso3
        for capital in filter(None, (x.strip() for x in capitals.split(","))):
            for spelling in apostrophe_spellings(capital):
                gazetteer.capitals[spelling] = iso3
    for n, line in read_lines(resources.path("actors/titles.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) not in {4, 5} or fields[2] not in SECTORS or fields[3] not in {"yes", "no"}:
            raise ResourceError(
                f"actors/titles.txt:{n}: expected 'phrase | role | sector | yes/no [| ISO3[?]]'"
            )
        states = [x.strip() for x in fields[4].split(",")] if len(fields) == 5 else []
        if len(states) > 1 and not all(x.endswith("?") for x in states):
            raise ResourceError(f"actors/titles.txt:{n}: several states only as 'ISO3?, ISO3?'")
        gazetteer.titles[fields[0].lower()] = Title(
            fields[0].lower(),
            fields[1],
            fields[2],
            fields[3] == "yes",
            states[0] if len(states) == 1 and not states[0].endswith("?") else None,
            tuple(x.rstrip("?") for x in states if x.endswith("?")),
        )
    for n, line in read_lines(resources.path("actors/organisations.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 5 or fields[3] not in SECTORS:
            raise ResourceError(
                f"actors/organisations.txt:{n}: expected 'name | aliases | ISO3 | sector | kind'"
            )
        name, aliases, iso3, sector, kind = fields
        institution = Institution(name, None if iso3 == "-" else iso3, sector, kind)
        for alias in [name, *filter(None, (a.strip() for a in aliases.split(",")))]:
            gazetteer.institutions[alias] = institution
    for n, line in read_lines(resources.path("actors/groups.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or fields[1] not in SECTORS or fields[2] not in {"yes", "no"}:
            raise ResourceError(f"actors/groups.txt:{n}: expected 'nouns | sector | yes/no'")
        group = Group(fields[1], fields[2] == "yes")
        for noun in filter(None, (w.strip().lower() for w in fields[0].split(","))):
            gazetteer.groups[noun] = group
    # Where groups.txt is silent, the Phoenix agents ("militias" → REB); government nouns stay with titles.
    # Imported here: nlp.phoenix builds on this module's Institution.
    from bilat.nlp.phoenix import STATE_PARTS, load_agents

    for noun, sector in resources.load("petrarch.agents", load_agents).items():
        if sector != "GOV" and noun not in gazetteer.groups and " " not in noun:
            gazetteer.groups[noun] = Group(sector, sector in STATE_PARTS)
    for n, line in read_lines(resources.path("actors/regions.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or fields[2] not in gazetteer.display:
            raise ResourceError(f"actors/regions.txt:{n}: expected 'region | other spellings | ISO3'")
        for name in [fields[0], *filter(None, (a.strip() for a in fields[1].split(",")))]:
            gazetteer.regions[name] = fields[2]
    return gazetteer
