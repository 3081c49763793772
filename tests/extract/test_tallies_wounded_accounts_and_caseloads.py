"""How a source's accounts of the wounded replace one another, and the wounded that count no one
new: an earlier account told after the figure that replaces it ("75 hurt, the ministry said,
revising an earlier figure of 50 injured"), "the figure" a source puts on the hurt after another
("initially reported six injured, later raising the figure to 14"), and the wounded a hospital
takes in each day or week ("is now treating more than 300 wounded a day"); with the near misses
that keep their reading (an earlier account with no figure before it, care given once, a later
update, a first report with no figure, a figure after the dead)."""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Twelve people were killed and at least 75 hurt in the bombing, the interior ministry said, revising an "
            "earlier figure of 50 injured.",
            12,
            75,
        ),
        ("Police said nine people were killed and 64 wounded, up from an earlier figure of about 40 wounded.", 9, 64),
        (
            "KARACHI, Oct 19, 2007 (Reuters) - The Sindh health minister said 139 people were killed and more than "
            "400 injured, raising the government's initial count of 250 injured.",
            139,
            400,
        ),
        ("Four soldiers were killed and 30 wounded, down from a previous estimate of 45 injured, the army said.", 4, 30),
        (
            "At least 18 people were hurt in the clashes in Sitra, the opposition said, revising its original "
            "figure of 11 hurt.",
            0,
            18,
        ),
        # near misses: an earlier account with no figure before it, an update told after the first figure, a
        # first report with no figure
        ("Eight people were killed. The ministry gave an initial figure of 40 injured.", 8, 40),
        ("Initial reports said 10 people were killed and 30 wounded; the number of injured later rose to 52.", 10, 52),
        ("Six people were killed and 22 wounded, police said. The first report of the attack came from a local TV station.", 6, 22),
    ],
)
def test_an_earlier_account_after_its_replacement_adds_no_one(text: str, killed: int, wounded: int) -> None:
    assert killed_and_wounded(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "The hospital in Misrata, built for 100 patients, is now treating more than 300 wounded fighters a day, "
            "doctors said.",
            0,
            0,
        ),
        ("Al-Shifa hospital receives about 50 injured people every day, its director said on Tuesday.", 0, 0),
        ("Nasser Hospital is receiving dozens of wounded each day, the health ministry in Gaza said.", 0, 0),
        ("The MSF clinic in Aden treats 40 injured people a week from the fighting in the east of the city.", 0, 0),
        # near misses: care given once, on a day named or a day after the attack, and a capacity's own rule
        ("Doctors were treating 30 wounded, a day after the bombing of the market in Kabul.", 0, 30),
        ("Medics treated 12 wounded people at the scene of the blast in Quetta on Tuesday.", 0, 12),
        (
            "A car bomb killed six people in Baquba; the city hospital received 25 wounded, a doctor said.",
            6,
            25,
        ),
    ],
)
def test_the_wounded_a_hospital_takes_in_each_day_are_no_event(text: str, killed: int, wounded: int) -> None:
    assert killed_and_wounded(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Three civilians were killed in an alleged Israeli strike on a school in Jabalia on November 9th 2023. "
            "Wafa initially reported six injured, later raising the figure to 14.",
            3,
            14,
        ),
        ("Two people were killed and 12 injured, police said, but doctors put the figure at 19.", 2, 19),
        ("Local officials said 25 people were hurt in the riot in Osh, though one hospital gave a figure of 31.", 0, 31),
        # near misses: the figure after the dead stays theirs; a figure with no number linked after it
        ("Seven civilians were killed and 11 wounded; one source gave a figure of 10 dead.", 10, 11),
        ("Five people were killed and 20 wounded. The figure is expected to rise.", 5, 20),
    ],
)
def test_the_figure_after_the_hurt_is_another_account_of_them(text: str, killed: int, wounded: int) -> None:
    assert killed_and_wounded(text) == (killed, wounded)
