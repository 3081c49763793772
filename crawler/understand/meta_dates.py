"""When a page was published and last modified.

Every place a page states a date gives a candidate with a rank, and the best rank wins (the first
in page order among equals):

0. the article's JSON-LD ``datePublished`` and the specific meta tags (``article:published_time``,
   ``parsely-pub-date``, ``DC.date.issued``, ...);
1. marked-up elements: ``itemprop="datePublished"``, ``<time pubdate>``, ``.published``;
2. the date shown in the byline under the headline ("Posted on December 1, 2015");
3. generic meta tags (``date``, ``DC.date``), the WebPage's JSON-LD, a date shown before the
   headline or inside prose, a later ``<time>``;
4. the date spelled out in the URL (``/2015/12/01/``);
5. dates outside the page's own content (related lists, sidebars, site chrome).

Dates in reader comments are never candidates, and a date labelled "Updated" is a modification
date.  The date shown under the headline overrules the metadata's day when it is that stamp's
local day or the (unlabelled) day of its last modification.  A UTC stamp is moved to the page's
own offset when another of the page's dates shows that offset, so that the day is the site's.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta, timezone
from typing import Any, Literal

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.dates import DateMatch, find_dates, read_datetime
from crawler.understand.dates_names import fold
from crawler.understand.meta_jsonld import first_text
from crawler.understand.meta_tags import MetaTags
from crawler.understand.records import Timestamp
from crawler.understand.urls import date_in_url

Kind = Literal["published", "modified"]

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "date_published", "article.published", "published_time", "published-date",
    "publish-date", "publish_date", "publishdate", "publish_time", "publication_date",
    "publication-date", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "citation_publication_date", "citation_online_date", "citation_date", "originalpublicationdate",
    "article:post_date", "rnews:datepublished", "cxenseparse:recs:publishtime", "article_date_original",
    "article.created", "live_date", "displaydate", "bt:pubdate", "shareaholic:article_published_time",
    "vr:published_time", "eomportal-firstpublished", "datecreated", "date.created", "created",
)  # fmt: skip
_GENERIC_META = ("date", "dc.date", "dcterms.date", "dc.date.published", "timestamp", "pdate")
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "og:modified_time", "article:modified",
    "datemodified", "modified_time", "updated_time", "last-modified", "lastmod", "dc.date.modified",
    "dcterms.modified", "last_updated_date", "lastupdated", "revised", "eomportal-lastupdate",
)  # fmt: skip

# Where a date is not the page's: reader comments, lists of other articles, site chrome.
_COMMENTS = re.compile(r"comment|disqus|respond|replies", re.IGNORECASE)
_ELSEWHERE = re.compile(
    r"related|sidebar|recommend|popular|trending|most-?read|more-?(?:stories|news)"
    r"|teaser|promo|newsletter|footer|masthead|site-?header|top-?bar|ticker|breaking|weather"
    r"|signup|subscribe|share|social|author-?bio|archive|calendar|upcoming|event",
    re.IGNORECASE,
)
_ELSEWHERE_TAGS = {"aside", "nav", "footer", "form", "select", "option", "button"}
_DATE_HINT = re.compile(
    r"date|time|posted|publish|byline|dateline|stamp|meta|info|author|detail|credit|tarikh|zaman",
    re.IGNORECASE,
)
_HEADINGS = ("h1", "h2", "h3")
_MARKED_ELEMENTS = etree.XPath(
    "//*[@itemprop='datePublished' or @itemprop='dateModified' or @itemprop='dateCreated' or @pubdate]"
)
_YEAR = re.compile(r"\d{4}")
_UPDATED = re.compile(
    r"(?:updated?|modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato"
    r"|atualizado|bijgewerkt|به\s*روز|بروز|ویرایش|تحدیث|تعدیل)[^\d]{0,25}$",  # Arabic script folded
    re.IGNORECASE,
)
_MAX_BYLINE = 200
_MAX_BYLINE_CHILDREN = 12
_MAX_DATE_LINE = 80
_FALLBACK = 5  # the rank of dates outside the page's own content


# A clock time with seconds followed by its UTC offset, anywhere in the page source
# ("08:45:12-04:00", "23:00:00 -0400"); starting at a colon keeps the scan of a large page fast.
_CLOCK_OFFSET = re.compile(r":[0-5]\d:[0-5]\d(?:\.\d+)?\s?([+-])([01]\d):?([0-5]\d)(?![\d:])")


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: int
    kind: Kind
    stamp: Timestamp
    offset_given: bool


def _stamp(match: DateMatch, raw: str, source: str) -> Timestamp:
    return Timestamp(local=match.value, raw=raw, source=source, has_time=match.has_time)


def _plausible(match: DateMatch | None) -> bool:
    return match is not None and 1995 <= match.value.year <= 2100


class _Collector:
    def __init__(self, tz: str | None, languages: tuple[str, ...]) -> None:
        self.tz = tz
        self.languages = languages
        self.found: list[_Candidate] = []

    def add(self, raw: str | None, rank: int, kind: Kind, source: str) -> None:
        if not raw or len(raw) > 120:
            return
        match = read_datetime(raw, tz=self.tz, languages=self.languages)
        if match is not None and _plausible(match):
            self.found.append(_Candidate(rank, kind, _stamp(match, raw, source), match.offset_given))

    def add_text(self, text: str, rank: int, source: str, label: str = "") -> bool:
        """Dates shown in a byline; one after an "Updated" label is a modification date.
        ``label`` is the text just before ``text`` when that is a separate node ("Updated:")."""
        before = len(self.found)
        for match in find_dates(text, tz=self.tz, languages=self.languages):
            if not _plausible(match):
                continue
            kind: Kind = "modified" if _UPDATED.search(fold(f"{label} {text[: match.start]}")) else "published"
            raw = text[match.start : match.end]
            self.found.append(_Candidate(rank, kind, _stamp(match, raw, source), match.offset_given))
        return len(self.found) > before


def _from_jsonld(collector: _Collector, article: dict[str, Any] | None, page: dict[str, Any] | None) -> None:
    for obj, rank in ((article, 0), (page, 3)):
        if obj is None:
            continue
        published = first_text(obj.get("datePublished") or obj.get("dateCreated"), {})
        collector.add(published, rank, "published", "json-ld")
        collector.add(first_text(obj.get("dateModified"), {}), rank, "modified", "json-ld")


def _from_meta(collector: _Collector, meta: MetaTags) -> None:
    for key in _PUBLISHED_META:
        for value in meta.all(key):
            collector.add(value, 0, "published", "meta")
    for value in meta.all("parsely-page"):
        try:
            data = json.loads(value)
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("pub_date"), str):
            collector.add(data["pub_date"], 0, "published", "meta")
    for key in _GENERIC_META:
        for value in meta.all(key):
            collector.add(value, 3, "published", "meta")
    for key in _MODIFIED_META:
        for value in meta.all(key):
            collector.add(value, 0, "modified", "meta")


def _attributes(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"


def _zone(element: HtmlElement, article: HtmlElement | None) -> str | None:
    """"comments", "elsewhere" (related lists, sidebars, navigation, the site's header or
    footer) or None for the page's own content.

    The search stops at the article that holds the headline: its own classes ("has-sidebar")
    describe the layout around it, not the date.
    """
    zone = None
    for node in element.iterancestors():
        if node is article or node.tag == "body":
            break
        attributes = _attributes(node)
        if _COMMENTS.search(attributes):
            return "comments"
        if zone is None and (node.tag in _ELSEWHERE_TAGS or _ELSEWHERE.search(attributes)):
            zone = "elsewhere"
    return zone


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _lines_after(headline: HtmlElement, limit: int = 400) -> list[tuple[str, HtmlElement]]:
    """The text nodes that follow the headline, up to ``limit`` characters, with their elements:
    where the byline is."""
    lines: list[tuple[str, HtmlElement]] = []
    size = 0
    for text in headline.xpath("following::text()[position() <= 60]"):
        parent = text.getparent()
        if parent.tag in ("script", "style", "noscript", "button", "option"):
            continue
        line = " ".join(text.split())
        if line:
            lines.append((line, parent))
            size += len(line)
            if size >= limit:
                break
    return lines


def _marked(element: HtmlElement, itemprop: str) -> Kind | None:
    """What a marked-up date element says it is: itemprop, ``pubdate``, hAtom classes."""
    classes = (element.get("class") or "").lower()
    if itemprop == "datemodified" or "updated" in classes or "modified" in classes:
        return "modified"
    if itemprop in ("datepublished", "datecreated") or element.get("pubdate") is not None or "published" in classes:
        return "published"
    return None


def _value(element: HtmlElement) -> str:
    return element.get("datetime") or element.get("content") or element.get("title") or _text(element)


def _from_marked(collector: _Collector, tree: HtmlElement, headline: HtmlElement | None, article: HtmlElement | None) -> None:
    """Elements marked as dates (itemprop, ``pubdate``, hAtom classes) and ``<time>`` elements;
    the first unmarked ``<time>`` after the headline is likely the article's."""
    marked_in_order = _MARKED_ELEMENTS(tree)
    marked_elements = set(marked_in_order)
    for element in marked_in_order:
        zone = _zone(element, article)
        kind = _marked(element, (element.get("itemprop") or "").lower()) or "published"
        if zone is None:
            collector.add(_value(element), 1, kind, "time")
        elif zone != "comments":
            collector.add(_value(element), _FALLBACK, "published", "time")
    after_headline = headline is None
    unmarked_times = 0
    for element in tree.iter("h1", "h2", "h3", "time", "abbr"):
        if element is headline:
            after_headline = True
        if element.tag in _HEADINGS or element in marked_elements:
            continue
        kind = _marked(element, "")
        if element.tag == "abbr" and kind is None:
            continue
        zone = _zone(element, article)
        if zone == "comments":
            continue
        if zone is not None:
            collector.add(_value(element), _FALLBACK, "published", "time")
        elif kind is not None:
            collector.add(_value(element), 1, kind, "time")
        else:
            collector.add(_value(element), 2 if after_headline and not unmarked_times else 3, "published", "time")
            unmarked_times += 1


def _from_bylines(collector: _Collector, tree: HtmlElement, headline: HtmlElement | None, article: HtmlElement | None) -> None:
    """Dates in elements whose class or id says date, byline, posted, meta, ..."""
    after_headline = headline is None
    bylines = 0
    for element in tree.iter(etree.Element):
        if element is headline:
            after_headline = True
            continue
        hints = f"{element.get('class', '')} {element.get('id', '')}"
        if len(hints) < 4 or not _DATE_HINT.search(hints) or len(element) > _MAX_BYLINE_CHILDREN:
            continue
        text = _text(element)
        if len(text) > _MAX_BYLINE or not (_YEAR.search(fold(text)) or element.get("title")):
            continue
        zone = _zone(element, article)
        if zone == "comments":
            continue
        if zone is None:
            bylines += after_headline
        rank = _FALLBACK if zone is not None else 2 if after_headline and bylines <= 3 else 3
        if not collector.add_text(text, rank, "byline"):
            collector.add(element.get("title"), rank, "published", "byline")


def _from_elements(collector: _Collector, tree: HtmlElement, headline: HtmlElement | None) -> None:
    """Dates shown on the page, ranked by where they stand relative to the headline.

    The class-name search over the whole page is the costly part: it runs only when neither
    the metadata, nor marked-up dates, nor the lines under the headline gave a date.
    """
    article = next(headline.iterancestors("article"), None) if headline is not None else None
    if headline is not None:
        label = ""
        for line, element in _lines_after(headline):
            if not _YEAR.search(fold(line)):
                label = line
                continue
            zone = _zone(element, article)
            if zone != "comments":  # a date line ranks above a date inside a caption or prose
                rank = _FALLBACK if zone else 2 if len(line) <= _MAX_DATE_LINE else 3
                collector.add_text(line, rank, "byline", label)
            label = ""
    _from_marked(collector, tree, headline, article)
    if not any(c.kind == "published" and c.rank <= 2 for c in collector.found):
        _from_bylines(collector, tree, headline, article)


def _from_url(collector: _Collector, urls: list[str]) -> None:
    for url in urls:
        day = date_in_url(url)
        if day is not None:
            collector.add(day.isoformat(), 4, "published", "url")
            return


def _local_offset(candidates: list[_Candidate]) -> timezone | None:
    """The page's own UTC offset, where another of its dates shows it.

    Either a stamp with a non-zero offset, or a clock shown without a zone: a byline "May 1, 2020
    10:54 PM" on a page stamped 2020-05-02T02:54Z (published or modified) is four hours behind
    UTC; a byline that shows the stamp's own clock says that the site keeps UTC.
    """
    stamped = [c.stamp.local for c in candidates if c.offset_given and c.stamp.has_time]
    for stamp in stamped:
        if stamp.utcoffset():
            return timezone(stamp.utcoffset())  # type: ignore[arg-type]
    for other in candidates:
        if other.offset_given or not other.stamp.has_time:
            continue
        shown = other.stamp.local.replace(tzinfo=None)
        for instant in stamped:
            utc = instant.astimezone(timezone.utc).replace(tzinfo=None)
            minutes = round((shown - utc).total_seconds() / 60)
            if minutes % 15 == 0 and -12 * 60 <= minutes <= 14 * 60:
                return timezone(timedelta(minutes=minutes))
    return None


def _page_offset(html: str) -> timezone | None:
    """The non-UTC offset that the page's stamps carry, if they agree on one.

    A site that stamps its article in UTC often writes its local offset elsewhere on the page
    (schedules, other articles, feeds); that offset gives the site's local day.  UTC stamps say
    nothing about the site and are not counted.
    """
    counts: Counter[int] = Counter()
    for sign, hours, minutes in _CLOCK_OFFSET.findall(html):
        if (hours, minutes) != ("00", "00"):
            counts[(1 if sign == "+" else -1) * (int(hours) * 60 + int(minutes))] += 1
    if not counts:
        return None
    (offset, count), = counts.most_common(1)
    if count < 2 or count * 4 < sum(counts.values()) * 3 or abs(offset) > 14 * 60:
        return None
    return timezone(timedelta(minutes=offset))


def _shown_instead(chosen: _Candidate, candidates: list[_Candidate], modified: Timestamp | None) -> Timestamp | None:
    """The date shown under the headline, where it should overrule the metadata's day.

    Two cases: the metadata's stamp is in UTC and the shown day is the same instant's local day
    (a page stamped 02:54Z that shows "May 1"); or the page shows, unlabelled, the day it was
    refreshed on (its metadata's modification day), which is then the day it presents as its own.
    """
    stamp = chosen.stamp
    for other in candidates:
        if other.rank != 2 or other.kind != "published" or other.stamp.source != "byline":
            continue
        shown = other.stamp
        if shown.day == stamp.day:
            return None
        if modified is not None and shown.day == modified.day and stamp.day < shown.day:
            return shown
        if chosen.offset_given and stamp.has_time and not shown.has_time and stamp.local.utcoffset() == timedelta(0):
            earliest = stamp.local - timedelta(hours=12)
            latest = stamp.local + timedelta(hours=14)
            if earliest.date() <= shown.day <= latest.date():
                return shown
        return None
    return None


def _best(
    candidates: list[_Candidate], kind: Kind, tz: str | None, html: str, modified: Timestamp | None = None
) -> Timestamp | None:
    own = [c for c in candidates if c.kind == kind]
    if not own:
        return None
    rank = min(c.rank for c in own)
    chosen = next(c for c in own if c.rank == rank)
    stamp = chosen.stamp
    if kind == "published" and rank < 2:
        shown = _shown_instead(chosen, candidates, modified)
        if shown is not None:
            return shown
    if tz is None and chosen.offset_given and stamp.has_time and stamp.local.utcoffset() == timedelta(0):
        offset = _local_offset(candidates) or _page_offset(html)
        if offset is not None:
            stamp = Timestamp(stamp.local.astimezone(offset), stamp.raw, stamp.source, stamp.has_time)
    return stamp


def find_page_dates(
    tree: HtmlElement,
    meta: MetaTags,
    article: dict[str, Any] | None,
    page: dict[str, Any] | None,
    urls: list[str],
    html: str,
    *,
    headline: HtmlElement | None = None,
    tz: str | None = None,
    languages: tuple[str, ...] = (),
) -> tuple[Timestamp | None, Timestamp | None]:
    """(published, modified) of a page; ``article``/``page`` are its main JSON-LD objects and
    ``headline`` its title heading, below which the byline is.  A page that only says when it
    was modified is taken to have been published then, the only day it vouches for."""
    collector = _Collector(tz, languages)
    _from_jsonld(collector, article, page)
    _from_meta(collector, meta)
    _from_elements(collector, tree, headline)
    _from_url(collector, urls)
    modified = _best(collector.found, "modified", tz, html)
    published = _best(collector.found, "published", tz, html, modified)
    if published is None and modified is not None:
        published = modified
    return published, modified
