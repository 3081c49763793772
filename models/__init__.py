"""SQLAlchemy models of the casualty database, and the engine/session that reach it."""

from models.articles import Article, Comment, Fetch, Site
from models.base import Base
from models.findings import Claim, NamedCasualty, Tally
from models.persons import Person
from models.runs import CrawlRun, UrlState

__all__ = ["Article", "Base", "Claim", "Comment", "CrawlRun", "Fetch", "NamedCasualty", "Person", "Site", "Tally", "UrlState"]
