"""One document in, everything extracted from it out: the single entry point of ``extract``."""

from __future__ import annotations

from datetime import date

from crawler.extract.numbers import normalize_digits
from crawler.extract.records import DocumentKind, Extraction
from crawler.extract.restatements import mark_restatements
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies

EXTRACTOR_VERSION = "0.1.0"


def extract_document(
    text: str, published: date | None, language: str = "en", kind: DocumentKind = "body"
) -> Extraction:
    text = normalize_digits(text)
    sentences = split_sentences(text)
    tallies = find_tallies(text, sentences) if language.startswith("en") else []
    mark_restatements(tallies, sentences)
    return Extraction(sentences=sentences, tallies=tallies, version=EXTRACTOR_VERSION)
