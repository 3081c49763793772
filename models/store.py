"""Writing crawled articles, their comments and the fetch log: idempotent upserts.

An article is keyed on its canonical URL, a comment on (article, the site's comment id), a site
on its domain.  Inserts use the backend's ON CONFLICT so that concurrent writers never store a
row twice.  Callers run each function inside one transaction (``models.db.transaction``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from crawler.extract.records import Extraction
from crawler.items import ArticleExtraction, ArticleItem, CommentItem, FetchItem, UrlValidators
from models.articles import Article, Comment, Fetch, Site
from models.base import dialect_insert, dialect_of, fit, fitted, insert_for, table_of, utcnow
from models.extraction_store import replace_extractions
from models.runs import UrlState

COMMENT_INSERT_BATCH = 1000  # rows per multi-row INSERT of new comments

# The statements every stored article runs, built once and run with parameters: building a
# statement and its cache key costs more CPU than SQLite takes to run it.  On the tables, not the
# ORM entities: plain statements, without the ORM's bookkeeping.
_SITES, _ARTICLES, _COMMENTS, _FETCHES, _URL_STATES = map(table_of, (Site, Article, Comment, Fetch, UrlState))
_SITE_ID = select(_SITES.c.id).where(_SITES.c.domain == bindparam("domain"))
_ARTICLE_BY_URL = (
    select(_ARTICLES.c.id, _ARTICLES.c.content_hash).where(_ARTICLES.c.url == bindparam("url")).with_for_update()
)
_STORED_COMMENTS = select(
    _COMMENTS.c.external_id, _COMMENTS.c.id, _COMMENTS.c.content_hash, _COMMENTS.c.position, _COMMENTS.c.depth
).where(_COMMENTS.c.article_id == bindparam("article"))
_COMMENT_IDS = select(_COMMENTS.c.external_id, _COMMENTS.c.id).where(_COMMENTS.c.article_id == bindparam("article"))
_UNLINKED_REPLIES = select(_COMMENTS.c.id, _COMMENTS.c.parent_external_id).where(
    _COMMENTS.c.article_id == bindparam("article"),
    _COMMENTS.c.parent_external_id.is_not(None),
    _COMMENTS.c.parent_id.is_(None),
)
_LINK_PARENT = update(_COMMENTS).where(_COMMENTS.c.id == bindparam("row")).values(parent_id=bindparam("parent"))
_NEWEST_COMMENT = select(func.max(_COMMENTS.c.posted_at)).where(_COMMENTS.c.article_id == bindparam("article"))
_THREAD_CHECKED = (
    update(_ARTICLES)
    .where(_ARTICLES.c.id == bindparam("article"))
    .values(
        comments_checked_at=bindparam("checked", type_=_ARTICLES.c.comments_checked_at.type),
        last_comment_at=bindparam("newest", type_=_ARTICLES.c.last_comment_at.type),
        thread_complete=bindparam("complete", type_=_ARTICLES.c.thread_complete.type),
    )
)
_BODY_READ = select(_ARTICLES.c.extractor_version, _ARTICLES.c.extraction_error).where(
    _ARTICLES.c.id == bindparam("article")
)
_COMMENTS_READ = select(
    _COMMENTS.c.external_id, _COMMENTS.c.id, _COMMENTS.c.extractor_version, _COMMENTS.c.extraction_error
).where(_COMMENTS.c.article_id == bindparam("article"))
_NEW_FETCH = insert(_FETCHES)
_LINK_FETCHES = (
    update(_FETCHES)
    .where(_FETCHES.c.url.in_(bindparam("urls", expanding=True)), _FETCHES.c.article_id.is_(None))
    .values(article_id=bindparam("article"))
)

_REMEMBER_LASTMOD = (
    update(_ARTICLES)
    .where(
        _ARTICLES.c.url == bindparam("page"),
        _ARTICLES.c.last_fetched_at >= bindparam("since"),
        _ARTICLES.c.listed_lastmod.is_(None) | (_ARTICLES.c.listed_lastmod < bindparam("newer")),
    )
    .values(listed_lastmod=bindparam("lastmod", type_=_ARTICLES.c.listed_lastmod.type))
)


@cache
def _new_article(dialect: str) -> Any:
    return dialect_insert(dialect, _ARTICLES).on_conflict_do_nothing(index_elements=["url"]).returning(_ARTICLES.c.id)


@cache
def _new_comments(dialect: str) -> Any:
    # No RETURNING: with ON CONFLICT it would cost one statement per row.
    return dialect_insert(dialect, _COMMENTS).on_conflict_do_nothing(index_elements=["article_id", "external_id"])


@cache
def _validators_upsert(dialect: str) -> Any:
    """What servers said about a URL's version; a missing ETag or date never erases one."""
    statement = dialect_insert(dialect, _URL_STATES)
    excluded, stored = statement.excluded, _URL_STATES.c
    return statement.on_conflict_do_update(
        index_elements=["url"],
        set_={
            "kind": excluded.kind,
            "etag": func.coalesce(excluded.etag, stored.etag),
            "last_modified": func.coalesce(excluded.last_modified, stored.last_modified),
            "content_hash": func.coalesce(excluded.content_hash, stored.content_hash),
            "checked_at": excluded.checked_at,
            "article_id": func.coalesce(excluded.article_id, stored.article_id),
        },
    )


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


def site_domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or "local"


def ensure_site(session: Session, domain: str, name: str | None = None) -> int:
    values = fitted(Site, {"domain": domain, "name": name})
    site_id = session.scalar(_SITE_ID, {"domain": values["domain"]})
    if site_id is None:
        stmt = insert_for(session, Site).values(**values, created_at=utcnow())
        session.execute(stmt.on_conflict_do_nothing(index_elements=["domain"]))
        site_id = session.scalar(_SITE_ID, {"domain": values["domain"]})
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
    existing = session.execute(_ARTICLE_BY_URL, {"url": item.url}).first()
    if existing is None:
        row = values | {"first_seen_at": fetched_at, "last_fetched_at": fetched_at, "last_changed_at": fetched_at}
        inserted = session.execute(_new_article(dialect_of(session)), row).scalar()
        if inserted is not None:
            return inserted, True, False
        # Another writer stored it between our SELECT and INSERT: treat it as an update.
        existing = session.execute(_ARTICLE_BY_URL, {"url": item.url}).one()
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
    session: Session, article_id: int, comments: list[CommentItem], seen_at: datetime, created: bool
) -> tuple[int, set[str], int]:
    """Insert new comments, update edited ones, never delete; then link parents.

    Returns how many were inserted, the ids of the comments inserted or edited, and how many the
    article has now.  An article just ``created`` has none stored yet."""
    stored = {
        external_id: (comment_id, content_hash, position, depth)
        for external_id, comment_id, content_hash, position, depth in (
            () if created else session.execute(_STORED_COMMENTS, {"article": article_id})
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
    # In slices: one statement carries at most 65,535 parameters (PostgreSQL's protocol).  The
    # rows as parameters (executemany), not VALUES in the statement: compiled once, cached.
    for start in range(0, len(new_rows), COMMENT_INSERT_BATCH):
        session.execute(_new_comments(dialect_of(session)), new_rows[start : start + COMMENT_INSERT_BATCH])
    stored_now = _link_parents(session, article_id) if stored or new_rows else 0
    return stored_now - len(stored), touched, stored_now


def _link_parents(session: Session, article_id: int) -> int:
    """Point each reply at its parent row once both are stored (they may arrive in either order);
    returns how many comments the article has."""
    ids = dict(session.execute(_COMMENT_IDS, {"article": article_id}).all())
    pending = session.execute(_UNLINKED_REPLIES, {"article": article_id}).all()
    links = [
        {"row": comment_id, "parent": parent_id}
        for comment_id, parent_external_id in pending
        if parent_external_id is not None
        and (parent_id := ids.get(parent_external_id)) is not None
        and parent_id != comment_id
    ]
    if links:  # one executemany
        session.execute(_LINK_PARENT, links)
    return len(ids)


def save_article(session: Session, item: ArticleItem) -> SaveResult:
    """Store one article with its comments and their extraction; re-saving the same page changes
    nothing."""
    site_id = ensure_site(session, site_domain(item.url), item.site or item.site_name)
    article_id, created, changed = _upsert_article(session, item, site_id)
    new, touched, total = _upsert_comments(session, article_id, item.comments, item.fetched_at, created)
    if item.extraction is not None:
        _store_extraction(
            session, article_id, item.extraction, created=created, body_changed=created or changed, comments_changed=touched
        )
    newest = session.scalar(_NEWEST_COMMENT, {"article": article_id}) if total else None
    thread = {"article": article_id, "checked": item.fetched_at, "newest": newest, "complete": item.thread_complete}
    session.execute(_THREAD_CHECKED, thread)
    remember_validators(session, item.validators, article_id)
    session.execute(_LINK_FETCHES, {"urls": [item.fetched_url, *item.comment_pages], "article": article_id})
    failures = 0
    if item.extraction is not None:
        failures = sum(1 for found in (item.extraction.body, *item.extraction.comments.values()) if found.failures)
    return SaveResult(article_id, created, changed, new, len(touched) - new, total, failures)


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
    if body_changed or _read_again(session.execute(_BODY_READ, {"article": article_id}).one(), extraction.body):
        documents.append((None, extraction.body))
    stored = session.execute(_COMMENTS_READ, {"article": article_id}).all() if extraction.comments else []
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
    session.execute(_NEW_FETCH, fitted(Fetch, values))


def remember_validators(session: Session, found: list[UrlValidators], article_id: int | None = None) -> None:
    """Upsert what servers said about URLs' versions; a missing ETag or date never erases one."""
    now = utcnow()
    rows = [
        {
            "url": v.url, "kind": v.kind, "etag": v.etag, "last_modified": v.last_modified,
            "content_hash": v.content_hash, "status": 200, "checked_at": now, "changed_at": now,
            "article_id": article_id,
        }
        for v in found
    ]  # fmt: skip
    if rows:  # in order, one after the other: a URL given twice keeps what its last row says
        session.execute(_validators_upsert(dialect_of(session)), rows)


def remember_lastmods(session: Session, lastmods: dict[str, datetime], stored_since: datetime) -> None:
    """Articles stored since ``stored_since`` hold content at least as new as the lastmod their
    sitemap gave during that run: remember it, so the next run skips them until it moves."""
    if lastmods:  # one executemany
        rows = [{"page": url, "since": stored_since, "newer": lastmod, "lastmod": lastmod} for url, lastmod in lastmods.items()]
        session.execute(_REMEMBER_LASTMOD, rows)


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
