"""What a crawl of US, British and European pages of every kind stores, third round: gunmen told
with the crime they did (a bar, a shop, a home invasion, a robbery) are a crime's, not a war's; a
killing by the police whose protests only the title tells is no war's; the police's stun grenades
are crowd control and a civilian set beside the police names no war; a game's or a film's review
(its campaign of seven hours) is no event; sleep, weariness and politics told in death words are
idioms.  The figures of wars, terror, crackdowns and a veteran's platoon keep their class."""

from __future__ import annotations

import pytest

from crawler.extract.events import cues_in
from tests.extract.test_events_site_pages import Figure, figures


def conflict_words(text: str) -> list[str]:
    return [word for event, _, word, _ in cues_in(text) if event == "conflict"]


# Gunmen told as local crime news tells them: walking into a bar, a shop or a restaurant, forcing
# their way into a home, or beside the robbery they did, where no war's place or group is named.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Two killed in bar shooting",
            "Two gunmen walked into the Copper Kettle Tavern on Route 30 just after midnight and opened fire, killing "
            "two men and wounding three patrons, police said.",
            [(2, "killed", "crime"), (3, "wounded", "crime")],
        ),
        (
            None,
            "Gunmen burst into a convenience store on Elm Avenue on Saturday night and shot dead two customers, "
            "deputies said.",
            [(2, "killed", "crime")],
        ),
        (
            None,
            "Three gunmen came into the Lucky Star Restaurant during the dinner rush and shot dead two diners, police said.",
            [(2, "killed", "crime")],
        ),
        (
            "Home invasion leaves father dead",
            "Three armed men forced their way into a duplex on Fifth Street and killed a 40-year-old father of two, "
            "police said.",
            [(1, "killed", "crime")],
        ),
        (
            "Deputy killed in shootout",
            "A deputy was killed and two gunmen were shot dead in a shootout on a county road on Sunday, the sheriff "
            "said. The gunmen had robbed a pawn shop minutes earlier.",
            [(1, "killed", "crime"), (2, "killed", "crime")],
        ),
        (
            "Clerk shot dead",
            "A store clerk was killed when gunmen opened fire on Thursday night. Detectives said the men had robbed "
            "two other stores that week.",
            [(1, "killed", "crime")],
        ),
        (
            "Weekend shootings leave 2 dead",
            "In the worst attack, two men were shot dead outside a bar in the Hilltop neighborhood on Sunday. A "
            "12-year-old girl was wounded by a stray bullet on her porch. Detectives are still looking for the gunmen.",
            [(2, "killed", "crime"), (1, "wounded", "crime")],
        ),
    ],
)
def test_gunmen_told_with_the_crime_they_did_are_a_crime_s(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# Gunmen of a war stay its: its place, its forces or its groups are named.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Gunmen kill 8 soldiers at checkpoint",
            "Gunmen attacked an army checkpoint near Baquba on Wednesday, killing eight Iraqi soldiers and wounding five.",
            [(8, "killed", "conflict"), (5, "wounded", "conflict")],
        ),
        (None, "Gunmen burst into a house in Baghdad's Dora district and killed a family of five, police said.",
         [(5, "killed", "conflict")]),
        (None, "Gunmen killed 14 farmers in a village in Zamfara state, a local official said.", [(14, "killed", "conflict")]),
        (None, "Gunmen robbed a bank in Quetta and killed two guards, police said.", [(2, "killed", "conflict")]),
        (None, "Gunmen stormed into a restaurant in Kabul and killed six foreigners.", [(6, "killed", "conflict")]),
        (None, "Two men were shot dead by unknown gunmen on a motorcycle in Peshawar.", [(2, "killed", "conflict")]),
    ],
)
def test_gunmen_of_a_war_stay_its(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A killing by the police whose protests only the title tells: the title's protest words, and the
# crowd control of the body, are the movement's, not the killing's.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Charlotte: second night of unrest after police shooting",
            "Keith Lamont Scott, 43, was shot and killed by a police officer in a parking lot on Tuesday afternoon. "
            "Police fired tear gas and flash-bang grenades at protesters who blocked the interstate.",
        ),
        (
            "Police killing of teen sparks protests in Paris suburb",
            "A 17-year-old was shot dead by a police officer during a traffic check in Nanterre on Tuesday.",
        ),
        (
            "Protesters march for a second night after deputy shoots man outside his home",
            "Marcus Hale, 31, was shot and killed by a sheriff's deputy in his driveway on Friday. The county declared "
            "a curfew on Saturday.",
        ),
    ],
)
def test_a_police_killing_whose_protests_the_title_tells_is_no_war_s(title: str, text: str) -> None:
    assert figures(text, title) == [(1, "killed", "crime")]


# A crackdown with live fire stays the conflict's, in the same kind of article.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Protests after police shooting",
         "Security forces opened fire on protesters in the capital on Friday, killing 4 people, witnesses said.",
         [(4, "killed", "conflict")]),
        ("Protests grow after police shooting",
         "Police fired live rounds into the crowd on Saturday, killing three protesters, rights groups said.",
         [(3, "killed", "conflict")]),
    ],
)  # fmt: skip
def test_a_crackdown_with_live_fire_after_a_police_killing_stays_conflict(
    title: str, text: str, want: list[Figure]
) -> None:
    assert figures(text, title) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # crowd control, and the civilian set beside the police, name no war
        ("Officers fired tear gas and flash-bang grenades at the crowd.", ["tear gas", "flash-bang grenades"]),
        ("Police used stun grenades to clear the square.", ["police", "stun grenades"]),
        ("A civilian was arrested in his shooting.", []),
        ("The city created a civilian review board in 2017.", []),
        ("He struggled to adjust to civilian life.", []),
        # a war's grenades and civilians still do
        ("A grenade attack on the market wounded nine.", ["grenade", "attack"]),
        ("Two civilians were killed in the shelling.", ["civilians", "shelling"]),
    ],
)
def test_crowd_control_and_a_civilian_beside_the_police_name_no_war(text: str, want: list[str]) -> None:
    assert sorted(conflict_words(text)) == sorted(want)


# A review of a game or a film, by its title, and a game's campaign of some hours: no event.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Review: the new Modern Warfare",
            "The campaign opens with an attack on a London street that kills dozens of civilians in the first ten minutes.",
        ),
        (
            "Frontline Echoes review: a campaign that knows when to stop",
            "In the first mission alone your squad loses 4 of its 8 men to a machine-gun nest on the beach.",
        ),
        (
            "Ashes of Verdun",
            "The story campaign runs about nine hours, and its best level has you defend a trench against 200 enemy "
            "soldiers; 30 of your men die before dawn.",
        ),
        (
            "Review: 'The Long March Home'",
            "In one sequence, 30 soldiers are cut down in under a minute as the camera refuses to look away.",
        ),
    ],
)
def test_a_review_and_a_game_s_campaign_are_no_event(title: str, text: str) -> None:
    assert figures(text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Russian shelling of Kharkiv stadium kills 3",
         "Russian forces shelled the stadium in Kharkiv on Thursday, killing 3 people, the regional governor said.",
         [(3, "killed", "conflict")]),
        ("Army offensive in the north",
         "The military campaign has killed at least 300 civilians since March, a monitoring group said.",
         [(300, "killed", "conflict")]),
        ("Mali: roadside bomb hits patrol",
         "An IED wounded two soldiers near Gao on Friday, the army said.", [(2, "wounded", "conflict")]),
    ],
)  # fmt: skip
def test_a_war_s_campaign_shelling_and_bombs_stay_conflict(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# Sleep, weariness and politics told in death words: idioms, no event.
@pytest.mark.parametrize(
    "text",
    [
        "Why is it that the one who snores is always the one who sleeps like the dead?",
        "The two nurses were dead tired after a 14-hour shift.",
        "By the last lap, both of the riders were dead on their feet.",
        "Our neighbour's dog barks loud enough to wake the dead, and one of us has to get up.",
        "The bill was strangled in committee, the second reform to die there this year.",
        "Voters will decide whether the suffocated campaign of one of the three candidates can breathe again.",
        "Senate Republicans killed the infrastructure deal in September, and 40 lobbyists went home.",
    ],
)
def test_sleep_weariness_and_politics_in_death_words_are_idioms(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The two hikers were found dead on Sunday, tired rescuers said.", [(2, "killed")]),
        ("A woman was strangled to death in her flat, police said.", [(1, "killed")]),
        ("Three of the climbers were dead by the time the rescue team reached the ridge.", [(3, "killed")]),
    ],
)
def test_a_death_told_beside_an_idiom_s_words_stays(text: str, want: list[tuple[int, str]]) -> None:
    assert [(count, outcome) for count, outcome, _ in figures(text)] == want


def test_a_veteran_s_platoon_killed_in_a_war_stays_the_war_s() -> None:
    title = "Walter Kaminski, Marine who fought at Hue, dies at 71"
    text = (
        "Walter J. Kaminski, who fought in the battle of Hue in February 1968, died Saturday at the VA hospital in "
        "Wilkes-Barre. He was 71. Eleven men of his platoon were killed in the house-to-house fighting at Hue, and he "
        "was wounded by a grenade on the tenth day."
    )
    assert figures(text, title) == [(11, "killed", "conflict")]
