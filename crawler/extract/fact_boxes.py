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
# A word before the label in event notes and situation reports: "Total fatalities: 35 (20 ADF, 15
# civilians)", "Reported fatalities: 12".
_LABEL_OPENERS = frozenset({"total", "reported", "confirmed", "recorded", "verified"})
# What may stand for the colon after a label in lists typed by hand: "Killed – 2 civilians; Wounded – 6".
_DASHES = frozenset({"-", "–", "—"})
# Labels that are nouns or "dead", told with their figure right after them and no mark at all in
# short incident notes: "Deaths 5, injured 14", "Dead 3, wounded 11", "Fatalities 4; injuries 9".
_BARE_LABELS = frozenset({"dead", "deaths", "fatalities", "injuries"})


class FactBoxes(FrameReader):
    """Reads the outcome words that label the figures of a list or fact box."""

    def _labelled(self, i: int) -> int:
        """ "Dead: 8. Injured: 20.", "Killed: 8 soldiers; wounded: 20", "Dead: 5 policemen, 2
        civilians": the fields of a list or fact box, an outcome word as the label of a figure,
        alone or with its people, that fills the field.  The number of items read from the word
        at ``i`` to the figure, none when it is no such label ("were killed: Noman and Saeed")."""
        items = self.items
        first = i - 1 if i >= 1 and items[i - 1].low in _LABEL_OPENERS else i
        if not (first == 0 or items[first - 1].text in FIELD_MARKS):
            return 0
        colon = self._label_colon(i)
        if colon < 0 or colon + 1 >= len(items):
            return 0
        return colon + 2 - i if self._field(LABELS[items[i].low], items[i].low, (first, colon), colon + 1) else 0

    def _label_colon(self, i: int) -> int:
        """The colon closing the label at ``i``: right after it, or after a bracket naming whom
        the field counts, as tables turned into lines give it ("Deaths (civilians): 14",
        "Injured (children): 3"); a dash for it ("Killed – 2 civilians"); the label itself when
        a bare label has its figure right after it ("Deaths 5, injured 14"); -1 when there is none."""
        items = self.items
        if i + 1 < len(items) and (items[i + 1].text == ":" or items[i + 1].text in _DASHES):
            return i + 1
        if i + 1 < len(items) and items[i].low in _BARE_LABELS and items[i + 1].is_count:
            return i
        if i + 1 >= len(items) or items[i + 1].text != "(":
            return -1
        close = next((j for j in range(i + 2, min(i + 6, len(items))) if items[j].text == ")"), -1)
        if close < 0 or close + 1 >= len(items) or items[close + 1].text != ":":
            return -1
        return close + 1 if all(items[j].is_word for j in range(i + 2, close)) else -1

    def _toll_field(self, i: int) -> int:
        """ "Death toll: 12", "Death toll 38 (+3 perpetrators)": the field of an incident list's
        entry that gives its toll, the label "death toll" opening the entry or a field, its
        colon left out or not.  The number of items read (none when the toll at ``i`` is no
        such label: "the death toll rose to 12")."""
        items = self.items
        first = i - 1 if i >= 1 and items[i - 1].low == "death" else i
        if first == i or not (first == 0 or items[first - 1].text in FIELD_MARKS):
            return 0
        count = i + 2 if i + 1 < len(items) and items[i + 1].text == ":" else i + 1
        if count >= len(items) or not self._field("killed", "death toll", (first, count - 1), count):
            return 0
        return count - i

    def _field(self, outcome: Outcome, word: str, label: tuple[int, int], count: int) -> bool:
        """The people of a field whose label is ``label``, its figure at ``count``, alone or with
        its people, filling the field.  Whether it is such a field."""
        items = self.items
        if not items[count].is_count:
            return self._named_field(outcome, word, label, count)
        victims = self.list_right(count, object_position=False)
        end = victims[-1].last + 1 if victims else count + 1
        if end < len(items) and items[end].text not in FIELD_MARKS:
            return False
        if victims:
            self.frames.append(Frame(outcome, word, label, victims))
        return True

    def _named_field(self, outcome: Outcome, word: str, label: tuple[int, int], first: int) -> bool:
        """ "Killed: Ahmad Saleh (30); Reem Saleh (25)", "Wounded: Omar Haddad, 19, and Lina
        Haddad, 7": a monitor's field of the named, each item one person by name from ``first``
        up to the field's end.  Whether it is such a field."""
        items = self.items
        if not items[first].is_cap:
            return False
        victims = self.list_right(first, object_position=False)
        end = victims[-1].last + 1 if victims else first
        if not victims or not all(self._named_one(v) for v in victims):
            return False
        if end < len(items) and items[end].text not in FIELD_MARKS:
            return False
        self.frames.append(Frame(outcome, word, label, victims))
        return True
