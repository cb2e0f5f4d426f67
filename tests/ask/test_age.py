"""How old a named person is, read from the age news writes in commas after the name."""

from __future__ import annotations

from bilat.ask.age import asked_name, told_age


def test_the_name_a_how_old_question_asks_about():
    assert asked_name("How old is Marta Ilves?") == "Marta Ilves"
    assert asked_name("How old was the Estonian engineer Marta Ilves when she was detained?") == "Marta Ilves"
    assert asked_name("How old is the detained engineer?") is None
    assert asked_name("How many engineers were detained?") is None


def test_the_age_after_the_name():
    assert told_age("Marta Ilves, 29, who works for a shipping firm, was detained.", "Marta Ilves") == "29"
    assert told_age("Ilves, 29, denied the charge.", "Marta Ilves") == "29"
    assert told_age("Marta Ilves, 2023, was a hard year.", "Marta Ilves") is None
    assert told_age("Marta Ilves said 29 crew were held.", "Marta Ilves") is None


def test_an_asker_reads_the_age_from_the_store(ask_over):
    asker = ask_over(
        {
            "h_detained.txt": (
                " date 2024-05-02\n\n"
                "Latvia protests detention of engineer\n\n"
                "RIGA — Latvia summoned Belarus's ambassador on Tuesday over the detention of Marta Ilves, "
                "29, an engineer who was arrested in Minsk last week.\n"
            )
        }
    )
    answer = asker.answer("How old is Marta Ilves?")
    assert answer.known and "29" in answer.answer, answer
    assert not asker.answer("How old is Andris Kalnins?").known
