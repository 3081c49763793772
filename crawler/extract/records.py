"""The dataclasses that text extraction hands to the rest of the crawler.

Character offsets (``start``, ``end``) always index the whole document text that was passed to
the extractor, so ``text[start:end]`` is the evidence.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

Outcome = Literal["killed", "wounded", "captured", "missing"]
Qualifier = Literal["exact", "at_least", "more_than", "up_to", "less_than", "about", "vague"]
Stance = Literal["asserts", "confirms", "denies", "reports", "rumour"]
Precision = Literal["day", "days", "week", "weekend", "month", "part_of_month", "year", "open"]
DocumentKind = Literal["body", "comment"]
# What kind of event a tally belongs to: armed conflict and political violence, or not (``events``).
EventClass = Literal["conflict", "crime", "disaster", "disease", "accident", "other"]
# What a figure is within its document (``figures``): only the ``toll`` figures add up to the toll of
# the document's own event.
Figure = Literal["toll", "running_total", "restatement", "subset", "background"]
ClaimantKind = Literal["outlet", "official", "organization", "media", "reports", "reader", "unattributed"]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """The span of days a figure covers, both ends inclusive."""

    start: date | None  # None: open to the past ("before October 2015")
    end: date
    precision: Precision
    phrase: str | None = None  # the words it was read from; None when none were given
    assumed: bool = False  # True: no words, the publication day was taken


@dataclass(slots=True)
class Tally:
    """One casualty figure: how many, what happened to them, who, when, where."""

    count: int
    outcome: Outcome
    qualifier: Qualifier = "exact"
    count_max: int | None = None  # upper bound of a range ("10 to 15")
    group: str | None = None  # who, as one label: "Iranian fighters"
    nationality: str | None = None  # or affiliation: "Iranian", "Hezbollah"
    role: str | None = None  # "fighters", "commanders", "civilians", "children"
    place: str | None = None
    cause: str | None = None
    cumulative: bool = False  # a running total ("brought the total to 71 since October 7")
    # no part of the event's own toll, though not a running total: another incident's figure, or the armed men a
    # strike report counts apart from the civilians it killed (``other_incidents``, ``restatements``)
    apart: bool = False
    subset_of: int | None = None  # index (in Extraction.tallies) of the tally this one is part of
    restates: int | None = None  # index of an earlier tally that already counts these people
    hedge: str | None = None  # "apparently", "reportedly", "unconfirmed", ...
    outcome_word: str | None = None  # the word that gave the outcome ("buried", "martyred")
    event: EventClass = "conflict"  # what kind of event the figure belongs to (``events``)
    event_evidence: str | None = None  # the words that decided it: "near: airstrike; title: militants"
    figure: Figure = "toll"  # what the figure is within its document (``figures``)
    window: TimeWindow | None = None
    sentence: int = 0  # index into Extraction.sentences
    start: int = 0
    end: int = 0

    @property
    def top(self) -> int:
        """The figure's highest count: the top of its range, or its count."""
        return max(self.count, self.count_max or 0)

    @property
    def outside_the_sum(self) -> bool:
        """Whether the figure is left out of adding up the event's new casualties: a running total
        or a figure ``apart`` from the event."""
        return self.cumulative or self.apart


def without_tallies(tallies: list[Tally], dropped: Collection[int]) -> list[Tally]:
    """``tallies`` but the ``dropped`` ones and the parts of those (a subset goes with the figure it
    is part of), with ``subset_of`` and ``restates`` renumbered to the new positions; a figure that
    restated a dropped one restates none."""
    gone = set(dropped)
    grew = bool(gone)
    while grew:  # parts of parts, wherever in the list they are
        grew = False
        for i, tally in enumerate(tallies):
            if i not in gone and tally.subset_of in gone:
                gone.add(i)
                grew = True
    if not gone:
        return tallies
    position = {old: new for new, old in enumerate(i for i in range(len(tallies)) if i not in gone)}
    return [
        replace(
            tally,
            subset_of=None if tally.subset_of is None else position[tally.subset_of],
            restates=None if tally.restates is None else position.get(tally.restates),
        )
        for i, tally in enumerate(tallies)
        if i not in gone
    ]


@dataclass(slots=True)
class Claim:
    """An attributed statement: who says what, and how firmly."""

    claimant: str  # "Iranian outlets", "Revolutionary Guards", "the outlet", "a reader"
    claimant_kind: ClaimantKind
    stance: Stance
    verb: str | None = None  # "confirmed", "claimed", "tried to refute", "reportedly"
    hedge: str | None = None
    sentence: int = 0
    start: int = 0
    end: int = 0
    tallies: list[int] = field(default_factory=list)  # indexes into Extraction.tallies
    window: TimeWindow | None = None  # when the claim was made or is about, where stated
    cites: str | None = None  # whom the claimant relays ("citing a military source", "Reports state")


@dataclass(slots=True)
class NamedCasualty:
    """A person named as killed, wounded, captured or missing."""

    name: str  # "Abdolreza Majiri"
    outcome: Outcome
    title: str | None = None  # rank or office: "Brigadier General"
    affiliation: str | None = None  # "Iranian", "Islamic State"
    hedge: str | None = None
    sentence: int = 0
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class StageFailure:
    """An extractor that raised on a document: its field was left empty, the rest was kept."""

    stage: str  # "sentences", "tallies", "windows", "restatements", "claims", "people"
    error: str  # the exception's type and message, and where it was raised

    def __str__(self) -> str:
        return f"{self.stage}: {self.error}"


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document (an article body or one comment)."""

    sentences: list[Sentence] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    people: list[NamedCasualty] = field(default_factory=list)
    version: str = ""
    failures: list[StageFailure] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        """The failures as one line, as stored with the document; None when every stage ran."""
        return "; ".join(map(str, self.failures)) or None
