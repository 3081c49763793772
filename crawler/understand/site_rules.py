"""A site's own overrides of page understanding, for the few sites the general rules read wrongly.

They come from the ``rules`` table and ``language`` of a site in the sites file.  Each override
replaces one reading only where its selector matches something on the page; a selector that
matches nothing leaves that part to the general rules, so a redesign of the site degrades to the
general reading instead of to nothing.

The readers the overrides call load with their first use: the crawl process takes the rules'
record, not their reading (that is a worker process's).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime

import lxml.html
from cssselect import SelectorError
from lxml.etree import XPathError
from lxml.html import HtmlElement

from crawler.understand.html import ParsedPage
from crawler.understand.page_records import ArticleBody, CommentSection, Timestamp

RULE = "site-rule"  # the body_method and date source of what an override found


@dataclass(frozen=True, slots=True)
class ReadingRules:
    """Overrides for one site: CSS selectors, and the language of pages that declare none."""

    body_selector: str | None = None  # the element(s) holding the article text
    comments_selector: str | None = None  # the element holding the comment thread
    drop_selectors: tuple[str, ...] = ()  # elements ignored everywhere (ads, widgets)
    date_selector: str | None = None  # the element whose datetime/content or text is the publication date
    language: str | None = None  # for pages that do not declare theirs

    def __bool__(self) -> bool:
        return any((self.body_selector, self.comments_selector, self.drop_selectors, self.date_selector, self.language))


def _select(tree: HtmlElement, selector: str) -> list[HtmlElement]:
    try:
        return list(tree.cssselect(selector))
    except (SelectorError, XPathError):  # the sites file's selectors are checked when it is loaded
        return []


def without_dropped(page: ParsedPage, selectors: tuple[str, ...]) -> ParsedPage:
    """The page less the elements the selectors match (on a copy: the parsed tree is shared)."""
    if not selectors:
        return page
    tree = copy.deepcopy(page.tree)
    for selector in selectors:
        for element in _select(tree, selector):
            if element.getparent() is not None:
                element.drop_tree()
    return ParsedPage(url=page.url, html=page.html, tree=tree, encoding=page.encoding)


def body_by_rule(page: ParsedPage, selector: str) -> ArticleBody | None:
    """Every paragraph of the elements the selector matches, in page order; None when it
    matches nothing with text."""
    from crawler.understand.body.blocks import read_blocks

    paragraphs = [block.text for element in _select(page.tree, selector) for block in read_blocks(element).blocks]
    paragraphs = [text for text in paragraphs if text.strip()]
    return ArticleBody(paragraphs=paragraphs, method=RULE) if paragraphs else None


def scoped(page: ParsedPage, selector: str) -> ParsedPage | None:
    """A page holding only (copies of) the elements the selector matches; None if none match."""
    found = _select(page.tree, selector)
    if not found:
        return None
    root = lxml.html.document_fromstring("<html><head></head><body></body></html>")
    head, body = page.tree.find("head"), root.find("body")
    if head is not None:
        root.replace(root.find("head"), copy.deepcopy(head))
    for element in found:
        body.append(copy.deepcopy(element))
    html = lxml.html.tostring(root, encoding="unicode")
    return ParsedPage(url=page.url, html=html, tree=root, encoding=page.encoding)


def with_rule_comments(section: CommentSection, by_rule: CommentSection) -> CommentSection:
    """The comments read inside the site's comment element; paging, widget and REST API as the
    whole page gives them."""
    section.comments = by_rule.comments
    section.markup = by_rule.markup if by_rule.comments else "widget" if section.widget else "none"
    return section


def date_by_rule(
    page: ParsedPage, selector: str, tz: str | None, fetched: datetime | None, language: str | None
) -> Timestamp | None:
    """The first date the selector's elements give, from their ``datetime`` or ``content``
    attribute, else their text (read in the page's language: "04/03/2016" is 4 March in French)."""
    from crawler.understand.dates.parsing import parse_datetime

    languages = [language] if language else None
    for element in _select(page.tree, selector):
        for raw in (element.get("datetime"), element.get("content"), element.text_content()):
            found = parse_datetime(raw, tz=tz, base=fetched, languages=languages, source=RULE) if raw else None
            if found is not None and (fetched is None or found.utc <= fetched):
                return found
    return None
