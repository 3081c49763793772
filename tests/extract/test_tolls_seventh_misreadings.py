"""The seventh list of misread tallies (issue 13), on wire news, Wikipedia attack-list entries and
Airwars strike reports written fresh: a toll raised "later in the week" (the time of its telling,
not a wider span), with the near misses that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.tolls import totals


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police said 85 people were killed in the lorry bombing in Hodan. The death toll rose to 140 later in the week.", 140),
        ("At least 60 people died in the twin blasts at the rally in Suruc; the toll rose to 74 later in the month.", 74),
        ("The death toll from the market bombing in Diyala rose to 52 later that week, officials said.", 52),
        # near misses: a toll of a year's attacks, or a later event's own dead
        ("At least 60 people died in the blasts in Suruc. The toll of the year's bombings rose to 210 later in the month.", 60),
        ("Police said 85 people were killed in the bombing. Later in the week, riot police shot dead three protesters.", 88),
    ],
)
def test_a_toll_raised_later_in_the_week_is_the_events_own(text: str, killed: int) -> None:
    assert totals(text, date(2017, 6, 2))[0] == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Three policemen were killed in the raid on the checkpoint. The number of wounded, 14, was confirmed by the hospital.", 3, 14),
        ("A car bomb killed nine people in Mosul; the number of injured was put at 35.", 9, 35),
        ("Five soldiers died in the ambush near Gao, and the number of wounded was put at 11.", 5, 11),
        ("The number of injured, 40, was expected to rise, the governor of Kunar said.", 0, 40),
        # near misses: no figure of the wounded, or a second source's figure of the same dead
        ("A car bomb killed nine people in Mosul. The number of wounded was not known.", 9, 0),
        ("A car bomb killed nine people in Mosul, while local sources put the toll at 12.", 12, 0),
    ],
)
def test_the_number_of_the_hurt_told_as_what_it_was(text: str, killed: int, wounded: int) -> None:
    assert totals(text, date(2019, 3, 2)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two suicide bombers struck the shrine in Sehwan. The toll (not counting the two bombers) stood at 88 on Friday.", 88),
        ("The toll (excluding the three attackers) stood at 45, the interior minister said.", 45),
        ("The toll, including the two bombers, stood at 33 on Monday, officials in Lahore said.", 33),
        # near misses: an aside with no figure after it, or a figure in the aside itself
        ("The toll, which officials would not confirm, was expected to rise, the prosecutor said.", 0),
        ("The toll (eight soldiers and five civilians) rose after two wounded soldiers died in hospital.", 13),
    ],
)
def test_a_toll_past_an_aside_of_what_it_counts(text: str, killed: int) -> None:
    assert totals(text, date(2017, 2, 18))[0] == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen killed 12 worshippers at the mosque in Kano. The number of wounded, first reported at 20, has since been revised to 31.", 12, 31),
        ("The death toll, first reported at 18, has since risen to 26, police in Maiduguri said.", 26, 0),
        ("Six soldiers died in the ambush; the number of injured, first put at 9, has since been corrected to 14.", 6, 14),
        # near misses: "since" that names the span of a war's total
        ("Since the war began, the number of wounded has risen to 2,400 in Anbar alone.", 0, 0),
        ("Gunmen killed 12 worshippers at the mosque in Kano. The toll of attacks on mosques since January has since risen to 140.", 12, 0),
    ],
)
def test_a_figure_since_revised_is_the_events_own(text: str, killed: int, wounded: int) -> None:
    assert totals(text, date(2018, 5, 14)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bomb hidden under the car of Brigadier Khalid Mansour exploded in Sanaa. He was killed and his driver was wounded.", 1, 1),
        ("Gunmen ambushed the convoy of provincial council member Haji Zahir near Jalalabad. He was killed and three of his guards were wounded.", 1, 3),
        ("Militants shot the tribal elder Malik Noor outside the mosque in Bajaur. He died at the scene and his nephew was hurt.", 1, 1),
        # near misses: the named one lived, others died before, or the pronoun may be either of two named
        ("A bomb hidden under the car of Brigadier Khalid Mansour exploded in Sanaa. He survived, but his driver was wounded.", 0, 1),
        ("Gunmen ambushed the convoy of Haji Zahir near Jalalabad. He was unhurt, and two of his guards were killed.", 2, 0),
        ("Gunmen fired on the car of Haji Zahir and Malik Noor near Jalalabad. He was killed.", 0, 0),
    ],
)
def test_the_one_named_before_told_dead_by_a_pronoun(text: str, killed: int, wounded: int) -> None:
    assert totals(text, date(2019, 6, 11)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A drone strike hit the car of Khaled Omar near Idlib, wounding him and his son Yusuf. Yusuf died of his injuries the next day.", 1, 1),
        ("Four civilians, among them a boy named Samir, were wounded by shelling in Harasta. Samir died of his wounds on Friday.", 1, 3),
        # near misses: the named one lived, or a name the text gave no one before
        ("A drone strike hit the car of Khaled Omar near Idlib, wounding him and his son Yusuf. Yusuf was taken to hospital in Idlib.", 0, 2),
        ("Four civilians were wounded by shelling in Harasta. Amnesty died of its own success, a reader wrote.", 0, 4),
    ],
)
def test_a_first_name_given_before_told_dead_of_the_wounds(text: str, killed: int, wounded: int) -> None:
    assert totals(text, date(2017, 4, 22)) == (killed, wounded)
