"""Short articles written for the tests (never copied from anywhere), and a helper to put them on disk."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "a_visit.txt": (
        " date 2022-10-04 By Reuters\n\n"
        "Georgian Prime Minister Irakli Garibashvili received Armenian Foreign Minister Ararat Mirzoyan "
        "in Tbilisi on Monday.\n\n"
        "The two ministers discussed the opening of a new border crossing.\n\n"
        "Georgia opened its embassy in Yerevan in 1993, the ministry said.\n"
    ),
    "b_embassy.txt": (
        " date 2023-02-15 + ↺ − 16 px\n\n"
        "Armenia opened its embassy in Tbilisi in January this year.\n\n"
        "Trade between Georgia and Armenia reached $1.2 billion in the first nine months of 2022.\n"
    ),
    "c_statement.txt": (
        " date 2023-06-01\n\n"
        "Armenian President Vahagn Khachaturyan visited Georgia on Wednesday.\n\n"
        "Today marks the 30th anniversary of the establishment of diplomatic relations between the two "
        "countries.\n"
    ),
}


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
