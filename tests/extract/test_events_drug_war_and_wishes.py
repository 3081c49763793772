"""Figures of 2008 and 2012 news and comments under the drug war's name, and a reader's wishes: the
drug war named by the title, a sentence around or another clause of the figure's own is the setting
of a cartel's killings (crime), while the drug war told as the figure's toll and the army's fights
told by a fight's words ("a gunbattle", "coming under fire") stay conflict; a gunman of an act of
war tried in court keeps the war's toll; a reader's hope, need, call or wish to kill is no event,
and a vow to avenge the dead or a hope told of what happened keeps the toll."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


def conflict_counts(text: str, title: str | None = None) -> list[int]:
    return [count for count, event in events(text, title) if event == "conflict"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Mexico's drug war goes on", "Forty-nine bodies were dumped on a highway near Cadereyta on Sunday, and the drug war goes on."),
        ("Drug war: 9 beheaded in Guerrero", "The cartels beheaded nine men and left their heads in coolers outside the town hall in Chilpancingo."),
        ("Drug war spills over", "Zetas gunmen killed 27 farm workers on a ranch in Petén, Guatemalan officials said."),
        ("Mexico drug war", "The bodies of 35 people were dumped under an overpass in Boca del Río, Veracruz, at rush hour."),
        ("Mexico's drug war", "49 bodies dumped and the drug war goes on, and nobody in the government even pretends to care."),
        (None, "Mexico's drug war rages on. Police found 26 bodies in three abandoned vehicles in Guadalajara on Thursday."),
    ],
)
def test_a_cartel_s_killings_under_the_drug_war_s_name_are_crimes(title: str | None, text: str) -> None:
    assert events(text, title)
    assert conflict_counts(text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Mexico's drug war: the toll", "Calderón's war on the cartels has killed more than 50,000 people since 2006.", 50000),
        ("Peña Nieto takes office", "He inherits a drug war that has left some 60,000 people dead in six years.", 60000),
        (None, "The drug war has claimed at least 47,500 lives since December 2006, the attorney general's office said.", 47500),
        (None, "More than 50,000 people have died in Mexico's drug war since 2006.", 50000),
        ("Mexico's drug war", "Soldiers killed 14 suspected members of the Zetas in a gunbattle near Piedras Negras, the army said.", 14),
        ("Mexican marines kill cartel gunmen", "Marines killed 10 gunmen after coming under fire from a convoy near Nuevo Laredo.", 10),
    ],
)
def test_the_drug_war_s_toll_and_the_army_s_fights_stay_conflict(title: str | None, text: str, count: int) -> None:
    assert conflict_counts(text, title) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "I hope they kill 300 terrorists next time, not just a handful.",
        "We need to kill at least 5,000 of these militants before they understand.",
        "Let them kill 1,000 of ours and see how fast the world forgets about us.",
        "I wish the drone had killed 50 more of them.",
        "They should bomb them until 10,000 are dead, then maybe the rockets will stop.",
    ],
)
def test_a_reader_s_wish_or_call_to_kill_is_no_event(text: str) -> None:
    assert conflict_counts(text, "Drone strike kills militants in Waziristan") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hopes of finding survivors faded after the suicide bombing killed 56 people at the shrine.",
        "Karzai called on the Taliban to stop after the suicide bombing killed 56 people at a Shiite shrine.",
        "Our drones killed 30 militants in Waziristan last week and the media barely covered it.",
        "I wish someone had told us that the strike had killed 40 civilians in the village.",
        "The shelling of the old city went on until 3 am and killed 40 people, residents said.",
    ],
)
def test_hopes_and_calls_beside_a_toll_that_happened_keep_it(text: str) -> None:
    assert conflict_counts(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Police said 11 suspected drug traffickers were killed in a shootout during a raid on the favela.",
        "Gunmen from the Gulf cartel killed 15 people at a bar in Torreón on Saturday night.",
        "Soldiers found 49 headless bodies dumped on a highway, and a message signed by the Zetas claimed the killings.",
    ],
)
def test_the_police_s_raids_and_a_cartel_s_killings_are_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The only surviving gunman of the 2008 attacks that killed 166 people in Mumbai was sentenced to death in May 2010.", 166),
        ("Judges sentenced a gunman of the 2009 attacks that killed 27 people in Peshawar to life in prison.", 27),
    ],
)
def test_a_gunman_of_an_act_of_war_tried_in_court_keeps_the_war_s_toll(text: str, count: int) -> None:
    assert conflict_counts(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "A gunman was sentenced to life on Friday for the shooting that killed three people outside a nightclub in Leeds.",
        "Kevin Marsh, 42, is accused of killing his wife and her two sisters at their home in Stockton in March.",
        "A Houston man was sentenced to death for the ambush that killed two sheriff's deputies during a traffic stop.",
        "The lone gunman of the attack that killed 3 people outside a nightclub was sentenced to life.",
    ],
)
def test_a_gunman_s_murders_tried_in_court_stay_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Taliban vowed to avenge the 12 fighters killed in the NATO strike in Kunar.", 12),
        ("Militants swore to avenge the deaths of 7 comrades killed in a drone strike.", 7),
    ],
)
def test_the_dead_a_group_vows_to_avenge_are_a_toll(text: str, count: int) -> None:
    assert conflict_counts(text) == [count]


def test_the_dead_a_done_revenge_answers_are_an_earlier_event() -> None:
    assert conflict_counts("Rebels killed 9 soldiers to avenge the 12 fighters killed in the strike.") == [9]
