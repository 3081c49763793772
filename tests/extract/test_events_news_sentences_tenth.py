"""A tenth round of sentences from the everyday desks of 2008 and 2012 news, where words of death
and numbers meet without a war, and the reader threads under them, read for whether a figure is a
conflict's: the forces' mishaps at home (a truck that overturned, a barracks fire, a munitions
blast, a drill or a march that killed)."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# The forces' mishaps at home, named by the title or by the figure's sentence with the weapon that
# went off: an accident where no war, its place, its enemy or an act of war is named; a mishap in a
# war's place or beside an attack stays the war's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Army lorry overturns near Catterick", "Seven soldiers were hurt, two of them seriously.", [(7, "accident"), (2, "accident")]),
        ("Fire at navy barracks in Devonport", "Two sailors died and nine were treated for burns.",
         [(2, "accident"), (9, "accident")]),
        ("Blast at army munitions dump near Sofia", "Eleven people died, including four conscripts.",
         [(11, "accident"), (4, "accident")]),
        ("Recruits die in heatwave exercise", "Three recruits died, the ministry said.", [(3, "accident")]),
        ("Base mourns gunners", "The battery was on the ranges. Three gunners were killed when a shell exploded "
         "prematurely during training on Monday.", [(3, "accident")]),
        ("Guardsmen collapse on the Brecon Beacons", "The men were on a selection march. "
         "Two soldiers died on one of the hottest days of the year.", [(2, "accident")]),
        ("Munitions explode in Siberia", "One man died and 40 were hurt as shells exploded at the army depot "
         "for two days.", [(1, "accident"), (40, "accident")]),
        # near misses: a war's place, an attack beside the mishap, and fire opened on the barracks
        ("Army helicopter crashes in Helmand", "Five soldiers were killed in the crash.", [(5, "conflict")]),
        ("Army truck overturns after roadside bomb", "Nine soldiers were killed.", [(9, "conflict")]),
        ("Barracks attacked in Maiduguri", "Gunmen opened fire at the barracks at dawn. Six soldiers died.",
         [(6, "conflict")]),
        ("Quetta blast", "The bomber's vest exploded prematurely as he approached the police post, killing two "
         "passers-by.", [(2, "conflict")]),
        ("Rebels shell army depot", "Four soldiers were killed when shells exploded at the army depot.", [(4, "conflict")]),
    ],
)
def test_forces_mishap_at_home(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
