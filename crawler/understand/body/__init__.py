"""The article body of a page: where the article is on it, its paragraphs, and the furniture left out."""
