"""The fields of a list or fact box, read for ``tallies``: "Dead: 8. Injured: 20.", "Killed: 8
soldiers; wounded: 20", an outcome word as the label of a figure.
"""

from __future__ import annotations

from crawler.extract.records import Outcome
from crawler.extract.tally_frames import FIELD_MARKS, Frame, FrameReader

# The labels of a list or fact box, each before a colon and its figure: "Dead: 8; injured: 20".
LABELS: dict[str, Outcome] = {
    "dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed",
    "injured": "wounded", "wounded": "wounded", "injuries": "wounded",
    "missing": "missing", "kidnapped": "captured", "abducted": "captured",
}  # fmt: skip


class FactBoxes(FrameReader):
    """Reads the outcome words that label the figures of a list or fact box."""

    def _labelled(self, i: int) -> bool:
        """ "Dead: 8. Injured: 20.", "Killed: 8 soldiers; wounded: 20", "Dead: 5 policemen, 2
        civilians": the fields of a list or fact box, an outcome word as the label of a figure,
        alone or with its people, that fills the field.  Whether the word at ``i`` is such a
        label ("were killed: Noman and Saeed" is none)."""
        items = self.items
        count = i + 2
        if not (i == 0 or items[i - 1].text in FIELD_MARKS) or not items[count].is_count:
            return False
        victims = self.list_right(count, object_position=False)
        end = victims[-1].last + 1 if victims else count + 1
        if end < len(items) and items[end].text not in FIELD_MARKS:
            return False
        if victims:
            self.frames.append(Frame(LABELS[items[i].low], items[i].low, (i, i + 1), victims))
        return True
