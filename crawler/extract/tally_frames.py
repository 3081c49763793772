"""What the readers of ``tallies`` share: the frame of one outcome word and its people, what
earlier sentences said, and the reader of one sentence that collects frames.

Each construction is read by a class of its own module, all of them subclasses of ``FrameReader``; the
reader of ``tallies`` inherits them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.extract.outcomes import NOT_CASUALTY_AFTER, NOT_CASUALTY_BEFORE
from crawler.extract.phrases import Item
from crawler.extract.records import Outcome, Sentence, Tally
from crawler.extract.victims import People, Victim

# Words more than one reader looks for.
HAVE = frozenset({"has", "have", "had", "having"})
FIELD_MARKS = frozenset({".", ",", ";", "(", ")", "|"})  # what closes a field of a list or fact box


@dataclass(slots=True)
class Frame:
    """One outcome word of a sentence and the people it is about."""

    outcome: Outcome
    word: str
    trigger: tuple[int, int]  # item indexes, inclusive
    victims: list[Victim] = field(default_factory=list)
    cumulative: bool = False
    group_from: tuple[int, int] | None = None  # items that say who, when not the victims' own
    of_the_dead: bool = False  # "three of the dead were policemen": a part of the figure before, whoever
    whole_of_parts: bool = False  # "...; in total 17 were killed" after its parts: the event's own, not a running total
    group_words: str | None = None  # who, told in a sentence before: "He" after "The gunman killed five." is the attacker


@dataclass(slots=True)
class Context:
    """What earlier sentences said: for "casualties" totals and for who the people were."""

    last_outcome: Outcome | None = None
    mention_nationality: str | None = None  # of the latest people named with a nationality
    mention_role: str | None = None
    mention_sentence: int = -10


class FrameReader(People):
    """A sentence's people, the frames found in it so far, and the tallies of the text before."""

    # The people on the left of an outcome word (``tallies``), where readers of a construction
    # hand theirs: "three were taken to hospital", "two soldiers fell in battle".
    _left: Callable[[Outcome, str, int, int], None]

    def __init__(
        self, text: str, sentence: Sentence, items: list[Item], tallies: list[Tally], context: Context
    ) -> None:
        super().__init__(text, sentence, items)
        self.tallies = tallies
        self.context = context
        self.used: dict[int, int] = {}  # item index -> index of the tally that counted it
        self.frames: list[Frame] = []

    def _not_casualty(self, i: int, word: str) -> bool:
        """ "death sentence", "sentenced to death", "Dead Sea": the word is no casualty here."""
        items = self.items
        after = items[i + 1].low if i + 1 < len(items) else ""
        before = items[i - 1].low if i > 0 else ""
        return after in NOT_CASUALTY_AFTER.get(word, ()) or before in NOT_CASUALTY_BEFORE
