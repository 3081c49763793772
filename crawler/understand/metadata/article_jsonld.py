"""The JSON-LD object that describes the page's own article, and values read from it."""

from __future__ import annotations

from typing import Any

from crawler.understand.jsonld_objects import types_of
from crawler.understand.metadata.meta_tags import clean_text, comparable
from crawler.understand.urls import normalize_url

_PAGE_TYPES = {"webpage", "itempage", "aboutpage", "profilepage", "qapage", "faqpage", "medicalwebpage"}


def is_article(obj: dict[str, Any]) -> bool:
    """NewsArticle, BlogPosting, ReportageNewsArticle, LiveBlogPosting, Report, ..."""
    return any("article" in t or "posting" in t or t == "report" for t in types_of(obj))


def _urls_of(obj: dict[str, Any]) -> set[str]:
    found = set()
    for key in ("url", "@id", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith("http"):
            found.add(normalize_url(value))
    return found


def articles(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article objects, including one given as a WebPage's ``mainEntity``."""
    found = [obj for obj in objects if is_article(obj)]
    for obj in objects:
        entity = obj.get("mainEntity")
        if isinstance(entity, dict) and is_article(entity):
            found.append(entity)
    return found


def web_pages(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [obj for obj in objects if types_of(obj) & _PAGE_TYPES]


def _headline_in(obj: dict[str, Any], title: str) -> bool:
    headline = comparable(first_text(obj.get("headline") or obj.get("name"), {}) or "")
    return bool(title and headline) and headline in title


def best_match(
    candidates: list[dict[str, Any]], page_urls: set[str], title: str | None = None
) -> dict[str, Any] | None:
    """The object about this page, not about related content: the one whose URL is the page's,
    then the one whose headline is in the page's ``title``, then one with a headline, then the
    first.  ``page_urls`` are normalised."""
    if not candidates:
        return None
    wanted = comparable(title or "")
    return max(
        candidates,
        key=lambda obj: (
            bool(_urls_of(obj) & page_urls),
            _headline_in(obj, wanted),
            "headline" in obj,
            -candidates.index(obj),
        ),
    )


def id_index(objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}


def resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    """A ``{"@id": ...}`` reference replaced by the object it names, where the page has it."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in index:
        return index[value["@id"]]
    return value


def names(value: Any, index: dict[str, dict[str, Any]]) -> list[str]:
    """The text values of a property: strings, or the ``name`` of objects, lists flattened."""
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items:
        item = resolve(item, index)
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                item = item[0] if item else None
        if isinstance(item, (str, int, float)):
            text = clean_text(str(item))
            if text:
                found.append(text)
    return found


def first_text(value: Any, index: dict[str, dict[str, Any]]) -> str | None:
    found = names(value, index)
    return found[0] if found else None
