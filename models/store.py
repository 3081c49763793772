"""Writing crawled articles, their comments and the fetch log: idempotent upserts.

An article is keyed on its canonical URL, a comment on (article, the site's comment id), a site
on its domain.  Inserts use the backend's ON CONFLICT so that concurrent writers never store a
row twice.  Callers run each function inside one transaction (``models.db.transaction``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from crawler.extract.records import Extraction
from crawler.items import ArticleExtraction, ArticleItem, CommentItem, FetchItem, UrlValidators
from models.articles import Article, Comment, Fetch, Site
from models.base import Base, fit, fitted, insert_for, utcnow
from models.extraction_store import replace_extractions
from models.runs import UrlState

COMMENT_INSERT_BATCH = 1000  # rows per multi-row INSERT of new comments


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: int
    created: bool  # a new article
    changed: bool  # an existing article whose content changed
    comments_new: int
    comments_changed: int
    comments_total: int
    extraction_failures: int = 0  # documents of the page (body, comments) with an extractor that raised


def _sha256(*parts: str | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def _iso(value: datetime | None) -> str | None:
    """A time as the content hashes take it: ISO 8601 text with its offset."""
    return value.isoformat() if value is not None else None


def _table(model: type[Base]) -> Table:
    """A model's table: the declarative base types it as any ``FromClause``, a mapped class has a
    ``Table``."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def site_domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or "local"


def ensure_site(session: Session, domain: str, name: str | None = None) -> int:
    values = fitted(Site, {"domain": domain, "name": name})
    stmt = insert_for(session, Site).values(**values, created_at=utcnow())
    session.execute(stmt.on_conflict_do_nothing(index_elements=["domain"]))
    site_id = session.scalar(select(Site.id).where(Site.domain == values["domain"]))
    assert site_id is not None
    return site_id


def article_hash(item: ArticleItem) -> str:
    """What makes an article 'changed': its title, dates, authors, body and captions."""
    return _sha256(item.title, _iso(item.published_at), _iso(item.modified_at), "\n".join(item.authors), item.body, "\n".join(item.captions))


def comment_hash(comment: CommentItem) -> str:
    return _sha256(comment.author, comment.author_url, _iso(comment.posted_at), comment.text, comment.parent_id, comment.kind)


def _article_values(item: ArticleItem, site_id: int) -> dict[str, Any]:
    widget = item.comment_widget
    return fitted(Article, {
        "site_id": site_id,
        "url": item.url,
        "fetched_url": item.fetched_url,
        "title": item.title,
        "authors": item.authors,
        "section": item.section,
        "tags": item.tags,
        "language": item.language,
        "description": item.description,
        "published_at": item.published_at,
        "published_day": item.published_day,
        "published_raw": item.published_raw,
        "published_source": item.published_source,
        "modified_at": item.modified_at,
        "modified_raw": item.modified_raw,
        "body": item.body,
        "captions": item.captions,
        "body_method": item.body_method,
        "content_hash": article_hash(item),
        "comment_markup": item.comment_markup,
        "comment_provider": widget.provider if widget else None,
        "comment_thread_id": widget.thread_id if widget else None,
        "comment_embed_url": widget.embed_url if widget else None,
        "comments_declared": item.comments_declared,
    })


def _upsert_article(session: Session, item: ArticleItem, site_id: int) -> tuple[int, bool, bool]:
    """(article id, created, changed)."""
    values = _article_values(item, site_id)
    fetched_at = item.fetched_at
    existing = session.execute(
        select(Article.id, Article.content_hash).where(Article.url == item.url).with_for_update()
    ).first()
    if existing is None:
        stmt = insert_for(session, Article).values(
            **values, first_seen_at=fetched_at, last_fetched_at=fetched_at, last_changed_at=fetched_at
        )
        inserted = session.execute(stmt.on_conflict_do_nothing(index_elements=["url"]).returning(Article.id)).scalar()
        if inserted is not None:
            return inserted, True, False
        # Another writer stored it between our SELECT and INSERT: treat it as an update.
        existing = session.execute(
            select(Article.id, Article.content_hash).where(Article.url == item.url).with_for_update()
        ).one()
    article_id, old_hash = existing
    changed = old_hash != values["content_hash"]
    updates: dict[str, Any] = {"last_fetched_at": fetched_at, "fetched_url": item.fetched_url}
    if changed:
        updates |= values | {"last_changed_at": fetched_at}
    else:
        # Thread metadata may move without the article changing.
        updates |= {k: values[k] for k in ("comment_markup", "comment_provider", "comment_thread_id", "comment_embed_url", "comments_declared")}
    session.execute(update(Article).where(Article.id == article_id).values(**updates))
    return article_id, False, changed


def _comment_values(comment: CommentItem, article_id: int) -> dict[str, Any]:
    return fitted(Comment, {
        "article_id": article_id,
        "external_id": comment.id,
        "parent_external_id": comment.parent_id,
        "kind": comment.kind,
        "author": comment.author,
        "author_url": comment.author_url,
        "posted_at": comment.posted_at,
        "posted_raw": comment.posted_raw,
        "text": comment.text,
        "depth": comment.depth,
        "position": comment.position,
        "content_hash": comment_hash(comment),
    })


def _upsert_comments(
    session: Session, article_id: int, comments: list[CommentItem], seen_at: datetime
) -> tuple[int, set[str]]:
    """Insert new comments, update edited ones, never delete; then link parents.

    Returns how many were inserted, and the ids of the comments inserted or edited."""
    stored = {
        external_id: (comment_id, content_hash, position, depth)
        for external_id, comment_id, content_hash, position, depth in session.execute(
            select(Comment.external_id, Comment.id, Comment.content_hash, Comment.position, Comment.depth).where(
                Comment.article_id == article_id
            )
        )
    }
    new_rows: list[dict[str, Any]] = []
    touched: set[str] = set()
    for comment in comments:
        values = _comment_values(comment, article_id)
        known = stored.get(values["external_id"])
        if known is None:
            new_rows.append(values | {"first_seen_at": seen_at, "updated_at": seen_at})
            touched.add(comment.id)
        elif known[1] != values["content_hash"]:
            touched.add(comment.id)
            session.execute(update(Comment).where(Comment.id == known[0]).values(**values, updated_at=seen_at))
        elif (known[2], known[3]) != (comment.position, comment.depth):
            session.execute(update(Comment).where(Comment.id == known[0]).values(position=comment.position, depth=comment.depth))
    # In slices: one statement carries at most 65,535 parameters (PostgreSQL's protocol).
    for start in range(0, len(new_rows), COMMENT_INSERT_BATCH):
        # The rows as parameters (executemany), not VALUES in the statement: compiled once, cached.
        # No RETURNING: with ON CONFLICT it would cost one statement per row.  The table, not the
        # ORM entity: a plain executemany, without the ORM's bookkeeping for each row.
        stmt = insert_for(session, _table(Comment)).on_conflict_do_nothing(index_elements=["article_id", "external_id"])
        session.execute(stmt, new_rows[start : start + COMMENT_INSERT_BATCH])
    stored_now = _link_parents(session, article_id)
    return stored_now - len(stored), touched


def _link_parents(session: Session, article_id: int) -> int:
    """Point each reply at its parent row once both are stored (they may arrive in either order);
    returns how many comments the article has."""
    ids = dict(
        session.execute(select(Comment.external_id, Comment.id).where(Comment.article_id == article_id)).all()
    )
    pending = session.execute(
        select(Comment.id, Comment.parent_external_id).where(
            Comment.article_id == article_id, Comment.parent_external_id.is_not(None), Comment.parent_id.is_(None)
        )
    ).all()
    links = [
        {"row": comment_id, "parent": parent_id}
        for comment_id, parent_external_id in pending
        if parent_external_id is not None
        and (parent_id := ids.get(parent_external_id)) is not None
        and parent_id != comment_id
    ]
    if links:  # one executemany on the table
        table = _table(Comment)
        statement = update(table).where(table.c.id == bindparam("row")).values(parent_id=bindparam("parent"))
        session.execute(statement, links)
    return len(ids)


def save_article(session: Session, item: ArticleItem) -> SaveResult:
    """Store one article with its comments and their extraction; re-saving the same page changes
    nothing."""
    site_id = ensure_site(session, site_domain(item.url), item.site or item.site_name)
    article_id, created, changed = _upsert_article(session, item, site_id)
    new, touched = _upsert_comments(session, article_id, item.comments, item.fetched_at)
    if item.extraction is not None:
        _store_extraction(
            session, article_id, item.extraction, created=created, body_changed=created or changed, comments_changed=touched
        )
    total = session.scalar(select(func.count()).select_from(Comment).where(Comment.article_id == article_id))
    newest = session.scalar(select(func.max(Comment.posted_at)).where(Comment.article_id == article_id))
    session.execute(
        update(Article)
        .where(Article.id == article_id)
        .values(comments_checked_at=item.fetched_at, last_comment_at=newest, thread_complete=item.thread_complete)
    )
    remember_validators(session, item.validators, article_id)
    session.execute(
        update(Fetch)
        .where(Fetch.url.in_([item.fetched_url, *item.comment_pages]), Fetch.article_id.is_(None))
        .values(article_id=article_id)
    )
    failures = 0
    if item.extraction is not None:
        failures = sum(1 for found in (item.extraction.body, *item.extraction.comments.values()) if found.failures)
    return SaveResult(article_id, created, changed, new, len(touched) - new, int(total or 0), failures)


def _store_extraction(
    session: Session,
    article_id: int,
    extraction: ArticleExtraction,
    created: bool,
    body_changed: bool,
    comments_changed: set[str],
) -> None:
    """Write the extraction of documents that are new, edited, or read by another extractor version."""
    documents: list[tuple[int | None, Extraction]] = []
    body_read = session.execute(
        select(Article.extractor_version, Article.extraction_error).where(Article.id == article_id)
    ).one()
    if body_changed or _read_again(body_read, extraction.body):
        documents.append((None, extraction.body))
    stored = session.execute(
        select(Comment.external_id, Comment.id, Comment.extractor_version, Comment.extraction_error).where(
            Comment.article_id == article_id
        )
    ).all()
    read = {_stored_id(key): found for key, found in extraction.comments.items()}
    changed = {_stored_id(key) for key in comments_changed}
    for external_id, comment_id, version, error in stored:
        found = read.get(external_id)
        if found is not None and (external_id in changed or _read_again((version, error), found)):
            documents.append((comment_id, found))
    replace_extractions(session, article_id, documents, stored_before=not created)


def _stored_id(comment_id: str) -> str:
    """A comment's id as its row keeps it (cut to the column, see ``models.base.fit``)."""
    return str(fit(Comment, "external_id", comment_id))


def _read_again(stored: tuple[str | None, str | None], extraction: Extraction) -> bool:
    """Whether an unchanged document's stored extraction gives way to this one: it was read by
    another extractor version, or this reading went better than the stored one, which failed."""
    version, error = stored
    return version != extraction.version or (error is not None and extraction.error is None)


def record_fetch(session: Session, record: FetchItem, run_id: int | None = None) -> None:
    values = {
        "run_id": run_id,
        "url": record.url,
        "purpose": record.purpose,
        "fetched_at": record.fetched_at,
        "status": record.status,
        "bytes": record.bytes,
        "content_type": record.content_type,
        "content_hash": record.content_hash,
        "error_kind": record.error_kind,
        "error": record.error,
    }
    session.add(Fetch(**fitted(Fetch, values)))


def remember_validators(session: Session, found: list[UrlValidators], article_id: int | None = None) -> None:
    """Upsert what servers said about URLs' versions; a missing ETag or date never erases one."""
    now = utcnow()
    for v in found:
        values = {
            "url": v.url, "kind": v.kind, "etag": v.etag, "last_modified": v.last_modified,
            "content_hash": v.content_hash, "status": 200, "checked_at": now, "changed_at": now,
            "article_id": article_id,
        }
        stmt = insert_for(session, UrlState).values(**values)
        excluded = stmt.excluded
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=["url"],
                set_={
                    "kind": excluded.kind,
                    "etag": func.coalesce(excluded.etag, UrlState.etag),
                    "last_modified": func.coalesce(excluded.last_modified, UrlState.last_modified),
                    "content_hash": func.coalesce(excluded.content_hash, UrlState.content_hash),
                    "checked_at": excluded.checked_at,
                    "article_id": func.coalesce(excluded.article_id, UrlState.article_id),
                },
            )
        )


def remember_lastmods(session: Session, lastmods: dict[str, datetime], stored_since: datetime) -> None:
    """Articles stored since ``stored_since`` hold content at least as new as the lastmod their
    sitemap gave during that run: remember it, so the next run skips them until it moves."""
    for url, lastmod in lastmods.items():
        session.execute(
            update(Article)
            .where(
                Article.url == url,
                Article.last_fetched_at >= stored_since,
                (Article.listed_lastmod.is_(None)) | (Article.listed_lastmod < lastmod),
            )
            .values(listed_lastmod=lastmod)
        )


def mark_checked(session: Session, url: str, at: datetime) -> None:
    """An article's page answered 304 Not Modified at ``at``: its thread was looked at, unchanged."""
    session.execute(update(Article).where(Article.url == url).values(comments_checked_at=at))


def remember_refusal(session: Session, url: str) -> None:
    """An article URL the site refuses (robots.txt, 404, 410): site crawls skip it for a while."""
    now = utcnow()
    stmt = insert_for(session, UrlState).values(url=url, kind="refused", checked_at=now, changed_at=now)
    session.execute(stmt.on_conflict_do_update(index_elements=["url"], set_={"kind": "refused", "checked_at": now}))


def mark_fetch_failed(session: Session, url: str, run_id: int | None, kind: str, error: str) -> None:
    """Record on the latest successful download of ``url`` (in this run) why it was not used."""
    latest = session.scalar(
        select(func.max(Fetch.id)).where(Fetch.url == url, Fetch.run_id == run_id)  # IS NULL for None
    )
    if latest is not None:
        session.execute(update(Fetch).where(Fetch.id == latest, Fetch.error_kind.is_(None)).values(error_kind=kind, error=error[:2000]))
