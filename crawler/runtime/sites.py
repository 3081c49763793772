"""The sites file: which outlets to crawl and how, validated before anything is fetched.

A TOML file with a ``[defaults]`` table and one ``[[site]]`` table per outlet; see
``crawler/data/sites.example.toml`` for every field with its meaning.  ``load_sites`` raises
``SitesFileError`` naming the site and the field of the first wrong entries.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cssselect import GenericTranslator, SelectorError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from crawler.understand.site_rules import ReadingRules

EXAMPLE = Path(__file__).parent.parent / "data" / "sites.example.toml"


class SitesFileError(ValueError):
    pass


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


class PageRules(BaseModel):
    """Per-site overrides of page understanding, for sites the general rules read wrongly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    body_selector: str | None = None  # CSS: the element(s) holding the article text
    comments_selector: str | None = None  # CSS: the element holding the comment thread
    drop_selectors: tuple[str, ...] = ()  # CSS: elements to ignore everywhere (ads, widgets)
    date_selector: str | None = None  # CSS: the element whose text or datetime is the publication date

    @field_validator("body_selector", "comments_selector", "date_selector")
    @classmethod
    def _css(cls, value: str | None) -> str | None:
        if value is not None:
            _check_css(value)
        return value

    @field_validator("drop_selectors")
    @classmethod
    def _css_list(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for selector in value:
            _check_css(selector)
        return value


def _check_css(selector: str) -> None:
    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError as error:
        raise ValueError(f"bad CSS selector {selector!r}: {error}") from error


class SiteDefaults(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    comment_refresh_days: float = Field(default=7, ge=0)
    recheck_days: float = Field(default=30, ge=0)
    listing_pages: int = Field(default=5, ge=0)
    max_articles: int = Field(default=0, ge=0)
    download_delay: float | None = Field(default=None, ge=0)
    language: str | None = None
    timezone: str | None = None


class SiteConfig(BaseModel):
    """One outlet."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    start_urls: tuple[str, ...] = ()  # home and listing pages; their pagination is followed
    feeds: tuple[str, ...] = ()  # RSS or Atom
    sitemaps: tuple[str, ...] = ()  # sitemap indexes, sitemaps, news sitemaps
    allowed_domains: tuple[str, ...] = ()  # default: the hosts of the URLs above
    article_patterns: tuple[str, ...] = ()  # regexes an article URL must match (search); empty: any
    exclude_patterns: tuple[str, ...] = ()  # regexes of URLs never to fetch
    timezone: str | None = None  # IANA name, for dates written without an offset
    language: str | None = None  # when pages do not say
    comment_refresh_days: float | None = Field(default=None, ge=0)  # comments stay "live" this long
    # Every older thread is looked at again (conditionally) within this many days, a slice a run;
    # 0: never.
    recheck_days: float | None = Field(default=None, ge=0)
    listing_pages: int | None = Field(default=None, ge=0)  # pages of each listing to follow
    max_articles: int | None = Field(default=None, ge=0)  # new articles per run; 0: no limit
    since: date | None = None  # skip articles listed as published before this day
    download_delay: float | None = Field(default=None, ge=0)
    rules: PageRules = PageRules()

    @field_validator("start_urls", "feeds", "sitemaps")
    @classmethod
    def _urls(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_http_url(url) for url in value)

    @field_validator("article_patterns", "exclude_patterns")
    @classmethod
    def _regexes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"bad regular expression {pattern!r}: {error}") from error
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as error:
                raise ValueError(f"unknown time zone {value!r}") from error
        return value

    @model_validator(mode="after")
    def _somewhere_to_start(self) -> SiteConfig:
        if not (self.start_urls or self.feeds or self.sitemaps):
            raise ValueError("give at least one of start_urls, feeds, sitemaps")
        return self

    @property
    def domains(self) -> tuple[str, ...]:
        """The hosts this site may be crawled on."""
        if self.allowed_domains:
            return self.allowed_domains
        hosts = {urlsplit(u).hostname or "" for u in (*self.start_urls, *self.feeds, *self.sitemaps)}
        return tuple(sorted(h for h in hosts if h))

    @property
    def reading_rules(self) -> ReadingRules:
        """The site's overrides of page understanding, as the page readers take them."""
        rules = self.rules
        return ReadingRules(
            body_selector=rules.body_selector,
            comments_selector=rules.comments_selector,
            drop_selectors=rules.drop_selectors,
            date_selector=rules.date_selector,
            language=self.language,
        )

    def with_defaults(self, defaults: SiteDefaults) -> SiteConfig:
        filled = {
            key: getattr(defaults, key)
            for key in ("comment_refresh_days", "recheck_days", "listing_pages", "max_articles", "download_delay", "language", "timezone")
            if getattr(self, key) is None
        }
        return self.model_copy(update=filled)


class SitesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    defaults: SiteDefaults = SiteDefaults()
    site: tuple[SiteConfig, ...] = ()

    @model_validator(mode="after")
    def _unique_names(self) -> SitesFile:
        names = [s.name for s in self.site]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"site names must be unique; repeated: {', '.join(duplicates)}")
        return self


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    """One line per problem: 'site "NAME", field FIELD: message'."""
    lines = []
    listed = raw.get("site")
    sites: list[Any] = listed if isinstance(listed, list) else []
    for problem in error.errors():
        location = list(problem["loc"])
        where = "file"
        if location[:1] == ["site"] and len(location) > 1 and isinstance(location[1], int):
            index = location[1]
            entry = sites[index] if index < len(sites) and isinstance(sites[index], dict) else {}
            where = f'site "{entry.get("name", f"#{index + 1}")}"'
            location = location[2:]
        elif location[:1] == ["defaults"]:
            where, location = "defaults", location[1:]
        field = ".".join(str(part) for part in location) or "(entry)"
        message = problem["msg"].removeprefix("Value error, ")
        lines.append(f"{where}, field {field}: {message}")
    return "\n".join(lines)


def load_sites(path: Path | str) -> dict[str, SiteConfig]:
    """The sites of a sites file by name, defaults applied."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError as error:
        raise SitesFileError(f"{path}: no such sites file") from error
    except tomllib.TOMLDecodeError as error:
        raise SitesFileError(f"{path}: not valid TOML: {error}") from error
    try:
        parsed = SitesFile.model_validate(raw)
    except ValidationError as error:
        raise SitesFileError(f"{path}:\n{_describe(error, raw)}") from error
    return {site.name: site.with_defaults(parsed.defaults) for site in parsed.site}


def find_sites_file(explicit: str | Path | None = None) -> Path:
    """The sites file: given, else ``CASUALTIES_SITES`` or ``sites.toml`` in the working directory."""
    candidate = explicit or os.environ.get("CASUALTIES_SITES") or "sites.toml"
    return Path(candidate)
