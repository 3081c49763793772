"""What a page says about itself: title, address, authors, topics, language and dates.

Each field is read from the most deliberate statement the page makes (JSON-LD and meta tags)
before the visible markup.  Nothing here raises on odd pages: what is missing stays None or empty.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.forums import Post, opening_post
from crawler.understand.html import ParsedPage
from crawler.understand.jsonld_objects import jsonld_objects, of_type
from crawler.understand.metadata.article_jsonld import (
    articles,
    best_match,
    first_text,
    id_index,
    names,
    resolve,
    web_pages,
)
from crawler.understand.metadata.authors import find_authors
from crawler.understand.metadata.headline import find_headline
from crawler.understand.metadata.language import choose_language, date_languages
from crawler.understand.metadata.meta_tags import (
    TITLE_MAX,
    MetaTags,
    clean_text,
    comparable,
    meta_tags,
    plain_title,
    shortened,
)
from crawler.understand.metadata.page_dates import find_page_dates
from crawler.understand.page_records import PageMeta, Timestamp
from crawler.understand.urls import absolute_url, normalize_url

# " | Site", " - Site", " — Site", " :: Site" at the end (or start) of a <title>
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|«|»|/)\s+")
_FIRST_H1 = etree.XPath("(//h1)[1]")
_ENTRY_TITLES = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]")


def _texts(tree: HtmlElement, xpath: str) -> list[str]:
    return [text for text in (clean_text(node.text_content()) for node in tree.xpath(xpath)) if text]


def strip_site_name(title: str, site_name: str | None, host: str) -> str:
    """'Headline | Site' -> 'Headline'; a separator inside the headline itself stays."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_words = {comparable(site_name)} if site_name else set()
    host_core = comparable(host.removeprefix("www.").rsplit(".", 1)[0]) if host else ""
    for index in (-1, 0):
        part = comparable(parts[index])
        if part and (part in site_words or (host_core and (part == host_core or part.replace("com", "") == host_core))):
            rest = parts[:-1] if index == -1 else parts[1:]
            return _join_like(title, rest)
    if " | " in title:  # a pipe almost never belongs to a headline: drop the shorter end
        head, _, tail = title.rpartition(" | ")
        return head if len(tail) <= len(head) else tail
    return title


def _join_like(title: str, parts: list[str]) -> str:
    start = title.find(parts[0])
    end = title.find(parts[-1], start) + len(parts[-1])
    return title[start:end].strip()


def _masthead(tree: HtmlElement) -> str | None:
    """The text of an ``<h1>`` that is only a link to the home page: the site's name in the header
    of an older theme ("<h1><a href="/">Field Notes</a></h1>"), not the page's headline."""
    first = _FIRST_H1(tree)
    if not first:
        return None
    links = first[0].findall(".//a")
    text = clean_text(first[0].text_content())
    if len(links) != 1 or not text or clean_text(links[0].text_content()) != text:
        return None
    href = (links[0].get("href") or "").strip()
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    home = parts.path in ("", "/", "./", "index.html", "/index.html") and not parts.query
    return text if href and home else None


def _heading_is_title(heading: str, page_title: str | None, masthead: str | None) -> bool:
    """Whether a page's only ``<h1>`` is its headline: not the masthead, not the shorter side of
    'Headline | Site', and not a shorter text that the ``<title>`` does not contain (a logo's
    "Loading", a date, the site's name in another spelling)."""
    if heading == masthead:
        return False
    if not page_title or len(heading) >= len(page_title):
        return True
    parts = sorted(_TITLE_SEPARATORS.split(page_title), key=len)
    if len(parts) > 1 and comparable(heading) == comparable(parts[0]):
        return False
    return comparable(heading) in comparable(page_title)


def _title(
    meta: MetaTags,
    article: dict[str, Any] | None,
    tree: HtmlElement,
    site_name: str | None,
    host: str,
    masthead: str | None,
) -> str | None:
    headings = _texts(tree, "//h1")
    page_title = _page_title(tree)
    candidates = [
        plain_title(meta.first("og:title", "twitter:title")),
        plain_title(first_text(article.get("headline"), {})) if article else None,
        _entry_title(tree, page_title),
        plain_title(headings[0]) if len(headings) == 1 and _heading_is_title(headings[0], page_title, masthead) else None,
        page_title,
    ]
    # A title is a line, not a paragraph: the first that is one, else the first, shortened.
    first: str | None = None
    for candidate in filter(None, candidates):
        title = _heading_part(candidate, tree) or strip_site_name(candidate, site_name, host)
        if len(title) <= TITLE_MAX:
            return title
        first = first or title
    return shortened(first) if first else None


def _entry_title(tree: HtmlElement, page_title: str | None) -> str | None:
    """The post's headline as the hAtom microformat marks it (``class="entry-title"``: Blogger's
    ``<h3 class="post-title entry-title">``, WordPress themes), when the page marks one only and its
    ``<title>`` holds it: a blog's ``<h1>`` may be the blog's name, which Blogger's "Blog: Post"
    ``<title>`` holds too."""
    found = _ENTRY_TITLES(tree)
    if len(found) != 1 or not page_title:
        return None
    text = plain_title(clean_text(found[0].text_content()))
    return text if text and comparable(text) in comparable(page_title) else None


def _page_title(tree: HtmlElement) -> str | None:
    """The ``<title>``'s text, as plain text (an unclosed one holds the rest of the page)."""
    return plain_title(tree.findtext(".//title"))


def _heading_part(title: str, tree: HtmlElement) -> str | None:
    """The part of 'Site » Blog Archive » Headline' (or 'Headline | Site') that a heading of the
    page repeats: classic themes name the site in the ``<title>`` with no tag saying which part
    it is, and put the post's headline in an ``<h2>`` or ``<h3>``."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return None
    headings = {comparable(text) for text in _texts(tree, "(//h1 | //h2 | //h3)[position() <= 30]")}
    found = [part for part in parts if len(comparable(part)) >= 12 and comparable(part) in headings]
    return found[0].strip() if len(found) == 1 else None


def _declared_urls(page: ParsedPage, meta: MetaTags) -> list[str]:
    """Absolute URLs the page gives for itself: link rel=canonical, og:url."""
    hrefs = [link.get("href") for link in page.tree.iterfind(".//link") if "canonical" in (link.get("rel") or "").lower().split()]
    hrefs.append(meta.first("og:url"))
    page_path = urlsplit(page.url).path if page.url else ""
    base = page.url if urlsplit(page.url or "").scheme in ("http", "https") else _own_origin(page)
    found = []
    for href in hrefs:
        url = absolute_url(href, base)
        # a canonical pointing at the home page from an article is a template error
        if url is not None and not (urlsplit(url).path in ("", "/") and page_path not in ("", "/")):
            found.append(url)
    return found


_SELF_LINKS = ("shortlink", "pingback", "edituri", "wlwmanifest", "home", "index", "alternate")


def _own_origin(page: ParsedPage) -> str:
    """Where a page read from a file (``file://``) or from no address was served: the origin of
    the links a page's head gives to its own site (shortlink, pingback, then feeds), so that a
    relative canonical link resolves to the site and not to the file; empty if none is given."""
    found: dict[str, str] = {}
    for link in page.tree.iterfind(".//link"):
        parts = urlsplit((link.get("href") or "").strip())
        if parts.scheme in ("http", "https") and parts.netloc:
            for rel in (link.get("rel") or "").lower().split():
                found.setdefault(rel, f"{parts.scheme}://{parts.netloc}/")
    return next((found[rel] for rel in _SELF_LINKS if rel in found), "")


def _canonical(page: ParsedPage, declared: list[str], article: dict[str, Any] | None) -> str:
    candidates = list(declared)
    if article is not None:
        for key in ("url", "mainEntityOfPage"):
            value = article.get(key)
            value = value.get("@id") if isinstance(value, dict) else value
            url = absolute_url(value if isinstance(value, str) else None, page.url)
            if url:
                candidates.append(url)
    if page.url:
        candidates.append(page.url)
    return normalize_url(candidates[0]) if candidates else ""


def _site_from_title(tree: HtmlElement, masthead: str | None) -> str | None:
    """'Headline | Site' -> 'Site', when the page's ``<h1>`` is the headline part or the shorter
    site part (a logo's text), or its masthead one of the parts ('Site » Headline')."""
    title = _page_title(tree)
    parts = _TITLE_SEPARATORS.split(title) if title else []
    if len(parts) != 2:
        return None
    named = [comparable(part) for part in parts]
    if masthead is not None and comparable(masthead) in named:
        return masthead
    headings = _texts(tree, "//h1")
    heading = comparable(headings[0]) if headings else None
    if heading == named[0]:
        return parts[1]
    return parts[1] if heading == named[1] and len(parts[1]) < len(parts[0]) else None


def _site_name(
    meta: MetaTags,
    article: dict[str, Any] | None,
    objects: list[dict[str, Any]],
    index: dict[str, dict[str, Any]],
    tree: HtmlElement,
    masthead: str | None,
) -> str | None:
    name = meta.first("og:site_name", "application-name", "apple-mobile-web-app-title")
    if name:
        return name
    if article is not None:
        publisher = resolve(article.get("publisher"), index)
        if isinstance(publisher, dict) and first_text(publisher.get("name"), index):
            return first_text(publisher.get("name"), index)
    website = of_type(objects, "WebSite")
    return (first_text(website[0].get("name"), index) if website else None) or _site_from_title(tree, masthead)


def _topics(meta: MetaTags, article: dict[str, Any] | None, tree: HtmlElement) -> tuple[str | None, list[str]]:
    sections = meta.all("article:section", "section", "parsely-section")
    tags = meta.all("article:tag", "parsely-tags", "news_keywords")
    if article is not None:
        sections += names(article.get("articleSection"), {})
        keywords = names(article.get("keywords"), {})
        tags += [word for value in keywords for word in value.split(",")]
    tags += _texts(tree, "//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]")
    unique: dict[str, str] = {}
    for tag in tags:
        tag = tag.strip()
        if tag and len(tag) <= 80:
            unique.setdefault(tag.casefold(), tag)
    return (sections[0] if sections else None), list(unique.values())


def _language(
    tree: HtmlElement, meta: MetaTags, article: dict[str, Any] | None, sample: str, site_language: str | None
) -> str | None:
    declared = [
        tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        meta.first("content-language", "language", "dc.language"),
        meta.first("og:locale"),
        first_text(article.get("inLanguage"), {}) if article else None,
        site_language,  # the sites file's word, for pages that declare none
    ]
    return choose_language(declared, sample)


def _text_sample(tree: HtmlElement) -> str:
    """A few paragraphs of the page, enough to see its script and language."""
    paragraphs = []
    for node in tree.iter("p", "h1", "h2"):
        text = node.text_content()
        if len(text) > 40:
            paragraphs.append(text)
            if sum(map(len, paragraphs)) > 3000:
                break
    return " ".join(paragraphs)


def extract_metadata(
    page: ParsedPage, tz: str | None = None, fetched: datetime | None = None, language: str | None = None
) -> PageMeta:
    """Title, canonical URL, authors, topics, language, site name, description and dates; with
    ``fetched`` (when the page was fetched, timezone-aware), no date after it is taken;
    ``language`` is the site's, for a page that declares none."""
    tree = page.tree
    meta = meta_tags(tree)
    objects = jsonld_objects(tree)
    index = id_index(objects)
    declared = _declared_urls(page, meta)
    page_urls = {normalize_url(url) for url in [page.url, *declared] if url}
    stated_title = plain_title(meta.first("og:title", "twitter:title")) or _page_title(tree)
    article = best_match(articles(objects), page_urls, stated_title)
    webpage = best_match(web_pages(objects), page_urls, stated_title)
    canonical = _canonical(page, declared, article)
    host = urlsplit(canonical).hostname or ""
    masthead = _masthead(tree)
    site_name = _site_name(meta, article, objects, index, tree, masthead)
    section, tags = _topics(meta, article, tree)
    sample = _text_sample(tree)
    language = _language(tree, meta, article or webpage, sample, language)
    title = _title(meta, article, tree, site_name, host, masthead)
    headline = find_headline(tree, title)
    languages = date_languages(language, sample)
    published, modified = find_page_dates(
        tree, meta, article, webpage, [canonical, page.url], page.html,
        headline=headline, tz=tz, languages=languages, fetched=fetched,
    )
    authors = find_authors(tree, meta, article, index, headline, site_name)
    opening = opening_post(page, tz, fetched, languages)
    if opening is not None:
        published, authors = _opening_post(opening, published, authors, fetched)
    description = meta.first("description", "og:description", "twitter:description")
    if description is None and article is not None:
        description = first_text(article.get("description"), {})
    return PageMeta(
        url=page.url,
        canonical_url=canonical,
        title=title,
        authors=authors,
        section=section,
        tags=tags,
        language=language,
        site_name=site_name,
        description=description,
        published=published,
        modified=modified,
    )


def _opening_post(
    opening: Post, published: Timestamp | None, authors: list[str], fetched: datetime | None
) -> tuple[Timestamp | None, list[str]]:
    """A forum thread's date and author: its opening post's own (never a "Joined" line of a
    poster's profile), where the post gives them and the time is not after the fetch."""
    stamp = opening.posted_at
    if stamp is not None and (fetched is None or stamp.utc <= fetched):
        published = replace(stamp, source="forum-post")
    return published, [opening.author] if opening.author else authors
