"""Datasette over the casualty database: the data dictionary as its metadata, the cookbook as its
canned queries.  Datasette reads SQLite files only, and opens them read-only (``mode=ro``)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from crawler.analysis.cookbook import Recipe, recipes
from crawler.analysis.dictionary import ViewDoc, views

TITLE = "Casualties"
ABOUT = (
    "Casualty figures, claims, named casualties and reader comments read from conflict news. "
    "Start with the views (tally_reports, timeline, latest_totals, disputed_figures, denials, "
    "comment_threads, casualty_people) or a cookbook query."
)


class ExploreError(Exception):
    """Why Datasette cannot be started on this database."""


def datasette_metadata(database: str, documented: tuple[ViewDoc, ...], cookbook: tuple[Recipe, ...]) -> dict[str, Any]:
    """Datasette's metadata for ``database`` (the file's stem): views described column by column,
    and one canned query per cookbook recipe."""
    return {
        "title": TITLE,
        "description": ABOUT,
        "databases": {
            database: {
                "tables": {view.name: {"description": view.about, "columns": dict(view.columns)} for view in documented},
                "queries": {
                    entry.name: {"title": entry.title, "description": entry.question, "sql": entry.sql}
                    for entry in cookbook
                },
            }
        },
    }


def sqlite_file(url: str) -> Path:
    """The SQLite file behind ``url``; ExploreError for another backend or a missing file."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise ExploreError(
            f"Datasette reads SQLite files only; {parsed.get_backend_name()} databases can be queried "
            "with 'casualties sql'"
        )
    if not parsed.database or parsed.database == ":memory:" or not Path(parsed.database).exists():
        raise ExploreError(f"no SQLite database at {parsed.database or '(none given)'}")
    return Path(parsed.database).resolve()


def write_metadata(database: Path, directory: Path) -> Path:
    """The metadata for ``database`` written as JSON into ``directory``."""
    path = directory / "metadata.json"
    path.write_text(json.dumps(datasette_metadata(database.stem, views(), recipes()), indent=2), "utf-8")
    return path


def datasette_command(database: Path, metadata: Path, *, host: str, port: int, open_browser: bool = False) -> list[str]:
    """The command line that serves ``database`` with ``metadata``; ExploreError without Datasette."""
    if importlib.util.find_spec("datasette") is None:
        raise ExploreError("Datasette is not installed: pip install 'casualties[explore]'")
    command = [sys.executable, "-m", "datasette", "serve", str(database), "--metadata", str(metadata),
               "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "5000"]  # fmt: skip
    return [*command, "--open"] if open_browser else command
