"""`casualties explore`: Datasette on 127.0.0.1 with the data dictionary as metadata and the
cookbook as canned queries; a headless Chromium renders its pages."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.analysis.cookbook import recipe, recipes
from crawler.analysis.dictionary import views
from crawler.analysis.explore import ExploreError, datasette_metadata, sqlite_file
from tests.analysis.conftest import LoadedDatabase, database_file
from tests.crawl import REPO

STARTUP_SECONDS = 60


def test_the_metadata_describes_every_view_and_offers_every_recipe_as_a_canned_query() -> None:
    metadata = datasette_metadata("casualties", views(), recipes())
    database = metadata["databases"]["casualties"]
    assert set(database["tables"]) == {view.name for view in views()}
    assert database["tables"]["timeline"]["columns"]["new_count"].startswith("New casualties in the period")
    assert set(database["queries"]) == {entry.name for entry in recipes()}
    assert database["queries"]["denials"]["sql"] == recipe("denials").sql


def test_datasette_reads_sqlite_files_only(tmp_path: Path) -> None:
    with pytest.raises(ExploreError, match="SQLite files only"):
        sqlite_file("postgresql+psycopg://postgres@127.0.0.1/casualties")
    with pytest.raises(ExploreError, match="no SQLite database"):
        sqlite_file(f"sqlite:///{tmp_path / 'missing.db'}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return bytes(response.read())


def _start_explore(url: str, log: Path, *, tmpdir: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """``casualties explore`` serving ``url`` in its own session, once it answers; the process
    and its base URL."""
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmpdir)} if tmpdir else None
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler", "explore", "--database", url, "--port", str(port)],
            cwd=REPO, stdout=output, stderr=subprocess.STDOUT, start_new_session=True, env=env,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            _get(f"{base}/-/versions.json")
            return process, base
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                os.killpg(process.pid, signal.SIGTERM)
                raise AssertionError(f"datasette did not start: {log.read_text(errors='replace')}") from None
            time.sleep(0.3)


@pytest.fixture(scope="module")
def explore_url(sqlite_loaded: LoadedDatabase, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``casualties explore`` serving the loaded SQLite database; its base URL."""
    process, base = _start_explore(sqlite_loaded.url, tmp_path_factory.mktemp("explore") / "datasette.log")
    try:
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the command and the Datasette it started
        process.wait(timeout=30)


def test_a_sigterm_to_the_command_stops_datasette_and_removes_its_metadata(
    sqlite_loaded: LoadedDatabase, tmp_path: Path
) -> None:
    """``kill`` (or a service manager) signals the command only, not the server it started."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process, base = _start_explore(sqlite_loaded.url, tmp_path / "datasette.log", tmpdir=scratch)
    try:
        assert [path.name.startswith("casualties-explore-") for path in scratch.iterdir()] == [True]
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        with pytest.raises(OSError):
            _get(f"{base}/-/versions.json")
        assert list(scratch.iterdir()) == []
    finally:
        with contextlib.suppress(ProcessLookupError):  # whatever of the session is left
            os.killpg(process.pid, signal.SIGKILL)


@pytest.mark.slow
def test_a_canned_query_answers_with_the_cookbook_rows(explore_url: str, sqlite_loaded: LoadedDatabase) -> None:
    entry = recipe("iranian-deaths-per-week")
    name = database_file(sqlite_loaded).stem
    rows = json.loads(_get(f"{explore_url}/{name}/{entry.name}.json?_shape=array"))
    assert rows == entry.expected


@pytest.mark.slow
def test_a_view_page_shows_its_description_from_the_data_dictionary(explore_url: str, sqlite_loaded: LoadedDatabase) -> None:
    name = database_file(sqlite_loaded).stem
    page = _get(f"{explore_url}/{name}/casualty_people").decode("utf-8")
    about = next(view.about for view in views() if view.name == "casualty_people")
    assert about.split(" (")[0] in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (.ci/run installs it)")
def test_headless_chromium_renders_the_timeline_table(explore_url: str, sqlite_loaded: LoadedDatabase) -> None:
    name = database_file(sqlite_loaded).stem
    url = f"{explore_url}/{name}/timeline?period=week&nationality=Iranian&_sort=period_start"
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        result = subprocess.run(
            [str(_chromium()), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--virtual-time-budget=5000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert 'class="rows-and-columns"' in dom
    assert dom.count("<tr") >= 1 + 3  # the header and the Iranian weeks
    assert "Iranian fighters" in dom and "EA WorldView, Persian Gulf Monitor" in dom
