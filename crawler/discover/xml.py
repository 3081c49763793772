"""Parsing untrusted XML safely: no entities, no network, no DTD, broken documents recovered."""

from __future__ import annotations

from lxml import etree

MAX_XML_BYTES = 50 * 1024 * 1024


def parse_xml(body: bytes) -> etree._Element | None:
    """The root element, or None when the bytes hold no XML at all."""
    if not body.strip():
        return None
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, huge_tree=False
    )
    try:
        root = etree.fromstring(body[:MAX_XML_BYTES], parser=parser)
    except etree.XMLSyntaxError:
        return None
    return root


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def child_text(element: etree._Element, *names: str) -> str | None:
    """Text of the first child (any namespace) with one of these local names."""
    wanted = set(names)
    for child in element:
        if local_name(child) in wanted:
            text = (child.text or "").strip()
            if text:
                return text
    return None
