"""Spiders: ``article`` (ad-hoc URLs) and the site crawler built on the same article parsing."""
