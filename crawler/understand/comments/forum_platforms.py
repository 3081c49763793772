"""The forum packages whose thread pages ``forums`` reads, each by the markup it writes.

A platform is recognised by its own markup only (the classes and ids of its posts), never by the
words of a page.  Each entry names, as XPath, the posts of a thread page and, within one post, its
message, author, time and id; within the message, the quotes of other posts and the notes the
software adds (signatures and "Last edited by" inside the message, "Click to expand...").  The
profile block beside a post ("Joined: ...", "Posts: 1,200", reputation) lies outside its message
and is never read.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree


def _cls(name: str) -> str:
    """An XPath test: the element's class attribute holds the class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


@dataclass(frozen=True, slots=True)
class Platform:
    """Where one forum package puts the parts of its posts (XPath, relative to a post unless said)."""

    name: str
    gate: str  # the id of an element its thread pages have, looked up (in constant time) before any XPath
    posts: etree.XPath  # from the root: the posts, opening post first, in page order
    message: etree.XPath  # the post's message (the first that is the post's own)
    author: etree.XPath  # its author's name: an element or an attribute
    time: etree.XPath  # elements or attributes holding when it was posted, best first
    ident: etree.XPath  # its id on the site (its digits are kept)
    quotes: etree.XPath | None = None  # from the message: quotes of other posts
    notes: etree.XPath | None = None  # from the message: what the software adds to the poster's words
    quoted: etree.XPath | None = None  # the id (or a link holding it) of the post it quotes
    nested: bool = False  # a reply sits inside the post it answers (Reddit, Stack Exchange comments)


def _x(path: str) -> etree.XPath:
    return etree.XPath(path)


PLATFORMS: tuple[Platform, ...] = (
    # phpBB 3 (prosilver and its children): div.post > .postprofile + .postbody > .content
    Platform(
        name="phpbb",
        gate="phpbb",  # <body id="phpbb">
        posts=_x(
            f"//div[{_cls('post')}][@id][.//*[{_cls('postprofile')}]][.//div[{_cls('postbody')}]//div[{_cls('content')}]]"
        ),
        message=_x(f".//div[{_cls('postbody')}]//div[{_cls('content')}]"),
        author=_x(
            f".//*[{_cls('postprofile')}]//*[{_cls('username')} or {_cls('username-coloured')}]"
            f" | .//p[{_cls('author')}]//*[{_cls('username')} or {_cls('username-coloured')}]"
        ),
        time=_x(f".//p[{_cls('author')}]//time/@datetime | .//p[{_cls('author')}]"),
        ident=_x("@id"),
        quotes=_x(".//blockquote"),
        quoted=_x(".//blockquote/div/cite/a/@data-post-id | .//blockquote/div/cite/a[contains(@href, '#p')]/@href"),
    ),
    # phpBB 2 and 3's subsilver2: a table a post, b.postauthor, div.postbody, "Posted:" beside a post link
    Platform(
        name="phpbb",
        gate="wrapcentre",
        posts=_x(f"//table[{_cls('tablebg')}][count(.//b[{_cls('postauthor')}]) = 1][.//div[{_cls('postbody')}]]"),
        message=_x(f".//div[{_cls('postbody')}]"),
        author=_x(f".//b[{_cls('postauthor')}]"),
        time=_x(f".//td[{_cls('gensmall')}]//div[a[contains(@href, '#p')]]"),
        ident=_x(".//a[@name][1]/@name"),
        quotes=_x(f".//div[{_cls('quotetitle')}] | .//div[{_cls('quotecontent')}]"),
    ),
    # vBulletin 3: table#postNNN, a.bigusername, div#post_message_NNN, the date in the first td.thead
    Platform(
        name="vbulletin",
        gate="posts",
        posts=_x(
            "//table[starts-with(@id, 'post')][translate(substring(@id, 5), '0123456789', '') = '']"
            "[.//div[starts-with(@id, 'post_message_')]]"
        ),
        message=_x(".//div[starts-with(@id, 'post_message_')]"),
        author=_x(f".//*[{_cls('bigusername')}]"),
        time=_x(f"(.//td[{_cls('thead')}])[1]"),
        ident=_x("@id"),
        quotes=_x(f".//div[div[{_cls('smallfont')}] and .//td[{_cls('alt2')}]] | .//div[{_cls('bbcode_container')}]"),
        quoted=_x(".//a[contains(@href, '#post')]/@href"),
    ),
    # vBulletin 4: li.postcontainer, span.postdate, div#post_message_NNN, div.bbcode_container quotes
    Platform(
        name="vbulletin",
        gate="posts",
        posts=_x(f"//li[{_cls('postcontainer')}][.//div[starts-with(@id, 'post_message_')]]"),
        message=_x(".//div[starts-with(@id, 'post_message_')]"),
        author=_x(f".//*[{_cls('username_container')}]//*[{_cls('username')}]"),
        time=_x(f".//span[{_cls('postdate')}]"),
        ident=_x("@id"),
        quotes=_x(f".//div[{_cls('bbcode_container')}]"),
        quoted=_x(f".//div[{_cls('bbcode_postedby')}]/a/@href"),
    ),
    # vBulletin 5: li.b-post, div.js-post__content-text, div.b-post__timestamp
    Platform(
        name="vbulletin",
        gate="vb-page-body",
        posts=_x(f"//li[{_cls('b-post')}][.//div[{_cls('js-post__content-text')}]]"),
        message=_x(f".//div[{_cls('js-post__content-text')}]"),
        author=_x(
            f".//*[{_cls('b-userinfo__details')}]//*[{_cls('author')}]//a | .//*[@itemprop='author']//*[@itemprop='name']"
        ),
        time=_x(f".//*[{_cls('b-post__timestamp')}]//time/@datetime | .//*[{_cls('b-post__timestamp')}]"),
        ident=_x("@data-node-id"),
        quotes=_x(f".//div[{_cls('bbcode_container')}]"),
    ),
    # XenForo 1: ol#messageList > li.message[data-author], blockquote.messageText, .DateTime
    Platform(
        name="xenforo",
        gate="messageList",
        posts=_x(f"//ol[@id='messageList']/li[{_cls('message')}][.//blockquote[{_cls('messageText')}]]"),
        message=_x(f".//*[{_cls('messageContent')}]//blockquote[{_cls('messageText')}]"),
        author=_x("@data-author"),
        time=_x(f".//*[{_cls('messageMeta')}]//*[{_cls('DateTime')}]"),
        ident=_x("@id"),
        quotes=_x(f".//div[{_cls('bbCodeQuote')}]"),
        notes=_x(f".//div[{_cls('messageTextEndMarker')}]"),
        quoted=_x(f".//a[{_cls('AttributionLink')}]/@href"),
    ),
    # XenForo 2: article.message--post[data-author], .message-body .bbWrapper, header time
    Platform(
        name="xenforo",
        gate="XF",  # <html id="XF">
        posts=_x(f"//article[{_cls('message--post')}][.//*[{_cls('message-body')}]]"),
        message=_x(f".//*[{_cls('message-body')}]//div[{_cls('bbWrapper')}]"),
        author=_x("@data-author"),
        time=_x(f".//header[{_cls('message-attribution')}]//time"),
        ident=_x("@data-content | @id"),
        quotes=_x(f".//blockquote[{_cls('bbCodeBlock--quote')}]"),
        quoted=_x(f".//blockquote[{_cls('bbCodeBlock--quote')}]/@data-source"),
    ),
    # Simple Machines 2.0 and 2.1: #forumposts .windowbg, .poster h4 a, .keyinfo date, div.inner#msg_NNN
    Platform(
        name="smf",
        gate="forumposts",
        posts=_x(
            f"//*[@id='forumposts']//div[{_cls('windowbg')} or {_cls('windowbg2')}]"
            f"[.//div[{_cls('inner')}][starts-with(@id, 'msg_')]]"
        ),
        message=_x(f".//div[{_cls('inner')}][starts-with(@id, 'msg_')]"),
        author=_x(f".//div[{_cls('poster')}]//h4//a"),
        time=_x(f".//div[{_cls('keyinfo')}]//*[{_cls('smalltext')}][not({_cls('modified')})]"),
        ident=_x(f".//div[{_cls('inner')}][starts-with(@id, 'msg_')]/@id"),
        quotes=_x(f".//div[{_cls('quoteheader')}] | .//blockquote | .//div[{_cls('quotefooter')}]"),
        quoted=_x(f".//div[{_cls('quoteheader')}]//a/@href | .//blockquote/cite/a/@href"),
    ),
    # Discourse's page for crawlers: div.crawler-post, span.creator, time.post-time, aside.quote
    Platform(
        name="discourse",
        gate="main-outlet",
        posts=_x(f"//div[{_cls('crawler-post')}][.//*[@itemprop='articleBody' or @itemprop='text']]"),
        message=_x(".//*[@itemprop='articleBody' or @itemprop='text']"),
        author=_x(f".//*[{_cls('creator')}]//*[@itemprop='name'] | .//*[{_cls('creator')}]//a"),
        time=_x(f".//time[{_cls('post-time')}]"),
        ident=_x(".//*[@itemprop='position']"),
        quotes=_x(f".//aside[{_cls('quote')}]"),
        quoted=_x(f".//aside[{_cls('quote')}]/@data-post"),
    ),
    # Invision Community 4: article#elComment_NNN, .cAuthorPane_author, .ipsComment_meta time
    Platform(
        name="invision",
        gate="ipsLayout_body",
        posts=_x("//article[starts-with(@id, 'elComment_')][.//*[@data-role='commentContent']]"),
        message=_x(".//*[@data-role='commentContent']"),
        author=_x(f".//*[{_cls('cAuthorPane_author')}]//a"),
        time=_x(f".//*[{_cls('ipsComment_meta')}]//time"),
        ident=_x("@id"),
        quotes=_x(f".//blockquote[{_cls('ipsQuote')}]"),
        notes=_x(".//*[@data-excludequote]"),
        quoted=_x(f".//blockquote[{_cls('ipsQuote')}]/@data-ipsquote-contentcommentid"),
    ),
    # old Reddit: div.thing (the submission, then the comments nested in div.child), div.md
    Platform(
        name="reddit",
        gate="siteTable",
        posts=_x(f"//div[{_cls('thing')}][@data-type='link' or @data-type='comment'][div[{_cls('entry')}]]"),
        message=_x(f"./div[{_cls('entry')}]//div[{_cls('usertext-body')}]/div[{_cls('md')}]"),
        author=_x("@data-author"),
        time=_x(f"./div[{_cls('entry')}]//time[{_cls('live-timestamp')}]"),
        ident=_x("@data-fullname"),
        quotes=_x(".//blockquote"),
        nested=True,
    ),
    # new Reddit: shreddit-post and shreddit-comment elements, the comments nested in their parents
    Platform(
        name="reddit",
        gate="comment-tree",
        posts=_x("//shreddit-post | //shreddit-comment"),
        message=_x("./div[@slot='text-body'] | ./div[@slot='comment']"),
        author=_x("@author"),
        time=_x("@created-timestamp | ./div[@slot='commentMeta']//time/@datetime"),
        ident=_x("@thingid | @id"),
        quotes=_x(".//blockquote"),
        nested=True,
    ),
    # Stack Exchange: the question, its answers, and the comments under each of them
    Platform(
        name="stackexchange",
        gate="question",
        posts=_x(
            f"//div[@id='question' or @data-answerid][.//div[{_cls('js-post-body')}]]"
            f" | //li[{_cls('comment')}][@data-comment-id]"
        ),
        message=_x(f".//div[{_cls('js-post-body')}] | .//span[{_cls('comment-copy')}]"),
        author=_x(
            f".//div[{_cls('user-details')}][@itemprop='author']//*[@itemprop='name']"
            f" | .//div[{_cls('post-signature')}][last()]//div[{_cls('user-details')}]/a"
            f" | .//a[{_cls('comment-user')}]"
        ),
        time=_x(
            f".//time[@itemprop='dateCreated']/@datetime"
            f" | .//div[{_cls('post-signature')}][last()]//span[{_cls('relativetime')}]/@title"
            f" | .//span[{_cls('relativetime-clean')}]/@title"
        ),
        ident=_x("@data-answerid | @data-questionid | @data-comment-id"),
        nested=True,
    ),
)

FORUMS = frozenset(platform.name for platform in PLATFORMS)  # the markup names of forum threads
# The elements of a page that have one of the platforms' gate ids: libxml2 keeps the ids of a
# parsed page in a table, so this costs microseconds where scanning the page's text costs a millisecond.
GATES = etree.XPath("id('" + " ".join(sorted({platform.gate for platform in PLATFORMS})) + "')")
