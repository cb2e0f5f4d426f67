"""The Phoenix actor dictionaries (resources/petrarch/, converted from PETRARCH-2; MIT): a small lookup API
the actor recognizer consults where bilat's own tables (resources/actors/) are silent.

- ``office_holder(name, on)``: who a name stood for on a date (Phoenix covers office holders up to its
  generation in early 2014; bilat's ``leaders.txt`` covers the years after and is consulted first).
- ``organisation(name)``: an international organisation or an armed non-state group.
- ``agent(noun)``: the sector a common noun names ("militia" → REB), for "Iraqi militias" → IRQ + REB.

Each table is parsed once per process on first use (``Resources.load``), so an article that never needs
the 18,000 state entries never reads them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from bilat.nlp.countries import Institution
from bilat.resources import ResourceError, Resources, read_lines

# The Phoenix state file was generated on 2014-01-30: an open term ("from 2009 on") says nothing later.
PHOENIX_UNTIL = date(2014, 1, 30)
# CAMEO actor role codes → bilat sectors. ELI (elites, former office holders), SPY, CRM and the like name
# no sector bilat codes, and no office.
ROLE_SECTORS = {
    "GOV": "GOV",
    "MIL": "MIL",
    "LEG": "LEG",
    "JUD": "JUD",
    "COP": "COP",
    "REB": "REB",
    "INS": "REB",
    "UAF": "REB",
    "OPP": "OPP",
    "BUS": "BUS",
    "MED": "MED",
    "EDU": "EDU",
    "CVL": "CVL",
    "REF": "CVL",
    "AGR": "CVL",  # farmers, fishermen, herdsmen: civilians in bilat's sectors
    "NGO": "NGO",
    "NGM": "NGO",
    "LAB": "LAB",
    "REL": "REL",
}
OFFICES = {"GOV", "MIL"}
STATE_PARTS = {"GOV", "MIL", "LEG", "JUD", "COP"}


@dataclass(frozen=True)
class Span:
    code: str
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Entry(NamedTuple):
    """One record: its first phrase (the canonical name), its default code and its dated codes as written,
    parsed on first use (most of the 18,000 records are never looked at)."""

    phrase: str
    code: str
    dated: str
    where: str

    def default(self) -> str:
        """The code with no date restriction; one written alone among the dated ones counts too."""
        undated = [item.strip() for item in self.dated.split(";") if item.strip() and " " not in item.strip()]
        return self.code.strip() or (undated[0] if undated else "")

    def spans(self) -> list[Span]:
        spans = []
        for item in (s.strip() for s in self.dated.split(";")):
            if " " not in item:
                continue
            code, _, period = item.partition(" ")
            start, sep, end = period.partition("..")
            if not sep:
                raise ResourceError(f"{self.where}: expected 'CODE FROM..TO', found {item!r}")
            spans.append(Span(code, _day(start, self.where), _day(end, self.where)))
        return spans


@dataclass(frozen=True)
class Holder:
    name: str
    country: str
    sector: str


def _key(text: str) -> str:
    return " ".join(text.lower().replace(".", "").replace("_", " ").split())


def _day(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ResourceError(f"{where}: bad date {text!r}") from None


def parse_actors(lines: list[tuple[int, str]], name: str) -> dict[str, Entry]:
    """Phrases → entries. The converter writes phrases lower-cased with single spaces, so the key is the
    phrase without its full stops."""
    table: dict[str, Entry] = {}
    for number, line in lines:
        fields = line.split("|")
        if len(fields) != 3:
            raise ResourceError(f"{name}:{number}: expected 'phrases | default code | dated codes'")
        names = fields[0].split(";")
        first = names[0].strip()
        if not first:
            raise ResourceError(f"{name}:{number}: no phrase")
        entry = Entry(first, fields[1], fields[2], f"{name}:{number}")
        for phrase in names:
            table.setdefault(phrase.strip().replace(".", ""), entry)
    return table


def _table(resources: Resources, file: str) -> dict[str, Entry]:
    return parse_actors(read_lines(resources.path(f"petrarch/{file}")), f"petrarch/{file}")


def load_states(resources: Resources) -> dict[str, Entry]:
    return _table(resources, "states.txt")


def load_organisations(resources: Resources) -> dict[str, Entry]:
    """International organisations, then armed non-state groups (a name in both is the organisation)."""
    table = _table(resources, "nonstate.txt")
    table.update(_table(resources, "international.txt"))
    return table


def load_agents(resources: Resources) -> dict[str, str]:
    """Agent noun (singular and plural) → bilat sector, for the agents whose code names one."""
    agents: dict[str, str] = {}
    for number, line in read_lines(resources.path("petrarch/agents.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 4 or fields[3] not in {"after", "before"}:
            raise ResourceError(
                f"petrarch/agents.txt:{number}: expected 'noun | plural | code | after/before'"
            )
        noun, plural, code, _ = fields
        sector = ROLE_SECTORS.get(code[:3])
        if sector is None:
            continue
        forms = [noun]
        if plural and plural != "-":
            forms.append(plural)
        elif not plural:
            forms.append(_plural(noun))
        for form in forms:
            agents.setdefault(form, sector)
    return agents


def _plural(noun: str) -> str:
    # PETRARCH's rule: -y → -ies, -ss → -sses, otherwise -s.
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith("ss") else "s")


def _country(code: str) -> str | None:
    head = code[:3]
    return head if head.isalpha() and head.isupper() and head not in {"IGO", "NGO", "IMG", "---"} else None


def office_holder(name: str, on: str | None, resources: Resources) -> Holder | None:
    """The state office ``name`` held on ``on`` (ISO date) by the Phoenix tables, only for dates they cover
    (up to early 2014). Bilat's own leaders.txt is consulted first by its caller."""
    if not on:
        return None
    try:
        day = date.fromisoformat(on[:10])
    except ValueError:
        return None
    if day > PHOENIX_UNTIL:
        return None
    entry = resources.load("petrarch.states", load_states).get(_key(name))
    if entry is None:
        return None
    for span in entry.spans():
        role = span.code[3:6]
        country = _country(span.code)
        if country and role in OFFICES and span.covers(day):
            return Holder(entry.phrase.title(), country, role)
    return None


def place_state(name: str, resources: Resources) -> str | None:
    """The state a place belongs to ("Kisumu" → KEN, "Peshawar" → PAK): the Phoenix country records list a
    state's cities and provinces among its words, under the bare state code (office holders' records carry
    a longer code)."""
    entry = resources.load("petrarch.states", load_states).get(_key(name))
    if entry is None:
        return None
    code = entry.default()
    return code if len(code) == 3 and code.isalpha() and code.isupper() else None


def organisation(name: str, resources: Resources) -> Institution | None:
    """An international organisation or armed group by one of its names ("the Arab League", "Hamas")."""
    text = name[4:] if name.lower().startswith("the ") else name
    entry = resources.load("petrarch.organisations", load_organisations).get(_key(text))
    code = entry.default() if entry is not None else ""
    if entry is None or not code:
        return None
    # "nato" → NATO, "arab league" → Arab League: the tables are lower case.
    short = len(entry.phrase) <= 5 and " " not in entry.phrase
    display = entry.phrase.upper() if short else entry.phrase.title()
    if code.startswith("IGO"):
        return Institution(display, None, "IGO", "organisation")
    if code.startswith("NGO"):
        # "Amnesty International" (NGOHRIAMN): a non-governmental organisation of no state, which speaks
        # and acts for itself, as PETRARCH codes it. The bare word "NGO" names the kind, not one of them.
        return None if entry.phrase == "ngo" else Institution(display, None, "NGO", "organisation")
    country = _country(code)
    sector = ROLE_SECTORS.get(code[3:6])
    if country is None or sector is None:
        return None
    return Institution(display, country, sector, "organisation")


def firm_home(name: str, resources: Resources, states: Collection[str]) -> tuple[str, str] | None:
    """The home state and sector of a multinational firm the Phoenix tables know by this name ("Boeing":
    MNCUSA, business; an outlet's MNC…MED, media), when their code gives one of ``states``; None for a firm
    of no state or of a region ("MNCSEA")."""
    text = name[4:] if name.lower().startswith("the ") else name
    entry = resources.load("petrarch.organisations", load_organisations).get(_key(text))
    code = entry.default() if entry is not None else ""
    if not code.startswith("MNC") or code[3:6] not in states:
        return None
    return code[3:6], ROLE_SECTORS.get(code[6:9], "BUS")


def agent(noun: str, resources: Resources) -> str | None:
    """The sector of an agent noun ("militias" → REB), or None."""
    return resources.load("petrarch.agents", load_agents).get(noun.lower())
