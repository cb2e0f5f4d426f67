"""Casualties and damage a natural hazard caused are no counts between two states.

"The earthquake killed 14 people", "damage from the cyclone was put at 270 million USD": in a story of
one state helping another after a disaster the toll is the hazard's, not one side's act on the other.
"Two fishermen were killed by the other side's fire" names an act of a state, and stays.
"""

from __future__ import annotations

import re

# Kinds a hazard may be the cause of: people killed or hurt, and the cost of the harm.
HAZARD_KINDS = {"casualties", "damage"}
# Natural hazards; "fire" and "blast" are left out, as gunfire and bombs are acts of states.
HAZARD = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|cyclones?|hurricanes?|typhoons?|tropical\s+storms?"
    r"|storms?|floods?|flooding|flash\s+floods?|tsunamis?|landslides?|mudslides?|avalanches?|droughts?"
    r"|(?:volcanic\s+)?eruptions?|wildfires?|bushfires?|heatwaves?)\b",
    re.I,
)
# A state's hand in the same sentence: then the toll may be of an act between the two, and stays.
ACT_OF_FORCE = re.compile(
    r"\b(?:fire[ds]?|firing|shell(?:s|ed|ing)|shots?|shot|attack\w*|strikes?|troops|soldiers|forces"
    r"|guards?|bomb\w*|missiles?|rockets?|drones?|clash\w*)\b",
    re.I,
)


# People a hazard touched: "7.8 million Somalis are affected by the drought" counts no act of a state.
AFFECTED = re.compile(r"\b(?:affected|hit|struck)\s+by\s+(?:[\w-]+\s+){0,4}?" + HAZARD.pattern, re.I)


def hazard_toll(kind: str, sentence: str) -> bool:
    """The figure counts what a natural hazard did (see the module's docstring): its kind is a toll or a
    cost, the sentence names a hazard and no act of force; or it counts people the hazard affected."""
    if kind == "count" and AFFECTED.search(sentence):
        return True
    if kind not in HAZARD_KINDS or not HAZARD.search(sentence):
        return False
    return not ACT_OF_FORCE.search(sentence)
