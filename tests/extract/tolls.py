"""A text's toll as the casualty benchmark sums it: the figures of one outcome that are not
running totals (figures told again and parts are left out of the event figures already)."""

from __future__ import annotations

from datetime import date

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json
from crawler.extract.restatements import event_tallies


def toll_range(text: str, outcome: str) -> tuple[int, int]:
    """The bottom and top of the toll of one outcome."""
    figures = [f for f in event_tallies_json(text, None) if f["outcome"] == outcome and not f["cumulative"]]
    return sum(f.get("count_low", f["count"]) for f in figures), sum(f["count"] for f in figures)


def toll_top(text: str, outcome: str) -> int:
    """The top of the toll of one outcome, the figure the benchmark scores."""
    return toll_range(text, outcome)[1]


def killed_and_wounded(text: str) -> tuple[int, int]:
    """The tops of the killed and the wounded tolls."""
    return toll_top(text, "killed"), toll_top(text, "wounded")


def assert_report(text: str, killed: int, wounded: int | None) -> None:
    """A report's killed toll is ``killed`` and, where it is scored (not None), its wounded ``wounded``."""
    assert toll_top(text, "killed") == killed
    if wounded is not None:
        assert toll_top(text, "wounded") == wounded


def totals(text: str, published: date | None = None) -> tuple[int, int]:
    """The killed and wounded of the text's own event, as its figures add up (range tops, running
    totals left out)."""
    tallies = [t for t in event_tallies(extract_document(text, published).tallies) if not t.cumulative]
    return (
        sum(max(t.count, t.count_max or 0) for t in tallies if t.outcome == "killed"),
        sum(max(t.count, t.count_max or 0) for t in tallies if t.outcome == "wounded"),
    )
