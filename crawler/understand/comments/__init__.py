"""Reader comments of a page: the thread shown in the HTML, and where the rest of it lives.

``extract_comments`` reads one fetched page; ``parse_wp_rest_comments`` reads one page of a
WordPress site's comment API, for threads the spider completes through it.  Within: ``section``
gathers a page's comments, ``nodes`` finds them in the markup and ``fields`` reads each one,
``replies`` decides who replies to whom, and ``merging`` joins the pages of one thread.

The two readers load when first asked for, so that a module of the package (``merging``: the
crawl process joins a thread's pages) loads without them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawler.understand.comments.section import extract_comments
    from crawler.understand.comments.wp_rest import parse_wp_rest_comments

__all__ = ["extract_comments", "parse_wp_rest_comments"]

_READERS = {"extract_comments": "section", "parse_wp_rest_comments": "wp_rest"}


def __getattr__(name: str) -> object:
    if name not in _READERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = getattr(importlib.import_module(f"{__name__}.{_READERS[name]}"), name)
    globals()[name] = found
    return found
