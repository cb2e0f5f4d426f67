"""Loader for the ingest resource files: debris lines, outlets, month names, stamps, datelines, cites."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilat.resources import ResourceError, Resources, read_lines
from bilat.text import folded

DOMAIN_LIKE = re.compile(r"^[A-Z][\w\-]*\.(?:[A-Za-z]{2,4})$")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A capitalised name of up to four words ("Reuters", "Trend News Agency", "Caliber.az"), on one line.
_WORD = r"[A-Z](?:[\w&’'\-]|\.(?=\w))*"  # a dot only inside a word (News.Az), not ending a sentence
NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:of[ \t]+)?{_WORD}){{0,3}})"
MACRO = re.compile(r"%(\w+)")
WORD_KINDS = ("orgword", "officeword", "sectionword", "roleword", "staffword")  # cites.txt's word classes


@dataclass(frozen=True)
class IngestPatterns:
    debris: tuple[re.Pattern[str], ...]
    outlets: dict[str, str]  # lower-case spelling → reported name
    stamps: tuple[re.Pattern[str], ...]
    months: dict[str, int]  # lower-case spelling → 1..12
    weekdays: dict[str, int]  # lower-case spelling → 0 (Monday) .. 6
    datelines: tuple[re.Pattern[str], ...] = ()
    cites: tuple[re.Pattern[str], ...] = ()
    orgwords: frozenset[str] = frozenset()
    officewords: frozenset[str] = frozenset()
    sectionwords: frozenset[str] = frozenset()
    rolewords: frozenset[str] = frozenset()
    staffwords: frozenset[str] = frozenset()
    bylines: tuple[re.Pattern[str], ...] = ()
    signoffs: tuple[re.Pattern[str], ...] = ()
    copyrights: tuple[re.Pattern[str], ...] = ()

    def is_debris(self, line: str) -> bool:
        stripped = line.strip()
        return bool(stripped) and any(p.fullmatch(stripped) for p in self.debris)

    def byline(self, line: str) -> str | None:
        """The credited name of a byline ("By Jane Roe" → "Jane Roe"), else None."""
        for regex in self.bylines:
            match = regex.fullmatch(line.strip())
            if match and match["name"].strip()[:1].isupper():
                return match["name"].strip()
        return None

    def signoff(self, line: str) -> str | None:
        """For a closing credit line, the author it names or "" when it names none; else None."""
        for regex in self.signoffs:
            match = regex.fullmatch(line.strip())
            if match:
                return (match.groupdict().get("name") or "").strip()
        return None

    def copyright(self, line: str) -> tuple[str, str | None] | None:
        """For a copyright line ("(c) 2019 Some Wire"), its year and the holder it names; else None."""
        for regex in self.copyrights:
            match = regex.fullmatch(line.strip())
            if match:
                return match["year"], (match.groupdict().get("name") or "").strip(" .,;") or None
        return None

    def outlet(self, name: str) -> str | None:
        """The outlet's reported name when ``name`` is a known outlet or shaped like a web domain."""
        name = name.strip().strip(".,;:")
        known = self.outlets.get(name.lower())
        if known:
            return known
        return name if DOMAIN_LIKE.match(name) else None

    def looks_like_outlet(self, name: str) -> str | None:
        """A known/domain outlet, or a name with an organisation word in it ("Trend News Agency")."""
        return self.looks_like_paper(name) or self._named_with(name, self.officewords)

    def looks_like_paper(self, name: str) -> str | None:
        """A known/domain outlet, or a name with a news organisation's word in it ("Harbour Gazette"),
        not an office of state ("Department of Foreign Affairs")."""
        return self.outlet(name) or self._named_with(name, self.orgwords)

    @staticmethod
    def _named_with(name: str, words: frozenset[str]) -> str | None:
        found = {folded(w) for w in re.findall(r"[^\W\d_]+", name)}
        # A news word fused with another ("Newswire", "Newsline", "Newsday") names a news organisation too.
        fused = any(w.startswith("news") and len(w) > 4 for w in found) and "news" in words
        return name.strip().strip(".,;:") if found & words or fused else None

    def is_section(self, line: str) -> bool:
        """A page's section label ("WORLD NEWS", "Breaking News"): only news words and section words, no
        name of its own, so no paper's masthead."""
        words = {folded(w) for w in re.findall(r"[^\W\d_]+", line)}
        return bool(words) and words <= self.sectionwords | self.orgwords | {"the", "and", "of"}

    def is_role(self, part: str, *, beside_paper: bool = False) -> bool:
        """A byline part naming the writer's job, not a paper ("London correspondent", "Staff Reporter",
        and "Marine Correspondent" when the byline names its paper elsewhere ``beside_paper``). A paper may be
        named after a reporter ("Harbour Reporter"), so a capitalised role alone is a paper still."""
        words = re.findall(r"[^\W\d_]+", part)
        if not 1 <= len(words) <= 4 or folded(words[-1]) not in self.rolewords:
            return False
        lower = any(w.islower() for w in words)
        return lower or folded(words[0]) in self.staffwords or beside_paper

    def citable(self, name: str) -> str | None:
        """A cited source worth keeping: an outlet, an organisation or an acronym — not a person."""
        found = self.looks_like_outlet(name)
        if found:
            return found
        return name if ACRONYM.match(name) else None


def _compile(where: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise ResourceError(f"{where}: bad regular expression: {error}") from None


def _expand(where: str, pattern: str, macros: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        if match[1] not in macros:
            raise ResourceError(f"{where}: unknown macro %{match[1]}")
        return macros[match[1]]

    return MACRO.sub(one, pattern)


def _alternation(spellings: dict[str, int]) -> str:
    # Longest first so "Sept" wins over "Sep" and "Thursday" over "Thu".
    return "(?:" + "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)) + ")"


def _split(where: str, line: str, parts: int) -> list[str]:
    fields = [f.strip() for f in line.split("|", parts - 1)]
    if len(fields) != parts or not all(fields[: parts - 1]):
        raise ResourceError(f"{where}: expected {parts} fields separated by '|'")
    return fields


def load_months(resources: Resources) -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for n, line in read_lines(resources.path("ingest/months.txt")):
        where = f"ingest/months.txt:{n}"
        kind, number, spellings = _split(where, line, 3)
        table, low, top = {"month": (months, 1, 12), "weekday": (weekdays, 0, 6)}.get(kind, (None, 0, 0))
        if table is None:
            raise ResourceError(f"{where}: kind must be month or weekday, not {kind!r}")
        if not number.isdigit() or not low <= int(number) <= top:
            raise ResourceError(f"{where}: bad {kind} number {number!r}")
        for spelling in spellings.split(","):
            if spelling.strip():
                table[spelling.strip().lower()] = int(number)
    return months, weekdays


def _load_dated(
    resources: Resources, name: str, required: set[str], macros: dict[str, str], *, agency_alone: bool = False
) -> tuple[re.Pattern[str], ...]:
    """Patterns of dates.txt / datelines.txt; a ``%name | regex`` line defines a macro for later lines.
    With ``agency_alone`` a pattern may have the group agency instead of the required ones (a dateline
    that names its wire and no date)."""
    macros = dict(macros)
    compiled = []
    for n, line in read_lines(resources.path(f"ingest/{name}")):
        where = f"ingest/{name}:{n}"
        label, pattern = _split(where, line, 2)
        pattern = _expand(where, pattern, macros)
        if label.startswith("%"):
            macros[label[1:]] = pattern
            continue
        regex = _compile(where, pattern, re.IGNORECASE)
        missing = required - set(regex.groupindex)
        wire_only = agency_alone and "agency" in regex.groupindex and "month" not in regex.groupindex
        if missing and not wire_only:
            raise ResourceError(f"{where}: pattern {label} lacks groups {sorted(missing)}")
        compiled.append(regex)
    return tuple(compiled)


def _load_cites(resources: Resources) -> tuple[tuple[re.Pattern[str], ...], dict[str, frozenset[str]]]:
    cites = []
    words: dict[str, set[str]] = {k: set() for k in WORD_KINDS}
    for n, line in read_lines(resources.path("ingest/cites.txt")):
        where = f"ingest/cites.txt:{n}"
        kind, value = _split(where, line, 2)
        if kind in words:
            words[kind].add(folded(value))
        elif kind == "pattern":
            # Case matters: a cited name is capitalised, the words around it are not.
            regex = _compile(where, _expand(where, value, {"name": NAME}))
            if "name" not in regex.groupindex:
                raise ResourceError(f"{where}: pattern lacks %name")
            cites.append(regex)
        else:
            raise ResourceError(
                f"{where}: kind must be pattern or one of {', '.join(WORD_KINDS)}, not {kind!r}"
            )
    return tuple(cites), {k: frozenset(v) for k, v in words.items()}


def _load_credits(resources: Resources) -> dict[str, list[re.Pattern[str]]]:
    kinds: dict[str, list[re.Pattern[str]]] = {"byline": [], "signoff": [], "copyright": []}
    for n, line in read_lines(resources.path("ingest/credits.txt")):
        where = f"ingest/credits.txt:{n}"
        kind, value = _split(where, line, 2)
        if kind not in kinds:
            raise ResourceError(f"{where}: kind must be byline, signoff or copyright, not {kind!r}")
        regex = _compile(where, value, re.IGNORECASE)
        if kind == "byline" and "name" not in regex.groupindex:
            raise ResourceError(f"{where}: a byline pattern needs the group 'name'")
        if kind == "copyright" and "year" not in regex.groupindex:
            raise ResourceError(f"{where}: a copyright pattern needs the group 'year'")
        kinds[kind].append(regex)
    return kinds


def load_ingest_patterns(resources: Resources) -> IngestPatterns:
    debris_path = resources.path("ingest/debris.txt")
    debris = tuple(
        _compile(f"ingest/debris.txt:{n}", line, re.IGNORECASE) for n, line in read_lines(debris_path)
    )
    outlets: dict[str, str] = {}
    for n, line in read_lines(resources.path("ingest/outlets.txt")):
        name, _, others = line.partition("|")
        name = name.strip()
        if not name:
            raise ResourceError(f"ingest/outlets.txt:{n}: empty outlet name")
        for spelling in [name, *others.split(",")]:
            if spelling.strip():
                outlets[spelling.strip().lower()] = name
    months, weekdays = load_months(resources)
    macros = {"month": _alternation(months), "weekday": _alternation(weekdays)}
    stamps = _load_dated(resources, "dates.txt", {"day", "month", "year"}, macros)
    datelines = _load_dated(resources, "datelines.txt", {"day", "month"}, macros, agency_alone=True)
    cites, words = _load_cites(resources)
    credits = _load_credits(resources)
    return IngestPatterns(
        bylines=tuple(credits["byline"]),
        signoffs=tuple(credits["signoff"]),
        copyrights=tuple(credits["copyright"]),
        debris=debris,
        outlets=outlets,
        stamps=stamps,
        months=months,
        weekdays=weekdays,
        datelines=datelines,
        cites=cites,
        orgwords=words["orgword"],
        officewords=words["officeword"],
        sectionwords=words["sectionword"],
        rolewords=words["roleword"],
        staffwords=words["staffword"],
    )
