"""SQLAlchemy models of the casualty database, and the engine/session that reach it."""

from models.articles import Article, Comment, Fetch, Site
from models.base import Base

__all__ = ["Article", "Base", "Comment", "Fetch", "Site"]
