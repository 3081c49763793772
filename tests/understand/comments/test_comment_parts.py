"""What belongs to one comment's text and who wrote it, on community and CMS markup: titles a
reader gave the comment, short comments beside long metadata, names in a profile blurb."""

from __future__ import annotations

from tests.understand.comments.pages import from_markup

URL = "https://community.example.org/stories/2013/08/flood-relief"


def test_a_comment_title_is_part_of_what_the_reader_wrote() -> None:
    page = """<html><body><div id="comments">
    <div class="citem" id="comment_item_5501"><div id="comment_inner_5501" class="comment clearfix">
      <h5 class="comment_title" id="comment_title_5501"><a href="#">Sandbags ran out at noon</a></h5>
      <div id="comment_body_5501" class="cbody"><p>The depot on Mill Road had none left by lunchtime.</p></div>
      <p class="by">by <a href="https://community.example.org/users/riverwatch">riverwatch</a> on
        <span class="time"><a href="#5501">Aug 9, 2013 10:40 AM EDT</a></span>
        <a href="#" class="reply_link">reply</a></p></div></div>
    </div></body></html>"""
    comment = from_markup(page, URL).comments[0]
    assert comment.text == "Sandbags ran out at noon\n\nThe depot on Mill Road had none left by lunchtime."
    assert comment.author == "riverwatch"


def test_a_joomla_style_title_above_a_written_by_line_with_the_date() -> None:
    page = """<html><body><div id="jc_commentsDiv">
    <div class="jomentry1" id="pc_812"><a name="comment-812" id="comment-812"></a>
      <span class="jc_comment_title">Shelter numbers</span><br/>
      <span class="small">written by Pieter Vos, August 12, 2013</span><br/>
      <div class="comment-text" id="comment-text-container-812">The school gym took in ninety people last night.</div>
      <ul class="jc_comment_panel"><li class="jc_comment_panel_total">+2</li></ul></div>
    </div></body></html>"""
    comment = from_markup(page, URL).comments[0]
    assert comment.text == "Shelter numbers\n\nThe school gym took in ninety people last night."
    assert comment.author == "Pieter Vos"
    assert comment.posted_at is not None and comment.posted_at.local.date().isoformat() == "2013-08-12"


def test_a_short_comment_in_a_body_element_keeps_out_the_longer_metadata_around_it() -> None:
    page = """<html><body><div id="comments">
    <a id="comment-7001"></a><div class="non_toggle_area" id="comment-7001">
      <div class="non_toggle_label"><span class="scomments_info">Thu, 08/15/2013 - 13:32 |
        <a href="/news/flood-relief#comment-7001" class="active">7001</a></span>
        <b><a href="/users/lowlander" title="View user profile.">lowlander</a></b></div>
      <div class="comment-content"><div class="author"></div><p>Stay dry.</p></div>
      <div class="links"><ul class="links"><li><a href="/user/login">Login</a> or
        <a href="/user/register">register</a> to post comments</li></ul></div></div>
    </div></body></html>"""
    comment = from_markup(page, URL).comments[0]
    assert comment.text == "Stay dry."
    assert comment.author == "lowlander"


def test_a_name_set_in_bold_inside_a_profile_blurb_is_the_author() -> None:
    page = """<html><body><div class="content_comments">
    <div class="comment clearfix"><div class="user clearfix">
        <a href="/users/88_anika" class="avatar"><img class="avatar" src="/a/88.jpg" alt=""/></a>
        <div class="user_info"><p class="specialist"><b>Anika</b> is a volunteer coordinator.</p>
          <span class="date">added 2 days ago</span></div></div>
      <p class="comment_text">We still need blankets at the church hall.</p></div>
    <div class="comment clearfix"><div class="user clearfix">
        <div class="user_info"><a href="/users/93_tomasz" class="username">tomasz</a>
          <span class="date">added 1 day ago</span></div></div>
      <p class="comment_text">Dropped off two boxes this morning.</p></div>
    </div></body></html>"""
    assert [(c.author, c.text) for c in from_markup(page, URL).comments] == [
        ("Anika", "We still need blankets at the church hall."),
        ("tomasz", "Dropped off two boxes this morning."),
    ]


def test_the_log_in_to_post_comments_line_of_a_drupal_comment_is_not_its_text() -> None:
    page = """<html><body><div id="comments">
    <div class="comment" id="comment-7002"><div class="submitted">Submitted by lowlander on Fri, 2013-08-16 09:12</div>
      <p>Water is back on in the old town.</p>
      <ul class="links"><li><a href="/user/login">Log in</a> or <a href="/user/register">register</a> to post comments</li></ul>
    </div></div></body></html>"""
    comment = from_markup(page, URL).comments[0]
    assert comment.text == "Water is back on in the old town."
    assert comment.author == "lowlander"


def test_an_author_element_with_a_twitter_line_gives_only_the_name() -> None:
    page = """<html><body><div id="comments"><dl id="comment_list">
    <dt class="comment depth-1" id="comment-41"><span class="comment_author">
        <a href="http://harbourkitchen.example.com/" rel="external nofollow" class="url">Nadia @ Harbour Kitchen</a><br/>
        Twitter: <a class="twitter-anywhere-user" href="http://twitter.com/harbourkitchen">harbourkitchen</a><br/></span>
      <span class="comment_time">August 9, 2013 at 9:44 am</span></dt>
    <dd class="comment depth-1"><div class="format_text" id="comment-body-41"><p>Which shelters still need tins?</p></div></dd>
    <dt class="comment depth-1" id="comment-42"><span class="comment_author">Bram<br/>Twitter: bram_in_delft</span>
      <span class="comment_time">August 9, 2013 at 11:53 am</span></dt>
    <dd class="comment depth-1"><div class="format_text" id="comment-body-42"><p>The one on Canal Street.</p></div></dd>
    </dl></div></body></html>"""
    assert [c.author for c in from_markup(page, URL).comments] == ["Nadia @ Harbour Kitchen", "Bram"]


def test_a_comma_inside_brackets_does_not_cut_the_name_in_a_posted_by_line() -> None:
    page = """<html><body><div class="comments-content">
    <div class="comment" id="comment-6a00d83451b2c869e201b8d1a1b2c3970c">
      <div class="comment-content"><p>We drove past the dyke this morning; it is holding.</p></div>
      <p class="comment-footer">Posted by: Karin (in Zwolle, NL) | Thursday, November 08, 2012 at 01:59 PM</p></div>
    </div></body></html>"""
    assert from_markup(page, URL).comments[0].author == "Karin (in Zwolle, NL)"


def test_an_excerpt_between_ellipses_is_a_pingback_named_by_the_linking_post() -> None:
    page = """<html><body><ol class="commentlist">
    <li class="alt" id="comment-9001"><div class="cmtinfo"><em>on 12 Aug 2013 at 7:14 pm</em>
        <small class="commentmetadata"><a href="#comment-9001"><span class="commentnum">1</span></a></small>
        <cite><a href="http://otherblog.example.net/?p=77" rel="external nofollow" class="url">River Notes » Blog
          Archive » Where the sandbags went and who filled them</a></cite></div>
      <p>[…] volunteers filled four thousand bags on Sunday alone. […]</p></li>
    <li id="comment-9002"><div class="cmtinfo"><em>on 12 Aug 2013 at 8:02 pm</em>
        <cite><a href="http://maartje.example.org" rel="external nofollow" class="url">Maartje</a></cite></div>
      <p>My brother was one of them.</p></li>
    </ol></body></html>"""
    found = from_markup(page, URL).comments
    assert [(c.kind, c.author) for c in found] == [
        ("pingback", "River Notes » Blog Archive » Where the sandbags went and who filled them"),
        ("comment", "Maartje"),
    ]
