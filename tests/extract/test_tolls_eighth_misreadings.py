"""The eighth list of misread tallies (issue 13), on wire news, Wikipedia attack-list entries and
Airwars strike reports written fresh, with the near misses that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.tolls import totals


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Officials in Riyadh said four soldiers died in the clash near Jizan. The Houthis claimed 15 Saudi troops were killed.", 4),
        ("The interior ministry said six policemen were killed in the raid in Kunduz. The Taliban claimed that 40 police had died.", 6),
        ("The army said three soldiers were killed in the attack near Diffa, while the insurgents claimed 50 soldiers died.", 3),
        ("Boko Haram claimed 80 soldiers were killed in the raid on Metele. The army said 23 soldiers died.", 23),
        # near misses: the claim alone, a source's claim, or a claim of the attack whose clause adds dead
        ("The Houthis claimed 15 Saudi troops were killed in the raid on Najran.", 15),
        ("Local residents claimed 12 civilians were killed in the airstrike on the market in Saada.", 12),
        ("Officials said four soldiers died in the clash near Jizan. The Houthis claimed the attack, which also killed two civilians.", 6),
    ],
)
def test_an_armed_groups_claimed_clause_is_its_claim(text: str, killed: int) -> None:
    """An armed group's "claimed" with a clause is the attackers' claim: it gives way to another
    account of the same dead and widens none."""
    assert totals(text, date(2016, 8, 17))[0] == killed
