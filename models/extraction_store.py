"""Writing one document's extraction: its previous claims, tallies and named casualties are
replaced in the caller's transaction, so a reader never sees a half-replaced document."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from crawler.extract.records import Extraction, TimeWindow
from models.articles import Article, Comment
from models.extraction import Claim, NamedCasualty, Tally
from models.people import link_named_casualties


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
    document = "body" if comment_id is None else "comment"
    for model in (Tally, Claim, NamedCasualty):
        owner = model.comment_id.is_(None) if comment_id is None else model.comment_id == comment_id
        session.execute(delete(model).where(model.article_id == article_id, owner))

    def provenance(sentence: int, start: int, end: int) -> dict[str, Any]:
        return {
            "article_id": article_id,
            "comment_id": comment_id,
            "document": document,
            "sentence": extraction.sentences[sentence].text if sentence < len(extraction.sentences) else "",
            "sentence_index": sentence,
            "char_start": start,
            "char_end": end,
            "extractor_version": extraction.version,
        }

    claim_ids: list[int] = []
    if extraction.claims:
        rows = [
            provenance(c.sentence, c.start, c.end)
            | _window(c.window)
            | {"claimant": c.claimant, "claimant_kind": c.claimant_kind, "stance": c.stance, "verb": c.verb,
               "hedge": c.hedge, "cites": c.cites}
            for c in extraction.claims
        ]
        claim_ids = list(session.scalars(insert(Claim).returning(Claim.id, sort_by_parameter_order=True), rows))
    claim_of = {t: claim_ids[i] for i, claim in enumerate(extraction.claims) for t in claim.tallies}

    if extraction.tallies:
        rows = [
            provenance(t.sentence, t.start, t.end)
            | _window(t.window)
            | {"claim_id": claim_of.get(i), "count": t.count, "count_max": t.count_max, "qualifier": t.qualifier,
               "outcome": t.outcome, "outcome_word": t.outcome_word, "group_name": t.group,
               "nationality": t.nationality, "role": t.role, "place": t.place, "cause": t.cause,
               "cumulative": t.cumulative, "hedge": t.hedge,
               "window_assumed": bool(t.window and t.window.assumed)}
            for i, t in enumerate(extraction.tallies)
        ]
        tally_ids = list(session.scalars(insert(Tally).returning(Tally.id, sort_by_parameter_order=True), rows))
        links = [
            {"id": tally_ids[i], "subset_of_id": _at(tally_ids, t.subset_of), "restates_id": _at(tally_ids, t.restates)}
            for i, t in enumerate(extraction.tallies)
            if t.subset_of is not None or t.restates is not None
        ]
        if links:
            session.execute(update(Tally), links)

    if extraction.people:
        session.execute(
            insert(NamedCasualty),
            [
                provenance(p.sentence, p.start, p.end)
                | {"name": p.name, "title": p.title, "affiliation": p.affiliation, "outcome": p.outcome, "hedge": p.hedge}
                for p in extraction.people
            ],
        )
        link_named_casualties(session, article_id, comment_id)  # one person however many reports name them

    owner_model = Article if comment_id is None else Comment
    owner_id = article_id if comment_id is None else comment_id
    session.execute(update(owner_model).where(owner_model.id == owner_id).values(extractor_version=extraction.version))


def _at(ids: list[int], index: int | None) -> int | None:
    return ids[index] if index is not None and 0 <= index < len(ids) else None
