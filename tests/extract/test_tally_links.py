"""The links between figures (``subset_of``, ``restates``) are list positions: they must still
point at the right figure after figures are dropped, by the reading of the wounded (a "taken to
hospital" figure stands in only where no figure of the hurt is told) or of the event (no event)."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally, without_tallies


def _figures(text: str) -> list[tuple[int, str, int | None]]:
    """(count, outcome, count of the figure it is part of) of each tally."""
    tallies = extract_document(text, None).tallies
    return [(t.count, t.outcome, None if t.subset_of is None else tallies[t.subset_of].count) for t in tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stand-in figure told first, dropped because the hurt are counted after it: the part
        # of the later figure keeps its whole.
        (
            "Three people were hospitalised after the blast in Kabul. Eight others were wounded, including two children.",
            [(8, "wounded", None), (2, "wounded", 8)],
        ),
        (
            "Four soldiers were in critical condition after the ambush near Kandahar on Monday. Eleven soldiers were "
            "wounded, among them three officers, the army said.",
            [(11, "wounded", None), (3, "wounded", 11)],
        ),
        (
            "Two policemen were taken to hospital after the grenade attack in Srinagar. At least 14 people were injured, "
            "six of them women, and one man was killed.",
            [(14, "wounded", None), (6, "wounded", 14), (1, "killed", None)],
        ),
        # near miss: no stand-in before, nothing dropped
        (
            "Eight people were wounded in the blast in Kabul, including two children, police said.",
            [(8, "wounded", None), (2, "wounded", 8)],
        ),
        # the stand-in is the only count of the hurt: it stays, with its part
        (
            "Three people were hospitalised, among them two children, after the blast in Kabul.",
            [(3, "wounded", None), (2, "wounded", 3)],
        ),
    ],
)
def test_a_part_keeps_its_whole_when_figures_before_them_are_dropped(text: str, expected: list[tuple[int, str, int | None]]) -> None:
    assert _figures(text) == expected


def _tally(count: int, subset_of: int | None = None, restates: int | None = None) -> Tally:
    return Tally(count=count, outcome="killed", subset_of=subset_of, restates=restates)


def test_dropping_renumbers_links_and_takes_the_parts_of_a_dropped_figure_with_it() -> None:
    tallies = [
        _tally(3),  # dropped
        _tally(1, subset_of=0),  # part of the dropped figure: goes with it
        _tally(12),
        _tally(4, subset_of=2),
        _tally(2, subset_of=3),  # a part of a part
        _tally(12, restates=2),
        _tally(3, restates=0),  # restated a dropped figure: restates none now
        _tally(5, subset_of=8),  # a part told before its whole
        _tally(9),
    ]
    kept = without_tallies(tallies, [0])
    assert [(t.count, t.subset_of, t.restates) for t in kept] == [
        (12, None, None), (4, 0, None), (2, 1, None), (12, None, 0), (3, None, None), (5, 6, None), (9, None, None),
    ]  # fmt: skip
    assert without_tallies(tallies, []) is tallies


def test_a_part_told_before_its_whole_goes_when_the_whole_goes() -> None:
    tallies = [_tally(2, subset_of=2), _tally(7), _tally(6)]
    assert [t.count for t in without_tallies(tallies, [2])] == [7]
