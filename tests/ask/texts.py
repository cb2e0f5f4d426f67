"""Short articles written for the text-answer tests (invented people and events, never copied)."""

from __future__ import annotations

from pathlib import Path

TEXTS = {
    "p_border.txt": (
        " date 2024-05-10\n\n"
        "Argentine Foreign Minister Lucia Ferreyra was welcomed by Chilean Interior Minister Tomas Barrios "
        "at the La Moneda palace on Thursday.\n\n"
        "Ferreyra urged Chile to reopen the mountain pass before the winter.\n\n"
        "Police in Mendoza said 12 Chilean truck drivers were stranded near the border crossing.\n\n"
        "The two governments initialled a memorandum on glacier monitoring on 2 February 2024.\n\n"
        "Chilean officials unveiled a new customs post for the Andes crossing.\n"
    ),
    "q_fishing.txt": (
        " date 2024-07-22\n\n"
        "Peru and Ecuador held a round of fisheries talks in Lima last week.\n\n"
        "Ecuadorian negotiator Marta Quiroga told reporters the talks had been frank.\n"
    ),
    "r_arctic.txt": (
        " date 2024-09-03\n\n"
        "Norwegian Foreign Minister Eirik Halvorsen arrived in Reykjavik on Monday.\n\n"
        "Halvorsen held talks with Icelandic Prime Minister Sigrun Olafsdottir on fishing quotas.\n\n"
        "The two governments signed three accords on Arctic research.\n\n"
        "Norway helped Iceland build a research station in Grimsey last year.\n\n"
        "Norway will help Iceland build a new harbour for its coast guard.\n\n"
        "Iceland's purchase of Norwegian patrol boats was approved in July.\n\n"
        "A court in Oslo continued to detain Icelandic trawler captain Jon Magnusson.\n\n"
        "Later, Halvorsen told reporters that the quarrel over quotas was settled.\n\n"
        "He will travel to Sweden on Friday.\n"
    ),
    "s_envoys.txt": (
        " date 2024-11-12\n\n"
        "Danish Foreign Minister Mads Berg and Danish Defence Minister Karen Holm visited Helsinki "
        "on Monday.\n\n"
        "Sweden recalled its ambassador from Copenhagen in 2019, and Finland criticised the move.\n\n"
        "Berg's deputy, Anna Lund, spoke with Finnish officials on Tuesday.\n"
    ),
    "t_pork.txt": (
        " date 2024-10-08\n\n"
        "The Danish ambassador, Mette Lind, warned on Monday that Danish farmers might stop selling pork "
        "to Estonia.\n\n"
        "Estonia's consul in Aarhus was summoned to the ministry on Tuesday by the Permanent Secretary, "
        "Ms. Hanne Dahl.\n\n"
        "In Copenhagen, foreign ministry spokesperson Jens Kjaer said on Tuesday that the quarrel was "
        '"a misunderstanding" and denied that the ministry had threatened the consul.\n\n'
        "Dahl said Estonian trawlers had entered Danish waters 14 times since June.\n"
    ),
    "u_baltic.txt": (
        " date 2025-03-14\n\n"
        "RIGA — Latvian President Inga Ozola received Lithuanian Foreign Minister Tomas Vaitkus at Rundale "
        "Palace on Thursday, where they discussed the war in Ukraine.\n\n"
        "Ozola demanded that Vilnius release three Latvian fishermen who were detained near Nida last "
        "week.\n\n"
        "Farmers from both countries blocked lorries at the Smelyne crossing on Wednesday.\n\n"
        "About 900 Latvian engineers are stationed in Lithuania, and 35 Latvian engineers have rebuilt "
        "bridges "
        "there since the mission began.\n\n"
        "In June 2023, the Estonian Supreme Court ordered a Finnish steelmaker to compensate labourers "
        "forced to work in its mills in 1994.\n\n"
        "Lithuania summoned the Latvian charge d'affaires on Friday; hours later the Lithuanian ambassador, "
        "Rasa Petraitiene, was summoned to the Latvian foreign ministry.\n"
    ),
    "v_note.txt": (
        " date 2025-06-02\n\n"
        "TALLINN — Estonia summoned Finland's ambassador on Monday over the seizure of an Estonian ferry.\n\n"
        "Foreign Minister Kaido Saar said the ambassador, Leena Virtanen, was handed a note of protest.\n\n"
        "Estonia also recalled its consul from Turku, a ministry spokesman said.\n\n"
        "Foreign Minister Kaido Saar later met consul Juhani Koski in Tallinn.\n\n"
        "Finland on Wednesday ordered an Estonian attache to leave, a day after Estonian divers photographed "
        "a Finnish wreck near Hanko.\n\n"
        "Prime Minister Mart Kask received Leena Virtanen in Tartu on Thursday.\n\n"
        "On Friday she was received by President Anu Lepp at Kadriorg Palace.\n"
    ),
    "w_dairy.txt": (
        " date 2025-04-10\n\n"
        "RIGA — Latvia will close its consulate in Klaipeda on May 20, the foreign ministry announced on "
        "Wednesday.\n\n"
        "Latvia and Lithuania agreed to hold their first joint border patrol in the Zarasai district in "
        "October.\n\n"
        "Latvian officials said Riga would walk out of the cheese quota talks if Lithuania retaliated.\n\n"
        "Lithuanian police detained two Latvian truck drivers in Vilnius on April 7.\n"
    ),
    "x_visit.txt": (
        " date 2025-06-20\n\n"
        "TALLINN — The presidents of Estonia and Finland held talks in Tallinn on June 18 during a state "
        "visit.\n\n"
        "The visit had been prepared during a phone call between the two presidents on May 3.\n\n"
        "The Estonian president said Estonia would also open a consulate in Turku next year.\n\n"
        "The last round of Estonian-Finnish fishing talks collapsed in Bergen in April.\n\n"
        "Under the fisheries memorandum, the coast guards of Estonia and Finland will open a joint station "
        "at the port of Haapsalu.\n\n"
        "Estonia said wreckage from a crashed drone fell near the village of Kohtla, wounding two farmers.\n"
    ),
    "y_ferries.txt": (
        " date 2025-08-04\n\n"
        "Finnish Prime Minister Aino Rask urged Estonia to let more ferries use the port of Paldiski.\n\n"
        "Rask, speaking in Helsinki, proposed a joint session of the two parliaments at the border with "
        "Estonia.\n\n"
        "Estonian Foreign Minister Kaido Saar arrived on Monday at the invitation of Prime Minister "
        "Aino Rask.\n\n"
        "Deputy Trade Minister Olli Aalto addressed a rally of Finnish exporters in Tartu on Sunday.\n\n"
        "Rask said Helsinki had sent a note that rejected the Estonian drills and demanded that Tallinn "
        "call them off.\n\n"
        "Estonian traders still complain about Finland's decision to close its ferry terminal in March "
        "2024.\n\n"
        "Last week Estonian border guards returned 12 Finnish hikers to the town of Valga, "
        "and officials from both sides met in Narva for talks.\n"
    ),
}


def write_texts(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
