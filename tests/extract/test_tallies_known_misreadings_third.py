"""Constructions read wrong before, third round: casualties divided into their dead with "N of them
killed" or "among them N dead", a toll revised down "from" one figure "to" another, a whole told "in
total" in a sentence after its parts, and one figure of the dead, the wounded and the captured.
Each table holds sentences of the construction and near misses whose reading must not change."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded summed over the ``toll`` figures of ``text`` (a range by its top)."""
    tallies = extract_document(text, None).tallies
    return (
        sum(t.count_max or t.count for t in tallies if t.figure == "toll" and t.outcome == "killed"),
        sum(t.count_max or t.count for t in tallies if t.figure == "toll" and t.outcome == "wounded"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia reported 30 casualties, 7 of them killed, after the clash near Beni.", (7, 23)),
        ("The car bomb in Mogadishu caused 48 casualties, 13 of them dead, police said.", (13, 35)),
        ("The attack on the bus in Balochistan left 26 casualties, of them 8 dead.", (8, 18)),
        ("Medics counted 33 casualties, among them 9 killed, after the strike on the market in Sanaa.", (9, 24)),
        ("The riot in Nairobi left 22 casualties, 5 of whom were killed.", (5, 17)),
        ("Hospitals in Aleppo received 75 casualties, of whom 20 died.", (20, 55)),
        # near misses: undivided, divided into no dead, already split, and a force's own losses
        ("The regiment suffered 200 casualties in the offensive.", (0, 0)),
        ("The blast caused 30 casualties, including 8 children.", (0, 0)),
        ("Hospital sources reported 40 casualties, including 11 dead and 29 wounded.", (11, 29)),
        ("The marines sustained 17 casualties, three of them fatal, in the battle for the ridge.", (3, 0)),
    ],
)
def test_casualties_divided_into_their_dead_leave_the_rest_wounded(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
