"""Everything one page says about its reader comments, gathered into a CommentSection.

A forum thread's replies come from the forum reader (``forums``: its opening post is the page's
body).  Other comments come from the first source that has them, in this order of trust: comment markup
in the HTML (WordPress and its themes, Blogger, TypePad, Movable Type, Drupal, Tumblr notes,
Disqus' and Livefyre's copies for search engines, microdata), Blogger's comment script, JSON-LD ``Comment`` objects (taken
instead when they hold more comments), and last the repeated blocks of a comments container.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from crawler.understand.comments.blogger import read_blogger
from crawler.understand.comments.counts import declared_count
from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.fields import Context, read_item
from crawler.understand.comments.forum_platforms import FORUMS
from crawler.understand.comments.forums import next_thread_page, read_thread
from crawler.understand.comments.generic import find_repeated
from crawler.understand.comments.jsonld_comments import read_jsonld
from crawler.understand.comments.nodes import Node, find_items
from crawler.understand.comments.pagination import next_pages
from crawler.understand.comments.posted import known_zone
from crawler.understand.comments.replies import settle
from crawler.understand.comments.widgets import find_widget
from crawler.understand.comments.wordpress import wp_post_id, wp_rest_url
from crawler.understand.html import ParsedPage
from crawler.understand.jsonld_objects import jsonld_objects
from crawler.understand.metadata.page_dates import page_date_order
from crawler.understand.page_records import CommentSection


def extract_comments(
    page: ParsedPage, fetched_at: datetime | None = None, tz: str | None = None, language: str | None = None
) -> CommentSection:
    """The reader comments on a page, where the rest of the thread is, and who hosts it.

    ``fetched_at`` resolves relative times ("2 days ago"); without it they are left unread.
    ``tz`` is the site's time zone (an IANA name), for times the page writes without an offset;
    a name this machine does not know counts as none.  ``language`` is the site's, for the
    dates of a page that declares no language.
    """
    tree = page.tree
    ctx = Context(
        page_url=page.url,
        tz=known_zone(tz),
        base=fetched_at,
        languages=_languages(tree) or ([language] if language else None),
        order=page_date_order(tree, [page.url]),
    )
    objects = _jsonld(tree)
    markup, drafts = _comments(page, ctx, objects)
    widget = find_widget(page.html)
    if not drafts and widget is not None:
        markup = "widget"
    comments = settle(drafts)
    further = next_thread_page(page) if markup in FORUMS else None
    return CommentSection(
        comments=comments,
        markup=markup if drafts or widget else "none",
        widget=widget,
        next_pages=[further] if further else next_pages(tree, page.url, {comment.id for comment in comments}),
        wp_post_id=wp_post_id(tree, page.html),
        wp_rest_url=wp_rest_url(tree, page.html, page.url),
        declared_count=declared_count(tree, page.html, objects),
    )


def _comments(page: ParsedPage, ctx: Context, objects: list[dict[str, Any]]) -> tuple[str, list[Draft]]:
    """The markup name and the comments of the first source that has them."""
    thread = read_thread(page, ctx)
    if thread is not None:
        return thread.platform, thread.replies
    nodes = find_items(page.tree, page.html)
    drafts = _read(nodes, ctx)
    markup = _platform(page, nodes)
    if not drafts:
        drafts, markup = read_blogger(page.tree, ctx), "blogger"
    from_jsonld = read_jsonld(objects, ctx) if objects else []
    if len(from_jsonld) > len(drafts):
        return "json-ld", from_jsonld
    if not drafts:
        drafts, markup = _read(find_repeated(page.tree), ctx), "generic"
    return markup, drafts


def _jsonld(tree: HtmlElement) -> list[dict[str, Any]]:
    """The page's JSON-LD objects; none when a block is nested too deeply to read (a hostile page
    must not stop the comments from being read)."""
    try:
        return jsonld_objects(tree)
    except RecursionError:
        return []


def _read(nodes: list[Node], ctx: Context) -> list[Draft]:
    stops = {part for node in nodes for part in node.parts}
    return [read_item(node, stops, ctx) for node in nodes]


def _platform(page: ParsedPage, nodes: list[Node]) -> str:
    """A name for the markup the comments were read from: microdata, the blog platform the page
    declares (or, for WordPress, betrays by its asset paths), else "generic"."""
    if any(node.evidence == "md" for node in nodes):
        return "microdata"
    metas = page.tree.iter("meta")
    generator = " ".join(m.get("content", "") for m in metas if m.get("name", "").lower() == "generator").lower()
    for platform in ("wordpress", "blogger", "typepad"):
        if platform in generator:
            return platform
    if "/wp-content/" in page.html or "/wp-includes/" in page.html:
        return "wordpress"
    return "generic"


def _languages(tree: HtmlElement) -> list[str] | None:
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower()
    return [lang.split("-")[0]] if lang[:2].isalpha() else None
