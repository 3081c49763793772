"""`casualties chart`: the weekly timeline, running totals and disputed figures drawn as a PNG."""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.analysis.chart import ChartFilter, DisputePoint, TotalPoint, WeekBar, load_timeline
from crawler.cli import main
from models.read_only import read_only_engine
from tests.analysis.conftest import LoadedDatabase

IRANIANS_2015 = ChartFilter(nationality="Iranian", since=date(2015, 10, 1), until=date(2015, 12, 31))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.slow
def test_the_chart_reads_weekly_figures_running_totals_and_disputes_from_the_views(loaded: LoadedDatabase) -> None:
    engine = read_only_engine(loaded.url)
    try:
        data = load_timeline(engine, IRANIANS_2015)
    finally:
        engine.dispose()
    assert data.weeks == [
        WeekBar(date(2015, 10, 5), "Iranian commanders", 1),
        WeekBar(date(2015, 10, 5), "Iranian fighters", 3),
        WeekBar(date(2015, 11, 23), "Iranian fighters", 5),
        WeekBar(date(2015, 11, 30), "Iranian fighters", 14),
    ]
    since_october = [p.total for p in data.totals if p.group == "Iranian" and p.since == date(2015, 10, 7)]
    assert since_october == [64, 71, 73]
    assert TotalPoint(date(2015, 10, 9), "Iranian", 40, date(2015, 1, 1)) in data.totals
    assert data.disputes == [
        DisputePoint(date(2015, 10, 7), "Iranian fighters", 3, 5, False),
        DisputePoint(date(2015, 11, 29), "Iranian fighters", 5, 30, False),
    ]


@pytest.mark.slow
def test_a_site_filter_keeps_that_sites_figures_only(loaded: LoadedDatabase) -> None:
    engine = read_only_engine(loaded.url)
    try:
        data = load_timeline(engine, ChartFilter(nationality="Iranian", site="gulfmonitor.example"))
    finally:
        engine.dispose()
    assert [(bar.week, bar.count) for bar in data.weeks] == [(date(2015, 11, 23), 5), (date(2015, 11, 30), 2)]
    assert [point.total for point in data.totals] == [64, 73]
    assert [(d.low, d.high) for d in data.disputes] == [(5, 30)]


def test_the_command_draws_a_png_of_the_fixture_data(sqlite_loaded: LoadedDatabase, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    result = CliRunner().invoke(
        main,
        ["chart", "--database", sqlite_loaded.url, "--nationality", "Iranian", "--since", "2015-10-01",
         "--until", "2015-12-31", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "4 weekly bars, 5 running totals, 2 disputed" in result.stdout
    assert _png_size(out) == (1200, 750)


def test_nothing_to_draw_is_an_error_and_writes_no_file(sqlite_loaded: LoadedDatabase, tmp_path: Path) -> None:
    out = tmp_path / "none.png"
    result = CliRunner().invoke(main, ["chart", "--database", sqlite_loaded.url, "--group", "nobody", "-o", str(out)])
    assert result.exit_code == 1
    assert "nothing to draw" in result.stderr
    assert not out.exists()
