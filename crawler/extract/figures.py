"""What each figure is within its document, once the restatements are read: the figures whose sum
is the toll of the document's own event, and what every other one is instead.

``toll``: new casualties of the document's own event.  ``running_total``: a total over a period
("bringing the toll since October 7 to 71").  ``restatement``: people an earlier figure already
counts ("the six were among the dead").  ``subset``: part of another figure ("including four
children").  ``background``: a figure of another time or another incident than the document's
own event ("in April, 300 were killed", "a separate strike killed 14"), or of the armed men a
strike report counts apart from the civilians it killed.
"""

from __future__ import annotations

from crawler.extract.records import Figure, Tally
from crawler.extract.restatements import event_tallies


def mark_figures(tallies: list[Tally]) -> None:
    """Set ``figure`` on every tally (in place)."""
    summed = {id(tally) for tally in event_tallies(tallies)}
    for tally in tallies:
        tally.figure = _figure_of(tally, id(tally) in summed)


def _figure_of(tally: Tally, summed: bool) -> Figure:
    if tally.restates is not None:
        return "restatement"
    if tally.subset_of is not None:
        return "subset"
    if not summed:
        return "background"
    return "running_total" if tally.cumulative else "toll"
