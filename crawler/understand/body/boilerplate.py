"""What an element is for, read from its tag, class, id, role and itemprop.

The body extractor asks one question of every block element: is this part of a page's furniture
(navigation, share bars, related links, newsletter boxes, ads, author boxes, tag footers, reader
comments, ...), a photo caption, or a container that names itself as the article's text?  The
answer is a hint, not a verdict: the body extractor weighs it against how much text is inside.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import IntEnum
from functools import lru_cache

from lxml.html import HtmlElement


class Role(IntEnum):
    """Ordered by precedence: when class names disagree, the higher role wins."""

    FURNITURE = 1  # page furniture around the article: navigation, share bars, ads, ...
    CAPTION = 2  # the caption or credit of a photo, video or gallery
    PULL_QUOTE = 3  # a sentence of the article repeated large
    COMMENTS = 4  # reader comments and their forms
    ARTICLE = 5  # a container that names itself as the article's text


_BY_RANK: tuple[Role | None, ...] = (None, *sorted(Role))


# Tags that are furniture unless their class names say otherwise.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "menu", "dialog"})

_ROLE_FURNITURE = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "dialog",
        "alertdialog",
        "tablist",
    }
)

# Class and id words, matched against each class name (and the id) lower-cased.  Short or
# ambiguous words must stand alone or between "-"/"_"; distinctive ones may sit inside a name.
_SEP = r"(?:^|[-_])"
_END = r"(?:$|[-_])"

_COMMENTS = re.compile(
    r"comment(?!ary)|disqus|respond|discussion|livefyre|fb-comments|vuukle|spotim|spot-im"
    r"|viafoura|coral-|talk-embed|reply|replies"
)
# Counters and toggles ("comments-link", "comment-count") are furniture, not comment threads.
_COMMENT_WIDGETS = re.compile(r"count|link|number|button|btn|icon|bubble")

# Furniture words, in two expressions: those that may begin anywhere in a name, all starting with
# a letter (so that the expression engine skips ahead to where one may begin: four times faster
# than one expression holding both kinds), and those that begin a name or a part of it.
_FURNITURE_WORDS = re.compile(
    # sharing and following
    r"shar(?:e|ing)(?!d(?!addy))|social|sociable|addthis|addtoany|a2a_|sharethis|shareaholic"
    r"|follow-us|followus|"
    # related and recommended reading
    r"related|recommend|recirc|read-?next|also-?read|see-?also|more-?(?:stories|news|articles|from)"
    r"|most-?(?:popular|read|viewed|shared)|latest-?(?:news|posts|stories|articles|headlines)"
    r"|top-?stories|popular-?(?:posts|stories)|trending|outbrain|taboola"
    r"|zergnet|yarpp|crp_|jp-relatedposts|rp4wp|you-?may|further-?reading|other-?(?:news|posts)|"
    # newsletters, subscriptions, promotions
    r"newsletter|subscri|signup|sign-up|opt-?in|mailchimp|mc4wp|promoted"
    r"|sponsor|donat|membership|paywall-?(?:promo|prompt|offer)|"
    # advertising
    r"advert|adsense|adslot|ad-?slot|adunit|ad-?unit|ad-?wrap|ad-?container|ad-?holder|ad-?zone"
    r"|ad-?banner|googlead|gpt-ad|dfp|doubleclick|"
    # navigation and site chrome
    r"navbar|navigation|breadcrumb|crumbs|menu|pagination|pager"
    r"|masthead|site-?header|site-?footer|skip-?(?:link|to)|toolbar"
    # ("has-sidebar", "w-sidebar", "content-sidebar-wrap" describe a layout, not a sidebar)
    r"|side(?<!has-side)(?<!with-side)(?<!w-side)(?<!no-side)(?<!content-side)-?bar(?!-?(?:layout|content))"
    r"|widget-?area|widgets|widget_|"
    # about the article rather than of it
    r"byline|about-?(?:the-?)?author|metadata|entry-meta|post-meta|article-meta|cat-links"
    r"|timestamp|published|"
    # overlays, notices, hidden helpers
    r"popup|modal|cookie|gdpr|consent|screen-?reader|sr-only"
    r"|visually-?hidden|visuallyhidden|offscreen|d-none|signin|sign-in|searchform"
)
_FURNITURE_PARTS = re.compile(
    _SEP
    + r"(?:follow" + _END + r"|teasers?" + _END + r"|promo|cta" + _END + r"|ads?" + _END
    + r"|nav|paging|footer|header" + _END + r"|tools" + _END + r"|utility|rail" + _END
    + r"|authors?(?:-?(?:box|bio|info|name|meta|details|profile|card|block|wrap|area|section|container))?$"
    + r"|meta" + _END
    # ("tag-syria", "category-news", "author-jane" are a WordPress post's own slugs: not furniture)
    + r"|(?:tags?|tagcloud|categor(?:y|ies)|cats|topics|keywords)"
    + r"(?:-?(?:list|links?|wrap(?:per)?|box|container|area|section|cloud))?$"
    + r"|date" + _END
    + r"|print(?:er)?(?:-?(?:button|link|icon|btn|tools?|page|article|friendly))?$"
    + r"|banner" + _END + r"|hidden" + _END + r"|hide" + _END + r"|login|search" + _END + ")"
)


def _furniture(name: str) -> bool:
    return _FURNITURE_WORDS.search(name) is not None or _FURNITURE_PARTS.search(name) is not None


_EMBED = re.compile(r"embed|tweet|instagram-media|tiktok-embed")
_CAPTION = re.compile(r"caption|photo-?credit|image-?credit|" + _SEP + r"credits?" + _END)
_PULL_QUOTE = re.compile(r"pull-?quote|pullquote|blockquote-?pull|pull_quote")

_ARTICLE = re.compile(
    r"(?:^|[-_])(?:article[-_]?(?:body|content|text|main)|story[-_]?(?:body|content|text|main)"
    r"|entry[-_]?(?:content|body|text)|post[-_]?(?:content|body|entry|text|article)|postbody"
    r"|single[-_]?content|content[-_]?body|body[-_]?(?:text|copy)|bodytext"
    r"|news[-_]?(?:text|content)"
    r"|text[-_]?content|main[-_]?text|maintext|article__(?:body|content)|field[-_]+name[-_]+body"
    r"|rich[-_]?text|blog[-_]?(?:post[-_]?)?content)$"
)


# The two caches hold the names a site's template repeats on every page; a few thousand do that
# (on the real pages of the benchmarks, larger caches saved no time and kept 10 MB more in the
# process that reads pages).
@lru_cache(maxsize=4096)
def _rank_of_name(name: str) -> int:
    """The precedence of the role one lower-cased class name (or id) claims; 0 for none."""
    if _ARTICLE.search(name):
        return Role.ARTICLE
    comments = _COMMENTS.search(name)
    if comments and not _COMMENT_WIDGETS.search(name):
        return Role.COMMENTS
    if _PULL_QUOTE.search(name):
        return Role.PULL_QUOTE
    if _CAPTION.search(name):
        return Role.CAPTION
    if _EMBED.search(name):
        return 0  # a post quoted from a social network is the article's, whatever else it says
    if comments or _furniture(name):
        return Role.FURNITURE
    return 0


_POST_CLASS = frozenset({"hentry", "type-post", "type-page", "status-publish"})
_SLUG_PREFIXES = ("tag-", "category-", "author-", "format-", "post-format-", "topic-", "section-")


@lru_cache(maxsize=2048)
def _rank_of_classes(classes: str) -> int:
    names = classes.lower().split()
    if _POST_CLASS.intersection(names):
        # WordPress's post_class() lists the post's own tags and categories ("tag-promotion",
        # "category-sponsored-news"): words of the post's topic, not of the element's role
        names = [name for name in names if not name.startswith(_SLUG_PREFIXES)]
    return max((_rank_of_name(name) for name in names), default=0)


_HIDING_STYLE = re.compile(r"display:none|visibility:hidden|(?:left|top|text-indent):-\d{4,}px")


def is_hidden(el: HtmlElement) -> bool:
    """Whether the page hides the element from readers (``hidden``, ``display: none``, moved
    far off the screen, where link spam hides)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and hiding_style(style)


def hiding_style(style: str) -> bool:
    """Whether an element's ``style`` hides it (see ``is_hidden``)."""
    return _HIDING_STYLE.search(style.replace(" ", "").lower()) is not None


def role_of(el: HtmlElement) -> Role | None:
    """The element's role for the body extractor, from its markup alone."""
    return role_of_markup(el.tag, el.attrib)


def role_of_markup(tag: str, attributes: Mapping[str, str]) -> Role | None:
    """``role_of`` an element of this tag and these attributes (read once by a caller that reads
    them for other reasons too: lxml reads one attribute at a time slowly)."""
    itemprop = attributes.get("itemprop")
    if itemprop:
        prop = itemprop.lower()
        if "articlebody" in prop:
            return Role.ARTICLE
        if "comment" in prop:
            return Role.COMMENTS
    if tag == "figcaption":
        return Role.CAPTION
    aria = attributes.get("role")
    if aria and aria.lower() in _ROLE_FURNITURE:
        return Role.FURNITURE
    classes, ident = attributes.get("class"), attributes.get("id")
    rank = _rank_of_classes(classes) if classes else 0
    if ident:
        rank = max(rank, _rank_of_name(ident.lower()))
    if rank == 0 and tag in _FURNITURE_TAGS:
        return Role.FURNITURE
    return _BY_RANK[rank]


# Text that is furniture whatever its markup: ad labels, "read more" promos, list headings.
_LABEL = re.compile(
    r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|anzeige|werbung|publicidad"
    r"|publicidade|publicité|pubblicità|реклама|إعلان|تبلیغات|广告|廣告"
    r"|(?:story|article) continues below(?: this)?(?: advertisement| ad)?|continue reading below"
    r"|scroll to continue(?: with content)?|this slideshow requires javascript"
    r"|related(?:\W+\w+){0,4}|more(?: (?:posts|articles|stories|news|links|coverage|videos?))?"
    r"|you (?:may|might) also like|recommended(?: for you)?|don'?t miss|must read|top stories"
    r"|most (?:popular|read|viewed|shared)(?: .{0,30})?|trending(?: now| stories)?|partner news"
    r"|latest (?:news|stories|posts)|more (?:from|on|about) .{1,40}|see also|read (?:more|also)"
    r"|also read|share(?: this)?(?: article| story| post)?|share (?:this |it )?(?:on|via) .{1,20}"
    r"|leave a (?:comment|reply)|tags?|tagged(?: with)?|labels|categor(?:y|ies)|filed under"
    r"|topics|comments?|also on .{1,30})\W*$",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"^(?:read more|read also|also read|see more|see also|related|more|watch|listen|click here"
    r"|don'?t miss|recommended|must read|trending|lesen sie auch|mehr zum thema|читайте также"
    r"|смотрите также|leia também|veja também|lire aussi|à lire aussi|leer también|lee también"
    r"|ver también|leggi anche|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|相关阅读|延伸阅读)\b",
    re.IGNORECASE,
)


def is_furniture_text(text: str, link_density: float) -> bool:
    """Whether a block's own words mark it as furniture: an "Advertisement" label, a "Related
    stories" heading, a "READ MORE: <link>" promo or a link in capitals between paragraphs."""
    if len(text) < 60 and _LABEL.match(text):
        return True
    if link_density < 0.5:
        return False
    return bool(_PROMO.match(text)) or (text.isupper() and text.count(" ") >= 2)
