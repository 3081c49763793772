"""Comment sections of shapes seen on pages nobody here had seen: the WordPress comment list
with ``div.comment-text``, authors in an element beside the comment's text with the date, replies
nested in their parent, and comment forms (WordPress.com labels, Drupal's formatting tips) that
are never comments."""

from __future__ import annotations

from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page

ARTICLE = (
    "<article><h1>Shelling resumes</h1><div class='entry-content'><p>"
    + "Shelling resumed on Monday near the crossing, residents said. " * 10
    + "</p></div></article>"
)
TEXTS = [
    "I was there last week and the road was already closed by the army near the bridge.",
    "Thanks for the report, it matches what my cousin told me on the phone yesterday evening.",
    "The numbers from the hospital are lower than what the council said on Sunday night.",
]


def _comments(section: str):
    page = f"<html><head><title>Shelling resumes</title></head><body>{ARTICLE}{section}</body></html>"
    return extract_comments(parse_page(page, "https://blog.example.org/2012/03/shelling/")).comments


def test_ol_comment_list_with_comment_text_divs() -> None:
    comments = _comments(
        "<div id='comments'><h3>3 comments</h3><ol class='comment-list'>"
        + "".join(
            f"<li class='comment' id='comment-{i}'><div class='comment-author'><span class='name'>Reader {i}</span></div>"
            f"<div class='comment-text'><p>{text}</p></div></li>"
            for i, text in enumerate(TEXTS)
        )
        + "</ol></div>"
    )
    assert [(c.author, c.text) for c in comments] == [(f"Reader {i}", t) for i, t in enumerate(TEXTS)]


def test_the_author_in_a_sibling_element_beside_the_date() -> None:
    comments = _comments(
        "<div id='comments'>"
        + "".join(
            f"<div class='comment-wrap'><div class='commenter'><strong>Reader {i}</strong> <span>March {i + 1}, 2012</span>"
            f"</div><div class='comment-body'><p>{text}</p></div></div>"
            for i, text in enumerate(TEXTS)
        )
        + "</div>"
    )
    assert [c.author for c in comments] == ["Reader 0", "Reader 1", "Reader 2"]
    assert [c.text for c in comments] == TEXTS


def test_a_reply_nested_in_its_parent_is_its_own_comment() -> None:
    comments = _comments(
        "<div id='comments'><ul class='comments'>"
        f"<li class='comment' id='c1'><div class='author'>Ann</div><div class='text'><p>{TEXTS[0]}</p></div>"
        f"<ul class='replies'><li class='comment' id='c2'><div class='author'>Bob</div><div class='text'><p>{TEXTS[1]}</p>"
        f"</div></li></ul></li><li class='comment' id='c3'><div class='author'>Cy</div><div class='text'><p>{TEXTS[2]}</p></div></li>"
        "</ul></div>"
    )
    assert [(c.id, c.parent_id, c.author, c.text) for c in comments] == [
        ("1", None, "Ann", TEXTS[0]),
        ("2", "1", "Bob", TEXTS[1]),
        ("3", None, "Cy", TEXTS[2]),
    ]


def test_a_wordpress_com_comment_form_is_not_comments() -> None:
    comments = _comments(
        "<div id='comments'><h3 id='reply-title'>Leave a Reply</h3><form id='commentform' class='comment-form'>"
        "<div class='comment-form-field'><label>Name (required)</label><input name='author'/></div>"
        "<div class='comment-form-field'><label>E-mail (required)</label><input name='email'/></div>"
        "<p class='form-allowed-tags'>You may use these HTML tags and attributes: &lt;a href=&quot;&quot;&gt; &lt;b&gt;</p>"
        "<p><textarea name='comment'></textarea></p></form></div>"
    )
    assert comments == []


def test_drupal_formatting_tips_are_not_comments() -> None:
    comments = _comments(
        "<div id='comments' class='comment-wrapper'><h2 class='title comment-form'>Add new comment</h2>"
        "<form class='comment-form' id='comment-form'><div class='form-item'><label>Your name</label><input/></div>"
        "<div class='filter-wrapper'><div class='filter-guidelines'><div class='filter-guidelines-item'><h3>Filtered HTML</h3>"
        "<ul class='tips'><li>Web page addresses and e-mail addresses turn into links automatically.</li>"
        "<li>Allowed HTML tags: &lt;a&gt; &lt;em&gt; &lt;strong&gt;</li><li>Lines and paragraphs break automatically.</li>"
        "</ul></div></div></div><textarea></textarea></form></div>"
    )
    assert comments == []

