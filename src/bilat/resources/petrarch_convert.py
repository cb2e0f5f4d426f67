"""Convert the PETRARCH-2 / Phoenix dictionaries (MIT) into bilat resource files.

    python -m bilat.resources.petrarch_convert ../shared/vendor/petrarch2 [--out DIR]

Re-runnable: a new dictionary release is one command. Reads the vendor folder (formats described in its
``dictionaries.rst``) and writes compact line files into ``resources/petrarch/`` (each with a ``# schema:``
header and a ``FORMAT:`` line), plus the licence text and a credit. The converted files are parsed by
``bilat.extract.dictionary`` (verbs) and ``bilat.nlp.phoenix`` (actors, agents, discards).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent / "petrarch"
PREPOSITIONS = {
    "about", "across", "after", "against", "along", "among", "around", "as", "at", "before", "behind",
    "between", "by", "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto",
    "over", "through", "to", "toward", "towards", "under", "upon", "with", "within", "without",
}  # fmt: skip
MARKERS = {"$", "+", "%", "^"}  # source/target/compound/skip markers: the parse gives bilat the actors


class ConvertError(ValueError):
    """A vendor line the converter cannot read: ``file:line: message``."""


@dataclass
class VerbFile:
    synsets: dict[str, list[str]] = field(default_factory=dict)
    verbs: list[tuple[str, str, str, list[str]]] = field(default_factory=list)  # lemma, block, code, forms
    patterns: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, note = line.partition("#")
    return body.rstrip(), note.strip()


def _phrase(text: str) -> str:
    """``FINANCIAL_AID_`` → ``financial aid`` (bilat matches lemmas, so plural rules are not needed)."""
    return " ".join(w for w in text.replace("_", " ").lower().split())


def _code(text: str) -> str:
    """``[042:043]`` → ``042``; ``[:190]`` and ``[---]`` → ``-`` (no event for the source's act)."""
    first = text.strip("[] ").split(":")[0].strip()
    return first if first.isdigit() else "-"


def _elements(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Nouns and prepositional phrases of one side of a pattern, as text elements."""
    nouns: list[str] = []
    preps: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in MARKERS:
            i += 1
        elif tok.startswith("("):
            inner = []
            while i < len(tokens):
                inner.append(tokens[i])
                if tokens[i].endswith(")"):
                    break
                i += 1
            words = " ".join(inner).strip("() ").split(None, 1)
            obj = _element(words[1]) if len(words) > 1 else ""
            preps.append(f"{words[0].lower()}:{obj}" if words else "")
            i += 1
        elif tok.lower() in PREPOSITIONS and nouns is not None:
            # An unbracketed preposition ("* OF ATTACK"): the next noun is its object.
            nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1] not in MARKERS else ""
            preps.append(f"{tok.lower()}:{_element(nxt) if nxt and not nxt.startswith('(') else ''}")
            i += 2 if nxt and not nxt.startswith("(") else 1
        else:
            nouns.append(_element(tok))
            i += 1
    return [n for n in nouns if n], [p for p in preps if p]


def _element(text: str) -> str:
    words = [w for w in text.strip("{}() ").replace("_", " ").split() if w not in MARKERS]
    return " ".join(w.upper().rstrip("_") if w.startswith("&") else w.lower() for w in words)


def _tokens(pattern: str) -> list[str]:
    """Split a pattern into words, keeping ``{A B}`` phrases together."""
    out, depth, current = [], 0, ""
    for char in pattern:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if char.isspace() and depth == 0:
            if current:
                out.append(current)
            current = ""
        else:
            current += char
    if current:
        out.append(current)
    return [t.replace(" ", "_") if t.startswith("{") else t for t in out]


def read_verbs(path: Path) -> VerbFile:
    result = VerbFile()
    block, block_code, synset = "", "-", ""
    in_verbs = False
    for number, raw in enumerate(path.read_text(encoding="latin-1").splitlines(), start=1):
        line, note = _strip_comment(raw)
        where = f"{path.name}:{number}"
        if not line.strip():
            continue
        if line.startswith("---"):
            header = re.match(r"---\s+(\S+)\s+(\[[^\]]*\])", line)
            if not header:
                raise ConvertError(f"{where}: unreadable verb block header")
            in_verbs, block, block_code = True, header.group(1).lower(), _code(header.group(2))
            result.verbs.append(("", block, block_code, []))  # the block's own default code
            continue
        if not in_verbs:
            if line.startswith("&"):
                synset = line.strip().upper().rstrip("_")
                result.synsets[synset] = []
            elif line.startswith("+") and synset:
                result.synsets[synset].append(_phrase(line.strip()[1:]))
            continue
        if line.startswith("~"):
            result.skipped.append(f"{where}: transformation (verb-verb rule) not converted")
        elif line.startswith("-"):
            match = re.match(r"-(.*?)(\[[^\]]*\])\s*$", line)
            if not match:
                result.skipped.append(f"{where}: pattern without a code")
                continue
            body = match.group(1)
            if "*" not in body:
                result.skipped.append(f"{where}: pattern without '*'")
                continue
            pre, _, post = body.partition("*")
            subjects, _ = _elements(_tokens(pre))
            objects, preps = _elements(_tokens(post))
            sets = {w.split(":")[-1] for e in subjects + objects + preps for w in e.split() if "&" in w}
            unknown = sorted(w.split(":")[-1] for w in sets if w.split(":")[-1] not in result.synsets)
            if unknown:
                # PETRARCH ignores a pattern naming an undefined synonym set; so does the conversion.
                result.skipped.append(f"{where}: undefined synonym set {unknown[0]}")
                continue
            code = _code(match.group(2))
            row = (block, ", ".join(subjects), ", ".join(objects), ", ".join(preps), code, note)
            result.patterns.append(row)
        else:
            verb = re.match(r"(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
            if not verb:
                raise ConvertError(f"{where}: unreadable verb line")
            words = verb.group(1).split("_")
            head = next((k for k, w in enumerate(words) if w.startswith("+")), 0)
            if head > 0:
                result.skipped.append(f"{where}: verb after its particle ({verb.group(1)}) not converted")
                continue
            lemma = _phrase(verb.group(1).lstrip("+"))
            forms = [
                _phrase(f.lstrip("+").split("_")[0])
                for f in (verb.group(2) or "").strip("{}").split()
                if f.strip()
            ]
            code = _code(verb.group(3)) if verb.group(3) else ""
            result.verbs.append((lemma, block, code, sorted(set(forms) - {lemma.split()[0]})))
    return result


VERBS_HEADER = """# schema: bilat.petrarch.verbs/1
# FORMAT: kind | fields…   (converted from PETRARCH-2 CAMEO.2.0.txt by bilat.resources.petrarch_convert; MIT,
#         see LICENSE and README.md beside this file; do not edit: re-run the converter)
#   S | &NAME | phrase, phrase, …                          a synonym set (phrases are lemmas, head last)
#   B | block | code                                       a verb block and its default code (- no event)
#   V | verb lemma [particle] | block | code | forms       a verb of a block; code overrides the block's
#   P | block | subject nouns | object nouns | preps | code | note
#       nouns: phrase or &SET, comma-separated; preps: prep:noun (prep: alone for a bare preposition)
# EXAMPLE: P | deport | | diplomats | | 174 | EXPEL       "A expelled diplomats" → 174
"""


def write_verbs(verbs: VerbFile, out: Path) -> int:
    lines = [VERBS_HEADER.rstrip("\n")]
    for name, members in verbs.synsets.items():
        lines.append(f"S | {name} | {', '.join(dict.fromkeys(m for m in members if m))}")
    for lemma, block, code, forms in verbs.verbs:
        if not lemma:
            lines.append(f"B | {block} | {code}")
        else:
            lines.append(f"V | {lemma} | {block} | {code} | {', '.join(forms)}")
    for block, subjects, objects, preps, code, note in verbs.patterns:
        note = note.replace("|", "/")[:40]
        lines.append(f"P | {block} | {subjects} | {objects} | {preps} | {code} | {note}")
    (out / "verbs.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(verbs.patterns)


def _date(text: str, where: str) -> str:
    if len(text) == 6:
        text = ("20" if int(text[:2]) <= 30 else "19") + text
    if len(text) != 8 or not text.isdigit():
        raise ConvertError(f"{where}: bad date {text!r}")
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _restriction(text: str, where: str) -> str:
    """``USAGOV >090120`` → ``USAGOV 2009-01-20..``; ``X 780101-000101`` → ``X 1978-01-01..2000-01-01``."""
    parts = text.split()
    if len(parts) == 1:
        return parts[0]
    code, span = parts[0], parts[1]
    if span.startswith(">"):
        return f"{code} {_date(span[1:], where)}.."
    if span.startswith("<"):
        return f"{code} ..{_date(span[1:], where)}"
    start, _, end = span.partition("-")
    return f"{code} {_date(start, where)}..{_date(end, where)}"


def read_actors(path: Path) -> tuple[list[tuple[list[str], str, list[str]]], list[str]]:
    """Records of (phrases, default code, date restrictions)."""
    records: list[tuple[list[str], str, list[str]]] = []
    skipped: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="latin-1").splitlines(), start=1):
        where = f"{path.name}:{number}"
        line = raw.split("#")[0].split(";")[0].rstrip()
        if not line.strip():
            continue
        if raw[:1].isspace() and line.strip().startswith("["):
            if not records:
                skipped.append(f"{where}: restriction before any actor")
                continue
            for item in re.findall(r"\[([^\]]*)\]", line):
                try:
                    records[-1][2].append(_restriction(item.strip(), where))
                except ConvertError as error:
                    skipped.append(str(error))
            continue
        # "JANE_DOE_ [IGOUNO 000101-080801] [---]": on the actor's own line, a bracket with a span is a
        # dated code like those on the lines below it; the first bracket without one is the default.
        code, spans = "", []
        for item in (i.strip() for i in re.findall(r"\[([^\]]*)\]", line)):
            if len(item.split()) > 1:
                try:
                    spans.append(_restriction(item, where))
                except ConvertError as error:
                    skipped.append(str(error))
            elif not code and not spans:
                code = item
        phrase = _phrase(re.sub(r"\[[^\]]*\]", "", line).strip().lstrip("+"))
        if not phrase:
            continue
        if line.strip().startswith("+") and records:
            records[-1][0].append(phrase)
            if code and not records[-1][1]:
                records[-1] = (records[-1][0], code, records[-1][2])
            records[-1][2].extend(spans)
        else:
            records.append(([phrase], code, spans))
    return records, skipped


ACTORS_HEADER = """# schema: bilat.petrarch.actors/1
# FORMAT: phrases (; separated, lower case) | default code | dated codes (; separated: CODE FROM..TO)
#   converted from Phoenix {name} by bilat.resources.petrarch_convert (MIT; see LICENSE, README.md)
#   codes are CAMEO actor codes: a country (USA), an organisation (IGOUNO, NGO…), then role letters (GOV,
#   MIL, REB, ELI…); FROM or TO may be empty (open span)
# EXAMPLE: barack obama; obama | | USAELI 1978-01-01..2000-01-01; USAGOV 2009-01-20..
"""


def write_actors(records: list[tuple[list[str], str, list[str]]], source: str, out: Path, name: str) -> int:
    lines = [ACTORS_HEADER.format(name=source).rstrip("\n")]
    for phrases, code, spans in records:
        if not code and not spans:
            continue
        lines.append(f"{'; '.join(dict.fromkeys(phrases))} | {code} | {'; '.join(spans)}")
    (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


AGENTS_HEADER = """# schema: bilat.petrarch.agents/1
# FORMAT: noun phrase (lower case, singular) | plural (- none, empty: regular) | code | side (after/before)
#   converted from Phoenix.agents.txt by bilat.resources.petrarch_convert (MIT; see LICENSE, README.md);
#   "after": the code follows the country's ("Iraqi militia" → IRQ + REB), "before": it precedes it
# EXAMPLE: militia | | REB | after
"""


def read_agents(path: Path) -> tuple[list[str], list[str]]:
    subs: dict[str, list[str]] = {}
    lines, skipped = [], []
    for number, raw in enumerate(path.read_text(encoding="latin-1").splitlines(), start=1):
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<!--"):
            continue
        marker = re.match(r"(![A-Z]+!)\s*=\s*(.*)", line)
        if marker:
            subs[marker.group(1)] = [w.strip() for w in marker.group(2).split(",") if w.strip()]
            continue
        entry = re.match(r"([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]}]*)[\]}]", line)
        if not entry:
            skipped.append(f"{path.name}:{number}: unreadable agent line")
            continue
        code = entry.group(3).strip()
        side = "after" if code.startswith("~") else "before"
        code = code.strip("~")
        plural = entry.group(2)
        plural_text = _phrase(plural.strip("{}")) if plural else ""
        if plural is not None and not plural.strip("{} "):
            plural_text = "-"  # "{}": no plural form
        phrases = [entry.group(1)]
        for mark, words in subs.items():
            if mark in entry.group(1):
                phrases, plural_text = [entry.group(1).replace(mark, w) for w in words], "-"
        for phrase in phrases:
            lines.append(f"{_phrase(phrase)} | {plural_text} | {code} | {side}")
    return lines, skipped


DISCARDS_HEADER = """# schema: bilat.petrarch.discards/1
# FORMAT: phrase (lower case) | scope (sentence/story) | match (word: whole words; stem: word start)
#   converted from Phoenix.discards.txt by bilat.resources.petrarch_convert (MIT; see LICENSE, README.md)
#   a sentence (or, for scope story, an article) containing the phrase is not coded by the dictionary
# EXAMPLE: world cup | sentence | stem
"""


def read_discards(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<!--"):
            continue
        scope = "story" if line.startswith("+") else "sentence"
        text = line.lstrip("+").strip()
        match = "word" if text.endswith("_") else "stem"
        lines.append(f"{_phrase(text)} | {scope} | {match}")
    return lines


CREDIT = """# The PETRARCH-2 / Phoenix dictionaries, converted for bilat

The files in this folder are converted by `python -m bilat.resources.petrarch_convert <folder>` (or
`make dictionaries`) from the event-coding dictionaries of the PETRARCH-2 coder of the Open Event Data
Alliance (repository openeventdata/petrarch2, `petrarch2/data/dictionaries/`): the CAMEO verb dictionary
`CAMEO.2.0.txt` (derived from the TABARI CAMEO verb lists of the Computational Event Data System project and
WordNet synonym sets), the Phoenix actor dictionaries (states and office holders generated from CountryInfo,
international organisations, armed non-state groups), agents and discards.

Copyright (c) 2014-2015 Open Event Data Alliance; released under the MIT licence, whose text is in `LICENSE`
beside this file. Dictionary development was funded by the U.S. National Science Foundation (grants listed
in the original files). Do not edit the converted files: edit bilat's own `resources/events/` and
`resources/actors/` files, which take precedence, or re-run the converter on a new release.

| file | from | holds |
|---|---|---|
| `verbs.txt` | `CAMEO.2.0.txt` | synonym sets, verb blocks with their verbs and irregular forms, patterns |
| `states.txt` | `Phoenix.Countries.actors.txt` | countries, their words, office holders (to 2014) |
| `international.txt` | `Phoenix.International.actors.txt` | international organisations and their officials |
| `nonstate.txt` | `Phoenix.MilNonState.actors.txt` | armed non-state groups |
| `agents.txt` | `Phoenix.agents.txt` | sector nouns ("militia" → REB) |
| `discards.txt` | `Phoenix.discards.txt` | phrases that make a sentence or story uncodable |
"""


def convert(source: Path, out: Path = OUT) -> dict[str, int]:
    """Convert every dictionary of ``source`` into ``out``; returns how many records each file holds."""
    out.mkdir(parents=True, exist_ok=True)
    verbs = read_verbs(source / "CAMEO.2.0.txt")
    counts = {"verbs.patterns": write_verbs(verbs, out), "verbs.verbs": len(verbs.verbs)}
    skipped = list(verbs.skipped)
    for vendor, name in [
        ("Phoenix.Countries.actors.txt", "states.txt"),
        ("Phoenix.International.actors.txt", "international.txt"),
        ("Phoenix.MilNonState.actors.txt", "nonstate.txt"),
    ]:
        records, missed = read_actors(source / vendor)
        counts[name] = write_actors(records, vendor, out, name)
        skipped += missed
    agents, missed = read_agents(source / "Phoenix.agents.txt")
    (out / "agents.txt").write_text(AGENTS_HEADER + "\n".join(agents) + "\n", encoding="utf-8")
    counts["agents.txt"], skipped = len(agents), skipped + missed
    discards = read_discards(source / "Phoenix.discards.txt")
    (out / "discards.txt").write_text(DISCARDS_HEADER + "\n".join(discards) + "\n", encoding="utf-8")
    counts["discards.txt"] = len(discards)
    shutil.copyfile(source / "LICENSE", out / "LICENSE")
    (out / "README.md").write_text(CREDIT, encoding="utf-8")
    counts["skipped"] = len(skipped)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the vendor folder (../shared/vendor/petrarch2)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        counts = convert(args.source, args.out)
    except (ConvertError, OSError) as error:
        print(f"error: {args.source}: {error}", file=sys.stderr)
        return 1
    for name, count in counts.items():
        print(f"{name}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
