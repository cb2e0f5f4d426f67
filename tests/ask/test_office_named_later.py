"""The person an act leaves to its office ("summoned the ambassador") named where news writes them:
in apposition to the post's place ("the Ambassador of Norland in Vestry, Ivo Marek"), after an honorific
("Ambassador Sir Giles Harrow"), or paragraphs later ("Ambassador Paulo Renner was received …"); and an
office written after a name belongs to it only up to the next verb."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_note.txt": (
        " date 2024-05-16\n\n"
        "Chile protests to Peru over border patrol\n\n"
        "SANTIAGO — On Wednesday the Deputy Minister of Foreign Affairs, Tomás Errázuriz Vial, summoned "
        "the Ambassador of the Republic of Peru in Chile, Ramiro Quispe Huamán, to the ministry and handed "
        "him a note of protest.\n"
    ),
    "b_dredger.txt": (
        " date 2024-03-14\n\n"
        "Ireland summons Portugal's envoy over detained trawler\n\n"
        "DUBLIN — Ireland summoned Portugal's ambassador on Wednesday after naval officers detained an "
        "Irish trawler off the Algarve coast.\n\n"
        "The trawler was boarded on Tuesday night by officers of the Portuguese navy.\n\n"
        "Ambassador Sir Duarte Figueira was called to the foreign ministry on Wednesday afternoon.\n"
    ),
    "c_clash.txt": (
        " date 2023-10-06\n\n"
        "Kenya and Ethiopia trade blame after border clash\n\n"
        "NAIROBI — Kenya summoned Ethiopia's ambassador in Nairobi on Thursday after soldiers of the two "
        "armies exchanged fire near the border village of Kaleri.\n\n"
        "The fighting broke out on Wednesday afternoon and lasted about two hours, residents said. "
        "Kenya's army spokesman, Colonel Amos Kiprono, said that Ethiopian troops had crossed the border. "
        "He accused Addis Ababa of occupying farmland.\n\n"
        "Ethiopia's army denied the charge. Its spokesman said Kenyan soldiers had fired first. "
        '"Our troops acted in self-defence," he said.\n\n'
        "Ambassador Tesfaye Bekele was received at the foreign ministry by Permanent Secretary Joan "
        "Wanjiru, who demanded an explanation.\n"
    ),
    "d_grata.txt": (
        " date 2023-06-09\n\n"
        "Estonia expels Belarusian diplomat\n\n"
        "TALLINN — Belarus ordered an Estonian diplomat to leave the country on Thursday, three days after "
        "Tallinn declared a counsellor at the Belarusian embassy persona non grata. Foreign Minister Kaja "
        "Tamm said on Monday that the counsellor, Pavel Zhukov, had five days to leave.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_name_in_apposition_to_the_posts_place(asker):
    # The parser hangs "Ramiro Quispe Huamán" on "Chile", the post's place; the office is the phrase
    # the place is in. The deputy minister, whose name a comma and "summoned the Ambassador" follow,
    # does not hold the office.
    answer = asker.answer("Which Peruvian ambassador did Chile's deputy minister summon in May 2024?")
    assert answer.known and "Quispe" in answer.answer, answer
    assert "Errázuriz" not in answer.answer


def test_the_title_before_an_honorific(asker):
    answer = asker.answer("Which Portuguese ambassador did Ireland summon over the detained trawler?")
    assert answer.known and "Figueira" in answer.answer, answer
    assert answer.evidence == "text"


def test_the_holder_named_paragraphs_later(asker):
    answer = asker.answer("Which Ethiopian ambassador did Kenya summon after the Kaleri clash?")
    assert answer.known and "Bekele" in answer.answer, answer
    assert "Kiprono" not in answer.answer


def test_an_office_the_roles_know_and_a_verbless_clause(asker):
    # "counsellor" is a diplomat's office in the roles though no actor title; "declared a counsellor …
    # persona non grata" is parsed with the counsellor as the subject of "persona".
    question = asker.parse("Which Belarusian embassy counsellor did Estonia declare persona non grata?")
    assert question.title == "counsellor", question
    answer = asker.answer("Which Belarusian embassy counsellor did Estonia declare persona non grata?")
    assert answer.known and "Zhukov" in answer.answer, answer
