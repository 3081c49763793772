"""Sentences of 2008 and 2012 news and reader comments drawn like a general news site's: the relative
of a veteran's life story who died in a year told alone, an explosion at a works named by its owner or
its town, and the dead of one side counted as a ratio to another's."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", "body").tallies]


@pytest.mark.parametrize(
    "text",
    [
        "He was wounded twice in Normandy in 1944. His wife, Joan, died in 2004 after 58 years of marriage.",
        "He flew 30 missions over Germany with Bomber Command. His first wife died in 1979.",
        "She nursed the wounded of the Fourteenth Army in Burma. Her husband, Tom, died in 1998.",
        "He commanded a tank troop in Korea and won the Military Cross. His son Peter died in 1995 and his daughter survives him.",
    ],
)
def test_a_relative_of_a_war_life_who_died_in_a_year_is_no_war_s_dead(text: str) -> None:
    assert "conflict" not in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "He served two tours in Iraq with the Marines. His brother died in 2007 in Basra.",
        "The family fled the fighting in Homs. Their father died in 2012, when a shell hit the house.",
        "He served in Helmand with the Paras. His son died in 2010 after a roadside bomb hit his patrol.",
        "The militia shelled the village for a week. Her son was killed in 2012.",
    ],
)
def test_a_relative_killed_or_dying_where_a_war_is_told_stays_conflict(text: str) -> None:
    assert "conflict" in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at the company's Rotterdam plant in March 2007 killed two contractors and injured 5 others.",
        "A blast at the Tianjin factory killed 14 workers, state media said.",
        "An explosion at DuPont's La Porte plant killed 4 workers in November.",
        "A blast at the group's Ludwigshafen works injured 9 employees, the company said.",
    ],
)
def test_an_explosion_at_a_works_named_by_its_owner_or_town_is_a_mishap(text: str) -> None:
    found = events(text)
    assert found and set(found) == {"accident"}


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up at the Kandahar plant, killing 9 guards, the Taliban said.",
        "An explosion at a police station in Kandahar killed 5 officers.",
        "A bomb blast at the Lafarge cement plant in Syria killed 4 guards, the Islamist group said.",
    ],
)
def test_a_bomb_at_a_works_or_a_blast_at_the_forces_stays_conflict(text: str) -> None:
    assert "conflict" in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drones kill 50 civilians for every militant.",
        "Israel kills 100 Palestinians for every Israeli who dies.",
        "The coalition kills 20 civilians for each insurgent, activists say.",
    ],
)
def test_the_dead_of_one_side_as_a_ratio_to_another_s_are_no_toll(text: str) -> None:
    assert "conflict" not in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed 9 villagers in Kunar, one for every soldier lost in the ambush, elders said.",
        "A roadside bomb killed 4 soldiers for the second time this month in Helmand.",
        "Gunmen killed 9 villagers for every day of the siege, survivors said.",
    ],
)
def test_a_toll_told_beside_another_measure_stays_conflict(text: str) -> None:
    assert "conflict" in events(text)


def conflict_dead(text: str) -> list[int]:
    tallies = extract_document(text, None, "en", "body").tallies
    return [t.count for t in tallies if t.event == "conflict" and t.outcome == "killed"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ('The Taliban claimed both attacks. The defence secretary said the four men had "given their lives" for their country.', [4]),
        ("The 453 British service personnel who have given their lives in Afghanistan were remembered on Sunday.", [453]),
        ("Three police officers have given their lives in the fight against the Maoists this year, the minister said.", [3]),
    ],
)
def test_the_forces_dead_who_have_given_their_lives_are_counted(text: str, dead: list[int]) -> None:
    assert conflict_dead(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Nurses have given their lives to the NHS for 60 years.",
        "Over 40 years, 2 million volunteers have given their time to the charity.",
    ],
)
def test_a_working_life_given_is_no_death(text: str) -> None:
    assert conflict_dead(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vikram: If 1 politician's son had died that day, things would have been different.",
        "Comment: If 10 soldiers had died in one day in Helmand, the papers would call it a massacre.",
        "Reply: If 300 Israelis had been killed, the world would shrug.",
        "Posted by Ali: if they kill 20 more people in Kano, the army will finally act.",
        "Ann from Durbanville: If 4 farmers had been shot and 3 killed it would be on the front page for weeks.",
    ],
)
def test_a_reader_s_condition_after_the_label_of_a_comment_is_no_toll(text: str) -> None:
    assert "conflict" not in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Comment: Drones have killed at least 2,500 people in Pakistan, and Obama calls that a success?",
        "Musa from Maiduguri: Boko Haram killed 12 people in my street last night, if anyone still doubts it.",
        "Update: Police said 12 people were killed when the bomb went off in Quetta, and if the toll rises the curfew will stay.",
    ],
)
def test_a_reader_s_figure_after_the_label_stays_conflict(text: str) -> None:
    assert "conflict" in events(text)


def titled_events(title: str, text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", "body", title).tallies]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a mine told by its coal under a headline that says only "mine blast": a colliery's
        ("Mine blast kills 12 in Shanxi", "Another 12 dead for cheap coal.", ["accident"]),
        ("Mine explosion in Zonguldak", "That's 30 dead so the coal keeps flowing to the power stations.", ["accident"]),
        ("Mine blast toll rises", "Nine more bodies were brought up from the coal pit overnight.", ["accident"]),
        # near misses: a landmine's dead where no coal is told, and an attack on coal convoys
        ("Mine blast kills 3 soldiers in Kashmir", "Three soldiers were killed.", ["conflict"]),
        ("Militants attack coal convoy", "Gunmen ambushed a convoy of coal trucks near Quetta, killing six drivers.",
         ["conflict"]),
    ],
)
def test_a_mine_told_by_its_coal_is_a_colliery_s(title: str, text: str, expected: list[str]) -> None:
    assert titled_events(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the forces' own vehicle that left the road, told with a long load or in a headline's present tense
        ("Army truck skids off road in Kashmir, 9 soldiers dead", "Three others were injured and airlifted to Srinagar.",
         ["accident"]),
        ("Ex-fighters' truck accident", "A truck carrying 40 former combatants to a demobilisation camp overturned near "
         "Korhogo, killing 6 of them, officials said.", ["accident"]),
        ("Army bus overturns on Karakoram Highway", "Eleven soldiers were killed and 20 injured.", ["accident", "accident"]),
        # near misses: a truck bomb, a mine that overturned a truck
        ("Truck bomb kills 20 in Kirkuk", "A truck carrying explosives and two suicide bombers rammed the gate, killing "
         "20 police officers.", ["conflict"]),
        ("Mine hits army truck in Kunar", "Four soldiers were killed when a mine overturned their truck.", ["conflict"]),
    ],
)
def test_the_forces_vehicle_that_left_the_road_is_a_mishap(title: str, text: str, expected: list[str]) -> None:
    assert titled_events(title, text) == expected
