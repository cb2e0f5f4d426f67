"""Office holders by name and date (resources/actors/leaders.txt): who "Obama" or "Zelensky" acts for when
an article names them without a title.

A name counts only on the article's date inside the person's term: outside it they hold no office, and a
former leader's words are not a state's acts. A bare surname counts only when no other office holder of
that day shares it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from bilat.nlp.phoenix import office_holder
from bilat.resources import ResourceError, Resources, read_lines

ROLES = {
    "President",
    "Vice President",
    "Prime Minister",
    "Chancellor",
    "King",
    "Queen",
    "Emir",
    "Crown Prince",
    "Supreme Leader",
    "Foreign Minister",
    "Defense Minister",
    "Secretary-General",
    "High Representative",
    "Commission President",
}
SECTORS = {"GOV", "MIL", "IGO"}


@dataclass(frozen=True)
class Term:
    name: str
    country: str | None  # None: an international organisation's office
    role: str
    sector: str
    start: date
    end: date | None  # None: in office


@dataclass
class Leaders:
    by_name: dict[str, list[Term]]
    # Where leaders.txt knows no term of a name, the Phoenix office holders (to early 2014, nlp/phoenix.py).
    older: Resources | None = None

    def holder(self, name: str, on: str | None) -> Term | None:
        """The office ``name`` held on the day ``on`` (ISO date), if exactly one person fits."""
        if not on:
            return None
        try:
            day = date.fromisoformat(on[:10])
        except ValueError:
            return None
        terms = [
            t for t in self.by_name.get(_key(name), []) if t.start <= day and (t.end is None or day < t.end)
        ]
        if not terms and self.older is not None:
            return _phoenix_term(name, day, self.older)
        people = {t.name for t in terms}
        if len(people) != 1:
            return None
        # Two offices held at once (a president who is also party leader): the first listed.
        return terms[0]


# The titles table's roles that name a leaders.txt role otherwise.
TITLE_ROLES = {"Minister of Defense": "Defense Minister"}


def titled_holder(leaders: Leaders, surname: str, title: str, role: str, on: str | None) -> Term | None:
    """ "President Bush" in 2008: the one office holder of that role on that day whose name ends with the
    surname. A title narrows a surname the bare-name rule refuses (a common word, or shared by two people
    in office): two people cannot hold one state's office on one day. Older dates: the Phoenix tables,
    which list office holders under their titled names ("president bush")."""
    if not on:
        return None
    try:
        day = date.fromisoformat(on[:10])
    except ValueError:
        return None
    key, wanted = _key(surname), TITLE_ROLES.get(role, role)
    if not key or " " in key:
        return None
    found = {
        (t.name, t.country): t
        for terms in leaders.by_name.values()
        for t in terms
        if t.role == wanted
        and _key(t.name).split()[-1] == key
        and t.start <= day
        and (t.end is None or day < t.end)
    }
    if len(found) == 1:
        return next(iter(found.values()))
    if found or leaders.older is None:
        return None
    return _phoenix_term(f"{title} {surname}", day, leaders.older)


def _phoenix_term(name: str, day: date, resources: Resources) -> Term | None:
    holder = office_holder(name, day.isoformat(), resources)
    if holder is None:
        return None
    role = "Military official" if holder.sector == "MIL" else "Government official"
    return Term(holder.name, holder.country, role, holder.sector, day, None)


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.lower().replace(".", "").split())


def _day(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ResourceError(f"{where}: bad date {text!r}, expected YYYY-MM-DD") from None


def load_leaders(resources: Resources) -> Leaders:
    path = resources.path("actors/leaders.txt")
    by_name: dict[str, list[Term]] = {}
    for n, line in read_lines(path):
        where = f"actors/leaders.txt:{n}"
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 7:
            raise ResourceError(f"{where}: expected 'name | aliases | country | role | sector | from | to'")
        name, aliases, country, role, sector, start, end = fields
        if role not in ROLES or sector not in SECTORS:
            raise ResourceError(f"{where}: unknown role {role!r} or sector {sector!r}")
        term = Term(
            name=name,
            country=None if country == "-" else country,
            role=role,
            sector=sector,
            start=_day(start, where),
            end=None if end == "-" else _day(end, where),
        )
        for form in {name, *(a.strip() for a in aliases.split(",") if a.strip())}:
            by_name.setdefault(_key(form), []).append(term)
    return Leaders(by_name, older=resources)
