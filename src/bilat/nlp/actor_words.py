"""Words by which actors' readers know bodies, groups and places: a ministry's and a business's names, a
state's bodies named by a common noun, the last words of a state body's name, bodies two states share, and
the words that make a body international, a group or a place (``bilat.nlp.actor_index``,
``bilat.nlp.body_states``, ``bilat.nlp.titled_names``).
"""

from __future__ import annotations

import re

MINISTRY = re.compile(r"\b(ministry|ministries|department)\b", re.IGNORECASE)


# Named bodies that trade rather than govern: a state's bank or company speaks for its business sector.
# "Eximbank": a bank's word may end a compound name.
BUSINESS = re.compile(r"\b(\w*bank|company|corporation|airlines?|group|holdings?|fund)\b", re.IGNORECASE)


MILITARY_WORDS = ("defense", "defence", "military", "army", "armed forces", "navy", "naval")


COLLECTIVE = {"countries", "sides", "states", "nations", "parties", "governments", "leaders"}


PRONOUNS = {"he", "she", "him", "her"}


# Verbs by which a sentence reports what someone else said: "…, the ministry said".
REPORTING_VERBS = {"say", "report", "add", "announce", "state"}


# A state's own bodies named by a bare common noun ("the ministry said", "the government denied").
HOME_BODIES = {"government", "ministry", "presidency", "cabinet"}


# Bodies of a state named by a common noun with its nationality ("the Pakistani army's press wing", "the
# Iranian mission"): an organisation of that state, which speaks for it.
BODIES = {
    "government",
    "side",
    "authorities",
    "army",
    "wing",
    "office",
    "mission",
    "embassy",
    "consulate",
    "delegation",
    "cabinet",
    "presidency",
    "command",
    # "according to Lebanese customs", "Iran's customs administration": sources of a state's figures.
    "customs",
    "administration",
    # "Kyrgyzstan's border service", "the Bosnian statistics agency", "Peru's migration authority": a
    # state's office named by what it does.
    "service",
    "agency",
    "authority",
    "bureau",
    # "according to Armenia's statistical committee", "India's election commission".
    "committee",
    "commission",
    # "Venezuela's electoral council", "Nicaragua's migration directorate": a state's office by its task.
    "council",
    "directorate",
}


# Last words of the names of a state's own bodies ("the Federal Security Service", "the Joint Chiefs of
# Staff"); councils and committees are as often international ("the Arctic Council") and are left out.
STATE_BODY_HEADS = {
    "service",
    "administration",
    "staff",
    "directorate",
    "police",
    "guard",
    "command",
    "agency",
    "constabulary",
    "gendarmerie",
    # "the High Court", "Harbourtown District Court": a court is a state's; an international one says so
    # (``BEYOND_STATES``) or is listed.
    "court",
}


# Bodies two states may share, and the words that say they do.
SHARED_BODY_HEADS = {"committee", "commission", "council"}


JOINT_WORDS = {"joint", "intergovernmental", "bilateral", "mixed", "binational", "bi-national"}


# Words that make a body's name international or regional rather than one state's, or a news outlet's.
BEYOND_STATES = {
    "news",
    "press",
    "media",
    "broadcasting",
    "international",
    "european",
    "world",
    "global",
    "regional",
    "african",
    "asian",
    "arab",
    "islamic",
}


# Nouns that introduce a group's name ("the gang X") and last words of groups' and places' names.
GROUP_NOUNS = {"gang", "group", "militia", "cartel", "faction", "network", "movement", "organisation"}


GROUP_HEADS = {"brigade", "brigades", "battalion", "battalions", "front", "army", "movement", "group"}


PLACE_HEADS = {"reef", "shoal", "island", "islands", "strait", "sea", "bay", "river", "lake", "mountains"}
