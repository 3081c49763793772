"""casualties: crawl conflict news and reader comments into a casualty database.

The package reads top to bottom as the data flows:

* ``spiders/`` fetch pages (one URL, or a configured site);
* ``understand/`` turns HTML into page metadata, article body and reader comments;
* ``extract/`` turns text into claims and casualty tallies;
* ``pipelines/`` hand items from one stage to the next and persist them through ``models``.

``understand/`` and ``extract/`` are pure: they import neither Scrapy nor SQLAlchemy.
"""
