"""A badly behaved HTTP server on 127.0.0.1: answers that lie about their length, stall, trickle,
loop, inflate, or are not what they claim to be.

    server = HostileServer({"/page/": Answer(body=b"..."), "/stall/": Answer(body=big, stall_after=1000)})
    with server.serve() as base_url:
        ...  # crawl base_url + "/page/"
    server.requests  # every path asked for, in order

Each connection gets one answer and is closed (``Connection: close``), so a stalled answer never
holds up another.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus

HTML = "text/html; charset=utf-8"
_CHUNK = 64 * 1024


@dataclass(slots=True)
class Answer:
    """One response.  ``length``: "auto" sends the true Content-Length, None sends none (the body
    ends when the connection closes), a number sends that (a lie, if it differs)."""

    body: bytes | Callable[[], Iterable[bytes]] = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": HTML})
    length: int | str | None = "auto"
    stall_after: int | None = None  # bytes of body sent before the server stops sending
    stall: float = 3600.0  # how long it then waits before closing the connection
    trickle: float = 0.0  # seconds between chunks of ``trickle_bytes``
    trickle_bytes: int = 100


Route = Answer | Callable[[int], Answer]  # a callable gets how many times the path was asked before


class HostileServer:
    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[str] = []
        self.base_url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    def url(self, path: str) -> str:
        return self.base_url + path

    def answer(self, path: str) -> Answer:
        route = self.routes.get(path)
        asked = self.requests[:-1].count(path)
        if route is None:
            return Answer(b"<html><body><h1>Not Found</h1></body></html>", status=404)
        return route(asked) if callable(route) else route

    @contextmanager
    def serve(self) -> Iterator[str]:
        thread = threading.Thread(target=asyncio.run, args=(self._main(),), name="hostile-http", daemon=True)
        thread.start()
        self._ready.wait()
        try:
            yield self.base_url
        finally:
            assert self._loop is not None and self._stop is not None
            self._loop.call_soon_threadsafe(self._stop.set)
            thread.join(timeout=10)

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        self._ready.set()
        await self._stop.wait()
        server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            target = head.split(b" ", 2)[1].decode("latin-1")
            self.requests.append(target)
            await self._send(writer, self.answer(target))
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, IndexError):
            pass
        except asyncio.CancelledError:  # the server stopping while an answer stalls
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _send(self, writer: asyncio.StreamWriter, answer: Answer) -> None:
        chunks = [answer.body] if isinstance(answer.body, bytes) else answer.body()
        if answer.length == "auto":
            chunks = [b"".join(chunks)]
            length: int | None = len(chunks[0])
        else:
            length = answer.length if isinstance(answer.length, int) else None
        try:
            phrase = HTTPStatus(answer.status).phrase
        except ValueError:
            phrase = "Unknown"
        head = [f"HTTP/1.1 {answer.status} {phrase}", "Connection: close", *(f"{k}: {v}" for k, v in answer.headers.items())]
        if length is not None:
            head.append(f"Content-Length: {length}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        sent = 0
        for chunk in chunks:
            for start in range(0, len(chunk), answer.trickle_bytes if answer.trickle else _CHUNK):
                piece = chunk[start : start + (answer.trickle_bytes if answer.trickle else _CHUNK)]
                if answer.stall_after is not None and sent + len(piece) > answer.stall_after:
                    writer.write(piece[: answer.stall_after - sent])
                    await writer.drain()
                    await asyncio.sleep(answer.stall)
                    return
                writer.write(piece)
                sent += len(piece)
                await writer.drain()
                if answer.trickle:
                    await asyncio.sleep(answer.trickle)
