"""Conflict tolls in the phrasings of 2008-2012 news (issue 14): a force's dead told as "the loss of"
its men, "the number of ... to have died", a figure put before "the day's toll" or "the number
murdered", wires' present-tense lists ("Dead are ..."), and "the dead from ... numbered"; with the
near misses of the same shape that stay as they are.

Every sentence here is written for the test, in the shape of wire news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def tallies(text: str, title: str | None = None) -> list[tuple[int, str, str | None]]:
    return [(t.count, t.outcome, t.event) for t in extract_document(text, None, "en", "body", title=title).tallies]


# "The loss of" a force's men, held to the people "lost" takes: armed men, kin, "men", "lives".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebel council acknowledged the loss of 23 of its fighters in the battle for Bani Walid.", [(23, "killed", "conflict")]),
        ("The African Union confirmed the loss of 8 Ugandan soldiers in the fighting near Bakara market.", [(8, "killed", "conflict")]),
        ("The brigade mourned the loss of 6 men in an ambush in Kunar.", [(6, "killed", "conflict")]),
        ("The loss of 140 lives in Hama is on the regime's hands, activists said.", [(140, "killed", "conflict")]),
    ],
)
def test_loss_of_a_force_s_men(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert tallies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The factory closure means the loss of 300 jobs in Misrata.",
        "Al Ahly suffered the loss of 3 points in Port Said.",
        "The fire caused the loss of 40 hectares of olive groves near Deraa.",
        "The party faces the loss of 25 seats in the new parliament.",
    ],
)
def test_loss_of_no_people_is_no_toll(text: str) -> None:
    assert tallies(text) == []


# The dead counted by "the number of" people "to have died", as British papers count a war's dead.
@pytest.mark.parametrize(
    "text",
    [
        "His death takes the number of British troops to have died in Afghanistan since 2001 to 402.",
        "His death takes to 402 the number of British troops to have died in Afghanistan since 2001.",
    ],
)
def test_number_to_have_died(text: str) -> None:
    assert tallies(text) == [(402, "killed", "conflict")]


def test_number_to_have_signed_is_no_toll() -> None:
    assert tallies("The number of officers to have signed the letter rose to 120.") == []


# A figure a verb of raising puts before the toll it raises: past an owner of the toll ("the
# day's toll", "Syria's death toll"), or "the number" with its participle ("the number murdered").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two more protesters died, bringing to 17 the day's toll in Deraa.", [(2, "killed", "conflict"), (17, "killed", "conflict")]),
        ("The shelling of Rastan raised to 9,100 Syria's death toll, the Observatory said.", [(9100, "killed", "conflict")]),
        ("That brings to 61 the number murdered by the regime's snipers since March.", [(61, "killed", "conflict")]),
        ("The attack brought to 12 the number killed in Zinjibar this week.", [(12, "killed", "conflict")]),
    ],
)
def test_figure_before_the_toll_it_raises(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert tallies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The raids bring to 45 the number detained since February.",
        "He scored twice, bringing to 24 the season's goal tally.",
    ],
)
def test_raised_figures_of_no_dead(text: str) -> None:
    assert tallies(text) == []


# The outcome word opens the sentence, its people after the verb, in the present of wires' lists.
def test_dead_are() -> None:
    text = "Dead are at least 19 protesters and a policeman, doctors at the field hospital said."
    assert tallies(text, "Yemen: troops fire on Taiz march") == [(19, "killed", "conflict"), (1, "killed", "conflict")]


def test_dead_is_no_list_of_people() -> None:
    assert tallies("Dead is the idea that the regime can reform itself.") == []


# "The dead" as the subject of a verb of counting, past a phrase of which event.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Gaza: Israeli strikes enter second day", "Medics said the dead from the first night of strikes numbered 15, including 3 children.", [(15, "killed", "conflict"), (3, "killed", "conflict")]),
        ("Landslide buries village in Badakhshan", "The dead from the landslide in the two villages numbered 42.", [(42, "killed", "disaster")]),
    ],
)
def test_the_dead_from_an_event_numbered(title: str, text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert tallies(text, title) == expected


# "The deaths included" parts of a day's toll, after "the" or an owner ("the day's", "Friday's").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The day's deaths included 11 in Hama and six in Idlib, the LCC said.", [(11, "killed", "conflict"), (6, "killed", "conflict")]),
        ("Friday's deaths in Deraa included four children, activists said.", [(4, "killed", "conflict")]),
    ],
)
def test_the_deaths_included(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert tallies(text, "Syria: troops storm Hama") == expected


def test_figures_on_deaths_included_stay_unread() -> None:
    assert tallies("Government figures on deaths included 14 soldiers.", "Syria: troops storm Hama") == []


# The Arab League is a league of states, no sport: a reader's toll beside it stays the uprising's.
def test_arab_league_is_no_sport() -> None:
    text = "Six thousand dead and the Arab League is still sending observers."
    assert tallies(text, "Syria: Arab League monitors arrive in Homs") == [(6000, "killed", "conflict")]


def test_football_league_stays_sport() -> None:
    assert tallies("He killed 3 defenders on that run and the league gave him player of the month.", "Premier League roundup") == []


# "storm" in lower case before a place's name is the verb of an assault, not the weather.
@pytest.mark.parametrize("title", ["Syria: troops storm Hama", "Yemen: army storms Zinjibar"])
def test_storming_a_place_is_no_storm(title: str) -> None:
    assert tallies("The dead included 11 in the town, officials said.", title) == [(11, "killed", "conflict")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Storm Sandy hits New York", "The dead included 11 in Queens, officials said."),
        ("Tropical Storm Washi floods Mindanao", "The dead included 11 in Iligan, officials said."),
        (None, "A storm Monday killed 11 people in Luzon, officials said."),
    ],
)
def test_named_storms_stay_disasters(title: str | None, text: str) -> None:
    assert tallies(text, title) == [(11, "killed", "disaster")]
