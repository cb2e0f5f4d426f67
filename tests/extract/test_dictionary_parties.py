"""Who the dictionary's readings may name as parties: a people's own group acting alone, another state's
nationals as the target, the state where an act of force or dissent is done, an organisation's
secretary-general. Every sentence is our own writing."""

from __future__ import annotations

from bilat.extract.dictionary import real_parties
from bilat.models import ActorRef, Document


def _brief(events):
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None) for e in events}


def _ref(kind: str, country: str | None, sector: str | None) -> ActorRef:
    return ActorRef(name="x", country=country, sector=sector, kind=kind, actor_id=f"{kind}{country}{sector}")


def test_group_with_a_nationality_acts_alone():
    assert real_parties(_ref("group", "PRT", "LAB"), None)
    # Without a nationality, or a person without an office, still nobody's act.
    assert not real_parties(_ref("group", None, "LAB"), None)
    assert not real_parties(_ref("person", "PRT", None), None)


def test_another_states_nationals_are_a_target():
    court = _ref("organisation", "KEN", "JUD")
    assert real_parties(court, _ref("group", "UGA", "EDU"))
    # One's own nationals are no other side; a company is business, not a state's people.
    assert not real_parties(court, _ref("group", "KEN", "EDU"))
    assert not real_parties(court, _ref("group", "UGA", "BUS"))
    # A group acting on another state's nationals still needs a state's side.
    assert not real_parties(_ref("group", "KEN", "LAB"), _ref("group", "UGA", "EDU"))


def test_state_body_jails_foreign_nationals(code):
    events = code("A Kenyan court jailed three Ugandan students for a year on Monday.")
    assert ("17", "KEN", "UGA") in _brief(events)


def test_protest_in_a_capital_is_aimed_at_its_state(code):
    events = code("Portuguese and Spanish activists staged a noisy protest in Moscow on Friday.")
    assert {("14", "PRT", "RUS"), ("14", "ESP", "RUS")} <= _brief(events)


def test_meeting_in_a_third_capital_is_not_aimed_at_its_state(code):
    events = code("Peru and Chile held talks in Madrid on Friday.")
    assert not [e for e in events if e.target is not None and e.target.country == "ESP"]


def test_workers_blocking_a_road_is_their_own_act(code):
    events = code("Angry Portuguese dockworkers blocked a road near the port on Tuesday.")
    assert ("14", "PRT", None) in _brief(events)


def test_secretary_general_is_no_army_general(pipeline):
    document = Document(id="t", source_uri="mem", text="OIC Secretary-General Ali Hassan condemned the raid.")
    parsed = pipeline.parse(document)
    name = next(t for t in parsed.doc if t.text == "Hassan")
    ref = parsed.actors.resolve(name)
    # The OIC's secretary-general is an official of an organisation of states, not of a state's army.
    assert (ref.role, ref.sector) == ("Secretary-General", "IGO")


def test_european_community_is_an_organisation_of_states(code):
    events = code("The European Community imposed an embargo on Peru on Monday.")
    assert [(e.source.sector, e.target.country) for e in events if e.root == "16"] == [("IGO", "PER")]


def test_lessening_aid_and_strengthening_forces(code):
    assert ("16", "JPN", "MMR") in _brief(code("Japan cut aid to Myanmar on Monday."))
    assert ("15", "RUS", None) in _brief(code("Russia reinforced its troops in the north on Monday."))
    assert ("19", "TUR", "ARM") in _brief(code("Turkey tightened its blockade of Armenia on Monday."))


def test_a_declared_truce_is_the_truce(code):
    assert ("08", "AZE", "ARM") in _brief(code("Azerbaijan announced a truce with Armenia on Monday."))
    assert ("08", "LBN", None) in _brief(code("Lebanon declared a unilateral ceasefire on Monday."))


def test_act_of_force_at_home_is_a_one_sided_record():
    from bilat.extract.dictionary import at_home

    rebels, own_state = _ref("group", "PER", "REB"), _ref("state", "PER", "GOV")
    assert at_home(rebels, own_state, "190")
    # A speech act aimed at one's own state is a misread speaker, not a domestic act; another state is
    # a real target, not a home.
    assert not at_home(rebels, own_state, "112")
    assert not at_home(rebels, _ref("state", "CHL", "GOV"), "190")


def test_domestic_coercion_is_coded_without_addressee(code):
    events = code("Peruvian rebels on Monday blew up three power pylons outside Lima.")
    assert {(e.root, e.source.country, e.target) for e in events if e.root != "01"} == {("19", "PER", None)}


def test_act_after_a_predicate_adjective_is_the_subjects_intent(code):
    # "is ready to impose": the subject of the copula acts; a stated readiness is the intent (a threat).
    events = code("Peru is ready to impose sanctions on Chile, its trade minister said on Monday.")
    assert ("13", "PER", "CHL") in {
        (e.root, e.source.country, e.target.country if e.target else None) for e in events
    }
