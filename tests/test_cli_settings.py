"""The settings every crawling command starts from: what a run's log level leaves out."""

from __future__ import annotations

import pytest

from crawler.cli.options import project_settings


@pytest.mark.parametrize(("loglevel", "overrides", "versions_looked_up"), [
    ("WARNING", (), False), ("error", (), False), ("INFO", (), True), ("DEBUG", (), True),
    ("WARNING", ("LOG_VERSIONS=lxml",), True), ("INFO", ("LOG_ENABLED=0",), False),
])  # fmt: skip
def test_the_package_versions_scrapy_logs_at_info_are_looked_up_only_for_a_log_that_shows_them(
    loglevel: str, overrides: tuple[str, ...], versions_looked_up: bool
) -> None:
    settings = project_settings("sqlite:///casualties.db", overrides, loglevel)
    assert bool(settings.getlist("LOG_VERSIONS")) == versions_looked_up
