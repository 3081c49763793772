"""The analyst views on the loaded test data, on both backends: people once however they are
spelt, repeated figures once, and every column documented in the data dictionary (and, on
PostgreSQL, stored as a comment)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, text

from crawler.analysis.dictionary import views
from crawler.analysis.formats import plain_rows
from models.read_only import read_only_engine, run_query
from tests.analysis.conftest import LoadedDatabase


@pytest.fixture
def engine(loaded: LoadedDatabase) -> Iterator[Engine]:
    engine = read_only_engine(loaded.url)
    yield engine
    engine.dispose()


def _rows(engine: Engine, sql: str) -> list[dict[str, Any]]:
    return plain_rows(run_query(engine, sql))


@pytest.mark.slow
def test_the_seeds_two_named_dead_are_one_person_each_with_two_reports_under_two_spellings(engine: Engine) -> None:
    people = _rows(
        engine,
        "SELECT p.reported_names, p.reports, p.articles FROM casualty_people p "
        "JOIN named_casualty_reports r ON r.person_id = p.person_id "
        "WHERE r.reported_name IN ('Abdolreza Majiri', 'Hossein Hamedani') ORDER BY p.reported_names",
    )
    assert people == [
        {"reported_names": "Abdolreza Majiri / Abdolreza Mojiri", "reports": 2, "articles": 2},
        {"reported_names": "Hossein Hamadani / Hossein Hamedani", "reports": 2, "articles": 2},
    ]


@pytest.mark.slow
def test_a_figure_repeated_by_one_outlet_counts_once_in_the_timeline(engine: Engine) -> None:
    reports = _rows(
        engine,
        "SELECT site_name, COUNT(*) AS n FROM tally_reports WHERE group_name = 'Afghan fighters' AND count = 7 "
        "GROUP BY site_name ORDER BY site_name",
    )
    assert reports == [{"site_name": "EA WorldView", "n": 1}, {"site_name": "Persian Gulf Monitor", "n": 2}]
    week = _rows(
        engine,
        "SELECT new_count, figures, reports, outlets FROM timeline "
        "WHERE period = 'week' AND group_name = 'Afghan fighters' AND period_start = '2015-11-23'",
    )
    assert week == [{"new_count": 7, "figures": 1, "reports": 3, "outlets": 2}]


@pytest.mark.slow
def test_reader_figures_stay_out_of_the_timeline_and_in_the_comment_threads(engine: Engine) -> None:
    reader = _rows(engine, "SELECT timeline_day FROM tally_reports WHERE document = 'comment' AND site_name = 'EA WorldView'")
    assert reader == [{"timeline_day": None}]
    thread = _rows(engine, "SELECT level, author, figures FROM comment_threads WHERE site_name = 'EA WorldView' AND figures IS NOT NULL")
    assert thread == [{"level": 0, "author": "Fritz", "figures": "22 killed (Shia militants from Pakistan and Afghanistan)"}]


@pytest.mark.slow
def test_replies_sit_under_the_comment_they_answer(engine: Engine) -> None:
    rows = _rows(
        engine,
        "SELECT external_id, level, reply_to FROM comment_threads "
        "WHERE article_url LIKE '%eaworldview.com%' ORDER BY thread_path",
    )
    assert [(r["external_id"], r["level"], r["reply_to"]) for r in rows] == [
        ("417735", 0, None), ("417802", 1, "Amir K."), ("417756", 0, None), ("417790", 1, "Sam"), ("417911", 0, None),
    ]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("view", views(), ids=lambda view: view.name)
def test_every_column_of_the_view_is_documented_in_order(engine: Engine, view: Any) -> None:
    result = run_query(engine, f"SELECT * FROM {view.name} WHERE 1 = 0")
    assert result.columns == list(view.columns)


@pytest.mark.slow
def test_postgresql_stores_the_data_dictionary_as_view_and_column_comments(postgres_loaded: LoadedDatabase) -> None:
    engine = read_only_engine(postgres_loaded.url)
    try:
        with engine.connect() as connection:
            for view in views():
                about = connection.scalar(text("SELECT obj_description(CAST(:v AS regclass), 'pg_class')"), {"v": view.name})
                assert about == view.about
                stored: dict[str, str | None] = dict(
                    connection.execute(
                        text(
                            "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
                            "WHERE a.attrelid = CAST(:v AS regclass) AND a.attnum > 0 AND NOT a.attisdropped"
                        ),
                        {"v": view.name},
                    ).all()
                )
                assert stored == view.columns
    finally:
        engine.dispose()
