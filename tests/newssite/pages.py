"""HTML of the site's pages, in the markup of a WordPress theme with Yoast, Jetpack and the
default comment walker: articles with their comment pages, archives, static pages, 404.

Every function returns a whole document rendered against ``ORIGIN``.  The parts every page
shares (menu, sidebar widgets, footer) are rendered once per batch into a ``Chrome``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from urllib.parse import quote

from tests.newssite.content import SITE_NAME, TAGLINE, clock_text
from tests.newssite.model import MAX_DEPTH, ORIGIN, CommentPaging, Placed, Post, Term
from tests.newssite.padding import Filler

_TYPOGRAPHY = str.maketrans({"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "—": "&#8212;",
                             "–": "&#8211;", "…": "&#8230;"})  # fmt: skip
WP_VERSION = "6.4.2"


def text(value: str) -> str:
    """Escaped and with typographic characters as numeric references, as WordPress prints them."""
    return escape(value, quote=False).translate(_TYPOGRAPHY)


def attr(value: str) -> str:
    return escape(value).translate(_TYPOGRAPHY)


def url(path: str) -> str:
    return ORIGIN + path


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def day_text(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment.year}"


def _json_ld(graph: list[dict[str, object]]) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json" class="yoast-schema-graph">{data}</script>'


def _avatar(name: str) -> str:
    digest = hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()
    return (f'<img alt="" src="https://secure.gravatar.com/avatar/{digest}?s=32&amp;d=mm&amp;r=g" '
            'class="avatar avatar-32 photo" height="32" width="32" loading="lazy">')  # fmt: skip


@dataclass(frozen=True, slots=True)
class Link:
    path: str
    text: str


@dataclass(frozen=True, slots=True)
class RecentComment:
    author: str
    author_url: str | None
    link: Link  # the comment's permalink, titled with its post


@dataclass(frozen=True, slots=True)
class Chrome:
    """The parts every page shows around its content, and the weight pages are padded to."""

    header: str
    sidebar: str
    footer: str
    filler: Filler
    target_bytes: int  # 0: natural size


def _items(links: Sequence[Link]) -> str:
    return "".join(f'<li><a href="{url(link.path)}">{text(link.text)}</a></li>' for link in links)


def chrome(
    *,
    categories: Sequence[Term],
    recent_posts: Sequence[Link],
    recent_comments: Sequence[RecentComment],
    months: Sequence[Link],
    briefings: Sequence[Link],
    year: int,
    filler: Filler,
    target_bytes: int,
) -> Chrome:
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="{url(f"/category/{c.slug}/")}">{text(c.name)}</a></li>'
        for c in categories
    )
    header = f"""<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding">
    <p class="site-title"><a href="{url("/")}" rel="home">{text(SITE_NAME)}</a></p>
    <p class="site-description">{text(TAGLINE)}</p>
  </div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <ul id="primary-menu" class="menu"><li class="menu-item menu-item-home"><a href="{url("/")}">Home</a></li>{menu}<li class="menu-item"><a href="{url("/about/")}">About</a></li><li class="menu-item"><a href="{url("/contact/")}">Contact</a></li></ul>
  </nav>
</header>
"""
    comments = "".join(
        '<li class="recentcomments"><span class="comment-author-link">'
        + (f'<a href="{attr(c.author_url)}" class="url" rel="ugc external nofollow">{text(c.author)}</a>' if c.author_url else text(c.author))
        + f'</span> on <a href="{url(c.link.path)}">{text(c.link.text)}</a></li>'
        for c in recent_comments
    )  # fmt: skip
    category_items = "".join(
        f'<li class="cat-item cat-item-{n + 2}"><a href="{url(f"/category/{c.slug}/")}">{text(c.name)}</a></li>'
        for n, c in enumerate(categories)
    )
    sidebar = f"""<aside id="secondary" class="widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{url("/")}"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{_items(recent_posts)}</ul></section>
  <section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments">{comments}</ul></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{_items(months)}</ul></section>
  <section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{category_items}</ul></section>
  <section id="text-3" class="widget widget_text"><h2 class="widget-title">Subscriber Briefings</h2><div class="textwidget"><ul>{_items(briefings)}</ul></div></section>
</aside>
"""
    footer = f"""<footer id="colophon" class="site-footer">
  <nav class="footer-navigation" aria-label="Footer Menu"><ul><li><a href="{url("/about/")}">About</a></li><li><a href="{url("/contact/")}">Contact</a></li><li><a href="{url("/privacy-policy/")}">Privacy Policy</a></li><li><a href="{url("/feed/")}">RSS</a></li></ul></nav>
  <div class="site-info">&copy; {year} {text(SITE_NAME)}. All rights reserved.</div>
</footer>
"""
    return Chrome(header, sidebar, footer, filler, target_bytes)


def _document(chrome: Chrome, *, title: str, head: str, body_class: str, main: str, scripts: str = "") -> str:
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{text(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; Feed" href="{url("/feed/")}">
<link rel="stylesheet" id="wp-block-library-css" href="{url(f"/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}")}" media="all">
<link rel="stylesheet" id="levant-style-css" href="{url("/wp-content/themes/levant/style.css?ver=1.4.2")}" media="all">
<script src="{url("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1")}" id="jquery-core-js"></script>
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgExt":".svg"}};</script>
</head>
<body class="{body_class}">
<div id="page" class="site">
{chrome.header}<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
{main}</main>
</div><!-- #primary -->
{chrome.sidebar}</div><!-- #content -->
{chrome.footer}</div><!-- #page -->
{scripts}<script src="{url("/wp-content/themes/levant/js/navigation.js?ver=1.4.2")}" id="levant-navigation-js"></script>
<script src="https://stats.wp.com/e-202450.js" defer></script>
</body>
</html>
"""
    return chrome.filler.pad(html, chrome.target_bytes) if chrome.target_bytes else html


def _social_meta(*, kind: str, title: str, description: str, page_url: str) -> str:
    return f"""<meta name="description" content="{attr(description)}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="{kind}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description)}">
<meta property="og:url" content="{page_url}">
<meta property="og:site_name" content="{attr(SITE_NAME)}">
<meta name="twitter:card" content="summary_large_image">"""


def _summary(paragraphs: Sequence[str], words: int) -> str:
    tokens = " ".join(paragraphs).split()
    return " ".join(tokens[:words]) + (" […]" if len(tokens) > words else "")


# Articles.


def entry_content(post: Post) -> str:
    """The article's own content (photo, paragraphs, embed), also used by the feeds."""
    image = url(post.image)
    small = image.removesuffix(".jpg") + "-300x169.jpg"
    attachment = post.id + 1
    parts = [
        f'<figure id="attachment_{attachment}" aria-describedby="caption-attachment-{attachment}" style="width: 720px" '
        f'class="wp-caption aligncenter"><img decoding="async" src="{image}" alt="" width="720" height="405" '
        f'class="size-full wp-image-{attachment}" srcset="{image} 720w, {small} 300w" sizes="(max-width: 720px) 100vw, 720px">'
        f'<figcaption id="caption-attachment-{attachment}" class="wp-caption-text">{text(post.caption)}</figcaption></figure>'
    ]
    for index, paragraph in enumerate(post.paragraphs):
        if post.read_more is not None and index == post.read_more.index:
            link = post.read_more
            parts.append(f'<p>Read more: <a href="{url(link.path)}">{text(link.title)}</a></p>')
        parts.append(f"<p>{text(paragraph)}</p>")
        if index == 1 and post.embed:
            parts.append(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 '
                'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                f'<iframe title="Footage from {attr(post.place.name)}" width="640" height="360" '
                f'src="https://www.youtube.com/embed/{post.embed}?feature=oembed" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
                "allowfullscreen></iframe>\n</div></figure>"
            )
    return "\n".join(parts)


def _share_bar(post: Post) -> str:
    target = quote(url(post.path), safe="")
    title = quote(post.title, safe="")
    services = (
        ("twitter", "Twitter", f"https://twitter.com/intent/tweet?text={title}&amp;url={target}"),
        ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={target}"),
        ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={title}%20{target}"),
    )
    items = "".join(
        f'<li class="share-{key}"><a class="share-{key} sd-button" href="{href}" target="_blank" rel="noopener noreferrer" '
        f'title="Click to share on {name}"><span>{name}</span></a></li>'
        for key, name, href in services
    )
    return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text '
            f'sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{items}<li class="share-end"></li>'
            "</ul></div></div></div>")  # fmt: skip


def _related(related: Sequence[Post]) -> str:
    if not related:
        return ""
    items = "".join(
        f'<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="{url(p.path)}" title="{attr(p.title)}">'
        f'<h4 class="jp-relatedposts-post-title">{text(p.title)}</h4></a><p class="jp-relatedposts-post-date">'
        f'{day_text(p.published)}</p><p class="jp-relatedposts-post-context">In "{text(p.category.name)}"</p></div>'
        for p in related
    )
    return ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related Posts</em></h3>'
            f'<div class="jp-relatedposts-items jp-relatedposts-items-visual">{items}</div></div>')  # fmt: skip


_NEWSLETTER = (
    '<div class="ld-newsletter-box"><h4>Get the Dispatch in your inbox</h4><p>Our daily briefing on the war in Syria, '
    "Iraq and Lebanon, every morning at seven.</p>"
    '<form action="https://levantdispatch.us7.list-manage.com/subscribe/post" method="post">'
    '<input type="email" name="EMAIL" placeholder="Email address"><button type="submit">Subscribe</button></form></div>'
)


def _article_graph(post: Post, page_url: str, word_count: int) -> list[dict[str, object]]:
    post_url = url(post.path)
    person = f"{url('/')}#/schema/person/{hashlib.md5(post.author.slug.encode(), usedforsecurity=False).hexdigest()[:12]}"
    return [
        {
            "@type": "NewsArticle",
            "@id": f"{post_url}#article",
            "isPartOf": {"@id": page_url},
            "author": {"name": post.author.name, "@id": person},
            "headline": post.title,
            "datePublished": iso(post.published),
            "dateModified": iso(post.modified),
            "mainEntityOfPage": {"@id": page_url},
            "wordCount": word_count,
            "commentCount": len(post.comments),
            "publisher": {"@id": f"{url('/')}#organization"},
            "image": {"@id": f"{post_url}#primaryimage"},
            "thumbnailUrl": url(post.image),
            "keywords": [tag.name for tag in post.tags],
            "articleSection": [post.category.name],
            "inLanguage": "en-US",
        },
        {
            "@type": "WebPage",
            "@id": page_url,
            "url": page_url,
            "name": f"{post.title} | {SITE_NAME}",
            "isPartOf": {"@id": f"{url('/')}#website"},
            "primaryImageOfPage": {"@id": f"{post_url}#primaryimage"},
            "datePublished": iso(post.published),
            "dateModified": iso(post.modified),
            "breadcrumb": {"@id": f"{post_url}#breadcrumb"},
            "inLanguage": "en-US",
        },
        {"@type": "ImageObject", "@id": f"{post_url}#primaryimage", "url": url(post.image), "width": 720, "height": 405,
         "caption": post.caption},
        {
            "@type": "BreadcrumbList",
            "@id": f"{post_url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": url("/")},
                {"@type": "ListItem", "position": 2, "name": post.category.name,
                 "item": url(f"/category/{post.category.slug}/")},
                {"@type": "ListItem", "position": 3, "name": post.title},
            ],
        },
        {"@type": "WebSite", "@id": f"{url('/')}#website", "url": url("/"), "name": SITE_NAME, "description": TAGLINE,
         "publisher": {"@id": f"{url('/')}#organization"}, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": f"{url('/')}#organization", "name": SITE_NAME, "url": url("/")},
        {"@type": "Person", "@id": person, "name": post.author.name, "url": url(f"/author/{post.author.slug}/")},
    ]  # fmt: skip


def _comment_classes(placed: Placed, alternate: int, thread: int | None, has_children: bool) -> str:
    classes: list[str] = [placed.comment.kind]
    if placed.comment.by_post_author:
        classes += ["byuser", "bypostauthor"]
    classes.append("odd alt" if alternate % 2 else "even")
    if thread is not None:
        classes.append("thread-odd thread-alt" if thread % 2 else "thread-even")
    classes.append(f"depth-{placed.depth}")
    if has_children:
        classes.append("parent")
    return " ".join(classes)


class _ThreadWriter:
    """The comment list of one comment page, as WordPress's walker writes it."""

    def __init__(self, post: Post, paging: CommentPaging, page: int, thread: Sequence[Placed]) -> None:
        self.post, self.paging = post, paging
        self.everywhere = {placed.comment.id: placed for placed in thread}
        self.shown = [placed for placed in self.everywhere.values() if placed.page == page]
        ids = {placed.comment.id for placed in self.shown}
        self.children: dict[int, list[Placed]] = {}
        self.roots: list[Placed] = []
        for placed in self.shown:
            parent = placed.comment.parent_id
            if parent is not None and parent in ids:
                self.children.setdefault(parent, []).append(placed)
            else:
                self.roots.append(placed)
        self.alternate = 0

    def permalink(self, placed: Placed) -> str:
        return url(self.paging.page_path(self.post, placed.page)) + f"#comment-{placed.comment.id}"

    def write(self) -> str:
        return "".join(self._item(placed, thread) for thread, placed in enumerate(self.roots))

    def _item(self, placed: Placed, thread: int | None) -> str:
        comment = placed.comment
        children = self.children.get(comment.id, [])
        classes = _comment_classes(placed, self.alternate, thread, bool(children))
        self.alternate += 1
        if comment.kind == "pingback":
            return (f'<li id="comment-{comment.id}" class="{classes}">\n<div class="comment-body">Pingback: '
                    f'<a href="{attr(comment.author_url or "")}" class="url" rel="ugc external nofollow">{text(comment.author)}</a> '
                    "</div>\n</li><!-- #comment-## -->\n")  # fmt: skip
        name = text(comment.author)
        if comment.author_url:
            name = f'<a href="{attr(comment.author_url)}" class="url" rel="ugc external nofollow">{name}</a>'
        in_reply_to = ""
        if comment.parent_id is not None and thread is not None:  # the parent is on another comment page
            parent = self.everywhere[comment.parent_id]
            in_reply_to = (f'<div class="comment-in-reply-to">In reply to <a href="{self.permalink(parent)}">'
                           f"{text(parent.comment.author)}</a>.</div>")  # fmt: skip
        reply = ""
        if placed.depth < MAX_DEPTH:
            reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={comment.id}#respond" '
                     f'data-commentid="{comment.id}" data-postid="{self.post.id}" data-belowelement="div-comment-{comment.id}" '
                     f'data-respondelement="respond" aria-label="Reply to {attr(comment.author)}">Reply</a></div>')  # fmt: skip
        paragraphs = "".join(f"<p>{text(p)}</p>" for p in comment.paragraphs)
        nested = "".join(self._item(child, None) for child in children)
        if nested:
            nested = f'<ol class="children">\n{nested}</ol><!-- .children -->\n'
        return f"""<li id="comment-{comment.id}" class="{classes}">
<article id="div-comment-{comment.id}" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard">{_avatar(comment.author)}<b class="fn">{name}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{self.permalink(placed)}"><time datetime="{iso(comment.posted)}">{day_text(comment.posted)} at {clock_text(comment.posted)}</time></a></div>
{in_reply_to}</footer>
<div class="comment-content">{paragraphs}</div>
{reply}
</article>
{nested}</li><!-- #comment-## -->
"""


def _comment_navigation(post: Post, paging: CommentPaging, page: int) -> str:
    links = []
    if page > 1:
        older = url(paging.page_path(post, page - 1))
        links.append(f'<div class="nav-previous"><a href="{older}#comments">Older Comments</a></div>')
    if page < paging.count(post):
        newer = url(paging.page_path(post, page + 1))
        links.append(f'<div class="nav-next"><a href="{newer}#comments">Newer Comments</a></div>')
    if not links:
        return ""
    return ('<nav class="navigation comment-navigation" aria-label="Comments">\n<h2 class="screen-reader-text">Comments '
            f'navigation</h2>\n<div class="nav-links">{"".join(links)}</div>\n</nav>\n')  # fmt: skip


def _respond(post: Post) -> str:
    return f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{post.path}#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="{url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form>
</div><!-- #respond -->
"""


def _comments_area(post: Post, paging: CommentPaging, page: int, thread: Sequence[Placed]) -> str:
    if post.private:
        return '<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>\n'
    count = len(post.comments)
    title = list_ = navigation = ""
    if count:
        how_many = "One thought" if count == 1 else f"{count} thoughts"
        title = f'<h2 class="comments-title">{how_many} on &ldquo;<span>{text(post.title)}</span>&rdquo;</h2>\n'
        list_ = f'<ol class="comment-list">\n{_ThreadWriter(post, paging, page, thread).write()}</ol><!-- .comment-list -->\n'
        navigation = _comment_navigation(post, paging, page)
    return f'<div id="comments" class="comments-area">\n{title}{list_}{navigation}{_respond(post)}</div><!-- #comments -->\n'


def article_page(
    chrome: Chrome,
    post: Post,
    paging: CommentPaging,
    page: int,
    thread: Sequence[Placed],
    *,
    previous: Post | None,
    following: Post | None,
    related: Sequence[Post],
) -> str:
    """The post's page showing comment page ``page`` of ``thread`` (``paging.placed(post)``);
    the post's own URL shows the default page."""
    post_url = url(post.path)
    page_url = url(paging.page_path(post, page))
    description = _summary(post.paragraphs[:1], 26)
    words = sum(len(p.split()) for p in post.paragraphs)
    tags = "".join(f'<meta property="article:tag" content="{attr(tag.name)}">\n' for tag in post.tags)
    robots = "noindex, nofollow" if post.private else "index, follow, max-image-preview:large, max-snippet:-1"
    head = f"""<meta name="robots" content="{robots}">
<link rel="canonical" href="{page_url}">
{_social_meta(kind="article", title=post.title, description=description, page_url=page_url)}
<meta property="article:section" content="{attr(post.category.name)}">
{tags}<meta property="article:published_time" content="{iso(post.published)}">
<meta property="article:modified_time" content="{iso(post.modified)}">
<meta property="og:image" content="{url(post.image)}">
<meta name="author" content="{attr(post.author.name)}">
{_json_ld(_article_graph(post, page_url, words))}
<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; {attr(post.title)} Comments Feed" href="{url(post.feed_path)}">
<link rel="shortlink" href="{url(post.shortlink)}">"""
    count = len(post.comments)
    comments_link = (f'<a href="{post_url}#comments">{"1 Comment" if count == 1 else f"{count} Comments"}</a>'
                     if count else f'<a href="{post_url}#respond">Leave a comment</a>')  # fmt: skip
    tag_links = ", ".join(f'<a href="{url(f"/tag/{t.slug}/")}" rel="tag">{text(t.name)}</a>' for t in post.tags)
    category = url(f"/category/{post.category.slug}/")
    navigation = ""
    if previous or following:
        sides = ""
        if previous:
            sides += (f'<div class="nav-previous"><a href="{url(previous.path)}" rel="prev"><span class="meta-nav">Previous</span> '
                      f"{text(previous.title)}</a></div>")  # fmt: skip
        if following:
            sides += (f'<div class="nav-next"><a href="{url(following.path)}" rel="next"><span class="meta-nav">Next</span> '
                      f"{text(following.title)}</a></div>")  # fmt: skip
        navigation = (f'<nav class="navigation post-navigation" aria-label="Posts">\n<h2 class="screen-reader-text">Post '
                      f'navigation</h2>\n<div class="nav-links">{sides}</div>\n</nav>\n')  # fmt: skip
    label = '<p class="ld-label">Subscriber briefing</p>\n' if post.private else ""
    main = f"""<nav class="breadcrumbs" aria-label="Breadcrumb"><span><a href="{url("/")}">Home</a> &raquo; <a href="{category}">{text(post.category.name)}</a> &raquo; {text(post.title)}</span></nav>
<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{post.category.slug} {" ".join(f"tag-{t.slug}" for t in post.tags)}">
<header class="entry-header">
{label}<h1 class="entry-title">{text(post.title)}</h1>
<div class="entry-meta">
<span class="posted-on">Posted on <a href="{post_url}" rel="bookmark"><time class="entry-date published" datetime="{iso(post.published)}">{day_text(post.published)}</time><time class="updated" datetime="{iso(post.modified)}">{day_text(post.modified)}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{url(f"/author/{post.author.slug}/")}">{text(post.author.name)}</a></span></span>
<span class="comments-link">{comments_link}</span>
</div>
{_share_bar(post)}
</header>
<div class="entry-content">
{entry_content(post)}
{_NEWSLETTER}
{_related(related)}
</div><!-- .entry-content -->
<footer class="entry-footer">
<span class="cat-links">Posted in <a href="{category}" rel="category tag">{text(post.category.name)}</a></span>
<span class="tags-links">Tagged {tag_links}</span>
</footer>
</article>
{navigation}{_comments_area(post, paging, page, thread)}"""
    scripts = f'<script src="{url(f"/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}")}" id="comment-reply-js" async data-wp-strategy="async"></script>\n'
    title = post.title + (f" – Page {page} of comments" if page_url != post_url else "")
    return _document(
        chrome,
        title=f"{title} | {SITE_NAME}",
        head=head,
        body_class=f"post-template-default single single-post postid-{post.id} single-format-standard",
        main=main,
        scripts=scripts,
    )


# Archives.


@dataclass(frozen=True, slots=True)
class Archive:
    """A list of posts, newest first, split into pages: the home page or a category, tag,
    author or month archive."""

    path: str  # of page 1: "/", "/category/syria/"
    heading: str  # "" for the home page
    posts: tuple[Post, ...]
    body_class: str
    feed_path: str | None = None

    def page_path(self, page: int) -> str:
        return self.path if page == 1 else f"{self.path}page/{page}/"

    def page_count(self, per_page: int) -> int:
        return max(1, -(-len(self.posts) // per_page))


def _page_numbers(archive: Archive, page: int, pages: int) -> str:
    """paginate_links(): the first and last page, two either side of the current one, dots between."""
    if pages == 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(archive.page_path(page - 1))}">&laquo; Previous</a>')
    dotted = False
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            dotted = False
        elif n in (1, pages) or abs(n - page) <= 2:
            parts.append(f'<a class="page-numbers" href="{url(archive.page_path(n))}">{n}</a>')
            dotted = False
        elif not dotted:
            parts.append('<span class="page-numbers dots">&hellip;</span>')
            dotted = True
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{url(archive.page_path(page + 1))}">Next &raquo;</a>')
    return ('<nav class="navigation pagination" aria-label="Posts pagination">\n<h2 class="screen-reader-text">Posts '
            f'pagination</h2>\n<div class="nav-links">{"".join(parts)}</div>\n</nav>\n')  # fmt: skip


def _teaser(post: Post) -> str:
    post_url = url(post.path)
    count = len(post.comments)
    comments = (f'<a href="{post_url}#comments">{"1 Comment" if count == 1 else f"{count} Comments"}</a>'
                if count else f'<a href="{post_url}#respond">Leave a comment</a>')  # fmt: skip
    return f"""<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{post.category.slug}">
<a class="post-thumbnail" href="{post_url}" aria-hidden="true" tabindex="-1"><img width="300" height="169" src="{url(post.image.removesuffix(".jpg") + "-300x169.jpg")}" class="attachment-medium size-medium wp-post-image" alt="" decoding="async" loading="lazy"></a>
<header class="entry-header">
<h2 class="entry-title"><a href="{post_url}" rel="bookmark">{text(post.title)}</a></h2>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{post_url}" rel="bookmark"><time class="entry-date published" datetime="{iso(post.published)}">{day_text(post.published)}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="{url(f"/author/{post.author.slug}/")}">{text(post.author.name)}</a></span></span></div>
</header>
<div class="entry-summary"><p>{text(_summary(post.paragraphs, 55))}</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{url(f"/category/{post.category.slug}/")}" rel="category tag">{text(post.category.name)}</a></span><span class="comments-link">{comments}</span></footer>
</article>
"""


def archive_page(chrome: Chrome, archive: Archive, page: int, per_page: int) -> str:
    pages = archive.page_count(per_page)
    page_url = url(archive.page_path(page))
    shown = archive.posts[(page - 1) * per_page : page * per_page]
    name = archive.heading or SITE_NAME
    title = f"{name} – Page {page} of {pages}" if page > 1 else name
    links = [f'<link rel="canonical" href="{page_url}">']
    if page > 1:
        links.append(f'<link rel="prev" href="{url(archive.page_path(page - 1))}">')
    if page < pages:
        links.append(f'<link rel="next" href="{url(archive.page_path(page + 1))}">')
    if archive.feed_path:
        links.append(f'<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; {attr(name)} Feed" '
                     f'href="{url(archive.feed_path)}">')  # fmt: skip
    graph: list[dict[str, object]] = [{"@type": "CollectionPage", "@id": page_url, "url": page_url, "name": f"{name} | {SITE_NAME}",
              "isPartOf": {"@id": f"{url('/')}#website"}, "inLanguage": "en-US"}]  # fmt: skip
    head = "\n".join([
        '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">',
        *links,
        _social_meta(kind="website", title=name, description=TAGLINE, page_url=page_url),
        _json_ld(graph),
    ])  # fmt: skip
    heading = (f'<header class="page-header">\n<h1 class="page-title">{text(archive.heading)}</h1>\n</header>\n'
               if archive.heading else "")  # fmt: skip
    main = heading + "".join(_teaser(post) for post in shown) + _page_numbers(archive, page, pages)
    body_class = archive.body_class + (f" paged paged-{page}" if page > 1 else "")
    return _document(chrome, title=f"{title} | {SITE_NAME}" if archive.heading else title, head=head,
                     body_class=body_class, main=main)  # fmt: skip


# Other pages.


def static_page(chrome: Chrome, path: str, title: str, paragraphs: Sequence[str], page_id: int) -> str:
    page_url = url(path)
    head = "\n".join([
        '<meta name="robots" content="index, follow">',
        f'<link rel="canonical" href="{page_url}">',
        _social_meta(kind="article", title=title, description=_summary(paragraphs[:1], 26), page_url=page_url),
    ])  # fmt: skip
    body = "\n".join(f"<p>{text(p)}</p>" for p in paragraphs)
    main = (f'<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">\n'
            f'<header class="entry-header"><h1 class="entry-title">{text(title)}</h1></header>\n'
            f'<div class="entry-content">\n{body}\n</div>\n</article>\n')  # fmt: skip
    return _document(chrome, title=f"{title} | {SITE_NAME}", head=head,
                     body_class=f"page-template-default page page-id-{page_id}", main=main)  # fmt: skip


def not_found_page(chrome: Chrome) -> str:
    main = ('<section class="error-404 not-found">\n<header class="page-header"><h1 class="page-title">Oops! That page '
            "can&rsquo;t be found.</h1></header>\n<div class=\"page-content\"><p>It looks like nothing was found at this "
            "location. Maybe try one of the links below or a search?</p></div>\n</section>\n")  # fmt: skip
    return _document(chrome, title=f"Page not found | {SITE_NAME}", head='<meta name="robots" content="noindex, follow">',
                     body_class="error404", main=main)  # fmt: skip
