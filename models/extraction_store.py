"""Writing documents' extractions: their previous claims, tallies and named casualties are
replaced in the caller's transaction, so a reader never sees a half-replaced document.  All the
documents of an article go in one batch: a thread of hundreds of comments costs a handful of
statements, not a handful per comment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, insert, or_, update
from sqlalchemy.orm import Session

from crawler.extract.records import Extraction, TimeWindow
from models.articles import Article, Comment
from models.base import table_of
from models.findings import Claim, NamedCasualty, Tally
from models.persons import link_named_casualties

# Built once and run with parameters, on the tables (see ``models.store``).
_ARTICLES, _COMMENTS, _TALLIES = map(table_of, (Article, Comment, Tally))
_LINK_TALLY = (
    update(_TALLIES)
    .where(_TALLIES.c.id == bindparam("row"))
    .values(subset_of_id=bindparam("subset"), restates_id=bindparam("restates"))
)
_BODY_READ_BY = (
    update(_ARTICLES)
    .where(_ARTICLES.c.id == bindparam("article"))
    .values(extractor_version=bindparam("version"), extraction_error=bindparam("error"))
)
_COMMENTS_READ_BY = (
    update(_COMMENTS)
    .where(_COMMENTS.c.id.in_(bindparam("ids", expanding=True)))
    .values(extractor_version=bindparam("version"), extraction_error=bindparam("error"))
)


def _window(window: TimeWindow | None) -> dict[str, Any]:
    if window is None:
        return {"window_start": None, "window_end": None, "window_precision": None, "window_phrase": None}
    return {
        "window_start": window.start,
        "window_end": window.end,
        "window_precision": window.precision,
        "window_phrase": window.phrase,
    }


def replace_extraction(session: Session, article_id: int, comment_id: int | None, extraction: Extraction) -> None:
    """Replace what is stored for one document (the body when ``comment_id`` is None)."""
    replace_extractions(session, article_id, [(comment_id, extraction)])


def replace_extractions(
    session: Session, article_id: int, documents: Sequence[tuple[int | None, Extraction]], stored_before: bool = True
) -> None:
    """Replace what is stored for several documents of one article (``comment_id`` None: the
    body), with a few statements for all of them rather than a few for each.  ``stored_before``
    False (an article just created) skips looking for earlier rows to delete."""
    if not documents:
        return
    if stored_before:
        _delete_previous(session, article_id, [comment_id for comment_id, _ in documents])
    claim_rows: list[dict[str, Any]] = []
    tally_rows: list[dict[str, Any]] = []
    people_rows: list[dict[str, Any]] = []
    for comment_id, extraction in documents:
        provenance = _Provenance(article_id, comment_id, extraction)
        claim_rows += [
            provenance.of(c.sentence, c.start, c.end)
            | _window(c.window)
            | {"claimant": c.claimant, "claimant_kind": c.claimant_kind, "stance": c.stance, "verb": c.verb,
               "hedge": c.hedge, "cites": c.cites}
            for c in extraction.claims
        ]  # fmt: skip
        people_rows += [
            provenance.of(p.sentence, p.start, p.end)
            | {"name": p.name, "title": p.title, "affiliation": p.affiliation, "outcome": p.outcome, "hedge": p.hedge}
            for p in extraction.people
        ]
    claim_ids = _insert_returning_ids(session, Claim, claim_rows)

    links: list[tuple[int, int | None, int | None]] = []  # (row of tally_rows, subset of, restates)
    claims_before = 0
    for comment_id, extraction in documents:
        provenance = _Provenance(article_id, comment_id, extraction)
        claim_of = {t: claim_ids[claims_before + i] for i, claim in enumerate(extraction.claims) for t in claim.tallies}
        claims_before += len(extraction.claims)
        first = len(tally_rows)
        for i, t in enumerate(extraction.tallies):
            tally_rows.append(
                provenance.of(t.sentence, t.start, t.end)
                | _window(t.window)
                | {"claim_id": claim_of.get(i), "count": t.count, "count_max": t.count_max, "qualifier": t.qualifier,
                   "outcome": t.outcome, "outcome_word": t.outcome_word, "group_name": t.group,
                   "nationality": t.nationality, "role": t.role, "place": t.place, "cause": t.cause,
                   "cumulative": t.cumulative, "hedge": t.hedge, "event": t.event, "event_evidence": t.event_evidence,
                   "figure": t.figure,
                   "window_assumed": bool(t.window and t.window.assumed)}
            )  # fmt: skip
            if t.subset_of is not None or t.restates is not None:
                links.append((first + i, _offset(first, t.subset_of, extraction), _offset(first, t.restates, extraction)))
    tally_ids = _insert_returning_ids(session, Tally, tally_rows)
    if links:  # one executemany
        session.execute(
            _LINK_TALLY,
            [{"row": tally_ids[row], "subset": _at(tally_ids, subset), "restates": _at(tally_ids, restates)}
             for row, subset, restates in links],
        )  # fmt: skip

    if people_rows:
        session.execute(insert(table_of(NamedCasualty)), people_rows)
        for comment_id in dict.fromkeys(row["comment_id"] for row in people_rows):
            link_named_casualties(session, article_id, comment_id)  # one person however many reports name them
    _mark_read(session, article_id, documents)


@dataclass(frozen=True, slots=True)
class _Provenance:
    """Where each row of one document comes from."""

    article_id: int
    comment_id: int | None
    extraction: Extraction

    def of(self, sentence: int, start: int, end: int) -> dict[str, Any]:
        sentences = self.extraction.sentences
        return {
            "article_id": self.article_id,
            "comment_id": self.comment_id,
            "document": "body" if self.comment_id is None else "comment",
            "sentence": sentences[sentence].text if sentence < len(sentences) else "",
            "sentence_index": sentence,
            "char_start": start,
            "char_end": end,
            "extractor_version": self.extraction.version,
        }


def _delete_previous(session: Session, article_id: int, owners: list[int | None]) -> None:
    comment_ids = [owner for owner in owners if owner is not None]
    for model in (Tally, Claim, NamedCasualty):
        conditions = []
        if None in owners:
            conditions.append(model.comment_id.is_(None))
        if comment_ids:
            conditions.append(model.comment_id.in_(comment_ids))
        statement = delete(model).where(model.article_id == article_id, or_(*conditions))
        session.execute(statement.execution_options(synchronize_session=False))


def _insert_returning_ids(session: Session, model: type[Claim] | type[Tally], rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their ids in the same order.  Into the table, not the ORM
    entity: a plain executemany, without the ORM's bookkeeping for each row."""
    if not rows:
        return []
    return list(session.scalars(_insert_returning(model), rows))


@cache
def _insert_returning(model: type[Claim] | type[Tally]) -> Any:
    table = table_of(model)
    return insert(table).returning(table.c.id, sort_by_parameter_order=True)


def _mark_read(session: Session, article_id: int, documents: Sequence[tuple[int | None, Extraction]]) -> None:
    """Record which extractor version read each document, and which of its extractors raised."""
    by_outcome: dict[tuple[str, str | None], list[int]] = {}
    for comment_id, extraction in documents:
        if comment_id is None:
            session.execute(
                _BODY_READ_BY, {"article": article_id, "version": extraction.version, "error": extraction.error}
            )
        else:
            by_outcome.setdefault((extraction.version, extraction.error), []).append(comment_id)
    for (version, error), comment_ids in by_outcome.items():
        session.execute(_COMMENTS_READ_BY, {"ids": comment_ids, "version": version, "error": error})


def _offset(first: int, index: int | None, extraction: Extraction) -> int | None:
    """A tally's reference to another of its document (an index there) as a row of all documents."""
    return first + index if index is not None and 0 <= index < len(extraction.tallies) else None


def _at(ids: list[int], row: int | None) -> int | None:
    return ids[row] if row is not None else None
