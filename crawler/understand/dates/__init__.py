"""Points in time read from strings: written dates in several languages and calendars, ISO stamps, "2 days ago"."""
