"""schema.org JSON-LD blocks of a page, read leniently and flattened to a list of objects."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from crawler.understand.html import per_tree

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")


def _loads(text: str) -> Any:
    """The block's data, or None when it is not JSON even after the common repairs (or is
    nested too deep for the decoder)."""
    text = _CDATA.sub("", text).strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        pass
    except RecursionError:
        return None
    # Common breakage on real sites: raw newlines inside strings, trailing commas.
    repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    try:
        return json.loads(repaired)
    except (ValueError, RecursionError):
        return None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Typed objects at the top of the data, in document order: in lists and ``@graph``s at any
    depth (walked without recursion, so no nesting can exhaust the stack)."""
    stack: list[tuple[Any, bool]] = [(node, False)]  # (node, its members already walked)
    while stack:
        current, walked = stack.pop()
        if walked:
            yield current
        elif isinstance(current, list):
            stack.extend((item, False) for item in reversed(current))
        elif isinstance(current, dict):
            if "@type" in current:
                stack.append((current, True))  # after the members of its @graph, if any
            if "@graph" in current:
                stack.append((current["@graph"], False))


@per_tree
def jsonld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every typed top-level object of every JSON-LD block, ``@graph`` members included (read
    once per tree: not to be changed by the caller)."""
    objects: list[dict[str, Any]] = []
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _loads(script.text or "")
        if data is not None:
            objects.extend(_walk(data))
    return objects


def types_of(obj: dict[str, Any]) -> set[str]:
    """The object's ``@type`` values, lower-cased and without a schema.org prefix."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values if v}


def of_type(objects: list[dict[str, Any]], *types: str) -> list[dict[str, Any]]:
    wanted = {t.lower() for t in types}
    return [obj for obj in objects if types_of(obj) & wanted]
