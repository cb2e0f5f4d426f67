"""Answers from the text for question forms read apart from their act: a source named last ("…,
according to X?"), a measure ("how far", "how long", "how much grain"), a "which <kind>" question
answered by the name the sentence gives a thing of that kind, and "which country" asked of the doer.
The articles are written for these tests (invented people and events) and built into a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat import api
from bilat.ask import Asker
from bilat.ask.question import source_words, without_source
from bilat.store import open_store

TEXTS = {
    "w_ferry.txt": (
        " date 2025-04-10\n\n"
        "TALLINN — Estonia detained the Finnish ferry Aalto Star on Tuesday after it strayed into a closed "
        "military zone.\n\n"
        "The Estonian coast guard escorted the Finnish ferry to the port of Paldiski, where its crew were "
        "questioned.\n\n"
        "The coast guard gave the Finnish captain 24 hours to leave Estonian waters.\n\n"
        "Maritime inspector Juhan Tamm said 14 Finnish ferries had been inspected in Estonian ports since "
        "March.\n\n"
        "The Finnish embassy urged Estonia to release the ferry without delay.\n\n"
        "The Finnish sailors are held in the northern county of Harju, the embassy said.\n"
    ),
    "x_drone.txt": (
        " date 2025-05-02\n\n"
        "HELSINKI — Finland said an Estonian army drone flew three kilometres into Finnish airspace on "
        "Thursday before turning back.\n\n"
        "Finland will send 20,000 tonnes of grain and a loan of 5 million euros to Estonia.\n\n"
        "The border talks were moved to Latvia, which agreed to host the negotiations between Finland and "
        "Estonia in Riga.\n"
    ),
    "y_visit.txt": (
        " date 2025-06-11\n\n"
        "RIGA — Latvian Foreign Minister Maris Ozolins received the Lithuanian delegation, led by Deputy "
        "Minister Rasa Jankauskiene, at the ministry on Monday.\n\n"
        "Transport Minister Ilze Berzina said the Lithuanian rail operator would be excluded from the "
        "tender for the new Riga freight terminal.\n\n"
        "Jankauskiene also asked Latvia to speed up the approval of cross-border bus licences.\n\n"
        "Lithuania summoned Latvia's Deputy Chief of Mission in Vilnius, Mr. Aigars Kalnins, on Tuesday.\n"
    ),
    "z_smuggling.txt": (
        " date 2025-07-21\n\n"
        "VILNIUS — Lithuania protested to Belarus on Monday over the arrest of two Lithuanian lorry "
        "drivers near the border.\n\n"
        "One of them, Darius Petrauskas, 52, remains in custody in Lida.\n\n"
        "Lithuania's envoy to the European Union, Egle Vaitiekune, told reporters that Belarusian-made "
        "balloons had been found near Alytus.\n\n"
        "A Lithuanian general said the contraband reached the smugglers through the airport of Grodno.\n\n"
        "Belarus's interior minister, Pavel Rudak, said 17 people had been detained at the Lida "
        "depot for smuggling.\n\n"
        '"We will not be threatened," Defence Minister Raimonda Kairiene told a news conference in '
        "Vilnius. She said Lithuania had written to NATO and urged Minsk to withdraw its border guards "
        "from the forest road.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory, resources, nlp) -> Asker:
    folder = tmp_path_factory.mktemp("kinds")
    for name, text in TEXTS.items():
        (Path(folder) / name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("kindstore") / "k.db"
    assert api.build([str(folder)], str(path), resources=resources).added == len(TEXTS)
    return Asker(open_store(path), resources, nlp)


def _text_answer(answer, document: str) -> str:
    assert answer.known and answer.evidence == "text", answer
    assert answer.citations[0].source_uri.endswith(document)
    return answer.answer


def test_a_source_named_last_is_no_part_of_the_act():
    text = "How many ferries were inspected, according to maritime inspector Tamm?"
    assert without_source(text) == "How many ferries were inspected?"
    assert source_words(text) == ["maritime", "inspector", "Tamm"]
    assert source_words("According to the ministry, when did X open it?") == ["ministry"]


def test_how_many_with_the_source_last_is_counted_in_the_source_article(asker):
    answer = asker.answer(
        "How many Finnish ferries had been inspected since March, according to inspector Tamm?"
    )
    assert "14" in _text_answer(answer, "w_ferry.txt")


def test_how_far_is_a_distance(asker):
    answer = asker.answer("How far did the Estonian drone fly into Finnish airspace?")
    assert _text_answer(answer, "x_drone.txt") == "three kilometres"


def test_how_long_is_a_duration(asker):
    answer = asker.answer("How long did the Estonian coast guard give the Finnish captain to leave?")
    assert _text_answer(answer, "w_ferry.txt") == "24 hours"


def test_how_much_of_a_stuff_is_its_measure_not_a_sum_of_money(asker):
    answer = asker.answer("How much grain will Finland send to Estonia?")
    assert _text_answer(answer, "x_drone.txt") == "20,000 tonnes"


def test_which_place_asks_for_the_kind_its_last_word_names(asker):
    answer = asker.answer("In which Estonian county are the Finnish sailors held?")
    assert _text_answer(answer, "w_ferry.txt") == "Harju"


def test_which_port_is_the_name_given_to_a_port(asker):
    answer = asker.answer("To which port did the Estonian coast guard escort the Finnish ferry?")
    assert _text_answer(answer, "w_ferry.txt") == "Paldiski"


def test_which_country_did_the_act_through_a_relative_pronoun(asker):
    answer = asker.answer("Which country agreed to host the border negotiations between Finland and Estonia?")
    assert _text_answer(answer, "x_drone.txt") == "Latvia"


def test_what_did_x_urge_y_to_do_when_the_parser_reads_urge_as_a_noun(asker):
    answer = asker.answer("What did the Finnish embassy urge Estonia to do after the ferry was detained?")
    assert "release the ferry" in _text_answer(answer, "w_ferry.txt")


def test_abstains_when_no_sentence_gives_the_measure(asker):
    assert not asker.answer("How far did the Finnish ferry sail into the closed zone?").known


def test_who_received_is_not_the_one_who_led_the_delegation(asker):
    answer = asker.answer("Who received the Lithuanian delegation led by Jankauskiene in Riga?")
    assert _text_answer(answer, "y_visit.txt") == "Maris Ozolins"


def test_which_minister_said_is_who_said_the_reported_act(asker):
    answer = asker.answer(
        "Which Latvian minister said the Lithuanian rail operator would be excluded from the tender?"
    )
    assert _text_answer(answer, "y_visit.txt") == "Ilze Berzina"


def test_a_particle_ending_the_question_is_part_of_its_verb(asker):
    answer = asker.answer("What did Jankauskiene ask Latvia to speed up?")
    assert "cross-border bus licences" in _text_answer(answer, "y_visit.txt")


def test_an_office_before_its_post_and_a_comma_titles_the_person(asker):
    answer = asker.answer("Which Latvian diplomat did Lithuania summon?")
    assert _text_answer(answer, "y_visit.txt") == "Aigars Kalnins"


def test_where_is_x_being_held_is_answered_by_in_custody_in(asker):
    answer = asker.answer("Where is the Lithuanian driver Darius Petrauskas being held?")
    assert _text_answer(answer, "z_smuggling.txt") == "Lida"


def test_a_reporting_verb_may_be_told_otherwise_and_an_acronym_spelled_out(asker):
    answer = asker.answer("Where did Lithuania's EU envoy say Belarusian-made balloons had been found?")
    assert _text_answer(answer, "z_smuggling.txt") == "Alytus"


def test_through_which_airport_asks_for_a_place(asker):
    answer = asker.answer(
        "Through which airport did the Lithuanian general say the contraband reached the smugglers?"
    )
    assert _text_answer(answer, "z_smuggling.txt") == "Grodno"


def test_the_sentence_of_the_source_counts_people_of_a_nation(asker):
    answer = asker.answer(
        "According to Belarus's interior minister, how many Lithuanians were detained for smuggling?"
    )
    # The count is also a record of the story's pair (people one side held), which may answer first.
    assert answer.known and "17" in answer.answer
    assert answer.citations[0].source_uri.endswith("z_smuggling.txt")


def test_he_or_she_tells_of_the_office_holder_the_sentence_before_named(asker):
    answer = asker.answer("What did Lithuania's defence minister urge Minsk to do?")
    assert "withdraw its border guards" in _text_answer(answer, "z_smuggling.txt")
