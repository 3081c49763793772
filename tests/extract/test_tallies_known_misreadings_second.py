"""Constructions read wrong before, second round: "so far" after one attack told as it happened,
a whole told "in total" after its parts, the seriously hurt after the lightly hurt, a toll revised
"from" one figure "to" another, "One" (of the bombs told before) as the subject of "killed 6",
and verbless list fields with a dash or no mark ("Deaths 5, injured 14").
Each table holds sentences of the construction and near misses whose reading must not change."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded summed over the ``toll`` figures of ``text``."""
    tallies = extract_document(text, None).tallies
    return (
        sum(t.count for t in tallies if t.figure == "toll" and t.outcome == "killed"),
        sum(t.count for t in tallies if t.figure == "toll" and t.outcome == "wounded"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included three children and a pregnant woman; in total 17 people were killed.", (17, 0)),
        ("Among the wounded were six children; in total 40 people were injured.", (0, 40)),
        ("The victims included four soldiers and two firefighters; in total 11 people were killed in the blast.", (11, 0)),
        ("Among the dead were two policemen and a teacher; in total, 21 people died.", (21, 0)),
        # near misses: "in all" as before, and a total over a longer span stays a running total
        ("The dead included two boys and an elderly man; in all 9 people were killed.", (9, 0)),
        ("Three policemen were killed on Monday; in total 17 people were killed in the province this month.", (0, 0)),
        ("The war has killed 400 people in total.", (0, 0)),
    ],
)
def test_a_whole_told_in_total_after_its_parts_is_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were lightly wounded and one was seriously injured.", (0, 4)),
        ("Two police officers were slightly injured and one was critically wounded in the attack.", (0, 3)),
        ("Nine passengers suffered minor injuries and two were seriously hurt, the airline said.", (0, 11)),
        ("Five villagers were moderately injured and two others were badly hurt in the shelling.", (0, 7)),
        # near misses: how badly some of the hurt were, told after a figure of no degree, is a part
        ("Eleven civilians and six police were injured, although only two were seriously hurt.", (0, 17)),
        ("Twelve people were wounded and two were seriously injured.", (0, 12)),
        ("Four civilians were seriously wounded and two were lightly hurt.", (0, 6)),
    ],
)
def test_a_severe_figure_after_a_lightly_hurt_one_is_added(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials revised the death toll from 20 to 27.", (27, 0)),
        ("The health ministry raised the death toll from 41 to 58 on Sunday.", (58, 0)),
        ("Rescuers updated the toll from 6 to 11 after more bodies were pulled from the rubble.", (11, 0)),
        ("Authorities revised the number of injured from 30 to 45.", (0, 45)),
        # near misses: a toll that rose from one figure to another, and "from" naming the event
        ("The toll rose from 20 to 27 overnight.", (27, 0)),
        ("The death toll from the bombing in Hilla rose to 41.", (41, 0)),
    ],
)
def test_a_toll_revised_from_one_figure_to_another_is_the_new_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two bombs exploded in Quetta on Monday. One killed 6 and wounded 15, and the other wounded 4.", (6, 19)),
        ("Two suicide bombers struck in Mogadishu. One killed 11 and injured 20; the second killed 3.", (14, 20)),
        ("Two drones hit the border town; one killed 4 civilians.", (4, 0)),
        ("Gunmen stormed the village at dawn. One killed 3 farmers before fleeing.", (3, 0)),
        # near misses: headline style, "One" is the dead
        ("One killed, 6 wounded in Kabul blast", (1, 6)),
        ("One killed 6 injured in Peshawar blast", (1, 6)),
        ("One was killed and 6 were wounded.", (1, 6)),
    ],
)
def test_one_of_things_told_before_opening_a_sentence_is_the_subject(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deaths 5, injured 14", (5, 14)),
        ("Killed – 2 civilians; Wounded – 6", (2, 6)),
        ("Dead 3, wounded 11", (3, 11)),
        ("Fatalities 4; injuries 9", (4, 9)),
        ("Killed - 3 soldiers, wounded - 7.", (3, 7)),
        # near misses: with a colon as before, and a bare label whose figure fills no field
        ("Killed: 7, wounded: 12", (7, 12)),
        ("Deaths 5 times higher than last year were recorded in the district.", (0, 0)),
        ("Fatalities 40% higher this year, the report said.", (0, 0)),
    ],
)
def test_a_verbless_field_without_a_colon_is_read_as_a_label(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber struck a wedding party in Kunduz on Saturday. So far we have found 20 dead, and more"
            " than 16 people were wounded, a police spokesman said.",
            (20, 16),
        ),
        (
            "A car bomb tore through a bus station in Maiduguri. So far, 12 people have been confirmed dead and 30"
            " injured, the state emergency agency said.",
            (12, 30),
        ),
        ("Gunmen opened fire on worshippers at a mosque in Zaria on Friday. So far 9 bodies have been recovered.", (9, 0)),
        ("A roadside bomb hit a minibus near Baidoa. Rescuers have so far pulled 14 bodies from the wreckage.", (14, 0)),
        # near misses: "so far" with a war, "this year" or "since", or with no attack told before
        ("A car bomb exploded in Kirkuk. The war has so far killed 400 people in the province.", (0, 0)),
        ("Gunmen attacked a checkpoint in Diyala. So far this year, 300 people have been killed in the province.", (0, 0)),
        ("A mortar round hit a school in Idlib. So far since January, 85 children have died in the region.", (0, 0)),
        ("So far, 1,200 people have been killed in the region.", (0, 0)),
    ],
)
def test_so_far_after_one_attack_is_its_toll_to_date(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
