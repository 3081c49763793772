"""How many comments a page says it has."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from crawler.understand.comments.counts import count_in, declared_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("5 thoughts on “Iran Daily, Dec 1”", 5),
        ("23 Comments", 23),
        ("One comment on “Facebook Adds Photo Filters”", 1),
        ("13 Responses to Shelling resumes", 13),
        ("49 comments:", 49),
        ("Reader Comments (1)", 1),
        ("{ 2 comments… read them below or add one }", 2),
        ("No Comments", 0),
        ("1,204 comments", 1204),
        ("Leave a comment", None),
        ("Comments are closed.", None),
    ],
)
def test_count_phrases(text: str, count: int | None) -> None:
    assert count_in(text) == count


def test_jsonld_count_comes_before_a_heading() -> None:
    tree = document_fromstring('<html><body><div id="comments"><h2>3 Comments</h2></div></body></html>')
    assert declared_count(tree, "", [{"@type": "NewsArticle", "commentCount": 7}]) == 7
    assert declared_count(tree, "", []) == 3


def test_heading_in_the_comment_zone_wins_over_one_elsewhere() -> None:
    tree = document_fromstring(
        '<html><body><h3>12 comments on our most read story</h3><div class="comments"><h3>2 Responses</h3></div></body></html>'
    )
    assert declared_count(tree, "", []) == 2
