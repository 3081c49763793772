"""The crawl's plumbing: middlewares, worker pools, signals, run records, progress and the report."""
