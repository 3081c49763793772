"""Re-running extraction over stored articles and comments (after the extractor improved): which
articles need it, and their documents' extraction replaced one article at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crawler.items import ArticleExtraction
from models.articles import Article, Comment
from models.db import engine_for, ensure_schema, session_factory, transaction
from models.extraction_store import replace_extraction


@dataclass(frozen=True, slots=True)
class StoredDocuments:
    """An article's body and its reader comments as stored, with what reading them takes."""

    body: str
    published_day: date | None
    language: str | None
    title: str | None
    comments: list[tuple[str, str, date | None]]  # (comment id, text, day posted)


def articles_to_extract(database: str | None, everything: bool, version: str) -> list[int]:
    """Ids of the articles whose body or some comment was read by another extractor version than
    ``version``, or stored with an extractor that raised (every article with ``everything``); the
    database is brought to the newest schema first."""
    engine = engine_for(database)
    ensure_schema(engine)
    with session_factory(engine)() as session:
        return _outdated(session, everything, version)


def _outdated(session: Session, everything: bool, version: str) -> list[int]:
    query = select(Article.id).order_by(Article.id)
    if not everything:
        outdated_comment = select(Comment.article_id).where(
            Comment.kind == "comment",
            or_(
                Comment.extractor_version.is_(None),
                Comment.extractor_version != version,
                Comment.extraction_error.is_not(None),
            ),
        )
        query = query.where(
            or_(
                Article.extractor_version.is_(None),
                Article.extractor_version != version,
                Article.extraction_error.is_not(None),
                Article.id.in_(outdated_comment),
            )
        )
    return list(session.scalars(query))


def reextract(
    database: str | None, article_ids: list[int], extract: Callable[[StoredDocuments], ArticleExtraction]
) -> Iterator[int]:
    """Replace the extraction of each article and its comments by what ``extract`` finds, one
    transaction per article; yields each article id when it is done."""
    sessions = session_factory(engine_for(database))
    for article_id in article_ids:
        with transaction(sessions) as session:
            article = session.get_one(Article, article_id)
            comments = session.execute(
                select(Comment.id, Comment.text, Comment.posted_at).where(
                    Comment.article_id == article_id, Comment.kind == "comment"
                )
            ).all()
            found = extract(
                StoredDocuments(
                    body=article.body,
                    published_day=article.published_day,
                    language=article.language,
                    title=article.title,
                    comments=[(str(cid), text, posted.date() if posted else None) for cid, text, posted in comments],
                )
            )
            replace_extraction(session, article_id, None, found.body)
            for comment_id, _, _ in comments:
                replace_extraction(session, article_id, comment_id, found.comments[str(comment_id)])
        yield article_id
