"""A side promising an answer to the other side's step threatens it. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_a_move_that_will_not_go_unanswered(code):
    events = code(
        "REYKJAVIK — Iceland suspended its embassy in Moscow on Friday. Russian foreign ministry spokeswoman "
        "Maria Sadovskaya said on Friday the move would not go unanswered.",
        published="2023-06-10",
    )
    assert ("130", "RUS", "ISL") in _brief(events)


def test_our_response_will_come(code):
    events = code(
        "TALLINN — Estonia expelled a Russian diplomat on Monday. "
        '"Our response will not be long in coming," the Russian foreign ministry said on Monday.',
        published="2023-06-06",
    )
    assert ("130", "RUS", "EST") in _brief(events)


def test_responding_to_questions_is_no_threat(code):
    events = code(
        "TALLINN — Estonia expelled a Russian diplomat on Monday. The Russian ambassador said on Monday "
        "that he would respond to questions from journalists later.",
        published="2023-06-06",
    )
    assert not any(e.root == "13" for e in events)


def test_the_other_sides_response_is_no_threat(code):
    events = code(
        "BAKU — France expelled two Azerbaijani diplomats on Wednesday. The spokesman of Azerbaijan's "
        "foreign ministry said on Thursday that France's response was regrettable.",
        published="2023-12-29",
    )
    assert not any(e.root == "13" for e in events)


def test_conditional_step_coordinated_in_the_report(code):
    # The step held out comes second in the report, coordinated with an earlier reported act.
    events = code(
        "RIGA — Estonia and Latvia argued over fishing quotas on Monday. Estonian Foreign Minister Kadri "
        "Tamm said on Monday that Tallinn had asked the European Commission to mediate and would take the "
        "dispute to the European Court of Justice if Latvia kept the quota.",
        published="2023-06-06",
    )
    assert ("130", "EST", "LVA") in _brief(events)


def test_conditional_step_in_a_second_that_clause(code):
    events = code(
        "RIGA — Estonia and Latvia argued over fishing quotas on Monday. Kadri Tamm, Estonia's foreign "
        "minister, said on Monday that 300 boats were idle in port, and that Tallinn would file a complaint "
        "with the European Commission if the rules were not eased by Friday.",
        published="2023-06-06",
    )
    assert ("130", "EST", "LVA") in _brief(events)
