"""A figure asked "on <day>" is the one told of that day's clause; a source named with its owner and a
name of its own gives only the figure of a sentence (or paragraph) that names it; "which three X" asks
for three names of the kind, and a plural "which X" for all the names the sentence lists."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

EXPULSIONS = (
    " date 2024-03-07\n\n"
    "DOHA, March 7 (Gulf Courier) - Nepal on Thursday protested to Qatar over the expulsion of its "
    "workers.\n\n"
    "Qatari police had arrested 85 Nepalis at building sites in Al Wakrah last week, and 37 of them were "
    "expelled on Tuesday, the ministry said.\n\n"
    "About 350,000 Nepalis lived in Qatar at the end of 2023, according to Qatar's Planning and "
    "Statistics Authority.\n"
)
REMITTANCES = (
    " date 2024-03-08\n\n"
    "KATHMANDU, March 8 (Himal Wire) - Nepal's labour ministry said remittances from the Gulf rose again.\n\n"
    "Some 410,000 Nepalis lived in Qatar at the end of 2023, the ministry said.\n"
)
PORTS = (
    " date 2023-10-12\n\n"
    "VIENTIANE, Oct 12 (Mekong Dispatch) - Laos closed three river ports with Thailand on Wednesday and "
    "moved troops to Bokeo province after smugglers shot a customs officer.\n\n"
    "The interior minister said the ports at Huay Xai, Pak Beng and Tha Deua would stay closed until "
    "further notice.\n"
)
HACK = (
    " date 2024-05-16\n\n"
    "VILNIUS (Baltic Ledger) - Lithuania on Thursday expelled two Belarusian diplomats, accusing Minsk of "
    "directing a ransomware attack that disrupted the airports of Kaunas and Palanga for a day last "
    "month.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(
        {
            "a_expulsions.txt": EXPULSIONS,
            "b_remittances.txt": REMITTANCES,
            "c_ports.txt": PORTS,
            "d_hack.txt": HACK,
        }
    )


def test_the_figure_of_the_asked_days_clause(asker):
    answer = asker.answer("How many Nepalis did Qatar expel on Tuesday 5 March 2024?")
    assert "85" not in answer.answer, answer
    assert not answer.known or "37" in answer.answer, answer


def test_an_owned_source_gives_only_its_own_figure(asker):
    answer = asker.answer(
        "According to Qatar's Planning and Statistics Authority, how many Nepalis lived in Qatar at the end "
        "of 2023?"
    )
    assert "410,000" not in answer.answer, answer


def test_a_counted_list_is_never_a_region_nor_a_part(asker):
    answer = asker.answer("Which three river ports with Thailand did Laos close in October 2023?")
    assert "Bokeo" not in answer.answer, answer
    if answer.known:
        assert all(port in answer.answer for port in ("Huay Xai", "Pak Beng", "Tha Deua")), answer


def test_a_plural_which_answers_with_every_name_listed(asker):
    answer = asker.answer("Which Lithuanian airports were disrupted by the ransomware attack?")
    if answer.known:
        assert "Kaunas" in answer.answer and "Palanga" in answer.answer, answer


TRADE = (
    " date 2024-02-20\n\n"
    "OSLO, Feb 20 (Fjord Ledger) - Norway and Chile agreed on Tuesday to open talks on a salmon "
    "feed accord.\n\n"
    "Norway's trade with Chile came to about 900 million USD in 2023, the Norwegian statistics office "
    "said.\n"
)


def test_what_was_a_states_trade_asks_for_a_sum(ask_over):
    asker = ask_over({"e_trade.txt": TRADE})
    answer = asker.answer("What was Norway's trade with Chile in 2023?")
    assert answer.known and "900" in answer.answer, answer


def test_a_day_of_the_questions_circumstance_sets_no_day_for_the_figure(asker):
    answer = asker.answer(
        "How many Nepalis had Qatari police arrested since the raids began on 1 March 2024?"
    )
    assert "37" not in answer.answer, answer
