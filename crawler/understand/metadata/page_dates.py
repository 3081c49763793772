"""When a page was published and last modified.

Every place a page states a date gives a candidate with a rank, and the best rank wins (the first
in page order among equals):

0. the article's JSON-LD ``datePublished`` and the specific meta tags (``article:published_time``,
   ``parsely-pub-date``, ``DC.date.issued``, ...);
1. marked-up elements: ``itemprop="datePublished"``, ``<time pubdate>``, ``.published``;
2. the date shown in the byline under the headline ("Posted on December 1, 2015"), or after a
   "Published" label further down;
3. generic meta tags (``date``, ``DC.date``), the WebPage's JSON-LD, a date shown just before the
   headline or inside prose, a later ``<time>``;
4. the date spelled out in the URL (``/2015/12/01/``);
5. dates outside the page's own content (related lists, sidebars, site chrome).

Dates in reader comments are never candidates, and a date labelled "Updated" (or marked up as
one) is a modification date.  The date shown under the headline overrules the metadata's day when
it is that stamp's local day or the (unlabelled) day of its last modification.  A UTC stamp is
moved to the page's own offset when another of the page's dates shows that offset, so that the day
is the site's.  A numeric date such as 02/11/2023 is read in the order of the page's locale (its
declared region, else its country's domain), and the other way round when that reading is the day
of the page's unambiguous dates.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.dates.month_names import fold
from crawler.understand.dates.parsing import DateMatch, DateOrder, date_order, find_dates, may_hold_date, read_datetime
from crawler.understand.metadata.article_jsonld import first_text
from crawler.understand.metadata.meta_tags import MetaTags, about_the_page, meta_tags
from crawler.understand.page_records import Timestamp
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
_COMMENTS = re.compile(r"comment(?!ary)|disqus|respond|replies", re.IGNORECASE)  # "commentary" is an opinion piece
_ELSEWHERE = re.compile(
    r"related|sidebar|recommend|popular|trending|most-?(?:read|viewed|shared|commented|watched)"
    r"|more-?(?:stories|news|on|from|in|like)|story-?more|alsos?\b|see-?also|read-?(?:next|also)|up-?next"
    r"|you-?may|might-?like|further-?reading|latest|headlines|top-?stories|outbrain|taboola"
    r"|teaser|promo|newsletter|footer|masthead|site-?header|top-?bar|ticker|breaking|weather"
    r"|signup|subscribe|share|social|author-?bio|archive|calendar|upcoming|event"
    # a post quoted from a social network shows its own date, not the article's
    r"|twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|mastodon-embed|embed",
    re.IGNORECASE,
)
_ELSEWHERE_TAGS = {"aside", "nav", "footer", "form", "select", "option", "button"}
_DATE_HINT = re.compile(
    r"date|time|posted|publish|byline|dateline|stamp|meta|info|author|detail|credit|calendar|tarikh|zaman",
    re.IGNORECASE,
)
# Words that introduce the publication date ("Published on", "publiziert am", "Date:").
_PUBLISHED_LABEL = re.compile(
    r"^\W*+(?:(?:first\s+)?published|posted|publiziert|veröffentlicht|erschienen|publié|publicado|pubblicato"
    r"|gepubliceerd|opublikowano|publicat|yayınlanma|опубликовано|julkaistu|publicerad|udgivet|publisert"
    r"|تاریخ\s*انتشار|انتشار|تاريخ\s*النشر|نشر\s*في|date\s*:|dated)(?![^\W\d_])",
    re.IGNORECASE,
)
# A short sentence that states the publication ("Dieser Artikel wurde am 3. März 2015
# veröffentlicht", "This article was published on ...", "Publié le ... à ...").
_PUBLISHED_SENTENCE = re.compile(
    r"(?<![^\W\d_])(?:published|veröffentlicht|publiziert|erschienen|publié|publiée|publicado|publicada"
    r"|pubblicato|pubblicata|gepubliceerd|opublikowano|опубликовано)(?![^\W\d_])",
    re.IGNORECASE,
)
_MAX_SENTENCE = 140
_HEADINGS = ("h1", "h2", "h3")
# (Reaching the elements through their attributes is three times faster than testing every element.)
_MARKED_ELEMENTS = etree.XPath(
    "//@itemprop[.='datePublished' or .='dateModified' or .='dateCreated']/.. | //@pubdate/.."
)
_UPDATED = re.compile(
    r"(?:updated?|modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato"
    r"|atualizado|bijgewerkt|به\s*روز|بروز|ویرایش|تحدیث|تعدیل)[^\d]{0,25}$",  # Arabic script folded
    re.IGNORECASE,
)
_MAX_BYLINE = 200
_NEAR_HEADLINE = 400  # characters of text after the headline where its byline is
_BEFORE_HEADLINE = 200  # characters of text just before the headline that may carry its date
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
    ambiguous: bool = False  # a numeric date whose day and month could be swapped


def _stamp(match: DateMatch, raw: str, source: str) -> Timestamp:
    return Timestamp(local=match.value, raw=raw, source=source, has_time=match.has_time)


class _Collector:
    def __init__(
        self, tz: str | None, languages: tuple[str, ...], order: DateOrder | None, fetched: datetime | None
    ) -> None:
        self.tz = tz
        self.languages = languages
        self.order = order
        # a page cannot have been written after it was fetched (a day's grace for clock and zone slips)
        self.latest = fetched + timedelta(days=1) if fetched is not None and fetched.tzinfo is not None else None
        self.found: list[_Candidate] = []

    def _plausible(self, match: DateMatch) -> bool:
        if not 1995 <= match.value.year <= 2100:
            return False
        return self.latest is None or match.value <= self.latest

    @property
    def knows_publication(self) -> bool:
        """Whether the metadata said when the page was published: a date shown in an element
        marked as the update is then the update (themes also mark the only date so)."""
        return any(c.kind == "published" and c.rank == 0 for c in self.found)

    def _keep(self, match: DateMatch, raw: str, rank: int, kind: Kind, source: str) -> None:
        stamp = _stamp(match, raw, source)
        self.found.append(_Candidate(rank, kind, stamp, match.offset_given, match.ambiguous))

    def is_date_line(self, line: str) -> bool:
        """A short line that is mostly one date: a byline, not a date mentioned in prose."""
        if len(line) > _MAX_DATE_LINE:
            return False
        match = next(find_dates(line, tz=self.tz, languages=self.languages, order=self.order), None)
        return match is not None and match.end - match.start >= len(line) / 2

    def add(self, raw: str | None, rank: int, kind: Kind, source: str) -> None:
        if not raw or len(raw) > 120:
            return
        match = read_datetime(raw, tz=self.tz, languages=self.languages, order=self.order)
        if match is not None and self._plausible(match):
            self._keep(match, raw, rank, kind, source)

    def add_text(self, text: str, rank: int, source: str, label: str = "", updated: bool = False) -> bool:
        """Dates shown in a byline; one after an "Updated" label, or in an element marked up as
        the update (``updated``), is a modification date.  ``label`` is the text just before
        ``text`` when that is a separate node ("Updated:")."""
        before = len(self.found)
        for match in find_dates(text, tz=self.tz, languages=self.languages, order=self.order):
            if not self._plausible(match):
                continue
            labelled = _UPDATED.search(fold(f"{label} {text[: match.start]}"))
            kind: Kind = "modified" if updated or labelled else "published"
            self._keep(match, text[match.start : match.end], rank, kind, source)
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
    names = (element.get(name) for name in ("class", "id", "itemprop", "itemtype"))
    return " ".join(name for name in names if name)


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


_SKIPPED_TEXT = ("script", "style", "noscript", "button", "option")


class _TextNode(Protocol):
    """A text node as lxml's XPath gives it: a string that knows the element holding it."""

    def split(self) -> list[str]: ...

    def getparent(self) -> HtmlElement | None: ...


def _lines(texts: list[_TextNode]) -> Iterator[tuple[str, HtmlElement]]:
    """Text nodes as (line, element holding it)."""
    for text in texts:
        parent = text.getparent()
        if parent is None or parent.tag in _SKIPPED_TEXT:
            continue
        line = " ".join(text.split())
        if line:
            yield line, parent


def _lines_after(headline: HtmlElement) -> Iterator[tuple[str, HtmlElement, bool]]:
    """The text that follows the headline, where the byline is: (line, element, whether the line
    is within the first ``_NEAR_HEADLINE`` characters)."""
    size = 0
    for line, element in _lines(headline.xpath("following::text()[normalize-space()][position() <= 40]")):
        yield line, element, size < _NEAR_HEADLINE
        size += len(line)


def _lines_before(headline: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """The text just before the headline, nearest first: a dateline above the title."""
    size = 0
    for line, element in _lines(headline.xpath("preceding::text()[normalize-space()][position() <= 12]")[::-1]):
        yield line, element
        size += len(line)
        if size >= _BEFORE_HEADLINE:
            return


def _marked(element: HtmlElement, itemprop: str) -> Kind | None:
    """What a marked-up date element says it is: itemprop, ``pubdate``, hAtom classes.  WordPress
    marks a post never edited ``class="published updated"``: that is its publication."""
    classes = (element.get("class") or "").lower()
    if itemprop in ("datemodified", "dateupdated"):
        return "modified"
    if itemprop in ("datepublished", "datecreated") or element.get("pubdate") is not None or "published" in classes:
        return "published"
    if "updated" in classes or "modified" in classes:
        return "modified"
    return None


def _marked_updated(element: HtmlElement) -> bool:
    """Whether the element showing a date, or the one around it, is marked up as the update."""
    parent = element.getparent()
    return any(
        _marked(node, (node.get("itemprop") or "").lower()) == "modified"
        for node in (element, parent)
        if node is not None
    )


def _value(element: HtmlElement) -> str:
    return element.get("datetime") or element.get("content") or element.get("title") or _text(element)


def _from_marked(collector: _Collector, tree: HtmlElement, headline: HtmlElement | None, article: HtmlElement | None) -> None:
    """Elements marked as dates (itemprop, ``pubdate``, hAtom classes) and ``<time>`` elements;
    the first unmarked ``<time>`` after the headline is likely the article's."""
    marked_in_order = _MARKED_ELEMENTS(tree)
    marked_elements = set(marked_in_order)
    for element in marked_in_order:
        zone = _zone(element, article)
        if zone is None and not about_the_page(element):  # a video's, a product's, ...
            zone = "elsewhere"
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
        marked = _marked(element, "")
        if element.tag == "abbr" and marked is None:
            continue
        zone = _zone(element, article)
        if zone == "comments":
            continue
        if zone is not None:
            collector.add(_value(element), _FALLBACK, "published", "time")
        elif marked is not None:
            collector.add(_value(element), 1, marked, "time")
        else:
            collector.add(_value(element), 2 if after_headline and not unmarked_times else 3, "published", "time")
            unmarked_times += 1


def _date_hint(element: HtmlElement) -> bool:
    """Whether the element's class or id says date, byline, posted, meta, ..."""
    hints = f"{element.get('class', '')} {element.get('id', '')}"
    return len(hints) >= 4 and _DATE_HINT.search(hints) is not None


def _from_bylines(collector: _Collector, tree: HtmlElement, headline: HtmlElement | None, article: HtmlElement | None) -> None:
    """Dates in elements whose class or id says date, byline, posted, meta, ..."""
    after_headline = headline is None
    bylines = 0
    for element in tree.iter(etree.Element):
        if element is headline:
            after_headline = True
            continue
        own = element.text or ""
        labelled = (
            own != ""
            and not own.isspace()  # the whitespace between tags, most elements' own text: no words
            and (
                _PUBLISHED_LABEL.match(own) is not None
                or (len(own) <= _MAX_SENTENCE and len(element) <= 3 and _PUBLISHED_SENTENCE.search(own) is not None)
            )
        )
        if not labelled and (len(element) > _MAX_BYLINE_CHILDREN or not _date_hint(element)):
            continue
        text = _text(element)
        if labelled and len(text) > _MAX_BYLINE:
            text = " ".join((element.text or "").split())
        if len(text) > _MAX_BYLINE or not (may_hold_date(text) or element.get("title")):
            continue
        zone = _zone(element, article)
        if zone == "comments":
            continue
        if zone is None:
            bylines += after_headline
        rank = _FALLBACK if zone is not None else 2 if after_headline and bylines <= 3 else 3
        updated = collector.knows_publication and _marked(element, "") == "modified"
        if not collector.add_text(text, rank, "byline", updated=updated):
            collector.add(element.get("title"), rank, "published", "byline")


def _from_elements(collector: _Collector, tree: HtmlElement, headline: HtmlElement | None) -> None:
    """Dates shown on the page, ranked by where they stand relative to the headline.

    The lines further below and above the headline and the class-name search over the whole page
    are the costly part: they run only when neither the metadata, nor marked-up dates, nor the
    lines right under the headline gave a date.
    """
    article = next(headline.iterancestors("article"), None) if headline is not None else None
    lines = list(_lines_after(headline)) if headline is not None else []
    _from_lines_after(collector, lines, article, near=True)
    _from_marked(collector, tree, headline, article)
    if not any(c.kind == "published" and c.rank <= 2 for c in collector.found):
        _from_lines_after(collector, lines, article, near=False)
        if headline is not None:
            _from_line_before(collector, headline, article)
        _from_bylines(collector, tree, headline, article)


def _from_lines_after(
    collector: _Collector, lines: list[tuple[str, HtmlElement, bool]], article: HtmlElement | None, near: bool
) -> None:
    """The byline under the headline: dates in the first lines after it (rank 2 in a short line,
    3 inside prose); further down (``near=False``), a line that is nothing but a date (rank 3)."""
    label = ""
    for line, element, line_near in lines:
        if not may_hold_date(line):
            label = line
            continue
        if line_near == near and (near or collector.is_date_line(line)):
            zone = _zone(element, article)
            if zone is None or (near and zone == "elsewhere"):
                rank = _FALLBACK if zone else 2 if near and len(line) <= _MAX_DATE_LINE else 3
                updated = collector.knows_publication and _marked_updated(element)
                collector.add_text(line, rank, "byline", label, updated=updated)
        label = ""


def _from_line_before(collector: _Collector, headline: HtmlElement, article: HtmlElement | None) -> None:
    """The nearest date line above the headline ("Thursday, August 9, 2012" over a post title)."""
    for line, element in _lines_before(headline):
        if len(line) <= _MAX_DATE_LINE and may_hold_date(line) and _zone(element, article) is None:
            if collector.add_text(line, 3, "byline"):
                return


def _from_url(collector: _Collector, urls: list[str]) -> None:
    for url in urls:
        day = date_in_url(url)
        if day is not None:
            collector.add(day.isoformat(), 4, "published", "url")
            return


_OTHERS = re.compile(
    r"comment(?!ary)|disqus|respond|replies|twitter-tweet|instagram-media|tiktok-embed|fb-post|embed",
    re.IGNORECASE,
)
_WITH_NAMES = etree.XPath("//body//*[@class or @id]")


def _without_others_dates(tree: HtmlElement) -> HtmlElement:
    """A copy of the page without what shows other people's dates: reader comments and posts
    embedded from social networks (htmldate reads the whole page and would count them)."""
    copy = deepcopy(tree)
    for element in _WITH_NAMES(copy):
        if element.getparent() is not None and _OTHERS.search(_attributes(element)):
            element.drop_tree()
    return copy


_URL_MONTH = re.compile(r"/(\d{4})/(\d{2})/(?!\d{1,2}/)")


def _month_of_address(found: str, urls: list[str]) -> bool:
    """Whether ``found`` (YYYY-MM-DD) is the 1st of a month that an address names without a day
    (``/2024/05/slug/``): htmldate's reading of the address, not a day the page states."""
    return found.endswith("-01") and any(
        f"{m[1]}-{m[2]}" == found[:7] for url in urls if url for m in _URL_MONTH.finditer(url)
    )


def _from_htmldate(collector: _Collector, tree: HtmlElement, fetched: datetime | None, urls: list[str]) -> None:
    """htmldate, the second opinion where the page's own metadata, marked-up dates, byline and
    address gave no date of the page's content: its quick pass first (header, idiosyncrasies:
    a few milliseconds), its extensive search (free-text dates weighed by frequency, about a
    hundred milliseconds) only when that finds nothing.  It reads the page's tree (and prunes a
    copy of it)."""
    from htmldate import find_date

    _htmldate_languages(collector.languages)
    tree = _without_others_dates(tree)
    options: dict[str, Any] = {"original_date": True}
    if fetched is not None:
        options["max_date"] = fetched.date().isoformat()
    for extensive in (False, True):
        try:
            found = find_date(tree, extensive_search=extensive, **options)
        except Exception:  # a third-party second opinion must not turn a bad page into a crash
            return
        # htmldate turns a lone year (a copyright line, "© 2020") into January 1st, and a month
        # in the address into its 1st: neither is a day
        if found and not found.endswith("-01-01") and not _month_of_address(found, urls):
            collector.add(found, 4, "published", "htmldate")
            return


def _htmldate_languages(languages: tuple[str, ...]) -> None:
    """The languages htmldate's dateparser reads a page's date strings in: the page's date
    languages and English.  Told none, dateparser tries each of its 200 locales on a string none
    of them reads, building every one's dictionaries (about 50 MB, held for the life of the
    process).  A string one of these languages reads gets the same answer: dateparser tries
    them in its own order, of which they are a part."""
    from dateparser.data.languages_info import language_order
    from htmldate.extractors import get_external_parser

    wanted = {language.lower() for language in languages} | {"en"}
    get_external_parser().languages = [language for language in language_order if language in wanted]


def _local_offset(candidates: list[_Candidate]) -> timezone | None:
    """The page's own UTC offset, where another of its dates shows it.

    Either a stamp with a non-zero offset, or a clock shown without a zone: a byline "May 1, 2020
    10:54 PM" on a page stamped 2020-05-02T02:54Z (published or modified) is four hours behind
    UTC; a byline that shows the stamp's own clock says that the site keeps UTC.
    """
    stamped = [c.stamp.local for c in candidates if c.offset_given and c.stamp.has_time]
    for stamp in stamped:
        offset = stamp.utcoffset()
        if offset:
            return timezone(offset)
    for other in candidates:
        if other.offset_given or not other.stamp.has_time:
            continue
        shown = other.stamp.local.replace(tzinfo=None)
        for instant in stamped:
            utc = instant.astimezone(UTC).replace(tzinfo=None)
            if not shown.second:  # a clock shown to the minute: "8:19 PM" for 01:19:34Z
                utc = utc.replace(second=0, microsecond=0)
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

    The cases:
    - the byline shows, with its zone, the instant of one of the metadata's published stamps: the
      day is the byline's, whatever offset the chosen stamp carries (sites write their UTC clock
      with a local offset, or with no offset at all);
    - the metadata's stamp is in UTC, or has no offset and was read as UTC, and the shown day may
      be the same instant's local day (a page stamped 02:54Z that shows "May 1");
    - the metadata gives only a day, the UTC day of the instant shown ("2012-08-09" and "Aug 8,
      2012 5:13 PM PDT");
    - the page shows, unlabelled, the day it was refreshed on (its metadata's modification day),
      which is then the day it presents as its own.
    """
    stamp = chosen.stamp
    instants = [c.stamp.utc for c in candidates if c.kind == "published" and c.rank <= 1 and c.stamp.has_time]
    for other in candidates:
        if other.rank != 2 or other.kind != "published" or other.stamp.source != "byline":
            continue
        shown = other.stamp
        if shown.day == stamp.day:
            return None
        if other.offset_given and shown.has_time:
            if any(abs(shown.utc - instant) < timedelta(minutes=1) for instant in instants):
                return shown
            if not stamp.has_time and shown.utc.date() == stamp.day:
                return shown
        if modified is not None and shown.day == modified.day and stamp.day < shown.day:
            return shown
        if stamp.has_time and not shown.has_time and stamp.local.utcoffset() == timedelta(0):
            earliest = stamp.local - timedelta(hours=12)
            latest = stamp.local + timedelta(hours=14)
            if earliest.date() <= shown.day <= latest.date():
                return shown
        return None
    return None


# Country domains that say nothing about the country: sold worldwide, or of month-first places.
_NOT_A_COUNTRY = {
    "io", "co", "tv", "me", "ly", "ai", "cc", "ws", "to", "gg", "la", "sh", "ac", "am", "so", "fm",
    "gs", "ms", "nu", "tk", "vc", "im", "ca", "us", "ph", "pw", "mh",
}  # fmt: skip


def page_date_order(tree: HtmlElement, urls: list[str], meta: MetaTags | None = None) -> DateOrder | None:
    """How a page writes numeric dates, for ``find_dates(order=...)``: the region of its declared
    English locale ("en-GB", "en_US"), else the country of its domain (all but a few write the day
    first); None leaves it to the page's language (month first in English)."""
    meta = meta if meta is not None else meta_tags(tree)
    declared = [tree.get("lang"), meta.first("og:locale"), meta.first("content-language", "language")]
    for locale in declared:
        order = date_order(locale)
        if order is not None and (locale or "").lower().startswith("en"):
            return order
    for url in urls:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            continue
        domain = host.rsplit(".", 1)[-1]
        if len(domain) == 2 and domain.isalpha() and domain not in _NOT_A_COUNTRY:
            return "DMY"
    return None


def _settle_ambiguous(candidates: list[_Candidate]) -> list[_Candidate]:
    """Numeric dates read the other way round when the page's unambiguous dates vote for that
    reading: "02/11/2023" on a page stamped 2023-11-02 is 2 November."""
    settled = {c.stamp.day for c in candidates if not c.ambiguous and c.rank <= 2}
    votes = 0
    for candidate in candidates:
        if candidate.ambiguous:
            day = candidate.stamp.day
            votes += (day.replace(month=day.day, day=day.month) in settled) - (day in settled)
    if votes <= 0:
        return candidates
    return [_swapped(c) if c.ambiguous else c for c in candidates]


def _swapped(candidate: _Candidate) -> _Candidate:
    old = candidate.stamp
    stamp = Timestamp(old.local.replace(month=old.local.day, day=old.local.month), old.raw, old.source, old.has_time)
    return _Candidate(candidate.rank, candidate.kind, stamp, candidate.offset_given)


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
    fetched: datetime | None = None,
) -> tuple[Timestamp | None, Timestamp | None]:
    """(published, modified) of a page; ``article``/``page`` are its main JSON-LD objects and
    ``headline`` its title heading, below which the byline is.  A page that only says when it
    was modified is taken to have been published then, the only day it vouches for.  Dates after
    ``fetched`` (the fetch time, timezone-aware), when it is given, are not the page's."""
    collector = _Collector(tz, languages, page_date_order(tree, urls, meta), fetched)
    _from_jsonld(collector, article, page)
    _from_meta(collector, meta)
    _from_elements(collector, tree, headline)
    _from_url(collector, urls)
    if not any(c.kind == "published" and c.rank < _FALLBACK for c in collector.found):
        _from_htmldate(collector, tree, fetched, urls)
    candidates = _settle_ambiguous(collector.found)
    modified = _best(candidates, "modified", tz, html)
    published = _best(candidates, "published", tz, html, modified)
    if published is None and modified is not None:
        published = modified
    return published, modified
