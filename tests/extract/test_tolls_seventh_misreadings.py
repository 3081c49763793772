"""The seventh list of misread tallies (issue 13), on wire news, Wikipedia attack-list entries and
Airwars strike reports written fresh: a toll raised "later in the week" (the time of its telling,
not a wider span), with the near misses that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def totals(text: str, published: date | None = None) -> tuple[int, int]:
    """The killed and wounded of the text's own event, as its figures add up (range tops, running
    totals left out)."""
    tallies = [t for t in event_tallies(extract_document(text, published).tallies) if not t.cumulative]
    return (
        sum(max(t.count, t.count_max or 0) for t in tallies if t.outcome == "killed"),
        sum(max(t.count, t.count_max or 0) for t in tallies if t.outcome == "wounded"),
    )


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
