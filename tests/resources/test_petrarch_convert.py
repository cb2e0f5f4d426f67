"""The PETRARCH-2 converter on a small dictionary of our own writing, and the shipped converted files."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bilat.extract.codebook import load_codebook
from bilat.extract.dictionary import load_discards, load_lexicon, parse_verbs
from bilat.nlp import phoenix
from bilat.resources import ResourceError, load_resources, read_lines
from bilat.resources.petrarch_convert import convert, main

# A made-up dictionary in the vendor's formats (see ../shared/vendor/petrarch2/dictionaries.rst).
VERBS = """# a sample verb dictionary
####### SYNONYM SETS #######

&ENVOY
+AMBASSADOR
+CHARGE_D'AFFAIRES_

&LOOSE_
+UNDEFINED_HERE

####### VERB PATTERNS #######

---  SHUN   [---]  ---
SHUN {SHUNS SHUNNING SHUNNED }
SNUB [1712]
+COLD_SHOULDER {+COLD_SHOULDERS +COLD_SHOULDERED +COLD_SHOULDERING}
HARBOR_+WALL
- * &ENVOY                                        [161]     # SHUN
- * {TRADE FAIR} (IN ^)                           [163:163] # SHUN
- $ * (AT SUMMIT)                                 [:120]    # SNUB
- MINISTER * OF +                                 [1121]    # SNUB
- * &NOWHERE                                      [120]     # SNUB
~ a (a b SHUN) SAY = a b 015
"""
STATES = """# sample states
NORDLAND_   [NOR]
+NORDIC_KINGDOM_

ASTRID_VALE_ ; sample holder
+PRESIDENT_VALE
\t[NORGOV 050101-121231]
\t[NORELI]

KARL_MOOR_ [NORGOV 060101-101231] [---] ; a dated code on the actor's own line
"""
AGENTS = """!PERSON! = MAN, MEN
SENTRY!PERSON! [~MIL]
MILITIA {MILITIAS} [~REB]
HARBOUR_WORKER [~LAB]  # a note
"""


@pytest.fixture
def vendor(tmp_path: Path) -> Path:
    folder = tmp_path / "vendor"
    folder.mkdir()
    (folder / "CAMEO.2.0.txt").write_text(VERBS)
    (folder / "Phoenix.Countries.actors.txt").write_text(STATES)
    (folder / "Phoenix.International.actors.txt").write_text("LEAGUE_OF_HARBOURS_ [IGOLOH]\n")
    (folder / "Phoenix.MilNonState.actors.txt").write_text("RIVER_FRONT_\n\t[NORREB]\n")
    (folder / "Phoenix.agents.txt").write_text(AGENTS)
    (folder / "Phoenix.discards.txt").write_text("+TABLE TENNIS  # sport\nCHESS OLYMPIAD_\n")
    (folder / "LICENSE").write_text("sample licence text\n")
    return folder


def test_petrarch_convert_sample_dictionary(vendor: Path, tmp_path: Path):
    out = tmp_path / "out"
    counts = convert(vendor, out)
    assert counts["verbs.patterns"] == 4  # the pattern naming an undefined synonym set is left out
    assert (out / "LICENSE").read_text() == "sample licence text\n"
    assert "MIT" in (out / "README.md").read_text()
    text = (out / "verbs.txt").read_text()
    assert text.startswith("# schema: bilat.petrarch.verbs/1")
    assert "V | shun | shun |  | shunned, shunning, shuns" in text
    assert "V | cold shoulder | shun |  | cold" not in text  # forms keep the verb word only
    assert "P | shun |  | trade fair | in: | 163 | SHUN" in text
    assert "harbor" not in text  # a verb after its particle is not converted
    table = parse_verbs(read_lines(out / "verbs.txt"), load_codebook(load_resources()), "verbs.txt")
    assert table.verbs["snub"] == ("shun", "171")  # 1712 is not in bilat's table: its parent is
    assert table.verbs["shun"] == ("shun", None)
    assert table.forms["shunned"] == "shun"
    assert "cold shoulder" in table.verbs
    patterns = table.patterns["shun"]
    assert [p.code for p in patterns] == ["161", "163", None, "112"]
    assert [p.verb for p in patterns] == ["shun", "shun", "snub", "snub"]  # from the patterns' notes
    assert patterns[0].objects == (("&ENVOY",),)
    assert patterns[3].subjects == (("minister",),) and patterns[3].preps == (("of", ()),)
    states = (out / "states.txt").read_text()
    assert "nordland; nordic kingdom | NOR | " in states
    assert "astrid vale; president vale |  | NORGOV 2005-01-01..2012-12-31; NORELI" in states
    assert "karl moor |  | NORGOV 2006-01-01..2010-12-31" in states
    agents = (out / "agents.txt").read_text()
    assert "sentrymen | - | MIL | after" in agents and "militia | militias | REB | after" in agents
    discards = (out / "discards.txt").read_text()
    assert "table tennis | story | stem" in discards and "chess olympiad | sentence | word" in discards


def test_petrarch_convert_cli_reports_a_missing_folder(tmp_path: Path, capsys):
    assert main([str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.startswith("error: ")


def test_petrarch_convert_loader_names_the_bad_line():
    codes = load_codebook(load_resources())
    with pytest.raises(ResourceError, match=r"verbs.txt:7: verb of an undeclared block"):
        parse_verbs([(7, "V | glare | nowhere |  | ")], codes, "verbs.txt")
    with pytest.raises(ResourceError, match=r"verbs.txt:3: unknown CAMEO code 999"):
        parse_verbs([(2, "B | glare | -"), (3, "V | glare | glare | 999 | ")], codes, "verbs.txt")


def test_petrarch_loader_keeps_the_last_pattern_of_the_same_words():
    lines = [
        (1, "B | glare | -"),
        (2, "V | glare | glare |  | "),
        (3, "P | glare |  | envoy |  | 161 | GLARE"),
        (4, "P | glare |  | envoy |  | 172 | GLARE"),
    ]
    table = parse_verbs(lines, load_codebook(load_resources()), "verbs.txt")
    assert [p.code for p in table.patterns["glare"]] == ["172"]


def test_petrarch_shipped_files_load_and_are_compact():
    resources = load_resources()
    started = time.perf_counter()
    lexicon = load_lexicon(resources)
    seconds = time.perf_counter() - started
    assert sum(len(p) for p in lexicon.verbs.patterns.values()) > 4000
    assert len(lexicon.verbs.verbs) > 1500 and "&WEAPON" in lexicon.verbs.synsets
    assert lexicon.discards.hit("They met after the World Cup final", story=True)
    assert seconds >= 0  # the load time is printed by benchmarks/events_public.py, never asserted
    assert load_discards(resources).story
    assert phoenix.organisation("Arab League", resources).sector == "IGO"
