"""Known misreadings, ninth list (issue 13): fighters listed before civilians in a strike report
("Two Ahrar al-Sham members and three civilians were reportedly killed"); with the near misses of
the same shape that stay as they are.

Every sentence here is written for the test, in the shapes of wire news, Wikipedia's lists of
attacks and a civilian-harm monitor's strike reports."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document


def killed(text: str, published: date | None = None) -> int:
    """The dead the text counts, as the benchmark sums them: a range at its top, no running totals, parts or restatements."""
    found = extract_document(text, published, "en", "body").tallies
    return sum(t.count_max or t.count for t in found if t.outcome == "killed" and t.figure == "toll")


# A strike report lists the fighters and the civilians it killed, each with its number: the civilians count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Coalition airstrike hit a car near Saraqib in Idlib governorate on March 4th. Two Ahrar al-Sham members"
            " and three civilians were reportedly killed in the strike, according to local sources.",
            3,
        ),
        (
            "On May 21st, Coalition aircraft reportedly bombed the town of al-Hol. Six Daesh members and four"
            " civilians were killed, according to the Syrian Network for Human Rights.",
            4,
        ),
        (
            "Local sources said a Coalition airstrike on the town of Sarmada killed five Jabhat Fateh al-Sham"
            " members and two civilians on August 10th.",
            2,
        ),
    ],
)
def test_fighters_listed_before_civilians_in_a_strike_report(text: str, expected: int) -> None:
    assert killed(text) == expected


# No strike (an ambush, a car bomb, clashes): the text's whole toll, fighters and civilians.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Ahrar al-Sham members and three civilians were killed when gunmen ambushed their car near Binnish on Monday.", 5),
        ("18 July – A car bomb explodes outside a market in Ariha, killing three Jaish al-Fatah fighters and five civilians.", 8),
        ("Four al-Shabaab militants and two civilians were killed in clashes with soldiers in the town of Balad on Friday.", 6),
    ],
)
def test_fighters_and_civilians_of_no_strike(text: str, expected: int) -> None:
    assert killed(text) == expected


# A dateline's day, then one more of the attack's hurt who died in hospital on a later day: more dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KABUL, Sunday — A roadside bomb struck a minibus carrying teachers in Paghman district, killing two"
            " passengers, police said. A third victim died in hospital on Monday, officials said.",
            3,
        ),
        (
            "PESHAWAR, Friday — A grenade thrown into a crowded bus stand killed one man and injured seven others."
            " Another victim died in hospital on Saturday, a hospital spokesman said.",
            2,
        ),
        (
            "QUETTA, Tuesday — Gunmen on a motorcycle shot a police constable dead at a checkpoint on Spinny Road."
            " A second policeman, wounded in the attack, died in hospital on Wednesday.",
            2,
        ),
    ],
)
def test_one_more_of_the_hurt_died_on_a_later_day(text: str, expected: int) -> None:
    assert killed(text, date(2019, 6, 12)) == expected


# A death in hospital of another attack, or of illness, is no more dead of the report's own attack.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KABUL, Monday — A roadside bomb hit a police vehicle in Kabul's Police District 8, killing two officers."
            " Separately, a soldier wounded in a Taliban attack in Logar last month died in hospital on Monday.",
            2,
        ),
        (
            "LAHORE, Monday — Gunmen attacked a polling office in Lahore, killing three election workers, police said."
            " A former minister who had been ill for months died in hospital on Tuesday.",
            3,
        ),
        (
            "BAGHDAD, Sunday — A sticky bomb killed a customs official in the Karrada district, police said. A"
            " journalist wounded in a bombing in Mosul in 2016 died in hospital on Monday.",
            1,
        ),
    ],
)
def test_a_death_in_hospital_of_another_kind(text: str, expected: int) -> None:
    assert killed(text, date(2019, 6, 12)) == expected


# One person told only by a role, whom an attack hit, then "he died": one dead.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot a shopkeeper in the market in Mardan on Tuesday; he died on the way to hospital, police said.",
        "Unknown gunmen shot a tribal elder as he left a mosque in Spin Boldak on Wednesday. He died in hospital hours later.",
        "Militiamen shot a farmer tending his field near the village of Djenne on Monday. He died on the way to the clinic.",
        "A gunman shot a traffic policeman at a junction in central Derna on Monday; he died shortly afterwards in hospital.",
        "A soldier fired on a student throwing stones at a checkpoint near Hebron on Monday. He died of a wound to the neck.",
    ],
)
def test_one_told_by_a_role_then_he_died(text: str) -> None:
    assert killed(text) == 1


# "He died" of one already counted dead, "he denied", "he said", or of one no attack hit: no more dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a shopkeeper in the market in Mardan on Tuesday. He died on the spot, police said.", 1),
        ("Police arrested a shopkeeper in Hyderabad on Tuesday on suspicion of selling weapons. He denied the charges.", 0),
        ("Gunmen shot dead two policemen at a checkpoint on Sunday. A shopkeeper who saw the attack said he ran away.", 2),
        ("A taxi driver was questioned over the robbery of a jewellery shop in Lille. He died of a heart attack in 2021.", 0),
    ],
)
def test_he_died_of_no_new_victim(text: str, expected: int) -> None:
    assert killed(text) == expected


# A day's figure of a campaign's fire, then a toll over days or a war: the day's dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAZA (Reuters) - Israeli strikes killed 52 people in Gaza on Sunday, Palestinian health officials said."
            " The death toll rose to 900 as rescuers pulled more bodies from the rubble.",
            52,
        ),
        (
            "BEIRUT (Reuters) - Syrian government bombardment of the rebel-held town of Douma killed 106 people on"
            " Tuesday, a war monitor said. The toll from the two-day assault rose to 250.",
            106,
        ),
        (
            "ALEPPO (AP) - Government air strikes killed 40 people in eastern Aleppo on Monday, rescuers said. The toll"
            " from the five-day offensive rose to 300 as rescuers pulled more bodies from collapsed buildings.",
            40,
        ),
    ],
)
def test_a_campaigns_toll_after_a_days_figure(text: str, expected: int) -> None:
    assert killed(text, date(2018, 2, 21)) == expected


# One attack's own toll rising as its dead are found: the later toll.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAZA (AP) - An Israeli airstrike flattened a residential tower in Rafah on Sunday, killing 14 people. The"
            " toll from the strike rose to 95 on Monday as rescuers pulled more bodies from the rubble.",
            95,
        ),
        (
            "MOGADISHU (AP) - A truck bomb exploded at a crowded intersection on Saturday, killing at least 20 people."
            " The death toll rose to 230 on Sunday as rescuers pulled more bodies from the rubble.",
            230,
        ),
        (
            "KYIV (Reuters) - Russian rockets struck an apartment block in Chasiv Yar on Saturday night, killing 15"
            " people. The death toll rose to 48 on Monday as rescuers pulled more bodies from the rubble.",
            48,
        ),
    ],
)
def test_one_attacks_toll_rising(text: str, expected: int) -> None:
    assert killed(text, date(2018, 2, 21)) == expected
