"""A later toll many times a text's first figure: one attack's dead found, or a war's running total (issue 13).

* a toll told with the words of one event's dead being found or dying ("as rescuers dug through
  the rubble", "as more bodies were found", "as wounded victims died in hospital"), of the event by
  its article ("the toll from the blasts", "the quake's toll") or by the hour of the day ("by
  nightfall") is that event's toll, however far above the first reports (up to fifty times: the
  first figures of a bombing or a quake are often a tenth or less of its toll);
* "the toll rose to", naming nothing else, after the figure of a day of a campaign's fire ("Israeli
  shelling ... killed 87 on Sunday", "air strikes and shelling killed 27") is the war's running
  total, not the day's toll raised.

Near misses stay as they were: a war's toll by its span or its people ("since the offensive
began", "in the conflict"), a toll across a wider area or in a place the first figure's sentence
does not name ("a house in Deir al-Balah ... the death toll in Gaza"), and a bare raised toll after
one attack's figure ("A bomb killed six people ... The toll rose to 44").
"""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top

ONE_EVENTS_DEAD_FOUND = [
    (
        "A car bomb tore through a vegetable market in Baquba on Thursday, killing four people, police said. "
        "By nightfall the toll had risen to 51.",
        51,
    ),
    (
        "A suicide bomber blew himself up at a Shi'ite mosque in Kunduz during Friday prayers, killing at "
        "least five worshippers. The toll rose to 74 as rescuers dug through the rubble of the prayer hall.",
        74,
    ),
    (
        "An earthquake of magnitude 6.3 struck Herat province on Saturday, killing at least 15 people, "
        "officials said. The toll climbed to 320 on Sunday as more bodies were found in flattened villages.",
        320,
    ),
    (
        "Two bombs exploded outside a stadium in Kano on Sunday, killing seven people. Officials said the "
        "death toll from the blasts had risen to 88 by Monday.",
        88,
    ),
    (
        "A fuel tanker exploded on a highway near Mbale on Wednesday, killing three people. The toll rose to "
        "41 as critically burned victims died in hospital.",
        41,
    ),
]

A_WARS_TOLL = [
    (
        "Israeli shelling of eastern Khan Younis killed 64 Palestinians on Friday, medics said. The death "
        "toll rose to 610.",
        64,
    ),
    (
        "Government air strikes and barrel bombs killed 31 people in Douma on Monday, rescue workers said. "
        "The toll rose to 330, the monitor said.",
        31,
    ),
    (
        "An Israeli strike on a school in Nuseirat killed 33 people on Thursday. The death toll in Gaza has "
        "risen to 36,650 since the war began.",
        33,
    ),
    (
        "Rebel shelling killed nine civilians in the town of Horlivka on Tuesday, officials said. The toll "
        "in the conflict rose to 4,000, the United Nations said.",
        9,
    ),
]

NEAR_MISSES = [
    (  # a bare raised toll after one bomb's figure: one event's toll, as before
        "Police said six people were killed when a bomb went off outside the bus station in Jos. The toll "
        "rose to 44 on Sunday.",
        44,
    ),
    (  # bodies found, but across the whole country: a running total
        "A mudslide buried a village in Sindh on Monday, killing eight people. The toll from floods across "
        "Pakistan rose to 390 as more bodies were found.",
        8,
    ),
    (  # bodies found, but the toll of a place wider than the strike's
        "An Israeli airstrike on a house in Deir al-Balah killed 11 people on Monday, medics said. The death "
        "toll in Gaza rose to 130 as rescuers pulled more bodies from the rubble.",
        11,
    ),
    (  # the toll of the place the first figure's sentence names: the same disaster's
        "Floods swept through Sylhet after days of rain, killing nine people on Friday. The toll in Sylhet "
        "rose to 115 on Sunday as more bodies were recovered.",
        115,
    ),
    (  # by nightfall, but the toll of a year
        "A roadside bomb killed three soldiers in Kandahar on Monday. By nightfall officials said the toll "
        "of soldiers killed this year had risen to 140.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "killed"), ONE_EVENTS_DEAD_FOUND)
def test_toll_of_one_events_dead_found_is_its_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(("text", "killed"), A_WARS_TOLL + NEAR_MISSES)
def test_wars_running_total_after_a_days_figure_is_left_out(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
