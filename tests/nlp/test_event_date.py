"""Event dates: the event's own expression, the news day, or unknown — never finer than the text."""

from __future__ import annotations

from bilat.models import Document, Precision, period_label
from bilat.nlp.actors import recognize_actors
from bilat.nlp.event_date import date_event
from bilat.nlp.parsed import Parsed
from bilat.nlp.sentences import sentences_of
from bilat.nlp.timex import tag_timexes


def _parsed(nlp, resources, text, published="2022-11-17"):
    doc = nlp(text)
    sentences = sentences_of(doc)
    document = Document(id="t", source_uri="mem", text=text, published=published)
    return Parsed(
        document,
        doc,
        sentences,
        tag_timexes(text, published, resources, sentences),
        recognize_actors(doc, resources),
    )


def _token(parsed, word):
    return next(t for t in parsed.doc if t.text == word)


def test_event_date_own_expression_at_its_precision(nlp, resources):
    text = (
        "Officials spoke to the press today. Background follows here. More context here. Still more. "
        "Norway opened an embassy in Nairobi in March this year."
    )
    parsed = _parsed(nlp, resources, text)
    when = date_event(_token(parsed, "opened"), parsed)
    assert (when.date, when.precision, when.text, when.how) == (
        "2022-03",
        Precision.MONTH,
        "March this year",
        "own",
    )


def test_event_date_since_dates_a_state(nlp, resources):
    text = "A. B. C. D. Spain has had an embassy in Lima since 1998."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "had"), parsed).date == "1998"


def test_event_date_lead_is_the_news_day(nlp, resources):
    parsed = _parsed(nlp, resources, "The Polish president received his Czech counterpart in Warsaw.")
    when = date_event(_token(parsed, "received"), parsed)
    assert (when.date, when.precision, when.how) == ("2022-11-17", Precision.DAY, "present")


def test_event_date_background_without_date_is_unknown(nlp, resources):
    text = "One. Two. Three. Four. Five. Later paragraphs say Chile once recognised the new state."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "recognised"), parsed).precision == Precision.UNKNOWN


def test_event_date_no_article_date_no_guess(nlp, resources):
    parsed = _parsed(nlp, resources, "The Polish president received his Czech counterpart.", published=None)
    assert date_event(_token(parsed, "received"), parsed).date is None


def test_event_date_anniversary_gives_the_founding_year(nlp, resources):
    text = (
        "Today marks the 20th anniversary of the signing of the treaty. A. B. C. "
        "The treaty was signed by both states in Riga."
    )
    parsed = _parsed(nlp, resources, text, published="2024-06-01")
    when = date_event(_token(parsed, "signed"), parsed)
    assert (when.date, when.precision, when.how) == ("2004", Precision.YEAR, "anniversary")


def test_event_date_ongoing_activity_in_reported_words_is_the_year(nlp, resources):
    text = (
        "The two ministers met in Oslo. A. B. C. D. "
        "The envoy added that Norway is helping Chile to rebuild its ports."
    )
    parsed = _parsed(nlp, resources, text)
    when = date_event(_token(parsed, "helping"), parsed, reported=True)
    assert (when.date, when.precision, when.how) == ("2022", Precision.YEAR, "ongoing")


def test_event_date_days_later_counts_from_the_date_before(nlp, resources):
    text = "A. B. C. D. The envoy reached Lima on 3 May 2021. Two days later, Peru signed the accord."
    parsed = _parsed(nlp, resources, text)
    when = date_event(_token(parsed, "signed"), parsed)
    assert (when.date, when.precision, when.how) == ("2021-05-05", Precision.DAY, "own")


def test_event_date_during_the_meeting_is_the_meeting_day(nlp, resources):
    text = (
        "A. B. C. D. On Tuesday, Peru's president received Chile's foreign minister in Lima. "
        "During the meeting, Peru praised Chile for its help."
    )
    parsed = _parsed(nlp, resources, text)
    date_event(_token(parsed, "received"), parsed)
    when = date_event(_token(parsed, "praised"), parsed)
    assert (when.date, when.how) == ("2022-11-15", "occasion")


def test_event_date_also_done_shares_the_occasion_day(nlp, resources):
    """A past act added with "also" and no date of its own happened on the occasion just told."""
    text = (
        "A. B. C. D. Uruguay's president received Paraguay's foreign minister in Montevideo on Tuesday. "
        "The two governments also signed a memorandum on river transport."
    )
    parsed = _parsed(nlp, resources, text)
    date_event(_token(parsed, "received"), parsed)
    when = date_event(_token(parsed, "signed"), parsed)
    assert (when.date, when.how) == ("2022-11-15", "occasion")


def test_event_date_also_after_a_month_is_no_occasion(nlp, resources):
    """A month told before is a setting, not an occasion whose day an "also" act shares."""
    text = (
        "A. B. C. D. Uruguay's president received Paraguay's foreign minister in Montevideo in March. "
        "The two governments also signed a memorandum on river transport."
    )
    parsed = _parsed(nlp, resources, text)
    date_event(_token(parsed, "received"), parsed)
    assert date_event(_token(parsed, "signed"), parsed).how != "occasion"


def test_event_date_occasion_in_the_same_sentence(nlp, resources):
    text = "A. B. C. D. Peru's president visited Chile in May, and during the visit Peru thanked Chile."
    parsed = _parsed(nlp, resources, text)
    date_event(_token(parsed, "visited"), parsed)
    assert date_event(_token(parsed, "thanked"), parsed).date == "2022-05"


def test_event_date_term_of_a_plan_is_not_the_signing_date(nlp, resources):
    text = "A. B. C. D. Peru and Chile signed a plan of cooperation for 2024."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "signed"), parsed).date != "2024"


def test_event_date_intention_is_dated_when_stated(nlp, resources):
    text = "Peru will open a consulate in Chile next year."
    parsed = _parsed(nlp, resources, text)
    when = date_event(_token(parsed, "open"), parsed, planned=True)
    assert (when.date, when.how) == ("2022-11-17", "present")


def test_event_date_past_act_does_not_take_a_future_date(nlp, resources):
    text = "A. B. C. D. The envoy told Peru that Chile will open a school there next year."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "told"), parsed).date != "2023"


def test_event_date_quarter_and_season_keep_their_precision(nlp, resources):
    text = "Kenya and Uganda signed a transit accord in the second quarter of 2019. "
    text += "They met again in summer 2020."
    parsed = _parsed(nlp, resources, text)
    signed = date_event(_token(parsed, "signed"), parsed)
    met = date_event(_token(parsed, "met"), parsed)
    assert (signed.date, signed.date_end, signed.precision) == ("2019-04", "2019-06", Precision.QUARTER)
    assert (met.date, met.date_end, met.precision) == ("2020-06", "2020-08", Precision.SEASON)


def test_period_label_shows_the_period():
    assert period_label("2019-04", Precision.QUARTER) == "2019-Q2"
    assert period_label("2020-07", Precision.HALF) == "2020-H2"
    assert period_label("2020-06", Precision.SEASON) == "summer 2020"
    assert period_label("2020-06", Precision.MONTH) == "2020-06"


def test_event_date_basis_says_where_the_date_came_from(nlp, resources):
    text = (
        "Officials spoke to the press today. Background follows here. More context here. Still more. "
        "Norway opened an embassy in Nairobi in March this year."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "opened"), parsed).basis == "text"
    lead = _parsed(nlp, resources, "The Polish president received his Czech counterpart in Warsaw.")
    assert date_event(_token(lead, "received"), lead).basis == "publication"
    undated = _parsed(
        nlp, resources, "One. Two. Three. Four. Five. Later paragraphs say Chile once recognised it."
    )
    assert date_event(_token(undated, "recognised"), undated).basis is None


def test_event_date_basis_context_for_an_occasion_named_before(nlp, resources):
    text = (
        "Ghana's foreign minister visited Accra's partners in Lisbon on 3 May 2021. Another line. Third one. "
        "Fourth one. During the visit, the minister signed an agreement with Portugal."
    )
    parsed = _parsed(nlp, resources, text)
    date_event(_token(parsed, "visited"), parsed)
    when = date_event(_token(parsed, "signed"), parsed)
    assert (when.date, when.basis) == ("2021-05-03", "context")


def test_event_date_speech_act_out_of_the_lead_is_the_news_day(nlp, resources):
    text = (
        "Peru and Chile held talks in Lima on Wednesday. The talks lasted four hours. "
        "Trade was discussed. Fisheries came up too. Both sides spoke of water. "
        "The minister urged Santiago to reopen the northern crossing. "
        "She had accused Chile of delays before."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-17")
    urged = date_event(_token(parsed, "urged"), parsed, speech_act=True)
    assert (urged.date, urged.precision) == ("2022-11-16", Precision.DAY)
    # The perfect tells of older words, and an act not done by speaking keeps no date.
    assert date_event(_token(parsed, "accused"), parsed, speech_act=True).date is None
    assert date_event(_token(parsed, "urged"), parsed).date is None


def test_event_date_speech_act_takes_the_day_its_paragraph_told(nlp, resources):
    text = (
        "Peru and Chile held talks in Lima on Wednesday. The talks lasted four hours. "
        "Trade was discussed. Fisheries came up too. Both sides spoke of water.\n\n"
        "The Chilean minister said on Tuesday that the talks had gone well. "
        "The minister urged Peru to reopen the northern crossing."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-17")
    assert date_event(_token(parsed, "said"), parsed).date == "2022-11-15"
    urged = date_event(_token(parsed, "urged"), parsed, speech_act=True)
    assert (urged.date, urged.precision) == ("2022-11-15", Precision.DAY)


def test_event_date_paragraph_day_told_as_a_time_of_day(nlp, resources):
    text = (
        "Peru and Chile held talks in Lima on Wednesday. The talks lasted four hours. "
        "Trade was discussed. Fisheries came up too. Both sides spoke of water.\n\n"
        "The Chilean minister denied on Tuesday evening that any boat had crossed. "
        "The minister urged Peru to reopen the northern crossing."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-17")
    urged = date_event(_token(parsed, "urged"), parsed, speech_act=True)
    assert (urged.date, urged.precision) == ("2022-11-15", Precision.DAY)


def test_news_day_is_the_lead_day_not_the_dateline(nlp, resources):
    from bilat.nlp.event_date import news_day

    text = "LIMA, Nov 17 (Ridge Wire) — Peru on Tuesday summoned the Chilean ambassador over the fishing row."
    parsed = _parsed(nlp, resources, text, published="2022-11-17")
    assert news_day(parsed) == "2022-11-15"


def test_event_date_paragraph_day_is_a_statement_day_not_an_incident_day(nlp, resources):
    text = (
        "Peru and Chile held talks in Lima on Wednesday. The talks lasted four hours. "
        "Trade was discussed. Fisheries came up too. Both sides spoke of water.\n\n"
        "Monday's collision sank a Peruvian boat. The minister urged Chile to pay for the damage."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-17")
    urged = date_event(_token(parsed, "urged"), parsed, speech_act=True)
    assert urged.date == "2022-11-16"


def _nth_token(parsed, word, n):
    return [t for t in parsed.doc if t.text == word][n]


def test_event_date_counted_after_clause_is_that_many_days_before_the_main_day(nlp, resources):
    # 2022-11-17 is a Thursday: "on Wednesday" is the 16th, the act a day before it the 15th.
    text = "Chile recalled its envoy from Lima on Wednesday, a day after Peru expelled two Chilean diplomats."
    parsed = _parsed(nlp, resources, text)
    recalled = date_event(_token(parsed, "recalled"), parsed)
    expelled = date_event(_token(parsed, "expelled"), parsed)
    assert (recalled.date, expelled.date, expelled.precision) == ("2022-11-16", "2022-11-15", Precision.DAY)


def test_event_date_vague_after_clause_is_not_the_main_day(nlp, resources):
    text = "Chile recalled its envoy from Lima on Wednesday, days after Peru expelled two Chilean diplomats."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "expelled"), parsed).precision == Precision.UNKNOWN


def test_event_date_coordinated_verb_shares_its_partners_day(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The ministry summoned Peru's envoy on Monday and handed him a note "
        "protesting the seizure of the trawler, which Chile plans to raise at the summit next year."
    )
    parsed = _parsed(nlp, resources, text)
    handed = date_event(_token(parsed, "handed"), parsed)
    protesting = date_event(_token(parsed, "protesting"), parsed)
    assert (handed.date, protesting.date) == ("2022-11-14", "2022-11-14")


def test_event_date_coordinated_verb_with_its_own_subject_keeps_its_own_date(nlp, resources):
    text = "One. Two. Three. Four. Five. Peru expelled the envoy on Monday and Chile protested in March."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "protested"), parsed).date == "2022-03"


def test_event_date_deadline_is_not_the_day_of_the_act(nlp, resources):
    text = "Peru has ordered two Chilean diplomats to leave the country by Saturday."
    parsed = _parsed(nlp, resources, text)
    ordered = date_event(_token(parsed, "ordered"), parsed)
    assert (ordered.date, ordered.how) == ("2022-11-17", "present")


def test_event_date_after_clause_keeps_its_own_date(nlp, resources):
    text = "One. Two. Three. Four. Five. The row comes months after Peru and Chile signed a treaty in March."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "signed"), parsed).date == "2022-03"


def test_event_date_speakers_second_act_shares_the_reporting_day(nlp, resources):
    # The parser hangs "apologised" on "had behaved"; the act is the spokesman's, done when he spoke.
    text = (
        "One. Two. Three. Four. Five. A spokesman for Chile's navy said on Monday that its officers had "
        "behaved badly during an exercise last month and apologised to Peru."
    )
    parsed = _parsed(nlp, resources, text)
    apologised = _token(parsed, "apologised")
    assert apologised.head.text == "behaved"
    assert date_event(apologised, parsed).date == "2022-11-14"


def test_event_date_reply_names_the_paragraph_day(nlp, resources):
    text = (
        "Peru on Tuesday demanded that Chile release two trawlers. Talks stalled. Fishermen waited. "
        "Boats stayed in port.\n\nChile hit back on Wednesday. Its spokesman warned Peru to stop the threats."
    )
    parsed = _parsed(nlp, resources, text)
    warned = date_event(_token(parsed, "warned"), parsed, speech_act=True)
    assert warned.date == "2022-11-16"


def test_event_date_act_just_after_another_shares_its_day(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. Chile will send aid to Peru, the president said on Wednesday after "
        "receiving the Peruvian foreign minister in Santiago."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "receiving"), parsed).date == "2022-11-16"


def test_event_date_when_clause_takes_its_main_clauses_time(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The dispute began last month, when Chilean police detained two "
        "Peruvian drivers on a road that Chile has patrolled since the 2019 accord."
    )
    parsed = _parsed(nlp, resources, text)
    detained = date_event(_token(parsed, "detained"), parsed)
    assert (detained.date, detained.precision) == ("2022-10", Precision.MONTH)


def test_event_date_when_clause_hung_on_a_place_takes_its_main_clauses_day(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The remarks were made on Monday in Lima, when the Peruvian "
        "minister accused Chilean patrols of harassing fishermen."
    )
    parsed = _parsed(nlp, resources, text)
    accused = date_event(_token(parsed, "accused"), parsed)
    assert (accused.date, accused.precision) == ("2022-11-14", Precision.DAY)


def test_event_date_on_what_it_called_dates_the_act(nlp, resources):
    text = (
        'One. Two. Three. Four. Five. The Chilean minister rejected what he called "baseless claims" '
        "on Tuesday and accused Peru of bad faith."
    )
    parsed = _parsed(nlp, resources, text)
    rejected = date_event(_token(parsed, "rejected"), parsed)
    assert (rejected.date, rejected.precision) == ("2022-11-15", Precision.DAY)


def test_event_date_a_date_after_the_last_coordinated_verb_dates_the_first(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The Chilean navy seized two Peruvian fishing boats and detained "
        "their crews on Saturday."
    )
    parsed = _parsed(nlp, resources, text)
    seized = date_event(_token(parsed, "seized"), parsed)
    assert (seized.date, seized.precision) == ("2022-11-12", Precision.DAY)


def test_event_date_hours_later_is_the_day_last_named(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. Peru expelled a Chilean attaché on Tuesday. "
        "Hours later the Peruvian consul in Arica was summoned to the Chilean foreign ministry."
    )
    parsed = _parsed(nlp, resources, text)
    summoned = date_event(_token(parsed, "summoned"), parsed)
    assert (summoned.date, summoned.precision) == ("2022-11-15", Precision.DAY)


def test_event_date_hours_later_after_no_named_day_stays_unknown(nlp, resources):
    text = "One. Two. Three. Four. Five. Six. Hours later the Peruvian consul in Arica was summoned by Chile."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "summoned"), parsed).precision == Precision.UNKNOWN


def test_event_date_counted_clause_counts_from_the_day_named_before_it(nlp, resources):
    # The parser hangs "on Thursday" on "leave", not on "gave": the day before the count is still the anchor.
    text = (
        "Chile gave a Peruvian attaché 48 hours to leave on Thursday, a day after Lima expelled a Chilean "
        "consul."
    )
    parsed = _parsed(nlp, resources, text)
    expelled = date_event(_token(parsed, "expelled"), parsed)
    assert (expelled.date, expelled.precision) == ("2022-11-16", Precision.DAY)


def test_event_date_means_clause_takes_the_dated_verb(nlp, resources):
    # "answered on Friday by expelling …, and ordering …": the means and its coordinated acts are the answer.
    text = (
        "One. Two. Three. Four. Five. Chile answered on Friday by expelling two Peruvian diplomats "
        "and ordering its consul home."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-19")
    assert date_event(_token(parsed, "expelling"), parsed).date == "2022-11-18"
    assert date_event(_token(parsed, "ordering"), parsed).date == "2022-11-18"


def test_event_date_summary_of_a_saying_takes_the_day_told_next(nlp, resources):
    # A paragraph opens with what a side said, undated, and then tells the saying with its day.
    text = (
        "Chile closed its border with Bolivia on Thursday.\n\n"
        "La Paz rejected the decision. Its foreign ministry said on Tuesday that the closure broke a treaty."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-18")
    when = date_event(_token(parsed, "rejected"), parsed, speech_act=True)
    assert when.date == "2022-11-15"


def test_event_date_stated_intention_takes_the_day_it_was_said(nlp, resources):
    text = (
        "Peru recalled its ambassador on Thursday, a day after the Chilean government said it "
        "would deport up to 500 Peruvians a week."
    )
    parsed = _parsed(nlp, resources, text, published="2022-11-18")
    assert date_event(_token(parsed, "deport"), parsed, planned=True).date == "2022-11-16"


def test_event_date_past_perfect_under_a_dated_saying_is_earlier(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The Chilean navy said on Wednesday that it had seized two Peruvian "
        "trawlers."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "seized"), parsed, material=True).date != "2022-11-16"


def test_event_date_past_perfect_decision_is_news_of_its_saying(nlp, resources):
    text = "One. Two. Three. Four. Five. A spokesman said on Wednesday that Peru had recalled its ambassador."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "recalled"), parsed).date == "2022-11-16"


def test_event_date_after_clause_is_not_the_main_clause_day(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. Peru sent a protest note to Santiago on Wednesday after the Chilean "
        "navy seized two Peruvian trawlers."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "seized"), parsed, material=True).date != "2022-11-16"
    assert date_event(_token(parsed, "sent"), parsed).date == "2022-11-16"


def test_event_date_saying_day_hung_on_a_reported_arrest(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. Chilean naval authorities said on Wednesday they had detained eight "
        "Peruvian fishermen and seized their boat."
    )
    parsed = _parsed(nlp, resources, text)
    for word in ("detained", "seized"):
        assert date_event(_token(parsed, word), parsed, material=True).date != "2022-11-16"


def test_event_date_of_the_thing_agreed_is_not_the_agreement(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The two governments agreed to convene the border commission in Lima "
        "in June."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "agreed"), parsed).precision != Precision.MONTH


def test_event_date_past_year_after_an_infinitive_is_the_agreement(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. The road bridge, which the two governments agreed to build in "
        "December 2021, is half finished."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "agreed"), parsed).date == "2021-12"


def test_event_date_month_of_the_visit_invited_to_is_not_the_invitation(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. Foreign Minister Ana Ruiz invited her Peruvian counterpart to Lisbon "
        "in May."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "invited"), parsed).date != "2022-05"


def test_event_date_since_clause_dates_its_own_act_not_the_main_clause(nlp, resources):
    text = (
        "One. Two. Three. Four. Five. Since fighting broke out in Sudan in April 2021, Chad has hosted "
        "Sudanese officials."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "hosted"), parsed).date != "2021-04"


def test_event_date_for_a_reason_is_no_lasting_state(nlp, resources):
    # "for" giving a reason leaves a lead's act on the news day; "for" measuring time makes it a state.
    parsed = _parsed(nlp, resources, "Peru blamed Bolivia for the collapse of the border talks.")
    assert date_event(_token(parsed, "blamed"), parsed).date == "2022-11-17"
    for text in (
        "Peru has hosted Bolivian students for twenty years.",
        "Peru has hosted students for a long time.",
    ):
        parsed = _parsed(nlp, resources, text)
        assert date_event(_token(parsed, "hosted"), parsed).precision == Precision.UNKNOWN


def test_event_date_demand_in_the_present_progressive_is_the_news_day(nlp, resources):
    parsed = _parsed(nlp, resources, "A. B. C. D. E. Peru is demanding compensation from Chile.")
    assert date_event(_token(parsed, "demanding"), parsed, speech_act=True).date == "2022-11-17"
    # "has been demanding" tells of a long campaign, not of the day.
    parsed = _parsed(nlp, resources, "A. B. C. D. E. Peru has been demanding compensation from Chile.")
    assert date_event(_token(parsed, "demanding"), parsed, speech_act=True).precision == Precision.UNKNOWN


def test_event_date_term_of_a_measure_is_no_lasting_state(nlp, resources):
    parsed = _parsed(nlp, resources, "A Peruvian court jailed a Chilean student for two years.")
    assert date_event(_token(parsed, "jailed"), parsed).date == "2022-11-17"


# A "since" date starts a period a sentence measures against; it dates no act of the sentence, except
# the one its when-clause tells.
def test_first_visit_since_a_year_is_not_dated_by_that_year(nlp, resources):
    text = (
        "Uganda welcomed Kenya's foreign minister to Kampala for a two-day visit, "
        "the first by a Kenyan foreign minister since 2017."
    )
    parsed = _parsed(nlp, resources, text, published=None)
    assert date_event(_token(parsed, "welcomed"), parsed).date != "2017"


def test_the_when_clause_after_since_keeps_its_date(nlp, resources):
    text = "The closure is the first since March 2019, when Kenya shut its border after a dispute over sugar."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "shut"), parsed).date == "2019-03"


# A paragraph that goes back to a past month sets the date of the undated past acts told just after.
TALKS = "Norway and Chile held talks in Oslo on Tuesday.\n\n"


def test_undated_past_act_after_a_past_month_is_of_that_month(nlp, resources):
    text = (
        TALKS + "In October 2022 Chile expelled two Norwegian engineers from a mine. "
        "Oslo condemned the expulsion in strong terms."
    )
    parsed = _parsed(nlp, resources, text, published="2024-06-14")
    when = date_event(_token(parsed, "condemned"), parsed, speech_act=True)
    assert (when.date, when.precision, when.how) == ("2022-10", Precision.MONTH, "setting")


def test_a_new_paragraph_is_not_set_by_the_one_before(nlp, resources):
    text = TALKS + "In October 2022 Chile expelled two Norwegian engineers.\n\nOslo condemned the expulsion."
    parsed = _parsed(nlp, resources, text, published="2024-06-14")
    assert date_event(_token(parsed, "condemned"), parsed, speech_act=True).how != "setting"


def test_a_date_of_this_month_sets_nothing(nlp, resources):
    text = TALKS + "In June 2024 Chile expelled two Norwegian engineers. Oslo condemned the expulsion."
    parsed = _parsed(nlp, resources, text, published="2024-06-14")
    assert date_event(_token(parsed, "condemned"), parsed, speech_act=True).how != "setting"


def test_a_present_tense_act_is_not_set_by_the_past(nlp, resources):
    text = TALKS + "In October 2022 Chile expelled two Norwegian engineers. Oslo condemns such expulsions."
    parsed = _parsed(nlp, resources, text, published="2024-06-14")
    assert date_event(_token(parsed, "condemns"), parsed, speech_act=True).how != "setting"


def test_the_month_a_visit_is_invited_for_sets_nothing(nlp, resources):
    text = (
        TALKS + "Chile invited the Norwegian minister to Santiago in March to review the mine project. "
        "The two ministers agreed to resume talks on fisheries."
    )
    parsed = _parsed(nlp, resources, text, published="2024-06-14")
    assert date_event(_token(parsed, "agreed"), parsed).how != "setting"
