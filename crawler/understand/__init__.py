"""Page understanding: HTML and a URL in, dataclasses out (no Scrapy, no database)."""
