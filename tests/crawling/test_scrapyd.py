"""The project deploys to a Scrapyd started here, which then runs a site crawl."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.crawl import REPO, write_sites_file
from tests.crawling.test_faults import _count
from tests.newssite import NewsSite

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _call(url: str, **form: str) -> dict[str, Any]:
    data = urllib.parse.urlencode(form).encode() if form else None
    with urllib.request.urlopen(url, data=data, timeout=30) as response:
        return json.loads(response.read())


def _upload(url: str, project: str, version: str, egg: bytes) -> dict[str, object]:
    """What scrapyd-deploy does once the egg is built: a multipart POST to addversion.json."""
    boundary = "casualties-egg-boundary"
    parts = []
    for name, value in (("project", project), ("version", version)):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="egg"; filename="project.egg"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode() + egg + b"\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_the_project_deploys_to_scrapyd_which_runs_a_scheduled_site_crawl(tmp_path: Path, sqlite_url: str) -> None:
    egg = tmp_path / "casualties.egg"
    build = subprocess.run(
        [sys.executable, "-m", "scrapyd_client.deploy", "--build-egg", str(egg)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    shutil.rmtree(REPO / "build", ignore_errors=True)

    port = _free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {home}/eggs\n"
        f"logs_dir = {home}/logs\ndbs_dir = {home}/dbs\nitems_dir =\npoll_interval = 0.5\n"
    )
    site = NewsSite(articles=5, seed=17, max_comments=3, private_articles=0)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        env = os.environ | {"DATABASE_URL": sqlite_url, "CASUALTIES_SITES": str(sites)}
        server = subprocess.Popen(
            [sys.executable, "-m", "scrapyd"], cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            root = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    _call(f"{root}/daemonstatus.json")
                    break
                except OSError:
                    assert time.monotonic() < deadline, "Scrapyd did not start"
                    time.sleep(0.3)
            added = _upload(f"{root}/addversion.json", "casualties", "1", egg.read_bytes())
            assert added["status"] == "ok", added
            assert "site" in _call(f"{root}/listspiders.json?project=casualties")["spiders"]
            job = _call(f"{root}/schedule.json", project="casualties", spider="site", site="fixture",
                        setting="DOWNLOAD_DELAY=0")
            assert job["status"] == "ok", job
            deadline = time.monotonic() + 180
            while not any(j["id"] == job["jobid"] for j in _call(f"{root}/listjobs.json?project=casualties")["finished"]):
                assert time.monotonic() < deadline, "the scheduled crawl did not finish"
                time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=30)
    from models import Article

    assert _count(sqlite_url, Article) == 5
