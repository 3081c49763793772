"""The site's robots.txt and the one reading of its rules that tests assert against."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tests.newssite.pages import url

# (directive, path pattern) for every user agent; "*" matches any characters, "$" ends a pattern.
RULES: tuple[tuple[str, str], ...] = (
    ("Disallow", "/wp-admin/"),
    ("Allow", "/wp-admin/admin-ajax.php"),
    ("Disallow", "/private/"),
    ("Disallow", "/*?replytocom="),
)


def robots_txt(sitemaps: Sequence[str]) -> str:
    rules = "".join(f"{directive}: {pattern}\n" for directive, pattern in RULES)
    lines = "".join(f"Sitemap: {url(path)}\n" for path in sitemaps)
    return f"# Crawlers welcome; please keep out of subscriber pages.\nUser-agent: *\n{rules}\n{lines}"


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = re.escape(pattern.removesuffix("$")).replace(r"\*", ".*")
    return re.compile(body + ("$" if anchored else ""))


def allowed(target: str) -> bool:
    """Whether robots.txt lets a crawler fetch ``target`` (path with query), by Google's rules:
    the longest matching pattern decides, and Allow wins a tie."""
    best: tuple[int, bool] = (-1, True)
    for directive, pattern in RULES:
        if _regex(pattern).match(target):
            best = max(best, (len(pattern), directive == "Allow"))
    return best[1]
