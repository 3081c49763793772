"""What an element's tag, class and id say about its part in a comment thread.

Themes name things inconsistently (``comment-author``, ``commentauthor``, ``c_author``,
``dsq-comment-header``), so names are matched on lower-cased stems inside the class and id
strings.  ``<w>`` in a pattern below marks a word edge: no letter on that side (``_`` and ``-``
separate words in class names, unlike in ``\\b``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement


def _stems(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("<w>", "(?<![a-z])").replace("</w>", "(?![a-z])"))


# A container of reader comments: "#comments", "ol.commentlist", "div.discussionContainer".
_ZONE = _stems(r"comment|respons(?!ive)|discussion|disqus|<w>dsq|livefyre|<w>lf_comments|replies|talkback|feedback")
# Parts of a page that mention comments but hold none: forms, sidebar widgets, counters, links
# (but not a thread that says where its form goes: Astra's "comment-form-position-below").
_NOT_ZONE = _stems(
    r"<w>respond</w>|<w>form</w>(?!-position)|commentform|recent|popular|latest|<w>most</w>|related"
    r"|comments?-?count|comments?-?link|comments?-?number|<w>rss</w>|nocomments|comments?-?closed|policy"
)
# Tags whose text is never something a reader wrote.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "form", "button", "input", "select", "option", "textarea",
     "iframe", "object", "embed", "svg", "img", "video", "audio", "canvas", "template", "head",
     "title", "meta", "link", "map"}
)
# Parts of one comment that are not its text: who, when, avatars, buttons, counters.
_META = _stems(
    r"author|commenter|<w>fn</w>|vcard|<w>nick|<w>user|poster|<w>name|<w>cite|avatar|photo|picture"
    r"|meta|date|time|posted|submitted|byline|<w>by</w>|commentby|signature|info|header|heading|footer"
    r"|reply|permalink|<w>edit|delete|report|<w>flag|vote|rating|score|<w>like|share|action|tools"
    r"|admin|control|number|count|says|moderation|badge|quote-?button|<w>recs"
)
# The element holding a comment's own words.  A content name wins over a metadata word in the
# same attribute ("comment-body byuser", "comment-text authorcomment").
_TEXT_NAME = _stems(r"comment-?(?:text|content|body|entry|message)|format_text|<w>c[-_]?(?:body|text)</w>")
_CONTENT = _stems(r"content|text|body|message|<w>msg|entry")
# A heading the reader gave the comment ("h5.comment_title", "span.jc_comment_title").
_TITLE_NAME = _stems(r"title|subject")


def names(el: HtmlElement) -> str:
    """The element's class and id, lower-cased, separated by a space."""
    cls = el.get("class")
    ident = el.get("id")
    if cls is None and ident is None:
        return ""
    return f"{cls or ''} {ident or ''}".lower()


def is_zone(el: HtmlElement) -> bool:
    """Whether the element's names say it holds reader comments."""
    label = names(el)
    return bool(label) and bool(_ZONE.search(label)) and not _NOT_ZONE.search(label)


def is_excluded(el: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Whether the element sits in a part of the page that holds no reader comments.  ``known``
    remembers the answers for ancestors, so that a page's elements are each looked at once."""
    path: list[HtmlElement] = []
    answer = False
    for node in el.iterancestors():
        if node in known:
            answer = known[node]
            break
        path.append(node)
        label = names(node)
        if node.tag in SKIP_TAGS or (label and _NOT_ZONE.search(label)):
            answer = True
            break
    for node in path:
        known[node] = answer
    return answer


def skips_text(el: HtmlElement) -> bool:
    """Tags whose text is never part of what a reader wrote."""
    return el.tag in SKIP_TAGS


META_TAGS = frozenset({"cite", "time", "footer", "header"})  # tags that are metadata whatever their names


def role(el: HtmlElement, label: str | None = None) -> str | None:
    """"meta" for a comment's author line, date, avatar or button; "content" for the element its
    names say holds the comment's text; None for anything else.  A name for text wins over a
    metadata word in the same attribute ("comment-body byuser").  ``label`` is the element's
    ``names`` when the caller has it already."""
    label = names(el) if label is None else label
    if not label:
        return "meta" if el.tag in META_TAGS else None
    return label_role(label, el.tag)


def label_role(label: str, tag: str) -> str | None:
    """``role`` of an element with these (non-empty) names and this tag."""
    return _role_by_label(label, tag in META_TAGS)


@lru_cache(maxsize=4096)
def _role_by_label(label: str, meta_tag: bool) -> str | None:
    return _role_of(_DIGITS.sub("0", label), meta_tag)


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def _role_of(label: str, meta_tag: bool) -> str | None:
    """``role`` by names (their numbers, such as comment ids, all read as 0, so that the
    comments of one theme share the answers)."""
    if _TEXT_NAME.search(label):
        return "content"
    if meta_tag or _META.search(label):
        return "meta"
    return "content" if _CONTENT.search(label) else None


def is_text_name(label: str) -> bool:
    """Whether an element's names say, unmistakably, that it holds a comment's text."""
    return bool(_TEXT_NAME.search(label))


def is_title_name(label: str) -> bool:
    """Whether an element's names (see ``names``) say it holds the title a reader gave a comment."""
    return bool(label) and bool(_TITLE_NAME.search(label))


def is_meta(el: HtmlElement) -> bool:
    """Whether the element is a comment's author line, date, avatar or button rather than its text."""
    return role(el) == "meta"
