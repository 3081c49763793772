"""Theme variants of WordPress comment markup, read with the same rules as the core markup."""

from __future__ import annotations

from tests.understand.comments.pages import from_markup

URL = "https://blog.example.org/2013/04/09/convoy/"


def test_div_comments_with_commenttext_and_comment_author_link() -> None:
    page = """<html><body><div id="comments"><h3>2 Comments</h3>
    <div class="comment" id="comment-71"><div class="comment-author"><a href="http://ruth.example.net" rel="external nofollow">Ruth</a></div>
      <div class="comment-date">April 9, 2013 at 6:02 pm</div>
      <div class="commenttext"><p>The convoy passed our village at noon.</p></div></div>
    <div class="comment" id="comment-72"><div class="comment-author">Tariq</div>
      <div class="comment-date">April 9, 2013 at 7:45 pm</div>
      <div class="commenttext"><p>Twelve lorries, two of them with fuel.</p></div></div>
    </div></body></html>"""
    found = from_markup(page, URL)
    assert [(c.id, c.author, c.author_url, c.text) for c in found.comments] == [
        ("71", "Ruth", "http://ruth.example.net", "The convoy passed our village at noon."),
        ("72", "Tariq", None, "Twelve lorries, two of them with fuel."),
    ]
    assert [c.posted_at.raw for c in found.comments if c.posted_at] == ["April 9, 2013 at 6:02 pm", "April 9, 2013 at 7:45 pm"]


def test_comment_text_class_and_trackback_items() -> None:
    page = """<html><body><ol class="comment-list">
    <li class="comment depth-1" id="li-comment-90"><div class="comment-wrap">
      <span class="comment-author vcard"><b class="fn">Noor</b> says:</span>
      <div class="comment-text"><p>Is the road to the airport open?</p><p>We leave on Friday.</p></div>
      <a class="comment-reply-link" href="?replytocom=90#respond">Reply ↓</a></div></li>
    <li class="trackback" id="comment-91"><p>Trackback: <a href="https://other.example.com/roads/">Road closures this week</a></p></li>
    </ol></body></html>"""
    found = from_markup(page, URL)
    assert [(c.id, c.kind, c.text) for c in found.comments] == [
        ("90", "comment", "Is the road to the airport open?\n\nWe leave on Friday."),
        ("91", "trackback", "Road closures this week"),
    ]
    assert found.comments[0].author == "Noor"


def test_flat_list_with_depth_classes_gets_parents_from_depth() -> None:
    page = """<html><body><div class="comments"><ul class="comment-list">
    <li class="comment depth-1" id="comment-1"><div class="comment-content"><p>First.</p></div></li>
    <li class="comment depth-2" id="comment-2"><div class="comment-content"><p>Reply to first.</p></div></li>
    <li class="comment depth-3" id="comment-3"><div class="comment-content"><p>Reply to the reply.</p></div></li>
    <li class="comment depth-2" id="comment-4"><div class="comment-content"><p>Second reply to first.</p></div></li>
    <li class="comment depth-1" id="comment-5"><div class="comment-content"><p>Second thread.</p></div></li>
    </ul></div></body></html>"""
    found = from_markup(page, URL)
    assert [(c.id, c.parent_id, c.depth) for c in found.comments] == [
        ("1", None, 0),
        ("2", "1", 1),
        ("3", "2", 2),
        ("4", "1", 1),
        ("5", None, 0),
    ]


def test_drupal_replies_in_an_indented_box_after_their_parent() -> None:
    page = """<html><body><div id="comments">
    <a id="comment-501"></a><div class="comment"><div class="submitted">Submitted by Lev on Tue, 2012-11-06 14:05</div>
      <div class="content"><p>Where was the second explosion?</p></div></div>
    <div class="indented"><a id="comment-502"></a><div class="comment">
      <div class="submitted">Submitted by Ana on Tue, 2012-11-06 14:20</div>
      <div class="content"><p>Near the rail depot.</p></div></div></div>
    </div></body></html>"""
    found = from_markup(page, URL)
    assert [(c.id, c.parent_id, c.author) for c in found.comments] == [("501", None, "Lev"), ("502", "501", "Ana")]


def test_replies_in_a_definition_list_nested_in_a_dd_follow_their_parent() -> None:
    page = """<html><body><div id="comments"><dl id="comment_list">
    <dt class="comment depth-1 parent" id="comment-310"><span class="comment_num"><a href="#comment-310">1</a></span>
      <span class="comment_author">Mariam</span><span class="comment_time">March 3, 2014 at 9:10 am</span></dt>
    <dd class="comment depth-1 parent"><div class="format_text" id="comment-body-310"><p>Was the bridge hit again?</p>
      <p class="reply"><a class="comment-reply-link" href="?replytocom=310#respond">Reply</a></p></div>
      <dl class="children">
        <dt class="comment depth-2" id="comment-311"><span class="comment_author">Idris</span>
          <span class="comment_time">March 3, 2014 at 9:40 am</span></dt>
        <dd class="comment depth-2"><div class="format_text" id="comment-body-311"><p>Only the eastern span.</p></div></dd>
      </dl></dd>
    <dt class="comment depth-1" id="comment-312"><span class="comment_author">Hana</span>
      <span class="comment_time">March 3, 2014 at 11:02 am</span></dt>
    <dd class="comment depth-1"><div class="format_text" id="comment-body-312"><p>Schools are closed today.</p></div></dd>
    </dl></div></body></html>"""
    found = from_markup(page, URL)
    assert [(c.id, c.author, c.parent_id, c.text) for c in found.comments] == [
        ("310", "Mariam", None, "Was the bridge hit again?"),
        ("311", "Idris", "310", "Only the eastern span."),
        ("312", "Hana", None, "Schools are closed today."),
    ]
