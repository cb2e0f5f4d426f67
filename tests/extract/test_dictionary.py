"""The converted PETRARCH-2 verb dictionary on spaCy's parse: inflections, particles, object nouns,
prepositions, synonym sets, the CAMEO range beyond diplomacy, guards, and precedence of bilat's own lines.
Every sentence is our own writing."""

from __future__ import annotations

import pytest

from bilat.extract.codebook import load_codebook
from bilat.extract.dictionary import load_lexicon, match_verb
from bilat.extract.patterns import load_patterns, spelling_variants


@pytest.fixture(scope="module")
def lexicon(resources):
    return load_lexicon(resources)


@pytest.fixture
def reading(nlp, lexicon):
    """The dictionary's match for the first token of ``text`` that the dictionary knows as ``word``."""

    def run(text: str, word: str):
        doc = nlp(text)
        token = next(t for t in doc if t.lower_ == word)
        return match_verb(token, lexicon.verbs)

    return run


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_dictionary_inflections_and_irregular_forms(reading):
    for text, word in [
        ("Oman speeds up the handover.", "speeds"),
        ("Oman sped up the handover.", "sped"),
        ("Oman is speeding up the handover.", "speeding"),
    ]:
        assert reading(text, word).lemma == "speed"


def test_dictionary_regular_form_the_tagger_mislemmatises(reading):
    # The tagger gives "stag" for "staged": the verb's regular stems find the dictionary's "stage".
    vigil = reading("Ruritanian students staged a candlelight vigil outside the embassy.", "staged")
    assert (vigil.lemma, vigil.code, vigil.specificity) == ("stage", "017", 2)


def test_dictionary_pattern_of_the_verb_outranks_a_pattern_of_its_block(reading):
    # "beat" shares a block with "break", whose pattern "break with" is a threat (130): beating prisoners
    # with sticks takes the verb's own code.
    beaten = reading("Soldiers beat the prisoners with sticks.", "beat")
    assert (beaten.code, beaten.own) == ("182", True)


def test_dictionary_passive_agent_is_the_subject_side(reading):
    # "protestor * " (a subject noun) → 145, found as the agent of the passive.
    razed = reading("The embassy was demolished by protestors.", "demolished")
    assert (razed.code, razed.specificity) == ("145", 1)


def test_dictionary_later_pattern_of_the_same_words_wins(reading):
    # The vendor's file lists "lift sanction" twice (0351, then 085): its reader keeps the last.
    assert reading("Norway lifted the sanctions on Chile.", "lifted").code == "085"


def test_dictionary_governed_verb_is_no_object_noun(reading):
    # "attack" after "wants to" is a verb: the pattern "press for an attack" (138) does not apply.
    wanted = reading("Norway wants to attack Chile.", "wants")
    assert (wanted.code, wanted.specificity) == ("030", 0)


def test_dictionary_verb_without_object_shares_its_conjuncts(reading):
    donated = reading("Oman donated and delivered weapons to Yemen.", "donated")
    assert (donated.code, donated.specificity) == ("072", 1)  # &WEAPON, the object of "delivered"


def test_dictionary_particle_verb(code, reading):
    assert reading("Chile kicks out Peruvian diplomats.", "kicks").lemma == "kick out"
    assert ("174", "CHL", "PER") in _brief(code("Chile kicked out the Peruvian ambassador on Monday."))


def test_dictionary_object_noun_and_synonym_set(reading):
    thrown = reading("Ruritania hurled rockets at the border post.", "hurled")
    assert (thrown.code, thrown.specificity) == ("183", 1)  # &WEAPON holds "rocket"
    lodged = reading("Japan lodged a protest with China.", "lodged")
    assert lodged.code == "110" and lodged.specificity == 1


def test_dictionary_prepositional_phrase_refines_the_code(reading):
    blamed = reading("Sweden blamed Iran for torture.", "blamed")
    assert blamed.code == "112" and blamed.preps == ("for",) and blamed.specificity == 2
    plain = reading("Sweden blamed Iran.", "blamed")
    assert plain.specificity == 0


def test_dictionary_null_code_is_no_event(reading, code):
    assert reading("Police foiled a plot in the capital.", "foiled").code is None
    assert code("Police foiled a plot in the capital on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan banished two Afghan diplomats on Monday.", ("161", "PAK", "AFG")),
        ("Israel hurled grenades at Lebanese soldiers on Saturday.", ("193", "ISR", "LBN")),
        ("Japan castigated China on Tuesday.", ("111", "JPN", "CHN")),  # (lodged protests: bilat's 114 line)
        ("Somalia severed diplomatic ties with Kenya on Thursday.", ("161", "SOM", "KEN")),
        ("Iran's navy seized a British tanker in the Gulf on Sunday.", ("171", "IRN", "GBR")),
    ],
)
def test_dictionary_codes_the_conflict_range(code, text, expected):
    assert expected in _brief(code(text))


def test_dictionary_event_carries_quad_class_and_goldstein(code, resources):
    (event,) = [e for e in code("Pakistan banished two Afghan diplomats on Monday.") if e.root == "16"]
    book = load_codebook(resources)[event.cameo]
    assert (event.quad, event.goldstein, event.plover) == (book.quad, book.goldstein, book.plover)
    assert event.quad == 3 and event.goldstein < 0  # 161: verbal conflict


def test_dictionary_needs_real_parties(code):
    # A coach and players act for no state: the dictionary's broad verbs stay silent.
    assert code("The coach banished two players from the squad on Monday.") == []


def test_dictionary_keeps_negation(code):
    events = [e for e in code("Pakistan did not banish the Afghan diplomats on Monday.") if e.root == "16"]
    assert [e.modality for e in events] == ["negated"]


def test_dictionary_discarded_story_is_not_coded(code):
    text = "Chile kicked out the Peruvian ambassador on Monday after the World Cup qualifier."
    assert not [e for e in code(text) if e.root == "17"]


def test_dictionary_words_in_quotation_are_not_acts(code):
    events = code('"Israel hurled grenades at Lebanon," the Lebanese minister said on Monday.')
    assert not [e for e in events if e.root in {"18", "19"}]


def test_dictionary_bilat_lines_take_precedence(code, reading):
    # bilat's verbs.txt codes "expel" as 166; the dictionary alone would say 161 for diplomats.
    assert reading("Norway expelled two Russian diplomats.", "expelled").code == "161"
    events = code("Norway expelled two Russian diplomats on Tuesday, accusing them of spying.")
    assert ("166", "NOR", "RUS") in _brief(events)
    (expulsion,) = [e for e in events if e.cameo == "166"]
    assert expulsion.date == "2023-05-09"


def test_dictionary_weak_cooperative_guess_is_not_coded(code):
    # "consider" sits in a block coded 040 (consult): the bare verb is no meeting.
    events = code("Hungary considers Poland a partner, officials said on Monday.")
    assert not [e for e in events if e.root == "04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington announced the imposition of tariffs on Chinese steel on Monday.", ("163", "USA", "CHN")),
        ("Lithuania's withdrawal of its envoy from Beijing on Tuesday angered China.", ("161", "LTU", "CHN")),
        ("A phone call between Macron and Putin took place on Friday.", ("041", "FRA", "RUS")),
        ("Erdogan held a phone call with Putin on Friday.", ("041", "TUR", "RUS")),
        ("Lithuania announced the recall of its ambassador from Minsk on Friday.", ("161", "LTU", "BLR")),
        ("Azerbaijan's ultimatum to Armenia expired on Monday.", ("139", "AZE", "ARM")),
        ("Pakistan began the deportation of Afghan refugees on Wednesday.", ("174", "PAK", "AFG")),
        ("Turkish air strikes on Iraq killed four people on Sunday.", ("195", "TUR", "IRQ")),
    ],
)
def test_dictionary_nominal_events(code, text, expected):
    assert expected in _brief(code(text))


def test_dictionary_call_alone_is_no_phone_call(code):
    assert not [e for e in code("Macron's call for calm with Putin on Friday was heard.") if e.cameo == "041"]


def test_dictionary_gerund_after_a_preposition_is_no_act_of_the_subject(code):
    # "spying" is what Norway alleges, not an act of Norway's: the expulsion and the accusation, no spying.
    events = code("Norway expelled two Russian diplomats on Tuesday, accusing them of spying.")
    assert sorted(e.cameo for e in events) == ["112", "166"]


def test_dictionary_act_without_addressee_is_a_one_sided_record(code):
    (event,) = code("Ethiopia mobilized troops along the border on Monday.")
    assert (event.root, event.source.country, event.target) == ("15", "ETH", None)
    assert event.target_missing
    (demand,) = code("Greece demanded on Monday that its partners refuse the plan.")
    assert (demand.root, demand.target) == ("10", None)


def test_dictionary_bare_statement_is_no_dyad_event(code):
    (event,) = code("The Greek spokesman said on Monday that the talks with Turkey were useful.")
    assert (event.root, event.target) == ("01", None)


def test_dictionary_object_noun_outranks_a_bare_particle_or_preposition(reading):
    # "break" has patterns "OFF", "(WITH)" and "RELATIONS" of one word each: the noun says what broke.
    match = reading("Uruguay broke off relations with Paraguay in the spring.", "broke")
    assert match.code == "161"


def test_dictionary_measure_noun_passes_to_what_it_counts(reading):
    # The object's head is "tonnes"; the pattern names the aid it measures.
    match = reading("Norway will provide 9,000 tonnes of food aid to Chad next month.", "provide")
    assert match.code[:2] == "07" and match.specificity > 0


def test_dictionary_light_head_passes_to_the_noun_before_it(reading):
    # "deliveries" and "effort" only give the act its form: the patterns name "aid" and "mediation".
    match = reading("Dutch officials suspended aid deliveries to Eritrea on Friday.", "suspended")
    assert match.code == "162" and match.specificity > 0
    match = reading("Oman's ruler launched a mediation effort between Chad and Niger.", "launched")
    assert match.code == "045" and "between" in match.preps


def test_dictionary_light_head_alone_is_no_object_noun(reading):
    # A light head with no noun before it names nothing the "aid" pattern asks for.
    match = reading("Dutch officials suspended deliveries to Eritrea on Friday.", "suspended")
    assert match.code != "162"


def test_dictionary_plural_pattern_noun_reads_the_singular(reading):
    # The pattern names "exercises"; a single exercise is the same act.
    plural = reading("Greek troops conducted military exercises near the border.", "conducted")
    single = reading("Greek troops conducted a military exercise near the border.", "conducted")
    assert single.code == plural.code and single.code[:2] == "15" and single.specificity > 0


def test_dictionary_british_spelling_finds_the_american_verb(reading):
    match = reading("The two ministers finalised the accord in Lusaka.", "finalised")
    assert (match.lemma, match.code[:2]) == ("finalize", "05")


def test_own_lines_serve_both_spellings(resources):
    patterns = load_patterns(resources)
    assert patterns.verbs["mobilise"] is patterns.verbs["mobilize"]
    assert spelling_variants("normalization of ties") == ["normalisation of ties"]
    assert spelling_variants("meet") == []


def test_dictionary_verb_with_bare_object_noun_entry(reading):
    # "take note" is an entry of its own (the observe block), not "take" among the seizures.
    assert reading("Kenya took note of the decision of Uganda.", "took").lemma == "take note"
    assert reading("Chad waged war on Libya in 1987.", "waged").lemma == "wage war"
    # With a determiner the noun is an ordinary object: "took the note" is "take".
    assert reading("Kenya took the note to Kampala.", "took").lemma == "take"


def test_dictionary_bare_object_entry_is_not_the_verb_alone(code):
    # "take note" codes no event; "take" alone sits among the seizures (171).
    events = code("Kenya took note of the decision of Uganda to close the border.")
    assert not any(e.cameo.startswith("17") for e in events)
