"""Decoding and parsing a page once, so every extractor reads the same tree."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml.html import HtmlElement
from w3lib.encoding import html_to_unicode

# Characters that XML (and so lxml) refuses: C0 controls except tab, newline, carriage return.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@dataclass(slots=True)
class ParsedPage:
    """A page decoded to text and parsed to an lxml tree.  Extractors must not mutate ``tree``."""

    url: str
    html: str
    tree: HtmlElement
    encoding: str


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes by BOM, HTTP header, ``<meta charset>`` or detection: (encoding, text)."""
    encoding, text = html_to_unicode(content_type, body)
    return encoding, text


def parse_page(body: bytes | str, url: str, content_type: str | None = None) -> ParsedPage:
    """Decode (if needed) and parse a page.  Never raises on malformed markup."""
    if isinstance(body, bytes):
        encoding, text = decode_html(body, content_type)
    else:
        encoding, text = "utf-8", body
    text = _XML_ILLEGAL.sub("", _XML_DECLARATION.sub("", text, count=1))
    try:
        tree = lxml.html.document_fromstring(text or "<html></html>")
    except lxml.etree.ParserError:  # only whitespace or comments: an empty document
        tree = lxml.html.document_fromstring("<html></html>")
    return ParsedPage(url=url, html=text, tree=tree, encoding=encoding)
