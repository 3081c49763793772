"""Sentences of 2008 and 2012 news and reader comments that tell a crime, a mishap or a reader's
past in a war's words: terrorism the police rule out beside a blast or a shooting, the tours of
duty a soldier or a reader counts, and a war a speaker says nobody calls what they count."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", "body").tallies]


@pytest.mark.parametrize(
    "text",
    [
        "Police ruled out terrorism and said the blast that killed 6 people was caused by a gas leak.",
        "Police said the explosion that killed 11 people at the market was not terror-related.",
        "Investigators have ruled out a terrorist attack in the explosion, which killed 14 people at a fuel depot in Lagos.",
        "Officials said there was no evidence of terrorism in the shooting that left 4 people dead at the mall.",
        "The blast that killed 3 workers was not being treated as an act of terrorism, police said.",
        "Terrorism has been ruled out in the explosion that killed 8 people in a Volgograd apartment block.",
        # an army that rules out an attack or sabotage at its own depot
        "The army said an accidental explosion killed 5 soldiers at the depot in Kirkee, ruling out an attack.",
        "Officials ruled out sabotage after a blast at the arms depot killed 12 soldiers.",
    ],
)
def test_a_blast_or_shooting_whose_terrorism_is_ruled_out_is_no_conflict(text: str) -> None:
    found = events(text)
    assert found and "conflict" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police have not ruled out terrorism in the blast that killed 6 people.",
        "The army has not ruled out an attack after the blast killed 12 soldiers at the depot in Abadan.",
        "Police said the bombing that killed 9 people in Quetta was an act of terrorism.",
        "A terrorist attack killed 12 people at the station in Volgograd, police said.",
        "The bombing was not the first terrorist attack on the city: a suicide bomber killed 40 people there in 2010.",
    ],
)
def test_terrorism_told_or_left_open_stays_conflict(text: str) -> None:
    assert "conflict" in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "My uncle served 2 tours in Iraq and was never hurt, but a drunk driver killed his best friend.",
        "My brother served three tours in Iraq and buried 2 friends who died in motorcycle wrecks back home.",
        "She did two tours of duty in Afghanistan, and 3 of her cousins have been murdered in Chicago since she got back.",
    ],
)
def test_tours_of_duty_a_person_served_tell_who_they_are_not_a_war_s_dead(text: str) -> None:
    assert "conflict" not in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers on their third tour in Afghanistan were killed by a roadside bomb in Helmand.",
        "A sergeant who served 3 tours in Iraq was killed with 4 other soldiers by a suicide bomber in Kandahar.",
    ],
)
def test_soldiers_killed_on_tour_in_a_war_stay_conflict(text: str) -> None:
    assert "conflict" in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ten people die on our roads every day and nobody calls that a war.",
        "Thirty people were shot dead in gang feuds in Kingston this month and residents call it a war.",
        "Four teenagers were stabbed to death in Leeds in a week, and the papers called it a war.",
    ],
)
def test_a_war_a_speaker_calls_what_they_count_is_no_conflict(text: str) -> None:
    assert "conflict" not in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "They call it a war on drugs, but 60,000 people have died in Mexico's drug war since 2006.",
        "The army calls it a war against terrorists, and 300 militants have been killed in Swat since March.",
        "Rebels shelled the town on Monday, killing 9 civilians, in what residents called a war on their homes.",
    ],
)
def test_a_war_called_by_its_enemy_stays_conflict(text: str) -> None:
    assert "conflict" in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said a faulty gas pipe was to blame for the explosion that killed 10 people in Astrakhan.",
        "The blast, which killed 7 people in a Tbilisi apartment block, was blamed on a leaking boiler.",
        "The explosion that killed 5 soldiers at the depot was blamed on faulty ammunition, the ministry said.",
    ],
)
def test_a_blast_blamed_on_a_fault_is_a_mishap(text: str) -> None:
    assert events(text) == ["accident"]


@pytest.mark.parametrize(
    "text",
    [
        "The bombing that killed 20 people in Quetta was blamed on the Taliban.",
        "The blast that killed 12 people at the checkpoint was blamed on militants, the police said.",
    ],
)
def test_a_blast_blamed_on_a_group_stays_conflict(text: str) -> None:
    assert events(text) == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "Qari Zafar, a former commander of a militant group blamed for 2 bombings in Karachi, died of kidney failure in Lahore on Sunday.",
        "Sheikh Omar, whose militia fought al-Shabab for 3 years in Galgadud, died of liver failure in Nairobi on Monday.",
        "A Taliban commander who organised 3 suicide bombings in Kabul died of cancer in Quetta, his family said.",
    ],
)
def test_a_militant_leader_who_died_of_an_illness_is_no_war_s_dead(text: str) -> None:
    assert "conflict" not in events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("One soldier died of his wounds in Kandahar after the ambush that killed 3 of his comrades.", "conflict"),
        ("A policeman died from a bullet wound after militants attacked 2 checkpoints in Dagestan.", "conflict"),
        ("A protester died of a heart attack after soldiers beat him at a checkpoint in Hebron, one of 2 deaths that week.", "conflict"),
        ("Two prisoners held over the 2008 Mumbai attacks died of kidney failure in jail, officials said.", "disease"),
    ],
)
def test_dying_of_wounds_stays_conflict_and_prisoners_illness_is_disease(text: str, event: str) -> None:
    assert event in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "A fire on a passenger train in Andhra Pradesh killed 32 people on Monday, railway officials said.",
        "The fire on board the ferry killed 14 passengers off Mindanao, the coast guard said.",
        "A fire on an overnight bus killed 26 people in Karnataka.",
    ],
)
def test_a_fire_on_board_a_vehicle_is_a_mishap(text: str) -> None:
    assert events(text) == ["accident"]


@pytest.mark.parametrize(
    "text",
    [
        "Troops opened fire on a bus in Swat, killing 6 passengers.",
        "Soldiers fired on a bus at a checkpoint near Nablus, killing 2 Palestinians.",
        "The army said the fire on its positions killed 4 soldiers.",
    ],
)
def test_fire_opened_on_a_bus_or_on_positions_stays_conflict(text: str) -> None:
    assert events(text) == ["conflict"]
