"""The wounded told in the ways wire news, incident lists and monitor reports tell them: burns
among the injuries and injuries after another complaint ("treated for shock and burns")."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


def event_wounded(text: str) -> int:
    """The wounded of the text's own toll, as the event figures add them up (range tops)."""
    tallies = event_tallies(extract_document(text, None).tallies)
    return sum(max(t.count, t.count_max or 0) for t in tallies if t.outcome == "wounded" and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six firefighters suffered burns while battling the blaze at a paint warehouse in Izmir.", [(6, "wounded")]),
        ("Two workers sustained burns to their hands and faces when the boiler burst.", [(2, "wounded")]),
        ("One welder died and two suffered severe burns in the blast at the steel mill in Kryvyi Rih.",
         [(1, "killed"), (2, "wounded")]),
        ("Fifteen villagers were treated in hospital for burns after the fuel tanker overturned near Kano.",
         [(15, "wounded")]),
        ("The explosion left six people hospitalised with burns.", [(6, "wounded")]),
    ],
)
def test_burns_are_injuries(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine migrants were treated for hypothermia and injuries after their dinghy sank off Lesbos.", [(9, "wounded")]),
        ("Three firefighters were treated for heat exhaustion and minor burns.", [(3, "wounded")]),
        ("Eleven passengers were treated for shock and cuts and bruises after the derailment.", []),
    ],
)
def test_injuries_after_another_complaint_of_the_same_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The eternal flame burns day and night at the memorial in Yerevan.",
        "Protesters burned tyres and two police cars in the centre of Dakar.",
        "The ointment is used for burns and cuts.",
        "Twelve people were treated for smoke inhalation.",
    ],
)
def test_near_misses_of_burns_are_no_one_hurt(text: str) -> None:
    assert [c for c in counts(text) if c[1] == "wounded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two boys who were being treated for burns died on Monday, medics said.", [(2, "killed")]),
        ("Three soldiers who were being treated for their wounds in Kabul succumbed on Friday.", [(3, "killed")]),
        ("Four miners who had been treated for injuries died in hospital overnight.", [(4, "killed")]),
        ("Two boys who were treated for burns were discharged on Monday.", [(2, "wounded")]),
    ],
)
def test_people_cared_for_who_then_died_are_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two were seriously and five lightly wounded in the attack on the checkpoint near Tulkarm.",
         [(2, "wounded"), (5, "wounded")]),
        ("Four were critically and five slightly injured when the minibus hit a mine.", [(4, "wounded"), (5, "wounded")]),
        ("Six civilians were seriously and two soldiers lightly wounded in Saturday's shelling of Kherson.",
         [(6, "wounded"), (2, "wounded")]),
        ("Three soldiers were seriously injured and nine lightly wounded.", [(3, "wounded"), (9, "wounded")]),
        # the second degree after the participle, its own left out
        ("Four people were lightly injured and one moderately, the ambulance service said.", [(4, "wounded"), (1, "wounded")]),
        ("Two soldiers were seriously wounded and three slightly in the ambush.", [(2, "wounded"), (3, "wounded")]),
    ],
)
def test_two_degrees_of_hurt_before_one_participle_count_both(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the mosque was badly and the school slightly damaged.", []),
        ("The roof was badly and five tenants were slightly hurt.", [(5, "wounded")]),
        ("Two soldiers were seriously wounded and three slightly injured civilians were treated.", [(2, "wounded"), (3, "wounded")]),
    ],
)
def test_near_misses_of_two_degrees_of_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "count", "top"),
    [
        ("Police said 16 people were injured in Saturday's attack; the hospital said 19.", 16, 19),
        ("Officials said 20 people were wounded in the blast at the market, while the Red Crescent said 30.", 20, 30),
        ("Twelve people were injured in the attack on Monday, the army said, while hospital sources said 14.", 12, 14),
        ("Police said 12 people were killed in the bombing; the hospital said 15.", 12, 15),
    ],
)
def test_a_second_source_after_where_the_people_were_hurt_is_the_range_top(text: str, count: int, top: int) -> None:
    tallies = find_tallies(text, split_sentences(text))
    assert [(t.count, t.count_max) for t in tallies] == [(count, top)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed in Kabul; police said 7 in Herat.", [(5, "killed")]),
        ("Eight people were wounded in the attack on 14 March; the hospital said the next day.", [(8, "wounded")]),
    ],
)
def test_near_misses_of_a_second_source_after_the_scene(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three police officers were in critical condition after being shot during a traffic stop in Memphis.",
         [(3, "wounded")]),
        ("Two children remain in critical condition after the house fire in Dayton.", [(2, "wounded")]),
        ("Two soldiers were killed and three are in a serious condition, the army said.", [(2, "killed"), (3, "wounded")]),
        ("Two men were listed in critical condition after the stabbing in Leicester.", [(2, "wounded")]),
    ],
)
def test_people_in_a_critical_condition_were_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Twenty people were injured in the blast in Jalalabad; three are in critical condition.", 20),
        ("The three injured were in critical condition, doctors said.", 3),
        ("The minister spoke on condition of anonymity. Four people were hurt in the blast.", 4),
        ("Seven passengers were hurt, two of them in critical condition.", 7),
    ],
)
def test_a_critical_condition_is_a_part_of_the_wounded_told_otherwise(text: str, wounded: int) -> None:
    assert event_wounded(text) == wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were wounded, two of them fatally, when gunmen fired on a minibus in Tillaberi.",
         [(3, "wounded"), (2, "killed")]),
        ("The blast injured 20 people, three of them fatally, the provincial governor said.", [(17, "wounded"), (3, "killed")]),
        ("Militants wounded four soldiers, one of them fatally, near the border.", [(3, "wounded"), (1, "killed")]),
    ],
)
def test_the_part_of_the_wounded_hurt_fatally_is_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast injured 20 people, three of them seriously.", [(20, "wounded"), (3, "wounded")]),
        ("Four protesters were wounded, one of them critically.", [(4, "wounded"), (1, "wounded")]),
    ],
)
def test_near_misses_of_the_fatal_part(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injury toll rose to 45 on Thursday, the civil defence in Idlib said.", [(45, "wounded")]),
        ("Four people were killed and the injury toll stood at 30.", [(4, "killed"), (30, "wounded")]),
        ("Two people died of their injuries, bringing the toll to 15.", [(2, "killed"), (15, "killed")]),
        ("The death toll rose to 12, while the number of injured reached 40.", [(12, "killed"), (40, "wounded")]),
    ],
)
def test_an_injury_toll_counts_the_wounded(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine other passengers escaped with minor injuries, the coastguard said.", [(9, "wounded")]),
        ("Three children escaped with cuts and bruises.", []),
        ("Twelve inmates escaped with the help of guards.", []),
    ],
)
def test_people_who_escaped_with_injuries_were_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected
