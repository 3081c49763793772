"""What a page says about itself: title, address, authors, topics, language, publication dates."""
