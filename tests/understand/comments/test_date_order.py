"""Numeric comment dates are read in the order the page writes dates (its locale)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page

THREAD = """<html lang="{lang}"><body><article><p>The post itself, long enough to be the post.</p></article>
<div id="comments"><ol class="commentlist">
<li class="comment" id="comment-11"><div class="comment-author vcard"><cite class="fn">Ann</cite> says:</div>
<div class="comment-meta commentmetadata"><a href="#comment-11">11.06.12 at 11:06 am</a></div>
<p>First reply text here.</p></li>
</ol></div></body></html>"""


@pytest.mark.parametrize(("lang", "day"), [("en-US", "2012-11-06"), ("en-GB", "2012-06-11")])
def test_a_two_digit_year_numeric_date_follows_the_pages_locale(lang: str, day: str) -> None:
    page = parse_page(THREAD.format(lang=lang), "https://blog.example/2012/11/post/")
    [comment] = extract_comments(page, datetime(2013, 1, 1, tzinfo=UTC)).comments
    assert comment.posted_at is not None and comment.posted_at.local.date().isoformat() == day
