"""Signals of this project, sent on the crawler's signal manager."""

# A download attempt finished (``record``: crawler.items.FetchItem).
fetch_recorded = object()
# An article was written to the database (``item``: ArticleItem, ``result``: models.store.SaveResult).
article_stored = object()
