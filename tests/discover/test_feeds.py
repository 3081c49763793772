"""Feeds: the articles they list, with the dates and comment counts WordPress puts in them."""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.discover.feeds import parse_feed
from crawler.understand.comments.wordpress import comment_feed_link
from crawler.understand.html import parse_page

RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <title>EA WorldView</title>
  <link>https://eaworldview.com</link>
  <lastBuildDate>Tue, 01 Dec 2015 11:02:40 +0000</lastBuildDate>
  <item>
    <title>Iran Daily, Dec 1: Surge in Iranian Deaths in Syria</title>
    <link>https://eaworldview.com/2015/12/iran-daily-dec-1/</link>
    <comments>https://eaworldview.com/2015/12/iran-daily-dec-1/#comments</comments>
    <dc:creator><![CDATA[Scott Lucas]]></dc:creator>
    <pubDate>Tue, 01 Dec 2015 08:45:12 +0000</pubDate>
    <guid isPermaLink="false">https://eaworldview.com/?p=52391</guid>
    <wfw:commentRss>https://eaworldview.com/2015/12/iran-daily-dec-1/feed/</wfw:commentRss>
    <slash:comments>5</slash:comments>
  </item>
  <item>
    <title>Syria Daily, Nov 30</title>
    <link>https://eaworldview.com/2015/11/syria-daily-nov-30/</link>
    <pubDate>Mon, 30 Nov 2015 09:10:00 +0000</pubDate>
  </item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Conflict Monitor</title>
  <entry>
    <title>Shelling kills 14 in Idlib</title>
    <link rel="replies" type="text/html" href="/2016/03/shelling-kills-14/#comments"/>
    <link rel="alternate" type="text/html" href="/2016/03/shelling-kills-14/"/>
    <id>tag:monitor.example,2016:1</id>
    <published>2016-03-04T07:00:00+02:00</published>
    <updated>2016-03-04T09:30:00+02:00</updated>
  </entry>
</feed>"""


def test_rss_items_give_link_date_comment_count_and_comment_feed() -> None:
    first, second = parse_feed(RSS, "https://eaworldview.com/feed/")
    assert first.url == "https://eaworldview.com/2015/12/iran-daily-dec-1/"
    assert first.published == datetime(2015, 12, 1, 8, 45, 12, tzinfo=UTC)
    assert first.comment_count == 5  # slash:comments, not RSS's own <comments> URL
    assert first.comments_feed == "https://eaworldview.com/2015/12/iran-daily-dec-1/feed/"
    assert second.comment_count is None and second.comments_feed is None


def test_atom_entries_take_the_alternate_link_made_absolute_and_the_update_time() -> None:
    [entry] = parse_feed(ATOM, "https://monitor.example/feed/atom/")
    assert entry.url == "https://monitor.example/2016/03/shelling-kills-14/"
    assert entry.lastmod == datetime(2016, 3, 4, 7, 30, tzinfo=UTC)


def test_a_broken_or_empty_feed_lists_nothing() -> None:
    assert parse_feed(b"", "https://x.example/feed/") == []
    assert parse_feed(b"<html><body>Service Unavailable</body></html>", "https://x.example/feed/") == []


def test_entities_in_a_feed_are_never_expanded() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
    <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title>
    <link>https://x.example/a/</link></item></channel></rss>"""
    [entry] = parse_feed(bomb, "https://x.example/feed/")
    assert entry.url == "https://x.example/a/"
    assert "aaaaaaaaaa" not in (entry.title or "")


def test_an_article_page_names_its_own_comment_feed_not_the_sites() -> None:
    page = parse_page(
        """<html><head>
        <link rel="alternate" type="application/rss+xml" title="EA WorldView &raquo; Feed" href="https://eaworldview.com/feed/">
        <link rel="alternate" type="application/rss+xml" title="EA WorldView &raquo; Comments Feed" href="https://eaworldview.com/comments/feed/">
        <link rel="alternate" type="application/rss+xml" title="EA WorldView &raquo; Iran Daily, Dec 1 Comments Feed" href="https://eaworldview.com/2015/12/iran-daily-dec-1/feed/">
        </head><body></body></html>""",
        "https://eaworldview.com/2015/12/iran-daily-dec-1/",
    )
    assert comment_feed_link(page) == "https://eaworldview.com/2015/12/iran-daily-dec-1/feed/"
