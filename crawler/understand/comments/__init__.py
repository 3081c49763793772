"""Reader comments of a page: the thread shown in the HTML, and where the rest of it lives.

``extract_comments`` reads one fetched page; ``parse_wp_rest_comments`` reads one page of a
WordPress site's comment API, for threads the spider completes through it.  Within: ``section``
gathers a page's comments, ``nodes`` finds them in the markup and ``fields`` reads each one,
``replies`` decides who replies to whom, and ``merging`` joins the pages of one thread.
"""

from crawler.understand.comments.section import extract_comments
from crawler.understand.comments.wp_rest import parse_wp_rest_comments

__all__ = ["extract_comments", "parse_wp_rest_comments"]
