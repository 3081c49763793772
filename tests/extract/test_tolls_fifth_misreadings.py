"""Tolls misread in wire copy, attack-list entries and strike reports (issue 13, fifth list).

* the attackers' own claim of the dead they made ("claimed to have killed", "boasted", "said in a
  statement on its Telegram channel") beside an official figure of the same people is another
  account of one toll: the official figure stands, the claim neither adds to it nor widens it.

Near misses stay as they were: a claim of responsibility with no number of its own, and two
official accounts of one toll.
"""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top

KILLERS_CLAIMS = [
    (
        "Jamaat Nusrat al-Islam claimed to have killed 40 soldiers in the raid on the camp at Boulkessi; the "
        "Malian army said 12 soldiers and 20 assailants died.",
        32,
    ),
    (
        "A roadside bomb struck an army convoy in Helmand, killing three soldiers. The Taliban claimed the "
        "attack, saying 11 soldiers were killed.",
        3,
    ),
    (
        "The defence ministry said 23 soldiers were killed in the attack on the outpost near Menaka. Islamic "
        "State, in a statement on its Amaq news agency, said 50 soldiers had been killed.",
        23,
    ),
    (
        "Al-Shabaab boasted that it had killed 30 Ugandan troops at the base in Bulo Marer. Uganda's army said "
        "four of its soldiers were killed.",
        4,
    ),
]

NEAR_MISSES = [
    ("The Taliban claimed the attack on the checkpoint in Kunduz, which killed four policemen, officials said.", 4),
    (
        "Police said nine people were killed in the bombing of the market in Quetta. Hospital officials later "
        "said 14 had been killed.",
        14,
    ),
]


@pytest.mark.parametrize(("text", "killed"), KILLERS_CLAIMS + NEAR_MISSES)
def test_killers_claim_gives_way_to_the_official_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
