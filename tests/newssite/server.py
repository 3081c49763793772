"""A small, fast HTTP/1.1 server for pre-rendered bytes on 127.0.0.1 (stdlib asyncio, keep-alive,
one thread), and the conditional-request rules of RFC 9110 it answers with."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import formatdate, parsedate_to_datetime
from functools import cache
from http import HTTPStatus


def header_lines(pairs: Mapping[str, str]) -> bytes:
    return "".join(f"{name}: {value}\r\n" for name, value in pairs.items()).encode("latin-1")


@dataclass(frozen=True, slots=True)
class Resource:
    """One URL's bytes with the validators a client revalidates them by."""

    body: bytes
    etag: str  # strong, derived from the bytes
    last_modified: datetime  # aware, whole seconds
    headers: bytes  # encoded header lines of a 200 (without Content-Length)
    validators: bytes  # the header lines a 304 repeats

    @classmethod
    def of(cls, body: bytes, content_type: str, last_modified: datetime) -> Resource:
        etag = '"' + hashlib.blake2b(body, digest_size=10).hexdigest() + '"'
        last_modified = last_modified.astimezone(UTC).replace(microsecond=0)
        validators = header_lines({
            "ETag": etag,
            "Last-Modified": formatdate(last_modified.timestamp(), usegmt=True),
            "Cache-Control": "no-cache",
        })  # fmt: skip
        return cls(body, etag, last_modified, header_lines({"Content-Type": content_type}) + validators, validators)


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: bytes = b""  # encoded header lines, each ending in CRLF
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering


def _etag_listed(header: str, etag: str) -> bool:
    """If-None-Match uses the weak comparison: W/"x" matches "x"."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


def is_conditional(headers: Mapping[str, str]) -> bool:
    return "if-none-match" in headers or "if-modified-since" in headers


def conditional_reply(resource: Resource, headers: Mapping[str, str]) -> Reply:
    """304 when the client's copy is current, else the resource.  If-None-Match, when sent,
    decides alone; If-Modified-Since counts only without it."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        fresh = _etag_listed(if_none_match, resource.etag)
    else:
        fresh = _not_modified_since(headers.get("if-modified-since"), resource.last_modified)
    if fresh:
        return Reply(304, resource.validators)
    return Reply(200, resource.headers, resource.body)


def _not_modified_since(header: str | None, last_modified: datetime) -> bool:
    if not header:
        return False
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        return False
    return last_modified <= since


Handler = Callable[[str, str, Mapping[str, str]], Reply]  # (method, target, lower-cased headers)

_NO_BODY = frozenset({204, 304})
_BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


@cache
def _status_line(status: int) -> bytes:
    return f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n".encode()


class _Clock:
    """The Date header, formatted once a second."""

    def __init__(self) -> None:
        self._second = 0
        self._value = b""

    def date(self) -> bytes:
        now = int(time.time())
        if now != self._second:
            self._second, self._value = now, formatdate(now, usegmt=True).encode()
        return self._value


def _parse(head: bytes) -> tuple[str, str, str, dict[str, str]] | None:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        return None
    headers = {}
    for line in lines[1:]:
        if line:
            name, colon, value = line.partition(":")
            if not colon:
                return None
            headers[name.strip().lower()] = value.strip()
    return parts[0], parts[1], parts[2], headers


def _keep_alive(version: str, headers: Mapping[str, str]) -> bool:
    connection = headers.get("connection", "").lower()
    if version == "HTTP/1.0":
        return connection == "keep-alive"
    return connection != "close"


class _Server:
    def __init__(self, handler: Handler, port: int) -> None:
        self._handler = handler
        self._port = port
        self._clock = _Clock()
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), name="newssite-http", daemon=True)

    def start(self) -> int:
        self._thread.start()
        self._ready.wait()
        if self._failure is not None:
            raise self._failure
        return self._port

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        try:
            server = await asyncio.start_server(self._connection, "127.0.0.1", self._port, backlog=1024)
        except OSError as error:
            self._failure = error
            self._ready.set()
            return
        self._port = server.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stop.wait()
        server.close()
        for writer in list(self._writers):
            writer.close()  # the reader sees the end of the stream and the task ends by itself
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await server.wait_closed()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._writers.add(writer)
        self._tasks.add(task)
        try:
            while await self._exchange(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self._writers.discard(writer)
            self._tasks.discard(task)
            writer.close()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Answer one request; whether the connection stays open."""
        head = await reader.readuntil(b"\r\n\r\n")
        request = _parse(head)
        length = request[3].get("content-length", "0") if request else "0"
        if request is None or not length.isdigit():
            writer.write(_BAD_REQUEST)
            return False
        method, target, version, headers = request
        if int(length):
            await reader.readexactly(int(length))
        reply = self._handler(method, target, headers)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        keep = _keep_alive(version, headers)
        parts = [_status_line(reply.status), b"Date: ", self._clock.date(), b"\r\nServer: nginx\r\n", reply.headers]
        if reply.status not in _NO_BODY:
            parts.append(b"Content-Length: %d\r\n" % len(reply.body))
        parts.append(b"Connection: keep-alive\r\n\r\n" if keep else b"Connection: close\r\n\r\n")
        if method != "HEAD" and reply.status not in _NO_BODY:
            parts.append(reply.body)
        writer.write(b"".join(parts))
        await writer.drain()
        return keep


@contextmanager
def serve(handler: Handler, port: int = 0) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 (``port`` 0: any free port) and yield the base URL."""
    server = _Server(handler, port)
    bound = server.start()
    try:
        yield f"http://127.0.0.1:{bound}"
    finally:
        server.stop()
