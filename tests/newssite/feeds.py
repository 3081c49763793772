"""Feeds as WordPress writes them: RSS 2.0 and Atom for posts (site-wide and per category), and
one RSS feed of comments per post, newest first, replies saying whom they answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime

from tests.newssite.content import SITE_NAME, TAGLINE
from tests.newssite.model import ORIGIN, CommentPaging, Post
from tests.newssite.pages import WP_VERSION, entry_content, text, url


def rfc822(moment: datetime) -> str:
    """"Tue, 01 Dec 2015 08:45:12 +0000": WordPress gives feed dates in GMT."""
    return format_datetime(moment.astimezone(UTC))


def _atom_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _cdata(value: str) -> str:
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _excerpt(post: Post) -> str:
    words = " ".join(post.paragraphs).split()
    return " ".join(words[:55]) + (" [&#8230;]" if len(words) > 55 else "")


def _channel_head(title: str, self_path: str, link: str, built: datetime) -> str:
    return f"""	<title>{title}</title>
	<atom:link href="{url(self_path)}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{text(TAGLINE)}</description>
	<lastBuildDate>{rfc822(built)}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VERSION}</generator>
"""


def _item(post: Post) -> str:
    categories = "".join(f"\t\t<category>{_cdata(term.name)}</category>\n" for term in (post.category, *post.tags))
    return f"""	<item>
		<title>{text(post.title)}</title>
		<link>{url(post.path)}</link>
		<comments>{url(post.path)}#respond</comments>
		<dc:creator>{_cdata(post.author.name)}</dc:creator>
		<pubDate>{rfc822(post.published)}</pubDate>
{categories}		<guid isPermaLink="false">{url(post.shortlink)}</guid>
		<description>{_cdata(_excerpt(post))}</description>
		<content:encoded>{_cdata(entry_content(post))}</content:encoded>
		<wfw:commentRss>{url(post.feed_path)}</wfw:commentRss>
		<slash:comments>{len(post.comments)}</slash:comments>
	</item>
"""


def posts_feed(posts: Sequence[Post], *, self_path: str, title: str) -> str:
    """RSS 2.0 of ``posts`` (newest first, already cut to the feed's length)."""
    items = "".join(_item(post) for post in posts)
    built = max(post.modified for post in posts)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
{_channel_head(text(title), self_path, url("/"), built)}{items}</channel>
</rss>
"""


def atom_feed(posts: Sequence[Post], *, self_path: str) -> str:
    entries = "".join(
        f"""	<entry>
		<author>
			<name>{text(post.author.name)}</name>
			<uri>{url(f"/author/{post.author.slug}/")}</uri>
		</author>
		<title type="html">{_cdata(post.title)}</title>
		<link rel="alternate" type="text/html" href="{url(post.path)}" />
		<id>{url(post.shortlink)}</id>
		<updated>{_atom_time(post.modified)}</updated>
		<published>{_atom_time(post.published)}</published>
		<category scheme="{ORIGIN}" term="{text(post.category.name)}" />
		<summary type="html">{_cdata(_excerpt(post))}</summary>
		<content type="html" xml:base="{url(post.path)}">{_cdata(entry_content(post))}</content>
		<link rel="replies" type="text/html" href="{url(post.path)}#comments" thr:count="{len(post.comments)}" />
		<link rel="replies" type="application/rss+xml" href="{url(post.feed_path)}" thr:count="{len(post.comments)}" />
		<thr:total>{len(post.comments)}</thr:total>
	</entry>
"""
        for post in posts
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><feed
  xmlns="http://www.w3.org/2005/Atom"
  xmlns:thr="http://purl.org/syndication/thread/1.0"
  xml:lang="en-US"
  >
	<title type="text">{text(SITE_NAME)}</title>
	<subtitle type="text">{text(TAGLINE)}</subtitle>

	<updated>{_atom_time(max(post.modified for post in posts))}</updated>

	<link rel="alternate" type="text/html" href="{url("/")}" />
	<id>{url(self_path)}</id>
	<link rel="self" type="application/atom+xml" href="{url(self_path)}" />

	<generator uri="https://wordpress.org/" version="{WP_VERSION}">WordPress</generator>
{entries}</feed>
"""


def comments_feed(post: Post, paging: CommentPaging, items: int) -> str:
    """RSS 2.0 of the post's ``items`` newest comments, newest first."""
    placed = {p.comment.id: p for p in paging.placed(post)}

    def permalink(comment_id: int) -> str:
        return url(paging.page_path(post, placed[comment_id].page)) + f"#comment-{comment_id}"

    newest = sorted(post.comments, key=lambda c: c.posted, reverse=True)[:items]
    entries = []
    for comment in newest:
        body = "".join(f"<p>{text(p)}</p>" for p in comment.paragraphs)
        if comment.parent_id is not None:
            parent = placed[comment.parent_id].comment
            body = f'<p>In reply to <a href="{permalink(parent.id)}">{text(parent.author)}</a>.</p>\n' + body
        entries.append(f"""	<item>
		<title>By: {text(comment.author)}</title>
		<link>{permalink(comment.id)}</link>
		<dc:creator>{_cdata(comment.author)}</dc:creator>
		<pubDate>{rfc822(comment.posted)}</pubDate>
		<guid isPermaLink="false">{url(post.shortlink)}#comment-{comment.id}</guid>
		<description>{_cdata(" ".join(comment.paragraphs))}</description>
		<content:encoded>{_cdata(body)}</content:encoded>
	</item>
""")
    built = newest[0].posted if newest else post.published
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>
<channel>
{_channel_head("Comments on: " + text(post.title), post.feed_path, url(post.path), built)}{"".join(entries)}</channel>
</rss>
"""
