"""`casualties sql`: one read-only query, printed as an aligned table, CSV or JSON; a write is
refused with a clear message, and the connection itself cannot write on either backend."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from crawler.cli import main
from models.read_only import QueryError, check_read_only, read_only_engine
from tests.analysis.conftest import LoadedDatabase

PEOPLE = "SELECT name, reports FROM casualty_people WHERE outlets > 1 ORDER BY name"


def _sql(loaded: LoadedDatabase, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["sql", "--database", loaded.url, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_the_table_format_aligns_columns_under_a_header_and_counts_the_rows(loaded: LoadedDatabase) -> None:
    code, out, _ = _sql(loaded, PEOPLE)
    assert code == 0
    assert out == (
        "name             | reports\n"
        "-----------------+--------\n"
        "Abdolreza Mojiri |       2\n"
        "Hossein Hamadani |       2\n"
        "(2 rows)\n"
    )


@pytest.mark.slow
def test_csv_and_json_carry_the_same_rows(loaded: LoadedDatabase) -> None:
    _, as_csv, _ = _sql(loaded, "--format", "csv", PEOPLE)
    _, as_json, _ = _sql(loaded, "--format", "json", PEOPLE)
    assert list(csv.DictReader(io.StringIO(as_csv))) == [
        {"name": "Abdolreza Mojiri", "reports": "2"}, {"name": "Hossein Hamadani", "reports": "2"},
    ]  # fmt: skip
    assert json.loads(as_json) == [{"name": "Abdolreza Mojiri", "reports": 2}, {"name": "Hossein Hamadani", "reports": 2}]


@pytest.mark.slow
def test_a_query_file_runs_like_a_query_given_inline(loaded: LoadedDatabase, tmp_path: Path) -> None:
    query = tmp_path / "people.sql"
    query.write_text(f"-- people named by several outlets\n{PEOPLE};\n", "utf-8")
    assert _sql(loaded, "--file", str(query)) == _sql(loaded, PEOPLE)


@pytest.mark.slow
@pytest.mark.parametrize(
    "query",
    ["DELETE FROM sites", "UPDATE tallies SET count = 0", "DROP VIEW timeline", "INSERT INTO sites (domain) VALUES ('x')"],
)
def test_a_write_is_refused_with_a_clear_message_and_changes_nothing(loaded: LoadedDatabase, query: str) -> None:
    code, _, err = _sql(loaded, query)
    assert code == 1
    assert "casualties sql only reads" in err
    assert _sql(loaded, "--format", "csv", "SELECT COUNT(*) AS n FROM sites")[1] == "n\n4\n"


@pytest.mark.slow
def test_the_connection_itself_refuses_writes(loaded: LoadedDatabase) -> None:
    engine: Engine = read_only_engine(loaded.url)
    try:
        with engine.connect() as connection, pytest.raises(DBAPIError, match="(?i)read-?only"):
            connection.exec_driver_sql("DELETE FROM sites")
    finally:
        engine.dispose()


def test_several_statements_are_refused_even_when_each_reads() -> None:
    with pytest.raises(QueryError, match="one statement"):
        check_read_only("SELECT 1; SELECT 2")


def test_semicolons_and_write_words_inside_quotes_or_comments_are_no_statements() -> None:
    query = "SELECT 'a; DELETE FROM sites' AS x -- ; DROP TABLE tallies\n;"
    assert check_read_only(query) == "SELECT 'a; DELETE FROM sites' AS x -- ; DROP TABLE tallies"


def test_a_missing_sqlite_file_is_an_error_not_a_new_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["sql", "--database", f"sqlite:///{tmp_path / 'none.db'}", "SELECT 1"])
    assert result.exit_code == 1
    assert "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_a_sqlite_uri_filename_names_the_same_file(tmp_path: Path) -> None:
    """An analyst who copies a read-only URI (``sqlite:///file:PATH?mode=ro&uri=true``) gets the file,
    still opened read-only, not "no database at file:PATH"."""
    path = tmp_path / "copy.db"
    sqlite3.connect(path).close()
    uri = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = CliRunner().invoke(main, ["sql", "--database", uri, "SELECT 41 + 1 AS answer"])
    assert result.exit_code == 0, result.stderr
    assert "42" in result.stdout
    missing = CliRunner().invoke(main, ["sql", "--database", f"sqlite:///file:{tmp_path / 'none.db'}?uri=true", "SELECT 1"])
    assert missing.exit_code == 1
    assert f"no database at {tmp_path / 'none.db'}" in missing.stderr


def test_a_query_and_a_file_together_are_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["sql", "--database", "sqlite:///x.db", "--file", "-", "SELECT 1"], input="SELECT 1")
    assert result.exit_code == 2
