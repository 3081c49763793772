"""One document in, everything extracted from it out: the single entry point of ``extract``.

The steps, in order: digits made ASCII (offsets unchanged), sentences, casualty tallies (each
given its event class; figures that are no event dropped, see ``events``), the time
window of each tally, restatements marked, attributed claims with the tallies they make, and the
people named as casualties.  Only English prose is read for tallies, claims and people; other
languages get their sentences only.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from crawler.extract.claims import attach_tallies, find_claims
from crawler.extract.events import classify_tallies
from crawler.extract.figures import mark_figures
from crawler.extract.numbers import normalize_digits
from crawler.extract.people import find_named_casualties
from crawler.extract.records import Claim, DocumentKind, EventClass, Extraction, Sentence, StageFailure, Tally
from crawler.extract.restatements import mark_restatements
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import attach_windows, find_tallies
from crawler.extract.windows import TimePhrase, find_time_phrases

EXTRACTOR_VERSION = "0.6.21"

logger = logging.getLogger(__name__)
_T = TypeVar("_T")


def extract_document(
    text: str, published: date | None, language: str = "en", kind: DocumentKind = "body", title: str | None = None
) -> Extraction:
    """Sentences, tallies, claims and named casualties of one article body or one comment;
    ``title`` (the article's) is read as context for the event class of each tally.

    An extractor that raises leaves its own field empty and is recorded in ``failures``; the
    other stages still run, so one bad sentence never costs the document (nor its page)."""
    extraction = Extraction(version=EXTRACTOR_VERSION)
    stage = _Stages(extraction)
    text = stage.run("sentences", normalize_digits, text, default=text)
    sentences = extraction.sentences = stage.run("sentences", split_sentences, text, default=[])
    if not language.lower().startswith("en") or not sentences:
        return extraction
    tallies: list[Tally] = stage.run("tallies", find_tallies, text, sentences, default=[])
    tallies = stage.run("events", classify_tallies, text, sentences, tallies, title, kind, default=tallies)
    if tallies:
        windows: list[TimePhrase] = stage.run("windows", find_time_phrases, text, published, default=[])
        stage.run("windows", attach_windows, text, tallies, sentences, windows, published, default=None)
        stage.run("restatements", mark_restatements, tallies, sentences, default=None)
        stage.run("figures", mark_figures, tallies, default=None)
    extraction.tallies = tallies
    extraction.claims = stage.run("claims", _claims, text, sentences, kind, published, tallies, default=[])
    extraction.people = stage.run("people", find_named_casualties, text, sentences, default=[])
    return extraction


def _claims(
    text: str, sentences: list[Sentence], kind: DocumentKind, published: date | None, tallies: list[Tally]
) -> list[Claim]:
    return attach_tallies(find_claims(text, sentences, kind, published), tallies, kind)


class _Stages:
    """Runs each extractor of one document, recording instead of raising what goes wrong."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction

    def run(self, name: str, step: Callable[..., _T], *args: Any, default: _T) -> _T:
        try:
            return step(*args)
        except Exception as error:
            self.extraction.failures.append(StageFailure(name, describe(error)))
            logger.warning("extraction stage %s failed: %s", name, describe(error))
            return default


def describe(error: BaseException) -> str:
    """The exception's type and message, and the innermost line of this project that raised it."""
    where = ""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if "/crawler/" in frame.filename.replace("\\", "/"):
            where = f" (at {Path(frame.filename).name}:{frame.lineno})"
            break
    message = str(error)[:300]
    return f"{type(error).__name__}: {message}{where}" if message else f"{type(error).__name__}{where}"


# text, publication day, language, kind, and optionally the article's title
Document = tuple[str, date | None, str, DocumentKind] | tuple[str, date | None, str, DocumentKind, str | None]


def extract_documents(documents: Sequence[Document]) -> list[Extraction]:
    """``extract_document`` of each, in order: one call for many, as a worker process is sent (an
    article's body, then its readers' comments, whose figures may restate the body's:
    ``readers_restating``)."""
    found = [extract_document(*document) for document in documents]
    if documents and documents[0][3] == "body":
        readers_restating(found[0], [one for document, one in zip(documents, found, strict=True) if document[3] == "comment"])
    return found


def readers_restating(body: Extraction, comments: Sequence[Extraction]) -> None:
    """Give a reader's figure that no word around it places (class ``other``: "46 dead is on the
    government.", "Eight dead for a concert.") the class of the article body's figure it repeats,
    the same count of the same outcome: a reader restating the article's toll speaks of its event.
    A figure the body gives under two classes, or only as ``other``, stays as it is."""
    classes: dict[tuple[int, str], set[EventClass]] = {}
    for tally in body.tallies:
        classes.setdefault((tally.top, tally.outcome), set()).add(tally.event)
    for comment in comments:
        for tally in comment.tallies:
            found = classes.get((tally.top, tally.outcome), set())
            if tally.event == "other" and len(found) == 1 and "other" not in found:
                tally.event = next(iter(found))
                tally.event_evidence = "article: the same figure"
