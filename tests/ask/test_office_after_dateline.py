"""An office named alone right after a dateline ("VARNO, May 4 (Wire) — Keldoria's foreign minister
demanded …") is answered by the holder the next sentence names, not by another state's holder of a like
office named later; "hand over" tells a handover; "which chargé d'affaires" asks for a person."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_demand.txt": (
        " date 2025-05-05\n\n"
        "Estonia demands Belarus hand over smugglers\n\n"
        "TALLINN, May 4, 2025 (Baltic Ledger) — Estonia's foreign minister demanded on Sunday that Belarus "
        "hand over three smugglers who escaped across the border in April.\n\n"
        "Foreign Minister Maarja Kivisild said she had raised the case with the Belarusian side.\n\n"
        "Minsk rejected the demand. Deputy Foreign Minister Pavel Ruskevich said the men were not in "
        "Belarus.\n"
    ),
    "b_summons.txt": (
        " date 2025-08-12\n\n"
        "Ghana summons Canadian charge over visa rules\n\n"
        "ACCRA — Ghana summoned the Canadian charge d'affaires on Monday over new visa rules.\n\n"
        "The foreign ministry said it had summoned the charge d'affaires, Claire Dufresne, and handed her "
        "a note.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_office_after_a_dateline_is_named_next(asker):
    answer = asker.answer("Which Estonian foreign minister demanded the handover of the smugglers?")
    assert answer.known and "Kivisild" in answer.answer, answer


def test_which_charge_d_affaires_asks_for_a_person(asker):
    answer = asker.answer("Which Canadian charge d'affaires did Ghana summon in August 2025?")
    assert answer.known and "Dufresne" in answer.answer, answer
