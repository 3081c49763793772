"""Text extraction: prose and a publication date in, claims and casualty tallies out (pure)."""
