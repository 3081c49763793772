"""An act of war told as the figure's own killer under a page about something else (an epidemic, a
heat wave, a flood, a crash), a vehicle driven into people by attackers, and the rails' dead told
like the roads'; with the near misses that keep their class: the act told in another clause, a
disease or a disaster the sentence names as the killer, a weapon that went off in a mishap, a driver
who lost control."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        (
            "Cholera epidemic spreads in Yemen",
            "The outbreak has reached nine of the 22 governorates. Coalition airstrikes killed 23 people at a fish market in "
            "Hodeidah, the WHO said.",
            23,
        ),
        (
            "Heat wave: Basra hospitals overwhelmed",
            "Temperatures reached 51C on Sunday. A roadside bombing killed four policemen in Basra, police said.",
            4,
        ),
        (
            "Monsoon floods: army rushes boats to Sindh",
            "Floodwaters submerged 400 villages. Army shelling killed 11 civilians in the Kurram agency on Monday.",
            11,
        ),
        ("Measles outbreak hits Syrian refugee camps", "Government shelling killed 14 people in Homs, the Red Crescent said.", 14),
        ("Landslide buries village in Assam", "Heavy rain triggered the landslide. Militants killed 6 soldiers in an ambush near Kokrajhar.", 6),
    ],
)
def test_an_act_of_war_of_the_figure_names_its_event_over_the_page(title: str, text: str, count: int) -> None:
    assert (count, "conflict") in events(text, title)


@pytest.mark.parametrize(
    ("title", "text", "count", "event"),
    [
        ("Cholera cases double in Yemen's west coast", "Cholera has killed 23 people in Hodeidah, where airstrikes hit the main pumping station.", 23, "disease"),
        ("Monsoon floods: army rushes boats to Sindh", "The floods have killed 45 people in Swat, where shelling destroyed two bridges in 2009.", 45, "disaster"),
        ("Train derails in Punjab", "The derailment killed 12 passengers near Multan, while army shelling went on in the north.", 12, "accident"),
        ("Earthquake hits Baluchistan", "The quake killed 210 people, and militants have since fired on relief helicopters.", 210, "disaster"),
    ],
)
def test_an_act_of_war_in_another_clause_leaves_the_page_s_killer(title: str, text: str, count: int, event: str) -> None:
    assert (count, event) in events(text, title)


def test_a_training_mishap_told_before_keeps_its_weapon() -> None:
    text = "The Marines were on a live-fire training exercise at Hawthorne. Seven Marines were killed when a mortar round exploded in its tube."
    assert (7, "conflict") not in events(text, "Mortar blast kills Marines at Nevada depot")


@pytest.mark.parametrize(
    "text",
    [
        "Two attackers rammed a hired van into pedestrians on the bridge, killing 5, before stabbing people in a market.",
        "The assailants drove a car at a group of soldiers outside the barracks, wounding 9.",
    ],
)
def test_attackers_who_drive_a_vehicle_into_people_are_an_attack(text: str) -> None:
    assert [event for _, event in events(text)] and all(event == "conflict" for _, event in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police said the driver appeared to have suffered a seizure. A man drove a car into pedestrians, killing 2.",
        "The 81-year-old driver drove his car into shoppers on the high street, injuring 6, police said it was an accident.",
    ],
)
def test_a_driver_into_pedestrians_with_no_attackers_is_no_attack(text: str) -> None:
    assert all(event != "conflict" for _, event in events(text))


def test_the_rails_dead_are_told_like_the_roads() -> None:
    text = "Meanwhile 3,000 people die on Mumbai's railway tracks every year and nobody is hanged for that."
    assert all(event != "conflict" for _, event in events(text, "Mumbai attacks gunman sentenced to death"))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Mumbai attacks gunman sentenced to death", "He killed 166 people and should hang."),
        ("Breivik trial: gunman found sane", "He killed 77 people and is sane, the court ruled."),
    ],
)
def test_a_reader_s_toll_under_the_trial_of_an_attack_s_gunman_is_the_attack_s(title: str, text: str) -> None:
    assert all(event == "conflict" for _, event in events(text, title))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Aurora cinema massacre gunman sentenced to life", "He killed 12 people and gets to live."),
        ("Serial killer sentenced to life in Ohio", "He killed 11 women and gets to live."),
        ("Cartel hitman sentenced in Texas", "He killed 24 people for the Zetas."),
    ],
)
def test_a_reader_s_toll_under_the_trial_of_a_killer_stays_a_crime(title: str, text: str) -> None:
    assert [event for _, event in events(text, title)] == ["crime"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("My unit lost 6 guys to IEDs in the Arghandab valley in 2010.", 6),
        ("We lost two buddies at Wanat when the Taliban overran the outpost.", 2),
    ],
)
def test_a_soldier_s_own_losses_told_as_guys_or_buddies(text: str, count: int) -> None:
    assert (count, "conflict") in events(text, "Afghan war: IED deaths hit record high")


def test_guys_a_team_lost_to_free_agency_are_no_war_s() -> None:
    assert all(event != "conflict" for _, event in events("We lost 3 guys to free agency and still made the playoffs."))
