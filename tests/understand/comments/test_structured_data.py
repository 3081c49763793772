"""Comments described as schema.org data: microdata in the HTML, or JSON-LD objects."""

from __future__ import annotations

from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page
from tests.understand.comments.pages import from_markup, section

HARBOUR = "https://www.harbourpost.example.com/news/2023/06/13/flood-defences-breached"
FORUM = "https://forum.openconflict.example.org/t/verified-casualty-figures-for-the-kherson-strikes/4512"


def test_microdata_comments_give_authors_dates_texts_and_nesting() -> None:
    found = section("comments-microdata.html", HARBOUR)
    assert found.markup == "microdata"
    assert [(c.id, c.parent_id, c.depth) for c in found.comments] == [
        ("88120", None, 0),
        ("88131", "88120", 1),
        ("88127", None, 0),
        ("88140", None, 0),
    ]
    assert [c.author for c in found.comments] == ["J. Darko", "Marta Lindqvist", "Pieter", "harbour_resident"]
    assert found.comments[0].author_url == "https://www.harbourpost.example.com/profile/jdarko"
    assert found.comments[1].text == (
        "They were a temporary fix. The permanent wall is not due until 2025.\n\nThe council minutes from March say as much."
    )
    assert found.comments[0].posted_at is not None
    assert found.comments[0].posted_at.local.isoformat() == "2023-06-14T08:21:00+02:00"
    assert found.declared_count == 4


def test_microdata_buttons_and_vote_counts_are_not_text() -> None:
    found = section("comments-microdata.html", HARBOUR)
    assert found.comments[0].text == "The barriers on the east bank were only finished last month. Who signed them off?"


def test_jsonld_comments_of_a_forum_posting_keep_their_reply_structure() -> None:
    found = section("comments-jsonld-forum.html", FORUM, tz="Europe/Kiev")
    assert found.markup == "json-ld"
    assert [(c.id, c.parent_id) for c in found.comments] == [("4512-2", None), ("4512-4", "4512-2"), ("4512-3", None)]
    assert [c.author for c in found.comments] == ["osint_anna", "river_watch", "Dmytro K."]
    assert found.comments[0].author_url == "https://forum.openconflict.example.org/u/osint_anna"
    assert found.comments[2].text == "Be careful with the channel figures.\n\nThey counted the same victims twice last week."
    assert found.comments[0].posted_at is not None
    assert found.comments[0].posted_at.utc.isoformat() == "2024-02-11T10:02:00+00:00"
    assert found.declared_count == 3


def test_jsonld_article_comment_array_with_wordpress_style_ids() -> None:
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
      "@graph": [{"@type": "NewsArticle", "headline": "Strike on fuel depot", "commentCount": "2",
        "comment": [{"@type": "Comment", "@id": "https://news.example.org/strike/#comment-301",
                      "author": {"@type": "Person", "name": "Hana"}, "dateCreated": "2024-05-02T08:00:00+03:00",
                      "text": "Smoke was visible from the ring road all morning."},
                     {"@type": "Comment", "url": "https://news.example.org/strike/#comment-305",
                      "parentItem": {"@id": "https://news.example.org/strike/#comment-301"},
                      "author": "Yoav", "text": "Same from the north side."}]}]}
    </script></head><body><article><p>A strike hit a fuel depot.</p></article></body></html>"""
    found = from_markup(page, "https://news.example.org/strike/")
    assert [(c.id, c.parent_id, c.author) for c in found.comments] == [("301", None, "Hana"), ("305", "301", "Yoav")]
    assert found.declared_count == 2


def test_html_comments_are_preferred_to_a_shorter_jsonld_list() -> None:
    found = extract_comments(parse_page(section_html_with_both(), "https://news.example.org/a/"))
    assert found.markup == "wordpress"
    assert [c.id for c in found.comments] == ["11", "12"]


def section_html_with_both() -> str:
    return """<html><head><link rel="stylesheet" href="/wp-content/themes/x/style.css">
    <script type="application/ld+json">{"@type": "BlogPosting", "comment": [{"@type": "Comment",
      "@id": "https://news.example.org/a/#comment-11", "text": "First comment."}]}</script></head>
    <body><div id="comments"><ol class="comment-list">
      <li id="comment-11" class="comment"><div class="comment-content"><p>First comment.</p></div></li>
      <li id="comment-12" class="comment"><div class="comment-content"><p>Second comment.</p></div></li>
    </ol></div></body></html>"""
