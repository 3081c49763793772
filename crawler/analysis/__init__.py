"""For analysts: read-only SQL over the casualty database, its output formats, the cookbook of
questions and queries, the data dictionary of the analyst views, charts, and Datasette metadata."""
