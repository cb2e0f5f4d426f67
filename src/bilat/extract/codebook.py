"""The CAMEO code table (Goldstein, quad class) and the CAMEO → PLOVER mapping, from resources/events/."""

from __future__ import annotations

from dataclasses import dataclass

from bilat.resources import ResourceError, Resources, read_lines


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad: int
    plover: str | None  # None: the code is no PLOVER event (public statements)
    mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def load_codebook(resources: Resources) -> dict[str, Code]:
    plover: dict[str, tuple[str | None, str | None]] = {}
    for n, line in read_lines(resources.path("events/plover.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or not fields[0].isdigit():
            raise ResourceError(f"events/plover.txt:{n}: expected 'CAMEO prefix | PLOVER type | mode'")
        plover[fields[0]] = (None if fields[1] == "-" else fields[1], None if fields[2] == "-" else fields[2])
    codes: dict[str, Code] = {}
    for n, line in read_lines(resources.path("events/cameo.txt")):
        fields = [f.strip() for f in line.split("|")]
        try:
            code, name, goldstein, quad = fields
            score, quad_class = float(goldstein), int(quad)
        except ValueError:
            raise ResourceError(f"events/cameo.txt:{n}: expected 'code | name | goldstein | quad'") from None
        if (
            not (code.isdigit() and len(code) in (3, 4))
            or not -10 <= score <= 10
            or quad_class not in (1, 2, 3, 4)
        ):
            raise ResourceError(f"events/cameo.txt:{n}: bad code, score or quad class in {line!r}")
        prefix = next((code[:k] for k in range(len(code), 1, -1) if code[:k] in plover), None)
        if prefix is None:
            raise ResourceError(f"events/cameo.txt:{n}: no PLOVER mapping covers code {code}")
        codes[code] = Code(code, name, score, quad_class, *plover[prefix])
    return codes
