"""Finding article URLs on a site: feeds, sitemaps and listing pages (bytes or HTML in, dataclasses out)."""
