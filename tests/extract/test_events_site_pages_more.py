"""What a crawl of US, British and European pages of every kind stores, second round: a war word
denied or said of a school ("a country that is not at war", "our hallways have become a war
zone") names no war; the police's crowd control in an article whose protests answer a death is
the movement's, not the killings'; a match's players hurt are no event, however many war words
the match report uses; a car that left the road, told by the highway patrol, is a crash; a town's
fireworks show is no explosion."""

from __future__ import annotations

import pytest

from crawler.extract.events import cues_in
from tests.extract.test_events_site_pages import Figure, figures


def war_words(text: str) -> list[str]:
    return [word for event, _, word, _ in cues_in(text) if event == "conflict" and word.startswith("war")]


# A war denied names none; a war zone a place of everyday life is said to be is a figure of speech.
@pytest.mark.parametrize(
    "text",
    [
        "Both slogans treat as a front a country that is not at war.",
        "We are no longer at war, the minister said, but the budget still reads like it.",
        "No war was ever declared on the cartels of Ciudad Juarez.",
        "Britain has not been at war with Spain since the 1800s.",
        "This isn't a war, it's a pay dispute.",
        "Since the walkout, teachers say the staff room is a war zone.",
        "\"Our corridors have become a war zone,\" the head teacher told the district board.",
        "It's a war zone out there on Black Friday, said one shop manager in Leeds.",
        "Residents say the estate turned into a war zone after the pub closed.",
    ],
)
def test_a_war_denied_or_a_war_zone_said_of_a_place_names_no_war(text: str) -> None:
    assert war_words(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the war itself, told as one
        ("The war has killed more than 9,000 people in Tigray.", ["war"]),
        ("Sudan has been at war since April.", ["war"]),
        ("Reporters entered the war zone near Bakhmut on Sunday.", ["war"]),
        ("Not since the war of 1967 has the city seen such fighting.", ["war"]),
    ],
)
def test_a_war_told_as_one_still_names_it(text: str, want: list[str]) -> None:
    assert war_words(text) == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Parents demand metal detectors after shooting",
            "Parents at Lincoln High say the school has become a war zone. On Tuesday, nine students were shot dead "
            "in a classroom by a former pupil, police said.",
            [(9, "killed", "crime")],
        ),
        (
            "Chief defends stop-and-frisk numbers",
            "The department is not at war with this neighbourhood, the chief said. Officers here have shot dead 12 people "
            "since 2019, a city audit found.",
            [(12, "killed", "crime")],
        ),
    ],
)
def test_a_war_word_of_speech_makes_no_shooting_a_war_s(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# In an article whose protests answer a police killing, the police's crowd control (tear gas,
# rubber bullets, water cannon) is the movement's, as its marches are: the killings by police
# it tells are not the war's.  Live fire on a crowd is still a crackdown's.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Marches continue in Tulsa",
            "The death of Darnell Hayes has sparked four nights of marches. On Saturday officers fired tear gas at "
            "marchers near the courthouse. Police in Oklahoma killed 41 people last year, a tally by a local paper "
            "found.",
            [(1, "killed"), (41, "killed")],
        ),
        (
            "Protests in Louisville",
            "Police used rubber bullets and water cannon on Friday night. Since 2012, Louisville police have killed "
            "at least 19 people, according to the Courier. The protests over the death of Ronnie Marsh are in their "
            "second week.",
            [(19, "killed"), (1, "killed")],
        ),
        # the protests told with a pronoun
        (
            "A city that remembers",
            "Terrence Boyd was shot by an officer in 2014; the protests after his death went on for a month. Since "
            "then, Portland police have killed at least 22 people. The riot squad has fired tear gas at every vigil.",
            [(22, "killed")],
        ),
        (
            "Two years on",
            "Her killing sparked a summer of marches across the state. Since then, police in Nevada have shot dead 15 "
            "people. The National Guard has been called out twice.",
            [(15, "killed")],
        ),
    ],
)
def test_the_crowd_control_of_protests_that_answer_a_death_makes_no_police_killing_a_war_s(
    title: str, text: str, want: list[tuple[int, str]]
) -> None:
    found = figures(text, title)
    assert [(count, outcome) for count, outcome, _ in found] == want
    assert all(event != "conflict" for _, _, event in found)


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        # a crackdown on protesters with live fire
        (
            "Security forces fire on marchers in Conakry",
            "The killing of Alpha Barry by police last month sparked the protests. On Thursday security forces fired "
            "live rounds at protesters, killing at least 7 people.",
            [(7, "killed", "conflict")],
        ),
        (
            "Crackdown in Minsk",
            "Riot police fired tear gas and rubber bullets at protesters in Minsk, and at least 2 demonstrators were "
            "killed, rights groups said.",
            [(2, "killed", "conflict")],
        ),
        (
            "Tehran protests",
            "Security forces have killed at least 92 protesters since the protests began, a rights group said. "
            "Police fired tear gas at mourners in Zahedan.",
            [(92, "killed", "conflict")],
        ),
    ],
)
def test_a_crackdown_on_protesters_stays_conflict(title: str, text: str, want: list[Figure]) -> None:
    assert [figure for figure in figures(text, title) if figure[0] > 1] == want


# A match's players hurt, counted where no act of war and no other event is named: no event.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Six Nations: Scotland win the battle of Murrayfield",
            "It was trench warfare for 80 minutes. Three Welsh players were hurt in the first half and did not return.",
        ),
        (
            "Chiefs survive the war in the trenches",
            "The defense went to war all night. Two Kansas City players were taken to hospital after the game.",
        ),
        (
            "Derby day: a battle in the mud",
            "Four players were injured in a bruising second half, the manager said.",
        ),
        (
            "Tour de France: carnage on stage 3",
            "Five of his teammates were hurt when the peloton came down on a wet descent.",
        ),
    ],
)
def test_a_match_s_players_hurt_are_no_event(title: str, text: str) -> None:
    assert figures(text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Kharkiv overnight", "Russian forces shelled the stadium in Kharkiv, killing 3 players of the local club.",
         [(3, "killed", "conflict")]),
        ("Club in mourning", "Two players were killed when a missile hit the training ground in Donetsk.",
         [(2, "killed", "conflict")]),
        ("Plane carrying team crashes", "Eleven players died when the team's chartered plane crashed near Medellin.",
         [(11, "killed", "accident")]),
        ("Roadside bomb near Gao", "An IED wounded two soldiers on patrol near Gao, the army said.",
         [(2, "wounded", "conflict")]),
    ],
)
def test_players_or_soldiers_an_event_hurts_keep_it(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A road's crash told by the vehicle's kind and the traffic police; a town's fireworks show.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two brothers died when their SUV left the road near Dayton, the state highway patrol said.",
         [(2, "killed", "accident")]),
        ("A woman was killed when her pickup struck a tree on Route 9 on Sunday.", [(1, "killed", "accident")]),
        ("Three people died in a wreck on I-70 late Friday, according to the Missouri Highway Patrol.",
         [(3, "killed", "accident")]),
    ],
)
def test_a_crash_told_by_the_vehicle_and_the_highway_patrol_is_an_accident(text: str, want: list[Figure]) -> None:
    assert figures(text, "Kids fighting in the back seat: a parent's guide") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The council cancelled the Fourth of July fireworks after a man was shot dead downtown.",
         [(1, "killed", "crime")]),
        ("The New Year's fireworks went ahead, though a man was stabbed to death near the pier.",
         [(1, "killed", "crime")]),
        # an explosion of fireworks is still a mishap's
        ("A blast at a fireworks warehouse killed 4 workers near Valencia.", [(4, "killed", "accident")]),
        ("Six people were hurt when fireworks exploded in a shop in Naples.", [(6, "wounded", "accident")]),
    ],
)
def test_a_fireworks_show_is_no_explosion(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# An obituary's death of age or illness: the war the person fought long ago says nothing of it.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ernest Hale, who fought at Okinawa, dies at 96",
            "Ernest Hale, who landed on Okinawa with the 6th Marine Division in 1945, died on Monday at his home in "
            "Tulsa. He was 96.",
        ),
        (
            "Korean War nurse Margaret Doyle dies",
            "Margaret Doyle, an Army nurse who served in a field hospital near the Chosin Reservoir, died on Friday in "
            "a nursing home in Albany. She was 94.",
        ),
        (
            "Battle of Britain pilot dies",
            "Squadron Leader Tom Ashby, one of the last of the Few, died in his sleep on Sunday. The cause was heart "
            "failure, his daughter said.",
        ),
    ],
)
def test_an_obituary_s_death_of_age_is_no_war_s(title: str, text: str) -> None:
    assert figures(text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Gaza strike kills grandfather",
            "Salem Abu Hassan, 71, died at his home in Khan Younis when an airstrike hit it on Tuesday.",
            [(1, "killed", "conflict")],
        ),
        (
            "Veteran killed in Kharkiv shelling",
            "A veteran of the Afghan war, Ivan Petrenko, 63, was killed by Russian shelling in Kharkiv on Sunday. He "
            "was 63.",
            [(1, "killed", "conflict")],
        ),
    ],
)
def test_a_death_an_act_of_war_tells_stays_the_war_s(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# The attacks and wars of the digital world are a gang's, not an army's.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "The ransomware war on hospitals",
            "A patient died after a ransomware attack shut down the emergency department at a hospital in Bavaria.",
        ),
        (
            "Cyber war comes to the clinic",
            "Two patients died when a cyberattack took the hospital's records offline, prosecutors said.",
        ),
        (
            "Inside the hackers' war on schools",
            "One man died after hackers knocked out the 911 system in three counties, officials said.",
        ),
    ],
)
def test_a_cyber_attack_s_dead_are_no_war_s(title: str, text: str) -> None:
    assert all(event != "conflict" for _, _, event in figures(text, title))


# A killing by an officer of a town of two words, in an article whose protests answer it.
@pytest.mark.parametrize(
    "text",
    [
        "Andre Miles, 22, was shot by a Baton Rouge police officer on Friday. The protests over his death grew on "
        "Sunday, and officers fired tear gas at the marchers.",
        "Luis Ortega was killed by a St. Paul officer in March. The protests after his death blocked the interstate, "
        "and the National Guard was sent in.",
        "Kevin Dale, 31, died after he was shot by two Winston-Salem officers. His death sparked a week of marches, "
        "and police used rubber bullets on the crowd.",
    ],
)
def test_a_killing_by_the_police_of_a_town_of_two_words_is_no_war_s(text: str) -> None:
    assert all(event != "conflict" for _, _, event in figures(text, "Curfew as unrest spreads"))


# A war a pronoun is said to be ("it was a war from the opening bell") names none.
@pytest.mark.parametrize(
    "text",
    [
        "It was a war from the opening bell, and both fighters were cut by the third round.",
        "\"It's a war out here every weekend,\" said a youth worker in Hackney.",
        "This was not a friendly, this was war.",
        "That is a war the council cannot win with parking fines.",
    ],
)
def test_a_war_a_pronoun_is_said_to_be_names_none(text: str) -> None:
    assert war_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It was the war that killed his brothers.",
        "The war was a disaster for the region.",
        "What began as a border dispute became a war that killed 20,000 people.",
    ],
)
def test_a_war_told_of_itself_still_names_it(text: str) -> None:
    assert war_words(text) == ["war"]


# The dead of a drug, told by their overdoses beside the war on drugs, are not the war's.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("The drug war at 50", "The war on drugs has failed. Overdoses killed 70,630 Americans in 2019."),
        ("Senate debates drug war", "Drug overdoses killed 3,200 people in Ohio last year, the senator said."),
        ("A new front in the drug war", "At least 12 people died of fentanyl overdoses in Vancouver over the weekend."),
    ],
)
def test_a_drug_s_dead_are_not_the_drug_war_s(title: str, text: str) -> None:
    assert all(event != "conflict" for _, _, event in figures(text, title))


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Mexico's drug war",
            "The army's war on the cartels has left more than 100,000 people dead since 2006.",
            [(100000, "killed", "conflict")],
        ),
        (
            "Sinaloa clashes",
            "Soldiers killed 13 cartel gunmen in a gun battle near Culiacan, the defence ministry said.",
            [(13, "killed", "conflict")],
        ),
    ],
)
def test_the_drug_war_s_own_dead_stay_conflict(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A gassing the gassed survived is no death.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Her grandfather was gassed at Passchendaele in 1917 and survived.", []),
        ("He was gassed near Arras but survived the war.", []),
        ("Saddam's forces gassed 5,000 Kurds at Halabja; few survived.", [(5000, "killed", "conflict")]),
    ],
)
def test_a_gassing_survived_is_no_death(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# What a person lived through before, told to say who they are, is not what befell them.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Deputy hurt in standoff",
            "One deputy was wounded in the exchange of fire. The suspect, a Marine veteran who served three tours in "
            "Afghanistan, surrendered at dawn.",
        ),
        (
            "Crash on the M6",
            "A veteran of the Falklands war, Alan Price, 64, was killed when his van hit a lorry near Stafford.",
        ),
        (
            "Boat sinks off Lampedusa",
            "At least 41 people drowned when a dinghy capsized off Lampedusa. The passengers had fled the war in Sudan.",
        ),
    ],
)
def test_the_war_of_a_person_s_past_is_not_what_befell_them(title: str, text: str) -> None:
    assert all(event != "conflict" for _, _, event in figures(text, title))


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Izium",
            "Three villagers fleeing Russian shelling were killed by a mine near Izium, the governor said.",
            [(3, "killed", "conflict")],
        ),
        (
            "Kirkuk",
            "Two veterans of the Iraqi army were killed by a roadside bomb in Kirkuk on Monday.",
            [(2, "killed", "conflict")],
        ),
    ],
)
def test_an_act_of_war_told_beside_a_person_s_past_stays_the_war_s(
    title: str, text: str, want: list[Figure]
) -> None:
    assert figures(text, title) == want


# A sentence that says it speaks in a figure.
@pytest.mark.parametrize(
    "text",
    [
        "Three Conservative MPs were killed off in the local elections, metaphorically speaking.",
        "Figuratively, the new tax killed 40 family farms and two villages.",
        "The audit committee, so to speak, buried five ministers on Tuesday.",
    ],
)
def test_a_figure_of_speech_the_sentence_names_is_no_event(text: str) -> None:
    assert figures(text, "War on woke claims its victims") == []


# A battle against a fire or a flood is the fire's; a boat told by the migrants it carried sank.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Firefighters' long night",
            "Crews fought a battle against flames all night. The fire killed 6 people in the hills above Malibu.",
            [(6, "killed", "accident")],
        ),
        (
            "Wildfire season",
            "The Camp Fire killed 85 people in 2018. Firefighters are in a battle with the blaze again this week.",
            [(85, "killed", "accident")],
        ),
        (
            "Shipwreck off Crete",
            "At least 30 people died when a fishing trawler crammed with migrants from Libya sank off Crete.",
            [(30, "killed", "accident")],
        ),
        (
            "Channel tragedy",
            "Seven people died after a dinghy carrying asylum seekers from Afghanistan and Syria capsized.",
            [(7, "killed", "accident")],
        ),
    ],
)
def test_a_battle_against_a_fire_and_a_migrant_boat_are_no_war_s(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# Tear gas alone is the police's, as at a standoff; with protesters it is a crackdown's.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Standoff ends in Akron",
            "Police fired tear gas into the house before the gunman surrendered. Two officers were hurt, police said.",
            [(2, "wounded", "crime")],
        ),
        (
            "Clashes in Santiago",
            "Riot police fired tear gas at protesters, and 4 people were killed in the clashes.",
            [(4, "killed", "conflict")],
        ),
    ],
)
def test_tear_gas_alone_names_no_conflict(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A war on people in their daily roles, with or without whose they are, names no war.
@pytest.mark.parametrize(
    "text",
    [
        "Pastors called the shootings a war on the city's young people.",
        "The minister's war on woke has claimed its first casualty.",
        "The senator said there was a war on the middle class.",
        "Unions accuse the trust of waging war on its nurses.",
    ],
)
def test_a_war_on_people_in_their_daily_roles_names_none(text: str) -> None:
    assert war_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The war on terror has killed more than 800,000 people.",
        "Russia's war on Ukraine entered its second year.",
    ],
)
def test_a_war_on_a_country_or_an_enemy_still_names_it(text: str) -> None:
    assert war_words(text) == ["war"]
