"""The article body of a page: its own paragraphs, its photo captions apart, no boilerplate.

The page's tree is read once into blocks (``blocks``), the article's containers are chosen
(``regions``) and their blocks kept, less furniture, lists of links and the headline.  The
page's JSON-LD ``articleBody`` stands in when the markup holds only part of it (text rendered by
script); trafilatura is the last resort when neither finds anything.  A forum thread's body is its
opening post (``comments.forums``): the replies are readers' comments.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache

import lxml.html
from lxml.etree import ParserError

from crawler.understand.body.blocks import (
    Block,
    Node,
    PageBlocks,
    clean_text,
    kind_of,
    read_blocks,
)
from crawler.understand.body.boilerplate import Role, is_furniture_text
from crawler.understand.body.regions import Layout, choose_regions
from crawler.understand.comments.forums import opening_post
from crawler.understand.html import ParsedPage
from crawler.understand.jsonld_objects import jsonld_objects
from crawler.understand.metadata.language import language_code
from crawler.understand.page_records import ArticleBody

_PHOTO_LINE = re.compile(
    r"^(?:photo|image|picture|pictured|file photo|top photo|photograph|foto)\s*:", re.IGNORECASE
)
_CAPTION_LINE = 300  # characters: a "PHOTO: ..." line longer than this is prose after all
_TRUNCATED = ("…", "...", "&hellip;", "[…]", "[...]")
_WORD = re.compile(r"\w+")
_JSONLD_COVERED = 0.5  # the share of its words the markup's body must hold to be believed


def extract_body(page: ParsedPage) -> ArticleBody:
    """The page's article body; an empty body when no article text can be found."""
    opening = opening_post(page, None, None, None)
    if opening is not None:
        return ArticleBody(paragraphs=opening.paragraphs, method="forum")
    root = page.tree.find("body")
    blocks = read_blocks(page.tree if root is None else root)
    layout = Layout(blocks) if blocks.nodes else None
    body = _from_markup(page, blocks, layout) if layout is not None else ArticleBody(paragraphs=[])
    jsonld = _from_jsonld(page)
    if jsonld is not None and _falls_short(body, jsonld):
        return jsonld
    if not body.paragraphs:
        return _from_trafilatura(page)
    if layout is not None and _unsure(body):
        return _reconcile(body, _from_trafilatura(page), blocks, layout, _titles(page))
    return body


# --- the second opinion: trafilatura where the structure reader is unsure
_SHORT = 600  # characters: a body found by scoring alone that is shorter may be a stray block
_AGREE = 0.5  # the share of one reading's 4-word shingles the other holds for them to agree
_MORE = 2.0  # how many times longer the other reading must be to replace a short one
_LINKED = 0.35  # the most link text (as a share) in the other reading's blocks


def _unsure(body: ArticleBody) -> bool:
    """Whether the first reading needs a second opinion: no container named itself the article
    text (found by scoring), and what won is short (a footer notice, a teaser, a caption, a
    stray paragraph).  The rest, most pages, costs nothing more.  (Very long readings were
    tried as a trigger too: on the dev sets the second opinion never changed one of them.)"""
    return body.method == "scoring" and len(body.text) < _SHORT


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + 4]) for i in range(max(len(words) - 3, 0))}


def _share(part: set[tuple[str, ...]], whole: set[tuple[str, ...]]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower())[:12])


def _where(text: str, blocks: PageBlocks, layout: Layout, ours: str = "") -> tuple[int, int, int, int]:
    """Where the page holds the part of a text read by another extractor that is not in ours:
    characters of it found in blocks outside reader comments, inside them, in links, and in
    page furniture (teasers, "read more" lists, sidebars)."""
    keys = {_key(line) for line in text.split("\n") if len(line) > 30}
    keys -= {_key(line) for line in ours.split("\n") if line}
    prose = flagged = linked = furniture = 0
    nodes = blocks.nodes
    for block in blocks.blocks:
        if len(block.text) > 30 and _key(block.text) in keys:
            zone = layout.flagged[block.node]
            if zone >= 0 and nodes[zone].role is Role.COMMENTS:
                flagged += len(block.text)
            else:
                prose += len(block.text)
                if zone >= 0:
                    furniture += len(block.text)
            linked += block.link_len
    return prose, flagged, linked, furniture


def _trimmed(paragraphs: list[str], blocks: PageBlocks, titles: list[str]) -> list[str]:
    """A reading less the headline and less headings at its end (a list's heading)."""
    headings = {_key(b.text) for b in blocks.blocks if kind_of(blocks.nodes[b.node].tag) == "heading"}
    kept = [p for p in paragraphs if not _is_title(p, titles)]
    while kept and _key(kept[-1]) in headings:
        kept.pop()
    return kept


def _without_furniture(paragraphs: list[str], blocks: PageBlocks, layout: Layout) -> list[str]:
    """The paragraphs of a reading less those found here in furniture or under a heading found
    in furniture ("All articles about ...": the list's teasers)."""
    furniture = {_key(block.text) for block in blocks.blocks if layout.flagged[block.node] >= 0}
    return [p for p in paragraphs if _key(p) not in furniture]


def _first_after(text: str, blocks: PageBlocks, start: int) -> int:
    """The index of the first block from ``start`` on that a reading holds; a large number if none."""
    keys = {_key(line) for line in text.split("\n") if line}
    return next((i for i in range(start, len(blocks.blocks)) if _key(blocks.blocks[i].text) in keys), 1 << 30)


def _headline_block(blocks: PageBlocks, titles: list[str]) -> int | None:
    """The index of the block that is the page's headline (a heading repeating the title)."""
    for i, block in enumerate(blocks.blocks):
        if kind_of(blocks.nodes[block.node].tag) == "heading" and _is_title(block.text, titles):
            return i
    return None


_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|·|«|»|/)\s+")  # "Site » Blog Archive » Headline"


def _nearer_the_headline(ours: str, other: str, blocks: PageBlocks, titles: list[str]) -> bool | None:
    """Whether the other reading starts nearer below the headline than ours (None when the page
    has no heading repeating its title): the article's text follows its headline; a sidebar
    widget, a footer notice or a teaser stands elsewhere."""
    parts = [part for title in titles for part in _TITLE_PARTS.split(title) if len(part) >= 8]
    headline = _headline_block(blocks, titles + parts)
    if headline is None:
        return None
    return _first_after(other, blocks, headline) < _first_after(ours, blocks, headline)


def _reconcile(
    ours: ArticleBody, other: ArticleBody, blocks: PageBlocks, layout: Layout, titles: list[str]
) -> ArticleBody:
    """Ours, unless the second reading is plainly the article and ours is not: where they agree
    ours stays ("scoring"); a short reading of ours, most of which the other lacks or that is a
    part of the other, gives way to a reading at least twice as long that stands in the page's
    prose (not in reader comments, not mostly links) and, when the page's headline is known,
    starts nearer below it: "second-opinion".  Where ours is a part of the other reading, what
    the other adds in furniture here is left out."""
    if not other.paragraphs:
        return ours
    mine, theirs = _shingles(ours.text), _shingles(other.text)
    in_ours, in_theirs = _share(theirs, mine), _share(mine, theirs)
    if in_ours >= _AGREE and in_theirs >= _AGREE:
        return ours
    size, other_size = len(ours.text), len(other.text)
    if size < _SHORT and in_ours < _AGREE and other_size >= _MORE * size:
        # where ours is a part of the other reading, what the other adds must not be furniture
        inside = in_theirs >= _AGREE
        prose, flagged, linked, furniture = _where(other.text, blocks, layout, ours.text if inside else "")
        nearer = _nearer_the_headline(ours.text, other.text, blocks, titles)
        if nearer is not False and prose > flagged and linked < _LINKED * max(prose, 1):
            paragraphs = other.paragraphs
            if inside and furniture:  # keep of the other reading what is not furniture here
                paragraphs = _without_furniture(paragraphs, blocks, layout)
            paragraphs = _trimmed(paragraphs, blocks, titles)
            if paragraphs and (not inside or len("\n".join(paragraphs)) >= _MORE * size):
                return ArticleBody(paragraphs=paragraphs, captions=ours.captions, method="second-opinion")
    return ours


def _from_markup(page: ParsedPage, blocks: PageBlocks, layout: Layout) -> ArticleBody:
    regions, method = choose_regions(blocks, layout)
    titles = _titles(page)
    paragraphs: list[str] = []
    captions: list[str] = []
    for region in regions:
        kept: list[tuple[str, bool]] = []  # the region's paragraphs, and whether each is a link
        after_label = False  # links after "Tags", "Related stories", ... are that list's items
        for index, block in _region_blocks(blocks, layout, region.start, region.end):
            if layout.caption[index] > region.start:
                continue  # gathered below, with the captions around the region
            if after_label and block.is_link:
                continue
            after_label = is_furniture_text(block.text, block.link_density)
            tag = blocks.nodes[index].tag
            if after_label or tag == "h1" and not kept:
                continue  # furniture, or the headline above the text
            if len(block.text) < _CAPTION_LINE and _PHOTO_LINE.match(block.text):
                captions.append(block.text)
                continue
            for line in _split_lines(block.text, kind_of(tag)):
                if not _is_title(line, titles):
                    kept.append((line, block.is_link))
        paragraphs.extend(_without_edge_links(kept))
        scope = _story(blocks, region.start)
        for index, block in _region_blocks(blocks, layout, scope, blocks.nodes[scope].end):
            if layout.caption[index] > scope and block.text not in captions:
                captions.append(block.text)
    if method == "structure" and regions and paragraphs:
        paragraphs = _lead(blocks, layout, regions[0], titles) + paragraphs
    paragraphs = _without_dateline(paragraphs)
    method = method if paragraphs else ""
    return ArticleBody(paragraphs=paragraphs, captions=captions, method=method)


_LEAD_MIN = 60  # characters a lead paragraph outside the text's container must have
_LEAD_MAX = 3  # paragraphs of a lead (a standfirst, a summary) above the container
_LEAD_LINKS = 0.3
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "»", "…", ":")


def _lead(blocks: PageBlocks, layout: Layout, region: Node, titles: list[str]) -> list[str]:
    """The lead above a self-named text container, inside the same story (its parent, not the
    whole page): the paragraphs between the headline and the container that read as prose
    (sentences, few links, no furniture, no list items).  News templates put the standfirst in a
    "summary" or "lead" element beside the "article-body"."""
    nodes = blocks.nodes
    parent = region.parent
    if parent <= 0 or nodes[parent].text_len > 2 * region.text_len + 2000:
        return []
    lead: list[str] = []
    headline = False  # whether the run of lead paragraphs starts right below the headline
    for block in reversed(blocks.blocks):
        index = block.node
        if index >= region.start:
            continue
        if index <= parent:
            break
        kind = kind_of(nodes[index].tag)
        if kind == "heading" and _is_title(block.text, titles):
            headline = True
            break
        if (
            len(lead) >= _LEAD_MAX
            or kind not in ("p", "text")
            or layout.flagged[index] > parent
            or layout.caption[index] > parent
            or len(block.text) < _LEAD_MIN
            or block.link_density > _LEAD_LINKS
            or not block.text.rstrip().endswith(_SENTENCE_END)
            or is_furniture_text(block.text, block.link_density)
            or _is_title(block.text, titles)
        ):
            break
        lead.insert(0, block.text)
    return lead if headline else []


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|von|par|por)\s+\S|\b(?:posted|written|published|filed)\s+(?:by|on|in)\b", re.IGNORECASE)
_DATELINE_LEN = 150  # characters: a dated line longer than this is the article's first sentence


def _without_dateline(paragraphs: list[str]) -> list[str]:
    """The paragraphs less a date-and-byline line above the text ("Tuesday, December 1, 2015 at
    7:40 | Posted by Jane Doe", "By Jane Doe"), which classic blog themes print inside the post's
    container: a short first line that opens with a date or is a byline, and no sentence."""
    kept = paragraphs
    for _ in range(2):
        if len(kept) < 2 or len(kept[0]) > _DATELINE_LEN or kept[0].rstrip().endswith((".", "!", "?", "”", '"')):
            break
        if not (_DATELINE.match(kept[0]) or _BYLINE.search(kept[0]) and len(kept[0].split()) <= 12):
            break
        kept = kept[1:]
    return kept


def _without_edge_links(kept: list[tuple[str, bool]]) -> list[str]:
    """The paragraphs less the links before the first and after the last that are not links
    ("Print this page | Send to a friend"); a link between paragraphs is the article's own."""
    first = next((i for i, (_, is_link) in enumerate(kept) if not is_link), len(kept))
    last = max((i for i, (_, is_link) in enumerate(kept) if not is_link), default=-1)
    return [text for text, _ in kept[first : last + 1]]


def _story(blocks: PageBlocks, region: int) -> int:
    """The ``<article>`` element around a region, whose photos are the article's too (a lead
    photo often sits above the text's own container); the region itself if there is none."""
    index = region
    while index >= 0:
        if blocks.nodes[index].tag == "article":
            return index
        index = blocks.nodes[index].parent
    return region


def _region_blocks(
    blocks: PageBlocks, layout: Layout, start: int, end: int
) -> Iterator[tuple[int, Block]]:
    """The blocks of the region ``start .. end-1`` that sit in no furniture or list of links
    inside it (a list of links holding half the region is the region's own business)."""
    nodes = blocks.nodes
    half = nodes[start].text_len // 2
    for block in blocks.blocks:
        index = block.node
        if not start <= index < end or layout.flagged[index] > start:
            continue
        link_list = layout.link_list[index]
        if link_list > start and nodes[link_list].text_len < half:
            continue
        yield index, block


def _titles(page: ParsedPage) -> list[str]:
    """The page's own title and og:title, lower-cased, to recognise the headline by."""
    head = page.tree.find("head")
    if head is None:
        return []
    titles = [head.findtext("title") or ""]
    titles += [meta.get("content") or "" for meta in head.iterfind("meta[@property='og:title']")]
    return [" ".join(title.split()).lower() for title in titles if title.strip()]


def _is_title(text: str, titles: list[str]) -> bool:
    text = text.lower()
    return any(text == title or len(text) >= 20 and text in title for title in titles)


def _split_lines(text: str, kind: str) -> list[str]:
    """A container's loose text broken by ``<br>`` is one paragraph a line; a ``<p>`` with line
    breaks (an address, a verse) stays one paragraph."""
    if kind in ("text", "cell") and "\n" in text:
        return text.split("\n")
    return [text]


def _from_jsonld(page: ParsedPage) -> ArticleBody | None:
    """The longest ``articleBody`` of the page's JSON-LD, read as text (or as markup, which some
    sites put there), unless it is only a teaser cut short."""
    texts = [obj.get("articleBody") for obj in jsonld_objects(page.tree)]
    text = max((t for t in texts if isinstance(t, str)), key=len, default="").strip()
    if not text or text.endswith(_TRUNCATED):
        return None
    if "<" in text and ">" in text:
        try:
            fragment = lxml.html.fragment_fromstring(text, create_parent="div")
        except (ParserError, ValueError):
            return None
        paragraphs = [block.text for block in read_blocks(fragment).blocks]
    else:
        paragraphs = [line for line in clean_text(html.unescape(text)).split("\n") if line]
    return ArticleBody(paragraphs=paragraphs, method="json-ld") if paragraphs else None


def _falls_short(body: ArticleBody, jsonld: ArticleBody) -> bool:
    """Whether the body found in the markup misses what a JSON-LD articleBody says: it is
    shorter, and holds less than half of its words (the markup's text was rendered by script)."""
    text, stated = body.text, jsonld.text
    if len(text) >= len(stated):
        return False
    found = set(_WORD.findall(text.lower()))
    words = set(_WORD.findall(stated.lower()))
    return len(words & found) < _JSONLD_COVERED * len(words)


def _from_trafilatura(page: ParsedPage) -> ArticleBody:
    """trafilatura's reading of a page where no container stood out (slower, rarely needed).

    trafilatura (with courlan, htmldate, justext) is imported here, on the first page that needs
    it: importing it costs more than reading most pages, and most pages never need it."""
    import trafilatura

    _justext_stop_words(page.tree)
    try:
        text = trafilatura.extract(page.html, url=page.url or None, include_comments=False)
    except Exception:  # a third-party last resort must not turn a bad page into a crash
        return ArticleBody(paragraphs=[])
    paragraphs = [line for line in clean_text(text or "").split("\n") if line]
    return ArticleBody(paragraphs=paragraphs, method="fallback" if paragraphs else "")


def _justext_stop_words(tree: lxml.html.HtmlElement) -> None:
    """The stop words trafilatura's justext fallback weighs: those of the language the page
    declares, English where it declares none justext has.  Told no language, trafilatura would
    weigh the stop words of every language justext has (150,000 words, about 30 MB held for the
    life of the process) on every page."""
    from trafilatura import external
    from trafilatura.settings import JUSTEXT_LANGUAGES

    language = JUSTEXT_LANGUAGES.get(language_code(tree.get("lang")) or "", "English")
    external.JT_STOPLIST = _stop_words(language)  # type: ignore[assignment]  # None until trafilatura fills it


@lru_cache(maxsize=4)
def _stop_words(language: str) -> frozenset[str]:
    """justext's stop words of one language (one set kept, so that justext's own cache of its
    lower-cased copy is kept with it)."""
    from justext.utils import get_stoplist

    stop_words: frozenset[str] = get_stoplist(language)
    return stop_words
