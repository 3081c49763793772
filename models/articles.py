"""Sites, articles, reader comments, and the log of every fetch."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow


class Site(Base):
    """A publisher, identified by its domain."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    domain: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="site")


class Article(Base):
    """One article, identified by its canonical URL; re-fetches update it in place."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    fetched_url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    section: Mapped[str | None] = mapped_column(String(255))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    published_day: Mapped[date | None] = mapped_column(Date, index=True)
    published_raw: Mapped[str | None] = mapped_column(Text)
    published_source: Mapped[str | None] = mapped_column(String(32))
    modified_at: Mapped[datetime | None]
    modified_raw: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    captions: Mapped[list[str]] = mapped_column(JSON, default=list)
    body_method: Mapped[str | None] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64))
    comment_markup: Mapped[str | None] = mapped_column(String(32))
    comment_provider: Mapped[str | None] = mapped_column(String(64))
    comment_thread_id: Mapped[str | None] = mapped_column(Text)
    comment_embed_url: Mapped[str | None] = mapped_column(Text)
    comments_declared: Mapped[int | None] = mapped_column(Integer)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    extractor_version: Mapped[str | None] = mapped_column(String(32))  # of the stored claims/tallies
    extraction_error: Mapped[str | None] = mapped_column(Text)  # the extractors that raised on the body
    listed_lastmod: Mapped[datetime | None]  # the newest lastmod a sitemap or feed gave for it
    comments_checked_at: Mapped[datetime | None]  # when its thread was last looked at
    last_comment_at: Mapped[datetime | None]  # the newest comment seen, to tell a live thread
    # False while a comment page failed on the last read: the next site crawl reads it again.
    thread_complete: Mapped[bool] = mapped_column(default=True, server_default=true())

    site: Mapped[Site] = relationship(back_populates="articles")
    comments: Mapped[list[Comment]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Comment.position"
    )


class Comment(Base):
    """One reader comment, identified within its article by the site's id (or a content hash)."""

    __tablename__ = "comments"
    __table_args__ = (UniqueConstraint("article_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    external_id: Mapped[str] = mapped_column(String(128))
    parent_external_id: Mapped[str | None] = mapped_column(String(128))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="comment")
    author: Mapped[str | None] = mapped_column(Text)
    author_url: Mapped[str | None] = mapped_column(Text)
    posted_at: Mapped[datetime | None]
    posted_raw: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    depth: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    extractor_version: Mapped[str | None] = mapped_column(String(32))  # of the stored claims/tallies
    extraction_error: Mapped[str | None] = mapped_column(Text)  # the extractors that raised on it

    article: Mapped[Article] = relationship(back_populates="comments")
    parent: Mapped[Comment | None] = relationship(remote_side=[id])


class Fetch(Base):
    """Every download attempt: what came back, or why nothing did."""

    __tablename__ = "fetches"
    __table_args__ = (Index("ix_fetches_url_fetched_at", "url", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(String(32), default="article")
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(255))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    error_kind: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), index=True)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True)
