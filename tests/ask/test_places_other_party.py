"""A place that hangs on another state's people in a gapped clause ("Polish guards work at A and Czech
guards at B") is where those people act, not where the ones the question asks about do; a place noun's
"of" names a place even when the model takes the name for a person's."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2021-09-20\n\n"
    "PRAGUE, Sept 20 (Vltava Wire) - Poland and the Czech Republic signed a border policing accord on "
    "Monday. It lets Polish guards work at the port of Swinoujscie and Czech guards at Decin from October.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_patrols.txt": ARTICLE})


def test_the_gapped_clause_of_another_state_places_its_own_people(asker):
    answer = asker.answer("At which port will Polish guards work under the accord?")
    assert "Decin" not in answer.answer, answer
