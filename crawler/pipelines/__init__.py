"""Item pipelines: from understood pages to the database."""
