"""Re-running extraction over stored articles and comments (after the extractor improved)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from crawler.extract.document import EXTRACTOR_VERSION
from crawler.pipelines.extraction import extract_article
from models.articles import Article, Comment
from models.db import transaction
from models.extraction_store import replace_extraction


def articles_to_extract(session: Session, everything: bool) -> list[int]:
    """Ids of the articles whose body or some comment was read by another extractor version, or
    stored with an extractor that raised."""
    query = select(Article.id).order_by(Article.id)
    if not everything:
        outdated_comment = select(Comment.article_id).where(
            Comment.kind == "comment",
            or_(
                Comment.extractor_version.is_(None),
                Comment.extractor_version != EXTRACTOR_VERSION,
                Comment.extraction_error.is_not(None),
            ),
        )
        query = query.where(
            or_(
                Article.extractor_version.is_(None),
                Article.extractor_version != EXTRACTOR_VERSION,
                Article.extraction_error.is_not(None),
                Article.id.in_(outdated_comment),
            )
        )
    return list(session.scalars(query))


def reextract(sessions: sessionmaker[Session], article_ids: list[int]) -> Iterator[int]:
    """Replace the extraction of each article and its comments, one transaction per article;
    yields each article id when it is done."""
    for article_id in article_ids:
        with transaction(sessions) as session:
            article = session.get_one(Article, article_id)
            comments = session.execute(
                select(Comment.id, Comment.text, Comment.posted_at).where(
                    Comment.article_id == article_id, Comment.kind == "comment"
                )
            ).all()
            found = extract_article(
                article.body,
                article.published_day,
                article.language,
                ((str(cid), text, posted.date() if posted else None) for cid, text, posted in comments),
                article.title,
            )
            replace_extraction(session, article_id, None, found.body)
            for comment_id, _, _ in comments:
                replace_extraction(session, article_id, comment_id, found.comments[str(comment_id)])
        yield article_id
