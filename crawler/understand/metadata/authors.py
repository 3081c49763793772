"""Who wrote a page: JSON-LD authors, author meta tags, else the visible byline."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.dates.month_names import fold
from crawler.understand.jsonld_objects import types_of
from crawler.understand.metadata.article_jsonld import resolve
from crawler.understand.metadata.meta_tags import MetaTags, clean_text

_META_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl")
_BYLINES = etree.XPath(
    ".//*[@rel='author' or @itemprop='author' or contains(@class, 'author') or contains(@class, 'byline')"
    " or contains(@class, 'writer')]"
)
_ELSEWHERE = re.compile(r"comment|related|sidebar|widget|recommend|popular|footer|promo|teaser", re.IGNORECASE)
_BY = re.compile(r"^(?:(?:written|posted|reported|words)\s+)?(?:by|from|von|par|por|di|بقلم|نویسنده|کاری از)\s*:?\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\s+و\s+|؛|،|\|)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"https?:|www\.|@|\d|^(?:by|admin|staff|editor|guest)$", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """'By Jane Doe and John Roe' -> names; URLs, handles and dates are dropped."""
    text = " ".join(text.split())
    by = _BY.match(fold(text))  # folded: Persian pages spell نویسنده with an Arabic yeh too
    text = text[by.end() :] if by else text
    names = []
    for part in _SPLIT.split(text):
        part = part.strip(" .:-–—·")
        if part and not _NOT_A_NAME.search(part) and len(part.split()) <= 5 and len(part) <= 60:
            names.append(part)
    return names


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _from_jsonld(article: dict[str, Any] | None, index: dict[str, dict[str, Any]]) -> list[str]:
    if article is None:
        return []
    value = article.get("author") or article.get("creator")
    people: list[str] = []
    organisations: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        item = resolve(item, index)
        if isinstance(item, str):
            people.extend(split_names(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            found = split_names(clean_text(item["name"]) or "")
            (organisations if "organization" in types_of(item) else people).extend(found)
    return people or organisations


def _from_bylines(scope: HtmlElement) -> list[str]:
    names: list[str] = []
    for element in _BYLINES(scope):
        if any(_ELSEWHERE.search(f"{a.get('class', '')} {a.get('id', '')}") or a.tag in ("aside", "footer") for a in element.iterancestors()):
            continue
        named = element.xpath(".//*[@itemprop='name']")
        text = " ".join((named[0] if named else element).text_content().split())
        if 0 < len(text) <= 80:
            names.extend(split_names(text))
        if names:
            break
    return names


_POSTED_BY = re.compile(
    r"\b(?:posted|written|published|filed|reported|submitted)\s+(?:by|von|par|por)\s*:?\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_NAME_END = re.compile(r"\s(?:on|at|in|am|le|el|\||·|—|–|-)\s|[|·,;(\n]")
_TEXT_NODES = etree.XPath(".//text()[contains(translate(., 'BY', 'by'), 'by')]")


def _from_posted_by(scope: HtmlElement) -> list[str]:
    """The name after a visible "Posted by", "Written by" in the headline's block: the text
    that follows in the same line, else the element right after (a link to the author's
    posts), as classic blog themes write the byline with no class to find it by."""
    for node in _TEXT_NODES(scope):
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style", "textarea", "option"):
            continue
        if any(_ELSEWHERE.search(f"{a.get('class', '')} {a.get('id', '')}") for a in parent.iterancestors()):
            continue
        match = _POSTED_BY.search(" ".join(str(node).split()))
        if not match:
            continue
        rest = match.group(1)
        if not rest.strip():
            after = parent.getnext() if node.is_tail else (parent[0] if len(parent) else None)
            rest = " ".join(after.text_content().split()) if after is not None else ""
        rest = _NAME_END.split(rest, maxsplit=1)[0]
        names = split_names(rest) if 0 < len(rest) <= 60 else []
        if names:
            return names[:3]
    return []


def _byline_scope(tree: HtmlElement, headline: HtmlElement | None) -> HtmlElement:
    """Where the byline is: the article that holds the headline, else the block around it."""
    if headline is None:
        return tree
    article = next(headline.iterancestors("article"), None)
    if article is not None:
        return article
    scope = headline
    for _ in range(3):
        scope = scope.getparent() if scope.getparent() is not None else scope
    return scope


def find_authors(
    tree: HtmlElement,
    meta: MetaTags,
    article: dict[str, Any] | None,
    index: dict[str, dict[str, Any]],
    headline: HtmlElement | None = None,
    site_name: str | None = None,
) -> list[str]:
    """The page's authors, de-duplicated, from the first source that names any; the outlet's
    own name ("By Jane Doe, The Levant Ledger") is not an author."""
    found = _unique(_from_jsonld(article, index))
    if not found and headline is not None:
        # a visible "Posted by" under the headline names the post's own author; a theme's
        # <meta name="author"> is often the site's, the same on every page
        found = _unique(_from_posted_by(_byline_scope(tree, headline)))
    if not found:
        found = _unique([name for value in meta.all(*_META_KEYS) for name in split_names(value)])
    found = found or _unique(_from_bylines(_byline_scope(tree, headline)))
    outlet = (site_name or "").casefold()
    return [name for name in found if name.casefold() != outlet]
