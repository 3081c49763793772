"""Claims, casualty tallies and named casualties, each tied to the sentence it came from.

Every row belongs to one document: an article's body (``comment_id`` NULL) or one reader
comment.  ``char_start``/``char_end`` are character offsets into that document's text, and
``extractor_version`` says which extractor produced the row.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class _Provenance:
    """Columns that place a row in its document and sentence."""

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    document: Mapped[str] = mapped_column(String(16))  # "body" or "comment"
    sentence: Mapped[str] = mapped_column(Text)
    sentence_index: Mapped[int] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(32))
    extracted_at: Mapped[datetime] = mapped_column(default=utcnow)


class _Window:
    """The days a figure or a claim covers, both ends inclusive (start NULL: open to the past)."""

    window_start: Mapped[date | None] = mapped_column(Date)
    window_end: Mapped[date | None] = mapped_column(Date)
    window_precision: Mapped[str | None] = mapped_column(String(16))
    window_phrase: Mapped[str | None] = mapped_column(Text)


class Claim(_Provenance, _Window, Base):
    """Who says what, and how firmly; the tallies it carries point back to it."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_article_id", "article_id"),
        Index("ix_claims_comment_id", "comment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant: Mapped[str] = mapped_column(Text)
    claimant_kind: Mapped[str] = mapped_column(String(16))
    stance: Mapped[str] = mapped_column(String(16))
    verb: Mapped[str | None] = mapped_column(Text)
    hedge: Mapped[str | None] = mapped_column(Text)
    cites: Mapped[str | None] = mapped_column(Text)


class Tally(_Provenance, _Window, Base):
    """One casualty figure."""

    __tablename__ = "tallies"
    __table_args__ = (
        Index("ix_tallies_article_id", "article_id"),
        Index("ix_tallies_comment_id", "comment_id"),
        Index("ix_tallies_outcome_window_end", "outcome", "window_end"),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    count: Mapped[int] = mapped_column(Integer)
    count_max: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    outcome_word: Mapped[str | None] = mapped_column(Text)
    group_name: Mapped[str | None] = mapped_column(Text)
    nationality: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    cause: Mapped[str | None] = mapped_column(Text)
    cumulative: Mapped[bool] = mapped_column(Boolean, default=False)
    hedge: Mapped[str | None] = mapped_column(Text)
    # What kind of event the figure belongs to (conflict, crime, disaster, disease, accident,
    # other) and the words that decided it: crawler.extract.events.
    event: Mapped[str] = mapped_column(String(16), default="conflict", server_default="conflict")
    event_evidence: Mapped[str | None] = mapped_column(Text)
    # What the figure is within its document (toll, running_total, restatement, subset,
    # background): crawler.extract.figures.
    figure: Mapped[str] = mapped_column(String(16), default="toll", server_default="toll")
    window_assumed: Mapped[bool] = mapped_column(Boolean, default=False)
    subset_of_id: Mapped[int | None] = mapped_column(ForeignKey("tallies.id", ondelete="SET NULL"))
    restates_id: Mapped[int | None] = mapped_column(ForeignKey("tallies.id", ondelete="SET NULL"))


class NamedCasualty(_Provenance, Base):
    """A person named as killed, wounded, captured or missing."""

    __tablename__ = "named_casualties"
    __table_args__ = (
        Index("ix_named_casualties_article_id", "article_id"),
        Index("ix_named_casualties_comment_id", "comment_id"),
        Index("ix_named_casualties_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))
    hedge: Mapped[str | None] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True, comment="The person this report names."
    )
