"""Who acts in clauses the dictionary reads: a count standing for what it counts ("hundreds of UN
troops"), the subject of a passive whose infinitive names the act ("is scheduled to attend"). Every
sentence is our own writing."""

from __future__ import annotations

from bilat.extract.arguments import clause_subject


def _brief(events):
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None) for e in events}


def test_a_count_of_troops_is_no_crowd_sent_by_the_other_side(code):
    events = code("Hundreds of UN troops withdrew from the Lebanese side of the border on Tuesday.")
    # Not the host of the article's other state: the troops are the UN's.
    assert all(e.source.country is None for e in events if e.root == "08")
    assert any(e.root == "08" and e.source.kind == "organisation" for e in events)


def test_a_count_of_nationals_resolves_to_them(code):
    events = code("Dozens of Kenyan police officers crossed into Uganda and arrested four traders on Friday.")
    assert ("17", "KEN", "UGA") in _brief(events)


def test_a_count_of_protesters_is_still_a_crowd(code):
    events = code("Hundreds of protesters gathered outside the Kenyan embassy in Kampala on Monday.")
    assert ("14", "UGA", "KEN") in _brief(events)


def test_passive_subject_does_the_infinitive(nlp):
    doc = nlp("Chancellor Brandt is scheduled to attend the summit in Oslo.")
    attend = next(t for t in doc if t.lower_ == "attend")
    assert [t.lower_ for t in clause_subject(attend)] == ["brandt"]
    # A passive's own subject is what is done to: never its doer.
    doc = nlp("The envoy was expelled by Chile.")
    expelled = next(t for t in doc if t.lower_ == "expelled")
    assert clause_subject(expelled) == []


def test_taking_a_town_is_occupying_territory(code):
    events = code("Ethiopian troops captured a rebel stronghold in Somalia on Monday.")
    assert ("19", "ETH", "SOM") in _brief(events)
    assert any(e.cameo == "192" for e in events)
    # Capturing people is still an arrest.
    events = code("Ethiopian police captured two Kenyan smugglers on Monday.")
    assert ("17", "ETH", "KEN") in _brief(events)


def test_being_opposed_to_is_the_subjects_stance(code):
    # The parser reads this one as a passive ("Ghana" its nsubjpass): still Ghana's stance.
    events = code("Ghana is opposed to Togolese mediation in the talks with Benin, an aide said on Friday.")
    assert ("12", "GHA", "TGO") in _brief(events)
    events = code("Chile said on Monday it is opposed to Peruvian mediation.")
    assert ("12", "CHL", "PER") in _brief(events)
    # A passive with its agent is still done by the agent.
    events = code("The Kenyan plan was opposed by Uganda on Monday.")
    assert ("12", "UGA", "KEN") in _brief(events)
