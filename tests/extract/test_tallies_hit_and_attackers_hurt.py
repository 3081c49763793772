"""People a projectile hit ("three protesters were hit by rubber bullets", "his wife was hit in
the head by shrapnel"), counted as the hospitalised are; and the attackers a sentence opens on,
hurt at the end of their attack ("... before he was shot and wounded by troops")."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def _counts(text: str, outcome: str) -> list[int]:
    return [t.count for t in find_tallies(text, split_sentences(text)) if t.outcome == outcome and t.subset_of is None]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three protesters were hit by rubber bullets when police dispersed a rally in Sitra.", 3),
        ("Four people were hit by stray bullets during clashes between rival clans in Bab al-Tabbaneh.", 4),
        ("Five people, including two children, were hit by shrapnel when a Katyusha rocket landed in Kiryat Shmona.", 5),
        ("Two Israeli civilians were reportedly struck by shell fragments in Sderot, police said.", 2),
        ("Her husband, Mazid, was hit in the head by shrapnel from a missile and survived.", 1),
        ("Two passers-by were hit by shrapnel, the civil defence said.", 2),
    ],
)
def test_people_a_projectile_hit_were_hurt(text: str, count: int) -> None:
    assert _counts(text, "wounded") == [count]


def test_people_hit_after_a_toll_and_hit_in_an_arm() -> None:
    text = "Three people were killed and 11 others hit by shrapnel when a mortar round landed near a bakery in Aleppo."
    assert _counts(text, "wounded") == [11]
    text = "His wife was hit in the head by shrapnel and his daughter Malak was hit in the arm; both survived."
    assert _counts(text, "wounded") == [1, 1]


@pytest.mark.parametrize(
    "text",
    [
        "The municipal building was hit by shrapnel, but nobody was hurt, the mayor said.",
        "His car was hit by shrapnel near the market.",
        "Two soldiers were hit by a roadside bomb near Kandahar.",  # a bomb may kill: no projectile
        "A boy was hit by a car on the Salah al-Din road.",
        "A soldier was struck by shrapnel and died on the way to hospital.",  # told dead
        "Two villagers hit by stray bullets during the fighting died in hospital on Thursday.",
        "The strike hit a house in the Tal al-Sultan neighbourhood.",
    ],
)
def test_things_hit_and_the_dead_a_projectile_hit_are_no_wounded(text: str) -> None:
    assert _counts(text, "wounded") == []


def test_people_hit_stand_for_the_wounded_only_when_none_are_counted() -> None:
    text = "Five people were injured in the shelling. Two of them were hit by shrapnel in the chest."
    assert _counts(text, "wounded") == [5]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "A gunman opened fire in a yeshiva, killing two students and wounding five before he was shot and "
            "wounded by an off-duty officer.",
            [2],
            [5, 1],
        ),
        (
            "A Palestinian gunman opened fire at a checkpoint near Hebron, killing an Israeli soldier before he "
            "was shot and wounded by troops.",
            [1],
            [1],
        ),
        ("The attacker stabbed two people before being shot and wounded by police.", [], [2, 1]),
        ("A gunman killed three people before he was wounded in an exchange of fire and arrested.", [3], [1]),
    ],
)
def test_attackers_hurt_at_the_end_of_their_attack(text: str, killed: list[int], wounded: list[int]) -> None:
    assert (_counts(text, "killed"), _counts(text, "wounded")) == (killed, wounded)


def test_attackers_arrested_or_fled_are_not_hurt() -> None:
    assert _counts("Police said a man stabbed two women before he was arrested.", "wounded") == [2]
    assert _counts("Two soldiers were killed before the attackers fled into the hills.", "wounded") == []


def test_attackers_killing_themselves_stay_dead_only() -> None:
    text = "A gunman killed two people before he was shot dead by police."
    assert (_counts(text, "killed"), _counts(text, "wounded")) == ([2, 1], [])
