"""Crawl runs and what the crawler remembers between runs to fetch only what changed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class CrawlRun(Base):
    """One run of one spider over one site (or ad-hoc URLs), written as the run goes."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    site: Mapped[str | None] = mapped_column(String(255), index=True)  # the sites-file name; NULL: ad hoc
    spider: Mapped[str] = mapped_column(String(64))
    worker: Mapped[str] = mapped_column(String(255))  # host:pid of the process that ran it
    status: Mapped[str] = mapped_column(String(16), default="running")  # running, finished, failed, killed
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    finish_reason: Mapped[str | None] = mapped_column(Text)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)  # responses received (a 304 counts)
    not_modified: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    comments_new: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    # documents (bodies, comments) stored with an extractor that raised; `casualties extract` retries them
    extraction_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    errors_by_kind: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # arguments the run was started with


class UrlState(Base):
    """The validators and content hash of a URL as last fetched, for conditional requests."""

    __tablename__ = "url_states"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # "article", "feed", "sitemap", "listing", "comment-feed"
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))  # as the server sent it
    content_hash: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[int | None] = mapped_column(Integer)
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), index=True)
