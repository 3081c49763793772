"""One document in, everything extracted from it out: the single entry point of ``extract``.

The steps, in order: digits made ASCII (offsets unchanged), sentences, casualty tallies, the time
window of each tally, restatements marked, attributed claims with the tallies they make, and the
people named as casualties.  Only English prose is read for tallies, claims and people; other
languages get their sentences only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from crawler.extract.claims import attach_tallies, find_claims
from crawler.extract.numbers import normalize_digits
from crawler.extract.people import find_named_casualties
from crawler.extract.records import DocumentKind, Extraction
from crawler.extract.restatements import mark_restatements
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import attach_windows, find_tallies
from crawler.extract.windows import find_time_phrases

EXTRACTOR_VERSION = "0.4.0"


def extract_document(
    text: str, published: date | None, language: str = "en", kind: DocumentKind = "body"
) -> Extraction:
    """Sentences, tallies, claims and named casualties of one article body or one comment."""
    text = normalize_digits(text)
    sentences = split_sentences(text)
    extraction = Extraction(sentences=sentences, version=EXTRACTOR_VERSION)
    if not language.lower().startswith("en"):
        return extraction
    tallies = find_tallies(text, sentences)
    if tallies:
        attach_windows(text, tallies, sentences, find_time_phrases(text, published), published)
        mark_restatements(tallies, sentences)
    extraction.tallies = tallies
    extraction.claims = attach_tallies(find_claims(text, sentences, kind, published), tallies, kind)
    extraction.people = find_named_casualties(text, sentences)
    return extraction


Document = tuple[str, date | None, str, DocumentKind]  # text, publication day, language, kind


def extract_documents(documents: Sequence[Document]) -> list[Extraction]:
    """``extract_document`` of each, in order: one call for many, as a worker process is sent."""
    return [extract_document(*document) for document in documents]
