"""``casualties extract``: claims and casualty tallies from text or over the database."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import click

from crawler.cli import main
from crawler.cli.options import database_option
from crawler.extract.document import EXTRACTOR_VERSION, extract_document
from crawler.extract.export import event_tallies_json, extraction_to_dict
from crawler.extract.records import DocumentKind
from crawler.items import ArticleExtraction
from crawler.pipelines.extraction import extract_article
from models.db import database_url, display_url
from models.reextraction import StoredDocuments, articles_to_extract, reextract


@main.command()
@click.option("--text", "text", metavar="TEXT", help="Extract from this text and print JSON.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date of --text (YYYY-MM-DD).")
@click.option(
    "--comment", is_flag=True, help="--text (or every --jsonl text) is a reader comment (its claims are the reader's)."
)
@click.option("--title", help="Title of --text's article: context for the event class of each tally.")
@click.option("--language", default="en", show_default=True, help="Language of --text.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Read JSON Lines {"id", "text", "pub_date", "title"[, "kind"]} on stdin, write {"id", "tallies"}: each text\'s own event figures, each with its "event" class; "kind" ("body" or "comment") overrides --comment for its line.',
)
@click.option("--all", "everything", is_flag=True, help="Re-extract every stored document, not only outdated ones.")
@database_option
def extract(
    text: str | None,
    published: datetime | None,
    comment: bool,
    title: str | None,
    language: str,
    jsonl: bool,
    everything: bool,
    database: str | None,
) -> None:
    """Claims and casualty tallies: from a text, from JSON Lines, or over the stored documents.

    Without --text or --jsonl, re-runs extraction over the database: documents read by an older
    extractor version (or all of them with --all), replacing what was stored for each.
    """
    if text is not None:
        found = extract_document(
            text, published.date() if published else None, language, "comment" if comment else "body", title
        )
        click.echo(json.dumps(extraction_to_dict(found), ensure_ascii=False, indent=2))
        return
    if jsonl:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                title = row.get("title")
                tallies = event_tallies_json(
                    str(row["text"]),
                    row.get("pub_date"),
                    str(row.get("language") or "en"),
                    str(title) if title else None,
                    _line_kind(row.get("kind"), comment),
                )
            except (ValueError, KeyError, TypeError) as error:
                raise click.ClickException(f"stdin line {number}: {error}") from error
            click.echo(json.dumps({"id": row.get("id"), "tallies": tallies}, ensure_ascii=False))
        return
    todo = articles_to_extract(database, everything, EXTRACTOR_VERSION)
    if not todo:
        click.echo(f"nothing to do: every document was read by extractor {EXTRACTOR_VERSION}")
        return
    with click.progressbar(reextract(database, todo, _extract), length=len(todo), label="re-extracting", file=sys.stderr) as progress:
        for _ in progress:
            pass
    click.echo(f"{len(todo)} articles re-extracted with extractor {EXTRACTOR_VERSION} in {display_url(database_url(database))}")


def _line_kind(kind: object, comment: bool) -> DocumentKind:
    """A ``--jsonl`` line's own kind, so one batch can mix article bodies and reader comments;
    ``--comment`` decides for lines that give none."""
    if kind is None:
        return "comment" if comment else "body"
    if kind not in ("body", "comment"):
        raise ValueError(f'"kind" must be "body" or "comment", not {kind!r}')
    return "comment" if kind == "comment" else "body"


def _extract(stored: StoredDocuments) -> ArticleExtraction:
    return extract_article(stored.body, stored.published_day, stored.language, stored.comments, stored.title)
