"""The local news site of the tests, written to disk and served by nginx on 127.0.0.1.

The site model is ``tests.newssite.NewsSite`` (WordPress-like posts of about ``page_size_kb`` of
HTML with navigation, inline styles, scripts and footers; comment threads of 0 to
``max_comments`` comments, nested and split into comment pages; feeds and sitemaps; casualty
sentences in the prose).  Its own asyncio server is one Python thread, which would compete with
the crawler for the two cores; nginx serves the same files from C with sendfile and keep-alive,
so the server is never what a crawl waits on.  Twisted's static server (``twist web``) is the
fallback where nginx is not installed.

    python -m benchmarks.static_site --articles 1000 --serve   # build, serve until Ctrl-C
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.newssite import NewsSite

NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")  # root's PATH may lack sbin

# Feeds live at paths ending in "/" (``/feed/``), written as ``feed/index.html``: nginx is told
# their real type so the crawler sees what a WordPress site sends.
_NGINX_CONF = """\
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    keepalive_timeout 120s;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
        error_page 404 /404.html;
        location ~ /feed/atom/$ {{ types {{ }} default_type "application/atom+xml; charset=UTF-8"; }}
        location ~ /feed/$ {{ types {{ }} default_type "application/rss+xml; charset=UTF-8"; }}
    }}
}}
"""


@dataclass(frozen=True, slots=True)
class BuiltSite:
    root: Path
    base_url: str
    articles: int
    comments: int  # reader comments and pingbacks, as the pages show them
    files: int
    bytes: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def news_site(articles: int, *, page_size_kb: int = 100, max_comments: int = 300, comments_per_page: int = 50,
              seed: int = 7) -> NewsSite:  # fmt: skip
    """The benchmark's site: WordPress's defaults (50 comments to a page, 1,000 URLs to a sitemap)."""
    return NewsSite(
        articles,
        seed=seed,
        page_size_kb=page_size_kb,
        max_comments=max_comments,
        comments_per_page=comments_per_page,
        sitemap_size=1000,
        feed_items=10,
    )


def build(root: Path, base_url: str, articles: int, **options: int) -> BuiltSite:
    """Write the site under ``root`` with absolute URLs on ``base_url``."""
    site = news_site(articles, **options)
    site.write_static(root, base_url)
    truth = site.truth()
    files = [p for p in root.rglob("*") if p.is_file()]
    return BuiltSite(
        root=root,
        base_url=base_url,
        articles=len(truth.articles),
        comments=sum(len(a.comments) for a in truth.articles),
        files=len(files),
        bytes=sum(p.stat().st_size for p in files),
    )


def _wait_for(port: int, process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the static server exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the static server did not listen on port {port}")


@contextmanager
def serve(root: Path, port: int) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1:``port`` (nginx, else Twisted) until the block ends."""
    with tempfile.TemporaryDirectory(prefix="bench-nginx-") as prefix:
        if NGINX:
            conf = Path(prefix) / "nginx.conf"
            conf.write_text(_NGINX_CONF.format(prefix=prefix, port=port, root=root.resolve()), "utf-8")
            command = [NGINX, "-p", prefix, "-c", str(conf), "-e", f"{prefix}/error.log"]
        else:
            command = [sys.executable, "-m", "twisted", "web", "--listen", f"tcp:{port}:interface=127.0.0.1",
                       "--path", str(root)]  # fmt: skip
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_for(port, server)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.send_signal(signal.SIGQUIT if NGINX else signal.SIGTERM)  # nginx: finish and quit
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def server_name() -> str:
    return "nginx" if NGINX else "twisted web"


@contextmanager
def served_site(articles: int, directory: Path | None = None, **options: int) -> Iterator[BuiltSite]:
    """Build the site in a temporary directory (under ``directory``), serve it, delete it after."""
    with tempfile.TemporaryDirectory(prefix="bench-site-", dir=directory) as tmp:
        os.chmod(tmp, 0o755)  # nginx's workers run as an unprivileged user
        port = free_port()
        built = build(Path(tmp), f"http://127.0.0.1:{port}", articles, **options)
        with serve(built.root, port):
            yield built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--page-size-kb", type=int, default=100)
    parser.add_argument("--max-comments", type=int, default=300)
    parser.add_argument("--serve", action="store_true", help="serve until interrupted")
    args = parser.parse_args()
    with served_site(args.articles, page_size_kb=args.page_size_kb, max_comments=args.max_comments) as site:
        print(f"{site.articles} articles, {site.comments} comments, {site.files} files, "
              f"{site.bytes / 2**20:,.0f} MiB at {site.base_url}/ ({server_name()})", flush=True)  # fmt: skip
        if args.serve:
            try:
                signal.pause()
            except KeyboardInterrupt:
                pass


if __name__ == "__main__":
    main()
