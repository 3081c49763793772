"""Signals of this project, sent on the crawler's signal manager."""

# A download attempt finished (``record``: crawler.items.FetchItem).
fetch_recorded = object()
# An article was written to the database (``item``: ArticleItem, ``result``: models.store.SaveResult).
article_stored = object()
# A discovery URL answered with validators (``validators``: crawler.items.UrlValidators); they
# are stored when the run finishes.
validators_seen = object()
# A sitemap listed an article URL with a lastmod (``url``, ``lastmod``); articles stored in this
# run remember it, so the next run fetches them only when a newer one is listed.
lastmod_seen = object()
# A stored article's page answered 304 Not Modified (``url``): its thread was looked at, unchanged.
article_checked = object()
# A worker is done with a request it took from the shared queue (``token``: the in-flight token).
request_done = object()
# A worker's scheduler took a request a callback produced (``token``: the in-flight token of the
# request whose callback produced it): queued, or dropped as already seen.
request_handed_on = object()
