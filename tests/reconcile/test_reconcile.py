"""Reconciliation: one actor under many spellings, one event reported many times, disagreements kept."""

from __future__ import annotations

from bilat.models import Actor, ActorRef, Claim, Event, Fact
from bilat.reconcile import cluster_events, find_conflicts, resolve_actors


def _person(i, name, country="ISR", mentions=1):
    return Actor(id=f"p{i}", name=name, kind="person", country=country, mentions=mentions)


def test_reconcile_spellings_of_one_person_merge():
    resolution = resolve_actors(
        [
            _person(1, "Isaac Herzog", mentions=3),
            _person(2, "Ishak Herzog"),
            _person(3, "Herzog"),
            _person(4, "I. Herzog"),
        ]
    )
    assert set(resolution.canonical.values()) == {"p1"}
    assert resolution.aliases["p1"] == ["Herzog", "I. Herzog", "Ishak Herzog"]


def test_reconcile_namesakes_stay_apart():
    resolution = resolve_actors(
        [
            _person(1, "Ilham Aliyev", "AZE"),
            _person(2, "Heydar Aliyev", "AZE"),
            _person(3, "Ilham Aliyev", "RUS"),
        ]
    )
    assert len(set(resolution.canonical.values())) == 3


def _event(i, doc, date, root="05", source="AZE", target="ISR"):
    return Event(
        id=f"e{i}",
        doc_id=doc,
        source=ActorRef(name=source, country=source),
        target=ActorRef(name=target, country=target),
        cameo=root + "0",
        root=root,
        quad=1,
        goldstein=3.5,
        evidence="…",
        start=0,
        end=1,
        date=date,
    )


def test_reconcile_same_event_in_two_documents_is_one_cluster():
    clusters = cluster_events(
        [
            _event(1, "a", "2023-03"),
            _event(2, "b", "2023"),
            _event(3, "c", "2021"),
            _event(4, "d", None),
            _event(5, "b", "2023-03", root="04"),
        ]
    )
    assert clusters["e1"] == clusters["e2"]
    assert len({clusters[f"e{i}"] for i in (1, 3, 4, 5)}) == 4


def test_reconcile_conflicting_claims_side_by_side():
    claims = [
        Claim(attribute="relations_start:AZE-ISR", value=v, doc_id=d, evidence="…")
        for v, d in (("1991", "a"), ("1992", "b"), ("1991", "c"))
    ]
    claims.append(Claim(attribute="relations_start:ARM-GEO", value="1992", doc_id="d", evidence="…"))
    (conflict,) = find_conflicts(claims, [])
    assert conflict.attribute == "relations_start:AZE-ISR"
    assert [(c.value, c.doc_id) for c in conflict.claims] == [("1991", "a"), ("1991", "c"), ("1992", "b")]


def _fact(doc, start, value, kind="trade_turnover", parties=("CHL", "PER")):
    return Fact(
        id=f"{doc}{start}{value}",
        doc_id=doc,
        kind=kind,
        parties=list(parties),
        value=value,
        unit="USD",
        period_start="2022-01",
        period_end="2022-12",
        evidence="…",
        start=start,
        end=start + 10,
    )


def test_reconcile_figures_disagree_across_reports_not_within_a_sentence():
    (conflict,) = find_conflicts([], [_fact("a", 0, 3.1e9), _fact("b", 40, 3.6e9)])
    assert conflict.attribute == "trade_turnover:CHL-PER:2022-01..2022-12"
    assert find_conflicts([], [_fact("a", 0, 3.1e9), _fact("a", 0, 5e9)]) == []
    assert find_conflicts([], [_fact("a", 0, 3.1e9, "count"), _fact("b", 0, 5e9, "count")]) == []
    assert find_conflicts([], [_fact("a", 0, 3.1e9, parties=()), _fact("b", 0, 5e9, parties=())]) == []
