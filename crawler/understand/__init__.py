"""Page understanding: HTML and a URL in, dataclasses out (no Scrapy, no database).

``pages`` reads a download whole, ``article_page`` an article page from one parse (``html``,
``encoding``); ``metadata``, ``dates``, ``body`` and ``comments`` each read one part of it, and
``page_records`` holds the dataclasses they hand on.
"""
