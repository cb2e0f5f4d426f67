"""The frame of a paragraph, read only where it is evidence: a state's embassy speaks for it, a "Secretary of
State" of a ministry outside the United States is of the ministry's state, the state that bars someone does
not make them its own, someone named in the words of the other side's official is not the frame's, and a
body the story's subject state acts upon is no evidence of whose "army spokesman" is."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_embassy_frames_its_spokesman(nlp, resources):
    people = _people(
        nlp,
        resources,
        "TALLINN, March 4 (Baltic Wire) - Estonia protested on Monday over a patrol boat seen near Narva.\n\n"
        "Norway's embassy said on Tuesday that the boat had stayed in international waters. A spokesman, "
        "Oddvar Lunde, said that Norway wanted calm.",
    )
    assert people["Oddvar Lunde"] == "NOR"


def test_secretary_of_state_of_another_ministry(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LISBON, June 9 (Iberia Daily) - Portugal complained that Spain had shut a border road.\n\n"
        "Spain's interior ministry said the road was closed for works. Secretary of State Julio Arranz "
        "said that Madrid had told Lisbon about the works in May.",
    )
    assert people["Julio Arranz"] == "ESP"


def test_barred_officer_is_not_the_barring_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Canada imposed sanctions on two Bolivian mining firms on Monday.\n\n"
        "Ottawa said the firms had smuggled tin. It also barred Colonel Ramiro Quispe from entering Canada.",
    )
    assert people["Ramiro Quispe"] != "CAN"


def test_named_in_other_sides_words(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 2 (Andes Post) - Ecuador protested after Canadian duties on shrimp took effect.\n\n"
        "The Canadian government had announced the duties in March. President Lucia Andrade said "
        "Ottawa had turned down a request made by Energy Minister Pablo Viteri, and that Ecuador would "
        "appeal.",
    )
    assert people["Pablo Viteri"] != "CAN"


def test_army_the_subject_state_accuses_is_no_evidence(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ghana accuses Togo army of shelling border villages\n\n"
        "Ghana accused Togo on Friday of firing rockets across the border.\n\n"
        "Army spokesman Major Kojo Antwi said that four rockets had landed near a school.",
    )
    assert people["Kojo Antwi"] != "TGO"


def test_army_that_acts_names_its_spokesman(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ghana protests arrest of its traders by Togolese army\n\n"
        "Ghana summoned Togo's ambassador over traders held by a Togolese army patrol.\n\n"
        "An army spokesman, Major Koffi Agbeko, said the traders had crossed without papers.",
    )
    assert people["Koffi Agbeko"] == "TGO"
