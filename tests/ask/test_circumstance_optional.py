"""A "Which <nationality> <office> did X <act> after …" question whose act is one verb: the circumstance
clause ("after Y expelled its consul") is optional to the answering sentence, which rarely tells it again;
the office's words stay needed with the act's, so a sentence of the act alone does not answer."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2025-03-14\n\n"
    "Iceland expels Norwegian consul over fishing quota dispute\n\n"
    "REYKJAVIK — Iceland expelled Norway's consul in Akureyri on Wednesday, accusing him of meddling in a "
    "dispute over mackerel quotas in the North Atlantic.\n\n"
    "Norway responded the next morning. Its foreign ministry summoned Iceland's charge d'affaires, "
    "Gunnar Eiriksson, on Thursday and protested against what it called a hasty and hostile step. "
    "Foreign Minister Sigrid Aasen said the consul had done nothing but his work.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_quota.txt": ARTICLE})


def test_the_summoned_diplomat_is_found_without_the_circumstance_told_again(asker):
    answer = asker.answer("Which Icelandic diplomat did Norway summon after Iceland expelled its consul?")
    assert answer.known and "Eiriksson" in answer.answer, answer


def test_a_diplomat_of_another_country_is_not_given(asker):
    # No Danish diplomat was summoned: the Icelandic one must not stand in for them.
    answer = asker.answer("Which Danish diplomat did Norway summon after Iceland expelled its consul?")
    assert not answer.known or "Eiriksson" not in (answer.answer or ""), answer


def test_the_act_of_another_country_does_not_answer(asker):
    # Iceland summoned no one: Norway's summons does not answer for it.
    answer = asker.answer("Which Norwegian diplomat did Iceland summon after the consul's expulsion?")
    assert not answer.known or "Eiriksson" not in (answer.answer or ""), answer
