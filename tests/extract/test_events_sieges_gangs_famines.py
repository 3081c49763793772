"""Figures of 2008 and 2012 news whose class turns on one word beside the war's: the dead starved
"under the siege" of a town (a war's), gangs armed with a crowd's weapons that killed villagers in
Kenya's election violence (communal violence, not a robbers' gang), a petrol bomb thrown into a bar
in a drug gangs' dispute (arson, not a terrorist's bomb), the children who died in a war's
country under a famine's headline (the famine's), and a lynching told with no cause or community
(a village's mob justice, a crime); with the near misses that keep their class."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


@pytest.mark.parametrize(
    "text",
    [
        "Over 100 people have starved to death in Yarmouk under the siege, activists said.",
        "At least 23 people have died of hunger in Madaya under a months-long siege by government forces, a doctor said.",
        "Dozens of civilians have starved to death in the old city of Homs, under siege since June, residents said.",
    ],
)
def test_the_starved_of_a_town_under_siege_are_a_war_s_dead(text: str) -> None:
    assert [event for _, event in events(text)] == ["conflict"]


def test_starvation_without_a_siege_stays_a_disaster() -> None:
    text = "At least 17 people have starved to death in Wajir after three failed rainy seasons, officials said."
    assert [event for _, event in events(text)] == ["disaster"]


def test_a_service_under_siege_from_critics_is_no_war() -> None:
    text = "Three climbers died on Mont Blanc on Sunday, and the rescue service is under siege from critics."
    assert "conflict" not in [event for _, event in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gangs armed with machetes and bows killed at least 30 villagers near Eldoret on Tuesday, police said.",
        "Gangs wielding pangas and clubs attacked a camp for displaced families in Naivasha, killing 19 people.",
        "Machete-wielding youths killed 11 people in Kericho overnight, police said.",
        "Youths armed with machetes and clubs attacked the village of Dogo Nahawa, killing more than 200 people.",
    ],
)
def test_gangs_with_a_crowd_s_weapons_kill_in_communal_violence(text: str) -> None:
    assert [event for _, event in events(text)] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "A gang armed with machetes killed two traders in a robbery at Kisumu's main market, police said.",
        "Gangs armed with knives killed three teenagers in a turf war in Cape Town's Cape Flats, police said.",
        "Two traders were hacked to death with machetes in a robbery at Kisumu's main market on Friday, police said.",
        "Machete-wielding robbers killed a night watchman at a petrol station in Kisumu, police said.",
        "Youths armed with knives killed a shopkeeper during a robbery in Khayelitsha, police said.",
        "A knife-wielding youth killed a teenager in Peckham on Friday, police said.",
    ],
)
def test_a_robbers_gang_and_a_turf_war_stay_crimes(text: str) -> None:
    assert [event for _, event in events(text)] == ["crime"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen threw petrol bombs into a bar in Cancun, killing eight people, in what police called a dispute between drug gangs.",
        "Attackers hurled gasoline bombs into a nightclub in Veracruz, killing four people, in a feud between rival gangs.",
    ],
)
def test_petrol_bombs_thrown_into_a_bar_by_gangs_are_arson(text: str) -> None:
    assert [event for _, event in events(text)] == ["crime"]


@pytest.mark.parametrize(
    "text",
    [
        "Bombs exploded in a nightclub in Kuta on Saturday night, killing 202 people.",
        "Militants threw a grenade into a bar in Mombasa, killing two people and wounding 30.",
    ],
)
def test_bombs_and_grenades_in_bars_stay_attacks(text: str) -> None:
    assert "conflict" in [event for _, event in events(text)]


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Somalia famine: 29,000 children dead, US says",
         "More than 29,000 children under five have died in southern Somalia in the past 90 days, US officials said.",
         "disaster"),
        ("Cholera spreads in Zimbabwe's capital",
         "At least 40 people have died in Harare since the start of the month, the health ministry said.",
         "disease"),
    ],
)  # fmt: skip
def test_the_dead_of_a_war_s_place_under_a_killer_s_title_are_the_killer_s(title: str, text: str, event: str) -> None:
    assert [got for _, got in events(text, title)] == [event]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Somalia famine deepens", "Gunmen killed 12 people in southern Somalia on Monday, officials said."),
        ("Somalia famine deepens",
         "Al-Shabaab has blocked food aid to the south. More than 200 people have died in Baidoa this week, elders said."),
        ("Somalia: fighting in Mogadishu", "More than 200 people have died in the capital in the past week, officials said."),
    ],
)  # fmt: skip
def test_a_war_s_acts_or_a_killing_under_a_famine_s_title_stay_the_war_s(title: str, text: str) -> None:
    assert "conflict" in [got for _, got in events(text, title)]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were lynched by a mob in a village in Bihar on Saturday, police said.",
        "A crowd of villagers lynched three young men in Ayacucho, police said.",
        "Residents of Todos Santos lynched two tourists they mistook for child snatchers.",
    ],
)
def test_a_lynching_with_no_cause_or_community_is_mob_justice(text: str) -> None:
    assert [event for _, event in events(text)] == ["crime"]


@pytest.mark.parametrize(
    "text",
    [
        "Christian and Muslim youths fought through the night. At least 30 people were lynched by mobs in Jos, witnesses said.",
        "Pro-Gbagbo militias lynched at least 20 West Africans in Abidjan, Human Rights Watch said.",
        "Four Shiites were lynched by a mob of Salafists in a village near Giza.",
        "Mobs armed with machetes attacked and killed 12 people in Eldoret after the election.",
    ],
)
def test_a_sect_s_or_a_militia_s_lynching_stays_the_war_s(text: str) -> None:
    assert [event for _, event in events(text)] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The novel follows a family through the Rwandan genocide, in which 800,000 people were killed.", 800000),
        ("The film follows two firefighters through the 9/11 attacks, in which nearly 3,000 people died.", 3000),
        ("The novel is set during the siege of Sarajevo, during which more than 11,000 people were killed.", 11000),
    ],
)
def test_the_real_toll_of_a_story_s_setting_told_as_fact_is_the_war_s(text: str, count: int) -> None:
    assert (count, "conflict") in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the film, the hero survives an attack in which 40 soldiers are killed.",
        "The novel follows a soldier through the war, in which 30 of his friends died.",
        "In the movie, Bond foils an attack on London, in which 12 agents are killed.",
        "In the film, the gang's attack, in which 12 guards were killed, goes wrong.",
    ],
)
def test_a_plot_s_toll_in_a_clause_of_its_event_stays_the_story_s(text: str) -> None:
    assert "conflict" not in [event for _, event in events(text)]
