"""Reader comments of a page: the thread shown in the HTML, and where the rest of it lives."""

from crawler.understand.comments.section import extract_comments

__all__ = ["extract_comments"]
