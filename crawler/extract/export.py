"""Extraction records as JSON-ready dictionaries (dates as ISO strings)."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any

from crawler.extract.document import extract_document
from crawler.extract.records import Claim, DocumentKind, Extraction, Tally, TimeWindow

# (speed) the fields' names, read once: a window's and a tally's fields are plain values (dates made
# ISO strings) but the tally's window, so they are read directly (``asdict`` copies deeply)
_WINDOW_FIELDS = tuple(f.name for f in fields(TimeWindow))
_TALLY_FIELDS = tuple(f.name for f in fields(Tally) if f.name != "window")


def window_to_dict(window: TimeWindow | None) -> dict[str, Any] | None:
    if window is None:
        return None
    return {name: _plain(getattr(window, name)) for name in _WINDOW_FIELDS}


def tally_to_dict(tally: Tally) -> dict[str, Any]:
    data = {name: getattr(tally, name) for name in _TALLY_FIELDS}
    data["window"] = window_to_dict(tally.window)
    return data


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    data = {key: _plain(value) for key, value in asdict(claim).items() if key != "window"}
    data["window"] = window_to_dict(claim.window)
    return data


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    return {
        "version": extraction.version,
        "sentences": [asdict(sentence) for sentence in extraction.sentences],
        "tallies": [tally_to_dict(tally) for tally in extraction.tallies],
        "claims": [claim_to_dict(claim) for claim in extraction.claims],
        "people": [asdict(person) for person in extraction.people],
    }


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def event_tallies_json(
    text: str, pub_date: str | None, language: str = "en", title: str | None = None, kind: DocumentKind = "body"
) -> list[dict[str, Any]]:
    """Every figure of a text as JSON, sentence by sentence as stored (``subset_of`` and
    ``restates`` index this list), each with its ``event`` class and its ``figure`` (see
    ``crawler.extract.figures``).  Every figure but a ``toll`` is flagged ``cumulative``, so
    that summing the non-cumulative counts gives the toll of the text's own event.  A figure given
    as a range counts at its top (see ``toll_to_dict``); ``kind`` "comment" reads the text as a
    reader's comment."""
    published = date.fromisoformat(pub_date[:10]) if pub_date else None
    found = extract_document(text, published, language, kind, title)
    figures = []
    for tally in found.tallies:
        data = toll_to_dict(tally)
        data["cumulative"] = tally.figure != "toll"
        figures.append(data)
    return figures


def toll_to_dict(tally: Tally) -> dict[str, Any]:
    """One figure of an event's toll, its ``count`` the top of its range.

    "Killing between 12 and 19 civilians", "the first report said 6 ... later reports put the toll
    at 9": the lower figures are the dead counted before the rest were found or confirmed, so the
    toll of the event is the highest; the lower end stays as ``count_low``."""
    data = tally_to_dict(tally)
    if tally.count_max is not None and tally.count_max > tally.count:
        data["count_low"], data["count"] = tally.count, tally.count_max
    return data
