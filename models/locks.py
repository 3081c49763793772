"""One run per site at a time: a PostgreSQL advisory lock, or a lock file beside a SQLite database.

The lock lives as long as the process holds it: a killed run releases it with its process (the
advisory lock with its connection, the file lock with its descriptor), so no stale lock survives.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from models.db import engine_for


class SiteLocked(RuntimeError):
    pass


def _key(name: str) -> int:
    """A stable signed 64-bit key for PostgreSQL's advisory locks."""
    return int.from_bytes(hashlib.sha256(f"casualties:{name}".encode()).digest()[:8], "big", signed=True)


class SiteLock:
    def __init__(self, database: str, name: str) -> None:
        self.database = database
        self.name = name
        self._connection: Connection | None = None
        self._fd: int | None = None

    def _lock_file(self) -> Path:
        url = make_url(self.database)
        base = Path(url.database) if url.database and url.database != ":memory:" else Path.cwd() / "casualties"
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in self.name)
        return base.with_name(f"{base.name}.{safe}.lock")

    def acquire(self) -> None:
        """Take the lock or raise SiteLocked at once (a run never waits for another)."""
        if make_url(self.database).get_backend_name() == "postgresql":
            # A connection of its own, held for the run: the lock is the connection's.
            self._connection = engine_for(self.database).connect()
            taken = self._connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(self.name)}).scalar()
            self._connection.commit()
            if not taken:
                self.release()
                raise SiteLocked(f"another run of {self.name!r} holds the lock")
            return
        path = self._lock_file()
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            os.close(self._fd)
            self._fd = None
            raise SiteLocked(f"another run of {self.name!r} holds the lock ({path})") from error
        os.ftruncate(self._fd, 0)
        os.write(self._fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        if self._connection is not None:
            # Closed for good rather than returned to the pool, where it would keep the lock.
            self._connection.invalidate()
            self._connection.close()
            self._connection = None
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> SiteLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()
