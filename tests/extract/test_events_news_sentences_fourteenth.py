"""Sentences of the pages where wars are talked about without being reported, 2008 and 2012: film, TV and
game reviews, museum and memorial pieces, history features and obituaries, met the way a crawl meets
them: the Holocaust's dead told by its name, a veteran's kin who died old, a game's levels, and the real
history a review cites, told of its killers."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str, str | None]]:
    tallies = extract_document(text, None, "en", "body", title).tallies
    return [(t.count, t.outcome, t.event) for t in tallies]


def conflict(text: str, title: str | None = None) -> list[tuple[int, str]]:
    return [(count, outcome) for count, outcome, event in events(text, title) if event == "conflict"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some six million Jews were murdered in the Holocaust.", [(6000000, "killed")]),
        ("About 1.5 million children were murdered in the Holocaust, the new gallery tells its visitors.", [(1500000, "killed")]),
        ("An estimated 65,000 Austrian Jews were murdered in the Shoah.", [(65000, "killed")]),
        ("More than 100,000 Dutch Jews were murdered during the Holocaust, the exhibition recalls.", [(100000, "killed")]),
    ],
)
def test_the_holocaust_s_dead_are_a_genocide_s_not_a_crime_s(text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said 3 people were murdered in the farmhouse, a scene one neighbour called a holocaust.",
        "Two women were murdered in the flat, and a man, 41, has been charged.",
    ],
)
def test_a_murder_with_no_holocaust_named_stays_a_crime(text: str) -> None:
    assert conflict(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Walter never came home from Aubers Ridge. His sister, who kept his letters, died in 1982 at 81.",
        "Jan Zumbach flew Spitfires with 303 Squadron in the Battle of Britain and died in 1986 at 71.",
        "Her husband, who landed on Juno Beach with the Canadian army, died on Sunday aged 94.",
        "The last survivor of the regiment's 1944 landing, Sergeant Albert Price, died at the age of 101.",
    ],
)
def test_a_veteran_or_his_kin_who_died_old_is_no_war_s_dead(text: str) -> None:
    assert conflict(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her brother, a soldier, died at 19 in the Somme offensive.", [(1, "killed")]),
        ("Private Tait was killed in 1915 at 18 in the war.", [(1, "killed")]),
        ("The village's 70 men died at 3 in the afternoon when the militia shelled the market.", [(70, "killed")]),
    ],
)
def test_a_young_soldier_s_death_in_a_war_stays_the_war_s(text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Game review: World at War", "In the opening level you watch a fellow Marine killed by a Japanese interrogator in the war."),
        (None, "My son is 12 and plays a game where you get points for killing 50 police officers."),
        (None, "It is a game in which players kill 200 enemy soldiers in the first hour of the war."),
        ("Game review: Frontline 1944", "In the first level you kill 30 German soldiers before the beach is taken."),
    ],
)
def test_a_game_s_levels_and_play_are_no_war_s_dead(title: str | None, text: str) -> None:
    assert conflict(text, title) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were killed on level 2 of the car park when the bomb went off.", [(12, "killed")]),
        ("In the first level of the market, 4 shoppers died when the militants' bomb exploded.", [(4, "killed")]),
    ],
)
def test_a_building_s_level_is_no_game_s(text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("TV review: 'The World at War' remastered", "The first episode is about a village in the Limousin. "
         "On 10 June 1944 soldiers of the Das Reich division killed 642 of the village's people.", [(642, "killed")]),
        ("Film review: 'The Forgotten Hospital'", "The film follows a Gurkha platoon in Burma. "
         "In March 1944 Japanese troops killed some 300 wounded men at the field hospital.", [(300, "killed")]),
        ("Book review: 'Logavina Street'", "The book follows one street through the siege. "
         "In May 1992 a mortar shell killed 3 people queuing for water at the corner.", [(3, "killed")]),
    ],
)
def test_a_review_s_real_history_told_of_its_killers_is_kept(title: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text, title) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Film review: 'Commando Zero'", "The film follows a retired commando. In the finale he kills 40 henchmen in 1985's Los Angeles."),
        ("Review: 'Red Dawn'", "The film follows a band of teenagers. The invaders kill 20 townspeople in the first 10 minutes of 1984's Colorado."),
        ("TV review: 'Trench'", "Episode three follows the platoon at Ypres. Nine of the 14 men are killed by a shell in 1917."),
    ],
)
def test_a_review_s_plot_told_in_the_present_stays_the_story_s(title: str, text: str) -> None:
    assert conflict(text, title) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirteen people were shot dead on Bloody Sunday.", [(13, "killed")]),
        ("About 2,400 Americans died on Omaha Beach in a single morning.", [(2400, "killed")]),
        ("More than 600,000 people died in Leningrad during the 872 days.", [(600000, "killed")]),
        ("About 4,400 Allied men were killed in the Normandy landings, the foundation now says.", [(4400, "killed")]),
    ],
)
def test_the_dead_of_a_battle_an_anniversary_names_are_the_war_s(text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A lorry driver was killed in a crash on the coast road above Omaha Beach on Tuesday.",
        "Two swimmers drowned off Juno Beach on Sunday, the coastguard said.",
        "Two hikers died of exposure in the hills outside Gettysburg last winter.",
    ],
)
def test_a_mishap_on_a_battle_s_ground_is_no_war_s(text: str) -> None:
    assert conflict(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "For every soldier killed in Afghanistan, some five are wounded, the study found.",
        "For each American killed in Iraq, about seven were wounded, a far higher ratio than in Vietnam.",
        "Nine civilians were killed for every militant, the rights group said of the drone campaign.",
        "For every civilian killed in the strikes, 3 more are injured, according to the report.",
    ],
)
def test_a_ratio_told_per_one_person_is_no_count(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the dead counted beside a ratio's words in another clause, or "each of" them
        ("Twelve soldiers were killed on Monday; the group vowed revenge for every fighter killed.", [(12, "killed")]),
        ("The state will pay compensation for each of the 12 killed in the blast in Quetta.", [(12, "killed")]),
    ],
)
def test_figures_beside_a_ratio_s_words_are_counted(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(count, outcome) for count, outcome, _ in events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircrew are forces: a command's or a squadron's lost are its dead
        ("Bomber Command lost 55,573 aircrew during the war, a memorial plaque records.", [(55573, "killed")]),
        ("Four aircrew were killed when the helicopter was shot down over Helmand.", [(4, "killed")]),
    ],
)
def test_aircrew_lost_in_a_war_are_its_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who killed themselves and no one else are suicides, no casualties, as those who
        # "took their own lives"
        ("Thirty-eight soldiers killed themselves in July, more than died in combat.", []),
        ("Two veterans of the Helmand campaign killed themselves last week, the charity said.", []),
        ("A farmer killed himself after his crops failed for a third year.", []),
        # near misses: others killed with them, and an attacker's death at the end of his attack
        ("Two suicide bombers killed themselves and 12 others at the shrine.", [(12, "killed"), (2, "killed")]),
        ("A gunman killed himself after the siege at the school.", [(1, "killed")]),
    ],
)
def test_those_who_killed_themselves_alone_are_no_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(count, outcome) for count, outcome, _ in events(text)] == expected
