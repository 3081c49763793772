"""Blogger (classic list and threaded script), TypePad comment markup and Tumblr notes."""

from __future__ import annotations

from tests.understand.comments.pages import from_markup, section

BLOG = "https://frontierjournal.blogspot.com/2015/11/"


def test_blogger_classic_list_pairs_author_line_with_body_and_footer() -> None:
    found = section("comments-blogger-classic.html", BLOG + "checkpoint-diary-day-41.html", tz="Europe/Bucharest")
    assert found.markup == "blogger"
    assert [c.id for c in found.comments] == ["4471120963378255431", "1988306512245103377", "6233019472118863054"]
    assert [c.author for c in found.comments] == ["Yusuf Demir", "Selin Aydın", "Anonymous"]
    assert found.comments[0].author_url == "https://www.blogger.com/profile/01877331209456120041"
    assert found.comments[0].text == (
        "Four hours is better than last week. Were they letting cars through or only people on foot?\n\nStay safe out there."
    )
    assert found.comments[2].posted_at is not None
    assert found.comments[2].posted_at.local.isoformat() == "2015-11-02T09:11:00+02:00"
    assert found.declared_count == 3


def test_blogger_threaded_comments_are_read_from_the_page_script() -> None:
    found = section("comments-blogger-threaded.html", BLOG + "checkpoint-diary-day-42.html", tz="Europe/Bucharest")
    assert found.markup == "blogger"
    assert [(c.id, c.parent_id, c.depth) for c in found.comments] == [
        ("7113065520311864401", None, 0),
        ("2930187464451203390", "7113065520311864401", 1),
        ("5009381227746120918", None, 0),
    ]
    assert found.comments[0].text == "Was the road reopened in the afternoon?\n\nWe are trying to get medicine across to my aunt."
    assert found.comments[2].text == "Glad nobody was hurt this time. It's the third shell near that road this month."
    assert found.comments[1].author == "Selin Aydın"
    stamp = found.comments[0].posted_at
    assert stamp is not None
    assert stamp.local.isoformat() == "2015-11-02T16:45:00+02:00"
    assert stamp.raw == "November 2, 2015 at 4:45 PM"


def test_typepad_comments_take_author_and_time_from_the_posted_by_line() -> None:
    found = section("comments-typepad.html", "https://bordernotes.typepad.com/blog/2015/03/refugee-numbers-double.html")
    assert found.markup == "typepad"
    assert [c.id for c in found.comments] == ["6a00d8341c4fe353ef01b7c7e0a8c5970b", "6a00d8341c4fe353ef01b7c7e0a9d1970c"]
    assert [c.author for c in found.comments] == ["Grace Mwangi", "Editor"]
    assert [c.author_url for c in found.comments] == ["http://www.aidwatch.example.org/", None]
    assert found.comments[0].text == "The shelter at the old school only has beds for 300.\n\nWhere are the other people sleeping?"
    assert found.comments[1].posted_at is not None
    assert found.comments[1].posted_at.raw == "March 04, 2015 at 11:30 AM"
    assert "Posted by" not in found.comments[0].text


def test_tumblr_notes_with_words_are_comments_and_likes_are_not() -> None:
    page = """<html><body><div class="post"><p>Aid convoy reaches the valley after six days.</p>
    <ol class="notes">
      <li class="note like tumblelog_hillwalker without_commentary">
        <a href="http://hillwalker.tumblr.com/" title="walks"><img class="avatar" src="/a1.png" alt=""/></a>
        <span class="action"><a href="http://hillwalker.tumblr.com/">hillwalker</a> liked this</span>
        <div class="clear"></div></li>
      <li class="note reblog tumblelog_saltmarsh with_commentary">
        <a href="http://saltmarsh.tumblr.com/"><img class="avatar" src="/a2.png" alt=""/></a>
        <span class="action"><a href="http://saltmarsh.tumblr.com/" class="tumblelog">saltmarsh</a> reblogged this from
          <a href="http://valleynews.tumblr.com/" class="source_tumblelog">valleynews</a> and added:</span>
        <div class="clear"></div>
        <blockquote><a href="http://saltmarsh.tumblr.com/post/1" title="View post">Six days for forty kilometres.</a></blockquote></li>
      <li class="note reply tumblelog_pebbles without_commentary">
        <a href="http://pebbles.tumblr.com/"><img class="avatar" src="/a3.png" alt=""/></a>
        <span class="action"><a href="http://pebbles.tumblr.com/">pebbles</a> said:
          <span class="answer_content">Glad the bridge held. Our cousins live just past it and have been waiting for
          flour since the start of the month, so this is the best news we have had in a long while.</span></span>
        <div class="clear"></div></li>
      <li class="note more_notes_link_container" id="more_notes_1">
        <a class="more_notes_link" href="#">Show more notes</a><span id="notes_loading_1">Loading...</span></li>
    </ol></div></body></html>"""
    found = from_markup(page, "https://valleynews.tumblr.com/post/1/aid-convoy")
    assert [(c.author, c.parent_id) for c in found.comments] == [("saltmarsh", None), ("pebbles", None)]
    assert found.comments[0].text == "Six days for forty kilometres."
    assert found.comments[1].text.startswith("Glad the bridge held.")
