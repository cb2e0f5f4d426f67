"""The dateline speaks only for officials met there: one the words set in another state's city is not its."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_minister_speaking_in_the_other_capital_is_that_states(nlp, resources):
    text = (
        "Estonia and Latvia at odds over herring quotas\n\n"
        "RIGA, March 4 (Baltic Wire) — Latvia on Monday rejected a proposal to cut herring quotas in the "
        "Gulf of Riga.\n\n"
        "Rural Affairs Minister Mart Kivisild said in Tallinn that the stock was close to collapse."
    )
    people = _people(nlp, resources, text)
    assert people["Mart Kivisild"].country == "EST", people["Mart Kivisild"].basis


def test_official_at_talks_in_another_capital_is_not_the_datelines(nlp, resources):
    text = (
        "Nepal and India discuss power trade\n\n"
        "KATHMANDU, Oct 2 (Himal Post) — Nepal asked India on Tuesday to buy more of its surplus power.\n\n"
        "The request was put to Joint Secretary Arvind Rathore by Secretary Bishnu Gurung during talks in "
        "New Delhi, officials said."
    )
    people = _people(nlp, resources, text)
    assert people["Arvind Rathore"].country != "NPL"


def test_provincial_official_placed_in_the_other_state_is_its(nlp, resources):
    text = (
        "Thailand protests arrest of farmers\n\n"
        "BANGKOK, Jan 9 (Siam Desk) — Thailand protested to Cambodia on Thursday over the arrest of four "
        "Thai farmers near the border.\n\n"
        "Sok Rithy, the police chief in Battambang, said the farmers had crossed the line at night."
    )
    people = _people(nlp, resources, text)
    assert people["Sok Rithy"].country in {None, "KHM"}


def test_its_office_after_the_states_reported_words(nlp, resources):
    text = (
        "Uruguay and Brazil reopen bridge\n\n"
        "BRASILIA, Aug 8 (Pampa News) — Uruguay will lift the weight limit on the Mauá bridge next month, "
        "its transport minister said on Thursday after talks in Brasilia.\n\n"
        "Transport Minister Inés Laborde said the repairs had been finished ahead of time."
    )
    people = _people(nlp, resources, text)
    assert people["Inés Laborde"].country == "URY", people["Inés Laborde"].basis


def test_home_department_in_the_other_capital_outranks_a_release(nlp, resources):
    text = (
        "PRESS RELEASE\n\nMinistry of Foreign Affairs of the Republic of the Philippines\n\n"
        "Manila, 2 May 2025\n\n"
        "Secretary Dolores Abad received the Ambassador of Palau, Mr. Ilong Remengesau, at the Ministry. "
        "Ambassador Remengesau said a team led by Mr. Tewid Ngiraked, Director of the Department of Foreign "
        "Affairs in Koror, would visit in June."
    )
    people = _people(nlp, resources, text)
    assert people["Tewid Ngiraked"].country in {None, "PLW"}, people["Tewid Ngiraked"].basis


def test_minister_expected_in_the_other_capital_keeps_the_dateline(nlp, resources):
    text = (
        "Mongolia and Japan sign mining accords\n\n"
        "ULAANBAATAR, Feb 6 (Steppe Wire) — Mongolia signed two mining accords with Japan on Monday.\n\n"
        "Foreign Minister Bat-Erdene Tsogt is expected in Tokyo next month for further talks."
    )
    people = _people(nlp, resources, text)
    assert people["Bat-Erdene Tsogt"].country == "MNG", people["Bat-Erdene Tsogt"].basis


def test_host_receiving_a_minister_who_spoke_in_her_capital_keeps_no_guest_state(nlp, resources):
    text = (
        "Denmark funds Moldovan power lines\n\n"
        "By Lise Holm\n\n"
        "Denmark will pay for two new power lines in Moldova, its energy minister said in Chisinau on "
        "Monday.\n\n"
        "Minister Jens Kjeldgaard, on his second trip to Moldova, was received by Energy Minister Doina "
        "Cebotari, who thanked Copenhagen for its help."
    )
    people = _people(nlp, resources, text)
    assert people["Doina Cebotari"].country != "DNK"


def test_body_a_person_works_for_in_a_relative_clause(nlp, resources):
    text = (
        "Gabon and Cameroon reopen ferry\n\n"
        "LIBREVILLE, May 2 (Ogooué Wire) — Gabon reopened a river ferry to Cameroon on Friday.\n\n"
        "Paul Ndong, who manages the ferry for the Gabonese Ports Office, said 40 lorries crossed on the "
        "first day."
    )
    people = _people(nlp, resources, text)
    assert people["Paul Ndong"].country in {None, "GAB"}


def test_deputy_named_by_his_after_an_untagged_surname(nlp, resources):
    text = (
        "Tajikistan and Kyrgyzstan share canal water\n\n"
        "DUSHANBE, June 3 (Pamir Wire) — Tajikistan and Kyrgyzstan agreed on Monday to share the water of "
        "the Isfara canal, after talks between the two countries' ministers.\n\n"
        "The deal was signed by Energy Minister Rustam Sharifzoda and Kyrgyz Water Minister Almaz "
        "Dzhumabekov. Dzhumabekov said Bishkek would open the sluices in July.\n\n"
        "Sharifzoda said Tajik farmers would get water for the first time in years. His deputy, Farrukh "
        "Nazarov, said canals would be cleaned by June."
    )
    people = _people(nlp, resources, text)
    assert people["Farrukh Nazarov"].country != "KGZ"


def test_deputy_governor_of_an_unplaced_province_is_not_the_datelines(nlp, resources):
    text = (
        "Myanmar and Thailand reopen border market\n\n"
        "BANGKOK, Dec 1 (Wire) — Thailand and Myanmar reopened a border market on Monday.\n\n"
        "Aung Kyaw Min, deputy governor of Kayin province, said 300 traders came on the first day."
    )
    people = _people(nlp, resources, text)
    assert people["Aung Kyaw Min"].country != "THA"
